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
    ModelDefinition *Doc
        = s.define("PDoc", {{"title", DataTypes::String()}, {"n", DataTypes::Integer()}},
                   ModelOptions().paranoid());
    ModelDefinition *Kid
        = s.define("PKid", {{"name", DataTypes::String()}}, ModelOptions().paranoid());
    Doc->hasMany(Kid, AssociationOptions().foreignKey("docId").as("kids"));
    Kid->belongsTo(Doc, AssociationOptions().foreignKey("docId").as("doc"));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        s.sync(SyncOptions().force(true));
        for (auto [t, n] : QList<std::pair<QString, int>>{{"a", 1}, {"b", 2}, {"c", 3}, {"a", 4}})
            Doc->create({{"title", t}, {"n", n}});
        for (auto [nm, d] : QList<std::pair<QString, QVariant>>{
                 {"k1", 1}, {"k2", 1}, {"k3", 2}, {"k4", 3}, {"k5", QVariant()}})
            Kid->create({{"name", nm}, {"docId", d}});
        Doc->destroy(Where({{"id", 4}}));
        Kid->destroy(Where({{"id", 2}}));
        QJsonArray res;
        for (const auto &ov : it.value().toArray()) {
            const QJsonObject o = ov.toObject();
            const QString op = o["op"].toString();
            QJsonValue r;
            try {
                const Where where = Where::fromJson(o["where"].toObject());
                const QVariantMap values = o["values"].toObject().toVariantMap();
                if (op == "create")
                    r = Doc->create(values)->get("id").toInt();
                else if (op == "destroy")
                    r = Doc->destroy(where);
                else if (op == "destroyForce")
                    r = Doc->destroy(where, DestroyOptions().force());
                else if (op == "restore") {
                    Doc->restore(where);
                    r = "ok";
                } else if (op.startsWith("inst") || op == "reload") {
                    auto x = Doc->findByPk(o["id"].toInt(), FindOptions().paranoid(false));
                    if (!x)
                        r = "none";
                    else {
                        if (op == "instDestroy")
                            x->destroy();
                        else if (op == "instForce")
                            x->destroy(DestroyOptions().force());
                        else if (op == "instRestore")
                            x->restore();
                        else if (op == "instUpdate")
                            x->update(values);
                        else
                            x->reload();
                        r = QJsonArray{"ok", x->isSoftDeleted()};
                    }
                } else if (op == "update")
                    r = Doc->update(values, where);
                else if (op == "updateAll")
                    r = Doc->update(values, where, UpdateOptions().paranoid(false));
                else if (op == "count")
                    r = double(Doc->count(FindOptions().where(where)));
                else if (op == "countAll")
                    r = double(Doc->count(FindOptions().where(where).paranoid(false)));
                else if (op == "findAll" || op == "findAllAll") {
                    QJsonArray ids;
                    for (auto &x : Doc->findAll(
                             FindOptions().where(where).paranoid(op == "findAll").order("id")))
                        ids.append(x->get("id").toInt());
                    r = ids;
                } else if (op == "findOne") {
                    auto x = Doc->findOne(FindOptions().where(where).order("id"));
                    r = x ? QJsonValue(x->get("id").toInt()) : QJsonValue();
                } else if (op == "findByPk") {
                    auto x = Doc->findByPk(o["id"].toInt());
                    r = x ? QJsonValue(x->get("id").toInt()) : QJsonValue();
                } else if (op == "findByPkAll") {
                    auto x = Doc->findByPk(o["id"].toInt(), FindOptions().paranoid(false));
                    r = x ? QJsonValue(QJsonArray{x->get("id").toInt(), x->isSoftDeleted()})
                          : QJsonValue();
                } else if (op == "include") {
                    QJsonArray docs;
                    for (auto &x : Doc->findAll(FindOptions()
                                                    .paranoid(o["outer"].toBool())
                                                    .include(Include("kids")
                                                                 .paranoid(o["paranoid"].toBool())
                                                                 .required(o["required"].toBool()))
                                                    .order({{"id", "ASC"}, {"kids.id", "ASC"}}))) {
                        QJsonArray kids;
                        for (auto &k : x->loadedTargets("kids"))
                            kids.append(k->get("id").toInt());
                        docs.append(QJsonArray{x->get("id").toInt(), kids});
                    }
                    r = docs;
                } else if (op == "increment") {
                    Doc->increment({{"n", 1}}, where);
                    r = "ok";
                } else if (op == "childDestroy")
                    r = Kid->destroy(where);
                else if (op == "childRestore") {
                    Kid->restore(where);
                    r = "ok";
                }
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            res.append(r);
        }
        QJsonArray docs, kids;
        for (auto &x : Doc->findAll(FindOptions().paranoid(false).order("id")))
            docs.append(QJsonArray{x->get("id").toInt(), x->get("n").toInt(),
                                   !x->get("deletedAt").isNull()});
        for (auto &x : Kid->findAll(FindOptions().paranoid(false).order("id")))
            kids.append(QJsonArray{x->get("id").toInt(), !x->get("deletedAt").isNull()});
        out[it.key()] = QJsonObject{{"res", res}, {"docs", docs}, {"kids", kids}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
