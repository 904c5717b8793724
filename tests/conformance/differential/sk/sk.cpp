#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
using namespace QtSequelize;
static QJsonValue j(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? QJsonValue() : QJsonValue::fromVariant(v);
}
static QJsonArray ids(const QList<QSharedPointer<Model>> &l)
{
    QJsonArray a;
    for (auto &m : l)
        a.append(m->get("id").toInt());
    return a;
}
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dialect = argv[1];
    QFile f(argv[2]);
    f.open(QIODevice::ReadOnly);
    const QJsonObject cases = QJsonDocument::fromJson(f.readAll()).object();
    const QString url = dialect == "sqlite" ? "sqlite::memory:"
        : dialect == "postgres"
        ? qEnvironmentVariable("QSQ_FM_PGURL", "postgres://orm:ormpass@127.0.0.1:55433/ormtest")
        : "mariadb://orm:ormpass@127.0.0.1:53307/ormtest";
    Sequelize s(url);
    auto *Team = s.define(
        "SkTeam",
        {{"code", Attribute(DataTypes::String()).unique()}, {"name", DataTypes::String()}},
        ModelOptions().timestamps(false));
    auto *Player
        = s.define("SkPlayer", {{"name", DataTypes::String()}}, ModelOptions().timestamps(false));
    auto *Captain
        = s.define("SkCaptain", {{"name", DataTypes::String()}}, ModelOptions().timestamps(false));
    auto *Sponsor = s.define(
        "SkSponsor",
        {{"tag", Attribute(DataTypes::String()).unique()}, {"name", DataTypes::String()}},
        ModelOptions().timestamps(false));
    auto *Link = s.define("SkLink", Attributes(), ModelOptions().timestamps(false));
    Team->hasMany(Player,
                  AssociationOptions().as("players").foreignKey("teamCode").sourceKey("code"));
    Player->belongsTo(Team,
                      AssociationOptions().as("team").foreignKey("teamCode").targetKey("code"));
    Team->hasOne(Captain,
                 AssociationOptions().as("captain").foreignKey("teamCode").sourceKey("code"));
    Team->belongsToMany(Sponsor,
                        AssociationOptions()
                            .as("sponsors")
                            .through(Link)
                            .foreignKey("teamCode")
                            .sourceKey("code")
                            .otherKey("sponsorTag")
                            .targetKey("tag"));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        s.sync(SyncOptions().force(true));
        for (auto [c, n] : QList<std::pair<QString, QString>>{{"A", "a"}, {"B", "b"}, {"C", "c"}})
            Team->create({{"code", c}, {"name", n}});
        for (auto [n, t] : QList<std::pair<QString, QVariant>>{
                 {"a", "A"}, {"b", "A"}, {"a", "B"}, {"b", QVariant()}})
            Player->create({{"name", n}, {"teamCode", t}});
        Captain->create({{"name", "a"}, {"teamCode", "B"}});
        for (auto [t, n] :
             QList<std::pair<QString, QString>>{{"X", "a"}, {"Y", "b"}, {"Z", "a"}, {"W", "b"}})
            Sponsor->create({{"tag", t}, {"name", n}});
        Link->create({{"teamCode", "A"}, {"sponsorTag", "X"}});
        Link->create({{"teamCode", "A"}, {"sponsorTag", "Y"}});
        Link->create({{"teamCode", "C"}, {"sponsorTag", "Z"}});
        QJsonArray res;
        for (const auto &ov : it.value().toArray()) {
            const QJsonObject o = ov.toObject();
            const QString op = o["op"].toString();
            QJsonValue r;
            try {
                const Where w
                    = o["where"].isNull() ? Where() : Where({{"name", o["where"].toString()}});
                auto team = Team->findByPk(o["team"].toInt());
                static const QStringList teamless{"incPlayers", "incTeam", "incCaptain",
                                                  "incSponsors", "getTeam"};
                if (!team && !teamless.contains(op))
                    throw BaseError("TypeError: no team");
                const int other = o["other"].toInt();
                const bool req = o["required"].toBool();
                auto inc = [&](const QString &as) {
                    Include i(as);
                    i.required(req);
                    if (!o["where"].isNull())
                        i.where(w);
                    return i;
                };
                if (op == "incPlayers" || op == "incSponsors") {
                    const QString as = op == "incPlayers" ? "players" : "sponsors";
                    QJsonArray a;
                    for (auto &t : Team->findAll(FindOptions().include(inc(as)).order(
                             {{"id", "ASC"}, {as + ".id", "ASC"}})))
                        a.append(QJsonArray{t->get("id").toInt(), ids(t->loadedTargets(as))});
                    r = a;
                } else if (op == "incTeam") {
                    QJsonArray a;
                    for (auto &p :
                         Player->findAll(FindOptions().include(inc("team")).order("id"))) {
                        Model *t = p->loadedAssociation("team");
                        a.append(QJsonArray{p->get("id").toInt(),
                                            t ? QJsonValue(t->get("id").toInt()) : QJsonValue()});
                    }
                    r = a;
                } else if (op == "incCaptain") {
                    QJsonArray a;
                    for (auto &t :
                         Team->findAll(FindOptions().include(inc("captain")).order("id"))) {
                        Model *c = t->loadedAssociation("captain");
                        a.append(QJsonArray{t->get("id").toInt(),
                                            c ? QJsonValue(c->get("id").toInt()) : QJsonValue()});
                    }
                    r = a;
                } else if (op == "getPlayers")
                    r = ids(team->getAssociatedList("players", FindOptions().where(w).order("id")));
                else if (op == "getTeam") {
                    auto p = Player->findByPk(other);
                    auto t = p ? p->getAssociated("team") : nullptr;
                    r = t ? QJsonValue(t->get("id").toInt()) : QJsonValue();
                } else if (op == "getCaptain") {
                    auto c = team->getAssociated("captain");
                    r = c ? QJsonValue(c->get("id").toInt()) : QJsonValue();
                } else if (op == "getSponsors")
                    r = ids(
                        team->getAssociatedList("sponsors", FindOptions().where(w).order("id")));
                else if (op == "setTeam") {
                    auto p = Player->findByPk(other);
                    if (p)
                        p->setAssociated("team", Model::instanceVariant(team.data()));
                    r = "ok";
                } else if (op == "addPlayer") {
                    team->addAssociated("players", {other});
                    r = "ok";
                } else if (op == "removePlayer") {
                    team->removeAssociated("players", {other});
                    r = "ok";
                } else if (op == "setPlayers") {
                    team->setAssociated("players", o["list"].toArray().toVariantList());
                    r = "ok";
                } else if (op == "createPlayer")
                    r = j(team->createAssociated("players", {{"name", "n"}})->get("teamCode"));
                else if (op == "setCaptain") {
                    team->setAssociated("captain", 1);
                    r = "ok";
                } else if (op == "createCaptain")
                    r = j(team->createAssociated("captain", {{"name", "c"}})->get("teamCode"));
                else if (op == "addSponsor" || op == "removeSponsor" || op == "hasSponsor") {
                    auto sp = Sponsor->findByPk(other);
                    const QVariantList t{Model::instanceVariant(sp.data())};
                    if (op == "addSponsor") {
                        team->addAssociated("sponsors", t);
                        r = "ok";
                    } else if (op == "removeSponsor") {
                        team->removeAssociated("sponsors", t);
                        r = "ok";
                    } else
                        r = team->hasAssociated("sponsors", t);
                } else if (op == "setSponsors") {
                    auto sps = Sponsor->findAll(
                        FindOptions().where(Where({{"id", o["list"].toArray().toVariantList()}})));
                    QVariantList t;
                    for (auto &sp : sps)
                        t.append(Model::instanceVariant(sp.data()));
                    team->setAssociated("sponsors", t);
                    r = "ok";
                } else if (op == "hasPlayer")
                    r = team->hasAssociated("players", {other});
                else if (op == "countPlayers")
                    r = double(team->countAssociated("players", FindOptions().where(w)));
                else if (op == "countSponsors")
                    r = double(team->countAssociated("sponsors", FindOptions().where(w)));
                else if (op == "destroyTeam") {
                    team->destroy();
                    r = "ok";
                } else if (op == "updateTeamCode") {
                    team->update({{"code", team->get("code").toString() + "2"}});
                    r = "ok";
                }
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            res.append(r);
        }
        QJsonArray teams, players, captains, links;
        for (auto &t : Team->findAll(FindOptions().order("id")))
            teams.append(QJsonArray{t->get("id").toInt(), j(t->get("code"))});
        for (auto &p : Player->findAll(FindOptions().order("id")))
            players.append(QJsonArray{p->get("id").toInt(), j(p->get("teamCode"))});
        for (auto &p : Captain->findAll(FindOptions().order("id")))
            captains.append(QJsonArray{p->get("id").toInt(), j(p->get("teamCode"))});
        for (auto &l :
             Link->findAll(FindOptions().order({{"teamCode", "ASC"}, {"sponsorTag", "ASC"}})))
            links.append(QJsonArray{j(l->get("teamCode")), j(l->get("sponsorTag"))});
        out[it.key()] = QJsonObject{{"res", res},
                                    {"state",
                                     QJsonObject{{"teams", teams},
                                                 {"players", players},
                                                 {"captains", captains},
                                                 {"links", links}}}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
