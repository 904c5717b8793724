// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Logical groups whose members write no SQL, read as Sequelize v6's query generator reads them
// (_whereGroupBind): an empty object or an and: [] is left out of an and or an or, an or left
// with nothing matches no row ({or: [{}]} is 0 = 1), and so does a not of nothing; a not of a
// list is not (a and b). Conditions Sequelize refuses, or reads as every row where one would
// expect none, are refused before any SQL runs and leave the rows in place. A list compared with
// an ARRAY attribute is the array (PostgreSQL), not IN. On every dialect.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_ConditionGroups : public QObject
{
    Q_OBJECT

    static ModelDefinition *tags(Sequelize *s) { return TestDatabases::defineTags(s); }
    static Where map(const char *json)
    {
        return Where::fromJson(QJsonDocument::fromJson(json).object());
    }
    static QStringList names(ModelDefinition *model, const Where &where)
    {
        QStringList out;
        for (const auto &row : model->findAll(FindOptions().where(where).order("name")))
            out.append(row->get("name").toString());
        return out;
    }

private slots:
    // The braces form reads a map value as the map form does, as Sequelize's {hits: {[Op.gt]:
    // 4}} and {meta: {kind: 'a'}}: it was an equality with the map (a ValidationError, or on a
    // JSON column a whole-document comparison that found 1 of 2 rows on SQLite and MariaDB,
    // and failed on PostgreSQL), and "or" was taken for an attribute.
    void bracedMapValues_data() { TestDatabases::addDialectRows(); }
    void bracedMapValues()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *tag = tags(s.get());
        QCOMPARE(names(tag, {{"hits", QVariantMap{{"gt", 4}}}}), (QStringList{"b", "c"}));
        QCOMPARE(names(tag, {{"name", "b"}, {"hits", QVariantMap{{"gte", 5}}}}), QStringList{"b"});
        QCOMPARE(names(tag, {{"hits", QVariantMap{{"gt", 4}, {"lt", 7}}}}), QStringList{"b"});
        QCOMPARE(
            names(tag,
                  {{"or", QVariantList{QVariantMap{{"name", "a"}}, QVariantMap{{"hits", 7}}}}}),
            (QStringList{"a", "c"}));
        QCOMPARE(
            names(tag, {{"not", QVariantMap{{"name", "a"}}}, {"hits", QVariantMap{{"ne", 9}}}}),
            (QStringList{"b", "c"}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 tag->findAll(FindOptions().where({{"hits", QVariantMap()}})));
        // Plain values keep their meaning: a list is IN, null is IS NULL.
        QCOMPARE(names(tag, {{"hits", QVariantList{3, 7}}}), (QStringList{"a", "c"}));
        QCOMPARE(names(tag, {{"hits", QVariant()}}), QStringList{"d"});

        ModelDefinition *doc
            = s->define("Doc", {{"meta", DataTypes::Json()}}, ModelOptions().timestamps(false));
        doc->sync(SyncOptions().force());
        doc->create({{"meta", QVariantMap{{"kind", "a"}, {"n", 1}}}});
        doc->create({{"meta", QVariantMap{{"kind", "a"}}}});
        doc->create({{"meta", QVariantMap{{"kind", "b"}}}});
        QCOMPARE(doc->count(FindOptions().where({{"meta", QVariantMap{{"kind", "a"}}}})), 2);
        QCOMPARE(doc->count(FindOptions().where(
                     {{"meta", QVariantMap{{"kind", "a"}, {"n", QVariantMap{{"gte", 1}}}}}})),
                 1);
    }

    void vacuousMembers_data() { TestDatabases::addDialectRows(); }
    void vacuousMembers()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *tag = tags(s.get());
        const QStringList all{"a", "b", "c", "d"};
        QCOMPARE(names(tag, map(R"({"or": [{}]})")), QStringList());
        QCOMPARE(names(tag, map(R"({"or": [{}, {"and": []}]})")), QStringList());
        QCOMPARE(names(tag, map(R"({"or": {}})")), QStringList());
        QCOMPARE(names(tag, map(R"({"or": [{}, {"name": "b"}]})")), QStringList{"b"});
        QCOMPARE(names(tag, map(R"({"or": [{"or": []}, {"name": "b"}]})")), QStringList{"b"});
        QCOMPARE(names(tag, map(R"({"and": [{}]})")), all);
        QCOMPARE(names(tag, map(R"({"and": [{}, {"name": "c"}]})")), QStringList{"c"});
        QCOMPARE(names(tag, map(R"({"not": {}})")), QStringList());
        QCOMPARE(names(tag, map(R"({"not": []})")), QStringList());
        QCOMPARE(names(tag, map(R"({"not": [{}]})")), QStringList());
        // The C++ form reads the same.
        QCOMPARE(names(tag, Op::or_({Where()})), QStringList());
        QCOMPARE(names(tag, Op::or_({Where(), Op::eq("name", "a")})), QStringList{"a"});
        QCOMPARE(names(tag, Op::not_(Where())), QStringList());
        // Writes follow the same conditions: nothing is destroyed by an or of nothing.
        QCOMPARE(tag->destroy(map(R"({"or": [{}]})")), 0);
        QCOMPARE(tag->update({{"hits", 0}}, map(R"({"or": [{}, {"and": []}]})")), 0);
        QCOMPARE(tag->count(), qint64(4));
    }

    // {not: [a, b]} is NOT (a AND b), as Sequelize; it used to be refused.
    void notOfList_data() { TestDatabases::addDialectRows(); }
    void notOfList()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *tag = tags(s.get());
        QCOMPARE(names(tag, map(R"({"not": [{"name": "a"}, {"hits": 3}]})")),
                 QStringList({"b", "c", "d"})); // d: NOT (false AND NULL) is true
        QCOMPARE(names(tag, map(R"({"not": [{"name": "b"}, {"hits": 5}]})")),
                 QStringList({"a", "c", "d"}));
        QCOMPARE(names(tag, map(R"({"not": [{"hits": {"gt": 4}}]})")), QStringList{"a"});
    }

    // An empty object of operators has no value of the column's type (Sequelize refuses it); an
    // "or" of no conditions on one attribute is every row in Sequelize but no row as a top-level
    // or: both are refused, and a destroy with them takes nothing.
    void refusedEmptyConditions_data() { TestDatabases::addDialectRows(); }
    void refusedEmptyConditions()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *tag = tags(s.get());
        for (const char *json : {R"({"name": {}})", R"({"hits": {"gt": 1, "or": []}})",
                                 R"({"name": {"or": []}})", R"({"name": {"or": {}}})",
                                 R"({"name": {"or": [{}]}})", R"({"or": [{"hits": {}}]})"}) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError, map(json));
        }
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 tag->destroy(Where::fromMap({{"name", QVariantMap()}})));
        QCOMPARE(tag->count(), qint64(4));
        // and: [] on one attribute adds no condition, as in Sequelize.
        QCOMPARE(names(tag, map(R"({"hits": {"and": [], "gt": 4}})")), QStringList({"b", "c"}));
    }

    // Sequelize: {tags: ['a', 'b']} on an ARRAY attribute is "tags" = ARRAY['a','b'] (the
    // shorthand is IN only for other types); it was refused as "not a valid array".
    void arrayEquality_data() { TestDatabases::addDialectRows(); }
    void arrayEquality()
    {
        QSQ_OPEN_DIALECT(s);
        const auto define = [&] {
            return s->define(
                "Post",
                {{"title", DataTypes::String()}, {"tags", DataTypes::Array(DataTypes::String())}},
                ModelOptions().timestamps(false));
        };
        if (dialect != QLatin1String("postgres")) {
            // ARRAY is PostgreSQL's: elsewhere its table is refused.
            QVERIFY_THROWS_EXCEPTION(DefinitionError, define()->sync(SyncOptions().force()));
            return;
        }
        ModelDefinition *post = define();
        post->sync(SyncOptions().force());
        post->bulkCreate({{{"title", "ab"}, {"tags", QStringList{"a", "b"}}},
                          {{"title", "b"}, {"tags", QStringList{"b"}}},
                          {{"title", "none"}, {"tags", QStringList()}},
                          {{"title", "null"}}});
        const auto titles = [&](const Where &where) {
            QStringList out;
            for (const auto &row : post->findAll(FindOptions().where(where).order("title")))
                out.append(row->get("title").toString());
            return out;
        };
        QCOMPARE(titles(map(R"({"tags": ["a", "b"]})")), QStringList{"ab"});
        QCOMPARE(titles(map(R"({"tags": {"eq": ["b"]}})")), QStringList{"b"});
        QCOMPARE(titles(map(R"({"tags": []})")), QStringList{"none"});
        QCOMPARE(titles(Where{{"tags", QStringList{"b"}}}), QStringList{"b"});
        QCOMPARE(titles(map(R"({"tags": {"ne": ["b"]}})")), QStringList({"ab", "none"}));
        QCOMPARE(post->update({{"title", "B"}}, Where{{"tags", QVariantList{"b"}}}), 1);
        // Other lists are still IN.
        QCOMPARE(titles(map(R"({"title": ["ab", "none"]})")), QStringList({"ab", "none"}));
    }
};

QTEST_GUILESS_MAIN(tst_ConditionGroups)
#include "tst_conditiongroups.moc"
