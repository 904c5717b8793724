// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Read replicas against a real PostgreSQL hot standby (streaming replication, started by
// ./run.sh test): reads go there, replication lag shows and readYourWrites() covers it, and a
// standby that goes down and comes back.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>

#include <QtCore/qprocess.h>
#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include <functional>
#include <thread>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Standby : public QObject
{
    Q_OBJECT

private:
    QString m_primary;
    QString m_standby;

    // The standby's URL, or a skip reason.
    static QString standbyUrl() { return qEnvironmentVariable("QSQ_TEST_POSTGRES_STANDBY_URL"); }
    SequelizeOptions options() const
    {
        return SequelizeOptions::fromUrl(m_primary).addReadReplica(m_standby).logging(false);
    }
    static bool inRecovery(Sequelize &s, const QueryOptions &options = QueryOptions())
    {
        return s.query(QStringLiteral("SELECT pg_is_in_recovery() AS r"), options)
            .rows()
            .value(0)
            .value(QStringLiteral("r"))
            .toBool();
    }
    // Waits (up to 20 s) until \a done; replication has no promise of when.
    static bool waitFor(const std::function<bool()> &done)
    {
        for (int i = 0; i < 400; ++i) {
            try {
                if (done())
                    return true;
            } catch (const BaseError &) {
            }
            QThread::msleep(50);
        }
        return false;
    }
    // Until the standby has replayed everything the primary wrote so far. The insert position:
    // with synchronous_commit=off a commit record can still sit in the primary's WAL buffers,
    // past the write position.
    bool caughtUp()
    {
        Sequelize primary(m_primary);
        const QString lsn
            = primary.query(QStringLiteral("SELECT pg_current_wal_insert_lsn()::text AS l"))
                  .rows()
                  .value(0)
                  .value(QStringLiteral("l"))
                  .toString();
        Sequelize standby(m_standby);
        return waitFor([&] {
            return standby
                .query(QStringLiteral("SELECT pg_last_wal_replay_lsn() >= CAST(? AS pg_lsn) AS ok"),
                       QueryOptions().replacements(QVariantList{lsn}))
                .rows()
                .value(0)
                .value(QStringLiteral("ok"))
                .toBool();
        });
    }
    static int servers(const QString &action)
    {
        return QProcess::execute(QStringLiteral(QSQ_SOURCE_DIR "/tools/databases.sh"),
                                 {action, qEnvironmentVariable("QSQ_TEST_SERVERS_DIR")});
    }
    static ModelDefinition *defineNotes(Sequelize &s)
    {
        return s.define("Note", {{"text", DataTypes::String()}}, ModelOptions().timestamps(false));
    }

private slots:
    void init()
    {
        QFETCH(QString, dialect);
        if (dialect != QLatin1String("postgres"))
            QSKIP("the hot standby is PostgreSQL's streaming replication; MariaDB's multi-primary "
                  "cluster is a separate part of issue 18, and SQLite has no replication");
        m_primary = TestDatabases::url(dialect);
        m_standby = standbyUrl();
        if (m_primary.isEmpty() || m_standby.isEmpty())
            QSKIP("needs the servers of ./run.sh test (QSQ_TEST_POSTGRES_URL and "
                  "QSQ_TEST_POSTGRES_STANDBY_URL, a streaming standby of it)");
        if (TestDatabases::throughPgBouncer())
            QSKIP("the standby is reached directly; the bouncer fronts the primary only");
        auto primary = TestDatabases::open(dialect);
        defineNotes(*primary)->sync(SyncOptions().force());
        QVERIFY(caughtUp());
    }

    // Reads outside transactions go to the standby (in recovery), writes and useMaster() reads
    // to the primary; what the primary wrote shows on the standby once replayed.
    void readsGoToStandby_data() { TestDatabases::addDialectRows(); }
    void readsGoToStandby()
    {
        Sequelize s(options());
        ModelDefinition *note = defineNotes(s);
        note->create({{"text", "written on the primary"}});
        QVERIFY(inRecovery(s));
        QVERIFY(!inRecovery(s, QueryOptions().useMaster()));
        QVERIFY(caughtUp());
        const auto notes = note->findAll();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first()->get("text").toString(), QStringLiteral("written on the primary"));
        // A write to the standby is refused by the server, typed.
        Sequelize standby(m_standby);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, defineNotes(standby)->create({{"text", "x"}}));
    }

    // With the standby's replay paused, the lag is visible: a read from the replica misses
    // what the primary just committed. useMaster() reads it; readYourWrites() sends the
    // writing thread's reads to the primary for a while, and only that thread's.
    void lagAndReadYourWrites_data() { TestDatabases::addDialectRows(); }
    void lagAndReadYourWrites()
    {
        Sequelize standby(m_standby);
        standby.query(QStringLiteral("SELECT pg_wal_replay_pause()"));
        const auto resume
            = qScopeGuard([&] { standby.query(QStringLiteral("SELECT pg_wal_replay_resume()")); });

        Sequelize plain(options());
        ModelDefinition *note = defineNotes(plain);
        note->create({{"text", "new"}});
        QCOMPARE(note->count(), 0); // the replica lags
        QCOMPARE(note->count(FindOptions().useMaster()), 1);

        Sequelize covered(options().readYourWrites(60000));
        ModelDefinition *coveredNote = defineNotes(covered);
        coveredNote->create({{"text", "newer"}});
        QCOMPARE(coveredNote->count(), 2); // this thread wrote: the primary answers
        int otherThread = -1;
        std::thread([&] { otherThread = coveredNote->count(); }).join();
        QCOMPARE(otherThread, 0); // another thread still reads the lagging replica

        standby.query(QStringLiteral("SELECT pg_wal_replay_resume()"));
        QVERIFY(caughtUp());
        QCOMPARE(note->count(), 2);
    }

    // The standby goes down: a read whose connection to it is lost runs again on the primary; a
    // read that cannot open one fails with the ConnectionError once; the next reads go to the
    // primary, and after replicaRetryAfter() reads return to the standby once it is back.
    void standbyDownAndBack_data() { TestDatabases::addDialectRows(); }
    void standbyDownAndBack()
    {
        if (qEnvironmentVariable("QSQ_TEST_SERVERS_DIR").isEmpty())
            QSKIP("needs the servers of ./run.sh test (QSQ_TEST_SERVERS_DIR) to stop the standby");
        Sequelize s(options().replicaRetryAfter(200));
        QVERIFY(inRecovery(s));
        QCOMPARE(servers(QStringLiteral("stop-standby")), 0);
        bool restarted = false;
        const auto restart = qScopeGuard([&] {
            if (!restarted)
                servers(QStringLiteral("restart-standby"));
        });
        // Its open connection is found lost: the read runs again on the primary, no error.
        QVERIFY(!inRecovery(s));
        // A connection to it cannot even be opened: that read fails with the ConnectionError,
        // once; the next ones go to the primary.
        Sequelize fresh(options().replicaRetryAfter(200));
        QVERIFY_THROWS_EXCEPTION(ConnectionError, inRecovery(fresh));
        QVERIFY(!inRecovery(fresh)); // the primary, without an error
        // With a retry that takes ConnectionError, not even that first read fails.
        Sequelize retrying(options().replicaRetryAfter(200).retry(
            RetryOptions().max(2).backoffBase(1).match<ConnectionError>()));
        QVERIFY(!inRecovery(retrying));
        QThread::msleep(300);
        QVERIFY(!inRecovery(fresh)); // tried again, still down: elsewhere, without an error
        QCOMPARE(servers(QStringLiteral("restart-standby")), 0);
        restarted = true;
        QVERIFY(waitFor([&] { return inRecovery(s); }));
        QVERIFY(waitFor([&] { return inRecovery(fresh); }));
        QVERIFY(waitFor([&] { return inRecovery(retrying); }));
    }
};

QTEST_GUILESS_MAIN(tst_Standby)
#include "tst_standby.moc"
