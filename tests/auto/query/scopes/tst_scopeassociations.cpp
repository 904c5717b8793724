// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Scopes across associations, ported from Sequelize v6's
// test/integration/model/scope/associations.test.js on every dialect: the target's default scope
// in includes and in getters of every association kind, getters without it and with another
// scope, a scope whose include carries a scoped include, scopes with includes merged with a
// finder's include, and scopes that exclude attributes but keep foreign keys. Each slot names
// the `it(...)` it ports.

#include <QtCore/qjsonobject.h>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "scopemerecords.h"
#include "testdatabases.h"

using namespace QtSequelize;

class tst_ScopeAssociations : public QObject
{
    Q_OBJECT

    struct Models
    {
        ModelDefinition *scopeMe = nullptr;
        ModelDefinition *project = nullptr;
        ModelDefinition *company = nullptr;
        ModelDefinition *profile = nullptr;
    };
    // The file's beforeEach: five users of which dan, tobi, tony and fred work for company 1
    // (active) and bob for company 2 (not active); the default scope keeps access_level >= 5.
    static Models define(Sequelize *s)
    {
        Models m;
        m.scopeMe = s->define("ScopeMe",
                              {{"username", DataTypes::String()},
                               {"email", DataTypes::String()},
                               {"access_level", DataTypes::Integer()},
                               {"other_value", DataTypes::Integer()},
                               {"parent_id", DataTypes::Integer()}});
        m.project = s->define("project", {{"active", DataTypes::Boolean()}});
        m.company = s->define("company", {{"active", DataTypes::Boolean()}});
        m.profile = s->define("profile", {{"active", DataTypes::Boolean()}});
        m.scopeMe->addScope("defaultScope", FindOptions().where(Op::gte("access_level", 5)));
        m.scopeMe->addScope("isTony", FindOptions().where({{"username", "tony"}}));
        m.project->addScope("active", FindOptions().where({{"active", true}}));
        m.company->addScope("defaultScope", FindOptions().where({{"active", true}}));
        m.company->addScope("notActive", FindOptions().where({{"active", false}}));
        m.company->addScope("reversed", FindOptions().order("id", Qt::DescendingOrder));
        m.profile->addScope("defaultScope", FindOptions().where({{"active", true}}));
        m.profile->addScope("notActive", FindOptions().where({{"active", false}}));
        m.project->belongsToMany(m.company, AssociationOptions().through("CompanyProjects"));
        m.company->belongsToMany(m.project, AssociationOptions().through("CompanyProjects"));
        m.scopeMe->hasOne(m.profile, AssociationOptions().foreignKey("userId"));
        m.scopeMe->belongsTo(m.company);
        m.company->hasMany(m.scopeMe, AssociationOptions().as("users"));
        m.scopeMe->addScope(
            "includeActiveProjects",
            FindOptions().include(Include(m.company).include(Include(m.project).scope("active"))));
        s->sync(SyncOptions().force());
        const QList<QVariantMap> users
            = {{{"id", 1}, {"username", "dan"}, {"access_level", 5}, {"parent_id", 1}},
               {{"id", 2}, {"username", "tobi"}, {"access_level", 10}, {"parent_id", 2}},
               {{"id", 3}, {"username", "tony"}, {"access_level", 3}, {"parent_id", 1}},
               {{"id", 4}, {"username", "fred"}, {"access_level", 3}, {"parent_id", 1}},
               {{"id", 5}, {"username", "bob"}, {"access_level", 1}, {"parent_id", 5}}};
        for (const QVariantMap &u : users)
            m.scopeMe->create(u);
        const auto c1 = m.company->create({{"id", 1}, {"active", true}});
        const auto c2 = m.company->create({{"id", 2}, {"active", false}});
        c1->setAssociated("users", QVariantList{1, 2, 3, 4});
        c2->setAssociated("users", QVariantList{5});
        return m;
    }
    static QStringList usernames(const QList<QSharedPointer<Model>> &rows)
    {
        QStringList names;
        for (const auto &row : rows)
            names.append(row->get("username").toString());
        names.sort();
        return names;
    }

private slots:
    // include: "should scope columns properly", "should apply default scope when including an
    // associations"/"a model", "should be able to include a scoped model"
    void includes_data() { TestDatabases::addDialectRows(); }
    void includes()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        QCOMPARE(m.company->findAll(FindOptions().where({{"id", 1}}).include("users")).size(), 1);
        auto companies = m.company->findAll(FindOptions().include("users"));
        QCOMPARE(companies.size(), 1); // company 2 is not active
        QVERIFY(companies.first());
        QCOMPARE(usernames(companies.first()->loadedTargets("users")),
                 QStringList({"dan", "tobi"}));
        companies = m.company->findAll(FindOptions().include(Include(m.scopeMe)));
        QCOMPARE(companies.size(), 1);
        QCOMPARE(companies.first()->loadedTargets("users").size(), 2);
        companies = m.company->findAll(FindOptions().include(Include("users").scope("isTony")));
        QCOMPARE(companies.size(), 1);
        QCOMPARE(usernames(companies.first()->loadedTargets("users")), QStringList{"tony"});
    }

    // get: "it should be able to unscope", "it should apply default scope", "it should be able
    // to apply another scope", for hasMany, hasOne, belongsTo and belongsToMany
    void getters_data() { TestDatabases::addDialectRows(); }
    void getters()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto p = m.project->create({});
        p->setAssociated("companies", QVariantList{1, 2});
        const auto company = m.company->findByPk(1);
        QCOMPARE(company->getAssociatedList("users", FindOptions().unscoped()).size(), 4);
        QCOMPARE(company->getAssociatedList("users").size(), 2);
        QCOMPARE(usernames(company->getAssociatedList("users", FindOptions().scope("isTony"))),
                 QStringList{"tony"});

        const auto dan = m.scopeMe->findByPk(1);
        m.profile->create({{"active", false}, {"userId", 1}});
        QVERIFY(dan->getAssociated("profile", FindOptions().unscoped()));
        QVERIFY(!dan->getAssociated("profile"));
        QVERIFY(dan->getAssociated("profile", FindOptions().scope("notActive")));
        dan->getAssociated("profile", FindOptions().unscoped())->update({{"active", true}});
        QVERIFY(dan->getAssociated("profile"));
        QVERIFY(!dan->getAssociated("profile", FindOptions().scope("notActive")));

        const auto bob = m.scopeMe->findOne(FindOptions().unscoped().where({{"username", "bob"}}));
        QVERIFY(bob->getAssociated("company", FindOptions().unscoped()));
        QVERIFY(!bob->getAssociated("company"));
        QVERIFY(bob->getAssociated("company", FindOptions().scope("notActive")));

        const auto project = m.project->findAll().first();
        QCOMPARE(project->getAssociatedList("companies", FindOptions().unscoped()).size(), 2);
        const auto active = project->getAssociatedList("companies");
        QCOMPARE(active.size(), 1);
        QVERIFY(active.first()->get("active").toBool());
        const auto reversed
            = project->getAssociatedList("companies", FindOptions().scope("reversed"));
        QCOMPARE(reversed.size(), 2);
        QCOMPARE(reversed.at(0)->get("id").toInt(), 2);
        QCOMPARE(reversed.at(1)->get("id").toInt(), 1);
        QCOMPARE(project->countAssociated("companies"), qint64(1));
    }

    // A getter's where on an attribute the target's default scope also restricts: both hold, as
    // Sequelize writes the getter's where as {[Op.and]: [...]}, one key the scope's conditions
    // sit beside. Here the getter's condition replaced the scope's (the user with access_level 3
    // and the inactive company came back). has() reads without the target's scopes (Sequelize
    // passes scope: false): a linked target the default scope hides is still "associated".
    void getterWhereBesideScope_data() { TestDatabases::addDialectRows(); }
    void getterWhereBesideScope()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto company = m.company->findByPk(1);
        const FindOptions below10 = FindOptions().where(Op::lt("access_level", 10));
        QCOMPARE(usernames(company->getAssociatedList("users", below10)), QStringList{"dan"});
        QCOMPARE(company->countAssociated("users", below10), qint64(1));
        QCOMPARE(usernames(company->getAssociatedList("users", FindOptions(below10).unscoped())),
                 (QStringList{"dan", "fred", "tony"}));
        const auto project = m.project->create({});
        project->setAssociated("companies", QVariantList{1, 2});
        const FindOptions any = FindOptions().where(Op::in("active", {true, false}));
        QCOMPARE(project->getAssociatedList("companies", any).size(), 1);
        QCOMPARE(project->countAssociated("companies", any), qint64(1));
        QCOMPARE(m.scopeMe->findByPk(5, FindOptions().unscoped())
                     ->getAssociated("company", FindOptions().where({{"active", false}})),
                 QSharedPointer<Model>());
        // has(): without the target's scopes; the options' where still applies.
        QVERIFY(company->hasAssociated("users", {3, 4}));
        QVERIFY(
            !company->hasAssociated("users", {3}, FindOptions().where(Op::gt("access_level", 5))));
        QVERIFY(project->hasAssociated("companies", {2}));
        QVERIFY(!project->hasAssociated("companies", {2}, FindOptions().where({{"active", true}})));
    }

    // scope with includes: "should scope columns properly", "should apply scope conditions"
    void scopeWithScopedInclude_data() { TestDatabases::addDialectRows(); }
    void scopeWithScopedInclude()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto c = m.company->findByPk(1);
        m.project->create({{"id", 1}, {"active", true}});
        m.project->create({{"id", 2}, {"active", false}});
        c->setAssociated("projects", QVariantList{1, 2});
        // A named scope replaces the default one (no access_level filter); the company's default
        // scope (active) is a where, so the include is required and bob (company 2) is left out.
        QCOMPARE(usernames(m.scopeMe->findAll(FindOptions().scope("includeActiveProjects"))),
                 QStringList({"dan", "fred", "tobi", "tony"}));
        const auto user
            = m.scopeMe->findOne(FindOptions().scope("includeActiveProjects").where({{"id", 1}}));
        QVERIFY(user);
        QCOMPARE(user->loadedAssociation("company")->loadedTargets("projects").size(), 1);
    }

    // "with different format": "should not throw error"; "with find options": "should merge
    // includes correctly"
    void mergedIncludes_data() { TestDatabases::addDialectRows(); }
    void mergedIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *child = s->define("Child", {{"name", DataTypes::String()}});
        auto *parent = s->define("Parent", {{"name", DataTypes::String()}});
        parent->hasMany(child);
        parent->addScope("testScope1",
                         FindOptions().include(Include(child).where({{"name", "child2"}})));
        parent->addScope("children", FindOptions().include(Include(child)));
        parent->addScope("alsoChildren", FindOptions().include(Include(child)));
        s->sync(SyncOptions().force());
        parent->create({{"name", "parent1"}})->createAssociated("Children", {{"name", "child1"}});
        parent->create({{"name", "parent2"}})->createAssociated("Children", {{"name", "child2"}});
        QVERIFY(parent->findOne(FindOptions().scopes({"children", "alsoChildren"})));
        const auto found = parent->findOne(
            FindOptions().scope("testScope1").include(Include(child).excludeAttributes({"name"})));
        QVERIFY(found);
        QCOMPARE(found->get("name").toString(), "parent2");
        const auto children = found->loadedTargets("Children");
        QCOMPARE(children.size(), 1);
        QVERIFY(!children.first()->toJSON().contains("name"));
    }

    // scope with options: "should return correct object included foreign_key" (with a named
    // scope and with the default scope), "should not throw error"
    void excludedAttributesKeepKeys_data() { TestDatabases::addDialectRows(); }
    void excludedAttributesKeepKeys()
    {
        QSQ_OPEN_DIALECT(s);
        auto *child = s->define("Child", {{"secret", DataTypes::String()}});
        auto *parent = s->define("Parent", {});
        child->addScope("public", FindOptions().excludeAttributes({"secret"}));
        child->belongsTo(parent);
        parent->hasOne(child);
        auto *other = s->define("Other", {{"secret", DataTypes::String()}});
        other->addScope("defaultScope", FindOptions().excludeAttributes({"secret"}));
        other->belongsTo(parent);
        auto *clientfile = s->define("clientfile", {});
        auto *mission = s->define("mission", {{"secret", DataTypes::String()}});
        auto *building = s->define("building", {});
        clientfile->hasOne(mission);
        clientfile->hasOne(building);
        s->sync(SyncOptions().force());
        child->create({{"secret", "super secret"}});
        other->create({{"secret", "super secret"}});
        for (const auto &row : {child->findOne(FindOptions().scope("public")), other->findOne()}) {
            const QJsonObject json = row->toJSON();
            QVERIFY(json.contains("ParentId"));
            QVERIFY(!json.contains("secret"));
        }
        QVERIFY(clientfile
                    ->findAll(FindOptions()
                                  .include(Include("mission").where({{"secret", "foo"}}))
                                  .include(Include("building")))
                    .isEmpty());
    }

    // scope/find.test.js: "should be able to handle $and in scopes", "should not overwrite ...
    // with values from previous finds", "should have no problem performing findOrCreate",
    // "should work when included with default scope", "should work when association with a
    // virtual column queried with default scope"
    void scopeFinds_data() { TestDatabases::addDialectRows(); }
    void scopeFinds()
    {
        QSQ_OPEN_DIALECT(s);
        auto *me = s->define("ScopeMe",
                             {{"username", DataTypes::String()},
                              {"email", DataTypes::String()},
                              {"access_level", DataTypes::Integer()},
                              {"other_value", DataTypes::Integer()},
                              {"parent_id", DataTypes::Integer()}});
        me->addScope("defaultScope", FindOptions().where(Op::gte("access_level", 5)));
        me->addScope("highValue", FindOptions().where(Op::gte("other_value", 10)));
        me->addScope("andScope",
                     FindOptions().where(Op::and_(
                         {Op::like("email", "%@sequelizejs.com"), Op::eq("access_level", 3)})));
        auto *exclude
            = s->define("DefaultScopeExclude",
                        {{"name", DataTypes::String()},
                         {"other_value", Attribute(DataTypes::String()).field("otherValue")}});
        exclude->addScope("defaultScope", FindOptions().excludeAttributes({"name"}));
        me->hasMany(exclude);
        auto *game = s->define("Game", {{"name", DataTypes::Text()}});
        auto *player
            = s->define("Player",
                        {{"login", DataTypes::Text()},
                         {"session", Attribute(DataTypes::Virtual()).get([](const Model &) {
                              return QVariant(QStringLiteral("New"));
                          })}});
        player->addScope("defaultScope", FindOptions().excludeAttributes({"login"}));
        game->hasMany(player);
        s->sync(SyncOptions().force());
        me->bulkCreate(TestDatabases::scopeMeRecords(true));
        QCOMPARE(usernames(me->findAll()), QStringList({"dan", "tobi"}));
        QCOMPARE(usernames(me->findAll(FindOptions().scope("andScope"))), QStringList{"tony"});
        QCOMPARE(me->findAll(FindOptions().where({{"other_value", 10}})).size(), 1);
        QCOMPARE(me->findAll().size(), 2);
        QCOMPARE(me->findAll(FindOptions().scope("highValue").where({{"access_level", 10}})).size(),
                 1);
        QCOMPARE(me->findAll(FindOptions().scope("highValue")).size(), 2);
        bool created = false;
        const auto fake
            = me->findOrCreate(FindOptions().where({{"username", "fake"}}), {}, &created);
        QVERIFY(created);
        QCOMPARE(fake->get("username").toString(), "fake");
        const auto dan = me->findOne(FindOptions().where({{"username", "dan"}}));
        dan->createAssociated("DefaultScopeExcludes", {{"name", "hidden"}, {"other_value", "x"}});
        const auto withInclude
            = me->findOne(FindOptions().where({{"username", "dan"}}).include(Include(exclude)));
        const auto targets = withInclude->loadedTargets("DefaultScopeExcludes");
        QCOMPARE(targets.size(), 1);
        QVERIFY(!targets.first()->toJSON().contains("name"));
        QCOMPARE(targets.first()->get("other_value").toString(), "x");
        QVERIFY(game->findAll(FindOptions().include(Include(player))).isEmpty());
        game->create({{"name", "chess"}})->createAssociated("Players", {{"login", "me"}});
        const auto games = game->findAll(FindOptions().include(Include(player)));
        QCOMPARE(games.first()->loadedTargets("Players").size(), 1);
        QCOMPARE(games.first()->loadedTargets("Players").first()->get("session").toString(), "New");
    }
};

QTEST_GUILESS_MAIN(tst_ScopeAssociations)
#include "tst_scopeassociations.moc"
