// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Scopes, ported from Sequelize v6's test/integration/model/scope/*.test.js on every dialect:
// the default scope and named scopes in finders, count, aggregate, findAndCountAll, static
// update and destroy; how scopes merge with each other and with a query's options (where by
// attribute, attribute lists and order by union, includes of one association merged); scopes of
// included models and of association getters.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "scopemerecords.h"
#include "testdatabases.h"

using namespace QtSequelize;

class tst_Scopes : public QObject
{
    Q_OBJECT

    static QVariant instance(const QSharedPointer<Model> &model)
    {
        return Model::instanceVariant(model.data());
    }

    static QStringList usernames(const QList<QSharedPointer<Model>> &rows)
    {
        QStringList names;
        for (const auto &row : rows)
            names.append(row->get("username").toString());
        names.sort();
        return names;
    }

    // The ScopeMe model of Sequelize's scope tests with its four (or five) users.
    static ModelDefinition *scopeMe(Sequelize *sequelize, bool withParent = true)
    {
        QVariantMap none;
        QList<QPair<QString, Attribute>> attributes{{"username", DataTypes::String()},
                                                    {"email", DataTypes::String()},
                                                    {"access_level", DataTypes::Integer()},
                                                    {"other_value", DataTypes::Integer()}};
        if (withParent)
            attributes.append({"parent_id", DataTypes::Integer()});
        ModelDefinition *model = sequelize->define("ScopeMe", attributes);
        model->addScope("defaultScope", FindOptions().where(Op::gte("access_level", 5)));
        model->addScope("lowAccess", FindOptions().where(Op::lte("access_level", 5)));
        model->addScope("highValue", FindOptions().where(Op::gte("other_value", 10)));
        model->addScope("withOrder", FindOptions().order("username"));
        model->addScope("andScope",
                        FindOptions().where(Op::and_(
                            {Op::like("email", "%@sequelizejs.com"), Op::eq("access_level", 3)})));
        return model;
    }

    static void seed(ModelDefinition *model, bool withParent = true)
    {
        model->bulkCreate(TestDatabases::scopeMeRecords(withParent));
    }

private slots:
    // A default scope given as a function applies as one given as options: it was skipped
    // when the model had no scope given as options. An instance's increment keeps to it.
    void defaultScopeFunction_data() { TestDatabases::addDialectRows(); }
    void defaultScopeFunction()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *model = sequelize->define(
            "Counter", {{"name", DataTypes::String()}, {"hits", DataTypes::Integer()}});
        model->addScope("defaultScope", [](const QVariantList &) {
            return FindOptions().where(Op::lt("hits", 10));
        });
        model->sync(SyncOptions().force());
        model->bulkCreate({{{"name", "low"}, {"hits", 1}}, {{"name", "high"}, {"hits", 50}}});
        QCOMPARE(model->count(), 1);
        QCOMPARE(model->count(FindOptions().unscoped()), 2);
        QCOMPARE(model->findAll().first()->get("name").toString(), "low");
        QCOMPARE(model->update({{"name", "x"}}, Where()), 1);
        const auto high = model->findOne(FindOptions().unscoped().where({{"hits", 50}}));
        QCOMPARE(high->get("name").toString(), "high");
        // The static increment keeps to the scope; the instance's reads the row back.
        QCOMPARE(model->increment({{"hits", 1}}, Where()), 1);
        high->increment(QVariantMap{{"hits", 1}});
        QCOMPARE(high->get("hits").toInt(), 50);
        const auto low = model->findOne();
        low->increment(QVariantMap{{"hits", 5}});
        QCOMPARE(low->get("hits").toInt(), 7);
        low->increment(QVariantMap{{"hits", 5}});
        QCOMPARE(low->get("hits").toInt(), 12);
        low->increment(QVariantMap{{"hits", 5}});
        QCOMPARE(low->get("hits").toInt(), 12); // out of the scope now: not incremented
    }

    // find.test.js
    void find_data() { TestDatabases::addDialectRows(); }
    void find()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *model = scopeMe(sequelize.get());
        model->addScope("parent2", FindOptions().where({{"parent_id", 2}}));
        model->addScope("parent1", FindOptions().where({{"parent_id", 1}}));
        sequelize->sync(SyncOptions().force());
        seed(model);
        QCOMPARE(usernames(model->findAll(FindOptions().scopes({"parent2"}))), QStringList{"tobi"});
        QCOMPARE(usernames(model->findAll(
                     FindOptions().scopes({"parent1"}).where({{"access_level", 3}}))),
                 (QStringList{"fred", "tony"}));
        QCOMPARE(usernames(model->findAll()), (QStringList{"dan", "tobi"}));
        QCOMPARE(usernames(model->findAll(FindOptions().scopes({"andScope"}))),
                 QStringList{"tony"});
        // A query's where does not stay in the scope.
        QCOMPARE(model->findAll(FindOptions().where({{"other_value", 10}})).size(), 1);
        QCOMPARE(model->findAll().size(), 2);
        QCOMPARE(model->findAll(FindOptions().scopes({"highValue"}).where({{"access_level", 10}}))
                     .size(),
                 1);
        QCOMPARE(model->findAll(FindOptions().scopes({"highValue"})).size(), 2);
        bool created = false;
        const auto user
            = model->findOrCreate(FindOptions().where({{"username", "fake"}}), {}, &created);
        QVERIFY(created);
        QCOMPARE(user->get("username").toString(), QStringLiteral("fake"));
    }

    // scope.test.js: attribute lists of two scopes united; Op::or_/Op::and_ and an expression
    // condition in scopes.
    void operatorsInScopes_data() { TestDatabases::addDialectRows(); }
    void operatorsInScopes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *model = scopeMe(sequelize.get(), false);
        model->addScope("defaultScope", FindOptions());
        model->addScope("lowAccess",
                        FindOptions()
                            .attributes({"other_value", "access_level"})
                            .where(Op::lte("access_level", 5)));
        model->addScope("withName", FindOptions().attributes({"username"}));
        model->addScope(
            "highAccess",
            FindOptions().where(Op::or_({Op::gte("access_level", 5), Op::eq("access_level", 10)})));
        model->addScope("lessThanFour", FindOptions().where(Op::and_({Op::lt("access_level", 4)})));
        model->addScope(
            "issue8473",
            FindOptions().where(Op::or_({Op::eq("access_level", 3), Op::eq("other_value", 10)})
                                && Op::eq("access_level", 5)));
        model->addScope(
            "like_t",
            FindOptions().where(
                Where(Sequelize::fn("LOWER", {Sequelize::col("username")}), Where::Like, "%t%")));
        sequelize->sync(SyncOptions().force());
        seed(model, false);
        const auto record = model->findOne(FindOptions().scopes({"lowAccess", "withName"}));
        QVERIFY(record->get("other_value").isValid() && !record->get("other_value").isNull());
        QVERIFY(!record->get("username").isNull());
        QVERIFY(!record->get("access_level").isNull());
        QVERIFY(record->get("email").isNull());
        QCOMPARE(model->findOne(FindOptions().scopes({"highAccess"}).order("id"))
                     ->get("username")
                     .toString(),
                 QStringLiteral("tobi"));
        const auto lessThanFour = model->findAll(FindOptions().scopes({"lessThanFour"}));
        QCOMPARE(lessThanFour.size(), 2);
        QCOMPARE(lessThanFour.at(0)->get("access_level").toInt(), 3);
        QCOMPARE(lessThanFour.at(1)->get("access_level").toInt(), 3);
        QCOMPARE(model->findAll(FindOptions().scopes({"lessThanFour"}).where(Where())).size(), 2);
        const auto issue8473 = model->findAll(FindOptions().scopes({"issue8473"}));
        QCOMPARE(issue8473.size(), 1);
        QCOMPARE(issue8473.first()->get("access_level").toInt(), 5);
        QCOMPARE(issue8473.first()->get("other_value").toInt(), 10);
        QCOMPARE(model->findAll(FindOptions().scopes({"like_t"})).size(), 2);
    }

    // Several conditions on one attribute in one scope all apply (only a later layer's
    // condition on that attribute replaces them).
    void sameAttributeTwice_data() { TestDatabases::addDialectRows(); }
    void sameAttributeTwice()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *model = scopeMe(sequelize.get());
        model->addScope("middle",
                        FindOptions().where(
                            Op::and_({Op::gte("access_level", 4), Op::lte("access_level", 6)})));
        model->addScope(
            "defaultScope",
            FindOptions().where(Op::and_({Op::gt("other_value", 6), Op::lt("other_value", 11)})));
        sequelize->sync(SyncOptions().force());
        seed(model);
        QCOMPARE(usernames(model->findAll(FindOptions().scopes({"middle"}))), QStringList{"dan"});
        QCOMPARE(usernames(model->findAll()), (QStringList{"dan", "fred", "tony"}));
        QCOMPARE(model->count(), qint64(3));
        QCOMPARE(usernames(model->findAll(FindOptions().where(Op::gt("other_value", 7)))),
                 (QStringList{"dan", "tobi"}));
        QCOMPARE(model->update({{"email", "x"}}, Where()), 3);
        QCOMPARE(model->count(FindOptions().unscoped().where({{"email", "x"}})), qint64(3));
    }

    // count.test.js and aggregate.test.js
    void countAndAggregate_data() { TestDatabases::addDialectRows(); }
    void countAndAggregate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *child = sequelize->define("Child", {{"priority", DataTypes::Integer()}});
        ModelDefinition *model = scopeMe(sequelize.get(), false);
        model->addScope("defaultScope",
                        FindOptions()
                            .where(Op::gte("access_level", 5))
                            .attributes({"id", "username", "email", "access_level"}));
        model->addScope("withInclude",
                        FindOptions().include(Include(child).where({{"priority", 1}})));
        child->belongsTo(model);
        model->hasMany(child);
        sequelize->sync(SyncOptions().force());
        seed(model, false);
        const auto records = model->findAll(FindOptions().order("id"));
        QCOMPARE(records.size(), 2); // tobi, dan
        records.at(0)->createAssociated("Children", {{"priority", 1}});
        records.at(1)->createAssociated("Children", {{"priority", 2}});

        QCOMPARE(model->count(), qint64(2));
        QCOMPARE(model->count(FindOptions().where(Op::gt("access_level", 5))), qint64(1));
        QCOMPARE(model->count(FindOptions().unscoped()), qint64(4));
        QCOMPARE(model->count(FindOptions().scopes({"lowAccess"})), qint64(3));
        QCOMPARE(model->count(FindOptions().scopes({"lowAccess"}).where({{"username", "dan"}})),
                 qint64(1));
        QCOMPARE(model->count(FindOptions().scopes({"withOrder"})), qint64(4));
        QCOMPARE(model->count(FindOptions().scopes({"withInclude"})), qint64(1));

        QCOMPARE(model->aggregate("*", "count"), QVariant(qint64(2)));
        QCOMPARE(model->aggregate("*", "count", FindOptions().where(Op::gt("access_level", 5))),
                 QVariant(qint64(1)));
        QCOMPARE(model->aggregate("*", "count", FindOptions().unscoped()), QVariant(qint64(4)));
        QCOMPARE(model->aggregate("*", "count", FindOptions().scopes({"lowAccess"})),
                 QVariant(qint64(3)));
        QCOMPARE(model->aggregate("*", "count",
                                  FindOptions().scopes({"lowAccess"}).where({{"username", "dan"}})),
                 QVariant(qint64(1)));
        QCOMPARE(model->aggregate("id", "count", FindOptions().scopes({"withInclude"})),
                 QVariant(qint64(1)));
        QCOMPARE(model->max("access_level"), QVariant(qint64(10)).toInt());
        QCOMPARE(model->max("access_level", FindOptions().scopes({"lowAccess"})).toInt(), 5);
    }

    // findAndCountAll.test.js
    void findAndCountAll_data() { TestDatabases::addDialectRows(); }
    void findAndCountAll()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *model = scopeMe(sequelize.get(), false);
        model->addScope("defaultScope",
                        FindOptions()
                            .where(Op::gte("access_level", 5))
                            .attributes({"username", "email", "access_level"}));
        ModelDefinition *team = sequelize->define("Team", {{"name", DataTypes::String()}});
        ModelDefinition *player = sequelize->define("Player", {{"name", DataTypes::String()}});
        team->hasMany(player);
        player->belongsTo(team);
        player->addScope("includeTeam", FindOptions().include(Include(team)));
        sequelize->sync(SyncOptions().force());
        team->bulkCreate({{{"name", "Team Red"}}, {{"name", "Team Blue"}}});
        player->bulkCreate({{{"name", "bubby"}, {"TeamId", 1}},
                            {{"name", "lisa"}, {"TeamId", 2}},
                            {{"name", "anna"}, {"TeamId", 1}},
                            {{"name", "riko"}, {"TeamId", 2}}});
        seed(model, false);
        qint64 count = -1;
        QCOMPARE(model->findAndCountAll({}, &count).size(), 2);
        QCOMPARE(count, qint64(2));
        QCOMPARE(
            model->findAndCountAll(FindOptions().where(Op::gt("access_level", 5)), &count).size(),
            1);
        QCOMPARE(count, qint64(1));
        QCOMPARE(model->findAndCountAll(FindOptions().unscoped().limit(1), &count).size(), 1);
        QCOMPARE(count, qint64(4));
        model->findAndCountAll(FindOptions().scopes({"lowAccess"}), &count);
        QCOMPARE(count, qint64(3));
        model->findAndCountAll(FindOptions().scopes({"lowAccess"}).where({{"username", "dan"}}),
                               &count);
        QCOMPARE(count, qint64(1));
        // v6 merges a where on one attribute by replacing it: lowAccess's access_level wins.
        model->findAndCountAll(FindOptions().scopes({"defaultScope", "lowAccess"}), &count);
        QCOMPARE(count, qint64(3));
        model->findAndCountAll(FindOptions().scopes({"withOrder"}), &count);
        QCOMPARE(count, qint64(4));
        const auto players
            = player->findAndCountAll(FindOptions().scopes({"includeTeam"}).distinct(), &count);
        QCOMPARE(count, qint64(4));
        QCOMPARE(players.size(), 4);
        QVERIFY(players.first()->loadedAssociation("Team"));
    }

    // update.test.js and destroy.test.js
    void updateAndDestroy_data() { TestDatabases::addDialectRows(); }
    void updateAndDestroy()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *model = scopeMe(sequelize.get(), false);
        sequelize->sync(SyncOptions().force());
        auto rubens = [&](const Where &where) {
            QStringList emails;
            for (const auto &row :
                 model->findAll(FindOptions().unscoped().where(where).order("id")))
                emails.append(row->get("email").toString());
            return emails;
        };
        auto reset = [&] {
            model->destroy(Where(), DestroyOptions().unscoped());
            seed(model, false);
        };
        reset();
        model->update({{"username", "ruben"}}, Where());
        QCOMPARE(rubens({{"username", "ruben"}}),
                 (QStringList{"tobi@fakeemail.com", "dan@sequelizejs.com"}));
        reset();
        model->update({{"username", "ruben"}}, Op::lt("access_level", 5));
        QCOMPARE(rubens({{"username", "ruben"}}),
                 (QStringList{"tony@sequelizejs.com", "fred@foobar.com"}));
        reset();
        model->update({{"username", "ruben"}}, Where(), UpdateOptions().unscoped());
        QCOMPARE(rubens({{"username", "ruben"}}).size(), 4);
        reset();
        model->update({{"username", "ruben"}}, Where(), UpdateOptions().scope("lowAccess"));
        QCOMPARE(rubens(Op::ne("username", "ruben")), QStringList{"tobi@fakeemail.com"});
        reset();
        model->update({{"username", "ruben"}}, {{"username", "dan"}},
                      UpdateOptions().scope("lowAccess"));
        QCOMPARE(rubens({{"username", "ruben"}}), QStringList{"dan@sequelizejs.com"});

        reset();
        model->destroy(Where());
        QCOMPARE(usernames(model->findAll(FindOptions().unscoped())),
                 (QStringList{"fred", "tony"}));
        reset();
        model->destroy(Op::lt("access_level", 5));
        QCOMPARE(usernames(model->findAll(FindOptions().unscoped())), (QStringList{"dan", "tobi"}));
        reset();
        model->destroy(Where(), DestroyOptions().unscoped());
        QCOMPARE(model->count(FindOptions().unscoped()), qint64(0));
        reset();
        model->destroy(Where(), DestroyOptions().scope("lowAccess"));
        QCOMPARE(usernames(model->findAll(FindOptions().unscoped())), QStringList{"tobi"});
        reset();
        model->destroy({{"username", "dan"}}, DestroyOptions().scope("lowAccess"));
        QCOMPARE(usernames(model->findAll(FindOptions().unscoped())),
                 (QStringList{"fred", "tobi", "tony"}));
    }

    // Attribute lists: v6 merges them as the union of the scopes' and the query's lists, and a
    // scope's exclusion holds unless a later layer gives a list (tst_scopemerge).
    void attributesMerge_data() { TestDatabases::addDialectRows(); }
    void attributesMerge()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *child = sequelize->define(
            "Child", {{"secret", DataTypes::String()}, {"name", DataTypes::String()}});
        ModelDefinition *parent = sequelize->define("Parent", {});
        child->belongsTo(parent);
        parent->hasOne(child);
        child->addScope("public", FindOptions().excludeAttributes({"secret"}));
        child->addScope("names", FindOptions().attributes({"id", "name"}));
        child->addScope("secrets", FindOptions().attributes({"secret"}));
        sequelize->sync(SyncOptions().force());
        const auto p = parent->create({});
        child->create({{"secret", "super secret"}, {"name", "n"}, {"ParentId", p->get("id")}});
        const auto pub = child->findOne(FindOptions().scopes({"public"}));
        QVERIFY(pub->get("ParentId").isValid());
        QCOMPARE(pub->get("ParentId"), p->get("id"));
        QVERIFY(pub->get("secret").isNull());
        QCOMPARE(pub->get("name").toString(), QStringLiteral("n"));
        const auto both = child->findOne(FindOptions().scopes({"names", "secrets"}));
        QCOMPARE(both->get("name").toString(), QStringLiteral("n"));
        QCOMPARE(both->get("secret").toString(), QStringLiteral("super secret"));
        const auto withQuery
            = child->findOne(FindOptions().scopes({"names"}).attributes({"secret"}));
        QCOMPARE(withQuery->get("name").toString(), QStringLiteral("n"));
        QCOMPARE(withQuery->get("secret").toString(), QStringLiteral("super secret"));

        child->addScope("defaultScope", FindOptions().excludeAttributes({"secret"}));
        const auto byDefault = child->findOne();
        QCOMPARE(byDefault->get("ParentId"), p->get("id"));
        QVERIFY(byDefault->get("secret").isNull());
        QVERIFY(child->findByPk(byDefault->get("id"))->get("secret").isNull());
        const auto included = parent->findOne(FindOptions().include(Include("Child")));
        QVERIFY(included->loadedAssociation("Child"));
        QVERIFY(included->loadedAssociation("Child")->get("secret").isNull());
        QCOMPARE(included->loadedAssociation("Child")->get("name").toString(), QStringLiteral("n"));
    }

    // associations.test.js: an included model's default scope and named scopes, association
    // getters with the target's scopes, scopes holding includes of scoped models.
    void associations_data() { TestDatabases::addDialectRows(); }
    void associations()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *model = scopeMe(sequelize.get());
        model->addScope("isTony", FindOptions().where({{"username", "tony"}}));
        ModelDefinition *project = sequelize->define("project", {{"active", DataTypes::Boolean()}});
        project->addScope("active", FindOptions().where({{"active", true}}));
        ModelDefinition *company = sequelize->define("company", {{"active", DataTypes::Boolean()}});
        company->addScope("defaultScope", FindOptions().where({{"active", true}}));
        company->addScope("notActive", FindOptions().where({{"active", false}}));
        company->addScope("reversed", FindOptions().order("id", Qt::DescendingOrder));
        ModelDefinition *profile = sequelize->define("profile", {{"active", DataTypes::Boolean()}});
        profile->addScope("defaultScope", FindOptions().where({{"active", true}}));
        profile->addScope("notActive", FindOptions().where({{"active", false}}));
        project->belongsToMany(company, AssociationOptions().through("CompanyProjects"));
        company->belongsToMany(project, AssociationOptions().through("CompanyProjects"));
        model->hasOne(profile, AssociationOptions().foreignKey("userId"));
        model->belongsTo(company);
        company->hasMany(model, AssociationOptions().as("users"));
        model->addScope("includeActiveProjects", [=](const QVariantList &) {
            return FindOptions().include(
                Include(company).include(Include(project).scopes({"active"})));
        });
        sequelize->sync(SyncOptions().force());
        seed(model);
        model->create({{"username", "bob"},
                       {"email", "bob@foobar.com"},
                       {"access_level", 1},
                       {"other_value", 9},
                       {"parent_id", 5}});
        const auto c1 = company->create({{"active", true}});
        const auto c2 = company->create({{"active", false}});
        // Users 1-4 (tony, tobi, dan, fred) in c1, bob in c2.
        model->update({{"companyId", c1->get("id")}}, Op::lte("id", 4), UpdateOptions().unscoped());
        model->update({{"companyId", c2->get("id")}}, {{"id", 5}}, UpdateOptions().unscoped());

        // include
        QCOMPARE(
            company->findAll(FindOptions().where({{"id", 1}}).include(Include("users"))).size(), 1);
        auto companies = company->findAll(FindOptions().include(Include("users")));
        QCOMPARE(companies.size(), 1);
        QCOMPARE(usernames(companies.first()->loadedTargets("users")),
                 (QStringList{"dan", "tobi"}));
        companies = company->findAll(FindOptions().include(Include(model).scopes({"isTony"})));
        QCOMPARE(usernames(companies.first()->loadedTargets("users")), QStringList{"tony"});
        // The default scope's where makes the include required, as in Sequelize: c2 has no
        // user of access level 5 or more.
        companies = company->findAll(FindOptions().unscoped().include(Include("users")));
        QCOMPARE(companies.size(), 1);
        companies = company->findAll(
            FindOptions().unscoped().include(Include("users").required(false)).order("id"));
        QCOMPARE(companies.size(), 2);
        QVERIFY(companies.at(1)->loadedTargets("users").isEmpty());
        companies = company->findAll(FindOptions().unscoped().include(Include("users").unscoped()));
        QCOMPARE(companies.size(), 2);

        // get: unscoped, the default scope, another scope
        const auto p = project->create({});
        p->addAssociated("companies", {instance(c1), instance(c2)});
        profile->create({{"active", false}, {"userId", 1}});
        const auto company1 = company->findByPk(1);
        const auto user1 = model->findByPk(1, FindOptions().unscoped());
        const auto bob = model->findOne(FindOptions().unscoped().where({{"username", "bob"}}));
        QCOMPARE(company1->getAssociatedList("users", FindOptions().unscoped()).size(), 4);
        QVERIFY(user1->getAssociated("profile", FindOptions().unscoped()));
        QVERIFY(bob->getAssociated("company", FindOptions().unscoped()));
        QCOMPARE(p->getAssociatedList("companies", FindOptions().unscoped()).size(), 2);

        QCOMPARE(company1->getAssociatedList("users").size(), 2);
        QVERIFY(!user1->getAssociated("profile"));
        QVERIFY(!bob->getAssociated("company"));
        const auto active = p->getAssociatedList("companies");
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first()->get("active").toBool(), true);

        const auto tony = company1->getAssociatedList("users", FindOptions().scopes({"isTony"}));
        QCOMPARE(usernames(tony), QStringList{"tony"});
        profile->update({{"active", true}}, Where(), UpdateOptions().unscoped());
        QVERIFY(user1->getAssociated("profile"));
        QVERIFY(!user1->getAssociated("profile", FindOptions().scopes({"notActive"})));
        QVERIFY(bob->getAssociated("company", FindOptions().scopes({"notActive"})));
        const auto reversed = p->getAssociatedList("companies", FindOptions().scopes({"reversed"}));
        QCOMPARE(reversed.size(), 2);
        QCOMPARE(reversed.at(0)->get("id").toInt(), 2);
        QCOMPARE(reversed.at(1)->get("id").toInt(), 1);

        // A scope whose include names a scoped model.
        const auto p1 = project->create({{"active", true}});
        const auto p2 = project->create({{"active", false}});
        company1->setAssociated("projects", QVariantList{instance(p1), instance(p2)});
        QVERIFY(!model->findAll(FindOptions().scopes({"includeActiveProjects"})).isEmpty());
        const auto user
            = model->findOne(FindOptions().scopes({"includeActiveProjects"}).where({{"id", 1}}));
        QVERIFY(user);
        const Model *userCompany = user->loadedAssociation("company");
        QVERIFY(userCompany);
        QCOMPARE(userCompany->loadedTargets("projects").size(), 1);
    }

    // associations.test.js: includes of one model in a default scope, two scopes and a query.
    void includeScopes_data() { TestDatabases::addDialectRows(); }
    void includeScopes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *child = sequelize->define("Child", {{"name", DataTypes::String()}});
        ModelDefinition *parent = sequelize->define("Parent", {{"name", DataTypes::String()}});
        parent->hasMany(child);
        parent->addScope("testScope1",
                         FindOptions().include(Include(child).where({{"name", "child2"}})));
        parent->addScope("children", FindOptions().include(Include(child)));
        parent->addScope("alsoChildren", FindOptions().include(Include("Children")));
        sequelize->sync(SyncOptions().force());
        parent->create({{"name", "parent1"}})->createAssociated("Children", {{"name", "child1"}});
        parent->create({{"name", "parent2"}})->createAssociated("Children", {{"name", "child2"}});
        const auto found
            = parent->findOne(FindOptions()
                                  .scopes({"testScope1"})
                                  .include(Include(child).excludeAttributes({"name"})));
        QVERIFY(found);
        QCOMPARE(found->get("name").toString(), QStringLiteral("parent2"));
        const auto children = found->loadedTargets("Children");
        QCOMPARE(children.size(), 1);
        QVERIFY(children.first()->get("name").isNull());
        QVERIFY(children.first()->get("id").isValid());
        const auto both
            = parent->findAll(FindOptions().scopes({"children", "alsoChildren"}).order("id"));
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.first()->loadedTargets("Children").size(), 1);
        parent->addScope("defaultScope", FindOptions().include(Include(child)));
        QCOMPARE(parent->findAll(FindOptions().scopes({"children", "alsoChildren"})).size(), 2);
        QCOMPARE(parent->findOne()->loadedTargets("Children").size(), 1);
    }

    // merge.test.js: scopes including different associations, and the same association merged
    // whatever the order of the scopes.
    void mergeIncludes_data() { TestDatabases::addDialectRows(); }
    void mergeIncludes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *foo = sequelize->define("foo", {{"name", DataTypes::String()}}, plain);
        ModelDefinition *bar = sequelize->define("bar", {{"name", DataTypes::String()}}, plain);
        ModelDefinition *baz = sequelize->define("baz", {{"name", DataTypes::String()}}, plain);
        ModelDefinition *qux = sequelize->define("qux", {{"name", DataTypes::String()}}, plain);
        foo->hasMany(bar, AssociationOptions().foreignKey("fooId"));
        bar->hasMany(baz, AssociationOptions().foreignKey("barId"));
        baz->hasMany(qux, AssociationOptions().foreignKey("bazId"));
        sequelize->sync(SyncOptions().force());
        const auto f = foo->create({{"name", "foo1"}});
        int quxNumber = 0;
        for (int b = 1; b <= 2; ++b) {
            const auto br
                = bar->create({{"name", QString("bar%1").arg(b)}, {"fooId", f->get("id")}});
            for (int z = 1; z <= 2; ++z) {
                const auto bz = baz->create(
                    {{"name", QString("baz%1").arg(2 * (b - 1) + z)}, {"barId", br->get("id")}});
                for (int q = 0; q < 2; ++q)
                    qux->create(
                        {{"name", QString("qux%1").arg(++quxNumber)}, {"bazId", bz->get("id")}});
            }
        }
        const QList<QPair<QString, Include>> scopes{
            {"includeEverything", Include(bar).include(Include(baz).include(Include(qux)))},
            {"limitedBars", Include(bar).limit(2)},
            {"limitedBazs", Include(bar).include(Include(baz).limit(2))},
            {"excludeBazName", Include(bar).include(Include(baz).attributes({"id", "barId"}))}};
        QStringList names;
        for (const auto &[name, include] : scopes) {
            foo->addScope(name, FindOptions().include(include));
            names.append(name);
        }
        auto describe = [](const QSharedPointer<Model> &row) {
            QStringList parts;
            for (const auto &b : row->loadedTargets("bars")) {
                parts.append(b->get("name").toString());
                for (const auto &z : b->loadedTargets("bazs")) {
                    parts.append(
                        QStringLiteral("baz#%1:%2")
                            .arg(z->get("id").toString(), z->get("name").isNull() ? "-" : "named"));
                    for (const auto &q : z->loadedTargets("quxes"))
                        parts.append(q->get("name").toString());
                }
            }
            return parts.join(' ');
        };
        auto scopeIndex = [&](const QString &name) {
            for (qsizetype i = 0; i < scopes.size(); ++i) {
                if (scopes.at(i).first == name)
                    return i;
            }
            return qsizetype(-1);
        };
        std::sort(names.begin(), names.end());
        QString first;
        do {
            const QString all = describe(foo->findOne(FindOptions().scopes(names)));
            const QString withOptions
                = describe(foo->findAll(FindOptions()
                                            .scopes(names.mid(0, 3))
                                            .include(scopes.at(scopeIndex(names.at(3))).second))
                               .first());
            if (first.isEmpty())
                first = all;
            QCOMPARE(all, first);
            QCOMPARE(withOptions, first);
        } while (std::next_permutation(names.begin(), names.end()));
        QCOMPARE(first,
                 QStringLiteral("bar1 baz#1:- qux1 qux2 baz#2:- qux3 qux4 bar2 baz#3:- "
                                "qux5 qux6 baz#4:- qux7 qux8"));
    }
};

QTEST_GUILESS_MAIN(tst_Scopes)
#include "tst_scopes.moc"
