const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
function canon(v) { return v === undefined ? 'undefined' : JSON.stringify(v, (k, x) => (x && typeof x === 'object' && !Array.isArray(x)) ? Object.keys(x).sort().reduce((o, kk) => (o[kk] = x[kk], o), {}) : x); }
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('JsRow', {meta: DataTypes.JSON, name: DataTypes.STRING}, {timestamps: false});
  const out = {};
  for (const [key, seq] of Object.entries(cases)) {
    await T.sync({force: true});
    await T.create({meta: {a: 1, k: 'x', list: [1, 2]}, name: 'one'});
    await T.create({meta: null, name: 'two'});
    let x = await T.findByPk(1);
    const res = [];
    for (const o of seq) {
      let r;
      try {
        switch (o.op) {
          case 'set': x.set('meta', o.v); r = canon(x.get('meta')); break;
          case 'setPath': x.set(o.path, o.v); r = canon(x.get('meta')); break;
          case 'save': await x.save(); r = 'ok'; break;
          case 'changed': r = canon(x.changed()); break;
          case 'reload': await x.reload(); r = canon(x.get('meta')); break;
          case 'staticUpdate': r = (await T.update({meta: o.v}, {where: {id: 2}}))[0]; break;
          case 'find': r = await T.count({where: {[o.path]: o.v}}); break;
          case 'createNew': r = (await T.create({meta: o.v, name: 'n'})).id; break;
        }
      } catch (e) { r = 'ERROR ' + e.name; }
      res.push(r);
    }
    const rows = (await T.findAll({order: [['id', 'ASC']]})).map(y => [y.id, canon(y.get('meta'))]);
    out[key] = {res, rows};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
