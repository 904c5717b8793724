// The ty/ cases written and matched through QML: create() of a list, then a where of the
// list counting the row, compared with ty.cpp's C++ results.
#include <QtCore>
#include <QtQml/QQmlComponent>
#include <QtQml/QQmlContext>
#include <QtQml/QQmlEngine>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
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
        : dialect == "postgres"             ? "postgres://orm:ormpass@127.0.0.1:55433/ormtest"
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
    QQmlEngine engine;
    engine.addImportPath(qEnvironmentVariable("QSQ_QML_IMPORT_DIR", "build/release/qml"));
    engine.rootContext()->setContextProperty("db", &s);
    QQmlComponent component(&engine);
    component.setData(R"(
import QtQml
import QtSequelize
InstanceListModel {
    model: "TyRow"
    sequelize: db
    order: ["id"]
    function make(a, text) {
        where = {}
        const v = {}
        v[a] = JSON.parse(text)
        const row = create(v)
        return [row, errorString, row >= 0 ? get(row).id : -1]
    }
    function found(id, a, text) {
        const w = {id: id}
        w[a] = JSON.parse(text)
        where = w
        return [count, errorString]
    }
}
)",
                      QUrl());
    std::unique_ptr<QObject> list(component.create());
    if (!list) {
        fprintf(stderr, "%s\n", qPrintable(component.errorString()));
        return 1;
    }
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QString a = c["a"].toString();
        const QString text
            = QString::fromUtf8(QJsonDocument(QJsonArray{c["v"]}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        QJsonObject r;
        T->destroy(Where());
        QVariant result;
        QMetaObject::invokeMethod(list.get(), "make", Q_RETURN_ARG(QVariant, result),
                                  Q_ARG(QVariant, a), Q_ARG(QVariant, text));
        const QVariantList made = result.toList();
        const QVariant id = made.value(2);
        if (made.value(0).toInt() < 0) {
            r["res"] = "ERROR " + made.value(1).toString();
        } else {
            r["res"] = "ok";
            auto y = T->findByPk(id);
            r["back"] = y ? norm(a, y->get(a)) : QJsonValue("MISSING");
            if (a != "j") {
                QMetaObject::invokeMethod(list.get(), "found", Q_RETURN_ARG(QVariant, result),
                                          Q_ARG(QVariant, id), Q_ARG(QVariant, a),
                                          Q_ARG(QVariant, text));
                const QVariantList f = result.toList();
                r["found"] = f.value(1).toString().isEmpty()
                    ? QJsonValue(f.value(0).toDouble())
                    : QJsonValue("ERROR " + f.value(1).toString());
            }
        }
        out[it.key()] = r;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
