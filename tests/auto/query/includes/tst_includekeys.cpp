// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Includes whose parents or targets leave out the keys they join on, on every dialect: by
// excludeAttributes() (as Sequelize's attributes: {exclude: ['id']}), by an attribute list
// without them, or by computed attributes only. The keys are read all the same and not shown;
// with excludeAttributes the targets were matched to no parent (every list came back empty,
// every single association null) without an error. Sequelize adds the primary key back.
// An instance read without its primary key cannot be written back: save, update, increment,
// reload and destroy are an InstanceError (they matched no row and reported success).

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_IncludeKeys : public QObject
{
    Q_OBJECT

    struct Models
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *task = nullptr;
        ModelDefinition *profile = nullptr;
        ModelDefinition *tag = nullptr;
    };
    static Models define(Sequelize *s)
    {
        const auto plain = ModelOptions().timestamps(false);
        Models m;
        m.user = s->define("User", {{"name", DataTypes::String()}}, plain);
        m.task = s->define("Task", {{"title", DataTypes::String()}}, plain);
        m.profile = s->define("Profile", {{"bio", DataTypes::String()}}, plain);
        m.tag = s->define("Tag", {{"label", DataTypes::String()}}, plain);
        m.user->hasMany(m.task, AssociationOptions().as("tasks"));
        m.task->belongsTo(m.user, AssociationOptions().as("owner").foreignKey("UserId"));
        m.user->hasOne(m.profile, AssociationOptions().as("profile"));
        m.task->belongsToMany(m.tag, AssociationOptions().as("tags").through("TaskTags"));
        s->sync(SyncOptions().force());
        m.user->bulkCreate({{{"name", "ann"}}, {{"name", "bob"}}});
        m.task->bulkCreate({{{"title", "t1"}, {"UserId", 1}},
                            {{"title", "t2"}, {"UserId", 1}},
                            {{"title", "t3"}, {"UserId", 2}}});
        m.profile->bulkCreate({{{"bio", "ann's"}, {"UserId", 1}}});
        m.tag->bulkCreate({{{"label", "red"}}});
        m.task->findByPk(1)->addAssociated("tags", {1});
        return m;
    }

private slots:
    void toMany_data() { TestDatabases::addDialectRows(); }
    void toMany()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const QList<FindOptions> parents{
            FindOptions().excludeAttributes({"id"}),
            FindOptions().attributes({"name"}),
            FindOptions().attribute("name", "who"),
        };
        const QList<Include> targets{
            Include("tasks").excludeAttributes({"id", "UserId"}),
            Include("tasks").attributes({"title"}),
            Include("tasks"),
        };
        for (const FindOptions &parent : parents) {
            for (qsizetype t = 0; t < targets.size(); ++t) {
                const Include &target = targets.at(t);
                const auto users = m.user->findAll(FindOptions(parent).include(target).include(
                    Include("profile").excludeAttributes({"id", "UserId"})));
                QCOMPARE(users.size(), 2);
                QMap<int, int> sizes;
                for (const auto &user : users) {
                    const QJsonObject json = user->toJSON();
                    QVERIFY(!json.contains("id")); // read, not shown
                    sizes[json.value("tasks").toArray().size()]++;
                    if (json.value("tasks").toArray().size() == 2 && t < 2) {
                        QCOMPARE(json.value("profile").toObject().value("bio").toString(),
                                 QStringLiteral("ann's"));
                        QVERIFY(
                            !json.value("tasks").toArray().first().toObject().contains("UserId"));
                    }
                }
                QCOMPARE(sizes, (QMap<int, int>{{1, 1}, {2, 1}}));
            }
        }
    }

    void toOne_data() { TestDatabases::addDialectRows(); }
    void toOne()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto tasks = m.task->findAll(FindOptions()
                                               .excludeAttributes({"UserId"})
                                               .include(Include("owner").excludeAttributes({"id"}))
                                               .include(Include("tags").excludeAttributes({"id"}))
                                               .order("title"));
        QCOMPARE(tasks.size(), 3);
        QStringList owners;
        for (const auto &task : tasks) {
            const QJsonObject json = task->toJSON();
            QVERIFY(!json.contains("UserId"));
            owners.append(json.value("owner").toObject().value("name").toString());
        }
        QCOMPARE(owners, (QStringList{"ann", "ann", "bob"}));
        QCOMPARE(tasks.first()->toJSON().value("tags").toArray().size(), 1);
        QCOMPARE(tasks.first()->toJSON().value("tags").toArray().first().toObject().value("label"),
                 QJsonValue("red"));
    }

    void instanceWithoutKey_data() { TestDatabases::addDialectRows(); }
    void instanceWithoutKey()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        for (const FindOptions &options :
             {FindOptions().attributes({"name"}), FindOptions().excludeAttributes({"id"})}) {
            const auto user = m.user->findOne(FindOptions(options).order("name"));
            QVERIFY(user);
            user->set("name", "changed");
            QVERIFY_THROWS_EXCEPTION(InstanceError, user->save());
            QVERIFY_THROWS_EXCEPTION(InstanceError, user->update({{"name", "other"}}));
            QVERIFY_THROWS_EXCEPTION(InstanceError, user->reload());
            QVERIFY_THROWS_EXCEPTION(InstanceError, user->destroy());
        }
        const auto task = m.task->findOne(FindOptions().attributes({"title"}).order("title"));
        QVERIFY_THROWS_EXCEPTION(InstanceError, task->increment("UserId", 1));
        // Its association mixins too (they read no targets, as for an unsaved instance);
        // a key the find read for an include but hides is the instance's all the same.
        const auto bare = m.user->findOne(FindOptions().attributes({"name"}).order("name"));
        QVERIFY_THROWS_EXCEPTION(InstanceError, bare->getAssociatedList("tasks"));
        QVERIFY_THROWS_EXCEPTION(InstanceError, bare->countAssociated("tasks"));
        QVERIFY_THROWS_EXCEPTION(InstanceError, bare->addAssociated("tasks", {3}));
        QVERIFY_THROWS_EXCEPTION(InstanceError, task->getAssociated("owner"));
        const auto withTasks = m.user->findOne(
            FindOptions().attributes({"name"}).include(Include("tasks")).order("name"));
        QCOMPARE(withTasks->getAssociatedList("tasks").size(), 2);
        QCOMPARE(withTasks->countAssociated("tasks"), qint64(2));
        QCOMPARE(TestDatabases::valuesOf(m.user->findAll(FindOptions().order("id")), "name"),
                 (QStringList{"ann", "bob"}));
        QCOMPARE(m.task->findByPk(1)->get("UserId").toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_IncludeKeys)
#include "tst_includekeys.moc"
