// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// findAll(), ported from Sequelize v6's test/integration/model/findAll.test.js, on every
// dialect: transactions, attribute lists, the where shorthands (lists, ranges of dates given as
// text and as QDateTime, several operators on one attribute, booleans, binary values), includes
// of every association kind with limit and order on renamed attributes, and the errors of an
// include that names no association.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qdatetime.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_FindAll : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineUser(Sequelize *sequelize)
    {
        ModelDefinition *user = sequelize->define("User",
                                                  {{"username", DataTypes::String()},
                                                   {"secretValue", DataTypes::String()},
                                                   {"data", DataTypes::String()},
                                                   {"intVal", DataTypes::Integer()},
                                                   {"theDate", DataTypes::Date()},
                                                   {"aBool", DataTypes::Boolean()},
                                                   {"binary", DataTypes::Blob()}});
        user->sync(SyncOptions().force());
        return user;
    }
    static QByteArray filled(char byte) { return QByteArray(16, byte); }
    // Sequelize's fixture of the "special where conditions" block.
    static ModelDefinition *seeded(Sequelize *sequelize)
    {
        ModelDefinition *user = defineUser(sequelize);
        user->bulkCreate({{{"username", "boo"}, {"intVal", 5}, {"theDate", "2013-01-01 12:00"}},
                          {{"username", "boo2"},
                           {"intVal", 10},
                           {"theDate", "2013-01-10 12:00"},
                           {"binary", filled('\x01')}}});
        return user;
    }
    static QStringList names(const QList<QSharedPointer<Model>> &rows)
    {
        QStringList result;
        for (const auto &row : rows)
            result.append(row->get("username").toString());
        return result;
    }
    static QStringList found(ModelDefinition *user, const Where &where)
    {
        return names(user->findAll(FindOptions().where(where).order("id")));
    }

private slots:
    void transactions_data() { TestDatabases::addDialectRows(); }
    void transactions()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const QSharedPointer<Transaction> t = sequelize->transaction();
        user->create({{"username", "foo"}}, SaveOptions().transaction(t.data()));
        if (sequelize->dialect() != QLatin1String("sqlite")) // SQLite: one connection, see README
            QCOMPARE(user->findAll(FindOptions().where({{"username", "foo"}})).size(), 0);
        QCOMPARE(user->findAll(FindOptions().transaction(t.data())).size(), 1);
        QCOMPARE(
            user->findAll(FindOptions().where({{"username", "foo"}}).transaction(t.data())).size(),
            1);
        t->rollback();
        QCOMPARE(user->findAll().size(), 0);
    }

    // An empty attribute list selects nothing: an error before any SQL (Sequelize's QueryError),
    // unless an include selects something.
    void noAttributes_data() { TestDatabases::addDialectRows(); }
    void noAttributes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        user->create({{"username", "x"}});
        QVERIFY(!user->findAll(FindOptions().where(Where())).isEmpty());
        QVERIFY_THROWS_EXCEPTION(DefinitionError, user->findAll(FindOptions().attributes({})));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, user->findOne(FindOptions().attributes({})));
    }

    void whereShorthands_data() { TestDatabases::addDialectRows(); }
    void whereShorthands()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = seeded(sequelize.get());
        QCOMPARE(found(user, Op::in("username", {"boo", "boo2"})), QStringList({"boo", "boo2"}));
        QCOMPARE(found(user, Where::fromMap({{"username", QVariantList{"boo", "boo2"}}})),
                 QStringList({"boo", "boo2"}));
        QCOMPARE(found(user, Op::in("id", {1, 2, 3})).size(), 2);
        QCOMPARE(found(user, Op::in("binary", {filled('\x01'), filled('\x01')})),
                 QStringList({"boo2"}));
        QCOMPARE(user->findOne(FindOptions().where({{"binary", filled('\x01')}}))
                     ->get("binary")
                     .toByteArray(),
                 filled('\x01'));
        QCOMPARE(found(user, Op::like("username", "%2")), QStringList({"boo2"}));
        QCOMPARE(found(user, Op::notLike("username", "%2")), QStringList({"boo"}));
        QCOMPARE(found(user, Op::iLike("username", "BOO%2")), QStringList({"boo2"}));
        QCOMPARE(found(user, Op::notILike("username", "%O2")), QStringList({"boo"}));
        QCOMPARE(found(user, Op::gte("intVal", 6)), QStringList({"boo2"}));
        QCOMPARE(found(user, Op::gt("intVal", 5)), QStringList({"boo2"}));
        QCOMPARE(found(user, Op::lte("intVal", 5)), QStringList({"boo"}));
        QCOMPARE(found(user, Op::lt("intVal", 6)), QStringList({"boo"}));
        QCOMPARE(found(user, Op::lt("intVal", 6) && Op::gt("intVal", 4)), QStringList({"boo"}));
        QCOMPARE(found(user, Where::fromMap({{"intVal", QVariantMap{{"lt", 6}, {"gt", 4}}}})),
                 QStringList({"boo"}));
        QCOMPARE(found(user, Op::ne("intVal", 10)), QStringList({"boo"}));
        QCOMPARE(found(user, Op::lte("intVal", 10)), QStringList({"boo", "boo2"}));
        QCOMPARE(found(user, Op::notBetween("intVal", 8, 10)), QStringList({"boo"}));
    }

    // Dates given as text (read as UTC, the default timezone) and as QDateTime; two operators
    // on one attribute.
    void dateRanges_data() { TestDatabases::addDialectRows(); }
    void dateRanges()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = seeded(sequelize.get());
        QCOMPARE(
            user->findOne(FindOptions().where({{"username", "boo"}}))->get("theDate").toDateTime(),
            QDateTime(QDate(2013, 1, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(found(user, Op::between("theDate", "2013-01-02", "2013-01-11")),
                 QStringList({"boo2"}));
        QCOMPARE(
            found(user, Op::between("theDate", "2013-01-02", "2013-01-11") && Op::eq("intVal", 10)),
            QStringList({"boo2"}));
        QCOMPARE(found(user,
                       Op::between("theDate", "2012-12-10", "2013-01-02")
                           && Op::notBetween("theDate", "2013-01-04", "2013-01-20")),
                 QStringList({"boo"}));
        const auto utc
            = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC); };
        QCOMPARE(found(user,
                       Op::between("theDate", utc(2012, 12, 10), utc(2013, 1, 2))
                           && Op::notBetween("theDate", utc(2013, 1, 4), utc(2013, 1, 20))),
                 QStringList({"boo"}));
        QCOMPARE(found(user, Op::gte("theDate", utc(2013, 1, 9))), QStringList({"boo2"}));
        QCOMPARE(found(user, Op::gte("theDate", QDate(2013, 1, 9))), QStringList({"boo2"}));
        QCOMPARE(found(user, Op::gte("theDate", "2013-01-10 12:00")), QStringList({"boo2"}));
        QCOMPARE(found(user, Op::gt("theDate", "2013-01-10 12:00")), QStringList());
        QCOMPARE(found(user, Op::eq("theDate", "2013-01-10T12:00:00Z")), QStringList({"boo2"}));
        QCOMPARE(found(user, Op::eq("theDate", "2013-01-10T13:00:00+01:00")),
                 QStringList({"boo2"}));
    }

    void booleans_data() { TestDatabases::addDialectRows(); }
    void booleans()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        ModelDefinition *passports
            = sequelize->define("Passports", {{"isActive", DataTypes::Boolean()}});
        user->hasMany(passports);
        passports->belongsTo(user);
        sequelize->sync(SyncOptions().force());
        user->bulkCreate(
            {{{"username", "boo5"}, {"aBool", false}}, {{"username", "boo6"}, {"aBool", true}}});
        QCOMPARE(found(user, Op::eq("aBool", false)), QStringList({"boo5"}));
        QCOMPARE(found(user, Op::eq("aBool", true)), QStringList({"boo6"}));
        QCOMPARE(found(user, Op::is("aBool", true)), QStringList({"boo6"}));
        QCOMPARE(found(user, Op::ne("aBool", true)), QStringList({"boo5"}));
        passports->bulkCreate({{{"isActive", true}}, {{"isActive", false}}});
        const auto first = user->findByPk(1);
        const auto second = user->findByPk(2);
        first->setAssociated("Passports", QVariantList{1});
        second->setAssociated("Passports", QVariantList{2});
        const auto falseOnes
            = second->getAssociatedList("Passports", FindOptions().where({{"isActive", false}}));
        QCOMPARE(falseOnes.size(), 1);
        QCOMPARE(falseOnes[0]->get("isActive"), QVariant(false));
        const auto trueOnes
            = first->getAssociatedList("Passports", FindOptions().where({{"isActive", true}}));
        QCOMPARE(trueOnes.size(), 1);
        QCOMPARE(trueOnes[0]->get("isActive"), QVariant(true));
        QVERIFY(second->getAssociatedList("Passports", FindOptions().where({{"isActive", true}}))
                    .isEmpty());
    }

    void emptyIncludeKeepsWhere_data() { TestDatabases::addDialectRows(); }
    void emptyIncludeKeepsWhere()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        user->bulkCreate({{{"username", "D.E.N.N.I.S"}, {"intVal", 6}},
                          {{"username", "F.R.A.N.K"}, {"intVal", 5}},
                          {{"username", "W.I.L.D C.A.R.D"}, {"intVal", 8}}});
        QCOMPARE(found(user, Op::eq("intVal", 8)), QStringList({"W.I.L.D C.A.R.D"}));
    }

    void includeErrors_data() { TestDatabases::addDialectRows(); }
    void includeErrors()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *task = sequelize->define("Task", {{"title", DataTypes::String()}});
        ModelDefinition *worker = sequelize->define("Worker", {{"name", DataTypes::String()}});
        ModelDefinition *other = sequelize->define("OtherModel", {});
        worker->hasOne(task, AssociationOptions().as("ToDo"));
        sequelize->sync(SyncOptions().force());
        QVERIFY_THROWS_EXCEPTION(BaseError, worker->findAll(FindOptions().include(Include(other))));
        QVERIFY_THROWS_EXCEPTION(BaseError, task->findAll(FindOptions().include(Include(worker))));
        QVERIFY_THROWS_EXCEPTION(BaseError, worker->findAll(FindOptions().include("Work")));
        try {
            worker->findAll(FindOptions().include("Work"));
        } catch (const BaseError &error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QLatin1String("Work")), error.what());
        }
        const auto w = worker->create({{"name", "worker"}});
        w->setAssociated("ToDo",
                         Model::instanceVariant(task->create({{"title", "homework"}}).data()));
        const auto workers
            = worker->findAll(FindOptions().where({{"name", "worker"}}).include(Include(task)));
        QCOMPARE(workers.size(), 1);
        QCOMPARE(workers[0]->loadedTargets("ToDo").first()->get("title").toString(),
                 QStringLiteral("homework"));
    }

    void includeEveryKind_data() { TestDatabases::addDialectRows(); }
    void includeEveryKind()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *task
            = sequelize->define("TaskBelongsTo", {{"title", DataTypes::String()}});
        ModelDefinition *worker = sequelize->define("Worker", {{"name", DataTypes::String()}});
        ModelDefinition *todo = sequelize->define("task", {{"title", DataTypes::String()}});
        task->belongsTo(worker);
        worker->hasMany(todo, AssociationOptions().as("ToDos"));
        sequelize->sync(SyncOptions().force());
        const auto w = worker->create({{"name", "worker"}});
        const auto t = task->create({{"title", "homework"}});
        t->setAssociated("Worker", Model::instanceVariant(w.data()));
        w->createAssociated("ToDos", {{"title", "homework"}});
        const auto tasks = task->findAll(FindOptions()
                                             .where({{"title", "homework"}})
                                             .include(Include(worker))
                                             .limit(1)
                                             .order("title", Qt::DescendingOrder));
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks[0]->loadedTargets("Worker").first()->get("name").toString(),
                 QStringLiteral("worker"));
        const auto workers
            = worker->findAll(FindOptions().where({{"name", "worker"}}).include("ToDos"));
        QCOMPARE(workers[0]->loadedTargets("ToDos").first()->get("title").toString(),
                 QStringLiteral("homework"));
    }

    // Sequelize #8739: limit with a hasMany include orders by renamed attributes.
    void orderRenamedWithLimit_data() { TestDatabases::addDialectRows(); }
    void orderRenamedWithLimit()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user
            = sequelize->define("user",
                                {{"name", Attribute(DataTypes::String()).field("some_other_name")},
                                 {"age", Attribute(DataTypes::Integer()).field("a_g_e")}});
        ModelDefinition *project = sequelize->define("project", {{"title", DataTypes::String()}});
        user->hasMany(project);
        sequelize->sync(SyncOptions().force());
        user->bulkCreate({{{"name", "a"}, {"age", 1}},
                          {{"name", "a"}, {"age", 2}},
                          {{"name", "b"}, {"age", 3}}});
        const auto byUser = [&](const FindOptions &options) {
            QStringList result;
            for (const auto &u : user->findAll(options))
                result.append(u->get("name").toString() + u->get("age").toString());
            return result;
        };
        QCOMPARE(
            byUser(FindOptions().order("name").order("age").limit(2).include(Include(project))),
            QStringList({"a1", "a2"}));
        QCOMPARE(byUser(FindOptions()
                            .order("name", Qt::DescendingOrder)
                            .order("age")
                            .limit(2)
                            .include(Include(project))),
                 QStringList({"b3", "a1"}));
        QCOMPARE(byUser(FindOptions()
                            .order("name")
                            .order("age", Qt::DescendingOrder)
                            .limit(2)
                            .include(Include(project))),
                 QStringList({"a2", "a1"}));
        user->findOne(FindOptions().where({{"age", 1}}))
            ->createAssociated("projects", {{"title", "p"}});
        QCOMPARE(byUser(FindOptions()
                            .order("age", Qt::DescendingOrder)
                            .limit(1)
                            .offset(1)
                            .include(Include(project).where({{"title", "p"}}))),
                 QStringList());
        QCOMPARE(byUser(FindOptions().order("age").limit(1).include(
                     Include(project).where({{"title", "p"}}))),
                 QStringList({"a1"}));
    }

    // Sequelize's "order by eager loaded tables": a source ordered by its hasMany targets (the
    // first target in that order decides), nested and aliased paths, with limit, and its
    // included rows in the same order.
    void orderByIncludedHasMany_data() { TestDatabases::addDialectRows(); }
    void orderByIncludedHasMany()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *continent
            = sequelize->define("continent", {{"name", DataTypes::String()}});
        ModelDefinition *country = sequelize->define("country", {{"name", DataTypes::String()}});
        ModelDefinition *person = sequelize->define(
            "person", {{"name", DataTypes::String()}, {"lastName", DataTypes::String()}});
        continent->hasMany(country);
        country->belongsTo(continent);
        country->hasMany(person);
        country->hasMany(person,
                         AssociationOptions().as("residents").foreignKey("CountryResidentId"));
        sequelize->sync(SyncOptions().force());
        const int europe = continent->create({{"name", "Europe"}})->get("id").toInt();
        const int asia = continent->create({{"name", "Asia"}})->get("id").toInt();
        auto makeCountry = [&](const char *name, int in) {
            return country->create({{"name", name}, {"continentId", in}})->get("id").toInt();
        };
        const int england = makeCountry("England", europe);
        const int france = makeCountry("France", europe);
        const int korea = makeCountry("Korea", asia);
        auto makePerson = [&](const char *name, const char *last, int in, int resident) {
            person->create({{"name", name},
                            {"lastName", last},
                            {"countryId", in},
                            {"CountryResidentId", resident}});
        };
        makePerson("Bob", "Becket", england, england);
        makePerson("Fred", "Able", england, france);
        makePerson("Pierre", "Paris", france, korea);
        makePerson("Kim", "Z", korea, england);

        for (const auto &[order, expected] :
             {std::pair{Qt::AscendingOrder, QStringList({"Europe", "England"})},
              std::pair{Qt::DescendingOrder, QStringList({"Asia", "Korea"})}}) {
            const auto rows = continent->findAll(
                FindOptions().include("countries").order("countries.name", order));
            QStringList got{
                rows.first()->get("name").toString(),
                rows.first()->loadedTargets("countries").first()->get("name").toString()};
            QCOMPARE(got, expected);
        }
        // Limit, and an optional include whose where matches only the second source.
        const auto limited = continent->findAll(
            FindOptions()
                .include(Include("countries").required(false).where({{"name", "England"}}))
                .limit(2)
                .order("name")
                .order("countries.name"));
        QCOMPARE(limited.size(), 2);
        QCOMPARE(limited[0]->get("name").toString(), QStringLiteral("Asia"));
        QCOMPARE(limited[0]->loadedTargets("countries").size(), 0);
        QCOMPARE(limited[1]->get("name").toString(), QStringLiteral("Europe"));
        QCOMPARE(limited[1]->loadedTargets("countries").size(), 1);
        QCOMPARE(limited[1]->loadedTargets("countries").first()->get("name").toString(),
                 QStringLiteral("England"));
        // Second degree, plain and aliased, with and without limit.
        struct Case
        {
            const char *path;
            Qt::SortOrder order;
            int limit;
            QStringList expected; // continent, country, person
        };
        const QList<Case> cases{
            {"people", Qt::AscendingOrder, -1, {"Europe", "England", "Fred"}},
            {"people", Qt::DescendingOrder, -1, {"Asia", "Korea", "Kim"}},
            {"residents", Qt::AscendingOrder, -1, {"Europe", "France", "Fred"}},
            {"residents", Qt::DescendingOrder, -1, {"Europe", "England", "Kim"}},
            {"residents", Qt::AscendingOrder, 3, {"Europe", "France", "Fred"}},
            {"residents", Qt::DescendingOrder, 3, {"Europe", "England", "Kim"}},
        };
        for (const Case &c : cases) {
            FindOptions options;
            options.include(Include("countries").include("people").include("residents"))
                .order(QStringLiteral("countries.%1.lastName").arg(QLatin1String(c.path)), c.order);
            if (c.limit > 0)
                options.limit(c.limit);
            const auto rows = continent->findAll(options);
            const auto countries = rows.first()->loadedTargets("countries");
            const auto people = countries.first()->loadedTargets(QLatin1String(c.path));
            const QStringList got{rows.first()->get("name").toString(),
                                  countries.first()->get("name").toString(),
                                  people.first()->get("name").toString()};
            QVERIFY2(got == c.expected,
                     qPrintable(got.join(',') + QLatin1String(" for ") + QLatin1String(c.path)));
        }
    }

    void orderByIncludedManyToMany_data() { TestDatabases::addDialectRows(); }
    void orderByIncludedManyToMany()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *country = sequelize->define("country", {{"name", DataTypes::String()}});
        ModelDefinition *industry = sequelize->define("industry", {{"name", DataTypes::String()}});
        ModelDefinition *through
            = sequelize->define("IndustryCountry", {{"numYears", DataTypes::Integer()}});
        country->belongsToMany(industry, AssociationOptions().through(through));
        industry->belongsToMany(country, AssociationOptions().through(through));
        sequelize->sync(SyncOptions().force());
        const auto england = country->create({{"name", "England"}});
        const auto france = country->create({{"name", "France"}});
        const auto korea = country->create({{"name", "Korea"}});
        const auto energy = industry->create({{"name", "Energy"}});
        const auto media = industry->create({{"name", "Media"}});
        const auto tech = industry->create({{"name", "Tech"}});
        england->addAssociated("industries", {energy->get("id")},
                               SaveOptions().through({{"numYears", 20}}));
        england->addAssociated("industries", {media->get("id")},
                               SaveOptions().through({{"numYears", 40}}));
        france->addAssociated("industries", {media->get("id")},
                              SaveOptions().through({{"numYears", 80}}));
        korea->addAssociated("industries", {tech->get("id")},
                             SaveOptions().through({{"numYears", 30}}));
        for (int limit : {-1, 3}) {
            for (const auto &[order, expected] :
                 {std::pair{Qt::AscendingOrder, QStringList({"England", "Energy"})},
                  std::pair{Qt::DescendingOrder, QStringList({"Korea", "Tech"})}}) {
                FindOptions options;
                options.include("industries").order("industries.name", order);
                if (limit > 0)
                    options.limit(limit);
                const auto rows = country->findAll(options);
                const QStringList got{
                    rows.first()->get("name").toString(),
                    rows.first()->loadedTargets("industries").first()->get("name").toString()};
                QCOMPARE(got, expected);
            }
        }
        // Each country's industries follow the order too (they came in the junction rows'
        // order), and the include's own order.
        auto industriesOf = [](const QSharedPointer<Model> &row) {
            QStringList names;
            for (const auto &t : row->loadedTargets("industries"))
                names.append(t->get("name").toString());
            return names;
        };
        england->addAssociated("industries", {tech->get("id")},
                               SaveOptions().through({{"numYears", 30}}));
        const auto byNameDesc = country->findAll(
            FindOptions().include("industries").order("industries.name", Qt::DescendingOrder));
        QCOMPARE(industriesOf(byNameDesc.first()), QStringList({"Tech", "Media", "Energy"}));
        const auto ownOrder = country->findAll(
            FindOptions()
                .include(Include("industries").order("name", Qt::DescendingOrder))
                .where({{"name", "England"}}));
        QCOMPARE(industriesOf(ownOrder.first()), QStringList({"Tech", "Media", "Energy"}));
        // By the junction's attribute (Sequelize: [Industry, IndustryCountry, 'numYears']): the
        // countries by their industries' years, and each country's industries so.
        for (int limit : {-1, 2}) {
            FindOptions options;
            options.include("industries")
                .order("industries.IndustryCountry.numYears", Qt::DescendingOrder);
            if (limit > 0)
                options.limit(limit);
            const auto rows = country->findAll(options);
            QCOMPARE(rows.first()->get("name").toString(), QStringLiteral("France"));
            QCOMPARE(rows.at(1)->get("name").toString(), QStringLiteral("England"));
            QCOMPARE(industriesOf(rows.at(1)), QStringList({"Media", "Tech", "Energy"}));
        }
        QStringList byYears;
        for (const auto &t : england->getAssociatedList(
                 "industries", FindOptions().order("IndustryCountry.numYears")))
            byYears.append(t->get("name").toString());
        QCOMPARE(byYears, QStringList({"Energy", "Tech", "Media"}));
        // The junction's and the targets' attributes at once: refused, not half-ordered.
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 country->findAll(FindOptions()
                                                      .include("industries")
                                                      .order("industries.IndustryCountry.numYears")
                                                      .order("industries.name")));
    }

    // An include with attributes({}) only filters (Sequelize: the targets are not there); a
    // junction with no attributes leaves the targets without junction values.
    void emptyIncludeAttributes_data() { TestDatabases::addDialectRows(); }
    void emptyIncludeAttributes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *animal = sequelize->define(
            "Animal", {{"name", DataTypes::String()}, {"age", DataTypes::Integer()}});
        ModelDefinition *kingdom = sequelize->define("Kingdom", {{"name", DataTypes::String()}});
        ModelDefinition *link = sequelize->define(
            "AnimalKingdom",
            {{"relation", DataTypes::String()}, {"mutation", DataTypes::Boolean()}});
        kingdom->belongsToMany(animal, AssociationOptions().through(link));
        sequelize->sync(SyncOptions().force());
        QList<QVariant> animals;
        for (const auto &[name, age] : {std::pair{"Dog", 20}, std::pair{"Cat", 30},
                                        std::pair{"Peacock", 25}, std::pair{"Fish", 100}})
            animals.append(animal->create({{"name", name}, {"age", age}})->get("id"));
        const auto earth = kingdom->create({{"name", "Earth"}});
        const auto water = kingdom->create({{"name", "Water"}});
        const auto wind = kingdom->create({{"name", "Wind"}});
        earth->addAssociated("Animals", {animals[0], animals[1]});
        water->addAssociated("Animals", {animals[3]});
        wind->addAssociated("Animals", {animals[2]});

        auto kingdoms = kingdom->findAll(
            FindOptions().include(Include(animal).where(Op::gte("age", 29)).attributes({})));
        QCOMPARE(kingdoms.size(), 2);
        for (const auto &k : kingdoms)
            QVERIFY(!k->get().contains("Animals"));
        kingdoms = kingdom->findAll(
            FindOptions().include(Include(animal).where(Op::gte("age", 29)).throughAttributes({})));
        QCOMPARE(kingdoms.size(), 2);
        for (const auto &k : kingdoms) {
            const auto targets = k->loadedTargets("Animals");
            QCOMPARE(targets.size(), 1);
            QVERIFY(!targets.first()->get().contains("AnimalKingdom"));
        }
    }

    void includeAll_data() { TestDatabases::addDialectRows(); }
    void includeAll()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *continent
            = sequelize->define("continent", {{"name", DataTypes::String()}});
        ModelDefinition *country = sequelize->define("country", {{"name", DataTypes::String()}});
        ModelDefinition *industry = sequelize->define("industry", {{"name", DataTypes::String()}});
        ModelDefinition *person = sequelize->define("person", {{"name", DataTypes::String()}});
        continent->hasMany(country);
        country->belongsTo(continent);
        country->belongsToMany(industry, AssociationOptions().through("country_industry"));
        industry->belongsToMany(country, AssociationOptions().through("country_industry"));
        country->hasMany(person);
        person->belongsTo(country);
        sequelize->sync(SyncOptions().force());
        const auto europe = continent->create({{"name", "Europe"}});
        const auto england
            = country->create({{"name", "England"}, {"continentId", europe->get("id")}});
        england->addAssociated("industries", {industry->create({{"name", "Coal"}})->get("id")});
        person->create({{"name", "Bob"}, {"countryId", england->get("id")}});

        const auto countries = country->findAll(FindOptions().include(Include::all()));
        QCOMPARE(countries.size(), 1);
        const QVariantMap values = countries.first()->get();
        QCOMPARE(values.value("continent").toMap().value("name").toString(),
                 QStringLiteral("Europe"));
        QCOMPARE(values.value("industries").toList().size(), 1);
        QCOMPARE(values.value("people").toList().size(), 1);
        // A specific include overrules all for its association.
        const auto idOnly = country->findAll(
            FindOptions().include(Include::all()).include(Include(continent).attributes({"id"})));
        const QVariantMap only = idOnly.first()->get().value("continent").toMap();
        QVERIFY(only.contains("id"));
        QVERIFY(!only.contains("name"));
    }

    void virtualDependencies_data() { TestDatabases::addDialectRows(); }
    void virtualDependencies()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"name", DataTypes::String()}});
        ModelDefinition *image = sequelize->define(
            "Image",
            {{"path", Attribute(DataTypes::String()).allowNull(false)},
             {"url", Attribute(DataTypes::Virtual()).dependsOn({"path"}).get([](const Model &m) {
                  return QVariant(QStringLiteral("https://my-cool-domain.com/")
                                  + m.get("path").toString());
              })}});
        user->hasOne(image);
        image->belongsTo(user);
        sequelize->sync(SyncOptions().force());
        const auto u = user->create({{"name", "some user"}});
        image->create({{"path", "folder1/logo.png"}, {"UserId", u->get("id")}});
        const auto users = user->findAll(
            FindOptions().attributes({"name"}).include(Include(image).attributes({"url"})));
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0]->get("name").toString(), QStringLiteral("some user"));
        const auto img = users[0]->loadedTargets("Image").first();
        QCOMPARE(img->get("url").toString(),
                 QStringLiteral("https://my-cool-domain.com/folder1/logo.png"));
        QCOMPARE(img->get("path").toString(), QStringLiteral("folder1/logo.png"));
    }

    void findAndCountAll_data() { TestDatabases::addDialectRows(); }
    void findAndCountAll()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        user->bulkCreate({{{"username", "user"}, {"data", "foobar"}, {"intVal", 5}},
                          {{"username", "user2"}, {"data", "bar"}, {"intVal", 5}},
                          {{"username", "bobby"}, {"data", "foo"}, {"intVal", 5}}});
        qint64 count = -1;
        auto rows = user->findAndCountAll(FindOptions().where(Op::ne("id", 1)), &count);
        QCOMPARE(count, qint64(2));
        QCOMPARE(rows.size(), 2);
        rows = user->findAndCountAll(FindOptions().offset(1), &count);
        QCOMPARE(count, qint64(3));
        QCOMPARE(rows.size(), 2);
        rows = user->findAndCountAll(FindOptions().limit(1), &count);
        QCOMPARE(count, qint64(3));
        QCOMPARE(rows.size(), 1);
        rows = user->findAndCountAll(FindOptions().offset(1).limit(1), &count);
        QCOMPARE(count, qint64(3));
        QCOMPARE(rows.size(), 1);
        rows = user->findAndCountAll(FindOptions().where(Op::ne("id", 1)).attributes({"data"}),
                                     &count);
        QCOMPARE(count, qint64(2));
        QVERIFY(!rows[0]->get().contains("username"));

        ModelDefinition *election = sequelize->define("Election", {{"name", DataTypes::String()}});
        ModelDefinition *citizen = sequelize->define("Citizen", {{"name", DataTypes::String()}});
        election->belongsToMany(citizen,
                                AssociationOptions().as("Voters").through("ElectionsVotes"));
        election->belongsTo(citizen);
        citizen->hasMany(election);
        sequelize->sync(SyncOptions().force());
        const auto alice = citizen->create({{"name", "Alice"}});
        const auto bob = citizen->create({{"name", "Bob"}});
        election->create({{"name", "Some election"}});
        const auto other = election->create({{"name", "Some other election"}});
        other->setAssociated("Citizen", Model::instanceVariant(alice.data()));
        other->setAssociated("Voters", QVariantList{alice->get("id"), bob->get("id")});
        rows = election->findAndCountAll(FindOptions()
                                             .offset(5)
                                             .limit(1)
                                             .where({{"name", "Some election"}})
                                             .include("Citizen")
                                             .include("Voters"),
                                         &count);
        QCOMPARE(count, qint64(1));
        QCOMPARE(rows.size(), 0);
    }

    void orderAndPaging_data() { TestDatabases::addDialectRows(); }
    void orderAndPaging()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        user->create({{"username", "user"}, {"theDate", now}});
        user->create({{"username", "user2"}, {"theDate", now}});
        user->create({{"username", "user3"}, {"theDate", now.addSecs(7200)}});
        auto rows = user->findAll();
        QVERIFY(rows[0]->get("id").toInt() < rows[1]->get("id").toInt());
        rows = user->findAll(FindOptions().order("id", Qt::DescendingOrder));
        QVERIFY(rows[0]->get("id").toInt() > rows[1]->get("id").toInt());
        rows = user->findAll(FindOptions().order("theDate", Qt::DescendingOrder).order("id"));
        QCOMPARE(rows[0]->get("username").toString(), QStringLiteral("user3"));
        user->bulkCreate({{{"username", "bobby"}}, {{"username", "tables"}}});
        rows = user->findAll(FindOptions().limit(2).offset(2).order("id"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0]->get("id").toInt(), 3);
        rows = user->findAll(FindOptions().order(Sequelize::col("username")));
        QCOMPARE(rows.first()->get("username").toString(), QStringLiteral("bobby"));

        ModelDefinition *caps = sequelize->define(
            "UserCaps",
            {{"ID", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"Login", DataTypes::String()}});
        caps->sync(SyncOptions().force());
        caps->create({{"Login", "foo"}});
        QCOMPARE(caps->findAll(FindOptions().where({{"ID", 1}})).size(), 1);
        // Sequelize refuses an undefined where value; C++ has one null, QVariant(): IS NULL.
        QCOMPARE(user->findAll(FindOptions().where({{"username", QVariant()}})).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FindAll)
#include "tst_findall.moc"
