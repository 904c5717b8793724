// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Big lists (issue 17, bench/README.md "Big lists"): a windowed InstanceListModel over a
// 1,000,000-row table against QSqlQueryModel and QSqlTableModel over the same table, in one
// process: the first screen of rows, a jump to row 900,000, memory while every row is read in
// order, and how long a row inserted by another client takes to show (ModelOptions::
// watchChanges()). Medians of --repetitions (5). Dialects as bench/main.cpp: --dialects=sqlite,
// postgres,mariadb with QSQ_BENCH_POSTGRES_URL / QSQ_BENCH_MARIADB_URL (else the test ones);
// SQLite is a file. --rows=N (1,000,000); --smoke: 2,000 rows, one repetition, no figures.

#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Model>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qrandom.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtimer.h>
#include <QtSql/qsqlquery.h>
#include <QtSql/qsqlquerymodel.h>
#include <QtSql/qsqltablemodel.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <malloc.h>

using namespace QtSequelize;

namespace {

struct Settings
{
    int rows = 1000000;
    int repetitions = 5;
    bool smoke = false;
    QStringList dialects{QStringLiteral("sqlite"), QStringLiteral("postgres"),
                         QStringLiteral("mariadb")};
};
Settings settings;
constexpr int Screen = 50; // the rows a list view shows at once

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Milliseconds of one call of \a f.
double timed(const std::function<void()> &f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianOf(const std::function<double()> &run)
{
    QList<double> values;
    for (int i = 0; i < settings.repetitions; ++i)
        values.append(run());
    return median(values);
}

// The heap this process has allocated now (not what the allocator keeps after free(), which
// an earlier case would leave behind), in MiB.
double heapMiB()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

ModelDefinition *defineBig(Sequelize &s, bool watch)
{
    return s.define("BigRow",
                    {{"name", Attribute(DataTypes::String(40)).allowNull(false)},
                     {"n", Attribute(DataTypes::Integer()).allowNull(false)}},
                    ModelOptions().tableName("big_rows").timestamps(false).watchChanges(watch));
}

// The table with settings.rows rows, made by the database itself (kept between runs).
void seed(Sequelize &s, ModelDefinition *big)
{
    big->sync();
    if (big->count() == settings.rows)
        return;
    big->sync(SyncOptions().force());
    const QString n = QString::number(settings.rows);
    const QString dialect = s.dialect();
    if (dialect == QLatin1String("postgres")) {
        s.query(QStringLiteral("INSERT INTO big_rows (name, n) SELECT 'name ' || i, i % 1000 "
                               "FROM generate_series(1, %1) AS i")
                    .arg(n));
    } else if (dialect == QLatin1String("sqlite")) {
        s.query(QStringLiteral("INSERT INTO big_rows (name, n) WITH RECURSIVE c(i) AS (SELECT 1 "
                               "UNION ALL SELECT i + 1 FROM c WHERE i < %1) SELECT 'name ' || i, "
                               "i % 1000 FROM c")
                    .arg(n));
    } else {
        s.query(QStringLiteral("INSERT INTO big_rows (name, n) SELECT CONCAT('name ', seq), "
                               "seq % 1000 FROM seq_1_to_%1")
                    .arg(n));
    }
}

QString url(const QString &dialect, const QString &file)
{
    if (dialect == QLatin1String("sqlite"))
        return QStringLiteral("sqlite:") + file;
    const QByteArray upper = dialect.toUpper().toLatin1();
    const QString given = qEnvironmentVariable("QSQ_BENCH_" + upper + "_URL");
    return given.isEmpty() ? qEnvironmentVariable("QSQ_TEST_" + upper + "_URL") : given;
}

void readScreen(QAbstractItemModel &model, int first, int column, int role)
{
    for (int row = first; row < first + Screen && row < model.rowCount(); ++row) {
        if (!model.data(model.index(row, column), role).isValid())
            qFatal("biglist: row %d has no value", row);
    }
}

// QSqlQueryModel/QSqlTableModel read forwards only: rows up to \a row first.
void fetchTo(QAbstractItemModel &model, int row)
{
    while (model.rowCount() <= row && model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

void line(const QString &dialect, const char *what, double orm, double query, double table,
          const char *unit)
{
    if (settings.smoke)
        return;
    auto cell = [](double value) {
        return std::isnan(value) ? QStringLiteral("n/a") : QString::number(value, 'f', 1);
    };
    std::printf("| %s | %s | %s | %s | %s | %s |\n", qPrintable(dialect), what,
                qPrintable(cell(orm)), qPrintable(cell(query)), qPrintable(cell(table)), unit);
    std::fflush(stdout);
}

// A list already open at the top: the time to show the rows at 90 % (the view's
// positionViewAtIndex(900000)).
void jumps(Sequelize &s, ModelDefinition *big, const QString &dialect, const QString &select)
{
    const int jump = settings.rows * 9 / 10;
    const int nameRole = InstanceListModel::FirstAttributeRole + 1;
    auto jumpIn = [&](QAbstractItemModel &model, int column, int role, bool forward) {
        readScreen(model, 0, column, role);
        return timed([&] {
            if (forward)
                fetchTo(model, jump + Screen);
            readScreen(model, jump, column, role);
        });
    };
    const double a = medianOf([&] {
        InstanceListModel model;
        model.setWindowed(true);
        model.setDefinition(big);
        return jumpIn(model, 0, nameRole, false);
    });
    const double b = medianOf([&] {
        QSqlQueryModel model;
        model.setQuery(select, s.database());
        fetchTo(model, Screen);
        return jumpIn(model, 1, Qt::DisplayRole, true);
    });
    const double c = medianOf([&] {
        QSqlTableModel model(nullptr, s.database());
        model.setTable(QStringLiteral("big_rows"));
        model.setSort(0, Qt::AscendingOrder);
        model.select();
        fetchTo(model, Screen);
        return jumpIn(model, 1, Qt::DisplayRole, true);
    });
    line(dialect, "jump to 90 % in an open list", a, b, c, "ms");
}

// setAsynchronous(true): the GUI thread does not wait; the time until the first screen of rows
// is there (the count and the first page run beside each other on the pool).
void asynchronousOpen(ModelDefinition *big, const QString &dialect)
{
    const int nameRole = InstanceListModel::FirstAttributeRole + 1;
    const double a = medianOf([&] {
        InstanceListModel model;
        model.setAsynchronous(true);
        const double shownAfter = timed([&] {
            model.setWindowed(true);
            model.setDefinition(big);
            QElapsedTimer waited;
            waited.start();
            for (;;) {
                int shown = 0;
                for (int row = 0; row < Screen && row < model.rowCount(); ++row)
                    shown += model.data(model.index(row), nameRole).isValid() ? 1 : 0;
                if (shown == Screen)
                    break;
                if (waited.elapsed() > 30000)
                    qFatal("biglist: the asynchronous list showed no rows");
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            }
        });
        // The count still running is not part of this open, nor of the next one.
        while (model.isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        return shownAfter;
    });
    line(dialect, "asynchronous open: first 50 rows shown", a, NAN, NAN,
         "ms (QtSql models are synchronous)");
}

void frames(Sequelize &s, ModelDefinition *big, const QString &dialect)
{
    const QString select = QStringLiteral("SELECT id, name, n FROM big_rows ORDER BY id");
    const int nameRole = InstanceListModel::FirstAttributeRole + 1;
    auto orm = [&](int first) {
        InstanceListModel model;
        model.setWindowed(true);
        model.setDefinition(big);
        readScreen(model, first, 0, nameRole);
    };
    auto sqlQuery = [&](int first) {
        QSqlQueryModel model;
        model.setQuery(select, s.database());
        fetchTo(model, first + Screen);
        readScreen(model, first, 1, Qt::DisplayRole);
    };
    auto sqlTable = [&](int first) {
        QSqlTableModel model(nullptr, s.database());
        model.setTable(QStringLiteral("big_rows"));
        model.setSort(0, Qt::AscendingOrder);
        model.select();
        fetchTo(model, first + Screen);
        readScreen(model, first, 1, Qt::DisplayRole);
    };
    const int jump = settings.rows * 9 / 10;
    for (int first : {0, jump}) {
        const double a = medianOf([&] { return timed([&] { orm(first); }); });
        const double b = medianOf([&] { return timed([&] { sqlQuery(first); }); });
        const double c = medianOf([&] { return timed([&] { sqlTable(first); }); });
        line(dialect, first == 0 ? "open: first 50 rows" : "open + jump to 90 %", a, b, c, "ms");
    }
    jumps(s, big, dialect, select);
    asynchronousOpen(big, dialect);
}

// Every row read in order, as a list scrolled from top to bottom: the most heap the model
// took meanwhile (MiB), and the time.
void scroll(Sequelize &s, ModelDefinition *big, const QString &dialect)
{
    // From \a before, taken before the model was made (QSqlQueryModel on PostgreSQL reads the
    // whole result in setQuery()).
    auto grow = [&](double before, QAbstractItemModel &model, int column, int role, bool forward) {
        double most = before;
        for (int row = 0; row < settings.rows; ++row) {
            if (forward)
                fetchTo(model, row);
            if (!model.data(model.index(row, column), role).isValid())
                qFatal("biglist: row %d has no value", row);
            if (row % 10000 == 0)
                most = std::max(most, heapMiB());
        }
        return std::max(most, heapMiB()) - before;
    };
    double orm = 0;
    double query = 0;
    const double ormMs = timed([&] {
        const double before = heapMiB();
        InstanceListModel model;
        model.setWindowed(true);
        model.setDefinition(big);
        orm = grow(before, model, 0, InstanceListModel::FirstAttributeRole + 1, false);
    });
    const double queryMs = timed([&] {
        const double before = heapMiB();
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT id, name, n FROM big_rows ORDER BY id"),
                       s.database());
        query = grow(before, model, 1, Qt::DisplayRole, true);
    });
    line(dialect, "scroll every row: most heap taken", orm, query, NAN, "MiB");
    line(dialect, "scroll every row: time", ormMs, queryMs, NAN, "ms");
}

// A row inserted by another client (its own connection) until the windowed list shows it.
void latency(const QString &dialect, const QString &address)
{
    Sequelize watching(SequelizeOptions::fromUrl(address).logging(false));
    ModelDefinition *big = defineBig(watching, true);
    big->sync(); // installs the change triggers
    Sequelize other(SequelizeOptions::fromUrl(address).logging(false));
    InstanceListModel model;
    model.setWindowed(true);
    model.setDefinition(big);
    QEventLoop loop;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, &QEventLoop::quit);
    QList<double> values;
    for (int i = 0; i < settings.repetitions; ++i) {
        // Settle, and insert at any moment of the poll interval.
        QTimer::singleShot(1000 + QRandomGenerator::global()->bounded(500), &loop,
                           &QEventLoop::quit);
        loop.exec();
        const int before = model.rowCount();
        other.query(QStringLiteral("INSERT INTO big_rows (name, n) VALUES ('live', 1)"));
        QElapsedTimer timer;
        timer.start();
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        while (model.rowCount() == before && timer.elapsed() < 10000)
            loop.exec();
        values.append(double(timer.nsecsElapsed()) / 1e6);
    }
    QueryInterface(&watching).removeChangeTriggers(QStringLiteral("big_rows"));
    watching.query(QStringLiteral("DELETE FROM big_rows WHERE name = 'live'"));
    line(dialect, "another client's insert shown", median(values), NAN, NAN,
         "ms (QtSql models do not follow)");
}

void run(const QString &dialect, const QString &file)
{
    const QString address = url(dialect, file);
    if (address.isEmpty()) {
        std::printf("%s: skipped, no URL (QSQ_BENCH_%s_URL)\n", qPrintable(dialect),
                    qPrintable(dialect.toUpper()));
        return;
    }
    Sequelize s(SequelizeOptions::fromUrl(address).logging(false));
    ModelDefinition *big = defineBig(s, false);
    seed(s, big);
    frames(s, big, dialect);
    scroll(s, big, dialect);
    latency(dialect, address);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const QString &argument : app.arguments().mid(1)) {
        if (argument == QLatin1String("--smoke"))
            settings.smoke = true;
        else if (argument.startsWith(QLatin1String("--rows=")))
            settings.rows = argument.mid(7).toInt();
        else if (argument.startsWith(QLatin1String("--repetitions=")))
            settings.repetitions = argument.mid(14).toInt();
        else if (argument.startsWith(QLatin1String("--dialects=")))
            settings.dialects = argument.mid(11).split(QLatin1Char(','));
    }
    if (settings.smoke) {
        settings.rows = 2000;
        settings.repetitions = 1;
    }
    QTemporaryDir dir;
    if (!settings.smoke)
        std::printf("| dialect | case | windowed InstanceListModel | QSqlQueryModel | "
                    "QSqlTableModel | unit |\n|---|---|---:|---:|---:|---|\n");
    try {
        for (const QString &dialect : std::as_const(settings.dialects))
            run(dialect, dir.filePath(QStringLiteral("big.db")));
    } catch (const std::exception &e) {
        std::fprintf(stderr, "biglist: %s\n", e.what());
        return 1;
    }
    return 0;
}
