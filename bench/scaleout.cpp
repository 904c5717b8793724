// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Scaling out (README "Scaling out"): 64 concurrent asynchronous callers reading by key from
// PostgreSQL alone, from PostgreSQL with its hot standby as a read replica, and through
// PgBouncer; and managed transactions retried after Galera certification conflicts. Prints one
// line per case. URLs from QSQ_BENCH_POSTGRES_URL, QSQ_BENCH_STANDBY_URL,
// QSQ_BENCH_PGBOUNCER_URL and QSQ_BENCH_GALERA_URLS (comma-separated), else the test command's
// QSQ_TEST_* ones; a case whose servers are not given is skipped with the reason. --smoke: a
// few calls each (the test command's smoke run, no figures).

#include <QtSequelize/Async>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfuture.h>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace QtSequelize;

namespace {

QString url(const char *bench, const char *test)
{
    const QString given = qEnvironmentVariable(bench);
    return given.isEmpty() ? qEnvironmentVariable(test) : given;
}

constexpr int Callers = 64;
constexpr int Rows = 1000;

ModelDefinition *defineItem(Sequelize &s)
{
    return s.define("ScaleItem", {{"n", DataTypes::Integer()}}, ModelOptions().timestamps(false));
}

// Calls per second of \a callers futures in flight, each reading \a perCaller rows by key.
double readThroughput(const SequelizeOptions &options, int perCaller)
{
    Sequelize s(SequelizeOptions(options).poolMax(Callers).logging(false));
    ModelDefinition *item = defineItem(s);
    // Every pool thread opens its connection first (not timed).
    QList<QFuture<QSharedPointer<Model>>> warm;
    for (int call = 0; call < Callers; ++call)
        warm.append(item->findByPkAsync(1 + call));
    for (auto &f : warm)
        f.result();
    QElapsedTimer timer;
    timer.start();
    QList<QFuture<QSharedPointer<Model>>> inFlight;
    for (int call = 0; call < Callers * perCaller; ++call) {
        inFlight.append(item->findByPkAsync(1 + call % Rows));
        if (inFlight.size() == Callers) {
            for (auto &f : inFlight)
                f.result();
            inFlight.clear();
        }
    }
    for (auto &f : inFlight)
        f.result();
    return Callers * perCaller * 1000.0 / qMax<qint64>(1, timer.elapsed());
}

void reads(bool smoke)
{
    const QString primary = url("QSQ_BENCH_POSTGRES_URL", "QSQ_TEST_POSTGRES_URL");
    if (primary.isEmpty()) {
        std::puts("reads: skipped (QSQ_BENCH_POSTGRES_URL not set)");
        return;
    }
    {
        Sequelize s(SequelizeOptions::fromUrl(primary).logging(false));
        ModelDefinition *item = defineItem(s);
        item->sync(SyncOptions().force());
        QList<QVariantMap> rows;
        for (int i = 0; i < Rows; ++i)
            rows.append({{"n", i}});
        item->bulkCreate(rows);
    }
    const int perCaller = smoke ? 1 : 100;
    const QString standby = url("QSQ_BENCH_STANDBY_URL", "QSQ_TEST_POSTGRES_STANDBY_URL");
    const QString bouncer = url("QSQ_BENCH_PGBOUNCER_URL", "QSQ_TEST_PGBOUNCER_URL");
    if (!standby.isEmpty()) // the table must have reached the standby
        std::this_thread::sleep_for(std::chrono::seconds(1));
    std::printf("reads by key, %d callers in flight, calls/s: primary alone %.0f", Callers,
                readThroughput(SequelizeOptions::fromUrl(primary), perCaller));
    if (!standby.isEmpty())
        std::printf(
            " | primary + hot standby (reads on the standby) %.0f",
            readThroughput(SequelizeOptions::fromUrl(primary).addReadReplica(standby), perCaller));
    if (!bouncer.isEmpty())
        std::printf(" | through PgBouncer %.0f",
                    readThroughput(SequelizeOptions::fromUrl(bouncer), perCaller));
    std::puts("");
}

void galera(bool smoke)
{
    const QStringList nodes = url("QSQ_BENCH_GALERA_URLS", "QSQ_TEST_GALERA_URLS")
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (nodes.size() < 2) {
        std::puts("galera: skipped (QSQ_BENCH_GALERA_URLS not set)");
        return;
    }
    QVariant id; // not 1 when Galera's auto-increment offset of node 0 is not 1
    {
        Sequelize s(SequelizeOptions::fromUrl(nodes.at(0)).logging(false));
        ModelDefinition *item = defineItem(s);
        item->sync(SyncOptions().force());
        id = item->create({{"n", 0}})->get("id");
    }
    const int perThread = smoke ? 5 : 500;
    std::atomic<int> attempts{0};
    QElapsedTimer timer;
    timer.start();
    auto work = [&](const QString &url) {
        Sequelize s(SequelizeOptions::fromUrl(url).logging(false));
        ModelDefinition *item = defineItem(s);
        const TransactionOptions options = TransactionOptions().retry(
            RetryOptions().max(1000).backoffBase(1).match<TransactionConflictError>());
        for (int i = 0; i < perThread; ++i) {
            s.transaction(options, [&](Transaction &t) {
                ++attempts;
                auto row = item->findByPk(id, FindOptions().lock(Lock::Update).transaction(&t));
                row->set("n", row->get("n").toInt() + 1);
                row->save(SaveOptions().transaction(&t));
            });
        }
    };
    std::thread a(work, nodes.at(0));
    std::thread b(work, nodes.at(1));
    a.join();
    b.join();
    const double seconds = qMax<qint64>(1, timer.elapsed()) / 1000.0;
    Sequelize check(SequelizeOptions::fromUrl(nodes.at(0)).logging(false));
    const int total = defineItem(check)->findByPk(id)->get("n").toInt();
    const int conflicts = attempts - 2 * perThread;
    std::printf("galera: 2 nodes x %d read-modify-write transactions on one row: %d committed "
                "(%s), %d conflicts retried, %.0f retried/s, %.0f commits/s\n",
                perThread, total, total == 2 * perThread ? "none lost" : "LOST UPDATES", conflicts,
                conflicts / seconds, total / seconds);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = app.arguments().contains(QStringLiteral("--smoke"));
    try {
        reads(smoke);
        galera(smoke);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "scaleout: %s\n", e.what());
        return 1;
    }
    return 0;
}
