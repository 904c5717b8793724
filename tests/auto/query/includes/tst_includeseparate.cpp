// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Includes read by queries of their own, ported from Sequelize v6's
// test/integration/include/separate.test.js on every dialect (every include is separate here):
// one statement per association level, source attributes without the key, a custom sourceKey,
// a per-source limit and order, nested to-many includes, a to-many include between a parent and
// a child include, null belongsTo targets in a chain, and required includes around a separate
// one. Each slot names the `it(...)` it ports. Sequelize joins belongsTo includes into the main
// statement; here they are statements of their own too, so counts are compared only where both
// agree (a README deliberate difference).

#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_IncludeSeparate : public QObject
{
    Q_OBJECT

    static QVariantList blanks(int count) { return QVariantList(count, QVariantMap()); }

private slots:
    // "should run a hasMany association in a separate query", "should work even if the id was
    // not included", "should run a hasMany association with limit in a separate query"
    void hasManySeparately_data() { TestDatabases::addDialectRows(); }
    void hasManySeparately()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {{"name", DataTypes::String()}});
        auto *task = s->define("Task", {});
        user->hasMany(task, AssociationOptions().as("tasks"));
        s->sync(SyncOptions().force());
        user->create({{"id", 1}, {"tasks", blanks(3)}}, SaveOptions().include("tasks"));
        user->create({{"id", 2}, {"tasks", blanks(4)}}, SaveOptions().include("tasks"));
        int statements = 0;
        QObject::connect(s.get(), &Sequelize::queryExecuted, [&statements] { ++statements; });
        auto users = user->findAll(FindOptions().include("tasks").order("id"));
        QCOMPARE(statements, 2);
        QCOMPARE(users.at(0)->loadedTargets("tasks").size(), 3);
        QCOMPARE(users.at(1)->loadedTargets("tasks").size(), 4);
        QVERIFY(
            users.at(0)->loadedTargets("tasks").first()->get("createdAt").toDateTime().isValid());
        statements = 0;
        users = user->findAll(FindOptions().attributes({"name"}).include("tasks").order("id"));
        QCOMPARE(statements, 2);
        QCOMPARE(users.at(0)->loadedTargets("tasks").size(), 3);
        statements = 0;
        users = user->findAll(FindOptions().include(Include("tasks").limit(2)).order("id"));
        QCOMPARE(statements, 2);
        QCOMPARE(users.at(0)->loadedTargets("tasks").size(), 2);
        QCOMPARE(users.at(1)->loadedTargets("tasks").size(), 2);
    }

    // "should work even if include does not specify foreign key attribute with custom sourceKey"
    void customSourceKey_data() { TestDatabases::addDialectRows(); }
    void customSourceKey()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User",
                               {{"name", DataTypes::String()},
                                {"userExtraId", Attribute(DataTypes::Integer()).unique()}});
        auto *task = s->define("Task", {{"title", DataTypes::String()}});
        user->hasMany(
            task, AssociationOptions().as("tasks").foreignKey("userId").sourceKey("userExtraId"));
        s->sync(SyncOptions().force());
        user->create({{"id", 1}, {"userExtraId", 222}, {"tasks", blanks(3)}},
                     SaveOptions().include("tasks"));
        QCOMPARE(task->count(FindOptions().where({{"userId", 222}})), qint64(3));
        const auto users = user->findAll(FindOptions()
                                             .attributes({"name"})
                                             .include(Include("tasks").attributes({"title"}))
                                             .order("id"));
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first()->loadedTargets("tasks").size(), 3);
        // A joined include reads the key without showing it; Sequelize's separate one adds it
        // to the attributes, shown then (compared with Sequelize 6.37.8).
        QCOMPARE(users.first()->toJSON().keys(), QStringList({"name", "tasks"}));
        const auto separate
            = user->findAll(FindOptions()
                                .attributes({"name"})
                                .include(Include("tasks").attributes({"title"}).separate(true))
                                .order("id"));
        QCOMPARE(separate.first()->toJSON().keys(), QStringList({"name", "tasks", "userExtraId"}));
        QCOMPARE(separate.first()->loadedTargets("tasks").size(), 3);
    }

    // A separate include with a where keeps the source rows it finds nothing for, as
    // Sequelize's (a joined include with a where drops them); required(true) drops them.
    void separateKeepsSources_data() { TestDatabases::addDialectRows(); }
    void separateKeepsSources()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {{"name", DataTypes::String()}});
        auto *task = s->define("Task", {{"title", DataTypes::String()}});
        user->hasMany(task, AssociationOptions().as("tasks"));
        s->sync(SyncOptions().force());
        user->create({{"name", "a"}, {"tasks", QVariantList{QVariantMap{{"title", "x"}}}}},
                     SaveOptions().include("tasks"));
        user->create({{"name", "b"}});
        auto names = [&](const Include &include) {
            QStringList result;
            for (const auto &u : user->findAll(FindOptions().include(include).order("id")))
                result.append(u->get("name").toString() + ':'
                              + QString::number(u->loadedTargets("tasks").size()));
            return result;
        };
        const Where x = Where::fromMap({{"title", "x"}});
        QCOMPARE(names(Include("tasks").where(x)), QStringList{"a:1"});
        QCOMPARE(names(Include("tasks").where(x).separate(true)), QStringList({"a:1", "b:0"}));
        QCOMPARE(names(Include("tasks").where(x).limit(3)), QStringList({"a:1", "b:0"}));
        QCOMPARE(names(Include("tasks").where(x).separate(true).required(true)),
                 QStringList{"a:1"});
    }

    // "should not break a nested include with null values", "should run a nested (from a
    // non-separate include) hasMany association in a separate query"
    void nestedThroughBelongsTo_data() { TestDatabases::addDialectRows(); }
    void nestedThroughBelongsTo()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {});
        auto *team = s->define("Team", {});
        auto *company = s->define("Company", {});
        auto *task = s->define("Task", {});
        user->belongsTo(team);
        team->belongsTo(company);
        user->belongsTo(company, AssociationOptions().as("company"));
        company->hasMany(task, AssociationOptions().as("tasks"));
        s->sync(SyncOptions().force());
        user->create({});
        const auto lonely
            = user->findAll(FindOptions().include(Include("Team").include("Company")));
        QCOMPARE(lonely.size(), 1);
        QVERIFY(!lonely.first()->loadedAssociation("Team"));
        user->destroy(Where());
        const auto nested = Include("company").include("tasks");
        user->create({{"id", 1}, {"company", QVariantMap{{"tasks", blanks(3)}}}},
                     SaveOptions().include(nested));
        user->create({{"id", 2}, {"company", QVariantMap{{"tasks", blanks(1)}}}},
                     SaveOptions().include(nested));
        const auto users = user->findAll(FindOptions().include(nested).order("id"));
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(0)->loadedAssociation("company")->loadedTargets("tasks").size(), 3);
        QCOMPARE(users.at(1)->loadedAssociation("company")->loadedTargets("tasks").size(), 1);
    }

    // "should work having a separate include between a parent and child include"
    void nestedToMany_data() { TestDatabases::addDialectRows(); }
    void nestedToMany()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {});
        auto *project = s->define("Project", {});
        auto *company = s->define("Company", {});
        auto *task = s->define("Task", {});
        company->hasMany(user, AssociationOptions().as("users"));
        user->hasMany(task, AssociationOptions().as("tasks"));
        task->belongsTo(project, AssociationOptions().as("project"));
        s->sync(SyncOptions().force());
        const QVariantList withProjects(3, QVariantMap{{"project", QVariantMap()}});
        company->create(
            {{"id", 1}, {"users", QVariantList{QVariantMap{{"tasks", withProjects}}}}},
            SaveOptions().include(Include("users").include(Include("tasks").include("project"))));
        const auto companies = company->findAll(
            FindOptions()
                .include(Include("users").include(Include("tasks").include("project")))
                .order("id"));
        QVERIFY(companies.first()
                    ->loadedTargets("users")
                    .first()
                    ->loadedTargets("tasks")
                    .first()
                    ->loadedAssociation("project"));
    }

    // "should run two nested hasMany association in a separate queries"
    void twoNestedHasMany_data() { TestDatabases::addDialectRows(); }
    void twoNestedHasMany()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {});
        auto *project = s->define("Project", {});
        auto *task = s->define("Task", {});
        user->hasMany(project, AssociationOptions().as("projects"));
        project->hasMany(task, AssociationOptions().as("projectTasks"));
        s->sync(SyncOptions().force());
        const auto projectsWithTasks = Include("projects").include("projectTasks");
        user->create({{"id", 11},
                      {"projects",
                       QVariantList{QVariantMap{{"id", 101}, {"projectTasks", blanks(3)}},
                                    QVariantMap{{"id", 102}, {"projectTasks", blanks(1)}}}}},
                     SaveOptions().include(projectsWithTasks));
        user->create(
            {{"id", 12},
             {"projects", QVariantList{QVariantMap{{"id", 103}, {"projectTasks", blanks(2)}}}}},
            SaveOptions().include(projectsWithTasks));
        int statements = 0;
        QObject::connect(s.get(), &Sequelize::queryExecuted, [&statements] { ++statements; });
        const auto users = user->findAll(FindOptions().include(projectsWithTasks).order("id"));
        QCOMPARE(statements, 3);
        QCOMPARE(users.size(), 2);
        QList<int> counts;
        for (const auto &p : users.at(0)->loadedTargets("projects"))
            counts.append(p->loadedTargets("projectTasks").size());
        std::sort(counts.begin(), counts.end());
        QCOMPARE(counts, QList<int>({1, 3}));
        QCOMPARE(users.at(1)->loadedTargets("projects").size(), 1);
        QCOMPARE(
            users.at(1)->loadedTargets("projects").first()->loadedTargets("projectTasks").size(),
            2);
    }

    // "should work with two schema models in a hasMany association" (without the schema: a
    // per-source limit with an order of its own)
    void limitWithOrder_data() { TestDatabases::addDialectRows(); }
    void limitWithOrder()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {});
        auto *task = s->define(
            "Task",
            {{"id", Attribute(DataTypes::Integer()).primaryKey()}, {"title", DataTypes::String()}});
        user->hasMany(task, AssociationOptions().as("tasks"));
        s->sync(SyncOptions().force());
        const auto tasks = [](std::initializer_list<std::pair<int, const char *>> rows) {
            QVariantList list;
            for (const auto &[id, title] : rows)
                list.append(QVariantMap{{"id", id}, {"title", title}});
            return list;
        };
        user->create({{"id", 1}, {"tasks", tasks({{1, "b"}, {2, "d"}, {3, "c"}, {4, "a"}})}},
                     SaveOptions().include("tasks"));
        user->create({{"id", 2}, {"tasks", tasks({{5, "a"}, {6, "c"}, {7, "b"}})}},
                     SaveOptions().include("tasks"));
        const auto result = user->findAll(
            FindOptions().include(Include("tasks").limit(2).order("id")).order("id"));
        const auto titles = [](const QSharedPointer<Model> &u) {
            QStringList list;
            for (const auto &t : u->loadedTargets("tasks"))
                list.append(t->get("title").toString());
            return list;
        };
        QCOMPARE(titles(result.at(0)), QStringList({"b", "d"}));
        QCOMPARE(titles(result.at(1)), QStringList({"a", "c"}));
    }

    // "should work with required non-separate parent and required child"
    void requiredAroundSeparate_data() { TestDatabases::addDialectRows(); }
    void requiredAroundSeparate()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {});
        auto *task = s->define("Task", {});
        auto *company = s->define("Company", {});
        task->belongsTo(user);
        user->hasMany(task);
        user->belongsTo(company);
        s->sync(SyncOptions().force());
        const auto t = task->create({{"id", 1}});
        const auto u = t->createAssociated("User", {{"id", 2}});
        u->createAssociated("Company", {{"id", 3}});
        const auto results
            = task->findAll(FindOptions().include(Include(user).required(true).include(
                Include("Tasks")
                    .attributes({"UserId"})
                    .include(Include(user).attributes({"id"}).required(true).include(
                        Include(company))))));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first()->get("id").toInt(), 1);
        Model *owner = results.first()->loadedAssociation("User");
        QCOMPARE(owner->get("id").toInt(), 2);
        const auto ownerTasks = owner->loadedTargets("Tasks");
        QCOMPARE(ownerTasks.size(), 1);
        QCOMPARE(ownerTasks.first()->loadedAssociation("User")->get("id").toInt(), 2);
        QCOMPARE(ownerTasks.first()
                     ->loadedAssociation("User")
                     ->loadedAssociation("Company")
                     ->get("id")
                     .toInt(),
                 3);
    }
    // Beyond Sequelize (which ignores required on a separate include): an include with a limit
    // and required(true) keeps only the sources that have targets; without required it keeps
    // every source, as Sequelize's separate includes do.
    void requiredWithLimit_data() { TestDatabases::addDialectRows(); }
    void requiredWithLimit()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {{"name", DataTypes::String()}});
        auto *task = s->define("Task", {{"title", DataTypes::String()}});
        user->hasMany(task, AssociationOptions().as("tasks"));
        s->sync(SyncOptions().force());
        const auto a = user->create({{"name", "a"}});
        user->create({{"name", "b"}});
        task->bulkCreate({{{"title", "t1"}, {"UserId", a->get("id")}},
                          {{"title", "t2"}, {"UserId", a->get("id")}}});
        const auto kept
            = user->findAll(FindOptions().include(Include("tasks").limit(1).required(true)));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first()->loadedTargets("tasks").size(), 1);
        QCOMPARE(user->findAll(FindOptions().include(Include("tasks").limit(1))).size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_IncludeSeparate)
#include "tst_includeseparate.moc"
