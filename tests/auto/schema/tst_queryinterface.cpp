// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qpoint.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qurl.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

// The QueryInterface beyond conformance scenario 26: what a column change keeps (SQLite
// rebuilds the table for it), table-level writes, dropping everything, refused input.
class tst_QueryInterface : public QObject
{
    Q_OBJECT

private:
    static int count(Sequelize *s, const QString &table)
    {
        return s
            ->query(QStringLiteral("SELECT COUNT(*) AS n FROM %1")
                        .arg(s->queryInterface().quoteIdentifier(table)))
            .rows()
            .value(0)
            .value("n")
            .toInt();
    }
    static void createParentsAndChildren(QueryInterface &qi)
    {
        qi.createTable("parents",
                       {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                        {"code", Attribute(DataTypes::String(20)).allowNull(false).unique()},
                        {"label", DataTypes::String()},
                        {"n", DataTypes::Integer()}});
        qi.createTable(
            "children",
            {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"parentId",
              Attribute(DataTypes::Integer()).references("parents").onDelete("cascade")}});
    }

private slots:
    void changeColumnKeepsTheTable_data() { TestDatabases::addDialectRows(); }
    void changeColumnKeepsTheTable()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        QueryInterface qi = s->queryInterface();
        createParentsAndChildren(qi);
        qi.addIndex("parents", {"label"});
        qi.bulkInsert("parents",
                      {{{"code", "a"}, {"label", "x"}, {"n", 1}},
                       {{"code", "b"}, {"label", "y"}, {"n", QVariant()}},
                       {{"code", "c"}, {"label", "it's"}, {"n", 3}}});
        qi.bulkUpdate("parents", {{"n", 2}}, {{"n", QVariant()}});
        qi.bulkInsert("children", {{{"parentId", 1}}});

        qi.changeColumn("parents", "n",
                        Attribute(DataTypes::BigInt()).allowNull(false).defaultValue(7));

        const ColumnDescription n = qi.describeTable("parents").value("n");
        QVERIFY(!n.allowsNull());
        QCOMPARE(n.defaultValue().toString(), QStringLiteral("7"));
        QVERIFY(n.type().startsWith("BIGINT"));
        QVERIFY(qi.describeTable("parents").value("id").isPrimaryKey());
        const QList<QVariantMap> rows
            = s->query(QStringLiteral("SELECT code, label, n FROM parents ORDER BY id")).rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(2).value("label").toString(), QStringLiteral("it's"));
        QCOMPARE(rows.at(1).value("n").toLongLong(), 2);

        bool labelIndex = false;
        bool codeUnique = false;
        for (const IndexDescription &index : qi.showIndex("parents")) {
            labelIndex = labelIndex || index.fields() == QStringList{"label"};
            codeUnique = codeUnique || (index.fields() == QStringList{"code"} && index.isUnique());
        }
        QVERIFY(labelIndex);
        QVERIFY(codeUnique);
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 qi.bulkInsert("parents", {{{"code", "a"}}}));
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 qi.bulkInsert("children", {{{"parentId", 99}}}));
        qi.bulkInsert("parents", {{{"code", "d"}}}); // n takes its new default
        const QVariantMap d = s->query(QStringLiteral("SELECT id, n FROM parents WHERE code = 'd'"))
                                  .rows()
                                  .value(0);
        // The key sequence continues (a failed insert may have taken a value on PostgreSQL and
        // MariaDB).
        QVERIFY(d.value("id").toInt() >= 4);
        QCOMPARE(d.value("n").toLongLong(), 7);
        QCOMPARE(qi.bulkDelete("parents", {{"code", "a"}}), 1);
        QCOMPARE(count(s, "children"), 0); // ON DELETE CASCADE survived
        QCOMPARE(count(s, "parents"), 3);
    }

    // An ENUM's values changed by sync({alter}) (changeColumn): the column takes the new values
    // (SQLite kept the old CHECK beside the new one and PostgreSQL the old type, so a new value
    // was refused); a value still stored that the model drops fails the alter, loudly, and the
    // rows stay.
    void changeColumnEnumValues_data() { TestDatabases::addDialectRows(); }
    void changeColumnEnumValues()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const auto define = [&](const QStringList &values) {
            return sequelize->define("Ticket",
                                     {{"state",
                                       Attribute(DataTypes::Enum(values))
                                           .allowNull(false)
                                           .defaultValue(values.first())}});
        };
        define({"open", "closed"})->sync(SyncOptions().force());
        define({"open", "closed"})->create({{"state", "closed"}});
        ModelDefinition *ticket = define({"open", "on hold", "closed", "it's done"});
        ticket->sync(SyncOptions().alter());
        ticket->create({{"state", "on hold"}});
        ticket->create({{"state", "it's done"}});
        ticket->create({});
        QCOMPARE(ticket->count(FindOptions().where({{"state", "open"}})), 1);
        // Through the database itself, not the model's validation: the old values are gone.
        ModelDefinition *narrowed = define({"open", "on hold", "it's done"});
        QVERIFY_THROWS_EXCEPTION(DatabaseError, narrowed->sync(SyncOptions().alter()));
        QCOMPARE(ticket->count(), 4);
        ticket->destroy(Where{{"state", "closed"}});
        narrowed->sync(SyncOptions().alter());
        QCOMPARE(narrowed->count(), 3);
        QVERIFY_THROWS_EXCEPTION(
            BaseError,
            sequelize->query(QStringLiteral("INSERT INTO %1 (%2) VALUES ('closed')")
                                 .arg(sequelize->queryInterface().quoteIdentifier("Tickets"),
                                      sequelize->queryInterface().quoteIdentifier("state"))));
        QCOMPARE(narrowed->count(), 3);
    }

    // dropTable() takes the table's own ENUM types with it (PostgreSQL, as Sequelize's): a table
    // created again under the name with other values takes them (the old type stayed, and the
    // new values were refused).
    void dropTableDropsItsEnumTypes_data() { TestDatabases::addDialectRows(); }
    void dropTableDropsItsEnumTypes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.dropTable("Shapes");
        qi.createTable("Shapes", {{"kind", DataTypes::Enum({"square", "circle"})}});
        qi.bulkInsert("Shapes", {{{"kind", "circle"}}});
        qi.dropTable("Shapes");
        if (dialect == QLatin1String("postgres")) {
            const QueryResult left = sequelize->query(QStringLiteral(
                "SELECT count(*) AS n FROM pg_type WHERE typname = 'enum_Shapes_kind'"));
            QCOMPARE(left.rows().first().value("n").toInt(), 0);
        }
        qi.createTable("Shapes", {{"kind", DataTypes::Enum({"triangle", "hexagon"})}});
        qi.bulkInsert("Shapes", {{{"kind", "hexagon"}}});
        QVERIFY_THROWS_EXCEPTION(BaseError, qi.bulkInsert("Shapes", {{{"kind", "circle"}}}));
        QCOMPARE(qi.describeTable("Shapes").size(), 1);
        qi.dropTable("Shapes");
    }

    // What the model does not describe survives a changed column: the table's and the
    // columns' CHECKs, a column's collation, generated columns (SQLite rebuilds the table;
    // PostgreSQL resets a collation on ALTER TYPE; MariaDB's MODIFY rewrites the column).
    void changeColumnKeepsUndescribed_data() { TestDatabases::addDialectRows(); }
    void changeColumnKeepsUndescribed()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        QueryInterface qi = s->queryInterface();
        if (dialect == QLatin1String("sqlite")) {
            s->query("CREATE TABLE \"things\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
                     "\"name\" TEXT COLLATE NOCASE CHECK (length(\"name\") > 0), \"n\" INTEGER, "
                     "\"k\" INTEGER, "
                     "\"doubled\" INTEGER GENERATED ALWAYS AS (\"k\" * 2) VIRTUAL, -- a, comment\n"
                     "CONSTRAINT \"n_small\" CHECK (\"n\" < 100))");
        } else if (dialect == QLatin1String("postgres")) {
            s->query("CREATE COLLATION IF NOT EXISTS \"qsq_ci\" (provider = icu, locale = "
                     "'und-u-ks-level2', deterministic = false)");
            s->query(
                "CREATE TABLE \"things\" (\"id\" SERIAL PRIMARY KEY, \"name\" VARCHAR(50) "
                "COLLATE \"qsq_ci\" CHECK (length(\"name\") > 0), \"n\" INTEGER, \"k\" INTEGER, "
                "\"doubled\" INTEGER GENERATED ALWAYS AS (\"k\" * 2) STORED, "
                "CONSTRAINT \"n_small\" CHECK (\"n\" < 100))");
        } else {
            s->query(
                "CREATE TABLE `things` (`id` INT AUTO_INCREMENT PRIMARY KEY, `name` "
                "VARCHAR(50) COLLATE utf8mb4_general_ci CHECK (CHAR_LENGTH(`name`) > 0), "
                "`n` INT, `k` INT, `doubled` INT AS (`k` * 2) VIRTUAL, CONSTRAINT `n_small` CHECK "
                "(`n` < 100)) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        qi.bulkInsert("things", {{{"name", "Abc"}, {"n", 3}, {"k", 3}}});
        qi.changeColumn("things", "n", Attribute(DataTypes::BigInt()));
        qi.changeColumn("things", "name", Attribute(DataTypes::String(80)).allowNull(false));
        QVERIFY(!qi.describeTable("things").value("name").allowsNull());
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 qi.bulkInsert("things", {{{"name", ""}, {"n", 1}}}));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 qi.bulkInsert("things", {{{"name", "x"}, {"n", 150}}}));
        QCOMPARE(count(s, "things"), 1);
        const QVariantMap row
            = s->query(QStringLiteral("SELECT %1, %2 FROM %3")
                           .arg(qi.quoteIdentifier("doubled"), qi.quoteIdentifier("n"),
                                qi.quoteIdentifier("things")))
                  .rows()
                  .value(0);
        QCOMPARE(row.value("doubled").toInt(), 6);
        QCOMPARE(row.value("n").toLongLong(), 3);
        // The column's own collation matches case-insensitively (the table's would not).
        const QList<QVariantMap> found
            = s->query(QStringLiteral("SELECT COUNT(*) AS c FROM %1 WHERE %2 = 'ABC'")
                           .arg(qi.quoteIdentifier("things"), qi.quoteIdentifier("name")))
                  .rows();
        QCOMPARE(found.value(0).value("c").toInt(), 1);
    }

    // SQLite rebuilds a table to change a column, with foreign keys off, which it cannot do
    // inside a transaction: there the change is refused and nothing cascades.
    void rebuildRefusedInTransaction_data() { TestDatabases::addDialectRows(); }
    void rebuildRefusedInTransaction()
    {
        QSQ_OPEN_DIALECT(sequelize);
        if (dialect != QLatin1String("sqlite"))
            QSKIP("only SQLite rebuilds a table to change a column");
        Sequelize *s = sequelize.get();
        QueryInterface qi = s->queryInterface();
        createParentsAndChildren(qi);
        qi.bulkInsert("parents", {{{"code", "a"}}});
        qi.bulkInsert("children", {{{"parentId", 1}}});
        s->query(QStringLiteral("BEGIN"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 qi.changeColumn("parents", "n", DataTypes::BigInt()));
        s->query(QStringLiteral("ROLLBACK"));
        QCOMPARE(count(s, "children"), 1);
        qi.changeColumn("parents", "n", DataTypes::BigInt()); // outside one it works
        QCOMPARE(count(s, "children"), 1);
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 qi.bulkInsert("children", {{{"parentId", 99}}}));
    }

    void tableWrites_data() { TestDatabases::addDialectRows(); }
    void tableWrites()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        QueryInterface qi = s->queryInterface();
        createParentsAndChildren(qi);
        QList<QVariantMap> many;
        for (int i = 0; i < 1200; ++i) // more than one statement's worth of rows
            many.append({{"code", QStringLiteral("c%1").arg(i)}, {"n", i % 3}});
        qi.bulkInsert("parents", many);
        QCOMPARE(count(s, "parents"), 1200);
        QCOMPARE(qi.bulkUpdate("parents", {{"label", "zero"}}, {{"n", 0}}), 400);
        QCOMPARE(qi.bulkDelete("parents", {{"n", QVariantList{1, 2}}, {"label", QVariant()}}), 800);
        QCOMPARE(qi.bulkDelete("parents", {{"code", "Robert'); DROP TABLE parents;--"}}), 0);
        QCOMPARE(qi.bulkDelete("parents", {}), 400);
        // A failing row takes the whole insert back.
        QList<QVariantMap> clash{{{"code", "x"}}, {{"code", "y"}}, {{"code", "x"}}};
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, qi.bulkInsert("parents", clash));
        QCOMPARE(count(s, "parents"), 0);
    }

    // bulkUpdate() and bulkDelete() take Sequelize's where operators, and bind each value as its
    // column's type. An operator map was bound as one value: SQLite matched no row, and MariaDB
    // compared the number with text and deleted the row holding 0; text given for a number
    // matched that row too.
    void tableWritesWithOperators_data() { TestDatabases::addDialectRows(); }
    void tableWritesWithOperators()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        QueryInterface qi = s->queryInterface();
        createParentsAndChildren(qi);
        QList<QVariantMap> rows;
        for (int i = 0; i < 10; ++i)
            rows.append({{"code", QStringLiteral("c%1").arg(i)}, {"n", i}});
        qi.bulkInsert("parents", rows);
        QCOMPARE(qi.bulkDelete("parents", {{"n", QVariantMap{{"gt", 7}}}}), 2);
        QCOMPARE(qi.bulkUpdate("parents", {{"label", "mid"}},
                               {{"n", QVariantMap{{"between", QVariantList{2, 4}}}}}),
                 3);
        QCOMPARE(
            qi.bulkUpdate("parents", {{"label", "edge"}},
                          {{"or",
                            QVariantList{QVariantMap{{"n", 0}},
                                         QVariantMap{{"code", QVariantMap{{"like", "c7%"}}}}}}}),
            2);
        QCOMPARE(qi.bulkDelete("parents", {{"label", QVariantMap{{"ne", "mid"}}}}), 2);
        QCOMPARE(count(s, "parents"), 6);
        // Refused, nothing touched: text for a number, a map to store in a string column, a
        // column the table lacks.
        QVERIFY_THROWS_EXCEPTION(ValidationError, qi.bulkDelete("parents", {{"n", "abc"}}));
        QVERIFY_THROWS_EXCEPTION(
            ValidationError,
            qi.bulkUpdate("parents", {{"label", QVariantMap{{"a", 1}}}}, {{"n", 1}}));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 qi.bulkDelete("parents", {{"nope", QVariantMap{{"gt", 1}}}}));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, qi.bulkDelete("nosuch", {{"n", 1}}));
        // A list or a map where one value goes: Qt's SQLite and MySQL drivers bound NULL.
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 qi.bulkInsert("parents", {{{"code", "m"}, {"n", QVariantMap()}}}));
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            qi.bulkInsert("parents", {{{"code", "l"}, {"label", QVariantList{"a", "b"}}}}));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s->query(QStringLiteral("INSERT INTO parents (code, n) VALUES ('r', :n)"),
                     QueryOptions().replacements(QVariantMap{{"n", QVariantMap{{"a", 1}}}})));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 qi.bulkInsert("parents", {{{"code", "p"}, {"label", QPointF()}}}));
        QCOMPARE(count(s, "parents"), 6);
        // JSON values are their compact text everywhere (SQLite and MariaDB stored '').
        qi.bulkInsert("parents",
                      {{{"code", "j1"}, {"label", QJsonObject{{"a", 1}}}},
                       {{"code", "j2"}, {"label", QJsonArray{1, "x"}}},
                       {{"code", "j3"}, {"label", QJsonValue(QStringLiteral("s"))}}});
        const QList<QVariantMap> json = s->query(QStringLiteral("SELECT label FROM parents WHERE "
                                                                "code LIKE 'j%' ORDER BY code"))
                                            .rows();
        QCOMPARE(json.value(0).value("label").toString(), QStringLiteral("{\"a\":1}"));
        QCOMPARE(json.value(1).value("label").toString(), QStringLiteral("[1,\"x\"]"));
        QCOMPARE(json.value(2).value("label").toString(), QStringLiteral("\"s\""));
        QCOMPARE(qi.bulkDelete("parents", {{"code", QVariantMap{{"like", "j%"}}}}), 3);
        QCOMPARE(qi.bulkDelete("parents", {{"n", QVariantMap{{"in", QVariantList{1, 5, 6}}}}}), 3);
    }

    // Columns of a type the description does not map (SQLite's untyped columns, PostgreSQL's
    // INTERVAL, MariaDB's BIT) take their values as given, as before a model: TEXT made the
    // number 5 the text '5', which an untyped SQLite column does not equal.
    void untypedColumns_data() { TestDatabases::addDialectRows(); }
    void untypedColumns()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        QueryInterface qi = s->queryInterface();
        if (dialect == QLatin1String("sqlite")) {
            s->query(QStringLiteral("CREATE TABLE legacy (a, b)"));
            qi.bulkInsert("legacy",
                          {{{"a", 5}, {"b", "x"}}, {{"a", 6}, {"b", "y"}}, {{"a", 4}, {"b", "w"}}});
            QCOMPARE(qi.bulkUpdate("legacy", {{"b", "z"}}, {{"a", 5}}), 1);
            QCOMPARE(qi.bulkDelete("legacy", {{"a", QVariantMap{{"gt", 5}}}}), 1);
            QCOMPARE(qi.bulkDelete("legacy", {{"a", 5}, {"b", "z"}}), 1);
        } else if (dialect == QLatin1String("postgres")) {
            s->query(QStringLiteral("CREATE TABLE legacy (a INTERVAL, b INTEGER)"));
            s->query(QStringLiteral("INSERT INTO legacy VALUES ('1 day', 1), ('2 days', 2)"));
            QCOMPARE(qi.bulkUpdate("legacy", {{"b", 3}}, {{"a", "1 day"}}), 1);
            QCOMPARE(qi.bulkDelete("legacy", {{"a", "2 days"}}), 1);
        } else {
            s->query(QStringLiteral("CREATE TABLE legacy (a INT, b BIT(1))"));
            s->query(QStringLiteral("INSERT INTO legacy VALUES (5, 1), (6, 0)"));
            QCOMPARE(qi.bulkUpdate("legacy", {{"a", 7}}, {{"b", true}}), 1);
            QCOMPARE(qi.bulkDelete("legacy", {{"b", 0}}), 1);
        }
        QCOMPARE(count(s, "legacy"), 1);
    }

    // ENUM columns (their PostgreSQL types made first) and comments, on create and add.
    void enumsAndComments_data() { TestDatabases::addDialectRows(); }
    void enumsAndComments()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        QueryInterface qi = s->queryInterface();
        qi.createTable(
            "tickets",
            {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"state", Attribute(DataTypes::Enum({"open", "closed"})).comment("where")}});
        qi.addColumn("tickets", "priority", DataTypes::Enum({"low", "high"}));
        qi.bulkInsert("tickets", {{{"state", "open"}, {"priority", "high"}}});
        QCOMPARE(qi.bulkUpdate("tickets", {{"state", "closed"}}, {{"priority", "high"}}), 1);
        qi.changeColumn("tickets", "priority",
                        Attribute(DataTypes::Enum({"low", "high", "urgent"}))
                            .allowNull(false)
                            .defaultValue("low"));
        qi.bulkInsert("tickets", {{{"state", "open"}}});
        QCOMPARE(s->query(QStringLiteral("SELECT priority FROM tickets ORDER BY id"))
                     .rows()
                     .value(1)
                     .value("priority")
                     .toString(),
                 QStringLiteral("low"));
        if (dialect != QLatin1String("sqlite")) // SQLite keeps ENUMs as text without a check
            QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                     qi.bulkInsert("tickets", {{{"state", "sideways"}}}));
        qi.dropTable("tickets");
    }

    // Sequelize's charset/collate/engine table options (issue 16 item 7). MariaDB writes them
    // into CREATE TABLE; SQLite and PostgreSQL store Unicode text anyway, so a UTF-8 charset
    // is accepted there and what they cannot honour is refused before anything is created.
    void charsetCollateEngine_data() { TestDatabases::addDialectRows(); }
    void charsetCollateEngine()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        const QString text = QStringLiteral("emoji \U0001F600 ünï 漢字");
        ModelDefinition *note = s->define("Note", {{"body", DataTypes::String()}},
                                          ModelOptions().timestamps(false).charset("utf8mb4"));
        note->sync();
        note->create({{"body", text}});
        QCOMPARE(note->findOne()->get("body").toString(), text);
        QueryInterface qi = s->queryInterface();
        qi.createTable("memos", {{"body", DataTypes::String()}}, ModelOptions().charset("utf8mb4"));
        qi.bulkInsert("memos", {{{"body", text}}});
        QCOMPARE(s->query(QStringLiteral("SELECT body FROM memos")).rows().value(0).value("body"),
                 QVariant(text));

        const bool mariadb = dialect == QLatin1String("mariadb");
        const QList<ModelOptions> foreign{ModelOptions().charset("latin1"),
                                          ModelOptions().collate("utf8mb4_unicode_ci"),
                                          ModelOptions().engine("MyISAM")};
        for (const ModelOptions &options : foreign) {
            ModelDefinition *other = s->define("Other", {{"body", DataTypes::String()}},
                                               ModelOptions(options).timestamps(false));
            if (mariadb) {
                other->sync();
                other->drop();
            } else {
                QVERIFY_THROWS_EXCEPTION(DefinitionError, other->sync());
                QVERIFY_THROWS_EXCEPTION(
                    DefinitionError,
                    qi.createTable("others", {{"b", DataTypes::String()}}, options));
                QVERIFY(!qi.showAllTables().contains("Others"));
                QVERIFY(!qi.showAllTables().contains("others"));
            }
        }
        if (!mariadb)
            return;
        // Names only: DDL cannot bind them.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            qi.createTable(
                "bad", {{"b", DataTypes::String()}},
                ModelOptions().charset("utf8mb4 COLLATE utf8mb4_bin; DROP TABLE memos")));
        QVERIFY(qi.showAllTables().contains("memos"));
        // A case-insensitive collation and another engine, as the information schema reports.
        ModelDefinition *tag = s->define("Tag", {{"name", DataTypes::String()}},
                                         ModelOptions()
                                             .timestamps(false)
                                             .charset("utf8mb4")
                                             .collate("utf8mb4_unicode_ci")
                                             .engine("MyISAM"));
        tag->sync();
        tag->create({{"name", "hello"}});
        QCOMPARE(tag->count(FindOptions().where({{"name", "HELLO"}})), 1);
        // Without a charset the database's default collation stays (utf8mb4_bin on ours); a
        // charset alone takes that charset's default collation, as MariaDB and Sequelize do.
        ModelDefinition *plain
            = s->define("Plain", {{"body", DataTypes::String()}}, ModelOptions().timestamps(false));
        plain->sync();
        plain->create({{"body", "hello"}});
        QCOMPARE(plain->count(FindOptions().where({{"body", "HELLO"}})), 0);
        const QVariantMap info
            = s->query(QStringLiteral("SELECT table_collation AS c, engine AS e FROM "
                                      "information_schema.tables WHERE table_schema = DATABASE() "
                                      "AND table_name = 'Tags'"))
                  .rows()
                  .value(0);
        QCOMPARE(info.value("c").toString(), QStringLiteral("utf8mb4_unicode_ci"));
        QCOMPARE(info.value("e").toString(), QStringLiteral("MyISAM"));

        // A database whose default is latin1 (a stock server's): tables default to utf8mb4, so
        // emoji are stored, instead of failing.
        s->query(QStringLiteral("DROP DATABASE IF EXISTS qsq_latin1"));
        s->query(QStringLiteral("CREATE DATABASE qsq_latin1 CHARACTER SET latin1"));
        QUrl url(TestDatabases::url(dialect));
        url.setPath(QStringLiteral("/qsq_latin1"));
        {
            Sequelize latin(url.toString());
            ModelDefinition *plain = latin.define("Note", {{"body", DataTypes::String()}},
                                                  ModelOptions().timestamps(false));
            plain->sync();
            plain->create({{"body", text}});
            QCOMPARE(plain->findOne()->get("body").toString(), text);
            latin.queryInterface().createTable("memos", {{"body", DataTypes::String()}});
            latin.queryInterface().bulkInsert("memos", {{{"body", text}}});
            QCOMPARE(
                latin.query(QStringLiteral("SELECT body FROM memos")).rows().value(0).value("body"),
                QVariant(text));
        }
        s->query(QStringLiteral("DROP DATABASE qsq_latin1"));
    }

    // Sequelize's addConstraint/removeConstraint/showConstraint; SQLite adds only UNIQUE (as a
    // unique index) to an existing table and refuses the rest before anything changes.
    void constraints_data() { TestDatabases::addDialectRows(); }
    void constraints()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        QueryInterface qi = s->queryInterface();
        createParentsAndChildren(qi);
        auto names = [&](const QString &table) {
            QStringList found;
            for (const QVariantMap &c : qi.showConstraint(table))
                found.append(c.value("constraintName").toString() + QLatin1Char(':')
                             + c.value("constraintType").toString());
            return found;
        };
        qi.addConstraint("parents", ConstraintOptions(ConstraintOptions::Unique, {"label", "n"}));
        QVERIFY2(names("parents").contains("parents_label_n_uk:UNIQUE"),
                 qPrintable(names("parents").join(", ")));
        qi.bulkInsert("parents", {{{"code", "a"}, {"label", "x"}, {"n", 1}}});
        QVERIFY_THROWS_EXCEPTION(
            UniqueConstraintError,
            qi.bulkInsert("parents", {{{"code", "b"}, {"label", "x"}, {"n", 1}}}));
        const ConstraintOptions check = ConstraintOptions(ConstraintOptions::Check, {"n"})
                                            .name("n_positive")
                                            .check(Sequelize::literal("n > 0"));
        const ConstraintOptions foreign = ConstraintOptions(ConstraintOptions::ForeignKey, {"n"})
                                              .references("parents")
                                              .onDelete("cascade");
        {
            // SQLite rebuilds the table for them (refused inside a transaction).
            qi.addConstraint("parents", check);
            QVERIFY(names("parents").contains("n_positive:CHECK"));
            QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                     qi.bulkInsert("parents", {{{"code", "c"}, {"n", -1}}}));
            qi.addColumn("children", "n", DataTypes::Integer());
            qi.bulkInsert("children", {{{"n", 998}}});
            QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                     qi.addConstraint("children", foreign)); // a dangling row
            qi.bulkDelete("children", {{"n", 998}});
            qi.addConstraint("children", foreign);
            QVERIFY2(names("children").contains("children_n_parents_fk:FOREIGN KEY"),
                     qPrintable(names("children").join(", ")));
            // getForeignKeyReferencesForTable: each key of the table (SQLite names none).
            const QList<QVariantMap> keys = qi.getForeignKeyReferencesForTable("children");
            QVariantMap key;
            for (const QVariantMap &k : keys)
                key = k.value("columnName") == QLatin1String("n") ? k : key;
            QCOMPARE(key.value("tableName").toString(), QStringLiteral("children"));
            QCOMPARE(key.value("referencedTableName").toString(), QStringLiteral("parents"));
            QCOMPARE(key.value("referencedColumnName").toString(), QStringLiteral("id"));
            if (dialect != QLatin1String("sqlite"))
                QCOMPARE(key.value("constraintName").toString(),
                         QStringLiteral("children_n_parents_fk"));
            QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                     qi.bulkInsert("children", {{{"n", 999}}}));
            qi.removeConstraint("children", "children_n_parents_fk");
            qi.bulkInsert("children", {{{"n", 999}}});
            qi.removeConstraint("parents", "n_positive");
            qi.bulkInsert("parents", {{{"code", "c"}, {"n", -1}}});
        }
        // Hostile names are identifiers; a CHECK takes a literal only.
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 qi.addConstraint("parents",
                                                  ConstraintOptions(ConstraintOptions::Check, {"n"})
                                                      .check(Sequelize::fn("f", {"x"}))));
        qi.removeConstraint("parents", "parents_label_n_uk");
        QVERIFY(!names("parents").contains("parents_label_n_uk:UNIQUE"));
        qi.bulkInsert("parents", {{{"code", "d"}, {"label", "x"}, {"n", 1}}});
        QVERIFY_THROWS_EXCEPTION(DatabaseError, qi.removeConstraint("parents", "nope"));
    }

    // query-interface/describeTable.test.js: "rejects when no data is available", "reads the
    // metadata of the table" (an ENUM's values keep their case on MariaDB), "should correctly
    // determine the primary key columns", "...when the table contains a dot in the name".
    void describeTableCases_data() { TestDatabases::addDialectRows(); }
    void describeTableCases()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        try {
            qi.describeTable("_some_random_missing_table");
            QFAIL("no error");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.message(),
                     QStringLiteral("No description found for \"_some_random_missing_table\" "
                                    "table. Check the table name and schema; remember, they _are_ "
                                    "case sensitive."));
        }
        auto *users = sequelize->define(
            "_Users",
            {{"username", DataTypes::String()},
             {"city",
              Attribute(DataTypes::String()).defaultValue(QVariant()).comment("Users City")},
             {"isAdmin", DataTypes::Boolean()},
             {"enumVals", DataTypes::Enum({"hello", "World"})}},
            ModelOptions().freezeTableName());
        users->sync(SyncOptions().force());
        const auto metadata = qi.describeTable("_Users");
        QVERIFY(metadata.value("id").isPrimaryKey());
        const bool postgres = dialect == QLatin1String("postgres");
        QCOMPARE(metadata.value("username").type(),
                 postgres ? QStringLiteral("CHARACTER VARYING(255)")
                          : QStringLiteral("VARCHAR(255)"));
        QVERIFY(metadata.value("username").allowsNull());
        QVERIFY(!metadata.value("username").defaultValue().isValid());
        QCOMPARE(metadata.value("isAdmin").type(),
                 postgres ? QStringLiteral("BOOLEAN") : QStringLiteral("TINYINT(1)"));
        QVERIFY(metadata.value("isAdmin").allowsNull());
        if (dialect == QLatin1String("mariadb"))
            QCOMPARE(metadata.value("enumVals").type(), QStringLiteral("ENUM('hello','World')"));
        QCOMPARE(metadata.value("enumVals").special(),
                 postgres ? QStringList({"hello", "World"}) : QStringList());
        QVERIFY(metadata.value("id").isAutoIncrement());
        QVERIFY(!metadata.value("username").isAutoIncrement());
        // SQLite keeps no comments.
        QCOMPARE(metadata.value("city").comment(),
                 dialect == QLatin1String("sqlite") ? QVariant() : QVariant("Users City"));
        QVERIFY(!metadata.value("username").comment().isValid());
        QCOMPARE(metadata.value("city").toMap().value("comment"), metadata.value("city").comment());

        auto *country
            = sequelize->define("_Country",
                                {{"code", Attribute(DataTypes::String()).primaryKey()},
                                 {"name", Attribute(DataTypes::String()).allowNull(false)}},
                                ModelOptions().freezeTableName());
        auto *alumni = sequelize->define(
            "_Alumni",
            {{"year", Attribute(DataTypes::Integer()).primaryKey()},
             {"num", Attribute(DataTypes::Integer()).primaryKey()},
             {"username", Attribute(DataTypes::String()).allowNull(false).unique()},
             {"dob", Attribute(DataTypes::DateOnly()).allowNull(false)},
             {"dod", Attribute(DataTypes::DateOnly()).allowNull(true)},
             {"ctrycod",
              Attribute(DataTypes::String()).allowNull(false).references("_Country", "code")}},
            ModelOptions().freezeTableName());
        country->sync(SyncOptions().force());
        alumni->sync(SyncOptions().force());
        QVERIFY(qi.describeTable("_Country").value("code").isPrimaryKey());
        QVERIFY(!qi.describeTable("_Country").value("name").isPrimaryKey());
        const auto alumniColumns = qi.describeTable("_Alumni");
        for (const char *column : {"year", "num"})
            QVERIFY2(alumniColumns.value(column).isPrimaryKey(), column);
        for (const char *column : {"username", "dob", "dod", "ctrycod"})
            QVERIFY2(!alumniColumns.value(column).isPrimaryKey(), column);
        QVERIFY(!alumniColumns.value("dob").allowsNull());
        QVERIFY(alumniColumns.value("dod").allowsNull());

        auto *dotted = sequelize->define("my.user", {{"name", DataTypes::String()}},
                                         ModelOptions().freezeTableName());
        dotted->sync(SyncOptions().force());
        QVERIFY(qi.describeTable("my.user").contains("name"));
    }

    void tableExistsAndVersion_data() { TestDatabases::addDialectRows(); }
    void tableExistsAndVersion()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        QVERIFY(!qi.tableExists("parents"));
        createParentsAndChildren(qi);
        QVERIFY(qi.tableExists("parents"));
        QVERIFY(!qi.tableExists("Parents") || dialect == QLatin1String("sqlite"));
        const QString version = sequelize->databaseVersion();
        QCOMPARE(qi.databaseVersion(), version);
        const QString expected = dialect == QLatin1String("postgres") ? QStringLiteral("^1[0-9]\\.")
            : dialect == QLatin1String("mariadb")
            ? QStringLiteral("^1[0-9]\\.[0-9]+\\.[0-9]+-MariaDB")
            : QStringLiteral("^3\\.[0-9]+\\.[0-9]+$");
        QVERIFY2(QRegularExpression(expected).match(version).hasMatch(), qPrintable(version));
    }

    void dropAllTables_data() { TestDatabases::addDialectRows(); }
    void dropAllTables()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        createParentsAndChildren(qi);
        qi.bulkInsert("parents", {{{"code", "a"}}});
        qi.bulkInsert("children", {{{"parentId", 1}}});
        qi.renameTable("parents", "elders");
        QCOMPARE(qi.showAllTables(), (QStringList{"children", "elders"}));
        qi.renameColumn("elders", "label", "title");
        QVERIFY(qi.describeTable("elders").contains("title"));
        qi.dropAllTables();
        QCOMPARE(qi.showAllTables(), QStringList());
    }

    void refusedInput_data() { TestDatabases::addDialectRows(); }
    void refusedInput()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 qi.createTable("t",
                                                {{"id",
                                                  Attribute(DataTypes::Integer())
                                                      .references("x")
                                                      .onDelete("CASCADE; DROP TABLE x")}}));
        QCOMPARE(qi.showAllTables(), QStringList());
        QVERIFY_THROWS_EXCEPTION(DatabaseError, qi.addColumn("nope", "a", DataTypes::String()));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, qi.describeTable("nope"));
        // Hostile names are identifiers, quoted.
        const QString odd = QStringLiteral("we\"ird`name");
        qi.createTable(odd,
                       {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                        {odd, DataTypes::String()}});
        QVERIFY(qi.describeTable(odd).contains(odd));
        qi.bulkInsert(odd, {{{odd, "v"}}});
        QCOMPARE(qi.bulkUpdate(odd, {{odd, "w"}}, {{odd, "v"}}), 1);
        qi.dropTable(odd);
        QCOMPARE(qi.showAllTables(), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_QueryInterface)
#include "tst_queryinterface.moc"
