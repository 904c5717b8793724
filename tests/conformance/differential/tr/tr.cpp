#include <QtCore>
#include <QtSequelize/AssociationOptions>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QStringList hooks;
struct Recorder : ModelHooks
{
    void beforeBulkDestroy(Where &, const HookOptions &) override { hooks << "beforeBulkDestroy"; }
    void afterBulkDestroy(int, const HookOptions &) override { hooks << "afterBulkDestroy"; }
    void beforeDestroy(Model *, const HookOptions &) override { hooks << "beforeDestroy"; }
    void afterDestroy(Model *, const HookOptions &) override { hooks << "afterDestroy"; }
};
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
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        QJsonObject r;
        Sequelize s(url);
        try {
            ModelDefinition *T = s.define("Row", {{"n", DataTypes::Integer()}},
                                          ModelOptions().paranoid(c["paranoid"].toBool()));
            ModelDefinition *C = s.define("Child", {{"m", DataTypes::Integer()}},
                                          ModelOptions().timestamps(false));
            T->hasMany(C, AssociationOptions().foreignKey("rowId").onDelete("CASCADE"));
            T->addHooks(QSharedPointer<Recorder>::create());
            if (dialect == "mariadb")
                s.query("SET FOREIGN_KEY_CHECKS = 0");
            s.query(dialect == "mariadb" ? "DROP TABLE IF EXISTS Children"
                                         : "DROP TABLE IF EXISTS \"Children\"");
            s.query(dialect == "mariadb" ? "DROP TABLE IF EXISTS `Rows`"
                                         : "DROP TABLE IF EXISTS \"Rows\"");
            if (dialect == "mariadb")
                s.query("SET FOREIGN_KEY_CHECKS = 1");
            s.sync();
            for (int n : {1, 2, 1})
                T->create({{"n", n}});
            T->findByPk(2)->destroy();
            if (c["withChild"].toBool() || c["cascade"].toBool())
                C->create({{"m", 1}, {"rowId", 1}});
            hooks.clear();
            DestroyOptions o;
            if (c["truncate"].toBool())
                o.truncate();
            if (c["force"].toBool())
                o.force();
            if (c["restartIdentity"].toBool())
                o.restartIdentity();
            if (c["cascade"].toBool())
                o.cascade();
            if (c["individualHooks"].toBool())
                o.individualHooks();
            try {
                const int ret = c["op"] == "truncate"
                    ? T->truncate(o)
                    : T->destroy(
                        c.contains("where") ? Where::fromJson(c["where"].toObject()) : Where(), o);
                r["ret"] = ret;
            } catch (const BaseError &e) {
                r["ret"] = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            r["hooks"] = hooks.join(",");
            r["all"] = double(T->count(FindOptions().paranoid(false)));
            r["live"] = double(T->count());
            r["children"] = double(C->count());
            r["nextId"] = T->create({{"n", 9}})->get("id").toDouble();
        } catch (const BaseError &e) {
            r["fatal"] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
        out[it.key()] = r;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
