// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Schemas (Sequelize's `schema` model option, createSchema/dropSchema/showAllSchemas and the
// connection's searchPath), ported from Sequelize's test/integration/model/schema.test.js and
// run on every dialect: PostgreSQL's schemas, MariaDB's databases, SQLite's "schema.table"
// names. The same table name lives in two schemas and the public one; every finder, writer,
// include, sync and drop touches its own.

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

const QString SchemaOne = QStringLiteral("schema_one");
const QString SchemaTwo = QStringLiteral("schema_two");

struct Restaurants
{
    ModelDefinition *one = nullptr;
    ModelDefinition *two = nullptr;
    ModelDefinition *pub = nullptr;
    ModelDefinition *location = nullptr;
    ModelDefinition *employeeOne = nullptr;
};

ModelDefinition *defineRestaurant(Sequelize *sequelize, const QString &name, const QString &schema)
{
    ModelOptions options = ModelOptions().tableName("restaurants");
    if (!schema.isEmpty())
        options.schema(schema);
    return sequelize->define(name, {{"foo", DataTypes::String()}, {"bar", DataTypes::String()}},
                             options);
}

// Sequelize's fixture: restaurants in schema_one, schema_two and the connection's own schema,
// locations in the connection's schema, employees in schema_one.
Restaurants defineAll(Sequelize *sequelize)
{
    sequelize->dropSchema(SchemaOne);
    sequelize->dropSchema(SchemaTwo);
    sequelize->createSchema(SchemaOne);
    sequelize->createSchema(SchemaTwo);
    Restaurants r;
    r.one = defineRestaurant(sequelize, "RestaurantOne", SchemaOne);
    r.two = defineRestaurant(sequelize, "RestaurantTwo", SchemaTwo);
    r.pub = defineRestaurant(sequelize, "Restaurant", QString());
    r.location = sequelize->define("location", {{"name", DataTypes::String()}},
                                   ModelOptions().tableName("locations"));
    r.employeeOne = sequelize->define(
        "employee", {{"first_name", DataTypes::String()}, {"last_name", DataTypes::String()}},
        ModelOptions().tableName("employees").schema(SchemaOne));
    for (ModelDefinition *restaurant : {r.one, r.two, r.pub})
        restaurant->belongsTo(
            r.location,
            AssociationOptions().as("location").foreignKey("location_id").constraints(false));
    r.employeeOne->belongsTo(
        r.one,
        AssociationOptions().as("restaurant").foreignKey("restaurant_id").constraints(false));
    r.one->hasMany(
        r.employeeOne,
        AssociationOptions().as("employees").foreignKey("restaurant_id").constraints(false));
    sequelize->sync(SyncOptions().force());
    return r;
}

QStringList bars(const QList<QSharedPointer<Model>> &rows)
{
    QStringList values;
    for (const auto &row : rows)
        values.append(row->get("bar").toString());
    values.sort();
    return values;
}

} // namespace

class tst_Schemas : public QObject
{
    Q_OBJECT

private slots:
    void tableNames_data() { TestDatabases::addDialectRows(); }
    void tableNames()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Restaurants r = defineAll(sequelize.get());
        if (dialect == QLatin1String("sqlite")) {
            // As Sequelize: no schemas here, the schema is part of the table's name.
            QCOMPARE(r.one->tableName(), "schema_one.restaurants");
            QCOMPARE(r.one->schema(), QString());
            QVERIFY(sequelize->queryInterface().tableExists("schema_one.restaurants"));
        } else {
            QCOMPARE(r.one->tableName(), "restaurants");
            QCOMPARE(r.one->schema(), SchemaOne);
        }
        QCOMPARE(r.pub->schema(), QString());
        const QStringList schemas = sequelize->showAllSchemas();
        QVERIFY2(schemas.contains(SchemaOne) && schemas.contains(SchemaTwo),
                 qPrintable(schemas.join(',')));
    }

    // "Add data via model.create, retrieve via model.findOne" and "Persist and retrieve data".
    void persistAndRetrieve_data() { TestDatabases::addDialectRows(); }
    void persistAndRetrieve()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Restaurants r = defineAll(sequelize.get());
        const auto one = r.one->create({{"foo", "one"}});
        QVERIFY(r.one->findOne(FindOptions().where({{"foo", "one"}})));
        QCOMPARE(r.one->findByPk(one->get("id"))->get("foo").toString(), "one");
        QVERIFY(!r.two->findOne(FindOptions().where({{"foo", "one"}})));
        QVERIFY(!r.pub->findOne(FindOptions().where({{"foo", "one"}})));
        one->destroy();

        // Built and saved in turn: the schema is the definition's, not left over.
        r.one->build({{"bar", "one.1"}})->save();
        r.two->build({{"bar", "two.1"}})->save();
        r.one->build({{"bar", "one.2"}})->save();
        r.two->build({{"bar", "two.2"}})->save();
        r.two->build({{"bar", "two.3"}})->save();
        r.pub->create({{"bar", "public.1"}});
        QCOMPARE(bars(r.one->findAll()), QStringList({"one.1", "one.2"}));
        QCOMPARE(bars(r.two->findAll()), QStringList({"two.1", "two.2", "two.3"}));
        QCOMPARE(bars(r.pub->findAll()), QStringList({"public.1"}));
        qint64 count = 0;
        QCOMPARE(r.one->findAndCountAll(FindOptions(), &count).size(), 2);
        QCOMPARE(count, 2);
        QCOMPARE(r.one->count(FindOptions().where(Op::like("bar", "%.1"))), 1);
        QCOMPARE(r.two->count(), 3);
        QCOMPARE(r.two->findAndCountAll(FindOptions().where(Op::like("bar", "%.3")), &count).size(),
                 1);
        QCOMPARE(count, 1);

        // Writers touch their own schema's table only.
        QCOMPARE(r.two->update({{"foo", "updated"}}, Op::like("bar", "two.%")), 3);
        QCOMPARE(r.one->count(FindOptions().where({{"foo", "updated"}})), 0);
        auto saved = r.one->findOne(FindOptions().where({{"bar", "one.2"}}));
        saved->set("foo", "saved");
        saved->save();
        saved->reload();
        QCOMPARE(saved->get("foo").toString(), "saved");
        QCOMPARE(r.two->count(FindOptions().where({{"foo", "saved"}})), 0);
        r.one->upsert({{"id", saved->get("id")}, {"bar", "upserted"}});
        QCOMPARE(r.one->count(FindOptions().where({{"bar", "upserted"}})), 1);
        QCOMPARE(r.two->destroy(Op::eq("bar", "two.1")), 1);
        QCOMPARE(r.one->count(), 2);
        QCOMPARE(r.two->count(), 2);
        r.one->bulkCreate({{{"bar", "one.3"}}, {{"bar", "one.4"}}});
        QCOMPARE(r.one->count(), 4);
        r.two->truncate();
        QCOMPARE(r.two->count(), 0);
        QCOMPARE(r.one->count(), 4);
        QCOMPARE(r.pub->count(), 1);
    }

    // "Get associated data in public schema via include" and "schema specific associated data".
    void includes_data() { TestDatabases::addDialectRows(); }
    void includes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Restaurants r = defineAll(sequelize.get());
        const auto hq = r.location->create({{"name", "HQ"}});
        r.one->create({{"foo", "one"}, {"location_id", hq->get("id")}});
        const auto withLocation
            = r.one->findOne(FindOptions().where({{"foo", "one"}}).include("location"));
        QVERIFY(withLocation);
        QCOMPARE(withLocation->loadedAssociation("location")->get("name").toString(), "HQ");

        const auto restaurant = r.one->findOne(FindOptions().where({{"foo", "one"}}));
        r.employeeOne->create({{"first_name", "Restaurant"},
                               {"last_name", "one"},
                               {"restaurant_id", restaurant->get("id")}});
        const auto withEmployees
            = r.one->findOne(FindOptions().where({{"foo", "one"}}).include("employees"));
        QCOMPARE(withEmployees->loadedTargets("employees").size(), 1);
        QCOMPARE(withEmployees->loadedTargets("employees").first()->get("last_name").toString(),
                 "one");
        QCOMPARE(restaurant->getAssociatedList("employees").size(), 1);
        // A required include is a JOIN of two schema-qualified tables.
        const auto employee = r.employeeOne->findOne(
            FindOptions()
                .where({{"last_name", "one"}})
                .include(Include("restaurant").required(true).where({{"foo", "one"}})));
        QVERIFY(employee);
        QCOMPARE(employee->loadedAssociation("restaurant")->get("foo").toString(), "one");
        QCOMPARE(r.one->count(FindOptions().include("employees").distinct()), 1);
    }

    // sync() names the schema in the foreign keys, indexes and (PostgreSQL) ENUM types it
    // creates, and sync({alter}) alters the table of its own schema, not one of the same name.
    void syncAndAlter_data() { TestDatabases::addDialectRows(); }
    void syncAndAlter()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema(SchemaOne);
        sequelize->createSchema(SchemaOne);
        const auto defineTask
            = [&](const QString &name, const QString &schema, const QStringList &states) {
                  ModelOptions options = ModelOptions().tableName("tasks").index(
                      IndexOptions().fields({"title"}).unique());
                  if (!schema.isEmpty())
                      options.schema(schema);
                  return sequelize->define(
                      name, {{"title", DataTypes::String()}, {"state", DataTypes::Enum(states)}},
                      options);
              };
        ModelDefinition *project = sequelize->define("Project", {{"name", DataTypes::String()}},
                                                     ModelOptions().schema(SchemaOne));
        ModelDefinition *task = defineTask("TaskOne", SchemaOne, {"open", "done"});
        ModelDefinition *publicTask = defineTask("Task", QString(), {"new", "old"});
        task->belongsTo(project, AssociationOptions().foreignKey("projectId"));
        sequelize->sync(SyncOptions().force());
        sequelize->sync(); // again: nothing to create, nothing fails

        const auto p = project->create({{"name", "p"}});
        task->create({{"title", "a"}, {"state", "done"}, {"projectId", p->get("id")}});
        publicTask->create({{"title", "a"}, {"state", "old"}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 task->create({{"title", "a"}, {"state", "open"}}));
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 task->create({{"title", "b"}, {"projectId", 999}}));
        // The public table's ENUM is another type (PostgreSQL: schema_one.enum_tasks_state).
        QVERIFY_THROWS_EXCEPTION(DatabaseError, task->create({{"title", "c"}, {"state", "old"}}));
        QCOMPARE(task->count(), 1);

        // alter: a new attribute lands in schema_one's table only.
        ModelDefinition *altered
            = sequelize->define("TaskOneAltered",
                                {{"title", DataTypes::String()},
                                 {"state", DataTypes::Enum({"open", "done"})},
                                 {"projectId", DataTypes::Integer()},
                                 {"priority", Attribute(DataTypes::Integer()).defaultValue(3)}},
                                ModelOptions().tableName("tasks").schema(SchemaOne));
        altered->sync(SyncOptions().alter());
        QCOMPARE(altered->findOne()->get("priority").toInt(), 3);
        if (dialect != QLatin1String("sqlite"))
            QVERIFY(!sequelize->queryInterface().describeTable("tasks").contains("priority"));
        QCOMPARE(publicTask->count(), 1);
        // Model.describe(): the model's own table, in its schema.
        QVERIFY(altered->describe().contains("priority"));
        QCOMPARE(altered->describe().value("priority").defaultValue().toInt(), 3);
        QCOMPARE(altered->describe().keys(), task->describe().keys());
        QVERIFY(!publicTask->describe().contains("priority"));
        QVERIFY(publicTask->describe().value("title").isUnique());
    }

    // belongsToMany through a junction in the schema: its rows, keys and the joins name it.
    void belongsToManyInSchema_data() { TestDatabases::addDialectRows(); }
    void belongsToManyInSchema()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema(SchemaOne);
        sequelize->createSchema(SchemaOne);
        const ModelOptions inOne = ModelOptions().schema(SchemaOne);
        ModelDefinition *user = sequelize->define("User", {{"name", DataTypes::String()}}, inOne);
        ModelDefinition *project
            = sequelize->define("Project", {{"title", DataTypes::String()}}, inOne);
        ModelDefinition *membership = sequelize->define(
            "Membership", {{"role", DataTypes::String()}}, ModelOptions(inOne).timestamps(false));
        user->belongsToMany(project, AssociationOptions().through(membership).as("projects"));
        project->belongsToMany(user, AssociationOptions().through(membership).as("users"));
        sequelize->sync(SyncOptions().force());
        const auto ann = user->create({{"name", "ann"}});
        const auto p1 = project->create({{"title", "p1"}});
        const auto p2 = project->create({{"title", "p2"}});
        ann->addAssociated("projects", {p1->get("id"), p2->get("id")});
        QCOMPARE(membership->count(), 2);
        QCOMPARE(ann->getAssociatedList("projects").size(), 2);
        const auto loaded = user->findOne(
            FindOptions().include(Include("projects").required(true).where({{"title", "p2"}})));
        QVERIFY(loaded);
        QCOMPARE(loaded->loadedTargets("projects").size(), 1); // the include's where
        QCOMPARE(project->count(FindOptions().include(Include("users").required(true))), 2);
        ann->destroy(); // the junction rows go with it (CASCADE on the schema's tables)
        QCOMPARE(membership->count(), 0);
        if (dialect != QLatin1String("sqlite"))
            QVERIFY(!sequelize->queryInterface().tableExists("Memberships")); // not in public
        sequelize->dropSchema(SchemaOne);
    }

    // Sequelize's Model.schema(): the reference User (belongsTo UserGroup as group) copied into
    // a tenant's schema; rows, includes, instance writes and hooks stay in their own table.
    void modelSchemaCopy_data() { TestDatabases::addDialectRows(); }
    void modelSchemaCopy()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema(SchemaOne);
        sequelize->createSchema(SchemaOne);
        ModelDefinition *group = sequelize->define("UserGroup", {{"name", DataTypes::String()}});
        ModelDefinition *user
            = sequelize->define("User", {{"username", DataTypes::String()}},
                                ModelOptions().index(IndexOptions().fields({"username"}).unique()));
        // The copy's table references UserGroups in the connection's schema (on MariaDB the
        // reference names the connection's database: unqualified, it would be the copy's).
        user->belongsTo(group, AssociationOptions().as("group").foreignKey("groupId"));
        sequelize->sync(SyncOptions().force());
        ModelDefinition *tenant = user->schema(SchemaOne);
        QCOMPARE(user->schema(SchemaOne), tenant); // one copy per schema
        QVERIFY(!sequelize->models().contains(tenant));
        QCOMPARE(tenant->name(), QStringLiteral("User"));
        if (dialect == QLatin1String("sqlite"))
            QCOMPARE(tenant->tableName(), SchemaOne + QStringLiteral(".Users"));
        else
            QCOMPARE(tenant->schema(), SchemaOne);
        QCOMPARE(user->schema(), QString()); // the model itself is unchanged
        tenant->sync();
        const auto admins = group->create({{"name", "admins"}});
        tenant->create({{"username", "in the tenant"}, {"groupId", admins->get("id")}});
        user->create({{"username", "in public"}});
        // The copy's table has the model's unique index (its own, named after its table).
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 tenant->create({{"username", "in the tenant"}}));
        QCOMPARE(tenant->count(), qint64(1));
        QCOMPARE(user->count(), qint64(1));
        const auto found = tenant->findOne(FindOptions().include(Include("group")));
        QVERIFY(found);
        QCOMPARE(found->get("username").toString(), QStringLiteral("in the tenant"));
        QCOMPARE(found->loadedAssociation("group")->get("name").toString(),
                 QStringLiteral("admins"));
        // An instance of the copy writes to the copy's table.
        found->set("username", "renamed");
        found->save();
        QCOMPARE(tenant->count(FindOptions().where({{"username", "renamed"}})), qint64(1));
        QCOMPARE(user->count(FindOptions().where({{"username", "renamed"}})), qint64(0));
        // What the model gains later reaches the copy on the next schema() call.
        user->addScope("renamed", FindOptions().where({{"username", "renamed"}}));
        QCOMPARE(user->schema(SchemaOne)->count(FindOptions().scope("renamed")), qint64(1));
        // The constraint holds across schemas: a group that does not exist is refused.
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 tenant->create({{"username", "orphan"}, {"groupId", 999999}}));
        found->destroy();
        QCOMPARE(tenant->count(), qint64(0));
        QCOMPARE(user->count(), qint64(1));
        // Sequelize's unit cases (test/unit/model/schema.test.js): copies in several schemas
        // coexist, each naming its own table, and an empty schema is the connection's own.
        ModelDefinition *other = user->schema(SchemaTwo);
        QVERIFY(other != tenant);
        QCOMPARE(user->schema(SchemaOne), tenant);
        if (dialect == QLatin1String("sqlite")) {
            QCOMPARE(other->tableName(), SchemaTwo + QStringLiteral(".Users"));
            QCOMPARE(tenant->tableName(), SchemaOne + QStringLiteral(".Users"));
        } else {
            QCOMPARE(other->schema(), SchemaTwo);
            QCOMPARE(tenant->schema(), SchemaOne);
        }
        // Sequelize's schemaDelimiter option: SQLite's table name joins them with it.
        ModelDefinition *ampersand = user->schema(SchemaTwo, QStringLiteral("&"));
        QVERIFY(ampersand != other);
        if (dialect == QLatin1String("sqlite"))
            QCOMPARE(ampersand->tableName(), SchemaTwo + QStringLiteral("&Users"));
        else
            QCOMPARE(ampersand->schema(), SchemaTwo); // a real schema: no delimiter
        ModelDefinition *own = user->schema(QString());
        QCOMPARE(own->schema(), QString());
        QCOMPARE(own->tableName(), QStringLiteral("Users"));
        QCOMPARE(own->count(), user->count()); // the same table
        QVERIFY_THROWS_EXCEPTION(DefinitionError, user->schema(QString(64, QLatin1Char('s'))));
        user->create({{"username", "in the tenant"}}); // the name is free in the other table
        sequelize->dropSchema(SchemaOne);
    }

    // QueryInterface::inSchema(): Sequelize's {tableName, schema} table arguments. Every call
    // that takes a table works on the schema's table; the connection's own schema has none.
    void queryInterfaceInSchema_data() { TestDatabases::addDialectRows(); }
    void queryInterfaceInSchema()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema(SchemaOne);
        sequelize->createSchema(SchemaOne);
        QueryInterface qi = sequelize->queryInterface();
        QueryInterface tenant = qi.inSchema(SchemaOne);
        QCOMPARE(tenant.schema(), SchemaOne);
        tenant.createTable("things",
                           {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                            {"name", DataTypes::String()},
                            {"size", DataTypes::Integer()}});
        QVERIFY(tenant.tableExists("things"));
        QVERIFY(!qi.tableExists("things"));
        QCOMPARE(tenant.showAllTables(), QStringList({"things"}));
        // A model with the schema option reads what the query interface wrote.
        ModelDefinition *things = sequelize->define(
            "Thing", {{"name", DataTypes::String()}, {"size", DataTypes::Integer()}},
            ModelOptions().tableName("things").schema(SchemaOne).timestamps(false));
        tenant.bulkInsert("things",
                          {{{"name", "a"}, {"size", 1}},
                           {{"name", "b"}, {"size", 2}},
                           {{"name", "c"}, {"size", 3}}});
        QCOMPARE(things->count(), qint64(3));
        QCOMPARE(tenant.bulkUpdate("things", {{"size", 20}}, {{"name", "b"}}), 1);
        QCOMPARE(tenant.bulkDelete("things", {{"name", "c"}}), 1);
        QCOMPARE(things->count(FindOptions().where({{"size", 20}})), qint64(1));
        tenant.addColumn("things", "colour", DataTypes::String());
        tenant.renameColumn("things", "size", "weight");
        tenant.changeColumn("things", "name", Attribute(DataTypes::Text()));
        const auto columns = tenant.describeTable("things");
        QVERIFY(columns.contains("colour"));
        QVERIFY(columns.contains("weight"));
        QVERIFY(!columns.contains("size"));
        QCOMPARE(tenant.bulkDelete("things", {}), 2); // the rows outlived the changes
        tenant.addIndex("things", {"weight"}, IndexOptions().name("things_weight"));
        const auto hasIndex = [&] {
            for (const IndexDescription &index : tenant.showIndex("things")) {
                if (index.name() == QLatin1String("things_weight"))
                    return true;
            }
            return false;
        };
        QVERIFY(hasIndex());
        tenant.removeIndex("things", "things_weight");
        QVERIFY(!hasIndex());
        tenant.addConstraint(
            "things",
            ConstraintOptions(ConstraintOptions::Unique, {"colour"}).name("things_colour_unique"));
        QCOMPARE(tenant.showConstraint("things").size() > 0, true);
        tenant.bulkInsert("things", {{{"colour", "red"}}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 tenant.bulkInsert("things", {{{"colour", "red"}}}));
        tenant.removeConstraint("things", "things_colour_unique");
        tenant.bulkInsert("things", {{{"colour", "red"}}});
        tenant.renameTable("things", "items");
        QCOMPARE(tenant.showAllTables(), QStringList({"items"}));
        QVERIFY(!qi.tableExists("items"));
        tenant.dropTable("items");
        QVERIFY(tenant.showAllTables().isEmpty());
        sequelize->dropSchema(SchemaOne);
    }

    void dropSchema_data() { TestDatabases::addDialectRows(); }
    void dropSchema()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Restaurants r = defineAll(sequelize.get());
        r.one->create({{"foo", "one"}});
        r.pub->create({{"foo", "public"}});
        sequelize->dropSchema(SchemaOne);
        QVERIFY(!sequelize->showAllSchemas().contains(SchemaOne));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, r.one->count());
        QCOMPARE(r.pub->count(), 1);
        QCOMPARE(r.two->count(), 0);
        sequelize->dropSchema(SchemaOne); // IF EXISTS
        sequelize->dropSchema(SchemaTwo);
        QCOMPARE(r.pub->count(), 1);

        // dropAllSchemas(): every schema users made, not the connection's own tables. (Not run
        // on MariaDB, where a schema is a database: it would drop the server's other databases.)
        if (dialect == QLatin1String("mariadb"))
            return;
        sequelize->createSchema(SchemaOne);
        defineRestaurant(sequelize.get(), "Again", SchemaOne)->sync();
        QVERIFY(sequelize->showAllSchemas().contains(SchemaOne));
        sequelize->dropAllSchemas();
        QCOMPARE(sequelize->showAllSchemas(), QStringList());
        QCOMPARE(r.pub->count(), 1);
    }

    // Identifiers are quoted: a schema name with the quote character in it is one name.
    void hostileSchemaName_data() { TestDatabases::addDialectRows(); }
    void hostileSchemaName()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const QString schema = dialect == QLatin1String("mariadb") ? "we`ird; x" : "we\"ird; x";
        sequelize->dropSchema(schema);
        sequelize->createSchema(schema);
        ModelDefinition *note = sequelize->define("Note", {{"text", DataTypes::String()}},
                                                  ModelOptions().schema(schema));
        note->sync(SyncOptions().force());
        note->create({{"text", "x"}});
        QCOMPARE(note->count(), 1);
        QVERIFY(sequelize->showAllSchemas().contains(schema));
        sequelize->dropSchema(schema);
        QVERIFY(!sequelize->showAllSchemas().contains(schema));
    }

    // The connection's searchPath (PostgreSQL): unqualified names resolve in its schemas.
    void searchPath_data() { TestDatabases::addDialectRows(); }
    void searchPath()
    {
        QSQ_REQUIRE_DIALECT();
        if (dialect != QLatin1String("postgres")) {
            QVERIFY_THROWS_EXCEPTION(
                ConnectionError,
                Sequelize(SequelizeOptions::fromUrl(TestDatabases::url(dialect)).searchPath("x")));
            return;
        }
        {
            auto admin = TestDatabases::open(dialect);
            const Restaurants r = defineAll(admin.get());
            r.one->create({{"foo", "in one"}});
        }
        const QString url = TestDatabases::url(dialect);
        const QString scopedUrl = TestDatabases::withOption(url, "searchPath=schema_one,public");
        if (TestDatabases::throughPgBouncer()) {
            // A session SET would not follow the client from one transaction to the next.
            QVERIFY_THROWS_EXCEPTION(ConnectionError, Sequelize{scopedUrl});
            return;
        }
        Sequelize scoped(scopedUrl);
        ModelDefinition *restaurant = defineRestaurant(&scoped, "Restaurant", QString());
        QCOMPARE(restaurant->count(), 1);
        QCOMPARE(restaurant->findOne()->get("foo").toString(), "in one");
        QCOMPARE(scoped.queryInterface().showAllTables(),
                 QStringList({"employees", "restaurants"}));
        // New tables go to the first schema of the path.
        ModelDefinition *extra = scoped.define("Extra", {{"n", DataTypes::Integer()}});
        extra->sync();
        ModelDefinition *qualified
            = scoped.define("ExtraOne", {{"n", DataTypes::Integer()}},
                            ModelOptions().tableName("Extras").schema(SchemaOne));
        extra->create({{"n", 1}});
        QCOMPARE(qualified->count(), 1);
        scoped.dropSchema(SchemaOne);
        scoped.dropSchema(SchemaTwo);
    }

    void cleanupTestCase()
    {
        for (const QString &dialect : {QStringLiteral("postgres"), QStringLiteral("mariadb")}) {
            if (TestDatabases::url(dialect).isEmpty())
                continue;
            auto sequelize = TestDatabases::open(dialect);
            for (const QString &schema : {SchemaOne, SchemaTwo})
                sequelize->dropSchema(schema);
        }
    }

    // include/schema.test.js "should support including date fields, with the correct
    // timezone": a belongsToMany between models of a schema, dates read through the include.
    void includeDatesInSchema_data() { TestDatabases::addDialectRows(); }
    void includeDatesInSchema()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema("account");
        sequelize->createSchema("account");
        const ModelOptions options = ModelOptions().timestamps(false).schema("account");
        ModelDefinition *user
            = sequelize->define("user", {{"dateField", DataTypes::Date()}}, options);
        ModelDefinition *group
            = sequelize->define("group", {{"dateField", DataTypes::Date()}}, options);
        user->belongsToMany(group, AssociationOptions().as("groups").through("group_user"));
        group->belongsToMany(user, AssociationOptions().as("users").through("group_user"));
        sequelize->sync();
        const QDateTime date(QDate(2014, 2, 20), QTime(0, 0), Qt::UTC);
        const auto u = user->create({{"dateField", date}});
        const auto g = group->create({{"dateField", date}});
        u->addAssociated("groups", {g->get("id")});
        const auto users
            = user->findAll(FindOptions().where({{"id", u->get("id")}}).include(Include("groups")));
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.at(0)->get("dateField").toDateTime(), date);
        const auto groups = users.at(0)->loadedTargets("groups");
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.at(0)->get("dateField").toDateTime(), date);
        sequelize->dropSchema("account");
    }

    // include/schema.test.js findOne "should work with schemas": an attribute's reference to a
    // model of the same schema, and a hasOne include by alias.
    void referenceInSchema_data() { TestDatabases::addDialectRows(); }
    void referenceInSchema()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->dropSchema("hero");
        sequelize->createSchema("hero");
        ModelDefinition *userModel
            = sequelize->define("User",
                                {{"Id", Attribute(DataTypes::Integer()).primaryKey()},
                                 {"Name", DataTypes::String()},
                                 {"Enabled", DataTypes::Boolean()},
                                 {"CreatedDatetime", DataTypes::Date()}},
                                ModelOptions().schema("hero").tableName("User").timestamps(false));
        ModelDefinition *resume = sequelize->define(
            "Resume",
            {{"Id", Attribute(DataTypes::Integer()).primaryKey()},
             {"UserId", Attribute(DataTypes::Integer()).references(userModel, "Id")},
             {"Name", DataTypes::String()}},
            ModelOptions().schema("hero").tableName("resume").timestamps(false));
        userModel->hasOne(resume, AssociationOptions().foreignKey("UserId").as("Resume"));
        resume->belongsTo(userModel, AssociationOptions().foreignKey("UserId"));
        sequelize->sync(SyncOptions().force());
        QVERIFY(!userModel->findOne(FindOptions().where({{"Id", 1}}).include(Include("Resume"))));
        userModel->create({{"Id", 1}, {"Name", "hero"}});
        resume->create({{"Id", 7}, {"UserId", 1}, {"Name", "cv"}});
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 resume->create({{"Id", 8}, {"UserId", 2}, {"Name", "x"}}));
        const auto found
            = userModel->findOne(FindOptions().where({{"Id", 1}}).include(Include("Resume")));
        QVERIFY(found);
        QVERIFY(found->loadedAssociation("Resume"));
        QCOMPARE(found->loadedAssociation("Resume")->get("Name").toString(), QStringLiteral("cv"));
        // changeColumn() adds no key into a PostgreSQL or MariaDB schema (it would name the
        // connection's table of that name): refused before the column changes. On SQLite the
        // schema is part of the table's name: the key is the right one, and the rows, which do
        // not match it, refuse it.
        const auto change = [&] {
            sequelize->queryInterface().inSchema("hero").changeColumn(
                "resume", "Name", Attribute(DataTypes::Integer()).references(userModel, "Id"));
        };
        if (dialect == QLatin1String("sqlite"))
            QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, change());
        else
            QVERIFY_THROWS_EXCEPTION(DefinitionError, change());
        QCOMPARE(resume->findOne()->get("Name").toString(), QStringLiteral("cv"));
        sequelize->dropSchema("hero");
    }
};

QTEST_GUILESS_MAIN(tst_Schemas)
#include "tst_schemas.moc"
