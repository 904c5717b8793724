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
    auto *T = s.define("FcThing",
                       {{"code", Attribute(DataTypes::String()).unique()},
                        {"n", Attribute(DataTypes::Integer()).defaultValue(0)},
                        {"label", DataTypes::String()}},
                       ModelOptions().timestamps(false));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        T->sync(SyncOptions().force(true));
        T->create({{"code", "a"}, {"n", 1}, {"label", "x"}});
        QJsonArray log;
        for (const QJsonValue &sv : it.value().toArray()) {
            const QJsonObject st = sv.toObject();
            const QString op = st["op"].toString();
            QJsonValue r;
            try {
                bool created = false;
                if (op == "upsert") {
                    SaveOptions so;
                    if (st.contains("fields"))
                        so.fields(st["fields"].toVariant().toStringList());
                    auto i = T->upsert(st["values"].toObject().toVariantMap(), so, &created);
                    r = QJsonArray{j(i->get("code")), j(i->get("n")), j(i->get("label"))};
                } else {
                    const FindOptions fo
                        = FindOptions().where(Where::fromJson(st["where"].toObject()));
                    const QVariantMap defaults = st["defaults"].toObject().toVariantMap();
                    auto i = op == "findOrCreate" ? T->findOrCreate(fo, defaults, &created)
                        : op == "findOrBuild"     ? T->findOrBuild(fo, defaults, &created)
                                                  : T->findCreateFind(fo, defaults, &created);
                    r = QJsonArray{j(i->get("code")), j(i->get("n")), j(i->get("label")), created};
                }
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            log.append(r);
        }
        QJsonArray rows;
        for (auto &x : T->findAll(FindOptions().order("code")))
            rows.append(QJsonArray{j(x->get("code")), j(x->get("n")), j(x->get("label"))});
        out[it.key()] = QJsonObject{{"log", log}, {"rows", rows}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
