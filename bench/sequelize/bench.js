// The benchmark workload of bench/main.cpp through Sequelize 6 and pg, on the same PostgreSQL
// tables (bench_rows, seeded by the C++ benchmark; bench_rows_copy for bulkCreate). Prints one
// JSON line per case: {"case": ..., "sequelize": median ms}.
//   node bench.js postgres://user:pass@host:port/db [repetitions]
'use strict';
const { Sequelize, DataTypes } = require('sequelize');

const url = process.argv[2];
const repetitions = Number(process.argv[3] || 7);
const sequelize = new Sequelize(url, { logging: false, pool: { max: 1 } });

const attributes = {
  id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
  name: DataTypes.STRING,
  email: DataTypes.STRING,
  age: DataTypes.INTEGER,
  score: DataTypes.DOUBLE,
  active: DataTypes.BOOLEAN,
};
const Row = sequelize.define('Row', attributes, { tableName: 'bench_rows', timestamps: false });
const RowCopy = sequelize.define('RowCopy', attributes,
                                 { tableName: 'bench_rows_copy', timestamps: false });

const BenchUser = sequelize.define('BenchUser', {
  id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
  name: DataTypes.STRING,
  email: DataTypes.STRING,
}, { tableName: 'bench_users', timestamps: false });
const BenchPost = sequelize.define('BenchPost', {
  id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
  title: DataTypes.STRING,
  body: DataTypes.TEXT,
  userId: DataTypes.INTEGER,
}, { tableName: 'bench_posts', timestamps: false });
BenchUser.hasMany(BenchPost, { as: 'posts', foreignKey: 'userId' });

const lookupId = (k) => 1 + ((k * 7919) % 10000);
let round = 0;

async function time(fn, before) {
  const samples = [];
  for (let i = 0; i < repetitions; ++i) {
    if (before) await before();
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

async function main() {
  const records = [];
  for (let i = 1; i <= 10000; ++i)
    records.push({ name: `name ${i}`, email: `user${i}@example.com`, age: 18 + (i % 60),
                   score: (i % 1000) / 10, active: i % 3 !== 0 });
  const all = await Row.count();
  const cases = {
    bulkCreate_10k: [() => RowCopy.bulkCreate(records), () => RowCopy.truncate()],
    findAll_10k: [() => Row.findAll({ limit: 10000 })],
    findAll_all: [() => Row.findAll({ limit: all })],
    raw_10k: [() => Row.findAll({ limit: 10000, raw: true })],
    findByPk_1000: [async () => { for (let k = 0; k < 1000; ++k) await Row.findByPk(lookupId(k)); }],
    update_1000: [async () => {
      ++round;
      for (let k = 0; k < 1000; ++k)
        await Row.update({ age: 20 + ((k + round) % 50) }, { where: { id: lookupId(k) } });
    }],
    save_1000: [async () => {
      ++round;
      for (const row of saveRows) { row.age = 20 + ((row.id + round) % 50); await row.save(); }
    }, async () => { saveRows = await Row.findAll({ limit: 1000 }); }],
    include_1000x10: [() => BenchUser.findAll({
      include: [{ model: BenchPost, as: 'posts' }], order: [['id', 'ASC'], ['posts', 'id', 'ASC']],
    })],
    include_separate: [() => BenchUser.findAll({
      include: [{ model: BenchPost, as: 'posts', separate: true, order: [['id', 'ASC']] }],
      order: [['id', 'ASC']], limit: 1000,
    })],
  };
  let saveRows = [];
  for (const [name, [fn, before]] of Object.entries(cases))
    console.log(JSON.stringify({ case: name, sequelize: await time(fn, before) }));
  await sequelize.close();
}

main().catch((e) => { console.error(e); process.exit(1); });
