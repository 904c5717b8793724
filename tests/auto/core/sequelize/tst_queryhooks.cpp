// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's beforeQuery and afterQuery hooks (QueryHooks) on the three databases: they run
// around every statement (finders, writers, raw queries, transactions' BEGIN and COMMIT, the
// asynchronous API's on its pool thread) with its SQL and bound values; afterQuery also runs
// when the statement failed, with the error that is then thrown; a beforeQuery that throws
// stops the statement (nothing is written) and its error reaches the caller.

#include <QtSequelize/Async>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qmutex.h>
#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

namespace {

struct Recorder : QueryHooks
{
    struct Entry
    {
        QString when, sql;
        QVariantList bindings;
        QString error;
        QThread *thread = nullptr;
    };
    void beforeQuery(const QString &sql, const QVariantList &bindings) override
    {
        const QMutexLocker lock(&mutex);
        log.append({"before", sql, bindings, {}, QThread::currentThread()});
        if (refuseWrites && !sql.startsWith("SELECT", Qt::CaseInsensitive)
            && !sql.startsWith("BEGIN") && !sql.startsWith("START") && !sql.startsWith("COMMIT")
            && !sql.startsWith("ROLLBACK") && !sql.startsWith("SET") && !sql.startsWith("SAVEPOINT")
            && !sql.startsWith("RELEASE"))
            throw DatabaseError(QStringLiteral("read-only session"));
    }
    void afterQuery(const QString &sql, const QVariantList &bindings,
                    const BaseError *error) override
    {
        const QMutexLocker lock(&mutex);
        log.append(
            {"after", sql, bindings, error ? error->name() : QString(), QThread::currentThread()});
    }
    QList<Entry> take()
    {
        const QMutexLocker lock(&mutex);
        return std::exchange(log, {});
    }
    QMutex mutex;
    QList<Entry> log;
    bool refuseWrites = false;
};

// Writes an audit row for each write it sees, through the same Sequelize.
struct Auditor : QueryHooks
{
    void afterQuery(const QString &sql, const QVariantList &, const BaseError *error) override
    {
        if (!error && sql.startsWith("INSERT") && sql.contains("QhItems"))
            audit->create({{"name", "insert"}});
        ++calls;
    }
    ModelDefinition *audit = nullptr;
    int calls = 0;
};

// After the first SELECT it sees, reads another row with the same statement, then runs enough
// other statements to fill the connection's statement cache.
struct SameStatement : QueryHooks
{
    void afterQuery(const QString &sql, const QVariantList &, const BaseError *) override
    {
        if (!armed || !sql.startsWith("SELECT"))
            return;
        armed = false;
        read = item->findByPk(2)->get("name").toString();
        for (int i = 0; i < 300; ++i)
            s->query(QStringLiteral("SELECT %1 AS n, ? AS v").arg(i),
                     QueryOptions().replacements(QVariantList{1}));
    }
    Sequelize *s = nullptr;
    ModelDefinition *item = nullptr;
    bool armed = true;
    QString read;
};

} // namespace

class tst_QueryHooks : public QObject
{
    Q_OBJECT

    static ModelDefinition *define(Sequelize *s)
    {
        ModelDefinition *m
            = s->define("QhItem", {{"name", Attribute(DataTypes::String()).unique()}},
                        ModelOptions().timestamps(false));
        m->sync(SyncOptions().force());
        return m;
    }

    // An Auditor registered on \a s, writing to a new QhAudit table.
    static QSharedPointer<Auditor> auditing(Sequelize *s)
    {
        const auto hooks = QSharedPointer<Auditor>::create();
        hooks->audit = s->define("QhAudit", {{"name", DataTypes::String()}},
                                 ModelOptions().timestamps(false));
        hooks->audit->sync(SyncOptions().force());
        s->addQueryHooks(hooks);
        return hooks;
    }

private slots:
    void aroundEveryStatement_data() { TestDatabases::addDialectRows(); }
    void aroundEveryStatement()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = define(s.get());
        const auto hooks = QSharedPointer<Recorder>::create();
        s->addQueryHooks(hooks);

        item->create({{"name", "a"}});
        auto log = hooks->take();
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.first().when, QString("before"));
        QCOMPARE(log.last().when, QString("after"));
        const auto insert = std::find_if(log.cbegin(), log.cend(), [](const Recorder::Entry &e) {
            return e.sql.startsWith("INSERT");
        });
        QVERIFY(insert != log.cend());
        QVERIFY(insert->bindings.contains(QVariant("a")));
        QVERIFY(insert->error.isEmpty());
        // Every before has its after, in order.
        for (qsizetype i = 0; i + 1 < log.size(); i += 2) {
            QCOMPARE(log.at(i).when, QString("before"));
            QCOMPARE(log.at(i + 1).when, QString("after"));
            QCOMPARE(log.at(i + 1).sql, log.at(i).sql);
        }

        QCOMPARE(item->findAll().size(), 1);
        log = hooks->take();
        QCOMPARE(log.size(), 2);
        QVERIFY(log.first().sql.startsWith("SELECT"));

        s->query("SELECT 1 AS one");
        QCOMPARE(hooks->take().size(), 2);

        // Every operation's statements: each before has its after once its rows were read
        // (none left pending, as a reader that did not end its rows would leave it).
        const auto paired = [&](const char *what) {
            const auto entries = hooks->take();
            if (entries.isEmpty() || entries.size() % 2)
                return QByteArray(what) + " ran " + QByteArray::number(entries.size());
            for (qsizetype i = 0; i < entries.size(); i += 2) {
                if (entries.at(i).when != "before" || entries.at(i + 1).when != "after"
                    || entries.at(i + 1).sql != entries.at(i).sql)
                    return QByteArray(what) + ": " + entries.at(i).sql.toUtf8();
            }
            return QByteArray();
        };
        QSharedPointer<Model> a = item->findOne(FindOptions().where({{"name", "a"}}));
        QCOMPARE(paired("findOne"), QByteArray());
        item->findByPk(a->get("id"));
        QCOMPARE(paired("findByPk"), QByteArray());
        item->count();
        QCOMPARE(paired("count"), QByteArray());
        qint64 total = 0;
        item->findAndCountAll(FindOptions(), &total);
        QCOMPARE(paired("findAndCountAll"), QByteArray());
        a->set("name", "a2");
        a->save();
        QCOMPARE(paired("save"), QByteArray());
        a->reload();
        QCOMPARE(paired("reload"), QByteArray());
        item->bulkCreate({{{"name", "x"}}, {{"name", "y"}}});
        QCOMPARE(paired("bulkCreate"), QByteArray());
        item->update({{"name", "z"}}, Where("name", Where::Eq, "y"));
        QCOMPARE(paired("update"), QByteArray());
        item->destroy(Where("name", Where::In, QVariantList{"x", "z"}));
        QCOMPARE(paired("destroy"), QByteArray());
        item->max("id");
        QCOMPARE(paired("max"), QByteArray());
        a->set("name", "a");
        a->save();
        hooks->take();

        {
            const QSharedPointer<Transaction> t = s->transaction();
            item->create({{"name", "b"}}, SaveOptions().transaction(t.data()));
            t->commit();
        }
        log = hooks->take();
        QVERIFY(std::any_of(log.cbegin(), log.cend(),
                            [](const Recorder::Entry &e) { return e.sql == "COMMIT"; }));

        // Asynchronous: on the pool's thread.
        QCOMPARE(item->findAllAsync().result().size(), 2);
        log = hooks->take();
        QVERIFY(!log.isEmpty());
        QVERIFY(log.first().thread != QThread::currentThread());

        s->removeQueryHooks(hooks);
        item->count();
        QVERIFY(hooks->take().isEmpty());
    }

    void afterAFailure_data() { TestDatabases::addDialectRows(); }
    void afterAFailure()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = define(s.get());
        item->create({{"name", "a"}});
        const auto hooks = QSharedPointer<Recorder>::create();
        s->addQueryHooks(hooks);
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, item->create({{"name", "a"}}));
        const auto log = hooks->take();
        QVERIFY(!log.isEmpty());
        const auto failed = std::find_if(
            log.cbegin(), log.cend(), [](const Recorder::Entry &e) { return !e.error.isEmpty(); });
        QVERIFY(failed != log.cend());
        QCOMPARE(failed->when, QString("after"));
        QCOMPARE(failed->error, QString("SequelizeUniqueConstraintError"));
        QVERIFY(failed->sql.startsWith("INSERT"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, s->query("SELECT * FROM qh_missing_table"));
        QCOMPARE(hooks->take().last().error, QString("SequelizeDatabaseError"));
    }

    // A hook's own statements do not run the hooks again (they would recurse without end).
    void hookRunsStatements_data() { TestDatabases::addDialectRows(); }
    void hookRunsStatements()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = define(s.get());
        const auto hooks = auditing(s.get());
        ModelDefinition *audit = hooks->audit;
        item->create({{"name", "a"}});
        item->create({{"name", "b"}});
        s->removeQueryHooks(hooks);
        QCOMPARE(audit->count(), 2);
        QVERIFY(hooks->calls >= 2);
    }

    // Inside a transaction, a hook's own statements join it: the audit row commits and rolls
    // back with the write it audits. (On SQLite, written on another connection it waited for
    // the transaction's lock, and the write it audits failed with a TimeoutError.)
    void hookInTransaction_data() { TestDatabases::addDialectRows(); }
    void hookInTransaction()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = define(s.get());
        const auto hooks = auditing(s.get());
        ModelDefinition *audit = hooks->audit;
        {
            const QSharedPointer<Transaction> t = s->transaction();
            item->create({{"name", "a"}}, SaveOptions().transaction(t.data()));
            t->commit();
        }
        QCOMPARE(audit->count(), 1);
        {
            const QSharedPointer<Transaction> t = s->transaction();
            item->create({{"name", "b"}}, SaveOptions().transaction(t.data()));
            t->rollback();
        }
        QCOMPARE(item->count(), 1);
        QCOMPARE(audit->count(), 1);
        s->transaction([&](Transaction &t) {
            item->create({{"name", "c"}}, SaveOptions().transaction(&t));
        });
        QCOMPARE(audit->count(), 2);
    }

    // The statements an afterQuery hook runs do not touch the one it runs around, whose rows
    // the caller reads after it: the same statement again (it crashed, reading the hook's
    // row under the caller) or enough others to evict it from the statement cache.
    void hookRunsTheSameStatement_data() { TestDatabases::addDialectRows(); }
    void hookRunsTheSameStatement()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = define(s.get());
        item->bulkCreate({{{"name", "a"}}, {{"name", "b"}}});
        const auto hooks = QSharedPointer<SameStatement>::create();
        hooks->s = s.get();
        hooks->item = item;
        QCOMPARE(item->findByPk(1)->get("name").toString(), QString("a"));
        s->addQueryHooks(hooks);
        QCOMPARE(item->findByPk(1)->get("name").toString(), QString("a"));
        QCOMPARE(hooks->read, QString("b"));
        QCOMPARE(item->findAll(FindOptions().order("id")).size(), 2);
    }

    // The same for a slot of Sequelize::queryExecuted (emitted before the caller reads the
    // rows): reading a row with the same statement there crashed.
    void queryExecutedSlotRunsStatements_data() { TestDatabases::addDialectRows(); }
    void queryExecutedSlotRunsStatements()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = define(s.get());
        item->bulkCreate({{{"name", "a"}}, {{"name", "b"}}});
        QCOMPARE(item->findByPk(1)->get("name").toString(), QString("a"));
        bool armed = true;
        QString read;
        const QMetaObject::Connection connection
            = connect(s.get(), &Sequelize::queryExecuted, this, [&](const QString &sql) {
                  if (!armed || !sql.startsWith("SELECT"))
                      return;
                  armed = false;
                  read = item->findByPk(2)->get("name").toString();
              });
        QCOMPARE(item->findByPk(1)->get("name").toString(), QString("a"));
        QCOMPARE(read, QString("b"));
        disconnect(connection);
    }

    // An error the database reports while the rows are read (SQLite steps to the failing row
    // after the statement ran) is the statement's: afterQuery gets it. Before, afterQuery ran
    // before the rows were read and reported success for a statement that failed.
    void errorAfterRows_data() { TestDatabases::addDialectRows(); }
    void errorAfterRows()
    {
        QSQ_OPEN_DIALECT(s);
        const auto hooks = QSharedPointer<Recorder>::create();
        s->addQueryHooks(hooks);
        const QString overflow
            = QStringLiteral("SELECT abs(x) AS v FROM (SELECT 1 AS x UNION ALL SELECT 2 UNION ALL "
                             "SELECT -9223372036854775807 - 1) t");
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 s->query(overflow, QueryOptions().type(QueryType::Select)));
        auto log = hooks->take();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.last().error, QString("SequelizeDatabaseError"));
        // With a bound value: the prepared statement's path.
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            s->query(overflow + QStringLiteral(" WHERE x < ?"),
                     QueryOptions().type(QueryType::Select).replacements(QVariantList{10})));
        log = hooks->take();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.last().error, QString("SequelizeDatabaseError"));
        // Rows read to the end: afterQuery after them, without an error.
        QCOMPARE(s->query("SELECT 1 AS v", QueryOptions().type(QueryType::Select)).rows().size(),
                 1);
        log = hooks->take();
        QCOMPARE(log.size(), 2);
        QVERIFY(log.last().error.isEmpty());
    }

    // A beforeQuery that throws stops the statement: its error reaches the caller, nothing is
    // written, and the afterQuery hooks see it (Sequelize runs afterQuery in a finally).
    void beforeQueryRefuses_data() { TestDatabases::addDialectRows(); }
    void beforeQueryRefuses()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = define(s.get());
        item->create({{"name", "a"}});
        const auto hooks = QSharedPointer<Recorder>::create();
        hooks->refuseWrites = true;
        s->addQueryHooks(hooks);
        try {
            item->create({{"name", "b"}});
            QFAIL("the hook's error was dropped");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.message(), QString("read-only session"));
        }
        QVERIFY_THROWS_EXCEPTION(DatabaseError, item->update({{"name", "c"}}, Where()));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, item->destroy(Where()));
        const auto log = hooks->take();
        QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const Recorder::Entry &e) {
            return e.when == "after" && e.error == "SequelizeDatabaseError";
        }));
        hooks->refuseWrites = false;
        QCOMPARE(item->count(), 1);
        QCOMPARE(item->findOne()->get("name").toString(), QString("a"));
    }
};

QTEST_GUILESS_MAIN(tst_QueryHooks)
#include "tst_queryhooks.moc"
