// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A raw query (sequelize.query) holding several statements, on every dialect. MariaDB ran them
// all but handed over the first result only: a later statement's error was dropped with the
// result it came in (a failed INSERT after a good one returned no error). Now every result is
// read and an error of any statement is raised; the rows are the last SELECT's, as PostgreSQL
// hands them over. SQLite runs one statement per query() and says so (its message was "not an
// error"). An empty query is a DefinitionError (it was a DatabaseError without a message).

#include <QtSequelize/Errors>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_RawStatements : public QObject
{
    Q_OBJECT

    static int rowCount(Sequelize &s)
    {
        return s.query("SELECT COUNT(*) AS n FROM rawt").rows().value(0).value("n").toInt();
    }

private slots:
    void laterStatementErrors_data() { TestDatabases::addDialectRows(); }
    void laterStatementErrors()
    {
        QSQ_OPEN_DIALECT(s);
        s->query("CREATE TABLE rawt (i INTEGER)");
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 s->query("SELECT 1 AS a; SELECT * FROM nosuchtable"));
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError, s->query("INSERT INTO rawt VALUES (1); INSERT INTO nosuch VALUES (2)"));
        // PostgreSQL runs the statements of one query as one transaction; MariaDB keeps what
        // ran before the failing one, as its clients do; SQLite runs none.
        QCOMPARE(rowCount(*s), dialect == QLatin1String("mariadb") ? 1 : 0);
    }

    void lastResult_data() { TestDatabases::addDialectRows(); }
    void lastResult()
    {
        QSQ_OPEN_DIALECT(s);
        s->query("CREATE TABLE rawt (i INTEGER)");
        if (dialect == QLatin1String("sqlite")) {
            try {
                s->query("SELECT 1 AS a; SELECT 2 AS b");
                QFAIL("no error");
            } catch (const DatabaseError &e) {
                QVERIFY2(QString::fromUtf8(e.what()).contains("multiple statements"), e.what());
            }
            return;
        }
        const auto rows = s->query("SELECT 1 AS a; SELECT 2 AS b").rows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value("b").toInt(), 2);
        QCOMPARE(s->query("SELECT 1 AS a; -- a comment").rows().value(0).value("a").toInt(), 1);
        QCOMPARE(s->query("INSERT INTO rawt VALUES (5); INSERT INTO rawt VALUES (6), (7)",
                          QueryOptions().type(QueryType::Insert))
                     .rowsAffected(),
                 2);
        QCOMPARE(rowCount(*s), 3);
    }

    void emptyQuery_data() { TestDatabases::addDialectRows(); }
    void emptyQuery()
    {
        QSQ_OPEN_DIALECT(s);
        QVERIFY_THROWS_EXCEPTION(DefinitionError, s->query(""));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, s->query(" \n\t"));
    }

    // A NULL is a null value in raw rows, of the column's type, on every database. MariaDB's
    // NULL VARCHAR used to be an empty, non-null QString (and a NULL TINYINT a char).
    void nullsInRawRows_data() { TestDatabases::addDialectRows(); }
    void nullsInRawRows()
    {
        QSQ_OPEN_DIALECT(s);
        s->queryInterface().dropAllTables();
        s->query("CREATE TABLE rawn (v VARCHAR(10), t TEXT, i INTEGER, si SMALLINT, b BOOLEAN)");
        s->query("INSERT INTO rawn (v) VALUES (NULL)");
        s->query("INSERT INTO rawn (v, t, i, si, b) VALUES ('', 'x', 1, 2, ?)",
                 QueryOptions().replacements(QVariantList{true}));
        const QVariantMap nulls = s->query("SELECT * FROM rawn WHERE i IS NULL").rows().value(0);
        for (const char *column : {"v", "t", "i", "si", "b"})
            QVERIFY2(nulls.contains(column) && nulls.value(column).isNull(), column);
        const QVariantMap values = s->query("SELECT * FROM rawn WHERE i = 1").rows().value(0);
        QVERIFY(!values.value("v").isNull());
        QCOMPARE(values.value("v").toString(), QString());
        QCOMPARE(values.value("si").toInt(), 2);
        QVERIFY(values.value("b").toBool());
    }
};

QTEST_GUILESS_MAIN(tst_RawStatements)
#include "tst_rawstatements.moc"
