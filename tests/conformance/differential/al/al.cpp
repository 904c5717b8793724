#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
using namespace QtSequelize;
static DataType type(const QString &t)
{
    if (t.startsWith("STRING"))
        return DataTypes::String(t.mid(7).chopped(1).toInt());
    if (t.startsWith("DECIMAL"))
        return DataTypes::Decimal(10, 2);
    if (t == "INTEGER")
        return DataTypes::Integer();
    if (t == "BIGINT")
        return DataTypes::BigInt();
    if (t == "TEXT")
        return DataTypes::Text();
    if (t == "BOOLEAN")
        return DataTypes::Boolean();
    if (t == "DOUBLE")
        return DataTypes::Double();
    if (t == "DATEONLY")
        return DataTypes::DateOnly();
    qFatal("type");
}
static QList<std::pair<QString, Attribute>> attrs(const QJsonArray &v)
{
    QList<std::pair<QString, Attribute>> out;
    for (const auto &pair : v) {
        const QJsonObject s = pair[1].toObject();
        Attribute a(type(s["type"].toString()));
        a.allowNull(s["allowNull"].toBool());
        if (s.contains("default"))
            a.defaultValue(s["default"].toVariant());
        if (s["unique"].toBool())
            a.unique();
        out.append({pair[0].toString(), a});
    }
    return out;
}
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dialect = argv[1];
    QFile f(argv[2]);
    f.open(QIODevice::ReadOnly);
    const QJsonObject cases = QJsonDocument::fromJson(f.readAll()).object();
    const QString url = dialect == "sqlite"
        ? "sqlite:" + qEnvironmentVariable("AL_SQLITE", "/tmp/al.sqlite")
        : dialect == "postgres"
        ? qEnvironmentVariable("QSQ_FM_PGURL", "postgres://orm:ormpass@127.0.0.1:55433/ormtest")
        : "mariadb://orm:ormpass@127.0.0.1:53307/ormtest";
    Sequelize s(url);
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        QJsonObject r;
        try {
            s.queryInterface().dropTable(it.key());
            ModelDefinition *A = s.define("V1" + it.key(), attrs(c["v1"].toArray()),
                                          ModelOptions().tableName(it.key()).timestamps(false));
            A->sync(SyncOptions().force(true));
            int ok = 0;
            for (const auto &row : c["rows"].toArray()) {
                try {
                    A->create(row.toObject().toVariantMap());
                    ++ok;
                } catch (const BaseError &) {
                }
            }
            r["inserted"] = ok;
            ModelDefinition *B = s.define("V2" + it.key(), attrs(c["v2"].toArray()),
                                          ModelOptions().tableName(it.key()).timestamps(false));
            try {
                B->sync(SyncOptions().alter(true));
                r["alter"] = "ok";
            } catch (const BaseError &e) {
                r["alter"] = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
        } catch (const BaseError &e) {
            r["setup"] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
        out[it.key()] = r;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
