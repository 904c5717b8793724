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
function ex(v) {
  if (!Array.isArray(v)) return v;
  if (v[0] === 'lit') return Sequelize.literal(dialect === 'mariadb' ? v[1] : v[1].replace(/\bn\b/g, '"n"'));
  if (v[0] === 'col') return Sequelize.col(v[1]);
  if (v[0] === 'cast') return Sequelize.cast(v[1], v[2]);
  return Sequelize.fn(v[1], ...v.slice(2).map(ex));
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('URow', {name: DataTypes.STRING, other: DataTypes.STRING, n: DataTypes.INTEGER, m: DataTypes.INTEGER}, {timestamps: false});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    await T.sync({force: true});
    for (const [name, other, n, m] of [['ann', 'x', 1, -2], ['Bea', 'y', null, 5], ['cat', null, 3, null], ['dan', 'z', 10, -7]]) await T.create({name, other, n, m});
    const r = {};
    const vals = {}; for (const [k, v] of Object.entries(c.v)) vals[k] = ex(v);
    try {
      if (c.op === 'static') { const x = await T.update(vals, {where: conv(c.where)}); r.ret = x[0]; }
      else { const x = await T.findByPk(c.id); await x.update(vals); r.ret = 'ok'; }
    } catch (e) { r.ret = 'ERROR ' + e.name; }
    r.rows = (await T.findAll({order: [['id', 'ASC']], raw: true})).map(x => [x.id, x.name, x.other, x.n, x.m]);
    out[key] = r;
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
