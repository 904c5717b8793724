// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize v6's test/integration/query-interface/ ports: changeColumn.test.js,
// createTable.test.js, removeColumn.test.js and dropEnum.test.js, on every dialect, with
// Sequelize's expected results per dialect.

#include <QtSequelize/ConstraintOptions>
#include <QtSequelize/Errors>
#include <QtSequelize/IndexOptions>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

namespace {

const QString Archive = QStringLiteral("archive");

Attribute integerKey()
{
    return Attribute(DataTypes::Integer()).primaryKey().autoIncrement();
}

// describeTable's type of a FLOAT column: Sequelize's, but DOUBLE on MariaDB, where FLOAT is
// DOUBLE PRECISION so that a double round-trips (README, "Differences from Sequelize").
QString floatType(const QString &dialect)
{
    if (dialect == QLatin1String("postgres"))
        return QStringLiteral("DOUBLE PRECISION");
    return dialect == QLatin1String("mariadb") ? QStringLiteral("DOUBLE") : QStringLiteral("FLOAT");
}

// Sequelize's fixture for the foreign key cases: users.level_id (NOT NULL) and level.
void createUsersAndLevel(QueryInterface &qi)
{
    qi.createTable(
        "users",
        {{"id", integerKey()}, {"level_id", Attribute(DataTypes::Integer()).allowNull(false)}});
    qi.createTable("level", {{"id", integerKey()}});
}

} // namespace

class tst_QueryInterfaceCases : public QObject
{
    Q_OBJECT

private slots:
    // changeColumn.test.js "should support schemas" and "should change columns".
    void changeColumnType_data() { TestDatabases::addDialectRows(); }
    void changeColumnType()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema(Archive);
        sequelize->createSchema(Archive);
        QueryInterface archive = sequelize->queryInterface().inSchema(Archive);
        archive.createTable("users", {{"id", integerKey()}, {"currency", DataTypes::Integer()}});
        archive.changeColumn("users", "currency", Attribute(DataTypes::Float()));
        QCOMPARE(archive.describeTable("users").value("currency").type(), floatType(dialect));

        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("users", {{"id", integerKey()}, {"currency", DataTypes::Integer()}});
        qi.changeColumn("users", "currency", Attribute(DataTypes::Float()).allowNull(true));
        const ColumnDescription currency = qi.describeTable("users").value("currency");
        QCOMPARE(currency.type(), floatType(dialect));
        QVERIFY(currency.allowsNull());
        sequelize->dropSchema(Archive);
    }

    // "should work with enums (case 1, case 2, with schemas)": a STRING column becomes an ENUM
    // (Sequelize only checks that it does not fail; here the values are also checked).
    void changeColumnToEnum_data() { TestDatabases::addDialectRows(); }
    void changeColumnToEnum()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema(Archive);
        sequelize->createSchema(Archive);
        const QStringList values{"value1", "value2", "value3"};
        for (QueryInterface qi :
             {sequelize->queryInterface(), sequelize->queryInterface().inSchema(Archive)}) {
            qi.createTable("users", {{"firstName", DataTypes::String()}});
            qi.bulkInsert("users", {{{"firstName", "value2"}}});
            qi.changeColumn("users", "firstName", Attribute(DataTypes::Enum(values)));
            qi.bulkInsert("users", {{{"firstName", "value3"}}});
            QVERIFY_THROWS_EXCEPTION(BaseError, qi.bulkInsert("users", {{{"firstName", "x"}}}));
            QCOMPARE(qi.bulkDelete("users", {{"firstName", "value2"}}), 1);
        }
        if (dialect == QLatin1String("postgres"))
            QCOMPARE(
                sequelize->queryInterface().describeTable("users").value("firstName").special(),
                values);
        sequelize->dropSchema(Archive);
    }

    // "able to change column to foreign key" (not on SQLite in Sequelize; SQLite rebuilds the
    // table here, so it runs there too).
    void changeColumnToForeignKey_data() { TestDatabases::addDialectRows(); }
    void changeColumnToForeignKey()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        createUsersAndLevel(qi);
        QVERIFY(qi.getForeignKeyReferencesForTable("users").isEmpty());
        qi.changeColumn("users", "level_id",
                        Attribute(DataTypes::Integer())
                            .references("level", "id")
                            .onUpdate("cascade")
                            .onDelete("cascade"));
        const QList<QVariantMap> keys = qi.getForeignKeyReferencesForTable("users");
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).value("columnName").toString(), QStringLiteral("level_id"));
        QCOMPARE(keys.at(0).value("referencedTableName").toString(), QStringLiteral("level"));
        QCOMPARE(keys.at(0).value("referencedColumnName").toString(), QStringLiteral("id"));

        // The key works, with its actions.
        qi.bulkInsert("level", {{{"id", 1}}});
        qi.bulkInsert("users", {{{"level_id", 1}}});
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 qi.bulkInsert("users", {{{"level_id", 2}}}));
        QCOMPARE(qi.bulkDelete("level", {{"id", 1}}), 1);
        QCOMPARE(
            sequelize->query("SELECT COUNT(*) AS n FROM users").rows().value(0).value("n").toInt(),
            0);
    }

    // "able to change column property without affecting other properties": a second change
    // that allows null keeps the foreign key.
    void changeColumnKeepsForeignKey_data() { TestDatabases::addDialectRows(); }
    void changeColumnKeepsForeignKey()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        createUsersAndLevel(qi);
        const bool nullBefore = qi.describeTable("users").value("level_id").allowsNull();
        QVERIFY(!nullBefore);
        qi.changeColumn("users", "level_id",
                        Attribute(DataTypes::Integer())
                            .references("level", "id")
                            .onUpdate("cascade")
                            .onDelete("cascade"));
        const QList<QVariantMap> first = qi.getForeignKeyReferencesForTable("users");
        qi.changeColumn("users", "level_id", Attribute(DataTypes::Integer()).allowNull(true));
        const QList<QVariantMap> second = qi.getForeignKeyReferencesForTable("users");
        QCOMPARE(second.size(), first.size());
        QCOMPARE(first.value(0).value("columnName").toString(), QStringLiteral("level_id"));
        QCOMPARE(second.value(0).value("columnName").toString(), QStringLiteral("level_id"));
        QVERIFY(qi.describeTable("users").value("level_id").allowsNull());
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 qi.bulkInsert("users", {{{"level_id", 5}}}));
    }

    // "should change the comment of column".
    void changeColumnComment_data() { TestDatabases::addDialectRows(); }
    void changeColumnComment()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        createUsersAndLevel(qi);
        QVERIFY(qi.describeTable("users").value("level_id").comment().isNull());
        qi.changeColumn("users", "level_id", Attribute(DataTypes::Integer()).comment("FooBar"));
        const QVariant comment = qi.describeTable("users").value("level_id").comment();
        if (dialect == QLatin1String("sqlite"))
            QVERIFY(comment.isNull()); // SQLite keeps no comments (nor does Sequelize there)
        else
            QCOMPARE(comment.toString(), QStringLiteral("FooBar"));
        // addColumn's comment as well (PostgreSQL left it out).
        qi.addColumn("users", "rank", Attribute(DataTypes::Integer()).comment("Rank"));
        const QVariant rank = qi.describeTable("users").value("rank").comment();
        QCOMPARE(rank.isNull(), dialect == QLatin1String("sqlite"));
        if (!rank.isNull())
            QCOMPARE(rank.toString(), QStringLiteral("Rank"));
    }

    // SQLite's cases (the table is rebuilt): unique constraints and foreign keys survive
    // addColumn, changeColumn and renameColumn. Run on every dialect.
    void columnChangesKeepUniques_data() { TestDatabases::addDialectRows(); }
    void columnChangesKeepUniques()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("Foos",
                       {{"id", integerKey().allowNull(false)},
                        {"name", Attribute(DataTypes::String()).allowNull(false).unique()},
                        {"email", Attribute(DataTypes::String()).allowNull(false).unique()}});
        qi.addColumn("Foos", "phone",
                     Attribute(DataTypes::String()).defaultValue(QVariant()).allowNull(true));
        QMap<QString, ColumnDescription> table = qi.describeTable("Foos");
        QVERIFY(table.value("phone").allowsNull());
        QVERIFY(table.value("phone").defaultValue().isNull());
        QVERIFY(table.value("email").isUnique());
        QVERIFY(table.value("name").isUnique());

        qi.changeColumn("Foos", "email", Attribute(DataTypes::String()).allowNull(true));
        table = qi.describeTable("Foos");
        QVERIFY(table.value("email").allowsNull());
        QVERIFY(table.value("email").isUnique());
        QVERIFY(table.value("name").isUnique());
        qi.bulkInsert("Foos", {{{"name", "a"}, {"email", "a@x"}}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 qi.bulkInsert("Foos", {{{"name", "b"}, {"email", "a@x"}}}));
    }

    void changeColumnAddsUniques_data() { TestDatabases::addDialectRows(); }
    void changeColumnAddsUniques()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("Foos",
                       {{"id", integerKey().allowNull(false)},
                        {"name", Attribute(DataTypes::String()).allowNull(false)},
                        {"email", Attribute(DataTypes::String()).allowNull(true)}});
        // Sequelize's SQLite merges the change into the column (allowNull stays false without
        // being given); its PostgreSQL and MariaDB restate the column, as changeColumn does
        // here on every dialect: allowNull(false) is given.
        qi.changeColumn("Foos", "name", Attribute(DataTypes::String()).allowNull(false).unique());
        qi.changeColumn("Foos", "email", Attribute(DataTypes::String()).unique());
        const QMap<QString, ColumnDescription> table = qi.describeTable("Foos");
        QVERIFY(!table.value("name").allowsNull());
        QVERIFY(table.value("name").isUnique());
        QVERIFY(table.value("email").allowsNull());
        QVERIFY(table.value("email").isUnique());
        qi.bulkInsert("Foos", {{{"name", "a"}, {"email", "a@x"}}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 qi.bulkInsert("Foos", {{{"name", "a"}, {"email", "b@x"}}}));
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 qi.bulkInsert("Foos", {{{"name", "b"}, {"email", "a@x"}}}));
        // Again: the column is unique already, no second constraint.
        qi.changeColumn("Foos", "email", Attribute(DataTypes::String(100)).unique());
        int uniques = 0;
        for (const IndexDescription &index : qi.showIndex("Foos"))
            uniques += index.isUnique() && index.fields() == QStringList{"email"} ? 1 : 0;
        QCOMPARE(uniques, 1);
    }

    void columnChangesKeepForeignKeys_data() { TestDatabases::addDialectRows(); }
    void columnChangesKeepForeignKeys()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}});
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        user->hasOne(task);
        user->sync(SyncOptions().force());
        task->sync(SyncOptions().force());
        QueryInterface qi = sequelize->queryInterface();
        const auto checkKey = [&](const char *step) {
            const QList<QVariantMap> refs = qi.getForeignKeyReferencesForTable("Tasks");
            QVERIFY2(refs.size() == 1, step);
            QCOMPARE(refs.at(0).value("columnName").toString(), QStringLiteral("UserId"));
            QCOMPARE(refs.at(0).value("referencedTableName").toString(), QStringLiteral("Users"));
            QCOMPARE(refs.at(0).value("referencedColumnName").toString(), QStringLiteral("id"));
        };
        qi.addColumn("Tasks", "bar", Attribute(DataTypes::Integer()));
        checkKey("after addColumn");
        qi.changeColumn("Tasks", "bar", Attribute(DataTypes::String()));
        checkKey("after changeColumn");
        qi.renameColumn("Tasks", "bar", "foo");
        checkKey("after renameColumn");
        QVERIFY(qi.describeTable("Tasks").contains("foo"));
    }

    // addColumn with a reference makes the key on every dialect (MariaDB ignores a REFERENCES
    // clause written on a column).
    void addColumnWithReference_data() { TestDatabases::addDialectRows(); }
    void addColumnWithReference()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        createUsersAndLevel(qi);
        qi.addColumn("users", "second_level",
                     Attribute(DataTypes::Integer()).references("level").onDelete("set null"));
        const QList<QVariantMap> keys = qi.getForeignKeyReferencesForTable("users");
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0).value("columnName").toString(), QStringLiteral("second_level"));
        qi.bulkInsert("level", {{{"id", 1}}});
        qi.bulkInsert("users", {{{"level_id", 1}, {"second_level", 1}}});
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 qi.bulkInsert("users", {{{"level_id", 1}, {"second_level", 2}}}));
        qi.bulkDelete("level", {{"id", 1}});
        const QList<QVariantMap> rows = sequelize->query("SELECT second_level FROM users").rows();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.at(0).value("second_level").isNull()); // ON DELETE SET NULL
    }

    // createTable.test.js "should create a auto increment primary key".
    void createTableAutoIncrement_data() { TestDatabases::addDialectRows(); }
    void createTableAutoIncrement()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("TableWithPK", {{"table_id", integerKey()}});
        const ColumnDescription key = qi.describeTable("TableWithPK").value("table_id");
        QVERIFY(key.isAutoIncrement());
        QVERIFY(key.isPrimaryKey());
        if (dialect == QLatin1String("postgres"))
            QCOMPARE(key.defaultValue().toString(),
                     QStringLiteral("nextval(\"TableWithPK_table_id_seq\"::regclass)"));
    }

    // "should create unique constraint with uniqueKeys": here composite uniques are named on
    // the attributes and further unique indexes are model indexes; createTable makes both.
    void createTableUniqueKeys_data() { TestDatabases::addDialectRows(); }
    void createTableUniqueKeys()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("MyTable",
                       {{"id", integerKey()},
                        {"name", Attribute(DataTypes::String()).unique("myCustomIndex")},
                        {"email", Attribute(DataTypes::String()).unique("myCustomIndex")}},
                       ModelOptions().index(IndexOptions({"name"}).unique().name("myOtherIndex")));
        QStringList found;
        for (const IndexDescription &index : qi.showIndex("MyTable")) {
            if (!index.isPrimary() && index.isUnique())
                found.append(index.fields().join(QLatin1Char('+')));
        }
        found.sort();
        QCOMPARE(found, (QStringList{"name", "name+email"}));
        qi.bulkInsert("MyTable", {{{"name", "a"}, {"email", "x"}}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 qi.bulkInsert("MyTable", {{{"name", "a"}, {"email", "y"}}}));
    }

    // "should work with schemas" and "should work with enums (1) to (5)".
    void createTableEnums_data() { TestDatabases::addDialectRows(); }
    void createTableEnums()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema("hero");
        sequelize->createSchema("hero");
        sequelize->queryInterface().inSchema("hero").createTable("User",
                                                                 {{"name", DataTypes::String()}});
        QVERIFY(sequelize->queryInterface().inSchema("hero").tableExists("User"));
        sequelize->dropSchema("hero");

        sequelize->dropSchema(Archive);
        sequelize->createSchema(Archive);
        const QStringList values{"value1", "value2", "value3"};
        const bool postgres = dialect == QLatin1String("postgres");
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("SomeTable", {{"someEnum", DataTypes::Enum(values)}});
        QCOMPARE(qi.describeTable("SomeTable").value("someEnum").special(),
                 postgres ? values : QStringList());
        qi.dropTable("SomeTable");
        for (QueryInterface in : {qi, qi.inSchema(Archive)}) {
            in.createTable("SomeTable",
                           {{"someEnum", Attribute(DataTypes::Enum(values)).field("otherName")}});
            const QMap<QString, ColumnDescription> table = in.describeTable("SomeTable");
            QVERIFY(table.contains("otherName"));
            QVERIFY(!table.contains("someEnum"));
            QCOMPARE(table.value("otherName").special(), postgres ? values : QStringList());
            in.bulkInsert("SomeTable", {{{"otherName", "value3"}}});
            QVERIFY_THROWS_EXCEPTION(BaseError,
                                     in.bulkInsert("SomeTable", {{{"otherName", "value4"}}}));
        }
        qi.dropTable("SomeTable");
        qi.createTable("SomeTable",
                       {{"someEnum",
                         Attribute(DataTypes::Enum({"COMMENT"}))
                             .comment("special "
                                      "enum col")}});
        const ColumnDescription column = qi.describeTable("SomeTable").value("someEnum");
        QCOMPARE(column.special(), postgres ? QStringList{"COMMENT"} : QStringList());
        if (dialect == QLatin1String("sqlite"))
            QVERIFY(column.comment().isNull());
        else
            QCOMPARE(column.comment().toString(), QStringLiteral("special enum col"));
        sequelize->dropSchema(Archive);
    }

    // removeColumn.test.js, with and without a schema: a column with a default, without one,
    // with a foreign key, the primary key, a unique column.
    void removeColumn_data() { TestDatabases::addDialectRows(); }
    void removeColumn()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema(Archive);
        sequelize->createSchema(Archive);
        for (QueryInterface qi :
             {sequelize->queryInterface(), sequelize->queryInterface().inSchema(Archive)}) {
            const bool archive = !qi.schema().isEmpty();
            Attributes attributes{
                {"id", integerKey()},
                {"firstName", Attribute(DataTypes::String()).defaultValue("Someone")},
                {"lastName", DataTypes::String()},
                {"email", Attribute(DataTypes::String()).unique()},
                {"kept", DataTypes::Integer()}};
            if (!archive)
                attributes.append({"manager", Attribute(DataTypes::Integer()).references("users")});
            qi.createTable("users", attributes);
            qi.bulkInsert("users", {{{"lastName", "a"}, {"email", "a@x"}, {"kept", 7}}});
            if (!archive) {
                // A key that a foreign key references cannot go (PostgreSQL's and MariaDB's
                // refusal; SQLite's too, which would otherwise leave the reference dangling).
                QVERIFY_THROWS_EXCEPTION(DatabaseError, qi.removeColumn("users", "id"));
                QVERIFY(qi.describeTable("users").contains("id"));
                QCOMPARE(qi.getForeignKeyReferencesForTable("users").size(), 1);
            }
            QStringList gone{"firstName", "lastName"};
            if (!archive)
                gone.append("manager");
            gone += {"id", "email"};
            for (const QString &column : std::as_const(gone)) {
                qi.removeColumn("users", column);
                const QMap<QString, ColumnDescription> table = qi.describeTable("users");
                QVERIFY2(!table.contains(column), qPrintable(column));
                QVERIFY(table.contains("kept"));
            }
            QCOMPARE(qi.describeTable("users").keys(), QStringList{"kept"});
            QCOMPARE(qi.bulkUpdate("users", {{"kept", 8}}, {{"kept", 7}}), 1); // the row stayed
        }
        sequelize->dropSchema(Archive);
    }

    // dropEnum.test.js, with pgListEnums and dropAllEnums; refused where there are no ENUM
    // types of their own.
    void dropEnum_data() { TestDatabases::addDialectRows(); }
    void dropEnum()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("menus",
                       {{"structuretype", DataTypes::Enum({"menus", "submenu", "routine"})},
                        {"sequence", DataTypes::Integer()},
                        {"name", DataTypes::String()}});
        if (dialect != QLatin1String("postgres")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError, qi.pgListEnums("menus"));
            QVERIFY_THROWS_EXCEPTION(DefinitionError, qi.dropEnum("enum_menus_structuretype"));
            QVERIFY_THROWS_EXCEPTION(DefinitionError, qi.dropAllEnums());
            return;
        }
        // A type in use cannot go.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, qi.dropEnum("enum_menus_structuretype"));
        qi.removeColumn("menus", "structuretype");
        const QList<QVariantMap> enums = qi.pgListEnums("menus");
        QCOMPARE(enums.size(), 1);
        QCOMPARE(enums.at(0).value("enum_name").toString(),
                 QStringLiteral("enum_menus_structuretype"));
        QCOMPARE(enums.at(0).value("enum_value").toStringList(),
                 (QStringList{"menus", "submenu", "routine"}));
        QCOMPARE(qi.pgListEnums("menus", "structuretype").size(), 1);
        QCOMPARE(qi.pgListEnums("menus", "name").size(), 0);
        qi.dropEnum("enum_menus_structuretype");
        QVERIFY(qi.pgListEnums("menus").isEmpty());
        qi.dropEnum("enum_menus_structuretype"); // IF EXISTS

        // dropAllEnums, in a schema of its own: the public schema's types stay.
        qi.createTable("kinds", {{"kind", DataTypes::Enum({"a", "b"})}});
        sequelize->dropSchema(Archive);
        sequelize->createSchema(Archive);
        QueryInterface archive = qi.inSchema(Archive);
        archive.createTable("kinds", {{"kind", DataTypes::Enum({"x"})}});
        QCOMPARE(archive.pgListEnums().value(0).value("enum_value").toStringList(),
                 QStringList{"x"});
        archive.dropTable("kinds");
        archive.createTable("other", {{"kind", DataTypes::Enum({"y"})}});
        archive.removeColumn("other", "kind");
        archive.dropAllEnums();
        QVERIFY(archive.pgListEnums().isEmpty());
        QCOMPARE(qi.pgListEnums().size(), 1);
        sequelize->dropSchema(Archive);
    }

    // Names and texts with every quote character through the column changes of this file: an
    // ENUM default and a comment read back as written, a raw query's keys as the columns'
    // names (Qt's SQLite driver dropped the double quote from them).
    void hostileNames_data() { TestDatabases::addDialectRows(); }
    void hostileNames()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        const QString odd = QStringLiteral("we\"ird`na'me\\");
        qi.createTable(odd,
                       {{"id", integerKey()},
                        {"e",
                         Attribute(DataTypes::Enum({"a'b", "c\\d", "x\"y"}))
                             .comment("it's \\' a comment")
                             .defaultValue("a'b")},
                        {odd, Attribute(DataTypes::String()).defaultValue("q'\\'").unique()}});
        const QMap<QString, ColumnDescription> table = qi.describeTable(odd);
        QCOMPARE(table.value("e").defaultValue().toString(), QStringLiteral("a'b"));
        QVERIFY(table.value(odd).isUnique());
        if (dialect != QLatin1String("sqlite"))
            QCOMPARE(table.value("e").comment().toString(), QStringLiteral("it's \\' a comment"));
        qi.bulkInsert(odd, {{{"e", "c\\d"}}});
        const QList<QVariantMap> rows
            = sequelize->query(QStringLiteral("SELECT * FROM %1").arg(qi.quoteIdentifier(odd)))
                  .rows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).value(odd).toString(), QStringLiteral("q'\\'"));
        QCOMPARE(rows.at(0).value("e").toString(), QStringLiteral("c\\d"));
        qi.changeColumn(odd, "e", Attribute(DataTypes::Enum({"a'b", "c\\d", "x\"y", "n'"})));
        qi.bulkInsert(odd, {{{"e", "n'"}, {odd, "other"}}});
        qi.removeColumn(odd, odd);
        qi.renameColumn(odd, "e", "e'\"2");
        QCOMPARE(qi.describeTable(odd).keys(), (QStringList{"e'\"2", "id"}));
        qi.dropTable(odd);
        QVERIFY(qi.showAllTables().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_QueryInterfaceCases)
#include "tst_queryinterfacecases.moc"
