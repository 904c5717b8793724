// node al.js DIALECT cases.json [dump]: runs each case's v1 sync, rows, v2 sync({alter}) with Sequelize;
// with "dump", only describes and reads every case's table (to read what either library left).
const {Sequelize, DataTypes} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const dumpOnly = process.argv[4] === 'dump';
const urls = {sqlite: 'sqlite:' + (process.env.AL_SQLITE || '/tmp/al.sqlite'), postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
function type(t) {
  if (t.startsWith('STRING')) return DataTypes.STRING(Number(t.match(/\d+/)[0]));
  if (t.startsWith('DECIMAL')) return DataTypes.DECIMAL(10, 2);
  return DataTypes[t];
}
function attrs(v) {
  const o = {};
  for (const [x, s] of v) { o[x] = {type: type(s.type), allowNull: s.allowNull}; if ('default' in s) o[x].defaultValue = s.default; if (s.unique) o[x].unique = true; }
  return o;
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    const table = key;
    if (dumpOnly) {
      try {
        const cols = {};
        if (dialect === 'mariadb') {
          const cs = await s.query("SELECT COLUMN_NAME AS n, COLUMN_TYPE AS t, IS_NULLABLE AS nl, COLUMN_DEFAULT AS d FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '" + table + "' ORDER BY ORDINAL_POSITION", {type: 'SELECT'});
          if (!cs.length) throw new Error('no table');
          for (const x of cs) cols[x.n] = [x.t.toUpperCase(), x.nl === 'YES', x.d === null ? null : String(x.d)];
        } else {
          const d = await s.getQueryInterface().describeTable(table);
          for (const [col, x] of Object.entries(d)) cols[col] = [x.type, x.allowNull, x.defaultValue === undefined ? null : String(x.defaultValue)];
        }
        const rows = await s.query(`SELECT * FROM ${s.getQueryInterface().quoteIdentifier(table)} ORDER BY id`, {type: "SELECT"});
        out[key] = {cols, rows};
      } catch (e) { out[key] = 'ERROR ' + e.name + ' ' + e.message; }
      continue;
    }
    const r = {};
    try {
      await s.getQueryInterface().dropTable(table);
      const A = s.define('V1' + key, attrs(c.v1), {tableName: table, timestamps: false});
      await A.sync({force: true});
      let ok = 0;
      for (const row of c.rows) { try { await A.create(row); ok++; } catch (e) {} }
      r.inserted = ok;
      const B = s.define('V2' + key, attrs(c.v2), {tableName: table, timestamps: false});
      try { await B.sync({alter: true}); r.alter = 'ok'; } catch (e) { r.alter = 'ERROR ' + e.name; }
    } catch (e) { r.setup = 'ERROR ' + e.name + ' ' + e.message; }
    out[key] = r;
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
