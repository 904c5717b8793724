// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Truncate, ported from Sequelize v6's test/integration/sequelize/truncate.test.js,
// sequelize.test.js ("truncates all models"), model.test.js (the `truncate` method and option)
// and hooks/bulkOperation.test.js on every dialect: Model.truncate() is destroy({truncate}),
// with the bulk and individual hooks, a paranoid model's rows soft-deleted; cascade and
// restartIdentity as each database can (refused where it cannot); sequelize.truncate() over
// models whose keys form a cycle needs cascade. Beyond Sequelize: a truncate or a schema change
// inside a transaction never commits it (MariaDB's TRUNCATE and DDL would).

#include <QtSequelize/AssociationOptions>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

namespace {

class BulkHooks : public ModelHooks
{
public:
    QStringList log;
    void beforeBulkDestroy(Where &, const HookOptions &) override
    {
        log << QStringLiteral("beforeBulkDestroy");
    }
    void afterBulkDestroy(int rows, const HookOptions &) override
    {
        log << QStringLiteral("afterBulkDestroy %1").arg(rows);
    }
    void beforeDestroy(Model *, const HookOptions &) override
    {
        log << QStringLiteral("beforeDestroy");
    }
    void afterDestroy(Model *, const HookOptions &) override
    {
        log << QStringLiteral("afterDestroy");
    }
};

ModelDefinition *users(Sequelize *s, ModelOptions options = ModelOptions())
{
    ModelDefinition *user = s->define("User", {{"username", DataTypes::String()}}, options);
    user->sync(SyncOptions().force());
    user->bulkCreate({{{"username", "user1"}}, {{"username", "user2"}}});
    return user;
}

} // namespace

class tst_Truncate : public QObject
{
    Q_OBJECT

private slots:
    // model.test.js: "`truncate` method should clear the table", "`truncate` option returns a
    // number"; hooks/bulkOperation.test.js: the bulk hooks run for destroy({truncate}), the
    // individual ones with individualHooks.
    void truncateRunsHooks_data() { TestDatabases::addDialectRows(); }
    void truncateRunsHooks()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = users(s.get());
        auto hooks = QSharedPointer<BulkHooks>::create();
        user->addHooks(hooks);
        QCOMPARE(user->truncate(), 2);
        QCOMPARE(user->count(), 0);
        QCOMPARE(hooks->log, QStringList({"beforeBulkDestroy", "afterBulkDestroy 2"}));
        hooks->log.clear();
        user->bulkCreate({{{"username", "user3"}}});
        QCOMPARE(user->destroy(Where(), DestroyOptions().truncate().individualHooks()), 1);
        QCOMPARE(hooks->log,
                 QStringList(
                     {"beforeBulkDestroy", "beforeDestroy", "afterDestroy", "afterBulkDestroy 1"}));
        hooks->log.clear();
        user->bulkCreate({{{"username", "user4"}}});
        QCOMPARE(user->truncate(DestroyOptions().hooks(false)), 1);
        QCOMPARE(hooks->log, QStringList());
    }

    // Model.truncate() is destroy({truncate}): a paranoid model's rows are soft-deleted
    // unless force (hooks/bulkOperation.test.js's #bulkRestore setup).
    void truncateParanoid_data() { TestDatabases::addDialectRows(); }
    void truncateParanoid()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = users(s.get(), ModelOptions().paranoid());
        QCOMPARE(user->truncate(), 2);
        QCOMPARE(user->count(), 0);
        QCOMPARE(user->count(FindOptions().paranoid(false)), 2);
        QCOMPARE(user->restore(Where()), 2);
        QCOMPARE(user->truncate(DestroyOptions().force()), 2);
        QCOMPARE(user->count(FindOptions().paranoid(false)), 0);
    }

    // restartIdentity: the next key is 1 again (MariaDB's TRUNCATE always restarts it);
    // without it PostgreSQL and SQLite go on counting.
    void restartIdentity_data() { TestDatabases::addDialectRows(); }
    void restartIdentity()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = users(s.get());
        user->truncate();
        const qint64 next = user->create({{"username", "a"}})->get("id").toLongLong();
        QCOMPARE(next, dialect == QLatin1String("mariadb") ? 1 : 3);
        user->truncate(DestroyOptions().restartIdentity());
        QCOMPARE(user->create({{"username", "b"}})->get("id").toLongLong(), 1);
        // Without truncate() a DELETE would not do what they ask (Sequelize ignores them).
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 user->destroy(Where(), DestroyOptions().restartIdentity()));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 user->destroy(Where(), DestroyOptions().cascade()));
        QCOMPARE(user->count(), 1);
    }

    // Inside a transaction the rows come back with its rollback on every database (MariaDB:
    // DELETE, as its TRUNCATE would commit the transaction; restartIdentity refused there).
    void truncateInTransaction_data() { TestDatabases::addDialectRows(); }
    void truncateInTransaction()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = users(s.get());
        {
            const auto t = s->transaction();
            user->create({{"username", "in"}}, SaveOptions().transaction(t.data()));
            QCOMPARE(user->truncate(DestroyOptions().transaction(t.data())), 3);
            QCOMPARE(user->count(FindOptions().transaction(t.data())), 0);
            user->create({{"username", "after"}}, SaveOptions().transaction(t.data()));
            if (dialect == QLatin1String("mariadb"))
                QVERIFY_THROWS_EXCEPTION(
                    TransactionError,
                    user->truncate(DestroyOptions().restartIdentity().transaction(t.data())));
            t->rollback();
        }
        QCOMPARE(user->count(), 2);
    }

    // A schema change inside a transaction: MariaDB would commit the transaction first, so
    // that its rollback undoes nothing; refused there, with the rows intact (PostgreSQL and
    // SQLite roll the change back with the rest).
    void schemaChangeInTransaction_data() { TestDatabases::addDialectRows(); }
    void schemaChangeInTransaction()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = users(s.get());
        s->setAmbientTransactions(true);
        bool refused = false;
        try {
            s->transaction([&](Transaction &) {
                user->create({{"username", "in"}});
                s->queryInterface().addColumn("Users", "extra", DataTypes::Integer());
                throw std::runtime_error("roll back");
            });
        } catch (const TransactionError &) {
            refused = true;
        } catch (const std::runtime_error &) {
        }
        QCOMPARE(refused, dialect == QLatin1String("mariadb"));
        QCOMPARE(user->count(), 2);
        // PostgreSQL and SQLite rolled the column back with the row.
        QVERIFY(!s->queryInterface().describeTable("Users").contains("extra"));

        // The same for raw statements (a comment first changes nothing); a TEMPORARY table's
        // DDL does not commit and runs.
        const bool mariadb = dialect == QLatin1String("mariadb");
        for (const char *sql : {"/* c */ CREATE TABLE raw_ddl (i INT)",
                                "ALTER TABLE \"Users\" ADD COLUMN extra INT"}) {
            const auto t = s->transaction();
            user->create({{"username", "in"}}, SaveOptions().transaction(t.data()));
            const QString statement = QString::fromLatin1(sql).replace(
                "\"Users\"", s->queryInterface().quoteIdentifier("Users"));
            if (mariadb)
                QVERIFY_THROWS_EXCEPTION(TransactionError,
                                         s->query(statement, QueryOptions().transaction(t.data())));
            else
                s->query(statement, QueryOptions().transaction(t.data()));
            t->rollback();
            QCOMPARE(user->count(), 2);
        }
        QVERIFY(!s->queryInterface().tableExists("raw_ddl"));
        if (mariadb) {
            const auto t = s->transaction();
            s->query("CREATE TEMPORARY TABLE scratch (i INT)",
                     QueryOptions().transaction(t.data()));
            t->commit();
        }
    }

    // sequelize.test.js: "truncates all models"; truncate.test.js: "supports truncating
    // cyclic associations with { cascade: true }" (skipped there for MariaDB, which has no
    // CASCADE: refused here, rows intact).
    void truncateAllModels_data() { TestDatabases::addDialectRows(); }
    void truncateAllModels()
    {
        QSQ_OPEN_DIALECT(s);
        auto *a = s->define("A", {{"BId", DataTypes::Integer()}});
        auto *b = s->define("B", {{"AId", DataTypes::Integer()}});
        a->belongsTo(b, AssociationOptions().foreignKeyAllowNull(true));
        b->belongsTo(a, AssociationOptions().foreignKeyAllowNull(false));
        s->sync();
        const auto rowA = a->create({{"BId", QVariant()}});
        const auto rowB = b->create({{"AId", rowA->get("id")}});
        rowA->set("BId", rowB->get("id"));
        rowA->save();
        QVERIFY_THROWS_EXCEPTION(DefinitionError, s->truncate()); // a cycle needs cascade
        QCOMPARE(a->count() + b->count(), 2);
        if (dialect == QLatin1String("mariadb")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError, s->truncate(DestroyOptions().cascade()));
            QCOMPARE(a->count() + b->count(), 2);
            qInfo("MariaDB has no TRUNCATE ... CASCADE: the cyclic truncate is refused");
        } else {
            s->truncate(DestroyOptions().cascade());
            QCOMPARE(a->count(), 0);
            QCOMPARE(b->count(), 0);
            // The keys are checked again (SQLite turned its checks off for the truncate).
            QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, b->create({{"AId", 12345}}));
        }
    }

    // sequelize.test.js: "truncates all models".
    void truncatesAllModels_data() { TestDatabases::addDialectRows(); }
    void truncatesAllModels()
    {
        QSQ_OPEN_DIALECT(s);
        auto *project = s->define("project", {{"title", DataTypes::String()}});
        auto *task = s->define("task", {{"title", DataTypes::String()}});
        s->sync(SyncOptions().force());
        QCOMPARE(project->create({{"title", "bla"}})->get("id").toInt(), 1);
        task->create({{"title", "t"}});
        s->truncate();
        QCOMPARE(project->findAll().size(), 0);
        QCOMPARE(task->count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Truncate)
#include "tst_truncate.moc"
