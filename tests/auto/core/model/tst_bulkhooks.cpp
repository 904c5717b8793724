// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The bulk hooks, ported from Sequelize v6's test/integration/hooks/bulkOperation.test.js on
// every dialect (moved out of tst_hooks): bulkCreate, static update and destroy/restore run
// their bulk hooks, a throw in one stops the operation or reaches the caller, and with
// individualHooks the per-instance hooks run for the rows written. Each slot names the
// `it(...)` it ports.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "hookrecorder.h"
#include "testdatabases.h"

using namespace QtSequelize;

class tst_BulkHooks : public HookTest
{
    Q_OBJECT

private slots:
    // A static update with individualHooks writes what differs from the rows the hooks saw, as
    // Sequelize's: values the rows already hold leave nothing but updatedAt, so no statement
    // runs, nothing counts and updatedAt stays (silent, the values are written as given). The
    // after hooks run as after any update, and so does afterBulkUpdate for an update with no
    // values (it was skipped). Found by random hook sequences compared with Sequelize.
    void bulkUpdateWritesWhatDiffers_data() { TestDatabases::addDialectRows(); }
    void bulkUpdateWritesWhatDiffers()
    {
        QSQ_OPEN_DIALECT(s);
        auto *counter = defineCounter(s.get());
        BulkLog bulk;
        counter->addHooks(bulk.hooks);
        QStringList log;
        hook(counter, &log, "afterUpdate");
        counter->bulkCreate({{{"aNumber", 2}}, {{"aNumber", 2}}});
        const QDateTime old(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
        // (update() alone cannot: updatedAt is the only value left, which writes nothing.)
        const QueryInterface qi = s->queryInterface();
        s->query("UPDATE " + qi.quoteIdentifier("Counters") + " SET "
                     + qi.quoteIdentifier("updatedAt") + " = :t",
                 QueryOptions().replacements(QVariantMap{{"t", old}}));
        const Where both = Op::in("id", QVariantList{1, 2});
        auto stamps = [&] {
            QList<QDateTime> out;
            for (const auto &row : counter->findAll(FindOptions().order("id")))
                out.append(row->get("updatedAt").toDateTime());
            return out;
        };
        bulk.log.clear();
        QCOMPARE(counter->update({{"aNumber", 2}}, both, UpdateOptions().individualHooks()), 0);
        QCOMPARE(stamps(), QList<QDateTime>({old, old}));
        QCOMPARE(bulk.log, QStringList({"beforeBulkUpdate", "afterBulkUpdate"}));
        QCOMPARE(log.size(), 2); // afterUpdate, each row
        // Silent: nothing differs at all, and the values are written as given (the rows
        // matched count, on MariaDB too).
        QCOMPARE(
            counter->update({{"aNumber", 2}}, both, UpdateOptions().individualHooks().silent()), 2);
        QCOMPARE(stamps(), QList<QDateTime>({old, old}));
        bulk.log.clear();
        QCOMPARE(counter->update({}, both), 0);
        QCOMPARE(bulk.log, QStringList({"beforeBulkUpdate", "afterBulkUpdate"}));
        // A value that differs in one row: written, updatedAt moves.
        QCOMPARE(counter->update({{"aNumber", 3}}, Where({{"id", 1}}),
                                 UpdateOptions().individualHooks()),
                 1);
        QVERIFY(stamps().at(0) > old);
        QCOMPARE(stamps().at(1), old);
    }

    // bulkOperation.test.js, #bulkCreate: "should run hooks", the "on error" cases, "with the
    // {individualHooks: true} option" (success and error)
    void bulkCreate_data() { TestDatabases::addDialectRows(); }
    void bulkCreate()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        BulkLog bulk;
        user->addHooks(bulk.hooks);
        const QList<QVariantMap> two
            = {{{"username", "Cheech"}, {"mood", "sad"}}, {{"username", "Chong"}, {"mood", "sad"}}};
        user->bulkCreate(two);
        QCOMPARE(bulk.log, QStringList({"beforeBulkCreate", "afterBulkCreate"}));
        bulk.hooks->failAt = "beforeBulkCreate";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->bulkCreate(two));
        QCOMPARE(user->count(), qint64(2)); // beyond the original: nothing written
        bulk.hooks->failAt = "afterBulkCreate";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->bulkCreate(two));
        QCOMPARE(user->count(), qint64(4));

        auto *counter = defineCounter(s.get());
        QStringList log;
        BulkLog counterBulk;
        counter->addHooks(counterBulk.hooks);
        hook(counter, &log, "beforeCreate", [](Model *m) { m->set("beforeHookTest", true); });
        hook(counter, &log, "afterCreate", [](Model *m) {
            m->set("username", QStringLiteral("User%1").arg(m->get("id").toInt()));
        });
        const QList<QVariantMap> three = {{{"aNumber", 5}}, {{"aNumber", 7}}, {{"aNumber", 3}}};
        const auto records
            = counter->bulkCreate(three, BulkCreateOptions().fields({"aNumber"}).individualHooks());
        QCOMPARE(records.size(), 3);
        for (const auto &record : records) {
            QCOMPARE(record->get("username").toString(),
                     QStringLiteral("User%1").arg(record->get("id").toInt()));
            QVERIFY(record->get("beforeHookTest").toBool());
        }
        QCOMPARE(counterBulk.log, QStringList({"beforeBulkCreate", "afterBulkCreate"}));

        counterBulk.log.clear();
        hook(counter, &log, "beforeCreate",
             [](Model *) { throw std::runtime_error("You shall not pass!"); });
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            counter->bulkCreate(three, BulkCreateOptions().fields({"aNumber"}).individualHooks()));
        QCOMPARE(counterBulk.log, QStringList{"beforeBulkCreate"});
        QCOMPARE(counter->count(), qint64(3));
    }

    // bulkOperation.test.js, #bulkUpdate: "should run hooks", the "on error" cases, "with the
    // {individualHooks: true} option" (success, "changing some data before updating", error)
    // Beyond the original, compared with Sequelize 6.37.8 on the three databases: bulkCreate
    // with validate() and individualHooks() runs the validate hooks of each record (every
    // beforeValidate first), before the first beforeCreate, and writes what they changed;
    // without individualHooks none runs.
    void bulkCreateValidateHooks_data() { TestDatabases::addDialectRows(); }
    void bulkCreateValidateHooks()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define(
            "BU", {{"name", Attribute(DataTypes::String()).validate(Validator::len(2, 10))}},
            ModelOptions().timestamps(false));
        user->sync(SyncOptions().force());
        struct Log : ModelHooks
        {
            QStringList log;
            void beforeValidate(Model *i, const HookOptions &) override
            {
                log << "bv:" + i->get("name").toString();
                if (i->get("name") == QLatin1String("x"))
                    i->set("name", "fixed");
            }
            void afterValidate(Model *i, const HookOptions &) override
            {
                log << "av:" + i->get("name").toString();
            }
            void validationFailed(Model *i, const HookOptions &, const ValidationError &) override
            {
                log << "vf:" + i->get("name").toString();
            }
            void beforeCreate(Model *i, const HookOptions &) override
            {
                log << "bc:" + i->get("name").toString();
            }
        };
        const auto hooks = QSharedPointer<Log>::create();
        user->addHooks(hooks);
        const auto names = [&] {
            QStringList r;
            for (const QVariantMap &row : user->findAllRaw(FindOptions().order("id")))
                r << row.value("name").toString();
            return r;
        };
        const auto both = BulkCreateOptions().validate(true).individualHooks(true);
        user->bulkCreate({{{"name", "ab"}}, {{"name", "x"}}}, both);
        QCOMPARE(hooks->log,
                 QStringList({"bv:ab", "bv:x", "av:ab", "av:fixed", "bc:ab", "bc:fixed"}));
        QCOMPARE(names(), QStringList({"ab", "fixed"}));
        hooks->log.clear();
        QVERIFY_THROWS_EXCEPTION(AggregateError, user->bulkCreate({{{"name", "y"}}}, both));
        QCOMPARE(hooks->log, QStringList({"bv:y", "vf:y"}));
        hooks->log.clear();
        QVERIFY_THROWS_EXCEPTION(
            AggregateError,
            user->bulkCreate({{{"name", "x"}}}, BulkCreateOptions().validate(true)));
        QVERIFY(hooks->log.isEmpty());
        QCOMPARE(names(), QStringList({"ab", "fixed"}));
    }

    void bulkUpdate_data() { TestDatabases::addDialectRows(); }
    void bulkUpdate()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        BulkLog bulk;
        user->addHooks(bulk.hooks);
        user->bulkCreate(
            {{{"username", "Cheech"}, {"mood", "sad"}}, {{"username", "Chong"}, {"mood", "sad"}}});
        bulk.log.clear();
        QCOMPARE(user->update({{"mood", "happy"}}, Where({{"mood", "sad"}})), 2);
        QCOMPARE(bulk.log, QStringList({"beforeBulkUpdate", "afterBulkUpdate"}));
        bulk.hooks->failAt = "beforeBulkUpdate";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 user->update({{"mood", "sad"}}, Where({{"mood", "happy"}})));
        QCOMPARE(user->count(FindOptions().where({{"mood", "happy"}})), qint64(2));
        bulk.hooks->failAt = "afterBulkUpdate";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 user->update({{"mood", "sad"}}, Where({{"mood", "happy"}})));
        QCOMPARE(user->count(FindOptions().where({{"mood", "sad"}})), qint64(2));

        auto *counter = defineCounter(s.get());
        BulkLog counterBulk;
        counter->addHooks(counterBulk.hooks);
        QStringList log;
        QStringList changedSeen;
        const auto before = hook(counter, &log, "beforeUpdate", [&](Model *m) {
            changedSeen += m->changed();
            m->set("beforeHookTest", true);
            if (m->get("id").toInt() == 1)
                m->set("aNumber", m->get("aNumber").toInt() + 3);
        });
        hook(counter, &log, "afterUpdate", [](Model *m) {
            m->set("username", QStringLiteral("User%1").arg(m->get("id").toInt()));
        });
        counter->bulkCreate({{{"aNumber", 1}}, {{"aNumber", 1}}, {{"aNumber", 1}}});
        counterBulk.log.clear();
        QCOMPARE(counter->update({{"aNumber", 10}}, Where({{"aNumber", 1}}),
                                 UpdateOptions().individualHooks()),
                 3);
        QCOMPARE(changedSeen, QStringList({"aNumber", "aNumber", "aNumber"}));
        QCOMPARE(counterBulk.log, QStringList({"beforeBulkUpdate", "afterBulkUpdate"}));
        for (const auto &row : counter->findAll(FindOptions().order("id"))) {
            QCOMPARE(row->get("aNumber").toInt(), 10 + (row->get("id").toInt() == 1 ? 3 : 0));
            QVERIFY(row->get("beforeHookTest").toBool());
            // afterUpdate's change is the instance's only, never written.
            QCOMPARE(row->get("username").toString(), QString());
        }

        counter->removeHooks(before);
        counterBulk.log.clear();
        hook(counter, &log, "beforeUpdate",
             [](Model *) { throw std::runtime_error("You shall not pass!"); });
        try {
            counter->update({{"aNumber", 20}}, Where(Op::gte("aNumber", 0)),
                            UpdateOptions().individualHooks());
            QFAIL("the hook's error was dropped");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QString::fromLatin1(e.what()), QStringLiteral("You shall not pass!"));
        }
        QCOMPARE(counterBulk.log, QStringList{"beforeBulkUpdate"});
        QCOMPARE(counter->count(FindOptions().where({{"aNumber", 20}})), qint64(0));
    }

    // bulkOperation.test.js, #bulkDestroy and #bulkRestore: "should run hooks", the "on error"
    // cases, "with the {individualHooks: true} option" (success and error)
    void bulkDestroyAndRestore_data() { TestDatabases::addDialectRows(); }
    void bulkDestroyAndRestore()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        BulkLog bulk;
        user->addHooks(bulk.hooks);
        user->destroy(Where({{"username", "Cheech"}, {"mood", "sad"}}));
        QCOMPARE(bulk.log, QStringList({"beforeBulkDestroy", "afterBulkDestroy"}));
        bulk.hooks->failAt = "beforeBulkDestroy";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->destroy(Where({{"mood", "sad"}})));
        bulk.hooks->failAt = "afterBulkDestroy";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->destroy(Where({{"mood", "sad"}})));

        auto *counter = defineCounter(s.get(), true);
        BulkLog counterBulk;
        counter->addHooks(counterBulk.hooks);
        QStringList log;
        hook(counter, &log, "beforeDestroy");
        hook(counter, &log, "afterDestroy");
        counter->bulkCreate({{{"aNumber", 1}}, {{"aNumber", 1}}, {{"aNumber", 1}}});
        counterBulk.log.clear();
        QCOMPARE(counter->destroy(Where({{"aNumber", 1}}), DestroyOptions().individualHooks()), 3);
        QCOMPARE(log.count("beforeDestroy"), 3);
        QCOMPARE(log.count("afterDestroy"), 3);
        QCOMPARE(counterBulk.log, QStringList({"beforeBulkDestroy", "afterBulkDestroy"}));
        QCOMPARE(counter->count(), qint64(0));

        counterBulk.log.clear();
        hook(counter, &log, "beforeRestore");
        hook(counter, &log, "afterRestore");
        QCOMPARE(counter->restore(Where({{"aNumber", 1}}), DestroyOptions().individualHooks()), 3);
        QCOMPARE(counterBulk.log, QStringList({"beforeBulkRestore", "afterBulkRestore"}));
        QCOMPARE(log.count("beforeRestore"), 3);
        QCOMPARE(log.count("afterRestore"), 3);
        QCOMPARE(counter->count(), qint64(3));
        // Beyond the original: rows that are not deleted are not restored, and get no hooks.
        log.clear();
        QCOMPARE(counter->restore(Where({{"aNumber", 1}}), DestroyOptions().individualHooks()), 0);
        QVERIFY(log.isEmpty());

        log.clear();
        counterBulk.log.clear();
        hook(counter, &log, "beforeDestroy",
             [](Model *) { throw std::runtime_error("You shall not pass!"); });
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error,
            counter->destroy(Where({{"aNumber", 1}}), DestroyOptions().individualHooks()));
        QCOMPARE(counterBulk.log, QStringList{"beforeBulkDestroy"});
        QVERIFY(!log.contains("afterDestroy"));
        QCOMPARE(counter->count(), qint64(3)); // beyond the original: nothing deleted
    }

    // The bulk hooks change the where and the values the statement runs with, as Sequelize's
    // options.where and options.attributes (compared with Sequelize 6.37.8): a tenant's where
    // narrows update, destroy and restore; a value the hook changes or takes out is written so;
    // one it adds is written too (Sequelize writes it only when the hook also adds it to
    // options.fields, which HookOptions does not offer). Before, the hooks got const values.
    void hooksNarrowAndChange_data() { TestDatabases::addDialectRows(); }
    void hooksNarrowAndChange()
    {
        QSQ_OPEN_DIALECT(s);
        struct Tenant : ModelHooks
        {
            static void narrow(Where &where)
            {
                where = Where(Where::And, {where, Where("tenant", Where::Eq, 1)});
            }
            void beforeBulkUpdate(QVariantMap &values, Where &where, const HookOptions &) override
            {
                narrow(where);
                if (values.value("title") == QVariant("upper"))
                    values["title"] = "UPPER";
                if (values.value("n") == QVariant(7))
                    values["note"] = "by hook";
                if (values.value("n") == QVariant(9))
                    values.remove("title");
            }
            void beforeBulkDestroy(Where &where, const HookOptions &) override { narrow(where); }
            void beforeBulkRestore(Where &where, const HookOptions &) override { narrow(where); }
        };
        auto *task = s->define("BhTask",
                               {{"title", DataTypes::String()},
                                {"tenant", DataTypes::Integer()},
                                {"note", DataTypes::String()},
                                {"n", DataTypes::Integer()}},
                               ModelOptions().paranoid(true));
        task->sync(SyncOptions().force());
        task->addHooks(QSharedPointer<Tenant>::create());
        task->bulkCreate({{{"title", "a"}, {"tenant", 1}, {"n", 0}},
                          {{"title", "b"}, {"tenant", 2}, {"n", 0}},
                          {{"title", "c"}, {"tenant", 1}, {"n", 0}}});
        auto rows = [&] {
            QStringList result;
            for (const QVariantMap &row :
                 task->findAllRaw(FindOptions().order("id").paranoid(false)))
                result.append(QStringList{row["title"].toString(), row["note"].toString(),
                                          row["n"].toString(),
                                          row["deletedAt"].isNull() ? "-" : "deleted"}
                                  .join(' '));
            return result;
        };
        QCOMPARE(task->update({{"note", "x"}}, Where()), 2);
        QCOMPARE(task->update({{"title", "upper"}}, Where{{"id", 1}}), 1);
        QCOMPARE(task->update({{"n", 7}}, Where{{"id", 1}}), 1);
        QCOMPARE(task->update({{"n", 9}, {"title", "zz"}}, Where{{"id", 3}}), 1);
        QCOMPARE(task->update({{"note", "b?"}}, Where{{"id", 2}}), 0);
        QCOMPARE(task->update({{"note", "ind"}}, Where(), UpdateOptions().individualHooks()), 2);
        QCOMPARE(rows(), QStringList({"UPPER ind 7 -", "b  0 -", "c ind 9 -"}));
        QCOMPARE(task->destroy(Where()), 2);
        QCOMPARE(rows(), QStringList({"UPPER ind 7 deleted", "b  0 -", "c ind 9 deleted"}));
        task->update({{"deletedAt", QDateTime::currentDateTimeUtc()}}, Where{{"id", 2}},
                     UpdateOptions().hooks(false).paranoid(false));
        QCOMPARE(task->restore(Where()), 2);
        QCOMPARE(rows(), QStringList({"UPPER ind 7 -", "b  0 deleted", "c ind 9 -"}));
        QCOMPARE(task->destroy(Where(), DestroyOptions().force().individualHooks()), 2);
        QCOMPARE(task->count(FindOptions().paranoid(false)), qint64(1));
    }
};

QTEST_GUILESS_MAIN(tst_BulkHooks)
#include "tst_bulkhooks.moc"
