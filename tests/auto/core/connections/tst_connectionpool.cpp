// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's pool.maxUses and pool.validate, on every dialect: a connection that served its
// uses is replaced (the server sees a new session), and an idle connection the server closed
// (pg_terminate_backend, KILL: what a restart does to every connection) is replaced before the
// next statement, which then runs instead of failing.

#include <QtSequelize/ConnectionHooks>
#include <QtSequelize/Cursor>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtTest/qtest.h>

#include "testdatabases.h"

#include <atomic>

using namespace QtSequelize;

namespace {

struct ConnectionCounter : ConnectionHooks
{
    std::atomic<int> connected{0};
    std::atomic<int> disconnected{0};
    void afterConnect(QSqlDatabase &, const SequelizeOptions &) override { ++connected; }
    void afterDisconnect(const QString &) override { ++disconnected; }
};

bool isServer(const QString &dialect)
{
    return dialect != QLatin1String("sqlite");
}

// The server's id of the session \a options run on.
qint64 sessionId(Sequelize &sequelize, const QString &dialect,
                 const QueryOptions &options = QueryOptions())
{
    const bool pg = dialect == QLatin1String("postgres");
    return sequelize
        .query(pg ? QStringLiteral("SELECT pg_backend_pid() AS id")
                  : QStringLiteral("SELECT CONNECTION_ID() AS id"),
               options)
        .rows()
        .value(0)
        .value("id")
        .toLongLong();
}

// Ends session \a id from another connection and waits until the server has closed it.
bool endSession(const QString &dialect, qint64 id)
{
    Sequelize killer(TestDatabases::url(dialect));
    const bool pg = dialect == QLatin1String("postgres");
    killer.query(pg ? QStringLiteral("SELECT pg_terminate_backend(?)") : QStringLiteral("KILL ?"),
                 QueryOptions().replacements(QVariantList{id}));
    const QString alive = pg
        ? QStringLiteral("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE pid = ?")
        : QStringLiteral("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE ID = ?");
    for (int i = 0; i < 500; ++i) {
        if (killer.query(alive, QueryOptions().replacements(QVariantList{id}))
                .rows()
                .value(0)
                .value("n")
                .toInt()
            == 0)
            return true;
        QTest::qWait(10);
    }
    return false;
}

} // namespace

class tst_ConnectionPool : public QObject
{
    Q_OBJECT

private slots:
    // pool.maxUses: after that many statements a connection is closed and the next one opened.
    void maxUses_data() { TestDatabases::addDialectRows(); }
    void maxUses()
    {
        QSQ_OPEN_DIALECT(base);
        Sequelize sequelize(SequelizeOptions(base->options()).poolMaxUses(3));
        auto counter = QSharedPointer<ConnectionCounter>::create();
        sequelize.addConnectionHooks(counter);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(sequelize.query("SELECT 1 AS n").rows().value(0).value("n").toInt(), 1);
        QCOMPARE(int(counter->connected), 3); // statements 1-3, 4-6, 7
        QCOMPARE(int(counter->disconnected), 2);
        sequelize.query("SELECT 8");
        sequelize.query("SELECT 9"); // the third connection's last use
        if (isServer(dialect) && !TestDatabases::throughPgBouncer()) {
            // The server sees it too: three statements per session.
            QList<qint64> ids;
            for (int i = 0; i < 6; ++i)
                ids.append(sessionId(sequelize, dialect));
            QCOMPARE(ids.at(1), ids.at(0));
            QCOMPARE(ids.at(2), ids.at(0));
            QVERIFY(ids.at(3) != ids.at(2));
            QCOMPARE(ids.at(4), ids.at(3));
            QCOMPARE(ids.at(5), ids.at(3));
        }
        // Model calls, each of several statements on one connection, keep their data whole.
        ModelDefinition *m = sequelize.define("Thing", {{"name", DataTypes::String()}});
        m->sync();
        const int before = counter->connected;
        for (int i = 0; i < 10; ++i) {
            auto thing = m->create({{"name", QStringLiteral("thing %1").arg(i)}});
            thing->set("name", QStringLiteral("renamed %1").arg(i));
            thing->save();
        }
        QVERIFY(counter->connected - before >= 6); // 20 writes, 3 a connection
        QCOMPARE(m->count(), qint64(10));
        QCOMPARE(m->count(FindOptions().where(Op::like("name", "renamed %"))), qint64(10));
        // A cursor's batches across connections.
        Cursor cursor(m, FindOptions(), 2);
        int seen = 0;
        while (QSharedPointer<Model> thing = cursor.next()) {
            ++seen;
            QVERIFY(m->findByPk(thing->get("id")));
        }
        QCOMPARE(seen, 10);
        // A transaction's connection counts its transactions.
        const int beforeTransactions = counter->connected;
        for (int i = 0; i < 4; ++i) {
            auto t = sequelize.transaction();
            m->create({{"name", "in a transaction"}}, SaveOptions().transaction(t.data()));
            QCOMPARE(m->count(FindOptions().transaction(t.data())), qint64(11 + i));
            t->commit();
        }
        QCOMPARE(counter->connected - beforeTransactions, 2); // transactions 1-3, then 4
        QCOMPARE(m->count(), qint64(14));
    }

    // pool.validate: an idle connection the server closed is replaced before its next use.
    void validation_data() { TestDatabases::addDialectRows(); }
    void validation()
    {
        QSQ_OPEN_DIALECT(sequelize);
        if (!isServer(dialect))
            QSKIP("an embedded SQLite database has no server that could close the connection");
        if (TestDatabases::throughPgBouncer())
            QSKIP("through PgBouncer a client owns no server session to end (PgBouncer keeps "
                  "the client's connection); the direct run covers it");
        QVERIFY(sequelize->options().poolValidates()); // Sequelize validates by default
        ModelDefinition *m = sequelize->define("Thing", {{"name", DataTypes::String()}});
        m->sync();
        m->create({{"name", "kept"}});
        // A write after the server closed the thread's connection: it runs, on a new session.
        const qint64 first = sessionId(*sequelize, dialect);
        QVERIFY(endSession(dialect, first));
        m->create({{"name", "written after the kill"}});
        QCOMPARE(m->count(), qint64(2));
        QVERIFY(sessionId(*sequelize, dialect) != first);
        // An update and a destroy the same way.
        auto kept = m->findOne(FindOptions().where({{"name", "kept"}}));
        QVERIFY(endSession(dialect, sessionId(*sequelize, dialect)));
        kept->set("name", "renamed");
        kept->save();
        QVERIFY(endSession(dialect, sessionId(*sequelize, dialect)));
        QCOMPARE(m->destroy(Where({{"name", "written after the kill"}})), 1);
        QCOMPARE(m->findAll().size(), 1);
        QCOMPARE(m->findAll().value(0)->get("name").toString(), QStringLiteral("renamed"));
        // A transaction's pooled connection closed while idle: the next transaction gets another.
        qint64 pooled = 0;
        {
            auto t = sequelize->transaction();
            pooled = sessionId(*sequelize, dialect, QueryOptions().transaction(t.data()));
            t->commit();
        }
        QVERIFY(endSession(dialect, pooled));
        {
            auto t = sequelize->transaction();
            m->create({{"name", "in a transaction"}}, SaveOptions().transaction(t.data()));
            QVERIFY(sessionId(*sequelize, dialect, QueryOptions().transaction(t.data())) != pooled);
            t->commit();
        }
        QCOMPARE(m->count(), qint64(2));
        // Without validation the write finds the closed connection and fails (tst_errors).
        Sequelize unvalidated(SequelizeOptions(sequelize->options()).poolValidate(false));
        ModelDefinition *plain = unvalidated.define("Thing", {{"name", DataTypes::String()}});
        QVERIFY(endSession(dialect, sessionId(unvalidated, dialect)));
        QVERIFY_THROWS_EXCEPTION(ConnectionError, plain->create({{"name", "lost"}}));
        QCOMPARE(m->count(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionPool)
#include "tst_connectionpool.moc"
