#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QString dialect;
static QVariant ex(const QJsonValue &v)
{
    if (!v.isArray())
        return v.toVariant();
    const QJsonArray a = v.toArray();
    const QString k = a[0].toString();
    if (k == "lit")
        return QVariant::fromValue(Sequelize::literal(
            dialect == "mariadb"
                ? a[1].toString()
                : QString(a[1].toString()).replace(QRegularExpression("\\bn\\b"), "\"n\"")));
    if (k == "col")
        return QVariant::fromValue(Sequelize::col(a[1].toString()));
    if (k == "cast")
        return QVariant::fromValue(Sequelize::cast(a[1].toString(), a[2].toString()));
    QVariantList args;
    for (int i = 2; i < a.size(); ++i)
        args << ex(a[i]);
    return QVariant::fromValue(Sequelize::fn(a[1].toString(), args));
}
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    dialect = argv[1];
    QFile f(argv[2]);
    f.open(QIODevice::ReadOnly);
    const QJsonObject cases = QJsonDocument::fromJson(f.readAll()).object();
    const QString url = dialect == "sqlite" ? "sqlite::memory:"
        : dialect == "postgres"
        ? qEnvironmentVariable("QSQ_FM_PGURL", "postgres://orm:ormpass@127.0.0.1:55433/ormtest")
        : "mariadb://orm:ormpass@127.0.0.1:53307/ormtest";
    Sequelize s(url);
    ModelDefinition *T = s.define("URow",
                                  {{"name", DataTypes::String()},
                                   {"other", DataTypes::String()},
                                   {"n", DataTypes::Integer()},
                                   {"m", DataTypes::Integer()}},
                                  ModelOptions().timestamps(false));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        T->sync(SyncOptions().force(true));
        const QJsonArray seed
            = QJsonDocument::fromJson(
                  R"([["ann", "x", 1, -2], ["Bea", "y", null, 5], ["cat", null, 3, null], ["dan", "z", 10, -7]])")
                  .array();
        for (const auto &r : seed)
            T->create({{"name", r[0].toVariant()},
                       {"other", r[1].toVariant()},
                       {"n", r[2].toVariant()},
                       {"m", r[3].toVariant()}});
        QJsonObject r;
        QVariantMap vals;
        const QJsonObject v = c["v"].toObject();
        for (auto e = v.begin(); e != v.end(); ++e)
            vals[e.key()] = ex(e.value());
        try {
            if (c["op"] == "static")
                r["ret"] = T->update(vals, Where::fromJson(c["where"].toObject()));
            else {
                auto x = T->findByPk(c["id"].toInt());
                x->update(vals);
                r["ret"] = "ok";
            }
        } catch (const BaseError &e) {
            r["ret"] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
        QJsonArray rows;
        for (const auto &row : T->findAllRaw(FindOptions().order("id")))
            rows.append(QJsonArray{
                row["id"].toDouble(),
                row["name"].isNull() ? QJsonValue() : QJsonValue(row["name"].toString()),
                row["other"].isNull() ? QJsonValue() : QJsonValue(row["other"].toString()),
                row["n"].isNull() ? QJsonValue() : QJsonValue(row["n"].toDouble()),
                row["m"].isNull() ? QJsonValue() : QJsonValue(row["m"].toDouble())});
        r["rows"] = rows;
        out[it.key()] = r;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
