// usage: node where.js dialect cases.json  -> prints JSON {key: [names] | "ERROR ..."}
const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {
  sqlite: 'sqlite::memory:',
  postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest',
  mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest',
};
const OPS = new Set(Object.keys(Op));
function conv(v) {
  if (Array.isArray(v)) return v.map(conv);
  if (v && typeof v === 'object') {
    if (v.$col !== undefined) return Sequelize.col(v.$col);
    if (v.$literal !== undefined) return Sequelize.literal(v.$literal);
    const out = {};
    for (const [k, x] of Object.entries(v)) out[OPS.has(k) ? Op[k] : k] = conv(x);
    return out;
  }
  return v;
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const P = s.define('Person', {
    name: {type: DataTypes.STRING, allowNull: false}, age: DataTypes.INTEGER,
    city: DataTypes.STRING, email: DataTypes.STRING, score: DataTypes.FLOAT,
    meta: DataTypes.JSON, tags: dialect === 'postgres' ? DataTypes.ARRAY(DataTypes.STRING) : DataTypes.STRING,
    born: DataTypes.DATEONLY, seen: DataTypes.DATE, ok: DataTypes.BOOLEAN, price: DataTypes.DECIMAL(10, 2),
  }, {timestamps: false, tableName: 'DiffPeople'});
  await P.sync({force: true});
  const rows = JSON.parse(fs.readFileSync(process.argv[3].replace(/[^/]*$/, 'rows.json')));
  for (const r of rows) await P.create(dialect === 'postgres' && r.tags != null ? {...r, tags: [r.tags]} : r);
  const out = {};
  for (const [key, where] of Object.entries(cases)) {
    try {
      const c = where; const opts = {where: conv(c.where || {}), order: (c.order || []).map(o => o[0].includes(".") ? [Sequelize.literal(o[0]), o[1]] : o).concat([["id", "ASC"]])}; if (c.limit !== undefined) opts.limit = c.limit; if (c.offset !== undefined) opts.offset = c.offset; const res = await P.findAll(opts);
      out[key] = res.map(x => x.name);
    } catch (e) { out[key] = 'ERROR ' + e.name; }
  }
  console.log(JSON.stringify(out, null, 1));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
