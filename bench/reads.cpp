// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The read cases: each ORM call against the hand-written QtSql code for the same result.

#include "harness.h"
#include "row.h"

#include <QtSequelize/Op>

using namespace QtSequelize;

namespace Bench {
namespace {

const char *const RowColumns = "id, name, email, age, score, active";

void ormFindAll(benchmark::State &state, int limit)
{
    for (auto _ : state) {
        Row::List rows = Row::findAll(FindOptions().limit(limit));
        benchmark::DoNotOptimize(rows.size());
    }
}

void qtsqlFindAll(benchmark::State &state, Sequelize *s, int limit)
{
    QSqlQuery q(s->database());
    q.setForwardOnly(true);
    check(q, q.prepare(QStringLiteral("SELECT %1 FROM %2 LIMIT ?").arg(RowColumns, table(s))));
    for (auto _ : state) {
        q.bindValue(0, limit);
        check(q, q.exec());
        std::vector<std::unique_ptr<PlainRow>> rows;
        while (q.next())
            rows.push_back(plainRow(q));
        q.finish();
        benchmark::DoNotOptimize(rows.size());
    }
}

void ormRaw(benchmark::State &state, Sequelize *s, int limit)
{
    const QString sql = QStringLiteral("SELECT %1 FROM %2 LIMIT :n").arg(RowColumns, table(s));
    for (auto _ : state) {
        const QList<QVariantMap> rows
            = s->query(sql, QueryOptions().replacements(QVariantMap{{"n", limit}})).rows();
        benchmark::DoNotOptimize(rows.size());
    }
}

void qtsqlRaw(benchmark::State &state, Sequelize *s, int limit)
{
    QSqlQuery q(s->database());
    q.setForwardOnly(true);
    check(q, q.prepare(QStringLiteral("SELECT %1 FROM %2 LIMIT ?").arg(RowColumns, table(s))));
    const QStringList names{"id", "name", "email", "age", "score", "active"};
    for (auto _ : state) {
        q.bindValue(0, limit);
        check(q, q.exec());
        QList<QVariantMap> rows;
        while (q.next()) {
            QVariantMap row;
            for (int i = 0; i < names.size(); ++i)
                row.insert(names.at(i), q.value(i));
            rows.append(row);
        }
        q.finish();
        benchmark::DoNotOptimize(rows.size());
    }
}

// A page of 100 rows after a key (keyset paging), settings.ops times.
void ormPage(benchmark::State &state)
{
    for (auto _ : state) {
        for (int k = 0; k < settings.ops; ++k) {
            Row::List rows = Row::findAll(
                FindOptions().where(Op::gt("id", lookupId(k))).order("id").limit(100));
            benchmark::DoNotOptimize(rows.size());
        }
    }
}

void qtsqlPage(benchmark::State &state, Sequelize *s)
{
    QSqlQuery q(s->database());
    q.setForwardOnly(true);
    check(q,
          q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id > ? ORDER BY id LIMIT 100")
                        .arg(RowColumns, table(s))));
    for (auto _ : state) {
        for (int k = 0; k < settings.ops; ++k) {
            q.bindValue(0, lookupId(k));
            check(q, q.exec());
            std::vector<std::unique_ptr<PlainRow>> rows;
            while (q.next())
                rows.push_back(plainRow(q));
            q.finish();
            benchmark::DoNotOptimize(rows.size());
        }
    }
}

void ormFindByPk(benchmark::State &state)
{
    for (auto _ : state) {
        for (int k = 0; k < settings.ops; ++k) {
            Row::Ptr row = Row::findByPk(lookupId(k));
            benchmark::DoNotOptimize(row.data());
        }
    }
}

// One row by a prepared statement and one bound value, settings.ops times.
void qtsqlOneRow(benchmark::State &state, Sequelize *s, const QString &where,
                 QVariant (*key)(int k))
{
    QSqlQuery q(s->database());
    q.setForwardOnly(true);
    check(
        q,
        q.prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 LIMIT 1").arg(RowColumns, table(s), where)));
    for (auto _ : state) {
        for (int k = 0; k < settings.ops; ++k) {
            q.bindValue(0, key(k));
            check(q, q.exec());
            std::unique_ptr<PlainRow> row;
            if (q.next())
                row = plainRow(q);
            q.finish();
            benchmark::DoNotOptimize(row.get());
        }
    }
}

QVariant idKey(int k)
{
    return lookupId(k);
}

QVariant emailKey(int k)
{
    return QStringLiteral("user%1@example.com").arg(lookupId(k));
}

void ormFindOne(benchmark::State &state)
{
    for (auto _ : state) {
        for (int k = 0; k < settings.ops; ++k) {
            Row::Ptr row = Row::findOne(FindOptions().where(Op::eq("email", emailKey(k))));
            benchmark::DoNotOptimize(row.data());
        }
    }
}

void ormCount(benchmark::State &state)
{
    for (auto _ : state) {
        for (int k = 0; k < settings.ops; ++k) {
            const qint64 n = Row::count(
                FindOptions().where(Op::between("id", lookupId(k), lookupId(k) + 100)));
            benchmark::DoNotOptimize(n);
        }
    }
}

void qtsqlCount(benchmark::State &state, Sequelize *s)
{
    QSqlQuery q(s->database());
    q.setForwardOnly(true);
    check(q,
          q.prepare(
              QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id BETWEEN ? AND ?").arg(table(s))));
    for (auto _ : state) {
        for (int k = 0; k < settings.ops; ++k) {
            q.bindValue(0, lookupId(k));
            q.bindValue(1, lookupId(k) + 100);
            check(q, q.exec());
            qint64 n = 0;
            if (q.next())
                n = q.value(0).toLongLong();
            q.finish();
            benchmark::DoNotOptimize(n);
        }
    }
}

// A hasMany getter on users loaded beforehand: user->getPosts(), settings.ops users.
void ormGetter(benchmark::State &state, int users)
{
    const BenchUser::List owners
        = BenchUser::findAll(FindOptions().order("id").limit(qMin(users, settings.ops)));
    for (auto _ : state) {
        for (const BenchUser::Ptr &user : owners) {
            const QList<BenchPost::Ptr> posts = user->getPosts();
            benchmark::DoNotOptimize(posts.size());
        }
    }
}

void qtsqlGetter(benchmark::State &state, Sequelize *s, int users)
{
    QSqlQuery q(s->database());
    q.setForwardOnly(true);
    check(q,
          q.prepare(QStringLiteral("SELECT id, title, body, %1 FROM %2 WHERE %1 = ?")
                        .arg(quoted(s, "userId"), quoted(s, "bench_posts"))));
    const int n = qMin(users, settings.ops);
    for (auto _ : state) {
        for (int user = 1; user <= n; ++user) {
            q.bindValue(0, user);
            check(q, q.exec());
            std::vector<std::unique_ptr<PlainPost>> posts;
            while (q.next())
                posts.emplace_back(plainPost(q, 0));
            q.finish();
            benchmark::DoNotOptimize(posts.size());
        }
    }
}

void ormInclude(benchmark::State &state, int users)
{
    for (auto _ : state) {
        BenchUser::List found
            = BenchUser::findAll(FindOptions().include("posts").order("id").limit(users));
        benchmark::DoNotOptimize(found.size());
    }
}

// One LEFT JOIN, folded into users that own their posts.
void qtsqlJoin(benchmark::State &state, Sequelize *s, int users)
{
    QSqlQuery q(s->database());
    q.setForwardOnly(true);
    check(q,
          q.prepare(
              QStringLiteral("SELECT u.id, u.name, u.email, p.id, p.title, p.body, p.%1 "
                             "FROM %2 u LEFT JOIN %3 p ON p.%1 = u.id WHERE u.id <= ? "
                             "ORDER BY u.id, p.id")
                  .arg(quoted(s, "userId"), quoted(s, "bench_users"), quoted(s, "bench_posts"))));
    for (auto _ : state) {
        q.bindValue(0, users);
        check(q, q.exec());
        std::vector<std::unique_ptr<PlainUser>> result;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (result.empty() || result.back()->id() != id) {
                auto user = std::make_unique<PlainUser>();
                user->setId(id);
                user->setName(q.value(1).toString());
                user->setEmail(q.value(2).toString());
                result.push_back(std::move(user));
            }
            if (!q.isNull(3))
                result.back()->posts.emplace_back(plainPost(q, 3));
        }
        q.finish();
        benchmark::DoNotOptimize(result.size());
    }
}

// The hand-written form of separate: the users, then their posts in one query, by user id.
void qtsqlSeparate(benchmark::State &state, Sequelize *s, int users)
{
    QSqlQuery uq(s->database());
    uq.setForwardOnly(true);
    check(uq,
          uq.prepare(QStringLiteral("SELECT id, name, email FROM %1 ORDER BY id LIMIT ?")
                         .arg(quoted(s, "bench_users"))));
    QSqlQuery pq(s->database());
    pq.setForwardOnly(true);
    for (auto _ : state) {
        uq.bindValue(0, users);
        check(uq, uq.exec());
        std::vector<std::unique_ptr<PlainUser>> result;
        QHash<qint64, PlainUser *> byId;
        QString ids;
        while (uq.next()) {
            auto user = std::make_unique<PlainUser>();
            user->setId(uq.value(0).toLongLong());
            user->setName(uq.value(1).toString());
            user->setEmail(uq.value(2).toString());
            byId.insert(user->id(), user.get());
            ids += (ids.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(user->id());
            result.push_back(std::move(user));
        }
        uq.finish();
        check(pq,
              pq.exec(QStringLiteral("SELECT id, title, body, %1 FROM %2 WHERE %1 IN (%3) "
                                     "ORDER BY id")
                          .arg(quoted(s, "userId"), quoted(s, "bench_posts"), ids)));
        while (pq.next()) {
            if (PlainUser *owner = byId.value(pq.value(3).toLongLong()))
                owner->posts.emplace_back(plainPost(pq, 0));
        }
        pq.finish();
        benchmark::DoNotOptimize(result.size());
    }
}

} // namespace

void addReads(const QString &dialect, Sequelize *s)
{
    const int small = qMin(10000, settings.rows);
    const int all = settings.rows;
    const int users = qMin(IncludeUsers, settings.rows);
    add(dialect, "findAll_10k", "orm", [=](benchmark::State &st) { ormFindAll(st, small); });
    add(dialect, "findAll_10k", "qtsql", [=](benchmark::State &st) { qtsqlFindAll(st, s, small); });
    add(dialect, "findAll_all", "orm", [=](benchmark::State &st) { ormFindAll(st, all); });
    add(dialect, "findAll_all", "qtsql", [=](benchmark::State &st) { qtsqlFindAll(st, s, all); });
    add(dialect, "raw_10k", "orm", [=](benchmark::State &st) { ormRaw(st, s, small); });
    add(dialect, "raw_10k", "qtsql", [=](benchmark::State &st) { qtsqlRaw(st, s, small); });
    add(dialect, "findAll100_1000", "orm", [](benchmark::State &st) { ormPage(st); });
    add(dialect, "findAll100_1000", "qtsql", [=](benchmark::State &st) { qtsqlPage(st, s); });
    add(dialect, "findByPk_1000", "orm", [](benchmark::State &st) { ormFindByPk(st); });
    add(dialect, "findByPk_1000", "qtsql",
        [=](benchmark::State &st) { qtsqlOneRow(st, s, QStringLiteral("id = ?"), idKey); });
    add(dialect, "findOne_1000", "orm", [](benchmark::State &st) { ormFindOne(st); });
    add(dialect, "findOne_1000", "qtsql",
        [=](benchmark::State &st) { qtsqlOneRow(st, s, QStringLiteral("email = ?"), emailKey); });
    add(dialect, "count_1000", "orm", [](benchmark::State &st) { ormCount(st); });
    add(dialect, "count_1000", "qtsql", [=](benchmark::State &st) { qtsqlCount(st, s); });
    add(dialect, "getter_1000", "orm", [=](benchmark::State &st) { ormGetter(st, users); });
    add(dialect, "getter_1000", "qtsql", [=](benchmark::State &st) { qtsqlGetter(st, s, users); });
    // QtSequelize always loads an include by a query of its own (Sequelize's separate), so
    // both cases run the same ORM call against the two hand-written strategies.
    add(dialect, "include_1000x10", "orm", [=](benchmark::State &st) { ormInclude(st, users); });
    add(dialect, "include_1000x10", "qtsql",
        [=](benchmark::State &st) { qtsqlJoin(st, s, users); });
    add(dialect, "include_separate", "orm", [=](benchmark::State &st) { ormInclude(st, users); });
    add(dialect, "include_separate", "qtsql",
        [=](benchmark::State &st) { qtsqlSeparate(st, s, users); });
}

} // namespace Bench
