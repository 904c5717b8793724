const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    const r = {};
    try {
      const hooks = [];
      const T = s.define('Row', {n: DataTypes.INTEGER}, {paranoid: c.paranoid, hooks: {
        beforeBulkDestroy: () => hooks.push('beforeBulkDestroy'), afterBulkDestroy: () => hooks.push('afterBulkDestroy'),
        beforeDestroy: () => hooks.push('beforeDestroy'), afterDestroy: () => hooks.push('afterDestroy')}});
      const C = s.define('Child', {m: DataTypes.INTEGER}, {timestamps: false});
      T.hasMany(C, {foreignKey: 'rowId', onDelete: 'CASCADE'});
      await s.query(dialect === 'mariadb' ? 'SET FOREIGN_KEY_CHECKS = 0' : 'SELECT 1');
      await C.drop().catch(() => {}); await T.drop().catch(() => {});
      await s.query(dialect === 'mariadb' ? 'SET FOREIGN_KEY_CHECKS = 1' : 'SELECT 1');
      await T.sync({force: true}); await C.sync({force: true});
      for (const n of [1, 2, 1]) await T.create({n});
      await (await T.findByPk(2)).destroy();
      if (c.withChild || c.cascade) await C.create({m: 1, rowId: 1});
      hooks.length = 0;
      const o = {};
      for (const f of ['truncate', 'force', 'restartIdentity', 'cascade', 'individualHooks']) if (c[f]) o[f] = true;
      if (c.where) o.where = c.where;
      try { r.ret = c.op === 'truncate' ? await T.truncate(o) : await T.destroy(o); if (r.ret === undefined) r.ret = null; if (Array.isArray(r.ret)) r.ret = 'array'; if (typeof r.ret === 'object' && r.ret !== null) r.ret = 'object'; } catch (e) { r.ret = 'ERROR ' + e.name; }
      r.hooks = hooks.join(',');
      r.all = await T.count({paranoid: false});
      r.live = await T.count();
      r.children = await C.count();
      const x = await T.create({n: 9});
      r.nextId = x.id;
    } catch (e) { r.fatal = 'ERROR ' + e.name + ' ' + e.message; }
    out[key] = r;
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
