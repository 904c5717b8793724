// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Which reads run a model's find hooks, compared with Sequelize 6.37.8 on the three databases
// through a beforeFind hook that narrows every find to one tenant (the common use): the
// finders, reload(), the association getters and a hasMany count/has (an aggregate find for
// Sequelize, so beforeFind, not beforeCount) are narrowed; the rows of a joined include are
// not (Sequelize joins them without the included model's hooks) unless the include is separate.
// Before, a hasMany countAssociated()/hasAssociated() ran only beforeCount (a tenant hook on
// beforeFind counted every tenant's rows), an include ran its model's hooks (and so was
// narrowed where Sequelize's is not), and reload() ignored what the hooks narrowed.

#include <QtSequelize/AssociationOptions>
#include <QtSequelize/Errors>
#include <QtSequelize/Include>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

namespace {

// Calls what a test sets on beforeFind and beforeCount (by default nothing).
struct OptionHooks : ModelHooks
{
    std::function<void(FindOptions &)> find = [](FindOptions &) {};
    std::function<void(FindOptions &)> count = [](FindOptions &) {};
    void beforeFind(FindOptions &o) override { find(o); }
    void beforeCount(FindOptions &o) override { count(o); }
};

// Narrows every find of its model to tenant 1 and records the hooks that ran.
struct TenantHooks : ModelHooks
{
    explicit TenantHooks(const QString &name, QStringList *log)
        : name(name)
        , log(log)
    {
    }
    void narrow(FindOptions &options)
    {
        options.where(Where(Where::And, {options.where(), Where("tenant", Where::Eq, 1)}));
    }
    void beforeFind(FindOptions &options) override
    {
        log->append(name + ".beforeFind");
        narrow(options);
    }
    void afterFind(const QList<QSharedPointer<Model>> &, const FindOptions &) override
    {
        log->append(name + ".afterFind");
    }
    void beforeCount(FindOptions &) override { log->append(name + ".beforeCount"); }
    QString name;
    QStringList *log;
};

} // namespace

class tst_FindHooks : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        ModelDefinition *user, *task, *tag;
        QSharedPointer<Model> owner;
    };

    // One user owning tasks t1 (tenant 1), t2 (tenant 2), t3 (tenant 1); task 1 tagged with
    // g1 (tenant 1) and g2 (tenant 2). Hooks narrow tasks and tags; the junction's log.
    static Fixture define(Sequelize *s, QStringList *log)
    {
        const ModelOptions plain = ModelOptions().timestamps(false);
        Fixture f;
        f.user = s->define("FhUser", {{"name", DataTypes::String()}}, plain);
        f.task = s->define(
            "FhTask", {{"title", DataTypes::String()}, {"tenant", DataTypes::Integer()}}, plain);
        f.tag = s->define(
            "FhTag", {{"label", DataTypes::String()}, {"tenant", DataTypes::Integer()}}, plain);
        f.user->hasMany(f.task, AssociationOptions().as("tasks").foreignKey("ownerId"));
        f.task->belongsToMany(f.tag, AssociationOptions().as("tags").through("FhTaskTags"));
        s->sync(SyncOptions().force());
        f.owner = f.user->create({{"name", "u"}});
        f.task->bulkCreate({{{"title", "t1"}, {"tenant", 1}, {"ownerId", 1}},
                            {{"title", "t2"}, {"tenant", 2}, {"ownerId", 1}},
                            {{"title", "t3"}, {"tenant", 1}, {"ownerId", 1}}});
        f.tag->bulkCreate({{{"label", "g1"}, {"tenant", 1}}, {{"label", "g2"}, {"tenant", 2}}});
        f.task->findByPk(1)->addAssociated("tags", {1, 2});
        f.task->addHooks(QSharedPointer<TenantHooks>::create("task", log));
        f.tag->addHooks(QSharedPointer<TenantHooks>::create("tag", log));
        s->model("FhTaskTags")->addHooks(QSharedPointer<TenantHooks>::create("junction", log));
        log->clear();
        return f;
    }

    static QStringList values(const QList<QSharedPointer<Model>> &rows, const char *attribute)
    {
        QStringList result;
        for (const QSharedPointer<Model> &row : rows)
            result.append(row->get(attribute).toString());
        return result;
    }

private slots:
    void whereReadBack()
    {
        const Where condition("tenant", Where::Eq, 1);
        QCOMPARE(FindOptions().where(condition).where(), condition);
        QVERIFY(FindOptions().where().isEmpty());
        QCOMPARE(FindOptions().transaction(), nullptr);
    }

    // A hasMany count and has are finds for Sequelize: beforeFind narrows them.
    void associationCountAndHas_data() { TestDatabases::addDialectRows(); }
    void associationCountAndHas()
    {
        QSQ_OPEN_DIALECT(s);
        QStringList log;
        const Fixture f = define(s.get(), &log);
        QCOMPARE(f.owner->countAssociated("tasks"), qint64(2));
        QCOMPARE(log, QStringList({"task.beforeFind", "task.afterFind"}));
        QCOMPARE(f.owner->hasAssociated("tasks", {2}), false);
        QCOMPARE(f.owner->hasAssociated("tasks", {1, 3}), true);
        QCOMPARE(values(f.owner->getAssociatedList("tasks", FindOptions().order("id")), "title"),
                 QStringList({"t1", "t3"}));
        // findAll({raw: true}) is a find too (it ran no hooks before).
        log.clear();
        QCOMPARE(f.task->findAllRaw(FindOptions().order("id")).size(), 2);
        QCOMPARE(log, QStringList({"task.beforeFind", "task.afterFind"}));
        QCOMPARE(f.task->findAllRaw(FindOptions().hooks(false)).size(), 3);
        log.clear();
        QCOMPARE(f.task->count(), qint64(3)); // count() runs beforeCount only
        QCOMPARE(log, QStringList{"task.beforeCount"});
        QCOMPARE(f.task->count(FindOptions().hooks(false)), qint64(3));
        QCOMPARE(f.owner->countAssociated("tasks", FindOptions().hooks(false)), qint64(3));
    }

    // A joined include reads its rows without the included model's hooks; a separate one
    // (separate(true) or a limit) with them. The junction's hooks never run for a getter.
    void includes_data() { TestDatabases::addDialectRows(); }
    void includes()
    {
        QSQ_OPEN_DIALECT(s);
        QStringList log;
        const Fixture f = define(s.get(), &log);
        auto tasksOf = [&](const Include &include) {
            const auto users = f.user->findAll(FindOptions().include(include));
            return values(users.value(0)->loadedTargets("tasks"), "title");
        };
        QCOMPARE(tasksOf(Include("tasks").order("id")), QStringList({"t1", "t2", "t3"}));
        QCOMPARE(log, QStringList());
        QCOMPARE(tasksOf(Include("tasks").order("id").separate(true)), QStringList({"t1", "t3"}));
        QCOMPARE(log, QStringList({"task.beforeFind", "task.afterFind"}));
        QCOMPARE(tasksOf(Include("tasks").order("id").limit(5)), QStringList({"t1", "t3"}));
        QCOMPARE(tasksOf(Include("tasks").order("id").limit(5).separate(false)),
                 QStringList({"t1", "t2", "t3"}));
        QCOMPARE(f.user->findAll(FindOptions().hooks(false).include(Include("tasks").limit(5)))
                     .value(0)
                     ->loadedTargets("tasks")
                     .size(),
                 3);
        log.clear();
        const auto tasks = f.task->findAll(
            FindOptions().where({{"id", 1}}).include(Include("tags").order("id")).hooks(false));
        QCOMPARE(values(tasks.value(0)->loadedTargets("tags"), "label"), QStringList({"g1", "g2"}));
        QCOMPARE(log, QStringList());
        QCOMPARE(
            values(tasks.value(0)->getAssociatedList("tags", FindOptions().order("id")), "label"),
            QStringList{"g1"});
        QCOMPARE(log, QStringList({"tag.beforeFind", "tag.afterFind"}));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            f.task->findAll(FindOptions().include(Include("tags").separate(true))));
    }

    // A find hook's own queries join the find's transaction (Sequelize's options.transaction).
    void hookSeesTransaction_data() { TestDatabases::addDialectRows(); }
    void hookSeesTransaction()
    {
        QSQ_OPEN_DIALECT(s);
        QStringList log;
        const Fixture f = define(s.get(), &log);
        struct Counting : ModelHooks
        {
            void beforeFind(FindOptions &options) override
            {
                seen = options.transaction();
                if (seen) // a read of the rows the transaction wrote, in it
                    count = tag->count(FindOptions().transaction(seen));
            }
            ModelDefinition *tag = nullptr;
            Transaction *seen = nullptr;
            qint64 count = -1;
        };
        auto hooks = QSharedPointer<Counting>::create();
        hooks->tag = f.tag;
        f.user->addHooks(hooks);
        const QSharedPointer<Transaction> t = s->transaction();
        f.tag->create({{"label", "g3"}, {"tenant", 1}}, SaveOptions().transaction(t.data()));
        f.user->findAll(FindOptions().transaction(t.data()));
        QCOMPARE(hooks->seen, t.data());
        QCOMPARE(hooks->count, qint64(3)); // g1, g2 and g3 (the new one, seen in the transaction)
        t->rollback();
        f.user->findAll();
        QCOMPARE(hooks->seen, nullptr);
    }

    // reload() is a findOne: a row the hooks leave out is not found (InstanceError).
    void reloadNarrowed_data() { TestDatabases::addDialectRows(); }
    void reloadNarrowed()
    {
        QSQ_OPEN_DIALECT(s);
        QStringList log;
        const Fixture f = define(s.get(), &log);
        const QSharedPointer<Model> other = f.task->findByPk(2, FindOptions().hooks(false));
        QVERIFY(other);
        log.clear();
        QVERIFY_THROWS_EXCEPTION(InstanceError, other->reload());
        QCOMPARE(log, QStringList({"task.beforeFind", "task.afterFind"}));
        other->reload(FindOptions().hooks(false));
        QCOMPARE(other->get("title").toString(), QString("t2"));
        const QSharedPointer<Model> own = f.task->findByPk(1);
        own->reload();
        QCOMPARE(own->get("title").toString(), QString("t1"));
        // increment() reads the row back without find hooks (Sequelize's runs no find): a row
        // the hooks leave out is incremented and read, not an InstanceError.
        log.clear();
        other->increment("tenant", 1);
        QCOMPARE(other->get("tenant").toInt(), 3);
        QVERIFY(!log.contains("task.beforeFind"));
    }

    // Includes a beforeFind or beforeCount hook adds are loaded as the caller's would be
    // (compared with Sequelize 6.37.8): by name, Include::all(), with a where, and a where on
    // an included attribute ("$group.title$"). Before, an Include::all() or an include by
    // model that a hook added was a DefinitionError, and "$group.title$" was not resolved.
    void hookAddsIncludes_data() { TestDatabases::addDialectRows(); }
    void hookAddsIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        const ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *user = s->define("FhAuthor", {{"name", DataTypes::String()}}, plain);
        ModelDefinition *task = s->define("FhJob", {{"title", DataTypes::String()}}, plain);
        ModelDefinition *group = s->define("FhTeam", {{"title", DataTypes::String()}}, plain);
        user->hasMany(task, AssociationOptions().as("jobs").foreignKey("authorId"));
        user->belongsTo(group, AssociationOptions().as("team").foreignKey("teamId"));
        s->sync(SyncOptions().force());
        group->create({{"title", "g"}});
        user->bulkCreate({{{"name", "u"}, {"teamId", 1}}, {{"name", "v"}}});
        task->bulkCreate({{{"title", "t"}, {"authorId", 1}}, {{"title", "t2"}, {"authorId", 1}}});
        const auto hooks = QSharedPointer<OptionHooks>::create();
        user->addHooks(hooks);
        const auto read = [&] { return user->findAll(FindOptions().order("id")); };

        hooks->find = [](FindOptions &o) { o.include(Include("jobs")); };
        QCOMPARE(read().first()->loadedTargets("jobs").size(), 2);
        hooks->find = [&](FindOptions &o) { o.include(Include(task)); };
        QCOMPARE(read().first()->loadedTargets("jobs").size(), 2);
        hooks->find = [](FindOptions &o) { o.include(Include::all()); };
        auto rows = read();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first()->loadedTargets("jobs").size(), 2);
        QCOMPARE(rows.first()->loadedTargets("team").size(), 1);
        QCOMPARE(rows.last()->loadedTargets("jobs").size(), 0);
        hooks->find = [](FindOptions &o) { o.include(Include("team").where({{"title", "g"}})); };
        QCOMPARE(read().size(), 1);
        hooks->find = [](FindOptions &o) {
            o.include(Include("team"));
            o.where(Where("$team.title$", Where::Eq, "g"));
        };
        rows = read();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->get("name").toString(), QString("u"));
        // count() runs beforeCount, not beforeFind (as Sequelize's).
        hooks->find = [](FindOptions &o) { o.include(Include("jobs").required(true)); };
        QCOMPARE(user->count(), 2);
        hooks->find = [](FindOptions &) {};
        hooks->count = [](FindOptions &o) {
            o.include(Include("jobs").required(true));
            o.distinct();
        };
        QCOMPARE(user->count(), 1);
    }

    // Sequelize's test/integration/hooks/find.test.js and count.test.js, step by step.
    void sequelizeHookTests_data() { TestDatabases::addDialectRows(); }
    void sequelizeHookTests()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user
            = s->define("User",
                        {{"username", Attribute(DataTypes::String()).allowNull(false)},
                         {"mood", DataTypes::Enum({"happy", "sad", "neutral"})}});
        s->sync(SyncOptions().force());
        user->bulkCreate({{{"username", "adam"}, {"mood", "happy"}},
                          {{"username", "joe"}, {"mood", "sad"}},
                          {{"username", "joe"}, {"mood", "happy"}}});
        struct Hooks : ModelHooks
        {
            std::function<void(const char *, FindOptions &)> before;
            std::function<void(const QList<QSharedPointer<Model>> &)> after;
            void beforeFind(FindOptions &o) override { before("beforeFind", o); }
            void beforeFindAfterExpandIncludeAll(FindOptions &o) override
            {
                before("beforeFindAfterExpandIncludeAll", o);
            }
            void beforeFindAfterOptions(FindOptions &o) override
            {
                before("beforeFindAfterOptions", o);
            }
            void afterFind(const QList<QSharedPointer<Model>> &r, const FindOptions &) override
            {
                after(r);
            }
            void beforeCount(FindOptions &o) override { before("beforeCount", o); }
        };
        const auto hooks = QSharedPointer<Hooks>::create();
        QStringList ran;
        hooks->before = [&](const char *name, FindOptions &) { ran.append(name); };
        hooks->after = [&](const QList<QSharedPointer<Model>> &) { ran.append("afterFind"); };
        user->addHooks(hooks);
        const auto adam = [&] {
            return user->findOne(FindOptions().where({{"username", "adam"}}));
        };

        // #find, on success: all hooks run
        QCOMPARE(adam()->get("mood").toString(), QString("happy"));
        QCOMPARE(ran,
                 QStringList({"beforeFind", "beforeFindAfterExpandIncludeAll",
                              "beforeFindAfterOptions", "afterFind"}));
        // each before hook can change the options; afterFind can change the results
        for (const char *phase :
             {"beforeFind", "beforeFindAfterExpandIncludeAll", "beforeFindAfterOptions"}) {
            hooks->before = [&](const char *name, FindOptions &o) {
                if (QByteArray(name) == phase)
                    o.where({{"username", "joe"}});
            };
            QCOMPARE(adam()->get("mood").toString(), QString("sad"));
        }
        hooks->before = [](const char *, FindOptions &) {};
        hooks->after = [](const QList<QSharedPointer<Model>> &rows) {
            for (const auto &row : rows)
                row->set("mood", "sad");
        };
        QCOMPARE(adam()->get("mood").toString(), QString("sad"));
        hooks->after = [](const QList<QSharedPointer<Model>> &) {};
        // on error: each hook's error reaches the caller
        for (const char *phase : {"beforeFind", "beforeFindAfterExpandIncludeAll",
                                  "beforeFindAfterOptions", "afterFind"}) {
            const auto oops = [&](const char *name) {
                if (QByteArray(name) == phase)
                    throw std::runtime_error("Oops!");
            };
            hooks->before = [&](const char *name, FindOptions &) { oops(name); };
            hooks->after = [&](const QList<QSharedPointer<Model>> &) { oops("afterFind"); };
            try {
                adam();
                QFAIL(phase);
            } catch (const std::runtime_error &e) {
                QCOMPARE(QByteArray(e.what()), QByteArray("Oops!"));
            }
        }
        hooks->after = [](const QList<QSharedPointer<Model>> &) {};
        // #count: the hook runs; it can change the options; its error reaches the caller
        ran.clear();
        hooks->before = [&](const char *name, FindOptions &) { ran.append(name); };
        QCOMPARE(user->count(), 3);
        QCOMPARE(ran, QStringList{"beforeCount"});
        hooks->before = [](const char *, FindOptions &o) { o.where({{"username", "adam"}}); };
        QCOMPARE(user->count(FindOptions().where({{"username", "joe"}})), 1);
        hooks->before = [](const char *, FindOptions &) { throw std::runtime_error("Oops!"); };
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 user->count(FindOptions().where({{"username", "adam"}})));
    }

    // reload() is a findOne for Sequelize with the includes the instance was loaded with: its
    // hooks see them (FindOptions::includes()) and may add some, and an include whose where no
    // longer matches leaves the row out (InstanceError). Before, includes a hook added were not
    // loaded, and the reload read the row whatever its includes' conditions said.
    void reloadIncludes_data() { TestDatabases::addDialectRows(); }
    void reloadIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        const ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *user = s->define("FhOwner", {{"name", DataTypes::String()}}, plain);
        ModelDefinition *task = s->define("FhChore", {{"title", DataTypes::String()}}, plain);
        user->hasMany(task, AssociationOptions().as("chores").foreignKey("ownerId"));
        s->sync(SyncOptions().force());
        user->bulkCreate({{{"name", "u"}}, {{"name", "v"}}});
        task->bulkCreate({{{"title", "t"}, {"ownerId", 1}}, {{"title", "t2"}, {"ownerId", 1}}});
        const auto hooks = QSharedPointer<OptionHooks>::create();
        user->addHooks(hooks);

        QSharedPointer<Model> u = user->findByPk(1);
        QVERIFY(u->loadedTargets("chores").isEmpty());
        hooks->find = [](FindOptions &o) { o.include(Include("chores")); };
        u->reload();
        QCOMPARE(u->loadedTargets("chores").size(), 2);

        hooks->find = [](FindOptions &) {};
        u = user->findOne(FindOptions().where({{"id", 1}}).include(Include("chores")));
        qsizetype seen = -1;
        hooks->find = [&](FindOptions &o) { seen = o.includes().size(); };
        u->reload();
        QCOMPARE(seen, 1);

        hooks->find = [](FindOptions &) {};
        u = user->findOne(
            FindOptions().where({{"id", 1}}).include(Include("chores").where({{"title", "t"}})));
        QCOMPARE(u->loadedTargets("chores").size(), 1);
        task->update({{"title", "x"}}, Where("title", Where::Eq, "t"));
        QVERIFY_THROWS_EXCEPTION(InstanceError, u->reload());
    }
};

QTEST_GUILESS_MAIN(tst_FindHooks)
#include "tst_findhooks.moc"
