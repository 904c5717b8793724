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
  const Doc = s.define('PDoc', {title: DataTypes.STRING, n: DataTypes.INTEGER}, {paranoid: true});
  const Kid = s.define('PKid', {name: DataTypes.STRING}, {paranoid: true});
  Doc.hasMany(Kid, {foreignKey: 'docId', as: 'kids'}); Kid.belongsTo(Doc, {foreignKey: 'docId', as: 'doc'});
  const out = {};
  for (const [key, seq] of Object.entries(cases)) {
    await s.sync({force: true});
    for (const [t, n] of [['a', 1], ['b', 2], ['c', 3], ['a', 4]]) await Doc.create({title: t, n});
    for (const [nm, d] of [['k1', 1], ['k2', 1], ['k3', 2], ['k4', 3], ['k5', null]]) await Kid.create({name: nm, docId: d});
    await Doc.destroy({where: {id: 4}}); await Kid.destroy({where: {id: 2}});
    const res = [];
    for (const o of seq) {
      let r;
      try {
        const where = conv(o.where || {});
        switch (o.op) {
          case 'create': r = (await Doc.create(o.values)).id; break;
          case 'destroy': r = await Doc.destroy({where}); break;
          case 'destroyForce': r = await Doc.destroy({where, force: true}); break;
          case 'restore': await Doc.restore({where}); r = 'ok'; break;
          case 'instDestroy': case 'instRestore': case 'instForce': case 'instUpdate': case 'reload': {
            const x = await Doc.findByPk(o.id, {paranoid: false});
            if (!x) { r = 'none'; break; }
            if (o.op === 'instDestroy') await x.destroy();
            else if (o.op === 'instForce') await x.destroy({force: true});
            else if (o.op === 'instRestore') await x.restore();
            else if (o.op === 'instUpdate') await x.update(o.values);
            else { await x.reload(); }
            r = ['ok', x.isSoftDeleted()]; break;
          }
          case 'update': r = (await Doc.update(o.values, {where}))[0]; break;
          case 'updateAll': r = (await Doc.update(o.values, {where, paranoid: false}))[0]; break;
          case 'count': r = await Doc.count({where}); break;
          case 'countAll': r = await Doc.count({where, paranoid: false}); break;
          case 'findAll': r = (await Doc.findAll({where, order: [['id', 'ASC']]})).map(x => x.id); break;
          case 'findAllAll': r = (await Doc.findAll({where, paranoid: false, order: [['id', 'ASC']]})).map(x => x.id); break;
          case 'findOne': { const x = await Doc.findOne({where, order: [['id', 'ASC']]}); r = x ? x.id : null; break; }
          case 'findByPk': { const x = await Doc.findByPk(o.id); r = x ? x.id : null; break; }
          case 'findByPkAll': { const x = await Doc.findByPk(o.id, {paranoid: false}); r = x ? [x.id, x.isSoftDeleted()] : null; break; }
          case 'include': {
            const xs = await Doc.findAll({paranoid: o.outer, include: [{model: Kid, as: 'kids', paranoid: o.paranoid, required: o.required}], order: [['id', 'ASC'], [{model: Kid, as: 'kids'}, 'id', 'ASC']]});
            r = xs.map(x => [x.id, x.kids.map(k => k.id)]); break;
          }
          case 'increment': await Doc.increment({n: 1}, {where}); r = 'ok'; break;
          case 'childDestroy': r = await Kid.destroy({where}); break;
          case 'childRestore': await Kid.restore({where}); r = 'ok'; break;
        }
      } catch (e) { r = 'ERROR ' + e.name; }
      res.push(r);
    }
    const docs = (await Doc.findAll({paranoid: false, order: [['id', 'ASC']]})).map(x => [x.id, x.n, x.deletedAt !== null]);
    const kids = (await Kid.findAll({paranoid: false, order: [['id', 'ASC']]})).map(x => [x.id, x.deletedAt !== null]);
    out[key] = {res, docs, kids};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message, e.sql); process.exit(1); });
