#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/FindOptions>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dialect = argv[1];
    QFile f(argv[2]);
    f.open(QIODevice::ReadOnly);
    const QJsonObject cases = QJsonDocument::fromJson(f.readAll()).object();
    QFile rf(QFileInfo(argv[2]).dir().filePath("rows.json"));
    rf.open(QIODevice::ReadOnly);
    const QJsonArray rows = QJsonDocument::fromJson(rf.readAll()).array();
    const QString url = dialect == "sqlite" ? "sqlite::memory:"
        : dialect == "postgres"
        ? qEnvironmentVariable("QSQ_FM_PGURL", "postgres://orm:ormpass@127.0.0.1:55433/ormtest")
        : "mariadb://orm:ormpass@127.0.0.1:53307/ormtest";
    Sequelize s(url);
    ModelDefinition *P = s.define(
        "Person",
        {{"name", Attribute(DataTypes::String()).allowNull(false)},
         {"age", DataTypes::Integer()},
         {"city", DataTypes::String()},
         {"email", DataTypes::String()},
         {"score", DataTypes::Float()},
         {"meta", DataTypes::Json()},
         {"tags",
          dialect == "postgres" ? DataTypes::Array(DataTypes::String()) : DataTypes::String()},
         {"born", DataTypes::DateOnly()},
         {"seen", DataTypes::Date()},
         {"ok", DataTypes::Boolean()},
         {"price", DataTypes::Decimal(10, 2)}},
        ModelOptions().timestamps(false).tableName("DiffPeople"));
    P->sync(SyncOptions().force(true));
    for (const QJsonValue &r : rows) {
        QVariantMap m = r.toObject().toVariantMap();
        if (m.value("seen").metaType().id() == QMetaType::QString)
            m["seen"] = QDateTime::fromString(m["seen"].toString(), Qt::ISODateWithMs);
        if (m.value("born").metaType().id() == QMetaType::QString)
            m["born"] = QDate::fromString(m["born"].toString(), Qt::ISODate);
        m["meta"] = QVariant::fromValue(r.toObject().value("meta"));
        if (dialect == "postgres" && !m.value("tags").isNull())
            m["tags"] = QStringList{m["tags"].toString()};
        P->create(m);
    }
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        try {
            QJsonArray names;
            const QJsonObject c = it.value().toObject();
            FindOptions o;
            o.where(Where::fromJson(c["where"].toObject()));
            for (const QJsonValue &k : c["order"].toArray())
                o.order({std::make_pair(k.toArray()[0].toString(), k.toArray()[1].toString())});
            o.order("id");
            if (c.contains("limit"))
                o.limit(c["limit"].toInt());
            if (c.contains("offset"))
                o.offset(c["offset"].toInt());
            for (const auto &x : P->findAll(o))
                names.append(x->get("name").toString());
            out[it.key()] = names;
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson().constData());
}
