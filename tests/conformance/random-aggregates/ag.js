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
const rows = [
  ['n', 'a', 1, '1.50', true, '2024-01-01', 0.5], ['n', 'b', 2, '2.00', false, '2024-01-01', null],
  ['s', 'a', 3, '10.50', true, '2024-01-02', 1.25], ['s', 'a', null, '4.00', null, null, 2],
  ['e', 'c', 5, null, false, '2024-01-03', -1], ['n', 'a', 7, '20.00', true, '2024-01-02', 3.5],
  [null, 'b', 2, '2.00', true, '2024-01-01', 0], ['e', null, 0, '0.00', false, '2024-01-03', null],
  ['s', 'c', 10, '99.99', true, '2024-01-04', 10], ['n', 'b', 4, '5.00', null, '2024-01-04', 4],
];
function agg(a, c) { return a === 'COUNT_DISTINCT' ? Sequelize.fn('COUNT', Sequelize.fn('DISTINCT', Sequelize.col(c))) : Sequelize.fn(a, Sequelize.col(c)); }
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const S = s.define('Sale', {region: DataTypes.STRING, product: DataTypes.STRING, qty: DataTypes.INTEGER, price: DataTypes.DECIMAL(10, 2), ok: DataTypes.BOOLEAN, d: DataTypes.DATEONLY, f: DataTypes.DOUBLE}, {timestamps: false});
  await S.sync({force: true});
  for (const r of rows) await S.create({region: r[0], product: r[1], qty: r[2], price: r[3], ok: r[4], d: r[5], f: r[6]});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    try {
      const o = {raw: true, where: conv(c.where), attributes: [...c.plain, ...c.aggs.map(([a, col, al]) => [agg(a, col), al])]};
      if (c.group.length) o.group = c.group;
      if (c.having) {
        const h = c.having;
        o.having = h.kind === 'alias' ? {[h.alias]: {[Op[h.op]]: h.val}} : Sequelize.where(agg(h.agg, h.col), {[Op[h.op]]: h.val});
      }
      if (c.order) o.order = c.order;
      if (c.limit) o.limit = c.limit;
      out[key] = await S.findAll(o);
    } catch (e) { out[key] = 'ERROR ' + e.name + ' ' + (e.message || '').slice(0, 80); }
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
