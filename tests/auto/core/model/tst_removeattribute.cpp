// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition::removeAttribute() (Sequelize's Model.removeAttribute) on every dialect: a
// table without a primary key (removeAttribute("id")) is created, written and read by where,
// and every operation that would need the row's key is refused instead of touching every
// row; removing other attributes and timestamps; what cannot be removed.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_RemoveAttribute : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineLog(Sequelize *sequelize)
    {
        ModelDefinition *log = sequelize->define(
            "Log", {{"message", DataTypes::String()}, {"level", DataTypes::Integer()}});
        log->removeAttribute("id");
        log->sync(SyncOptions().force());
        return log;
    }

private slots:
    void withoutPrimaryKey_data() { TestDatabases::addDialectRows(); }
    void withoutPrimaryKey()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *log = defineLog(sequelize.get());
        QVERIFY(!log->hasAttribute("id"));
        QCOMPARE(log->primaryKeyAttribute(), QString());
        QVERIFY(log->primaryKeyAttributes().isEmpty());
        const auto columns = sequelize->queryInterface().describeTable("Logs");
        QVERIFY(!columns.contains("id"));
        QVERIFY(columns.contains("message"));
        QVERIFY(columns.contains("createdAt"));

        const auto first = log->create({{"message", "started"}, {"level", 1}});
        QCOMPARE(first->get("message").toString(), "started");
        QVERIFY(!first->isNewRecord());
        log->create({{"message", "started"}}); // a duplicate row: no key tells them apart
        log->bulkCreate(
            {{{"message", "warned"}, {"level", 2}}, {{"message", "failed"}, {"level", 3}}});
        QCOMPARE(log->count(), 4);
        QCOMPARE(log->count(FindOptions().where({{"message", "started"}})), 2);
        const auto ordered = log->findAll(FindOptions().where(Op::gte("level", 2)).order("level"));
        QCOMPARE(ordered.size(), 2);
        QCOMPARE(ordered.at(1)->get("message").toString(), "failed");
        QCOMPARE(log->update({{"level", 9}}, Op::eq("message", "warned")), 1);
        QCOMPARE(log->max("level").toInt(), 9);
        QCOMPARE(log->destroy(Op::eq("message", "failed")), 1);
        QCOMPARE(log->count(), 3);

        // What would need the row's key: refused before anything runs, every row intact.
        first->set("level", 5);
        QVERIFY_THROWS_EXCEPTION(InstanceError, first->save());
        QVERIFY_THROWS_EXCEPTION(InstanceError, first->update({{"level", 6}}));
        QVERIFY_THROWS_EXCEPTION(InstanceError, first->reload());
        QVERIFY_THROWS_EXCEPTION(InstanceError, first->destroy());
        QVERIFY_THROWS_EXCEPTION(InstanceError, first->increment("level"));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, log->findByPk(1));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, log->upsert({{"message", "x"}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, log->count(FindOptions().distinct()));
        QCOMPARE(log->count(), 3);
        QCOMPARE(log->count(FindOptions().where({{"level", 5}})), 0);
        QCOMPARE(log->count(FindOptions().where({{"level", 1}})), 1);
    }

    // Associations: none keyed on the missing primary key, one on a named key works.
    void associations_data() { TestDatabases::addDialectRows(); }
    void associations()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *log = defineLog(sequelize.get());
        ModelDefinition *user = sequelize->define("User", {{"name", DataTypes::String()}});
        QVERIFY_THROWS_EXCEPTION(DefinitionError, user->belongsTo(log));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, log->hasMany(user));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, log->belongsToMany(user, AssociationOptions().through("LogUsers")));
        // A log entry belongs to a user: the key is on the log, the user's key is its own.
        log->belongsTo(user);
        user->hasMany(log);
        sequelize->sync(SyncOptions().force());
        const auto ann = user->create({{"name", "Ann"}});
        log->create({{"message", "hello"}, {"UserId", ann->get("id")}});
        log->create({{"message", "bye"}, {"UserId", ann->get("id")}});
        const auto found = user->findOne(FindOptions().include("Logs"));
        QCOMPARE(found->loadedTargets("Logs").size(), 2);
        const auto entry = log->findOne(FindOptions().where({{"message", "bye"}}).include("User"));
        QCOMPARE(entry->loadedAssociation("User")->get("name").toString(), "Ann");
        QCOMPARE(ann->countAssociated("Logs"), 2);
        QVERIFY_THROWS_EXCEPTION(DefinitionError, log->removeAttribute("UserId"));
    }

    // Other attributes: their column goes; a removed timestamp is no longer maintained.
    void otherAttributes_data() { TestDatabases::addDialectRows(); }
    void otherAttributes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *item = sequelize->define(
            "Item", {{"name", DataTypes::String()}, {"legacy", DataTypes::String()}});
        item->removeAttribute("legacy");
        item->removeAttribute("updatedAt");
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, item->removeAttribute("nope"));
        item->sync(SyncOptions().force());
        const auto columns = sequelize->queryInterface().describeTable("Items");
        QVERIFY(!columns.contains("legacy"));
        QVERIFY(!columns.contains("updatedAt"));
        QVERIFY(columns.contains("createdAt"));
        const auto a = item->create({{"name", "a"}, {"legacy", "ignored"}});
        QCOMPARE(a->get("id").toInt(), 1);
        QVERIFY(a->get("createdAt").toDateTime().isValid());
        a->update({{"name", "b"}});
        QCOMPARE(item->findByPk(1)->get("name").toString(), "b");
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, a->get("legacy"));
    }
};

QTEST_GUILESS_MAIN(tst_RemoveAttribute)
#include "tst_removeattribute.moc"
