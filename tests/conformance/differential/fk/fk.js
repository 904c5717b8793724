const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
(async () => {
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    const s = new Sequelize(urls[dialect], {logging: false});
    const P = s.define('FkParent', {name: DataTypes.STRING}, {timestamps: false});
    const K = s.define('FkChild', {name: DataTypes.STRING}, {timestamps: false});
    const fk = {name: 'parentId'};
    if (c.allowNull !== null) fk.allowNull = c.allowNull;
    const o = {foreignKey: fk};
    if (c.onDelete) o.onDelete = c.onDelete;
    if (c.onUpdate) o.onUpdate = c.onUpdate;
    let J = null;
    const r = {};
    try {
      if (c.assoc === 'hasMany') P.hasMany(K, o);
      else if (c.assoc === 'hasOne') P.hasOne(K, o);
      else if (c.assoc === 'belongsTo') K.belongsTo(P, o);
      else { J = s.define('FkLink', {}, {timestamps: false}); P.belongsToMany(K, Object.assign({through: J}, o, {foreignKey: 'parentId', otherKey: 'childId'})); }
      await s.getQueryInterface().dropAllTables();
      await s.sync({force: true});
      for (const n of ['p1', 'p2']) await P.create({name: n});
      if (J) {
        for (const n of ['c1', 'c2', 'c3']) await K.create({name: n});
        for (const [p, k] of [[1, 1], [1, 2], [2, 3]]) await J.create({parentId: p, childId: k});
      } else {
        for (const [n, p] of [['c1', 1], ['c2', c.assoc === 'hasOne' ? 2 : 1], ['c3', c.assoc === 'hasOne' ? null : 2]]) {
          try { await K.create({name: n, parentId: p}); } catch (e) { }
        }
      }
      r.ops = [];
      for (const op of c.ops) {
        try {
          if (op === 'destroyParent') { const x = await P.findByPk(1); if (x) await x.destroy(); }
          else if (op === 'destroyParentStatic') await P.destroy({where: {id: 2}});
          else if (op === 'updateParentPk') await P.update({id: 10}, {where: {id: 1}});
          else if (op === 'destroyChild') await K.destroy({where: {id: 1}});
          else if (op === 'destroyAllParents') await P.destroy({where: {}});
          r.ops.push('ok');
        } catch (e) { r.ops.push('ERROR ' + e.name); }
      }
      r.parents = (await P.findAll({order: [['id', 'ASC']]})).map(x => x.id);
      r.children = (await K.findAll({order: [['id', 'ASC']]})).map(x => [x.id, J ? null : x.parentId]);
      if (J) r.links = (await J.findAll({order: [['parentId', 'ASC'], ['childId', 'ASC']]})).map(x => [x.parentId, x.childId]);
    } catch (e) { r.setup = 'ERROR ' + e.name + ' ' + e.message; }
    out[key] = r;
    await s.close();
  }
  console.log(JSON.stringify(out));
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
