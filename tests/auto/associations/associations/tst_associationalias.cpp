// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Association names, ported from Sequelize v6's test/integration/associations/alias.test.js on
// every dialect: an alias is used as given (getters and includes), as {singular, plural} and
// the model option name {singular, plural}. Beyond it, Sequelize's defaults from a model's
// singular name (its name singularized: a model "Categories" is joined as "Category" by
// CategoryId), and a belongsToMany of a model with itself, whose second key is named after the
// alias (Friends: FriendId) and which needs one, as in Sequelize (the two keys were one column
// and the rows read back reversed).

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_AssociationAlias : public QObject
{
    Q_OBJECT

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

private slots:
    // "should uppercase the first letter in alias getter, but not in eager loading", "shouldnt
    // touch the passed alias"
    void aliasAsGiven_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("many");
        QTest::addColumn<QString>("one");
        const QString only = qEnvironmentVariable("QSQ_TEST_ONLY_DIALECT");
        for (const QString dialect : {"sqlite", "postgres", "mariadb"}) {
            if (!only.isEmpty() && only != dialect)
                continue;
            QTest::newRow(qPrintable(dialect + " lower"))
                << dialect << QStringLiteral("assignments") << QStringLiteral("owner");
            QTest::newRow(qPrintable(dialect + " upper"))
                << dialect << QStringLiteral("ASSIGNMENTS") << QStringLiteral("OWNER");
        }
    }
    void aliasAsGiven()
    {
        QFETCH(QString, many);
        QFETCH(QString, one);
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("user", {});
        auto *task = s->define("task", {});
        user->hasMany(task, AssociationOptions().as(many).foreignKey("userId"));
        task->belongsTo(user, AssociationOptions().as(one).foreignKey("userId"));
        s->sync(SyncOptions().force());
        const auto u = user->create({{"id", 1}});
        task->create({{"id", 1}, {"userId", 1}});
        QCOMPARE(u->getAssociatedList(many).size(), 1);
        const auto withTasks
            = user->findOne(FindOptions().where({{"id", 1}}).include(Include(task)));
        QCOMPARE(withTasks->loadedTargets(many).size(), 1);
        const auto withOwner = task->findOne(FindOptions().where({{"id", 1}}).include(one));
        QVERIFY(withOwner->loadedAssociation(one));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, user->findAll(FindOptions().include("tasks")));
    }

    // "should allow me to pass my own plural and singular forms to hasMany"
    void aliasForms_data() { TestDatabases::addDialectRows(); }
    void aliasForms()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("user", {});
        auto *task = s->define("task", {});
        user->hasMany(task, AssociationOptions().as("task", "taskz"));
        // belongsTo/hasOne take the singular form.
        task->belongsTo(user, AssociationOptions().as("assignee", "assignees"));
        QCOMPARE(user->associationNames(), QStringList{"taskz"});
        QCOMPARE(task->associationNames(), QStringList{"assignee"});
        // The hasMany key is named after the source (userId), the belongsTo key after its alias.
        QCOMPARE(sorted(task->attributeNames()),
                 QStringList({"assigneeId", "createdAt", "id", "updatedAt", "userId"}));
        s->sync(SyncOptions().force());
        const auto u = user->create({{"id", 1}});
        u->createAssociated("taskz", {});
        const auto found = user->findOne(FindOptions().where({{"id", 1}}).include("taskz"));
        QCOMPARE(found->loadedTargets("taskz").size(), 1);
    }

    // "should allow me to define plural and singular forms on the model"
    void modelNameForms_data() { TestDatabases::addDialectRows(); }
    void modelNameForms()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("user", {});
        auto *task = s->define("task", {}, ModelOptions().name("assignment", "assignments"));
        user->hasMany(task);
        task->belongsTo(user);
        QCOMPARE(user->associationNames(), QStringList{"assignments"});
        QCOMPARE(task->associationNames(), QStringList{"user"});
        s->sync(SyncOptions().force());
        const auto u = user->create({{"id", 1}});
        u->createAssociated("assignments", {});
        const auto found = user->findOne(FindOptions().where({{"id", 1}}).include(Include(task)));
        QCOMPARE(found->loadedTargets("assignments").size(), 1);
        // A model's singular name names the keys of the associations it is the source of.
        auto *note = s->define("note", {});
        task->hasMany(note);
        QVERIFY(note->attributeNames().contains("assignmentId"));
    }

    // Sequelize's defaults come from the model's name singularized (Utils.singularize): the
    // belongsTo alias and its key, and the hasMany key on the other side.
    void singularDefaults_data() { TestDatabases::addDialectRows(); }
    void singularDefaults()
    {
        QSQ_OPEN_DIALECT(s);
        const QList<std::pair<QString, QString>> names{
            {"Categories", "Category"}, {"People", "Person"},     {"Statuses", "Status"},
            {"Status", "Status"},       {"Addresses", "Address"}, {"Boxes", "Box"},
            {"UserGroup", "UserGroup"}, {"news", "news"}};
        for (const auto &[model, singular] : names) {
            auto *item = s->define("Item" + model, {});
            auto *target = s->define(model, {});
            item->belongsTo(target);
            QVERIFY2(item->associationNames().contains(singular), qPrintable(model));
            QVERIFY2(item->attributeNames().contains(singular + "Id"), qPrintable(model));
        }
        auto *users = s->define("users", {});
        auto *post = s->define("post", {});
        users->hasMany(post);
        QVERIFY(post->attributeNames().contains("userId"));
        QCOMPARE(users->associationNames(), QStringList{"posts"});
        s->sync(SyncOptions().force());
        const auto u = users->create({});
        u->createAssociated("posts", {});
        QCOMPARE(post->count(FindOptions().where({{"userId", u->get("id")}})), qint64(1));
    }

    // A belongsToMany of a model with itself: the junction's second key is named after the
    // alias's singular (FriendId), and each side reads its own rows.
    void selfBelongsToMany_data() { TestDatabases::addDialectRows(); }
    void selfBelongsToMany()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {{"name", DataTypes::String(40)}});
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 user->belongsToMany(user, AssociationOptions().through("Pairs")));
        // An alias whose singular is the model's name names both keys alike: refused.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            user->belongsToMany(user, AssociationOptions().as("Users").through("Pairs")));
        user->belongsToMany(user, AssociationOptions().as("Friends").through("UserFriends"));
        QCOMPARE(sorted(s->model("UserFriends")->attributeNames()),
                 QStringList({"FriendId", "UserId", "createdAt", "updatedAt"}));
        s->sync(SyncOptions().force());
        const auto a = user->create({{"name", "a"}});
        const auto b = user->create({{"name", "b"}});
        const auto c = user->create({{"name", "c"}});
        a->addAssociated("Friends", {b->get("id"), c->get("id")});
        QCOMPARE(a->countAssociated("Friends"), qint64(2));
        QCOMPARE(b->countAssociated("Friends"), qint64(0));
        QVERIFY(a->hasAssociated("Friends", {b->get("id")}));
        QVERIFY(!b->hasAssociated("Friends", {a->get("id")}));
        const auto found = user->findAll(FindOptions().include("Friends").order("name"));
        QCOMPARE(found.at(0)->loadedTargets("Friends").size(), 2);
        QCOMPARE(found.at(1)->loadedTargets("Friends").size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AssociationAlias)
#include "tst_associationalias.moc"
