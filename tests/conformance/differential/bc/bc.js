const {Sequelize, DataTypes} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('BcThing', {code: {type: DataTypes.STRING, unique: true}, n: DataTypes.INTEGER, label: {type: DataTypes.STRING, validate: {len: [0, 5]}}}, {timestamps: false});
  const out = {};
  for (const [k, c] of Object.entries(cases)) {
    await T.sync({force: true});
    await T.bulkCreate([{code: 'a', n: 1, label: 'x'}, {code: 'b', n: 2, label: 'y'}]);
    let res;
    try {
      const opts = {};
      for (const o of ['ignoreDuplicates', 'updateOnDuplicate', 'validate', 'fields']) if (c[o] !== undefined) opts[o] = c[o];
      const r = await T.bulkCreate(c.rows, opts);
      res = r.length;
    } catch (e) { res = 'ERROR ' + e.name; }
    const state = (await T.findAll({order: [['code', 'ASC']], raw: true})).map(x => [x.code, x.n, x.label]);
    out[k] = {res, state};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
