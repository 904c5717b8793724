const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
function canon(v) { return JSON.stringify(v, (k, x) => (x && typeof x === 'object' && !Array.isArray(x)) ? Object.keys(x).sort().filter(kk => x[kk] !== null && x[kk] !== undefined).reduce((o, kk) => (o[kk] = x[kk], o), {}) : x); }
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const P = s.define('GsPerson', {
    first: {type: DataTypes.STRING, get() { const v = this.getDataValue('first'); return v === null || v === undefined ? v : v.toUpperCase(); },
            set(v) { this.setDataValue('first', typeof v === 'string' ? v.trim().toLowerCase() : v); }},
    last: DataTypes.STRING,
    age: {type: DataTypes.INTEGER, set(v) { this.setDataValue('age', typeof v === 'number' ? v * 2 : v); }},
    tag: {type: DataTypes.STRING, get() { const v = this.getDataValue('tag'); return v === null || v === undefined ? v : 'tag:' + v; }},
    full: {type: DataTypes.VIRTUAL(DataTypes.STRING, ['first', 'last']), get() { return `${this.first ?? null} ${this.last ?? null}`; },
           set(v) { if (typeof v !== 'string') return; const [a, ...b] = v.split(' '); this.setDataValue('first', a); this.setDataValue('last', b.join(' ')); }},
  }, {timestamps: false});
  const out = {};
  for (const [key, seq] of Object.entries(cases)) {
    await P.sync({force: true});
    let x = await P.create({first: 'Zed', last: 'Lee', age: 1, tag: 't'});
    const res = [];
    for (const o of seq) {
      let r;
      try {
        switch (o.op) {
          case 'create': x = await P.create(o.v); r = canon(x.get({plain: true})); break;
          case 'build': r = canon(P.build(o.v).get({plain: true})); break;
          case 'set': x.set(o.k, o.v); r = canon(x.get(o.k)); break;
          case 'get': r = canon(x.get()); break;
          case 'toJSON': r = canon(x.toJSON()); break;
          case 'save': await x.save(); r = 'ok'; break;
          case 'reload': await x.reload(); r = canon(x.get()); break;
          case 'dataValue': r = canon([x.getDataValue('first'), x.getDataValue('age'), x.getDataValue('tag')]); break;
          case 'raw': r = canon(await P.findAll({raw: true, order: [['id', 'ASC']], attributes: ['id', 'first', 'age', 'tag']})); break;
          case 'virtualOnly': r = canon((await P.findAll({order: [['id', 'ASC']], attributes: ['id', 'full']})).map(y => y.get('full'))); break;
          case 'findWhere': r = await P.count({where: {[o.k]: o.v}}); break;
          case 'staticUpdate': r = (await P.update(o.v, {where: {id: 1}}))[0]; break;
          case 'instUpdate': await x.update(o.v); r = canon(x.get()); break;
        }
      } catch (e) { r = 'ERROR ' + e.name; }
      res.push(r);
    }
    const rows = await P.findAll({raw: true, order: [['id', 'ASC']], attributes: ['id', 'first', 'last', 'age', 'tag']});
    out[key] = {res, rows: canon(rows)};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
