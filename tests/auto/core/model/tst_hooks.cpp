// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Lifecycle hooks, ported from Sequelize v6's test/integration/hooks/create.test.js,
// updateAttributes.test.js, destroy.test.js, find.test.js and hooks.test.js (sync hooks,
// removal) on every dialect: which hooks run, a throw in a before hook stops the operation and
// the hooks after it, a throw in an after hook reaches the caller, what the hooks change is
// kept, and hooks registered separately run in registration order, beforeSave/afterSave among
// the create and update hooks as Sequelize's proxies. Each slot names the `it(...)` it ports.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/SequelizeHooks>

#include <QtTest/qtest.h>

#include <functional>

#include "hookrecorder.h"
#include "testdatabases.h"

using namespace QtSequelize;

class tst_Hooks : public HookTest
{
    Q_OBJECT

private slots:
    // create: "should run hooks", "should return an error from before", "should return an
    // error from after"
    void create_data() { TestDatabases::addDialectRows(); }
    void create()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        QStringList log;
        hook(user, &log, "beforeCreate");
        hook(user, &log, "afterCreate");
        hook(user, &log, "beforeSave");
        hook(user, &log, "afterSave");
        user->create({{"username", "Toni"}, {"mood", "happy"}});
        QCOMPARE(log, QStringList({"beforeCreate", "beforeSave", "afterCreate", "afterSave"}));

        auto *failing = s->define("Failing", {{"username", DataTypes::String()}});
        failing->sync(SyncOptions().force());
        log.clear();
        const auto before = hook(failing, &log, "beforeCreate", whoops);
        hook(failing, &log, "afterCreate");
        hook(failing, &log, "beforeSave");
        hook(failing, &log, "afterSave");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, failing->create({{"username", "Toni"}}));
        QCOMPARE(log, QStringList{"beforeCreate"});
        QCOMPARE(failing->count(), qint64(0)); // beyond the original: nothing was written

        failing->removeHooks(before);
        log.clear();
        auto *after = s->define("FailingAfter", {{"username", DataTypes::String()}});
        after->sync(SyncOptions().force());
        hook(after, &log, "beforeCreate");
        hook(after, &log, "afterCreate", whoops);
        hook(after, &log, "beforeSave");
        hook(after, &log, "afterSave");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, after->create({{"username", "Toni"}}));
        QCOMPARE(log, QStringList({"beforeCreate", "beforeSave", "afterCreate"}));
        // Beyond the original: as Sequelize's (no transaction of its own), the row stays.
        QCOMPARE(after->count(), qint64(1));
    }

    // create: "should not trigger hooks on parent when using N:M association setters"
    void belongsToManySetters_data() { TestDatabases::addDialectRows(); }
    void belongsToManySetters()
    {
        QSQ_OPEN_DIALECT(s);
        auto *a = s->define("A", {{"name", DataTypes::String()}});
        auto *b = s->define("B", {{"name", DataTypes::String()}});
        QStringList log;
        hook(a, &log, "afterCreate");
        b->belongsToMany(a, AssociationOptions().through("a_b"));
        a->belongsToMany(b, AssociationOptions().through("a_b"));
        s->sync(SyncOptions().force());
        const auto aa = a->create({{"name", "a"}});
        const auto bb = b->create({{"name", "b"}});
        aa->addAssociated("Bs", QVariantList{bb->get("id")});
        QCOMPARE(log, QStringList{"afterCreate"});
        QVERIFY(aa->hasAssociated("Bs", QVariantList{bb->get("id")}));
    }

    // create: "preserves changes to instance" (beforeValidate, afterValidate, beforeCreate,
    // beforeSave, beforeSave with beforeCreate)
    void createKeepsChanges_data() { TestDatabases::addDialectRows(); }
    void createKeepsChanges()
    {
        QSQ_OPEN_DIALECT(s);
        const struct
        {
            const char *hookName;
            const char *mood;
        } cases[] = {{"beforeValidate", "happy"},
                     {"afterValidate", "neutral"},
                     {"beforeCreate", "happy"},
                     {"beforeSave", "happy"}};
        for (const auto &c : cases) {
            auto *user = defineUser(s.get());
            QStringList log;
            const QString mood = QLatin1String(c.mood);
            hook(user, &log, QLatin1String(c.hookName), [mood](Model *m) { m->set("mood", mood); });
            const auto u = user->create({{"username", "leafninja"}, {"mood", "sad"}});
            QCOMPARE(u->get("mood").toString(), mood);
            QCOMPARE(u->get("username").toString(), QStringLiteral("leafninja"));
            QCOMPARE(log.size(), 1);
            QCOMPARE(user->findByPk(u->get("id"))->get("mood").toString(), mood);
            s->sync(SyncOptions().force());
        }
        // beforeCreate registered first, beforeSave after it: beforeSave has the last word.
        auto *user = defineUser(s.get());
        QStringList log;
        hook(user, &log, "beforeCreate", [](Model *m) { m->set("mood", "sad"); });
        hook(user, &log, "beforeSave", [](Model *m) { m->set("mood", "happy"); });
        const auto u = user->create({{"username", "akira"}});
        QCOMPARE(u->get("mood").toString(), QStringLiteral("happy"));
        QCOMPARE(log, QStringList({"beforeCreate", "beforeSave"}));
        QCOMPARE(user->findByPk(u->get("id"))->get("mood").toString(), QStringLiteral("happy"));
    }

    // updateAttributes: "should run hooks", "should return an error from before", "should
    // return an error from after"
    void update_data() { TestDatabases::addDialectRows(); }
    void update()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        QStringList log;
        hook(user, &log, "beforeUpdate");
        hook(user, &log, "afterUpdate");
        hook(user, &log, "beforeSave");
        hook(user, &log, "afterSave");
        auto u = user->create({{"username", "Toni"}, {"mood", "happy"}});
        u->update({{"username", "Chong"}});
        QCOMPARE(log,
                 QStringList({"beforeSave", "afterSave", "beforeUpdate", "beforeSave",
                              "afterUpdate", "afterSave"}));
        QCOMPARE(u->get("username").toString(), QStringLiteral("Chong"));

        user = s->define("Before", {{"username", DataTypes::String()}});
        user->sync(SyncOptions().force());
        log.clear();
        hook(user, &log, "beforeUpdate", whoops);
        hook(user, &log, "afterUpdate");
        hook(user, &log, "beforeSave");
        hook(user, &log, "afterSave");
        u = user->create({{"username", "Toni"}});
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, u->update({{"username", "Chong"}}));
        QCOMPARE(log, QStringList({"beforeSave", "afterSave", "beforeUpdate"}));
        QCOMPARE(user->findByPk(u->get("id"))->get("username").toString(),
                 QStringLiteral("Toni")); // beyond the original: nothing was written

        user = s->define("After", {{"username", DataTypes::String()}});
        user->sync(SyncOptions().force());
        log.clear();
        hook(user, &log, "beforeUpdate");
        hook(user, &log, "afterUpdate", whoops);
        hook(user, &log, "beforeSave");
        hook(user, &log, "afterSave");
        u = user->create({{"username", "Toni"}});
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, u->update({{"username", "Chong"}}));
        QCOMPARE(
            log,
            QStringList({"beforeSave", "afterSave", "beforeUpdate", "beforeSave", "afterUpdate"}));
        QCOMPARE(user->findByPk(u->get("id"))->get("username").toString(), QStringLiteral("Chong"));
    }

    // updateAttributes: "preserves changes to instance" (beforeValidate, afterValidate,
    // beforeSave, beforeSave with beforeUpdate)
    void updateKeepsChanges_data() { TestDatabases::addDialectRows(); }
    void updateKeepsChanges()
    {
        QSQ_OPEN_DIALECT(s);
        {
            auto *user = defineUser(s.get());
            QStringList log;
            // The created mood is not a value of the ENUM: the hook fixes it before each
            // validation.
            hook(user, &log, "beforeValidate", [](Model *m) { m->set("mood", "happy"); });
            const auto u = user->create({{"username", "fireninja"}, {"mood", "invalid"}});
            u->update({{"username", "hero"}});
            QCOMPARE(u->get("username").toString(), QStringLiteral("hero"));
            QCOMPARE(u->get("mood").toString(), QStringLiteral("happy"));
        }
        {
            auto *user = defineUser(s.get());
            QStringList log;
            hook(user, &log, "afterValidate", [](Model *m) { m->set("mood", "sad"); });
            const auto u = user->create({{"username", "fireninja"}, {"mood", "neutral"}});
            u->update({{"username", "spider"}});
            QCOMPARE(u->get("username").toString(), QStringLiteral("spider"));
            QCOMPARE(u->get("mood").toString(), QStringLiteral("sad"));
            QCOMPARE(user->findByPk(u->get("id"))->get("mood").toString(), QStringLiteral("sad"));
        }
        {
            auto *user = defineUser(s.get());
            QStringList log;
            hook(user, &log, "beforeSave", [](Model *m) { m->set("mood", "happy"); });
            const auto u = user->create({{"username", "fireninja"}, {"mood", "neutral"}});
            u->update({{"username", "spider"}, {"mood", "sad"}});
            QCOMPARE(u->get("username").toString(), QStringLiteral("spider"));
            QCOMPARE(u->get("mood").toString(), QStringLiteral("happy"));
            QCOMPARE(log.size(), 2);
            QCOMPARE(user->findByPk(u->get("id"))->get("mood").toString(), QStringLiteral("happy"));
        }
        {
            auto *user = defineUser(s.get());
            QStringList log;
            hook(user, &log, "beforeUpdate", [](Model *m) { m->set("mood", "sad"); });
            hook(user, &log, "beforeSave", [](Model *m) { m->set("mood", "happy"); });
            const auto u = user->create({{"username", "akira"}});
            u->update({{"username", "spider"}, {"mood", "sad"}});
            QCOMPARE(u->get("mood").toString(), QStringLiteral("happy"));
            QCOMPARE(u->get("username").toString(), QStringLiteral("spider"));
            QCOMPARE(log.size(), 3);
            QCOMPARE(user->findByPk(u->get("id"))->get("mood").toString(), QStringLiteral("happy"));
        }
    }

    // One ModelHooks overriding all of them: Sequelize's order when they are registered in
    // the order the class declares them (conformance scenario 21).
    void oneObjectOrder_data() { TestDatabases::addDialectRows(); }
    void oneObjectOrder()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        QStringList log;
        user->addHooks(QSharedPointer<Recorder>::create(&log));
        const auto u = user->create({{"username", "Toni"}});
        QCOMPARE(log,
                 QStringList({"beforeValidate", "afterValidate", "beforeCreate", "beforeSave",
                              "afterCreate", "afterSave"}));
        log.clear();
        u->update({{"username", "Chong"}});
        QCOMPARE(log,
                 QStringList({"beforeValidate", "afterValidate", "beforeSave", "beforeUpdate",
                              "beforeValidate", "afterValidate", "afterSave", "afterUpdate"}));
    }

    // destroy: "should run hooks", "should return an error from before", "should return an
    // error from after"
    void destroy_data() { TestDatabases::addDialectRows(); }
    void destroy()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        QStringList log;
        hook(user, &log, "beforeDestroy");
        hook(user, &log, "afterDestroy");
        user->create({{"username", "Toni"}, {"mood", "happy"}})->destroy();
        QCOMPARE(log, QStringList({"beforeDestroy", "afterDestroy"}));
        QCOMPARE(user->count(), qint64(0));

        auto *before = s->define("Before", {{"username", DataTypes::String()}});
        before->sync(SyncOptions().force());
        log.clear();
        hook(before, &log, "beforeDestroy", whoops);
        hook(before, &log, "afterDestroy");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 before->create({{"username", "Toni"}})->destroy());
        QCOMPARE(log, QStringList{"beforeDestroy"});
        QCOMPARE(before->count(), qint64(1));

        auto *after = s->define("After", {{"username", DataTypes::String()}});
        after->sync(SyncOptions().force());
        log.clear();
        hook(after, &log, "beforeDestroy");
        hook(after, &log, "afterDestroy", whoops);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 after->create({{"username", "Toni"}})->destroy());
        QCOMPARE(log, QStringList({"beforeDestroy", "afterDestroy"}));
        QCOMPARE(after->count(), qint64(0));
    }

    // destroy with paranoid mode enabled: "sets other changed values when soft deleting and a
    // beforeDestroy hooks kicks in", "should not throw error when a beforeDestroy hook changes
    // a virtual column"
    void softDestroyKeepsChanges_data() { TestDatabases::addDialectRows(); }
    void softDestroyKeepsChanges()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user
            = s->define("ParanoidUser",
                        {{"username", DataTypes::String()},
                         {"updatedBy", DataTypes::Integer()},
                         {"virtualField", Attribute(DataTypes::Virtual()).get([](const Model &m) {
                              return QVariant(m.getDataValue("updatedBy").toInt() - 1);
                          })}},
                        ModelOptions().paranoid());
        QStringList log;
        hook(user, &log, "beforeDestroy", [](Model *m) { m->set("updatedBy", 1); });
        user->sync(SyncOptions().force());
        user->create({{"username", "user1"}})->destroy();
        auto found = user->findOne(FindOptions().paranoid(false));
        QCOMPARE(found->get("updatedBy").toInt(), 1);
        QVERIFY(found->get("deletedAt").toDateTime().isValid());

        hook(user, &log, "beforeDestroy", [](Model *m) { m->set("virtualField", 2); });
        user->sync(SyncOptions().force());
        user->create({{"username", "user1"}})->destroy();
        found = user->findOne(FindOptions().paranoid(false));
        QCOMPARE(found->get("virtualField").toInt(), 0);
        QVERIFY(found->get("deletedAt").toDateTime().isValid());
    }

    // find: "all hooks run", "beforeFind hook can change options", "afterFind hook can change
    // results", the "on error" cases
    void find_data() { TestDatabases::addDialectRows(); }
    void find()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        user->bulkCreate(
            {{{"username", "adam"}, {"mood", "happy"}}, {{"username", "joe"}, {"mood", "sad"}}});
        QStringList log;
        auto all = QSharedPointer<Recorder>::create(&log);
        all->only = {"beforeFind", "beforeFindAfterExpandIncludeAll", "beforeFindAfterOptions",
                     "afterFind"};
        user->addHooks(all);
        auto u = user->findOne(FindOptions().where({{"username", "adam"}}));
        QCOMPARE(u->get("mood").toString(), QStringLiteral("happy"));
        QCOMPARE(log, all->only);
        user->removeHooks(all);

        auto change = QSharedPointer<Recorder>::create(&log);
        change->only = {"beforeFind"};
        change->findChange = [](FindOptions &o) { o.where({{"username", "joe"}}); };
        user->addHooks(change);
        u = user->findOne(FindOptions().where({{"username", "adam"}}));
        QCOMPARE(u->get("mood").toString(), QStringLiteral("sad"));
        user->removeHooks(change);

        const auto results = hook(user, &log, "afterFind", [](Model *m) {
            if (m)
                m->set("mood", "sad");
        });
        u = user->findOne(FindOptions().where({{"username", "adam"}}));
        QCOMPARE(u->get("mood").toString(), QStringLiteral("sad"));
        user->removeHooks(results);

        for (const char *name : {"beforeFind", "beforeFindAfterExpandIncludeAll",
                                 "beforeFindAfterOptions", "afterFind"}) {
            const auto failing = hook(user, &log, QLatin1String(name),
                                      [](Model *) { throw std::runtime_error("Oops!"); });
            try {
                user->findOne(FindOptions().where({{"username", "adam"}}));
                QFAIL("the hook's error was dropped");
            } catch (const std::runtime_error &e) {
                QCOMPARE(QString::fromLatin1(e.what()), QStringLiteral("Oops!"));
            }
            user->removeHooks(failing);
        }
        QCOMPARE(user->findAll().size(), 2);
    }

    // hooks.test.js, Model#sync: "should run hooks", "should not run hooks when hooks = false
    // option passed", "should return an error from before", "should return an error from
    // after"; sequelize#sync likewise with the bulk sync hooks
    void sync_data() { TestDatabases::addDialectRows(); }
    void sync()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        QStringList log;
        const auto both = QSharedPointer<Recorder>::create(&log);
        both->only = {"beforeSync", "afterSync"};
        user->addHooks(both);
        user->sync();
        QCOMPARE(log, QStringList({"beforeSync", "afterSync"}));
        log.clear();
        user->sync(SyncOptions().hooks(false));
        QVERIFY(log.isEmpty());

        class BulkSync : public SequelizeHooks
        {
        public:
            QStringList *log = nullptr;
            bool failBefore = false;
            bool failAfter = false;
            void beforeBulkSync(SyncOptions &) override
            {
                log->append("beforeBulkSync");
                if (failBefore)
                    throw std::runtime_error("Whoops!");
            }
            void afterBulkSync(const SyncOptions &) override
            {
                log->append("afterBulkSync");
                if (failAfter)
                    throw std::runtime_error("Whoops!");
            }
        };
        auto bulk = QSharedPointer<BulkSync>::create();
        bulk->log = &log;
        s->addHooks(bulk);
        log.clear();
        s->sync();
        QCOMPARE(log, QStringList({"beforeBulkSync", "beforeSync", "afterSync", "afterBulkSync"}));
        log.clear();
        s->sync(SyncOptions().hooks(false));
        QVERIFY(log.isEmpty());
        bulk->failBefore = true;
        log.clear();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, s->sync());
        QCOMPARE(log, QStringList{"beforeBulkSync"});
        bulk->failBefore = false;
        bulk->failAfter = true;
        log.clear();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, s->sync());
        QCOMPARE(log, QStringList({"beforeBulkSync", "beforeSync", "afterSync", "afterBulkSync"}));

        user->removeHooks(both);
        const auto failing = hook(user, &log, "beforeSync", whoops);
        log.clear();
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->sync());
        QCOMPARE(log, QStringList{"beforeSync"});
    }

    // As Sequelize: onDelete CASCADE with hooks(true) destroys the targets one by one when the
    // source's row is deleted; a soft-deleted (paranoid) source cascades nothing, as the
    // database's ON DELETE CASCADE does not act either. force() deletes, and cascades.
    void paranoidSourceCascadesNothing_data() { TestDatabases::addDialectRows(); }
    void paranoidSourceCascadesNothing()
    {
        QSQ_OPEN_DIALECT(s);
        auto *project
            = s->define("Project", {{"title", DataTypes::String()}}, ModelOptions().paranoid());
        auto *task = s->define("Task", {{"title", DataTypes::String()}}, ModelOptions().paranoid());
        project->hasMany(task, AssociationOptions().onDelete("CASCADE").hooks(true));
        task->belongsTo(project);
        s->sync(SyncOptions().force());
        QStringList log;
        hook(task, &log, "beforeDestroy");
        auto p = project->create({{"title", "p"}});
        task->create({{"title", "t1"}, {"ProjectId", p->get("id")}});
        p->destroy();
        QVERIFY(log.isEmpty());
        QCOMPARE(task->count(), qint64(1));
        QCOMPARE(project->count(), qint64(0));
        project->destroy(Where(), DestroyOptions().individualHooks());
        QVERIFY(log.isEmpty());
        QCOMPARE(task->count(), qint64(1));

        auto q = project->create({{"title", "q"}});
        task->create({{"title", "t2"}, {"ProjectId", q->get("id")}});
        q->destroy(DestroyOptions().force());
        QCOMPARE(log, QStringList{"beforeDestroy"});
        // t2 is gone (its soft delete first, then the database's cascade); t1 is untouched.
        QCOMPARE(task->count(FindOptions().paranoid(false)), qint64(1));
        QCOMPARE(task->findOne()->get("title").toString(), QString("t1"));
    }

    // hooks/associations.test.js, 1:1 and 1:M: "cascade onDelete" #remove "with no errors" and
    // "with errors", "no cascade update" "on success" and "on error", "no cascade delete"
    // #remove "with no errors"
    void associations_data() { TestDatabases::addDialectRows(); }
    void associations()
    {
        QSQ_OPEN_DIALECT(s);
        for (const bool many : {false, true}) {
            auto *project = s->define("Project", {{"title", DataTypes::String()}});
            auto *task = s->define("Task", {{"title", DataTypes::String()}});
            if (many)
                project->hasMany(task, AssociationOptions().onDelete("CASCADE").hooks(true));
            else
                project->hasOne(task, AssociationOptions().onDelete("CASCADE").hooks(true));
            task->belongsTo(project);
            s->sync(SyncOptions().force());
            const QString name = many ? QStringLiteral("Tasks") : QStringLiteral("Task");
            const auto link = [&](const QSharedPointer<Model> &p, const QSharedPointer<Model> &t) {
                if (many)
                    p->addAssociated(name, QVariantList{t->get("id")});
                else
                    p->setAssociated(name, t->get("id"));
            };
            QStringList log;
            hook(project, &log, "beforeCreate");
            hook(project, &log, "afterCreate");
            hook(task, &log, "beforeDestroy");
            hook(task, &log, "afterDestroy");
            auto p = project->create({{"title", "New Project"}});
            auto t = task->create({{"title", "New Task"}});
            link(p, t);
            p->destroy();
            QCOMPARE(log,
                     QStringList({"beforeCreate", "afterCreate", "beforeDestroy", "afterDestroy"}));
            QCOMPARE(task->count(), qint64(0));

            const auto failing = hook(task, &log, "beforeDestroy", whoops);
            log.clear();
            p = project->create({{"title", "New Project"}});
            t = task->create({{"title", "New Task"}});
            link(p, t);
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, p->destroy());
            QCOMPARE(
                log,
                QStringList({"beforeCreate", "afterCreate", "beforeDestroy", "beforeDestroy"}));
            // Beyond the original: the throw stopped the destroy before the project's row.
            QCOMPARE(project->count(FindOptions().where({{"id", p->get("id")}})), qint64(1));
            QCOMPARE(task->count(), qint64(1));
        }

        // No cascade: hasOne's setter saves the target (its update hooks run, a throw reaches
        // the caller); hasMany's add and remove update the targets by one statement, without
        // their instance hooks.
        for (const bool many : {false, true}) {
            auto *project = s->define("Project", {{"title", DataTypes::String()}});
            auto *task = s->define("Task", {{"title", DataTypes::String()}});
            if (many)
                project->hasMany(task);
            else
                project->hasOne(task);
            task->belongsTo(project);
            s->sync(SyncOptions().force());
            QStringList log;
            hook(task, &log, "beforeUpdate");
            hook(task, &log, "afterUpdate");
            const auto p = project->create({{"title", "New Project"}});
            const auto t = task->create({{"title", "New Task"}});
            if (many) {
                p->addAssociated("Tasks", QVariantList{t->get("id")});
                p->removeAssociated("Tasks", QVariantList{t->get("id")});
                QVERIFY(log.isEmpty());
                continue;
            }
            p->setAssociated("Task", t->get("id"));
            QCOMPARE(log, QStringList({"beforeUpdate", "afterUpdate"}));
            QCOMPARE(task->findByPk(t->get("id"))->get("ProjectId"), p->get("id"));
            // Already linked: nothing is saved.
            p->setAssociated("Task", t->get("id"));
            QCOMPARE(log.size(), 2);
            // A new target: the old one is saved unlinked, the new one linked.
            const auto other = task->create({{"title", "Other"}});
            log.clear();
            p->setAssociated("Task", Model::instanceVariant(other.data()));
            QCOMPARE(log,
                     QStringList({"beforeUpdate", "afterUpdate", "beforeUpdate", "afterUpdate"}));
            QVERIFY(task->findByPk(t->get("id"))->get("ProjectId").isNull());
            QCOMPARE(other->get("ProjectId"), p->get("id"));
            QCOMPARE(p->loadedTargets("Task").first()->get("id"), other->get("id"));
            // "on error": the target's afterUpdate throws, and so does the setter.
            hook(task, &log, "afterUpdate", whoops);
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, p->setAssociated("Task", t->get("id")));
        }
    }

    // hooks.test.js, #removal: "should be able to remove by reference", "should be able to
    // remove proxies"
    void removal_data() { TestDatabases::addDialectRows(); }
    void removal()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        QStringList sasuke;
        QStringList naruto;
        const auto sasukeHook = hook(user, &sasuke, "beforeCreate");
        hook(user, &naruto, "beforeCreate");
        user->create({{"username", "makunouchi"}});
        QCOMPARE(sasuke.size(), 1);
        QCOMPARE(naruto.size(), 1);
        user->removeHooks(sasukeHook);
        user->create({{"username", "sendo"}});
        QCOMPARE(sasuke.size(), 1);
        QCOMPARE(naruto.size(), 2);

        QStringList sasukeSave;
        QStringList narutoSave;
        const auto sasukeSaveHook = hook(user, &sasukeSave, "beforeSave");
        hook(user, &narutoSave, "beforeSave");
        const auto u = user->create({{"username", "makunouchi"}});
        QCOMPARE(sasukeSave.size(), 1);
        QCOMPARE(narutoSave.size(), 1);
        user->removeHooks(sasukeSaveHook);
        u->update({{"username", "sendo"}});
        QCOMPARE(sasukeSave.size(), 1);
        QCOMPARE(narutoSave.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Hooks)
#include "tst_hooks.moc"
