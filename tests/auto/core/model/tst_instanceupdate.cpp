// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Instance update(), ported from Sequelize v6's test/integration/instance/update.test.js, on
// every dialect: attributes left out at create, unchanged values, only the passed attributes
// written (other pending changes stay pending), what setters change, the fields option, null
// values, timestamps, and the primary key.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qdatetime.h>
#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_InstanceUpdate : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineUser(Sequelize *sequelize, const ModelOptions &options = {})
    {
        ModelDefinition *user = sequelize->define("User",
                                                  {{"name", DataTypes::String()},
                                                   {"bio", DataTypes::Text()},
                                                   {"email", DataTypes::String()}},
                                                  options);
        user->sync(SyncOptions().force());
        return user;
    }

private slots:
    void transactions_data() { TestDatabases::addDialectRows(); }
    void transactions()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const auto made = user->create({{"name", "foo"}});
        const QSharedPointer<Transaction> t = sequelize->transaction();
        made->update({{"name", "bar"}}, SaveOptions().transaction(t.data()));
        if (sequelize->dialect() != QLatin1String("sqlite")) // one connection on SQLite
            QCOMPARE(user->findAll().first()->get("name").toString(), QStringLiteral("foo"));
        QCOMPARE(user->findAll(FindOptions().transaction(t.data())).first()->get("name").toString(),
                 QStringLiteral("bar"));
        t->rollback();
        QCOMPARE(user->findAll().first()->get("name").toString(), QStringLiteral("foo"));
    }

    void writes_data() { TestDatabases::addDialectRows(); }
    void writes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        for (const bool timestamps : {true, false}) {
            ModelDefinition *user
                = defineUser(sequelize.get(), ModelOptions().timestamps(timestamps));
            auto made = user->create({{"name", "snafu"}, {"email", "email"}},
                                     SaveOptions().fields({"name", "email"}));
            made->update({{"bio", "swag"}});
            made->reload();
            QCOMPARE(made->get("name").toString(), QStringLiteral("snafu"));
            QCOMPARE(made->get("email").toString(), QStringLiteral("email"));
            QCOMPARE(made->get("bio").toString(), QStringLiteral("swag"));
            // Unchanged values.
            made->update({{"name", "snafu"}, {"email", "email"}});
            made->reload();
            QCOMPARE(made->get("name").toString(), QStringLiteral("snafu"));
            // fields: only bio is written, email keeps its stored value.
            made->update({{"bio", "heyo"}, {"email", "heho"}}, SaveOptions().fields({"bio"}));
            const auto stored = user->findByPk(made->get("id"));
            QCOMPARE(stored->get("bio").toString(), QStringLiteral("heyo"));
            QCOMPARE(stored->get("email").toString(), QStringLiteral("email"));
            // Only the passed attributes: another pending change stays pending.
            made->reload();
            made->set("email", "pending");
            made->update({{"name", "passed"}});
            QVERIFY(made->changed("email"));
            QCOMPARE(made->get("email").toString(), QStringLiteral("pending"));
            QCOMPARE(user->findByPk(made->get("id"))->get("email").toString(),
                     QStringLiteral("email"));
            QCOMPARE(user->findByPk(made->get("id"))->get("name").toString(),
                     QStringLiteral("passed"));
        }
    }

    // A VIRTUAL attribute's setter that sets a stored one: the stored one is saved too.
    void setterSideEffects_data() { TestDatabases::addDialectRows(); }
    void setterSideEffects()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "User",
            {{"validateSideEffect",
              Attribute(DataTypes::Virtual()).set([](Model &m, const QVariant &value) {
                  m.setDataValue("validateSideEffect", value);
                  m.set("validateSideAffected", value.toInt() * 2);
              })},
             {"validateSideAffected", DataTypes::Integer()}});
        user->sync(SyncOptions().force());
        const auto built = user->build();
        built->save();
        built->update({{"validateSideEffect", 5}});
        QCOMPARE(built->get("validateSideEffect").toInt(), 5);
        built->reload();
        QCOMPARE(built->get("validateSideAffected").toInt(), 10);

        // A static update runs the setters too (Sequelize builds the values): what they store,
        // in the attribute and in others, is written.
        QCOMPARE(user->update({{"validateSideEffect", 7}}, Where()), 1);
        QCOMPARE(user->findByPk(built->get("id"))->get("validateSideAffected").toInt(), 14);
        ModelDefinition *mail = sequelize->define(
            "Mail", {{"email", Attribute(DataTypes::String()).set([](Model &m, const QVariant &v) {
                          m.setDataValue("email", v.toString().toLower());
                      })}});
        mail->sync(SyncOptions().force());
        const auto row = mail->create({{"email", "A@B.C"}});
        QCOMPARE(mail->findByPk(row->get("id"))->get("email").toString(), QStringLiteral("a@b.c"));
        QCOMPARE(mail->update({{"email", "X@Y.Z"}}, Op::eq("id", row->get("id"))), 1);
        QCOMPARE(mail->findByPk(row->get("id"))->get("email").toString(), QStringLiteral("x@y.z"));
    }

    void nullsAndTimestamps_data() { TestDatabases::addDialectRows(); }
    void nullsAndTimestamps()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *download = sequelize->define("download",
                                                      {{"startedAt", DataTypes::Date()},
                                                       {"canceledAt", DataTypes::Date()},
                                                       {"finishedAt", DataTypes::Date()}});
        download->sync(SyncOptions().force());
        const auto d = download->create({{"startedAt", QDateTime::currentDateTimeUtc()}});
        QVERIFY(d->get("canceledAt").isNull());
        d->update({{"canceledAt", QDateTime::currentDateTimeUtc()}});
        QVERIFY(d->get("canceledAt").toDateTime().isValid());
        QVERIFY(d->get("finishedAt").isNull());
        const auto rows = download->findAll(FindOptions().where({{"finishedAt", QVariant()}}));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows[0]->get("startedAt").toDateTime().isValid());
        QVERIFY(rows[0]->get("canceledAt").toDateTime().isValid());
        QVERIFY(rows[0]->get("finishedAt").isNull());

        // createdAt stays; updatedAt moves.
        const QDateTime created = d->get("createdAt").toDateTime();
        const QDateTime updated = d->get("updatedAt").toDateTime();
        QThread::msleep(15);
        d->update({{"finishedAt", QDateTime::currentDateTimeUtc()},
                   {"createdAt", QDateTime(QDate(2000, 2, 1), QTime(0, 0), Qt::UTC)}});
        QCOMPARE(d->get("createdAt").toDateTime(), created);
        QVERIFY(d->get("updatedAt").toDateTime() > updated);
        QCOMPARE(download->findByPk(d->get("id"))->get("createdAt").toDateTime(), created);
    }
};

QTEST_GUILESS_MAIN(tst_InstanceUpdate)
#include "tst_instanceupdate.moc"
