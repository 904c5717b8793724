// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The hooks the association mixins run, on every dialect, as Sequelize 6.37.8 ran them (the
// same thirteen steps recorded on SQLite, PostgreSQL and MariaDB): a belongsTo setter is a save
// of the foreign key (validated once, as a save with fields is), a hasMany setter updates only
// the targets to unlink and to link (no bulk update hooks for nothing, no updatedAt moved on a
// target already linked), a belongsToMany one bulk-creates and bulk-destroys junction rows.

#include <QtSequelize/AssociationOptions>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_AssociationHooks : public QObject
{
    Q_OBJECT

    // Records "Model.hook" in a log shared by the models.
    class Recorder : public ModelHooks
    {
    public:
        Recorder(const QString &model, QStringList *log)
            : model(model)
            , log(log)
        {
        }
        QString model;
        QStringList *log;
        void note(const char *hook) { log->append(model + QLatin1Char('.') + QLatin1String(hook)); }
        void beforeValidate(Model *, const HookOptions &) override { note("beforeValidate"); }
        void afterValidate(Model *, const HookOptions &) override { note("afterValidate"); }
        void beforeCreate(Model *, const HookOptions &) override { note("beforeCreate"); }
        void afterCreate(Model *, const HookOptions &) override { note("afterCreate"); }
        void beforeSave(Model *, const HookOptions &) override { note("beforeSave"); }
        void afterSave(Model *, const HookOptions &) override { note("afterSave"); }
        void beforeUpdate(Model *, const HookOptions &) override { note("beforeUpdate"); }
        void afterUpdate(Model *, const HookOptions &) override { note("afterUpdate"); }
        void beforeBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) override
        {
            note("beforeBulkCreate");
        }
        void afterBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) override
        {
            note("afterBulkCreate");
        }
        void beforeBulkUpdate(QVariantMap &, Where &, const HookOptions &) override
        {
            note("beforeBulkUpdate");
        }
        void afterBulkUpdate(int, const HookOptions &) override { note("afterBulkUpdate"); }
        void beforeBulkDestroy(Where &, const HookOptions &) override { note("beforeBulkDestroy"); }
        void afterBulkDestroy(int, const HookOptions &) override { note("afterBulkDestroy"); }
    };

private slots:
    void mixins_data() { TestDatabases::addDialectRows(); }
    void mixins()
    {
        QSQ_OPEN_DIALECT(s);
        QStringList log;
        const auto define = [&](const char *name, const Attributes &attributes) {
            ModelDefinition *m = s->define(QLatin1String(name), attributes);
            m->addHooks(QSharedPointer<Recorder>::create(QLatin1String(name), &log));
            return m;
        };
        ModelDefinition *user = define("User", {{"name", DataTypes::String()}});
        ModelDefinition *group = define("Group", {{"name", DataTypes::String()}});
        ModelDefinition *task = define("Task", {{"name", DataTypes::String()}});
        ModelDefinition *project = define("Project", {{"name", DataTypes::String()}});
        ModelDefinition *member = define("Member", {{"role", DataTypes::String()}});
        user->belongsTo(group);
        group->hasMany(user);
        user->hasMany(task);
        task->belongsTo(user);
        user->belongsToMany(project, AssociationOptions().through(member));
        project->belongsToMany(user, AssociationOptions().through(member));
        s->sync(SyncOptions().force());
        const auto u = user->create({{"name", "u"}});
        const auto g = group->create({{"name", "g"}});
        const auto t1 = task->create({{"name", "t1"}});
        const auto t2 = task->create({{"name", "t2"}});
        const auto p1 = project->create({{"name", "p1"}});
        const auto p2 = project->create({{"name", "p2"}});
        const auto ran = [&](const std::function<void()> &step) {
            log.clear();
            step();
            QStringList sorted = log; // one recorder per model: compared as sets of calls
            sorted.sort();
            return sorted;
        };
        const auto v = [](const QSharedPointer<Model> &m) { return QVariant::fromValue(m); };
        const QStringList saveUser{"User.afterSave",     "User.afterUpdate",
                                   "User.afterValidate", "User.beforeSave",
                                   "User.beforeUpdate",  "User.beforeValidate"}; // sorted
        // A save with fields validates once (twice before, as a save without fields does).
        QCOMPARE(ran([&] { u->setAssociated("Group", v(g)); }), saveUser);
        QCOMPARE(ran([&] { u->setAssociated("Group", QVariant()); }), saveUser);
        const QStringList bulkUpdate{"Task.afterBulkUpdate", "Task.afterValidate",
                                     "Task.beforeBulkUpdate", "Task.beforeValidate"};
        // Nothing linked yet: one UPDATE (an unlinking one matching nothing ran too).
        QCOMPARE(ran([&] { u->setAssociated("Tasks", QVariantList{v(t1), v(t2)}); }), bulkUpdate);
        const QDateTime linkedAt = task->findByPk(t1->get("id"))->get("updatedAt").toDateTime();
        QTest::qWait(20);
        // t1 stays, t2 goes: one UPDATE, and t1's row is left alone.
        QCOMPARE(ran([&] { u->setAssociated("Tasks", QVariantList{v(t1)}); }), bulkUpdate);
        QCOMPARE(task->findByPk(t1->get("id"))->get("updatedAt").toDateTime(), linkedAt);
        QVERIFY(task->findByPk(t2->get("id"))->get("UserId").isNull());
        QCOMPARE(ran([&] { u->setAssociated("Tasks", QVariantList{v(t1)}); }), QStringList());
        QCOMPARE(ran([&] { u->removeAssociated("Tasks", {v(t1)}); }), bulkUpdate);
        QCOMPARE(ran([&] { u->addAssociated("Tasks", {v(t1)}); }), bulkUpdate);
        QCOMPARE(ran([&] { u->setAssociated("Tasks", QVariantList{t1->get("id").toString()}); }),
                 QStringList()); // a key as text is the same target
        QCOMPARE(ran([&] {
                     u->addAssociated("Projects", {v(p1), v(p2)},
                                      SaveOptions().through({{"role", "r"}}));
                 }),
                 QStringList({"Member.afterBulkCreate", "Member.beforeBulkCreate"}));
        QCOMPARE(ran([&] { u->setAssociated("Projects", QVariantList{v(p2)}); }),
                 QStringList({"Member.afterBulkDestroy", "Member.beforeBulkDestroy"}));
    }

    // Sequelize's beforeAssociate/afterAssociate run around defining an association of the
    // model (its own hooks and the Sequelize's model hooks); beforeAssociate may change the
    // options, here the foreign key, which the table and the mixins then use.
    void associateHooks_data() { TestDatabases::addDialectRows(); }
    void associateHooks()
    {
        QSQ_OPEN_DIALECT(s);
        struct Associating : ModelHooks
        {
            void beforeAssociate(ModelDefinition *source, ModelDefinition *target,
                                 const QString &type, AssociationOptions &options) override
            {
                log.append(QStringList{"before", source->name(), target->name(), type}.join(' '));
                if (type == "HasMany")
                    options.foreignKey("ownerId");
            }
            void afterAssociate(ModelDefinition *source, ModelDefinition *target,
                                const QString &type, const QString &association,
                                const AssociationOptions &) override
            {
                log.append(
                    QStringList{"after", source->name(), target->name(), type, association}.join(
                        ' '));
            }
            QStringList log;
        };
        auto *owner = s->define("AhOwner", {{"name", DataTypes::String()}});
        auto *item = s->define("AhItem", {{"title", DataTypes::String()}});
        auto hooks = QSharedPointer<Associating>::create();
        owner->addHooks(hooks);
        owner->hasMany(item, AssociationOptions().as("items"));
        item->belongsTo(owner); // the item's hooks: none registered
        owner->belongsToMany(item, AssociationOptions().as("tagged").through("AhOwnerItems"));
        QCOMPARE(hooks->log,
                 QStringList({"before AhOwner AhItem HasMany", "after AhOwner AhItem HasMany items",
                              "before AhOwner AhItem BelongsToMany",
                              "after AhOwner AhItem BelongsToMany tagged"}));
        QVERIFY(item->attributeNames().contains("ownerId"));
        s->sync(SyncOptions().force());
        const QSharedPointer<Model> o = owner->create({{"name", "o"}});
        o->createAssociated("items", {{"title", "t"}});
        QCOMPARE(item->findOne()->get("ownerId"), o->get("id"));
        auto global = QSharedPointer<Associating>::create();
        s->addModelHooks(global);
        item->hasOne(owner, AssociationOptions().as("keeper").foreignKey("keeperId"));
        QCOMPARE(
            global->log,
            QStringList({"before AhItem AhOwner HasOne", "after AhItem AhOwner HasOne keeper"}));
    }
};

QTEST_GUILESS_MAIN(tst_AssociationHooks)
#include "tst_associationhooks.moc"
