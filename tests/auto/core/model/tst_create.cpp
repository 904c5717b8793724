// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// create() and findOrCreate(), ported from Sequelize v6's test/integration/model/create.test.js,
// on every dialect: keys made by defaults and by the database, silent timestamps, custom
// timestamp attributes, expressions as values, the fields white list, constraint errors, blank
// creates, enums, BIGINT limits and findOrCreate's checks of what a hook changed.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>
#include <QtSequelize/Validator>

#include <QtCore/qdatetime.h>
#include <QtCore/quuid.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Create : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineUser(Sequelize *sequelize)
    {
        ModelDefinition *user
            = sequelize->define("User",
                                {{"username", DataTypes::String()},
                                 {"secretValue", DataTypes::String()},
                                 {"data", DataTypes::String()},
                                 {"intVal", DataTypes::Integer()},
                                 {"theDate", DataTypes::Date()},
                                 {"aBool", DataTypes::Boolean()},
                                 {"uniqueName", Attribute(DataTypes::String()).unique()}});
        sequelize->sync(SyncOptions().force());
        return user;
    }

    // Sequelize's beforeCreate that trims the username.
    class Trim : public ModelHooks
    {
    public:
        void beforeCreate(Model *instance, const HookOptions &) override
        {
            instance->set("username", instance->get("username").toString().trimmed());
        }
    };

private slots:
    void findOrCreateInTransaction_data() { TestDatabases::addDialectRows(); }
    void findOrCreateInTransaction()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        ModelDefinition *account
            = sequelize->define("Account", {{"accountName", DataTypes::String()}});
        account->sync(SyncOptions().force());
        const QSharedPointer<Transaction> t = sequelize->transaction();
        user->findOrCreate(FindOptions().where({{"username", "Username"}}).transaction(t.data()),
                           {{"data", "some data"}});
        account->findOrCreate(
            FindOptions().where({{"accountName", "accountName"}}).transaction(t.data()));
        if (sequelize->dialect() != QLatin1String("sqlite")) // one connection on SQLite
            QCOMPARE(user->count(), qint64(0));
        t->commit();
        QCOMPARE(user->count(), qint64(1));
        QCOMPARE(account->count(), qint64(1));
        QCOMPARE(user->findOne()->get("data").toString(), QStringLiteral("some data"));
    }

    // Sequelize's findCreateFind (model.test.js "findCreateFind"): the row found, else created
    // (created true), else found again; and bulkBuild: unsaved instances with defaults.
    void findCreateFindAndBulkBuild_data() { TestDatabases::addDialectRows(); }
    void findCreateFindAndBulkBuild()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        bool created = false;
        const auto made = user->findCreateFind(FindOptions().where({{"username", "jane"}}),
                                               {{"data", "d"}}, &created);
        QVERIFY(created);
        QCOMPARE(made->get("data").toString(), QStringLiteral("d"));
        const auto again
            = user->findCreateFind(FindOptions().where({{"username", "jane"}}), {}, &created);
        QVERIFY(!created);
        QCOMPARE(again->get("id"), made->get("id"));
        QCOMPARE(user->count(), qint64(1));

        const auto built = user->bulkBuild({{{"username", "a"}}, {{"username", "b"}}});
        QCOMPARE(built.size(), 2);
        QVERIFY(built.at(0)->isNewRecord());
        QCOMPARE(built.at(1)->get("username").toString(), QStringLiteral("b"));
        QCOMPARE(user->count(), qint64(1));
        built.at(0)->save();
        QCOMPARE(user->count(), qint64(2));
    }

    void findOrCreateFindsAndCreates_data() { TestDatabases::addDialectRows(); }
    void findOrCreateFindsAndCreates()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const auto made = user->create({{"username", "Username"}, {"data", "ThisIsData"}});
        bool created = true;
        auto found
            = user->findOrCreate(FindOptions().where({{"username", "Username"}}), {}, &created);
        QVERIFY(!created);
        QCOMPARE(found->get("id"), made->get("id"));
        found = user->findOrCreate(
            FindOptions().where({{"username", "Username"}, {"data", "ThisIsData"}}), {}, &created);
        QVERIFY(!created);
        QCOMPARE(found->get("data").toString(), QStringLiteral("ThisIsData"));

        found = user->findOrCreate(FindOptions().where({{"username", "Other"}}),
                                   {{"data", "ThisIsData"}}, &created);
        QVERIFY(created);
        QCOMPARE(found->get("username").toString(), QStringLiteral("Other"));
        QCOMPARE(found->get("data").toString(), QStringLiteral("ThisIsData"));
        QCOMPARE(user->count(), qint64(2));

        // Special characters and booleans in the defaults reach the row as they are.
        const QString special = QStringLiteral("$$ and !! and :: and ? and ^ and * and \\' $1 :x");
        found = user->findOrCreate(FindOptions().where({{"intVal", 1}}),
                                   {{"data", special}, {"aBool", false}}, &created);
        QVERIFY(created);
        const auto stored = user->findByPk(found->get("id"));
        QCOMPARE(stored->get("data").toString(), special);
        QCOMPARE(stored->get("aBool"), QVariant(false));

        // A default given for an attribute the where names wins, as Sequelize's
        // Utils.defaults(defaults, where); findOrBuild alike. (The where's value won.)
        found = user->findOrCreate(FindOptions().where({{"username", "Third"}, {"intVal", 3}}),
                                   {{"username", "Named"}}, &created);
        QVERIFY(created);
        QCOMPARE(found->get("username").toString(), QStringLiteral("Named"));
        QCOMPARE(found->get("intVal").toInt(), 3);
        const auto built
            = user->findOrBuild(FindOptions().where({{"username", "Fourth"}, {"intVal", 4}}),
                                {{"intVal", 40}}, &created);
        QVERIFY(created);
        QCOMPARE(built->get("username").toString(), QStringLiteral("Fourth"));
        QCOMPARE(built->get("intVal").toInt(), 40);
    }

    // An empty where creates from the defaults (a UUID key made by its default).
    void findOrCreateEmptyWhere_data() { TestDatabases::addDialectRows(); }
    void findOrCreateEmptyWhere()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User",
                                                  {{"id",
                                                    Attribute(DataTypes::Uuid())
                                                        .primaryKey()
                                                        .allowNull(false)
                                                        .defaultValue(DataTypes::UuidV4())},
                                                   {"name", DataTypes::String()}});
        user->sync(SyncOptions().force());
        bool created = false;
        const auto made = user->findOrCreate(FindOptions(), {{"name", "x"}}, &created);
        QVERIFY(created);
        QVERIFY(!made->get("id").toUuid().isNull());
        const auto again = user->findOrCreate(FindOptions(), {{"name", "y"}}, &created);
        QVERIFY(!created);
        QCOMPARE(again->get("id"), made->get("id"));
    }

    // Compared with Sequelize 6.37.8: the row findOrCreate()/findOrBuild() makes takes the
    // where's equalities (of an and too) and the defaults, which win; a condition that is no
    // equality on an attribute the defaults do not give cannot make a value: refused (Sequelize
    // writes the condition in: a DatabaseError on PostgreSQL and MariaDB, "[object Object]" on
    // SQLite), where it created a row that does not meet it. A row found is returned as ever.
    void findOrCreateConditions_data() { TestDatabases::addDialectRows(); }
    void findOrCreateConditions()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "FocUser",
            {{"a", DataTypes::Integer()}, {"b", DataTypes::Integer()}, {"c", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        user->sync(SyncOptions().force());
        bool created = false;
        const Where aAndB = Op::eq("a", 2) && Op::gt("b", 5);
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 user->findOrCreate(FindOptions().where(aAndB), {{"c", 4}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 user->findOrBuild(FindOptions().where(aAndB), {{"c", 4}}));
        QCOMPARE(user->count(), qint64(0));
        auto made = user->findOrCreate(FindOptions().where(aAndB), {{"b", 7}}, &created);
        QVERIFY(created);
        QCOMPARE(made->get("a").toInt(), 2);
        QCOMPARE(made->get("b").toInt(), 7);
        made = user->findOrCreate(FindOptions().where(aAndB), {}, &created);
        QVERIFY(!created); // found: no value to make
        made = user->findOrCreate(FindOptions().where(Op::and_({Op::eq("a", 8), Op::eq("b", 9)})),
                                  {{"a", 10}}, &created);
        QVERIFY(created);
        QCOMPARE(made->get("a").toInt(), 10); // the defaults win, as Sequelize's
        QCOMPARE(made->get("b").toInt(), 9);
        QCOMPARE(user->count(), qint64(2));
    }

    // A hook that changes a value the where named (Sequelize's "mismatched values" case): the
    // first call creates what the hook made; a second finds no "mick " and its INSERT of "mick"
    // collides, which is an error (Sequelize's says the values differ), never a wrong row.
    void findOrCreateHookMismatch_data() { TestDatabases::addDialectRows(); }
    void findOrCreateHookMismatch()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "user", {{"username", Attribute(DataTypes::String()).unique().field("user_name")}});
        user->addHooks(QSharedPointer<Trim>::create());
        user->sync(SyncOptions().force());
        bool created = false;
        const auto made
            = user->findOrCreate(FindOptions().where({{"username", "mick "}}), {}, &created);
        QVERIFY(created);
        QCOMPARE(made->get("username").toString(), QStringLiteral("mick"));
        if (sequelize->dialect() == QLatin1String("mariadb")) {
            // MariaDB's PAD SPACE collations compare 'mick ' equal to 'mick': the find matches.
            const auto found
                = user->findOrCreate(FindOptions().where({{"username", "mick "}}), {}, &created);
            QVERIFY(!created);
            QCOMPARE(found->get("id"), made->get("id"));
            return;
        }
        for (int i = 0; i < 3; ++i) {
            try {
                user->findOrCreate(FindOptions().where({{"username", "mick "}}), {}, &created);
                QFAIL("findOrCreate returned a row that does not match its where");
            } catch (const UniqueConstraintError &error) {
                QVERIFY2(!QString::fromUtf8(error.what()).contains(QLatin1String("mick")),
                         "the message carries a value");
            }
        }
        QCOMPARE(user->count(), qint64(1));
    }

    void multipleUuidKeys_data() { TestDatabases::addDialectRows(); }
    void multipleUuidKeys()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "User",
            {{"id1", Attribute(DataTypes::Uuid()).primaryKey().defaultValue(DataTypes::UuidV4())},
             {"id2", Attribute(DataTypes::Uuid()).primaryKey().defaultValue(DataTypes::UuidV4())},
             {"email", Attribute(DataTypes::Uuid()).defaultValue(DataTypes::UuidV4())}});
        ModelDefinition *monkey = sequelize->define("Monkey",
                                                    {{"monkeyId",
                                                      Attribute(DataTypes::Uuid())
                                                          .primaryKey()
                                                          .allowNull(false)
                                                          .defaultValue(DataTypes::UuidV4())}});
        sequelize->sync(SyncOptions().force());
        const auto made = user->create({});
        QVERIFY(!made->get("id1").toUuid().isNull());
        QVERIFY(!made->get("id2").toUuid().isNull());
        QVERIFY(made->get("id1") != made->get("id2"));
        QCOMPARE(user->findAll().first()->get("email"), made->get("email"));
        QVERIFY(!monkey->create({})->get("monkeyId").toUuid().isNull());
    }

    void silentKeepsGivenTimestamps_data() { TestDatabases::addDialectRows(); }
    void silentKeepsGivenTimestamps()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("user", {{"name", DataTypes::String()}});
        user->sync(SyncOptions().force());
        const QDateTime createdAt(QDate(2012, 11, 10), QTime(10, 10, 10), Qt::UTC);
        const QDateTime updatedAt(QDate(2011, 12, 11), QTime(11, 11, 11), Qt::UTC);
        const auto made = user->create({{"createdAt", createdAt}, {"updatedAt", updatedAt}},
                                       SaveOptions().silent());
        QCOMPARE(made->get("createdAt").toDateTime(), createdAt);
        QCOMPARE(made->get("updatedAt").toDateTime(), updatedAt);
        const auto stored = user->findOne(FindOptions().where(Op::ne("updatedAt", QVariant())));
        QCOMPARE(stored->get("createdAt").toDateTime(), createdAt);
        QCOMPARE(stored->get("updatedAt").toDateTime(), updatedAt);
    }

    void customTimestamps_data() { TestDatabases::addDialectRows(); }
    void customTimestamps()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define(
            "User",
            {{"username", DataTypes::String()},
             {"created_time",
              Attribute(DataTypes::Date()).allowNull(true).defaultValue(DataTypes::Now())},
             {"updated_time",
              Attribute(DataTypes::Date()).allowNull(true).defaultValue(DataTypes::Now())}},
            ModelOptions()
                .createdAt("created_time")
                .updatedAt("updated_time")
                .tableName("users")
                .underscored()
                .freezeTableName());
        ModelDefinition *plain = sequelize->define(
            "Plain", {},
            ModelOptions().createdAt("createdAt").updatedAt("updatedAt").underscored());
        sequelize->sync(SyncOptions().force());
        const auto made = user->create({});
        QVERIFY(made->get("created_time").toDateTime().isValid());
        QVERIFY(made->get("updated_time").toDateTime().isValid());
        QVERIFY(made->get().contains("created_time"));
        QVERIFY(!made->get().contains("createdAt"));
        const auto stored = user->findByPk(made->get("id"));
        QCOMPARE(stored->get("created_time").toDateTime(), made->get("created_time").toDateTime());

        const auto row = plain->create({});
        QVERIFY(row->get("createdAt").toDateTime().isValid());
        QVERIFY(row->get("updatedAt").toDateTime().isValid());
        QVERIFY(!row->get().contains("created_at"));
        // underscored: the columns are created_at/updated_at.
        const auto columns = sequelize->queryInterface().describeTable(plain->tableName());
        QVERIFY(columns.contains("created_at"));
        QVERIFY(columns.contains("updated_at"));
    }

    void expressionsAsValues_data() { TestDatabases::addDialectRows(); }
    void expressionsAsValues()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const bool mariadb = sequelize->dialect() == QLatin1String("mariadb");
        const QString integer = mariadb ? QStringLiteral("signed") : QStringLiteral("integer");
        QStringList statements;
        auto made = user->create({{"intVal", QVariant::fromValue(Sequelize::cast("1", integer))}});
        QCOMPARE(user->findByPk(made->get("id"))->get("intVal").toInt(), 1);

        const Expression twice = mariadb
            ? Sequelize::cast(QVariant::fromValue(Sequelize::cast(
                                  QVariant::fromValue(Sequelize::literal("1-2")), "unsigned")),
                              "signed")
            : Sequelize::cast(QVariant::fromValue(Sequelize::cast(
                                  QVariant::fromValue(Sequelize::literal("1-2")), "integer")),
                              "integer");
        made = user->create({{"intVal", QVariant::fromValue(twice)}});
        QCOMPARE(user->findByPk(made->get("id"))->get("intVal").toInt(), -1);

        made = user->create({{"intVal",
                              QVariant::fromValue(Sequelize::literal(
                                  mariadb ? "CAST(1-2 AS SIGNED)" : "CAST(1-2 AS INTEGER)"))}});
        QCOMPARE(user->findByPk(made->get("id"))->get("intVal").toInt(), -1);

        made = user->create(
            {{"secretValue", QVariant::fromValue(Sequelize::fn("upper", {"sequelize"}))}});
        QCOMPARE(user->findByPk(made->get("id"))->get("secretValue").toString(),
                 QStringLiteral("SEQUELIZE"));
        made = user->create(
            {{"secretValue", QVariant::fromValue(Sequelize::fn("upper", {"$sequelize"}))}});
        QCOMPARE(user->findByPk(made->get("id"))->get("secretValue").toString(),
                 QStringLiteral("$SEQUELIZE"));
        made = user->create(
            {{"secretValue", QVariant::fromValue(Sequelize::fn("upper", {":name ?"}))}});
        QCOMPARE(user->findByPk(made->get("id"))->get("secretValue").toString(),
                 QStringLiteral(":NAME ?"));
    }

    void uniqueAndNotNullViolations_data() { TestDatabases::addDialectRows(); }
    void uniqueAndNotNullViolations()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user
            = sequelize->define("UserWithNonNullSmth",
                                {{"username", Attribute(DataTypes::String()).unique()},
                                 {"smth", Attribute(DataTypes::String()).allowNull(false)}});
        ModelDefinition *url = sequelize->define(
            "StringIsNullOrUrl",
            {{"str", Attribute(DataTypes::String()).allowNull(true).validate(Validator::isUrl())}});
        sequelize->sync(SyncOptions().force());
        try {
            user->create({{"username", "foo2"}, {"smth", QVariant()}});
            QFAIL("a null for a NOT NULL attribute was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(error.errors().size(), 1);
            QCOMPARE(error.errors().first().path(), QStringLiteral("smth"));
            QCOMPARE(error.errors().first().type(), QStringLiteral("notNull Violation"));
        }
        user->create({{"username", "foo"}, {"smth", "foo"}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 user->create({{"username", "foo"}, {"smth", "bar"}}));
        QCOMPARE(user->count(), qint64(1));

        QVERIFY(url->create({{"str", QVariant()}})->get("str").isNull());
        QCOMPARE(url->create({{"str", "http://sequelizejs.org"}})->get("str").toString(),
                 QStringLiteral("http://sequelizejs.org"));
        QVERIFY_THROWS_EXCEPTION(ValidationError, url->create({{"str", ""}}));
        QCOMPARE(url->count(), qint64(2));
    }

    void bigintAndAutoIncrement_data() { TestDatabases::addDialectRows(); }
    void bigintAndAutoIncrement()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *big
            = sequelize->define("UserWithBigIntFields", {{"big", DataTypes::BigInt()}});
        ModelDefinition *counter = sequelize->define(
            "UserWithAutoIncrementField",
            {{"userid",
              Attribute(DataTypes::Integer()).autoIncrement().primaryKey().allowNull(false)}});
        ModelDefinition *book = sequelize->define(
            "Book",
            {{"id", Attribute(DataTypes::BigInt()).primaryKey().autoIncrement()},
             {"title", DataTypes::Text()}});
        sequelize->sync(SyncOptions().force());
        for (const QVariant &value : {QVariant(QStringLiteral("9223372036854775807")),
                                      QVariant(std::numeric_limits<qint64>::max()),
                                      QVariant(std::numeric_limits<qint64>::min())}) {
            const auto made = big->create({{"big", value}});
            QCOMPARE(made->get("big").toLongLong(), value.toLongLong());
            QCOMPARE(big->findByPk(made->get("id"))->get("big").toLongLong(), value.toLongLong());
        }
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 big->create({{"big", QStringLiteral("9223372036854775808")}}));
        QCOMPARE(counter->create({})->get("userid").toInt(), 1);
        QCOMPARE(counter->create({})->get("userid").toInt(), 2);
        const auto iliad = book->create({{"title", "Iliad"}});
        QCOMPARE(iliad->get("title").toString(), QStringLiteral("Iliad"));
        QVERIFY(iliad->get("id").toLongLong() > 0);
    }

    void fieldsWhiteList_data() { TestDatabases::addDialectRows(); }
    void fieldsWhiteList()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        auto made = user->create({{"username", "Peter"}, {"secretValue", "42"}},
                                 SaveOptions().fields({"username"}));
        QVERIFY(made->get("secretValue").isNull());
        auto stored = user->findByPk(made->get("id"));
        QCOMPARE(stored->get("username").toString(), QStringLiteral("Peter"));
        QVERIFY(stored->get("secretValue").isNull());
        made = user->create({{"username", "Peter"}, {"secretValue", "42"}});
        QCOMPARE(user->findByPk(made->get("id"))->get("secretValue").toString(),
                 QStringLiteral("42"));
        // A name in the fields of any writer that is no attribute is a typo: refused, and
        // nothing is written (Sequelize ignores it and writes less). Value maps ignore unknown
        // keys, as Sequelize does (README: deliberate differences).
        const qint64 before = user->count();
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 user->create({{"username", "x"}}, SaveOptions().fields({"nope"})));
        QVERIFY_THROWS_EXCEPTION(
            UnknownAttributeError,
            user->bulkCreate({{{"username", "x"}}}, BulkCreateOptions().fields({"nope"})));
        QVERIFY_THROWS_EXCEPTION(
            UnknownAttributeError,
            user->upsert({{"id", 1}, {"username", "x"}}, SaveOptions().fields({"nope"})));
        QCOMPARE(user->count(), before);
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 user->update({{"username", "y"}}, Op::eq("id", made->get("id")),
                                              UpdateOptions().fields({"nope"})));
        made->set("username", "changed");
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, made->save(SaveOptions().fields({"nope"})));
        QCOMPARE(user->findByPk(made->get("id"))->get("username").toString(),
                 QStringLiteral("Peter"));
    }

    void quotesAndKeywords_data() { TestDatabases::addDialectRows(); }
    void quotesAndKeywords()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        for (const QString &value :
             {QStringLiteral("single'quote"), QStringLiteral("double\"quote"),
              QStringLiteral("{\"key\":\"value\"}"), QStringLiteral("BEGIN TRANSACTION"),
              QStringLiteral("ROLLBACK TRANSACTION"), QStringLiteral("back\\slash")}) {
            const auto made = user->create({{"data", value}});
            QCOMPARE(made->get("data").toString(), value);
            QCOMPARE(user->findOne(FindOptions().where({{"id", made->get("id")}}))
                         ->get("data")
                         .toString(),
                     value);
        }
        const auto custom = user->create({{"id", 42}});
        QCOMPARE(custom->get("id").toInt(), 42);
        QVERIFY(user->findByPk(42));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(user->create({{"username", "foo"}})->get("createdAt").toDateTime().secsTo(now))
                < 5);
    }

    void blankCreates_data() { TestDatabases::addDialectRows(); }
    void blankCreates()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *worker = sequelize->define("Worker", {}, ModelOptions().timestamps(false));
        ModelDefinition *user = sequelize->define(
            "User", {{"email", DataTypes::String()}, {"name", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        QVERIFY(worker->create({}, SaveOptions().fields({}))->get("id").toInt() > 0);
        QVERIFY(worker->create({})->get("id").toInt() > 0);
        QCOMPARE(worker->count(), qint64(2));
        const auto made = user->create({{"name", "Yolo Bear"}, {"email", "yolo@bear.com"}},
                                       SaveOptions().fields({"name"}));
        QCOMPARE(made->get("name").toString(), QStringLiteral("Yolo Bear"));
        QVERIFY(made->get("email").isNull());
        QVERIFY(user->findByPk(made->get("id"))->get("email").isNull());
    }

    void enums_data() { TestDatabases::addDialectRows(); }
    void enums()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *item = sequelize->define(
            "Item", {{"state", DataTypes::Enum({"available", "in_cart", "shipped"})}});
        sequelize->sync(SyncOptions().force());
        const auto made = item->create({{"state", "available"}});
        QCOMPARE(item->findOne(FindOptions().where({{"state", "available"}}))->get("id"),
                 made->get("id"));
        QVERIFY(item->create({{"state", QVariant()}})->get("state").isNull());
        // A value not in the ENUM is the database's error, as in Sequelize (PostgreSQL's enum
        // type, MariaDB's strict mode; on SQLite, where Sequelize stores it, the column's CHECK).
        QVERIFY_THROWS_EXCEPTION(DatabaseError, item->create({{"state", "lost"}}));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, item->bulkCreate({{{"state", "lost"}}}));
        QCOMPARE(item->count(), qint64(2));
        // Syncing again, and again with force, keeps working (PostgreSQL's enum type).
        sequelize->sync();
        sequelize->sync(SyncOptions().force());
        item->create({{"state", "shipped"}});
        QCOMPARE(item->count(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(tst_Create)
#include "tst_create.moc"
