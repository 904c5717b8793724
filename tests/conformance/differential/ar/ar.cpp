#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QVariant val(const QJsonValue &v)
{
    if (v.isObject() && v.toObject().contains("hex"))
        return QByteArray::fromHex(v.toObject()["hex"].toString().toLatin1());
    return v.toVariant();
}
static QJsonValue norm(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return "hex:" + QString::fromLatin1(v.toByteArray().toHex());
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzzZ");
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Double:
        return std::isfinite(v.toDouble()) ? QJsonValue(v.toDouble())
            : std::isnan(v.toDouble())     ? QJsonValue("NaN")
                                       : QJsonValue(v.toDouble() > 0 ? "Infinity" : "-Infinity");
    case QMetaType::LongLong:
    case QMetaType::Int:
        return double(v.toLongLong());
    case QMetaType::QVariantList: {
        QJsonArray a;
        for (const QVariant &e : v.toList())
            a.append(norm(e));
        return a;
    }
    default:
        return v.toString();
    }
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
    const bool A = dialect == "postgres";
    Sequelize s(url);
    Attributes attrs{{"bl", DataTypes::Blob()}};
    if (A)
        attrs += Attributes{{"ia", DataTypes::Array(DataTypes::Integer())},
                            {"sa", DataTypes::Array(DataTypes::String(10))},
                            {"ta", DataTypes::Array(DataTypes::Text())},
                            {"ba", DataTypes::Array(DataTypes::Boolean())},
                            {"dba", DataTypes::Array(DataTypes::Double())},
                            {"dta", DataTypes::Array(DataTypes::DateOnly())}};
    ModelDefinition *T = s.define("ArRow", attrs, ModelOptions().timestamps(false));
    T->sync(SyncOptions().force(true));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QString a = c["a"].toString();
        if (!A && a != "bl")
            continue;
        QJsonObject r;
        QVariant id;
        try {
            auto x = T->create(QVariantMap{{a, val(c["v"])}});
            id = x->get("id");
            r["res"] = "ok";
        } catch (const BaseError &e) {
            r["res"] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
        if (id.isValid()) {
            auto y = T->findByPk(id);
            r["back"] = y ? norm(y->get(a)) : QJsonValue("MISSING");
            QJsonArray found;
            for (const QJsonValue &w : c["w"].toArray()) {
                const QString op = w.toObject().begin().key();
                const QJsonValue v = w.toObject().begin().value();
                QVariant ov;
                if (op == "in") {
                    QVariantList l;
                    for (const QJsonValue &e : v.toArray())
                        l << val(e);
                    ov = l;
                } else {
                    ov = val(v);
                }
                try {
                    found.append(double(T->count(FindOptions().where(
                        Where::fromMap(QVariantMap{{"id", id}, {a, QVariantMap{{op, ov}}}})))));
                } catch (const BaseError &e) {
                    found.append(QString("ERROR %1: %2").arg(e.name(), e.message()));
                }
            }
            r["found"] = found;
        }
        out[it.key()] = r;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
