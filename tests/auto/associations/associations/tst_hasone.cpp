// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// hasOne, ported from Sequelize v6's test/integration/associations/has-one.test.js, on every
// dialect: the getter with a where and a transaction, the setter with declared keys, keys
// instead of instances, null and a second target (the first one is unlinked), createAssociated,
// foreign key names and columns and the constraints (SET NULL, CASCADE for a NOT NULL key, none).

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_HasOne : public QObject
{
    Q_OBJECT

    static QVariant instance(const QSharedPointer<Model> &model)
    {
        return Model::instanceVariant(model.data());
    }

private slots:
    void sameTargetTwice_data() { TestDatabases::addDialectRows(); }
    void sameTargetTwice()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {});
        ModelDefinition *group = sequelize->define("Group", {});
        group->hasOne(user);
        group->hasOne(user, AssociationOptions().foreignKey("primaryGroupId").as("primaryUsers"));
        group->hasOne(user,
                      AssociationOptions().foreignKey("secondaryGroupId").as("secondaryUsers"));
        QCOMPARE(group->associationNames(),
                 QStringList({"User", "primaryUsers", "secondaryUsers"}));
    }

    void getterWhereAndTransaction_data() { TestDatabases::addDialectRows(); }
    void getterWhereAndTransaction()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        ModelDefinition *group = sequelize->define("Group", {{"name", DataTypes::String()}});
        ModelDefinition *task = sequelize->define(
            "TaskXYZ", {{"title", DataTypes::String()}, {"status", DataTypes::String()}});
        group->hasOne(user);
        user->hasOne(task);
        sequelize->sync(SyncOptions().force());
        const auto fake = user->create({{"username", "foo"}});
        const auto u = user->create({{"username", "foo"}});
        const auto g = group->create({{"name", "bar"}});
        const QSharedPointer<Transaction> t = sequelize->transaction();
        g->setAssociated("User", instance(u), SaveOptions().transaction(t.data()));
        if (sequelize->dialect() != QLatin1String("sqlite")) // one connection on SQLite
            QVERIFY(!group->findAll().first()->getAssociated("User"));
        const auto inside = group->findAll(FindOptions().transaction(t.data()))
                                .first()
                                ->getAssociated("User", FindOptions().transaction(t.data()));
        QVERIFY(inside);
        QCOMPARE(inside->get("id"), u->get("id"));
        QVERIFY(inside->get("id") != fake->get("id"));
        t->rollback();
        QVERIFY(!group->findAll().first()->getAssociated("User"));

        const auto tk = task->create({{"title", "task"}, {"status", "inactive"}});
        u->setAssociated("TaskXYZ", instance(tk));
        QVERIFY(!u->getAssociated("TaskXYZ", FindOptions().where({{"status", "active"}})));
        QVERIFY(u->getAssociated("TaskXYZ", FindOptions().where({{"status", "inactive"}})));
    }

    void setterForms_data() { TestDatabases::addDialectRows(); }
    void setterForms()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user
            = sequelize->define("UserXYZZ",
                                {{"userCoolIdTag", Attribute(DataTypes::Integer()).primaryKey()},
                                 {"username", DataTypes::String()}});
        ModelDefinition *task
            = sequelize->define("TaskXYZZ",
                                {{"taskOrSomething", Attribute(DataTypes::Integer()).primaryKey()},
                                 {"title", DataTypes::String()}});
        user->hasOne(task, AssociationOptions().foreignKey("userCoolIdTag"));
        sequelize->sync(SyncOptions().force());
        const auto u = user->create({{"userCoolIdTag", 1}, {"username", "foo"}});
        const auto t1 = task->create({{"taskOrSomething", 1}, {"title", "bar"}});
        u->setAssociated("TaskXYZZ", instance(t1));
        QVERIFY(u->getAssociated("TaskXYZZ"));
        u->setAssociated("TaskXYZZ", QVariant());
        QVERIFY(!u->getAssociated("TaskXYZZ"));
        QVERIFY(task->findByPk(1)->get("userCoolIdTag").isNull());

        // A key instead of an instance; a second target unlinks the first.
        const auto t2 = task->create({{"taskOrSomething", 20}, {"title", "bar2"}});
        u->setAssociated("TaskXYZZ", 1);
        QCOMPARE(u->getAssociated("TaskXYZZ")->get("title").toString(), QStringLiteral("bar"));
        u->setAssociated("TaskXYZZ", 20);
        QCOMPARE(u->getAssociated("TaskXYZZ")->get("title").toString(), QStringLiteral("bar2"));
        QVERIFY(task->findByPk(1)->get("userCoolIdTag").isNull());
        QCOMPARE(task->count(FindOptions().where({{"userCoolIdTag", 1}})), qint64(1));
        // The same twice.
        u->setAssociated("TaskXYZZ", instance(t2));
        u->setAssociated("TaskXYZZ", instance(t2));
        QCOMPARE(u->getAssociated("TaskXYZZ")->get("taskOrSomething").toInt(), 20);
        QCOMPARE(task->count(FindOptions().where({{"userCoolIdTag", 1}})), qint64(1));
    }

    void foreignKeyErrors_data() { TestDatabases::addDialectRows(); }
    void foreignKeyErrors()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("UserXYZ", {{"username", DataTypes::String()}});
        ModelDefinition *task = sequelize->define("TaskXYZ", {{"title", DataTypes::String()}});
        user->hasOne(task);
        sequelize->sync(SyncOptions().force());
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 task->create({{"title", "task"}, {"UserXYZId", 5}}));
        const auto t = task->create({{"title", "task"}});
        QVERIFY_THROWS_EXCEPTION(
            ForeignKeyConstraintError,
            task->update({{"title", "taskUpdate"}, {"UserXYZId", 5}}, Op::eq("id", t->get("id"))));
        QCOMPARE(task->findByPk(t->get("id"))->get("title").toString(), QStringLiteral("task"));
    }

    void createAssociated_data() { TestDatabases::addDialectRows(); }
    void createAssociated()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}});
        user->hasOne(task);
        sequelize->sync(SyncOptions().force());
        const auto bob = user->create({{"username", "bob"}});
        bob->createAssociated("Task", {{"title", "task"}});
        QCOMPARE(bob->getAssociated("Task")->get("title").toString(), QStringLiteral("task"));
        // A second one replaces the first as the target.
        bob->createAssociated("Task", {{"title", "second"}}, SaveOptions().fields({"title"}));
        QCOMPARE(bob->getAssociated("Task")->get("title").toString(), QStringLiteral("second"));
        QCOMPARE(task->count(FindOptions().where({{"UserId", bob->get("id")}})), qint64(1));

        const auto ann = user->create({{"username", "ann"}});
        const QSharedPointer<Transaction> t = sequelize->transaction();
        ann->createAssociated("Task", {{"title", "t"}}, SaveOptions().transaction(t.data()));
        QVERIFY(ann->getAssociated("Task", FindOptions().transaction(t.data())));
        t->rollback();
        QVERIFY(!ann->getAssociated("Task"));
    }

    void foreignKeyNames_data() { TestDatabases::addDialectRows(); }
    void foreignKeyNames()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "UserXYZ", {{"username", DataTypes::String()}, {"gender", DataTypes::String()}});
        ModelDefinition *task = sequelize->define(
            "TaskXYZ",
            {{"id", Attribute(DataTypes::Integer()).field("Id").autoIncrement().primaryKey()},
             {"title", DataTypes::String()},
             {"status", DataTypes::String()}});
        task->hasOne(user, AssociationOptions().foreignKey("taskId").foreignKeyField("task_id"));
        ModelDefinition *account = sequelize->define("Account", {{"name", DataTypes::String()}},
                                                     ModelOptions().underscored());
        ModelDefinition *member = sequelize->define("Member", {{"name", DataTypes::String()}},
                                                    ModelOptions().underscored());
        account->hasOne(member);
        sequelize->sync(SyncOptions().force());
        QVERIFY(sequelize->queryInterface().describeTable(user->tableName()).contains("task_id"));
        QVERIFY(
            sequelize->queryInterface().describeTable(member->tableName()).contains("account_id"));
        const auto u = user->create({{"username", "foo"}, {"gender", "male"}});
        const auto t = task->create({{"title", "task"}, {"status", "inactive"}});
        t->setAssociated("UserXYZ", instance(u));
        QVERIFY(t->getAssociated("UserXYZ"));
        const auto found
            = task->findOne(FindOptions().where({{"title", "task"}}).include(Include(user)));
        QCOMPARE(found->loadedTargets("UserXYZ").size(), 1);
        found->reload();
        QCOMPARE(found->get("title").toString(), QStringLiteral("task"));
    }

    void constraints_data() { TestDatabases::addDialectRows(); }
    void constraints()
    {
        QSQ_OPEN_DIALECT(sequelize);
        auto define = [&](const AssociationOptions &options) {
            sequelize->queryInterface().dropAllTables();
            ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}});
            ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
            user->hasOne(task, options);
            sequelize->sync(SyncOptions().force());
            return std::pair{user, task};
        };
        {
            const auto [user, task] = define({});
            const auto u = user->create({{"username", "foo"}});
            const auto t = task->create({{"title", "task"}});
            u->setAssociated("Task", instance(t));
            u->destroy();
            t->reload();
            QVERIFY(t->get("UserId").isNull());
        }
        {
            const auto [user, task] = define(AssociationOptions().foreignKeyAllowNull(false));
            const auto u = user->create({{"username", "foo"}});
            task->create({{"title", "task"}, {"UserId", u->get("id")}});
            u->destroy();
            QCOMPARE(task->count(), qint64(0));
        }
        {
            const auto [user, task] = define(AssociationOptions().constraints(false));
            const auto u = user->create({{"username", "foo"}});
            const auto t = task->create({{"title", "task"}});
            u->setAssociated("Task", instance(t));
            u->destroy();
            t->reload();
            QCOMPARE(t->get("UserId"), u->get("id"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_HasOne)
#include "tst_hasone.moc"
