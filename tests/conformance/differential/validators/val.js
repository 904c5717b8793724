const {Sequelize, DataTypes} = require('/tmp/seqz/node_modules/sequelize');
const cases = require(require('path').resolve(process.argv[2]));
(async () => {
  const s = new Sequelize('sqlite::memory:', {logging: false});
  const out = {};
  for (const [v, arg, inputs] of cases) {
    const key = v + (arg === null ? '' : ':' + JSON.stringify(arg));
    const validate = {}; validate[v] = arg === null ? true : (v === 'isUUID' ? arg : (v === 'isIn' || v === 'notIn' ? arg : (Array.isArray(arg) ? {args: arg} : arg)));
    if (v === 'len') validate.len = arg;
    const M = s.define('V' + Object.keys(out).length, {x: {type: DataTypes.STRING, validate}}, {timestamps: false});
    out[key] = {};
    for (const i of inputs) {
      try { await M.build({x: i}).validate(); out[key][i] = true; } catch (e) { out[key][i] = e.name === 'SequelizeValidationError' ? false : 'ERR ' + e.message; }
    }
  }
  console.log(JSON.stringify(out, null, 1));
})().catch(e => console.log('FATAL', e));
