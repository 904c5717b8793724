// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Hostile input (issue 16): what fuzzing and an attacker found, each refused with a clear error
// and the data left intact, on every dialect.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtCore/qdatetime.h>
#include <QtTest/qtest.h>

#include <cmath>
#include <functional>
#include <limits>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_HostileInput : public QObject
{
    Q_OBJECT

private:
    static ModelDefinition *items(Sequelize *s)
    {
        ModelDefinition *item = s->define("Item",
                                          {{"name", DataTypes::String()},
                                           {"n", DataTypes::Integer()},
                                           {"x", DataTypes::Double()},
                                           {"day", DataTypes::DateOnly()},
                                           {"at", DataTypes::Date()}},
                                          ModelOptions().timestamps(false));
        item->sync(SyncOptions().force());
        item->create({{"name", "kept"}, {"n", 1}});
        return item;
    }
    static QStringList names(ModelDefinition *item)
    {
        QStringList result;
        for (const auto &row : item->findAll(FindOptions().order("name")))
            result.append(row->get("name").toString());
        return result;
    }
    static QVariantMap nested(int depth)
    {
        QVariantMap map{{"n", 1}};
        for (int i = 0; i < depth; ++i)
            map = QVariantMap{{"and", QVariantList{map}}};
        return map;
    }

private slots:
    // A where nested 100,000 levels deep crashed with a stack overflow; nesting past 64 levels
    // of the map form (256 of a C++-built tree) is refused. (The test's inputs stay at 5,000
    // levels: deeper, destroying the QVariantMap itself exhausts the stack, in Qt; QML and
    // QJsonDocument stop at 1,024.) A long a || b || ... built in a loop stays flat and runs.
    void deepWhere_data() { TestDatabases::addDialectRows(); }
    void deepWhere()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = items(s.get());
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Where::fromMap(nested(5000)));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Where::fromMap(nested(65)));
        QCOMPARE(item->count(FindOptions().where(Where::fromMap(nested(20)))), qint64(1));
        Where deep = Op::eq("n", 1);
        for (int i = 0; i < 2500; ++i)
            deep = Op::not_(Op::not_(deep));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, item->count(FindOptions().where(deep)));
        Where chain;
        for (int i = 0; i < 500; ++i)
            chain = i ? (chain || Op::eq("n", i)) : Op::eq("n", i);
        QCOMPARE(chain.children().size(), 500);
        QCOMPARE(item->count(FindOptions().where(chain)), qint64(1));
        QCOMPARE(item->count(), qint64(1));
    }

    // A double out of the integer range was converted before the check (undefined behaviour):
    // a ValidationError now when written; as a where operand it is compared by value, as
    // Sequelize compares it (tst_numericoperands), and matches nothing. NaN and infinities became
    // NULL on SQLite: a floating-point attribute stores them as Sequelize does (PostgreSQL's own
    // values, SQLite's text for them), MariaDB, which has none, refuses them with a DatabaseError.
    void numbersOutOfRange_data() { TestDatabases::addDialectRows(); }
    void numbersOutOfRange()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = items(s.get());
        for (const QVariant &v : {QVariant(1e300), QVariant(-1e300), QVariant(9.25e18),
                                  QVariant(std::numeric_limits<double>::quiet_NaN())}) {
            if (std::isnan(v.toDouble()))
                QVERIFY_THROWS_EXCEPTION(ValidationError,
                                         item->findAll(FindOptions().where({{"n", v}})));
            else
                QVERIFY(item->findAll(FindOptions().where({{"n", v}})).isEmpty());
            QVERIFY_THROWS_EXCEPTION(ValidationError, item->create({{"n", v}}));
        }
        const bool mariadb = dialect == QLatin1String("mariadb");
        for (const double v :
             {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
              -std::numeric_limits<double>::infinity()}) {
            if (mariadb) {
                QVERIFY_THROWS_EXCEPTION(DatabaseError, item->create({{"x", v}}));
                continue;
            }
            const auto read = item->findByPk(item->create({{"x", v}})->get("id"));
            const double stored = read->get("x").toDouble();
            QVERIFY(std::isnan(v) ? std::isnan(stored) : stored == v);
        }
        QCOMPARE(item->count(), qint64(mariadb ? 1 : 4));
    }

    // Dates PostgreSQL stored as NULL (years past 9999, before 1) are refused everywhere.
    void datesOutOfRange_data() { TestDatabases::addDialectRows(); }
    void datesOutOfRange()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = items(s.get());
        QVERIFY_THROWS_EXCEPTION(ValidationError, item->create({{"day", QDate(10000, 1, 1)}}));
        QVERIFY_THROWS_EXCEPTION(ValidationError, item->create({{"day", QDate(-100, 6, 1)}}));
        QVERIFY_THROWS_EXCEPTION(
            ValidationError,
            item->create({{"at", QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC)}}));
        QCOMPARE(item->count(), qint64(1));
        const auto edge
            = item->create({{"day", QDate(9999, 12, 31)}, {"at", "0001-01-02T00:00:00Z"}});
        const auto read = item->findByPk(edge->get("id"));
        QCOMPARE(read->get("day").toDate(), QDate(9999, 12, 31));
        QCOMPARE(read->get("at").toDateTime().date(), QDate(1, 1, 2));
    }

    // NUL characters cut statements: refused in values (naming the attribute), identifiers,
    // raw SQL and raw values.
    void nulCharacters_data() { TestDatabases::addDialectRows(); }
    void nulCharacters()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = items(s.get());
        const QString withNul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        try {
            item->create({{"name", withNul}});
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(e.errors().value(0).path(), QStringLiteral("name"));
        }
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 item->findAll(FindOptions().where({{"name", withNul}})));
        // As patterns and JSON path values too (SQLite compared them up to the NUL and matched
        // nothing, a stored JSON string with a NUL included).
        for (const Where &where : {Op::like("name", withNul), Op::iLike("name", withNul),
                                   Op::startsWith("name", withNul)})
            QVERIFY_THROWS_EXCEPTION(ValidationError, item->findAll(FindOptions().where(where)));
        ModelDefinition *doc = s->define("Doc", {{"data", DataTypes::Json()}});
        doc->sync();
        doc->create({{"data", QVariantMap{{"k", withNul}}}});
        QCOMPARE(doc->findAll().first()->get("data").toJsonValue()["k"].toString(), withNul);
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 doc->findAll(FindOptions().where({{"data.k", withNul}})));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, s->queryInterface().quoteIdentifier(withNul));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 s->define("Bad", {{withNul, DataTypes::String()}})->sync());
        // An attribute without a name: SQLite made a column named "", the others refused it
        // at sync.
        QVERIFY_THROWS_EXCEPTION(DefinitionError, s->define("Blank", {{"", DataTypes::String()}}));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s->define("BlankField",
                      {{"v", Attribute(DataTypes::String()).field(QLatin1String(""))}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, s->query(QStringLiteral("SELECT 1") + QChar(0)));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s->query("SELECT ? + 0 AS v", QueryOptions().replacements(QVariantList{withNul})));
        QCOMPARE(item->count(), qint64(1));
    }

    // An unpaired UTF-16 surrogate has no UTF-8 form: each database stored another character
    // in its place ('?' on PostgreSQL and MariaDB, U+FFFD on SQLite) without a word. Refused
    // as a NUL is, in values, conditions and raw queries; the row stays as it was.
    void unpairedSurrogates_data() { TestDatabases::addDialectRows(); }
    void unpairedSurrogates()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *item = items(s.get());
        const QString lone = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b");
        QVERIFY_THROWS_EXCEPTION(ValidationError, item->create({{"name", lone}}));
        const auto made = item->create({{"name", QString::fromUtf8("ok 😀")}});
        QVERIFY_THROWS_EXCEPTION(ValidationError, made->update({{"name", lone}}));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 item->findAll(FindOptions().where(Op::like("name", lone))));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s->query("SELECT ? AS v", QueryOptions().replacements(QVariantList{lone})));
        QCOMPARE(item->findByPk(made->get("id"))->get("name").toString(),
                 QString::fromUtf8("ok 😀"));
    }

    // The raw-query scanner reads SQL as the database does: placeholders in comments, dollar
    // quotes and escaped strings are text; what it cannot place is refused, never bound to the
    // wrong parameter (SQLite's "SELECT @x /* ? ? */" crashed the process).
    // Empty names: order("") wrote "ORDER BY  ASC" (a syntax error from the database), an empty
    // alias selected a column named "" on SQLite. Each is a typed error before any SQL runs.
    void emptyNames_data() { TestDatabases::addDialectRows(); }
    void emptyNames()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *item = items(sequelize.get());
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, item->findAll(FindOptions().order("")));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 item->findAll(FindOptions().order({{"", "DESC"}})));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 item->findAllRaw(FindOptions().attribute("name", "")));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            item->findAllRaw(FindOptions().attribute(Sequelize::fn("COUNT", {1}), QString())));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            item->findAll(FindOptions().includeAttribute(Sequelize::fn("COUNT", {1}), "")));
        QCOMPARE(item->findAll(FindOptions().order("name")).size(), 1);

        // QueryInterface: SQLite made a table "", a column "" and renamed a column to "";
        // an index on the field "" left the column out (a syntax error, or on MariaDB a
        // "computed key"). The table is intact after each.
        QueryInterface qi = sequelize->queryInterface();
        const QString none;
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 qi.createTable(none, {{"a", DataTypes::Integer()}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 qi.createTable("T2", {{"", DataTypes::Integer()}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, qi.renameColumn("Items", "name", none));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, qi.renameTable("Items", none));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, qi.addIndex("Items", {none}));
        // (SQLite: "no column \"\"", as for any column the table lacks)
        QVERIFY_THROWS_EXCEPTION(BaseError, qi.removeColumn("Items", none));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, qi.dropTable(none));
        QCOMPARE(qi.showAllTables(), QStringList{"Items"});
        QVERIFY(qi.describeTable("Items").contains("name"));
        QCOMPARE(item->findOne()->get("name").toString(), QStringLiteral("kept"));

        // A model named "" had a table named "" (made on SQLite); a timestamp renamed to ""
        // is Sequelize's error ("Value for \"createdAt\" option cannot be an empty string"),
        // where disableCreatedAt() drops it.
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 sequelize->define("", {{"a", DataTypes::Integer()}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 sequelize->define("Stamp", {{"a", DataTypes::Integer()}},
                                                   ModelOptions().createdAt("")));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 sequelize->define("Stamp", {{"a", DataTypes::Integer()}},
                                                   ModelOptions().paranoid().deletedAt("")));
        QVERIFY(
            !sequelize
                 ->define("Stamp", {{"a", DataTypes::Integer()}}, ModelOptions().disableCreatedAt())
                 ->hasAttribute("createdAt"));
        QCOMPARE(qi.showAllTables(), QStringList{"Items"});
    }

    void rawQueryLexing_data() { TestDatabases::addDialectRows(); }
    void rawQueryLexing()
    {
        QSQ_OPEN_DIALECT(s);
        auto one = [&](const QString &sql, const QVariantList &values) {
            return s->query(sql, QueryOptions().replacements(values)).rows().value(0);
        };
        QCOMPARE(one("SELECT ? + 0 AS v -- ?\n", {9}).value("v").toInt(), 9);
        QCOMPARE(one("SELECT ? + 0 AS v /* ? ' ? */", {8}).value("v").toInt(), 8);
        if (dialect == QLatin1String("postgres")) {
            // QtSequelize's driver numbers placeholders as the server reads the SQL: a ? in a
            // quoted name, a dollar quote or an E'' string is text.
            QCOMPARE(
                one("SELECT ? + 0 AS \"a?\", $$?$$ AS d, E'it''s ?' AS e", {7}).value("a?").toInt(),
                7);
            // Qt's QPSQL numbers ? in comments too and toggles its idea of a string on every ':
            // with values bound, a ? or ' in a comment is refused there.
            const QString url = TestDatabases::url(QStringLiteral("postgres"));
            Sequelize qpsql(url + (url.contains(QLatin1Char('?')) ? "&" : "?") + "driver=QPSQL");
            auto viaQt = [&](const QString &sql, const QVariantList &values) {
                return qpsql.query(sql, QueryOptions().replacements(values)).rows().value(0);
            };
            QVERIFY_THROWS_EXCEPTION(DefinitionError, viaQt("SELECT ? + 0 AS v -- ?\n", {9}));
            QVERIFY_THROWS_EXCEPTION(DefinitionError, viaQt("SELECT ? + 0 AS v /* ' */", {8}));
            QCOMPARE(viaQt("SELECT ? + 0 AS v -- no marks\n", {9}).value("v").toInt(), 9);
            // Qt's QSqlResult takes a :name in a dollar quote for a placeholder ($$:a$$ came
            // back "?"): refused there too.
            QVERIFY_THROWS_EXCEPTION(DefinitionError, viaQt("SELECT $$:a$$ AS a, ? + 0 AS v", {9}));
            QCOMPARE(viaQt("SELECT ':a' AS a, ? + 0 AS v", {9}).value("a").toString(),
                     QStringLiteral(":a"));
        }
        QVERIFY_THROWS_EXCEPTION(DefinitionError, one("SELECT ? + 0 AS v /* ? ", {1}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, one("SELECT 'open AS v, ?", {1}));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s->query("SELECT :a AS a, 1 ? 2", QueryOptions().replacements(QVariantMap{{"a", 1}})));
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError, one("SELECT @x /* ? ? */", {1, 2}));
            QVERIFY_THROWS_EXCEPTION(DefinitionError, one("SELECT :x, ?", {1}));
            QCOMPARE(one("SELECT ? + 0 AS [we?ird]", {4}).value("we?ird").toInt(), 4);
        } else if (dialect == QLatin1String("postgres")) {
            QCOMPARE(one("/* /* x */ y */ SELECT ? + 0 AS v", {3}).value("v").toInt(), 3);
            QCOMPARE(one("SELECT $$a;b$$ AS a, ? + 0 AS v", {5}).value("a").toString(),
                     QStringLiteral("a;b"));
            QCOMPARE(one("SELECT E'x\\ty' AS a, ? + 0 AS v", {6}).value("a").toString(),
                     QStringLiteral("x\ty"));
            // A ' or a ? in a dollar quote is text (Qt's QPSQL would take them for a string's
            // start or a parameter: refused there).
            QCOMPARE(one("SELECT $$a'b$$ AS a, ? + 0 AS v", {5}).value("a").toString(),
                     QStringLiteral("a'b"));
            QCOMPARE(one("SELECT ? + 0 AS v, $$?$$ AS a", {5}).value("a").toString(),
                     QStringLiteral("?"));
            // Without values a ? is PostgreSQL's own (jsonb ? key).
            QCOMPARE(
                s->query("SELECT '{\"k\": 1}'::jsonb ? 'k' AS has").rows().value(0).value("has"),
                QVariant(true));
        } else {
            QCOMPARE(one("SELECT 'a\\'?' AS a, ? + 0 AS v", {4}).value("v").toInt(), 4);
            QCOMPARE(one("# ?\nSELECT ? + 0 AS v", {2}).value("v").toInt(), 2);
            // MariaDB: "--" starts a comment only before a space; 3--1 is 3 - (-1).
            QCOMPARE(one("SELECT 3--1 AS v, ? + 0 AS w", {1}).value("v").toInt(), 4);
            QCOMPARE(one("SELECT 3 AS v -- ?", {}).value("v").toInt(), 3);
        }
    }

    // Qt's own drivers (QSQLITE, QMYSQL; PostgreSQL's before QtSequelize's driver skipped the
    // step) read every ":name" outside '...', "...", `...` and [...] as a placeholder of their
    // own, in comments, dollar quotes and after a backslash-escaped quote too: SQLite crashed,
    // MariaDB read 'a\':b' as "a'?", PostgreSQL $$:a$$ as "?". Found by random raw queries run
    // through Sequelize 6.37.8 and QtSequelize (what Sequelize returned is expected here).
    // A name that is no column of the table is an error on every database. SQLite took a
    // double-quoted one in SQL written by hand (raw queries, literals, CHECKs) for its text
    // ("ghost" = 'ghost'), so an order, count, condition or SET by a misspelt column ran on a
    // constant: no order, every row counted, matched, deleted or set to the name.
    void unknownColumnsAreErrors_data() { TestDatabases::addDialectRows(); }
    void unknownColumnsAreErrors()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *item = items(sequelize.get());
        item->create({{"name", "second"}, {"n", 2}});
        const QueryInterface qi = sequelize->queryInterface();
        const Expression ghost = Sequelize::col(QStringLiteral("ghost"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, item->findAll(FindOptions().order(ghost)));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 item->findAll(FindOptions().where(
                                     Sequelize::where(ghost, Where::Eq, QStringLiteral("ghost")))));
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            item->findAllRaw(FindOptions().attribute(
                Sequelize::fn("count", {QVariant::fromValue(ghost)}), QStringLiteral("n"))));
        QVERIFY_THROWS_EXCEPTION(
            UnknownAttributeError,
            item->countGrouped(FindOptions().group({QStringLiteral("ghost")})));
        // As users write SQL (the README's literal("\"price\" > 0")): double quotes, which
        // MariaDB takes for a string unless in ANSI_QUOTES mode.
        const QString name = dialect == QLatin1String("mariadb") ? qi.quoteIdentifier("ghost")
                                                                 : QStringLiteral("\"ghost\"");
        for (const QString &sql : {name, name + QStringLiteral(" || 'x'")})
            QVERIFY_THROWS_EXCEPTION(
                DatabaseError,
                item->update({{"name", QVariant::fromValue(Sequelize::literal(sql))}}, Where()));
        const QString table = qi.quoteIdentifier("Items");
        for (const QString &sql :
             {QStringLiteral("SELECT %1 FROM %2"), QStringLiteral("SELECT count(%1) FROM %2"),
              QStringLiteral("SELECT * FROM %2 ORDER BY %1"),
              QStringLiteral("UPDATE %2 SET %3 = %1"),
              QStringLiteral("DELETE FROM %2 WHERE %1 = 'ghost'")})
            QVERIFY_THROWS_EXCEPTION(
                DatabaseError,
                sequelize->query(QString(sql)
                                     .replace("%1", name)
                                     .replace("%2", table)
                                     .replace("%3", qi.quoteIdentifier("name"))));
        QCOMPARE(names(item), QStringList({"kept", "second"}));
        ModelDefinition *checked
            = sequelize->define("Checked",
                                {{"price",
                                  Attribute(DataTypes::Integer())
                                      .check(Sequelize::literal(name + QStringLiteral(" > 0")))}});
        QVERIFY_THROWS_EXCEPTION(DatabaseError, checked->sync(SyncOptions().force()));
    }

    // An over-long value is an error in every row of a statement, whatever the table's engine:
    // a MyISAM or Aria table on MariaDB cut the second row of a bulkCreate or an update to the
    // column's length with a warning (strict mode covered transactional tables only). SQLite
    // and PostgreSQL have no engines: the option is refused.
    void nonTransactionalTablesNeverTruncate_data() { TestDatabases::addDialectRows(); }
    void nonTransactionalTablesNeverTruncate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        for (const char *engine : {"MyISAM", "Aria"}) {
            ModelDefinition *row = sequelize->define(
                "EngineRow", {{"name", DataTypes::String(3)}, {"n", DataTypes::Integer()}},
                ModelOptions().timestamps(false).engine(QString::fromLatin1(engine)));
            if (dialect != QLatin1String("mariadb")) {
                QVERIFY_THROWS_EXCEPTION(DefinitionError, row->sync(SyncOptions().force()));
                continue;
            }
            row->sync(SyncOptions().force());
            QVERIFY_THROWS_EXCEPTION(
                DatabaseError,
                row->bulkCreate({{{"name", "ok"}, {"n", 1}}, {{"name", "toolong"}, {"n", 2}}}));
            row->destroy(Where());
            row->bulkCreate({{{"name", "a"}, {"n", 1}}, {{"name", "b"}, {"n", 2}}});
            QVERIFY_THROWS_EXCEPTION(
                DatabaseError,
                row->update({{"name",
                              QVariant::fromValue(Sequelize::literal(
                                  QStringLiteral("IF(`n` = 2, 'toolong', 'c')")))}},
                            Where()));
            for (const auto &r : row->findAll())
                QVERIFY2(r->get("name").toString().size() < 3, engine); // nothing cut
        }
    }

    // A read that failed on a stored value (here a number past the attribute's INTEGER, from
    // a model of the same table with a BIGINT) left the cached statement active: on SQLite the
    // table stayed locked, and dropping it failed with "database table is locked" until the
    // same read ran again. Each read path, then a drop and create of the table.
    void failedReadsReleaseTheirStatement_data() { TestDatabases::addDialectRows(); }
    void failedReadsReleaseTheirStatement()
    {
        QSQ_OPEN_DIALECT(s);
        const ModelOptions table = ModelOptions().tableName("wide_rows").timestamps(false);
        ModelDefinition *wide = s->define("WideRow", {{"n", DataTypes::BigInt()}}, table);
        ModelDefinition *narrow = s->define("NarrowRow", {{"n", DataTypes::Integer()}}, table);
        const QList<std::function<void()>> reads{
            [&] { narrow->findAll(); },
            [&] { narrow->findAllRaw(); },
            [&] {
                narrow->findOne(FindOptions().where({{"id", 1}}));
            },
            [&] { narrow->findByPk(1); },
            [&] { narrow->countGrouped(FindOptions().group({"n"})); },
            [&] {
                narrow->build({{"id", 1}})->reload();
            },
            [&] {
                s->query("SELECT * FROM wide_rows WHERE id = ?",
                         QueryOptions().model(narrow).replacements(QVariantList{1}));
            },
        };
        for (qsizetype i = 0; i < reads.size(); ++i) {
            wide->sync(SyncOptions().force());
            wide->create({{"id", 1}, {"n", qint64(1) << 40}});
            bool refused = false;
            try {
                reads.at(i)();
            } catch (const DatabaseError &) {
                refused = true;
            }
            QVERIFY2(refused, qPrintable(QStringLiteral("read %1").arg(i)));
        }
        // An aggregate reads the number itself, as Sequelize does.
        QCOMPARE(narrow->max("n").toLongLong(), qint64(1) << 40);
        wide->sync(SyncOptions().force());
        QCOMPARE(wide->count(), qint64(0));
    }

    // increment()/decrement() past the attribute's integer type: PostgreSQL and MariaDB refuse
    // the UPDATE; SQLite stored the sum (one past 64 bits as a REAL), which no read could
    // take. It is a DatabaseError on every database now, and the row keeps its values.
    void incrementsPastTheType_data() { TestDatabases::addDialectRows(); }
    void incrementsPastTheType()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *counter = s->define("Counter",
                                             {{"i", DataTypes::Integer()},
                                              {"small", DataTypes::SmallInt()},
                                              {"big", DataTypes::BigInt()}},
                                             ModelOptions().timestamps(false));
        counter->sync(SyncOptions().force());
        constexpr qint64 bigMax = std::numeric_limits<qint64>::max();
        auto row = counter->create({{"i", 2147483000}, {"small", -32000}, {"big", bigMax - 5}});
        QVERIFY_THROWS_EXCEPTION(DatabaseError, counter->increment({{"i", 1000}}, Where()));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, counter->decrement({{"small", 1000}}, Where()));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, counter->increment({{"big", 10}}, Where()));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, row->increment("i", 1000));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, row->decrement("small", 769));
        auto read = counter->findByPk(row->get("id"));
        QCOMPARE(read->get("i").toInt(), 2147483000);
        QCOMPARE(read->get("small").toInt(), -32000);
        QCOMPARE(read->get("big").toLongLong(), bigMax - 5);
        // Up to the limits themselves.
        QCOMPARE(counter->increment({{"i", 647}, {"big", 5}}, Where()), 1);
        row->decrement("small", 768);
        QCOMPARE(row->get("small").toInt(), -32768);
        read = counter->findByPk(row->get("id"));
        QCOMPARE(read->get("i").toInt(), 2147483647);
        QCOMPARE(read->get("big").toLongLong(), bigMax);
        QCOMPARE(read->get("small").toInt(), -32768);
    }

    void colonNamesQtWouldTake_data() { TestDatabases::addDialectRows(); }
    void colonNamesQtWouldTake()
    {
        QSQ_OPEN_DIALECT(s);
        auto one = [&](const QString &sql, const QVariant &replacements) {
            QueryOptions options;
            if (replacements.metaType().id() == QMetaType::QVariantMap)
                options.replacements(replacements.toMap());
            else
                options.replacements(replacements.toList());
            return s->query(sql, options).rows().value(0);
        };
        const QVariantMap row
            = one("SELECT -- :a\n 1 AS w, /* ? :a */ ? + 0 AS v, ':a' AS x", QVariantList{5});
        QCOMPARE(row.value("v").toInt(), 5);
        QCOMPARE(row.value("w").toInt(), 1);
        QCOMPARE(row.value("x").toString(), QStringLiteral(":a"));
        QCOMPARE(one("SELECT /* it's :x */ :y + 0 AS v, ':z' AS w", QVariantMap{{"y", 7}})
                     .value("w")
                     .toString(),
                 QStringLiteral(":z"));
        QCOMPARE(one("SELECT 1 AS v /* :a */", QVariantList{}).value("v").toInt(), 1);
        if (dialect == QLatin1String("mariadb")) {
            QCOMPARE(one("SELECT 'a\\':b' AS a, ? + 0 AS v", QVariantList{5}).value("a").toString(),
                     QStringLiteral("a':b"));
            QCOMPARE(
                one("SELECT \"x\\\":a\" AS a, ? + 0 AS v", QVariantList{5}).value("a").toString(),
                QStringLiteral("x\":a"));
            // An executable comment is SQL: kept (the line comment holding ":c" is left out).
            QCOMPARE(
                one("SELECT /*!100000 3 + */ ? + 0 AS v -- :c", QVariantList{4}).value("v").toInt(),
                7);
        } else if (dialect == QLatin1String("postgres")) {
            QCOMPARE(one("SELECT $$:a$$ AS a, $t$ :b $t$ AS b, ? + 0 AS v", QVariantList{5})
                         .value("a")
                         .toString(),
                     QStringLiteral(":a"));
            QCOMPARE(
                one("SELECT E'a\\':b' AS a, ? + 0 AS v", QVariantList{5}).value("a").toString(),
                QStringLiteral("a':b"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_HostileInput)
#include "tst_hostileinput.moc"
