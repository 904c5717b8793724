#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QJsonValue norm(const QString &a, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzzZ");
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return v.toTime().toString("HH:mm:ss");
    case QMetaType::QUuid:
        return v.toUuid().toString(QUuid::WithoutBraces);
    case QMetaType::QByteArray:
        return "hex:" + QString::fromLatin1(v.toByteArray().toHex());
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Double:
        return std::isnan(v.toDouble()) ? QJsonValue("NaN") : QJsonValue(v.toDouble());
    case QMetaType::LongLong:
    case QMetaType::Int:
        return a == "bi" ? QJsonValue(v.toString()) : QJsonValue(v.toDouble());
    default:
        break;
    }
    if (v.userType() == qMetaTypeId<QJsonValue>()) {
        const QJsonValue j = v.value<QJsonValue>();
        return QString::fromUtf8(QJsonDocument(QJsonArray{j}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
    return v.toString();
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
    ModelDefinition *T = s.define("TyRow",
                                  {{"i", DataTypes::Integer()},
                                   {"bi", DataTypes::BigInt()},
                                   {"si", DataTypes::SmallInt()},
                                   {"ti", DataTypes::TinyInt()},
                                   {"fl", DataTypes::Float()},
                                   {"db", DataTypes::Double()},
                                   {"dc", DataTypes::Decimal(10, 2)},
                                   {"b", DataTypes::Boolean()},
                                   {"s", DataTypes::String(5)},
                                   {"tx", DataTypes::Text()},
                                   {"d", DataTypes::Date()},
                                   {"do", DataTypes::DateOnly()},
                                   {"tm", DataTypes::Time()},
                                   {"u", DataTypes::Uuid()},
                                   {"e", DataTypes::Enum({"a", "b", "c d"})},
                                   {"j", DataTypes::Json()}},
                                  ModelOptions().timestamps(false));
    T->sync(SyncOptions().force(true));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QString a = c["a"].toString();
        QJsonObject r;
        QVariant id;
        try {
            auto x = T->create(QVariantMap{{a, c["v"].toVariant()}});
            id = x->get("id");
            r["res"] = "ok";
        } catch (const BaseError &e) {
            r["res"] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
        if (id.isValid()) {
            auto y = T->findByPk(id);
            r["back"] = y ? norm(a, y->get(a)) : QJsonValue("MISSING");
            if (a != "j") {
                try {
                    r["found"] = double(T->count(FindOptions().where(
                        Where::fromJson(QJsonObject{{"id", id.toLongLong()}, {a, c["v"]}}))));
                } catch (const BaseError &e) {
                    r["found"] = QString("ERROR %1: %2").arg(e.name(), e.message());
                }
            }
        }
        out[it.key()] = r;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
