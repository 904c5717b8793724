// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// increment and decrement, ported from Sequelize v6's test/integration/model/increment.test.js
// and instance/increment.test.js on every dialect: by one or more attributes, by a value or 1,
// a where on a column with a field name, scopes, timestamps (silent or not), concurrent
// increments and updates, transactions, and instances created through a scope with attributes.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qdatetime.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Increment : public QObject
{
    Q_OBJECT

    static void addRows()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("sign");
        const QStringList dialects{"sqlite", "postgres", "mariadb"};
        for (const QString &dialect : dialects) {
            QTest::newRow(qPrintable(dialect + ":increment")) << dialect << 1;
            QTest::newRow(qPrintable(dialect + ":decrement")) << dialect << -1;
        }
    }

    // Sequelize's Model.increment / Model.decrement.
    static int change(ModelDefinition *model, int sign, const QVariantMap &by, const Where &where,
                      const UpdateOptions &options = {})
    {
        return sign > 0 ? model->increment(by, where, options)
                        : model->decrement(by, where, options);
    }

    static ModelDefinition *defineUser(Sequelize *sequelize)
    {
        ModelDefinition *user
            = sequelize->define("User",
                                {{"id", Attribute(DataTypes::Integer()).primaryKey()},
                                 {"aNumber", DataTypes::Integer()},
                                 {"bNumber", DataTypes::Integer()},
                                 {"cNumber", Attribute(DataTypes::Integer()).field("c_number")}});
        user->sync(SyncOptions().force());
        user->bulkCreate({{{"id", 1}, {"aNumber", 0}, {"bNumber", 0}},
                          {{"id", 2}, {"aNumber", 0}, {"bNumber", 0}},
                          {{"id", 3}, {"aNumber", 0}, {"bNumber", 0}},
                          {{"id", 4}, {"aNumber", 0}, {"bNumber", 0}, {"cNumber", 0}}});
        return user;
    }

    static QList<int> numbers(ModelDefinition *model, const QString &attribute = "aNumber")
    {
        QList<int> values;
        for (const auto &row : model->findAll(FindOptions().order("id")))
            values.append(row->get(attribute).toInt());
        return values;
    }

private slots:
    void staticForms_data() { addRows(); }
    void staticForms()
    {
        QFETCH(int, sign);
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        QCOMPARE(change(user, sign, {{"aNumber", 2}}, {{"id", 1}}), 1);
        QCOMPARE(user->findByPk(2)->get("aNumber").toInt(), 0);
        QCOMPARE(user->findByPk(1)->get("aNumber").toInt(), 2 * sign);
        // A where on an attribute whose column is c_number.
        change(user, sign, {{"aNumber", 2}}, {{"cNumber", 0}});
        QCOMPARE(user->findByPk(4)->get("aNumber").toInt(), 2 * sign);
        // Every row, three times.
        const QList<int> before = numbers(user);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(change(user, sign, {{"aNumber", 2}}, Where()), 4);
        const QList<int> after = numbers(user);
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i) + 6 * sign);
        // Several attributes, each by its own value.
        change(user, sign, {{"aNumber", 1}, {"bNumber", 2}}, Where());
        QCOMPARE(numbers(user, "bNumber"), QList<int>(4, 2 * sign));
        // After an update.
        user->update({{"aNumber", 2}}, Where());
        change(user, sign, {{"aNumber", 2}}, Where());
        QCOMPARE(numbers(user), QList<int>(4, sign > 0 ? 4 : 0));
        // Not a number attribute, or none: refused before SQL.
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, change(user, sign, {{"nope", 1}}, Where()));
        QCOMPARE(numbers(user), QList<int>(4, sign > 0 ? 4 : 0));
    }

    void timestamps_data() { addRows(); }
    void timestamps()
    {
        QFETCH(int, sign);
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user
            = sequelize->define("IncrementUser", {{"aNumber", DataTypes::Integer()}});
        user->sync(SyncOptions().force());
        const auto created = user->create({{"aNumber", 1}});
        const QDateTime oldDate = created->get("updatedAt").toDateTime();
        QTest::qWait(20);
        change(user, sign, {{"aNumber", 1}}, Where());
        const auto changed = user->findByPk(1);
        QCOMPARE(changed->get("aNumber").toInt(), 1 + sign);
        QVERIFY(changed->get("updatedAt").toDateTime() > oldDate);
        const QDateTime second = changed->get("updatedAt").toDateTime();
        QTest::qWait(20);
        change(user, sign, {{"aNumber", 1}}, Where(), UpdateOptions().silent());
        QCOMPARE(user->findByPk(1)->get("updatedAt").toDateTime(), second);
        // The instance's increment likewise.
        QTest::qWait(20);
        auto instance = user->findByPk(1);
        if (sign > 0)
            instance->increment("aNumber", 1);
        else
            instance->decrement("aNumber", 1);
        instance->reload();
        QVERIFY(instance->get("updatedAt").toDateTime() > second);
        const QDateTime third = instance->get("updatedAt").toDateTime();
        QTest::qWait(20);
        if (sign > 0)
            instance->increment("aNumber", 1, SaveOptions().silent());
        else
            instance->decrement("aNumber", 1, SaveOptions().silent());
        QCOMPARE(user->findByPk(1)->get("updatedAt").toDateTime(), third);
        QCOMPARE(user->findByPk(1)->get("aNumber").toInt(), 1 + 4 * sign);
    }

    void scopes_data() { addRows(); }
    void scopes()
    {
        QFETCH(int, sign);
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "User", {{"aNumber", DataTypes::Integer()}, {"name", DataTypes::String()}});
        user->addScope("jeff", FindOptions().where({{"name", "Jeff"}}));
        user->sync(SyncOptions().force());
        user->bulkCreate(
            {{{"aNumber", 1}, {"name", "Jeff"}}, {{"aNumber", 3}, {"name", "Not Jeff"}}});
        change(user, sign, {{"aNumber", 1}}, Where(), UpdateOptions().scope("jeff"));
        QCOMPARE(user->findOne(FindOptions().scopes({"jeff"}))->get("aNumber").toInt(), 1 + sign);
        QCOMPARE(user->findOne(FindOptions().where({{"name", "Not Jeff"}}))->get("aNumber").toInt(),
                 3);
        // A default scope limits it too, unless unscoped.
        user->addScope("defaultScope", FindOptions().where({{"name", "Not Jeff"}}));
        change(user, sign, {{"aNumber", 1}}, Where());
        QCOMPARE(user->findOne()->get("aNumber").toInt(), 3 + sign);
        change(user, sign, {{"aNumber", 1}}, Where(), UpdateOptions().unscoped());
        QCOMPARE(user->findOne(FindOptions().scopes({"jeff"}))->get("aNumber").toInt(),
                 1 + 2 * sign);
    }

    // An instance read through a scope with attributes (or exclusions) still increments.
    void instanceFromScope_data() { addRows(); }
    void instanceFromScope()
    {
        QFETCH(int, sign);
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        user->addScope("onlyB", FindOptions().attributes({"id", "bNumber"}));
        user->addScope("noA", FindOptions().excludeAttributes({"aNumber"}));
        for (const QString &scope : {QStringLiteral("onlyB"), QStringLiteral("noA")}) {
            user->create({{"id", 5}, {"aNumber", 5}});
            const auto partial = user->findOne(FindOptions().scopes({scope}).where({{"id", 5}}));
            QVERIFY(partial->get("aNumber").isNull());
            if (sign > 0)
                partial->increment("aNumber", 2);
            else
                partial->decrement("aNumber", 2);
            QCOMPARE(user->findByPk(5)->get("aNumber").toInt(), 5 + 2 * sign);
            QCOMPARE(partial->get("aNumber").toInt(), 5 + 2 * sign);
            user->destroy({{"id", 5}});
        }
    }

    void instanceForms_data() { addRows(); }
    void instanceForms()
    {
        QFETCH(int, sign);
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        auto user1 = user->findByPk(1);
        auto apply = [&](const QSharedPointer<Model> &u, const QVariantMap &by,
                         const SaveOptions &options = {}) {
            if (sign > 0)
                u->increment(by, options);
            else
                u->decrement(by, options);
        };
        apply(user1, {{"aNumber", 2}});
        QCOMPARE(user1->get("aNumber").toInt(), 2 * sign); // the new value is read back
        QCOMPARE(user->findByPk(1)->get("aNumber").toInt(), 2 * sign);
        if (sign > 0)
            user1->increment("aNumber");
        else
            user1->decrement("aNumber");
        QCOMPARE(user->findByPk(1)->get("aNumber").toInt(), 3 * sign);
        if (sign > 0)
            user1->increment(QStringList{"aNumber", "bNumber"}, 2);
        else
            user1->decrement(QStringList{"aNumber", "bNumber"}, 2);
        QCOMPARE(user->findByPk(1)->get("bNumber").toInt(), 2 * sign);
        // Against a concurrent update: the increment adds to what the row holds.
        const auto other = user->findByPk(1);
        other->update({{"aNumber", other->get("aNumber").toInt() + 1}});
        apply(user1, {{"aNumber", 2}});
        QCOMPARE(user->findByPk(1)->get("aNumber").toInt(), 7 * sign + 1);
        // Three times from one stale instance.
        for (int i = 0; i < 3; ++i)
            apply(user1, {{"aNumber", 2}});
        QCOMPARE(user->findByPk(1)->get("aNumber").toInt(), 13 * sign + 1);
        apply(user1, {{"aNumber", 1}, {"bNumber", 2}});
        const auto now = user->findByPk(1);
        QCOMPARE(now->get("aNumber").toInt(), 14 * sign + 1);
        QCOMPARE(now->get("bNumber").toInt(), 4 * sign);
        // In a transaction: others see the old value until it commits.
        const QSharedPointer<Transaction> t = sequelize->transaction();
        apply(user1, {{"aNumber", 2}}, SaveOptions().transaction(t.data()));
        QCOMPARE(user->findByPk(1, FindOptions().transaction(t.data()))->get("aNumber").toInt(),
                 16 * sign + 1);
        if (sequelize->dialect() != QLatin1String("sqlite")) // one connection on SQLite
            QCOMPARE(user->findByPk(1)->get("aNumber").toInt(), 14 * sign + 1);
        t->rollback();
        QCOMPARE(user->findByPk(1)->get("aNumber").toInt(), 14 * sign + 1);

        // instance/decrement.test.js "with negative value" (and increment's): a negative
        // amount goes the other way, in each of the three forms.
        const auto user2 = user->findByPk(2);
        if (sign > 0) {
            user2->increment("aNumber", -2);
            user2->increment(QStringList{"aNumber", "bNumber"}, -2);
        } else {
            user2->decrement("aNumber", -2);
            user2->decrement(QStringList{"aNumber", "bNumber"}, -2);
        }
        apply(user2, {{"aNumber", -1}, {"bNumber", -2}});
        const auto negative = user->findByPk(2);
        QCOMPARE(negative->get("aNumber").toInt(), -5 * sign);
        QCOMPARE(negative->get("bNumber").toInt(), -4 * sign);
    }

    // No attribute: Sequelize sets updatedAt alone (the statement was "SET , updatedAt", a
    // DatabaseError); without timestamps there is nothing to set. A text, date or boolean
    // attribute is refused: SQLite stored 'text' + 1 as 1.
    void nothingOrNonNumeric_data() { addRows(); }
    void nothingOrNonNumeric()
    {
        QFETCH(int, sign);
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const auto user1 = user->findByPk(1);
        const QDateTime before = user1->get("updatedAt").toDateTime();
        QTest::qWait(20);
        QCOMPARE(change(user, sign, {}, {{"id", 1}}), 1);
        const auto touched = user->findByPk(1);
        QVERIFY(touched->get("updatedAt").toDateTime() > before);
        QCOMPARE(touched->get("aNumber").toInt(), 0);
        if (sign > 0)
            user1->increment(QVariantMap());
        else
            user1->decrement(QVariantMap());
        QCOMPARE(user1->get("aNumber").toInt(), 0);

        ModelDefinition *counter = sequelize->define("Counter",
                                                     {{"n", DataTypes::Integer()},
                                                      {"label", DataTypes::String()},
                                                      {"at", DataTypes::Date()},
                                                      {"on", DataTypes::Boolean()}},
                                                     ModelOptions().timestamps(false));
        counter->sync(SyncOptions().force());
        const auto row = counter->create({{"n", 1}, {"label", "x"}, {"on", false}});
        QVERIFY_THROWS_EXCEPTION(DefinitionError, change(counter, sign, {}, {{"n", 1}}));
        for (const char *attribute : {"label", "at", "on"}) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                     change(counter, sign, {{attribute, 1}}, Where()));
            QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                     change(counter, sign, {{"n", 1}, {attribute, 1}}, Where()));
        }
        const auto stored = counter->findByPk(row->get("id"));
        QCOMPARE(stored->get("n").toInt(), 1);
        QCOMPARE(stored->get("label").toString(), QStringLiteral("x"));
    }

    // An amount of NULL set the column to NULL (n + NULL), and NaN stored NULL on SQLite: each is
    // a DefinitionError, in the static and the instance form, and the row keeps its values.
    void nullOrNanAmount_data() { addRows(); }
    void nullOrNanAmount()
    {
        QFETCH(int, sign);
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *gauge = sequelize->define(
            "Gauge", {{"n", DataTypes::Integer()}, {"level", DataTypes::Double()}},
            ModelOptions().timestamps(false));
        gauge->sync(SyncOptions().force());
        const auto row = gauge->create({{"n", 1}, {"level", 1.5}});
        for (const QVariant &amount : {QVariant(), QVariant(QMetaType::fromType<int>()),
                                       QVariant(qQNaN()), QVariant(QStringLiteral("NaN"))}) {
            for (const char *attribute : {"n", "level"}) {
                const QVariantMap by{{attribute, amount}};
                QVERIFY_THROWS_EXCEPTION(DefinitionError, change(gauge, sign, by, Where()));
                QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                         sign > 0 ? row->increment(by) : row->decrement(by));
            }
        }
        const auto stored = gauge->findByPk(row->get("id"));
        QCOMPARE(stored->get("n").toInt(), 1);
        QCOMPARE(stored->get("level").toDouble(), 1.5);
        // A number still is one.
        QCOMPARE(change(gauge, sign, {{"level", 0.25}}, Where()), 1);
        QCOMPARE(gauge->findByPk(row->get("id"))->get("level").toDouble(), 1.5 + sign * 0.25);
    }

    // An instance's increment writes only its attributes: a change set() made to another one
    // stays pending for the next save() (it was dropped by the refresh from the stored row, so
    // that save() wrote nothing), while the incremented value and a column another client
    // changed are read from the row.
    void keepsPendingChanges_data() { addRows(); }
    void keepsPendingChanges()
    {
        QFETCH(int, sign);
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = sequelize->define("Account",
                                                     {{"name", DataTypes::String()},
                                                      {"balance", DataTypes::Integer()},
                                                      {"other", DataTypes::Integer()}});
        account->sync(SyncOptions().force());
        const auto row = account->create({{"name", "anna"}, {"balance", 7}, {"other", 1}});
        account->update({{"other", 99}}, Where{{"id", row->get("id")}});
        row->set("name", "inc");
        row->set("balance", 100); // the incremented attribute: the stored value wins
        sign > 0 ? row->increment("balance", 3) : row->decrement("balance", 3);
        QCOMPARE(row->get("name").toString(), QStringLiteral("inc"));
        QCOMPARE(row->changed(), QStringList{"name"});
        QCOMPARE(row->previous("name").toString(), QStringLiteral("anna"));
        QCOMPARE(row->get("balance").toInt(), 7 + sign * 3);
        QCOMPARE(row->get("other").toInt(), 99);
        auto stored = account->findByPk(row->get("id"));
        QCOMPARE(stored->get("name").toString(), QStringLiteral("anna"));
        row->save();
        stored = account->findByPk(row->get("id"));
        QCOMPARE(stored->get("name").toString(), QStringLiteral("inc"));
        QCOMPARE(stored->get("balance").toInt(), 7 + sign * 3);
        QCOMPARE(stored->get("other").toInt(), 99);
    }
};

QTEST_GUILESS_MAIN(tst_Increment)
#include "tst_increment.moc"
