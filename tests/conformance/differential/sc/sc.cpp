#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static FindOptions toOpts(const QJsonObject &s)
{
    FindOptions o;
    if (s.contains("where"))
        o.where(Where::fromJson(s["where"].toObject()));
    if (s.contains("limit"))
        o.limit(s["limit"].toInt());
    return o;
}
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dialect = argv[1];
    QFile f(argv[2]);
    f.open(QIODevice::ReadOnly);
    const QJsonObject cases = QJsonDocument::fromJson(f.readAll()).object();
    QFile rf("/tmp/diff/sc/rows.json");
    rf.open(QIODevice::ReadOnly);
    const QJsonArray rows = QJsonDocument::fromJson(rf.readAll()).array();
    const QString url = dialect == "sqlite" ? "sqlite::memory:"
        : dialect == "postgres"
        ? qEnvironmentVariable("QSQ_FM_PGURL", "postgres://orm:ormpass@127.0.0.1:55433/ormtest")
        : "mariadb://orm:ormpass@127.0.0.1:53307/ormtest";
    Sequelize s(url);
    QJsonObject out;
    int n = 0;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        auto *P = s.define(QString("ScP%1").arg(n),
                           {{"name", DataTypes::String()},
                            {"age", DataTypes::Integer()},
                            {"city", DataTypes::String()},
                            {"score", DataTypes::Float()}},
                           ModelOptions().timestamps(false).tableName("ScPeople"));
        if (n++ == 0) {
            P->sync(SyncOptions().force(true));
            for (auto r : rows) {
                QJsonObject o = r.toObject();
                P->create({{"name", o["name"].toVariant()},
                           {"age", o["age"].toVariant()},
                           {"city", o["city"].toVariant()},
                           {"score", o["score"].toVariant()}});
            }
        }
        try {
            if (c.contains("defaultScope"))
                P->addScope("defaultScope", toOpts(c["defaultScope"].toObject()));
            const QJsonObject scopes = c["scopes"].toObject();
            for (auto sc = scopes.begin(); sc != scopes.end(); ++sc)
                P->addScope(sc.key(), toOpts(sc.value().toObject()));
            FindOptions q = toOpts(c["query"].toObject());
            if (c["unscoped"].toBool())
                q.unscoped();
            else if (c.contains("use"))
                q.scopes(c["use"].toVariant().toStringList());
            q.order("id");
            if (c["count"].toBool()) {
                out[it.key()] = double(P->count(q));
            } else {
                QJsonArray names;
                for (auto &x : P->findAll(q))
                    names.append(x->get("name").toString());
                out[it.key()] = names;
            }
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1 %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
