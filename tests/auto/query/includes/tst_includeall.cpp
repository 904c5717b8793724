// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Include::all() (Sequelize's include: {all: true}), compared with Sequelize 6.37.8 on the three
// databases: each association's include carries the all-include's options (required(true)
// keeps only the rows that have every association, as Sequelize's; the options were dropped
// before, so every row came back), an include listed beside it keeps its own options, and
// all(true) (Sequelize's nested: true) includes the targets' associations too without going
// back to a model on the way.

#include <QtSequelize/AssociationOptions>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_IncludeAll : public QObject
{
    Q_OBJECT

    struct Models
    {
        ModelDefinition *group, *user, *task, *profile, *tag;
    };

    // Users u (group, profile, tasks t1 t2; t1 tagged x), v (group, task t3), w (profile).
    static Models define(Sequelize *s)
    {
        const ModelOptions plain = ModelOptions().timestamps(false);
        Models m{s->define("IaGroup", {{"name", DataTypes::String()}}, plain),
                 s->define("IaUser", {{"name", DataTypes::String()}}, plain),
                 s->define("IaTask", {{"title", DataTypes::String()}}, plain),
                 s->define("IaProfile", {{"bio", DataTypes::String()}}, plain),
                 s->define("IaTag", {{"label", DataTypes::String()}}, plain)};
        m.user->belongsTo(m.group, AssociationOptions().as("group").foreignKey("groupId"));
        m.group->hasMany(m.user, AssociationOptions().as("users").foreignKey("groupId"));
        m.user->hasMany(m.task, AssociationOptions().as("tasks").foreignKey("userId"));
        m.task->belongsTo(m.user, AssociationOptions().as("user").foreignKey("userId"));
        m.user->hasOne(m.profile, AssociationOptions().as("profile").foreignKey("userId"));
        m.task->belongsToMany(m.tag, AssociationOptions().as("tags").through("IaTaskTags"));
        s->sync(SyncOptions().force());
        m.group->create({{"name", "g"}});
        m.user->bulkCreate(
            {{{"name", "u"}, {"groupId", 1}}, {{"name", "v"}, {"groupId", 1}}, {{"name", "w"}}});
        m.task->bulkCreate({{{"title", "t1"}, {"userId", 1}},
                            {{"title", "t2"}, {"userId", 1}},
                            {{"title", "t3"}, {"userId", 2}}});
        m.profile->bulkCreate({{{"bio", "b"}, {"userId", 1}}, {{"bio", "c"}, {"userId", 3}}});
        m.tag->create({{"label", "x"}});
        m.task->findByPk(1)->addAssociated("tags", {1});
        return m;
    }

    static QStringList names(const QList<QSharedPointer<Model>> &rows)
    {
        QStringList result;
        for (const QSharedPointer<Model> &row : rows)
            result.append(row->get("name").toString());
        return result;
    }

private slots:
    void optionsCarried_data() { TestDatabases::addDialectRows(); }
    void optionsCarried()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        QCOMPARE(names(m.user->findAll(FindOptions().include(Include::all()).order("id"))),
                 QStringList({"u", "v", "w"}));
        QCOMPARE(names(m.user->findAll(
                     FindOptions().include(Include::all().required(true)).order("id"))),
                 QStringList{"u"});
        // Listed beside it: that include's own options (here a where, so required).
        const auto listed = m.user->findAll(FindOptions()
                                                .include(Include("tasks").where({{"title", "t3"}}))
                                                .include(Include::all())
                                                .order("id"));
        QCOMPARE(names(listed), QStringList{"v"});
        QCOMPARE(listed.first()->loadedTargets("tasks").size(), 1);
        QCOMPARE(listed.first()->loadedTargets("group").size(), 1);
        const auto byModel = m.user->findAll(FindOptions()
                                                 .include(Include::all())
                                                 .include(Include(m.task).where({{"title", "t3"}}))
                                                 .order("id"));
        QCOMPARE(names(byModel), QStringList{"v"});
    }

    void nested_data() { TestDatabases::addDialectRows(); }
    void nested()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto users = m.user->findAll(
            FindOptions().include(Include::all(true)).order("id").order("tasks.id"));
        QCOMPARE(names(users), QStringList({"u", "v", "w"}));
        const QJsonObject u = users.first()->toJSON();
        QCOMPARE(u.value("tasks").toArray().size(), 2);
        const QJsonObject t1 = u.value("tasks").toArray().first().toObject();
        QCOMPARE(t1.value("tags").toArray().size(), 1); // the task's tags, one level down
        QVERIFY(!t1.contains("user")); // not back to the user
        QVERIFY(!u.value("group").toObject().contains("users"));
        QCOMPARE(u.value("profile").toObject().value("bio").toString(), QString("b"));
        // From the group: its users, their tasks and profiles, the tasks' tags.
        const auto groups = m.group->findAll(FindOptions().include(Include::all(true)));
        const QJsonArray groupUsers = groups.first()->toJSON().value("users").toArray();
        QCOMPARE(groupUsers.size(), 2);
        QVERIFY(!groupUsers.first().toObject().contains("group"));
        QVERIFY(groupUsers.first().toObject().contains("tasks"));
        QVERIFY(groupUsers.first().toObject().contains("profile"));
    }

    // Sequelize's test/integration/model/findAll.test.js, "include all", step by step.
    void sequelizeIncludeAll_data() { TestDatabases::addDialectRows(); }
    void sequelizeIncludeAll()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *continent = s->define("continent", {{"name", DataTypes::String()}});
        ModelDefinition *country = s->define("country", {{"name", DataTypes::String()}});
        ModelDefinition *industry = s->define("industry", {{"name", DataTypes::String()}});
        ModelDefinition *person = s->define(
            "person", {{"name", DataTypes::String()}, {"lastName", DataTypes::String()}});
        continent->hasMany(country);
        country->belongsTo(continent);
        country->belongsToMany(industry, AssociationOptions().through("country_industry"));
        industry->belongsToMany(country, AssociationOptions().through("country_industry"));
        country->hasMany(person);
        person->belongsTo(country);
        country->hasMany(person,
                         AssociationOptions().as("residents").foreignKey("CountryResidentId"));
        person->belongsTo(
            country, AssociationOptions().as("CountryResident").foreignKey("CountryResidentId"));
        s->sync(SyncOptions().force());
        const auto europe = continent->create({{"name", "Europe"}});
        const auto england = country->create({{"name", "England"}});
        const auto coal = industry->create({{"name", "Coal"}});
        const auto bob = person->create({{"name", "Bob"}, {"lastName", "Becket"}});
        england->setAssociated("continent", europe->get("id"));
        england->addAssociated("industries", {coal->get("id")});
        bob->setAssociated("country", england->get("id"));
        bob->setAssociated("CountryResident", england->get("id"));

        // includes all associations
        QJsonObject c = country->findAll(FindOptions().include(Include::all())).first()->toJSON();
        QVERIFY(c.value("continent").isObject());
        QCOMPARE(c.value("industries").toArray().size(), 1);
        QCOMPARE(c.value("people").toArray().size(), 1);
        QCOMPARE(c.value("residents").toArray().size(), 1);
        // includes specific type of association
        c = country->findAll(FindOptions().include(Include::all(Include::BelongsTo)))
                .first()
                ->toJSON();
        QVERIFY(c.value("continent").isObject());
        QVERIFY(!c.contains("industries"));
        QVERIFY(!c.contains("people"));
        QVERIFY(!c.contains("residents"));
        // utilises specified attributes
        c = country
                ->findAll(
                    FindOptions().include(Include::all(Include::HasMany).attributes({"name"})))
                .first()
                ->toJSON();
        for (const char *many : {"people", "residents"}) {
            const QJsonObject first = c.value(many).toArray().first().toObject();
            QCOMPARE(first.value("name").toString(), QString("Bob"));
            QVERIFY(!first.contains("lastName"));
        }
        // is over-ruled by specified include
        c = country
                ->findAll(FindOptions()
                              .include(Include::all())
                              .include(Include(continent).attributes({"id"})))
                .first()
                ->toJSON();
        QVERIFY(c.value("continent").isObject());
        QVERIFY(!c.value("continent").toObject().contains("name"));
        // includes all nested associations
        const QJsonObject e
            = continent->findAll(FindOptions().include(Include::all(true))).first()->toJSON();
        const QJsonObject nested = e.value("countries").toArray().first().toObject();
        QVERIFY(nested.value("industries").isArray());
        QVERIFY(nested.value("people").isArray());
        QVERIFY(nested.value("residents").isArray());
        QVERIFY(!nested.contains("continent"));
    }

    // Sequelize's include: {all: 'BelongsTo'} and the other kinds (validTypes): only the
    // associations of those kinds; belongsToMany only with AllKinds. An include that cannot be
    // loaded (a model not associated, an unknown name, separate on a belongsTo) is an
    // EagerLoadingError, as there.
    void kinds_data() { TestDatabases::addDialectRows(); }
    void kinds()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto keysOf = [&](ModelDefinition *model, const Include &include) {
            const QJsonObject json
                = model->findOne(FindOptions().include(include).order("id"))->toJSON();
            QStringList keys;
            for (const QString &key : json.keys()) {
                if (json.value(key).isArray() || json.value(key).isObject()
                    || (json.value(key).isNull() && key == "profile"))
                    keys.append(key);
            }
            return keys;
        };
        QCOMPARE(keysOf(m.user, Include::all(Include::BelongsTo)), QStringList{"group"});
        QCOMPARE(keysOf(m.user, Include::all(Include::Has)), QStringList({"profile", "tasks"}));
        QCOMPARE(keysOf(m.user, Include::all(Include::One)), QStringList({"group", "profile"}));
        QCOMPARE(keysOf(m.user, Include::all(Include::HasMany | Include::HasOne)),
                 QStringList({"profile", "tasks"}));
        QCOMPARE(keysOf(m.task, Include::all(Include::Many)), QStringList{});
        QCOMPARE(keysOf(m.task, Include::all(Include::AllKinds)), QStringList({"tags", "user"}));
        QCOMPARE(keysOf(m.task, Include::all(Include::AssociationKinds())), QStringList{});
        // Nested: the kinds at every level (the users' tasks, not their profiles or tags).
        const QJsonObject group
            = m.group->findOne(FindOptions().include(Include::all(Include::HasMany, true)))
                  ->toJSON();
        const QJsonObject u = group.value("users").toArray().first().toObject();
        QVERIFY(u.contains("tasks"));
        QVERIFY(!u.contains("profile"));
        QVERIFY(!u.value("tasks").toArray().first().toObject().contains("tags"));
        // Not in Sequelize (whose kinds leave belongsToMany to 'All'): that kind alone.
        QCOMPARE(keysOf(m.task, Include::all(Include::BelongsToMany)), QStringList{"tags"});
        QVERIFY_THROWS_EXCEPTION(EagerLoadingError,
                                 m.group->findAll(FindOptions().include(Include(m.tag))));
        QVERIFY_THROWS_EXCEPTION(EagerLoadingError,
                                 m.group->findAll(FindOptions().include(Include("nope"))));
        QVERIFY_THROWS_EXCEPTION(
            EagerLoadingError,
            m.user->findAll(FindOptions().include(Include("group").separate(true))));
    }
};

QTEST_GUILESS_MAIN(tst_IncludeAll)
#include "tst_includeall.moc"
