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
  const Author = s.define('Author', {name: DataTypes.STRING, city: DataTypes.STRING}, {timestamps: false});
  const Book = s.define('Book', {title: DataTypes.STRING, pages: DataTypes.INTEGER, price: DataTypes.DECIMAL(10, 2), published: DataTypes.BOOLEAN}, {timestamps: false});
  const Tag = s.define('Tag', {label: DataTypes.STRING}, {timestamps: false});
  const BookTag = s.define('BookTag', {}, {timestamps: false});
  Author.hasMany(Book, {as: 'books', foreignKey: 'authorId'});
  Book.belongsTo(Author, {as: 'author', foreignKey: 'authorId'});
  Book.belongsToMany(Tag, {as: 'tags', through: BookTag, foreignKey: 'bookId', otherKey: 'tagId'});
  Tag.belongsToMany(Book, {as: 'books', through: BookTag, foreignKey: 'tagId', otherKey: 'bookId'});
  await s.sync({force: true});
  for (const [name, city] of [['ann', 'Paris'], ['ben', 'Rome'], ['cid', 'Paris'], ['dee', null]]) await Author.create({name, city});
  const books = [[1, 'b1', 120, '10.00', true], [1, 'b2', 80, '5.50', false], [2, 'b3', 300, '25.00', true], [2, 'x1', null, null, null], [3, 'b5', 45, '3.25', true], [null, 'b7', 200, '30.00', false]];
  for (const [authorId, title, pages, price, published] of books) await Book.create({authorId, title, pages, price, published});
  for (const label of ['red', 'blue', 'green']) await Tag.create({label});
  for (const [bookId, tagId] of [[1, 1], [1, 2], [2, 1], [3, 3], [5, 1], [5, 2]]) await BookTag.create({bookId, tagId});
  const M = {Author, Book, Tag};
  function incs(list) {
    return list.map(i => {
      const o = {association: i.as};
      if ('attributes' in i) o.attributes = i.attributes;
      if (i.where) o.where = conv(i.where);
      if ('required' in i) o.required = i.required;
      if (i.include) o.include = incs(i.include);
      return o;
    });
  }
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    try {
      const o = {raw: true, include: incs(c.include), where: conv(c.where || {})};
      if (c.attributes) o.attributes = c.attributes;
      if (c.nest) o.nest = true;
      out[key] = await M[c.model].findAll(o);
    } catch (e) { out[key] = 'ERROR ' + e.name + ' ' + (e.message || '').slice(0, 80); }
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
