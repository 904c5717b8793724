// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The write cases, each outside a transaction (every statement commits) and inside one.

#include "harness.h"
#include "row.h"

#include <QtSequelize/Op>

using namespace QtSequelize;

namespace Bench {
namespace {

bool isMariaDb(Sequelize *s)
{
    return s->dialect() == QLatin1String("mariadb");
}

QString copyTable(Sequelize *s)
{
    return quoted(s, "bench_rows_copy");
}

// bench_rows_copy emptied, then holding rows 1..n (not timed).
QList<RowCopy::Ptr> refill(int n)
{
    RowCopy::model()->truncate();
    QList<QVariantMap> records;
    for (int i = 1; i <= n; ++i)
        records.append(rowValues(i));
    QList<RowCopy::Ptr> created;
    for (const QSharedPointer<Model> &m : RowCopy::model()->bulkCreate(records))
        created.append(m.staticCast<RowCopy>());
    return created;
}

void ormBulkCreate(benchmark::State &state)
{
    const int n = qMin(BulkRows, settings.rows);
    QList<QVariantMap> records;
    for (int i = 1; i <= n; ++i)
        records.append(rowValues(i));
    // The instances bulkCreate returns are destroyed outside the timed region, as the
    // hand-written side creates none; their destruction is reported on its own
    // (bulkCreate_10k/destroy_instances).
    QList<QSharedPointer<Model>> created;
    for (auto _ : state) {
        pause(state);
        created.clear();
        RowCopy::model()->truncate();
        resume(state);
        created = RowCopy::model()->bulkCreate(records);
        benchmark::DoNotOptimize(created.size());
    }
}

// What dropping the 10,000 instances of a bulkCreate costs (reported, not compared).
void destroyInstances(benchmark::State &state)
{
    const int n = qMin(BulkRows, settings.rows);
    for (auto _ : state) {
        pause(state);
        QList<RowCopy::Ptr> created = refill(n);
        resume(state);
        created.clear();
    }
}

// The two hand-written strategies of the shared notes (section 8), both measured; the table
// compares with the faster one: a re-executed prepared one-row INSERT (chunk 1) and multi-row
// INSERTs of 1,000 rows, in one transaction.
void qtsqlBulkInsert(benchmark::State &state, Sequelize *s, int chunk)
{
    const int n = qMin(BulkRows, settings.rows);
    for (auto _ : state) {
        pause(state);
        RowCopy::model()->truncate();
        resume(state);
        QSqlDatabase db = s->database();
        db.transaction();
        QSqlQuery q(db);
        QString sql = QStringLiteral("INSERT INTO %1 (name, email, age, score, active) VALUES ")
                          .arg(copyTable(s));
        for (int r = 0; r < chunk; ++r)
            sql += r ? QStringLiteral(", (?, ?, ?, ?, ?)") : QStringLiteral("(?, ?, ?, ?, ?)");
        check(q, q.prepare(sql));
        for (int start = 1; start <= n; start += chunk) {
            for (int i = start; i < start + chunk; ++i)
                bindRow(q, (i - start) * 5, i);
            check(q, q.exec());
        }
        db.commit();
    }
}

void ormCreate(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    for (auto _ : state) {
        pause(state);
        RowCopy::model()->truncate();
        resume(state);
        ormLoop(s, inTransaction, [](int k, Transaction *t) {
            RowCopy::Ptr row = RowCopy::create(rowValues(k + 1), SaveOptions().transaction(t));
            benchmark::DoNotOptimize(row.data());
        });
    }
}

// A prepared INSERT re-executed, the new key read back (RETURNING on PostgreSQL, else the
// driver's last insert id), and the object filled.
void qtsqlCreate(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    const bool returning = s->dialect() == QLatin1String("postgres");
    QSqlQuery q(s->database());
    check(
        q,
        q.prepare(QStringLiteral("INSERT INTO %1 (name, email, age, score, active) VALUES "
                                 "(?, ?, ?, ?, ?)%2")
                      .arg(copyTable(s), returning ? QStringLiteral(" RETURNING id") : QString())));
    for (auto _ : state) {
        pause(state);
        RowCopy::model()->truncate();
        resume(state);
        qtsqlLoop(s, inTransaction, [&](int k) {
            const int i = k + 1;
            bindRow(q, 0, i);
            check(q, q.exec());
            auto row = std::make_unique<PlainRow>();
            row->setId(returning ? (q.next() ? q.value(0).toLongLong() : 0)
                                 : q.lastInsertId().toLongLong());
            row->setName(QStringLiteral("name %1").arg(i));
            row->setEmail(QStringLiteral("user%1@example.com").arg(i));
            row->setAge(18 + i % 60);
            row->setScore((i % 1000) / 10.0);
            row->setActive(i % 3 != 0);
            q.finish();
            benchmark::DoNotOptimize(row.get());
        });
    }
}

void ormUpdate(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    for (auto _ : state) {
        ++runCounter;
        ormLoop(s, inTransaction, [](int k, Transaction *t) {
            Row::update({{"age", 20 + (k + runCounter) % 50}}, Op::eq("id", lookupId(k)),
                        UpdateOptions().transaction(t));
        });
    }
}

void ormSave(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    for (auto _ : state) {
        pause(state);
        Row::List rows = Row::findAll(FindOptions().limit(settings.ops));
        ++runCounter;
        resume(state);
        ormLoop(s, inTransaction, [&](int k, Transaction *t) {
            const Row::Ptr &row = rows.at(k);
            row->setAge(20 + int(row->id() + runCounter) % 50);
            row->save(SaveOptions().transaction(t));
        });
    }
}

void qtsqlUpdate(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    QSqlQuery q(s->database());
    check(q, q.prepare(QStringLiteral("UPDATE %1 SET age = ? WHERE id = ?").arg(table(s))));
    for (auto _ : state) {
        ++runCounter;
        qtsqlLoop(s, inTransaction, [&](int k) {
            q.bindValue(0, 20 + (k + runCounter) % 50);
            q.bindValue(1, lookupId(k));
            check(q, q.exec());
        });
    }
}

// Instance increment: the row's value raised in the database and the instance holding it.
void ormIncrement(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    for (auto _ : state) {
        pause(state);
        Row::List rows = Row::findAll(FindOptions().limit(settings.ops));
        resume(state);
        ormLoop(s, inTransaction, [&](int k, Transaction *t) {
            rows.at(k)->increment("age", 1, SaveOptions().transaction(t));
        });
    }
}

// UPDATE … SET age = age + 1, then the new value read: by RETURNING (PostgreSQL, SQLite) or
// by a SELECT (every dialect; the faster variant is compared).
void qtsqlIncrement(benchmark::State &state, Sequelize *s, bool inTransaction, bool returning)
{
    QSqlQuery q(s->database());
    QSqlQuery read(s->database());
    read.setForwardOnly(true);
    check(q,
          q.prepare(QStringLiteral("UPDATE %1 SET age = age + 1 WHERE id = ?%2")
                        .arg(table(s), returning ? QStringLiteral(" RETURNING age") : QString())));
    check(read, read.prepare(QStringLiteral("SELECT age FROM %1 WHERE id = ?").arg(table(s))));
    for (auto _ : state) {
        pause(state);
        std::vector<std::unique_ptr<PlainRow>> rows;
        for (int k = 0; k < settings.ops; ++k) {
            rows.push_back(std::make_unique<PlainRow>());
            rows.back()->setId(k + 1);
        }
        resume(state);
        qtsqlLoop(s, inTransaction, [&](int k) {
            q.bindValue(0, k + 1);
            check(q, q.exec());
            QSqlQuery &result = returning ? q : read;
            if (!returning) {
                read.bindValue(0, k + 1);
                check(read, read.exec());
            }
            if (result.next())
                rows.at(k)->setAge(result.value(0).toInt());
            result.finish();
        });
    }
}

// Half the keys exist before (updated), half do not (inserted).
void ormUpsert(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    for (auto _ : state) {
        pause(state);
        refill(settings.ops / 2);
        ++runCounter;
        resume(state);
        ormLoop(s, inTransaction, [](int k, Transaction *t) {
            QVariantMap values = rowValues(k + runCounter);
            values.insert("id", k + 1);
            RowCopy::Ptr row = RowCopy::upsert(values, SaveOptions().transaction(t));
            benchmark::DoNotOptimize(row.data());
        });
    }
}

void qtsqlUpsert(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    const QString columns = QStringLiteral("id, name, email, age, score, active");
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (?, ?, ?, ?, ?, ?) ")
                      .arg(copyTable(s), columns);
    sql += isMariaDb(s) ? QStringLiteral("ON DUPLICATE KEY UPDATE name = VALUES(name), email = "
                                         "VALUES(email), age = VALUES(age), score = VALUES(score), "
                                         "active = VALUES(active)")
                        : QStringLiteral("ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                         "email = excluded.email, age = excluded.age, score = "
                                         "excluded.score, active = excluded.active");
    QSqlQuery q(s->database());
    check(q, q.prepare(sql));
    for (auto _ : state) {
        pause(state);
        refill(settings.ops / 2);
        ++runCounter;
        resume(state);
        qtsqlLoop(s, inTransaction, [&](int k) {
            const int i = k + runCounter;
            q.bindValue(0, k + 1);
            bindRow(q, 1, i);
            check(q, q.exec());
            auto row = std::make_unique<PlainRow>();
            row->setId(k + 1);
            row->setName(QStringLiteral("name %1").arg(i));
            row->setEmail(QStringLiteral("user%1@example.com").arg(i));
            row->setAge(18 + i % 60);
            row->setScore((i % 1000) / 10.0);
            row->setActive(i % 3 != 0);
            benchmark::DoNotOptimize(row.get());
        });
    }
}

void ormDestroy(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    for (auto _ : state) {
        pause(state);
        const QList<RowCopy::Ptr> rows = refill(settings.ops);
        resume(state);
        ormLoop(s, inTransaction, [&](int k, Transaction *t) {
            rows.at(k)->destroy(DestroyOptions().transaction(t));
        });
    }
}

void qtsqlDestroy(benchmark::State &state, Sequelize *s, bool inTransaction)
{
    QSqlQuery q(s->database());
    check(q, q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(copyTable(s))));
    for (auto _ : state) {
        pause(state);
        QList<qint64> ids;
        for (const RowCopy::Ptr &row : refill(settings.ops))
            ids.append(row->id());
        resume(state);
        qtsqlLoop(s, inTransaction, [&](int k) {
            q.bindValue(0, ids.at(k));
            check(q, q.exec());
        });
    }
}

// The case and its "_tx" twin, each ORM against hand-written.
template<typename Orm, typename QtSql>
void addBoth(const QString &dialect, const char *name, const char *txName, Sequelize *s, Orm orm,
             QtSql qtsql)
{
    add(dialect, name, "orm", [=](benchmark::State &st) { orm(st, s, false); });
    add(dialect, name, "qtsql", [=](benchmark::State &st) { qtsql(st, s, false); });
    add(dialect, txName, "orm", [=](benchmark::State &st) { orm(st, s, true); });
    add(dialect, txName, "qtsql", [=](benchmark::State &st) { qtsql(st, s, true); });
}

} // namespace

void addWrites(const QString &dialect, Sequelize *s)
{
    const int small = qMin(10000, settings.rows);
    add(dialect, "bulkCreate_10k", "orm", [](benchmark::State &st) { ormBulkCreate(st); });
    add(dialect, "bulkCreate_10k", "destroy_instances",
        [](benchmark::State &st) { destroyInstances(st); });
    add(dialect, "bulkCreate_10k", "qtsql_row",
        [=](benchmark::State &st) { qtsqlBulkInsert(st, s, 1); });
    add(dialect, "bulkCreate_10k", "qtsql_multi",
        [=](benchmark::State &st) { qtsqlBulkInsert(st, s, qMin(1000, small)); });
    addBoth(dialect, "create_1000", "create_tx_1000", s, ormCreate, qtsqlCreate);
    addBoth(dialect, "save_1000", "save_tx_1000", s, ormSave, qtsqlUpdate);
    addBoth(dialect, "update_1000", "update_tx_1000", s, ormUpdate, qtsqlUpdate);
    addBoth(dialect, "increment_1000", "increment_tx_1000", s, ormIncrement,
            [](benchmark::State &st, Sequelize *s, bool tx) { qtsqlIncrement(st, s, tx, false); });
    if (!isMariaDb(s)) {
        add(dialect, "increment_1000", "qtsql_returning",
            [=](benchmark::State &st) { qtsqlIncrement(st, s, false, true); });
        add(dialect, "increment_tx_1000", "qtsql_returning",
            [=](benchmark::State &st) { qtsqlIncrement(st, s, true, true); });
    }
    addBoth(dialect, "upsert_1000", "upsert_tx_1000", s, ormUpsert, qtsqlUpsert);
    addBoth(dialect, "destroy_1000", "destroy_tx_1000", s, ormDestroy, qtsqlDestroy);
}

} // namespace Bench
