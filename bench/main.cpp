// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Each ORM operation against the hand-written QtSql code a careful developer writes for the
// same result (prepared statements, forward-only queries, objects filled by direct setters),
// in one process, on the same data and connection, interleaved by Google Benchmark's random
// interleaving; prints both medians and their ratio per case. See bench/README.md.
//
//   qtsequelize-bench [--rows=N] [--repetitions=N] [--dialects=sqlite,postgres] [--smoke]
//   (PostgreSQL needs QSQ_BENCH_POSTGRES_URL; bench/run.sh starts a private server.)

#include "row.h"

#include <QtSequelize/Sequelize>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdir.h>
#include <QtCore/qtemporarydir.h>
#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlquery.h>

#include <benchmark/benchmark.h>
#include <malloc.h>

#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace QtSequelize;

namespace {

struct Settings
{
    int rows = 100000;
    int repetitions = 7;
    QStringList dialects{QStringLiteral("sqlite"), QStringLiteral("postgres")};
};

Settings settings;
// Changes every run, so that each save() really has a changed value to write.
int runCounter = 0;

QString table(Sequelize *s)
{
    return s->dialect() == QLatin1String("mariadb") ? QStringLiteral("`bench_rows`")
                                                    : QStringLiteral("\"bench_rows\"");
}

void check(QSqlQuery &q, bool ok)
{
    if (!ok)
        qFatal("bench: %s", qPrintable(q.lastError().text()));
}

void seed(Sequelize *s, int rows)
{
    Row::init(s,
              {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
               {"name", DataTypes::String()},
               {"email", DataTypes::String()},
               {"age", DataTypes::Integer()},
               {"score", DataTypes::Double()},
               {"active", DataTypes::Boolean()}},
              ModelOptions().tableName(QStringLiteral("bench_rows")).timestamps(false));
    s->sync(SyncOptions().force());
    QSqlDatabase db = s->database();
    db.transaction();
    QSqlQuery q(db);
    check(q,
          q.prepare(QStringLiteral("INSERT INTO %1 (name, email, age, score, active) VALUES "
                                   "(?, ?, ?, ?, ?)")
                        .arg(table(s))));
    for (int i = 1; i <= rows; ++i) {
        q.bindValue(0, QStringLiteral("name %1").arg(i));
        q.bindValue(1, QStringLiteral("user%1@example.com").arg(i));
        q.bindValue(2, 18 + i % 60);
        q.bindValue(3, (i % 1000) / 10.0);
        q.bindValue(4, i % 3 != 0);
        check(q, q.exec());
    }
    db.commit();
}

constexpr int IncludeUsers = 1000;
constexpr int PostsPerUser = 10;

QString quoted(Sequelize *s, const char *name)
{
    return s->dialect() == QLatin1String("mariadb") ? QStringLiteral("`%1`").arg(name)
                                                    : QStringLiteral("\"%1\"").arg(name);
}

// bench_users (name, email) hasMany bench_posts (title, body, userId) as `posts`.
void seedUsers(Sequelize *s, int users)
{
    const ModelOptions options = ModelOptions().timestamps(false);
    BenchUser::init(s,
                    {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                     {"name", DataTypes::String()},
                     {"email", DataTypes::String()}},
                    ModelOptions(options).tableName(QStringLiteral("bench_users")));
    BenchPost::init(s,
                    {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                     {"title", DataTypes::String()},
                     {"body", DataTypes::Text()},
                     {"userId", DataTypes::Integer()}},
                    ModelOptions(options).tableName(QStringLiteral("bench_posts")));
    BenchUser::hasMany(BenchPost::model(), AssociationOptions().as("posts").foreignKey("userId"));
    BenchPost::model()->drop();
    BenchUser::model()->drop();
    BenchUser::model()->sync();
    BenchPost::model()->sync();
    QSqlDatabase db = s->database();
    db.transaction();
    QSqlQuery u(db);
    check(u,
          u.prepare(QStringLiteral("INSERT INTO %1 (name, email) VALUES (?, ?)")
                        .arg(quoted(s, "bench_users"))));
    QSqlQuery p(db);
    check(p,
          p.prepare(QStringLiteral("INSERT INTO %1 (title, body, %2) VALUES (?, ?, ?)")
                        .arg(quoted(s, "bench_posts"), quoted(s, "userId"))));
    for (int i = 1; i <= users; ++i) {
        u.bindValue(0, QStringLiteral("user %1").arg(i));
        u.bindValue(1, QStringLiteral("user%1@example.com").arg(i));
        check(u, u.exec());
        for (int k = 1; k <= PostsPerUser; ++k) {
            p.bindValue(0, QStringLiteral("post %1.%2").arg(i).arg(k));
            p.bindValue(
                1,
                QStringLiteral("Body of post %1 of user %2, a paragraph of text.").arg(k).arg(i));
            p.bindValue(2, i);
            check(p, p.exec());
        }
    }
    db.commit();
}

// --- the cases: each as ORM and as hand-written QtSql -------------------------------------

QVariantMap rowValues(int i)
{
    return {{"name", QStringLiteral("name %1").arg(i)},
            {"email", QStringLiteral("user%1@example.com").arg(i)},
            {"age", 18 + i % 60},
            {"score", (i % 1000) / 10.0},
            {"active", i % 3 != 0}};
}

constexpr int BulkRows = 10000;

void ormBulkCreate(benchmark::State &state, ModelDefinition *copy)
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
        state.PauseTiming();
        created.clear();
        copy->truncate();
        state.ResumeTiming();
        created = copy->bulkCreate(records);
        benchmark::DoNotOptimize(created.size());
    }
}

// What dropping the 10,000 instances of a bulkCreate costs (reported, not compared).
void destroyInstances(benchmark::State &state, ModelDefinition *copy)
{
    const int n = qMin(BulkRows, settings.rows);
    QList<QVariantMap> records;
    for (int i = 1; i <= n; ++i)
        records.append(rowValues(i));
    for (auto _ : state) {
        state.PauseTiming();
        copy->truncate();
        QList<QSharedPointer<Model>> created = copy->bulkCreate(records);
        state.ResumeTiming();
        created.clear();
    }
}

// The two hand-written strategies of the shared notes (section 8), both measured; the table
// compares with the faster one: a re-executed prepared one-row INSERT (chunk 1) and multi-row
// INSERTs of 1,000 rows, in one transaction.
void qtsqlBulkInsert(benchmark::State &state, Sequelize *s, ModelDefinition *copy, int chunk)
{
    const int n = qMin(BulkRows, settings.rows);
    const QString table
        = s->dialect() == QLatin1String("mariadb") ? "`bench_rows_copy`" : "\"bench_rows_copy\"";
    for (auto _ : state) {
        state.PauseTiming();
        copy->truncate();
        state.ResumeTiming();
        QSqlDatabase db = s->database();
        db.transaction();
        QSqlQuery q(db);
        QString sql
            = QStringLiteral("INSERT INTO %1 (name, email, age, score, active) VALUES ").arg(table);
        for (int r = 0; r < chunk; ++r)
            sql += r ? QStringLiteral(", (?, ?, ?, ?, ?)") : QStringLiteral("(?, ?, ?, ?, ?)");
        check(q, q.prepare(sql));
        for (int start = 1; start <= n; start += chunk) {
            int p = 0;
            for (int i = start; i < start + chunk; ++i) {
                q.bindValue(p++, QStringLiteral("name %1").arg(i));
                q.bindValue(p++, QStringLiteral("user%1@example.com").arg(i));
                q.bindValue(p++, 18 + i % 60);
                q.bindValue(p++, (i % 1000) / 10.0);
                q.bindValue(p++, i % 3 != 0);
            }
            check(q, q.exec());
        }
        db.commit();
    }
}

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
    check(q,
          q.prepare(QStringLiteral("SELECT id, name, email, age, score, active FROM %1 LIMIT ?")
                        .arg(table(s))));
    for (auto _ : state) {
        q.bindValue(0, limit);
        check(q, q.exec());
        std::vector<std::unique_ptr<PlainRow>> rows;
        while (q.next()) {
            auto row = std::make_unique<PlainRow>();
            row->setId(q.value(0).toLongLong());
            row->setName(q.value(1).toString());
            row->setEmail(q.value(2).toString());
            row->setAge(q.value(3).toInt());
            row->setScore(q.value(4).toDouble());
            row->setActive(q.value(5).toBool());
            rows.push_back(std::move(row));
        }
        q.finish();
        benchmark::DoNotOptimize(rows.size());
    }
}

void ormRaw(benchmark::State &state, Sequelize *s, int limit)
{
    const QString sql
        = QStringLiteral("SELECT id, name, email, age, score, active FROM %1 LIMIT :n")
              .arg(table(s));
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
    check(q,
          q.prepare(QStringLiteral("SELECT id, name, email, age, score, active FROM %1 LIMIT ?")
                        .arg(table(s))));
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

int lookupId(int k, int rows)
{
    return 1 + (k * 7919) % qMin(rows, 10000);
}

void ormFindByPk(benchmark::State &state)
{
    for (auto _ : state) {
        for (int k = 0; k < 1000; ++k) {
            Row::Ptr row = Row::findByPk(lookupId(k, settings.rows));
            benchmark::DoNotOptimize(row.data());
        }
    }
}

void qtsqlFindByPk(benchmark::State &state, Sequelize *s)
{
    QSqlQuery q(s->database());
    q.setForwardOnly(true);
    check(q,
          q.prepare(QStringLiteral("SELECT id, name, email, age, score, active FROM %1 WHERE "
                                   "id = ?")
                        .arg(table(s))));
    for (auto _ : state) {
        for (int k = 0; k < 1000; ++k) {
            q.bindValue(0, lookupId(k, settings.rows));
            check(q, q.exec());
            auto row = std::make_unique<PlainRow>();
            if (q.next()) {
                row->setId(q.value(0).toLongLong());
                row->setName(q.value(1).toString());
                row->setEmail(q.value(2).toString());
                row->setAge(q.value(3).toInt());
                row->setScore(q.value(4).toDouble());
                row->setActive(q.value(5).toBool());
            }
            q.finish();
            benchmark::DoNotOptimize(row.get());
        }
    }
}

void ormUpdate(benchmark::State &state)
{
    for (auto _ : state) {
        ++runCounter;
        for (int k = 0; k < 1000; ++k)
            Row::update({{"age", 20 + (k + runCounter) % 50}},
                        {{"id", lookupId(k, settings.rows)}});
    }
}

void ormSave(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        Row::List rows = Row::findAll(FindOptions().limit(1000));
        ++runCounter;
        state.ResumeTiming();
        for (const Row::Ptr &row : rows) {
            row->setAge(20 + int(row->id() + runCounter) % 50);
            row->save();
        }
    }
}

void qtsqlUpdate(benchmark::State &state, Sequelize *s)
{
    QSqlQuery q(s->database());
    check(q, q.prepare(QStringLiteral("UPDATE %1 SET age = ? WHERE id = ?").arg(table(s))));
    for (auto _ : state) {
        ++runCounter;
        for (int k = 0; k < 1000; ++k) {
            q.bindValue(0, 20 + (k + runCounter) % 50);
            q.bindValue(1, lookupId(k, settings.rows));
            check(q, q.exec());
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

PlainPost *plainPost(const QSqlQuery &q, int first)
{
    auto *post = new PlainPost;
    post->setId(q.value(first).toLongLong());
    post->setTitle(q.value(first + 1).toString());
    post->setBody(q.value(first + 2).toString());
    post->setUserId(q.value(first + 3).toLongLong());
    return post;
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

// Bytes of heap per instance, measured around hydrating settings.rows rows.
template<typename Fill> double bytesPerInstance(Fill fill)
{
    malloc_trim(0);
    const size_t before = mallinfo2().uordblks;
    const size_t count = fill();
    const size_t after = mallinfo2().uordblks;
    return count ? double(after - before) / double(count) : 0;
}

void reportMemory(Sequelize *s)
{
    const int n = settings.rows;
    Row::List orm;
    std::vector<std::unique_ptr<PlainRow>> plain;
    std::vector<RowStruct> structs;
    const double ormBytes = bytesPerInstance([&] {
        orm = Row::findAll(FindOptions().limit(n));
        return size_t(orm.size());
    });
    const double plainBytes = bytesPerInstance([&] {
        QSqlQuery q(s->database());
        q.setForwardOnly(true);
        check(q,
              q.exec(QStringLiteral("SELECT id, name, email, age, score, active FROM %1 LIMIT %2")
                         .arg(table(s))
                         .arg(n)));
        while (q.next()) {
            auto row = std::make_unique<PlainRow>();
            row->setId(q.value(0).toLongLong());
            row->setName(q.value(1).toString());
            row->setEmail(q.value(2).toString());
            row->setAge(q.value(3).toInt());
            row->setScore(q.value(4).toDouble());
            row->setActive(q.value(5).toBool());
            plain.push_back(std::move(row));
        }
        return plain.size();
    });
    const double structBytes = bytesPerInstance([&] {
        QSqlQuery q(s->database());
        q.setForwardOnly(true);
        check(q,
              q.exec(QStringLiteral("SELECT id, name, email, age, score, active FROM %1 LIMIT %2")
                         .arg(table(s))
                         .arg(n)));
        structs.reserve(n);
        while (q.next())
            structs.push_back({q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(), q.value(3).toInt(), q.value(4).toDouble(),
                               q.value(5).toBool()});
        return structs.size();
    });
    std::printf("%-10s memory per instance (%d rows): ORM %.0f B, plain QObject %.0f B, struct "
                "%.0f B; ORM / QObject = %.2f (target <= 2.0)\n",
                qPrintable(s->dialect()), n, ormBytes, plainBytes, structBytes,
                plainBytes > 0 ? ormBytes / plainBytes : 0.0);
}

// Collects the median of every benchmark and prints ORM / QtSql per case.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            const bool median = run.aggregate_name == "median";
            const bool single = run.aggregate_name.empty() && settings.repetitions == 1;
            if (median || single)
                medians[run.run_name.function_name] = run.GetAdjustedRealTime();
        }
    }
    std::map<std::string, double> medians;
};

struct Case
{
    const char *name;
    const char *target;
};

const Case cases[] = {
    {"bulkCreate_10k", "1.0"}, {"findAll_10k", "1.3"},     {"findAll_all", "1.3"},
    {"raw_10k", "1.15"},       {"findByPk_1000", "1.3"},   {"update_1000", "1.3"},
    {"save_1000", "1.3"},      {"include_1000x10", "1.5"}, {"include_separate", "1.5"},
};

void printTable(const QString &dialect, const RatioReporter &reporter)
{
    std::printf("\n%-10s %-16s %12s %12s %8s %8s  %s\n", "dialect", "case", "ORM ms", "QtSql ms",
                "ratio", "target", "QtSql variant");
    for (const Case &c : cases) {
        const std::string base = dialect.toStdString() + "/" + c.name;
        auto orm = reporter.medians.find(base + "/orm");
        // The hand-written side: the fastest of its variants ("qtsql", "qtsql_row", ...).
        auto sql = reporter.medians.end();
        for (auto it = reporter.medians.lower_bound(base + "/qtsql");
             it != reporter.medians.end() && it->first.rfind(base + "/qtsql", 0) == 0; ++it) {
            if (sql == reporter.medians.end() || it->second < sql->second)
                sql = it;
        }
        if (orm == reporter.medians.end() || sql == reporter.medians.end())
            continue;
        std::printf("%-10s %-16s %12.2f %12.2f %8.2f %8s  %s\n", qPrintable(dialect), c.name,
                    orm->second, sql->second, orm->second / sql->second, c.target,
                    sql->first.substr(base.size() + 1).c_str());
        const auto destroyed = reporter.medians.find(base + "/destroy_instances");
        if (destroyed != reporter.medians.end())
            std::printf("%-10s %-16s %12.2f   (destroying the returned instances, not in the "
                        "ORM time)\n",
                        qPrintable(dialect), "", destroyed->second);
        // For bench/compare.py (the QtSequelize ÷ Sequelize column).
        const QByteArray results = qgetenv("QSQ_BENCH_RESULTS");
        if (!results.isEmpty()) {
            if (FILE *f = std::fopen(results.constData(), "a")) {
                std::fprintf(f,
                             "{\"dialect\": \"%s\", \"case\": \"%s\", \"orm\": %.3f, "
                             "\"qtsql\": %.3f}\n",
                             qPrintable(dialect), c.name, orm->second, sql->second);
                std::fclose(f);
            }
        }
    }
    std::printf("\n");
}

template<typename F> void add(const QString &dialect, const char *name, const char *variant, F f)
{
    const std::string full = dialect.toStdString() + "/" + name + "/" + variant;
    benchmark::RegisterBenchmark(full.c_str(), f)
        ->Iterations(1)
        ->Repetitions(settings.repetitions)
        ->ReportAggregatesOnly(settings.repetitions > 1)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::vector<char *> benchArgs{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1String("--rows=")))
            settings.rows = arg.mid(7).toInt();
        else if (arg.startsWith(QLatin1String("--repetitions=")))
            settings.repetitions = arg.mid(14).toInt();
        else if (arg.startsWith(QLatin1String("--dialects=")))
            settings.dialects = arg.mid(11).split(QLatin1Char(','));
        else if (arg == QLatin1String("--smoke"))
            settings = {200, 1, {QStringLiteral("sqlite")}};
        else
            benchArgs.push_back(argv[i]);
    }
    static char interleave[] = "--benchmark_enable_random_interleaving=true";
    if (settings.repetitions > 1)
        benchArgs.push_back(interleave);
    int benchArgc = int(benchArgs.size());
    benchmark::Initialize(&benchArgc, benchArgs.data());

    QTemporaryDir dir;
    for (const QString &dialect : settings.dialects) {
        QString url;
        if (dialect == QLatin1String("sqlite")) {
            url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"));
        } else {
            url = qEnvironmentVariable(dialect == QLatin1String("postgres")
                                           ? "QSQ_BENCH_POSTGRES_URL"
                                           : "QSQ_BENCH_MARIADB_URL");
            if (url.isEmpty()) {
                std::printf("%s: skipped (set QSQ_BENCH_%s_URL; bench/run.sh starts a server)\n",
                            qPrintable(dialect), qPrintable(dialect.toUpper()));
                continue;
            }
        }
        Sequelize sequelize(url);
        if (dialect == QLatin1String("sqlite"))
            sequelize.query(QStringLiteral("PRAGMA synchronous = NORMAL"));
        seed(&sequelize, settings.rows);
        const int users = qMin(IncludeUsers, settings.rows);
        seedUsers(&sequelize, users);
        Sequelize *s = &sequelize;
        const int small = qMin(10000, settings.rows);
        const int all = settings.rows;
        ModelDefinition *copy = sequelize.define(
            "RowCopy",
            {{"name", DataTypes::String()},
             {"email", DataTypes::String()},
             {"age", DataTypes::Integer()},
             {"score", DataTypes::Double()},
             {"active", DataTypes::Boolean()}},
            ModelOptions().tableName(QStringLiteral("bench_rows_copy")).timestamps(false));
        copy->sync(SyncOptions().force());
        benchmark::ClearRegisteredBenchmarks();
        add(dialect, "bulkCreate_10k", "orm",
            [=](benchmark::State &st) { ormBulkCreate(st, copy); });
        add(dialect, "bulkCreate_10k", "destroy_instances",
            [=](benchmark::State &st) { destroyInstances(st, copy); });
        add(dialect, "bulkCreate_10k", "qtsql_row",
            [=](benchmark::State &st) { qtsqlBulkInsert(st, s, copy, 1); });
        add(dialect, "bulkCreate_10k", "qtsql_multi",
            [=](benchmark::State &st) { qtsqlBulkInsert(st, s, copy, qMin(1000, small)); });
        add(dialect, "findAll_10k", "orm", [=](benchmark::State &st) { ormFindAll(st, small); });
        add(dialect, "findAll_10k", "qtsql",
            [=](benchmark::State &st) { qtsqlFindAll(st, s, small); });
        add(dialect, "findAll_all", "orm", [=](benchmark::State &st) { ormFindAll(st, all); });
        add(dialect, "findAll_all", "qtsql",
            [=](benchmark::State &st) { qtsqlFindAll(st, s, all); });
        add(dialect, "raw_10k", "orm", [=](benchmark::State &st) { ormRaw(st, s, small); });
        add(dialect, "raw_10k", "qtsql", [=](benchmark::State &st) { qtsqlRaw(st, s, small); });
        add(dialect, "findByPk_1000", "orm", [](benchmark::State &st) { ormFindByPk(st); });
        add(dialect, "findByPk_1000", "qtsql", [=](benchmark::State &st) { qtsqlFindByPk(st, s); });
        add(dialect, "update_1000", "orm", [](benchmark::State &st) { ormUpdate(st); });
        add(dialect, "update_1000", "qtsql", [=](benchmark::State &st) { qtsqlUpdate(st, s); });
        add(dialect, "save_1000", "orm", [](benchmark::State &st) { ormSave(st); });
        add(dialect, "save_1000", "qtsql", [=](benchmark::State &st) { qtsqlUpdate(st, s); });
        // QtSequelize always loads an include by a query of its own (Sequelize's separate), so
        // both cases run the same ORM call against the two hand-written strategies.
        add(dialect, "include_1000x10", "orm",
            [=](benchmark::State &st) { ormInclude(st, users); });
        add(dialect, "include_1000x10", "qtsql",
            [=](benchmark::State &st) { qtsqlJoin(st, s, users); });
        add(dialect, "include_separate", "orm",
            [=](benchmark::State &st) { ormInclude(st, users); });
        add(dialect, "include_separate", "qtsql",
            [=](benchmark::State &st) { qtsqlSeparate(st, s, users); });
        RatioReporter reporter;
        benchmark::RunSpecifiedBenchmarks(&reporter);
        printTable(dialect, reporter);
        reportMemory(s);
    }
    benchmark::Shutdown();
    return 0;
}
