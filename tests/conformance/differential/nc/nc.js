const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const User = s.define('NcUser', {name: {type: DataTypes.STRING, allowNull: false}}, {timestamps: false});
  const Profile = s.define('NcProfile', {bio: DataTypes.STRING}, {timestamps: false});
  const Task = s.define('NcTask', {title: {type: DataTypes.STRING, allowNull: false}}, {timestamps: false});
  const Group = s.define('NcGroup', {name: DataTypes.STRING}, {timestamps: false});
  const Tag = s.define('NcTag', {label: DataTypes.STRING}, {timestamps: false});
  const UserTag = s.define('NcUserTag', {role: DataTypes.STRING}, {timestamps: false});
  User.hasOne(Profile, {as: 'profile', foreignKey: 'userId'});
  User.hasMany(Task, {as: 'tasks', foreignKey: 'userId'});
  User.belongsTo(Group, {as: 'group', foreignKey: 'groupId'});
  User.belongsToMany(Tag, {as: 'tags', through: UserTag, foreignKey: 'userId', otherKey: 'tagId'});
  const assoc = {profile: {model: Profile, as: 'profile'}, tasks: {model: Task, as: 'tasks'}, group: {model: Group, as: 'group'}, tags: {model: Tag, as: 'tags'}};
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    await s.sync({force: true});
    let r;
    try {
      const include = c.inc.map(a => assoc[a]);
      const t = await s.transaction();
      try {
        if (c.op === 'create') await User.create(c.v, {include, transaction: t});
        else if (c.op === 'build') await User.build(c.v, {include}).save({transaction: t});
        else await User.bulkCreate(c.v, {include, transaction: t});
        await t.commit();
      } catch (e) { await t.rollback(); throw e; }
      r = 'ok';
    } catch (e) { r = 'ERROR ' + e.name; }
    const state = {
      users: (await User.findAll({order: [['id', 'ASC']]})).map(x => [x.id, x.name, x.groupId]),
      profiles: (await Profile.findAll({order: [['id', 'ASC']]})).map(x => [x.id, x.bio, x.userId]),
      tasks: (await Task.findAll({order: [['id', 'ASC']]})).map(x => [x.id, x.title, x.userId]),
      groups: (await Group.findAll({order: [['id', 'ASC']]})).map(x => [x.id, x.name]),
      tags: (await Tag.findAll({order: [['id', 'ASC']]})).map(x => [x.id, x.label]),
      links: (await UserTag.findAll({order: [['userId', 'ASC'], ['tagId', 'ASC']]})).map(x => [x.userId, x.tagId, x.role])};
    out[key] = {r, state};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
