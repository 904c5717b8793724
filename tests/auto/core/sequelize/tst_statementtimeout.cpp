// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Per-call statement timeouts (issue 15): FindOptions/QueryOptions::timeout() cancels a
// statement on the server and raises TimeoutError; the connection then works as before, with no
// timeout left on it; inside a transaction the transaction is what fails.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qelapsedtimer.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_StatementTimeout : public QObject
{
    Q_OBJECT

private:
    // A statement that runs for seconds on each database.
    static QString slowSql(const QString &dialect)
    {
        if (dialect == QLatin1String("postgres"))
            return QStringLiteral("SELECT 1 AS v FROM pg_sleep(5)");
        if (dialect == QLatin1String("mariadb"))
            return QStringLiteral("SELECT SLEEP(5) AS v");
        return QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                              "WHERE x < 1000000000) SELECT COUNT(*) AS v FROM c");
    }

private slots:
    void rawQuery_data() { TestDatabases::addDialectRows(); }
    void rawQuery()
    {
        QSQ_OPEN_DIALECT(sequelize);
        if (dialect == QLatin1String("postgres")
            && (qEnvironmentVariable("QSQ_TEST_POSTGRES_DRIVER") == QLatin1String("QPSQL")
                || TestDatabases::throughPgBouncer())) {
            // Refused through Qt's QPSQL, and outside transactions through PgBouncer (see
            // pgbouncerMode), never run without the timeout.
            QVERIFY_THROWS_EXCEPTION(
                DefinitionError, sequelize->query(slowSql(dialect), QueryOptions().timeout(300)));
            QCOMPARE(sequelize->query(QStringLiteral("SELECT 1 AS v")).rows().size(), 1);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY_THROWS_EXCEPTION(TimeoutError,
                                 sequelize->query(slowSql(dialect), QueryOptions().timeout(300)));
        QVERIFY2(timer.elapsed() < 4000, "the statement was not cancelled");
        // With bindings too (a prepared statement).
        const bool sqlite = dialect == QLatin1String("sqlite");
        QString bound = slowSql(dialect);
        bound.replace(sqlite ? QStringLiteral("1000000000") : QStringLiteral("(5)"),
                      sqlite ? QStringLiteral("?") : QStringLiteral("(?)"));
        QVERIFY_THROWS_EXCEPTION(
            TimeoutError,
            sequelize->query(
                bound,
                QueryOptions()
                    .replacements(QVariantList{sqlite ? QVariant(1000000000) : QVariant(5)})
                    .timeout(300)));
        // The connection goes on, without a timeout.
        QCOMPARE(
            sequelize->query(QStringLiteral("SELECT 1 AS v")).rows().value(0).value("v").toInt(),
            1);
        if (dialect == QLatin1String("postgres"))
            QCOMPARE(
                sequelize->query(QStringLiteral("SHOW statement_timeout")).rows().value(0).first(),
                QVariant(QStringLiteral("0")));
        // A fast statement under a timeout is untouched.
        QCOMPARE(sequelize->query(QStringLiteral("SELECT 2 AS v"), QueryOptions().timeout(5000))
                     .rows()
                     .value(0)
                     .value("v")
                     .toInt(),
                 2);
    }

    // Through PgBouncer's transaction pooling (serverPrepare=false) a session SET could time
    // another client: refused outside a transaction, honoured inside one.
    void pgbouncerMode()
    {
        const QString url = TestDatabases::url(QStringLiteral("postgres"));
        if (url.isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason(QStringLiteral("postgres"))));
        if (qEnvironmentVariable("QSQ_TEST_POSTGRES_DRIVER") == QLatin1String("QPSQL"))
            QSKIP("statement timeouts are refused through Qt's QPSQL (rawQuery checks it)");
        Sequelize s(TestDatabases::withOption(url, QStringLiteral("serverPrepare=false")));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, s.query(QStringLiteral("SELECT 1 AS v"), QueryOptions().timeout(300)));
        QVERIFY_THROWS_EXCEPTION(TimeoutError, s.transaction([&](Transaction &t) {
            s.query(slowSql(QStringLiteral("postgres")),
                    QueryOptions().timeout(300).transaction(&t));
        }));
    }

    void finders_data() { TestDatabases::addDialectRows(); }
    void finders()
    {
        QSQ_OPEN_DIALECT(sequelize);
        if (dialect == QLatin1String("postgres")
            && qEnvironmentVariable("QSQ_TEST_POSTGRES_DRIVER") == QLatin1String("QPSQL"))
            QSKIP("statement timeouts are refused through Qt's QPSQL (rawQuery checks it)");
        ModelDefinition *item = sequelize->define("Item", {{"n", DataTypes::Integer()}});
        sequelize->sync(SyncOptions().force());
        item->create({{"n", 1}});
        const Where slow = Where(
            "n", Where::In,
            Sequelize::literal(QStringLiteral("(") + slowSql(dialect) + QStringLiteral(")")));
        // Through PgBouncer only inside transactions (see pgbouncerMode).
        if (!(dialect == QLatin1String("postgres") && TestDatabases::throughPgBouncer())) {
            QVERIFY_THROWS_EXCEPTION(TimeoutError,
                                     item->findAll(FindOptions().where(slow).timeout(300)));
            QVERIFY_THROWS_EXCEPTION(TimeoutError,
                                     item->count(FindOptions().where(slow).timeout(300)));
            QCOMPARE(item->findAll(FindOptions().timeout(5000)).size(), 1);
        }
        QCOMPARE(item->count(), 1);
        // In a transaction: the transaction fails as a whole, nothing is kept.
        QVERIFY_THROWS_EXCEPTION(TimeoutError, sequelize->transaction([&](Transaction &t) {
            item->create({{"n", 2}}, SaveOptions().transaction(&t));
            item->findAll(FindOptions().where(slow).timeout(300).transaction(&t));
        }));
        QCOMPARE(item->count(), 1);
        // A timeout inside a transaction that goes on: later statements have none.
        sequelize->transaction([&](Transaction &t) {
            QCOMPARE(item->count(FindOptions().timeout(5000).transaction(&t)), 1);
            if (dialect == QLatin1String("postgres"))
                QCOMPARE(sequelize
                             ->query(QStringLiteral("SHOW statement_timeout"),
                                     QueryOptions().transaction(&t))
                             .rows()
                             .value(0)
                             .first(),
                         QVariant(QStringLiteral("0")));
        });
    }
};

QTEST_GUILESS_MAIN(tst_StatementTimeout)
#include "tst_statementtimeout.moc"
