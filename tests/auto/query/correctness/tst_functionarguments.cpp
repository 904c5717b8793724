// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Values given to Sequelize::fn() are bound, and give Sequelize's answer where its inlined
// literals did: on PostgreSQL a text argument of a function taking "any" (concat, format,
// json_build_object) was "could not determine data type of parameter $1".

#include <QtSequelize/Errors>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_FunctionArguments : public QObject
{
    Q_OBJECT

private slots:
    // Sequelize's fn('concat', col('firstName'), ' ', col('lastName')) as an attribute, in a
    // where and in an order.
    void concatenation_data() { TestDatabases::addDialectRows(); }
    void concatenation()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = sequelize->define(
            "Person", {{"firstName", DataTypes::String()}, {"lastName", DataTypes::String()}},
            ModelOptions().timestamps(false));
        person->sync(SyncOptions().force());
        person->create({{"firstName", "Ann"}, {"lastName", "Lee"}});
        person->create({{"firstName", "Bob"}, {"lastName", "Ray"}});
        const Expression fullName = Sequelize::fn(
            "concat", {Sequelize::col("firstName"), " ", Sequelize::col("lastName")});
        const FindOptions options = FindOptions()
                                        .attributes({"id"})
                                        .attribute(fullName, "fullName")
                                        .where(Sequelize::where(fullName, Where::Eq, "Bob Ray"))
                                        .order(fullName);
        if (dialect == QLatin1String("sqlite")) {
            // SQLite 3.40 has no concat(): the database's error, clearly.
            QVERIFY_THROWS_EXCEPTION(DatabaseError, person->findAllRaw(options));
            const auto upper = person->findAllRaw(
                FindOptions().attributes({"id"}).attribute(Sequelize::fn("upper", {"x y"}), "u"));
            QCOMPARE(upper.first().value("u").toString(), QStringLiteral("X Y"));
            return;
        }
        const QList<QVariantMap> rows = person->findAllRaw(options);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value("fullName").toString(), QStringLiteral("Bob Ray"));
        const auto separated
            = person->findAllRaw(FindOptions()
                                     .attributes({"id"})
                                     .attribute(Sequelize::fn("concat_ws",
                                                              {", ", Sequelize::col("lastName"),
                                                               Sequelize::col("firstName")}),
                                                "sorted")
                                     .order("id"));
        QCOMPARE(separated.first().value("sorted").toString(), QStringLiteral("Lee, Ann"));
    }

    // A number given to a function in the attributes: Sequelize's COALESCE(n, 2.5) is 2.5 where n
    // is NULL. On MariaDB QMYSQL reads such a column into a buffer typed before the value was
    // known (an INTEGER's, from n): 2.5 came back as 2, without an error. The value is now bound
    // as its text there, and an integer read for a column of another type is refused.
    void numbersInFunctions_data() { TestDatabases::addDialectRows(); }
    void numbersInFunctions()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *thing = sequelize->define("Thing", {{"n", DataTypes::Integer()}},
                                                   ModelOptions().timestamps(false));
        thing->sync(SyncOptions().force());
        thing->create({{"n", QVariant()}});
        thing->create({{"n", 4}});
        const auto rows = thing->findAllRaw(
            FindOptions()
                .attributes({"id"})
                .attribute(Sequelize::fn("COALESCE", {Sequelize::col("n"), 2.5}), "v")
                .order("id"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value("v").toDouble(), 2.5);
        QCOMPARE(rows.at(1).value("v").toDouble(), 4.0);
        // A selected parameter: read exactly, or (MariaDB, whose driver types the column before
        // the value is known) refused, never cut to the column's described width.
        for (const QVariant &value : {QVariant(2.5), QVariant(0.001), QVariant(-3)}) {
            try {
                const auto selected = sequelize->query(
                    "SELECT :v AS v", QueryOptions().replacements(QVariantMap{{"v", value}}));
                QCOMPARE(selected.rows().value(0).value("v").toDouble(), value.toDouble());
            } catch (const DatabaseError &) {
                QCOMPARE(dialect, QStringLiteral("mariadb"));
            }
        }
        // With CAST the column has its type before the value is known: exact on MariaDB too.
        QCOMPARE(sequelize
                     ->query(dialect == QLatin1String("postgres")
                                 ? "SELECT CAST(:v AS DOUBLE PRECISION) AS v"
                                 : dialect == QLatin1String("sqlite")
                                 ? "SELECT CAST(:v AS REAL) AS v"
                                 : "SELECT CAST(:v AS DOUBLE) AS v",
                             QueryOptions().replacements(QVariantMap{{"v", 2.5}}))
                     .rows()
                     .value(0)
                     .value("v")
                     .toDouble(),
                 2.5);
    }

    // A number compared with a text expression, in a where with an expression subject (a having
    // too) and in a raw query, as Sequelize's inlined 2.5: MariaDB compares a string with a
    // number as numbers ('s' is 0), SQLite holds every text greater than any number, PostgreSQL
    // has no text > numeric. On MariaDB the value went as its text, so 's' > '2.5' held.
    void numbersComparedWithText_data() { TestDatabases::addDialectRows(); }
    void numbersComparedWithText()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *label = sequelize->define("Label", {{"name", DataTypes::String()}},
                                                   ModelOptions().timestamps(false));
        label->sync(SyncOptions().force());
        label->create({{"name", "s"}});
        label->create({{"name", "n"}});
        const qint64 expected = dialect == QLatin1String("sqlite") ? 2 : 0;
        const Expression lower = Sequelize::fn("LOWER", {Sequelize::col("name")});
        const Expression highest = Sequelize::fn("MAX", {Sequelize::col("name")});
        try {
            QCOMPARE(label->count(FindOptions().where(Sequelize::where(lower, Where::Gt, 2.5))),
                     expected);
            QCOMPARE(label->count(FindOptions().where(
                         Sequelize::where(lower, Where::In, QVariantList{2.5, 0.5}))),
                     qint64(0));
            QCOMPARE(label
                         ->findAllRaw(FindOptions().attributes({"name"}).group({"name"}).having(
                             Sequelize::where(highest, Where::Gt, 2.5)))
                         .size(),
                     expected);
            const auto raw = sequelize->query(
                "SELECT COUNT(*) AS c FROM " + sequelize->queryInterface().quoteIdentifier("Labels")
                    + " WHERE name > :v",
                QueryOptions().replacements(QVariantMap{{"v", 2.5}}));
            QCOMPARE(raw.rows().value(0).value("c").toLongLong(), expected);
            const auto bound = sequelize->query(
                "SELECT COUNT(*) AS c FROM " + sequelize->queryInterface().quoteIdentifier("Labels")
                    + " WHERE name > $1",
                QueryOptions().bind(QVariantList{2.5}));
            QCOMPARE(bound.rows().value(0).value("c").toLongLong(), expected);
            QVERIFY(dialect != QLatin1String("postgres"));
        } catch (const DatabaseError &) {
            QCOMPARE(dialect, QStringLiteral("postgres"));
        }
        // Selected, the value reads exactly (it was refused on MariaDB).
        if (dialect == QLatin1String("mariadb"))
            QCOMPARE(sequelize
                         ->query("SELECT :v AS v",
                                 QueryOptions().replacements(QVariantMap{{"v", 0.001}}))
                         .rows()
                         .value(0)
                         .value("v")
                         .toDouble(),
                     0.001);
    }

    // PostgreSQL's json_build_object with text keys (Sequelize's
    // fn('json_build_object', 'name', col('name'))).
    void jsonBuildObject_data() { TestDatabases::addDialectRows(); }
    void jsonBuildObject()
    {
        QSQ_REQUIRE_DIALECT();
        if (dialect != QLatin1String("postgres"))
            QSKIP("json_build_object is PostgreSQL's");
        auto sequelize = TestDatabases::open(dialect);
        ModelDefinition *person = sequelize->define("Person", {{"name", DataTypes::String()}},
                                                    ModelOptions().timestamps(false));
        person->sync(SyncOptions().force());
        person->create({{"name", "Ann"}});
        const auto rows = person->findAllRaw(FindOptions().attributes({"id"}).attribute(
            Sequelize::fn("json_build_object", {"who", Sequelize::col("name")}), "obj"));
        QVERIFY2(rows.first().value("obj").toString().contains("\"who\""),
                 qPrintable(rows.first().value("obj").toString()));
    }
};

QTEST_GUILESS_MAIN(tst_FunctionArguments)
#include "tst_functionarguments.moc"
