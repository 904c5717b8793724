const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const mode = process.argv[4] || 'run';
const urls = {sqlite: 'sqlite:' + (process.env.QI_SQLITE || '/tmp/qi.sqlite'), postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
function type(t) { if (t.startsWith('STRING')) return DataTypes.STRING(20); return DataTypes[t]; }
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const qi = s.getQueryInterface();
  const out = {};
  for (const [key, ops] of Object.entries(cases)) {
    const t = key;
    if (mode === 'dump') {
      try {
        const d = await qi.describeTable(t);
        const cols = Object.keys(d).sort().map(c => [c, d[c].allowNull]);
        const rows = (await s.query(`SELECT * FROM ${qi.quoteIdentifier(t)} ORDER BY id`, {type: 'SELECT'})).map(r => Object.keys(r).sort().map(c => [c, r[c] === null ? null : String(r[c] === true ? 1 : r[c] === false ? 0 : r[c])]));
        let idx = [];
        if (dialect === 'mariadb') {
          const xs = await s.query(`SELECT INDEX_NAME AS n, COLUMN_NAME AS c, NON_UNIQUE AS nu FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = '${t}' AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME, SEQ_IN_INDEX`, {type: 'SELECT'});
          const m = {}; for (const x of xs) { (m[x.n] = m[x.n] || {f: [], u: !Number(x.nu)}).f.push(x.c); }
          idx = Object.values(m).map(x => [x.f.join(','), x.u]).sort();
        } else {
          idx = (await qi.showIndex(t)).filter(i => !i.primary).map(i => [i.fields.map(f => f.attribute).join(','), !!i.unique]).sort();
        }
        out[key] = {cols, rows, idx};
      } catch (e) { out[key] = 'ERROR ' + e.message; }
      continue;
    }
    const res = [];
    try {
      await qi.dropTable(t);
      await qi.createTable(t, {id: {type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true}, a: DataTypes.INTEGER, b: DataTypes.STRING(20), c: {type: DataTypes.STRING(20), defaultValue: 'x'}});
      await qi.bulkInsert(t, [{a: 1, b: 'p', c: 'y'}, {a: 2, b: 'q'}, {a: null, b: 'p', c: 'z'}]);
      for (const o of ops) {
        let r = 'ok';
        try {
          switch (o.op) {
            case 'addColumn': { const sp = {type: type(o.spec.type), allowNull: o.spec.allowNull}; if ('default' in o.spec) sp.defaultValue = o.spec.default; await qi.addColumn(t, o.col, sp); break; }
            case 'removeColumn': await qi.removeColumn(t, o.col); break;
            case 'renameColumn': await qi.renameColumn(t, o.col, o.to); break;
            case 'changeColumn': { const sp = {type: type(o.spec.type), allowNull: o.spec.allowNull}; if ('default' in o.spec) sp.defaultValue = o.spec.default; await qi.changeColumn(t, o.col, sp); break; }
            case 'addIndex': await qi.addIndex(t, o.fields, {unique: o.unique}); break;
            case 'removeIndex': await qi.removeIndex(t, o.fields); break;
            case 'bulkInsert': await qi.bulkInsert(t, o.rows); break;
            case 'bulkUpdate': await qi.bulkUpdate(t, o.values, o.where); break;
            case 'bulkDelete': await qi.bulkDelete(t, o.where); break;
          }
        } catch (e) { r = 'ERROR ' + e.name; }
        res.push(r);
      }
    } catch (e) { res.push('SETUP ' + e.message); }
    out[key] = res;
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
