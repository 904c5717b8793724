const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
const HOOKS = ['beforeValidate', 'afterValidate', 'validationFailed', 'beforeCreate', 'afterCreate', 'beforeSave', 'afterSave', 'beforeUpdate', 'afterUpdate',
  'beforeDestroy', 'afterDestroy', 'beforeRestore', 'afterRestore', 'beforeUpsert', 'afterUpsert', 'beforeBulkCreate', 'afterBulkCreate',
  'beforeBulkUpdate', 'afterBulkUpdate', 'beforeBulkDestroy', 'afterBulkDestroy', 'beforeBulkRestore', 'afterBulkRestore',
  'beforeFind', 'beforeFindAfterExpandIncludeAll', 'beforeFindAfterOptions', 'afterFind', 'beforeCount'];
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const H = s.define('HkRow', {name: {type: DataTypes.STRING, allowNull: false, unique: true, validate: {notEmpty: true}}, n: DataTypes.INTEGER}, {paranoid: true});
  let log = [];
  // A case {seq, throwAt} (hx/gen.py) has that hook throw and ends with the table's rows.
  let throwAt = null;
  for (const h of HOOKS) H.addHook(h, (...a) => { log.push(h); if (h === throwAt) throw new Error('hook ' + h); });
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    const seq = Array.isArray(c) ? c : c.seq;
    throwAt = null;
    await H.sync({force: true});
    for (const [nm, n] of [['a', 1], ['b', 2], ['c', 3]]) await H.create({name: nm, n}, {hooks: false});
    await H.destroy({where: {id: 3}, hooks: false});
    const res = [];
    let k = 0;
    throwAt = Array.isArray(c) ? null : c.throwAt;
    for (const op of seq) {
      log = [];
      let r = 'ok';
      k++;
      try {
        switch (op) {
          case 'create': await H.create({name: 'x' + k, n: 5}); break;
          case 'createInvalid': await H.create({name: '', n: 5}); break;
          case 'createNull': await H.create({n: 5}); break;
          case 'build_save': { const x = H.build({name: 'y' + k}); await x.save(); break; }
          case 'saveChanged': { const x = await H.findByPk(1, {hooks: false}); x.n = 40 + k; log = []; await x.save(); break; }
          case 'saveUnchanged': { const x = await H.findByPk(1, {hooks: false}); log = []; await x.save(); break; }
          case 'saveInvalid': { const x = await H.findByPk(1, {hooks: false}); x.name = ''; log = []; await x.save(); break; }
          case 'instUpdate': { const x = await H.findByPk(2, {hooks: false}); log = []; await x.update({n: 50 + k}); break; }
          case 'instUpdateSame': { const x = await H.findByPk(2, {hooks: false}); log = []; await x.update({n: x.n}); break; }
          case 'instDestroy': { const x = await H.findByPk(1, {hooks: false, paranoid: false}); log = []; await x.destroy(); break; }
          case 'instForce': { const x = await H.findByPk(2, {hooks: false, paranoid: false}); log = []; await x.destroy({force: true}); break; }
          case 'instRestore': { const x = await H.findByPk(3, {hooks: false, paranoid: false}); log = []; await x.restore(); break; }
          case 'staticUpdate': r = (await H.update({n: 7}, {where: {id: [1, 2]}}))[0]; break;
          case 'staticUpdateIndiv': r = (await H.update({n: 8}, {where: {id: [1, 2]}, individualHooks: true}))[0]; break;
          case 'staticUpdateNone': r = (await H.update({n: 8}, {where: {id: 99}, individualHooks: true}))[0]; break;
          case 'staticUpdateEmpty': r = (await H.update({}, {where: {id: 1}}))[0]; break;
          case 'staticUpdateEmptyIndiv': r = (await H.update({}, {where: {id: 1}, individualHooks: true}))[0]; break;
          case 'staticUpdateSameIndiv': r = (await H.update({n: 2}, {where: {id: 2}, individualHooks: true}))[0]; break;
          case 'staticUpdateSameIndivSilent': r = (await H.update({n: 2}, {where: {id: 2}, individualHooks: true, silent: true}))[0]; break;
          case 'staticUpdateSame': r = (await H.update({n: 2}, {where: {id: 2}}))[0]; break;
          case 'staticDestroy': r = await H.destroy({where: {id: 1}}); break;
          case 'staticDestroyIndiv': r = await H.destroy({where: {id: [1, 2]}, individualHooks: true}); break;
          case 'staticDestroyNone': r = await H.destroy({where: {id: 99}, individualHooks: true}); break;
          case 'staticRestore': await H.restore({where: {id: 3}}); break;
          case 'staticRestoreIndiv': await H.restore({where: {id: 3}, individualHooks: true}); break;
          case 'bulkCreate': await H.bulkCreate([{name: 'p' + k}, {name: 'q' + k}]); break;
          case 'bulkCreateIndiv': await H.bulkCreate([{name: 'p' + k}, {name: 'q' + k}], {individualHooks: true}); break;
          case 'bulkCreateValidate': await H.bulkCreate([{name: 'p' + k}, {name: ''}], {validate: true}); break;
          case 'upsertNew': await H.upsert({name: 'u' + k, n: 1}); break;
          case 'upsertOld': await H.upsert({id: 1, name: 'a', n: 11}); break;
          case 'findAll': await H.findAll(); break;
          case 'findOne': await H.findOne({where: {id: 99}}); break;
          case 'findByPk': await H.findByPk(1); break;
          case 'count': await H.count(); break;
          case 'max': await H.max('n'); break;
          case 'staticIncrement': await H.increment({n: 1}, {where: {id: 1}}); break;
          case 'instIncrement': { const x = await H.findByPk(2, {hooks: false}); log = []; await x.increment('n'); break; }
          case 'findOrCreateOld': await H.findOrCreate({where: {name: 'b'}, defaults: {n: 1}}); break;
          case 'findOrCreateNew': await H.findOrCreate({where: {name: 'f' + k}, defaults: {n: 1}}); break;
          case 'findAndCountAll': await H.findAndCountAll({where: {n: {[Op.gt]: 0}}}); break;
          case 'reload': { const x = await H.findByPk(2, {hooks: false}); log = []; await x.reload(); break; }
          case 'hooksOff': await H.create({name: 'h' + k}, {hooks: false}); break;
        }
      } catch (e) { r = 'ERROR ' + e.name; }
      res.push([op, r, log]);
    }
    throwAt = null;
    if (Array.isArray(c)) { out[key] = res; continue; }
    const state = (await H.findAll({paranoid: false, order: [['id', 'ASC']], hooks: false, raw: true})).map(r => [r.id, r.name, r.n, r.deletedAt === null]);
    out[key] = {res, state};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
