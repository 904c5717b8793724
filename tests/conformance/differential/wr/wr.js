const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
const OPS = new Set(Object.keys(Op));
function conv(v) {
  if (Array.isArray(v)) return v.map(conv);
  if (v && typeof v === 'object') { if (v.$col) return Sequelize.col(v.$col); const o = {}; for (const [k, x] of Object.entries(v)) o[OPS.has(k) ? Op[k] : k] = conv(x); return o; }
  return v;
}
const rows = [
  {name: 'a', n: 1, f: 1.5, ok: true, d: '2020-01-01', price: '1.00'},
  {name: 'b', n: 2, f: null, ok: false, d: '2021-06-30', price: '2.50'},
  {name: 'c', n: null, f: -3.25, ok: null, d: null, price: null},
  {name: 'd', n: 40, f: 0, ok: true, d: '1999-12-31', price: '99.99'},
  {name: 'e', n: -5, f: 2.5, ok: false, d: '2020-02-29', price: '-0.01'},
];
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const W = s.define('WrRow', {name: DataTypes.STRING, n: DataTypes.INTEGER, f: DataTypes.DOUBLE, ok: DataTypes.BOOLEAN, d: DataTypes.DATEONLY, price: DataTypes.DECIMAL(10, 2)}, {timestamps: false});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    await W.sync({force: true});
    for (const r of rows) await W.create(r);
    let res;
    try {
      const where = conv(c.where || {});
      if (c.op === 'update') res = (await W.update(c.values, {where}))[0];
      else if (c.op === 'destroy') res = await W.destroy({where});
      else if (c.op === 'increment') { await W.increment(c.values, {where}); res = 'ok'; }
      else if (c.op === 'decrement') { await W.decrement(c.values, {where}); res = 'ok'; }
      else if (c.op === 'create') { const x = await W.create(c.values); res = 'ok'; }
      else if (c.op === 'count') res = await W.count({where});
      else if (['max', 'min', 'sum'].includes(c.op)) { res = await W[c.op](c.field, {where}); if (res !== null && res !== undefined) res = Number(res); if (Number.isNaN(res)) res = 'NaN'; }
    } catch (e) { res = 'ERROR ' + e.name; }
    const state = (await W.findAll({order: [['id', 'ASC']], raw: true})).map(r => [r.id, r.name, r.n, r.f, r.ok === null ? null : !!r.ok, r.d, r.price === null ? null : Number(r.price).toFixed(2)]);
    out[key] = {res: res === undefined ? null : res, state};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
