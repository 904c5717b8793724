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
function plain(x) {
  if (!x) return null;
  const j = x.toJSON();
  const out = {};
  for (const [k, v] of Object.entries(j)) out[k] = Array.isArray(v) ? v.map(e => e.id).sort() : (v && typeof v === 'object' && !(v instanceof Date) ? v : v);
  return out;
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const Author = s.define('Author', {name: DataTypes.STRING, city: DataTypes.STRING}, {timestamps: false});
  const Book = s.define('Book', {title: DataTypes.STRING, pages: DataTypes.INTEGER, published: DataTypes.BOOLEAN}, {timestamps: false, scopes: {pub: {where: {published: true}}}});
  const Tag = s.define('Tag', {label: DataTypes.STRING}, {timestamps: false, defaultScope: {where: {label: {[Op.ne]: 'hidden'}}}});
  const BookTag = s.define('BookTag', {weight: DataTypes.INTEGER}, {timestamps: false});
  const Profile = s.define('Profile', {bio: DataTypes.STRING}, {timestamps: false});
  Author.hasMany(Book, {as: 'books', foreignKey: 'authorId'});
  Book.belongsTo(Author, {as: 'author', foreignKey: 'authorId'});
  Book.belongsToMany(Tag, {as: 'tags', through: BookTag, foreignKey: 'bookId', otherKey: 'tagId'});
  Author.hasOne(Profile, {as: 'profile', foreignKey: 'authorId'});
  await s.sync({force: true});
  for (const [name, city] of [['ann', 'Paris'], ['ben', 'Rome'], ['cid', 'Paris'], ['dee', null]]) await Author.create({name, city});
  const books = [[1, 'b1', 120, true], [1, 'b2', 80, false], [2, 'b3', 300, true], [2, 'x1', null, null], [1, 'b5', 45, true], [3, 'b6', 120, true], [null, 'b7', 200, false]];
  for (const [authorId, title, pages, published] of books) await Book.create({authorId, title, pages, published});
  for (const label of ['red', 'blue', 'hidden', 'brown', 'green']) await Tag.create({label});
  for (const [bookId, tagId, weight] of [[1, 1, 1], [1, 2, 3], [1, 3, 2], [2, 1, null], [3, 4, 2], [5, 1, 1], [5, 2, 2], [5, 3, 3], [5, 5, 1], [6, 2, 1]]) await BookTag.create({bookId, tagId, weight});
  await Profile.create({bio: 'x', authorId: 1}); await Profile.create({bio: 'y', authorId: 2});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    try {
      const o = {};
      const g = c.o;
      if (g.where) o.where = conv(g.where);
      if (g.order) o.order = g.order;
      if ('limit' in g) o.limit = g.limit;
      if ('offset' in g) o.offset = g.offset;
      if (g.attributes) o.attributes = g.attributes;
      if ('scope' in g) o.scope = g.scope;
      if (g.include) o.include = [{association: g.include}];
      if (g.through) o.through = {where: conv(g.through)};
      if (g.joinTableAttributes) o.joinTableAttributes = g.joinTableAttributes;
      const M = {getBooks: Author, countBooks: Author, hasBooks: Author, getProfile: Author, getAuthor: Book, getTags: Book, countTags: Book, hasTags: Book}[c.op];
      const src = await M.findByPk(c.on);
      let r = await src[c.op](...(c.ids ? [c.ids, o] : [o]));
      if (Array.isArray(r)) r = r.map(plain);
      else if (r && typeof r === 'object') r = plain(r);
      out[key] = r;
    } catch (e) { out[key] = 'ERROR ' + e.name + ' ' + (e.message || '').slice(0, 80); }
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
