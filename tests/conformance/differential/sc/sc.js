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
const toOpts = sc => { const o = {}; if (sc.where) o.where = conv(sc.where); if (sc.limit !== undefined) o.limit = sc.limit; if (sc.order) o.order = sc.order; if (sc.attributes) o.attributes = sc.attributes; return o; };
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const out = {};
  const rows = JSON.parse(fs.readFileSync(__dirname + '/rows.json'));
  let n = 0;
  for (const [k, c] of Object.entries(cases)) {
    const scopes = {}; for (const [name, sc] of Object.entries(c.scopes)) scopes[name] = toOpts(sc);
    const P = s.define('ScP' + (n++), {name: DataTypes.STRING, age: DataTypes.INTEGER, city: DataTypes.STRING, score: DataTypes.FLOAT}, {timestamps: false, tableName: 'ScPeople', defaultScope: c.defaultScope ? toOpts(c.defaultScope) : {}, scopes});
    if (n === 1) { await P.sync({force: true}); for (const r of rows) await P.create({name: r.name, age: r.age, city: r.city, score: r.score}); }
    try {
      let M = P;
      if (c.unscoped) M = P.unscoped(); else if (c.use) M = P.scope(c.use);
      const q = toOpts(c.query || {}); q.order = (q.order || []).concat([['id', 'ASC']]);
      if (c.count) { out[k] = await M.count(q); }
      else out[k] = (await M.findAll(q)).map(x => x.name);
    } catch (e) { out[k] = 'ERROR ' + e.name + ' ' + e.message.slice(0, 60); }
    s.modelManager.removeModel(P);
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
