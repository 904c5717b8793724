const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
function conv(v) {
  if (Array.isArray(v)) return v.map(conv);
  if (v && typeof v === 'object') { const o = {}; for (const [k, x] of Object.entries(v)) o[k in Op ? Op[k] : k] = conv(x); return o; }
  return v;
}
function errText(e) {
  let t = 'ERROR ' + e.name;
  if (e.name === 'SequelizeUniqueConstraintError') t += ' ' + Object.keys(e.fields || {}).sort().join(',');
  return t;
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const P = s.define('ErParent', {
    code: {type: DataTypes.STRING(8), unique: true},
    name: {type: DataTypes.STRING(10), allowNull: false},
    n: DataTypes.INTEGER,
  }, {timestamps: false});
  const C = s.define('ErChild', {a: DataTypes.INTEGER, b: DataTypes.INTEGER, label: DataTypes.STRING(6)},
    {timestamps: false, indexes: [{unique: true, fields: ['a', 'b']}]});
  C.belongsTo(P, {foreignKey: 'pid', onDelete: 'RESTRICT', onUpdate: 'RESTRICT'});
  P.hasMany(C, {as: 'kids', foreignKey: 'pid', onDelete: 'RESTRICT', onUpdate: 'RESTRICT'});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    await C.drop(); await P.drop();
    await P.sync(); await C.sync();
    await P.bulkCreate([{code: 'a', name: 'pa', n: 1}, {code: 'b', name: 'pb', n: 2}, {code: null, name: 'pc', n: null}]);
    await C.bulkCreate([{pid: 1, a: 1, b: 1, label: 'c1'}, {pid: 1, a: 1, b: 2, label: 'c2'}, {pid: 2, a: 2, b: 1, label: 'c3'}, {pid: null, a: null, b: null, label: null}]);
    const res = [];
    const run = async (st, transaction) => {
      const o = {transaction};
      switch (st.op) {
        case 'P.create': await P.create(st.values, {...o, validate: st.validate !== false}); return 'ok';
        case 'P.bulkCreate': return (await P.bulkCreate(st.records, {...o, ignoreDuplicates: !!st.ignoreDuplicates, validate: !!st.validate})).length;
        case 'C.bulkCreate': return (await C.bulkCreate(st.records, {...o, ignoreDuplicates: !!st.ignoreDuplicates})).length;
        case 'P.update': return (await P.update(st.values, {...o, where: conv(st.where)}))[0];
        case 'P.save': { const x = await P.findByPk(st.id, o); x.set(st.values); await x.save(o); return 'ok'; }
        case 'C.save': { const x = await C.findByPk(st.id, o); x.set(st.values); await x.save(o); return 'ok'; }
        case 'P.destroy': return await P.destroy({...o, where: conv(st.where)});
        case 'P.instDestroy': { const x = await P.findByPk(st.id, o); await x.destroy(o); return 'ok'; }
        case 'P.upsert': { const [x, created] = await P.upsert(st.values, o); return 'ok ' + created; }
        case 'P.increment': await P.increment({n: st.by}, {...o, where: conv(st.where)}); return 'ok';
        case 'P.setId': return (await P.update({id: st.to}, {...o, where: {id: st.id}}))[0];
        case 'C.create': await C.create(st.values, o); return 'ok';
        case 'C.update': return (await C.update(st.values, {...o, where: conv(st.where)}))[0];
        case 'P.findOrCreate': { const [x, created] = await P.findOrCreate({...o, where: st.where, defaults: st.defaults}); return 'ok ' + created; }
        case 'P.createKid': { const x = await P.findByPk(st.id, o); await x.createKid(st.values, o); return 'ok'; }
        case 'P.truncate': await P.truncate({...o, cascade: !!st.cascade}); return 'ok';
        case 'P.createWithKids': {
          // Sequelize's nested create runs without a transaction of its own; ours is all or nothing.
          const make = t => P.create({...st.values, kids: st.kids}, {transaction: t, include: [{model: C, as: 'kids'}]});
          if (transaction) await make(transaction); else await s.transaction(make);
          return 'ok';
        }
      }
      throw new Error('unknown op ' + st.op);
    };
    if (c.tx) {
      try {
        await s.transaction(async t => { for (const st of c.steps) { try { res.push(await run(st, t)); } catch (e) { res.push(errText(e)); throw e; } } });
        res.push('committed');
      } catch (e) { res.push('rolled back'); }
    } else {
      for (const st of c.steps) { try { res.push(await run(st)); } catch (e) { res.push(errText(e)); } }
    }
    const ps = (await P.findAll({order: [['id', 'ASC']], raw: true})).map(r => [r.id, r.code, r.name, r.n]);
    const cs = (await C.findAll({order: [['id', 'ASC']], raw: true})).map(r => [r.id, r.pid, r.a, r.b, r.label]);
    out[key] = {res, ps, cs};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
