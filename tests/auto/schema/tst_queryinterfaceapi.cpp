// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize v6's test/integration/query-interface.test.js on every dialect: tables and views,
// renameTable, dropAllTables, indexes, renameColumn, addColumn, foreign keys of a table and
// constraints, with Sequelize's expected results per dialect.

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

} // namespace

class tst_QueryInterfaceApi : public QObject
{
    Q_OBJECT

private slots:
    // query-interface.test.js: showAllTables leaves views out; renameTable; dropAllTables.
    void tablesAndViews_data() { TestDatabases::addDialectRows(); }
    void tablesAndViews()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("my_test_table", {{"name", DataTypes::String()}});
        sequelize->query("DROP VIEW IF EXISTS V_Fail");
        sequelize->query("CREATE VIEW V_Fail AS SELECT 1 Id");
        QCOMPARE(qi.showAllTables(), QStringList{"my_test_table"});
        sequelize->query("DROP VIEW V_Fail");
        qi.renameTable("my_test_table", "my_test_table_new");
        QCOMPARE(qi.showAllTables(), QStringList{"my_test_table_new"});
        qi.dropAllTables();
        QVERIFY(qi.showAllTables().isEmpty());
        qi.createTable("table", {{"name", DataTypes::String()}});
        QCOMPARE(qi.showAllTables().size(), 1);
        qi.dropAllTables();
        QVERIFY(qi.showAllTables().isEmpty());

        // A referenced table is not dropped (SQLite's DROP TABLE would delete its rows and
        // cascade into the referencing table; PostgreSQL and MariaDB refuse).
        qi.createTable("widgets", {{"id", integerKey()}});
        qi.createTable(
            "gadgets",
            {{"id", integerKey()},
             {"widgetId",
              Attribute(DataTypes::Integer()).references("widgets").onDelete("CASCADE")}});
        qi.bulkInsert("widgets", {{{"id", 1}}});
        qi.bulkInsert("gadgets", {{{"widgetId", 1}}});
        QVERIFY_THROWS_EXCEPTION(DatabaseError, qi.dropTable("widgets"));
        QCOMPARE(qi.showAllTables(), (QStringList{"gadgets", "widgets"}));
        QCOMPARE(qi.bulkUpdate("gadgets", {{"widgetId", 1}}, {{"widgetId", 1}}), 1);
        // Tables whose keys reference each other: dropAllTables drops the keys between them
        // first, as Sequelize's.
        qi.addColumn("widgets", "gadgetId", Attribute(DataTypes::Integer()).references("gadgets"));
        qi.bulkUpdate("widgets", {{"gadgetId", 1}}, {{"id", 1}});
        qi.dropAllTables();
        QVERIFY(qi.showAllTables().isEmpty());
    }

    // dropTables(): only the tables named, a cycle between them with rows included; a table
    // outside the list that references one of them stops it (nothing of the cycle's rows is
    // lost on the databases that refuse up front).
    void dropTables_data() { TestDatabases::addDialectRows(); }
    void dropTables()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("widgets", {{"id", integerKey()}});
        qi.createTable("gadgets",
                       {{"id", integerKey()},
                        {"widgetId", Attribute(DataTypes::Integer()).references("widgets")}});
        qi.addColumn("widgets", "gadgetId", Attribute(DataTypes::Integer()).references("gadgets"));
        qi.createTable("keep", {{"id", integerKey()}});
        qi.bulkInsert("widgets", {{{"id", 1}}});
        qi.bulkInsert("gadgets", {{{"id", 1}, {"widgetId", 1}}});
        qi.bulkUpdate("widgets", {{"gadgetId", 1}}, {{"id", 1}});
        qi.createTable("parts",
                       {{"id", integerKey()},
                        {"gadgetId", Attribute(DataTypes::Integer()).references("gadgets")}});
        qi.bulkInsert("parts", {{{"gadgetId", 1}}});
        QVERIFY_THROWS_EXCEPTION(DatabaseError, qi.dropTables({"widgets", "gadgets"}));
        QVERIFY(qi.showAllTables().contains("parts"));
        qi.dropTable("parts");
        qi.dropTables({"widgets", "gadgets"});
        QCOMPARE(qi.showAllTables(), QStringList{"keep"});
    }

    // "indexes": add, read and remove an index (by name and by its fields), in a schema, on a
    // reserved word.
    void indexes_data() { TestDatabases::addDialectRows(); }
    void indexes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("Group",
                       {{"username", DataTypes::String()},
                        {"isAdmin", DataTypes::Boolean()},
                        {"from", DataTypes::String()}});
        qi.addIndex("Group", {"username", "isAdmin"});
        QStringList names;
        for (const IndexDescription &index : qi.showIndex("Group"))
            names.append(index.name());
        QVERIFY2(names.contains("group_username_is_admin"), qPrintable(names.join(',')));
        qi.removeIndex("Group", QStringList{"username", "isAdmin"});
        QVERIFY(qi.showIndex("Group").isEmpty());
        qi.addIndex("Group", {"from"});
        QCOMPARE(qi.showIndex("Group").value(0).fields(), QStringList{"from"});
        qi.removeIndex("Group", "group_from");
        QVERIFY(qi.showIndex("Group").isEmpty());
        // A missing index: DROP INDEX IF EXISTS on SQLite and PostgreSQL, as Sequelize's; MariaDB
        // has no IF EXISTS there and refuses.
        if (dialect == QLatin1String("mariadb"))
            QVERIFY_THROWS_EXCEPTION(DatabaseError, qi.removeIndex("Group", "group_from"));
        else
            qi.removeIndex("Group", "group_from");

        sequelize->dropSchema("schema");
        sequelize->createSchema("schema");
        QueryInterface schema = qi.inSchema("schema");
        schema.createTable("table",
                           {{"name", DataTypes::String()}, {"isAdmin", DataTypes::String()}});
        schema.addIndex("table", {"name", "isAdmin"});
        const QList<IndexDescription> indexes = schema.showIndex("table");
        QCOMPARE(indexes.size(), 1);
        QCOMPARE(indexes.at(0).name(), QStringLiteral("table_name_is_admin"));
        sequelize->dropSchema("schema");
    }

    // "renameColumn": simple, in a schema, NOT NULL without default, a boolean with a default,
    // an auto-increment primary key; a missing column's error.
    void renameColumn_data() { TestDatabases::addDialectRows(); }
    void renameColumn()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        ModelDefinition *users = sequelize->define(
            "_Users",
            {{"username", Attribute(DataTypes::String()).allowNull(false)},
             {"active", Attribute(DataTypes::Boolean()).allowNull(false).defaultValue(false)}},
            ModelOptions().freezeTableName(true));
        users->sync(SyncOptions().force());
        users->create({{"username", "jane"}});
        qi.renameColumn("_Users", "username", "pseudo");
        qi.renameColumn("_Users", "active", "enabled");
        const QMap<QString, ColumnDescription> table = qi.describeTable("_Users");
        QVERIFY(table.contains("pseudo") && !table.contains("username"));
        QVERIFY(table.contains("enabled") && !table.contains("active"));
        QVERIFY(!table.value("pseudo").allowsNull());
        QVERIFY(!table.value("enabled").allowsNull());
        qi.bulkInsert("_Users",
                      {{{"pseudo", "x"},
                        {"createdAt", QDateTime::currentDateTimeUtc()},
                        {"updatedAt", QDateTime::currentDateTimeUtc()}}});
        QCOMPARE(qi.bulkUpdate("_Users", {{"pseudo", "y"}}, {{"enabled", false}}), 2);
        try {
            qi.renameColumn("_Users", "email", "pseudo2");
            QFAIL("renaming a missing column did not fail");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.message(), QStringLiteral("Table _Users doesn't have the column email"));
        }

        ModelDefinition *fruits = sequelize->define(
            "Fruit",
            {{"fruitId",
              Attribute(DataTypes::Integer()).allowNull(false).primaryKey().autoIncrement()}},
            ModelOptions().freezeTableName(true).timestamps(false));
        fruits->sync(SyncOptions().force());
        qi.renameColumn("Fruit", "fruitId", "fruit_id");
        const QMap<QString, ColumnDescription> fruit = qi.describeTable("Fruit");
        QVERIFY(fruit.contains("fruit_id") && !fruit.contains("fruitId"));
        QVERIFY(fruit.value("fruit_id").isPrimaryKey());
        qi.bulkInsert("Fruit", {{}});
        QCOMPARE(qi.bulkDelete("Fruit", {{"fruit_id", 1}}), 1);

        sequelize->dropSchema(Archive);
        sequelize->createSchema(Archive);
        ModelDefinition *archived
            = sequelize->define("User", {{"username", DataTypes::String()}},
                                ModelOptions().tableName("Users").schema(Archive));
        archived->sync(SyncOptions().force());
        qi.inSchema(Archive).renameColumn("Users", "username", "pseudo");
        const QMap<QString, ColumnDescription> archivedTable
            = qi.inSchema(Archive).describeTable("Users");
        QVERIFY(archivedTable.contains("pseudo") && !archivedTable.contains("username"));
        sequelize->dropSchema(Archive);
    }

    // "addColumn": a foreign key reference, in a schema, ENUMs; (PostgreSQL) an ARRAY of ENUM.
    void addColumnCases_data() { TestDatabases::addDialectRows(); }
    void addColumnCases()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("users", {{"id", integerKey()}});
        qi.createTable("level", {{"id", integerKey()}});
        qi.addColumn("users", "level_id",
                     Attribute(DataTypes::Integer())
                         .references("level", "id")
                         .onUpdate("cascade")
                         .onDelete("set null"));
        QVERIFY(qi.describeTable("users").contains("level_id"));
        QCOMPARE(qi.getForeignKeyReferencesForTable("users").size(), 1);
        qi.addColumn("users", "someEnum", Attribute(DataTypes::Enum({"value1", "value2"})));
        qi.bulkInsert("users", {{{"someEnum", "value2"}}});
        QVERIFY_THROWS_EXCEPTION(BaseError, qi.bulkInsert("users", {{{"someEnum", "value3"}}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 qi.addColumn("", "x", Attribute(DataTypes::Integer())));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 qi.addColumn("users", "", Attribute(DataTypes::Integer())));

        sequelize->dropSchema(Archive);
        sequelize->createSchema(Archive);
        QueryInterface archive = qi.inSchema(Archive);
        archive.createTable("users", {{"id", integerKey()}});
        archive.addColumn("users", "level_id", Attribute(DataTypes::Integer()));
        archive.addColumn("users", "someEnum", Attribute(DataTypes::Enum({"a", "b"})));
        QVERIFY(archive.describeTable("users").contains("level_id"));
        QVERIFY(archive.describeTable("users").contains("someEnum"));
        sequelize->dropSchema(Archive);

        if (dialect == QLatin1String("postgres")) {
            qi.addColumn("users", "tags",
                         Attribute(DataTypes::Array(DataTypes::Enum({"Value1", "Value2"})))
                             .allowNull(false)
                             .defaultValue(QStringList()));
            const ColumnDescription tags = qi.describeTable("users").value("tags");
            QCOMPARE(tags.type(), QStringLiteral("ARRAY"));
            QVERIFY(!tags.allowsNull());
            // A model's ARRAY(ENUM) attribute: its type made by sync(), dropped with the table.
            ModelDefinition *tagged = sequelize->define(
                "Tagged", {{"tags", DataTypes::Array(DataTypes::Enum({"red", "green"}))}});
            tagged->sync(SyncOptions().force());
            tagged->create({{"tags", QStringList{"green", "red"}}});
            QCOMPARE(tagged->findAll().value(0)->get("tags").toStringList(),
                     (QStringList{"green", "red"}));
            QVERIFY_THROWS_EXCEPTION(BaseError, tagged->create({{"tags", QStringList{"blue"}}}));
            QCOMPARE(qi.pgListEnums("Taggeds", "tags").size(), 1);
            tagged->drop();
            QVERIFY(qi.pgListEnums("Taggeds", "tags").isEmpty());
        }
    }

    // "describeForeignKeys": three keys of one table, with and without actions.
    void foreignKeysOfATable_data() { TestDatabases::addDialectRows(); }
    void foreignKeysOfATable()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QueryInterface qi = sequelize->queryInterface();
        qi.createTable("users", {{"id", integerKey()}});
        qi.createTable(
            "hosts",
            {{"id", integerKey()},
             {"admin", Attribute(DataTypes::Integer()).references("users", "id")},
             {"operator", Attribute(DataTypes::Integer()).references("users").onUpdate("cascade")},
             {"owner",
              Attribute(DataTypes::Integer())
                  .references("users")
                  .onUpdate("cascade")
                  .onDelete("set null")}});
        const QList<QVariantMap> references = qi.getForeignKeyReferencesForTable("hosts");
        QCOMPARE(references.size(), 3);
        QStringList columns;
        for (const QVariantMap &reference : references) {
            QCOMPARE(reference.value("tableName").toString(), QStringLiteral("hosts"));
            QCOMPARE(reference.value("referencedColumnName").toString(), QStringLiteral("id"));
            QCOMPARE(reference.value("referencedTableName").toString(), QStringLiteral("users"));
            columns.append(reference.value("columnName").toString());
        }
        columns.sort();
        QCOMPARE(columns, (QStringList{"admin", "operator", "owner"}));
    }

    // "constraints": unique (one, then another), check, primary key, foreign key, unknown.
    void constraintCases_data() { TestDatabases::addDialectRows(); }
    void constraintCases()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->define("users",
                          {{"username", DataTypes::String()},
                           {"email", DataTypes::String()},
                           {"roles", DataTypes::String()}});
        sequelize->define("posts", {{"username", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        QueryInterface qi = sequelize->queryInterface();
        const auto names = [&](const QString &table) {
            QStringList list;
            for (const QVariantMap &c : qi.showConstraint(table))
                list.append(c.value("constraintName").toString());
            return list;
        };
        qi.addConstraint("users", ConstraintOptions(ConstraintOptions::Unique, {"username"}));
        qi.addConstraint("users", ConstraintOptions(ConstraintOptions::Unique, {"email"}));
        QVERIFY(names("users").contains("users_email_uk"));
        QVERIFY(names("users").contains("users_username_uk"));
        qi.removeConstraint("users", "users_email_uk");
        QVERIFY(!names("users").contains("users_email_uk"));
        QVERIFY(names("users").contains("users_username_uk"));
        qi.removeConstraint("users", "users_username_uk");
        QVERIFY(!names("users").contains("users_username_uk"));

        qi.addConstraint(
            "users",
            ConstraintOptions(ConstraintOptions::Check, {"roles"})
                .check(Sequelize::literal(qi.quoteIdentifier("roles")
                                          + " IN ('user', 'admin', 'guest', 'moderator')"))
                .name("check_user_roles"));
        QVERIFY(names("users").contains("check_user_roles"));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 qi.bulkInsert("users",
                                               {{{"roles", "root"},
                                                 {"createdAt", QDateTime::currentDateTimeUtc()},
                                                 {"updatedAt", QDateTime::currentDateTimeUtc()}}}));
        qi.removeConstraint("users", "check_user_roles");
        QVERIFY(!names("users").contains("check_user_roles"));

        qi.removeColumn("users", "id");
        qi.changeColumn("users", "username", Attribute(DataTypes::String()).allowNull(false));
        qi.addConstraint("users", ConstraintOptions(ConstraintOptions::PrimaryKey, {"username"}));
        const QString primary = dialect == QLatin1String("mariadb")
            ? QStringLiteral("PRIMARY")
            : QStringLiteral("users_username_pk");
        QVERIFY2(names("users").contains(primary), qPrintable(names("users").join(',')));
        qi.addConstraint("posts",
                         ConstraintOptions(ConstraintOptions::ForeignKey, {"username"})
                             .references("users", "username")
                             .onDelete("cascade")
                             .onUpdate("cascade"));
        QVERIFY(names("posts").contains("posts_username_users_fk"));
        qi.removeConstraint("posts", "posts_username_users_fk");
        QVERIFY(!names("posts").contains("posts_username_users_fk"));
        qi.removeConstraint("users", primary);
        QVERIFY(!names("users").contains(primary));

        try {
            qi.removeConstraint("users", "unknown__constraint__name");
            QFAIL("an unknown constraint was removed");
        } catch (const UnknownConstraintError &error) {
            QCOMPARE(error.table(), QStringLiteral("users"));
            QCOMPARE(error.constraint(), QStringLiteral("unknown__constraint__name"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_QueryInterfaceApi)
#include "tst_queryinterfaceapi.moc"
