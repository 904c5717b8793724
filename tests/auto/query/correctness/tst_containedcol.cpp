// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Op.contained (<@) and Op.col, in C++ and in the map form ({"contained": …}, {"col": …}) that
// JSON and QML give: Sequelize's answer where the database has the operator, a DefinitionError
// (with the data intact) where it has none.

#include <QtSequelize/Errors>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_ContainedCol : public QObject
{
    Q_OBJECT

private:
    static QList<int> ids(ModelDefinition *model, const Where &where)
    {
        QList<int> result;
        for (const auto &row : model->findAll(FindOptions().where(where).order("id")))
            result.append(row->get("id").toInt());
        return result;
    }

private slots:
    // A JSON value contained in the given one: {"kind": "x"} is in {"kind": "x", "n": 1}, and
    // an array in a longer one. PostgreSQL also on ARRAY columns.
    void contained_data() { TestDatabases::addDialectRows(); }
    void contained()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const bool pg = dialect == QLatin1String("postgres");
        Attributes attributes{{"meta", DataTypes::Json()}, {"list", DataTypes::Json()}};
        if (pg)
            attributes.append({"tags", DataTypes::Array(DataTypes::String())});
        ModelDefinition *doc
            = sequelize->define("Doc", attributes, ModelOptions().timestamps(false));
        doc->sync(SyncOptions().force());
        QVariantMap one{{"meta", QJsonObject{{"kind", "x"}}}, {"list", QJsonArray{1, 2}}};
        QVariantMap two{{"meta", QJsonObject{{"kind", "x"}, {"n", 5}}}, {"list", QJsonArray{3}}};
        if (pg) {
            one.insert("tags", QStringList{"a", "b"});
            two.insert("tags", QStringList{"a", "z"});
        }
        doc->bulkCreate({one, two});
        const QJsonObject bigger{{"kind", "x"}, {"n", 1}, {"other", true}};
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError, ids(doc, Op::contained("meta", bigger)));
            QCOMPARE(doc->count(), qint64(2));
            return;
        }
        QCOMPARE(ids(doc, Op::contained("meta", bigger)), QList<int>({1}));
        QCOMPARE(ids(doc, Op::contained("list", QJsonArray{1, 2, 3})), QList<int>({1, 2}));
        QCOMPARE(ids(doc, Op::contained("list", QJsonArray{2, 3})), QList<int>({2}));
        const Where fromMap = Where::fromMap(
            {{"meta", QVariantMap{{"$contained", QVariantMap{{"kind", "x"}, {"n", 5}}}}}});
        QCOMPARE(ids(doc, fromMap), QList<int>({1, 2}));
        if (pg) {
            QCOMPARE(ids(doc, Op::contained("tags", QStringList{"a", "b", "c"})), QList<int>({1}));
            QCOMPARE(
                ids(doc,
                    Where::fromMap({{"tags", QVariantMap{{"contained", QStringList{"a", "z"}}}}})),
                QList<int>({2}));
        }
    }

    // {a: {[Op.col]: 'b'}}: a = b, the other column quoted as an identifier; a value that is no
    // name is refused.
    void col_data() { TestDatabases::addDialectRows(); }
    void col()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *pair
            = sequelize->define("Pair", {{"a", DataTypes::Integer()}, {"b", DataTypes::Integer()}},
                                ModelOptions().timestamps(false));
        pair->sync(SyncOptions().force());
        pair->bulkCreate({{{"a", 1}, {"b", 1}}, {{"a", 1}, {"b", 2}}, {{"a", 3}, {"b", 3}}});
        QCOMPARE(ids(pair, Op::eq("a", Sequelize::col("b"))), QList<int>({1, 3}));
        QCOMPARE(ids(pair, Where::fromMap({{"a", QVariantMap{{"$col", "b"}}}})),
                 QList<int>({1, 3}));
        QCOMPARE(ids(pair, Where::fromMap({{"a", QVariantMap{{"col", "Pair.b"}}}})),
                 QList<int>({1, 3}));
        QCOMPARE(ids(pair,
                     Where::fromMap({{"b", QVariantMap{{"gt", 1}}}})
                         && !Where::fromMap({{"a", QVariantMap{{"col", "b"}}}})),
                 QList<int>({2}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Where::fromMap({{"a", QVariantMap{{"col", 5}}}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 Where::fromMap({{"a", QVariantMap{{"col", ""}}}}));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 ids(pair, Where::fromMap({{"a", QVariantMap{{"col", "nope"}}}})));
        QCOMPARE(pair->count(), qint64(3));
    }
};

QTEST_GUILESS_MAIN(tst_ContainedCol)
#include "tst_containedcol.moc"
