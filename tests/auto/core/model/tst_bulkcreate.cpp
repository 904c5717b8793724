// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// bulkCreate(), ported from Sequelize v6's test/integration/model/bulk-create.test.js, on every
// dialect: keys of rows with nothing else to write, supplied and custom-column keys, disparate
// field lists, the white list, quotes, ignoreDuplicates and updateOnDuplicate, given timestamps
// and keys, and the validate option.

#include <QtSequelize/Errors>
#include <QtSequelize/IndexOptions>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Validator>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_BulkCreate : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineUser(Sequelize *sequelize)
    {
        ModelDefinition *user = sequelize->define(
            "User",
            {{"username", DataTypes::String()},
             {"secretValue", Attribute(DataTypes::String()).field("secret_value")},
             {"data", DataTypes::String()},
             {"uniqueName", Attribute(DataTypes::String()).unique()}});
        sequelize->sync(SyncOptions().force());
        return user;
    }

private slots:
    // Rows with no value to write: every one inserted, each instance with its own key.
    void blankRowsGetTheirKeys_data() { TestDatabases::addDialectRows(); }
    void blankRowsGetTheirKeys()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *worker = sequelize->define("Worker", {}, ModelOptions().timestamps(false));
        ModelDefinition *custom = sequelize->define(
            "Custom",
            {{"maId",
              Attribute(DataTypes::Integer()).primaryKey().autoIncrement().field("yo_id")}});
        sequelize->sync(SyncOptions().force());
        QVERIFY(worker->bulkCreate({}).isEmpty());
        for (ModelDefinition *model : {worker, custom}) {
            const QString key = model->primaryKeyAttribute();
            const auto made = model->bulkCreate({QVariantMap(), QVariantMap(), QVariantMap()});
            const auto stored = model->findAll(FindOptions().order(key));
            QCOMPARE(stored.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(made.at(i)->get(key).toLongLong(), qint64(i + 1));
                QCOMPARE(stored.at(i)->get(key).toLongLong(), qint64(i + 1));
            }
        }
    }

    // A chunkSize whose rows would pass the database's limit of bound parameters is cut to fit
    // it (it used to fail: "too many SQL variables" / "too many bind variables"); every record
    // is written, each instance with its key.
    void chunkSizeBeyondTheParameterLimit_data() { TestDatabases::addDialectRows(); }
    void chunkSizeBeyondTheParameterLimit()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *point
            = sequelize->define("Point", {{"x", DataTypes::Integer()}, {"y", DataTypes::Integer()}},
                                ModelOptions().timestamps(false));
        point->sync(SyncOptions().force());
        QList<QVariantMap> records;
        for (int i = 0; i < 40000; ++i)
            records.append({{"x", i}, {"y", -i}});
        const auto made = point->bulkCreate(records, BulkCreateOptions().chunkSize(40000));
        QCOMPARE(made.size(), 40000);
        QCOMPARE(point->count(), 40000);
        QCOMPARE(point->sum("x").toLongLong(), qint64(40000) * 39999 / 2);
        QCOMPARE(point->findByPk(made.last()->get("id"))->get("y").toInt(), -39999);
    }

    void suppliedKeys_data() { TestDatabases::addDialectRows(); }
    void suppliedKeys()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("user", {});
        sequelize->sync(SyncOptions().force());
        user->bulkCreate({{{"id", 1}}, {{"id", 3}}});
        const auto made = user->bulkCreate({{{"id", 2}}, {{"id", 4}}, {{"id", 5}}});
        QCOMPARE(TestDatabases::valuesOf(made, "id"), QStringList({"2", "4", "5"}));
        QCOMPARE(TestDatabases::valuesOf(user->findAll(FindOptions().order("id")), "id"),
                 QStringList({"1", "2", "3", "4", "5"}));
    }

    // Records that give their auto-increment key mixed with records that do not: each
    // instance holds the key its row got. They used to be inserted in one statement with a
    // NULL key for the others, whose instances then had none (and on PostgreSQL NULL broke
    // the NOT NULL key). Sequelize writes DEFAULT there and reads RETURNING.
    void someRecordsGiveTheKey_data() { TestDatabases::addDialectRows(); }
    void someRecordsGiveTheKey()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        const auto made = user->bulkCreate({{{"id", 100}, {"username", "a"}},
                                            {{"username", "b"}},
                                            {{"username", "c"}},
                                            {{"id", 200}, {"username", "d"}},
                                            {{"id", QVariant()}, {"username", "e"}}},
                                           BulkCreateOptions().chunkSize(2));
        QCOMPARE(made.size(), 5);
        for (const auto &instance : made) {
            const auto stored = user->findByPk(instance->get("id"));
            QVERIFY2(stored, qPrintable(instance->get("username").toString()));
            QCOMPARE(stored->get("username"), instance->get("username"));
        }
        QCOMPARE(made.at(0)->get("id").toInt(), 100);
        QCOMPARE(made.at(3)->get("id").toInt(), 200);
        QCOMPARE(user->count(), qint64(5));
    }

    // A session whose auto-increment keys are 5 apart (MariaDB's auto_increment_increment, as
    // replication set-ups use): each instance holds its row's key, not the first key plus one.
    void keysFiveApart_data() { TestDatabases::addDialectRows(); }
    void keysFiveApart()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        if (dialect == QLatin1String("mariadb"))
            sequelize->query("SET SESSION auto_increment_increment = 5");
        const auto made = user->bulkCreate(
            {{{"username", "a"}}, {{"username", "b"}}, {{"username", "c"}}, {{"username", "d"}}});
        for (const auto &instance : made)
            QCOMPARE(user->findByPk(instance->get("id"))->get("username"),
                     instance->get("username"));
        if (dialect == QLatin1String("mariadb"))
            QCOMPARE(made.at(1)->get("id").toLongLong() - made.at(0)->get("id").toLongLong(), 5);
    }

    // 0 given to an auto-increment key: PostgreSQL and SQLite store 0, as Sequelize (it
    // writes what is given unless it is null); MariaDB generates a key for it, and the
    // instance holds that key. It used to hold 0, a row that is not there.
    void zeroAutoIncrementKey_data() { TestDatabases::addDialectRows(); }
    void zeroAutoIncrementKey()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"username", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        user->create({{"username", "first"}});
        const auto created = user->create({{"id", 0}, {"username", "zero"}});
        const QList<QVariantMap> records{{{"username", "other"}},
                                         {{"id", 0}, {"username", "again"}}};
        if (dialect != QLatin1String("mariadb")) {
            QCOMPARE(created->get("id").toInt(), 0);
            QCOMPARE(user->findByPk(0)->get("username").toString(), QString("zero"));
            QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, user->bulkCreate(records));
            QCOMPARE(user->count(), qint64(2));
            return;
        }
        QVERIFY(created->get("id").toInt() > 1);
        QCOMPARE(user->findByPk(created->get("id"))->get("username").toString(), QString("zero"));
        const auto made = user->bulkCreate(records);
        for (const auto &instance : made) {
            QVERIFY(instance->get("id").toInt() > 0);
            QCOMPARE(user->findByPk(instance->get("id"))->get("username"),
                     instance->get("username"));
        }
        QCOMPARE(user->count(), qint64(4));
    }

    void disparateFieldListsAndWhiteList_data() { TestDatabases::addDialectRows(); }
    void disparateFieldListsAndWhiteList()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        user->bulkCreate({{{"username", "Peter"}, {"secretValue", "42"}, {"uniqueName", "1"}},
                          {{"username", "Paul"}, {"uniqueName", "2"}},
                          {{"username", "Steve"}, {"uniqueName", "3"}}});
        const auto paul = user->findAll(FindOptions().where({{"username", "Paul"}}));
        QCOMPARE(paul.size(), 1);
        QVERIFY(paul.first()->get("secretValue").isNull());
        QCOMPARE(user->findOne(FindOptions().where({{"username", "Peter"}}))
                     ->get("secretValue")
                     .toString(),
                 QStringLiteral("42"));
        user->destroy(Where(), DestroyOptions().truncate());
        user->bulkCreate({{{"username", "Peter"}, {"secretValue", "42"}, {"uniqueName", "1"}},
                          {{"username", "Paul"}, {"secretValue", "23"}, {"uniqueName", "2"}}},
                         BulkCreateOptions().fields({"username", "uniqueName"}));
        const auto rows = user->findAll(FindOptions().order("id"));
        QCOMPARE(TestDatabases::valuesOf(rows, "username"), QStringList({"Peter", "Paul"}));
        QVERIFY(rows.at(0)->get("secretValue").isNull());
        QVERIFY(rows.at(1)->get("secretValue").isNull());
        QVERIFY(!rows.at(0)->isNewRecord());
    }

    void quotesAndJson_data() { TestDatabases::addDialectRows(); }
    void quotesAndJson()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const QStringList texts{QStringLiteral("Single'Quote"), QStringLiteral("Double\"Quote"),
                                QStringLiteral(R"({"key":"value"})"),
                                QStringLiteral("back\\slash ?:$1")};
        QList<QVariantMap> records;
        for (int i = 0; i < texts.size(); ++i)
            records.append({{"username", "u"}, {"data", texts.at(i)}, {"uniqueName", i}});
        user->bulkCreate(records);
        QCOMPARE(TestDatabases::valuesOf(user->findAll(FindOptions().order("id")), "data"), texts);
    }

    void ignoreAndUpdateDuplicates_data() { TestDatabases::addDialectRows(); }
    void ignoreAndUpdateDuplicates()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        QList<QVariantMap> data{{{"uniqueName", "Peter"}, {"secretValue", "42"}},
                                {{"uniqueName", "Paul"}, {"secretValue", "23"}}};
        const QStringList fields{"uniqueName", "secretValue"};
        user->bulkCreate(data, BulkCreateOptions().fields(fields));
        data.append({{"uniqueName", "Michael"}, {"secretValue", "26"}});
        user->bulkCreate(data, BulkCreateOptions().fields(fields).ignoreDuplicates());
        auto rows = user->findAll(FindOptions().order("id"));
        QCOMPARE(TestDatabases::valuesOf(rows, "uniqueName"),
                 QStringList({"Peter", "Paul", "Michael"}));
        QCOMPARE(TestDatabases::valuesOf(rows, "secretValue"), QStringList({"42", "23", "26"}));
        const auto upserted = user->bulkCreate(
            {{{"uniqueName", "Peter"}, {"secretValue", "43"}},
             {{"uniqueName", "Paul"}, {"secretValue", "24"}},
             {{"uniqueName", "Anna"}, {"secretValue", "27"}}},
            BulkCreateOptions().fields(fields).updateOnDuplicate({"secretValue"}));
        rows = user->findAll(FindOptions().order("id"));
        QCOMPARE(TestDatabases::valuesOf(rows, "uniqueName"),
                 QStringList({"Peter", "Paul", "Michael", "Anna"}));
        QCOMPARE(TestDatabases::valuesOf(rows, "secretValue"),
                 QStringList({"43", "24", "26", "27"}));
        // Each returned instance holds its row's key, the updated ones' too (on MariaDB, which
        // has no RETURNING, they had none).
        QCOMPARE(upserted.size(), 3);
        QCOMPARE(upserted.at(0)->get("id"), rows.at(0)->get("id"));
        QCOMPARE(upserted.at(1)->get("id"), rows.at(1)->get("id"));
        QCOMPARE(upserted.at(2)->get("id"), rows.at(3)->get("id"));
    }

    // "should be able to set createdAt and updatedAt if using silent: true": bulkCreate keeps
    // given timestamps (Sequelize fills only the missing ones); "should allow autoincremented
    // attributes to be set"; "should set isNewRecord = false"
    void givenTimestampsAndKeys_data() { TestDatabases::addDialectRows(); }
    void givenTimestampsAndKeys()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("user", {{"name", DataTypes::String()}});
        auto *worker = s->define("Worker", {}, ModelOptions().timestamps(false));
        s->sync(SyncOptions().force());
        const QDateTime createdAt(QDate(2012, 11, 10), QTime(10, 10, 10), Qt::UTC);
        const QDateTime updatedAt(QDate(2011, 12, 11), QTime(11, 11, 11), Qt::UTC);
        QList<QVariantMap> values(10,
                                  QVariantMap{{"createdAt", createdAt}, {"updatedAt", updatedAt}});
        const auto created = user->bulkCreate(values);
        for (const auto &u : created)
            QVERIFY(!u->isNewRecord());
        const auto users = user->findAll(FindOptions().where(Op::ne("updatedAt", QVariant())));
        QCOMPARE(users.size(), 10);
        for (const auto &u : users) {
            QCOMPARE(u->get("createdAt").toDateTime(), createdAt);
            QCOMPARE(u->get("updatedAt").toDateTime(), updatedAt);
        }
        worker->bulkCreate({{{"id", 5}}, {{"id", 10}}});
        const auto workers = worker->findAll(FindOptions().order("id"));
        QCOMPARE(workers.size(), 2);
        QCOMPARE(workers.at(0)->get("id").toInt(), 5);
        QCOMPARE(workers.at(1)->get("id").toInt(), 10);
    }

    // "emits an error when validate is set to true", "doesn't emit an error when validate is
    // set to true but our selectedValues are fine"
    void validateOption_data() { TestDatabases::addDialectRows(); }
    void validateOption()
    {
        QSQ_OPEN_DIALECT(s);
        auto *task
            = s->define("Task",
                        {{"name", Attribute(DataTypes::String()).allowNull(false)},
                         {"code", Attribute(DataTypes::String()).validate(Validator::len(3, 10))}});
        s->sync(SyncOptions().force());
        try {
            task->bulkCreate({{{"name", "foo"}, {"code", "123"}},
                              {{"code", "1234"}},
                              {{"name", "bar"}, {"code", "1"}}},
                             BulkCreateOptions().validate());
            QFAIL("no AggregateError");
        } catch (const AggregateError &e) {
            const auto errors = e.errors();
            QCOMPARE(errors.size(), 2);
            QCOMPARE(errors.at(0).record().value("code").toString(), "1234");
            QCOMPARE(errors.at(0).inner().errors().first().path(), "name");
            QCOMPARE(errors.at(1).record().value("name").toString(), "bar");
            QCOMPARE(errors.at(1).inner().errors().first().path(), "code");
        }
        QCOMPARE(task->count(), qint64(0));
        auto *loose
            = s->define("Loose",
                        {{"name", Attribute(DataTypes::String()).validate(Validator::notEmpty())},
                         {"code", Attribute(DataTypes::String()).validate(Validator::len(3, 10))}});
        s->sync(SyncOptions().force());
        loose->bulkCreate({{{"name", "foo"}, {"code", "123"}}, {{"code", "1234"}}},
                          BulkCreateOptions().fields({"code"}).validate());
        QCOMPARE(loose->count(), qint64(2));
    }

    // ignoreDuplicates: each inserted record's instance holds its generated key, a skipped one
    // (its unique key stored already, or repeated in the batch) none. On MariaDB, whose INSERT
    // IGNORE says neither which rows it inserted nor their keys, no instance had one; Sequelize
    // gives the inserted row's key to the first instance, skipped or not. A NULL in the unique
    // key conflicts with nothing: inserted, its key read on the databases that return rows.
    void ignoredDuplicatesKeys_data() { TestDatabases::addDialectRows(); }
    void ignoredDuplicatesKeys()
    {
        QSQ_OPEN_DIALECT(s);
        auto *pair = s->define("KeyPair",
                               {{"a", Attribute(DataTypes::String()).unique("ab")},
                                {"b", Attribute(DataTypes::Integer()).unique("ab")},
                                {"c", DataTypes::String()}},
                               ModelOptions().timestamps(false));
        pair->sync(SyncOptions().force());
        pair->bulkCreate({{{"a", "x"}, {"b", 1}, {"c", "old"}}});
        const auto made = pair->bulkCreate({{{"a", "x"}, {"b", 1}, {"c", "skipped"}},
                                            {{"a", "q"}, {"b", 5}, {"c", "new"}},
                                            {{"a", "q"}, {"b", 5}, {"c", "repeated"}},
                                            {{"a", "r"}, {"b", 6}, {"c", "new too"}}},
                                           BulkCreateOptions().ignoreDuplicates());
        QCOMPARE(made.size(), 4);
        QVERIFY(made.at(0)->get("id").isNull());
        QVERIFY(made.at(2)->get("id").isNull());
        for (int i : {1, 3}) {
            const auto stored = pair->findByPk(made.at(i)->get("id"));
            QVERIFY2(stored, qPrintable(made.at(i)->get("c").toString()));
            QCOMPARE(stored->get("c"), made.at(i)->get("c"));
        }
        QCOMPARE(pair->count(), qint64(3));
        QCOMPARE(pair->findOne(FindOptions().where({{"a", "x"}}))->get("c").toString(),
                 QStringLiteral("old"));
    }

    // ignoreDuplicates skips the rows that break a unique key and nothing else: on MariaDB its
    // INSERT IGNORE stored an over-long text cut to the column's length and dropped a row whose
    // foreign key named no parent, each without an error.
    void ignoreDuplicatesSkipsOnlyDuplicates_data() { TestDatabases::addDialectRows(); }
    void ignoreDuplicatesSkipsOnlyDuplicates()
    {
        QSQ_OPEN_DIALECT(s);
        auto *parent = s->define("IgParent", {{"name", DataTypes::String()}},
                                 ModelOptions().timestamps(false));
        auto *row = s->define("IgRow",
                              {{"code", Attribute(DataTypes::String(3)).unique()},
                               {"parentId", Attribute(DataTypes::Integer()).references(parent)}},
                              ModelOptions().timestamps(false));
        row->drop();
        parent->sync(SyncOptions().force());
        row->sync(SyncOptions().force());
        parent->create({{"name", "p"}});
        row->create({{"code", "dup"}, {"parentId", 1}});
        const BulkCreateOptions ignore = BulkCreateOptions().ignoreDuplicates();
        QCOMPARE(row->bulkCreate({{{"code", "dup"}}, {{"code", "new"}}}, ignore).size(), 2);
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 row->bulkCreate({{{"code", "fk"}, {"parentId", 99}}}, ignore));
        if (dialect != QLatin1String("sqlite")) { // SQLite keeps no lengths
            QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                     row->bulkCreate({{{"code", "toolong"}}}, ignore));
        }
        QStringList codes;
        for (const auto &r : row->findAll(FindOptions().order("code")))
            codes.append(r->get("code").toString());
        QCOMPARE(codes, QStringList({"dup", "new"}));
    }

    // updateOnDuplicate: "should support the updateOnDuplicate option with primary keys" (same
    // and different column names, a unique key on the primary key, a composite key with its
    // own column names, a composite unique key, a composite unique index), and "should reject
    // for empty array updateOnDuplicate option"
    void updateOnDuplicateKeys_data() { TestDatabases::addDialectRows(); }
    void updateOnDuplicateKeys()
    {
        QSQ_OPEN_DIALECT(s);
        auto *student = s->define("Student",
                                  {{"no", Attribute(DataTypes::Integer()).primaryKey()},
                                   {"name", Attribute(DataTypes::String()).allowNull(false)}});
        auto *car = s->define(
            "Car",
            {{"plateNumber", Attribute(DataTypes::String()).primaryKey().field("plate_number")},
             {"color", DataTypes::Text()}});
        auto *byEmail = s->define("ByEmail",
                                  {{"emailAddress",
                                    Attribute(DataTypes::String())
                                        .allowNull(false)
                                        .primaryKey()
                                        .unique()
                                        .field("email_address")},
                                   {"name", Attribute(DataTypes::String()).allowNull(false)}});
        auto *composite = s->define(
            "Composite",
            {{"systemId",
              Attribute(DataTypes::Integer()).allowNull(false).primaryKey().field("system_id")},
             {"system", Attribute(DataTypes::String()).allowNull(false).primaryKey()},
             {"name", Attribute(DataTypes::String()).allowNull(false)}});
        auto *uniquePair = s->define(
            "UniquePair",
            {{"id", Attribute(DataTypes::Integer()).allowNull(false).primaryKey()},
             {"systemId",
              Attribute(DataTypes::Integer())
                  .allowNull(false)
                  .unique("system_id_system_unique")
                  .field("system_id")},
             {"system",
              Attribute(DataTypes::String()).allowNull(false).unique("system_id_system_unique")},
             {"name", Attribute(DataTypes::String()).allowNull(false)}});
        auto *indexed = s->define(
            "Indexed",
            {{"systemId", Attribute(DataTypes::Integer()).allowNull(false).field("system_id")},
             {"system", Attribute(DataTypes::String()).allowNull(false)},
             {"name", Attribute(DataTypes::String()).allowNull(false)}},
            ModelOptions().index(IndexOptions().unique().fields({"system_id", "system"})));
        s->sync(SyncOptions().force());

        const auto names = [](const QList<QSharedPointer<Model>> &rows, const char *attribute) {
            QStringList list;
            for (const auto &row : rows)
                list.append(row->get(QString::fromLatin1(attribute)).toString());
            return list;
        };
        const auto upsertOptions = [](const QStringList &update) {
            return BulkCreateOptions().updateOnDuplicate(update);
        };
        student->bulkCreate({{{"no", 1}, {"name", "Peter"}}, {{"no", 2}, {"name", "Paul"}}},
                            upsertOptions({"name"}).fields({"no", "name"}));
        student->bulkCreate({{{"no", 1}, {"name", "Peterson"}},
                             {{"no", 2}, {"name", "Paulson"}},
                             {{"no", 3}, {"name", "Michael"}}},
                            upsertOptions({"name"}).fields({"no", "name"}));
        QCOMPARE(names(student->findAll(FindOptions().order("no")), "name"),
                 QStringList({"Peterson", "Paulson", "Michael"}));

        car->bulkCreate({{{"plateNumber", "abc"}, {"color", "Grey"}},
                         {{"plateNumber", "def"}, {"color", "White"}}},
                        upsertOptions({"color"}));
        car->bulkCreate({{{"plateNumber", "abc"}, {"color", "Red"}},
                         {{"plateNumber", "def"}, {"color", "Green"}},
                         {{"plateNumber", "ghi"}, {"color", "Blue"}}},
                        upsertOptions({"color"}));
        QCOMPARE(names(car->findAll(FindOptions().order("plateNumber")), "color"),
                 QStringList({"Red", "Green", "Blue"}));

        byEmail->bulkCreate({{{"emailAddress", "a@example.com"}, {"name", "Alice"}}});
        auto people
            = byEmail->bulkCreate({{{"emailAddress", "a@example.com"}, {"name", "CHANGED NAME"}},
                                   {{"emailAddress", "b@example.com"}, {"name", "Bob"}}},
                                  upsertOptions({"emailAddress", "name"}));
        QCOMPARE(names(people, "name"), QStringList({"CHANGED NAME", "Bob"}));
        QCOMPARE(names(byEmail->findAll(FindOptions().order("emailAddress")), "name"),
                 QStringList({"CHANGED NAME", "Bob"}));

        for (ModelDefinition *m : {composite, uniquePair, indexed}) {
            const bool withId = m == uniquePair;
            QVariantMap alice{{"systemId", 1}, {"system", "system1"}, {"name", "Alice"}};
            QVariantMap changed{{"systemId", 1}, {"system", "system1"}, {"name", "CHANGED NAME"}};
            QVariantMap bob{{"systemId", 1}, {"system", "system2"}, {"name", "Bob"}};
            if (withId) {
                alice.insert("id", 1);
                changed.insert("id", 1);
                bob.insert("id", 2);
            }
            m->bulkCreate({alice});
            people = m->bulkCreate({changed, bob}, upsertOptions({"systemId", "system", "name"}));
            QCOMPARE(names(people, "name"), QStringList({"CHANGED NAME", "Bob"}));
            QCOMPARE(names(m->findAll(FindOptions().order("system")), "name"),
                     QStringList({"CHANGED NAME", "Bob"}));
            QCOMPARE(m->count(), qint64(2));
        }
        QVERIFY_THROWS_EXCEPTION(
            BaseError, student->bulkCreate({{{"no", 9}, {"name", "x"}}}, upsertOptions({})));
    }
};

QTEST_GUILESS_MAIN(tst_BulkCreate)
#include "tst_bulkcreate.moc"
