// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// belongsToMany, ported from Sequelize v6's
// test/integration/associations/belongs-to-many.test.js, on every dialect: the getter with
// where/not-in, eager loading with optional nested includes, custom and UUID keys with their
// own column names (both sides naming only their foreignKey), counts, set/add/create with keys,
// instances, null, junction values and transactions.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_BelongsToMany : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        ModelDefinition *user;
        ModelDefinition *task;
        QSharedPointer<Model> john;
        QList<QSharedPointer<Model>> tasks;
    };
    static Fixture userTasks(Sequelize *sequelize)
    {
        Fixture f;
        f.user = sequelize->define("User", {{"username", DataTypes::String()}});
        f.task = sequelize->define(
            "Task", {{"title", DataTypes::String()}, {"active", DataTypes::Boolean()}});
        f.user->belongsToMany(f.task, AssociationOptions().through("UserTasks"));
        f.task->belongsToMany(f.user, AssociationOptions().through("UserTasks"));
        sequelize->sync(SyncOptions().force());
        f.john = f.user->create({{"username", "John"}});
        f.tasks = {f.task->create({{"title", "Get rich"}, {"active", true}}),
                   f.task->create({{"title", "Die trying"}, {"active", false}})};
        f.john->setAssociated("Tasks", QVariantList{instance(f.tasks[0]), instance(f.tasks[1])});
        return f;
    }
    static QVariant instance(const QSharedPointer<Model> &model)
    {
        return Model::instanceVariant(model.data());
    }
    static bool isSqlite(const Sequelize *sequelize)
    {
        return sequelize->dialect() == QLatin1String("sqlite");
    }

private slots:
    void getter_data() { TestDatabases::addDialectRows(); }
    void getter()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Fixture f = userTasks(sequelize.get());
        const auto john = f.user->findOne(FindOptions().where({{"username", "John"}}));
        QCOMPARE(john->getAssociatedList("Tasks").size(), 2);
        QCOMPARE(john->getAssociatedList("Tasks", FindOptions().where({{"active", true}})).size(),
                 1);
        QCOMPARE(john->getAssociatedList(
                         "Tasks",
                         FindOptions().where(Where::fromMap(
                             {{"title", QVariantMap{{"not", QVariantList{"Get rich"}}}}})))
                     .size(),
                 1);
        QCOMPARE(john->getAssociatedList(
                         "Tasks",
                         FindOptions().where(Where::fromMap(
                             {{"id", QVariantMap{{"not", QVariantList{f.tasks[0]->get("id")}}}}})))
                     .size(),
                 1);
        const auto eager
            = f.user->findOne(FindOptions().where({{"username", "John"}}).include(Include(f.task)));
        QCOMPARE(eager->loadedTargets("Tasks").size(), 2);

        // An optional include under an optional include, with a where: no row is dropped.
        ModelDefinition *label = sequelize->define(
            "Label", {{"title", DataTypes::String()}, {"isActive", DataTypes::Boolean()}});
        f.task->hasMany(label);
        label->belongsTo(f.task);
        label->sync(SyncOptions().force());
        const auto withLabels
            = f.user->findOne(FindOptions()
                                  .where({{"username", "John"}})
                                  .include(Include(f.task).required(false).include(
                                      Include(label).required(false).where({{"isActive", true}}))));
        QCOMPARE(withLabels->loadedTargets("Tasks").size(), 2);

        // In a transaction.
        const auto other = f.user->create({{"username", "Ann"}});
        const QSharedPointer<Transaction> t = sequelize->transaction();
        other->setAssociated("Tasks", QVariantList{instance(f.tasks[0])},
                             SaveOptions().transaction(t.data()));
        if (!isSqlite(sequelize.get()))
            QCOMPARE(other->getAssociatedList("Tasks").size(), 0);
        QCOMPARE(other->getAssociatedList("Tasks", FindOptions().transaction(t.data())).size(), 1);
        t->rollback();
        QCOMPARE(other->getAssociatedList("Tasks").size(), 0);
    }

    // Both sides name only their foreign key: each side's other key is the other's foreign key
    // (Sequelize pairs the two associations of one junction).
    void pairedCustomKeys_data() { TestDatabases::addDialectRows(); }
    void pairedCustomKeys()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User",
                                                  {{"id_user",
                                                    Attribute(DataTypes::Uuid())
                                                        .primaryKey()
                                                        .defaultValue(DataTypes::UuidV4())
                                                        .allowNull(false)}},
                                                  ModelOptions().tableName("tbl_user"));
        ModelDefinition *group = sequelize->define("Group",
                                                   {{"id_group",
                                                     Attribute(DataTypes::Uuid())
                                                         .primaryKey()
                                                         .defaultValue(DataTypes::UuidV4())
                                                         .allowNull(false)}},
                                                   ModelOptions().tableName("tbl_group"));
        ModelDefinition *link = sequelize->define("User_has_Group", {},
                                                  ModelOptions().tableName("tbl_user_has_group"));
        user->belongsToMany(group,
                            AssociationOptions().as("groups").through(link).foreignKey("id_user"));
        group->belongsToMany(user,
                             AssociationOptions().as("users").through(link).foreignKey("id_group"));
        sequelize->sync(SyncOptions().force());
        const auto columns = sequelize->queryInterface().describeTable("tbl_user_has_group");
        QVERIFY2(columns.size() == 4, qPrintable(columns.keys().join(',')));
        QVERIFY(columns.contains("id_user"));
        QVERIFY(columns.contains("id_group"));
        const auto u = user->create({});
        const auto g = group->create({});
        u->addAssociated("groups", {instance(g)});
        const auto groups
            = user->findOne(FindOptions().where(Where()))->getAssociatedList("groups");
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0]->get("id_group"), g->get("id_group"));
        QCOMPARE(g->getAssociatedList("users").first()->get("id_user"), u->get("id_user"));
    }

    void keysWithOwnColumns_data() { TestDatabases::addDialectRows(); }
    void keysWithOwnColumns()
    {
        QSQ_OPEN_DIALECT(sequelize);
        auto uuidKey = [](const char *field) {
            return Attribute(DataTypes::Uuid())
                .allowNull(false)
                .primaryKey()
                .defaultValue(DataTypes::UuidV4())
                .field(QLatin1String(field));
        };
        ModelDefinition *user = sequelize->define("User", {{"id", uuidKey("user_id")}},
                                                  ModelOptions().tableName("tbl_user"));
        ModelDefinition *company = sequelize->define("Company", {{"id", uuidKey("company_id")}},
                                                     ModelOptions().tableName("tbl_company"));
        ModelDefinition *group = sequelize->define("Group", {{"id", uuidKey("group_id")}},
                                                   ModelOptions().tableName("tbl_group"));
        ModelDefinition *link = sequelize->define(
            "Company_has_Group", {}, ModelOptions().tableName("tbl_company_has_group"));
        user->belongsTo(company);
        company->hasMany(user);
        company->belongsToMany(group, AssociationOptions().through(link));
        group->belongsToMany(company, AssociationOptions().through(link));
        sequelize->sync(SyncOptions().force());
        const auto u = user->create({});
        const auto g = group->create({});
        const auto c = company->create({});
        u->setAssociated("Company", instance(c));
        c->addAssociated("Groups", {instance(g)});
        for (bool required : {false, true}) {
            const auto one = user->findOne(FindOptions().where(Where()).include(
                Include(company).required(required).include(Include(group))));
            QCOMPARE(one->loadedTargets("Company").first()->loadedTargets("Groups").size(), 1);
            const auto all = user->findAll(
                FindOptions().include(Include(company).required(required).include(Include(group))));
            QCOMPARE(all.size(), 1);
            QCOMPARE(all[0]->loadedTargets("Company").first()->loadedTargets("Groups").first()->get(
                         "id"),
                     g->get("id"));
        }
    }

    void counts_data() { TestDatabases::addDialectRows(); }
    void counts()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        ModelDefinition *task = sequelize->define(
            "Task", {{"title", DataTypes::String()}, {"active", DataTypes::Boolean()}});
        ModelDefinition *userTask = sequelize->define(
            "UserTask",
            {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"started", Attribute(DataTypes::Boolean()).defaultValue(false)}});
        user->belongsToMany(task, AssociationOptions().through(userTask));
        task->belongsToMany(user, AssociationOptions().through(userTask));
        user->belongsToMany(
            task,
            AssociationOptions().as("activeTasks").through(userTask).scope({{"active", true}}));
        sequelize->sync(SyncOptions().force());
        const auto john = user->create({{"username", "John"}});
        john->setAssociated(
            "Tasks",
            QVariantList{instance(task->create({{"title", "Get rich"}, {"active", true}})),
                         instance(task->create({{"title", "Die trying"}, {"active", false}}))});
        QCOMPARE(john->countAssociated("Tasks"), qint64(2));
        QCOMPARE(john->countAssociated("Tasks", FindOptions().where({{"active", true}})),
                 qint64(1));
        QCOMPARE(john->countAssociated("activeTasks"), qint64(1));
        // Junction values and a where on them.
        john->addAssociated("Tasks", {instance(task->create({}))},
                            SaveOptions().through({{"started", true}}));
        QCOMPARE(john->countAssociated("Tasks", FindOptions().throughWhere({{"started", true}})),
                 qint64(1));
        QCOMPARE(john->countAssociated("Tasks"), qint64(3));
        // Junction options outside a belongsToMany getter would be dropped (every row, where
        // a junction filter was asked for): refused, on finders and other getters alike.
        const FindOptions started = FindOptions().throughWhere({{"started", true}});
        QVERIFY_THROWS_EXCEPTION(DefinitionError, task->findAll(started));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, task->count(started));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 task->findAll(FindOptions().joinTableAttributes({})));
        ModelDefinition *note = sequelize->define("Note", {{"text", DataTypes::String()}});
        user->hasMany(note);
        note->sync();
        QVERIFY_THROWS_EXCEPTION(DefinitionError, john->getAssociatedList("Notes", started));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, john->countAssociated("Notes", started));
        // So are an include's junction options on another association, a limit on a
        // single-row one, and junction values given to another association's setters.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            user->findAll(FindOptions().include(Include("Notes").throughWhere({{"x", 1}}))));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            user->findAll(FindOptions().include(Include("Notes").throughAttributes({}))));
        note->belongsTo(user);
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 note->findAll(FindOptions().include(Include("User").limit(0))));
        const auto n = note->create({{"text", "n"}});
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 john->addAssociated("Notes", {n->get("id")},
                                                     SaveOptions().through({{"started", true}})));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            n->setAssociated("User", john->get("id"), SaveOptions().through({{"started", true}})));
        QCOMPARE(john->countAssociated("Notes"), qint64(0));
        QVERIFY(n->get("UserId").isNull());
    }

    // A junction made from a table name takes the first association's source options, as
    // Sequelize's: underscored column names (user_id, created_at) and the schema. Compared with
    // Sequelize 6.37 (it made "sch"."JxAH" with jx_a_id, jx_h_id, created_at, updated_at).
    void junctionTakesSourceOptions_data() { TestDatabases::addDialectRows(); }
    void junctionTakesSourceOptions()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const bool pg = dialect == QLatin1String("postgres");
        if (pg)
            sequelize->query("CREATE SCHEMA IF NOT EXISTS jx");
        else
            qInfo("The schema part runs on PostgreSQL (SQLite prefixes names, a MariaDB schema "
                  "is another database); the column names are checked here");
        ModelOptions source = ModelOptions().underscored().timestamps(false);
        if (pg)
            source.schema("jx");
        ModelDefinition *a = sequelize->define("JxA", {{"name", DataTypes::String()}}, source);
        ModelDefinition *h = sequelize->define("JxH", {{"name", DataTypes::String()}},
                                               pg ? ModelOptions().schema("jx") : ModelOptions());
        a->belongsToMany(h, AssociationOptions().through("JxAH"));
        h->belongsToMany(a, AssociationOptions().through("JxAH"));
        sequelize->sync(SyncOptions().force());
        QueryInterface qi
            = pg ? sequelize->queryInterface().inSchema("jx") : sequelize->queryInterface();
        QStringList columns = qi.describeTable("JxAH").keys();
        columns.sort();
        QCOMPARE(columns, QStringList({"created_at", "jx_a_id", "jx_h_id", "updated_at"}));
        const auto made = a->create({{"name", "a"}});
        made->addAssociated("JxHs", {instance(h->create({{"name", "h"}}))});
        QCOMPARE(made->countAssociated("JxHs"), qint64(1));
        if (pg)
            sequelize->query("DROP SCHEMA jx CASCADE");
    }

    void setForms_data() { TestDatabases::addDialectRows(); }
    void setForms()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "User",
            {{"uid", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"username", DataTypes::String()}});
        ModelDefinition *task = sequelize->define(
            "Task",
            {{"tid", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"title", DataTypes::String()}});
        user->belongsToMany(task, AssociationOptions().through("UserTasks"));
        task->belongsToMany(user, AssociationOptions().through("UserTasks"));
        sequelize->sync(SyncOptions().force());
        const auto columns = sequelize->queryInterface().describeTable("UserTasks");
        QVERIFY2(columns.contains("UserUid") && columns.contains("TaskTid"),
                 qPrintable(columns.keys().join(',')));
        const auto user1 = user->create({{"username", "foo"}});
        const auto user2 = user->create({{"username", "bar"}});
        const auto t = task->create({{"title", "task"}});
        t->setAssociated("Users", QVariantList{instance(user1)});
        t->setAssociated("Users", QVariantList{instance(user1), instance(user2)});
        QCOMPARE(t->getAssociatedList("Users").size(), 2);
        t->setAssociated("Users", QVariant());
        QCOMPARE(t->getAssociatedList("Users").size(), 0);

        // Keys instead of instances; set replaces, add keeps.
        const auto t50 = task->create({{"tid", 50}, {"title", "get started"}});
        const auto t5 = task->create({{"tid", 5}, {"title", "wat"}});
        user1->addAssociated("Tasks", {50});
        user1->setAssociated("Tasks", QVariantList{5});
        auto tasks = user1->getAssociatedList("Tasks");
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks[0]->get("title").toString(), QStringLiteral("wat"));
        user1->addAssociated("Tasks", {instance(t50)});
        QCOMPARE(user1->getAssociatedList("Tasks").size(), 2);
        Q_UNUSED(t5);
    }

    void explicitKeys_data() { TestDatabases::addDialectRows(); }
    void explicitKeys()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *group
            = sequelize->define("group",
                                {{"group_id", Attribute(DataTypes::Integer()).primaryKey()},
                                 {"name", DataTypes::String(64)}});
        ModelDefinition *member
            = sequelize->define("member",
                                {{"member_id", Attribute(DataTypes::Integer()).primaryKey()},
                                 {"email", DataTypes::String(64)}});
        group->belongsToMany(member,
                             AssociationOptions()
                                 .through("group_members")
                                 .foreignKey("group_id")
                                 .otherKey("member_id"));
        member->belongsToMany(group,
                              AssociationOptions()
                                  .through("group_members")
                                  .foreignKey("member_id")
                                  .otherKey("group_id"));
        sequelize->sync(SyncOptions().force());
        const auto g = group->create({{"group_id", 1}, {"name", "Group1"}});
        const auto m = member->create({{"member_id", 10}, {"email", "team@sequelizejs.com"}});
        g->addAssociated("members", {instance(m)});
        const auto members = g->getAssociatedList("members");
        QCOMPARE(members.size(), 1);
        QCOMPARE(members[0]->get("member_id").toInt(), 10);
        QCOMPARE(members[0]->get("email").toString(), QStringLiteral("team@sequelizejs.com"));
        QCOMPARE(m->getAssociatedList("groups").first()->get("name").toString(),
                 QStringLiteral("Group1"));
    }

    void createAndJunctionValues_data() { TestDatabases::addDialectRows(); }
    void createAndJunctionValues()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        ModelDefinition *group = sequelize->define("Group", {});
        ModelDefinition *userGroups
            = sequelize->define("user_groups", {{"isAdmin", DataTypes::Boolean()}});
        user->belongsToMany(group, AssociationOptions().through(userGroups));
        group->belongsToMany(user, AssociationOptions().through(userGroups));
        sequelize->sync(SyncOptions().force());
        const auto g = group->create({});
        // Keys above what PostgreSQL's sequence hands out next (explicit keys do not advance it).
        g->createAssociated("Users", {{"id", 101}}, SaveOptions().through({{"isAdmin", true}}));
        g->createAssociated("Users", {{"id", 102}}, SaveOptions().through({{"isAdmin", false}}));
        const auto rows = userGroups->findAll(FindOptions().order("UserId"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0]->get("UserId").toInt(), 101);
        QCOMPARE(rows[0]->get("isAdmin"), QVariant(true));
        QCOMPARE(rows[1]->get("UserId").toInt(), 102);
        QCOMPARE(rows[1]->get("isAdmin"), QVariant(false));
        const auto foo = g->createAssociated("Users", {{"username", "foo"}},
                                             SaveOptions().fields({"username"}));
        QCOMPARE(foo->get("username").toString(), QStringLiteral("foo"));
        QCOMPARE(g->getAssociatedList("Users").size(), 3);

        // In a transaction; adding an existing target again updates its junction values.
        const QSharedPointer<Transaction> t = sequelize->transaction();
        g->createAssociated("Users", {{"username", "in t"}}, SaveOptions().transaction(t.data()));
        g->addAssociated("Users", {101},
                         SaveOptions().transaction(t.data()).through({{"isAdmin", false}}));
        if (!isSqlite(sequelize.get()))
            QCOMPARE(g->getAssociatedList("Users").size(), 3);
        QCOMPARE(g->getAssociatedList("Users", FindOptions().transaction(t.data())).size(), 4);
        QCOMPARE(userGroups->findOne(FindOptions().where({{"UserId", 101}}).transaction(t.data()))
                     ->get("isAdmin"),
                 QVariant(false));
        t->rollback();
        QCOMPARE(g->getAssociatedList("Users").size(), 3);
        QCOMPARE(userGroups->findOne(FindOptions().where({{"UserId", 101}}))->get("isAdmin"),
                 QVariant(true));
    }

    // A junction value that is NULL is null in the target's toJSON(), as Sequelize shows it
    // (it was "" for a string, the junction values being a map written with Qt's converter),
    // in a getter's targets and in an include's alike.
    void nullJunctionValuesInJson_data() { TestDatabases::addDialectRows(); }
    void nullJunctionValuesInJson()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"name", DataTypes::String()}});
        ModelDefinition *project = sequelize->define("Project", {{"name", DataTypes::String()}});
        ModelDefinition *membership = sequelize->define(
            "UserProjects", {{"role", DataTypes::String()}, {"hours", DataTypes::Integer()}});
        user->belongsToMany(project, AssociationOptions().through(membership));
        project->belongsToMany(user, AssociationOptions().through(membership));
        sequelize->sync(SyncOptions().force());
        const auto ann = user->create({{"name", "ann"}});
        ann->addAssociated("Projects", {instance(project->create({{"name", "p1"}}))});
        const auto check = [](const QJsonObject &target) {
            const QJsonObject junction = target.value("UserProjects").toObject();
            QVERIFY2(junction.value("role").isNull(),
                     qPrintable(junction.value("role").toString()));
            QVERIFY(junction.value("hours").isNull());
            QCOMPARE(junction.value("UserId"), QJsonValue(1));
        };
        check(ann->getAssociatedList("Projects").first()->toJSON());
        check(user->findOne(FindOptions().include(Include("Projects")))
                  ->toJSON()
                  .value("Projects")
                  .toArray()
                  .first()
                  .toObject());
    }
};

QTEST_GUILESS_MAIN(tst_BelongsToMany)
#include "tst_belongstomany.moc"
