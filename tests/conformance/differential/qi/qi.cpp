#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/IndexOptions>
#include <QtSequelize/Options>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
using namespace QtSequelize;
static DataType type(const QString &t)
{
    if (t.startsWith("STRING"))
        return DataTypes::String(20);
    if (t == "INTEGER")
        return DataTypes::Integer();
    if (t == "TEXT")
        return DataTypes::Text();
    if (t == "BOOLEAN")
        return DataTypes::Boolean();
    if (t == "DOUBLE")
        return DataTypes::Double();
    return DataTypes::DateOnly();
}
static Attribute spec(const QJsonObject &s)
{
    Attribute a(type(s["type"].toString()));
    a.allowNull(s["allowNull"].toBool());
    if (s.contains("default"))
        a.defaultValue(s["default"].toVariant());
    return a;
}
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dialect = argv[1];
    QFile f(argv[2]);
    f.open(QIODevice::ReadOnly);
    const QJsonObject cases = QJsonDocument::fromJson(f.readAll()).object();
    const QString url = dialect == "sqlite"
        ? "sqlite:" + qEnvironmentVariable("QI_SQLITE", "/tmp/qi.sqlite")
        : dialect == "postgres"
        ? qEnvironmentVariable("QSQ_FM_PGURL", "postgres://orm:ormpass@127.0.0.1:55433/ormtest")
        : "mariadb://orm:ormpass@127.0.0.1:53307/ormtest";
    Sequelize s(url);
    QueryInterface qi = s.queryInterface();
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QString t = it.key();
        QJsonArray res;
        try {
            qi.dropTable(t);
            qi.createTable(t,
                           {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                            {"a", DataTypes::Integer()},
                            {"b", DataTypes::String(20)},
                            {"c", Attribute(DataTypes::String(20)).defaultValue("x")}});
            qi.bulkInsert(t,
                          {{{"a", 1}, {"b", "p"}, {"c", "y"}},
                           {{"a", 2}, {"b", "q"}},
                           {{"a", QVariant()}, {"b", "p"}, {"c", "z"}}});
            for (const auto &ov : it.value().toArray()) {
                const QJsonObject o = ov.toObject();
                const QString op = o["op"].toString();
                QString r = "ok";
                try {
                    if (op == "addColumn")
                        qi.addColumn(t, o["col"].toString(), spec(o["spec"].toObject()));
                    else if (op == "removeColumn")
                        qi.removeColumn(t, o["col"].toString());
                    else if (op == "renameColumn")
                        qi.renameColumn(t, o["col"].toString(), o["to"].toString());
                    else if (op == "changeColumn")
                        qi.changeColumn(t, o["col"].toString(), spec(o["spec"].toObject()));
                    else if (op == "addIndex")
                        qi.addIndex(t, o["fields"].toVariant().toStringList(),
                                    IndexOptions().unique(o["unique"].toBool()));
                    else if (op == "removeIndex")
                        qi.removeIndex(t, o["fields"].toVariant().toStringList());
                    else if (op == "bulkInsert") {
                        QList<QVariantMap> rows;
                        for (const auto &rv : o["rows"].toArray())
                            rows << rv.toObject().toVariantMap();
                        qi.bulkInsert(t, rows);
                    } else if (op == "bulkUpdate")
                        qi.bulkUpdate(t, o["values"].toObject().toVariantMap(),
                                      o["where"].toObject().toVariantMap());
                    else if (op == "bulkDelete")
                        qi.bulkDelete(t, o["where"].toObject().toVariantMap());
                } catch (const BaseError &e) {
                    r = "ERROR " + e.name() + ": " + e.message();
                }
                res.append(r);
            }
        } catch (const BaseError &e) {
            res.append("SETUP " + e.message());
        }
        out[t] = res;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
