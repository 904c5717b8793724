// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// hasMany, ported from Sequelize v6's test/integration/associations/has-many.test.js, on every
// dialect: per-source limit and order of includes at two levels, the has/set/add/create/count
// mixins with keys and instances and transactions, getter options, constraints (SET NULL,
// CASCADE for NOT NULL keys, none, RESTRICT), key names and types, sourceKey, and the errors of
// a name clash.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qdatetime.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_HasMany : public QObject
{
    Q_OBJECT

    struct Pair
    {
        ModelDefinition *article;
        ModelDefinition *label;
    };
    static Pair articles(Sequelize *sequelize, const AssociationOptions &options = {})
    {
        ModelDefinition *article = sequelize->define(
            "Article",
            {{"pk", Attribute(DataTypes::Integer()).autoIncrement().primaryKey()},
             {"title", DataTypes::String()}});
        ModelDefinition *label = sequelize->define(
            "Label",
            {{"key", Attribute(DataTypes::Integer()).autoIncrement().primaryKey()},
             {"text", DataTypes::String()},
             {"until", DataTypes::Date()}});
        article->hasMany(label, options);
        sequelize->sync(SyncOptions().force());
        return {article, label};
    }
    static QVariant instance(const QSharedPointer<Model> &model)
    {
        return Model::instanceVariant(model.data());
    }
    static QStringList titles(const QList<QSharedPointer<Model>> &rows)
    {
        QStringList result;
        for (const auto &row : rows)
            result.append(row->get("title").toString());
        return result;
    }
    static bool isSqlite(const Sequelize *sequelize)
    {
        return sequelize->dialect() == QLatin1String("sqlite");
    }

private slots:
    void sameTargetTwice_data() { TestDatabases::addDialectRows(); }
    void sameTargetTwice()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {});
        ModelDefinition *group = sequelize->define("Group", {});
        group->hasMany(user);
        group->hasMany(user, AssociationOptions().foreignKey("primaryGroupId").as("primaryUsers"));
        group->hasMany(user,
                       AssociationOptions().foreignKey("secondaryGroupId").as("secondaryUsers"));
        QCOMPARE(group->associationNames(),
                 QStringList({"Users", "primaryUsers", "secondaryUsers"}));
    }

    // Per-source limit and order, two levels deep (Sequelize's separate includes).
    void limitedOrderedIncludes_data() { TestDatabases::addDialectRows(); }
    void limitedOrderedIncludes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {});
        ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}});
        ModelDefinition *subtask = sequelize->define("SubTask", {{"title", DataTypes::String()}});
        ModelDefinition *category = sequelize->define("Category", {});
        user->hasMany(task, AssociationOptions().as("tasks"));
        task->hasMany(subtask, AssociationOptions().as("subtasks"));
        task->belongsTo(category, AssociationOptions().as("category").foreignKey("categoryId"));
        sequelize->sync(SyncOptions().force());
        const QList<QList<QPair<QString, QStringList>>> data{
            {{"b", {"c", "a"}}, {"d", {}}, {"c", {"b", "a", "c"}}, {"a", {"c", "a", "b"}}},
            {{"a", {"b", "a", "c"}}, {"c", {"a"}}, {"b", {"a", "b"}}}};
        for (const auto &tasks : data) {
            const auto u = user->create({});
            for (const auto &[title, subtitles] : tasks) {
                const auto c = category->create({});
                const auto t = u->createAssociated(
                    "tasks", {{"title", title}, {"categoryId", c->get("id")}});
                for (const QString &s : subtitles)
                    t->createAssociated("subtasks", {{"title", s}});
            }
        }
        const auto users = user->findAll(FindOptions().order("id").include(
            Include("tasks")
                .limit(2)
                .order("title")
                .include(Include("subtasks").order("title", Qt::DescendingOrder))
                .include("category")));
        QCOMPARE(users.size(), 2);
        const QList<QStringList> expectedSubtasks[2]
            = {{{"c", "b", "a"}, {"c", "a"}}, {{"c", "b", "a"}, {"b", "a"}}};
        for (int u = 0; u < 2; ++u) {
            const auto tasks = users[u]->loadedTargets("tasks");
            QCOMPARE(titles(tasks), QStringList({"a", "b"}));
            for (int t = 0; t < 2; ++t) {
                QCOMPARE(titles(tasks[t]->loadedTargets("subtasks")), expectedSubtasks[u][t]);
                QCOMPARE(tasks[t]->loadedTargets("category").size(), 1);
            }
        }
        // The getter with limit and order.
        QCOMPARE(titles(users[0]->getAssociatedList(
                     "tasks", FindOptions().limit(2).order("title", Qt::DescendingOrder))),
                 QStringList({"d", "c"}));
    }

    void hasAssociated_data() { TestDatabases::addDialectRows(); }
    void hasAssociated()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Pair p = articles(sequelize.get());
        const auto article = p.article->create({{"title", "Article"}});
        const auto label1 = p.label->create({{"text", "Awesomeness"}});
        const auto label2 = p.label->create({{"text", "Epicness"}});
        QVERIFY(!article->hasAssociated("Labels", {instance(label1)}));
        QVERIFY(!article->hasAssociated("Labels", {instance(label2)}));
        article->addAssociated("Labels", {instance(label1)});
        QVERIFY(article->hasAssociated("Labels", {instance(label1)}));
        QVERIFY(!article->hasAssociated("Labels", {instance(label2)}));
        QVERIFY(article->hasAssociated("Labels", {label1->get("key")}));
        QVERIFY(!article->hasAssociated("Labels", {label2->get("key")}));
        QVERIFY(!article->hasAssociated("Labels", {instance(label1), instance(label2)}));
        QVERIFY(!article->hasAssociated("Labels", {label1->get("key"), label2->get("key")}));
        article->setAssociated("Labels", QVariantList{instance(label1), instance(label2)});
        QVERIFY(article->hasAssociated("Labels", {instance(label1), instance(label2)}));
        QVERIFY(article->hasAssociated("Labels", {label1->get("key"), label2->get("key")}));

        // In a transaction: seen inside only.
        const auto other = p.article->create({{"title", "foo"}});
        const auto label3 = p.label->create({{"text", "bar"}});
        const QSharedPointer<Transaction> t = sequelize->transaction();
        other->setAssociated("Labels", QVariantList{instance(label3)},
                             SaveOptions().transaction(t.data()));
        if (!isSqlite(sequelize.get()))
            QVERIFY(!other->hasAssociated("Labels", {instance(label3)}));
        QVERIFY(other->hasAssociated("Labels", {instance(label3)},
                                     FindOptions().transaction(t.data())));
        QCOMPARE(
            p.label
                ->findAll(
                    FindOptions().where({{"ArticlePk", other->get("pk")}}).transaction(t.data()))
                .size(),
            1);
        t->rollback();
        QVERIFY(!other->hasAssociated("Labels", {instance(label3)}));
    }

    void setAddCreate_data() { TestDatabases::addDialectRows(); }
    void setAddCreate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Pair p = articles(sequelize.get());
        const auto article = p.article->create({});
        const auto one = p.label->create({{"text", "label one"}});
        const auto two = p.label->create({{"text", "label two"}});
        article->addAssociated("Labels", {one->get("key")});
        QCOMPARE(article->getAssociatedList("Labels").first()->get("text").toString(),
                 QStringLiteral("label one"));
        article->setAssociated("Labels", QVariantList{two->get("key")});
        auto labels = article->getAssociatedList("Labels");
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels[0]->get("text").toString(), QStringLiteral("label two"));
        // null clears.
        article->setAssociated("Labels", QVariant());
        QVERIFY(article->getAssociatedList("Labels").isEmpty());
        QVERIFY(p.label->findByPk(two->get("key"))->get("ArticlePk").isNull());
        // add keeps what is there.
        article->setAssociated("Labels", QVariantList{instance(one)});
        article->addAssociated("Labels", {instance(two)});
        QCOMPARE(article->countAssociated("Labels"), qint64(2));

        const auto created = article->createAssociated("Labels", {{"text", "bar"}});
        QCOMPARE(created->get("ArticlePk"), article->get("pk"));
        QCOMPARE(p.label->count(FindOptions().where({{"ArticlePk", article->get("pk")}})),
                 qint64(3));
        const auto yolo = article->createAssociated("Labels", {{"text", "yolo"}},
                                                    SaveOptions().fields({"text"}));
        QCOMPARE(yolo->get("ArticlePk"), article->get("pk"));
        QCOMPARE(p.label->findByPk(yolo->get("key"))->get("ArticlePk"), article->get("pk"));

        const QSharedPointer<Transaction> t = sequelize->transaction();
        article->createAssociated("Labels", {{"text", "in t"}},
                                  SaveOptions().transaction(t.data()));
        article->addAssociated(
            "Labels",
            {p.label->create({{"text", "x"}}, SaveOptions().transaction(t.data()))->get("key")},
            SaveOptions().transaction(t.data()));
        if (!isSqlite(sequelize.get()))
            QCOMPARE(article->countAssociated("Labels"), qint64(4));
        QCOMPARE(article->countAssociated("Labels", FindOptions().transaction(t.data())),
                 qint64(6));
        t->rollback();
        QCOMPARE(article->countAssociated("Labels"), qint64(4));
    }

    void getterOptionsAndCounts_data() { TestDatabases::addDialectRows(); }
    void getterOptionsAndCounts()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        ModelDefinition *task = sequelize->define(
            "Task", {{"title", DataTypes::String()}, {"active", DataTypes::Boolean()}});
        user->hasMany(task, AssociationOptions().foreignKey("userId"));
        user->hasMany(
            task,
            AssociationOptions().foreignKey("userId").as("activeTasks").scope({{"active", true}}));
        sequelize->sync(SyncOptions().force());
        const auto john = user->create({{"username", "John"}});
        const auto rich = task->create({{"title", "Get rich"}, {"active", true}});
        const auto die = task->create({{"title", "Die trying"}, {"active", false}});
        john->setAssociated("Tasks", QVariantList{instance(rich), instance(die)});
        const auto found = user->findOne(FindOptions().where({{"username", "John"}}));
        QCOMPARE(found->getAssociatedList("Tasks").size(), 2);
        QCOMPARE(found
                     ->getAssociatedList("Tasks",
                                         FindOptions()
                                             .where({{"active", true}})
                                             .limit(10)
                                             .order("id", Qt::DescendingOrder))
                     .size(),
                 1);
        QCOMPARE(found->countAssociated("Tasks"), qint64(2));
        QCOMPARE(found->countAssociated("Tasks", FindOptions().where({{"active", true}})),
                 qint64(1));
        QCOMPARE(found->countAssociated("activeTasks"), qint64(1));
        QCOMPARE(titles(found->getAssociatedList("activeTasks")), QStringList({"Get rich"}));

        // A where on a date, given as text, against a QDateTime.
        const Pair p = articles(sequelize.get());
        const auto article = p.article->create({{"title", "Article"}});
        article->setAssociated(
            "Labels",
            QVariantList{
                p.label->create({{"text", "Awesomeness"}, {"until", "2014-01-01 01:00:00"}})
                    ->get("key"),
                p.label->create({{"text", "Epicness"}, {"until", "2014-01-03 01:00:00"}})
                    ->get("key")});
        const auto later = article->getAssociatedList(
            "Labels",
            FindOptions().where(
                Op::gt("until", QDateTime(QDate(2014, 1, 2), QTime(0, 0), Qt::UTC))));
        QCOMPARE(later.size(), 1);
        QCOMPARE(later[0]->get("text").toString(), QStringLiteral("Epicness"));
    }

    void constraints_data() { TestDatabases::addDialectRows(); }
    void constraints()
    {
        QSQ_OPEN_DIALECT(sequelize);
        auto define = [&](const AssociationOptions &options) {
            // The previous case's tables go first: MariaDB refuses to drop a table another
            // one's constraint references, and the new models do not know that constraint.
            sequelize->queryInterface().dropAllTables();
            ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}});
            ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
            user->hasMany(task, options);
            sequelize->sync(SyncOptions().force());
            return std::pair{user, task};
        };
        {
            const auto [user, task] = define({});
            const auto u = user->create({{"username", "foo"}});
            const auto t = task->create({{"title", "task"}});
            u->setAssociated("Tasks", QVariantList{instance(t)});
            u->destroy();
            t->reload();
            QVERIFY(t->get("UserId").isNull());
        }
        {
            // A NOT NULL key: CASCADE (hasMany's default, unlike belongsTo's NO ACTION).
            const auto [user, task] = define(AssociationOptions().foreignKeyAllowNull(false));
            const auto u = user->create({{"username", "foo"}});
            task->create({{"title", "task"}, {"UserId", u->get("id")}});
            u->destroy();
            QCOMPARE(task->count(), qint64(0));
        }
        {
            const auto [user, task] = define(AssociationOptions().constraints(false));
            const auto u = user->create({{"username", "foo"}});
            const auto t = task->create({{"title", "task"}});
            u->setAssociated("Tasks", QVariantList{instance(t)});
            u->destroy();
            t->reload();
            QCOMPARE(t->get("UserId"), u->get("id"));
        }
        {
            const auto [user, task] = define(AssociationOptions().onDelete("cascade"));
            const auto u = user->create({{"username", "foo"}});
            u->setAssociated("Tasks", QVariantList{instance(task->create({{"title", "task"}}))});
            u->destroy();
            QCOMPARE(task->count(), qint64(0));
        }
        {
            const auto [user, task] = define(AssociationOptions().onUpdate("cascade"));
            const auto u = user->create({{"username", "foo"}});
            u->setAssociated("Tasks", QVariantList{instance(task->create({{"title", "task"}}))});
            user->update({{"id", 999}}, Op::eq("id", u->get("id")));
            QCOMPARE(task->findOne()->get("UserId").toInt(), 999);
        }
        {
            const auto [user, task]
                = define(AssociationOptions().onDelete("restrict").onUpdate("restrict"));
            const auto u = user->create({{"username", "foo"}});
            u->setAssociated("Tasks", QVariantList{instance(task->create({{"title", "task"}}))});
            QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, u->destroy());
            QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                     user->update({{"id", 999}}, Op::eq("id", u->get("id"))));
            QCOMPARE(task->count(), qint64(1));
            QCOMPARE(user->count(), qint64(1));
        }
    }

    void keyNamesAndTypes_data() { TestDatabases::addDialectRows(); }
    void keyNamesAndTypes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}},
                                                  ModelOptions().underscored());
        ModelDefinition *account = sequelize->define("Account", {{"name", DataTypes::String()}},
                                                     ModelOptions().underscored());
        user->hasMany(account);
        // A string key: the foreign key is a string too.
        ModelDefinition *owner
            = sequelize->define("Owner",
                                {{"id", Attribute(DataTypes::String()).primaryKey()},
                                 {"username", DataTypes::String()}});
        ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}});
        owner->hasMany(task);
        // An existing attribute keeps its default.
        ModelDefinition *project = sequelize->define(
            "project", {{"userId", Attribute(DataTypes::Integer()).defaultValue(42)}});
        ModelDefinition *person = sequelize->define("person", {});
        person->hasMany(project, AssociationOptions().foreignKey("userId").constraints(false));
        // A self association.
        ModelDefinition *group = sequelize->define("Group", {});
        group->hasMany(group, AssociationOptions().as("Children"));
        sequelize->sync(SyncOptions().force());
        QVERIFY(
            sequelize->queryInterface().describeTable(account->tableName()).contains("user_id"));
        const auto o = owner->create({{"id", "abc"}, {"username", "x"}});
        const auto t = o->createAssociated("Tasks", {{"title", "t"}});
        QCOMPARE(t->get("OwnerId"), QVariant(QStringLiteral("abc")));
        QCOMPARE(owner->findOne(FindOptions().include("Tasks"))->loadedTargets("Tasks").size(), 1);
        QCOMPARE(project->create({})->get("userId").toInt(), 42);
        const auto parent = group->create({});
        parent->createAssociated("Children", {});
        QCOMPARE(parent->countAssociated("Children"), qint64(1));
    }

    void nameClash_data() { TestDatabases::addDialectRows(); }
    void nameClash()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("user", {{"user", DataTypes::Integer()}});
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 user->hasMany(user, AssociationOptions().as("user")));
    }

    void sourceKey_data() { TestDatabases::addDialectRows(); }
    void sourceKey()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user
            = sequelize->define("UserXYZ",
                                {{"username", DataTypes::String()},
                                 {"email", Attribute(DataTypes::String()).field("mail").unique()}});
        ModelDefinition *task = sequelize->define(
            "TaskXYZ",
            {{"title", DataTypes::String()},
             {"userEmail", Attribute(DataTypes::String()).field("user_email_xyz")},
             {"taskStatus", DataTypes::String()}});
        user->hasMany(task,
                      AssociationOptions().foreignKey("userEmail").sourceKey("email").as("tasks"));
        sequelize->sync(SyncOptions().force());
        const auto john = user->create({{"username", "John"}, {"email", "john@example.com"}});
        task->bulkCreate({{{"title", "Active Task"},
                           {"userEmail", "john@example.com"},
                           {"taskStatus", "Active"}},
                          {{"title", "Inactive Task"},
                           {"userEmail", "john@example.com"},
                           {"taskStatus", "Inactive"}}});
        QCOMPARE(john->getAssociatedList("tasks").size(), 2);
        QCOMPARE(john->countAssociated("tasks"), qint64(2));
        const auto fresh = task->create({{"title", "Fix PR"}});
        john->addAssociated("tasks", {instance(fresh)});
        QVERIFY(john->hasAssociated("tasks", {fresh->get("id")}));
        QCOMPARE(task->findByPk(fresh->get("id"))->get("userEmail").toString(),
                 QStringLiteral("john@example.com"));
        const auto found
            = user->findOne(FindOptions()
                                .where({{"username", "John"}})
                                .include(Include("tasks").where({{"taskStatus", "Active"}})));
        QVERIFY(found);
        QCOMPARE(titles(found->loadedTargets("tasks")), QStringList({"Active Task"}));
    }

    void aliasesAndAll_data() { TestDatabases::addDialectRows(); }
    void aliasesAndAll()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *individual
            = sequelize->define("individual", {{"name", DataTypes::String()}});
        ModelDefinition *hat = sequelize->define("hat", {{"name", DataTypes::String()}});
        individual->hasMany(hat, AssociationOptions().as("personwearinghats"));
        sequelize->sync(SyncOptions().force());
        const auto foo = individual->create({{"name", "Foo Bar"}});
        foo->addAssociated("personwearinghats", {instance(hat->create({{"name", "Baz"}}))});
        for (const Include &include :
             {Include(hat), Include("personwearinghats"), Include::all()}) {
            const auto found
                = individual->findOne(FindOptions().where({{"name", "Foo Bar"}}).include(include));
            const auto hats = found->loadedTargets("personwearinghats");
            QCOMPARE(hats.size(), 1);
            QCOMPARE(hats[0]->get("name").toString(), QStringLiteral("Baz"));
        }
    }

    // An instance of another model given as a target was taken by its key: a Tag linked the
    // Comment that had the same id. Every mixin that takes targets refuses it; nothing changes.
    void targetOfAnotherModel_data() { TestDatabases::addDialectRows(); }
    void targetOfAnotherModel()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *post = sequelize->define("Post", {{"title", DataTypes::String()}}, plain);
        ModelDefinition *comment
            = sequelize->define("Comment", {{"body", DataTypes::String()}}, plain);
        ModelDefinition *tag = sequelize->define("Tag", {{"name", DataTypes::String()}}, plain);
        ModelDefinition *profile
            = sequelize->define("Profile", {{"bio", DataTypes::String()}}, plain);
        post->hasMany(comment);
        post->hasOne(profile);
        comment->belongsTo(post);
        post->belongsToMany(tag, AssociationOptions().through("PostTags"));
        sequelize->sync(SyncOptions().force());
        const auto p = post->create({{"title", "p"}});
        comment->create({{"body", "c"}});
        profile->create({{"bio", "b"}});
        const auto t = tag->create({{"name", "t"}});
        const QVariant wrong = Model::instanceVariant(t.data());
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 p->setAssociated("Comments", QVariantList{wrong}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, p->addAssociated("Comments", {wrong}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, p->hasAssociated("Comments", {wrong}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, p->setAssociated("Profile", wrong));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 comment->findByPk(1)->setAssociated("Post", wrong));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 p->addAssociated("Tags", {Model::instanceVariant(p.data())}));
        QCOMPARE(p->countAssociated("Comments"), qint64(0));
        QVERIFY(!p->getAssociated("Profile"));
        QCOMPARE(p->countAssociated("Tags"), qint64(0));
        // The right model's instance still links.
        p->addAssociated("Comments", {Model::instanceVariant(comment->findByPk(1).data())});
        QCOMPARE(p->countAssociated("Comments"), qint64(1));
    }
};

QTEST_GUILESS_MAIN(tst_HasMany)
#include "tst_hasmany.moc"
