// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A three-node MariaDB Galera cluster (started by ./run.sh test): writes through every node,
// certification conflicts as a typed TransactionConflictError, and managed transactions whose
// retry loses no update while two nodes change the same row.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qelapsedtimer.h>
#include <QtTest/qtest.h>

#include <atomic>
#include <thread>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Galera : public QObject
{
    Q_OBJECT

private:
    QStringList m_nodes;
    // The counter's key: Galera gives each node its own auto-increment offset, so the first row
    // is not id 1 when the cluster's first node is not the one written through.
    QVariant m_id;

    static ModelDefinition *defineCounter(Sequelize &s)
    {
        return s.define("Counter", {{"value", DataTypes::Integer()}},
                        ModelOptions().timestamps(false));
    }
    // A node's connection that waits, before each read, for what the cluster committed.
    std::unique_ptr<Sequelize> node(int index) const
    {
        auto s = std::make_unique<Sequelize>(
            SequelizeOptions::fromUrl(m_nodes.at(index)).logging(false));
        s->query(QStringLiteral("SET SESSION wsrep_sync_wait = 1"));
        return s;
    }
    int value(ModelDefinition *counter) const
    {
        return counter->findByPk(m_id)->get("value").toInt();
    }

private slots:
    void init()
    {
        QFETCH(QString, dialect);
        if (dialect != QLatin1String("mariadb"))
            QSKIP("Galera is MariaDB's multi-primary cluster; PostgreSQL's replication is "
                  "tst_standby's, SQLite has none");
        m_nodes = qEnvironmentVariable("QSQ_TEST_GALERA_URLS")
                      .split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (m_nodes.size() != 3)
            QSKIP("needs the Galera cluster of ./run.sh test (QSQ_TEST_GALERA_URLS: three "
                  "node URLs)");
        auto first = node(0);
        TestDatabases::resetSchema(*first);
        ModelDefinition *counter = defineCounter(*first);
        counter->sync(SyncOptions().force());
        m_id = counter->create({{"value", 0}})->get("id");
    }

    // A row written through one node is read through the others, and each node takes writes.
    void writesThroughEveryNode_data() { TestDatabases::addDialectRows(); }
    void writesThroughEveryNode()
    {
        for (int writer = 0; writer < 3; ++writer) {
            auto s = node(writer);
            defineCounter(*s)->increment({{"value", 1}}, Where({{"id", m_id}}));
        }
        for (int reader = 0; reader < 3; ++reader) {
            auto s = node(reader);
            QCOMPARE(value(defineCounter(*s)), 3);
        }
    }

    // bulkCreate through each node: every instance holds its row's key. Galera's nodes hand out
    // keys auto_increment_increment (3) apart, and its interleaved lock mode lets concurrent
    // statements take turns: the keys used to be assumed consecutive from the first (1, 2, 3
    // for rows stored as 1, 4, 7), so that a save() of the second instance wrote another row.
    void bulkCreateKeys_data() { TestDatabases::addDialectRows(); }
    void bulkCreateKeys()
    {
        for (int writer = 0; writer < 3; ++writer) {
            auto s = node(writer);
            ModelDefinition *counter = defineCounter(*s);
            const auto made = counter->bulkCreate({{{"value", 10 * writer + 1}},
                                                   {{"value", 10 * writer + 2}},
                                                   {{"value", 10 * writer + 3}}});
            QCOMPARE(made.size(), 3);
            for (const auto &instance : made) {
                const auto stored = counter->findByPk(instance->get("id"));
                QVERIFY(stored);
                QCOMPARE(stored->get("value"), instance->get("value"));
            }
            made.at(1)->update({{"value", -1}});
            QCOMPARE(counter->count(FindOptions().where(Where({{"value", -1}}))), qint64(1));
            counter->destroy(Where({{"value", -1}}));
        }
        auto reader = node(2);
        QCOMPARE(defineCounter(*reader)->count(), qint64(1 + 3 * 2));
    }

    // Two transactions on two nodes change one row. Galera lets the first commit win; the
    // other is aborted by the cluster (a brute-force abort or a failed certification, both
    // MariaDB 1213): TransactionConflictError, nothing of it kept, its Transaction refusing
    // a commit that would otherwise run in autocommit.
    void certificationConflict_data() { TestDatabases::addDialectRows(); }
    void certificationConflict()
    {
        auto one = node(0);
        auto two = node(1);
        ModelDefinition *counterOne = defineCounter(*one);
        ModelDefinition *counterTwo = defineCounter(*two);
        auto first = one->transaction();
        auto second = two->transaction();
        counterOne->increment({{"value", 10}}, Where({{"id", m_id}}),
                              UpdateOptions().transaction(first.data()));
        counterTwo->increment({{"value", 100}}, Where({{"id", m_id}}),
                              UpdateOptions().transaction(second.data()));
        first->commit();
        bool conflict = false;
        try {
            counterTwo->increment({{"value", 1000}}, Where({{"id", m_id.toLongLong() + 1}}),
                                  UpdateOptions().transaction(second.data()));
            second->commit();
        } catch (const TransactionConflictError &e) {
            conflict = true;
            QCOMPARE(e.nativeErrorCode(), QStringLiteral("1213"));
        }
        QVERIFY(conflict);
        if (second->state() == Transaction::Active) {
            QVERIFY_THROWS_EXCEPTION(TransactionError, second->commit());
        }
        QCOMPARE(second->state(), Transaction::RolledBack);
        QCOMPARE(value(counterTwo), 10);
        QCOMPARE(value(counterOne), 10);
    }

    // Two threads, each through its own node, add 1 to one row 25 times in read-modify-write
    // managed transactions (the read locks the row, which is local to a node: a write applied
    // from the other node then aborts the holder). With retry matching TransactionConflictError
    // every addition lands.
    void retryLosesNoUpdate_data() { TestDatabases::addDialectRows(); }
    void retryLosesNoUpdate()
    {
        constexpr int Additions = 25;
        std::atomic<int> attempts{0};
        std::atomic<int> failures{0};
        QElapsedTimer timer;
        timer.start();
        auto work = [&](int nodeIndex) {
            try {
                auto s = node(nodeIndex);
                ModelDefinition *counter = defineCounter(*s);
                const TransactionOptions options = TransactionOptions().retry(
                    RetryOptions().max(100).backoffBase(2).match<TransactionConflictError>());
                for (int i = 0; i < Additions; ++i) {
                    s->transaction(options, [&](Transaction &t) {
                        ++attempts;
                        // FOR UPDATE: a plain read under REPEATABLE READ would let InnoDB
                        // write over a newer value (a lost update on one server too).
                        auto row = counter->findByPk(
                            m_id, FindOptions().lock(Lock::Update).transaction(&t));
                        row->set("value", row->get("value").toInt() + 1);
                        row->save(SaveOptions().transaction(&t));
                    });
                }
            } catch (const std::exception &e) {
                ++failures;
                qWarning("node %d: %s", nodeIndex + 1, e.what());
            }
        };
        std::thread a(work, 0);
        std::thread b(work, 1);
        a.join();
        b.join();
        QCOMPARE(failures.load(), 0);
        auto reader = node(2);
        QCOMPARE(value(defineCounter(*reader)), 2 * Additions);
        qInfo("%d transactions, %d conflicts retried, in %lld ms", 2 * Additions,
              attempts.load() - 2 * Additions, timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(tst_Galera)
#include "tst_galera.moc"
