// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_TESTDATABASES_H
#define QTSEQUELIZE_TESTDATABASES_H

#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>

#include <QtCore/qstring.h>
#include <QtTest/qtest.h>

#include <memory>

// The database is a data row, as in qtbase's tst_databases.h: every behavioural test
// declares foo_data() { addDialectRows(); } and opens its connection with
// QSQ_OPEN_DIALECT(sequelize). A dialect whose server is not configured (see
// QSQ_TEST_POSTGRES_URL / QSQ_TEST_MARIADB_URL, set by ./run.sh test) is skipped
// with the reason printed.
namespace TestDatabases {

void addDialectRows();
// The connection URL of a dialect, or an empty string when it is not configured.
QString url(const QString &dialect);
QString skipReason(const QString &dialect);
// Whether PostgreSQL is reached through PgBouncer in transaction pooling (the *_pgbouncer runs).
bool throughPgBouncer();
// \a url with one more query option ("name=value").
QString withOption(const QString &url, const QString &option);
// Opens a connection to an empty database: every table of a previous test is dropped.
std::unique_ptr<QtSequelize::Sequelize> open(const QString &dialect);
// As open(), but SQLite on a new file \a sqliteFile (in a QTemporaryDir of the test): its
// connections then see each other's commits (WAL), and a transaction has a connection of its
// own.
std::unique_ptr<QtSequelize::Sequelize> openOnFile(const QString &dialect,
                                                   const QString &sqliteFile);
// The where tests' table: Tag (name, hits) holding a/3, b/5, c/7 and d/NULL.
QtSequelize::ModelDefinition *defineTags(QtSequelize::Sequelize *sequelize);
// Drops every table (and PostgreSQL type) in the database.
void resetSchema(QtSequelize::Sequelize &sequelize);
// Reads a JSON file copied from ../shared/conformance/expected.
QJsonObject expected(const QString &scenario);
// The \a attribute of each row as text, in order (a list of rows in one QCOMPARE).
QStringList valuesOf(const QList<QSharedPointer<QtSequelize::Model>> &rows, const char *attribute);

} // namespace TestDatabases

// Fetches the row's dialect into `dialect`, skipping (with the reason) when it is not configured.
#define QSQ_REQUIRE_DIALECT()                                                                      \
    QFETCH(QString, dialect);                                                                      \
    do {                                                                                           \
        if (TestDatabases::url(dialect).isEmpty())                                                 \
            QSKIP(qPrintable(TestDatabases::skipReason(dialect)));                                 \
    } while (false)

#define QSQ_OPEN_DIALECT(var)                                                                      \
    QSQ_REQUIRE_DIALECT();                                                                         \
    auto var = TestDatabases::open(dialect);                                                       \
    QVERIFY(var)

#endif // QTSEQUELIZE_TESTDATABASES_H
