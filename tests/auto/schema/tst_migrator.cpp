// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Errors>
#include <QtSequelize/Migrator>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qtextstream.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

// Migrations as Sequelize CLI runs them, with SequelizeMeta, on every dialect.
class tst_Migrator : public QObject
{
    Q_OBJECT

private:
    static void addMigrations(Migrator &migrator)
    {
        migrator
            .add(
                "20261125-01-create-groups",
                [](QueryInterface &qi, Sequelize &) {
                    qi.createTable(
                        "groups",
                        {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                         {"name", DataTypes::String()}});
                },
                [](QueryInterface &qi, Sequelize &) { qi.dropTable("groups"); })
            .add(
                "20261125-02-create-members",
                [](QueryInterface &qi, Sequelize &) {
                    qi.createTable(
                        "members",
                        {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                         {"groupId", Attribute(DataTypes::Integer()).references("groups")}});
                },
                [](QueryInterface &qi, Sequelize &) { qi.dropTable("members"); })
            .add(
                "20261125-03-nickname",
                [](QueryInterface &qi, Sequelize &) {
                    qi.addColumn("members", "nickname", DataTypes::String());
                },
                [](QueryInterface &qi, Sequelize &) { qi.removeColumn("members", "nickname"); });
    }

    static void undoAllOf(Migrator &migrator) { migrator.undoAll(); }

private slots:
    void migrateAndUndo_data() { TestDatabases::addDialectRows(); }
    void migrateAndUndo()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        Migrator migrator(sequelize.get());
        addMigrations(migrator);
        QCOMPARE(migrator.executed(), QStringList());
        QCOMPARE(migrator.pending().size(), 3);
        QCOMPARE(migrator.migrate("20261125-02-create-members"),
                 (QStringList{"20261125-01-create-groups", "20261125-02-create-members"}));
        QCOMPARE(migrator.migrate(), QStringList{"20261125-03-nickname"});
        QCOMPARE(migrator.migrate(), QStringList());
        QVERIFY(qi.describeTable("members").contains("nickname"));
        QCOMPARE(qi.showAllTables(), (QStringList{"SequelizeMeta", "groups", "members"}));

        QCOMPARE(migrator.undo(), QStringList{"20261125-03-nickname"});
        QVERIFY(!qi.describeTable("members").contains("nickname"));
        QCOMPARE(migrator.pending(), QStringList{"20261125-03-nickname"});
        QCOMPARE(migrator.undoAll(),
                 (QStringList{"20261125-02-create-members", "20261125-01-create-groups"}));
        QCOMPARE(qi.showAllTables(), QStringList{"SequelizeMeta"});

        // A failing migration is not recorded, and what came before it stays.
        migrator.add("20261125-04-broken", [](QueryInterface &qi, Sequelize &) {
            qi.addColumn("nosuchtable", "x", DataTypes::String());
        });
        QVERIFY_THROWS_EXCEPTION(DatabaseError, migrator.migrate());
        QCOMPARE(migrator.pending(), QStringList{"20261125-04-broken"});
        QVERIFY_THROWS_EXCEPTION(DefinitionError, migrator.undo("20261125-04-broken"));

        // Another program's migrator that does not know an executed migration refuses to run.
        Migrator other(sequelize.get());
        other.add("20261125-01-create-groups", [](QueryInterface &, Sequelize &) {});
        QVERIFY_THROWS_EXCEPTION(DefinitionError, other.migrate());
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            other.add("20261125-01-create-groups", [](QueryInterface &, Sequelize &) {}));
    }

    // With ambient transactions, QueryInterface calls join the transaction the thread runs: a
    // migration run inside one is all or nothing where DDL is transactional.
    void atomicInATransaction_data() { TestDatabases::addDialectRows(); }
    void atomicInATransaction()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->setAmbientTransactions(true);
        QueryInterface qi = sequelize->queryInterface();
        Migrator migrator(sequelize.get());
        migrator
            .add("01-create",
                 [](QueryInterface &qi, Sequelize &) {
                     qi.createTable("things",
                                    {{"id", Attribute(DataTypes::Integer()).primaryKey()}});
                 })
            .add("02-broken", [](QueryInterface &qi, Sequelize &) {
                qi.addColumn("nosuchtable", "x", DataTypes::String());
            });
        if (dialect == QLatin1String("mariadb")) {
            // MariaDB commits the transaction before each DDL statement, so that its rollback
            // would undo nothing: refused before the first one.
            qInfo("MariaDB: DDL is not transactional; refused inside a transaction");
            QVERIFY_THROWS_EXCEPTION(TransactionError, sequelize->transaction([&](Transaction &) {
                migrator.migrate();
            }));
        } else {
            QVERIFY_THROWS_EXCEPTION(
                DatabaseError, sequelize->transaction([&](Transaction &) { migrator.migrate(); }));
        }
        QCOMPARE(qi.showAllTables(), QStringList());
        QCOMPARE(migrator.executed(), QStringList());
    }

    // Sequelize CLI's commands.
    void commandLine_data() { TestDatabases::addDialectRows(); }
    void commandLine()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        Migrator migrator(sequelize.get());
        addMigrations(migrator);
        QString text;
        QTextStream out(&text);
        auto run = [&](const QStringList &arguments) {
            text.clear();
            return migrator.run(QStringList{"migrate"} + arguments, &out);
        };
        QCOMPARE(run({"db:migrate:status"}), 0);
        QCOMPARE(text.count(QStringLiteral("down ")), 3);
        QCOMPARE(run({"db:migrate", "--to", "20261125-01-create-groups"}), 0);
        QCOMPARE(text, QStringLiteral("== 20261125-01-create-groups: migrated\n"));
        QCOMPARE(run({"db:migrate"}), 0);
        QCOMPARE(text.count(QStringLiteral("migrated")), 2);
        QCOMPARE(run({"db:migrate:status"}), 0);
        QCOMPARE(text.count(QStringLiteral("up   ")), 3);
        QCOMPARE(run({"db:migrate:undo"}), 0);
        QCOMPARE(text, QStringLiteral("== 20261125-03-nickname: reverted\n"));
        QCOMPARE(run({"db:migrate:undo:all"}), 0);
        QCOMPARE(text.count(QStringLiteral("reverted")), 2);
        // --name undoes that migration only (umzug's down(name)), not the ones after it.
        QCOMPARE(run({"db:migrate"}), 0);
        // Only groups' down runs, and a table another one references is not dropped.
        QCOMPARE(migrator.executed().size(), 3);
        Migrator independent(sequelize.get());
        independent.add(
            "a-one",
            [](QueryInterface &qi, Sequelize &) {
                qi.createTable("one", {{"id", Attribute(DataTypes::Integer()).primaryKey()}});
            },
            [](QueryInterface &qi, Sequelize &) { qi.dropTable("one"); });
        independent.add(
            "b-two",
            [](QueryInterface &qi, Sequelize &) {
                qi.createTable("two", {{"id", Attribute(DataTypes::Integer()).primaryKey()}});
            },
            [](QueryInterface &qi, Sequelize &) { qi.dropTable("two"); });
        undoAllOf(migrator);
        QCOMPARE(independent.migrate(), QStringList({"a-one", "b-two"}));
        QCOMPARE(independent.run({"migrate", "db:migrate:undo", "--name", "a-one"}, &out), 0);
        QCOMPARE(independent.executed(), QStringList({"b-two"}));
        QVERIFY(!qi.tableExists("one"));
        QVERIFY(qi.tableExists("two"));
        QCOMPARE(independent.run({"migrate", "db:migrate:undo", "--name", "a-one"}, &out), 1);
        independent.undoAll();
        QCOMPARE(run({"db:migrate", "--to=nosuch"}), 1);
        QVERIFY(text.startsWith(QStringLiteral("ERROR: Unknown migration nosuch")));
        QCOMPARE(run({"db:sideways"}), 2);
        QVERIFY(text.startsWith(QStringLiteral("usage:")));
    }
};

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
