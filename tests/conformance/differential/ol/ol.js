const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('OlRow', {name: DataTypes.STRING, n: DataTypes.INTEGER}, {version: true, paranoid: true});
  const out = {};
  for (const [key, seq] of Object.entries(cases)) {
    await T.sync({force: true});
    await T.create({name: 'a', n: 0});
    const inst = {A: await T.findByPk(1), B: await T.findByPk(1)};
    const res = [];
    for (const o of seq) {
      let r = 'ok';
      const x = inst[o.who];
      try {
        switch (o.op) {
          case 'setSave': x.set('n', o.n); await x.save(); break;
          case 'saveUnchanged': await x.save(); break;
          case 'saveSilent': x.set('name', 'n' + o.n); await x.save({silent: true}); break;
          case 'update': await x.update({n: o.n}); break;
          case 'increment': await x.increment('n', {by: o.n}); break;
          case 'destroy': await x.destroy(); break;
          case 'restore': await x.restore(); break;
          case 'reload': await x.reload(); break;
          case 'staticUpdate': r = (await T.update({n: o.n}, {where: {id: 1}}))[0]; break;
          case 'staticIncrement': await T.increment({n: o.n}, {where: {id: 1}}); break;
          case 'version': r = x.version; break;
        }
      } catch (e) { r = 'ERROR ' + e.name; }
      res.push(r);
    }
    const row = await T.findByPk(1, {paranoid: false});
    out[key] = {res, row: row ? [row.n, row.version, row.deletedAt !== null] : null};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
