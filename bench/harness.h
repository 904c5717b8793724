// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef BENCH_HARNESS_H
#define BENCH_HARNESS_H

#include <QtSequelize/Sequelize>

#include <QtSql/qsqlquery.h>

#include <benchmark/benchmark.h>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define QSQ_BENCH_TOGGLE_COLLECT() CALLGRIND_TOGGLE_COLLECT
#else
#define QSQ_BENCH_TOGGLE_COLLECT() ((void)0)
#endif

#include <map>
#include <string>
#include <vector>

class PlainRow;
class PlainPost;

namespace Bench {

struct Settings
{
    int rows = 100000;
    int repetitions = 7;
    // How many times the "× 1,000" cases call their operation per repetition.
    int ops = 1000;
    QStringList dialects{QStringLiteral("sqlite"), QStringLiteral("postgres")};
};

extern Settings settings;
// Changes every run, so that each save() really has a changed value to write.
extern int runCounter;

constexpr int BulkRows = 10000;
constexpr int IncludeUsers = 1000;
constexpr int PostsPerUser = 10;

// An identifier quoted for the dialect, for the hand-written SQL.
QString quoted(QtSequelize::Sequelize *s, const char *name);
inline QString table(QtSequelize::Sequelize *s)
{
    return quoted(s, "bench_rows");
}
// A hand-written statement that fails stops the run.
void check(QSqlQuery &q, bool ok);
// The k-th key a "× 1,000" read or write uses: spread over the first 10,000 rows.
int lookupId(int k);
// Row i of the workload, as the ORM takes it.
QVariantMap rowValues(int i);
// The same row bound to a hand-written INSERT's five placeholders from \a first.
void bindRow(QSqlQuery &q, int first, int i);
// Hand-written hydration of the six bench_rows columns from \a first.
std::unique_ptr<PlainRow> plainRow(const QSqlQuery &q, int first = 0);
PlainPost *plainPost(const QSqlQuery &q, int first);

void seed(QtSequelize::Sequelize *s, int rows);
void seedUsers(QtSequelize::Sequelize *s, int users);

// Untimed set-up inside a case: excluded from the clock and from callgrind's count
// (bench/callgrind.sh collects inside each case and toggles around these).
inline void pause(benchmark::State &state)
{
    state.PauseTiming();
    QSQ_BENCH_TOGGLE_COLLECT();
}
inline void resume(benchmark::State &state)
{
    QSQ_BENCH_TOGGLE_COLLECT();
    state.ResumeTiming();
}

// Registers one side of a case: dialect/name/variant ("orm", "qtsql", "qtsql_…").
template<typename F> void add(const QString &dialect, const char *name, const char *variant, F f)
{
    const std::string full = dialect.toStdString() + "/" + name + "/" + variant;
    // Counted by callgrind (bench/callgrind.sh) from here, but for pause()..resume().
    const auto counted = [f](benchmark::State &state) {
        QSQ_BENCH_TOGGLE_COLLECT();
        f(state);
        QSQ_BENCH_TOGGLE_COLLECT();
    };
    benchmark::RegisterBenchmark(full.c_str(), counted)
        ->Iterations(1)
        ->Repetitions(settings.repetitions)
        ->ReportAggregatesOnly(settings.repetitions > 1)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
}

// Runs \a body for settings.ops keys, in one transaction when \a inTransaction (committed at
// the end), on the ORM side: the transaction is passed to every call.
template<typename Body> void ormLoop(QtSequelize::Sequelize *s, bool inTransaction, Body &&body)
{
    if (!inTransaction) {
        for (int k = 0; k < settings.ops; ++k)
            body(k, nullptr);
        return;
    }
    s->transaction([&](QtSequelize::Transaction &t) {
        for (int k = 0; k < settings.ops; ++k)
            body(k, &t);
    });
}

// The same for the hand-written side, with QSqlDatabase::transaction()/commit().
template<typename Body> void qtsqlLoop(QtSequelize::Sequelize *s, bool inTransaction, Body &&body)
{
    QSqlDatabase db = s->database();
    if (inTransaction)
        db.transaction();
    for (int k = 0; k < settings.ops; ++k)
        body(k);
    if (inTransaction && !db.commit())
        qFatal("bench: commit failed");
}

// Collects the median of every benchmark and prints ORM / QtSql per case.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override;
    std::map<std::string, double> medians;
};

void printTable(const QString &dialect, const RatioReporter &reporter);

// The cases, registered per dialect by reads.cpp and writes.cpp.
void addReads(const QString &dialect, QtSequelize::Sequelize *s);
void addWrites(const QString &dialect, QtSequelize::Sequelize *s);

} // namespace Bench

#endif // BENCH_HARNESS_H
