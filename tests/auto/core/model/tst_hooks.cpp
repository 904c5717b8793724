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

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Hooks : public QObject
{
    Q_OBJECT

    // Records each hook it is called for in a log shared by several recorders; an action per
    // hook name may change the instance or throw.
    class Recorder : public ModelHooks
    {
    public:
        explicit Recorder(QStringList *log)
            : log(log)
        {
        }
        QStringList *log;
        QHash<QString, std::function<void(Model *)>> actions;
        QStringList only; // empty: every hook

        void note(const char *hook, Model *instance = nullptr)
        {
            const QString name = QLatin1String(hook);
            if (!only.isEmpty() && !only.contains(name))
                return;
            log->append(name);
            if (const auto action = actions.value(name))
                action(instance);
        }
        void beforeValidate(Model *m, const HookOptions &) override { note("beforeValidate", m); }
        void afterValidate(Model *m, const HookOptions &) override { note("afterValidate", m); }
        void beforeCreate(Model *m, const HookOptions &) override { note("beforeCreate", m); }
        void afterCreate(Model *m, const HookOptions &) override { note("afterCreate", m); }
        void beforeSave(Model *m, const HookOptions &) override { note("beforeSave", m); }
        void afterSave(Model *m, const HookOptions &) override { note("afterSave", m); }
        void beforeUpdate(Model *m, const HookOptions &) override { note("beforeUpdate", m); }
        void afterUpdate(Model *m, const HookOptions &) override { note("afterUpdate", m); }
        void beforeDestroy(Model *m, const HookOptions &) override { note("beforeDestroy", m); }
        void afterDestroy(Model *m, const HookOptions &) override { note("afterDestroy", m); }
        void beforeRestore(Model *m, const HookOptions &) override { note("beforeRestore", m); }
        void afterRestore(Model *m, const HookOptions &) override
        {
            QVERIFY(!m->isSoftDeleted());
            note("afterRestore", m);
        }
        void beforeFind(FindOptions &options) override
        {
            note("beforeFind");
            if (findChange)
                findChange(options);
        }
        void beforeFindAfterExpandIncludeAll(FindOptions &) override
        {
            note("beforeFindAfterExpandIncludeAll");
        }
        void beforeFindAfterOptions(FindOptions &) override { note("beforeFindAfterOptions"); }
        void afterFind(const QList<QSharedPointer<Model>> &results, const FindOptions &) override
        {
            note("afterFind", results.isEmpty() ? nullptr : results.first().data());
        }
        void beforeSync(const SyncOptions &) override { note("beforeSync"); }
        void afterSync(const SyncOptions &) override { note("afterSync"); }
        std::function<void(FindOptions &)> findChange;
    };

    // A hook registered on its own (Sequelize's User.beforeCreate(fn)): one recorder that
    // records only that hook.
    static QSharedPointer<Recorder> hook(ModelDefinition *model, QStringList *log,
                                         const QString &name,
                                         std::function<void(Model *)> action = {})
    {
        auto r = QSharedPointer<Recorder>::create(log);
        r->only = {name};
        if (action)
            r->actions.insert(name, action);
        model->addHooks(r);
        return r;
    }
    static void whoops(Model *) { throw std::runtime_error("Whoops!"); }

    // The bulk hooks, recorded; one of them may throw.
    class BulkRecorder : public ModelHooks
    {
    public:
        QStringList *log = nullptr;
        QString failAt;
        void note(const char *hook)
        {
            log->append(QLatin1String(hook));
            if (failAt == QLatin1String(hook))
                throw std::runtime_error("Whoops!");
        }
        void beforeBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) override
        {
            note("beforeBulkCreate");
        }
        void afterBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) override
        {
            note("afterBulkCreate");
        }
        void beforeBulkUpdate(const QVariantMap &, const Where &, const HookOptions &) override
        {
            note("beforeBulkUpdate");
        }
        void afterBulkUpdate(int, const HookOptions &) override { note("afterBulkUpdate"); }
        void beforeBulkDestroy(const Where &, const HookOptions &) override
        {
            note("beforeBulkDestroy");
        }
        void afterBulkDestroy(int, const HookOptions &) override { note("afterBulkDestroy"); }
        void beforeBulkRestore(const Where &, const HookOptions &) override
        {
            note("beforeBulkRestore");
        }
        void afterBulkRestore(int, const HookOptions &) override { note("afterBulkRestore"); }
    };
    struct BulkLog
    {
        QStringList log;
        QSharedPointer<BulkRecorder> hooks = QSharedPointer<BulkRecorder>::create();
        BulkLog() { hooks->log = &log; }
    };
    // The individualHooks describes' User (paranoid for #bulkRestore).
    static ModelDefinition *defineCounter(Sequelize *s, bool paranoid = false)
    {
        auto *counter
            = s->define(paranoid ? "ParanoidCounter" : "Counter",
                        {{"username", Attribute(DataTypes::String()).defaultValue("")},
                         {"beforeHookTest", Attribute(DataTypes::Boolean()).defaultValue(false)},
                         {"aNumber", Attribute(DataTypes::Integer()).defaultValue(0)}},
                        ModelOptions().paranoid(paranoid));
        counter->sync(SyncOptions().force());
        return counter;
    }

    static ModelDefinition *defineUser(Sequelize *s)
    {
        auto *user = s->define("User",
                               {{"username", Attribute(DataTypes::String()).allowNull(false)},
                                {"mood", DataTypes::Enum({"happy", "sad", "neutral"})}});
        s->sync(SyncOptions().force());
        return user;
    }

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

    // bulkOperation.test.js, #bulkCreate: "should run hooks", the "on error" cases, "with the
    // {individualHooks: true} option" (success and error)
    void bulkCreate_data() { TestDatabases::addDialectRows(); }
    void bulkCreate()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        BulkLog bulk;
        user->addHooks(bulk.hooks);
        const QList<QVariantMap> two
            = {{{"username", "Cheech"}, {"mood", "sad"}}, {{"username", "Chong"}, {"mood", "sad"}}};
        user->bulkCreate(two);
        QCOMPARE(bulk.log, QStringList({"beforeBulkCreate", "afterBulkCreate"}));
        bulk.hooks->failAt = "beforeBulkCreate";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->bulkCreate(two));
        QCOMPARE(user->count(), qint64(2)); // beyond the original: nothing written
        bulk.hooks->failAt = "afterBulkCreate";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->bulkCreate(two));
        QCOMPARE(user->count(), qint64(4));

        auto *counter = defineCounter(s.get());
        QStringList log;
        BulkLog counterBulk;
        counter->addHooks(counterBulk.hooks);
        hook(counter, &log, "beforeCreate", [](Model *m) { m->set("beforeHookTest", true); });
        hook(counter, &log, "afterCreate", [](Model *m) {
            m->set("username", QStringLiteral("User%1").arg(m->get("id").toInt()));
        });
        const QList<QVariantMap> three = {{{"aNumber", 5}}, {{"aNumber", 7}}, {{"aNumber", 3}}};
        const auto records
            = counter->bulkCreate(three, BulkCreateOptions().fields({"aNumber"}).individualHooks());
        QCOMPARE(records.size(), 3);
        for (const auto &record : records) {
            QCOMPARE(record->get("username").toString(),
                     QStringLiteral("User%1").arg(record->get("id").toInt()));
            QVERIFY(record->get("beforeHookTest").toBool());
        }
        QCOMPARE(counterBulk.log, QStringList({"beforeBulkCreate", "afterBulkCreate"}));

        counterBulk.log.clear();
        hook(counter, &log, "beforeCreate",
             [](Model *) { throw std::runtime_error("You shall not pass!"); });
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            counter->bulkCreate(three, BulkCreateOptions().fields({"aNumber"}).individualHooks()));
        QCOMPARE(counterBulk.log, QStringList{"beforeBulkCreate"});
        QCOMPARE(counter->count(), qint64(3));
    }

    // bulkOperation.test.js, #bulkUpdate: "should run hooks", the "on error" cases, "with the
    // {individualHooks: true} option" (success, "changing some data before updating", error)
    void bulkUpdate_data() { TestDatabases::addDialectRows(); }
    void bulkUpdate()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        BulkLog bulk;
        user->addHooks(bulk.hooks);
        user->bulkCreate(
            {{{"username", "Cheech"}, {"mood", "sad"}}, {{"username", "Chong"}, {"mood", "sad"}}});
        bulk.log.clear();
        QCOMPARE(user->update({{"mood", "happy"}}, Where({{"mood", "sad"}})), 2);
        QCOMPARE(bulk.log, QStringList({"beforeBulkUpdate", "afterBulkUpdate"}));
        bulk.hooks->failAt = "beforeBulkUpdate";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 user->update({{"mood", "sad"}}, Where({{"mood", "happy"}})));
        QCOMPARE(user->count(FindOptions().where({{"mood", "happy"}})), qint64(2));
        bulk.hooks->failAt = "afterBulkUpdate";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 user->update({{"mood", "sad"}}, Where({{"mood", "happy"}})));
        QCOMPARE(user->count(FindOptions().where({{"mood", "sad"}})), qint64(2));

        auto *counter = defineCounter(s.get());
        BulkLog counterBulk;
        counter->addHooks(counterBulk.hooks);
        QStringList log;
        QStringList changedSeen;
        const auto before = hook(counter, &log, "beforeUpdate", [&](Model *m) {
            changedSeen += m->changed();
            m->set("beforeHookTest", true);
            if (m->get("id").toInt() == 1)
                m->set("aNumber", m->get("aNumber").toInt() + 3);
        });
        hook(counter, &log, "afterUpdate", [](Model *m) {
            m->set("username", QStringLiteral("User%1").arg(m->get("id").toInt()));
        });
        counter->bulkCreate({{{"aNumber", 1}}, {{"aNumber", 1}}, {{"aNumber", 1}}});
        counterBulk.log.clear();
        QCOMPARE(counter->update({{"aNumber", 10}}, Where({{"aNumber", 1}}),
                                 UpdateOptions().individualHooks()),
                 3);
        QCOMPARE(changedSeen, QStringList({"aNumber", "aNumber", "aNumber"}));
        QCOMPARE(counterBulk.log, QStringList({"beforeBulkUpdate", "afterBulkUpdate"}));
        for (const auto &row : counter->findAll(FindOptions().order("id"))) {
            QCOMPARE(row->get("aNumber").toInt(), 10 + (row->get("id").toInt() == 1 ? 3 : 0));
            QVERIFY(row->get("beforeHookTest").toBool());
            // afterUpdate's change is the instance's only, never written.
            QCOMPARE(row->get("username").toString(), QString());
        }

        counter->removeHooks(before);
        counterBulk.log.clear();
        hook(counter, &log, "beforeUpdate",
             [](Model *) { throw std::runtime_error("You shall not pass!"); });
        try {
            counter->update({{"aNumber", 20}}, Where(Op::gte("aNumber", 0)),
                            UpdateOptions().individualHooks());
            QFAIL("the hook's error was dropped");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QString::fromLatin1(e.what()), QStringLiteral("You shall not pass!"));
        }
        QCOMPARE(counterBulk.log, QStringList{"beforeBulkUpdate"});
        QCOMPARE(counter->count(FindOptions().where({{"aNumber", 20}})), qint64(0));
    }

    // bulkOperation.test.js, #bulkDestroy and #bulkRestore: "should run hooks", the "on error"
    // cases, "with the {individualHooks: true} option" (success and error)
    void bulkDestroyAndRestore_data() { TestDatabases::addDialectRows(); }
    void bulkDestroyAndRestore()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        BulkLog bulk;
        user->addHooks(bulk.hooks);
        user->destroy(Where({{"username", "Cheech"}, {"mood", "sad"}}));
        QCOMPARE(bulk.log, QStringList({"beforeBulkDestroy", "afterBulkDestroy"}));
        bulk.hooks->failAt = "beforeBulkDestroy";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->destroy(Where({{"mood", "sad"}})));
        bulk.hooks->failAt = "afterBulkDestroy";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->destroy(Where({{"mood", "sad"}})));

        auto *counter = defineCounter(s.get(), true);
        BulkLog counterBulk;
        counter->addHooks(counterBulk.hooks);
        QStringList log;
        hook(counter, &log, "beforeDestroy");
        hook(counter, &log, "afterDestroy");
        counter->bulkCreate({{{"aNumber", 1}}, {{"aNumber", 1}}, {{"aNumber", 1}}});
        counterBulk.log.clear();
        QCOMPARE(counter->destroy(Where({{"aNumber", 1}}), DestroyOptions().individualHooks()), 3);
        QCOMPARE(log.count("beforeDestroy"), 3);
        QCOMPARE(log.count("afterDestroy"), 3);
        QCOMPARE(counterBulk.log, QStringList({"beforeBulkDestroy", "afterBulkDestroy"}));
        QCOMPARE(counter->count(), qint64(0));

        counterBulk.log.clear();
        hook(counter, &log, "beforeRestore");
        hook(counter, &log, "afterRestore");
        QCOMPARE(counter->restore(Where({{"aNumber", 1}}), DestroyOptions().individualHooks()), 3);
        QCOMPARE(counterBulk.log, QStringList({"beforeBulkRestore", "afterBulkRestore"}));
        QCOMPARE(log.count("beforeRestore"), 3);
        QCOMPARE(log.count("afterRestore"), 3);
        QCOMPARE(counter->count(), qint64(3));
        // Beyond the original: rows that are not deleted are not restored, and get no hooks.
        log.clear();
        QCOMPARE(counter->restore(Where({{"aNumber", 1}}), DestroyOptions().individualHooks()), 0);
        QVERIFY(log.isEmpty());

        log.clear();
        counterBulk.log.clear();
        hook(counter, &log, "beforeDestroy",
             [](Model *) { throw std::runtime_error("You shall not pass!"); });
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            counter->destroy(Where({{"aNumber", 1}}), DestroyOptions().individualHooks()));
        QCOMPARE(counterBulk.log, QStringList{"beforeBulkDestroy"});
        QVERIFY(!log.contains("afterDestroy"));
        QCOMPARE(counter->count(), qint64(3)); // beyond the original: nothing deleted
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
