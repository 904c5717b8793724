const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const dialect = process.argv[2];
const urls = {postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
const DATES = ['2024-03-10T12:34:56.789Z', '2024-01-01T00:00:00.000Z', '1999-12-31T23:30:00.000Z', '2024-07-01T02:15:00.000Z', '1970-01-01T00:00:00.000Z'];
(async () => {
  const out = {};
  for (const tz of ['+00:00', '+05:30', '-08:00', '+13:00', '+14:00']) {
    try {
    const s = new Sequelize(urls[dialect], {logging: false, timezone: tz});
    const T = s.define('TzRow', {d: DataTypes.DATE, o: DataTypes.DATEONLY, label: DataTypes.STRING}, {timestamps: false});
    await T.sync({force: true});
    const r = {};
    for (const [i, d] of DATES.entries()) await T.create({d: new Date(d), o: d.slice(0, 10), label: 'r' + i});
    r.back = (await T.findAll({order: [['id', 'ASC']]})).map(x => [x.d.toISOString(), x.o]);
    const cast = dialect === 'mariadb' ? 'CAST(d AS CHAR)' : 'd::text';
    r.raw = (await s.query(`SELECT ${cast} AS t FROM ${s.getQueryInterface().quoteIdentifier('TzRows')} ORDER BY id`, {type: 'SELECT'})).map(x => x.t);
    r.eq = await T.count({where: {d: new Date(DATES[0])}});
    r.gt = await T.count({where: {d: {[Op.gt]: new Date('2024-01-01T00:00:00.000Z')}}});
    r.between = await T.count({where: {d: {[Op.between]: [new Date('1999-12-31T23:00:00Z'), new Date('2024-01-01T00:00:00Z')]}}});
    r.strGt = await T.count({where: {d: {[Op.gt]: '2024-03-10 12:00:00'}}});
    r.rawNow = null;
    out[tz] = r;
    await s.close();
    } catch (e) { out[tz] = {error: e.name}; }
  }
  console.log(JSON.stringify(out));
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
