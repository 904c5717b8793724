const {Sequelize, DataTypes, Op} = require('/tmp/seqz/node_modules/sequelize');
const fs = require('fs');
const dialect = process.argv[2];
const cases = JSON.parse(fs.readFileSync(process.argv[3]));
const urls = {sqlite: 'sqlite::memory:', postgres: 'postgres://orm:ormpass@127.0.0.1:55433/ormtest', mariadb: 'mariadb://orm:ormpass@127.0.0.1:53307/ormtest'};
(async () => {
  const s = new Sequelize(urls[dialect], {logging: false});
  const Team = s.define('SkTeam', {code: {type: DataTypes.STRING, unique: true}, name: DataTypes.STRING}, {timestamps: false});
  const Player = s.define('SkPlayer', {name: DataTypes.STRING}, {timestamps: false});
  const Captain = s.define('SkCaptain', {name: DataTypes.STRING}, {timestamps: false});
  const Sponsor = s.define('SkSponsor', {tag: {type: DataTypes.STRING, unique: true}, name: DataTypes.STRING}, {timestamps: false});
  const Link = s.define('SkLink', {}, {timestamps: false});
  Team.hasMany(Player, {as: 'players', foreignKey: 'teamCode', sourceKey: 'code'});
  Player.belongsTo(Team, {as: 'team', foreignKey: 'teamCode', targetKey: 'code'});
  Team.hasOne(Captain, {as: 'captain', foreignKey: 'teamCode', sourceKey: 'code'});
  Team.belongsToMany(Sponsor, {as: 'sponsors', through: Link, foreignKey: 'teamCode', sourceKey: 'code', otherKey: 'sponsorTag', targetKey: 'tag'});
  const out = {};
  for (const [key, seq] of Object.entries(cases)) {
    await s.sync({force: true});
    for (const [c, n] of [['A', 'a'], ['B', 'b'], ['C', 'c']]) await Team.create({code: c, name: n});
    for (const [n, t] of [['a', 'A'], ['b', 'A'], ['a', 'B'], ['b', null]]) await Player.create({name: n, teamCode: t});
    await Captain.create({name: 'a', teamCode: 'B'});
    for (const [t, n] of [['X', 'a'], ['Y', 'b'], ['Z', 'a'], ['W', 'b']]) await Sponsor.create({tag: t, name: n});
    await Link.create({teamCode: 'A', sponsorTag: 'X'}); await Link.create({teamCode: 'A', sponsorTag: 'Y'}); await Link.create({teamCode: 'C', sponsorTag: 'Z'});
    const res = [];
    for (const o of seq) {
      let r;
      try {
        const w = o.where ? {name: o.where} : undefined;
        const team = await Team.findByPk(o.team);
        switch (o.op) {
          case 'incPlayers': r = (await Team.findAll({order: [['id', 'ASC'], [{model: Player, as: 'players'}, 'id', 'ASC']], include: [{model: Player, as: 'players', required: o.required, where: w}]})).map(t => [t.id, t.players.map(p => p.id)]); break;
          case 'incTeam': r = (await Player.findAll({order: [['id', 'ASC']], include: [{model: Team, as: 'team', required: o.required, where: w}]})).map(p => [p.id, p.team ? p.team.id : null]); break;
          case 'incCaptain': r = (await Team.findAll({order: [['id', 'ASC']], include: [{model: Captain, as: 'captain', required: o.required, where: w}]})).map(t => [t.id, t.captain ? t.captain.id : null]); break;
          case 'incSponsors': r = (await Team.findAll({order: [['id', 'ASC'], [{model: Sponsor, as: 'sponsors'}, 'id', 'ASC']], include: [{model: Sponsor, as: 'sponsors', required: o.required, where: w}]})).map(t => [t.id, t.sponsors.map(p => p.id)]); break;
          case 'getPlayers': r = (await team.getPlayers({where: w, order: [['id', 'ASC']]})).map(p => p.id); break;
          case 'getTeam': { const p = await Player.findByPk(o.other); const t = p && await p.getTeam(); r = t ? t.id : null; break; }
          case 'getCaptain': { const c = await team.getCaptain(); r = c ? c.id : null; break; }
          case 'getSponsors': r = (await team.getSponsors({where: w, order: [['id', 'ASC']]})).map(p => p.id); break;
          case 'setTeam': { const p = await Player.findByPk(o.other); if (p) await p.setTeam(team); r = 'ok'; break; }
          case 'addPlayer': await team.addPlayer(o.other); r = 'ok'; break;
          case 'removePlayer': await team.removePlayer(o.other); r = 'ok'; break;
          case 'setPlayers': await team.setPlayers(o.list); r = 'ok'; break;
          case 'createPlayer': r = (await team.createPlayer({name: 'n'})).teamCode; break;
          case 'setCaptain': await team.setCaptain(1); r = 'ok'; break;
          case 'createCaptain': r = (await team.createCaptain({name: 'c'})).teamCode; break;
          case 'addSponsor': { const sp = await Sponsor.findByPk(o.other); await team.addSponsor(sp); r = 'ok'; break; }
          case 'removeSponsor': { const sp = await Sponsor.findByPk(o.other); await team.removeSponsor(sp); r = 'ok'; break; }
          case 'setSponsors': { const sps = await Sponsor.findAll({where: {id: o.list}}); await team.setSponsors(sps); r = 'ok'; break; }
          case 'hasSponsor': { const sp = await Sponsor.findByPk(o.other); r = await team.hasSponsor(sp); break; }
          case 'hasPlayer': r = await team.hasPlayer(o.other); break;
          case 'countPlayers': r = await team.countPlayers({where: w}); break;
          case 'countSponsors': r = await team.countSponsors({where: w}); break;
          case 'destroyTeam': await team.destroy(); r = 'ok'; break;
          case 'updateTeamCode': await team.update({code: team.code + '2'}); r = 'ok'; break;
        }
      } catch (e) { r = 'ERROR ' + e.name; }
      res.push(r);
    }
    const state = {
      teams: (await Team.findAll({order: [['id', 'ASC']]})).map(t => [t.id, t.code]),
      players: (await Player.findAll({order: [['id', 'ASC']]})).map(p => [p.id, p.teamCode]),
      captains: (await Captain.findAll({order: [['id', 'ASC']]})).map(p => [p.id, p.teamCode]),
      links: (await Link.findAll({order: [['teamCode', 'ASC'], ['sponsorTag', 'ASC']]})).map(l => [l.teamCode, l.sponsorTag])};
    out[key] = {res, state};
  }
  console.log(JSON.stringify(out));
  await s.close();
})().catch(e => { console.log('FATAL', e.message); process.exit(1); });
