const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
const OLD = '2000-01-01T00:00:00.000Z';
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('TsRow', {name: {type: DataTypes.STRING, unique: true}, n: DataTypes.INTEGER});
  const q = dialect === 'mariadb' ? '`' : '"';
  const reset = () => s.query(`UPDATE ${q}TsRows${q} SET ${q}createdAt${q} = :t, ${q}updatedAt${q} = :t`, {replacements: {t: dialect === 'mariadb' ? '2000-01-01 00:00:00' : dialect === 'sqlite' ? '2000-01-01 00:00:00.000 +00:00' : OLD}});
  const out = {};
  for (const [key, seq] of Object.entries(cases)) {
    await T.sync({force: true});
    for (const [nm, n] of [['a', 1], ['b', 2], ['c', 3]]) await T.create({name: nm, n});
    const res = [];
    for (const o of seq) {
      await reset();
      let r = 'ok';
      try {
        const x = await T.findByPk(o.id);
        switch (o.op) {
          case 'save': x.set(o.values); await x.save(); break;
          case 'saveSilent': x.set(o.values); await x.save({silent: true}); break;
          case 'saveNoChange': await x.save(); break;
          case 'instUpdate': await x.update(o.values); break;
          case 'instUpdateSilent': await x.update(o.values, {silent: true}); break;
          case 'staticUpdate': r = (await T.update(o.values, {where: {id: o.id}}))[0]; break;
          case 'staticUpdateSilent': r = (await T.update(o.values, {where: {id: o.id}, silent: true}))[0]; break;
          case 'increment': await T.increment({n: 1}, {where: {id: o.id}}); break;
          case 'instIncrement': await x.increment('n'); break;
          case 'instIncrementSilent': await x.increment('n', {silent: true}); break;
          case 'bulkUpsert': await T.bulkCreate([{name: 'a', n: o.values.n ?? 1}, {name: 'q', n: 9}], {updateOnDuplicate: ['n']}); break;
          case 'upsert': await T.upsert({id: o.id, name: x.name, n: o.values.n ?? x.n}); break;
          case 'changedSave': x.changed('n', true); await x.save(); break;
          case 'setUpdatedAt': x.set('updatedAt', new Date('2010-05-05T00:00:00Z')); x.set(o.values); await x.save(); break;
          case 'setCreatedAt': x.set('createdAt', new Date('2010-05-05T00:00:00Z')); x.set(o.values); await x.save(); break;
          case 'createWithStamps': { const y = await T.create({name: 'w' + res.length, n: 4, createdAt: new Date('2011-01-01T00:00:00Z'), updatedAt: new Date('2012-01-01T00:00:00Z')}); r = ['created', y.id]; break; }
          case 'saveFields': x.set({n: 7, name: 'zz' + res.length}); await x.save({fields: ['n']}); break;
          case 'reloadSave': x.set(o.values); await x.reload(); await x.save(); break;
        }
      } catch (e) { r = 'ERROR ' + e.name; }
      const rows = (await T.findAll({order: [['id', 'ASC']]})).map(y => [y.id, y.name, y.n,
        y.createdAt.toISOString() === OLD ? 'old' : y.createdAt.toISOString().startsWith('20') && y.createdAt.getUTCFullYear() >= 2020 ? 'now' : y.createdAt.toISOString(),
        y.updatedAt.toISOString() === OLD ? 'old' : y.updatedAt.getUTCFullYear() >= 2020 ? 'now' : y.updatedAt.toISOString()]);
      res.push([r, rows]);
    }
    out[key] = res;
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
