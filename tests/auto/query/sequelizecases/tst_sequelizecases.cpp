// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize v6's own integration tests (sequelize/sequelize, branch v6, test/integration/), ported
// case by case as data rows per dialect: model/count.test.js, model/sum.test.js,
// model/increment.test.js, model/attributes/operators.test.js, instance/reload.test.js and
// model/scope/{update,destroy,aggregate,count,findAndCountAll}.test.js, model/update.test.js and
// model/paranoid.test.js, instance.validations.test.js, data-types.defaults.test.js and
// sequelize/query.test.js, error.test.js, model/findAll/separate.test.js and
// associations/multiple-level-filters.test.js. Each
// slot names the `it(...)` it ports; cases that cannot be ported are listed at the end of the file
// with the reason.

#include <QtSequelize/Async>
#include <QtSequelize/Errors>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qtemporarydir.h>

#include <QtCore/qjsonobject.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/qthread.h>
#include <QtCore/quuid.h>
#include <QtSequelize/QueryInterface>
#include <QtTest/qtest.h>
#include <functional>

#include "scopemerecords.h"
#include "testdatabases.h"

using namespace QtSequelize;

class tst_SequelizeCases : public QObject
{
    Q_OBJECT

    // count.test.js's beforeEach: User {username, age} hasMany Project {name}.
    struct CountFixture
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *project = nullptr;
    };
    static CountFixture countModels(Sequelize *s)
    {
        CountFixture f;
        f.user
            = s->define("User", {{"username", DataTypes::String()}, {"age", DataTypes::Integer()}});
        f.project = s->define("Project", {{"name", DataTypes::String()}});
        f.user->hasMany(f.project);
        f.project->belongsTo(f.user);
        s->sync(SyncOptions().force());
        return f;
    }

    // increment.test.js's beforeEach: four users, cNumber stored as c_number.
    static ModelDefinition *incrementModel(Sequelize *s)
    {
        ModelDefinition *user
            = s->define("User",
                        {{"id", Attribute(DataTypes::Integer()).primaryKey()},
                         {"aNumber", DataTypes::Integer()},
                         {"bNumber", DataTypes::Integer()},
                         {"cNumber", Attribute(DataTypes::Integer()).field("c_number")}});
        user->sync(SyncOptions().force());
        user->bulkCreate({{{"id", 1}, {"aNumber", 0}, {"bNumber", 0}},
                          {{"id", 2}, {"aNumber", 0}, {"bNumber", 0}},
                          {{"id", 3}, {"aNumber", 0}, {"bNumber", 0}},
                          {{"id", 4}, {"aNumber", 0}, {"bNumber", 0}, {"cNumber", 0}}});
        return user;
    }

    static void addMethodRows()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("increment");
        for (const char *d : {"sqlite", "postgres", "mariadb"}) {
            QTest::addRow("%s-increment", d) << QString::fromLatin1(d) << true;
            QTest::addRow("%s-decrement", d) << QString::fromLatin1(d) << false;
        }
    }
    static int apply(ModelDefinition *m, bool increment, const QVariantMap &by, const Where &where,
                     const UpdateOptions &options = {})
    {
        return increment ? m->increment(by, where, options) : m->decrement(by, where, options);
    }
    static QList<int> column(ModelDefinition *m, const char *name)
    {
        QList<int> values;
        for (const auto &row : m->findAll(FindOptions().order("id")))
            values.append(row->get(QString::fromLatin1(name)).toInt());
        return values;
    }
    static QList<int> shifted(const QList<int> &values, int by)
    {
        QList<int> result;
        for (int v : values)
            result.append(v + by);
        return result;
    }

    // The model of model/scope/*.test.js: a default scope (access_level >= 5), lowAccess
    // (access_level <= 5), withOrder and withInclude (Child with priority 1).
    static ModelDefinition *scopeMe(Sequelize *s, bool children = false)
    {
        ModelDefinition *child = s->define("Child", {{"priority", DataTypes::Integer()}});
        ModelDefinition *me = s->define("ScopeMe",
                                        {{"username", DataTypes::String()},
                                         {"email", DataTypes::String()},
                                         {"access_level", DataTypes::Integer()},
                                         {"other_value", DataTypes::Integer()}});
        me->addScope("defaultScope", FindOptions().where(Op::gte("access_level", 5)));
        me->addScope("lowAccess", FindOptions().where(Op::lte("access_level", 5)));
        me->addScope("withOrder", FindOptions().order("username"));
        me->addScope("withInclude",
                     FindOptions().include(Include("Children").where({{"priority", 1}})));
        child->belongsTo(me);
        me->hasMany(child);
        s->sync(SyncOptions().force());
        me->bulkCreate(TestDatabases::scopeMeRecords(false));
        if (children) {
            const auto records = me->findAll(FindOptions().unscoped().order("id"));
            records.at(0)->createAssociated("Children", {{"priority", 1}});
            records.at(1)->createAssociated("Children", {{"priority", 2}});
        }
        return me;
    }
    static QStringList usernames(ModelDefinition *me, const Where &where = Where())
    {
        QStringList names;
        for (const auto &row : me->findAll(FindOptions().unscoped().where(where).order("id")))
            names.append(row->get("username").toString());
        return names;
    }

    // ValidationError.get(path): the messages of the items on one path.
    static QStringList messagesOf(const ValidationError &error, const QString &path)
    {
        QStringList messages;
        for (const ValidationErrorItem &item : error.errors()) {
            if (item.path() == path)
                messages.append(item.message());
        }
        return messages;
    }

private slots:
    // count.test.js: "should count rows"
    void countRows_data() { TestDatabases::addDialectRows(); }
    void countRows()
    {
        QSQ_OPEN_DIALECT(s);
        const CountFixture f = countModels(s.get());
        f.user->bulkCreate({{{"username", "foo"}}, {{"username", "bar"}}});
        QCOMPARE(f.user->count(), qint64(2));
    }

    // count.test.js: "should support include"
    void countWithInclude_data() { TestDatabases::addDialectRows(); }
    void countWithInclude()
    {
        QSQ_OPEN_DIALECT(s);
        const CountFixture f = countModels(s.get());
        f.user->bulkCreate({{{"username", "foo"}}, {{"username", "bar"}}});
        f.user->findOne()->createAssociated("Projects", {{"name", "project1"}});
        QCOMPARE(f.user->count(
                     FindOptions().include(Include("Projects").where(Op::eq("name", "project1")))),
                 qint64(1));
    }

    // count.test.js: "should count groups correctly and return attributes"
    void countGroupsReturnAttributes_data() { TestDatabases::addDialectRows(); }
    void countGroupsReturnAttributes()
    {
        QSQ_OPEN_DIALECT(s);
        const CountFixture f = countModels(s.get());
        QDateTime old = QDateTime::currentDateTimeUtc();
        old.setDate(QDate(2015, old.date().month(), std::min(old.date().day(), 28)));
        f.user->bulkCreate({{{"username", "foo"}},
                            {{"username", "bar"}},
                            {{"username", "valak"}, {"createdAt", old}}});
        const QList<QVariantMap> users
            = f.user->countGrouped(FindOptions().attributes({"createdAt"}).group({"createdAt"}));
        QCOMPARE(users.size(), 2);
        QVERIFY(users.at(0).value("createdAt").toDateTime().isValid());
        QVERIFY(users.at(1).value("createdAt").toDateTime().isValid());
    }

    // count.test.js: "should not return NaN"
    void countNotNaN_data() { TestDatabases::addDialectRows(); }
    void countNotNaN()
    {
        QSQ_OPEN_DIALECT(s);
        const CountFixture f = countModels(s.get());
        f.user->bulkCreate({{{"username", "valak"}, {"age", 10}},
                            {{"username", "conjuring"}, {"age", 20}},
                            {{"username", "scary"}, {"age", 10}}});
        const QList<QVariantMap> result
            = f.user->countGrouped(FindOptions().where({{"age", 10}}).group({"age"}).order("age"));
        QCOMPARE(result.value(0).value("count").toLongLong(), 2);
        QCOMPARE(f.user->count(FindOptions().where({{"username", "fire"}})), qint64(0));
        QCOMPARE(f.user->countGrouped(FindOptions().where({{"username", "fire"}}).group({"age"})),
                 QList<QVariantMap>());
    }

    // count.test.js: "should be able to specify column for COUNT()"
    void countColumn_data() { TestDatabases::addDialectRows(); }
    void countColumn()
    {
        QSQ_OPEN_DIALECT(s);
        const CountFixture f = countModels(s.get());
        f.user->bulkCreate({{{"username", "ember"}, {"age", 10}},
                            {{"username", "angular"}, {"age", 20}},
                            {{"username", "mithril"}, {"age", 10}}});
        QCOMPARE(f.user->count(FindOptions().col("username")), qint64(3));
        QCOMPARE(f.user->count(FindOptions().col("age").distinct()), qint64(2));
    }

    // count.test.js: "should be able to specify NO column for COUNT() with DISTINCT"
    void countDistinctNoColumn_data() { TestDatabases::addDialectRows(); }
    void countDistinctNoColumn()
    {
        QSQ_OPEN_DIALECT(s);
        const CountFixture f = countModels(s.get());
        f.user->bulkCreate({{{"username", "ember"}, {"age", 10}},
                            {{"username", "angular"}, {"age", 20}},
                            {{"username", "mithril"}, {"age", 10}}});
        QCOMPARE(f.user->count(FindOptions().distinct()), qint64(3));
    }

    // count.test.js: "should be able to use where clause on included models"
    void countWhereOnIncluded_data() { TestDatabases::addDialectRows(); }
    void countWhereOnIncluded()
    {
        QSQ_OPEN_DIALECT(s);
        const CountFixture f = countModels(s.get());
        f.user->bulkCreate({{{"username", "foo"}}, {{"username", "bar"}}});
        f.user->findOne()->createAssociated("Projects", {{"name", "project1"}});
        auto options = [](const char *name) {
            return FindOptions()
                .col("username")
                .include("Projects")
                .where({{"$Projects.name$", QString::fromLatin1(name)}});
        };
        QCOMPARE(f.user->count(options("project1")), qint64(1));
        QCOMPARE(f.user->count(options("project2")), qint64(0));
    }

    // count.test.js: "should be able to specify column for COUNT() with includes"
    void countColumnWithIncludes_data() { TestDatabases::addDialectRows(); }
    void countColumnWithIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        const CountFixture f = countModels(s.get());
        f.user->bulkCreate({{{"username", "ember"}, {"age", 10}},
                            {{"username", "angular"}, {"age", 20}},
                            {{"username", "mithril"}, {"age", 10}}});
        QCOMPARE(f.user->count(FindOptions().col("username").distinct().include("Projects")),
                 qint64(3));
        QCOMPARE(f.user->count(FindOptions().col("age").distinct().include("Projects")), qint64(2));
    }

    // count.test.js: "should work correctly with include and whichever raw option" (raw has no
    // meaning for a C++ count; the include half is ported)
    void countIncludeRaw_data() { TestDatabases::addDialectRows(); }
    void countIncludeRaw()
    {
        QSQ_OPEN_DIALECT(s);
        const CountFixture f = countModels(s.get());
        ModelDefinition *post = s->define("Post", {});
        f.user->hasMany(post);
        post->sync(SyncOptions().force());
        const auto user = f.user->create({});
        const auto p = post->create({});
        user->addAssociated("Posts", {p->get("id")});
        QCOMPARE(f.user->count(), qint64(1));
        QCOMPARE(f.user->count(FindOptions().include("Posts")), qint64(1));
    }

    // sum.test.js: "should sum without rows", "should sum when is 0", "should sum"
    void sum_data() { TestDatabases::addDialectRows(); }
    void sum()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *payment
            = s->define("Payment",
                        {{"amount", DataTypes::Decimal()},
                         {"mood", DataTypes::Enum({"happy", "sad", "neutral"})}});
        s->sync(SyncOptions().force());
        payment->bulkCreate({{{"amount", 5}, {"mood", "neutral"}},
                             {{"amount", -5}, {"mood", "neutral"}},
                             {{"amount", 10}, {"mood", "happy"}},
                             {{"amount", 90}, {"mood", "happy"}}});
        QVERIFY(payment->sum("amount", FindOptions().where({{"mood", "sad"}})).isNull());
        QCOMPARE(payment->sum("amount", FindOptions().where({{"mood", "neutral"}})).toDouble(),
                 0.0);
        QCOMPARE(payment->sum("amount", FindOptions().where({{"mood", "happy"}})).toDouble(),
                 100.0);
    }

    // increment.test.js: "supports where conditions"
    void incrementWhere_data() { addMethodRows(); }
    void incrementWhere()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, increment);
        ModelDefinition *user = incrementModel(s.get());
        apply(user, increment, {{"aNumber", 2}}, Op::eq("id", 1));
        QCOMPARE(user->findByPk(2)->get("aNumber").toInt(), 0);
        QCOMPARE(user->findByPk(1)->get("aNumber").toInt(), increment ? 2 : -2);
    }

    // increment.test.js: "uses correct column names for where conditions"
    void incrementColumnNames_data() { addMethodRows(); }
    void incrementColumnNames()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, increment);
        ModelDefinition *user = incrementModel(s.get());
        apply(user, increment, {{"aNumber", 2}}, Op::eq("cNumber", 0));
        QCOMPARE(user->findByPk(4)->get("aNumber").toInt(), increment ? 2 : -2);
    }

    // increment.test.js: "should still work right with other concurrent increments" (three
    // increments on the pool, concurrently)
    void incrementConcurrent_data() { addMethodRows(); }
    void incrementConcurrent()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, increment);
        ModelDefinition *user = incrementModel(s.get());
        const QList<int> before = column(user, "aNumber");
        QList<QFuture<int>> running;
        for (int i = 0; i < 3; ++i)
            running.append(QtSequelize::async(s.get(), [user, increment] {
                return apply(user, increment, {{"aNumber", 2}}, Where());
            }));
        for (QFuture<int> &f : running)
            QCOMPARE(f.result(), 4);
        QCOMPARE(column(user, "aNumber"), shifted(before, increment ? 6 : -6));
    }

    // increment.test.js: "with array", "with single field", "with single field and no value"
    void incrementSingleField_data() { addMethodRows(); }
    void incrementSingleField()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, increment);
        ModelDefinition *user = incrementModel(s.get());
        const QList<int> before = column(user, "aNumber");
        apply(user, increment, {{"aNumber", 2}}, Where());
        QCOMPARE(column(user, "aNumber"), shifted(before, increment ? 2 : -2));
        apply(user, increment, {{"aNumber", 1}}, Where()); // Sequelize's default `by`
        QCOMPARE(column(user, "aNumber"), shifted(before, increment ? 3 : -3));
    }

    // increment.test.js: "with key value pair"
    void incrementKeyValuePair_data() { addMethodRows(); }
    void incrementKeyValuePair()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, increment);
        ModelDefinition *user = incrementModel(s.get());
        const QList<int> a = column(user, "aNumber");
        const QList<int> b = column(user, "bNumber");
        apply(user, increment, {{"aNumber", 1}, {"bNumber", 2}}, Where());
        QCOMPARE(column(user, "aNumber"), shifted(a, increment ? 1 : -1));
        QCOMPARE(column(user, "bNumber"), shifted(b, increment ? 2 : -2));
    }

    // increment.test.js: "should still work right with other concurrent updates"
    void incrementAfterUpdate_data() { addMethodRows(); }
    void incrementAfterUpdate()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, increment);
        ModelDefinition *user = incrementModel(s.get());
        const QList<int> before = column(user, "aNumber");
        user->update({{"aNumber", 2}}, Where());
        apply(user, increment, {{"aNumber", 2}}, Where());
        QCOMPARE(column(user, "aNumber"), shifted(before, increment ? 4 : 0));
    }

    // increment.test.js: "with timestamps set to true", "... and options.silent set to true"
    void incrementTimestamps_data() { addMethodRows(); }
    void incrementTimestamps()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, increment);
        ModelDefinition *user = s->define("IncrementUser", {{"aNumber", DataTypes::Integer()}});
        user->sync(SyncOptions().force());
        const auto created = user->create({{"aNumber", 1}});
        const QDateTime oldDate = created->get("updatedAt").toDateTime();
        QThread::msleep(20); // instead of sinon's clock: the dates keep milliseconds
        apply(user, increment, {{"aNumber", 1}}, Where(), UpdateOptions().silent());
        QCOMPARE(user->findByPk(created->get("id"))->get("updatedAt").toDateTime(), oldDate);
        apply(user, increment, {{"aNumber", 1}}, Where());
        QVERIFY(user->findByPk(created->get("id"))->get("updatedAt").toDateTime() > oldDate);
    }

    // increment.test.js: "should work with scopes"
    void incrementScopes_data() { addMethodRows(); }
    void incrementScopes()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, increment);
        ModelDefinition *user
            = s->define("User", {{"aNumber", DataTypes::Integer()}, {"name", DataTypes::String()}});
        user->addScope("jeff", FindOptions().where({{"name", "Jeff"}}));
        user->sync(SyncOptions().force());
        user->bulkCreate(
            {{{"aNumber", 1}, {"name", "Jeff"}}, {{"aNumber", 3}, {"name", "Not Jeff"}}});
        apply(user, increment, {{"aNumber", 1}}, Where(), UpdateOptions().scope("jeff"));
        QCOMPARE(user->findOne(FindOptions().scope("jeff"))->get("aNumber").toInt(),
                 increment ? 2 : 0);
        QCOMPARE(user->findOne(FindOptions().where({{"name", "Not Jeff"}}))->get("aNumber").toInt(),
                 3);
    }

    // increment.test.js: "should not care for attributes in the instance scope" (and its
    // exclude/include siblings): an instance's increment writes by key whatever it was read with
    void incrementInstance_data() { addMethodRows(); }
    void incrementInstance()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, increment);
        ModelDefinition *user = incrementModel(s.get());
        user->create({{"id", 5}, {"aNumber", 5}});
        const auto partial = user->findOne(FindOptions().attributes({"id"}).where({{"id", 5}}));
        if (increment)
            partial->increment("aNumber", 2);
        else
            partial->decrement("aNumber", 2);
        QCOMPARE(user->findByPk(5)->get("aNumber").toInt(), increment ? 7 : 3);
    }

    // model/attributes/operators.test.js (REGEXP): "should work with a regexp where", "... not
    // regexp ...", "... case-insensitive regexp ...", "... case-insensitive not regexp ...", on a
    // model whose attributes have their own fields. Sequelize runs them on MySQL/MariaDB and
    // PostgreSQL (iRegexp on PostgreSQL only; here MariaDB too); SQLite has no REGEXP: refused.
    void regexpOperators_data() { TestDatabases::addDialectRows(); }
    void regexpOperators()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user
            = s->define("user",
                        {{"id",
                          Attribute(DataTypes::Integer())
                              .primaryKey()
                              .autoIncrement()
                              .allowNull(false)
                              .field("userId")},
                         {"name", Attribute(DataTypes::String()).field("full_name")}},
                        ModelOptions().tableName("users").timestamps(false));
        user->sync(SyncOptions().force());
        user->create({{"name", "Foobar"}});
        auto found
            = [&](const Where &where) { return bool(user->findOne(FindOptions().where(where))); };
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError, found(Op::regexp("name", "^Foo")));
            return;
        }
        QVERIFY(found(Op::regexp("name", "^Foo")));
        QVERIFY(!found(Op::notRegexp("name", "^Foo")));
        QVERIFY(found(Op::iRegexp("name", "^foo")));
        QVERIFY(!found(Op::notIRegexp("name", "^foo")));
    }

    // instance/reload.test.js: "supports transactions" (SQLite on a file, as Sequelize's
    // prepareTransactionTest: an in-memory database has one connection)
    void reloadTransactions_data() { TestDatabases::addDialectRows(); }
    void reloadTransactions()
    {
        QSQ_REQUIRE_DIALECT();
        QTemporaryDir dir;
        std::unique_ptr<Sequelize> s = dialect == QLatin1String("sqlite")
            ? std::make_unique<Sequelize>(QStringLiteral("sqlite:") + dir.filePath("reload.db"))
            : TestDatabases::open(dialect);
        ModelDefinition *user = s->define("User", {{"username", DataTypes::String()}});
        user->sync(SyncOptions().force());
        const auto created = user->create({{"username", "foo"}});
        const QSharedPointer<Transaction> t = s->transaction();
        user->update({{"username", "bar"}}, Op::eq("username", "foo"),
                     UpdateOptions().transaction(t.data()));
        if (dialect != QLatin1String("sqlite")) { // SQLite's writer locks the file for readers
            created->reload();
            QCOMPARE(created->get("username").toString(), QStringLiteral("foo"));
        }
        created->reload(FindOptions().transaction(t.data()));
        QCOMPARE(created->get("username").toString(), QStringLiteral("bar"));
        t->rollback();
    }

    // instance/reload.test.js: "should use default internal where", "should update the values
    // on all references to the DAO", "should support updating a subset of attributes", "should
    // update read only attributes as well (updatedAt)", "should return an error when reload
    // fails"
    void reloadValues_data() { TestDatabases::addDialectRows(); }
    void reloadValues()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = s->define("User",
                                          {{"username", DataTypes::String()},
                                           {"aNumber", DataTypes::Integer()},
                                           {"bNumber", DataTypes::Integer()}});
        user->sync(SyncOptions().force());
        const auto balak = user->create({{"username", "Balak Bukhara"}});
        const auto john = user->create({{"username", "John Smith"}});
        const QVariant key = balak->get("id");
        balak->reload(FindOptions().where({{"id", john->get("id")}})); // the where is ignored
        QCOMPARE(balak->get("id"), key);
        QCOMPARE(balak->get("username").toString(), QStringLiteral("Balak Bukhara"));

        const QDateTime updatedBefore = balak->get("updatedAt").toDateTime();
        QThread::msleep(20);
        const auto updater = user->findByPk(key);
        updater->update({{"username", "Doe John"}});
        QCOMPARE(balak->get("username").toString(), QStringLiteral("Balak Bukhara"));
        balak->reload();
        QCOMPARE(balak->get("username").toString(), QStringLiteral("Doe John"));
        QVERIFY(balak->get("updatedAt").toDateTime() > updatedBefore);

        const auto numbers = user->create({{"aNumber", 1}, {"bNumber", 1}});
        user->update({{"bNumber", 2}}, Op::eq("id", numbers->get("id")));
        numbers->set("aNumber", 5); // not read again: kept, and still a change
        numbers->reload(FindOptions().attributes({"bNumber"}));
        QCOMPARE(numbers->get("aNumber").toInt(), 5);
        QVERIFY(numbers->changed("aNumber"));
        QCOMPARE(numbers->get("bNumber").toInt(), 2);

        john->destroy();
        try {
            john->reload();
            QFAIL("no InstanceError");
        } catch (const InstanceError &e) {
            QCOMPARE(e.message(),
                     QStringLiteral("Instance could not be reloaded because it does "
                                    "not exist anymore (find call returned null)"));
        }
    }

    // instance/reload.test.js: "should update the associations as well", "should update internal
    // options of the instance", "should set an association to null after deletion, 1-1",
    // "should set an association to empty after all deletion, 1-N", "should update the
    // associations after one element deleted", "should inject default scope when reloading"
    void reloadAssociations_data() { TestDatabases::addDialectRows(); }
    void reloadAssociations()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *book = s->define("Book", {{"title", DataTypes::String()}});
        ModelDefinition *page = s->define("Page", {{"content", DataTypes::Text()}});
        book->hasMany(page);
        page->belongsTo(book);
        ModelDefinition *player = s->define("Player", {{"name", DataTypes::String()}});
        ModelDefinition *shoe = s->define("Shoe", {{"brand", DataTypes::String()}});
        player->hasOne(shoe);
        shoe->belongsTo(player);
        s->sync(SyncOptions().force());

        const auto old = book->create({{"title", "A very old book"}});
        const auto onePage = page->create({{"content", "om nom nom"}});
        old->setAssociated("Pages", QVariantList{onePage->get("id")});
        const auto leBook
            = book->findOne(FindOptions().where({{"id", old->get("id")}}).include("Pages"));
        onePage->update({{"content", "something totally different"}});
        QCOMPARE(qobject_cast<Model *>(leBook->loadedAssociationList("Pages").first())
                     ->get("content")
                     .toString(),
                 QStringLiteral("om nom nom"));
        leBook->reload();
        QCOMPARE(leBook->loadedAssociationList("Pages").size(), 1);
        QCOMPARE(qobject_cast<Model *>(leBook->loadedAssociationList("Pages").first())
                     ->get("content")
                     .toString(),
                 QStringLiteral("something totally different"));
        const auto plain = book->findOne(FindOptions().where({{"id", old->get("id")}}));
        plain->reload(FindOptions().include("Pages"));
        QCOMPARE(plain->loadedAssociationList("Pages").size(), 1);

        const auto thePlayer = player->create({{"name", "the player"}});
        thePlayer->createAssociated("Shoe", {{"brand", "the brand"}});
        const auto lePlayer
            = player->findOne(FindOptions().where({{"id", thePlayer->get("id")}}).include("Shoe"));
        QVERIFY(lePlayer->loadedAssociation("Shoe"));
        lePlayer->loadedAssociation("Shoe")->destroy();
        lePlayer->reload();
        QVERIFY(!lePlayer->loadedAssociation("Shoe"));

        const auto second = page->create({{"content", "two"}});
        old->addAssociated("Pages", {second->get("id")});
        leBook->reload();
        QCOMPARE(leBook->loadedAssociationList("Pages").size(), 2);
        qobject_cast<Model *>(leBook->loadedAssociationList("Pages").first())->destroy();
        leBook->reload();
        QCOMPARE(leBook->loadedAssociationList("Pages").size(), 1);
        qobject_cast<Model *>(leBook->loadedAssociationList("Pages").first())->destroy();
        leBook->reload();
        QCOMPARE(leBook->loadedAssociationList("Pages").size(), 0);

        ModelDefinition *bar = s->define("Bar", {{"name", DataTypes::Text()}});
        ModelDefinition *foo = s->define("Foo", {{"name", DataTypes::Text()}});
        bar->belongsTo(foo);
        foo->hasMany(bar);
        foo->addScope("defaultScope", FindOptions().include("Bars"));
        s->sync();
        const auto aFoo = foo->create({{"name", "foo"}});
        aFoo->createAssociated("Bars", {{"name", "bar"}});
        const auto fromFind = foo->findByPk(aFoo->get("id"));
        QCOMPARE(fromFind->loadedAssociationList("Bars").size(), 1);
        aFoo->reload();
        QCOMPARE(aFoo->loadedAssociationList("Bars").size(), 1);
        QCOMPARE(qobject_cast<Model *>(aFoo->loadedAssociationList("Bars").first())
                     ->get("name")
                     .toString(),
                 QStringLiteral("bar"));
    }

    // model/scope/update.test.js: "should apply defaultScope", "should be able to override
    // default scope", "should be able to unscope destroy" (sic: an update), "should be able to
    // apply other scopes", "should be able to merge scopes with where", "should work with empty
    // where"
    void scopeUpdate_data() { TestDatabases::addDialectRows(); }
    void scopeUpdate()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *me = scopeMe(s.get());
        QCOMPARE(me->update({{"username", "ruben"}}, Where()), 2);
        QCOMPARE(usernames(me, {{"username", "ruben"}}).size(), 2);
        QCOMPARE(me->findAll(FindOptions().unscoped().where({{"username", "ruben"}}).order("id"))
                     .at(0)
                     ->get("email")
                     .toString(),
                 QStringLiteral("tobi@fakeemail.com"));
        me->update({{"username", "tony"}}, Op::eq("email", "tobi@fakeemail.com"),
                   UpdateOptions().unscoped());
        me->update({{"username", "dan"}}, Op::eq("email", "dan@sequelizejs.com"),
                   UpdateOptions().unscoped());
        QCOMPARE(me->update({{"username", "ruben"}}, Op::lt("access_level", 5)), 2);
        QCOMPARE(usernames(me), QStringList({"ruben", "tony", "dan", "ruben"}));
        me->update({{"username", "ruben"}}, Where(), UpdateOptions().unscoped());
        QCOMPARE(usernames(me), QStringList({"ruben", "ruben", "ruben", "ruben"}));
        me->update({{"username", "x"}}, Where(), UpdateOptions().unscoped());
        QCOMPARE(me->update({{"username", "ruben"}}, Where(), UpdateOptions().scope("lowAccess")),
                 3);
        QCOMPARE(usernames(me, Op::ne("username", "ruben")).size(), 1);
        me->update({{"username", "dan"}}, Op::eq("email", "dan@sequelizejs.com"),
                   UpdateOptions().unscoped());
        me->update({{"username", "y"}}, Op::ne("email", "dan@sequelizejs.com"),
                   UpdateOptions().unscoped());
        QCOMPARE(me->update({{"username", "ruben"}}, Op::eq("username", "dan"),
                            UpdateOptions().scope("lowAccess")),
                 1);
        QCOMPARE(usernames(me, {{"username", "ruben"}}), QStringList({"ruben"}));
    }

    // model/scope/destroy.test.js: the same six cases for destroy
    void scopeDestroy_data() { TestDatabases::addDialectRows(); }
    void scopeDestroy()
    {
        QSQ_OPEN_DIALECT(s);
        QCOMPARE(scopeMe(s.get())->destroy(Where()), 2);
        QCOMPARE(usernames(s->model("ScopeMe")), QStringList({"tony", "fred"}));
        QCOMPARE(scopeMe(s.get())->destroy(Op::lt("access_level", 5)), 2);
        QCOMPARE(usernames(s->model("ScopeMe")), QStringList({"tobi", "dan"}));
        scopeMe(s.get())->destroy(Where(), DestroyOptions().unscoped());
        QCOMPARE(usernames(s->model("ScopeMe")), QStringList());
        scopeMe(s.get())->destroy(Where(), DestroyOptions().scope("lowAccess"));
        QCOMPARE(usernames(s->model("ScopeMe")), QStringList({"tobi"}));
        scopeMe(s.get())->destroy({{"username", "dan"}}, DestroyOptions().scope("lowAccess"));
        QCOMPARE(usernames(s->model("ScopeMe")), QStringList({"tony", "tobi", "fred"}));
    }

    // model/scope/aggregate.test.js: "should apply defaultScope", "should be able to override
    // default scope", "should be able to unscope", "should be able to apply other scopes",
    // "should be able to merge scopes with where", "should be able to use where on include"
    void scopeAggregate_data() { TestDatabases::addDialectRows(); }
    void scopeAggregate()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *me = scopeMe(s.get(), true);
        QCOMPARE(me->aggregate("*", "count"), QVariant(qint64(2)));
        QCOMPARE(me->aggregate("*", "count", FindOptions().where(Op::gt("access_level", 5))),
                 QVariant(qint64(1)));
        QCOMPARE(me->aggregate("*", "count", FindOptions().unscoped()), QVariant(qint64(4)));
        QCOMPARE(me->aggregate("*", "count", FindOptions().scope("lowAccess")),
                 QVariant(qint64(3)));
        QCOMPARE(me->aggregate("*", "count",
                               FindOptions().scope("lowAccess").where({{"username", "dan"}})),
                 QVariant(qint64(1)));
        QCOMPARE(me->aggregate("id", "count", FindOptions().scope("withInclude")).toLongLong(), 1);
        QCOMPARE(me->max("access_level").toInt(), 10);
        QCOMPARE(me->min("access_level").toInt(), 5); // the default scope, not 3
    }

    // model/scope/aggregate.test.js "aggregate with schema" (schemas: PostgreSQL, MariaDB; SQLite
    // names the table "heroschema.Heros").
    void scopeAggregateWithSchema_data() { TestDatabases::addDialectRows(); }
    void scopeAggregateWithSchema()
    {
        QSQ_OPEN_DIALECT(s);
        s->dropSchema("heroschema");
        s->createSchema("heroschema");
        ModelDefinition *hero = s->define("Hero", {{"codename", DataTypes::String()}},
                                          ModelOptions().schema("heroschema"));
        s->sync(SyncOptions().force());
        hero->bulkCreate({{{"codename", "hulk"}}, {{"codename", "rantanplan"}}});
        QCOMPARE(hero->aggregate("*", "count", FindOptions().unscoped()), QVariant(qint64(2)));
        s->dropSchema("heroschema");
    }

    // model/update.test.js: "should only update the passed fields", "skips update query: if no
    // data to update", "... skips when timestamps disabled", "changed should be false after
    // reload", "should return the updated record" (RETURNING: PostgreSQL and SQLite; refused on
    // MariaDB, which has no UPDATE ... RETURNING)
    void modelUpdate_data() { TestDatabases::addDialectRows(); }
    void modelUpdate()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *account = s->define(
            "Account",
            {{"ownerId", Attribute(DataTypes::Integer()).allowNull(false).field("owner_id")},
             {"name", DataTypes::String()}});
        ModelDefinition *plain = s->define(
            "Model",
            {{"ownerId", Attribute(DataTypes::Integer()).allowNull(false).field("owner_id")},
             {"name", DataTypes::String()}},
            ModelOptions().timestamps(false));
        s->sync(SyncOptions().force());
        const auto first = account->create({{"ownerId", 2}});
        QCOMPARE(account->update({{"name", "random"}}, {{"id", first->get("id")}}), 1);
        QCOMPARE(account->findByPk(first->get("id"))->get("ownerId").toInt(), 2);

        account->create({{"ownerId", 3}});
        plain->create({{"ownerId", 3}});
        int statements = 0;
        connect(s.get(), &Sequelize::queryExecuted, this, [&] { ++statements; });
        QCOMPARE(account->update({{"unknownField", "haha"}}, {{"ownerId", 3}}), 0);
        QCOMPARE(plain->update({{"unknownField", "haha"}}, {{"ownerId", 3}}), 0);
        QCOMPARE(statements, 0);

        const auto foo = account->create({{"ownerId", 2}, {"name", "foo"}});
        foo->set("name", "bar");
        QCOMPARE(foo->changed(), QStringList({"name"}));
        foo->reload();
        QVERIFY(foo->changed().isEmpty());

        if (dialect == QLatin1String("mariadb")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                     account->updateReturning({{"name", "FooBar"}}, Where()));
        } else {
            const auto rows
                = account->updateReturning({{"name", "FooBar"}}, {{"id", first->get("id")}});
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first()->get("ownerId").toInt(), 2);
            QCOMPARE(rows.first()->get("name").toString(), QStringLiteral("FooBar"));
        }
    }

    // model/paranoid.test.js: "should be able to soft delete with timestamps", "... without
    // timestamps" (deletedAt only, in its own field)
    void paranoid_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("timestamps");
        for (const char *d : {"sqlite", "postgres", "mariadb"}) {
            QTest::addRow("%s-timestamps", d) << QString::fromLatin1(d) << true;
            QTest::addRow("%s-deletedAt-only", d) << QString::fromLatin1(d) << false;
        }
    }
    void paranoid()
    {
        QSQ_OPEN_DIALECT(s);
        QFETCH(bool, timestamps);
        Attributes attributes{
            {"ownerId", Attribute(DataTypes::Integer()).allowNull(false).field("owner_id")},
            {"name", DataTypes::String()}};
        ModelOptions options = ModelOptions().paranoid().timestamps(true);
        if (!timestamps) {
            attributes.append({"deletedAt", Attribute(DataTypes::Date()).field("deleted_at")});
            options.deletedAt("deletedAt").disableCreatedAt().disableUpdatedAt();
        }
        ModelDefinition *account = s->define("Account", attributes, options);
        account->sync(SyncOptions().force());
        account->create({{"ownerId", 12}});
        QCOMPARE(account->count(), qint64(1));
        account->destroy({{"ownerId", 12}});
        QCOMPARE(account->count(), qint64(0));
        QCOMPARE(account->count(FindOptions().paranoid(false)), qint64(1));
        account->restore({{"ownerId", 12}});
        QCOMPARE(account->count(), qint64(1));
        if (!timestamps)
            QVERIFY(!account->hasAttribute("createdAt") && !account->hasAttribute("updatedAt"));
    }

    // instance.validations.test.js, #update: "should allow us to update specific columns without
    // tripping the validations", "should be able to emit an error upon updating when a
    // validation has failed from an instance", "... from the factory", "should enforce a unique
    // constraint"
    void validationsOnUpdate_data() { TestDatabases::addDialectRows(); }
    void validationsOnUpdate()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = s->define(
            "model",
            {{"username", DataTypes::String()},
             {"email",
              Attribute(DataTypes::String())
                  .allowNull(false)
                  .validate(Validator::isEmail().message("You must enter a valid email address"))},
             {"name", Attribute(DataTypes::String()).validate(Validator::notEmpty())},
             {"uniqueName", Attribute(DataTypes::String()).unique("uniqueName")}});
        user->sync(SyncOptions().force());
        const auto bob
            = user->create({{"username", "bob"}, {"email", "hello@world.com"}, {"name", "World"}});
        user->update({{"username", "toni"}}, {{"id", bob->get("id")}});
        QCOMPARE(user->findByPk(bob->get("id"))->get("username").toString(),
                 QStringLiteral("toni"));
        try {
            bob->update({{"name", ""}});
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(messagesOf(e, "name").value(0),
                     QStringLiteral("Validation notEmpty on name failed"));
        }
        try {
            user->update({{"name", ""}}, {{"id", bob->get("id")}});
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(messagesOf(e, "name").value(0),
                     QStringLiteral("Validation notEmpty on name failed"));
        }
        user->create({{"email", "a@b.co"}, {"uniqueName", "unique name one"}});
        const auto two = user->create({{"email", "d@e.fr"}, {"uniqueName", "unique name two"}});
        try {
            user->update({{"uniqueName", "unique name one"}}, {{"id", two->get("id")}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.errors().size(), 1);
            QVERIFY(e.errors().first().path().contains("uniqueName"));
            QVERIFY(e.errors().first().message().contains("must be unique"));
        }
    }

    // instance.validations.test.js, #create: "correctly throws an error using create method",
    // "explicitly validating primary/auto incremented columns" (4 cases), "pass all paths when
    // validating: produce 3 errors", "not null schema validation" (2 cases)
    void validationsOnCreate_data() { TestDatabases::addDialectRows(); }
    void validationsOnCreate()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *project
            = s->define("Project",
                        {{"name",
                          Attribute(DataTypes::String())
                              .allowNull(false)
                              .validate(Validator::isIn({"unknown", "hello", "test"}))},
                         {"creatorName", Attribute(DataTypes::String()).allowNull(false)},
                         {"cost", Attribute(DataTypes::Integer()).allowNull(false)}});
        ModelDefinition *plainId = s->define("UserId",
                                             {{"id",
                                               Attribute(DataTypes::Integer())
                                                   .autoIncrement()
                                                   .primaryKey()
                                                   .validate(Validator::isInt())}});
        ModelDefinition *messageId
            = s->define("UserIdMsg",
                        {{"id",
                          Attribute(DataTypes::Integer())
                              .autoIncrement()
                              .primaryKey()
                              .validate(Validator::isInt().message("ID must be an integer!"))}});
        ModelDefinition *named = s->define(
            "UserName",
            {{"username",
              Attribute(DataTypes::Integer())
                  .autoIncrement()
                  .primaryKey()
                  .validate(Validator::isInt().message("Username must be an integer!"))}});
        s->sync(SyncOptions().force());
        QVERIFY_THROWS_EXCEPTION(
            ValidationError,
            project->create({{"name", "nope"}, {"creatorName", "x"}, {"cost", 1}}));
        auto message = [](const std::function<void()> &call, const QString &path) {
            try {
                call();
            } catch (const ValidationError &e) {
                return messagesOf(e, path).value(0);
            }
            return QString();
        };
        QCOMPARE(message(
                     [&] {
                         plainId->create({{"id", "helloworld"}});
                     },
                     "id"),
                 QStringLiteral("Validation isInt on id failed"));
        QCOMPARE(message(
                     [&] {
                         named->create({{"username", "helloworldhelloworld"}});
                     },
                     "username"),
                 QStringLiteral("Username must be an integer!"));
        QCOMPARE(message(
                     [&] {
                         messageId->create({{"id", "helloworld"}});
                     },
                     "id"),
                 QStringLiteral("ID must be an integer!"));
        // build().validate() and save(): the value is refused when it is set (build), with
        // the same error.
        QCOMPARE(message(
                     [&] {
                         messageId->build({{"id", "helloworld"}})->validate();
                     },
                     "id"),
                 QStringLiteral("ID must be an integer!"));
        QCOMPARE(message(
                     [&] {
                         messageId->build({{"id", "helloworld"}})->save();
                     },
                     "id"),
                 QStringLiteral("ID must be an integer!"));
        try {
            project->create({});
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(e.errors().size(), 3);
            QCOMPARE(e.errors().first().message(), QStringLiteral("Project.name cannot be null"));
            QCOMPARE(e.errors().first().type(), QStringLiteral("notNull Violation"));
        }
        QCOMPARE(project->count(), qint64(0));
    }

    // instance.validations.test.js: "correctly validates using custom validation methods",
    // "skips other validations if allowNull is true and the value is null" (its min message),
    // "validates a model with custom model-wide validation methods"
    void validationsCustom_data() { TestDatabases::addDialectRows(); }
    void validationsCustom()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = s->define(
            "User",
            {{"name",
              Attribute(DataTypes::String())
                  .validate(Validator::custom("customFn",
                                              [](const QVariant &v, QString *m) {
                                                  if (v.toString() == QLatin1String("2"))
                                                      return true;
                                                  *m = QStringLiteral("name should equal '2'");
                                                  return false;
                                              }))},
             {"age",
              Attribute(DataTypes::Integer())
                  .validate(Validator::min(0).message("must be positive"))}});
        try {
            user->build({{"name", "3"}})->validate();
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(messagesOf(e, "name").value(0), QStringLiteral("name should equal '2'"));
        }
        user->build({{"name", "2"}})->validate();
        try {
            user->build({{"name", "2"}, {"age", -1}})->validate();
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(messagesOf(e, "age").value(0), QStringLiteral("must be positive"));
        }
        ModelDefinition *foo = s->define(
            "Foo", {{"field1", DataTypes::Integer()}, {"field2", DataTypes::Integer()}});
        foo->addValidator("xnor", [](const Model *m, QString *message) {
            if (m->get("field1").isNull() == m->get("field2").isNull()) {
                *message = QStringLiteral("xnor failed");
                return false;
            }
            return true;
        });
        try {
            foo->build({{"field1", QVariant()}, {"field2", QVariant()}})->validate();
            QFAIL("no ValidationError");
        } catch (const ValidationError &e) {
            QCOMPARE(messagesOf(e, "xnor").value(0), QStringLiteral("xnor failed"));
        }
        foo->build({{"field1", 33}, {"field2", QVariant()}})->validate();
    }

    // data-types.defaults.test.js ("should encode and fetch column default values"): string
    // family (with quotes, backslash and control characters), integer family, float family,
    // decimal, boolean, time, date, dateonly, blob, uuid, enum, json, and array on PostgreSQL.
    // Each default is read back twice: from a create() (the library writes it) and from a row
    // inserted by raw SQL with the table's own DEFAULTs (the DDL encodes it).
    void columnDefaults_data() { TestDatabases::addDialectRows(); }
    void columnDefaults()
    {
        QSQ_OPEN_DIALECT(s);
        const QString tricky = QStringLiteral("abc'\"\n\r\b\t\\\x1a");
        const QJsonObject json{{"foo", "bar"}};
        QList<QPair<QString, QPair<Attribute, QVariant>>> columns{
            {"string", {Attribute(DataTypes::String()).defaultValue(tricky), tricky}},
            {"char", {Attribute(DataTypes::Char(11)).defaultValue(tricky), tricky}},
            {"text", {Attribute(DataTypes::Text()).defaultValue(tricky), tricky}},
            {"integer", {Attribute(DataTypes::Integer()).defaultValue(1), 1}},
            {"smallint", {Attribute(DataTypes::SmallInt()).defaultValue(1), 1}},
            {"bigint", {Attribute(DataTypes::BigInt()).defaultValue(1), qint64(1)}},
            {"float", {Attribute(DataTypes::Float()).defaultValue(1.1), 1.1}},
            {"real", {Attribute(DataTypes::Real()).defaultValue(1.1), 1.1}},
            {"double", {Attribute(DataTypes::Double()).defaultValue(1.1), 1.1}},
            {"decimal",
             {Attribute(DataTypes::Decimal(4, 1)).defaultValue(1.1), QStringLiteral("1.1")}},
            {"boolean", {Attribute(DataTypes::Boolean()).defaultValue(true), true}},
            {"time", {Attribute(DataTypes::Time()).defaultValue("08:15:00"), QTime(8, 15)}},
            {"date",
             {Attribute(DataTypes::Date())
                  .defaultValue(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)),
              QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)}},
            {"dateonly",
             {Attribute(DataTypes::DateOnly()).defaultValue("2000-01-01"), QDate(2000, 1, 1)}},
            {"blob",
             {Attribute(DataTypes::Blob()).defaultValue(QByteArray("Sequelize")),
              QByteArray("Sequelize")}},
            {"uuid",
             {Attribute(DataTypes::Uuid()).defaultValue("00000000-0000-0000-0000-000000000000"),
              QUuid()}},
            {"enum",
             {Attribute(DataTypes::Enum({"foo", "bar"})).defaultValue("foo"),
              QStringLiteral("foo")}},
            {"json", {Attribute(DataTypes::Json()).defaultValue(QVariant(json)), QVariant(json)}},
        };
        if (dialect == QLatin1String("postgres"))
            columns.append({"array",
                            {Attribute(DataTypes::Array(DataTypes::Integer()))
                                 .defaultValue(QVariantList{1, 2, 3}),
                             QVariantList{1, 2, 3}}});
        Attributes attributes;
        for (const auto &c : std::as_const(columns))
            attributes.append({c.first, c.second.first});
        ModelDefinition *defaults = s->define("Defaults", attributes);
        s->sync(SyncOptions().force());
        auto compare = [&](const QSharedPointer<Model> &row, const char *how) {
            for (const auto &c : std::as_const(columns)) {
                QVariant got = row->get(c.first);
                const QVariant expected = c.second.second;
                if (got.metaType().id() == QMetaType::QJsonValue)
                    got = QVariant(got.toJsonValue().toObject());
                if (expected.metaType().id() == QMetaType::Double)
                    QVERIFY2(qAbs(got.toDouble() - 1.1) < 1e-6, qPrintable(c.first + " " + how));
                else if (expected.metaType().id() == QMetaType::QUuid)
                    QVERIFY2(got.toUuid().isNull(), qPrintable(c.first + " " + how));
                else if (expected.metaType().id() == QMetaType::QVariantList)
                    QCOMPARE(got.toList(), expected.toList());
                else
                    QVERIFY2(got == expected || got.toString() == expected.toString(),
                             qPrintable(c.first + " " + how + ": " + got.toString()));
            }
        };
        const auto created = defaults->create({});
        compare(defaults->findByPk(created->get("id")), "via create()");
        const QueryInterface qi = s->queryInterface();
        const QString table = qi.quoteIdentifier("Defaults");
        const QString now
            = dialect == QLatin1String("sqlite") ? "CURRENT_TIMESTAMP" : "CURRENT_TIMESTAMP";
        s->query(
            QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4, %4)")
                .arg(table, qi.quoteIdentifier("createdAt"), qi.quoteIdentifier("updatedAt"), now));
        const auto raw = defaults->findOne(FindOptions().order("id", Qt::DescendingOrder));
        QVERIFY(raw->get("id") != created->get("id"));
        compare(raw, "via the table's DEFAULTs");
    }

    // sequelize/query.test.js: "executes a query the internal way", "executes a query if only
    // the sql is passed", "executes a query if a placeholder value is an array" (rows), "RAW",
    // "executes select queries correctly", "executes select query with dot notation results"
    // (and "and nest it"), "uses the passed model", "maps the field names to attributes based on
    // the passed model", errors: unknown column (DatabaseError), duplicate (UniqueConstraintError)
    void rawQueries_data() { TestDatabases::addDialectRows(); }
    void rawQueries()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user
            = s->define("User",
                        {{"username", Attribute(DataTypes::String()).unique()},
                         {"emailAddress", Attribute(DataTypes::String()).field("email_address")}});
        user->sync(SyncOptions().force());
        const QueryInterface qi = s->queryInterface();
        auto q = [&](const char *name) { return qi.quoteIdentifier(QString::fromLatin1(name)); };
        const QString insert = QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES ('john', "
                                              "'john@gmail.com', '2012-01-01 10:10:10', "
                                              "'2012-01-01 10:10:10')")
                                   .arg(q("Users"), q("username"), q("email_address"),
                                        q("createdAt"), q("updatedAt"));
        QCOMPARE(s->query(insert).rowsAffected(), 1);
        const auto rows = s->query(QStringLiteral("SELECT * FROM %1").arg(q("Users"))).rows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value("username").toString(), QStringLiteral("john"));
        const auto dotted = s->query(QStringLiteral("SELECT %1 AS %2 FROM %3")
                                         .arg(q("username"), q("user.username"), q("Users")))
                                .rows();
        QCOMPARE(dotted.first().value("user.username").toString(), QStringLiteral("john"));
        const auto nested = s->query(QStringLiteral("SELECT %1 AS %2 FROM %3")
                                         .arg(q("username"), q("user.username"), q("Users")),
                                     QueryOptions().nest())
                                .rows();
        QCOMPARE(nested.first().value("user").toMap().value("username").toString(),
                 QStringLiteral("john"));
        const auto instances = s->query(QStringLiteral("SELECT * FROM %1").arg(q("Users")),
                                        QueryOptions().model(user))
                                   .instances();
        QCOMPARE(instances.size(), 1);
        QCOMPARE(instances.first()->get("emailAddress").toString(),
                 QStringLiteral("john@gmail.com"));

        s->query(QStringLiteral("DELETE FROM %1").arg(q("Users")));
        s->query(
            QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5) VALUES ?")
                .arg(q("Users"), q("username"), q("email_address"), q("createdAt"), q("updatedAt")),
            QueryOptions().replacements(QVariantList{
                QVariantList{QVariantList{"john", "john@gmail.com", "2012-01-01 10:10:10",
                                          "2012-01-01 10:10:10"},
                             QVariantList{"michael", "michael@gmail.com", "2012-01-01 10:10:10",
                                          "2012-01-01 10:10:10"}}}));
        const auto two
            = s->query(
                   QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(q("Users"), q("username")))
                  .rows();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).value("username").toString(), QStringLiteral("john"));
        QCOMPARE(two.at(1).value("username").toString(), QStringLiteral("michael"));

        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 s->query(QStringLiteral("SELECT * FROM %1 WHERE %2 = 1")
                                              .arg(q("Users"), q("unknown_column"))));
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, s->query(insert));
        // A list as a bind parameter would reach the driver as something else: refused.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            s->query("SELECT $1", QueryOptions().bind(QVariantList{QVariantList{1, 2}})));
    }

    // error.test.js: "Sequelize Errors instances should be instances of Error" (names),
    // OptimisticLockError "got correct error type and message", ConstraintError "Can be
    // intercepted as UniqueConstraintError" / "... as ValidationError", "Supports newlines in
    // keys", "Works when unique keys are not defined in sequelize"
    void errors_data() { TestDatabases::addDialectRows(); }
    void errors()
    {
        QSQ_OPEN_DIALECT(s);
        QCOMPARE(BaseError().name(), QStringLiteral("SequelizeBaseError"));
        QCOMPARE(ValidationError(QStringLiteral("error message"), {}).name(),
                 QStringLiteral("SequelizeValidationError"));
        QCOMPARE(ValidationError(QStringLiteral("error message"), {}).message(),
                 QStringLiteral("error message"));

        ModelDefinition *account = s->define("Account", {{"number", DataTypes::Integer()}},
                                             ModelOptions().version(true));
        account->sync(SyncOptions().force());
        const auto a = account->create({{"number", 1}});
        const auto b = account->findByPk(a->get("id"));
        a->set("number", 2);
        a->save();
        b->set("number", 2);
        try {
            b->save();
            QFAIL("no OptimisticLockError");
        } catch (const OptimisticLockError &e) {
            QCOMPARE(e.message(),
                     QStringLiteral("Attempting to update a stale model instance: Account"));
        }

        ModelDefinition *user
            = s->define("user",
                        {{"first_name", Attribute(DataTypes::String()).unique("unique_name")},
                         {"last_name", Attribute(DataTypes::String()).unique("unique_name")}});
        user->sync(SyncOptions().force());
        user->create({{"first_name", "jan"}, {"last_name", "meier"}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 user->create({{"first_name", "jan"}, {"last_name", "meier"}}));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 user->create({{"first_name", "jan"}, {"last_name", "meier"}}));

        ModelDefinition *named = s->define(
            "named", {{"name", Attribute(DataTypes::String()).unique("unique \n unique")}},
            ModelOptions().timestamps(false));
        named->sync(SyncOptions().force());
        named->create({{"name", "jan"}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, named->create({{"name", "jan"}}));
        // The model redefined without the unique key the table still has.
        named
            = s->define("named", {{"name", DataTypes::String()}}, ModelOptions().timestamps(false));
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, named->create({{"name", "jan"}}));
        QCOMPARE(named->count(), qint64(1));
    }

    // model/findAll/separate.test.js: "separate with limit: should not throw syntax error
    // (union)" — a nested include with a where and a limit per row (Sequelize's separate: true,
    // which does not drop the parents it finds nothing for), once and twice
    void separateWithLimit_data() { TestDatabases::addDialectRows(); }
    void separateWithLimit()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *project = s->define("Project", {{"name", DataTypes::String()}});
        ModelDefinition *levelTwo = s->define("LevelTwo", {{"name", DataTypes::String()}});
        ModelDefinition *levelThree = s->define("LevelThree", {{"type", DataTypes::Integer()}});
        project->hasMany(levelTwo);
        levelTwo->belongsTo(project);
        levelTwo->hasMany(levelThree, AssociationOptions().as("type_ones"));
        levelTwo->hasMany(levelThree, AssociationOptions().as("type_twos"));
        levelThree->belongsTo(levelTwo);
        s->sync(SyncOptions().force());
        const auto p = project->create({{"name", "testProject"}});
        const auto l21 = levelTwo->create({{"name", "testL21"}});
        const auto l22 = levelTwo->create({{"name", "testL22"}});
        p->addAssociated("LevelTwos", {l21->get("id"), l22->get("id")});
        auto separate = [](const char *as, int type) {
            return Include(QString::fromLatin1(as))
                .where({{"type", type}})
                .limit(1)
                .order("createdAt", Qt::DescendingOrder);
        };
        for (int includes = 1; includes <= 2; ++includes) {
            Include two("LevelTwos");
            two.include(separate("type_ones", 0));
            if (includes == 2)
                two.include(separate("type_twos", 1));
            const auto projects
                = project->findAll(FindOptions().where({{"name", "testProject"}}).include(two));
            QCOMPARE(projects.size(), 1);
            const QList<QObject *> twos = projects.first()->loadedAssociationList("LevelTwos");
            QCOMPARE(twos.size(), 2);
            for (QObject *o : twos)
                QCOMPARE(qobject_cast<Model *>(o)->loadedAssociationList("type_ones").size(), 0);
        }
    }

    // associations/multiple-level-filters.test.js: "can filter through belongsTo", "avoids
    // duplicated tables in query", "can filter through hasMany", "can filter through hasMany
    // connector" (belongsToMany)
    void multipleLevelFilters_data() { TestDatabases::addDialectRows(); }
    void multipleLevelFilters()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *user = s->define("User", {{"username", DataTypes::String()}});
        ModelDefinition *task = s->define("Task", {{"title", DataTypes::String()}});
        ModelDefinition *project = s->define("Project", {{"title", DataTypes::String()}});
        project->belongsTo(user);
        user->hasMany(project);
        task->belongsTo(project);
        project->hasMany(task);
        project->belongsToMany(user, AssociationOptions().through("user_project").as("Members"));
        user->belongsToMany(project,
                            AssociationOptions().through("user_project").as("Memberships"));
        s->sync(SyncOptions().force());
        user->bulkCreate({{{"username", "leia"}}, {{"username", "vader"}}});
        project->bulkCreate(
            {{{"UserId", 1}, {"title", "republic"}}, {{"UserId", 2}, {"title", "empire"}}});
        task->bulkCreate({{{"ProjectId", 1}, {"title", "fight empire"}},
                          {{"ProjectId", 1}, {"title", "stablish republic"}},
                          {{"ProjectId", 2}, {"title", "destroy rebel alliance"}},
                          {{"ProjectId", 2}, {"title", "rule everything"}}});
        auto titles = [](const QList<QSharedPointer<Model>> &rows) {
            QStringList t;
            for (const auto &r : rows)
                t.append(r->get("title").toString());
            return t;
        };
        Include projectOfLeia("Project");
        projectOfLeia.required(true).include(Include("User").where({{"username", "leia"}}));
        QCOMPARE(titles(task->findAll(FindOptions().include(projectOfLeia).order("id"))),
                 QStringList({"fight empire", "stablish republic"}));
        Include projectOfLeiaOne("Project");
        projectOfLeiaOne.required(true).include(
            Include("User").where({{"username", "leia"}, {"id", 1}}));
        QCOMPARE(titles(task->findAll(FindOptions().include(projectOfLeiaOne).order("id"))),
                 QStringList({"fight empire", "stablish republic"}));
        Include projectsFighting("Projects");
        projectsFighting.required(true).include(
            Include("Tasks").where({{"title", "fight empire"}}));
        const auto users = user->findAll(FindOptions().include(projectsFighting));
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first()->get("username").toString(), QStringLiteral("leia"));

        user->findByPk(1)->setAssociated("Memberships", QVariantList{1});
        user->findByPk(2)->setAssociated("Memberships", QVariantList{2});
        const auto republicans = user->findAll(
            FindOptions().include(Include("Memberships").where({{"title", "republic"}})));
        QCOMPARE(republicans.size(), 1);
        QCOMPARE(republicans.first()->get("username").toString(), QStringLiteral("leia"));
    }

    // model/scope/count.test.js: "should apply defaultScope", "should be able to override default
    // scope", "should be able to unscope", "should be able to apply other scopes", "should be able
    // to merge scopes with where", "should ignore the order option if it is found within the
    // scope", "should be able to use where on include" (the default scope also names attributes)
    void scopeCount_data() { TestDatabases::addDialectRows(); }
    void scopeCount()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *me = scopeMe(s.get(), true);
        me->addScope("defaultScope",
                     FindOptions()
                         .where(Op::gte("access_level", 5))
                         .attributes({"id", "username", "email", "access_level"}));
        QCOMPARE(me->count(), qint64(2));
        QCOMPARE(me->count(FindOptions().where(Op::gt("access_level", 5))), qint64(1));
        QCOMPARE(me->count(FindOptions().unscoped()), qint64(4));
        QCOMPARE(me->count(FindOptions().scope("lowAccess")), qint64(3));
        QCOMPARE(me->count(FindOptions().scope("lowAccess").where({{"username", "dan"}})),
                 qint64(1));
        QCOMPARE(me->count(FindOptions().scope("withOrder")), qint64(4));
        QCOMPARE(me->count(FindOptions().scope("withInclude")), qint64(1));
    }

    // model/scope/findAndCountAll.test.js: "should apply defaultScope", "should be able to
    // override default scope", "should be able to unscope" (with a limit), "should be able to
    // apply other scopes", "should be able to merge scopes with where", "should ignore the order
    // option if it is found within the scope", "should include table that is defined as include
    // within a scope"
    void scopeFindAndCountAll_data() { TestDatabases::addDialectRows(); }
    void scopeFindAndCountAll()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *me = scopeMe(s.get());
        me->addScope("defaultScope",
                     FindOptions()
                         .where(Op::gte("access_level", 5))
                         .attributes({"username", "email", "access_level"}));
        ModelDefinition *team = s->define("Team", {{"name", DataTypes::String()}});
        ModelDefinition *player = s->define("Player", {{"name", DataTypes::String()}});
        team->hasMany(player);
        player->belongsTo(team);
        player->addScope("includeTeam", FindOptions().include("Team"));
        team->sync(SyncOptions().force());
        player->sync(SyncOptions().force());
        team->bulkCreate({{{"name", "Team Red"}}, {{"name", "Team Blue"}}});
        player->bulkCreate({{{"name", "bubby"}, {"TeamId", 1}},
                            {{"name", "lisa"}, {"TeamId", 2}},
                            {{"name", "anna"}, {"TeamId", 1}},
                            {{"name", "riko"}, {"TeamId", 2}}});
        qint64 count = 0;
        QCOMPARE(me->findAndCountAll({}, &count).size(), 2);
        QCOMPARE(count, qint64(2));
        QCOMPARE(me->findAndCountAll(FindOptions().where(Op::gt("access_level", 5)), &count).size(),
                 1);
        QCOMPARE(count, qint64(1));
        QCOMPARE(me->findAndCountAll(FindOptions().unscoped().limit(1), &count).size(), 1);
        QCOMPARE(count, qint64(4));
        me->findAndCountAll(FindOptions().scope("lowAccess"), &count);
        QCOMPARE(count, qint64(3));
        me->findAndCountAll(FindOptions().scope("lowAccess").where({{"username", "dan"}}), &count);
        QCOMPARE(count, qint64(1));
        me->findAndCountAll(FindOptions().scope("withOrder"), &count);
        QCOMPARE(count, qint64(4));
        const auto players
            = player->findAndCountAll(FindOptions().scope("includeTeam").distinct(), &count);
        QCOMPARE(count, qint64(4));
        QVERIFY(players.first()->loadedAssociation("Team"));
    }
};

// Not ported, with the reason:
// - model/scope/findAndCountAll.test.js "should be able to merge multiple scopes": the file on
//   record is v7's, where two scopes' conditions on one attribute are ANDed; v6 (and this
//   library, as the conformance scenarios recorded) lets the later one replace the earlier.
// - error.test.js: the constructor cases (JavaScript's error construction, getValidatorKey,
//   origins, parent/original) have no C++ counterpart; the database cases are ported.
// - sequelize/query.test.js: retry, logging/benchmark and logQueryParameters (the options are
//   not there yet), quoteIdentifiers: false, fieldMap, stored procedures (MySQL/DB2), raw errors
//   and stack traces (JavaScript's).
// - data-types.defaults.test.js: TINYINT, MEDIUMINT, GEOMETRY, GEOGRAPHY, CITEXT, HSTORE, RANGE,
//   CIDR/INET and MACADDR are not DataTypes here; JSONB is covered by tst_datatypes.
// - instance.validations.test.js "should allow a custom unique constraint error message", "should
//   handle multiple unique messages correctly": Attribute::unique() takes no message yet;
//   "supports promises with custom validation methods": custom validators are synchronous
//   functions; "correctly validates using create method" (setTask/setProject on hasOne) is
//   covered by tst_associations.
// - model/update.test.js "should ignore undefined values without throwing not null validation":
//   C++ has no undefined (a key left out of the map is the equivalent); "should output the
//   updated record" is MSSQL's; "should only update one row" (LIMIT on UPDATE): UpdateOptions
//   has no limit.
// - reload.test.js "should return a reference to the same DAO instead of creating a new one":
//   reload() is a member function of the instance; there is no other object to compare.
// - count.test.js "... whichever raw option": `raw` has no meaning for a C++ count() (one
//   number); the include half is countIncludeRaw.

QTEST_GUILESS_MAIN(tst_SequelizeCases)
#include "tst_sequelizecases.moc"
