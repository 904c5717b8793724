// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelOptions::watchChanges(): a list and the definition's databaseChanged() follow what
// another process writes, through QtSequelize and through plain SQL, and what this process's
// other connection writes; bulk statements arrive as a Reset; a killed listening connection is
// opened again and the list reads its rows again.

#include <QtSequelize/Errors>
#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Model>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtCore/qprocess.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <thread>

#include "testdatabases.h"

using namespace QtSequelize;
using Change = ModelDefinition::DatabaseChange;

class tst_ChangeFeed : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The dialect's URL; SQLite's a file, which another process can open.
    QString url(const QString &dialect) const
    {
        if (dialect == QLatin1String("sqlite"))
            return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("watch.db"));
        return TestDatabases::url(dialect);
    }

    std::unique_ptr<Sequelize> open(const QString &dialect)
    {
        if (dialect == QLatin1String("sqlite"))
            QFile::remove(m_dir.filePath(QStringLiteral("watch.db")));
        else
            TestDatabases::open(dialect); // empties the database
        return std::make_unique<Sequelize>(
            SequelizeOptions::fromUrl(url(dialect)).watchInterval(100).logging(false));
    }

    static ModelDefinition *defineItem(Sequelize &sequelize, bool watch = true)
    {
        return sequelize.define(
            "WatchItem", {{"name", DataTypes::String()}},
            ModelOptions().tableName("watchitems").timestamps(false).watchChanges(watch));
    }

    void write(const QString &dialect, const QString &what, const QString &argument)
    {
        QProcess child;
        child.start(QCoreApplication::applicationDirPath() + QStringLiteral("/changewriter"),
                    {url(dialect), what, argument});
        QVERIFY2(child.waitForFinished(30000), "the writer did not finish");
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    }

    static bool hasChange(const QSignalSpy &spy, Change change, const QVariant &key = {})
    {
        for (const QList<QVariant> &arguments : spy) {
            if (arguments.at(1).value<Change>() == change
                && (key.isNull() || arguments.at(0).toString() == key.toString()))
                return true;
        }
        return false;
    }

#define SKIP_WITHOUT_LISTEN()                                                                      \
    if (dialect == QLatin1String("postgres") && TestDatabases::throughPgBouncer())                 \
    QSKIP("PgBouncer in transaction pooling cannot carry LISTEN")

    // A synced, watched model with a list over it and a spy on its databaseChanged().
    struct Watched
    {
        explicit Watched(std::unique_ptr<Sequelize> opened)
            : sequelize(std::move(opened))
            , item(defineItem(*sequelize))
            , list((item->sync(), item))
            , tester(&list)
            , changes(item, &ModelDefinition::databaseChanged)
        {
            QTest::qWait(300); // the listener is on
        }
        std::unique_ptr<Sequelize> sequelize;
        ModelDefinition *item;
        InstanceListModel list;
        QAbstractItemModelTester tester;
        QSignalSpy changes;
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void otherClients_data()
    {
        TestDatabases::addDialectRows();
    }
    void otherClients()
    {
        QSQ_REQUIRE_DIALECT();
        SKIP_WITHOUT_LISTEN();
        Watched w(open(dialect));
        auto &[sequelize, item, list, tester, changes] = w;

        write(dialect, QStringLiteral("create"), QStringLiteral("from another process"));
        QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 1, 10000);
        QCOMPARE(list.get(0).value("name").toString(), QStringLiteral("from another process"));
        QTRY_VERIFY(hasChange(changes, Change::Inserted, 1));
        QCOMPARE(changes.first().at(0).metaType(), QMetaType::fromType<int>());

        write(dialect, QStringLiteral("sql"),
              QStringLiteral("UPDATE watchitems SET name = 'plain SQL'"));
        QTRY_COMPARE_WITH_TIMEOUT(list.get(0).value("name").toString(), QStringLiteral("plain SQL"),
                                  10000);
        QTRY_VERIFY(hasChange(changes, Change::Updated, 1));

        // This process, on its own connection (not through the model): the database reports it.
        sequelize->query(QStringLiteral("INSERT INTO watchitems (name) VALUES ('this process')"));
        QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 2, 10000);
        QTRY_VERIFY(hasChange(changes, Change::Inserted, 2));

        write(dialect, QStringLiteral("destroy"), QStringLiteral("1"));
        QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 1, 10000);
        QTRY_VERIFY(hasChange(changes, Change::Deleted, 1));
        QCOMPARE(list.get(0).value("name").toString(), QStringLiteral("this process"));
    }

    // 300 rows in one statement: one Reset, not 300 changes, and the list has them.
    void bulkIsOneReset_data()
    {
        TestDatabases::addDialectRows();
    }
    void bulkIsOneReset()
    {
        QSQ_REQUIRE_DIALECT();
        SKIP_WITHOUT_LISTEN();
        Watched w(open(dialect));
        auto &[sequelize, item, list, tester, changes] = w;
        QStringList rows;
        for (int i = 0; i < 300; ++i)
            rows.append(QStringLiteral("('row %1')").arg(i));
        write(dialect, QStringLiteral("sql"),
              QStringLiteral("INSERT INTO watchitems (name) VALUES ")
                  + rows.join(QLatin1String(", ")));
        QTRY_VERIFY_WITH_TIMEOUT(hasChange(changes, Change::Reset), 10000);
        QTRY_COMPARE(list.rowCount(), list.pageSize());
        QTest::qWait(500);
        QVERIFY2(changes.size() <= 3, qPrintable(QString::number(changes.size())));
        QCOMPARE(item->count(), 300);
    }

    // The listening connection is killed; a change made meanwhile still reaches the list.
    void afterConnectionLoss_data()
    {
        TestDatabases::addDialectRows();
    }
    void afterConnectionLoss()
    {
        QSQ_REQUIRE_DIALECT();
        SKIP_WITHOUT_LISTEN();
        if (dialect == QLatin1String("sqlite"))
            QSKIP("An SQLite connection is a file opened in this process: there is no server "
                  "to drop it");
        Watched w(open(dialect));
        auto &[sequelize, item, list, tester, changes] = w;
        // Every other connection of the database's user goes: the listener's among them.
        write(dialect, QStringLiteral("sql"),
              dialect == QLatin1String("postgres")
                  ? QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                   "WHERE datname = current_database() AND pid <> "
                                   "pg_backend_pid()")
                  : QStringLiteral("BEGIN NOT ATOMIC FOR c IN (SELECT ID FROM "
                                   "information_schema.PROCESSLIST WHERE USER = 'orm' AND ID "
                                   "<> CONNECTION_ID()) DO KILL CONNECTION c.ID; END FOR; END"));
        write(dialect, QStringLiteral("create"), QStringLiteral("while it was lost"));
        QTRY_COMPARE_WITH_TIMEOUT(list.rowCount(), 1, 15000);
        QCOMPARE(list.get(0).value("name").toString(), QStringLiteral("while it was lost"));
    }

    // Triggers for a table made without sync(), and removed again.
    void queryInterfaceTriggers_data()
    {
        TestDatabases::addDialectRows();
    }
    void queryInterfaceTriggers()
    {
        QSQ_REQUIRE_DIALECT();
        SKIP_WITHOUT_LISTEN();
        auto sequelize = open(dialect);
        defineItem(*sequelize, false)->sync();
        QueryInterface qi = sequelize->queryInterface();
        QVERIFY_THROWS_EXCEPTION(DefinitionError, qi.addChangeTriggers("watchitems", {}));
        qi.addChangeTriggers("watchitems", {"id"});
        ModelDefinition *item = defineItem(*sequelize); // replaces the unwatched definition
        QSignalSpy changes(item, &ModelDefinition::databaseChanged);
        QTest::qWait(300);
        write(dialect, QStringLiteral("create"), QStringLiteral("one"));
        QTRY_VERIFY_WITH_TIMEOUT(hasChange(changes, Change::Inserted, 1), 10000);
        qi.removeChangeTriggers("watchitems");
        qi.removeChangeTriggers("watchitems"); // none: nothing happens
        changes.clear();
        write(dialect, QStringLiteral("create"), QStringLiteral("two"));
        QTest::qWait(800);
        QCOMPARE(changes.size(), 0);
        QCOMPARE(item->count(), 2);
    }

    // An in-memory SQLite database: its connections share one cache, where data_version does
    // not move; a write on another connection of this process still arrives.
    void inMemorySqlite()
    {
        Sequelize sequelize(SequelizeOptions::fromUrl("sqlite::memory:").watchInterval(50));
        ModelDefinition *item = defineItem(sequelize);
        item->sync();
        QSignalSpy changes(item, &ModelDefinition::databaseChanged);
        QTest::qWait(200);
        // From another thread, so on another connection than the one that synced.
        std::thread writer(
            [&] { sequelize.query(QStringLiteral("INSERT INTO watchitems (name) VALUES ('x')")); });
        writer.join();
        QTRY_VERIFY(hasChange(changes, Change::Inserted, 1));
    }

    void needsPrimaryKey()
    {
        Sequelize sequelize("sqlite::memory:");
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 sequelize
                                     .define("NoKey", {{"name", DataTypes::String()}},
                                             ModelOptions().watchChanges().timestamps(false))
                                     ->removeAttribute("id"));
    }
};

QTEST_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"
