#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Validator>
using namespace QtSequelize;
static QJsonValue j(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
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
    auto *T = s.define("BcThing",
                       {{"code", Attribute(DataTypes::String()).unique()},
                        {"n", DataTypes::Integer()},
                        {"label", Attribute(DataTypes::String()).validate(Validator::len(0, 5))}},
                       ModelOptions().timestamps(false));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        T->sync(SyncOptions().force(true));
        T->bulkCreate({QVariantMap{{"code", "a"}, {"n", 1}, {"label", "x"}},
                       QVariantMap{{"code", "b"}, {"n", 2}, {"label", "y"}}});
        QJsonValue res;
        try {
            BulkCreateOptions o;
            if (c.contains("ignoreDuplicates"))
                o.ignoreDuplicates(true);
            if (c.contains("updateOnDuplicate"))
                o.updateOnDuplicate(c["updateOnDuplicate"].toVariant().toStringList());
            if (c.contains("validate"))
                o.validate(true);
            if (c.contains("fields"))
                o.fields(c["fields"].toVariant().toStringList());
            QList<QVariantMap> rows;
            for (const QJsonValue &r : c["rows"].toArray())
                rows.append(r.toObject().toVariantMap());
            res = double(T->bulkCreate(rows, o).size());
        } catch (const BaseError &e) {
            res = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
        QJsonArray state;
        for (auto &r : T->findAll(FindOptions().order("code")))
            state.append(QJsonArray{j(r->get("code")), j(r->get("n")), j(r->get("label"))});
        out[it.key()] = QJsonObject{{"res", res}, {"state", state}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
