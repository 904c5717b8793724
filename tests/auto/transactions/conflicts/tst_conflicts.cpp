// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Transactions the database ends on its own (a deadlock victim, a serialization failure, a
// trigger's RAISE(ROLLBACK)), and Sequelize's retry option on statements and on managed
// transactions.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/RetryOptions>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qsemaphore.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>

#include <optional>
#include <thread>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Conflicts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Sequelize> open(const QString &dialect)
    {
        return TestDatabases::openOnFile(dialect, m_dir.filePath(QStringLiteral("conflicts.db")));
    }
    static ModelDefinition *defineAccounts(Sequelize *s)
    {
        ModelDefinition *accounts = s->define("Account", {{"balance", DataTypes::Integer()}},
                                              ModelOptions().timestamps(false));
        accounts->sync(SyncOptions().force());
        accounts->bulkCreate({{{"balance", 100}}, {{"balance", 100}}});
        return accounts;
    }
    static void add(ModelDefinition *accounts, int id, int amount, Transaction *t)
    {
        accounts->increment({{"balance", amount}}, Where({{"id", id}}),
                            UpdateOptions().transaction(t));
    }
    static int balance(ModelDefinition *accounts, int id)
    {
        return accounts->findByPk(id)->get("balance").toInt();
    }

    // Reads account 1 in \a t, lets another client add 1 to it and commit when \a interfere,
    // and writes 10 more than it read (MariaDB checks a write against later commits only
    // under snapshot isolation).
    static int readModifyWrite(Sequelize *s, ModelDefinition *accounts, Transaction &t,
                               bool interfere)
    {
        if (s->dialect() == QLatin1String("mariadb"))
            s->query(QStringLiteral("SET innodb_snapshot_isolation = ON"),
                     QueryOptions().transaction(&t));
        auto row = accounts->findByPk(1, FindOptions().transaction(&t));
        if (interfere)
            add(accounts, 1, 1, nullptr);
        row->set("balance", row->get("balance").toInt() + 10);
        row->save(SaveOptions().transaction(&t));
        return row->get("balance").toInt();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Two transactions lock two rows in opposite order: the database picks a victim and rolls
    // its transaction back. The victim sees a TransactionConflictError; its writes are gone and
    // its Transaction refuses to go on or to commit (MariaDB would otherwise run the next
    // statements in autocommit and a commit() would "succeed").
    void deadlockVictim_data() { TestDatabases::addDialectRows(); }
    void deadlockVictim()
    {
        QSQ_REQUIRE_DIALECT();
        if (dialect == QLatin1String("sqlite"))
            QSKIP("SQLite locks the whole database for a writer: two writers cannot hold row "
                  "locks in opposite order (its busy conflicts are TimeoutErrors, tested in "
                  "retryManagedTransaction)");
        auto sequelize = open(dialect);
        ModelDefinition *accounts = defineAccounts(sequelize.get());

        QSemaphore secondHoldsRow2, firstHoldsRow1;
        std::optional<QString> workerError;
        bool workerConflict = false;
        // The second transaction writes more (InnoDB makes the lighter one the victim) and asks
        // for row 1 after the first waits for row 2 (PostgreSQL's victim is the one whose
        // deadlock check runs first: the longer waiter). So the first is the victim as a rule;
        // either way exactly one is.
        std::thread worker([&] {
            auto second = sequelize->transaction();
            QList<QVariantMap> heavier(20, QVariantMap{{"balance", 0}});
            accounts->bulkCreate(heavier, BulkCreateOptions().transaction(second.data()));
            add(accounts, 2, 1, second.data());
            secondHoldsRow2.release();
            firstHoldsRow1.acquire();
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            try {
                add(accounts, 1, 1, second.data());
                second->commit();
            } catch (const TransactionConflictError &) {
                workerConflict = true;
                second->rollback();
            } catch (const std::exception &e) {
                workerError = QString::fromUtf8(e.what());
            }
        });
        auto first = sequelize->transaction();
        bool mainConflict = false;
        try {
            add(accounts, 1, 10, first.data());
            secondHoldsRow2.acquire();
            firstHoldsRow1.release();
            try {
                add(accounts, 2, 10, first.data());
            } catch (const TransactionConflictError &) {
                mainConflict = true;
            }
        } catch (const std::exception &e) { // let the worker finish before failing
            first->rollback();
            firstHoldsRow1.release();
            worker.join();
            QFAIL(e.what());
        }
        if (mainConflict && dialect == QLatin1String("postgres")) {
            // PostgreSQL keeps the failed transaction open and refuses everything but a
            // rollback (25P02), the COMMIT included.
            QVERIFY_THROWS_EXCEPTION(DatabaseError, add(accounts, 1, 1000, first.data()));
            QVERIFY_THROWS_EXCEPTION(DatabaseError, first->commit());
            QCOMPARE(first->state(), Transaction::RolledBack);
        } else if (mainConflict) {
            // MariaDB has ended it: the connection is in autocommit again. The library refuses
            // the next statement (it would be committed on its own) and the commit.
            QVERIFY_THROWS_EXCEPTION(TransactionError, add(accounts, 1, 1000, first.data()));
            QVERIFY_THROWS_EXCEPTION(TransactionError, first->commit());
            QCOMPARE(first->state(), Transaction::RolledBack);
        } else {
            first->commit();
        }
        worker.join();
        QVERIFY2(!workerError, qPrintable(workerError.value_or(QString())));
        QVERIFY(mainConflict != workerConflict); // exactly one victim
        // The survivor's writes, and none of the victim's.
        QCOMPARE(balance(accounts, 1), mainConflict ? 101 : 110);
        QCOMPARE(balance(accounts, 2), mainConflict ? 101 : 110);
        QCOMPARE(accounts->count(), mainConflict ? 22 : 2);
        if (!mainConflict)
            qInfo("The second transaction was the victim this time");
    }

    // A trigger refuses a row inside a transaction. SQLite's RAISE(ROLLBACK) ends the whole
    // transaction: the library refuses what follows instead of letting it autocommit, and the
    // earlier row is gone. PostgreSQL keeps the failed transaction (only a rollback goes);
    // MariaDB's SIGNAL fails the statement only, and the transaction goes on and commits.
    void triggerEndsTransaction_data() { TestDatabases::addDialectRows(); }
    void triggerEndsTransaction()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *accounts = defineAccounts(sequelize.get());
        if (dialect == QLatin1String("sqlite")) {
            sequelize->query(QStringLiteral(
                "CREATE TRIGGER no_negative BEFORE INSERT ON \"Accounts\" WHEN NEW.balance < 0 "
                "BEGIN SELECT RAISE(ROLLBACK, 'negative balance'); END"));
        } else if (dialect == QLatin1String("postgres")) {
            sequelize->query(QStringLiteral(
                "CREATE OR REPLACE FUNCTION no_negative() RETURNS trigger AS $$ BEGIN IF "
                "NEW.balance < 0 THEN RAISE EXCEPTION 'negative balance'; END IF; RETURN NEW; "
                "END $$ LANGUAGE plpgsql"));
            sequelize->query(QStringLiteral("CREATE TRIGGER no_negative BEFORE INSERT ON "
                                            "\"Accounts\" FOR EACH ROW EXECUTE FUNCTION "
                                            "no_negative()"));
        } else {
            sequelize->query(QStringLiteral(
                "CREATE TRIGGER no_negative BEFORE INSERT ON `Accounts` FOR EACH ROW BEGIN IF "
                "NEW.balance < 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative "
                "balance'; END IF; END"));
        }
        auto t = sequelize->transaction();
        accounts->create({{"balance", 5}}, SaveOptions().transaction(t.data()));
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            accounts->create({{"balance", -1}}, SaveOptions().transaction(t.data())));
        if (dialect == QLatin1String("mariadb")) {
            accounts->create({{"balance", 6}}, SaveOptions().transaction(t.data()));
            t->commit();
            QCOMPARE(accounts->count(), 4);
            return;
        }
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY_THROWS_EXCEPTION(
                TransactionError,
                accounts->create({{"balance", 6}}, SaveOptions().transaction(t.data())));
            QVERIFY_THROWS_EXCEPTION(TransactionError, t->commit());
        } else {
            QVERIFY_THROWS_EXCEPTION(
                DatabaseError,
                accounts->create({{"balance", 6}}, SaveOptions().transaction(t.data())));
            QVERIFY_THROWS_EXCEPTION(DatabaseError, t->commit());
        }
        QCOMPARE(t->state(), Transaction::RolledBack);
        QCOMPARE(accounts->count(), 2);
        // The connection is whole again: a new transaction works.
        auto next = sequelize->transaction();
        accounts->create({{"balance", 7}}, SaveOptions().transaction(next.data()));
        next->commit();
        QCOMPARE(accounts->count(), 3);
    }

    // A managed transaction read a row that another client then changed and committed; its
    // write conflicts (PostgreSQL 40001 under REPEATABLE READ, MariaDB 1020 under snapshot
    // isolation, SQLite's stale WAL snapshot as a busy TimeoutError). With retry, the whole
    // callable runs again and reads the new value: no update is lost.
    void retryManagedTransaction_data() { TestDatabases::addDialectRows(); }
    void retryManagedTransaction()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *accounts = defineAccounts(sequelize.get());
        const RetryOptions retry = RetryOptions()
                                       .max(3)
                                       .backoffBase(1)
                                       .match<TransactionConflictError>()
                                       .match<TimeoutError>();
        int attempts = 0;
        const int total = sequelize->transaction(
            TransactionOptions().isolationLevel(Transaction::RepeatableRead).retry(retry),
            [&](Transaction &t) {
                ++attempts; // another client changes the row after the first try read it
                return readModifyWrite(sequelize.get(), accounts, t, attempts == 1);
            });
        QCOMPARE(attempts, 2);
        QCOMPARE(total, 111);
        QCOMPARE(balance(accounts, 1), 111);

        // Without retry the conflict reaches the caller, and the transaction wrote nothing.
        attempts = 0;
        auto once = [&] {
            sequelize->transaction(TransactionOptions().isolationLevel(Transaction::RepeatableRead),
                                   [&](Transaction &t) {
                                       ++attempts;
                                       readModifyWrite(sequelize.get(), accounts, t, true);
                                   });
        };
        if (dialect == QLatin1String("sqlite"))
            QVERIFY_THROWS_EXCEPTION(TimeoutError, once());
        else
            QVERIFY_THROWS_EXCEPTION(TransactionConflictError, once());
        QCOMPARE(attempts, 1);
        QCOMPARE(balance(accounts, 1), 112);

        // max(): the last failure is the caller's.
        attempts = 0;
        QVERIFY_THROWS_EXCEPTION(
            TransactionConflictError,
            sequelize->transaction(TransactionOptions().retry(retry), [&](Transaction &) {
                ++attempts;
                throw TransactionConflictError(QStringLiteral("conflict"));
            }));
        QCOMPARE(attempts, 3);
        // An error no match names is not retried; nor is a C++ exception of the callable's own.
        attempts = 0;
        QVERIFY_THROWS_EXCEPTION(
            UniqueConstraintError,
            sequelize->transaction(TransactionOptions().retry(retry), [&](Transaction &) {
                ++attempts;
                throw UniqueConstraintError();
            }));
        QCOMPARE(attempts, 1);
        attempts = 0;
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            sequelize->transaction(TransactionOptions().retry(RetryOptions()), [&](Transaction &) {
                ++attempts;
                throw std::runtime_error("own");
            }));
        QCOMPARE(attempts, 1);
    }

    // retry cannot be honoured by an unmanaged transaction (nothing to run again) or a savepoint
    // (its outer transaction may be gone): refused before anything starts.
    void retryRefused_data() { TestDatabases::addDialectRows(); }
    void retryRefused()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, sequelize->transaction(TransactionOptions().retry(RetryOptions())));
        auto outer = sequelize->transaction();
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            sequelize->transaction(
                TransactionOptions().transaction(outer.data()).retry(RetryOptions()),
                [](Transaction &) {}));
        outer->commit();
    }

    // Statements outside transactions: Sequelize's retry on the Sequelize and per call. The
    // match predicate removes the row the INSERT collides with, so the second try succeeds.
    void retryStatement_data() { TestDatabases::addDialectRows(); }
    void retryStatement()
    {
        QSQ_REQUIRE_DIALECT();
        SequelizeOptions options = dialect == QLatin1String("sqlite")
            ? SequelizeOptions::fromUrl(QStringLiteral("sqlite:")
                                        + m_dir.filePath(QStringLiteral("retry.db")))
            : SequelizeOptions::fromUrl(TestDatabases::url(dialect));
        QFile::remove(m_dir.filePath(QStringLiteral("retry.db")));
        options.retry(RetryOptions().max(2).backoffBase(1).match<TimeoutError>());
        auto sequelize = std::make_unique<Sequelize>(options);
        TestDatabases::resetSchema(*sequelize);
        ModelDefinition *accounts = defineAccounts(sequelize.get());
        const QString insert
            = QStringLiteral("INSERT INTO %1 (id, balance) VALUES (?, ?)")
                  .arg(sequelize->queryInterface().quoteIdentifier(QStringLiteral("Accounts")));
        int failures = 0;
        int colliding = 1;
        const auto removeCollision = [&](const BaseError &error) {
            ++failures;
            if (!dynamic_cast<const UniqueConstraintError *>(&error))
                return false;
            accounts->destroy(Where({{"id", colliding}}));
            return true;
        };
        // The call's match replaces the Sequelize's; its max (2) stays.
        sequelize->query(insert,
                         QueryOptions()
                             .replacements(QVariantList{1, 500})
                             .retry(RetryOptions().matchIf(removeCollision)));
        QCOMPARE(failures, 1);
        QCOMPARE(balance(accounts, 1), 500);
        // The Sequelize's match (TimeoutError) does not take a unique violation.
        QVERIFY_THROWS_EXCEPTION(
            UniqueConstraintError,
            sequelize->query(insert, QueryOptions().replacements(QVariantList{1, 7})));
        // max(2): two tries, then the error is the caller's.
        failures = 0;
        QVERIFY_THROWS_EXCEPTION(
            UniqueConstraintError,
            sequelize->query(insert,
                             QueryOptions()
                                 .replacements(QVariantList{2, 7})
                                 .retry(RetryOptions().matchIf([&](const BaseError &) {
                                     ++failures;
                                     return true;
                                 }))));
        QCOMPARE(failures, 1); // asked after the first try; the second is the last
        // By message, Sequelize's string and pattern forms decide (the first predicate only
        // clears the way and declines).
        colliding = 2;
        const auto clearing = [&](const BaseError &error) {
            removeCollision(error);
            return false;
        };
        sequelize->query(insert,
                         QueryOptions()
                             .replacements(QVariantList{2, 8})
                             .retry(RetryOptions().matchIf(clearing).match(QStringLiteral(
                                 "SequelizeUniqueConstraintError: Validation error"))));
        QCOMPARE(balance(accounts, 2), 8);
        sequelize->query(insert,
                         QueryOptions()
                             .replacements(QVariantList{2, 9})
                             .retry(RetryOptions().matchIf(clearing).match(
                                 QRegularExpression(QStringLiteral("^Validation")))));
        QCOMPARE(balance(accounts, 2), 9);
        QVERIFY_THROWS_EXCEPTION(
            UniqueConstraintError,
            sequelize->query(insert,
                             QueryOptions()
                                 .replacements(QVariantList{2, 10})
                                 .retry(RetryOptions().match(QStringLiteral("other")))));
        // Inside a transaction a statement is not retried alone.
        failures = 0;
        auto t = sequelize->transaction();
        QVERIFY_THROWS_EXCEPTION(
            UniqueConstraintError,
            sequelize->query(insert,
                             QueryOptions()
                                 .transaction(t.data())
                                 .replacements(QVariantList{2, 9})
                                 .retry(RetryOptions().matchIf(removeCollision))));
        QCOMPARE(failures, 0);
        t->rollback();
        // A finder's retry, too.
        QCOMPARE(
            accounts->findAll(FindOptions().retry(RetryOptions().max(1)).where({{"id", 2}})).size(),
            1);
    }
};

QTEST_GUILESS_MAIN(tst_Conflicts)
#include "tst_conflicts.moc"
