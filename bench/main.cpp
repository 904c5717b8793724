// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Each ORM operation against the hand-written QtSql code a careful developer writes for the
// same result (prepared statements, forward-only queries, objects filled by direct setters),
// in one process, on the same data and connection, interleaved by Google Benchmark's random
// interleaving; prints both medians and their ratio per case. See bench/README.md.
//
//   qtsequelize-bench [--rows=N] [--repetitions=N] [--dialects=sqlite,postgres] [--smoke]
//   (PostgreSQL needs QSQ_BENCH_POSTGRES_URL; bench/run.sh starts a private server.)

#include "harness.h"
#include "row.h"

#include <QtSequelize/Sequelize>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtemporarydir.h>

#include <malloc.h>

#include <cstdio>

using namespace QtSequelize;
using namespace Bench;

namespace {

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
            settings = {200, 1, 20, {QStringLiteral("sqlite")}};
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
        seedUsers(&sequelize, qMin(IncludeUsers, settings.rows));
        benchmark::ClearRegisteredBenchmarks();
        addReads(dialect, &sequelize);
        addWrites(dialect, &sequelize);
        RatioReporter reporter;
        benchmark::RunSpecifiedBenchmarks(&reporter);
        printTable(dialect, reporter);
        reportMemory(&sequelize);
    }
    benchmark::Shutdown();
    return 0;
}
