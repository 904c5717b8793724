// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Association mixins given instances that have no key yet (built, not saved), on every dialect.
// The rows whose foreign key IS NULL belong to no one: an unsaved source has no targets to
// read, count or test (it counted and "had" every orphan row), and none to add or remove (add
// set the given targets' key to NULL). A target instance without its key is refused before
// any write (a belongsTo set unlinked the source, a belongsToMany set deleted the links and
// then failed); a hasOne set saves a new target, as Sequelize's. A to-many set given one
// target links it (it unlinked every target).

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_AssociationKeys : public QObject
{
    Q_OBJECT

    struct Models
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *task = nullptr;
        ModelDefinition *tag = nullptr;
        ModelDefinition *profile = nullptr;
    };
    static Models define(Sequelize *s)
    {
        const auto plain = ModelOptions().timestamps(false);
        Models m;
        m.user = s->define("User", {{"name", DataTypes::String()}}, plain);
        m.task = s->define("Task", {{"title", DataTypes::String()}}, plain);
        m.tag = s->define("Tag", {{"label", DataTypes::String()}}, plain);
        m.profile = s->define("Profile", {{"bio", DataTypes::String()}}, plain);
        m.user->hasMany(m.task);
        m.task->belongsTo(m.user);
        m.user->hasOne(m.profile);
        m.task->belongsToMany(m.tag, AssociationOptions().through("TaskTags"));
        m.tag->belongsToMany(m.task, AssociationOptions().through("TaskTags"));
        s->sync(SyncOptions().force());
        return m;
    }
    static QVariant instance(const QSharedPointer<Model> &model)
    {
        return Model::instanceVariant(model.data());
    }

private slots:
    void unsavedSource_data() { TestDatabases::addDialectRows(); }
    void unsavedSource()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto owner = m.user->create({{"name", "owner"}});
        const auto owned = m.task->create({{"title", "owned"}, {"UserId", owner->get("id")}});
        m.task->create({{"title", "orphan"}});
        m.profile->create({{"bio", "orphan"}});

        const auto unsaved = m.user->build({{"name", "new"}});
        QVERIFY(unsaved->getAssociatedList("Tasks").isEmpty());
        QCOMPARE(unsaved->countAssociated("Tasks"), qint64(0));
        QVERIFY(!unsaved->hasAssociated("Tasks", {2}));
        QVERIFY(unsaved->getAssociated("Profile").isNull());
        QVERIFY_THROWS_EXCEPTION(InstanceError,
                                 unsaved->addAssociated("Tasks", {owned->get("id")}));
        QVERIFY_THROWS_EXCEPTION(InstanceError,
                                 unsaved->removeAssociated("Tasks", {owned->get("id")}));
        QVERIFY_THROWS_EXCEPTION(InstanceError, unsaved->setAssociated("Tasks", QVariantList{2}));
        QCOMPARE(m.task->findByPk(owned->get("id"))->get("UserId"), owner->get("id"));

        const auto unsavedTask = m.task->build({{"title", "new"}});
        QVERIFY(unsavedTask->getAssociatedList("Tags").isEmpty());
        QCOMPARE(unsavedTask->countAssociated("Tags"), qint64(0));
        QVERIFY_THROWS_EXCEPTION(InstanceError, unsavedTask->addAssociated("Tags", {1}));
        QVERIFY_THROWS_EXCEPTION(InstanceError, unsavedTask->removeAssociated("Tags", {1}));
    }

    void unsavedTarget_data() { TestDatabases::addDialectRows(); }
    void unsavedTarget()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto owner = m.user->create({{"name", "owner"}});
        const auto task = m.task->create({{"title", "t"}, {"UserId", owner->get("id")}});
        const auto tag = m.tag->create({{"label", "g"}});
        task->addAssociated("Tags", {tag->get("id")});

        // belongsTo: the task keeps its user.
        QVERIFY_THROWS_EXCEPTION(InstanceError,
                                 task->setAssociated("User", instance(m.user->build({}))));
        QCOMPARE(m.task->findByPk(task->get("id"))->get("UserId"), owner->get("id"));
        // belongsToMany: the links stay, none is added.
        const auto newTag = m.tag->build({{"label", "new"}});
        QVERIFY_THROWS_EXCEPTION(InstanceError,
                                 task->setAssociated("Tags", QVariantList{instance(newTag)}));
        QVERIFY_THROWS_EXCEPTION(InstanceError, task->addAssociated("Tags", {instance(newTag)}));
        QVERIFY_THROWS_EXCEPTION(InstanceError, task->addAssociated("Tags", {QVariant()}));
        QVERIFY_THROWS_EXCEPTION(InstanceError, task->hasAssociated("Tags", {instance(newTag)}));
        QCOMPARE(task->countAssociated("Tags"), qint64(1));
        // hasMany: no target is unlinked or linked by NULL.
        const auto newTask = m.task->build({{"title", "new"}});
        QVERIFY_THROWS_EXCEPTION(InstanceError,
                                 owner->setAssociated("Tasks", QVariantList{instance(newTask)}));
        QVERIFY_THROWS_EXCEPTION(InstanceError, owner->addAssociated("Tasks", {instance(newTask)}));
        QVERIFY_THROWS_EXCEPTION(InstanceError,
                                 owner->removeAssociated("Tasks", {instance(newTask)}));
        QCOMPARE(owner->countAssociated("Tasks"), qint64(1));
        // hasOne: a new target is saved with the key, as Sequelize's set() saves it.
        owner->setAssociated("Profile", instance(m.profile->build({{"bio", "b"}})));
        QCOMPARE(owner->getAssociated("Profile")->get("bio").toString(), QStringLiteral("b"));
        QCOMPARE(m.profile->count(), qint64(1));
    }

    // Sequelize's set() takes one target as well as a list (toInstanceArray).
    void setOneTarget_data() { TestDatabases::addDialectRows(); }
    void setOneTarget()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto owner = m.user->create({{"name", "owner"}});
        const auto first = m.task->create({{"title", "first"}, {"UserId", owner->get("id")}});
        const auto second = m.task->create({{"title", "second"}});
        owner->setAssociated("Tasks", instance(second));
        QCOMPARE(owner->getAssociatedList("Tasks").size(), 1);
        QCOMPARE(owner->getAssociatedList("Tasks").first()->get("title").toString(), "second");
        owner->setAssociated("Tasks", first->get("id"));
        QCOMPARE(owner->getAssociatedList("Tasks").first()->get("title").toString(), "first");
        const auto tag = m.tag->create({{"label", "g"}});
        first->setAssociated("Tags", instance(tag));
        QCOMPARE(first->countAssociated("Tags"), qint64(1));
        // A QList of instances is a list of targets too.
        owner->setAssociated("Tasks",
                             QVariant::fromValue(QList<QSharedPointer<Model>>{first, second}));
        QCOMPARE(owner->countAssociated("Tasks"), qint64(2));
        owner->setAssociated("Tasks", QVariant()); // null: none
        QCOMPARE(owner->countAssociated("Tasks"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_AssociationKeys)
#include "tst_associationkeys.moc"
