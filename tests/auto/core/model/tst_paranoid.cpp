// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Paranoid models, ported from Sequelize v6's test/integration/model/paranoid.test.js, on every
// dialect: soft delete, count with paranoid(false), restore, with and without createdAt/updatedAt
// and with deletedAt in a column of its own name; soft-deleted targets of an include.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Paranoid : public QObject
{
    Q_OBJECT

private slots:
    void softDelete_data() { TestDatabases::addDialectRows(); }
    void softDelete()
    {
        QSQ_OPEN_DIALECT(sequelize);
        for (int variant = 0; variant < 2; ++variant) {
            Attributes attributes{
                {"ownerId", Attribute(DataTypes::Integer()).allowNull(false).field("owner_id")},
                {"name", DataTypes::String()}};
            ModelOptions options = ModelOptions().paranoid(true).timestamps(true);
            if (variant == 1) {
                attributes.append(
                    {"deletedAt",
                     Attribute(DataTypes::Date()).allowNull(true).field("deleted_at")});
                options.deletedAt("deletedAt").disableCreatedAt().disableUpdatedAt();
            }
            ModelDefinition *account = sequelize->define("Account", attributes, options);
            account->sync(SyncOptions().force());
            account->create({{"ownerId", 12}});
            account->create({{"ownerId", 13}});
            QCOMPARE(account->count(), qint64(2));
            QCOMPARE(account->destroy(Op::eq("ownerId", 12)), 1);
            QCOMPARE(account->count(), qint64(1));
            QCOMPARE(account->count(FindOptions().paranoid(false)), qint64(2));
            QVERIFY(!account->findOne(FindOptions().where({{"ownerId", 12}})));
            QVERIFY(account->findOne(FindOptions().where({{"ownerId", 12}}).paranoid(false)));
            // A second destroy of the same rows finds none.
            QCOMPARE(account->destroy(Op::eq("ownerId", 12)), 0);
            QCOMPARE(account->restore(Op::eq("ownerId", 12)), 1);
            QCOMPARE(account->count(), qint64(2));
            // force: the row is gone.
            QCOMPARE(account->destroy(Op::eq("ownerId", 13), DestroyOptions().force()), 1);
            QCOMPARE(account->count(FindOptions().paranoid(false)), qint64(1));
        }
    }

    void includedTargets_data() { TestDatabases::addDialectRows(); }
    void includedTargets()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"name", DataTypes::String()}});
        ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}},
                                                  ModelOptions().paranoid(true));
        user->hasMany(task);
        sequelize->sync(SyncOptions().force());
        const auto u = user->create({{"name", "u"}});
        u->createAssociated("Tasks", {{"title", "kept"}});
        u->createAssociated("Tasks", {{"title", "gone"}})->destroy();
        auto loaded = user->findOne(FindOptions().include("Tasks"));
        QCOMPARE(loaded->loadedTargets("Tasks").size(), 1);
        loaded = user->findOne(FindOptions().include(Include("Tasks").paranoid(false)));
        QCOMPARE(loaded->loadedTargets("Tasks").size(), 2);
        QCOMPARE(u->countAssociated("Tasks"), qint64(1));
        QCOMPARE(u->getAssociatedList("Tasks").size(), 1);
        // A required include whose only match is soft-deleted drops the source.
        QVERIFY(!user->findOne(FindOptions().include(Include("Tasks").where({{"title", "gone"}}))));
    }

    // A soft-deleted row of a paranoid junction links nothing, whichever way the association
    // is read: getter, count, include, and the joins of a required include or a $nested$
    // condition (which still matched through it).
    void paranoidJunction_data() { TestDatabases::addDialectRows(); }
    void paranoidJunction()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *student = sequelize->define("Student", {{"name", DataTypes::String()}});
        ModelDefinition *course = sequelize->define("Course", {{"title", DataTypes::String()}});
        ModelDefinition *enrollment = sequelize->define(
            "Enrollment", {{"grade", DataTypes::String()}}, ModelOptions().paranoid(true));
        student->belongsToMany(course, AssociationOptions().through(enrollment));
        sequelize->sync(SyncOptions().force());
        const auto ann = student->create({{"name", "ann"}});
        const auto math = course->create({{"title", "math"}});
        const auto bio = course->create({{"title", "bio"}});
        ann->addAssociated("Courses", {math->get("id"), bio->get("id")});
        enrollment->destroy(Where{{"CourseId", bio->get("id")}});
        QCOMPARE(enrollment->count(FindOptions().paranoid(false)), qint64(2));
        QCOMPARE(ann->countAssociated("Courses"), qint64(1));
        QCOMPARE(ann->getAssociatedList("Courses").size(), 1);
        QCOMPARE(
            student->findOne(FindOptions().include("Courses"))->loadedTargets("Courses").size(), 1);
        QCOMPARE(student->count(
                     FindOptions().include("Courses").where(Op::eq("$Courses.title$", "bio"))),
                 qint64(0));
        QVERIFY(!student->findOne(
            FindOptions().include(Include("Courses").where({{"title", "bio"}}).required(true))));
        QCOMPARE(student->findAllRaw(FindOptions().include("Courses")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Paranoid)
#include "tst_paranoid.moc"
