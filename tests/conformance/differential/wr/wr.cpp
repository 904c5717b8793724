#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QJsonValue j(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}
static QVariantMap vals(const QJsonObject &o)
{
    QVariantMap m = o.toVariantMap();
    for (auto it = m.begin(); it != m.end(); ++it)
        if (it.key() == "d" && !it.value().isNull())
            it.value() = QDate::fromString(it.value().toString(), Qt::ISODate);
    return m;
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
    ModelDefinition *W = s.define("WrRow",
                                  {{"name", DataTypes::String()},
                                   {"n", DataTypes::Integer()},
                                   {"f", DataTypes::Double()},
                                   {"ok", DataTypes::Boolean()},
                                   {"d", DataTypes::DateOnly()},
                                   {"price", DataTypes::Decimal(10, 2)}},
                                  ModelOptions().timestamps(false));
    const QList<QVariantMap> rows{{{"name", "a"},
                                   {"n", 1},
                                   {"f", 1.5},
                                   {"ok", true},
                                   {"d", QDate(2020, 1, 1)},
                                   {"price", "1.00"}},
                                  {{"name", "b"},
                                   {"n", 2},
                                   {"f", QVariant()},
                                   {"ok", false},
                                   {"d", QDate(2021, 6, 30)},
                                   {"price", "2.50"}},
                                  {{"name", "c"},
                                   {"n", QVariant()},
                                   {"f", -3.25},
                                   {"ok", QVariant()},
                                   {"d", QVariant()},
                                   {"price", QVariant()}},
                                  {{"name", "d"},
                                   {"n", 40},
                                   {"f", 0},
                                   {"ok", true},
                                   {"d", QDate(1999, 12, 31)},
                                   {"price", "99.99"}},
                                  {{"name", "e"},
                                   {"n", -5},
                                   {"f", 2.5},
                                   {"ok", false},
                                   {"d", QDate(2020, 2, 29)},
                                   {"price", "-0.01"}}};
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        W->sync(SyncOptions().force(true));
        for (const auto &r : rows)
            W->create(r);
        QJsonValue res;
        const QString op = c["op"].toString();
        try {
            const Where where = Where::fromJson(c["where"].toObject());
            if (op == "update")
                res = W->update(vals(c["values"].toObject()), where);
            else if (op == "destroy")
                res = W->destroy(where);
            else if (op == "increment") {
                W->increment(c["values"].toObject().toVariantMap(), where);
                res = "ok";
            } else if (op == "decrement") {
                W->decrement(c["values"].toObject().toVariantMap(), where);
                res = "ok";
            } else if (op == "create") {
                W->create(vals(c["values"].toObject()));
                res = "ok";
            } else if (op == "count")
                res = double(W->count(FindOptions().where(where)));
            else {
                const QString field = c["field"].toString();
                const FindOptions o = FindOptions().where(where);
                QVariant v = op == "max" ? W->max(field, o)
                    : op == "min"        ? W->min(field, o)
                                         : W->sum(field, o);
                if (v.isNull())
                    res = QJsonValue::Null;
                else if (field == "name")
                    res = v.toString();
                else if (field == "d")
                    res = v.toDate().toString(Qt::ISODate);
                else
                    res = v.toDouble();
            }
        } catch (const BaseError &e) {
            res = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
        QJsonArray state;
        for (const auto &r : W->findAll(FindOptions().order("id"))) {
            QJsonArray row;
            row << r->get("id").toInt() << j(r->get("name")) << j(r->get("n")) << j(r->get("f"))
                << j(r->get("ok"))
                << (r->get("d").isNull() ? QJsonValue()
                                         : QJsonValue(r->get("d").toDate().toString(Qt::ISODate)))
                << (r->get("price").isNull() ? QJsonValue()
                                             : QJsonValue(QString::number(
                                                 r->get("price").toString().toDouble(), 'f', 2)));
            state.append(row);
        }
        out[it.key()] = QJsonObject{{"res", res}, {"state", state}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
