// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A number an integer attribute cannot hold as the operand of a comparison: Sequelize writes
// it into the SQL (`"n" > 2.5`), so the database compares by value; here it is bound as the
// number, with the same rows on every dialect. Finders, counts, update and destroy; the map form
// that JSON and QML give (their numbers are doubles); NULL rows stay out of a negation as SQL's
// three-valued logic keeps them out. What no database compares (NaN, infinities, text that is
// not an integer) is still a ValidationError, with the data intact.

#include <QtSequelize/Errors>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include <limits>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_NumericOperands : public QObject
{
    Q_OBJECT

private:
    // n, b, s hold 1..5 (ids 1..5); row 6 holds NULLs.
    static ModelDefinition *things(Sequelize *sequelize)
    {
        auto *thing = sequelize->define(
            "Thing",
            {{"n", DataTypes::Integer()}, {"b", DataTypes::BigInt()}, {"s", DataTypes::SmallInt()}},
            ModelOptions().timestamps(false));
        sequelize->sync(SyncOptions().force());
        for (int i = 1; i <= 5; ++i)
            thing->create({{"n", i}, {"b", i}, {"s", i}});
        thing->create({});
        return thing;
    }

    static QList<int> ids(ModelDefinition *model, const Where &where)
    {
        QList<int> result;
        for (const auto &row : model->findAll(FindOptions().where(where).order("id")))
            result.append(row->get("id").toInt());
        return result;
    }

private slots:
    void comparisons_data() { TestDatabases::addDialectRows(); }
    void comparisons()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *thing = things(sequelize.get());
        const qint64 wide = 3000000000LL; // past INTEGER, within BIGINT
        const quint64 widest = std::numeric_limits<quint64>::max();
        const QList<std::pair<Where, QList<int>>> cases{
            {Op::gt("n", 2.5), {3, 4, 5}},
            {Op::gte("n", 2.5), {3, 4, 5}},
            {Op::lt("n", 2.5), {1, 2}},
            {Op::lte("n", 2.5), {1, 2}},
            {Op::eq("n", 2.5), {}},
            {Op::ne("n", 2.5), {1, 2, 3, 4, 5}},
            {!Op::eq("n", 2.5), {1, 2, 3, 4, 5}},
            {Op::eq("n", 3.0), {3}},
            {Op::gt("n", -0.5), {1, 2, 3, 4, 5}},
            {Op::between("n", 1.5, 3.5), {2, 3}},
            {Op::notBetween("n", 1.5, 3.5), {1, 4, 5}},
            {Op::in("n", QVariantList{2.5, 3, 4.0}), {3, 4}},
            {Op::notIn("n", QVariantList{2.5, 3}), {1, 2, 4, 5}},
            {Op::in("n",
                    QVariantList{0.5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}),
             {1, 2, 3, 4, 5}},
            {Op::gt("n", Op::any(QVariantList{4.5, 9.5})), {5}},
            {Op::lt("n", wide), {1, 2, 3, 4, 5}},
            {Op::gt("n", wide), {}},
            {Op::gt("n", -wide), {1, 2, 3, 4, 5}},
            {Op::lt("n", 1e300), {1, 2, 3, 4, 5}},
            {Op::gt("n", -1e300), {1, 2, 3, 4, 5}},
            {Op::lt("s", 40000), {1, 2, 3, 4, 5}},
            {Op::lt("b", 4.2), {1, 2, 3, 4}},
            {Op::lt("b", wide), {1, 2, 3, 4, 5}},
            {Op::lt("b", std::numeric_limits<qint64>::max()), {1, 2, 3, 4, 5}},
            {Op::lt("b", widest), {1, 2, 3, 4, 5}},
            {Op::gt("b", widest), {}},
            {Op::gt("b", 1e19), {}},
            {Where::fromMap({{"n", QVariantMap{{"gt", 2.5}}}}), {3, 4, 5}},
            {Where::fromMap({{"n", QVariantMap{{"between", QVariantList{0.5, 2.5}}}}}), {1, 2}},
        };
        for (const auto &[where, expected] : cases) {
            QCOMPARE(ids(thing, where), expected);
            QCOMPARE(thing->count(FindOptions().where(where)), qint64(expected.size()));
        }
        QCOMPARE(thing->update({{"s", 9}}, Op::gt("n", 4.5)), 1);
        QCOMPARE(ids(thing, Op::eq("s", 9)), QList<int>{5});
        QCOMPARE(thing->destroy(Op::lt("b", 1.5)), 1);
        QCOMPARE(thing->count(), qint64(5));
    }

    void stillRefused_data() { TestDatabases::addDialectRows(); }
    void stillRefused()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *thing = things(sequelize.get());
        const QList<Where> refused{
            Op::gt("n", qQNaN()),
            Op::gt("n", qInf()),
            Op::eq("n", "2.5"),
            Op::eq("n", "abc"),
        };
        for (const Where &where : refused) {
            QVERIFY_THROWS_EXCEPTION(ValidationError, thing->count(FindOptions().where(where)));
            QVERIFY_THROWS_EXCEPTION(ValidationError, thing->destroy(where));
        }
        // A value to write is still one the attribute holds.
        QVERIFY_THROWS_EXCEPTION(ValidationError, thing->update({{"n", 2.5}}, Op::eq("n", 1)));
        QVERIFY_THROWS_EXCEPTION(ValidationError, thing->create({{"n", 3000000000LL}}));
        QCOMPARE(thing->count(), qint64(6));
        QCOMPARE(ids(thing, Op::eq("n", 1)), QList<int>{1});
    }
};

QTEST_GUILESS_MAIN(tst_NumericOperands)
#include "tst_numericoperands.moc"
