#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
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
    auto *P = s.define("PaItem", {{"name", DataTypes::String()}, {"n", DataTypes::Integer()}},
                       ModelOptions().paranoid());
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        P->sync(SyncOptions().force(true));
        for (auto [name, n] :
             QList<std::pair<QString, int>>{{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}})
            P->create({{"name", name}, {"n", n}});
        QJsonArray log;
        for (const QJsonValue &sv : it.value().toArray()) {
            const QJsonObject st = sv.toObject();
            const QString op = st["op"].toString();
            QJsonValue r;
            try {
                const Where where = Where::fromJson(st["where"].toObject());
                const bool paranoid = !(st.contains("paranoid") && !st["paranoid"].toBool());
                if (op == "destroy")
                    r = P->destroy(where, DestroyOptions().force(st["force"].toBool()));
                else if (op == "restore") {
                    P->restore(where);
                    r = "ok";
                } else if (op == "update")
                    r = P->update({{"n", st["n"].toInt()}}, where,
                                  UpdateOptions().paranoid(paranoid));
                else if (op == "count")
                    r = double(P->count(FindOptions().where(where).paranoid(paranoid)));
                else if (op == "find") {
                    QJsonArray a;
                    for (auto &x :
                         P->findAll(FindOptions().where(where).paranoid(paranoid).order("name")))
                        a.append(x->get("name").toString());
                    r = a;
                } else if (op == "idestroy" || op == "irestore") {
                    auto x = P->findOne(
                        FindOptions().where({{"name", st["name"].toString()}}).paranoid(false));
                    if (!x)
                        r = "none";
                    else {
                        if (op == "idestroy")
                            x->destroy(DestroyOptions().force(st["force"].toBool()));
                        else
                            x->restore();
                        r = "ok";
                    }
                } else if (op == "increment") {
                    P->increment({{"n", 10}}, where);
                    r = "ok";
                }
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            log.append(r);
        }
        QJsonArray rows;
        for (auto &x : P->findAll(FindOptions().paranoid(false).order("name")))
            rows.append(QJsonArray{x->get("name").toString(), x->get("n").toInt(),
                                   !x->get("deletedAt").isNull()});
        out[it.key()] = QJsonObject{{"log", log}, {"rows", rows}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
