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
  const o = {timestamps: false};
  const User = s.define('MxUser', {name: DataTypes.STRING}, o);
  const Post = s.define('MxPost', {title: DataTypes.STRING, likes: DataTypes.INTEGER}, o);
  const Tag = s.define('MxTag', {label: DataTypes.STRING}, o);
  const Profile = s.define('MxProfile', {bio: DataTypes.STRING}, o);
  const UT = s.define('MxUserTag', {weight: DataTypes.INTEGER}, o);
  User.hasMany(Post, {as: 'posts', foreignKey: 'userId'}); Post.belongsTo(User, {as: 'author', foreignKey: 'userId'});
  User.hasOne(Profile, {as: 'profile', foreignKey: 'userId'});
  User.belongsToMany(Tag, {as: 'tags', through: UT, foreignKey: 'userId', otherKey: 'tagId'});
  const out = {};
  const cap = s => s.charAt(0).toUpperCase() + s.slice(1);
  for (const [key, steps] of Object.entries(cases)) {
    if (dialect === 'mariadb') await s.query('SET FOREIGN_KEY_CHECKS=0');
    await s.sync({force: true});
    if (dialect === 'mariadb') await s.query('SET FOREIGN_KEY_CHECKS=1');
    for (const n of ['ann', 'ben', 'cat']) await User.create({name: n});
    for (const [t, l, u] of [['p1', 5, 1], ['p2', 0, 1], ['p3', 7, 2], ['p4', null, null], ['p5', 3, 3]]) await Post.create({title: t, likes: l, userId: u});
    for (const l of ['red', 'green', 'blue']) await Tag.create({label: l});
    for (const [b, u] of [['b1', 1], ['b2', null]]) await Profile.create({bio: b, userId: u});
    for (const [u, t, w] of [[1, 1, 5], [1, 2, 1], [2, 1, 3]]) await UT.create({userId: u, tagId: t, weight: w});
    const res = [];
    for (const st of steps) {
      try {
        const owner = st.on === 'post' ? await Post.findByPk(st.id) : await User.findByPk(st.id);
        const a = st.assoc;
        let r;
        if (st.op === 'get') { const x = await owner['get' + cap(a)](st.where ? {where: conv(st.where)} : {}); r = Array.isArray(x) ? x.map(y => y.id).sort() : (x ? x.id : null); }
        else if (st.op === 'set') { await owner['set' + cap(a)](st.targets); r = 'ok'; }
        else if (st.op === 'add') { await owner['add' + cap(a)](st.targets, st.through ? {through: st.through} : {}); r = 'ok'; }
        else if (st.op === 'remove') { await owner['remove' + cap(a)](st.targets); r = 'ok'; }
        else if (st.op === 'has') { r = await owner['has' + cap(a)](st.targets); }
        else if (st.op === 'count') { r = await owner['count' + cap(a)](st.where ? {where: conv(st.where)} : {}); }
        else if (st.op === 'create') { const x = await owner['create' + cap(a).replace(/s$/, '')](st.values); r = 'ok'; }
        res.push(r);
      } catch (e) { res.push('ERROR ' + e.name); }
    }
    const posts = (await Post.findAll({order: [['id', 'ASC']], raw: true})).map(p => [p.id, p.userId]);
    const uts = (await UT.findAll({raw: true})).map(x => [x.userId, x.tagId, x.weight]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    const profiles = (await Profile.findAll({order: [['id', 'ASC']], raw: true})).map(p => [p.id, p.userId]);
    out[key] = {res, posts, uts, profiles};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
