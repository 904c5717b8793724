#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/QueryResult>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static const QDateTime OLD(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
static QJsonValue stamp(const QVariant &v)
{
    const QDateTime t = v.toDateTime();
    if (t == OLD)
        return "old";
    if (t.date().year() >= 2020)
        return "now";
    return t.toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzzZ");
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
    ModelDefinition *T = s.define(
        "TsRow", {{"name", Attribute(DataTypes::String()).unique()}, {"n", DataTypes::Integer()}});
    const QString q = dialect == "mariadb" ? "`" : "\"";
    const QString reset
        = QString("UPDATE %1TsRows%1 SET %1createdAt%1 = :t, %1updatedAt%1 = :t").arg(q);
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        T->sync(SyncOptions().force(true));
        for (auto [nm, n] : QList<std::pair<QString, int>>{{"a", 1}, {"b", 2}, {"c", 3}})
            T->create({{"name", nm}, {"n", n}});
        QJsonArray res;
        for (const auto &ov : it.value().toArray()) {
            const QJsonObject o = ov.toObject();
            const QString op = o["op"].toString();
            const QVariantMap values = o["values"].toObject().toVariantMap();
            s.query(reset, QueryOptions().replacements(QVariantMap{{"t", OLD}}));
            QJsonValue r = "ok";
            try {
                auto x = T->findByPk(o["id"].toInt());
                if (op == "save") {
                    x->set(values);
                    x->save();
                } else if (op == "saveSilent") {
                    x->set(values);
                    x->save(SaveOptions().silent());
                } else if (op == "saveNoChange")
                    x->save();
                else if (op == "instUpdate")
                    x->update(values);
                else if (op == "instUpdateSilent")
                    x->update(values, SaveOptions().silent());
                else if (op == "staticUpdate")
                    r = T->update(values, Where({{"id", o["id"].toInt()}}));
                else if (op == "staticUpdateSilent")
                    r = T->update(values, Where({{"id", o["id"].toInt()}}),
                                  UpdateOptions().silent());
                else if (op == "increment")
                    T->increment({{"n", 1}}, Where({{"id", o["id"].toInt()}}));
                else if (op == "instIncrement")
                    x->increment("n");
                else if (op == "instIncrementSilent")
                    x->increment(QVariantMap{{"n", 1}}, SaveOptions().silent());
                else if (op == "bulkUpsert")
                    T->bulkCreate(
                        {{{"name", "a"}, {"n", values.value("n", 1)}}, {{"name", "q"}, {"n", 9}}},
                        BulkCreateOptions().updateOnDuplicate({"n"}));
                else if (op == "upsert")
                    T->upsert({{"id", o["id"].toInt()},
                               {"name", x->get("name")},
                               {"n", values.value("n", x->get("n"))}});
                else if (op == "changedSave") {
                    x->changed("n", true);
                    x->save();
                } else if (op == "setUpdatedAt") {
                    x->set("updatedAt", QDateTime(QDate(2010, 5, 5), QTime(0, 0), Qt::UTC));
                    x->set(values);
                    x->save();
                } else if (op == "setCreatedAt") {
                    x->set("createdAt", QDateTime(QDate(2010, 5, 5), QTime(0, 0), Qt::UTC));
                    x->set(values);
                    x->save();
                } else if (op == "createWithStamps") {
                    auto y = T->create(
                        {{"name", "w" + QString::number(res.size())},
                         {"n", 4},
                         {"createdAt", QDateTime(QDate(2011, 1, 1), QTime(0, 0), Qt::UTC)},
                         {"updatedAt", QDateTime(QDate(2012, 1, 1), QTime(0, 0), Qt::UTC)}});
                    r = QJsonArray{"created", y->get("id").toInt()};
                } else if (op == "saveFields") {
                    x->set({{"n", 7}, {"name", "zz" + QString::number(res.size())}});
                    x->save(SaveOptions().fields({"n"}));
                } else if (op == "reloadSave") {
                    x->set(values);
                    x->reload();
                    x->save();
                }
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            QJsonArray rows;
            for (auto &y : T->findAll(FindOptions().order("id")))
                rows.append(QJsonArray{y->get("id").toInt(), y->get("name").toString(),
                                       y->get("n").toInt(), stamp(y->get("createdAt")),
                                       stamp(y->get("updatedAt"))});
            res.append(QJsonArray{r, rows});
        }
        out[it.key()] = res;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
