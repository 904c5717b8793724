// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Optimistic locking, ported from Sequelize v6's test/integration/model/optimistic_locking.test.js,
// on every dialect: save, update, increment and decrement bump the version; a stale instance is
// refused with OptimisticLockError and the stored row keeps the winner's values.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_OptimisticLocking : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineAccount(Sequelize *sequelize)
    {
        ModelDefinition *account = sequelize->define("Account", {{"number", DataTypes::Integer()}},
                                                     ModelOptions().version(true));
        account->sync(SyncOptions().force());
        return account;
    }

private slots:
    void versionBumps_data() { TestDatabases::addDialectRows(); }
    void versionBumps()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = defineAccount(sequelize.get());
        const auto a = account->create({{"number", 1}});
        QCOMPARE(a->get("version").toInt(), 0);
        a->set("number", 2);
        a->save();
        QCOMPARE(a->get("version").toInt(), 1);
        a->update({{"number", 3}});
        QCOMPARE(a->get("version").toInt(), 2);
        QCOMPARE(account->findByPk(a->get("id"))->get("version").toInt(), 2);
        a->increment("number");
        a->reload();
        QCOMPARE(a->get("version").toInt(), 3);
        QCOMPARE(a->get("number").toInt(), 4);
        a->decrement("number");
        a->reload();
        QCOMPARE(a->get("version").toInt(), 4);
        QCOMPARE(a->get("number").toInt(), 3);
        // Nothing changed: no write, no new version.
        a->save();
        QCOMPARE(account->findByPk(a->get("id"))->get("version").toInt(), 4);
    }

    void staleInstanceRefused_data() { TestDatabases::addDialectRows(); }
    void staleInstanceRefused()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = defineAccount(sequelize.get());
        const auto a = account->create({{"number", 1}});
        const auto b = account->findByPk(a->get("id"));
        a->set("number", 2);
        a->save();
        b->set("number", 5);
        QVERIFY_THROWS_EXCEPTION(OptimisticLockError, b->save());
        QVERIFY_THROWS_EXCEPTION(OptimisticLockError, b->update({{"number", 6}}));
        b->destroy(); // as Sequelize: a stale destroy deletes nothing and does not throw
        const auto stored = account->findByPk(a->get("id"));
        QVERIFY(stored);
        QCOMPARE(stored->get("number").toInt(), 2);
        QCOMPARE(stored->get("version").toInt(), 1);
        // After a reload the instance is current again.
        b->reload();
        b->update({{"number", 7}});
        QCOMPARE(account->findByPk(a->get("id"))->get("version").toInt(), 2);
    }

    // As Sequelize, set() leaves a stored row's version alone (as its timestamps): a version
    // given to set() or update() made the next save() stale, a version written by mistake.
    // setDataValue() still writes it; a new record keeps the version it is built with.
    void versionReadOnlyForSet_data() { TestDatabases::addDialectRows(); }
    void versionReadOnlyForSet()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = defineAccount(sequelize.get());
        const auto a = account->create({{"number", 1}});
        a->set("version", 50);
        QCOMPARE(a->get("version").toInt(), 0);
        QVERIFY(!a->changed("version"));
        a->update({{"version", 100}, {"number", 2}});
        QCOMPARE(a->get("version").toInt(), 1);
        const auto stored = account->findByPk(a->get("id"));
        QCOMPARE(stored->get("number").toInt(), 2);
        QCOMPARE(stored->get("version").toInt(), 1);
        stored->setDataValue("version", 99);
        stored->set("number", 3);
        QVERIFY_THROWS_EXCEPTION(OptimisticLockError, stored->save());
        const auto built = account->build({{"number", 4}, {"version", 7}});
        built->save();
        QCOMPARE(account->findByPk(built->get("id"))->get("version").toInt(), 7);
    }

    // Sequelize's version: 'lockVersion'. version("lockVersion") was version(true), the
    // literal converting to bool, so the attribute was "version".
    void namedVersion_data() { TestDatabases::addDialectRows(); }
    void namedVersion()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = sequelize->define("Account", {{"number", DataTypes::Integer()}},
                                                     ModelOptions().version("lockVersion"));
        account->sync(SyncOptions().force());
        QVERIFY(account->hasAttribute("lockVersion"));
        QVERIFY(!account->hasAttribute("version"));
        QVERIFY(sequelize->queryInterface().describeTable("Accounts").contains("lockVersion"));
        const auto a = account->create({{"number", 1}});
        const auto b = account->findByPk(a->get("id"));
        a->update({{"number", 2}});
        QCOMPARE(a->get("lockVersion").toInt(), 1);
        QVERIFY_THROWS_EXCEPTION(OptimisticLockError, b->update({{"number", 3}}));
        // version(QString()) or version("") is no version, as Sequelize's version: ''.
        ModelDefinition *plain = sequelize->define("Plain", {{"number", DataTypes::Integer()}},
                                                   ModelOptions().version(""));
        QVERIFY(!plain->hasAttribute("version"));
    }
};

QTEST_GUILESS_MAIN(tst_OptimisticLocking)
#include "tst_optimisticlocking.moc"
