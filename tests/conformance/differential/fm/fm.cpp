// LD_PRELOAD=/tmp/fm/libfm.so QSQ_FM=field|hostile|schema ./X DIALECT cases.json: every model of
// the tool defined again through a beforeDefine hook, so its cases run through field mappings
// (c_<name>, underscored), hostile identifiers (quotes, backticks, dots, spaces in table and
// column names) or a schema. The output must not change.
#include <QtCore/qjsonobject.h>
#include <QtSequelize/DataTypes>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/SequelizeHooks>
#include <QtSequelize/Where>
using namespace QtSequelize;
struct FieldMap : SequelizeHooks
{
    QByteArray mode = qgetenv("QSQ_FM");
    void beforeDefine(QString &name, Attributes &attributes, ModelOptions &options) override
    {
        const QString prefix
            = mode == "hostile" ? QStringLiteral("c \"q`'.x ") : QStringLiteral("c_");
        if (mode == "field" || mode == "hostile") {
            for (auto &[n, a] : attributes)
                if (a.field().isEmpty() && a.type().kind() != DataType::Virtual)
                    a.field(prefix + n);
            options.underscored(true);
        }
        if (mode == "hostile")
            options.tableName(QStringLiteral("t \"q`'.") + name);
        if (mode == "schema")
            options.schema(QStringLiteral("fm schema"));
        if (qEnvironmentVariableIsSet("QSQ_FM_DEBUG"))
            qWarning("fm: %s %s", qPrintable(name), qPrintable(QString::fromLatin1(mode)));
    }
    Sequelize *sequelize = nullptr;
    void beforeBulkSync(SyncOptions &) override
    {
        if (mode != "scope" || !sequelize)
            return;
        for (ModelDefinition *m : sequelize->models())
            if (m->primaryKeyAttribute() == QLatin1String("id")
                && !m->scopeNames().contains(QLatin1String("defaultScope")))
                m->addScope(QStringLiteral("defaultScope"),
                            FindOptions().where(Where::fromJson(
                                QJsonObject{{"id", QJsonObject{{"ne", QJsonValue()}}}})));
    }
    void afterInit(Sequelize *s) override
    {
        sequelize = s;
        if (mode == "schema") {
            try {
                s->queryInterface().dropSchema(QStringLiteral("fm schema"));
            } catch (...) {
            }
            s->queryInterface().createSchema(QStringLiteral("fm schema"));
        }
    }
};
static const int registered = (Sequelize::addGlobalHooks(QSharedPointer<FieldMap>::create()), 0);
