// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Model-level validators (Sequelize's validate option of a model) on every path that writes,
// compared with Sequelize 6.37.8 on the three databases: they run whatever the attribute
// validators gave (the error lists both, in Sequelize's order: NOT NULL, custom attribute
// validators, model validators, built-in attribute validators), and also when only some
// attributes are validated (a save of the changed ones, SaveOptions::fields(), a static
// update's values, an upsert), where they once did not run at all, so a static update or a save
// stored what a model validator forbids. validate(false) skips them; the data stays intact.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_ModelValidators : public QObject
{
    Q_OBJECT

    static QStringList paths(const ValidationError &error)
    {
        QStringList result;
        for (const ValidationErrorItem &item : error.errors())
            result.append(item.path() + QLatin1Char(':') + item.validatorKey());
        return result;
    }

    // Sequelize's scenario: lo <= hi when both are given; "nine" refuses lo = 9.
    static ModelDefinition *defineRanges(Sequelize *s)
    {
        auto *range = s->define(
            "Range",
            {{"email", Attribute(DataTypes::String()).validate(Validator::isEmail())},
             {"name",
              Attribute(DataTypes::String()).allowNull(false).validate(Validator::len(2, 10))},
             {"age",
              Attribute(DataTypes::Integer())
                  .validate(Validator::min(0))
                  .validate(Validator::custom("custom",
                                              [](const QVariant &v, QString *message) {
                                                  if (v.toInt() != -2)
                                                      return true;
                                                  *message = QStringLiteral("minus two");
                                                  return false;
                                              }))},
             {"lo", DataTypes::Integer()},
             {"hi", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        range->addValidator("order", [](const Model *m, QString *message) {
            if (m->get("lo").isNull() || m->get("hi").isNull()
                || m->get("lo").toInt() <= m->get("hi").toInt())
                return true;
            *message = QStringLiteral("lo > hi");
            return false;
        });
        range->addValidator("second", [](const Model *m, QString *message) {
            if (m->get("lo").toInt() != 9)
                return true;
            *message = QStringLiteral("nine");
            return false;
        });
        s->sync(SyncOptions().force());
        return range;
    }

    // Each row as "name lo hi".
    static QStringList stored(ModelDefinition *range)
    {
        QStringList rows;
        for (const QVariantMap &row : range->findAllRaw(FindOptions().order("id")))
            rows.append(QStringList{row.value("name").toString(), row.value("lo").toString(),
                                    row.value("hi").toString()}
                            .join(QLatin1Char(' ')));
        return rows;
    }

private slots:
    // Sequelize reports the attribute and the model validators together, in this order.
    void reportedTogether_data() { TestDatabases::addDialectRows(); }
    void reportedTogether()
    {
        QSQ_OPEN_DIALECT(s);
        auto *range = defineRanges(s.get());
        const QList<QPair<QVariantMap, QStringList>> cases{
            {{{"age", -1}, {"lo", 9}, {"hi", 1}, {"name", "ab"}},
             {"order:order", "second:second", "age:min"}},
            {{{"age", -2}, {"lo", 9}, {"hi", 1}},
             {"name:is_null", "age:custom", "order:order", "second:second", "age:min"}},
            {{{"email", "x"}, {"lo", 9}, {"hi", 1}, {"name", "ab"}},
             {"order:order", "second:second", "email:isEmail"}},
            {{{"lo", 9}, {"hi", 1}, {"name", "a"}}, {"order:order", "second:second", "name:len"}},
        };
        for (const auto &[values, expected] : cases) {
            try {
                range->create(values);
                QFAIL("no ValidationError");
            } catch (const ValidationError &e) {
                QCOMPARE(paths(e), expected);
                QCOMPARE(e.errors().at(expected.indexOf("order:order")).message(),
                         QString("lo > hi"));
            }
        }
        QCOMPARE(range->count(), qint64(0));
    }

    // A static update validates a model built from its values: a model validator that needs
    // both given values refuses them; with one of them it passes (the other is null there).
    void staticUpdate_data() { TestDatabases::addDialectRows(); }
    void staticUpdate()
    {
        QSQ_OPEN_DIALECT(s);
        auto *range = defineRanges(s.get());
        range->create({{"name", "ann"}, {"lo", 1}, {"hi", 2}});
        const Where all = Where::fromMap({{"name", "ann"}});
        try {
            range->update({{"lo", 5}, {"hi", 1}}, all);
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(paths(e), QStringList{"order:order"});
        }
        try {
            range->update({{"lo", 9}}, all);
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(paths(e), QStringList{"second:second"});
        }
        QCOMPARE(stored(range), QStringList{"ann 1 2"});
        QCOMPARE(range->update({{"lo", 5}}, all), 1); // as Sequelize: hi is not in the values
        QCOMPARE(range->update({{"lo", 9}, {"hi", 1}}, all, UpdateOptions().validate(false)), 1);
        QCOMPARE(stored(range), QStringList{"ann 9 1"});
    }

    // An instance's save validates its changed attributes (or the fields given) and every
    // model validator, on the instance's values.
    void instanceSave_data() { TestDatabases::addDialectRows(); }
    void instanceSave()
    {
        QSQ_OPEN_DIALECT(s);
        auto *range = defineRanges(s.get());
        const auto row = range->create({{"name", "ann"}, {"lo", 1}, {"hi", 2}});
        row->set("lo", 5);
        try {
            row->save();
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(paths(e), QStringList{"order:order"});
        }
        // Not among the fields saved, lo still makes the instance invalid.
        row->set("name", "bob");
        QVERIFY_THROWS_EXCEPTION(ValidationError, row->save(SaveOptions().fields({"name"})));
        try {
            row->update({{"age", -1}});
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(paths(e), QStringList({"order:order", "age:min"}));
        }
        QCOMPARE(stored(range), QStringList{"ann 1 2"});
        row->set("lo", 2);
        row->save(SaveOptions().fields({"name", "lo"}));
        QCOMPARE(stored(range), QStringList{"bob 2 2"});
        row->set("lo", 9);
        row->save(SaveOptions().validate(false));
        QCOMPARE(stored(range), QStringList{"bob 9 2"});
    }

    // upsert validates a model built from its values; bulkCreate with validate(true) reports
    // the record (without it, as in Sequelize, nothing is validated).
    void upsertAndBulkCreate_data() { TestDatabases::addDialectRows(); }
    void upsertAndBulkCreate()
    {
        QSQ_OPEN_DIALECT(s);
        auto *range = defineRanges(s.get());
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 range->upsert({{"id", 1}, {"name", "ann"}, {"lo", 3}, {"hi", 1}}));
        QVERIFY_THROWS_EXCEPTION(AggregateError,
                                 range->bulkCreate({{{"name", "ab"}, {"lo", 9}, {"hi", 10}}},
                                                   BulkCreateOptions().validate(true)));
        QCOMPARE(range->count(), qint64(0));
        range->bulkCreate({{{"name", "ab"}, {"lo", 3}, {"hi", 1}}});
        QCOMPARE(stored(range), QStringList{"ab 3 1"});
    }
};

QTEST_GUILESS_MAIN(tst_ModelValidators)
#include "tst_modelvalidators.moc"
