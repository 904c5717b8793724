const {Sequelize, DataTypes} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('IsItem', {name: DataTypes.STRING, qty: {type: DataTypes.INTEGER, defaultValue: 0}, note: DataTypes.TEXT, flag: {type: DataTypes.BOOLEAN, defaultValue: false}}, {timestamps: false});
  const out = {};
  const snap = i => [i.get('name'), i.get('qty'), i.get('note'), i.get('flag') === null || i.get('flag') === undefined ? null : !!i.get('flag')];
  for (const [k, steps] of Object.entries(cases)) {
    await T.sync({force: true});
    await T.create({name: 'one', qty: 1, note: 'n1', flag: true});
    let inst = null;
    const log = [];
    for (const st of steps) {
      let r;
      try {
        if (st.op === 'load') { inst = await T.findByPk(1); r = 'ok'; }
        else if (st.op === 'build') { inst = T.build(st.values); r = 'ok'; }
        else if (!inst) { r = 'noinst'; }
        else if (st.op === 'set') { inst.set(st.attr, st.value); r = 'ok'; }
        else if (st.op === 'save') { await inst.save(st.fields ? {fields: st.fields} : {}); r = 'ok'; }
        else if (st.op === 'update') { await inst.update(st.values, st.fields ? {fields: st.fields} : {}); r = 'ok'; }
        else if (st.op === 'reload') { await inst.reload(); r = 'ok'; }
        else if (st.op === 'increment') { await inst.increment(st.attr, {by: st.by}); r = 'ok'; }
        else if (st.op === 'decrement') { await inst.decrement(st.attr, {by: st.by}); r = 'ok'; }
        else if (st.op === 'destroy') { await inst.destroy(); r = 'ok'; }
        else if (st.op === 'changed') { const c = inst.changed(); r = c === false ? [] : [...c].sort(); }
        else if (st.op === 'previous') { const p = inst.previous(st.attr); r = p === undefined ? null : p; }
        else if (st.op === 'isNew') { r = inst.isNewRecord; }
      } catch (e) { r = 'ERROR ' + e.name; }
      log.push([r, inst ? snap(inst) : null]);
    }
    const rows = (await T.findAll({order: [['id', 'ASC']], raw: true})).map(x => [x.id, x.name, x.qty, x.note, x.flag === null ? null : !!x.flag]);
    out[k] = {log, rows};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
