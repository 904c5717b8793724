const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
const OPS = new Set(Object.keys(Op));
function conv(v) {
  if (Array.isArray(v)) return v.map(conv);
  if (v && typeof v === 'object') { const o = {}; for (const [k, x] of Object.entries(v)) o[OPS.has(k) ? Op[k] : k] = conv(x); return o; }
  return v;
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const P = s.define('PaItem', {name: DataTypes.STRING, n: DataTypes.INTEGER}, {paranoid: true});
  const out = {};
  for (const [k, steps] of Object.entries(cases)) {
    await P.sync({force: true});
    for (const [name, n] of [['a', 1], ['b', 2], ['c', 3], ['d', 4]]) await P.create({name, n});
    const log = [];
    for (const st of steps) {
      let r;
      try {
        const where = conv(st.where || {});
        if (st.op === 'destroy') r = await P.destroy({where, force: !!st.force});
        else if (st.op === 'restore') { await P.restore({where}); r = 'ok'; }
        else if (st.op === 'update') r = (await P.update({n: st.n}, {where, paranoid: st.paranoid !== false}))[0];
        else if (st.op === 'count') r = await P.count({where, paranoid: st.paranoid !== false});
        else if (st.op === 'find') r = (await P.findAll({where, paranoid: st.paranoid !== false, order: [['name', 'ASC']]})).map(x => x.name);
        else if (st.op === 'idestroy') { const x = await P.findOne({where: {name: st.name}, paranoid: false}); if (!x) r = 'none'; else { await x.destroy({force: !!st.force}); r = 'ok'; } }
        else if (st.op === 'irestore') { const x = await P.findOne({where: {name: st.name}, paranoid: false}); if (!x) r = 'none'; else { await x.restore(); r = 'ok'; } }
        else if (st.op === 'increment') { await P.increment('n', {where, by: 10}); r = 'ok'; }
      } catch (e) { r = 'ERROR ' + e.name; }
      log.push(r);
    }
    const rows = (await P.findAll({paranoid: false, order: [['name', 'ASC']]})).map(x => [x.name, x.n, x.deletedAt !== null]);
    out[k] = {log, rows};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
