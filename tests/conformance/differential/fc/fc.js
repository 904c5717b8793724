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
  const T = s.define('FcThing', {code: {type: DataTypes.STRING, unique: true}, n: {type: DataTypes.INTEGER, defaultValue: 0}, label: DataTypes.STRING}, {timestamps: false});
  const out = {};
  for (const [k, steps] of Object.entries(cases)) {
    await T.sync({force: true});
    await T.create({code: 'a', n: 1, label: 'x'});
    const log = [];
    for (const st of steps) {
      let r;
      try {
        if (st.op === 'findOrCreate') { const [i, c] = await T.findOrCreate({where: conv(st.where), defaults: st.defaults}); r = [i.code, i.n, i.label, c]; }
        else if (st.op === 'findOrBuild') { const [i, c] = await T.findOrBuild({where: conv(st.where), defaults: st.defaults}); r = [i.code, i.n, i.label, c]; }
        else if (st.op === 'upsert') { const [i] = await T.upsert(st.values, st.fields ? {fields: st.fields} : {}); r = [i.code, i.n, i.label]; }
        else if (st.op === 'findCreateFind') { const [i, c] = await T.findCreateFind({where: conv(st.where), defaults: st.defaults}); r = [i.code, i.n, i.label, c]; }
      } catch (e) { r = 'ERROR ' + e.name; }
      log.push(r);
    }
    const rows = (await T.findAll({order: [['code', 'ASC']], raw: true})).map(x => [x.code, x.n, x.label]);
    out[k] = {log, rows};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
