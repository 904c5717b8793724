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
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const Pub = s.define('NwPublisher', {name: DataTypes.STRING}, {timestamps: false});
  const Book = s.define('NwBook', {title: DataTypes.STRING, year: DataTypes.INTEGER}, {timestamps: false});
  const A = s.define('NwAuthor', {name: DataTypes.STRING, age: DataTypes.INTEGER}, {timestamps: false});
  A.hasMany(Book, {as: 'books', foreignKey: 'authorId'}); Book.belongsTo(Pub, {as: 'publisher', foreignKey: 'publisherId'});
  await s.sync({force: true});
  for (const nm of ['p1', 'p2']) await Pub.create({name: nm});
  for (const [nm, age] of [['ann', 25], ['bob', 35], ['cy', 45], ['dee', 30]]) await A.create({name: nm, age});
  for (const [t, y, a, p] of [['a', 2001, 1, 1], ['b', 2015, 1, 2], ['c', 2020, 2, 1], ['a', 1999, 3, null], ['b', 2011, 2, 2]]) await Book.create({title: t, year: y, authorId: a, publisherId: p});
  const out = {};
  for (const [k, c] of Object.entries(cases)) {
    try {
      const b = {model: Book, as: 'books'};
      if (c.required !== null) b.required = c.required;
      if (c.bookWhere) b.where = conv(c.bookWhere);
      if (c.pub) { const p = {model: Pub, as: 'publisher'}; if (c.pubRequired !== null) p.required = c.pubRequired; b.include = [p]; }
      const q = {where: conv(c.where), include: [b], order: [['id', 'ASC'], [{model: Book, as: 'books'}, 'id', 'ASC']]};
      if (c.limit) q.limit = c.limit;
      out[k] = (await A.findAll(q)).map(x => [x.id, x.books.map(y => y.id)]);
    } catch (e) { out[k] = 'ERROR ' + e.name + ' ' + e.message.slice(0, 60); }
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
