// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize CLI's other commands through Migrator::run(), on every dialect: seeders (db:seed,
// db:seed:undo, db:seed:all, db:seed:undo:all) with and without the SequelizeData table,
// db:create/db:drop, migration:generate/seed:generate and the Registration the generated files
// use.

#include <QtSequelize/Errors>
#include <QtSequelize/Migrator>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtCore/qdir.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtextstream.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

// What a generated seeder file holds: registered before main(), present in every Migrator.
static const Migrator::Registration registeredSeeder(
    "20261203000000-registered",
    [](QueryInterface &qi, Sequelize &) {
        qi.bulkInsert("people", {{{"name", "Registered"}}});
    },
    [](QueryInterface &qi, Sequelize &) {
        qi.bulkDelete("people", {{"name", "Registered"}});
    },
    Migrator::Registration::Seeder);

class tst_Seeders : public QObject
{
    Q_OBJECT

    static void addSeeders(Migrator &migrator)
    {
        migrator
            .addSeeder(
                "20261203000001-ann",
                [](QueryInterface &qi, Sequelize &) {
                    qi.bulkInsert("people", {{{"name", "Ann"}}});
                },
                [](QueryInterface &qi, Sequelize &) {
                    qi.bulkDelete("people", {{"name", "Ann"}});
                })
            .addSeeder(
                "20261203000002-bob",
                [](QueryInterface &qi, Sequelize &) {
                    qi.bulkInsert("people", {{{"name", "Bob"}}, {{"name", "Bea"}}});
                },
                [](QueryInterface &qi, Sequelize &) {
                    qi.bulkDelete("people", {{"name", QVariantList{"Bob", "Bea"}}});
                });
    }
    static int people(Sequelize &sequelize)
    {
        return sequelize.query("SELECT COUNT(*) AS n FROM people")
            .rows()
            .value(0)
            .value("n")
            .toInt();
    }
    static void createPeople(Sequelize &sequelize)
    {
        sequelize.queryInterface().createTable(
            "people",
            {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"name", DataTypes::String()}});
    }

private slots:
    void seedCommands_data() { TestDatabases::addDialectRows(); }
    void seedCommands()
    {
        QSQ_OPEN_DIALECT(sequelize);
        createPeople(*sequelize);
        Migrator migrator(sequelize.get());
        addSeeders(migrator);
        QString text;
        QTextStream out(&text);
        auto run = [&](const QStringList &arguments) {
            text.clear();
            return migrator.run(QStringList{"migrate"} + arguments, &out);
        };
        QCOMPARE(
            migrator.pendingSeeders(),
            QStringList({"20261203000000-registered", "20261203000001-ann", "20261203000002-bob"}));
        QCOMPARE(run({"db:seed", "--seed", "20261203000002-bob"}), 0);
        QCOMPARE(text, "== 20261203000002-bob: migrated\n");
        QCOMPARE(people(*sequelize), 2);
        QCOMPARE(run({"db:seed", "--seed", "20261203000002-bob"}), 1); // stored: already run
        QVERIFY(text.startsWith("ERROR: Seeder 20261203000002-bob has already run"));
        QCOMPARE(run({"db:seed", "--seed", "nosuch"}), 1);
        QCOMPARE(run({"db:seed"}), 1);
        QCOMPARE(run({"db:seed:all"}), 0);
        QCOMPARE(text.count("migrated"), 2);
        QCOMPARE(people(*sequelize), 4);
        QCOMPARE(run({"db:seed:all"}), 0);
        QCOMPARE(text, "No seeders found.\n");
        const QString data = sequelize->queryInterface().quoteIdentifier("SequelizeData");
        QCOMPARE(sequelize->query("SELECT name FROM " + data).rows().size(), 3);
        // db:seed:undo: the last one run (by name), or the ones named.
        QCOMPARE(run({"db:seed:undo"}), 0);
        QCOMPARE(text, "== 20261203000002-bob: reverted\n");
        QCOMPARE(people(*sequelize), 2);
        QCOMPARE(run({"db:seed:undo", "--seed", "20261203000002-bob"}), 1); // has not run
        QCOMPARE(run({"db:seed:undo", "--seed", "20261203000000-registered"}), 0);
        QCOMPARE(migrator.executedSeeders(), QStringList({"20261203000001-ann"}));
        QCOMPARE(run({"db:seed:undo:all"}), 0);
        QCOMPARE(people(*sequelize), 0);
        QCOMPARE(migrator.executedSeeders(), QStringList());
        QCOMPARE(run({"db:seed:undo:all"}), 0);
        QCOMPARE(text, "No seeders found.\n");
    }

    // SeederStorage::None, Sequelize CLI's default: nothing remembered, every run seeds again.
    void seedWithoutStorage_data() { TestDatabases::addDialectRows(); }
    void seedWithoutStorage()
    {
        QSQ_OPEN_DIALECT(sequelize);
        createPeople(*sequelize);
        Migrator migrator(sequelize.get());
        addSeeders(migrator);
        migrator.setSeederStorage(Migrator::SeederStorage::None)
            .setSeederStorageTableName("Unused");
        QCOMPARE(migrator.seedAll().size(), 3);
        QCOMPARE(migrator.seedAll().size(), 3);
        QCOMPARE(people(*sequelize), 8);
        QVERIFY_THROWS_EXCEPTION(DefinitionError, migrator.undoSeed());
        QCOMPARE(migrator.undoSeed({"20261203000001-ann"}), QStringList({"20261203000001-ann"}));
        QCOMPARE(people(*sequelize), 6);
        migrator.undoAllSeeds();
        QCOMPARE(people(*sequelize), 0);
        QVERIFY(!sequelize->queryInterface().tableExists("Unused"));
        QVERIFY(!sequelize->queryInterface().tableExists("SequelizeData"));
    }

    // The storage tables can be renamed (migrationStorageTableName, seederStorageTableName).
    void storageTableNames_data() { TestDatabases::addDialectRows(); }
    void storageTableNames()
    {
        QSQ_OPEN_DIALECT(sequelize);
        createPeople(*sequelize);
        Migrator migrator(sequelize.get());
        addSeeders(migrator);
        migrator.setMigrationStorageTableName("schema_migrations")
            .setSeederStorageTableName("seeds");
        migrator.add("m1", [](QueryInterface &, Sequelize &) {});
        migrator.migrate();
        migrator.seed({"20261203000001-ann"});
        QueryInterface qi = sequelize->queryInterface();
        QVERIFY(qi.tableExists("schema_migrations"));
        QVERIFY(qi.tableExists("seeds"));
        QVERIFY(!qi.tableExists("SequelizeMeta"));
        QVERIFY(!qi.tableExists("SequelizeData"));
    }

    // db:create / db:drop create and drop the database the connection names.
    void createAndDropDatabase_data() { TestDatabases::addDialectRows(); }
    void createAndDropDatabase()
    {
        QSQ_REQUIRE_DIALECT();
        QString text;
        QTextStream out(&text);
        if (dialect == QLatin1String("sqlite")) {
            // As Sequelize CLI: SQLite has no db:create/db:drop (the file is the database).
            Sequelize sequelize("sqlite::memory:");
            QCOMPARE(Migrator(&sequelize).run({"migrate", "db:create"}, &out), 1);
            QVERIFY2(text.startsWith("ERROR: SQLite creates its database file"), qPrintable(text));
            QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                     sequelize.queryInterface().createDatabase("x"));
            return;
        }
        if (TestDatabases::throughPgBouncer())
            QSKIP("db:create/db:drop go to the server itself: PgBouncer serves the databases it "
                  "is configured with and keeps connections a DROP DATABASE must wait for (the "
                  "direct run covers them)");
        const QString name = "qsq_cli_created";
        SequelizeOptions options = SequelizeOptions::fromUrl(TestDatabases::url(dialect));
        options.database(name).logging(false);
        {
            Sequelize target(options);
            Migrator(&target).run({"migrate", "db:drop"}, &out);
            text.clear();
            QCOMPARE(Migrator(&target).run({"migrate", "db:create"}, &out), 0);
            QCOMPARE(text, "Database qsq_cli_created created.\n");
            createPeople(target);
            target.queryInterface().bulkInsert("people", {{{"name", "x"}}});
            QCOMPARE(people(target), 1);
        }
        {
            Sequelize target(options);
            QCOMPARE(people(target), 1); // the database was made and kept
        }
        {
            Sequelize target(options);
            text.clear();
            QCOMPARE(Migrator(&target).run({"migrate", "db:drop"}, &out), 0);
            QCOMPARE(text, "Database qsq_cli_created dropped.\n");
        }
        Sequelize gone(options);
        QVERIFY_THROWS_EXCEPTION(ConnectionError, gone.query("SELECT 1"));
    }

    // Sequelize CLI's config.json: one environment's connection, strictly read.
    void configFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("config.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{"
            "\"development\": {\"dialect\": \"postgres\", \"host\": \"db.example\", \"port\": "
            "\"6543\","
            "\"database\": \"app_dev\", \"username\": \"u\", \"password\": \"s3cret-pw\","
            "\"dialectOptions\": {\"sslmode\": \"require\"}, \"pool\": {\"max\": 3, \"min\": 1, "
            "\"maxUses\": 100},"
            "\"searchPath\": \"app,public\", \"timezone\": \"+02:00\", \"logging\": false},"
            "\"production\": {\"use_env_variable\": \"QSQ_TEST_CONFIG_URL\", \"seederStorage\": "
            "\"json\"},"
            "\"test\": {\"url\": \"mariadb://t:pw@127.0.0.1:3307/app_test\", \"database\": "
            "\"other\"},"
            "\"bad_pool\": {\"dialect\": \"sqlite\", \"pool\": {\"max\": 5, \"validate\": 10000}},"
            "\"bad_port\": {\"dialect\": \"postgres\", \"port\": \"s3cret-pw\"},"
            "\"bad_key\": {\"dialect\": \"sqlite\", \"s3cret-pw\": 1}"
            "}");
        file.close();
        qunsetenv("QSQ_ENV");
        qunsetenv("NODE_ENV");
        const SequelizeOptions dev = SequelizeOptions::fromConfigFile(path);
        QCOMPARE(dev.dialectName(), "postgres");
        QCOMPARE(dev.hostName(), "db.example");
        QCOMPARE(dev.portNumber(), 6543);
        QCOMPARE(dev.databaseName(), "app_dev");
        QCOMPARE(dev.passwordText(), "s3cret-pw");
        QCOMPARE(dev.dialectOptionMap().value("sslmode").toString(), "require");
        QCOMPARE(dev.poolMaxConnections(), 3);
        QCOMPARE(dev.poolMinConnections(), 1);
        QCOMPARE(dev.poolMaxUsesCount(), 100);
        QCOMPARE(dev.searchPathSchemas(), QStringList({"app", "public"}));
        QCOMPARE(dev.timezoneName(), "+02:00");
        QVERIFY(!dev.isLogging());
        qputenv("NODE_ENV", "test");
        const SequelizeOptions test = SequelizeOptions::fromConfigFile(path);
        QCOMPARE(test.dialectName(), "mariadb");
        QCOMPARE(test.portNumber(), 3307);
        QCOMPARE(test.databaseName(), "other"); // keys given beside the url win
        qputenv("QSQ_ENV", "production");
        QVERIFY_THROWS_EXCEPTION(ConnectionError, SequelizeOptions::fromConfigFile(path));
        qputenv("QSQ_TEST_CONFIG_URL", "postgres://p:pw@10.0.0.1/prod");
        QCOMPARE(SequelizeOptions::fromConfigFile(path).hostName(), "10.0.0.1");
        qunsetenv("QSQ_ENV");
        qunsetenv("NODE_ENV");
        for (const char *environment : {"bad_pool", "bad_port", "bad_key", "staging"}) {
            try {
                SequelizeOptions::fromConfigFile(path, environment);
                QFAIL(environment);
            } catch (const ConnectionError &error) {
                QVERIFY2(!error.message().contains("s3cret"), qPrintable(error.message()));
            }
        }
        Sequelize sequelize("sqlite::memory:");
        Migrator migrator(&sequelize);
        QVERIFY_THROWS_EXCEPTION(DefinitionError, migrator.configure(path, "production"));
        migrator.configure(path, "development"); // no CLI keys: nothing changes
        QVERIFY_THROWS_EXCEPTION(ConnectionError, migrator.configure(path, "nosuch"));
    }

    // migration:generate --from-models: the migration turning the database into the models,
    // written as C++ and, the same operations, run here; afterwards nothing is left to write.
    void fromModels_data() { TestDatabases::addDialectRows(); }
    void fromModels()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *group = sequelize->define(
            "Group", {{"name", Attribute(DataTypes::String(80)).allowNull(false).unique()}});
        ModelDefinition *user = sequelize->define(
            "User",
            {{"username", Attribute(DataTypes::String(64)).allowNull(false)},
             {"email", Attribute(DataTypes::String()).defaultValue("none@example.com")},
             {"status", DataTypes::Enum({"active", "it's \"quoted\""})},
             {"score", Attribute(DataTypes::Decimal(10, 2)).defaultValue(0)},
             {"visits", DataTypes::BigInt(20).asZeroFill()},
             {"age", DataTypes::SmallInt().asUnsigned()}},
            ModelOptions().index(IndexOptions().fields({"email"}).unique()));
        user->belongsTo(group, AssociationOptions().foreignKey("groupId").onDelete("CASCADE"));
        QTemporaryDir dir;
        Migrator migrator(sequelize.get());
        const QString path = migrator.generateFromModels(dir.path(), "init");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString source = QString::fromUtf8(file.readAll());
        QVERIFY2(source.contains("queryInterface.createTable(\n            \"Groups\""),
                 qPrintable(source));
        QVERIFY(
            source.contains("{\"username\", Attribute(DataTypes::String(64)).allowNull(false)}"));
        QVERIFY(source.contains(
            "{\"name\", Attribute(DataTypes::String(80)).allowNull(false).unique()}"));
        QVERIFY(source.contains(".references(\"Groups\", \"id\").onDelete(\"CASCADE\")"));
        QVERIFY(source.contains("DataTypes::Enum({\"active\", \"it's \\\"quoted\\\"\"})"));
        QVERIFY(source.contains("{\"visits\", Attribute(DataTypes::BigInt(20).asZeroFill())}"));
        QVERIFY(source.contains("{\"age\", Attribute(DataTypes::SmallInt().asUnsigned())}"));
        QVERIFY(source.contains(".defaultValue(QString(\"none@example.com\"))"));
        QVERIFY(source.contains("queryInterface.addIndex(\"Users\", {\"email\"}, "
                                "IndexOptions().name(\"users_email\").unique());"));
        QVERIFY(source.indexOf("\"Groups\"") < source.indexOf("\"Users\"")); // referenced first
        QVERIFY(source.contains("queryInterface.dropTable(\"Groups\");"));

        // The same operations, run: the models work on the tables they made.
        migrator.addFromModels("01-init");
        QCOMPARE(migrator.migrate(), QStringList({"01-init"}));
        QCOMPARE(migrator.generateFromModels(dir.path(), "again"), QString());
        const auto g = group->create({{"name", "admins"}});
        const auto u = user->create({{"username", "ann"}, {"groupId", g->get("id")}});
        QCOMPARE(user->findByPk(u->get("id"))->get("email").toString(), "none@example.com");
        QVERIFY_THROWS_EXCEPTION(
            ForeignKeyConstraintError,
            user->create({{"username", "bob"}, {"email", "b@x"}, {"groupId", 999}}));
        QVERIFY_THROWS_EXCEPTION(
            UniqueConstraintError,
            user->create({{"username", "eve"}, {"email", "none@example.com"}}));

        // A new model and a column no attribute names: created and dropped; the drop cannot
        // be undone by the generated step.
        sequelize->queryInterface().addColumn("Users", "legacy", DataTypes::Text());
        sequelize->define("Tag", {{"label", DataTypes::String()}});
        migrator.addFromModels("02-change");
        QCOMPARE(migrator.migrate(), QStringList({"02-change"}));
        QVERIFY(sequelize->queryInterface().tableExists("Tags"));
        QVERIFY(!sequelize->queryInterface().describeTable("Users").contains("legacy"));
        QCOMPARE(user->count(), 1);
        QVERIFY_THROWS_EXCEPTION(DefinitionError, migrator.undo());
        QCOMPARE(migrator.generateFromModels(dir.path(), "again"), QString());
        QCOMPARE(migrator.undoOnly("01-init"), QStringList({"01-init"}));
        QVERIFY(!sequelize->queryInterface().tableExists("Users"));
    }

    // migration:generate --from-models of models whose keys form a cycle: the tables are
    // created without their foreign keys, which are added after them (as sync() does; SQLite
    // takes a key to a later table), and removed first when the step is undone.
    void fromModelsCycle_data() { TestDatabases::addDialectRows(); }
    void fromModelsCycle()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *group = sequelize->define("Group", {{"name", DataTypes::String()}});
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        user->belongsTo(group, AssociationOptions().foreignKey("groupId"));
        group->belongsTo(user, AssociationOptions().as("owner"));
        QTemporaryDir dir;
        Migrator migrator(sequelize.get());
        const QString path = migrator.generateFromModels(dir.path(), "cycle");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString source = QString::fromUtf8(file.readAll());
        if (dialect != QLatin1String("sqlite")) {
            const qsizetype key = source.indexOf("queryInterface.addConstraint(\"Groups\"");
            QVERIFY2(key > source.lastIndexOf("createTable("), qPrintable(source));
            QVERIFY(source.contains("queryInterface.addConstraint(\"Users\""));
        }
        migrator.addFromModels("01-cycle");
        QCOMPARE(migrator.migrate(), QStringList({"01-cycle"}));
        QCOMPARE(migrator.generateFromModels(dir.path(), "again"), QString());
        const auto admins = group->create({{"name", "admins"}});
        const auto ann = user->create({{"username", "ann"}, {"groupId", admins->get("id")}});
        admins->update({{"ownerId", ann->get("id")}});
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 group->create({{"name", "x"}, {"ownerId", 999}}));
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 user->create({{"username", "bob"}, {"groupId", 999}}));
        admins->update({{"ownerId", QVariant()}});
        user->destroy(Where());
        if (dialect == QLatin1String("sqlite")) {
            // SQLite cannot drop tables of a cycle one by one: they are dropped together.
            QVERIFY2(source.contains("queryInterface.dropTables({\"Groups\", \"Users\"});")
                         || source.contains("queryInterface.dropTables({\"Users\", \"Groups\"});"),
                     qPrintable(source));
            QVERIFY(!source.contains("throw DefinitionError"));
        }
        QCOMPARE(migrator.undoOnly("01-cycle"), QStringList({"01-cycle"}));
        QVERIFY(!sequelize->queryInterface().tableExists("Users"));
        QVERIFY(!sequelize->queryInterface().tableExists("Groups"));
    }

    // A foreign key to a model's table in a schema (references(model) or an association) is
    // not written by --from-models (its QueryInterface code names tables without schemas):
    // refused where schemas are the database's, nothing written; on SQLite the schema is part
    // of the table's name.
    void fromModelsSchemaReferences_data() { TestDatabases::addDialectRows(); }
    void fromModelsSchemaReferences()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema("hero");
        sequelize->createSchema("hero");
        ModelDefinition *hero = sequelize->define("Hero", {{"name", DataTypes::String()}},
                                                  ModelOptions().schema("hero"));
        sequelize->define("Power", {{"heroId", Attribute(DataTypes::Integer()).references(hero)}});
        QTemporaryDir dir;
        Migrator migrator(sequelize.get());
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY(!migrator.generateFromModels(dir.path(), "schema").isEmpty());
        } else {
            QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                     migrator.generateFromModels(dir.path(), "schema"));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
        }
        sequelize->dropSchema("hero");
    }

    // An existing column that lacks the unique constraint or the foreign key its attribute
    // has gained: added by the migration, named, as sync({alter}) adds them; removed by name
    // by its down step.
    void fromModelsLackedConstraints_data() { TestDatabases::addDialectRows(); }
    void fromModelsLackedConstraints()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *team = sequelize->define("Team", {{"name", DataTypes::String()}});
        sequelize->define("Member",
                          {{"email", DataTypes::String()}, {"TeamId", DataTypes::Integer()}});
        sequelize->sync(SyncOptions().force());
        ModelDefinition *member
            = sequelize->define("Member", {{"email", Attribute(DataTypes::String()).unique()}});
        member->belongsTo(team, AssociationOptions().onDelete("CASCADE"));
        QTemporaryDir dir;
        Migrator migrator(sequelize.get());
        QFile file(migrator.generateFromModels(dir.path(), "constraints"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString source = QString::fromUtf8(file.readAll());
        QVERIFY2(source.contains("queryInterface.addConstraint(\"Members\", "
                                 "ConstraintOptions(ConstraintOptions::Unique, "
                                 "{\"email\"}).name(\"Members_email_uk\"));"),
                 qPrintable(source));
        QVERIFY2(source.contains("queryInterface.addConstraint(\"Members\", "
                                 "ConstraintOptions(ConstraintOptions::ForeignKey, "
                                 "{\"TeamId\"}).name(\"Members_TeamId_fk\").references(\"Teams\", "
                                 "\"id\").onDelete(\"CASCADE\")"),
                 qPrintable(source));
        QVERIFY2(
            source.contains("queryInterface.removeConstraint(\"Members\", \"Members_email_uk\");"),
            qPrintable(source));

        migrator.addFromModels("01-constraints");
        QCOMPARE(migrator.migrate(), QStringList({"01-constraints"}));
        QCOMPARE(migrator.generateFromModels(dir.path(), "again"), QString());
        const auto t = team->create({{"name", "t"}});
        member->create({{"email", "a"}, {"TeamId", t->get("id")}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, member->create({{"email", "a"}}));
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 member->create({{"email", "b"}, {"TeamId", 999}}));
        QCOMPARE(migrator.undo(), QStringList({"01-constraints"}));
        member->create({{"email", "a"}, {"TeamId", 999}}); // neither is checked any more
        QCOMPARE(member->count(), qint64(2));
    }

    // A column whose type (length, precision, ENUM values), nullability or default is not the
    // model's: changed by the migration (sync({alter})'s changeColumn), one call per column,
    // nothing for the columns that match; the down step cannot restore them and says so.
    void fromModelsColumnChanges_data() { TestDatabases::addDialectRows(); }
    void fromModelsColumnChanges()
    {
        QSQ_OPEN_DIALECT(sequelize);
        // A foreign key declared on the attribute (not compared; the scratch copy of the
        // columns is made without it).
        sequelize->define("Team", {{"name", DataTypes::String()}})->sync(SyncOptions().force());
        const auto defineUser = [&](bool changed) {
            return sequelize->define(
                "User",
                {{"username", Attribute(DataTypes::String(changed ? 100 : 64)).allowNull(false)},
                 {"email",
                  changed ? Attribute(DataTypes::String())
                                .allowNull(false)
                                .defaultValue("nobody@example.com")
                          : Attribute(DataTypes::String()).defaultValue("none@example.com")},
                 {"status",
                  changed ? DataTypes::Enum({"active", "banned"}) : DataTypes::Enum({"active"})},
                 {"score", DataTypes::Decimal(changed ? 12 : 10, changed ? 4 : 2)},
                 {"note", DataTypes::Text()},
                 {"teamId", Attribute(DataTypes::Integer()).references("Teams")}});
        };
        defineUser(false)->sync();
        defineUser(false)->create({{"username", "ann"}, {"status", "active"}, {"score", 1.5}});
        QTemporaryDir dir;
        Migrator migrator(sequelize.get());
        QCOMPARE(migrator.generateFromModels(dir.path(), "same"), QString()); // nothing differs

        ModelDefinition *user = defineUser(true);
        QFile file(migrator.generateFromModels(dir.path(), "columns"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString source = QString::fromUtf8(file.readAll());
        for (const char *column : {"username", "email", "status", "score"})
            QVERIFY2(source.contains(QStringLiteral("queryInterface.changeColumn(\"Users\", \"%1\"")
                                         .arg(QLatin1String(column))),
                     qPrintable(source));
        QVERIFY2(!source.contains("\"note\"") && !source.contains("\"teamId\""),
                 qPrintable(source)); // unchanged
        QVERIFY(source.contains("// was "));
        QVERIFY(source.contains("The up step drops or changes Users.username"));

        migrator.addFromModels("02-columns");
        QCOMPARE(migrator.migrate(), QStringList({"02-columns"}));
        const QString left = migrator.generateFromModels(dir.path(), "again");
        QFile leftFile(left);
        QVERIFY2(left.isEmpty(),
                 !left.isEmpty() && leftFile.open(QIODevice::ReadOnly)
                     ? leftFile.readAll().constData()
                     : "");
        const auto ann = user->findOne(FindOptions().where({{"username", "ann"}}));
        QVERIFY(ann);
        QCOMPARE(ann->get("score").toDouble(), 1.5);
        QCOMPARE(ann->get("email").toString(), QStringLiteral("none@example.com")); // as written
        user->create({{"username", QString(90, QLatin1Char('x')) + "long"},
                      {"status", "banned"},
                      {"score", 12345678.1234}});
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 user->create({{"username", "bob"}, {"email", QVariant()}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, migrator.undo());
        QCOMPARE(user->count(), 2);
    }

    void generate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Sequelize sequelize("sqlite::memory:");
        Migrator migrator(&sequelize);
        QString text;
        QTextStream out(&text);
        const QString migrations = dir.filePath("migrations");
        QCOMPARE(migrator.run({"migrate", "migration:generate", "--name", "add-email",
                               "--migrations-path", migrations},
                              &out),
                 0);
        const QStringList files = QDir(migrations).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(QRegularExpression("^\\d{14}-add-email\\.cpp$").match(files.first()).hasMatch(),
                 qPrintable(files.first()));
        QFile file(QDir(migrations).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        QVERIFY(source.contains("static const Migrator::Registration registration("));
        QVERIFY(source.contains("\"" + files.first().chopped(4) + "\""));
        QVERIFY(!source.contains("Seeder"));
        text.clear();
        QCOMPARE(migrator.run({"migrate", "seed:generate", "--name", "demo_user", "--seeders-path",
                               dir.filePath("seeders")},
                              &out),
                 0);
        QVERIFY(text.startsWith("New seed was created at "));
        QFile seed(QDir(dir.filePath("seeders"))
                       .filePath(QDir(dir.filePath("seeders")).entryList(QDir::Files).value(0)));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QVERIFY(seed.readAll().contains("Migrator::Registration::Seeder);"));
        // A name that would not be a file name or a C++ string is refused.
        QCOMPARE(migrator.run({"migrate", "migration:generate", "--name", "../x\""}, &out), 1);
        QCOMPARE(migrator.run({"migrate", "migration:generate"}, &out), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Seeders)
#include "tst_seeders.moc"
