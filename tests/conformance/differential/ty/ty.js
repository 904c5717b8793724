const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
function norm(a, v) {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return isNaN(v.getTime()) ? 'InvalidDate' : v.toISOString();
  if (Buffer.isBuffer(v)) return 'hex:' + v.toString('hex');
  if (a === 'j') return JSON.stringify(typeof v === 'string' && dialect !== 'postgres' ? (() => { try { return JSON.parse(v); } catch (e) { return v; } })() : v);
  if (a === 'b') return (v === true || v === 1 || v === '1') ? true : (v === false || v === 0 || v === '0') ? false : 'raw:' + String(v);
  if (typeof v === 'bigint') return String(v);
  return typeof v === 'number' ? (Number.isNaN(v) ? 'NaN' : v) : String(v);
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('TyRow', {
    i: DataTypes.INTEGER, bi: DataTypes.BIGINT, si: DataTypes.SMALLINT, ti: dialect === 'postgres' ? DataTypes.SMALLINT : DataTypes.TINYINT,
    fl: DataTypes.FLOAT, db: DataTypes.DOUBLE, dc: DataTypes.DECIMAL(10, 2), b: DataTypes.BOOLEAN,
    s: DataTypes.STRING(5), tx: DataTypes.TEXT, d: DataTypes.DATE, do: DataTypes.DATEONLY, tm: DataTypes.TIME,
    u: DataTypes.UUID, e: DataTypes.ENUM('a', 'b', 'c d'), j: DataTypes.JSON}, {timestamps: false});
  await T.sync({force: true});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    const r = {};
    let id = null;
    try { const x = await T.create({[c.a]: c.v}); id = x.id; r.res = 'ok'; } catch (e) { r.res = 'ERROR ' + e.name; }
    if (id !== null) {
      const y = await T.findByPk(id);
      r.back = y ? norm(c.a, y.get(c.a)) : 'MISSING';
      if (c.a !== 'j') {
        try { r.found = await T.count({where: {id, [c.a]: c.v}}); } catch (e) { r.found = 'ERROR ' + e.name; }
      }
    }
    out[key] = r;
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
