// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's timezone option (issue 15) on every dialect: MariaDB writes and reads DATETIME
// in it and uses it as the session time zone, as Sequelize does (so a database a Sequelize app
// with that option wrote reads the same); PostgreSQL's session time zone is it (timestamptz
// values are instants either way); SQLite keeps UTC text. Values round-trip and compare as
// instants whatever the zone; a bad zone is refused.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qtemporarydir.h>
#include <QtCore/qtimezone.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Timezone : public QObject
{
    Q_OBJECT

    // A second connection to the test database of \a dialect, with \a zone.
    static std::unique_ptr<Sequelize> openZoned(const QString &dialect, const QString &zone,
                                                const QTemporaryDir &dir)
    {
        SequelizeOptions options = dialect == QLatin1String("sqlite")
            ? SequelizeOptions().dialect("sqlite").storage(dir.filePath("zoned.db"))
            : SequelizeOptions::fromUrl(TestDatabases::url(dialect));
        return std::make_unique<Sequelize>(options.timezone(zone));
    }
    static QString text(Sequelize &s, const QString &sql)
    {
        return s.query(sql).rows().value(0).value("v").toString();
    }
    // The stored value of Events.at as text of the session's time zone: hours and minutes.
    static QString storedHours(Sequelize &s)
    {
        if (s.dialect() == QLatin1String("mariadb"))
            return text(s, "SELECT DATE_FORMAT(`at`, '%H:%i') AS v FROM `Events`");
        if (s.dialect() == QLatin1String("postgres"))
            return text(s, "SELECT to_char(\"at\", 'HH24:MI') AS v FROM \"Events\"");
        return text(s, "SELECT substr(\"at\", 12, 5) AS v FROM \"Events\"");
    }

private slots:
    void offset_data() { TestDatabases::addDialectRows(); }
    void offset()
    {
        QSQ_OPEN_DIALECT(utc); // resets the database
        QTemporaryDir dir;
        if (dialect == QLatin1String("sqlite")) {
            // Dates are UTC text there: another zone is refused, as Sequelize refuses it (it
            // was accepted and changed nothing); UTC itself is fine.
            QVERIFY_THROWS_EXCEPTION(ConnectionError, openZoned(dialect, "+02:00", dir));
            QVERIFY_THROWS_EXCEPTION(ConnectionError, openZoned(dialect, "-00:30", dir));
            for (const char *zone : {"+00:00", "-00:00", "UTC", "Z"})
                QVERIFY(openZoned(dialect, zone, dir));
            return;
        }
        auto zoned = openZoned(dialect, "+02:00", dir);
        ModelDefinition *event = zoned->define("Event", {{"at", DataTypes::Date()}});
        event->sync(SyncOptions().force());
        const QDateTime noon(QDate(2021, 6, 15), QTime(12, 0), Qt::UTC);
        const auto created = event->create({{"at", noon}});
        QCOMPARE(created->get("at").toDateTime(), noon);
        QCOMPARE(event->findOne()->get("at").toDateTime(), noon); // the same instant back
        QCOMPARE(event->count(FindOptions().where(Op::gt("at", noon.addSecs(-1800)))), 1);
        QCOMPARE(event->count(FindOptions().where(Op::gt("at", noon.addSecs(1800)))), 0);
        QCOMPARE(event->count(FindOptions().where({{"at", noon}})), 1);
        // A value given in another zone is the same instant.
        const QDateTime sameInTokyo = noon.toTimeZone(QTimeZone(9 * 3600));
        QCOMPARE(event->count(FindOptions().where({{"at", sameInTokyo}})), 1);
        QVERIFY(qAbs(created->get("createdAt").toDateTime().secsTo(QDateTime::currentDateTimeUtc()))
                < 60);
        if (dialect == QLatin1String("mariadb")) {
            // Stored as Sequelize stores it with this option: the wall time of +02:00.
            QCOMPARE(storedHours(*zoned), QStringLiteral("14:00"));
            QCOMPARE(text(*zoned, "SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), NOW()) AS v"),
                     QStringLiteral("120"));
            // An application without the option reads that wall time as UTC (as Sequelize's).
            ModelDefinition *plain = utc->define("Event", {{"at", DataTypes::Date()}});
            QCOMPARE(plain->findOne()->get("at").toDateTime(), noon.addSecs(7200));
        } else if (dialect == QLatin1String("postgres")) {
            QCOMPARE(storedHours(*zoned), QStringLiteral("14:00")); // the session's zone
            QCOMPARE(storedHours(*utc), QStringLiteral("12:00"));
            ModelDefinition *plain = utc->define("Event", {{"at", DataTypes::Date()}});
            QCOMPARE(plain->findOne()->get("at").toDateTime(), noon); // an instant
        } else {
            QCOMPARE(storedHours(*zoned), QStringLiteral("12:00")); // UTC text
        }
    }

    void named_data() { TestDatabases::addDialectRows(); }
    void named()
    {
        QSQ_OPEN_DIALECT(utc);
        if (!QTimeZone::isTimeZoneIdAvailable("Europe/Berlin"))
            QSKIP("this machine has no time zone data (tzdata) for Europe/Berlin");
        if (dialect == QLatin1String("mariadb")) {
            // Named zones need the server's time zone tables (mariadb-tzinfo-to-sql), which
            // the test server does not load: the connection fails clearly, a ConnectionError as
            // Sequelize's (it was a DatabaseError); so does an offset past MariaDB's +13:00.
            QTemporaryDir dir;
            QVERIFY_THROWS_EXCEPTION(ConnectionError,
                                     openZoned(dialect, "Europe/Berlin", dir)->query("SELECT 1"));
            QVERIFY_THROWS_EXCEPTION(ConnectionError,
                                     openZoned(dialect, "+14:00", dir)->query("SELECT 1"));
            return;
        }
        QTemporaryDir dir;
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY_THROWS_EXCEPTION(ConnectionError, openZoned(dialect, "Europe/Berlin", dir));
            QVERIFY_THROWS_EXCEPTION(ConnectionError, openZoned(dialect, "Europe/London", dir));
            return;
        }
        auto zoned = openZoned(dialect, "Europe/Berlin", dir);
        ModelDefinition *event = zoned->define("Event", {{"at", DataTypes::Date()}});
        event->sync(SyncOptions().force());
        const QDateTime winter(QDate(2021, 1, 15), QTime(12, 0), Qt::UTC);
        event->create({{"at", winter}});
        QCOMPARE(event->findOne()->get("at").toDateTime(), winter);
        QCOMPARE(storedHours(*zoned),
                 dialect == QLatin1String("postgres") ? QStringLiteral("13:00") // CET
                                                      : QStringLiteral("12:00"));
    }

    void refused()
    {
        for (const char *zone : {"+25:00", "2:00", "Mars/Olympus_Mons", "", "+02:00; DROP"}) {
            QVERIFY_THROWS_EXCEPTION(
                DefinitionError,
                Sequelize(SequelizeOptions::fromUrl("sqlite::memory:").timezone(zone)));
        }
    }

    // ?timezone= in a connection URL (as SequelizeOptions::timezone()).
    void fromUrl()
    {
        const QString url = TestDatabases::url("postgres");
        if (url.isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason("postgres")));
        Sequelize s(TestDatabases::withOption(url, QStringLiteral("timezone=%2B05:30")));
        QCOMPARE(text(s, "SELECT to_char(now(), 'TZH:TZM') AS v"), QStringLiteral("+05:30"));
    }
};

QTEST_GUILESS_MAIN(tst_Timezone)
#include "tst_timezone.moc"
