// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Attributes stored under other column names (field, underscored), on every dialect. A query
// may name such an attribute by its column, as Sequelize's SQL reads a name no attribute has as
// a column: {where: {full_name: 'ann'}}, order [['age_years']], attributes ['full_name'],
// group ['age_years'], max('age_years'), '$tasks.task_title$'. Compared step by step with
// Sequelize 6.37 on SQLite, PostgreSQL and MariaDB.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_ColumnNames : public QObject
{
    Q_OBJECT

    struct Schema
    {
        ModelDefinition *person = nullptr;
        ModelDefinition *task = nullptr;
    };

    static Schema define(Sequelize *sequelize)
    {
        Schema s;
        s.person = sequelize->define(
            "Person",
            {{"personId",
              Attribute(DataTypes::Integer()).primaryKey().autoIncrement().field("person_id")},
             {"fullName", Attribute(DataTypes::String()).field("full_name")},
             {"ageYears", Attribute(DataTypes::Integer()).field("age_years")},
             {"score", Attribute(DataTypes::Integer()).field("the_score").defaultValue(1)}},
            ModelOptions().tableName("cn_person").underscored(true).timestamps(false));
        s.task = sequelize->define(
            "Task",
            {{"taskTitle", Attribute(DataTypes::String()).field("task_title")},
             {"ownerRef", Attribute(DataTypes::Integer()).field("owner_ref")}},
            ModelOptions().tableName("cn_task").underscored(true).timestamps(false));
        s.person->hasMany(s.task, AssociationOptions().foreignKey("ownerRef").as("tasks"));
        s.task->belongsTo(s.person, AssociationOptions().foreignKey("ownerRef").as("owner"));
        sequelize->sync(SyncOptions().force());
        s.person->bulkCreate({{{"fullName", "ann"}, {"ageYears", 3}},
                              {{"fullName", "ben"}, {"ageYears", 1}},
                              {{"fullName", "cat"}, {"ageYears", 3}}});
        s.task->bulkCreate(
            {{{"taskTitle", "t1"}, {"ownerRef", 1}}, {{"taskTitle", "t2"}, {"ownerRef", 2}}});
        return s;
    }

    static QStringList names(const QList<QSharedPointer<Model>> &people)
    {
        QStringList result;
        for (const auto &p : people)
            result.append(p->get("fullName").toString());
        return result;
    }

private slots:
    void whereByColumn_data() { TestDatabases::addDialectRows(); }
    void whereByColumn()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema s = define(sequelize.get());
        QCOMPARE(names(s.person->findAll(FindOptions().where({{"full_name", "ann"}}))),
                 QStringList{"ann"});
        QCOMPARE(names(s.person->findAll(
                     FindOptions()
                         .where(Where::fromMap({{"age_years", QVariantMap{{"gt", 2}}}}))
                         .order("personId"))),
                 QStringList({"ann", "cat"}));
        QCOMPARE(s.person->count(FindOptions().where({{"age_years", 3}})), 2);
        // A name that is neither an attribute nor a column is still refused before any SQL.
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 s.person->findAll(FindOptions().where({{"nope", 1}})));
    }

    void orderAndGroupByColumn_data() { TestDatabases::addDialectRows(); }
    void orderAndGroupByColumn()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema s = define(sequelize.get());
        QCOMPARE(names(s.person->findAll(
                     FindOptions().order("age_years").order("full_name", Qt::DescendingOrder))),
                 QStringList({"ben", "cat", "ann"}));
        // Sequelize's rows carry the group key as it was given.
        const QList<QVariantMap> groups
            = s.person->countGrouped(FindOptions().group({"age_years"}).order("age_years"));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).value("age_years").toInt(), 1);
        QCOMPARE(groups.at(0).value("count").toInt(), 1);
        QCOMPARE(groups.at(1).value("age_years").toInt(), 3);
        QCOMPARE(groups.at(1).value("count").toInt(), 2);
        QCOMPARE(s.person->max("age_years").toInt(), 3);
        QCOMPARE(s.person->min("full_name").toString(), QString("ann"));
    }

    void attributeListByColumn_data() { TestDatabases::addDialectRows(); }
    void attributeListByColumn()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema s = define(sequelize.get());
        // As Sequelize: the value is read under the name given ({full_name: 'ann'}).
        const auto people
            = s.person->findAll(FindOptions().attributes({"full_name"}).order("personId"));
        QCOMPARE(people.size(), 3);
        QCOMPARE(people.at(0)->get("full_name").toString(), QString("ann"));
        QCOMPARE(people.at(0)->toJSON(), QJsonObject({{"full_name", "ann"}}));
        // Included attributes too, and raw rows keep the name given ("tasks.task_title").
        const auto withTasks = s.person->findAll(
            FindOptions().include(Include("tasks").attributes({"task_title"})).order("personId"));
        QCOMPARE(withTasks.at(0)->loadedTargets("tasks").at(0)->get("task_title").toString(),
                 QString("t1"));
        const QList<QVariantMap> raw = s.person->findAllRaw(
            FindOptions().include(Include("tasks").attributes({"task_title"})).order("personId"));
        QCOMPARE(raw.at(0).value("tasks.task_title").toString(), QString("t1"));
        const auto aliased = s.person->findAll(
            FindOptions().attribute("age_years", "yrs").order("personId", Qt::DescendingOrder));
        QCOMPARE(aliased.at(0)->get("yrs").toInt(), 3);
    }

    // In values, a key naming an attribute's column writes that attribute, where Sequelize drops
    // the value without a word (create({full_name: 'x'}) stored NULL); naming both the
    // attribute and its column is a DefinitionError.
    void valuesByColumn_data() { TestDatabases::addDialectRows(); }
    void valuesByColumn()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema s = define(sequelize.get());
        const auto made = s.person->create({{"full_name", "dan"}, {"age_years", 7}});
        QCOMPARE(made->get("fullName").toString(), QString("dan"));
        auto stored = s.person->findByPk(made->get("personId"));
        QCOMPARE(stored->get("fullName").toString(), QString("dan"));
        QCOMPARE(stored->get("ageYears").toInt(), 7);
        QCOMPARE(s.person->update({{"age_years", 8}}, Where({{"full_name", "dan"}})), 1);
        stored->update({{"full_name", "danny"}});
        stored = s.person->findByPk(made->get("personId"));
        QCOMPARE(stored->get("fullName").toString(), QString("danny"));
        QCOMPARE(stored->get("ageYears").toInt(), 8);
        // increment() amounts by column too (Sequelize's SQL uses the name as the column).
        QCOMPARE(s.person->increment({{"age_years", 2}}, Where({{"full_name", "danny"}})), 1);
        stored->increment("age_years", 1);
        QCOMPARE(s.person->findByPk(made->get("personId"))->get("ageYears").toInt(), 11);
        const auto bulk
            = s.person->bulkCreate({{{"full_name", "eve"}, {"ageYears", 9}, {"the_score", 5}}});
        QCOMPARE(s.person->findByPk(bulk.at(0)->get("personId"))->get("fullName").toString(),
                 QString("eve"));
        // Given by its column, a value is no longer taken for missing: the default stays out.
        QCOMPARE(s.person->findByPk(bulk.at(0)->get("personId"))->get("score").toInt(), 5);
        // updateOnDuplicate names a column too (Sequelize passes a name no attribute has on).
        s.person->bulkCreate(
            {{{"personId", bulk.at(0)->get("personId")}, {"fullName", "eve"}, {"ageYears", 10}}},
            BulkCreateOptions().updateOnDuplicate({"age_years"}));
        QCOMPARE(s.person->findByPk(bulk.at(0)->get("personId"))->get("ageYears").toInt(), 10);
        s.person->upsert({{"personId", bulk.at(0)->get("personId")}, {"full_name", "eva"}});
        QCOMPARE(s.person->findByPk(bulk.at(0)->get("personId"))->get("fullName").toString(),
                 QString("eva"));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 s.person->create({{"full_name", "a"}, {"fullName", "b"}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 s.person->bulkCreate({{{"full_name", "a"}, {"fullName", "b"}}}));
        QCOMPARE(s.person->count(), qint64(5));
    }

    void nestedWhereByColumn_data() { TestDatabases::addDialectRows(); }
    void nestedWhereByColumn()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema s = define(sequelize.get());
        QCOMPARE(
            names(s.person->findAll(
                FindOptions().where({{"$tasks.task_title$", "t2"}}).include(Include("tasks")))),
            QStringList{"ben"});
        QCOMPARE(names(s.person->findAll(
                     FindOptions().where({{"$tasks.taskTitle$", "t2"}}).include(Include("tasks")))),
                 QStringList{"ben"});
        const auto tasks = s.task->findAll(
            FindOptions()
                .include(Include("owner").where(Where::fromMap({{"full_name", "ann"}})))
                .order("owner.age_years"));
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.at(0)->get("taskTitle").toString(), QString("t1"));
    }
};

QTEST_GUILESS_MAIN(tst_ColumnNames)
#include "tst_columnnames.moc"
