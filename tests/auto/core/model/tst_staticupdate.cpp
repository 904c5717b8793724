// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Static update(), ported from Sequelize v6's test/integration/model/update.test.js, on every
// dialect: only the given fields are written, nothing to write means no statement and 0 rows
// (with and without timestamps), changes are gone after reload, and the updated rows come back.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Validator>

#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include <algorithm>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_StaticUpdate : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineAccount(Sequelize *sequelize, const char *name,
                                          const ModelOptions &options = {})
    {
        ModelDefinition *account = sequelize->define(
            QLatin1String(name),
            {{"ownerId", Attribute(DataTypes::Integer()).allowNull(false).field("owner_id")},
             {"name", DataTypes::String()}},
            options);
        account->sync(SyncOptions().force());
        return account;
    }

private slots:
    void onlyGivenFields_data() { TestDatabases::addDialectRows(); }
    void onlyGivenFields()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = defineAccount(sequelize.get(), "Account");
        const auto made = account->create({{"ownerId", 2}, {"name", "before"}});
        QCOMPARE(account->update({{"name", "after"}}, Op::eq("id", made->get("id"))), 1);
        const auto stored = account->findByPk(made->get("id"));
        QCOMPARE(stored->get("name").toString(), QStringLiteral("after"));
        QCOMPARE(stored->get("ownerId").toInt(), 2);
    }

    // Nothing of the values is an attribute: no UPDATE (not even of updatedAt), 0 rows.
    void nothingToWrite_data() { TestDatabases::addDialectRows(); }
    void nothingToWrite()
    {
        QSQ_OPEN_DIALECT(sequelize);
        for (const bool timestamps : {true, false}) {
            ModelDefinition *account
                = defineAccount(sequelize.get(), timestamps ? "Account" : "Model",
                                ModelOptions().timestamps(timestamps));
            const auto made = account->create({{"ownerId", 3}});
            QThread::msleep(15); // an UPDATE of updatedAt would show
            QCOMPARE(account->update({{"unknownField", "haha"}}, Op::eq("ownerId", 3)), 0);
            if (timestamps)
                QCOMPARE(account->findByPk(made->get("id"))->get("updatedAt"),
                         made->get("updatedAt"));
        }
    }

    void changedAfterReload_data() { TestDatabases::addDialectRows(); }
    void changedAfterReload()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = defineAccount(sequelize.get(), "Account");
        const auto made = account->create({{"ownerId", 2}, {"name", "foo"}});
        made->set("name", "bar");
        QCOMPARE(made->changed(), QStringList({"name"}));
        made->reload();
        QVERIFY(made->changed().isEmpty());
        QCOMPARE(made->get("name").toString(), QStringLiteral("foo"));
    }

    void returnsUpdatedRows_data() { TestDatabases::addDialectRows(); }
    void returnsUpdatedRows()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = defineAccount(sequelize.get(), "Account");
        const auto made = account->create({{"ownerId", 2}});
        account->create({{"ownerId", 5}});
        if (sequelize->dialect() == QLatin1String("mariadb")) {
            // No UPDATE ... RETURNING on MariaDB: refused, nothing written.
            QVERIFY_THROWS_EXCEPTION(
                DefinitionError,
                account->updateReturning({{"name", "FooBar"}}, Op::eq("id", made->get("id"))));
            QCOMPARE(account->count(FindOptions().where({{"name", "FooBar"}})), qint64(0));
            return;
        }
        const auto rows
            = account->updateReturning({{"name", "FooBar"}}, Op::eq("id", made->get("id")));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0]->get("ownerId").toInt(), 2);
        QCOMPARE(rows[0]->get("name").toString(), QStringLiteral("FooBar"));
        QCOMPARE(account->count(FindOptions().where({{"name", "FooBar"}})), qint64(1));
    }

    // update({individualHooks}) returns the instances it read for the hooks, as written, on
    // every database: MariaDB, which has no RETURNING, too (Sequelize's result[1]).
    void individualHooksReturnInstances_data() { TestDatabases::addDialectRows(); }
    void individualHooksReturnInstances()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = defineAccount(sequelize.get(), "Account");
        const auto made = account->create({{"ownerId", 2}});
        account->create({{"ownerId", 5}});
        account->create({{"ownerId", 7}});
        const auto rows = account->updateReturning({{"name", "Hooked"}}, Op::lt("ownerId", 6),
                                                   UpdateOptions().individualHooks());
        QCOMPARE(rows.size(), 2);
        QList<int> owners;
        for (const auto &row : rows) {
            QCOMPARE(row->get("name").toString(), QStringLiteral("Hooked"));
            QVERIFY(row->changed().isEmpty());
            QVERIFY(!row->isNewRecord());
            owners.append(row->get("ownerId").toInt());
        }
        std::sort(owners.begin(), owners.end());
        QCOMPARE(owners, QList<int>({2, 5}));
        QCOMPARE(account->count(FindOptions().where({{"name", "Hooked"}})), qint64(2));
        QCOMPARE(account->findByPk(made->get("id"))->get("name").toString(),
                 QStringLiteral("Hooked"));
    }

    // Sequelize's update(values, {validate: false}): written without the validators or the
    // validate hooks (there was no such option: a ported call could not be written); the bulk
    // hooks still run.
    void validateFalse_data() { TestDatabases::addDialectRows(); }
    void validateFalse()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *account = s->define(
            "Account", {{"name", Attribute(DataTypes::String()).validate(Validator::len(2, 10))}});
        account->sync(SyncOptions().force());
        const auto row = account->create({{"name", "aa"}});
        struct Count : ModelHooks
        {
            int validations = 0;
            int failed = 0;
            int bulk = 0;
            void beforeValidate(Model *, const HookOptions &) override { ++validations; }
            void validationFailed(Model *, const HookOptions &, const ValidationError &) override
            {
                ++failed;
            }
            void beforeBulkUpdate(QVariantMap &, Where &, const HookOptions &) override { ++bulk; }
        };
        const auto hooks = QSharedPointer<Count>::create();
        account->addHooks(hooks);
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 account->update({{"name", "x"}}, Where{{"id", row->get("id")}}));
        QCOMPARE(hooks->validations, 1);
        QCOMPARE(hooks->failed, 1); // as Sequelize's: the built instance's validationFailed
        QCOMPARE(account->update({{"name", "x"}}, Where{{"id", row->get("id")}},
                                 UpdateOptions().validate(false)),
                 1);
        QCOMPARE(hooks->validations, 1);
        QCOMPARE(hooks->bulk, 1);
        QCOMPARE(account->findByPk(row->get("id"))->get("name").toString(), QStringLiteral("x"));
    }

    // Compared with Sequelize 6.37.8: the values a static update writes are those of the
    // model built from them after its validate hooks (a beforeValidate hook's change to a
    // given attribute is written, to another one not; it was dropped); a setter's writes to
    // other attributes are written unless sideEffects(false); fields() limits both.
    void validatedValuesWritten_data() { TestDatabases::addDialectRows(); }
    void validatedValuesWritten()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = s->define(
            "SUser",
            {{"email", Attribute(DataTypes::String()).set([](Model &m, const QVariant &v) {
                  m.setDataValue("email", v.toString().toLower());
                  m.setDataValue("domain", v.toString().section(QLatin1Char('@'), 1));
              })},
             {"domain", DataTypes::String()},
             {"name", DataTypes::String()},
             {"n", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        user->sync(SyncOptions().force());
        user->create({{"email", "A@X.COM"}, {"name", "a"}, {"n", 1}});
        const auto row = [&] {
            const QVariantMap r = user->findAllRaw().value(0);
            return QStringList{r.value("email").toString(), r.value("domain").toString(),
                               r.value("name").toString(), r.value("n").toString()};
        };
        const Where all;
        QCOMPARE(row(), QStringList({"a@x.com", "X.COM", "a", "1"}));
        user->update({{"email", "B@Y.ORG"}}, all);
        QCOMPARE(row(), QStringList({"b@y.org", "Y.ORG", "a", "1"}));
        user->update({{"email", "D@W.IO"}}, all, UpdateOptions().sideEffects(false));
        QCOMPARE(row(), QStringList({"d@w.io", "Y.ORG", "a", "1"}));
        struct Adjust : ModelHooks
        {
            void beforeValidate(Model *m, const HookOptions &) override
            {
                if (m->get("name") == QLatin1String("hook"))
                    m->set("name", "changed");
                if (m->get("n") == 5)
                    m->set("n", 50);
                if (m->get("name") == QLatin1String("other"))
                    m->set("n", 77); // not among the values: not written
            }
        };
        user->addHooks(QSharedPointer<Adjust>::create());
        user->update({{"name", "hook"}, {"n", 5}}, all);
        QCOMPARE(row(), QStringList({"d@w.io", "Y.ORG", "changed", "50"}));
        user->update({{"name", "other"}}, all);
        QCOMPARE(row(), QStringList({"d@w.io", "Y.ORG", "other", "50"}));
        user->update({{"name", "f"}, {"n", 9}}, all, UpdateOptions().fields({"n"}));
        QCOMPARE(row(), QStringList({"d@w.io", "Y.ORG", "other", "9"}));
        user->update({{"email", "E@V.COM"}}, all, UpdateOptions().fields({"email"}));
        QCOMPARE(row(), QStringList({"e@v.com", "V.COM", "other", "9"}));
        // hooks(false): no validate hooks, the values as given (after their setters).
        user->update({{"name", "hook"}}, all, UpdateOptions().hooks(false));
        QCOMPARE(row(), QStringList({"e@v.com", "V.COM", "hook", "9"}));
    }
};

QTEST_GUILESS_MAIN(tst_StaticUpdate)
#include "tst_staticupdate.moc"
