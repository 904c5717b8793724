// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The workload (tables, rows, hand-written hydration) and the ratio table.

#include "harness.h"
#include "row.h"

#include <QtSql/qsqlerror.h>

#include <cstdio>

using namespace QtSequelize;

namespace Bench {

Settings settings;
int runCounter = 0;

QString quoted(Sequelize *s, const char *name)
{
    return s->dialect() == QLatin1String("mariadb") ? QStringLiteral("`%1`").arg(name)
                                                    : QStringLiteral("\"%1\"").arg(name);
}

void check(QSqlQuery &q, bool ok)
{
    if (!ok)
        qFatal("bench: %s", qPrintable(q.lastError().text()));
}

int lookupId(int k)
{
    return 1 + (k * 7919) % qMin(settings.rows, 10000);
}

QVariantMap rowValues(int i)
{
    return {{"name", QStringLiteral("name %1").arg(i)},
            {"email", QStringLiteral("user%1@example.com").arg(i)},
            {"age", 18 + i % 60},
            {"score", (i % 1000) / 10.0},
            {"active", i % 3 != 0}};
}

void bindRow(QSqlQuery &q, int first, int i)
{
    q.bindValue(first, QStringLiteral("name %1").arg(i));
    q.bindValue(first + 1, QStringLiteral("user%1@example.com").arg(i));
    q.bindValue(first + 2, 18 + i % 60);
    q.bindValue(first + 3, (i % 1000) / 10.0);
    q.bindValue(first + 4, i % 3 != 0);
}

std::unique_ptr<PlainRow> plainRow(const QSqlQuery &q, int first)
{
    auto row = std::make_unique<PlainRow>();
    row->setId(q.value(first).toLongLong());
    row->setName(q.value(first + 1).toString());
    row->setEmail(q.value(first + 2).toString());
    row->setAge(q.value(first + 3).toInt());
    row->setScore(q.value(first + 4).toDouble());
    row->setActive(q.value(first + 5).toBool());
    return row;
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

static Attributes rowAttributes()
{
    return {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
            {"name", DataTypes::String()},
            {"email", DataTypes::String()},
            {"age", DataTypes::Integer()},
            {"score", DataTypes::Double()},
            {"active", DataTypes::Boolean()}};
}

// bench_rows with \a rows rows (email indexed, for findOne), and the empty bench_rows_copy the
// write cases fill.
void seed(Sequelize *s, int rows)
{
    Row::init(s, rowAttributes(),
              ModelOptions()
                  .tableName(QStringLiteral("bench_rows"))
                  .timestamps(false)
                  .indexes({IndexOptions({"email"})}));
    RowCopy::init(s, rowAttributes(),
                  ModelOptions().tableName(QStringLiteral("bench_rows_copy")).timestamps(false));
    s->sync(SyncOptions().force());
    QSqlDatabase db = s->database();
    db.transaction();
    QSqlQuery q(db);
    check(q,
          q.prepare(QStringLiteral("INSERT INTO %1 (name, email, age, score, active) VALUES "
                                   "(?, ?, ?, ?, ?)")
                        .arg(table(s))));
    for (int i = 1; i <= rows; ++i) {
        bindRow(q, 0, i);
        check(q, q.exec());
    }
    db.commit();
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
                    ModelOptions(options)
                        .tableName(QStringLiteral("bench_posts"))
                        .indexes({IndexOptions({"userId"})}));
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

void RatioReporter::ReportRuns(const std::vector<Run> &runs)
{
    ConsoleReporter::ReportRuns(runs);
    for (const Run &run : runs) {
        const bool median = run.aggregate_name == "median";
        const bool single = run.aggregate_name.empty() && settings.repetitions == 1;
        if (median || single)
            medians[run.run_name.function_name] = run.GetAdjustedRealTime();
    }
}

namespace {

struct Case
{
    const char *name;
    const char *target;
};

// Every case in the order of bench/README.md's table, with its target ratio.
const Case cases[] = {
    {"bulkCreate_10k", "1.0"},    {"findAll_10k", "1.3"},      {"findAll_all", "1.3"},
    {"raw_10k", "1.15"},          {"findAll100_1000", "1.3"},  {"findByPk_1000", "1.3"},
    {"findOne_1000", "1.3"},      {"count_1000", "1.3"},       {"getter_1000", "1.3"},
    {"include_1000x10", "1.5"},   {"include_separate", "1.5"}, {"create_1000", "1.2"},
    {"create_tx_1000", "1.2"},    {"save_1000", "1.3"},        {"save_tx_1000", "1.3"},
    {"update_1000", "1.3"},       {"update_tx_1000", "1.3"},   {"increment_1000", "1.3"},
    {"increment_tx_1000", "1.3"}, {"upsert_1000", "1.3"},      {"upsert_tx_1000", "1.3"},
    {"destroy_1000", "1.3"},      {"destroy_tx_1000", "1.3"},
};

// The hand-written side of a case: the fastest of its variants ("qtsql", "qtsql_row", ...).
std::map<std::string, double>::const_iterator fastestQtSql(const RatioReporter &reporter,
                                                           const std::string &base)
{
    auto best = reporter.medians.end();
    for (auto it = reporter.medians.lower_bound(base + "/qtsql");
         it != reporter.medians.end() && it->first.rfind(base + "/qtsql", 0) == 0; ++it) {
        if (best == reporter.medians.end() || it->second < best->second)
            best = it;
    }
    return best;
}

} // namespace

void printTable(const QString &dialect, const RatioReporter &reporter)
{
    std::printf("\n%-10s %-18s %12s %12s %8s %8s  %s\n", "dialect", "case", "ORM ms", "QtSql ms",
                "ratio", "target", "QtSql variant");
    const QByteArray results = qgetenv("QSQ_BENCH_RESULTS");
    for (const Case &c : cases) {
        const std::string base = dialect.toStdString() + "/" + c.name;
        const auto orm = reporter.medians.find(base + "/orm");
        const auto sql = fastestQtSql(reporter, base);
        if (orm == reporter.medians.end() || sql == reporter.medians.end())
            continue;
        const double ratio = orm->second / sql->second;
        std::printf("%-10s %-18s %12.2f %12.2f %8.2f %8s  %s%s\n", qPrintable(dialect), c.name,
                    orm->second, sql->second, ratio, c.target,
                    sql->first.substr(base.size() + 1).c_str(),
                    settings.ops >= 1000 && ratio > std::atof(c.target) ? "  ABOVE TARGET" : "");
        const auto destroyed = reporter.medians.find(base + "/destroy_instances");
        if (destroyed != reporter.medians.end())
            std::printf("%-10s %-18s %12.2f   (destroying the returned instances, not in the "
                        "ORM time)\n",
                        qPrintable(dialect), "", destroyed->second);
        // For bench/compare.py (the QtSequelize ÷ Sequelize column).
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

} // namespace Bench
