// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Cases that returned a wrong result without an error (issue 19): each asserts Sequelize's
// answer on PostgreSQL, or a typed error where the library cannot give it, on every dialect.

#include <QtSequelize/Errors>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qjsonvalue.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Correctness : public QObject
{
    Q_OBJECT

private:
    // Tags a (3), b (5), c (7), d (NULL count).
    static ModelDefinition *tags(Sequelize *s)
    {
        ModelDefinition *tag
            = s->define("Tag", {{"name", DataTypes::String()}, {"hits", DataTypes::Integer()}},
                        ModelOptions().timestamps(false));
        tag->sync(SyncOptions().force());
        tag->bulkCreate({{{"name", "a"}, {"hits", 3}},
                         {{"name", "b"}, {"hits", 5}},
                         {{"name", "c"}, {"hits", 7}},
                         {{"name", "d"}}});
        return tag;
    }
    static QStringList names(const QList<QSharedPointer<Model>> &rows)
    {
        QStringList result;
        for (const auto &row : rows)
            result.append(row->get("name").toString());
        result.sort();
        return result;
    }

private slots:
    // A literal sub-query as the operand of IN / NOT IN is the sub-query (Sequelize), never a
    // constant condition: NOT IN used to match every row, and destroy() emptied the table.
    void inLiteralSubquery_data() { TestDatabases::addDialectRows(); }
    void inLiteralSubquery()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *tag = tags(sequelize.get());
        const QueryInterface qi = sequelize->queryInterface();
        const QString sub = QStringLiteral("(SELECT %1 FROM %2 WHERE %3 IN ('a', 'b'))")
                                .arg(qi.quoteIdentifier("id"), qi.quoteIdentifier("Tags"),
                                     qi.quoteIdentifier("name"));
        QCOMPARE(names(tag->findAll(
                     FindOptions().where(Where("id", Where::In, Sequelize::literal(sub))))),
                 QStringList({"a", "b"}));
        QCOMPARE(tag->destroy(Where("id", Where::NotIn, Sequelize::literal(sub))), 2);
        QCOMPARE(names(tag->findAll()), QStringList({"a", "b"}));
    }

    // Operands an operator cannot take are a DefinitionError before any SQL runs, and leave
    // every row in place; they used to read as an empty list or an empty text.
    void refusedOperands_data() { TestDatabases::addDialectRows(); }
    void refusedOperands()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *tag = tags(sequelize.get());
        const QList<Where> refused{
            Where("id", Where::NotIn, 5),
            Where("id", Where::NotIn, QString("1,2")),
            Where("id", Where::NotIn, Sequelize::fn("max", {1})),
            Where::fromMap({{"id", QVariantMap{{"notIn", 5}}}}),
            Where::fromMap({{"id", QVariantMap{{"notBetween", 5}}}}),
            Where::fromMap({{"name", QVariantMap{{"notLike", QVariantList{"a"}}}}}),
            Where::fromMap({{"name", QVariantMap{{"notLike", QVariantMap{{"x", 1}}}}}}),
            Where::fromMap({{"name", QVariantMap{{"notILike", QVariantList{"a"}}}}}),
            Where::fromMap({{"name", QVariantMap{{"substring", QVariantList{"a"}}}}}),
            Where::fromMap({{"id", QVariantMap{{"gt", QVariantMap{{"any", 5}}}}}}),
            Where::fromMap({{"id", QVariantMap{{"in", QVariantMap{{"any", QVariantList{1}}}}}}}),
            Where::fromMap({{"id", QVariantMap{{"gt", QVariantList{1, 2}}}}}),
            Where(Sequelize::fn("lower", {Sequelize::col("name")}), Where::Ne, QVariantList{"a"}),
        };
        for (const Where &where : refused) {
            QVERIFY_THROWS_EXCEPTION(BaseError, tag->destroy(where));
            QVERIFY_THROWS_EXCEPTION(BaseError, tag->count(FindOptions().where(where)));
        }
        // Logical operators hold objects of conditions: anything else is refused, not read
        // as an empty condition (which matches every row).
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Where::fromMap({{"or", 5}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Where::fromMap({{"and", "x"}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Where::fromMap({{"or", QVariantList{5}}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Where::fromMap({{"not", 5}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Where::fromMap({{"id", QVariantMap{{"or", 5}}}}));
        QCOMPARE(tag->count(), qint64(4));
    }

    // Sequelize's Op.any / Op.all (test/integration/operators.test.js and the where docs):
    // {like: {any: [...]}}, {gt: {any: [...]}}, {any: [...]}, and with a literal sub-query.
    void anyAll_data() { TestDatabases::addDialectRows(); }
    void anyAll()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *tag = tags(sequelize.get());
        auto found
            = [&](const Where &where) { return names(tag->findAll(FindOptions().where(where))); };
        auto map = [&](const char *json) {
            return Where::fromMap(QJsonDocument::fromJson(json).object().toVariantMap());
        };
        QCOMPARE(found(map(R"({"name": {"like": {"any": ["a%", "c%"]}}})")),
                 QStringList({"a", "c"}));
        QCOMPARE(found(map(R"({"name": {"notLike": {"all": ["a%", "c%"]}}})")),
                 QStringList({"b", "d"}));
        QCOMPARE(found(map(R"({"name": {"iLike": {"any": ["A", "B"]}}})")),
                 QStringList({"a", "b"}));
        QCOMPARE(found(map(R"({"hits": {"gt": {"any": [4, 6]}}})")), QStringList({"b", "c"}));
        QCOMPARE(found(map(R"({"hits": {"gt": {"all": [4, 6]}}})")), QStringList({"c"}));
        QCOMPARE(found(map(R"({"hits": {"any": [3, 7]}})")), QStringList({"a", "c"}));
        QCOMPARE(found(map(R"({"hits": {"ne": {"all": [3, 7]}}})")), QStringList({"b"}));
        // ANY of nothing is false, ALL of nothing true (NULL rows included, as in PostgreSQL).
        QCOMPARE(found(map(R"({"hits": {"gt": {"any": []}}})")), QStringList());
        QCOMPARE(found(map(R"({"hits": {"gt": {"all": []}}})")), QStringList({"a", "b", "c", "d"}));
        // The C++ form.
        QCOMPARE(found(Op::like("name", Op::any({"b%", "d%"}))), QStringList({"b", "d"}));
        QCOMPARE(found(Op::lte("hits", Op::all({5, 9}))), QStringList({"a", "b"}));
        // With a literal sub-query: PostgreSQL and MariaDB run it, SQLite has no ANY.
        const QueryInterface qi = sequelize->queryInterface();
        const Expression sub
            = Sequelize::literal(QStringLiteral("SELECT %1 FROM %2 WHERE %1 < 6")
                                     .arg(qi.quoteIdentifier("hits"), qi.quoteIdentifier("Tags")));
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError, found(Op::gt("hits", Op::any(sub))));
        } else {
            QCOMPARE(found(Op::gt("hits", Op::any(sub))), QStringList({"b", "c"}));
            QCOMPARE(found(Op::gt("hits", Op::all(sub))), QStringList({"c"}));
        }
        // Outside a comparison, Op.any is refused.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            found(Op::startsWith("name", "a") && Where("name", Where::Regexp, Op::any({"a"}))));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 found(Where("hits", Where::Between, Op::any({1}))));
    }

    // Expressions reach the SQL as expressions on every write path (they used to be bound as
    // NULL on JSON columns and refused elsewhere): static update, instance set + save,
    // create, bulkCreate, and a defaultValue(fn(...)).
    void expressionWrites_data() { TestDatabases::addDialectRows(); }
    void expressionWrites()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const QueryInterface qi = sequelize->queryInterface();
        ModelDefinition *doc = sequelize->define(
            "Doc",
            {{"title", DataTypes::String()},
             {"hits", DataTypes::Integer()},
             {"meta", DataTypes::Json()},
             {"code", Attribute(DataTypes::String()).defaultValue(Sequelize::fn("lower", {"XY"}))}},
            ModelOptions().timestamps(false));
        doc->sync(SyncOptions().force());
        auto metaKey = [](const QSharedPointer<Model> &m) {
            return m->get("meta").value<QJsonValue>().toObject().value("k").toInt();
        };
        QSharedPointer<Model> a
            = doc->create({{"title", "a"}, {"hits", 1}, {"meta", QVariantMap{{"k", 1}}}});
        QCOMPARE(a->get("code").toString(), QStringLiteral("xy"));
        const QVariant id = a->get("id");
        QCOMPARE(doc->update({{"title", Sequelize::fn("upper", {Sequelize::col("title")})},
                              {"hits", Sequelize::literal(qi.quoteIdentifier("hits") + " + 10")},
                              {"meta", Sequelize::literal(R"('{"k": 2}')")}},
                             Op::eq("id", id)),
                 1);
        a->reload();
        QCOMPARE(a->get("title").toString(), QStringLiteral("A"));
        QCOMPARE(a->get("hits").toInt(), 11);
        QCOMPARE(metaKey(a), 2);

        a->set("title", Sequelize::fn("lower", {Sequelize::col("title")}));
        a->set("meta", Sequelize::literal(R"('{"k": 3}')"));
        QVERIFY(a->changed("title"));
        QVERIFY(a->changed("meta"));
        a->save();
        // The values the database computed are read back.
        QCOMPARE(a->get("title").toString(), QStringLiteral("a"));
        QCOMPARE(metaKey(a), 3);
        QVERIFY(a->changed().isEmpty());
        QSharedPointer<Model> stored = doc->findByPk(id);
        QCOMPARE(stored->get("title").toString(), QStringLiteral("a"));
        QCOMPARE(metaKey(stored), 3);

        QSharedPointer<Model> b = doc->create(
            {{"title", Sequelize::fn("upper", {"bee"})}, {"hits", Sequelize::literal("2 + 3")}});
        QCOMPARE(b->get("title").toString(), QStringLiteral("BEE"));
        QCOMPARE(b->get("hits").toInt(), 5);
        doc->bulkCreate({{{"title", Sequelize::fn("upper", {"cat"})}, {"hits", 7}}});
        QCOMPARE(doc->count(FindOptions().where({{"title", "CAT"}, {"code", "xy"}})), qint64(1));
        // An expression where the library can only hold a value is refused, never NULL.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            doc->update({{"hits", 1}},
                        Op::eq("id", Sequelize::literal("1")) && Where("hits", Where::Between, 5)));
        QCOMPARE(doc->count(), qint64(3));
    }

    // An error the database reports after rows is raised (PostgreSQL: a failure at row 3, a
    // deferred foreign key at the implicit commit after a RETURNING row; SQLite the same;
    // MariaDB a failure while rows are read and its immediate foreign keys). It used to be
    // dropped: the first rows came back, and create() returned an instance that was not stored.
    void errorsAfterRows_data() { TestDatabases::addDialectRows(); }
    void errorsAfterRows()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QString failsAtThirdRow;
        if (dialect == QLatin1String("postgres"))
            failsAtThirdRow = "SELECT x, 10 / (x - :three) AS y FROM generate_series(1, 5) x";
        else if (dialect == QLatin1String("sqlite"))
            failsAtThirdRow = "WITH RECURSIVE s(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM s "
                              "WHERE x < 5) SELECT x, CASE WHEN x = :three THEN "
                              "abs(-9223372036854775807 - 1) ELSE x END AS y FROM s";
        else
            failsAtThirdRow = "SELECT x, (SELECT 1 UNION SELECT 2 FROM DUAL WHERE x = :three) AS y "
                              "FROM (SELECT 1 x UNION SELECT 2 UNION SELECT 3 UNION SELECT 4) t";
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            sequelize->query(failsAtThirdRow,
                             QueryOptions().replacements(QVariantMap{{"three", 3}})));
        QString plain = failsAtThirdRow;
        plain.replace(":three", "3");
        QVERIFY_THROWS_EXCEPTION(DatabaseError, sequelize->query(plain));

        const QString deferred
            = dialect == QLatin1String("mariadb") ? QString() : " DEFERRABLE INITIALLY DEFERRED";
        const QString key = dialect == QLatin1String("postgres") ? "SERIAL PRIMARY KEY"
            : dialect == QLatin1String("sqlite") ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                                                 : "INTEGER PRIMARY KEY AUTO_INCREMENT";
        const QueryInterface qi = sequelize->queryInterface();
        sequelize->query(QStringLiteral("CREATE TABLE %1 (%2 %3)")
                             .arg(qi.quoteIdentifier("Parents"), qi.quoteIdentifier("id"), key));
        sequelize->query(QStringLiteral("CREATE TABLE %1 (%2 %3, %4 INTEGER REFERENCES %5 (%2)%6)")
                             .arg(qi.quoteIdentifier("Kids"), qi.quoteIdentifier("id"), key,
                                  qi.quoteIdentifier("parentId"), qi.quoteIdentifier("Parents"),
                                  deferred));
        ModelDefinition *parent = sequelize->define("Parent", {}, ModelOptions().timestamps(false));
        ModelDefinition *kid = sequelize->define("Kid", {{"parentId", DataTypes::Integer()}},
                                                 ModelOptions().timestamps(false));
        const QVariant parentId = parent->create({})->get("id");
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, kid->create({{"parentId", 99}}));
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 kid->bulkCreate({{{"parentId", parentId}}, {{"parentId", 98}}}));
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, kid->upsert({{"parentId", 97}}));
        QSharedPointer<Model> good = kid->create({{"parentId", parentId}});
        good->set("parentId", 96);
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, good->save());
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 kid->update({{"parentId", 95}}, Where()));
        QVERIFY_THROWS_EXCEPTION(
            ForeignKeyConstraintError,
            sequelize->query(QStringLiteral("INSERT INTO %1 (%2) VALUES (94)%3")
                                 .arg(qi.quoteIdentifier("Kids"), qi.quoteIdentifier("parentId"),
                                      dialect == QLatin1String("mariadb")
                                          ? QString()
                                          : QStringLiteral(" RETURNING id"))));
        // Nothing was stored but the one good row, which keeps its parent.
        QCOMPARE(kid->count(), qint64(1));
        QCOMPARE(kid->findAll().first()->get("parentId").toInt(), parentId.toInt());
    }
};

QTEST_GUILESS_MAIN(tst_Correctness)
#include "tst_correctness.moc"
