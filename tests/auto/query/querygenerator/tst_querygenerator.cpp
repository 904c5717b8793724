// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// White-box: the generator's SQL and bindings per dialect, without a connection
// (a Sequelize opens nothing until its first query).
#include "core/sequelize_p.h"
#include "dialects/ddlgenerator_p.h"
#include "dialects/rowstatements_p.h"
#include "dialects/sqlite/sqlitedecimal_p.h"
#include "dialects/sqllexer_p.h"
#include "meta/modeldefinition_p.h"
#include "query/jsonpath_p.h"
#include "query/options_p.h"
#include "query/querygenerator_p.h"
#include "schema/tablemodel_p.h"

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

using namespace QtSequelize;

class tst_QueryGenerator : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Sequelize sequelize;
        ModelDefinition *user;
        explicit Fixture(const QString &url)
            : sequelize(url)
        {
            user = sequelize.define("User",
                                    {{"name", DataTypes::String()},
                                     {"age", DataTypes::Integer()},
                                     {"active", DataTypes::Boolean()}},
                                    ModelOptions().paranoid());
        }
        QueryGenerator generator() const
        {
            return QueryGenerator(*ModelDefinitionPrivate::get(user));
        }
    };

    static QString url(const QString &dialect)
    {
        if (dialect == QLatin1String("postgres"))
            return QStringLiteral("postgres://u:p@127.0.0.1:1/none");
        if (dialect == QLatin1String("mariadb"))
            return QStringLiteral("mariadb://u:p@127.0.0.1:1/none");
        return QStringLiteral("sqlite::memory:");
    }

    static Statement select(const Fixture &f, const FindOptions &options)
    {
        return f.generator().select(OptionsAccess::data(options));
    }

private slots:
    // A path's keys split at unescaped dots; the nested map form escapes a key's own dots.
    void jsonPathKeys()
    {
        QCOMPARE(JsonPath::keys("a.b"), QStringList({"a", "b"}));
        QCOMPARE(JsonPath::keys("a\\.b.c"), QStringList({"a.b", "c"}));
        QCOMPARE(JsonPath::keys("a\\\\.b"), QStringList({"a\\", "b"}));
        QCOMPARE(JsonPath::keys("a\\b"), QStringList({"a\\b"}));
        QCOMPARE(JsonPath::keys(""), QStringList({""}));
        for (const QString key : {"a.b", "a\\.b", "\\", ".", "plain", "a\\b"})
            QCOMPARE(JsonPath::keys(JsonPath::escapedKey(key) + ".x"), QStringList({key, "x"}));
    }

    // SQLite's text DECIMALs: compared and added by value, exactly (a sum keeps the larger
    // fraction of the two without trailing zeros; reading formats it in the attribute's scale).
    void sqliteDecimalText_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("sum");
        QTest::newRow("integers") << "100"
                                  << "9.25" << 1 << "109.25";
        QTest::newRow("negatives") << "-3"
                                   << "-10.5" << 1 << "-13.5";
        QTest::newRow("signs") << "-0.001"
                               << "0.001" << -1 << "0.000";
        QTest::newRow("zeros") << "0.000"
                               << "-0" << 0 << "0";
        QTest::newRow("trailing zeros") << "1.50"
                                        << "1.5" << 0 << "3.0";
        QTest::newRow("leading zeros") << "007"
                                       << "7.0" << 0 << "14";
        QTest::newRow("past 17 digits")
            << "12345678901234567890.0123456789"
            << "12345678901234567890.0123456788" << 1 << "24691357802469135780.0246913577";
        QTest::newRow("exponent") << "1.5e3"
                                  << "1499.99" << 1 << "2999.99";
        QTest::newRow("negative exponent") << "25E-3"
                                           << "0.025" << 0 << "0.050";
        QTest::newRow("borrow") << "1000"
                                << "-0.01" << 1 << "999.99";
        QTest::newRow("powers of ten") << "999999999999999.99"
                                       << "1000000000000000" << -1 << "1999999999999999.99";
        QTest::newRow("text after numbers") << "abc"
                                            << "5" << 1 << "";
        QTest::newRow("texts by bytes") << "abc"
                                        << "abd" << -1 << "";
    }
    void sqliteDecimalText()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        QFETCH(QString, sum);
        QCOMPARE(SqliteDecimal::compare(a.toUtf8(), b.toUtf8()), order);
        QCOMPARE(SqliteDecimal::compare(b.toUtf8(), a.toUtf8()), -order);
        const std::optional<QByteArray> added = SqliteDecimal::add(a.toUtf8(), b.toUtf8());
        QCOMPARE(added.has_value(), !sum.isEmpty());
        if (added)
            QCOMPARE(QString::fromUtf8(*added), sum);
    }

    // The libpq driver numbers Qt's ? placeholders as $n where PostgreSQL reads an operator
    // position, and leaves those in strings, quoted names, comments and dollar quotes.
    void postgresPlaceholders_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("numbered");
        QTest::addColumn<int>("count");
        QTest::newRow("plain") << "SELECT ? + ?"
                               << "SELECT $1 + $2" << 2;
        QTest::newRow("string") << "SELECT '?''?', ?"
                                << "SELECT '?''?', $1" << 1;
        QTest::newRow("escape string") << "SELECT E'\\'?', ?"
                                       << "SELECT E'\\'?', $1" << 1;
        QTest::newRow("name") << "SELECT \"a?\" FROM t WHERE x = ?"
                              << "SELECT \"a?\" FROM t WHERE x = $1" << 1;
        QTest::newRow("comments") << "SELECT ? -- ?\n/* ? /* ? */ ? */ , ?"
                                  << "SELECT $1 -- ?\n/* ? /* ? */ ? */ , $2" << 2;
        QTest::newRow("dollar quotes") << "SELECT $$?$$, $tag$ ? $$ $tag$, ?"
                                       << "SELECT $$?$$, $tag$ ? $$ $tag$, $1" << 1;
        QTest::newRow("numbered") << "SELECT $1, a$b, ?"
                                  << "SELECT $1, a$b, $1" << 1;
    }
    void postgresPlaceholders()
    {
        QFETCH(QString, sql);
        QFETCH(QString, numbered);
        QFETCH(int, count);
        int n = -1;
        Dialect::Lexicon postgres; // PostgresDialect::lexicon()'s reading of the text
        postgres.escapeStrings = postgres.nestedComments = postgres.dollarQuotes = true;
        QCOMPARE(numberPlaceholders(sql, postgres, &n), numbered);
        QCOMPARE(n, count);
    }
    // The text Qt's SQLite and MySQL drivers prepare: no ":name" where Qt's own scan (quotes
    // only, no comments, no backslash escapes) would take one the database does not see.
    void qtPlaceholderText_data()
    {
        QTest::addColumn<bool>("mariadb");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("prepared");
        QTest::newRow("no colon name") << false << "SELECT ? -- x\n, 'a'"
                                       << "SELECT ? -- x\n, 'a'";
        QTest::newRow("comments") << false << "SELECT -- :a\n 1, /* ? :a */ ?, ':a'"
                                  << "SELECT  \n 1,   ?, ':a'";
        QTest::newRow("escaped quote") << true << "SELECT 'a\\':b', \"x\\\":c\", ?"
                                       << "SELECT 'a'':b', \"x\"\":c\", ?";
        QTest::newRow("other escapes stay") << true << "SELECT 'a\\\\', 'b\\n:x\\''"
                                            << "SELECT 'a\\\\', 'b\\n:x'''";
        QTest::newRow("hash and executable") << true << "SELECT /*!100000 1 */ ? # :a"
                                             << "SELECT /*!100000 1 */ ?  ";
        QTest::newRow("casts stay") << false << "SELECT a::text, ? -- :b"
                                    << "SELECT a::text, ?  ";
    }
    void qtPlaceholderText()
    {
        QFETCH(bool, mariadb);
        QFETCH(QString, sql);
        QFETCH(QString, prepared);
        Dialect::Lexicon lexicon; // SqliteDialect's or MariaDbDialect's
        lexicon.qtPlaceholderScan = true;
        lexicon.bracketNames = !mariadb;
        lexicon.backslashEscapes = lexicon.hashComments = lexicon.dashCommentNeedsSpace
            = lexicon.executableComments = mariadb;
        QCOMPARE(textForQtPlaceholders(sql, lexicon), prepared);
    }

    // Public value classes follow Qt 6's conventions: moved, swapped, compared.
    void valueClasses()
    {
        Where a = Op::gt("age", 30) && Op::like("name", "A%");
        const Where same = Op::gt("age", 30) && Op::like("name", "A%");
        QCOMPARE(a, same);
        QVERIFY(a != Op::gt("age", 31));
        Where b = Op::eq("x", 1);
        a.swap(b);
        QCOMPARE(b, same);
        Where moved = std::move(b);
        QCOMPARE(moved, same);
        b = Op::eq("x", 2); // a moved-from object can be assigned
        QCOMPARE(b, Op::eq("x", 2));
        QCOMPARE(Sequelize::fn("lower", {Sequelize::col("name")}),
                 Sequelize::fn("lower", {Sequelize::col("name")}));
        QVERIFY(Sequelize::literal("1") != Sequelize::literal("2"));
        FindOptions options = FindOptions().limit(3);
        FindOptions other = std::move(options);
        options = FindOptions().limit(4);
        std::swap(options, other);
        QCOMPARE(OptionsAccess::data(options).limit, 3);
        static_assert(QTypeInfo<Where>::isRelocatable);
        static_assert(std::is_nothrow_move_constructible_v<FindOptions>);
    }
    void select_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("sql");
        QTest::newRow("sqlite")
            << "sqlite"
            << "SELECT `id`, `name`, `age`, `active`, `createdAt`, "
               "`updatedAt`, `deletedAt` FROM `Users` AS `User` WHERE (`name` = ? "
               "AND `age` > ? AND `deletedAt` IS NULL) ORDER BY `age` "
               "DESC LIMIT ? OFFSET ?";
        QTest::newRow("postgres")
            << "postgres"
            << "SELECT \"id\", \"name\", \"age\", \"active\", \"createdAt\", "
               "\"updatedAt\", \"deletedAt\" FROM \"Users\" AS \"User\" WHERE (\"name\" = "
               "? AND \"age\" > ? AND \"deletedAt\" IS NULL) ORDER BY \"age\" "
               "DESC LIMIT ? OFFSET ?";
        QTest::newRow("mariadb")
            << "mariadb"
            << "SELECT `id`, `name`, `age`, `active`, `createdAt`, `updatedAt`, "
               "`deletedAt` FROM `Users` AS `User` WHERE (`name` = ? AND `age` > ? AND "
               "`deletedAt` IS NULL) ORDER BY `age` DESC LIMIT ? OFFSET ?";
    }
    void select()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, sql);
        Fixture f(url(dialect));
        const Statement s
            = tst_QueryGenerator::select(f,
                                         FindOptions()
                                             .where(Op::eq("name", "Ann") && Op::gt("age", "30"))
                                             .order("age", Qt::DescendingOrder)
                                             .limit(10)
                                             .offset(20));
        QCOMPARE(s.sql, sql);
        // Values are bound, converted to the attribute's type ("30" -> 30).
        QCOMPARE(s.bindings, (QVariantList{QStringLiteral("Ann"), 30, 10, 20}));
    }

    void operators_data()
    {
        QTest::addColumn<Where>("where");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("bindings");
        QTest::newRow("shorthand")
            << Where{{"name", "a"}, {"age", QVariantList{1, 2}}, {"active", QVariant()}}
            << "(\"name\" = ? AND \"age\" IN (?, ?) AND \"active\" IS NULL)"
            << QVariantList{"a", 1, 2};
        QTest::newRow("ne") << Op::ne("age", 3) << "\"age\" != ?" << QVariantList{3};
        QTest::newRow("between") << Op::between("age", 1, 9) << "\"age\" BETWEEN ? AND ?"
                                 << QVariantList{1, 9};
        QTest::newRow("notBetween")
            << Op::notBetween("age", 1, 9) << "\"age\" NOT BETWEEN ? AND ?" << QVariantList{1, 9};
        // Sequelize: in: [] is IN (NULL), unknown for every row, so not of it matches none either;
        // notIn: [] writes nothing, so it drops out of an or too.
        QTest::newRow("in[]") << Op::in("age", {}) << "\"age\" IN (NULL)" << QVariantList{};
        QTest::newRow("not in[]") << Op::not_(Op::in("age", {})) << "NOT (\"age\" IN (NULL))"
                                  << QVariantList{};
        QTest::newRow("notIn[]") << Op::notIn("age", {}) << "1=1" << QVariantList{};
        QTest::newRow("or[notIn[], x]") << Op::or_({Op::notIn("age", {}), Op::eq("age", 1)})
                                        << "(\"age\" = ?)" << QVariantList{1};
        QTest::newRow("not notIn[]") << Op::not_(Op::notIn("age", {})) << "1=0" << QVariantList{};
        QTest::newRow("notIn") << Op::notIn("age", {4}) << "\"age\" NOT IN (?)" << QVariantList{4};
        QTest::newRow("or[]") << Op::or_({}) << "1=0" << QVariantList{};
        QTest::newRow("and[]") << Op::and_({}) << "1=1" << QVariantList{};
        // Sequelize leaves out a condition that writes no SQL ({} or and: []) from and/or, so an
        // or of only such conditions matches nothing (0 = 1), as does a not of one.
        QTest::newRow("or[{}]") << Op::or_({Where()}) << "1=0" << QVariantList{};
        QTest::newRow("or[{}, and[]]")
            << Op::or_({Where(), Op::and_({})}) << "1=0" << QVariantList{};
        QTest::newRow("or[{}, x]")
            << Op::or_({Where(), Op::eq("age", 1)}) << "(\"age\" = ?)" << QVariantList{1};
        QTest::newRow("or[or[]]") << Op::or_({Op::or_({})}) << "(1=0)" << QVariantList{};
        QTest::newRow("and[{}, x]")
            << Op::and_({Where(), Op::eq("age", 1)}) << "(\"age\" = ?)" << QVariantList{1};
        QTest::newRow("not{}") << Op::not_(Where()) << "1=0" << QVariantList{};
        // An or built up from an empty Where in a loop is the or of what was added.
        QTest::newRow("accumulated or") << (Where() || Op::eq("age", 1) || Op::eq("age", 2))
                                        << "(\"age\" = ? OR \"age\" = ?)" << QVariantList{1, 2};
        QTest::newRow("not and[]") << Op::not_(Op::and_({Where()})) << "1=0" << QVariantList{};
        QTest::newRow("map not[a, b]")
            << Where::fromMap(
                   {{"not", QVariantList{QVariantMap{{"age", 1}}, QVariantMap{{"name", "a"}}}}})
            << "NOT ((\"age\" = ? AND \"name\" = ?))" << QVariantList{1, "a"};
        QTest::newRow("map not[]")
            << Where::fromMap({{"not", QVariantList{}}}) << "1=0" << QVariantList{};
        QTest::newRow("map or{}") << Where::fromMap({{"or", QVariantMap{}}}) << "1=0"
                                  << QVariantList{};
        QTest::newRow("eq list") << Op::eq("age", QVariantList{1, 2}) << "\"age\" IN (?, ?)"
                                 << QVariantList{1, 2};
        QTest::newRow("isNot") << Op::isNot("name", QVariant()) << "\"name\" IS NOT NULL"
                               << QVariantList{};
        QTest::newRow("isTrue") << Op::is("active", true) << "\"active\" IS TRUE" << QVariantList{};
        QTest::newRow("like") << Op::like("name", "a%") << "\"name\" LIKE ?" << QVariantList{"a%"};
        QTest::newRow("not") << !(Op::lt("age", 1) || Op::gte("age", 5))
                             << "NOT ((\"age\" < ? OR \"age\" >= ?))" << QVariantList{1, 5};
        QTest::newRow("col") << Op::eq("name", Sequelize::col("age")) << "\"name\" = \"age\""
                             << QVariantList{};
        QTest::newRow("fn") << Op::eq("name", Sequelize::fn("lower", {"X"}))
                            << "\"name\" = lower(?)" << QVariantList{"X"};
        QTest::newRow("cast") << Op::gt("age", Sequelize::cast("7", "INTEGER"))
                              << "\"age\" > CAST(? AS INTEGER)" << QVariantList{"7"};
        QTest::newRow("literal") << Op::eq("age", Sequelize::literal("1 + 1")) << "\"age\" = 1 + 1"
                                 << QVariantList{};
    }
    void operators()
    {
        QFETCH(Where, where);
        QFETCH(QString, sql);
        QFETCH(QVariantList, bindings);
        Fixture f(url(QStringLiteral("postgres")));
        Statement s;
        f.generator().appendWhere(s, where);
        QCOMPARE(s.sql, QStringLiteral(" WHERE ") + sql);
        QCOMPARE(s.bindings, bindings);
    }

    // Conditions Sequelize has no common answer for are refused before any SQL: IS TRUE of an
    // attribute that is not BOOLEAN, true/false compared with text.
    void refusedBooleans()
    {
        Fixture f(url(QStringLiteral("postgres")));
        auto generate = [&](const Where &where) {
            Statement s;
            f.generator().appendWhere(s, where);
        };
        QVERIFY_THROWS_EXCEPTION(DefinitionError, generate(Op::is("age", true)));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, generate(Op::isNot("name", false)));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 generate(Where::fromMap({{"age", QVariantMap{{"not", true}}}})));
        QVERIFY_THROWS_EXCEPTION(ValidationError, generate(Op::lt("name", false)));
        QVERIFY_THROWS_EXCEPTION(ValidationError, generate(Op::in("name", QVariantList{true})));
        QVERIFY_THROWS_EXCEPTION(ValidationError, generate(Op::between("name", false, true)));
        // Still taken: null, a BOOLEAN attribute, a number or text for text.
        generate(Op::is("age", QVariant()));
        generate(Op::isNot("active", false));
        generate(Op::eq("name", 3));
        generate(Op::eq("active", 1));
    }

    // A long IN list is one bound JSON array on SQLite for every comparable type (one ? per
    // value made QSQLITE's lookup quadratic: 15-80 s for 100,000 doubles), a bound array for
    // keys on PostgreSQL, one ? per value otherwise.
    void longInLists_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("sql");
        QTest::newRow("sqlite/double")
            << "sqlite"
            << "score" << QVariant(0.5) << "`score` IN (SELECT value FROM json_each(?))";
        QTest::newRow("sqlite/decimal")
            << "sqlite"
            << "price" << QVariant("1.25") << "`price` IN (SELECT value FROM json_each(?))";
        QTest::newRow("sqlite/date")
            << "sqlite"
            << "at" << QVariant(QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC))
            << "`at` IN (SELECT value FROM json_each(?))";
        QTest::newRow("sqlite/boolean")
            << "sqlite"
            << "active" << QVariant(true) << "`active` IN (SELECT value FROM json_each(?))";
        QTest::newRow("sqlite/blob")
            << "sqlite"
            << "data" << QVariant(QByteArray("\x01", 1)) << "`data` IN (?, ?)";
        QTest::newRow("postgres/int")
            << "postgres"
            << "age" << QVariant(3) << "\"age\" IN (SELECT unnest(CAST(? AS bigint[])))";
        QTest::newRow("postgres/double") << "postgres"
                                         << "score" << QVariant(0.5) << "\"score\" IN (?, ?)";
        QTest::newRow("mariadb/int") << "mariadb"
                                     << "age" << QVariant(3) << "`age` IN (?, ?)";
    }
    void longInLists()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, attribute);
        QFETCH(QVariant, value);
        QFETCH(QString, sql);
        Fixture f(url(dialect));
        ModelDefinition *reading = f.sequelize.define("Reading",
                                                      {{"age", DataTypes::Integer()},
                                                       {"score", DataTypes::Double()},
                                                       {"price", DataTypes::Decimal(10, 2)},
                                                       {"at", DataTypes::Date()},
                                                       {"active", DataTypes::Boolean()},
                                                       {"data", DataTypes::Blob()}},
                                                      ModelOptions().timestamps(false));
        const QVariantList values(40, value);
        Statement s;
        QueryGenerator(*ModelDefinitionPrivate::get(reading))
            .appendWhere(s, Op::in(attribute, values));
        const QString expected = QStringLiteral(" WHERE ") + sql;
        if (expected.endsWith(QLatin1String("(?, ?)"))) {
            QVERIFY2(s.sql.startsWith(expected.chopped(1)), qPrintable(s.sql));
            QCOMPARE(s.bindings.size(), values.size());
        } else {
            QCOMPARE(s.sql, expected);
            QCOMPARE(s.bindings.size(), 1);
        }
    }

    void unknownAttribute()
    {
        Fixture f(url(QStringLiteral("sqlite")));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, select(f, FindOptions().where({{"x", 1}})));
        QVERIFY_THROWS_EXCEPTION(ValidationError, select(f, FindOptions().where({{"age", "x"}})));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            select(f, FindOptions().where(Where("age", Where::Between, QVariantList{1}))));
    }

    void insertAndUpdate_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("insert");
        QTest::addColumn<QString>("update");
        QTest::newRow("sqlite") << "sqlite"
                                << "INSERT INTO `Users` (`name`, `active`) VALUES (?, ?) "
                                   "RETURNING `id`"
                                << "UPDATE `Users` SET `age` = ? WHERE `id` = ?";
        QTest::newRow("postgres") << "postgres"
                                  << "INSERT INTO \"Users\" (\"name\", \"active\") VALUES (?, ?) "
                                     "RETURNING \"id\""
                                  << "UPDATE \"Users\" SET \"age\" = ? WHERE \"id\" = ?";
        QTest::newRow("mariadb") << "mariadb"
                                 << "INSERT INTO `Users` (`name`, `active`) VALUES (?, ?)"
                                 << "UPDATE `Users` SET `age` = ? WHERE `id` = ?";
    }
    void insertAndUpdate()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, insert);
        QFETCH(QString, update);
        Fixture f(url(dialect));
        const QueryGenerator g = f.generator();
        const Statement i = g.insert({1, 3}, {QStringLiteral("a"), true}, {0});
        QCOMPARE(i.sql, insert);
        // Booleans are bound as the dialect stores them.
        QCOMPARE(i.bindings.at(1),
                 dialect == QLatin1String("postgres") ? QVariant(true) : QVariant(1));
        const Statement u = g.update({2}, {5}, Op::eq("id", 1), false);
        QCOMPARE(u.sql, update);
        QCOMPARE(u.bindings, (QVariantList{5, 1}));
    }

    // update/destroy with a limit: MariaDB's own LIMIT, elsewhere the rows' identity among a
    // limited SELECT's (Sequelize's destroy), the limit bound.
    void limitedWrites_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("remove");
        QTest::newRow("sqlite") << "sqlite"
                                << "DELETE FROM `Users` WHERE rowid IN (SELECT rowid FROM `Users` "
                                   "WHERE `age` = ? LIMIT ?)";
        QTest::newRow("postgres") << "postgres"
                                  << "DELETE FROM \"Users\" WHERE ctid IN (SELECT ctid FROM "
                                     "\"Users\" WHERE \"age\" = ? LIMIT ?)";
        QTest::newRow("mariadb") << "mariadb"
                                 << "DELETE FROM `Users` WHERE `age` = ? LIMIT ?";
    }
    void limitedWrites()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, remove);
        Fixture f(url(dialect));
        const Statement d = f.generator().remove(Op::eq("age", 3), false, 2);
        QCOMPARE(d.sql, remove);
        QCOMPARE(d.bindings, (QVariantList{3, 2}));
        const Statement u = f.generator().update({2}, {5}, Op::eq("age", 3), false, 2);
        QVERIFY(u.sql.endsWith(remove.mid(remove.indexOf(QLatin1String(" WHERE ")))));
        QCOMPARE(u.bindings, (QVariantList{5, 3, 2}));
        QCOMPARE(f.generator().remove(Op::eq("age", 3), false).sql,
                 remove.left(remove.indexOf(QLatin1String(" WHERE ")))
                     + (dialect == QLatin1String("postgres") ? " WHERE \"age\" = ?"
                                                             : " WHERE `age` = ?"));
    }

    void createTable_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("sql");
        QTest::newRow("sqlite") << "sqlite"
                                << "CREATE TABLE IF NOT EXISTS `Users` (`id` INTEGER PRIMARY KEY "
                                   "AUTOINCREMENT, `name` VARCHAR(255), `age` INTEGER, "
                                   "`active` TINYINT(1), `createdAt` DATETIME NOT NULL, "
                                   "`updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME)";
        QTest::newRow("postgres")
            << "postgres"
            << "CREATE TABLE IF NOT EXISTS \"Users\" (\"id\" SERIAL, \"name\" "
               "VARCHAR(255), \"age\" INTEGER, \"active\" BOOLEAN, "
               "\"createdAt\" TIMESTAMP WITH TIME ZONE NOT NULL, \"updatedAt\" "
               "TIMESTAMP WITH TIME ZONE NOT NULL, \"deletedAt\" TIMESTAMP "
               "WITH TIME ZONE, PRIMARY KEY (\"id\"))";
        QTest::newRow("mariadb") << "mariadb"
                                 << "CREATE TABLE IF NOT EXISTS `Users` (`id` INTEGER NOT NULL "
                                    "auto_increment, `name` VARCHAR(255), `age` INTEGER, `active` "
                                    "TINYINT(1), `createdAt` DATETIME(3) NOT NULL, `updatedAt` "
                                    "DATETIME(3) NOT NULL, `deletedAt` DATETIME(3), PRIMARY KEY "
                                    "(`id`)) ENGINE=InnoDB";
    }
    void createTable()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, sql);
        Fixture f(url(dialect));
        QCOMPARE(f.generator().createTable(TableOptions()).last(), sql);
        if (dialect == QLatin1String("mariadb")) {
            const QString options = DdlGenerator(*SequelizePrivate::get(&f.sequelize)->dialect)
                                        .createTable(TableName(QStringLiteral("t")), {},
                                                     {"utf8mb4", "utf8mb4_bin", "Aria"});
            QVERIFY2(options.endsWith(" ENGINE=Aria DEFAULT CHARSET=utf8mb4 COLLATE utf8mb4_bin"),
                     qPrintable(options));
        }
    }

    void quoting()
    {
        Fixture pg(url(QStringLiteral("postgres")));
        Fixture my(url(QStringLiteral("mariadb")));
        ModelDefinition *a = pg.sequelize.define("A", {{"we\"ird", DataTypes::String()}},
                                                 ModelOptions().tableName("t\"x"));
        ModelDefinition *b = my.sequelize.define("B", {{"we`ird", DataTypes::String()}},
                                                 ModelOptions().tableName("t`x"));
        FindOptions o;
        o.attributes({QStringLiteral("we\"ird")});
        QCOMPARE(QueryGenerator(*ModelDefinitionPrivate::get(a)).select(OptionsAccess::data(o)).sql,
                 QStringLiteral("SELECT \"we\"\"ird\" FROM \"t\"\"x\" AS \"A\""));
        FindOptions p;
        p.attributes({QStringLiteral("we`ird")});
        QCOMPARE(QueryGenerator(*ModelDefinitionPrivate::get(b)).select(OptionsAccess::data(p)).sql,
                 QStringLiteral("SELECT `we``ird` FROM `t``x` AS `B`"));
    }

    // A model's schema: "schema"."table" where the database has schemas, one "schema.table"
    // identifier on SQLite (Sequelize's addSchema); PostgreSQL's ENUM type goes in the schema.
    void schemaQualified_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("select");
        QTest::addColumn<QString>("enumType");
        QTest::newRow("sqlite") << "sqlite"
                                << "SELECT `id` FROM `app.tasks` AS `Task`"
                                << "";
        QTest::newRow("postgres") << "postgres"
                                  << "SELECT \"id\" FROM \"app\".\"tasks\" AS \"Task\""
                                  << "\"app\".\"enum_tasks_state\"";
        QTest::newRow("mariadb") << "mariadb"
                                 << "SELECT `id` FROM `app`.`tasks` AS `Task`"
                                 << "";
    }
    void schemaQualified()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, select);
        QFETCH(QString, enumType);
        Fixture f(url(dialect));
        ModelDefinition *task
            = f.sequelize.define("Task", {{"state", DataTypes::Enum({"a", "b"})}},
                                 ModelOptions().tableName("tasks").schema("app").timestamps(false));
        FindOptions o;
        o.attributes({QStringLiteral("id")});
        const QueryGenerator generator(*ModelDefinitionPrivate::get(task));
        QCOMPARE(generator.select(OptionsAccess::data(o)).sql, select);
        const QStringList create = generator.createTable(TableOptions());
        QVERIFY2(create.last().contains(select.mid(select.indexOf("FROM ") + 5).section(' ', 0, 0)),
                 qPrintable(create.last()));
        if (!enumType.isEmpty())
            QVERIFY2(create.first().contains("CREATE TYPE " + enumType),
                     qPrintable(create.first()));
    }

    // Includes that drop source rows become a key subquery over joins, so that limit counts
    // source rows; the where's $path.attribute$ names the joined alias; values stay bound.
    void filteringIncludes()
    {
        Fixture pg(url(QStringLiteral("postgres")));
        ModelDefinition *post = pg.sequelize.define("Post", {{"title", DataTypes::String()}},
                                                    ModelOptions().timestamps(false));
        pg.user->hasMany(post, AssociationOptions().as("posts").foreignKey("userId"));
        FindOptions o;
        o.attributes({QStringLiteral("name")})
            .include(Include("posts").where(Op::eq("title", "x' OR 1=1")))
            .where(Op::gt("$posts.id$", 3) || Op::eq("name", "ann"))
            .limit(2);
        const Statement statement = select(pg, o);
        QCOMPARE(
            statement.sql,
            QStringLiteral(
                "SELECT \"name\" FROM \"Users\" AS \"User\" WHERE \"id\" IN (SELECT "
                "\"User\".\"id\" FROM \"Users\" AS \"User\" INNER JOIN \"Posts\" AS \"posts\" ON "
                "\"posts\".\"userId\" = \"User\".\"id\" AND \"posts\".\"title\" = ? WHERE "
                "((\"posts\".\"id\" > ? OR \"User\".\"name\" = ?) AND \"User\".\"deletedAt\" "
                "IS NULL)) LIMIT ?"));
        QCOMPARE(statement.bindings, (QVariantList{"x' OR 1=1", 3, "ann", 2}));
        // Ordering by an included attribute: a correlated MIN/MAX, no duplicated rows.
        FindOptions ordered;
        ordered.order(QStringLiteral("posts.title"), Qt::DescendingOrder);
        QVERIFY(select(pg, ordered)
                    .sql.endsWith(QStringLiteral(
                        "ORDER BY (SELECT MAX(\"posts\".\"title\") FROM \"Users\" AS "
                        "\"qsq_source\" LEFT OUTER JOIN \"Posts\" AS \"posts\" ON "
                        "\"posts\".\"userId\" = \"qsq_source\".\"id\" WHERE "
                        "\"qsq_source\".\"id\" = \"User\".\"id\") DESC")));
        FindOptions unknown;
        unknown.where(Op::eq(QStringLiteral("$comments.id$"), 1));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, select(pg, unknown));
    }

    // The QueryInterface's table statements, generated without a connection: identifiers
    // quoted, values bound, INSERTs chunked within the dialect's limits.
    void tableStatements()
    {
        Sequelize sequelize(QStringLiteral("sqlite::memory:")); // for its dialect; no query runs
        const RowStatements ddl(*SequelizePrivate::get(&sequelize)->dialect);
        QList<QVariantMap> rows;
        for (int i = 0; i < 120; ++i)
            rows.append({{QStringLiteral("na`me"), i}});
        rows.append({{QStringLiteral("other"), QStringLiteral("x' OR 1=1")}});
        const QList<Statement> inserts = ddl.insertRows(TableName(QStringLiteral("t")), rows);
        QCOMPARE(inserts.size(), 3); // 50 rows a statement on SQLite
        QVERIFY(inserts.first().sql.startsWith(
            QStringLiteral("INSERT INTO `t` (`na``me`, `other`) VALUES (?, ?), (?, ?)")));
        QCOMPARE(inserts.last().bindings.size(), 2 * 21);
        QCOMPARE(inserts.last().bindings.last(), QVariant(QStringLiteral("x' OR 1=1")));
        // bulkUpdate()/bulkDelete() write their where over a model of the table's columns.
        const std::unique_ptr<ModelDefinition> table
            = tableModel(&sequelize, TableName(QStringLiteral("t")),
                         Attributes{{QStringLiteral("a"), DataTypes::Integer()},
                                    {QStringLiteral("b"), DataTypes::String()},
                                    {QStringLiteral("c"), DataTypes::Integer()}});
        const ModelDefinitionPrivate &m = *ModelDefinitionPrivate::get(table.get());
        const Statement update = QueryGenerator(m).update(
            {m.indexOf(QStringLiteral("a"))}, {1},
            Where::fromMap(
                {{QStringLiteral("b"), QVariant()}, {QStringLiteral("c"), QVariantMap{{"gt", 2}}}}),
            false);
        QCOMPARE(update.sql,
                 QStringLiteral("UPDATE `t` SET `a` = ? WHERE (`b` IS NULL AND `c` > ?)"));
        QCOMPARE(update.bindings, (QVariantList{1, 2}));
        QCOMPARE(QueryGenerator(m)
                     .remove(Where::fromMap({{QStringLiteral("c"), QVariantList()}}), false)
                     .sql,
                 QStringLiteral("DELETE FROM `t` WHERE `c` IN (NULL)"));
    }

    // The types a column's description reads as, for those models.
    void describedTypes_data()
    {
        QTest::addColumn<QString>("described");
        QTest::addColumn<int>("kind");
        const QList<QPair<const char *, DataType::Kind>> rows = {
            {"INT(11)", DataType::Integer},
            {"INTEGER", DataType::Integer},
            {"SMALLINT(6)", DataType::Integer},
            {"BIGINT(20)", DataType::BigInt},
            {"TINYINT(1)", DataType::Boolean},
            {"BOOLEAN", DataType::Boolean},
            {"NUMERIC", DataType::Decimal},
            {"DECIMAL(10,2)", DataType::Decimal},
            {"DOUBLE PRECISION", DataType::Double},
            {"FLOAT", DataType::Double},
            {"TIMESTAMP WITH TIME ZONE", DataType::Date},
            {"DATETIME(3)", DataType::Date},
            {"DATE", DataType::DateOnly},
            {"TIME WITHOUT TIME ZONE", DataType::Time},
            {"INTERVAL", DataType::Invalid},
            {"POINT", DataType::Invalid},
            {"", DataType::Invalid},
            {"BIT(1)", DataType::Invalid},
            {"JSONB", DataType::JsonB},
            {"JSON", DataType::Json},
            {"UUID", DataType::Uuid},
            {"LONGBLOB", DataType::Blob},
            {"BYTEA", DataType::Blob},
            {"CHARACTER VARYING(255)", DataType::Text},
            {"USER-DEFINED", DataType::Text},
            {"ARRAY", DataType::Invalid},
        };
        for (const auto &[described, kind] : rows)
            QTest::newRow(described) << QString::fromLatin1(described) << int(kind);
    }
    void describedTypes()
    {
        QFETCH(QString, described);
        QFETCH(int, kind);
        QCOMPARE(int(describedType(described).kind()), kind);
    }
};

QTEST_GUILESS_MAIN(tst_QueryGenerator)
#include "tst_querygenerator.moc"
