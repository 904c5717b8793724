// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Nested creation, ported from Sequelize v6's test/integration/model/create/include.test.js
// on every dialect: create(values, SaveOptions().include(...)) for belongsTo (also with a
// NOT NULL key and an alias), hasMany, hasOne and belongsToMany (junction values, alias),
// nested two levels; the after hooks of the source see the targets saved; and beyond
// Sequelize: all or nothing without a transaction, refusals of what cannot be honoured.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_NestedCreate : public QObject
{
    Q_OBJECT

    // Records, in its afterCreate, whether the loaded targets of an association have keys.
    class TargetsSaved : public ModelHooks
    {
    public:
        explicit TargetsSaved(const QString &association)
            : association(association)
        {
        }
        void afterCreate(Model *instance, const HookOptions &) override
        {
            const auto targets = instance->loadedTargets(association);
            saved = !targets.isEmpty();
            for (const auto &target : targets)
                saved = saved && !target->isNewRecord() && !target->get("id").isNull();
        }
        QString association;
        bool saved = false;
    };

    // Records, in its afterBulkCreate, whether every instance's targets of an association are
    // loaded and saved.
    class BulkTargetsSaved : public ModelHooks
    {
    public:
        explicit BulkTargetsSaved(const QString &association)
            : association(association)
        {
        }
        void afterBulkCreate(const QList<QSharedPointer<Model>> &instances,
                             const HookOptions &) override
        {
            saved = !instances.isEmpty();
            for (const auto &instance : instances) {
                const auto targets = instance->loadedTargets(association);
                saved = saved && !targets.isEmpty();
                for (const auto &target : targets)
                    saved = saved && !target->get("id").isNull();
            }
        }
        QString association;
        bool saved = false;
    };

    struct Shop
    {
        ModelDefinition *product = nullptr;
        ModelDefinition *user = nullptr;
        ModelDefinition *tag = nullptr;
    };

    static Shop defineShop(Sequelize *sequelize)
    {
        Shop s;
        s.product = sequelize->define("Product", {{"title", DataTypes::String()}});
        s.user = sequelize->define(
            "User", {{"first_name", DataTypes::String()}, {"last_name", DataTypes::String()}});
        s.tag
            = sequelize->define("Tag", {{"name", Attribute(DataTypes::String()).allowNull(false)}});
        return s;
    }

private slots:
    // "should create data for BelongsTo relations"
    void belongsTo_data() { TestDatabases::addDialectRows(); }
    void belongsTo()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Shop s = defineShop(sequelize.get());
        s.product->belongsTo(s.user);
        const auto hooks = QSharedPointer<TargetsSaved>::create("User");
        s.product->addHooks(hooks);
        sequelize->sync(SyncOptions().force());
        const auto saved = s.product->create(
            {{"title", "Chair"},
             {"User", QVariantMap{{"first_name", "Mick"}, {"last_name", "Broadstone"}}}},
            SaveOptions().include(s.user)); // by model: its one association to User
        QVERIFY(hooks->saved); // the belongsTo target was created before the product
        QCOMPARE(saved->loadedAssociation("User")->get("first_name").toString(), "Mick");
        QCOMPARE(saved->get("UserId"), saved->loadedAssociation("User")->get("id"));
        const auto persisted
            = s.product->findOne(FindOptions().where({{"id", saved->get("id")}}).include("User"));
        QCOMPARE(persisted->loadedAssociation("User")->get("first_name").toString(), "Mick");
        QCOMPARE(persisted->loadedAssociation("User")->get("last_name").toString(), "Broadstone");
        // fields(): the belongsTo key is written too.
        const auto desk
            = s.product->create({{"title", "Desk"}, {"User", QVariantMap{{"first_name", "Ann"}}}},
                                SaveOptions().include("User").fields({"title"}));
        QCOMPARE(s.product->findByPk(desk->get("id"))->get("UserId"),
                 desk->loadedAssociation("User")->get("id"));
    }

    // "should create data for BelongsTo relations with no nullable FK", "... with alias"
    void belongsToNotNullAndAlias_data() { TestDatabases::addDialectRows(); }
    void belongsToNotNullAndAlias()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Shop s = defineShop(sequelize.get());
        s.product->belongsTo(s.user, AssociationOptions().foreignKeyAllowNull(false));
        s.product->belongsTo(s.user, AssociationOptions().as("creator"));
        sequelize->sync(SyncOptions().force());
        const auto chair
            = s.product->create({{"title", "Chair"}, {"User", QVariantMap{{"first_name", "Mick"}}}},
                                SaveOptions().include(Include(QStringLiteral("User"))));
        QCOMPARE(chair->get("title").toString(), "Chair");
        QCOMPARE(chair->loadedAssociation("User")->get("first_name").toString(), "Mick");
        const auto table = s.product->create(
            {{"title", "Table"},
             {"User", QVariantMap{{"first_name", "Ann"}}},
             {"creator", QVariantMap{{"first_name", "Matt"}, {"last_name", "Hansen"}}}},
            SaveOptions().include("User").include("creator"));
        const auto persisted = s.product->findOne(
            FindOptions().where({{"id", table->get("id")}}).include("creator").include("User"));
        QCOMPARE(persisted->loadedAssociation("creator")->get("last_name").toString(), "Hansen");
        QCOMPARE(persisted->loadedAssociation("User")->get("first_name").toString(), "Ann");
        QCOMPARE(s.user->count(), 3);
    }

    // "should create data for HasMany relations", "... with alias"
    void hasMany_data() { TestDatabases::addDialectRows(); }
    void hasMany()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Shop s = defineShop(sequelize.get());
        s.product->hasMany(s.tag);
        s.product->hasMany(s.tag, AssociationOptions().as("categories").foreignKey("categoryOf"));
        const auto hooks = QSharedPointer<TargetsSaved>::create("Tags");
        s.product->addHooks(hooks);
        sequelize->sync(SyncOptions().force());
        const auto saved
            = s.product->create({{"id", 1},
                                 {"title", "Chair"},
                                 {"Tags",
                                  QVariantList{QVariantMap{{"id", 1}, {"name", "Alpha"}},
                                               QVariantMap{{"id", 2}, {"name", "Beta"}}}}},
                                SaveOptions().include("Tags"));
        QVERIFY(hooks->saved); // the targets were created before the product's afterCreate
        const auto persisted = s.product->findOne(FindOptions().where({{"id", 1}}).include("Tags"));
        QCOMPARE(persisted->loadedTargets("Tags").size(), 2);
        s.product->create({{"id", 2},
                           {"title", "Desk"},
                           {"categories",
                            QVariantList{QVariantMap{{"id", 3}, {"name", "Gamma"}},
                                         QVariantMap{{"id", 4}, {"name", "Delta"}}}}},
                          SaveOptions().include("categories"));
        const auto desk
            = s.product->findOne(FindOptions().where({{"id", 2}}).include("categories"));
        QCOMPARE(desk->loadedTargets("categories").size(), 2);
        QCOMPARE(s.tag->count(FindOptions().where({{"categoryOf", 2}})), 2);
        QCOMPARE(s.tag->count(FindOptions().where({{"ProductId", 1}})), 2);
    }

    // "should create data for HasOne relations", "... with alias"
    void hasOne_data() { TestDatabases::addDialectRows(); }
    void hasOne()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}});
        user->hasOne(task);
        user->hasOne(task, AssociationOptions().as("job").foreignKey("jobOf"));
        sequelize->sync(SyncOptions().force());
        const auto muzzy = user->create({{"username", "Muzzy"},
                                         {"Task", QVariantMap{{"title", "Eat Clocks"}}},
                                         {"job", QVariantMap{{"title", "Tick"}}}},
                                        SaveOptions().include("Task").include("job"));
        const auto persisted = user->findOne(
            FindOptions().where({{"id", muzzy->get("id")}}).include("Task").include("job"));
        QCOMPARE(persisted->loadedAssociation("Task")->get("title").toString(), "Eat Clocks");
        QCOMPARE(persisted->loadedAssociation("job")->get("title").toString(), "Tick");
    }

    // "should create data for BelongsToMany relations", "... with alias"; junction values
    void belongsToMany_data() { TestDatabases::addDialectRows(); }
    void belongsToMany()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        ModelDefinition *task = sequelize->define(
            "Task", {{"title", DataTypes::String()}, {"active", DataTypes::Boolean()}});
        ModelDefinition *userTask = sequelize->define(
            "UserTask", {{"priority", Attribute(DataTypes::Integer()).defaultValue(0)}});
        user->belongsToMany(task, AssociationOptions().through(userTask));
        task->belongsToMany(user, AssociationOptions().through(userTask));
        user->belongsToMany(task, AssociationOptions().through("user_job").as("jobs"));
        const auto hooks = QSharedPointer<TargetsSaved>::create("Tasks");
        user->addHooks(hooks);
        sequelize->sync(SyncOptions().force());
        const auto john
            = user->create({{"username", "John"},
                            {"Tasks",
                             QVariantList{QVariantMap{{"title", "Get rich"},
                                                      {"active", true},
                                                      {"UserTask", QVariantMap{{"priority", 2}}}},
                                          QVariantMap{{"title", "Die trying"}, {"active", false}}}},
                            {"jobs", QVariantList{QVariantMap{{"title", "Job"}}}}},
                           SaveOptions().include("Tasks").include("jobs"));
        QVERIFY(hooks->saved);
        const auto persisted = user->findOne(
            FindOptions().where({{"id", john->get("id")}}).include("Tasks").include("jobs"));
        QCOMPARE(persisted->loadedTargets("Tasks").size(), 2);
        QCOMPARE(persisted->loadedTargets("jobs").size(), 1);
        QCOMPARE(userTask->count(), 2);
        const auto rich = task->findOne(FindOptions().where({{"title", "Get rich"}}));
        QCOMPARE(userTask->findOne(FindOptions().where({{"TaskId", rich->get("id")}}))
                     ->get("priority")
                     .toInt(),
                 2);
        const auto trying = task->findOne(FindOptions().where({{"title", "Die trying"}}));
        QCOMPARE(userTask->findOne(FindOptions().where({{"TaskId", trying->get("id")}}))
                     ->get("priority")
                     .toInt(),
                 0);
    }

    // Two levels: a product with its user and the user's group, and tags.
    void nested_data() { TestDatabases::addDialectRows(); }
    void nested()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Shop s = defineShop(sequelize.get());
        ModelDefinition *group = sequelize->define("Group", {{"name", DataTypes::String()}});
        s.product->belongsTo(s.user);
        s.user->belongsTo(group);
        s.user->hasMany(s.tag);
        sequelize->sync(SyncOptions().force());
        const auto saved = s.product->create(
            {{"title", "Chair"},
             {"User",
              QVariantMap{{"first_name", "Mick"},
                          {"Group", QVariantMap{{"name", "Admins"}}},
                          {"Tags", QVariantList{QVariantMap{{"name", "x"}}}}}}},
            SaveOptions().include(Include("User").include("Group").include("Tags")));
        const auto persisted = s.product->findOne(FindOptions()
                                                      .where({{"id", saved->get("id")}})
                                                      .include(Include("User").include("Group")));
        const Model *mick = persisted->loadedAssociation("User");
        QCOMPARE(mick->loadedAssociation("Group")->get("name").toString(), "Admins");
        QCOMPARE(s.tag->count(FindOptions().where({{"UserId", mick->get("id")}})), 1);
    }

    // A failing target undoes everything, with no transaction given; in a given transaction
    // the rows are that transaction's.
    void allOrNothing_data() { TestDatabases::addDialectRows(); }
    void allOrNothing()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Shop s = defineShop(sequelize.get());
        s.product->belongsTo(s.user);
        s.product->hasMany(s.tag);
        sequelize->sync(SyncOptions().force());
        QVERIFY_THROWS_EXCEPTION(
            ValidationError,
            s.product->create(
                {{"title", "Chair"},
                 {"User", QVariantMap{{"first_name", "Mick"}}},
                 {"Tags",
                  QVariantList{QVariantMap{{"name", "ok"}}, QVariantMap{{"name", QVariant()}}}}},
                SaveOptions().include("User").include("Tags")));
        QCOMPARE(s.product->count(), 0);
        QCOMPARE(s.user->count(), 0);
        QCOMPARE(s.tag->count(), 0);
        const QSharedPointer<Transaction> t = sequelize->transaction();
        s.product->create({{"title", "Chair"},
                           {"User", QVariantMap{{"first_name", "Mick"}}},
                           {"Tags", QVariantList{QVariantMap{{"name", "ok"}}}}},
                          SaveOptions().include("User").include("Tags").transaction(t.data()));
        QCOMPARE(s.tag->count(FindOptions().transaction(t.data())), 1);
        t->rollback();
        QCOMPARE(s.product->count(), 0);
        QCOMPARE(s.user->count(), 0);
        QCOMPARE(s.tag->count(), 0);
    }

    // save() with include saves the loaded targets: changed ones updated, new ones created.
    void saveLoadedTargets_data() { TestDatabases::addDialectRows(); }
    void saveLoadedTargets()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Shop s = defineShop(sequelize.get());
        s.product->hasMany(s.tag);
        sequelize->sync(SyncOptions().force());
        s.product->create({{"title", "Chair"}, {"Tags", QVariantList{QVariantMap{{"name", "a"}}}}},
                          SaveOptions().include("Tags"));
        const auto chair = s.product->findOne(FindOptions().include("Tags"));
        chair->set("title", "Big chair");
        chair->loadedTargets("Tags").first()->set("name", "b");
        chair->save(SaveOptions().include("Tags"));
        const auto persisted = s.product->findOne(FindOptions().include("Tags"));
        QCOMPARE(persisted->get("title").toString(), "Big chair");
        QCOMPARE(persisted->loadedTargets("Tags").first()->get("name").toString(), "b");
        QCOMPARE(s.tag->count(), 1);
        // build() with includes, then save() with them (Sequelize's build(values, {include})).
        const auto desk = s.product->build(
            {{"title", "Desk"}, {"Tags", QVariantList{QVariantMap{{"name", "c"}}}}}, {"Tags"});
        QCOMPARE(desk->loadedTargets("Tags").size(), 1);
        QCOMPARE(s.tag->count(), 1);
        desk->save(SaveOptions().include("Tags"));
        QCOMPARE(s.tag->count(FindOptions().where({{"ProductId", desk->get("id")}})), 1);
        // A plain save() of a record built with includes saves them too, as Sequelize's
        // build(values, {include}).save() (the targets were dropped without a word); later
        // saves of the stored record do not create them again.
        const auto lamp = s.product->build(
            {{"title", "Lamp"}, {"Tags", QVariantList{QVariantMap{{"name", "d"}}}}}, {"Tags"});
        lamp->save();
        QCOMPARE(s.tag->count(FindOptions().where({{"ProductId", lamp->get("id")}})), 1);
        lamp->set("title", "Big lamp");
        lamp->save();
        QCOMPARE(s.tag->count(FindOptions().where({{"ProductId", lamp->get("id")}})), 1);
        QCOMPARE(s.product->findByPk(lamp->get("id"))->get("title").toString(), "Big lamp");
    }

    // model/bulk-create/include.test.js: "should bulkCreate data for BelongsTo relations",
    // "... with alias", "... for HasMany relations", "... for HasOne relations"
    void bulkBelongsToHasManyHasOne_data() { TestDatabases::addDialectRows(); }
    void bulkBelongsToHasManyHasOne()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Shop s = defineShop(sequelize.get());
        ModelDefinition *label = sequelize->define("Label", {{"text", DataTypes::String()}});
        s.product->belongsTo(s.user, AssociationOptions().as("creator"));
        s.product->hasMany(s.tag);
        s.product->hasOne(label);
        const auto creators = QSharedPointer<BulkTargetsSaved>::create("creator");
        const auto tags = QSharedPointer<BulkTargetsSaved>::create("Tags");
        s.product->addHooks(creators);
        s.product->addHooks(tags);
        sequelize->sync(SyncOptions().force());
        const auto saved = s.product->bulkCreate(
            {{{"title", "Chair"},
              {"creator", QVariantMap{{"first_name", "Matt"}, {"last_name", "Hansen"}}},
              {"Tags", QVariantList{QVariantMap{{"name", "Alpha"}}, QVariantMap{{"name", "Beta"}}}},
              {"Label", QVariantMap{{"text", "oak"}}}},
             {{"title", "Table"},
              {"creator", QVariantMap{{"first_name", "John"}, {"last_name", "Johnson"}}},
              {"Tags", QVariantList{QVariantMap{{"name", "Gamma"}}}}}},
            BulkCreateOptions().include("creator").include("Tags").include("Label"));
        QVERIFY(creators->saved);
        QVERIFY(tags->saved); // the hasMany targets exist before the products' afterBulkCreate
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1)->loadedAssociation("creator")->get("first_name").toString(), "John");
        for (int i = 0; i < 2; ++i) {
            const auto persisted = s.product->findOne(FindOptions()
                                                          .where({{"id", saved.at(i)->get("id")}})
                                                          .include("creator")
                                                          .include("Tags")
                                                          .include("Label"));
            QCOMPARE(persisted->loadedAssociation("creator")->get("last_name").toString(),
                     i == 0 ? "Hansen" : "Johnson");
            QCOMPARE(persisted->loadedTargets("Tags").size(), i == 0 ? 2 : 1);
            QCOMPARE(persisted->loadedAssociation("Label") != nullptr, i == 0);
        }
        QCOMPARE(s.user->count(), 2);
        QCOMPARE(s.tag->count(), 3);
    }

    // "should bulkCreate data for BelongsToMany relations" (junction values too), nested
    void bulkBelongsToManyNested_data() { TestDatabases::addDialectRows(); }
    void bulkBelongsToManyNested()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}});
        ModelDefinition *step = sequelize->define("Step", {{"name", DataTypes::String()}});
        ModelDefinition *userTask = sequelize->define(
            "UserTask", {{"priority", Attribute(DataTypes::Integer()).defaultValue(0)}});
        user->belongsToMany(task, AssociationOptions().through(userTask));
        task->belongsToMany(user, AssociationOptions().through(userTask));
        task->hasMany(step);
        sequelize->sync(SyncOptions().force());
        const auto users = user->bulkCreate(
            {{{"username", "John"},
              {"Tasks",
               QVariantList{QVariantMap{{"title", "Get rich"},
                                        {"UserTask", QVariantMap{{"priority", 3}}},
                                        {"Steps",
                                         QVariantList{QVariantMap{{"name", "a"}},
                                                      QVariantMap{{"name", "b"}}}}},
                            QVariantMap{{"title", "Die trying"}}}}},
             {{"username", "Jack"},
              {"Tasks", QVariantList{QVariantMap{{"title", "Prepare sandwich"}}}}}},
            BulkCreateOptions().include(Include("Tasks").include("Steps")));
        QCOMPARE(users.at(0)->loadedTargets("Tasks").size(), 2);
        QCOMPARE(users.at(0)->loadedTargets("Tasks").first()->loadedTargets("Steps").size(), 2);
        const auto john
            = user->findOne(FindOptions().where({{"username", "John"}}).include("Tasks"));
        QCOMPARE(john->loadedTargets("Tasks").size(), 2);
        const auto jack
            = user->findOne(FindOptions().where({{"username", "Jack"}}).include("Tasks"));
        QCOMPARE(jack->loadedTargets("Tasks").size(), 1);
        QCOMPARE(userTask->count(), 3);
        QCOMPARE(userTask->count(FindOptions().where({{"priority", 3}})), 1);
        QCOMPARE(step->count(), 2);
    }

    // A failing target undoes every level; options that would lose keys are refused.
    void bulkAllOrNothing_data() { TestDatabases::addDialectRows(); }
    void bulkAllOrNothing()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Shop s = defineShop(sequelize.get());
        s.product->belongsTo(s.user);
        s.product->hasMany(s.tag);
        sequelize->sync(SyncOptions().force());
        const QList<QVariantMap> records{
            {{"title", "Chair"},
             {"User", QVariantMap{{"first_name", "Mick"}}},
             {"Tags",
              QVariantList{QVariantMap{{"name", "ok"}}, QVariantMap{{"name", QVariant()}}}}}};
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            s.product->bulkCreate(records, BulkCreateOptions().include("User").include("Tags")));
        QCOMPARE(s.product->count(), 0);
        QCOMPARE(s.user->count(), 0);
        QCOMPARE(s.tag->count(), 0);
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->bulkCreate(records, BulkCreateOptions().include("Tags").ignoreDuplicates()));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->bulkCreate(
                records, BulkCreateOptions().include("Tags").updateOnDuplicate({"title"})));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->bulkCreate(records, BulkCreateOptions().include(Include("Tags").limit(1))));
        // fields(): the belongsTo key is written too.
        const auto saved = s.product->bulkCreate(
            {{{"title", "Desk"}, {"User", QVariantMap{{"first_name", "Ann"}}}}},
            BulkCreateOptions().include("User").fields({"title"}));
        QCOMPARE(s.product->findByPk(saved.first()->get("id"))->get("UserId"),
                 s.user->findOne()->get("id"));
    }

    // What cannot be honoured is refused, and nothing is written.
    void refusals_data() { TestDatabases::addDialectRows(); }
    void refusals()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Shop s = defineShop(sequelize.get());
        s.product->belongsTo(s.user);
        s.product->hasMany(s.tag);
        sequelize->sync(SyncOptions().force());
        // An include that selects rows.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->create(
                {{"title", "Chair"}, {"Tags", QVariantList{QVariantMap{{"name", "a"}}}}},
                SaveOptions().include(Include("Tags").where({{"name", "a"}}))));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->create({{"title", "Chair"}},
                              SaveOptions().include(Include("User").required(true))));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->create({{"title", "Chair"}},
                              SaveOptions().include(Include("Tags").scopes({"x"}))));
        // A value of the wrong shape: a map for hasMany, a list for belongsTo, a list of texts.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->create({{"title", "Chair"}, {"Tags", QVariantMap{{"name", "a"}}}},
                              SaveOptions().include("Tags")));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->create({{"title", "Chair"}, {"User", QVariantList{QVariantMap{}}}},
                              SaveOptions().include("User")));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->create({{"title", "Chair"}, {"Tags", QStringList{"a", "b"}}},
                              SaveOptions().include("Tags")));
        // An association the model does not have, by name and by model.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s.product->create({{"title", "Chair"}}, SaveOptions().include("Nope")));
        ModelDefinition *other = sequelize->define("Other", {{"x", DataTypes::Integer()}});
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, s.product->create({{"title", "Chair"}}, SaveOptions().include(other)));
        QCOMPARE(s.product->count(), 0);
        QCOMPARE(s.tag->count(), 0);
        // Without the include, the nested values are ignored (unknown keys, as Sequelize).
        s.product->create({{"title", "Chair"}, {"Tags", QVariantList{QVariantMap{{"name", "a"}}}}});
        QCOMPARE(s.product->count(), 1);
        QCOMPARE(s.tag->count(), 0);
        // Calls that create no nested rows refuse an include rather than ignore it.
        const auto chair = s.product->findOne();
        const SaveOptions withInclude = SaveOptions().include("Tags");
        QVERIFY_THROWS_EXCEPTION(DefinitionError, chair->addAssociated("Tags", {1}, withInclude));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, chair->setAssociated("User", 1, withInclude));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, chair->increment("id", 1, withInclude));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 s.product->upsert({{"title", "Desk"}}, withInclude));
        // createAssociated() creates the target with its includes.
        ModelDefinition *note = sequelize->define("Note", {{"text", DataTypes::String()}});
        s.tag->hasMany(note);
        note->sync();
        chair->createAssociated(
            "Tags", {{"name", "n"}, {"Notes", QVariantList{QVariantMap{{"text", "t"}}}}},
            SaveOptions().include("Notes"));
        QCOMPARE(note->count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_NestedCreate)
#include "tst_nestedcreate.moc"
