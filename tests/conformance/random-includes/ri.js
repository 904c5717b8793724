// usage: node ri.js dialect cases.json -> {case: rows | count | "ERROR name"} (schema.json and data.json
// beside it: random-includes.json's "schema" and "data"; the dev servers' URLs below)
// usage: node ri.js dialect cases.json -> {case: rows | "ERROR name"}
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
  const q = t => dialect === 'mariadb' ? '`' + t + '`' : '"' + t + '"';
  if (dialect === 'mariadb') await s.query('SET FOREIGN_KEY_CHECKS=0');
  for (const t of ['RiUserTags', 'RiComments', 'RiPosts', 'RiProfiles', 'RiTags', 'RiUsers']) await s.query(`DROP TABLE IF EXISTS ${q(t)}${dialect === 'postgres' ? ' CASCADE' : ''}`);
  if (dialect === 'mariadb') await s.query('SET FOREIGN_KEY_CHECKS=1');
  const o = {timestamps: false};
  const M = {
    User: s.define('RiUser', {name: DataTypes.STRING, age: DataTypes.INTEGER}, o),
    Post: s.define('RiPost', {title: DataTypes.STRING, likes: DataTypes.INTEGER}, o),
    Comment: s.define('RiComment', {body: DataTypes.STRING, stars: DataTypes.INTEGER}, o),
    Tag: s.define('RiTag', {label: DataTypes.STRING}, o),
    Profile: s.define('RiProfile', {bio: DataTypes.STRING}, o),
  };
  const UT = s.define('RiUserTag', {weight: DataTypes.INTEGER}, o);
  M.User.hasMany(M.Post, {as: 'posts', foreignKey: 'userId'}); M.Post.belongsTo(M.User, {as: 'author', foreignKey: 'userId'});
  M.User.hasOne(M.Profile, {as: 'profile', foreignKey: 'userId'}); M.Profile.belongsTo(M.User, {as: 'user', foreignKey: 'userId'});
  M.Post.hasMany(M.Comment, {as: 'comments', foreignKey: 'postId'}); M.Comment.belongsTo(M.Post, {as: 'post', foreignKey: 'postId'});
  M.User.belongsToMany(M.Tag, {as: 'tags', through: UT, foreignKey: 'userId', otherKey: 'tagId'});
  M.Tag.belongsToMany(M.User, {as: 'users', through: UT, foreignKey: 'tagId', otherKey: 'userId'});
  await s.sync({force: true});
  const data = JSON.parse(fs.readFileSync(__dirname + '/data.json'));
  for (const [model, rows] of Object.entries(data)) for (const r of rows) await (model === 'UserTag' ? UT : M[model]).create(r);
  const label = {User: 'name', Post: 'title', Comment: 'body', Tag: 'label', Profile: 'bio'};
  const schema = JSON.parse(fs.readFileSync(__dirname + '/schema.json'));
  const incl = (model, spec) => spec.map(i => {
    const [target] = schema.assoc[model][i.as];
    const x = {model: M[target], as: i.as};
    if (i.where) x.where = conv(i.where);
    if (i.required !== undefined) x.required = i.required;
    if (i.separate) x.separate = true;
    if (i.through) x.through = {where: conv(i.through)};
    if (i.include) x.include = incl(target, i.include);
    return x;
  });
  const shape = (model, inst, spec) => {
    const r = {n: inst[label[model]]};
    for (const i of spec || []) {
      const [target, kind] = schema.assoc[model][i.as];
      const v = inst[i.as];
      if (Array.isArray(v)) r[i.as] = v.map(c => shape(target, c, i.include)).sort((a, b) => JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
      else r[i.as] = v ? shape(target, v, i.include) : null;
    }
    return r;
  };
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    try {
      const opts = {include: incl(c.model, c.include || []), order: [['id', c.desc ? 'DESC' : 'ASC']]};
      if (c.where) opts.where = conv(c.where);
      if (c.limit !== undefined) opts.limit = c.limit;
      if (c.offset !== undefined) opts.offset = c.offset;
      if (c.count) { out[key] = await M[c.model].count({...opts, distinct: true, col: 'id'}); continue; }
      const rows = await M[c.model].findAll(opts);
      out[key] = rows.map(r => shape(c.model, r, c.include));
    } catch (e) { out[key] = 'ERROR ' + e.name + ' ' + e.message.slice(0, 80); }
  }
  console.log(JSON.stringify(out, null, 0));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
