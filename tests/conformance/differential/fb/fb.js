const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
const OPS = new Set(Object.keys(Op));
function conv(v) {
  if (Array.isArray(v)) return v.map(conv);
  if (v && typeof v === 'object') { const o = {}; for (const [k, x] of Object.entries(v)) o[OPS.has(k) ? Op[k] : k] = conv(x); return o; }
  return v;
}
function plain(x) {
  if (!x) return null;
  const j = x.get({plain: true});
  const out = {};
  for (const [k, v] of Object.entries(j)) {
    if (k === 'createdAt' || k === 'updatedAt') continue;
    if (k === 'deletedAt') { out[k] = v === null ? null : 'set'; continue; }
    out[k] = Array.isArray(v) ? v.map(e => e.id).sort() : v;
  }
  return out;
}
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const A = s.define('Author', {name: DataTypes.STRING, city: DataTypes.STRING}, {paranoid: true,
    defaultScope: {where: {city: {[Op.ne]: 'Nowhere'}}}, scopes: {paris: {where: {city: 'Paris'}}}});
  const B = s.define('Book', {pages: DataTypes.INTEGER}, {timestamps: false});
  A.hasMany(B, {as: 'books', foreignKey: 'authorId'});
  await s.sync({force: true});
  for (const [name, city] of [['ann', 'Paris'], ['ben', 'Rome'], ['cid', 'Paris'], ['dee', 'Rome'], ['eve', 'Paris'], ['fay', 'Nowhere'], ['gus', null]]) await A.create({name, city});
  await A.destroy({where: {name: 'eve'}});
  for (const [authorId, pages] of [[1, 120], [1, 40], [2, 300], [3, 90], [5, 150], [6, 70]]) await B.create({authorId, pages});
  const out = {};
  for (const [key, c] of Object.entries(cases)) {
    try {
      const g = c.o; const o = {};
      for (const f of ['attributes', 'paranoid', 'order', 'offset']) if (f in g) o[f] = g[f];
      if (g.where) o.where = conv(g.where);
      if (g.include) { const i = {association: 'books'}; if (g.include.where) i.where = conv(g.include.where); if ('required' in g.include) i.required = g.include.required; o.include = [i]; }
      const M = 'scope' in g ? (g.scope ? A.scope(g.scope) : A.unscoped()) : A;
      let r;
      if (c.op === 'findByPk') r = await M.findByPk(c.id, o);
      else if (c.op === 'findOne') r = await M.findOne(o);
      else {
        const x = await A.unscoped().findByPk(c.id, {paranoid: false});
        await A.unscoped().update({name: 'changed'}, {where: {id: c.id}, paranoid: false});
        try { r = await x.reload(Object.assign(o, 'scope' in g ? {} : {})); } finally { await A.unscoped().update({name: x.previous('name') || x.name}, {where: {id: c.id}, paranoid: false}); }
        await s.query(dialect === 'mariadb' ? "UPDATE Authors SET name = ELT(id, 'ann','ben','cid','dee','eve','fay','gus')" : `UPDATE "Authors" SET name = (ARRAY['ann','ben','cid','dee','eve','fay','gus'])[id]`).catch(async () => {
          for (const [i, nm] of ['ann','ben','cid','dee','eve','fay','gus'].entries()) await A.unscoped().update({name: nm}, {where: {id: i + 1}, paranoid: false});
        });
      }
      out[key] = plain(r);
    } catch (e) { out[key] = 'ERROR ' + e.name + ' ' + (e.message || '').slice(0, 60); }
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e); process.exit(1); });
