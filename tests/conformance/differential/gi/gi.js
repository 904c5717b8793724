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
function agg(a, c) { return a === 'COUNT_DISTINCT' ? Sequelize.fn('COUNT', Sequelize.fn('DISTINCT', Sequelize.col(c))) : Sequelize.fn(a, Sequelize.col(c)); }
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const Author = s.define('Author', {name: DataTypes.STRING, city: DataTypes.STRING}, {timestamps: false});
  const Book = s.define('Book', {title: DataTypes.STRING, pages: DataTypes.INTEGER, price: DataTypes.DECIMAL(10, 2), published: DataTypes.BOOLEAN}, {timestamps: false});
  const Tag = s.define('Tag', {label: DataTypes.STRING}, {timestamps: false});
  const BookTag = s.define('BookTag', {}, {timestamps: false});
  Author.hasMany(Book, {as: 'books', foreignKey: 'authorId'});
  Book.belongsTo(Author, {as: 'author', foreignKey: 'authorId'});
  Book.belongsToMany(Tag, {as: 'tags', through: BookTag, foreignKey: 'bookId', otherKey: 'tagId'});
  await s.sync({force: true});
  const authors = [['ann', 'Paris'], ['ben', 'Rome'], ['cid', 'Paris'], ['dee', null], ['eve', 'Rome']];
  for (const [name, city] of authors) await Author.create({name, city});
  const books = [[1, 'b1', 120, '10.00', true], [1, 'b2', 80, '5.50', false], [2, 'b3', 300, '25.00', true], [2, 'x1', null, null, null],
                 [3, 'b5', 45, '3.25', true], [1, 'b6', 120, '12.50', true], [null, 'b7', 200, '30.00', false], [4, 'x8', 99, '7.00', true],
                 [2, 'b9', 150, '12.50', false], [3, 'b10', 60, '4.00', null]];
  for (const [authorId, title, pages, price, published] of books) await Book.create({authorId, title, pages, price, published});
  for (const label of ['red', 'blue', 'green']) await Tag.create({label});
  for (const [bookId, tagId] of [[1, 1], [1, 2], [2, 1], [3, 3], [5, 1], [5, 2], [5, 3], [6, 2], [9, 1], [10, 3]]) await BookTag.create({bookId, tagId});
  const M = {Author, Book};
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    try {
      if (c.kind === 'fn') {
        const o = {where: conv(c.where || {})};
        if (c.include) { const i = {association: c.include.as}; if (c.include.where) i.where = conv(c.include.where); if ('required' in c.include) i.required = c.include.required; o.include = [i]; }
        out[key] = await M[c.model][c.fn](c.col, o);
        continue;
      }
      const inc = {association: c.include.as};
      if (c.include.where) inc.where = conv(c.include.where);
      if ('required' in c.include) inc.required = c.include.required;
      const o = {where: conv(c.where || {})};
      if (c.kind === 'agg' || c.kind === 'aggTags') {
        inc.attributes = [];
        if (c.kind === 'aggTags') inc.through = {attributes: []};
        Object.assign(o, {raw: true, include: [inc], group: c.group,
          attributes: [...c.plain, ...c.aggs.map(([a, col, al]) => [agg(a, col), al])]});
        if (c.having) o.having = Sequelize.where(agg(c.having.agg, c.having.col), {[Op[c.having.op]]: c.having.val});
        if (c.order) o.order = c.order;
        out[key] = await M[c.model].findAll(o);
      } else if (c.kind === 'aggBelongs') {
        inc.attributes = [];
        Object.assign(o, {raw: true, include: [inc], group: [c.gcol],
          attributes: [[Sequelize.col(c.gcol), 'gcol'], ...c.aggs.map(([a, col, al]) => [agg(a, col), al])]});
        if (c.limit) { o.limit = c.limit; o.order = [[Sequelize.col(c.gcol), 'ASC']]; }
        out[key] = await Book.findAll(o);
      } else {
        o.include = [inc];
        if (c.distinct) o.distinct = true;
        if (c.col) o.col = c.col;
        if (c.kind === 'count') out[key] = await M[c.model].count(o);
        else if (c.kind === 'countGrouped') { o.group = c.group; out[key] = await M[c.model].count(o); }
        else {
          if (c.limit) o.limit = c.limit;
          if (c.offset) o.offset = c.offset;
          o.order = [['id', 'ASC']];
          const r = await M[c.model].findAndCountAll(o);
          out[key] = {count: r.count, ids: r.rows.map(x => x.id)};
        }
      }
    } catch (e) { out[key] = 'ERROR ' + e.name + ' ' + (e.message || '').slice(0, 80); }
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
