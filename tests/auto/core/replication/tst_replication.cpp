// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Async>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qfile.h>
#include <QtCore/qset.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

// Read replicas (Sequelize's replication): reads outside transactions go to the replicas in
// turn, writes and useMaster reads to the write database. The replica here is a second
// database holding other rows, so that every read shows where it went.
class tst_Replication : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static ModelDefinition *defineNotes(Sequelize &s)
    {
        ModelDefinition *note
            = s.define("Note", {{"text", DataTypes::String()}}, ModelOptions().timestamps(false));
        note->sync(SyncOptions().force());
        return note;
    }
    static QStringList texts(const QList<QSharedPointer<Model>> &notes)
    {
        QStringList result;
        for (const auto &n : notes)
            result.append(n->get("text").toString());
        return result;
    }
    // The write and the replica database of a dialect, both empty.
    bool databases(const QString &dialect, QString *primary, QString *replica)
    {
        if (dialect == QLatin1String("sqlite")) {
            for (const char *name : {"primary.db", "replica.db"})
                QFile::remove(m_dir.filePath(QLatin1String(name)));
            *primary = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("primary.db"));
            *replica = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("replica.db"));
            return true;
        }
        TestDatabases::open(dialect); // empties the write database
        *primary = TestDatabases::url(dialect);
        *replica
            = QString(*primary).replace(QStringLiteral("/ormtest"), QStringLiteral("/ormreplica"));
        Sequelize replicaDb(*replica);
        TestDatabases::resetSchema(replicaDb);
        return true;
    }

private slots:
    void routing_data() { TestDatabases::addDialectRows(); }
    void routing()
    {
        QSQ_REQUIRE_DIALECT();
        QString primary;
        QString replica;
        QVERIFY(databases(dialect, &primary, &replica));
        Sequelize replicaDb(replica);
        ModelDefinition *replicaNotes = defineNotes(replicaDb);
        replicaNotes->bulkCreate({{{"text", "replica 1"}}, {{"text", "replica 2"}}});

        Sequelize s(SequelizeOptions::fromUrl(primary).addReadReplica(replica));
        ModelDefinition *note = defineNotes(s); // DDL goes to the write database
        note->create({{"text", "primary 1"}});

        QCOMPARE(texts(note->findAll(FindOptions().order("id"))),
                 (QStringList{"replica 1", "replica 2"}));
        QCOMPARE(texts(note->findAll(FindOptions().useMaster())), QStringList{"primary 1"});
        QCOMPARE(note->count(), qint64(2));
        QCOMPARE(note->count(FindOptions().useMaster()), qint64(1));
        QCOMPARE(note->findByPk(2)->get("text").toString(), QStringLiteral("replica 2"));
        QCOMPARE(note->findAllRaw().size(), 2);
        const QString sql = QStringLiteral("SELECT COUNT(*) AS n FROM %1")
                                .arg(s.queryInterface().quoteIdentifier("Notes"));
        QCOMPARE(s.query(sql).rows().value(0).value("n").toInt(), 2);
        QCOMPARE(s.query(sql, QueryOptions().useMaster()).rows().value(0).value("n").toInt(), 1);
        // Writes reach the write database only; a transaction reads there too.
        note->update({{"text", "primary 1b"}}, Where({{"id", 1}}));
        QCOMPARE(replicaNotes->findByPk(1)->get("text").toString(), QStringLiteral("replica 1"));
        s.transaction([&](Transaction &t) {
            QCOMPARE(texts(note->findAll(FindOptions().transaction(&t))),
                     QStringList{"primary 1b"});
        });
        // The pool's threads read from the replica with connections of their own.
        QCOMPARE(note->countAsync().result(), qint64(2));
        QCOMPARE(replicaNotes->count(), qint64(2));
    }

    // Several replicas are read in turn.
    void roundRobin_data() { TestDatabases::addDialectRows(); }
    void roundRobin()
    {
        QSQ_REQUIRE_DIALECT();
        QString primary;
        QString replica;
        QVERIFY(databases(dialect, &primary, &replica));
        Sequelize replicaDb(replica);
        defineNotes(replicaDb)->bulkCreate({{{"text", "r"}}, {{"text", "r"}}});
        Sequelize s(
            SequelizeOptions::fromUrl(primary).addReadReplica(replica).addReadReplica(primary));
        ModelDefinition *note = defineNotes(s);
        note->create({{"text", "p"}});
        QList<qint64> counts;
        for (int i = 0; i < 4; ++i)
            counts.append(note->count());
        QCOMPARE(counts, (QList<qint64>{2, 1, 2, 1}));
    }

    // A replica that cannot be reached fails the reads with a ConnectionError; writes go on.
    void unreachableReplica_data() { TestDatabases::addDialectRows(); }
    void unreachableReplica()
    {
        QSQ_REQUIRE_DIALECT();
        QString primary;
        QString replica;
        QVERIFY(databases(dialect, &primary, &replica));
        const QString broken = dialect == QLatin1String("sqlite")
            ? QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("no/such/dir/replica.db"))
            : QString(replica).replace(QStringLiteral(":ormpass@"), QStringLiteral(":wrong@"));
        Sequelize s(SequelizeOptions::fromUrl(primary).addReadReplica(broken));
        ModelDefinition *note = defineNotes(s);
        note->create({{"text", "kept"}});
        QVERIFY_THROWS_EXCEPTION(ConnectionError, note->findAll());
        QCOMPARE(note->count(FindOptions().useMaster()), qint64(1));
    }
};

QTEST_GUILESS_MAIN(tst_Replication)
#include "tst_replication.moc"
