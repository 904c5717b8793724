const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
function err(e) {
  if (e.name === 'SequelizeValidationError' || e.name === 'SequelizeUniqueConstraintError' || e.name === 'AggregateError' || e.name === 'SequelizeBulkRecordError')
    return 'ERROR ' + e.name + ' ' + JSON.stringify((e.errors || []).map(x => x.errors ? x.errors.errors.map(y => [y.path, y.validatorKey]) : [x.path, x.validatorKey]));
  return 'ERROR ' + e.name;
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('VaRow', {
    title: {type: DataTypes.STRING, allowNull: false, validate: {notEmpty: true, len: [2, 10]}},
    qty: {type: DataTypes.INTEGER, allowNull: true, defaultValue: 1, validate: {min: 0, max: 100}},
    code: {type: DataTypes.STRING, allowNull: false, defaultValue: 'A0', unique: true, validate: {isAlphanumeric: true}},
    note: {type: DataTypes.STRING, allowNull: true, validate: {notEmpty: true}}}, {timestamps: false});
  const out = {};
  for (const [key, seq] of Object.entries(cases)) {
    await T.sync({force: true});
    await T.create({title: 'first', qty: 3, code: 'F1'});
    const res = [];
    let i = 0;
    for (const o of seq) {
      i++;
      let r = 'ok';
      try {
        switch (o.op) {
          case 'create': await T.create(o.v); break;
          case 'createNoValidate': await T.create(o.v, {validate: false}); break;
          case 'build': { const x = T.build(o.v); await x.validate(); r = 'valid'; break; }
          case 'instUpdate': { const x = await T.findByPk(1); await x.update(o.v); break; }
          case 'setSave': { const x = await T.findByPk(1); x.set(o.v); await x.save(); break; }
          case 'saveFields': { const x = await T.findByPk(1); x.set(o.v); await x.save({fields: o.fields}); break; }
          case 'staticUpdate': r = (await T.update(o.v, {where: {id: 1}}))[0]; break;
          case 'bulkCreate': await T.bulkCreate(o.rows); break;
          case 'bulkCreateValidate': await T.bulkCreate(o.rows, {validate: true}); break;
          case 'upsert': await T.upsert(Object.assign({id: 1}, o.v)); break;
        }
      } catch (e) { r = err(e); }
      res.push(r);
    }
    const rows = (await T.findAll({order: [['id', 'ASC']]})).map(y => [y.id, y.title, y.qty, y.code, y.note]);
    out[key] = {res, rows};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
