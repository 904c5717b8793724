// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize v6's test/integration/model/attributes.test.js on every dialect: a junction
// attribute's setter runs once through an association, an attribute read under an alias that
// is a method name elsewhere ("toString"), an attribute whose name has dots; and names a Qt
// object has of its own (objectName) as attributes and aliases.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_ModelAttributes : public QObject
{
    Q_OBJECT

private slots:
    // "should only be called once when used on a join model called with an association getter"
    void junctionSetterOnce_data() { TestDatabases::addDialectRows(); }
    void junctionSetterOnce()
    {
        QSQ_OPEN_DIALECT(sequelize);
        int calls = 0;
        ModelDefinition *student = sequelize->define(
            "student",
            {{"no", Attribute(DataTypes::Integer()).primaryKey()}, {"name", DataTypes::String()}},
            ModelOptions().tableName("student").timestamps(false));
        ModelDefinition *course = sequelize->define(
            "course",
            {{"no", Attribute(DataTypes::Integer()).primaryKey()}, {"name", DataTypes::String()}},
            ModelOptions().tableName("course").timestamps(false));
        ModelDefinition *score = sequelize->define(
            "score",
            {{"score", DataTypes::Integer()},
             {"test_value",
              Attribute(DataTypes::Integer()).set([&](Model &instance, const QVariant &v) {
                  ++calls;
                  instance.setDataValue("test_value", v.toInt() + 1);
              })}},
            ModelOptions().tableName("score").timestamps(false));
        student->belongsToMany(
            course, AssociationOptions().as("courses").through(score).foreignKey("StudentId"));
        course->belongsToMany(
            student, AssociationOptions().as("students").through(score).foreignKey("CourseId"));
        sequelize->sync(SyncOptions().force());
        const auto ryan = student->create({{"no", 1}, {"name", "ryan"}});
        const auto history = course->create({{"no", 100}, {"name", "history"}});
        ryan->addAssociated("courses", {QVariant::fromValue(history)},
                            SaveOptions().through({{"score", 98}, {"test_value", 1000}}));
        QCOMPARE(calls, 1);
        const auto row = score->findOne(FindOptions().where({{"StudentId", 1}, {"CourseId", 100}}));
        QVERIFY(row);
        QCOMPARE(row->get("test_value").toInt(), 1001);
        QCOMPARE(row->get("score").toInt(), 98);
        const auto built = student->build({{"no", 1}});
        const QList<QSharedPointer<Model>> courses
            = built->getAssociatedList("courses", FindOptions().where({{"no", 100}}));
        QCOMPARE(courses.size(), 1);
        QCOMPARE(courses.at(0)->get("name").toString(), QStringLiteral("history"));
        // The target carries its junction row under the junction model's name.
        QCOMPARE(courses.at(0)->get("score").toMap().value("test_value").toInt(), 1001);
        QCOMPARE(calls, 1); // reading rows back runs no setter
    }

    // "allows for an attribute to be called toString" (with and without an include).
    void aliasNamedLikeAMethod_data() { TestDatabases::addDialectRows(); }
    void aliasNamedLikeAMethod()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = sequelize->define(
            "person", {{"name", DataTypes::String()}, {"nick", DataTypes::String()}});
        ModelDefinition *computer
            = sequelize->define("computer", {{"hostname", DataTypes::String()}});
        person->hasMany(computer, AssociationOptions().as("computers"));
        sequelize->sync(SyncOptions().force());
        const auto jozef = person->create({{"name", "Jozef"}, {"nick", "Joe"}});
        jozef->createAssociated("computers", {{"hostname", "laptop"}});
        // An alias that is an attribute's name reads into that attribute: text into the
        // INTEGER id is an error (Sequelize, untyped, shows the text), never a silent 0.
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 person->findOne(FindOptions().attribute("name", "id")));
        // Likewise text that is no boolean read into a BOOLEAN attribute (it was false).
        ModelDefinition *flag = sequelize->define(
            "flag", {{"on", DataTypes::Boolean()}, {"label", DataTypes::String()}});
        flag->sync(SyncOptions().force());
        flag->create({{"on", true}, {"label", "Jozef"}});
        QCOMPARE(flag->findOne()->get("on").toBool(), true);
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            flag->findOne(FindOptions().attributes({"id"}).attribute("label", "on")));
        for (const QString &alias : {QStringLiteral("toString"), QStringLiteral("objectName"),
                                     QStringLiteral("destroyed"), QStringLiteral("nick")}) {
            const auto found = person->findOne(FindOptions()
                                                   .attributes({"nick"})
                                                   .attribute("name", alias)
                                                   .where({{"name", "Jozef"}}));
            QVERIFY(found);
            QVERIFY2(found->get(alias).toString() == QLatin1String("Jozef"), qPrintable(alias));
            if (alias != QLatin1String("nick"))
                QCOMPARE(found->get("nick").toString(), QStringLiteral("Joe"));
        }
        const auto all = person->findAll(FindOptions()
                                             .attributes({"id", "nick"})
                                             .attribute("name", "toString")
                                             .include(Include("computers"))
                                             .where({{"name", "Jozef"}}));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0)->get("toString").toString(), QStringLiteral("Jozef"));
        const QList<QSharedPointer<Model>> computers = all.at(0)->loadedTargets("computers");
        QCOMPARE(computers.size(), 1);
        QCOMPARE(computers.at(0)->get("hostname").toString(), QStringLiteral("laptop"));
    }

    // "allows for an attribute with dots" (a column named "foo.bar.baz"), written, found and
    // changed; and attributes named as a QObject's own properties.
    void dottedAndQtNames_data() { TestDatabases::addDialectRows(); }
    void dottedAndQtNames()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "user", {{"foo.bar.baz", DataTypes::Text()}, {"objectName", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        QVERIFY(user->findAll().isEmpty());
        const auto created = user->create({{"foo.bar.baz", "dotted"}, {"objectName", "named"}});
        QCOMPARE(created->get("foo.bar.baz").toString(), QStringLiteral("dotted"));
        QCOMPARE(created->get("objectName").toString(), QStringLiteral("named"));
        const auto found = user->findOne(FindOptions().where({{"foo.bar.baz", "dotted"}}));
        QVERIFY(found);
        QCOMPARE(found->get("objectName").toString(), QStringLiteral("named"));
        found->set("foo.bar.baz", "changed");
        found->save();
        QCOMPARE(user->count(FindOptions().where({{"foo.bar.baz", "changed"}})), 1);
        QCOMPARE(user->findAll(FindOptions().order("foo.bar.baz")).size(), 1);
        QCOMPARE(user->update({{"foo.bar.baz", "again"}}, Where({{"objectName", "named"}})), 1);
        QCOMPARE(user->findOne()->get("foo.bar.baz").toString(), QStringLiteral("again"));
    }
};

QTEST_GUILESS_MAIN(tst_ModelAttributes)
#include "tst_modelattributes.moc"
