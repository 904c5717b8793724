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
const DOCS = [{a: 1, b: 'x'}, {a: 2.5, b: 'y', c: {d: 1}}, {a: '3', b: null}, {a: null}, {}, {a: [1, 2]}, {a: {d: 2}}, {b: 'x%'}, {a: 10, b: 'X'}, {a: true}, null, {c: {d: '1'}}, {a: -1, c: {d: [1]}}, {a: 0, b: '1'}, {a: false}, {a: 'x'}];
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('JRow', {meta: DataTypes.JSON}, {timestamps: false});
  await T.sync({force: true});
  for (const meta of DOCS) await T.create({meta});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    try { out[key] = (await T.findAll({where: conv(c), order: [['id', 'ASC']]})).map(r => r.id); }
    catch (e) { out[key] = 'ERROR ' + e.name + ' ' + (e.message || '').slice(0, 60); }
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
