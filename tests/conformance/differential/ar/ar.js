const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
const val = v => (v && typeof v === 'object' && !Array.isArray(v) && 'hex' in v) ? Buffer.from(v.hex, 'hex') : v;
function opv(c) {
  const [k, v] = Object.entries(c)[0];
  return {[Op[k]]: Array.isArray(v) && k === 'in' ? v.map(val) : val(v)};
}
function norm(v) {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v)) return 'hex:' + v.toString('hex');
  if (v instanceof Date) return isNaN(v.getTime()) ? 'InvalidDate' : v.toISOString();
  if (Array.isArray(v)) return v.map(norm);
  if (typeof v === 'number' && !isFinite(v)) return String(v);
  return v;
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const A = dialect === 'postgres';
  const T = s.define('ArRow', Object.assign({bl: DataTypes.BLOB}, A ? {
    ia: DataTypes.ARRAY(DataTypes.INTEGER), sa: DataTypes.ARRAY(DataTypes.STRING(10)), ta: DataTypes.ARRAY(DataTypes.TEXT),
    ba: DataTypes.ARRAY(DataTypes.BOOLEAN), dba: DataTypes.ARRAY(DataTypes.DOUBLE), dta: DataTypes.ARRAY(DataTypes.DATEONLY)} : {}), {timestamps: false});
  await T.sync({force: true});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    if (!A && c.a !== 'bl') continue;
    const r = {};
    let id = null;
    try { const x = await T.create({[c.a]: val(c.v)}); id = x.id; r.res = 'ok'; } catch (e) { r.res = 'ERROR ' + e.name; }
    if (id !== null) {
      const y = await T.findByPk(id);
      r.back = y ? norm(y.get(c.a)) : 'MISSING';
      r.found = [];
      for (const w of c.w) {
        try { r.found.push(await T.count({where: {id, [c.a]: opv(w)}})); } catch (e) { r.found.push('ERROR ' + e.name); }
      }
    }
    out[key] = r;
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
