// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Dates, times and UUIDs through raw queries (sequelize.query) on every dialect. Given as
// replacements or bind values they are written as the dialect writes attributes of their type
// (Sequelize formats a Date replacement in the connection's zone), so that they find the rows
// stored through models: SQLite's date text and TIME text, a UUID without braces, a date in any
// Qt time zone; a long IN list of dates too. MariaDB's DATETIME read by a raw query is the
// instant, not the session's wall time labelled as the machine's local time. The machine's
// zone is set to one far from UTC for the whole test.

#include <QtSequelize/Errors>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtCore/qtemporarydir.h>
#include <QtCore/qtimezone.h>
#include <QtCore/quuid.h>
#include <QtTest/qtest.h>

#include <ctime>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_RawValues : public QObject
{
    Q_OBJECT

    static int count(Sequelize &s, const QString &column, const QVariant &value)
    {
        const QString sql = QStringLiteral("SELECT COUNT(*) AS n FROM rawv WHERE %1 = ?")
                                .arg(s.queryInterface().quoteIdentifier(column));
        return s.query(sql, QueryOptions().replacements(QVariantList{value}))
            .rows()
            .value(0)
            .value("n")
            .toInt();
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "America/New_York");
        tzset();
    }

    void replacementsFindStoredValues_data() { TestDatabases::addDialectRows(); }
    void replacementsFindStoredValues()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *row = s->define("Row",
                                         {{"at", DataTypes::Date()},
                                          {"day", DataTypes::DateOnly()},
                                          {"time", DataTypes::Time()},
                                          {"key", DataTypes::Uuid()}},
                                         ModelOptions().tableName("rawv").timestamps(false));
        row->sync(SyncOptions().force());
        const QDateTime at(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        const QUuid key = QUuid::createUuid();
        row->create(
            {{"at", at}, {"day", QDate(2024, 1, 2)}, {"time", QTime(3, 4, 5)}, {"key", key}});
        QCOMPARE(count(*s, "at", at), 1);
        QCOMPARE(count(*s, "at", at.toTimeZone(QTimeZone("Europe/Berlin"))), 1);
        QCOMPARE(count(*s, "at", at.toLocalTime()), 1);
        QCOMPARE(count(*s, "at", at.addSecs(1)), 0);
        QCOMPARE(count(*s, "day", QDate(2024, 1, 2)), 1);
        QCOMPARE(count(*s, "time", QTime(3, 4, 5)), 1);
        QCOMPARE(count(*s, "key", key), 1);
        QCOMPARE(count(*s, "key", QUuid::createUuid()), 0);
        // Bind values ($1, $name) and a list in IN (short, and long enough to be one value).
        const QString quoted = s->queryInterface().quoteIdentifier("at");
        QCOMPARE(
            s->query(QStringLiteral("SELECT COUNT(*) AS n FROM rawv WHERE %1 = $1").arg(quoted),
                     QueryOptions().bind(QVariantList{at}))
                .rows()
                .value(0)
                .value("n")
                .toInt(),
            1);
        for (const int size : {2, 40}) {
            QVariantList dates{at};
            for (int i = 1; i < size; ++i)
                dates.append(at.addDays(i));
            QCOMPARE(s->query(QStringLiteral("SELECT COUNT(*) AS n FROM rawv WHERE %1 IN (:dates)")
                                  .arg(quoted),
                              QueryOptions().replacements(QVariantMap{{"dates", dates}}))
                         .rows()
                         .value(0)
                         .value("n")
                         .toInt(),
                     1);
        }
        // What a raw query reads back is the instant (SQLite's is the stored text, as in
        // Sequelize).
        const QVariant read = s->query("SELECT * FROM rawv").rows().value(0).value("at");
        if (dialect == QLatin1String("sqlite"))
            QCOMPARE(read.toString(), QStringLiteral("2024-01-02 03:04:05.678 +00:00"));
        else
            QCOMPARE(read.toDateTime(), at);
    }

    // The same values where no attribute gives their type: compared with a column or a
    // function (Sequelize::where(col(...)), fn arguments), and written or matched by
    // QueryInterface's bulkInsert/bulkUpdate/bulkDelete, stored as models store them.
    void untypedOperands_data() { TestDatabases::addDialectRows(); }
    void untypedOperands()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *row = s->define(
            "Row",
            {{"at", DataTypes::Date()}, {"time", DataTypes::Time()}, {"key", DataTypes::Uuid()}},
            ModelOptions().tableName("rawv").timestamps(false));
        row->sync(SyncOptions().force());
        const QDateTime at(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        const QUuid key = QUuid::createUuid();
        row->create({{"at", at}, {"time", QTime(3, 4, 5)}, {"key", key}});
        const auto count
            = [&](const Where &where) { return row->count(FindOptions().where(where)); };
        QCOMPARE(count(Sequelize::where(Sequelize::col("at"), Where::Eq, at)), qint64(1));
        QCOMPARE(count(Sequelize::where(Sequelize::col("at"), Where::Eq, at.toLocalTime())),
                 qint64(1));
        QCOMPARE(count(Sequelize::where(Sequelize::col("key"), Where::Eq, key)), qint64(1));
        QCOMPARE(count(Sequelize::where(Sequelize::col("key"), Where::In, QVariantList{key})),
                 qint64(1));
        QCOMPARE(count(Sequelize::where(Sequelize::col("time"), Where::Eq, QTime(3, 4, 5))),
                 qint64(1));
        QCOMPARE(count(Sequelize::where(Sequelize::fn("coalesce", {QVariant(), key}), Where::Eq,
                                        Sequelize::col("key"))),
                 qint64(1));

        QueryInterface qi = s->queryInterface();
        const QUuid other = QUuid::createUuid();
        qi.bulkInsert("rawv", {{{"at", at.addDays(1)}, {"time", QTime(1, 2, 3)}, {"key", other}}});
        const auto inserted = row->findOne(FindOptions().where({{"key", other}}));
        QVERIFY(inserted);
        QCOMPARE(inserted->get("at").toDateTime(), at.addDays(1));
        QCOMPARE(inserted->get("time").toTime(), QTime(1, 2, 3));
        QCOMPARE(count(Op::gt("at", at)), qint64(1));
        QCOMPARE(row->findAll(FindOptions().order({{"at", "DESC"}})).first()->get("key").toUuid(),
                 other);
        QCOMPARE(qi.bulkUpdate("rawv", {{"time", QTime(9, 9, 9)}}, {{"key", key}}), 1);
        QCOMPARE(row->findOne(FindOptions().where({{"key", key}}))->get("time").toTime(),
                 QTime(9, 9, 9));
        QCOMPARE(qi.bulkDelete("rawv", {{"at", at.addDays(1).toLocalTime()}}), 1);
        QCOMPARE(row->count(), qint64(1));
    }

    // With the connection's timezone (+02:00), a raw date goes in and comes out as the same
    // instant.
    void zonedConnection_data() { TestDatabases::addDialectRows(); }
    void zonedConnection()
    {
        QSQ_OPEN_DIALECT(utc); // resets the database
        if (dialect == QLatin1String("sqlite"))
            QSKIP("SQLite refuses a timezone option (its dates are UTC text; tst_timezone)");
        Sequelize s(SequelizeOptions::fromUrl(TestDatabases::url(dialect)).timezone("+02:00"));
        ModelDefinition *row = s.define("Row", {{"at", DataTypes::Date()}},
                                        ModelOptions().tableName("rawv").timestamps(false));
        row->sync(SyncOptions().force());
        const QDateTime at(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
        row->create({{"at", at}});
        QCOMPARE(count(s, "at", at), 1);
        QCOMPARE(s.query("SELECT * FROM rawv").rows().value(0).value("at").toDateTime(), at);
    }

    // A raw row's DOUBLE/FLOAT is a double and a TIME a QTime on MariaDB too (they came as
    // text); DECIMAL stays exact text everywhere but SQLite (which stores a REAL).
    void rawColumnTypes_data() { TestDatabases::addDialectRows(); }
    void rawColumnTypes()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *row = s->define("Row",
                                         {{"dbl", DataTypes::Double()},
                                          {"flt", DataTypes::Float()},
                                          {"dec", DataTypes::Decimal(10, 2)},
                                          {"tm", DataTypes::Time()}},
                                         ModelOptions().tableName("rawt").timestamps(false));
        row->sync(SyncOptions().force());
        row->create({{"dbl", 1.5}, {"flt", 2.25}, {"dec", "3.10"}, {"tm", QTime(1, 2, 3)}});
        row->create({});
        const auto rows = s->query("SELECT * FROM rawt ORDER BY id").rows();
        const QVariantMap values = rows.first();
        QCOMPARE(values.value("dbl").metaType(), QMetaType::fromType<double>());
        QCOMPARE(values.value("dbl").toDouble(), 1.5);
        QCOMPARE(values.value("flt").metaType(), QMetaType::fromType<double>());
        QCOMPARE(values.value("flt").toDouble(), 2.25);
        if (dialect == QLatin1String("sqlite")) {
            QCOMPARE(values.value("tm").toString(), QStringLiteral("01:02:03"));
        } else {
            QCOMPARE(values.value("dec").toString(), QStringLiteral("3.10"));
            QCOMPARE(values.value("tm").toTime(), QTime(1, 2, 3));
        }
        for (const char *name : {"dbl", "flt", "dec", "tm"})
            QVERIFY2(rows.at(1).value(name).isNull(), name);
        const QVariant average
            = s->query("SELECT AVG(dbl) AS a FROM rawt").rows().value(0).value("a");
        QCOMPARE(average.toDouble(), 1.5);
    }
};

QTEST_GUILESS_MAIN(tst_RawValues)
#include "tst_rawvalues.moc"
