// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Required includes with LIMIT and OFFSET, ported from Sequelize v6's
// test/integration/include/limit.test.js and include/findAndCountAll.test.js on every dialect:
// the limit applies to the source rows that have the required targets (at one, two and three
// levels, through many-to-many, one-to-many and many-to-one associations, with where and
// through.where), and findAndCountAll counts the same rows it returns a page of. Each slot
// names the `it(...)` it ports.

#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_IncludeLimit : public QObject
{
    Q_OBJECT

    // The association overview of limit.test.js, every model keyed by its name:
    // Task N-N Project N-N User N-N Hobby; User 1-N Post; Comment N-1 Post N-N Tag N-1 Color;
    // Post 1-N Footnote.
    struct Models
    {
        ModelDefinition *project = nullptr;
        ModelDefinition *user = nullptr;
        ModelDefinition *task = nullptr;
        ModelDefinition *hobby = nullptr;
        ModelDefinition *post = nullptr;
        ModelDefinition *comment = nullptr;
        ModelDefinition *tag = nullptr;
        ModelDefinition *color = nullptr;
        ModelDefinition *footnote = nullptr;
    };
    static Models define(Sequelize *s)
    {
        const auto named = [s](const char *name) {
            return s->define(QString::fromLatin1(name),
                             {{"name", Attribute(DataTypes::String()).primaryKey()}},
                             ModelOptions().timestamps(false));
        };
        const auto manyToMany = [](ModelDefinition *a, ModelDefinition *b, const char *through) {
            a->belongsToMany(b, AssociationOptions().through(QString::fromLatin1(through)));
            b->belongsToMany(a, AssociationOptions().through(QString::fromLatin1(through)));
        };
        const auto oneToMany = [](ModelDefinition *one, ModelDefinition *many) {
            one->hasMany(many);
            many->belongsTo(one);
        };
        Models m;
        m.project = named("Project");
        m.user = named("User");
        m.task = named("Task");
        m.hobby = named("Hobby");
        manyToMany(m.user, m.project, "user_project");
        manyToMany(m.project, m.task, "task_project");
        manyToMany(m.user, m.hobby, "user_hobby");
        m.post = named("Post");
        m.comment = named("Comment");
        m.tag = named("Tag");
        m.color = named("Color");
        m.footnote = named("Footnote");
        oneToMany(m.post, m.comment);
        manyToMany(m.post, m.tag, "post_tag");
        oneToMany(m.post, m.footnote);
        oneToMany(m.user, m.post);
        oneToMany(m.color, m.tag);
        s->sync(SyncOptions().force());
        return m;
    }
    static void build(ModelDefinition *model, const QStringList &names)
    {
        QList<QVariantMap> rows;
        for (const QString &name : names)
            rows.append({{"name", name}});
        model->bulkCreate(rows);
    }
    static void link(ModelDefinition *model, const QString &key, const QString &association,
                     const QString &target)
    {
        const auto instance = model->findByPk(key);
        QVERIFY(instance);
        // Singular names (Post, User) are belongsTo, plural ones to-many.
        if (!association.endsWith(QLatin1Char('s')))
            instance->setAssociated(association, target);
        else
            instance->addAssociated(association, {target});
    }
    // The second source row in name order, as the file's `order: ['name'], limit: 1, offset: 1`.
    static QStringList secondPage(ModelDefinition *model, FindOptions options)
    {
        QStringList names;
        for (const auto &row : model->findAll(options.order("name").limit(1).offset(1)))
            names.append(row->get("name").toString());
        return names;
    }

private slots:
    // "supports many-to-many association with where clause"
    void manyToManyWhere_data() { TestDatabases::addDialectRows(); }
    void manyToManyWhere()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.project, {"alpha", "bravo", "charlie"});
        build(m.user, {"Alice", "Bob"});
        link(m.project, "alpha", "Users", "Alice");
        link(m.project, "bravo", "Users", "Bob");
        link(m.project, "charlie", "Users", "Alice");
        QCOMPARE(secondPage(m.project,
                            FindOptions().include(Include(m.user).where({{"name", "Alice"}}))),
                 QStringList{"charlie"});
    }

    // "supports 2 levels of required many-to-many associations" (plain, with a where, with a
    // through.where)
    void twoLevelsManyToMany_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("form");
        for (const char *d : {"sqlite", "postgres", "mariadb"}) {
            for (const char *form : {"required", "where", "through"})
                QTest::addRow("%s-%s", d, form)
                    << QString::fromLatin1(d) << QString::fromLatin1(form);
        }
    }
    void twoLevelsManyToMany()
    {
        QFETCH(QString, form);
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.project, {"alpha", "bravo", "charlie"});
        build(m.user, {"Alice", "Bob"});
        build(m.hobby, {"archery", "badminton"});
        link(m.project, "alpha", "Users", "Alice");
        link(m.project, "bravo", "Users", "Bob");
        link(m.project, "charlie", "Users", "Alice");
        link(m.user, "Alice", "Hobbies", "archery");
        if (form != QLatin1String("required"))
            link(m.user, "Bob", "Hobbies", "badminton");
        Include hobby(m.hobby);
        if (form == QLatin1String("required"))
            hobby.required(true);
        else if (form == QLatin1String("where"))
            hobby.where({{"name", "archery"}});
        else
            hobby.required(true).throughWhere({{"HobbyName", "archery"}});
        QCOMPARE(secondPage(m.project,
                            FindOptions().include(Include(m.user).required(true).include(hobby))),
                 QStringList{"charlie"});
    }

    // "supports 3 levels of required many-to-many associations with where clause"
    void threeLevelsManyToMany_data() { TestDatabases::addDialectRows(); }
    void threeLevelsManyToMany()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.task, {"alpha", "bravo", "charlie"});
        build(m.project, {"alpha", "bravo", "charlie"});
        build(m.user, {"Alice", "Bob", "Charlotte"});
        build(m.hobby, {"archery", "badminton"});
        link(m.task, "alpha", "Projects", "alpha");
        link(m.task, "bravo", "Projects", "bravo");
        link(m.task, "charlie", "Projects", "charlie");
        link(m.project, "alpha", "Users", "Alice");
        link(m.project, "bravo", "Users", "Bob");
        link(m.project, "charlie", "Users", "Alice");
        link(m.user, "Alice", "Hobbies", "archery");
        link(m.user, "Bob", "Hobbies", "badminton");
        const auto options = FindOptions().include(Include(m.project).required(true).include(
            Include(m.user).required(true).include(Include(m.hobby).where({{"name", "archery"}}))));
        QCOMPARE(secondPage(m.task, options), QStringList{"charlie"});
    }

    // "supports required many-to-many association", "supports 2 required many-to-many
    // association"
    void requiredManyToMany_data() { TestDatabases::addDialectRows(); }
    void requiredManyToMany()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.project, {"alpha", "bravo", "charlie", "delta"});
        build(m.user, {"Alice", "Bob", "David"});
        build(m.task, {"a", "c", "d"});
        link(m.project, "alpha", "Users", "Alice");
        link(m.project, "charlie", "Users", "Alice");
        QCOMPARE(secondPage(m.project, FindOptions().include(Include(m.user).required(true))),
                 QStringList{"charlie"});
        const Models n = define(s.get()); // a fresh database, as the original's second case
        build(n.project, {"alpha", "bravo", "charlie", "delta"});
        build(n.user, {"Alice", "Bob", "David"});
        build(n.task, {"a", "c", "d"});
        link(n.project, "alpha", "Users", "Alice");
        link(n.project, "alpha", "Tasks", "a");
        link(n.project, "bravo", "Users", "Bob");
        link(n.project, "charlie", "Tasks", "c");
        link(n.project, "delta", "Users", "David");
        link(n.project, "delta", "Tasks", "d");
        QCOMPARE(secondPage(n.project,
                            FindOptions()
                                .include(Include(n.user).required(true))
                                .include(Include(n.task).required(true))),
                 QStringList{"delta"});
    }

    // "supports required one-to-many association" (plain, with a where, and findOne)
    void requiredOneToMany_data() { TestDatabases::addDialectRows(); }
    void requiredOneToMany()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.post, {"alpha", "bravo", "charlie"});
        build(m.comment, {"comment0", "comment1", "comment2"});
        link(m.post, "alpha", "Comments", "comment0");
        link(m.post, "charlie", "Comments", "comment2");
        QCOMPARE(secondPage(m.post, FindOptions().include(Include(m.comment).required(true))),
                 QStringList{"charlie"});
        link(m.post, "bravo", "Comments", "comment1");
        const Where either = Op::or_({Op::eq("name", "comment0"), Op::eq("name", "comment2")});
        QCOMPARE(secondPage(m.post,
                            FindOptions().include(Include(m.comment).required(true).where(either))),
                 QStringList{"charlie"});
        const auto post = m.post->findOne(
            FindOptions().include(Include(m.comment).required(true).where({{"name", "comment2"}})));
        QVERIFY(post);
        QCOMPARE(post->get("name").toString(), "charlie");
    }

    // "supports 2 levels of required one-to-many associations"
    void twoLevelsOneToMany_data() { TestDatabases::addDialectRows(); }
    void twoLevelsOneToMany()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.user, {"Alice", "Bob", "Charlotte", "David"});
        build(m.post, {"post0", "post1", "post2"});
        build(m.comment, {"comment0", "comment1", "comment2"});
        link(m.user, "Alice", "Posts", "post0");
        link(m.user, "Bob", "Posts", "post1");
        link(m.user, "David", "Posts", "post2");
        link(m.post, "post0", "Comments", "comment0");
        link(m.post, "post2", "Comments", "comment2");
        const auto options = FindOptions().include(
            Include(m.post).required(true).include(Include(m.comment).required(true)));
        QCOMPARE(secondPage(m.user, options), QStringList{"David"});
    }

    // "supports required one-to-many association with nested required many-to-many
    // association", "supports required many-to-many association with nested required
    // one-to-many association"
    void mixedRequiredNesting_data() { TestDatabases::addDialectRows(); }
    void mixedRequiredNesting()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.user, {"Alice", "Bob", "Charlotte", "David"});
        build(m.post, {"alpha", "charlie", "delta"});
        build(m.tag, {"atag", "btag", "dtag"});
        link(m.user, "Alice", "Posts", "alpha");
        link(m.user, "Charlotte", "Posts", "charlie");
        link(m.user, "David", "Posts", "delta");
        link(m.post, "alpha", "Tags", "atag");
        link(m.post, "delta", "Tags", "dtag");
        QCOMPARE(secondPage(m.user,
                            FindOptions().include(Include(m.post).required(true).include(
                                Include(m.tag).required(true)))),
                 QStringList{"David"});

        const Models n = define(s.get());
        build(n.project, {"alpha", "bravo", "charlie", "delta"});
        build(n.user, {"Alice", "Bob", "David"});
        build(n.post, {"post0", "post1", "post2"});
        link(n.project, "alpha", "Users", "Alice");
        link(n.project, "bravo", "Users", "Bob");
        link(n.project, "delta", "Users", "David");
        link(n.user, "Alice", "Posts", "post0");
        link(n.user, "David", "Posts", "post2");
        QCOMPARE(secondPage(n.project,
                            FindOptions().include(Include(n.user).required(true).include(
                                Include(n.post).required(true)))),
                 QStringList{"delta"});
    }

    // "supports required many-to-one association with nested many-to-many association with
    // where clause" and "... with through.where clause"
    void manyToOneWithNestedManyToMany_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("through");
        for (const char *d : {"sqlite", "postgres", "mariadb"}) {
            QTest::addRow("%s-where", d) << QString::fromLatin1(d) << false;
            QTest::addRow("%s-through", d) << QString::fromLatin1(d) << true;
        }
    }
    void manyToOneWithNestedManyToMany()
    {
        QFETCH(bool, through);
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.post, {"post0", "post1", "post2", "post3"});
        build(m.user, {"Alice", "Bob", "Charlotte", "David"});
        build(m.hobby, {"archery", "badminton"});
        link(m.post, "post0", "User", "Alice");
        link(m.post, "post1", "User", "Bob");
        link(m.post, "post3", "User", "David");
        link(m.user, "Alice", "Hobbies", "archery");
        link(m.user, "Bob", "Hobbies", "badminton");
        link(m.user, "David", "Hobbies", "archery");
        const Include hobby = through
            ? Include(m.hobby).required(true).throughWhere({{"HobbyName", "archery"}})
            : Include(m.hobby).where({{"name", "archery"}});
        QCOMPARE(secondPage(m.post,
                            FindOptions().include(Include(m.user).required(true).include(hobby))),
                 QStringList{"post3"});
    }

    // "supports required many-to-one association with multiple nested associations with where
    // clause"
    void manyToOneWithSeveralNested_data() { TestDatabases::addDialectRows(); }
    void manyToOneWithSeveralNested()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.comment, {"comment0", "comment1", "comment2", "comment3", "comment4", "comment5"});
        build(m.post, {"post0", "post1", "post2", "post3", "post4"});
        build(m.user, {"Alice", "Bob"});
        build(m.tag, {"tag0", "tag1"});
        link(m.comment, "comment0", "Post", "post0");
        link(m.comment, "comment1", "Post", "post1");
        link(m.comment, "comment3", "Post", "post2");
        link(m.comment, "comment4", "Post", "post3");
        link(m.comment, "comment5", "Post", "post4");
        link(m.post, "post0", "Tags", "tag0");
        link(m.post, "post3", "Tags", "tag0");
        link(m.post, "post4", "Tags", "tag0");
        link(m.post, "post1", "Tags", "tag1");
        link(m.post, "post0", "User", "Alice");
        link(m.post, "post2", "User", "Alice");
        link(m.post, "post4", "User", "Alice");
        link(m.post, "post1", "User", "Bob");
        const auto options
            = FindOptions().include(Include(m.post)
                                        .required(true)
                                        .include(Include(m.user).where({{"name", "Alice"}}))
                                        .include(Include(m.tag).where({{"name", "tag0"}})));
        QCOMPARE(secondPage(m.comment, options), QStringList{"comment5"});
    }

    // "supports required many-to-one association with nested one-to-many association with
    // where clause"
    void manyToOneWithNestedOneToMany_data() { TestDatabases::addDialectRows(); }
    void manyToOneWithNestedOneToMany()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        build(m.comment, {"comment0", "comment1", "comment2"});
        build(m.post, {"post0", "post1", "post2"});
        build(m.footnote, {"footnote0", "footnote1", "footnote2"});
        for (int i = 0; i < 3; ++i) {
            link(m.comment, QStringLiteral("comment%1").arg(i), "Post",
                 QStringLiteral("post%1").arg(i));
            link(m.post, QStringLiteral("post%1").arg(i), "Footnotes",
                 QStringLiteral("footnote%1").arg(i));
        }
        const Where either = Op::or_({Op::eq("name", "footnote0"), Op::eq("name", "footnote2")});
        QCOMPARE(secondPage(m.comment,
                            FindOptions().include(Include(m.post).required(true).include(
                                Include(m.footnote).where(either)))),
                 QStringList{"comment2"});
    }

    // findAndCountAll.test.js: "should be able to include a required model. Result rows should
    // match count"
    void countRequiredParanoid_data() { TestDatabases::addDialectRows(); }
    void countRequiredParanoid()
    {
        QSQ_OPEN_DIALECT(s);
        const auto paranoid = ModelOptions().paranoid();
        auto *user = s->define("User", {{"name", DataTypes::String(40)}}, paranoid);
        auto *connection = s->define("SomeConnection",
                                     {{"m", DataTypes::String(40)},
                                      {"fk", DataTypes::Integer()},
                                      {"u", DataTypes::Integer()}},
                                     paranoid);
        QList<ModelDefinition *> targets;
        for (const char *name : {"A", "B", "C"})
            targets.append(
                s->define(QString::fromLatin1(name), {{"name", DataTypes::String(40)}}, paranoid));
        user->hasMany(connection, AssociationOptions().foreignKey("u").constraints(false));
        connection->belongsTo(user, AssociationOptions().foreignKey("u").constraints(false));
        for (ModelDefinition *target : targets) {
            connection->belongsTo(target, AssociationOptions().foreignKey("fk").constraints(false));
            target->hasMany(connection, AssociationOptions().foreignKey("fk").constraints(false));
        }
        s->sync(SyncOptions().force());
        user->bulkCreate({{{"name", "Youtube"}},
                          {{"name", "Facebook"}},
                          {{"name", "Google"}},
                          {{"name", "Yahoo"}},
                          {{"name", "404"}}});
        QList<QVariantMap> connections;
        for (const char *m : {"A", "B", "C"}) {
            for (int u = 1; u <= 5; ++u)
                connections.append({{"u", u}, {"m", m}, {"fk", 1}});
        }
        const QList<std::array<QVariant, 3>> more
            = {{1, "A", 2}, {4, "A", 2}, {2, "A", 2}, {1, "A", 3}, {2, "A", 3},
               {3, "A", 3}, {2, "B", 2}, {1, "A", 4}, {4, "A", 2}};
        for (const auto &row : more)
            connections.append({{"u", row[0]}, {"m", row[1]}, {"fk", row[2]}});
        connection->bulkCreate(connections);
        targets.at(0)->bulkCreate({{{"name", "Just"}},
                                   {{"name", "for"}},
                                   {{"name", "testing"}},
                                   {{"name", "proposes"}},
                                   {{"name", "only"}}});
        targets.at(1)->bulkCreate({{{"name", "this should not"}}, {{"name", "be loaded"}}});
        targets.at(2)->bulkCreate({{{"name", "because we only want A"}}});
        connection->destroy(Where::fromMap({{"m", "A"}, {"u", 1}, {"fk", QVariantList{1, 2}}}));
        qint64 count = -1;
        const auto rows = targets.at(0)->findAndCountAll(
            FindOptions()
                .include(Include(connection).required(true).where({{"m", "A"}, {"u", 1}}))
                .limit(5),
            &count);
        QCOMPARE(count, qint64(2));
        QCOMPARE(rows.size(), 2);
    }

    // "should count on a where and not use an uneeded include"
    void countWhereWithInclude_data() { TestDatabases::addDialectRows(); }
    void countWhereWithInclude()
    {
        QSQ_OPEN_DIALECT(s);
        auto *project = s->define("Project", {{"project_name", DataTypes::String()}});
        auto *user = s->define("User", {{"user_name", DataTypes::String()}});
        user->hasMany(project);
        s->sync(SyncOptions().force());
        const auto u = user->create({});
        QVariantList keys;
        for (int i = 0; i < 3; ++i)
            keys.append(project->create({})->get("id"));
        u->setAssociated("Projects", keys);
        // As in v6's version of the case: distinct counts users; without it Sequelize v6 counts
        // the joined rows (COUNT("User"."id") over the LEFT JOIN), and so does this library.
        qint64 count = -1;
        const auto options = FindOptions().where({{"id", u->get("id")}}).include(Include(project));
        const auto rows = user->findAndCountAll(FindOptions(options).distinct(), &count);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->loadedTargets("Projects").size(), 3);
        QCOMPARE(count, qint64(1));
        user->findAndCountAll(options, &count);
        QCOMPARE(count, qint64(3));
    }

    // "should return the correct count and rows when using a required belongsTo and a limit",
    // "... with a where condition and a limit"
    void countRequiredWithLimit_data() { TestDatabases::addDialectRows(); }
    void countRequiredWithLimit()
    {
        QSQ_OPEN_DIALECT(s);
        auto *foo = s->define("Foo", {});
        auto *bar = s->define("Bar", {{"m", DataTypes::String(40)}});
        foo->hasMany(bar);
        bar->belongsTo(foo);
        s->sync(SyncOptions().force());
        foo->bulkCreate({{{"id", 1}}, {{"id", 2}}, {{"id", 3}}, {{"id", 4}}, {{"id", 5}}});
        bar->bulkCreate({{{"FooId", 2}}, {{"FooId", 3}}, {{"FooId", 4}}, {{"FooId", 5}}});
        const auto options = FindOptions().include(Include(bar).required(true)).limit(2);
        QCOMPARE(foo->findAll(options).size(), 2);
        qint64 count = -1;
        QCOMPARE(foo->findAndCountAll(options, &count).size(), 2);
        QCOMPARE(count, qint64(4));

        bar->destroy(Where(), DestroyOptions().truncate(true));
        bar->bulkCreate({{{"FooId", 1}, {"m", "yes"}},
                         {{"FooId", 1}, {"m", "yes"}},
                         {{"FooId", 1}, {"m", "no"}},
                         {{"FooId", 2}, {"m", "yes"}}});
        const auto rows = foo->findAndCountAll(
            FindOptions().include(Include(bar).where({{"m", "yes"}})).limit(1).distinct(), &count);
        QCOMPARE(count, qint64(2));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->get("id").toInt(), 1);
    }

    // "should properly work with sequelize.function"
    void countWithOrWhere_data() { TestDatabases::addDialectRows(); }
    void countWithOrWhere()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define(
            "User", {{"first_name", DataTypes::String()}, {"last_name", DataTypes::String()}});
        auto *project = s->define("Project", {{"name", DataTypes::String()}});
        user->hasMany(project);
        s->sync(SyncOptions().force());
        user->bulkCreate({{{"first_name", "user-fname-1"}, {"last_name", "user-lname-1"}},
                          {{"first_name", "user-fname-2"}, {"last_name", "user-lname-2"}},
                          {{"first_name", "user-xfname-1"}, {"last_name", "user-xlname-1"}}});
        project->bulkCreate({{{"name", "naam-satya"}, {"UserId", 1}},
                             {{"name", "guru-satya"}, {"UserId", 2}},
                             {{"name", "app-satya"}, {"UserId", 2}}});
        qint64 count = -1;
        const auto rows
            = user->findAndCountAll(FindOptions()
                                        .limit(1)
                                        .offset(1)
                                        .where(Op::or_({Op::like("first_name", "%user-fname%"),
                                                        Op::like("last_name", "%user-lname%")}))
                                        .include(Include(project).required(true).where(
                                            Op::in("name", {"naam-satya", "guru-satya"}))),
                                    &count);
        QCOMPARE(count, qint64(2));
        QCOMPARE(rows.size(), 1);
    }

    // "should correctly filter, limit and sort when multiple includes and types of associations
    // are present."
    void countSeveralIncludes_data() { TestDatabases::addDialectRows(); }
    void countSeveralIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *taskTag = s->define("TaskTag", {{"name", DataTypes::String()}});
        auto *tag = s->define("Tag", {{"name", DataTypes::String()}});
        auto *task = s->define("Task", {{"name", DataTypes::String()}});
        auto *project = s->define("Project", {{"m", DataTypes::String()}});
        auto *user = s->define("User", {{"name", DataTypes::String()}});
        project->belongsTo(user);
        task->belongsTo(project);
        task->belongsToMany(tag, AssociationOptions().through(taskTag));
        s->sync(SyncOptions().force());
        user->bulkCreate({{{"name", "user-name-1"}}, {{"name", "user-name-2"}}});
        project->bulkCreate({{{"m", "A"}, {"UserId", 1}}, {{"m", "A"}, {"UserId", 2}}});
        task->bulkCreate({{{"ProjectId", 1}, {"name", "Just"}},
                          {{"ProjectId", 1}, {"name", "for"}},
                          {{"ProjectId", 2}, {"name", "testing"}},
                          {{"ProjectId", 2}, {"name", "proposes"}}});
        qint64 count = -1;
        const auto rows = task->findAndCountAll(
            FindOptions()
                .limit(1)
                .offset(0)
                .order("id", Qt::DescendingOrder)
                .include(
                    Include(project)
                        .where(Op::and_({Op::eq("m", "A")}))
                        .include(Include(user).where(Op::and_({Op::eq("name", "user-name-2")}))))
                .include(Include(tag)),
            &count);
        QCOMPARE(count, qint64(2));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->get("name").toString(), "proposes");
    }
};

QTEST_GUILESS_MAIN(tst_IncludeLimit)
#include "tst_includelimit.moc"
