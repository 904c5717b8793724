#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/QueryResult>
#include <QtSequelize/Sequelize>
using namespace QtSequelize;
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dialect = argv[1];
    const QStringList dates{"2024-03-10T12:34:56.789Z", "2024-01-01T00:00:00.000Z",
                            "1999-12-31T23:30:00.000Z", "2024-07-01T02:15:00.000Z",
                            "1970-01-01T00:00:00.000Z"};
    QJsonObject out;
    for (const QString tz : {"+00:00", "+05:30", "-08:00", "+13:00", "+14:00"}) {
        const QString base = dialect == "postgres"
            ? qEnvironmentVariable("QSQ_FM_PGURL", "postgres://orm:ormpass@127.0.0.1:55433/ormtest")
            : "mariadb://orm:ormpass@127.0.0.1:53307/ormtest";
        Sequelize s(base + "?timezone=" + QUrl::toPercentEncoding(tz));
        ModelDefinition *T = s.define("TzRow",
                                      {{"d", DataTypes::Date()},
                                       {"o", DataTypes::DateOnly()},
                                       {"label", DataTypes::String()}},
                                      ModelOptions().timestamps(false));
        QJsonObject r;
        try {
            T->sync(SyncOptions().force(true));
            for (int i = 0; i < dates.size(); ++i)
                T->create({{"d", QDateTime::fromString(dates[i], Qt::ISODateWithMs)},
                           {"o", QDate::fromString(dates[i].left(10), Qt::ISODate)},
                           {"label", "r" + QString::number(i)}});
            QJsonArray back;
            for (auto &x : T->findAll(FindOptions().order("id")))
                back.append(QJsonArray{
                    x->get("d").toDateTime().toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzzZ"),
                    x->get("o").toDate().toString(Qt::ISODate)});
            r["back"] = back;
            const QString cast = dialect == "mariadb" ? "CAST(d AS CHAR)" : "d::text";
            QJsonArray raw;
            for (const auto &row :
                 s.query("SELECT " + cast + " AS t FROM "
                         + s.queryInterface().quoteIdentifier("TzRows") + " ORDER BY id")
                     .rows())
                raw.append(row.value("t").toString());
            r["raw"] = raw;
            auto at = [](const char *t) { return QDateTime::fromString(t, Qt::ISODateWithMs); };
            r["eq"] = double(
                T->count(FindOptions().where(Where({{"d", at("2024-03-10T12:34:56.789Z")}}))));
            r["gt"] = double(
                T->count(FindOptions().where(Op::gt("d", at("2024-01-01T00:00:00.000Z")))));
            r["between"] = double(T->count(FindOptions().where(
                Op::between("d", at("1999-12-31T23:00:00Z"), at("2024-01-01T00:00:00Z")))));
            r["strGt"] = double(T->count(FindOptions().where(Op::gt("d", "2024-03-10 12:00:00"))));
            r["rawNow"] = QJsonValue();
        } catch (const BaseError &e) {
            r["error"] = e.name() + ": " + e.message();
        }
        out[tz] = r;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
