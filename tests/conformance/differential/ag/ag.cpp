#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Expression>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QJsonValue j(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue();
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    return QJsonValue::fromVariant(v);
}
static Expression agg(const QString &a, const QString &c)
{
    if (a == "COUNT_DISTINCT")
        return Sequelize::fn("COUNT", {Sequelize::fn("DISTINCT", {Sequelize::col(c)})});
    return Sequelize::fn(a, {Sequelize::col(c)});
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
    ModelDefinition *S = s.define("Sale",
                                  {{"region", DataTypes::String()},
                                   {"product", DataTypes::String()},
                                   {"qty", DataTypes::Integer()},
                                   {"price", DataTypes::Decimal(10, 2)},
                                   {"ok", DataTypes::Boolean()},
                                   {"d", DataTypes::DateOnly()},
                                   {"f", DataTypes::Double()}},
                                  ModelOptions().timestamps(false));
    S->sync(SyncOptions().force(true));
    const QJsonArray rows = QJsonDocument::fromJson(R"([
  ["n", "a", 1, "1.50", true, "2024-01-01", 0.5], ["n", "b", 2, "2.00", false, "2024-01-01", null],
  ["s", "a", 3, "10.50", true, "2024-01-02", 1.25], ["s", "a", null, "4.00", null, null, 2],
  ["e", "c", 5, null, false, "2024-01-03", -1], ["n", "a", 7, "20.00", true, "2024-01-02", 3.5],
  [null, "b", 2, "2.00", true, "2024-01-01", 0], ["e", null, 0, "0.00", false, "2024-01-03", null],
  ["s", "c", 10, "99.99", true, "2024-01-04", 10], ["n", "b", 4, "5.00", null, "2024-01-04", 4]])")
                                .array();
    const QStringList names{"region", "product", "qty", "price", "ok", "d", "f"};
    for (const auto &r : rows) {
        QVariantMap m;
        for (int i = 0; i < names.size(); ++i)
            m[names[i]] = r.toArray()[i].toVariant();
        S->create(m);
    }
    const QMap<QString, Where::Operator> ops{{"gt", Where::Gt}, {"gte", Where::Gte},
                                             {"lt", Where::Lt}, {"lte", Where::Lte},
                                             {"eq", Where::Eq}, {"ne", Where::Ne}};
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        try {
            FindOptions o;
            o.where(Where::fromJson(c["where"].toObject()));
            QStringList plain;
            for (const auto &p : c["plain"].toArray())
                plain << p.toString();
            o.attributes(plain);
            for (const auto &a : c["aggs"].toArray())
                o.attribute(agg(a[0].toString(), a[1].toString()), a[2].toString());
            QStringList group;
            for (const auto &g : c["group"].toArray())
                group << g.toString();
            if (!group.isEmpty())
                o.group(group);
            if (c.contains("having")) {
                const QJsonObject h = c["having"].toObject();
                if (h["kind"] == "alias")
                    o.having(Where::fromJson(QJsonObject{
                        {h["alias"].toString(), QJsonObject{{h["op"].toString(), h["val"]}}}}));
                else
                    o.having(Sequelize::where(agg(h["agg"].toString(), h["col"].toString()),
                                              ops[h["op"].toString()], h["val"].toVariant()));
            }
            for (const auto &ord : c["order"].toArray())
                o.order(ord[0].toString(),
                        ord[1] == "DESC" ? Qt::DescendingOrder : Qt::AscendingOrder);
            if (c.contains("limit"))
                o.limit(c["limit"].toInt());
            QJsonArray res;
            for (const QVariantMap &row : S->findAllRaw(o)) {
                QJsonObject jr;
                for (auto r = row.begin(); r != row.end(); ++r)
                    jr[r.key()] = j(r.value());
                res.append(jr);
            }
            out[it.key()] = res;
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
