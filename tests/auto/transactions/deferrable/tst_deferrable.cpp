// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Ports Sequelize v6's test/integration/sequelize/deferrable.test.js: a foreign key declared
// with each Deferrable mode (in the model's definition, or by QueryInterface::addConstraint),
// violated for a moment inside a transaction that defers all constraints, only the key, or
// none. Sequelize runs it on PostgreSQL only (the one database with deferrable constraints);
// here the same rows run on SQLite and MariaDB too, where the option is ignored as in
// Sequelize, so the key is checked at once and the violation is a ForeignKeyConstraintError.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

namespace {
enum class Deferral { All, None, OnlyTheKey };
}
Q_DECLARE_METATYPE(Deferrable)
Q_DECLARE_METATYPE(Deferral)

class tst_Deferrable : public QObject
{
    Q_OBJECT

private slots:
    void violateForAMoment_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("byAddConstraint");
        QTest::addColumn<Deferrable>("deferrable");
        QTest::addColumn<Deferral>("deferral");
        QTest::addColumn<bool>("allowedOnPostgres");
        struct Row
        {
            const char *name;
            Deferrable deferrable;
            Deferral deferral;
            bool allowed;
        };
        const Row rows[] = {
            {"NOT", Deferrable::Not, Deferral::All, false},
            {"INITIALLY_IMMEDIATE deferred", Deferrable::InitiallyImmediate, Deferral::All, true},
            {"INITIALLY_IMMEDIATE not deferred", Deferrable::InitiallyImmediate, Deferral::None,
             false},
            {"INITIALLY_IMMEDIATE only the key deferred", Deferrable::InitiallyImmediate,
             Deferral::OnlyTheKey, true},
            {"INITIALLY_DEFERRED", Deferrable::InitiallyDeferred, Deferral::All, true},
        };
        for (const char *dialect : {"sqlite", "postgres", "mariadb"}) {
            for (const bool byAddConstraint : {false, true}) {
                for (const Row &row : rows) {
                    QTest::addRow("%s/%s/%s", dialect, byAddConstraint ? "addConstraint" : "define",
                                  row.name)
                        << QString::fromLatin1(dialect) << byAddConstraint << row.deferrable
                        << row.deferral << row.allowed;
                }
            }
        }
    }

    void violateForAMoment()
    {
        QFETCH(bool, byAddConstraint);
        QFETCH(Deferrable, deferrable);
        QFETCH(Deferral, deferral);
        QFETCH(bool, allowedOnPostgres);
        QSQ_OPEN_DIALECT(s);
        const QString users = QStringLiteral("users_deferrable");
        const QString tasks = QStringLiteral("tasks_deferrable");
        const QString keyName = tasks + QStringLiteral("_user_id_fkey");
        ModelDefinition *user
            = s->define("User", {{"name", DataTypes::String()}}, ModelOptions().tableName(users));
        Attribute userId = Attribute(DataTypes::Integer()).allowNull(false);
        if (!byAddConstraint)
            userId.references(users, "id").deferrable(deferrable);
        ModelDefinition *task
            = s->define("Task", {{"title", DataTypes::String()}, {"user_id", userId}},
                        ModelOptions().tableName(tasks));
        task->drop();
        user->sync(SyncOptions().force());
        task->sync(SyncOptions().force());
        if (byAddConstraint) {
            s->queryInterface().addConstraint(
                tasks,
                ConstraintOptions(ConstraintOptions::ForeignKey, {"user_id"})
                    .name(keyName)
                    .references(users, "id")
                    .deferrable(deferrable));
        }
        TransactionOptions options;
        if (deferral == Deferral::All)
            options.setDeferred();
        else if (deferral == Deferral::OnlyTheKey)
            options.setDeferred({keyName});

        auto run = [&] {
            return s->transaction(options, [&](Transaction &t) {
                auto created = task->create({{"title", "a task"}, {"user_id", -1}},
                                            SaveOptions().transaction(&t));
                auto owner = user->create({}, SaveOptions().transaction(&t));
                created->set("user_id", owner->get("id"));
                created->save(SaveOptions().transaction(&t));
                return created;
            });
        };
        if (dialect != QLatin1String("postgres") || !allowedOnPostgres) {
            QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, run());
            QCOMPARE(task->count(), 0); // the transaction left nothing
            QCOMPARE(user->count(), 0);
            return;
        }
        const auto saved = run();
        QCOMPARE(saved->get("title").toString(), QStringLiteral("a task"));
        QCOMPARE(saved->get("user_id").toInt(), 1);
        QCOMPARE(task->findOne()->get("user_id").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Deferrable)
#include "tst_deferrable.moc"
