// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A model associated with itself, ported from Sequelize v6's
// test/integration/associations/self.test.js on every dialect: belongsTo with an alias on a
// frozen, underscored table, hasMany children, belongsToMany parents and children through a
// junction made by the associations and through one declared with its own keys, read by
// getters and includes. Each slot names the `it(...)` it ports.

#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_SelfAssociation : public QObject
{
    Q_OBJECT

    static QStringList names(const QList<QSharedPointer<Model>> &people)
    {
        QStringList list;
        for (const auto &p : people)
            list.append(p->get("name").toString());
        list.sort();
        return list;
    }

private slots:
    // "supports freezeTableName"
    void freezeTableName_data() { TestDatabases::addDialectRows(); }
    void freezeTableName()
    {
        QSQ_OPEN_DIALECT(s);
        auto *group = s->define("Group", {{"name", DataTypes::String()}},
                                ModelOptions()
                                    .tableName("user_group")
                                    .timestamps(false)
                                    .underscored()
                                    .freezeTableName());
        group->belongsTo(group, AssociationOptions().as("Parent").foreignKey("parent_id"));
        s->sync(SyncOptions().force());
        QVERIFY(group->findAll(FindOptions().include(Include("Parent"))).isEmpty());
        // Beyond the original: a parent, a child, and the child's parent by include, by getter
        // and by a required include with a where on the parent.
        const auto root = group->create({{"name", "root"}});
        const auto leaf = group->create({{"name", "leaf"}, {"parent_id", root->get("id")}});
        const auto found = group->findAll(FindOptions().include(Include("Parent")).order("id"));
        QCOMPARE(found.size(), 2);
        QVERIFY(!found.at(0)->loadedAssociation("Parent"));
        QCOMPARE(found.at(1)->loadedAssociation("Parent")->get("name").toString(), "root");
        QCOMPARE(leaf->getAssociated("Parent")->get("name").toString(), "root");
        const auto children
            = group->findAll(FindOptions().include(Include("Parent").where({{"name", "root"}})));
        QCOMPARE(children.size(), 1);
        QCOMPARE(children.first()->get("name").toString(), "leaf");
    }

    // "can handle 1:m associations"
    void oneToMany_data() { TestDatabases::addDialectRows(); }
    void oneToMany()
    {
        QSQ_OPEN_DIALECT(s);
        auto *person = s->define("Person", {{"name", DataTypes::String()}});
        person->hasMany(person, AssociationOptions().as("Children").foreignKey("parent_id"));
        QVERIFY(person->attributeNames().contains("parent_id"));
        s->sync(SyncOptions().force());
        const auto mary = person->create({{"name", "Mary"}});
        const auto john = person->create({{"name", "John"}});
        const auto chris = person->create({{"name", "Chris"}});
        mary->setAssociated("Children", QVariantList{john->get("id"), chris->get("id")});
        QCOMPARE(names(mary->getAssociatedList("Children")), QStringList({"Chris", "John"}));
        const auto withChildren
            = person->findAll(FindOptions().include(Include("Children").required(true)));
        QCOMPARE(withChildren.size(), 1);
        QCOMPARE(names(withChildren.first()->loadedTargets("Children")),
                 QStringList({"Chris", "John"}));
        QCOMPARE(person->count(FindOptions().where({{"parent_id", mary->get("id")}})), qint64(2));
    }

    // "can handle n:m associations"
    void manyToMany_data() { TestDatabases::addDialectRows(); }
    void manyToMany()
    {
        QSQ_OPEN_DIALECT(s);
        auto *person = s->define("Person", {{"name", DataTypes::String()}});
        person->belongsToMany(
            person,
            AssociationOptions().as("Parents").through("Family").foreignKey("ChildId").otherKey(
                "PersonId"));
        person->belongsToMany(person,
                              AssociationOptions()
                                  .as("Childs")
                                  .through("Family")
                                  .foreignKey("PersonId")
                                  .otherKey("ChildId"));
        QStringList columns = s->model("Family")->attributeNames();
        columns.sort();
        QCOMPARE(columns, QStringList({"ChildId", "PersonId", "createdAt", "updatedAt"}));
        s->sync(SyncOptions().force());
        const auto mary = person->create({{"name", "Mary"}});
        const auto john = person->create({{"name", "John"}});
        const auto chris = person->create({{"name", "Chris"}});
        mary->setAssociated("Parents", QVariantList{john->get("id")});
        chris->addAssociated("Parents", {john->get("id")});
        QCOMPARE(names(john->getAssociatedList("Childs")), QStringList({"Chris", "Mary"}));
        QCOMPARE(names(mary->getAssociatedList("Parents")), QStringList{"John"});
        const auto found = person->findAll(
            FindOptions().include(Include("Childs")).include(Include("Parents")).order("id"));
        QCOMPARE(found.size(), 3);
        QCOMPARE(names(found.at(1)->loadedTargets("Childs")), QStringList({"Chris", "Mary"}));
        QCOMPARE(names(found.at(0)->loadedTargets("Parents")), QStringList{"John"});
        QCOMPARE(names(found.at(2)->loadedTargets("Parents")), QStringList{"John"});
        QCOMPARE(found.at(1)->loadedTargets("Parents").size(), 0);
    }

    // "can handle n:m associations with pre-defined through table"
    void manyToManyDeclaredJunction_data() { TestDatabases::addDialectRows(); }
    void manyToManyDeclaredJunction()
    {
        QSQ_OPEN_DIALECT(s);
        auto *person = s->define("Person", {{"name", DataTypes::String()}});
        auto *family
            = s->define("Family",
                        {{"preexisting_child", Attribute(DataTypes::Integer()).primaryKey()},
                         {"preexisting_parent", Attribute(DataTypes::Integer()).primaryKey()}},
                        ModelOptions().timestamps(false));
        person->belongsToMany(person,
                              AssociationOptions()
                                  .as("Parents")
                                  .through(family)
                                  .foreignKey("preexisting_child")
                                  .otherKey("preexisting_parent"));
        person->belongsToMany(person,
                              AssociationOptions()
                                  .as("Children")
                                  .through(family)
                                  .foreignKey("preexisting_parent")
                                  .otherKey("preexisting_child"));
        QStringList columns = family->attributeNames();
        columns.sort();
        QCOMPARE(columns, QStringList({"preexisting_child", "preexisting_parent"}));
        s->sync(SyncOptions().force());
        const auto mary = person->create({{"name", "Mary"}});
        const auto john = person->create({{"name", "John"}});
        const auto chris = person->create({{"name", "Chris"}});
        QStringList inserts;
        QObject::connect(s.get(), &Sequelize::queryExecuted, [&](const QString &sql) {
            if (sql.startsWith(QLatin1String("INSERT")))
                inserts.append(sql);
        });
        mary->setAssociated("Parents", QVariantList{john->get("id")});
        mary->addAssociated("Parents", {chris->get("id")});
        QCOMPARE(inserts.size(), 2);
        for (const QString &sql : inserts) {
            QVERIFY(sql.contains(QLatin1String("preexisting_child")));
            QVERIFY(sql.contains(QLatin1String("preexisting_parent")));
        }
        QCOMPARE(names(john->getAssociatedList("Children")), QStringList{"Mary"});
        QCOMPARE(names(mary->getAssociatedList("Parents")), QStringList({"Chris", "John"}));
        QCOMPARE(family->count(), qint64(2));
    }
};

QTEST_GUILESS_MAIN(tst_SelfAssociation)
#include "tst_selfassociation.moc"
