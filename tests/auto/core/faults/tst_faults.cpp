// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Faults (issue 16): a process killed with SIGKILL in the middle of a bulkCreate() in a
// transaction leaves all of a batch or none of it; PostgreSQL stopped and started again under
// load gives typed connection errors, no hang, no acknowledged write lost, and recovery without
// restarting the process; two processes writing one SQLite file both finish.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qprocess.h>
#include <QtCore/qrandom.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

#include <atomic>
#include <csignal>

using namespace QtSequelize;

class tst_Faults : public QObject
{
    Q_OBJECT

private:
    static QString child() { return QCoreApplication::applicationDirPath() + "/faultchild"; }
    // The URL a child process opens: the dialect's, or a file for SQLite (an in-memory
    // database is one process's).
    static QString childUrl(const QString &dialect, const QTemporaryDir &dir)
    {
        return dialect == QLatin1String("sqlite")
            ? QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("faults.db"))
            : TestDatabases::url(dialect);
    }

private slots:
    void killDuringBulkCreate_data() { TestDatabases::addDialectRows(); }
    void killDuringBulkCreate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QTemporaryDir dir;
        const QString url = childUrl(dialect, dir);
        Sequelize parent(url);
        ModelDefinition *row = parent.define(
            "FaultRow", {{"batch", DataTypes::Integer()}, {"n", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        row->sync(SyncOptions().force());
        for (int kill = 0; kill < 4; ++kill) {
            QProcess process;
            process.start(child(), {QStringLiteral("bulk"), url, QString::number(kill * 100000)});
            QVERIFY(process.waitForStarted());
            // After the first commit, at a random point of a later batch.
            QElapsedTimer waited;
            waited.start();
            while (!process.readAllStandardOutput().contains("committed")
                   && waited.elapsed() < 30000)
                process.waitForReadyRead(100);
            QVERIFY2(waited.elapsed() < 30000, process.readAllStandardError().constData());
            QThread::msleep(QRandomGenerator::global()->bounded(5, 400));
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        }
        // Every batch is whole: 2,000 rows or none.
        const QList<QVariantMap> batches
            = parent
                  .query(QStringLiteral("SELECT %1 AS b, COUNT(*) AS c FROM %2 GROUP BY %1")
                             .arg(parent.queryInterface().quoteIdentifier("batch"),
                                  parent.queryInterface().quoteIdentifier("FaultRows")))
                  .rows();
        QVERIFY(!batches.isEmpty());
        for (const QVariantMap &batch : batches)
            QCOMPARE(batch.value("c").toInt(), 2000);
        row->drop();
    }

    // Two processes (and this one) writing one SQLite file, in creates and short transactions:
    // the busy timeout serialises them; every row of every writer arrives.
    void twoProcessesOnOneSqliteFile()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("shared.db"));
        Sequelize parent(url);
        ModelDefinition *row = parent.define(
            "WriterRow", {{"writer", DataTypes::Integer()}, {"n", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        row->sync();
        const int count = 300;
        QProcess first, second;
        first.start(child(),
                    {QStringLiteral("writer"), url, QStringLiteral("1"), QString::number(count)});
        second.start(child(),
                     {QStringLiteral("writer"), url, QStringLiteral("2"), QString::number(count)});
        QVERIFY(first.waitForStarted() && second.waitForStarted());
        for (int n = 0; n < 100; ++n)
            row->create({{"writer", 0}, {"n", n}});
        QVERIFY(first.waitForFinished(120000) && second.waitForFinished(120000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardOutput().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardOutput().constData());
        QCOMPARE(row->count(FindOptions().where({{"writer", 1}})), count);
        QCOMPARE(row->count(FindOptions().where({{"writer", 2}})), count);
        QCOMPARE(row->count(FindOptions().where({{"writer", 0}})), 100);
    }

    // The server stopped (PostgreSQL: fast shutdown; MariaDB: shutdown) and started again
    // while four threads write: the failures are ConnectionErrors, no thread hangs, every
    // acknowledged row is stored, and every thread writes again after the restart with the
    // same Sequelize.
    void restartUnderLoad_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgres") << QStringLiteral("postgres");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
    }
    void restartUnderLoad()
    {
        QFETCH(QString, dialect);
        if (dialect == QLatin1String("sqlite"))
            QSKIP("SQLite is embedded: there is no server to restart (twoProcessesOneFile and "
                  "the SIGKILL test cover its faults)");
        if (TestDatabases::url(dialect).isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason(dialect)));
        const QString servers = qEnvironmentVariable("QSQ_TEST_SERVERS_DIR");
        if (servers.isEmpty())
            QSKIP("needs the servers of ./run.sh test (QSQ_TEST_SERVERS_DIR names their folder)");
        auto sequelize = TestDatabases::open(dialect);
        ModelDefinition *row = sequelize->define(
            "LoadRow", {{"worker", DataTypes::Integer()}, {"n", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        row->sync(SyncOptions().force());

        struct Worker
        {
            QList<qint64> acknowledged;
            int typedErrors = 0;
            QStringList otherErrors;
            bool wroteAfterRestart = false;
        };
        std::atomic<bool> stop{false};
        std::atomic<bool> restarted{false};
        Worker workers[4];
        QList<QThread *> threads;
        for (int w = 0; w < 4; ++w) {
            threads.append(QThread::create([&, w] {
                Worker &me = workers[w];
                for (int n = 0; !stop; ++n) {
                    const bool after = restarted;
                    try {
                        const auto created = row->create({{"worker", w}, {"n", n}});
                        me.acknowledged.append(created->get("id").toLongLong());
                        me.wroteAfterRestart = me.wroteAfterRestart || after;
                    } catch (const ConnectionError &) {
                        ++me.typedErrors;
                        QThread::msleep(20);
                    } catch (const BaseError &error) {
                        me.otherErrors.append(QString::fromUtf8(error.what()));
                        QThread::msleep(20);
                    }
                }
            }));
            threads.last()->start();
        }
        const QString script = QStringLiteral(QSQ_SOURCE_DIR "/tools/databases.sh");
        QThread::msleep(500);
        QCOMPARE(QProcess::execute(script, {QStringLiteral("stop-") + dialect, servers}), 0);
        QThread::msleep(1000);
        QCOMPARE(QProcess::execute(script, {QStringLiteral("restart-") + dialect, servers}), 0);
        restarted = true;
        QThread::msleep(2000);
        stop = true;
        for (QThread *thread : threads) {
            QVERIFY2(thread->wait(60000), "a writer hung after the restart");
            delete thread;
        }
        // This thread's connection went with the server too: one typed error, then it reopens.
        QList<QSharedPointer<Model>> rows;
        int mainErrors = 0;
        for (;;) {
            try {
                rows = row->findAll();
                break;
            } catch (const ConnectionError &) {
                QVERIFY(++mainErrors < 3);
            }
        }
        int typed = 0;
        QSet<qint64> stored;
        for (const auto &found : std::as_const(rows))
            stored.insert(found->get("id").toLongLong());
        for (const Worker &w : workers) {
            QVERIFY2(w.otherErrors.isEmpty(), qPrintable(w.otherErrors.join("; ")));
            QVERIFY(w.wroteAfterRestart);
            typed += w.typedErrors;
            for (qint64 id : w.acknowledged)
                QVERIFY2(stored.contains(id), "an acknowledged row is missing");
        }
        QVERIFY2(typed > 0, "no write failed while the server was down");
        row->drop();
    }
};

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
