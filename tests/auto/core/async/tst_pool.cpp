// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's pool options on the asynchronous API, on every dialect: acquire (a call that
// waits longer for a pool thread fails with ConnectionAcquireTimeoutError and does not run),
// idle (an idle pool thread's connection closes), min (that many threads keep their connections
// open through idle periods), and a future cancelled while its call is queued (the call does not
// run).

#include <QtSequelize/Async>
#include <QtSequelize/ConnectionHooks>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qscopeguard.h>
#include <QtCore/qsemaphore.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

#include <atomic>

using namespace QtSequelize;

namespace {

struct DisconnectCounter : ConnectionHooks
{
    std::atomic<int> connected{0};
    std::atomic<int> disconnected{0};
    void afterConnect(QSqlDatabase &, const SequelizeOptions &) override { ++connected; }
    void afterDisconnect(const QString &) override { ++disconnected; }
};

// A Sequelize on the dialect's database with the given pool options.
std::unique_ptr<Sequelize> openWith(const QString &dialect, const SequelizeOptions &pool)
{
    SequelizeOptions options = dialect == QLatin1String("sqlite")
        ? SequelizeOptions::fromUrl("sqlite::memory:")
        : TestDatabases::open(dialect)->options();
    return std::make_unique<Sequelize>(options.poolMax(pool.poolMaxConnections())
                                           .poolAcquire(pool.poolAcquireMilliseconds())
                                           .poolIdle(pool.poolIdleMilliseconds())
                                           .poolMin(pool.poolMinConnections()));
}

} // namespace

class tst_Pool : public QObject
{
    Q_OBJECT

private slots:
    void acquireTimeout_data() { TestDatabases::addDialectRows(); }
    void acquireTimeout()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = openWith(dialect, SequelizeOptions().poolMax(1).poolAcquire(100));
        QSemaphore release;
        const auto unblock = qScopeGuard([&] { release.release(4); }); // also when a check fails
        // The only pool thread is busy (on a query of its own) until released.
        QFuture<int> busy = async(sequelize.get(), [&] {
            sequelize->query("SELECT 1");
            release.acquire();
            return 1;
        });
        std::atomic<bool> ran{false};
        QFuture<QueryResult> waiting = async(sequelize.get(), [&] {
            ran = true;
            return sequelize->query("SELECT 2");
        });
        // Settled by the acquire time, while the busy call still runs. (Not waitForFinished():
        // with Qt 6.4 it waits for the global thread pool.)
        QVERIFY_THROWS_EXCEPTION(ConnectionAcquireTimeoutError, waiting.result());
        QVERIFY(!busy.isFinished());
        release.release();
        QCOMPARE(busy.result(), 1);
        sequelize->waitForAsyncCalls();
        QVERIFY(!ran); // the expired call never ran
        // Calls that find a free thread in time run as usual.
        QCOMPARE(sequelize->queryAsync("SELECT 3 AS n").result().rows().value(0).value("n").toInt(),
                 3);
    }

    // A future cancelled while its call waits for a pool thread: the call does not run.
    void cancelQueued_data() { TestDatabases::addDialectRows(); }
    void cancelQueued()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = openWith(dialect, SequelizeOptions().poolMax(1).poolAcquire(0));
        QSemaphore release;
        const auto unblock = qScopeGuard([&] { release.release(4); }); // also when a check fails
        QFuture<void> busy = async(sequelize.get(), [&] { release.acquire(); });
        std::atomic<bool> ran{false};
        QFuture<QueryResult> queued = async(sequelize.get(), [&] {
            ran = true;
            return sequelize->query("SELECT 1");
        });
        queued.cancel();
        release.release();
        sequelize->waitForAsyncCalls();
        QVERIFY(queued.isCanceled());
        QVERIFY(queued.isFinished());
        QVERIFY(!ran);
        QVERIFY(busy.isFinished());
    }

    // A future cancelled while its call's statement runs: the statement is cancelled on the
    // server (PostgreSQL's cancel request, MariaDB's KILL QUERY, sqlite3_interrupt()), the call
    // ends, and its pool thread and connection serve the next call.
    void cancelRunning_data() { TestDatabases::addDialectRows(); }
    void cancelRunning()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = openWith(dialect, SequelizeOptions().poolMax(1).poolAcquire(0));
        // A statement that would run for minutes.
        const QString longRunning = dialect == QLatin1String("postgres")
            ? QStringLiteral("SELECT pg_sleep(600) AS n")
            : dialect == QLatin1String("mariadb")
            ? QStringLiteral("SELECT SLEEP(600) AS n")
            : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                             "WHERE x < 100000000000) SELECT COUNT(*) AS n FROM c");
        std::atomic<bool> started{false};
        std::atomic<bool> returned{false};
        QFuture<QueryResult> running = async(sequelize.get(), [&] {
            started = true;
            QueryResult result = sequelize->query(longRunning);
            returned = true;
            return result;
        });
        QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
        QTest::qWait(200); // the statement is on its way
        running.cancel();
        // The call ends long before its statement would have (the bound is generous, not a
        // measurement): the next call, on the only pool thread and connection, runs.
        QCOMPARE(sequelize->queryAsync("SELECT 7 AS n").result().rows().value(0).value("n").toInt(),
                 7);
        QVERIFY(running.isCanceled());
        QVERIFY(running.isFinished());
        QVERIFY(!returned); // the statement failed (cancelled), it did not finish
    }

    // pool.idle: a pool thread without work ends, and its connection is closed.
    void idleConnectionsClose_data() { TestDatabases::addDialectRows(); }
    void idleConnectionsClose()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = openWith(dialect, SequelizeOptions().poolMax(2).poolIdle(50));
        auto counter = QSharedPointer<DisconnectCounter>::create();
        sequelize->addConnectionHooks(counter);
        QCOMPARE(sequelize->queryAsync("SELECT 1 AS n").result().rows().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(counter->disconnected >= 1, 10000);
        // A later call opens a connection again.
        QCOMPARE(sequelize->queryAsync("SELECT 1 AS n").result().rows().size(), 1);
    }

    // pool.min: from the first asynchronous call on, that many threads keep their connections
    // open, however long they are idle; threads beyond them end after pool.idle.
    void poolMin_data() { TestDatabases::addDialectRows(); }
    void poolMin()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = openWith(
            dialect, SequelizeOptions().poolMin(2).poolMax(4).poolIdle(50).poolAcquire(0));
        auto counter = QSharedPointer<DisconnectCounter>::create();
        sequelize->addConnectionHooks(counter);
        QCOMPARE(sequelize->poolSize(), 0); // nothing opens before the first asynchronous call
        QCOMPARE(sequelize->queryAsync("SELECT 1 AS n").result().rows().size(), 1);
        QVERIFY(sequelize->poolSize() >= 2);
        // Four calls at once take four threads, each with its connection.
        QSemaphore release;
        const auto unblock = qScopeGuard([&] { release.release(8); }); // also when a check fails
        QSemaphore running;
        // \a calls at once, each running a statement, then waiting until released.
        const auto runAtOnce = [&](int calls) {
            QList<QFuture<int>> futures;
            for (int i = 0; i < calls; ++i) {
                futures.append(async(sequelize.get(), [&] {
                    sequelize->query("SELECT 1");
                    running.release();
                    release.acquire();
                    return 1;
                }));
            }
            const bool allRunning = running.tryAcquire(calls, 10000);
            const int threads = sequelize->poolSize();
            release.release(calls);
            for (QFuture<int> &f : futures)
                (void)f.result();
            return allRunning ? threads : -1;
        };
        QCOMPARE(runAtOnce(4), 4);
        // Idle: the two threads above pool.min end with their connections; two stay, connected.
        QTRY_COMPARE_WITH_TIMEOUT(sequelize->poolSize(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(counter->connected - counter->disconnected, 2, 10000);
        QTest::qWait(300); // six times pool.idle
        QCOMPARE(sequelize->poolSize(), 2);
        QCOMPARE(counter->connected - counter->disconnected, 2);
        // Two calls at once run on those threads' open connections: nothing new is opened.
        const int opened = counter->connected;
        QCOMPARE(runAtOnce(2), 2);
        QCOMPARE(int(counter->connected), opened);
        // A call cannot wait for every call, itself included: it is told so, not hung.
        QTest::ignoreMessage(QtWarningMsg,
                             "waitForAsyncCalls() from an asynchronous call does not wait");
        QCOMPARE(async(sequelize.get(), [&] { return sequelize->waitForAsyncCalls(); }).result(),
                 false);
    }

    // An in-memory SQLite database used only from pool threads outlives them: the connection
    // of the last idle thread that ends does not take the data with it.
    void memoryDatabaseOutlivesPoolThreads()
    {
        Sequelize sequelize(
            SequelizeOptions::fromUrl("sqlite::memory:").poolMax(1).poolIdle(20).poolMin(0));
        ModelDefinition *m = sequelize.define("Note", {{"text", DataTypes::String()}});
        async(&sequelize, [m] { m->sync(); }).waitForFinished();
        QCOMPARE(m->createAsync({{"text", "kept"}}).result()->get("text").toString(),
                 QStringLiteral("kept"));
        QTRY_COMPARE_WITH_TIMEOUT(sequelize.poolSize(), 0, 10000); // the thread ended, idle
        QCOMPARE(m->countAsync().result(), qint64(1));
    }

    void poolOptions_data() { TestDatabases::addDialectRows(); }
    void poolOptions()
    {
        QSQ_REQUIRE_DIALECT();
        SequelizeOptions options = SequelizeOptions::fromUrl(TestDatabases::url(dialect));
        QVERIFY_THROWS_EXCEPTION(ConnectionError,
                                 Sequelize(SequelizeOptions(options).poolMax(2).poolMin(3)));
        QVERIFY_THROWS_EXCEPTION(ConnectionError, Sequelize(SequelizeOptions(options).poolMin(-1)));
        Sequelize accepted(SequelizeOptions(options).poolMin(0).poolEvict(500));
        QCOMPARE(accepted.options().poolEvictMilliseconds(), 500);
        QCOMPARE(SequelizeOptions().poolAcquireMilliseconds(), 60000); // Sequelize's defaults
        QCOMPARE(SequelizeOptions().poolIdleMilliseconds(), 10000);
    }
};

QTEST_GUILESS_MAIN(tst_Pool)
#include "tst_pool.moc"
