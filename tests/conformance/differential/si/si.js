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
  const Pub = s.define('SiPublisher', {name: DataTypes.STRING}, {timestamps: false});
  const out = {};
  let n = 0;
  for (const [k, c] of Object.entries(cases)) {
    n++;
    const Book = s.define('SiBook' + n, {title: DataTypes.STRING, year: DataTypes.INTEGER}, {timestamps: false, tableName: 'SiBooks'});
    Book.belongsTo(Pub, {as: 'publisher', foreignKey: 'publisherId'});
    const toOpts = sc => {
      const o = {};
      if (sc.where) o.where = conv(sc.where);
      if (sc.attributes) o.attributes = sc.attributes;
      if (sc.order) o.order = sc.order;
      if (sc.books) {
        const b = {model: Book, as: 'books'};
        if (sc.books.where) b.where = conv(sc.books.where);
        if ('required' in sc.books) b.required = sc.books.required;
        if (sc.books.attributes) b.attributes = sc.books.attributes;
        if (sc.books.publisher) { const p = {model: Pub, as: 'publisher'}; if (sc.books.publisher.where) p.where = conv(sc.books.publisher.where); if ('required' in sc.books.publisher) p.required = sc.books.publisher.required; b.include = [p]; }
        o.include = [b];
      }
      return o;
    };
    const scopes = {}; for (const [name, sc] of Object.entries(c.scopes)) scopes[name] = () => toOpts(sc);
    const A = s.define('SiAuthor' + n, {name: DataTypes.STRING, age: DataTypes.INTEGER}, {timestamps: false, tableName: 'SiAuthors', defaultScope: c.defaultScope ? toOpts(c.defaultScope) : {}, scopes});
    A.hasMany(Book, {as: 'books', foreignKey: 'authorId'});
    if (n === 1) {
      await s.getQueryInterface().dropTable('SiBooks'); await s.getQueryInterface().dropTable('SiAuthors'); await s.getQueryInterface().dropTable('SiPublishers');
      await Pub.sync({force: true}); await A.sync({force: true}); await Book.sync({force: true});
      for (const nm of ['p1', 'p2']) await Pub.create({name: nm});
      for (const [nm, age] of [['ann', 25], ['bob', 35], ['cy', 45], ['dee', 30]]) await A.create({name: nm, age});
      for (const [t, y, a, p] of [['a', 2001, 1, 1], ['b', 2015, 1, 2], ['c', 2020, 2, 1], ['a', 1999, 3, null], ['b', 2011, 2, 2]]) await Book.create({title: t, year: y, authorId: a, publisherId: p});
    }
    try {
      let M = A;
      if (c.use) M = A.scope(c.use);
      const q = toOpts(c.query || {});
      const layers = [c.query, ...(c.use ? c.use.map(nm => nm === 'defaultScope' ? c.defaultScope : c.scopes[nm]) : [c.defaultScope])];
      const hasBooks = layers.some(x => x && x.books);
      q.order = (q.order || []).concat(hasBooks ? [['id', 'ASC'], [{model: Book, as: 'books'}, 'id', 'ASC']] : [['id', 'ASC']]);
      out[k] = (await M.findAll(q)).map(x => [x.id, x.get('name') ?? null, x.get('age') ?? null, x.books ? x.books.map(b => [b.id, b.get('title') ?? null, b.get('year') ?? null, b.publisher ? b.publisher.id : null]) : null]);
    } catch (e) { out[k] = 'ERROR ' + e.name + ' ' + e.message.slice(0, 80); }
    s.modelManager.removeModel(A); s.modelManager.removeModel(Book);
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
