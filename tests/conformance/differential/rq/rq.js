const {Sequelize, QueryTypes} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const out = {};
  for (const [k, c] of Object.entries(cases)) {
    try {
      const rows = await s.query(c.sql, c.bind !== undefined ? {bind: c.bind, type: QueryTypes.SELECT} : {replacements: c.replacements, type: QueryTypes.SELECT});
      const r = rows[0]; const o = {};
      for (const [key, v] of Object.entries(r)) o[key] = v === null ? null : (Buffer.isBuffer(v) ? v.toString() : String(v));
      out[k] = o;
    } catch (e) { out[k] = 'ERROR ' + e.name + ' ' + e.message.slice(0, 60); }
  }
  console.log(JSON.stringify(out));
  await s.close();
})();
