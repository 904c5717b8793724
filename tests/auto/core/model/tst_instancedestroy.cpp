// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Instance destroy(), ported from Sequelize v6's test/integration/instance/destroy.test.js on
// every dialect: transactions, soft deletes that keep their first deletedAt (also with a default
// deletedAt), saving a soft-deleted instance, custom deletedAt attributes and columns, pending
// changes written with the soft delete, one statement per destroy, no save hooks for a soft
// delete, and composite keys. Each slot names the `it(...)` it ports.

#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qjsonobject.h>
#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_InstanceDestroy : public QObject
{
    Q_OBJECT

    class CountSaves : public ModelHooks
    {
    public:
        int before = 0;
        int after = 0;
        void beforeSave(Model *, const HookOptions &) override { ++before; }
        void afterSave(Model *, const HookOptions &) override { ++after; }
    };

private slots:
    // "supports transactions", "deletes a record from the database if dao is not paranoid"
    void transactions_data() { TestDatabases::addDialectRows(); }
    void transactions()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {{"username", DataTypes::String()}});
        user->sync(SyncOptions().force());
        const auto u = user->create({{"username", "foo"}});
        const auto t = s->transaction();
        u->destroy(DestroyOptions().transaction(t.data()));
        QCOMPARE(user->count(FindOptions().transaction(t.data())), qint64(0));
        t->rollback();
        QCOMPARE(user->count(), qint64(1));
        user->findOne()->destroy();
        QCOMPARE(user->count(), qint64(0));
    }

    // "does not set the deletedAt date in subsequent destroys if dao is paranoid", "allows
    // updating soft deleted instance", "persists other model changes when soft deleting"
    void softDeletes_data() { TestDatabases::addDialectRows(); }
    void softDeletes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("ParanoidUser",
                               {{"username", DataTypes::String()}, {"bio", DataTypes::Text()}},
                               ModelOptions().paranoid());
        user->sync(SyncOptions().force());
        const auto u = user->create({{"username", "hallo"}, {"bio", "welt"}});
        u->destroy();
        u->reload(FindOptions().paranoid(false));
        const QDateTime deletedAt = u->get("deletedAt").toDateTime();
        QVERIFY(deletedAt.isValid());
        QThread::msleep(20);
        u->destroy();
        u->reload(FindOptions().paranoid(false));
        QCOMPARE(u->get("deletedAt").toDateTime(), deletedAt);

        u->set("username", "foo");
        u->save();
        QCOMPARE(u->get("deletedAt").toDateTime(), deletedAt);
        auto found = user->findOne(FindOptions().paranoid(false).where({{"username", "foo"}}));
        QVERIFY(found);
        QCOMPARE(found->get("deletedAt").toDateTime(), deletedAt);

        const auto other = user->create({{"username", "username"}});
        other->set("username", "changed");
        other->destroy();
        QCOMPARE(other->get("username").toString(), "changed");
        found = user->findOne(FindOptions().paranoid(false).where({{"username", "changed"}}));
        QVERIFY(found);
        QVERIFY(found->get("deletedAt").toDateTime().isValid());
        const QDateTime first = found->get("deletedAt").toDateTime();
        found->set("username", "bar");
        QThread::msleep(20);
        found->destroy();
        const auto bar = user->findOne(FindOptions().paranoid(false).where({{"username", "bar"}}));
        QVERIFY(bar);
        QCOMPARE(bar->get("deletedAt").toDateTime(), first);
    }

    // "does not update deletedAt with custom default in subsequent destroys"
    void deletedAtDefault_data() { TestDatabases::addDialectRows(); }
    void deletedAtDefault()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("ParanoidUser",
                               {{"username", DataTypes::String()},
                                {"deletedAt",
                                 Attribute(DataTypes::Date())
                                     .defaultValue(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))}},
                               ModelOptions().paranoid());
        user->sync(SyncOptions().force());
        const auto u = user->create({{"username", "username"}});
        QCOMPARE(user->count(), qint64(1)); // the default deletedAt is "not deleted"
        u->destroy();
        const QDateTime deletedAt = u->get("deletedAt").toDateTime();
        QVERIFY(deletedAt.isValid());
        QVERIFY(deletedAt.toMSecsSinceEpoch() != 0);
        QCOMPARE(user->count(), qint64(0));
        QThread::msleep(20);
        u->destroy();
        QCOMPARE(u->get("deletedAt").toDateTime(), deletedAt);
        QCOMPARE(user->count(FindOptions().paranoid(false)), qint64(1));
    }

    // "supports custom deletedAt field", "... database column", "... field and database column"
    void customDeletedAt_data() { TestDatabases::addDialectRows(); }
    void customDeletedAt()
    {
        QSQ_OPEN_DIALECT(s);
        struct Case
        {
            const char *attribute;
            const char *column;
        };
        for (const Case &c : {Case{"destroyTime", nullptr}, Case{"deletedAt", "deleted_at"},
                              Case{"destroyTime", "destroy_time"}}) {
            const QString attribute = QString::fromLatin1(c.attribute);
            Attribute column(DataTypes::Date());
            if (c.column)
                column.field(QString::fromLatin1(c.column));
            auto *user = s->define("ParanoidUser",
                                   {{"username", DataTypes::String()}, {attribute, column}},
                                   ModelOptions().paranoid().deletedAt(attribute));
            user->sync(SyncOptions().force());
            const auto u = user->create({{"username", "username"}});
            u->destroy();
            QVERIFY(u->get(attribute).toDateTime().isValid());
            const QJsonObject json = u->toJSON();
            QVERIFY(!c.column || !json.contains(QString::fromLatin1(c.column)));
            if (attribute != QLatin1String("deletedAt"))
                QVERIFY(!json.contains("deletedAt"));
            const auto found
                = user->findOne(FindOptions().paranoid(false).where({{"username", "username"}}));
            QVERIFY(found);
            QVERIFY(found->get(attribute).toDateTime().isValid());
            QCOMPARE(user->count(), qint64(0));
        }
    }

    // "allows sql logging of delete statements" / "... of update statements", "should not call
    // save hooks when soft deleting"
    void statementsAndHooks_data() { TestDatabases::addDialectRows(); }
    void statementsAndHooks()
    {
        QSQ_OPEN_DIALECT(s);
        auto *plain = s->define("UserDelete", {{"name", DataTypes::String()}});
        auto *paranoid = s->define("ParanoidUser", {{"username", DataTypes::String()}},
                                   ModelOptions().paranoid());
        const auto hooks = QSharedPointer<CountSaves>::create();
        paranoid->addHooks(hooks);
        s->sync(SyncOptions().force());
        const auto a = plain->create({{"name", "hallo"}});
        const auto b = paranoid->create({{"username", "username"}});
        hooks->before = hooks->after = 0;
        QStringList statements;
        QObject::connect(s.get(), &Sequelize::queryExecuted,
                         [&statements](const QString &sql) { statements.append(sql); });
        a->destroy();
        QCOMPARE(statements.size(), 1);
        QVERIFY(statements.first().toUpper().startsWith(QLatin1String("DELETE")));
        statements.clear();
        b->destroy();
        QCOMPARE(statements.size(), 1);
        QVERIFY(statements.first().toUpper().startsWith(QLatin1String("UPDATE")));
        b->destroy(DestroyOptions().hooks(true));
        QCOMPARE(hooks->before, 0);
        QCOMPARE(hooks->after, 0);
    }

    // "delete a record of multiple primary keys table"
    void compositeKey_data() { TestDatabases::addDialectRows(); }
    void compositeKey()
    {
        QSQ_OPEN_DIALECT(s);
        auto *multi = s->define("MultiPrimary",
                                {{"bilibili", Attribute(DataTypes::Char(2)).primaryKey()},
                                 {"guruguru", Attribute(DataTypes::Char(2)).primaryKey()}});
        multi->sync(SyncOptions().force());
        multi->create({{"bilibili", "bl"}, {"guruguru", "gu"}});
        const auto m2 = multi->create({{"bilibili", "bl"}, {"guruguru", "ru"}});
        QCOMPARE(multi->findAll().size(), 2);
        m2->destroy();
        const auto left = multi->findAll();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first()->get("bilibili").toString(), "bl");
        QCOMPARE(left.first()->get("guruguru").toString(), "gu");
        // The static destroy's options are refused by an instance's (Sequelize ignores them:
        // limit(0) still deleted the row, truncate() only it).
        QVERIFY_THROWS_EXCEPTION(DefinitionError, left.first()->destroy(DestroyOptions().limit(0)));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 left.first()->destroy(DestroyOptions().truncate()));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 left.first()->destroy(DestroyOptions().individualHooks()));
        QCOMPARE(multi->count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_InstanceDestroy)
#include "tst_instancedestroy.moc"
