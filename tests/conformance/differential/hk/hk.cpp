#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Validator>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QStringList logged;
// A case {seq, throwAt} (hx/gen.py) has that hook throw and ends with the table's rows.
static QString throwAt;
#define L(name)                                                                                    \
    do {                                                                                           \
        logged << QStringLiteral(#name);                                                           \
        if (throwAt == QLatin1String(#name))                                                       \
            throw BaseError(QStringLiteral("hook " #name));                                        \
    } while (false)
struct Recorder : ModelHooks
{
    void beforeValidate(Model *, const HookOptions &) override { L(beforeValidate); }
    void afterValidate(Model *, const HookOptions &) override { L(afterValidate); }
    void validationFailed(Model *, const HookOptions &, const ValidationError &) override
    {
        L(validationFailed);
    }
    void beforeCreate(Model *, const HookOptions &) override { L(beforeCreate); }
    void afterCreate(Model *, const HookOptions &) override { L(afterCreate); }
    void beforeSave(Model *, const HookOptions &) override { L(beforeSave); }
    void afterSave(Model *, const HookOptions &) override { L(afterSave); }
    void beforeUpdate(Model *, const HookOptions &) override { L(beforeUpdate); }
    void afterUpdate(Model *, const HookOptions &) override { L(afterUpdate); }
    void beforeDestroy(Model *, const HookOptions &) override { L(beforeDestroy); }
    void afterDestroy(Model *, const HookOptions &) override { L(afterDestroy); }
    void beforeRestore(Model *, const HookOptions &) override { L(beforeRestore); }
    void afterRestore(Model *, const HookOptions &) override { L(afterRestore); }
    void beforeUpsert(const QVariantMap &, const HookOptions &) override { L(beforeUpsert); }
    void afterUpsert(Model *, const HookOptions &) override { L(afterUpsert); }
    void beforeBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) override
    {
        L(beforeBulkCreate);
    }
    void afterBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) override
    {
        L(afterBulkCreate);
    }
    void beforeBulkUpdate(QVariantMap &, Where &, const HookOptions &) override
    {
        L(beforeBulkUpdate);
    }
    void afterBulkUpdate(int, const HookOptions &) override { L(afterBulkUpdate); }
    void beforeBulkDestroy(Where &, const HookOptions &) override { L(beforeBulkDestroy); }
    void afterBulkDestroy(int, const HookOptions &) override { L(afterBulkDestroy); }
    void beforeBulkRestore(Where &, const HookOptions &) override { L(beforeBulkRestore); }
    void afterBulkRestore(int, const HookOptions &) override { L(afterBulkRestore); }
    void beforeFind(FindOptions &) override { L(beforeFind); }
    void beforeFindAfterExpandIncludeAll(FindOptions &) override
    {
        L(beforeFindAfterExpandIncludeAll);
    }
    void beforeFindAfterOptions(FindOptions &) override { L(beforeFindAfterOptions); }
    void afterFind(const QList<QSharedPointer<Model>> &, const FindOptions &) override
    {
        L(afterFind);
    }
    void beforeCount(FindOptions &) override { L(beforeCount); }
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
    Sequelize s(url);
    ModelDefinition *H = s.define(
        "HkRow",
        {{"name",
          Attribute(DataTypes::String()).allowNull(false).unique().validate(Validator::notEmpty())},
         {"n", DataTypes::Integer()}},
        ModelOptions().paranoid());
    H->addHooks(QSharedPointer<Recorder>::create());
    const FindOptions quiet = FindOptions().hooks(false);
    auto pk = [&](int id, const FindOptions &o) {
        auto x = H->findByPk(id, o);
        if (!x)
            throw BaseError("TypeError: null");
        return x;
    };
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        throwAt.clear();
        H->sync(SyncOptions().force(true));
        for (auto [nm, n] : QList<std::pair<QString, int>>{{"a", 1}, {"b", 2}, {"c", 3}})
            H->create({{"name", nm}, {"n", n}}, SaveOptions().hooks(false));
        H->destroy(Where({{"id", 3}}), DestroyOptions().hooks(false));
        QJsonArray res;
        int k = 0;
        const bool throwing = it.value().isObject();
        throwAt = it.value().toObject()["throwAt"].toString();
        const QJsonArray seq
            = throwing ? it.value().toObject()["seq"].toArray() : it.value().toArray();
        for (const auto &ov : seq) {
            const QString op = ov.toString();
            logged.clear();
            ++k;
            const QString K = QString::number(k);
            QJsonValue r = "ok";
            try {
                if (op == "create")
                    H->create({{"name", "x" + K}, {"n", 5}});
                else if (op == "createInvalid")
                    H->create({{"name", ""}, {"n", 5}});
                else if (op == "createNull")
                    H->create({{"n", 5}});
                else if (op == "build_save")
                    H->build({{"name", "y" + K}})->save();
                else if (op == "saveChanged") {
                    auto x = pk(1, quiet);
                    x->set("n", 40 + k);
                    logged.clear();
                    x->save();
                } else if (op == "saveUnchanged") {
                    auto x = pk(1, quiet);
                    logged.clear();
                    x->save();
                } else if (op == "saveInvalid") {
                    auto x = pk(1, quiet);
                    x->set("name", "");
                    logged.clear();
                    x->save();
                } else if (op == "instUpdate") {
                    auto x = pk(2, quiet);
                    logged.clear();
                    x->update({{"n", 50 + k}});
                } else if (op == "instUpdateSame") {
                    auto x = pk(2, quiet);
                    logged.clear();
                    x->update({{"n", x->get("n")}});
                } else if (op == "instDestroy") {
                    auto x = pk(1, FindOptions().hooks(false).paranoid(false));
                    logged.clear();
                    x->destroy();
                } else if (op == "instForce") {
                    auto x = pk(2, FindOptions().hooks(false).paranoid(false));
                    logged.clear();
                    x->destroy(DestroyOptions().force());
                } else if (op == "instRestore") {
                    auto x = pk(3, FindOptions().hooks(false).paranoid(false));
                    logged.clear();
                    x->restore();
                } else if (op == "staticUpdate")
                    r = H->update({{"n", 7}}, Where({{"id", QVariantList{1, 2}}}));
                else if (op == "staticUpdateIndiv")
                    r = H->update({{"n", 8}}, Where({{"id", QVariantList{1, 2}}}),
                                  UpdateOptions().individualHooks());
                else if (op == "staticUpdateNone")
                    r = H->update({{"n", 8}}, Where({{"id", 99}}),
                                  UpdateOptions().individualHooks());
                else if (op == "staticUpdateEmpty")
                    r = H->update({}, Where({{"id", 1}}));
                else if (op == "staticUpdateEmptyIndiv")
                    r = H->update({}, Where({{"id", 1}}), UpdateOptions().individualHooks());
                else if (op == "staticUpdateSameIndiv")
                    r = H->update({{"n", 2}}, Where({{"id", 2}}),
                                  UpdateOptions().individualHooks());
                else if (op == "staticUpdateSameIndivSilent")
                    r = H->update({{"n", 2}}, Where({{"id", 2}}),
                                  UpdateOptions().individualHooks().silent());
                else if (op == "staticUpdateSame")
                    r = H->update({{"n", 2}}, Where({{"id", 2}}));
                else if (op == "staticDestroy")
                    r = H->destroy(Where({{"id", 1}}));
                else if (op == "staticDestroyIndiv")
                    r = H->destroy(Where({{"id", QVariantList{1, 2}}}),
                                   DestroyOptions().individualHooks());
                else if (op == "staticDestroyNone")
                    r = H->destroy(Where({{"id", 99}}), DestroyOptions().individualHooks());
                else if (op == "staticRestore")
                    H->restore(Where({{"id", 3}}));
                else if (op == "staticRestoreIndiv")
                    H->restore(Where({{"id", 3}}), DestroyOptions().individualHooks());
                else if (op == "bulkCreate")
                    H->bulkCreate({{{"name", "p" + K}}, {{"name", "q" + K}}});
                else if (op == "bulkCreateIndiv")
                    H->bulkCreate({{{"name", "p" + K}}, {{"name", "q" + K}}},
                                  BulkCreateOptions().individualHooks());
                else if (op == "bulkCreateValidate")
                    H->bulkCreate({{{"name", "p" + K}}, {{"name", ""}}},
                                  BulkCreateOptions().validate());
                else if (op == "upsertNew")
                    H->upsert({{"name", "u" + K}, {"n", 1}});
                else if (op == "upsertOld")
                    H->upsert({{"id", 1}, {"name", "a"}, {"n", 11}});
                else if (op == "findAll")
                    H->findAll();
                else if (op == "findOne")
                    H->findOne(FindOptions().where(Where({{"id", 99}})));
                else if (op == "findByPk")
                    H->findByPk(1);
                else if (op == "count")
                    H->count();
                else if (op == "max")
                    H->max("n");
                else if (op == "staticIncrement")
                    H->increment({{"n", 1}}, Where({{"id", 1}}));
                else if (op == "instIncrement") {
                    auto x = pk(2, quiet);
                    logged.clear();
                    x->increment("n");
                } else if (op == "findOrCreateOld")
                    H->findOrCreate(FindOptions().where(Where({{"name", "b"}})), {{"n", 1}});
                else if (op == "findOrCreateNew")
                    H->findOrCreate(FindOptions().where(Where({{"name", "f" + K}})), {{"n", 1}});
                else if (op == "findAndCountAll") {
                    qint64 c = 0;
                    H->findAndCountAll(FindOptions().where(Where::fromJson(
                                           QJsonObject{{"n", QJsonObject{{"gt", 0}}}})),
                                       &c);
                } else if (op == "reload") {
                    auto x = pk(2, quiet);
                    logged.clear();
                    x->reload();
                } else if (op == "hooksOff")
                    H->create({{"name", "h" + K}}, SaveOptions().hooks(false));
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            res.append(QJsonArray{op, r, QJsonArray::fromStringList(logged)});
        }
        throwAt.clear();
        if (!throwing) {
            out[it.key()] = res;
            continue;
        }
        QJsonArray state;
        for (const auto &r : H->findAllRaw(FindOptions().paranoid(false).hooks(false).order("id")))
            state.append(QJsonArray{r["id"].toInt(), r["name"].toString(),
                                    r["n"].isNull() ? QJsonValue() : QJsonValue(r["n"].toInt()),
                                    r["deletedAt"].isNull()});
        out[it.key()] = QJsonObject{{"res", res}, {"state", state}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
