const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite:/tmp/tx_seq.sqlite', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const T = s.define('TxRow', {name: DataTypes.STRING, n: DataTypes.INTEGER}, {timestamps: false});
  const out = {};
  for (const [key, prog] of Object.entries(cases)) {
    await T.sync({force: true});
    await T.bulkCreate([{name: 'a', n: 0}, {name: 'b', n: 0}]);
    const log = [];
    async function run(t, p, depth) {
      for (const st of p) {
        if (st.op === 'create') await T.create({name: st.name, n: depth}, {transaction: t});
        else if (st.op === 'update') await T.update({n: st.n}, {where: {}, transaction: t});
        else if (st.op === 'destroy') await T.destroy({where: {name: st.name}, transaction: t});
        else if (st.op === 'count') log.push('count' + depth + '=' + await T.count({transaction: t}));
        else if (st.op === 'throw') throw new Error('boom');
        else if (st.op === 'nested') {
          try {
            await s.transaction({transaction: t}, async (t2) => { t2.afterCommit(() => log.push('commit' + (depth + 1))); await run(t2, st.body, depth + 1); });
          } catch (e) { if (!st.catch) throw e; log.push('caught' + (depth + 1)); }
        }
      }
    }
    let res;
    try { await s.transaction(async (t) => { t.afterCommit(() => log.push('commit0')); await run(t, prog, 0); }); res = 'ok'; } catch (e) { res = 'ERROR ' + e.message; }
    const rows = (await T.findAll({order: [['id', 'ASC']]})).map(y => [y.name, y.n]);
    out[key] = {res, log, rows};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
