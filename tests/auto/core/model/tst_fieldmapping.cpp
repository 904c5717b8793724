// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Attributes stored under another column name (Sequelize's `field`), ported from Sequelize v6's
// test/integration/model/attributes/field.test.js, on every dialect: primary keys, foreign keys
// of hasMany/belongsTo/belongsToMany, timestamps and paranoid deletedAt with their own columns,
// through every finder, writer, aggregate, include and association mixin. The tables are made
// by QueryInterface with the column names only, as in Sequelize's test, so a statement that
// names an attribute where a column belongs fails.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_FieldMapping : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *task = nullptr;
        ModelDefinition *comment = nullptr;
    };

    static Fixture define(Sequelize *sequelize)
    {
        Fixture f;
        f.user = sequelize->define("user",
                                   {{"id",
                                     Attribute(DataTypes::Integer())
                                         .allowNull(false)
                                         .primaryKey()
                                         .autoIncrement()
                                         .field("userId")},
                                    {"name", Attribute(DataTypes::String()).field("full_name")},
                                    {"taskCount",
                                     Attribute(DataTypes::Integer())
                                         .field("task_count")
                                         .defaultValue(0)
                                         .allowNull(false)}},
                                   ModelOptions().tableName("users").timestamps(false));
        f.task = sequelize->define("task",
                                   {{"id",
                                     Attribute(DataTypes::Integer())
                                         .allowNull(false)
                                         .primaryKey()
                                         .autoIncrement()
                                         .field("taskId")},
                                    {"title", Attribute(DataTypes::String()).field("name")}},
                                   ModelOptions().tableName("tasks").timestamps(false));
        f.comment = sequelize->define(
            "comment",
            {{"id",
              Attribute(DataTypes::Integer())
                  .allowNull(false)
                  .primaryKey()
                  .autoIncrement()
                  .field("commentId")},
             {"text", Attribute(DataTypes::String()).field("comment_text")},
             {"notes", Attribute(DataTypes::String()).field("notes")},
             {"likes", Attribute(DataTypes::Integer()).field("like_count")},
             {"createdAt", Attribute(DataTypes::Date()).field("created_at").allowNull(false)},
             {"updatedAt", Attribute(DataTypes::Date()).field("updated_at").allowNull(false)}},
            ModelOptions().tableName("comments").timestamps(true));
        f.user->hasMany(f.task, AssociationOptions().foreignKey("user_id"));
        f.task->belongsTo(f.user, AssociationOptions().foreignKey("user_id"));
        f.task->hasMany(f.comment, AssociationOptions().foreignKey("task_id"));
        f.comment->belongsTo(f.task, AssociationOptions().foreignKey("task_id"));
        f.user->belongsToMany(f.comment,
                              AssociationOptions()
                                  .foreignKey("userId")
                                  .otherKey("commentId")
                                  .through("userComments"));

        QueryInterface qi = sequelize->queryInterface();
        for (const char *table : {"userComments", "comments", "tasks", "users"})
            qi.dropTable(QLatin1String(table));
        qi.createTable(
            "users",
            {{"userId",
              Attribute(DataTypes::Integer()).allowNull(false).primaryKey().autoIncrement()},
             {"full_name", DataTypes::String()},
             {"task_count", Attribute(DataTypes::Integer()).allowNull(false).defaultValue(0)}});
        qi.createTable(
            "tasks",
            {{"taskId",
              Attribute(DataTypes::Integer()).allowNull(false).primaryKey().autoIncrement()},
             {"user_id", DataTypes::Integer()},
             {"name", DataTypes::String()}});
        qi.createTable(
            "comments",
            {{"commentId",
              Attribute(DataTypes::Integer()).allowNull(false).primaryKey().autoIncrement()},
             {"task_id", DataTypes::Integer()},
             {"comment_text", DataTypes::String()},
             {"notes", DataTypes::String()},
             {"like_count", DataTypes::Integer()},
             {"created_at", Attribute(DataTypes::Date()).allowNull(false)},
             {"updated_at", DataTypes::Date()}});
        qi.createTable("userComments",
                       {{"commentId", DataTypes::Integer()},
                        {"userId", DataTypes::Integer()},
                        // A junction named by its table has timestamps, as in Sequelize.
                        {"createdAt", DataTypes::Date()},
                        {"updatedAt", DataTypes::Date()}});
        return f;
    }

private slots:
    void primaryKeyNotNull_data() { TestDatabases::addDialectRows(); }
    void primaryKeyNotNull()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *m = sequelize->define(
            "ModelUnderTest",
            {{"identifier", Attribute(DataTypes::String()).primaryKey().allowNull(false)}});
        m->sync(SyncOptions().force());
        const auto columns = sequelize->queryInterface().describeTable(m->tableName());
        QVERIFY(columns.contains("identifier"));
        QCOMPARE(columns.value("identifier").allowsNull(), false);
    }

    void destroyByMappedKey_data() { TestDatabases::addDialectRows(); }
    void destroyByMappedKey()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Fixture f = define(sequelize.get());
        const auto first = f.user->create({});
        const auto second = f.user->create({});
        QVERIFY(first->get("id").toInt() > 0);
        QVERIFY(second->get("id").toInt() > first->get("id").toInt());
        first->destroy();
        QCOMPARE(f.user->count(), qint64(1));
        QCOMPARE(f.user->destroy(Op::eq("id", second->get("id"))), 1);
        QCOMPARE(f.user->count(), qint64(0));
    }

    // bulkCreate, where, reload and save where field and attribute name are the same.
    void sameFieldAndAttributeName_data() { TestDatabases::addDialectRows(); }
    void sameFieldAndAttributeName()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Fixture f = define(sequelize.get());
        f.comment->bulkCreate({{{"notes", "Number one"}}, {{"notes", "Number two"}}});
        auto comments = f.comment->findAll(FindOptions().order("id"));
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments[0]->get("notes").toString(), QStringLiteral("Number one"));
        QCOMPARE(comments[1]->get("notes").toString(), QStringLiteral("Number two"));
        QVERIFY(comments[0]->get("createdAt").toDateTime().isValid());
        comments = f.comment->findAll(FindOptions().where({{"notes", "Number one"}}));
        QCOMPARE(comments.size(), 1);
        const auto byKey = f.comment->findByPk(comments[0]->get("id"));
        QVERIFY(byKey);
        byKey->reload();
        QCOMPARE(byKey->get("notes").toString(), QStringLiteral("Number one"));

        const auto made = f.comment->create({{"notes", "my note"}});
        made->set("notes", "new note");
        made->save();
        made->reload();
        QCOMPARE(made->get("notes").toString(), QStringLiteral("new note"));
        QCOMPARE(f.comment->findByPk(made->get("id"))->get("notes").toString(),
                 QStringLiteral("new note"));
    }

    void incrementDecrementSum_data() { TestDatabases::addDialectRows(); }
    void incrementDecrementSum()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Fixture f = define(sequelize.get());
        const auto comment = f.comment->create({{"likes", 23}});
        comment->increment("likes");
        QCOMPARE(comment->get("likes").toInt(), 24);
        comment->reload();
        QCOMPARE(comment->get("likes").toInt(), 24);
        comment->decrement("likes", 2);
        comment->reload();
        QCOMPARE(comment->get("likes").toInt(), 22);
        QCOMPARE(f.comment->sum("likes").toLongLong(), qint64(22));
        QCOMPARE(f.comment->aggregate("likes", "max").toInt(), 22);

        // Static increment by a where on mapped columns.
        f.comment->increment({{"likes", 3}}, Op::eq("id", comment->get("id")));
        QCOMPARE(f.comment->findByPk(comment->get("id"))->get("likes").toInt(), 25);

        const auto user = f.user->create({});
        QCOMPARE(user->get("taskCount").toInt(), 0);
        user->increment("taskCount");
        QCOMPARE(f.user->findByPk(user->get("id"))->get("taskCount").toInt(), 1);
    }

    void createFindUpdate_data() { TestDatabases::addDialectRows(); }
    void createFindUpdate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Fixture f = define(sequelize.get());
        const auto made = f.user->create({{"name", "Foobar"}});
        QVERIFY(made->get("id").toInt() > 0);
        QCOMPARE(made->get("taskCount").toInt(), 0);
        // The column names are not attributes of the instance (Sequelize: undefined; here the
        // typed error get() gives any unknown name).
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, made->get("full_name"));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, made->get("userId"));
        auto user = f.user->findOne(FindOptions().limit(1));
        QCOMPARE(user->get("name").toString(), QStringLiteral("Foobar"));
        user->update({{"name", "Barfoo"}});
        user = f.user->findOne(FindOptions().limit(1));
        QCOMPARE(user->get("name").toString(), QStringLiteral("Barfoo"));
        QVERIFY(f.user->findOne(FindOptions().where({{"name", "Barfoo"}})));
        QVERIFY(f.user->findOne(
            FindOptions().where(Op::eq("name", "Foobar") || Op::eq("name", "Barfoo"))));
        QVERIFY(!f.user->findOne(FindOptions().where({{"name", "Foobar"}})));

        // Static update and the where on a mapped column.
        QCOMPARE(f.user->update({{"name", "bar"}}, Op::eq("name", "Barfoo")), 1);
        QCOMPARE(f.user->findOne(FindOptions().where({{"name", "bar"}}))->get("id"),
                 made->get("id"));
        // Attributes, order and group name attributes, never columns.
        const auto picked = f.user->findAll(
            FindOptions().attributes({"id", "name"}).order("name", Qt::DescendingOrder));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked[0]->get("name").toString(), QStringLiteral("bar"));
        QCOMPARE(f.user->count(FindOptions().col("name").distinct()), qint64(1));
    }

    void bulkCreateAndFindAll_data() { TestDatabases::addDialectRows(); }
    void bulkCreateAndFindAll()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Fixture f = define(sequelize.get());
        const auto made
            = f.user->bulkCreate({{{"name", "Abc"}}, {{"name", "Bcd"}}, {{"name", "Cde"}}});
        QCOMPARE(made.size(), 3);
        const auto users = f.user->findAll(FindOptions().order("name"));
        QCOMPARE(users.size(), 3);
        QStringList names;
        for (const auto &u : users)
            names.append(u->get("name").toString());
        QCOMPARE(names, QStringList({"Abc", "Bcd", "Cde"}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(made[i]->get("id"), users[i]->get("id"));
    }

    void includesWithWhere_data() { TestDatabases::addDialectRows(); }
    void includesWithWhere()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Fixture f = define(sequelize.get());
        const auto user = f.user->create({{"name", "Barfoo"}});
        const auto task = user->createAssociated("tasks", {{"title", "DatDo"}});
        QCOMPARE(task->get("user_id"), user->get("id"));
        task->createAssociated("comments", {{"text", "Comment"}});
        f.task->create({{"title", "other"}});

        const auto found = f.task->findOne(FindOptions()
                                               .include(Include(f.comment))
                                               .include(Include(f.user))
                                               .where({{"title", "DatDo"}}));
        QVERIFY(found);
        QCOMPARE(found->get("title").toString(), QStringLiteral("DatDo"));
        const auto comments = found->loadedTargets("comments");
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments[0]->get("text").toString(), QStringLiteral("Comment"));
        QVERIFY(!found->loadedTargets("user").isEmpty());
        QCOMPARE(found->loadedTargets("user").first()->get("name").toString(),
                 QStringLiteral("Barfoo"));

        f.user->create({{"name", "no tasks"}});
        const auto users = f.user->findAll(FindOptions().include(
            Include(f.task).where({{"title", "DatDo"}}).include(Include(f.comment))));
        QCOMPARE(users.size(), 1);
        const auto tasks = users[0]->loadedTargets("tasks");
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks[0]->get("title").toString(), QStringLiteral("DatDo"));
        QCOMPARE(tasks[0]->loadedTargets("comments").size(), 1);

        // Ordered and filtered by an included, mapped attribute.
        const auto ordered = f.task->findAll(FindOptions()
                                                 .include(Include(f.user))
                                                 .order("user.name")
                                                 .where(Op::eq("$user.name$", "Barfoo")));
        QCOMPARE(ordered.size(), 1);
        QCOMPARE(f.user->count(FindOptions().include(Include(f.task).where({{"title", "DatDo"}}))),
                 qint64(1));
    }

    void belongsToGetter_data() { TestDatabases::addDialectRows(); }
    void belongsToGetter()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Fixture f = define(sequelize.get());
        const int userId = 4711;
        const auto user = f.user->create({{"id", userId}});
        const auto task = f.task->create({{"user_id", userId}});
        const auto owner = task->getAssociated("user");
        QVERIFY(owner);
        QCOMPARE(owner->get("id").toInt(), userId);
        QCOMPARE(user->get("id").toInt(), userId);
        QCOMPARE(user->getAssociatedList("tasks").size(), 1);
    }

    void associationCounts_data() { TestDatabases::addDialectRows(); }
    void associationCounts()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Fixture f = define(sequelize.get());
        const auto user = f.user->create({{"name", "John"}});
        QCOMPARE(user->countAssociated("comments"), qint64(0));
        QCOMPARE(user->countAssociated("tasks"), qint64(0));
        const auto comment = f.comment->create({{"text", "hi"}});
        user->addAssociated("comments", {comment->get("id")});
        QCOMPARE(user->countAssociated("comments"), qint64(1));
        QVERIFY(user->hasAssociated("comments", {comment->get("id")}));
        QCOMPARE(user->getAssociatedList("comments").first()->get("text").toString(),
                 QStringLiteral("hi"));
        const auto withComments = f.user->findAll(FindOptions().include("comments"));
        QCOMPARE(withComments.first()->loadedTargets("comments").size(), 1);
        user->removeAssociated("comments", {comment->get("id")});
        QCOMPARE(user->countAssociated("comments"), qint64(0));
        user->createAssociated("tasks", {{"title", "t"}});
        QCOMPARE(user->countAssociated("tasks"), qint64(1));
    }

    void literalAttributes_data() { TestDatabases::addDialectRows(); }
    void literalAttributes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *test = sequelize->define("test", {{"someProperty", DataTypes::Virtual()}});
        test->sync(SyncOptions().force());
        test->create({});
        const auto rows = test->findAll(FindOptions().attribute(
            Sequelize::literal(QStringLiteral("(1 = 1)")), QStringLiteral("someProperty")));
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows[0]->get("someProperty").toBool());

        // An expression under a stored attribute's name is that attribute's value (Sequelize's
        // dataValues), also when the attribute has a column of its own name.
        const Fixture f = define(sequelize.get());
        f.user->create({{"name", "lower"}});
        const auto upper = f.user->findOne(FindOptions().attribute(
            Sequelize::fn(QStringLiteral("UPPER"), {Sequelize::col(QStringLiteral("name"))}),
            QStringLiteral("name")));
        QCOMPARE(upper->get("name").toString(), QStringLiteral("LOWER"));
        QCOMPARE(upper->get().value("name").toString(), QStringLiteral("LOWER"));
        const auto extra = f.user->findOne(FindOptions().includeAttribute(
            Sequelize::fn(QStringLiteral("UPPER"), {Sequelize::col(QStringLiteral("name"))}),
            QStringLiteral("name")));
        QCOMPARE(extra->get("name").toString(), QStringLiteral("LOWER"));
        QCOMPARE(extra->get("taskCount").toInt(), 0);
    }

    void paranoidWithMappedDeletedAt_data() { TestDatabases::addDialectRows(); }
    void paranoidWithMappedDeletedAt()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "User", {{"deletedAt", Attribute(DataTypes::Date()).field("deleted_at")}},
            ModelOptions().timestamps(true).paranoid(true));
        user->sync(SyncOptions().force());
        const auto columns = sequelize->queryInterface().describeTable(user->tableName());
        QVERIFY(columns.contains("deleted_at"));
        QVERIFY(!columns.contains("deletedAt"));
        const auto first = user->create({});
        first->destroy();
        QVERIFY(first->get("deletedAt").toDateTime().isValid());
        QCOMPARE(user->findAll().size(), 0);
        QCOMPARE(user->count(FindOptions().paranoid(false)), qint64(1));
        const auto second = user->create({});
        QCOMPARE(user->destroy(Op::eq("id", second->get("id"))), 1);
        QCOMPARE(user->findAll().size(), 0);
        QCOMPARE(user->restore(Where()), 2);
        QCOMPARE(user->findAll().size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_FieldMapping)
#include "tst_fieldmapping.moc"
