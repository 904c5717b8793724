// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// findOne() and findByPk(), ported from Sequelize v6's test/integration/model/findOne.test.js
// on every dialect: transactions, string and BIGINT keys (past 2^53), keys given as text, zero
// as a key, aliased attributes, attributes left out, a limit given to findOne, capitalised key
// names, and belongsTo includes by two aliases of one target. Each slot names the `it(...)` it
// ports.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qjsonobject.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_FindOne : public QObject
{
    Q_OBJECT

    static ModelDefinition *user(Sequelize *s)
    {
        ModelDefinition *m = s->define("User",
                                       {{"username", DataTypes::String()},
                                        {"secretValue", DataTypes::String()},
                                        {"intVal", DataTypes::Integer()},
                                        {"aBool", DataTypes::Boolean()}});
        m->sync(SyncOptions().force());
        return m;
    }

private slots:
    // "supports transactions"
    void transactions_data() { TestDatabases::addDialectRows(); }
    void transactions()
    {
        QSQ_OPEN_DIALECT(s);
        auto *m = user(s.get());
        const auto t = s->transaction();
        m->create({{"username", "foo"}}, SaveOptions().transaction(t.data()));
        if (dialect != QLatin1String("sqlite")) // SQLite: one connection, see README
            QVERIFY(!m->findOne(FindOptions().where({{"username", "foo"}})));
        QVERIFY(m->findOne(FindOptions().where({{"username", "foo"}}).transaction(t.data())));
        t->rollback();
        QVERIFY(!m->findOne(FindOptions().where({{"username", "foo"}})));
    }

    // "returns a single dao", "... given a string id", "always honors ZERO as primary key",
    // "ignores passed limit option", "doesn't find a user if conditions are not matching"
    void keys_data() { TestDatabases::addDialectRows(); }
    void keys()
    {
        QSQ_OPEN_DIALECT(s);
        auto *m = user(s.get());
        const auto created = m->create({{"username", "barfooz"}});
        QCOMPARE(m->findByPk(created->get("id"))->get("id"), created->get("id"));
        QCOMPARE(m->findByPk(created->get("id").toString())->get("id").toInt(),
                 created->get("id").toInt());
        m->bulkCreate({{{"username", "jack"}}, {{"username", "jack"}}});
        QStringList statements;
        QList<QVariantList> bindings;
        QObject::connect(s.get(), &Sequelize::queryExecuted,
                         [&](const QString &sql, const QVariantList &bound) {
                             statements.append(sql);
                             bindings.append(bound);
                         });
        QVERIFY(!m->findByPk(0));
        QVERIFY(!m->findByPk(QStringLiteral("0")));
        QCOMPARE(statements.size(), 2); // zero is a key that is looked up, not "no key"
        for (const QVariantList &bound : std::as_const(bindings))
            QVERIFY(bound.contains(QVariant(0)) || bound.contains(QVariant(QStringLiteral("0")))
                    || bound.contains(QVariant(qint64(0))));
        const auto one = m->findOne(FindOptions().limit(10));
        QVERIFY(one);
        QVERIFY(!m->findOne(FindOptions().where({{"username", "foo"}})));
    }

    // "doesn't throw an error when entering in a non integer value for a specified primary
    // field", "finds entries via primary keys", "... via a string primary key called id", "...
    // via a bigint primary key called id", "should allow us to find IDs using capital letters"
    void keyKinds_data() { TestDatabases::addDialectRows(); }
    void keyKinds()
    {
        QSQ_OPEN_DIALECT(s);
        auto *named = s->define("UserWithPrimaryKey",
                                {{"identifier", Attribute(DataTypes::String()).primaryKey()},
                                 {"name", DataTypes::String()}});
        named->sync(SyncOptions().force());
        const auto u = named->create({{"identifier", "an identifier"}, {"name", "John"}});
        QVERIFY(!u->toJSON().contains("id"));
        QCOMPARE(named->findByPk("an identifier")->get("name").toString(), "John");

        auto *stringId = s->define(
            "StringId",
            {{"id", Attribute(DataTypes::String()).primaryKey()}, {"name", DataTypes::String()}});
        auto *bigId = s->define(
            "BigId",
            {{"id", Attribute(DataTypes::BigInt()).primaryKey()}, {"name", DataTypes::String()}});
        auto *capital
            = s->define("Capital",
                        {{"ID", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                         {"Login", DataTypes::String()}});
        s->sync(SyncOptions().force());
        stringId->create({{"id", "a string based id"}, {"name", "Johnno"}});
        QCOMPARE(stringId->findByPk("a string based id")->get("name").toString(), "Johnno");
        const qint64 big = 9007199254740993; // 2^53 + 1: no double holds it
        bigId->create({{"id", big}, {"name", "Johnno"}});
        bigId->create({{"id", big - 1}, {"name", "neighbour"}});
        const auto found = bigId->findByPk(big);
        QVERIFY(found);
        QCOMPARE(found->get("name").toString(), "Johnno");
        QCOMPARE(found->get("id").toLongLong(), big);
        QCOMPARE(bigId->findByPk(QStringLiteral("9007199254740993"))->get("name").toString(),
                 "Johnno");
        capital->create({{"Login", "foo"}});
        const auto c = capital->findByPk(1);
        QVERIFY(c);
        QCOMPARE(c->get("ID").toInt(), 1);
    }

    // "should make aliased attributes available", "should not try to convert boolean values if
    // they are not selected"
    void attributes_data() { TestDatabases::addDialectRows(); }
    void attributes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *m = user(s.get());
        const auto created = m->create({{"username", "barfooz"}, {"aBool", true}});
        const auto aliased = m->findOne(FindOptions()
                                            .where({{"id", created->get("id")}})
                                            .attributes({"id"})
                                            .attribute("username", "name"));
        QCOMPARE(aliased->get("name").toString(), "barfooz");
        const auto idOnly
            = m->findOne(FindOptions().where({{"id", created->get("id")}}).attributes({"id"}));
        QVERIFY(!idOnly->toJSON().contains("aBool"));
    }

    // eager loading, belongsTo: "throws an error if included DaoFactory is not associated",
    // "returns the associated worker via task.worker", "returns the private and public ip"
    void belongsToIncludes_data() { TestDatabases::addDialectRows(); }
    void belongsToIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *task = s->define("Task", {{"title", DataTypes::String()}});
        auto *worker = s->define("Worker", {{"name", DataTypes::String()}});
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 worker->findOne(FindOptions().include(Include(task))));
        task->belongsTo(worker);
        auto *domain = s->define("Domain", {{"ip", DataTypes::String()}});
        auto *environment = s->define("Environment", {{"name", DataTypes::String()}});
        environment->belongsTo(
            domain, AssociationOptions().as("PrivateDomain").foreignKey("privateDomainId"));
        environment->belongsTo(
            domain, AssociationOptions().as("PublicDomain").foreignKey("publicDomainId"));
        s->sync(SyncOptions().force());
        const auto w = worker->create({{"name", "worker"}});
        const auto t = task->create({{"title", "homework"}});
        t->setAssociated("Worker", w->get("id"));
        const auto found
            = task->findOne(FindOptions().where({{"title", "homework"}}).include(Include(worker)));
        QCOMPARE(found->loadedAssociation("Worker")->get("name").toString(), "worker");

        const auto privateIp = domain->create({{"ip", "192.168.0.1"}});
        const auto publicIp = domain->create({{"ip", "91.65.189.19"}});
        const auto env = environment->create({{"name", "environment"}});
        env->setAssociated("PrivateDomain", privateIp->get("id"));
        env->setAssociated("PublicDomain", publicIp->get("id"));
        const auto e = environment->findOne(FindOptions()
                                                .where({{"name", "environment"}})
                                                .include(Include("PrivateDomain"))
                                                .include(Include("PublicDomain")));
        QCOMPARE(e->loadedAssociation("PrivateDomain")->get("ip").toString(), "192.168.0.1");
        QCOMPARE(e->loadedAssociation("PublicDomain")->get("ip").toString(), "91.65.189.19");
        // Both aliased: the model alone does not say which one.
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 environment->findOne(FindOptions().include(Include(domain))));
    }

    // findOrBuild.test.js: "initialize with includes"; beyond it, a miss builds an unsaved
    // instance from the where and the defaults.
    void findOrBuildWithIncludes_data() { TestDatabases::addDialectRows(); }
    void findOrBuildWithIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *u
            = s->define("User", {{"username", DataTypes::String()}, {"age", DataTypes::Integer()}});
        auto *project = s->define("Project", {{"name", DataTypes::String()}});
        u->hasMany(project);
        project->belongsTo(u);
        s->sync(SyncOptions().force());
        const auto users = u->bulkCreate(
            {{{"username", "Mello"}, {"age", 10}}, {{"username", "Mello"}, {"age", 20}}});
        const auto p = project->create({{"name", "Investigate"}});
        users.at(1)->setAssociated("Projects", QVariantList{p->get("id")});
        bool built = true;
        const auto found
            = u->findOrBuild(FindOptions().where({{"age", 20}}).include(Include(project)),
                             {{"username", "Mello"}, {"age", 10}}, &built);
        QVERIFY(!built);
        QVERIFY(found->get("id").toInt() > 0);
        QCOMPARE(found->get("username").toString(), "Mello");
        QCOMPARE(found->get("age").toInt(), 20);
        QCOMPARE(found->loadedTargets("Projects").size(), 1);
        QCOMPARE(found->loadedTargets("Projects").first()->get("name").toString(), "Investigate");
        const auto fresh = u->findOrBuild(FindOptions().where({{"age", 30}}),
                                          {{"username", "New"}, {"age", 10}}, &built);
        QVERIFY(built);
        QVERIFY(fresh->isNewRecord());
        // A default wins over the where's value, as Sequelize's Utils.defaults(defaults, where).
        QCOMPARE(fresh->get("age").toInt(), 10);
        QCOMPARE(fresh->get("username").toString(), "New");
        QCOMPARE(u->count(), qint64(2));
    }

    // findByPk with a number the INTEGER key cannot hold (1.5, past its range) finds nothing,
    // as Sequelize's (and as it did with a default scope): without one it was a
    // ValidationError. A key that is no number at all stays one.
    void keysNoRowCanHold_data() { TestDatabases::addDialectRows(); }
    void keysNoRowCanHold()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *row
            = s->define("Row", {{"name", DataTypes::String()}}, ModelOptions().timestamps(false));
        row->sync(SyncOptions().force());
        row->create({{"name", "a"}});
        for (const bool scoped : {false, true}) {
            if (scoped)
                row->addScope("defaultScope", FindOptions().where(Op::ne("name", "zzz")));
            QVERIFY(row->findByPk(1.5).isNull());
            QVERIFY(row->findByPk(Q_INT64_C(99999999999)).isNull());
            QVERIFY(row->findByPk(-1).isNull());
            QCOMPARE(row->findByPk(1.0)->get("name").toString(), QStringLiteral("a"));
            QCOMPARE(row->findByPk(QStringLiteral("1"))->get("name").toString(),
                     QStringLiteral("a"));
            QVERIFY_THROWS_EXCEPTION(ValidationError, row->findByPk(QStringLiteral("abc")));
        }
    }
};

QTEST_GUILESS_MAIN(tst_FindOne)
#include "tst_findone.moc"
