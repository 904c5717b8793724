// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Instance save() and update(), ported from Sequelize v6's test/integration/instance/save.test.js,
// on every dialect: the fields white list (written and validated), what before hooks change,
// keys of zero, timestamps (silent, nothing changed, one of them disabled), expressions as
// values, validation messages and instances that carry loaded associations.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>
#include <QtSequelize/Validator>

#include <QtCore/qdatetime.h>
#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Save : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineUser(Sequelize *sequelize)
    {
        ModelDefinition *user = sequelize->define(
            "User",
            {{"username", DataTypes::String()},
             {"uuidv4", Attribute(DataTypes::Uuid()).defaultValue(DataTypes::UuidV4())},
             {"touchedAt", Attribute(DataTypes::Date()).defaultValue(DataTypes::Now())},
             {"aNumber", DataTypes::Integer()},
             {"bNumber", DataTypes::Integer()},
             {"aDate", DataTypes::Date()},
             {"validateTest",
              Attribute(DataTypes::Integer()).allowNull(true).validate(Validator::isInt())},
             {"validateCustom",
              Attribute(DataTypes::String())
                  .allowNull(true)
                  .validate(Validator::len(1, 20).message("Length failed."))},
             {"dateAllowNullTrue", Attribute(DataTypes::Date()).allowNull(true)},
             {"isSuperUser", Attribute(DataTypes::Boolean()).defaultValue(false)}});
        user->sync(SyncOptions().force());
        return user;
    }
    // Timestamps have millisecond precision on every dialect: let the clock move.
    static void tick() { QThread::msleep(15); }

    class SetEmail : public ModelHooks
    {
    public:
        explicit SetEmail(const QString &value)
            : m_value(value)
        {
        }
        void beforeUpdate(Model *instance, const HookOptions &) override
        {
            instance->set("email", m_value);
        }

    private:
        QString m_value;
    };

    static QString firstMessage(const ValidationError &error, const QString &path)
    {
        for (const ValidationErrorItem &item : error.errors()) {
            if (item.path() == path)
                return item.message();
        }
        return QString();
    }

private slots:
    void transactions_data() { TestDatabases::addDialectRows(); }
    void transactions()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const QSharedPointer<Transaction> t = sequelize->transaction();
        user->build({{"username", "foo"}})->save(SaveOptions().transaction(t.data()));
        if (sequelize->dialect() != QLatin1String("sqlite")) // one connection on SQLite
            QCOMPARE(user->count(), qint64(0));
        QCOMPARE(user->count(FindOptions().transaction(t.data())), qint64(1));
        t->rollback();
        QCOMPARE(user->count(), qint64(0));
    }

    void fieldsLimitWritesAndValidation_data() { TestDatabases::addDialectRows(); }
    void fieldsLimitWritesAndValidation()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const QDateTime touched = QDateTime::currentDateTimeUtc().addDays(-1);
        const auto made = user->create({{"username", "foo"}, {"touchedAt", touched}});
        made->set("username", "fizz");
        made->set("touchedAt", QDateTime(QDate(1990, 2, 1), QTime(0, 0), Qt::UTC));
        made->save(SaveOptions().fields({"username"}));
        const auto stored = user->findByPk(made->get("id"));
        QCOMPARE(stored->get("username").toString(), QStringLiteral("fizz"));
        QCOMPARE(stored->get("touchedAt").toDateTime(), touched);
        // The unsaved change stays pending on the instance.
        QVERIFY(made->changed("touchedAt"));

        // Only the fields are validated: an invalid value outside them is not saved, not checked.
        // (A value that cannot be of the attribute's type, Sequelize's "cake" for an INTEGER, is
        // refused by set() already: instances hold typed values.)
        QVERIFY_THROWS_EXCEPTION(ValidationError, user->build({{"validateTest", "cake"}}));
        const auto built
            = user->build({{"validateCustom", QString(26, QLatin1Char('a'))}, {"aNumber", 1}});
        built->save(SaveOptions().fields({"aNumber"}));
        QVERIFY(user->findByPk(built->get("id"))->get("validateCustom").isNull());
        // Zero is a value.
        const auto zero = user->build({{"aNumber", 0}});
        zero->save(SaveOptions().fields({"aNumber"}));
        QCOMPARE(zero->get("aNumber"), QVariant(0));
        QCOMPARE(user->findByPk(zero->get("id"))->get("aNumber"), QVariant(0));
    }

    // An empty fields list writes nothing, as Sequelize's fields: [] (it wrote every field, as
    // if none had been given): a stored instance's save() and update() leave the row and (as
    // Sequelize's update) set nothing; a static update returns 0; create() and bulkCreate()
    // insert rows of the database's defaults (and the timestamps). update() with fields sets
    // only those values.
    void emptyFieldsWriteNothing_data() { TestDatabases::addDialectRows(); }
    void emptyFieldsWriteNothing()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const auto made = user->create({{"username", "foo"}, {"aNumber", 1}});
        made->set("username", "bar");
        made->save(SaveOptions().fields({}));
        QCOMPARE(user->findByPk(made->get("id"))->get("username").toString(), QString("foo"));
        QVERIFY(made->changed("username"));
        made->reload();
        made->update({{"username", "baz"}}, SaveOptions().fields({}));
        QCOMPARE(made->get("username").toString(), QString("foo"));
        QVERIFY(made->changed().isEmpty());
        made->update({{"username", "baz"}, {"aNumber", 2}}, SaveOptions().fields({"aNumber"}));
        QCOMPARE(made->get("username").toString(), QString("foo"));
        QVERIFY(made->changed().isEmpty());
        const auto stored = user->findByPk(made->get("id"));
        QCOMPARE(stored->get("username").toString(), QString("foo"));
        QCOMPARE(stored->get("aNumber").toInt(), 2);
        QCOMPARE(user->update({{"username", "all"}}, Where(), UpdateOptions().fields({})), 0);
        const auto blank = user->create({{"username", "new"}}, SaveOptions().fields({}));
        QVERIFY(user->findByPk(blank->get("id"))->get("username").isNull());
        // The timestamps it wrote are not pending afterwards.
        QVERIFY(!blank->changed("createdAt"));
        QVERIFY(!blank->changed("updatedAt"));
        user->bulkCreate({{{"username", "new"}}}, BulkCreateOptions().fields({}));
        QCOMPARE(user->count(FindOptions().where({{"username", QVariant()}})), qint64(2));
        QCOMPARE(user->findByPk(made->get("id"))->get("username").toString(), QString("foo"));
    }

    void attributeNamedLength_data() { TestDatabases::addDialectRows(); }
    void attributeNamedLength()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *box = sequelize->define("box",
                                                 {{"length", DataTypes::Integer()},
                                                  {"width", DataTypes::Integer()},
                                                  {"height", DataTypes::Integer()}});
        box->sync(SyncOptions().force());
        box->create({{"length", 1}, {"width", 2}, {"height", 3}})
            ->update({{"length", 4}, {"width", 5}, {"height", 6}});
        const auto stored = box->findOne();
        QCOMPARE(stored->get("length").toInt(), 4);
        QCOMPARE(stored->get("width").toInt(), 5);
        QCOMPARE(stored->get("height").toInt(), 6);
    }

    // What a beforeUpdate hook sets is saved, and validated, with the default fields.
    void hookChanges_data() { TestDatabases::addDialectRows(); }
    void hookChanges()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User",
                                                  {{"name", DataTypes::String()},
                                                   {"bio", DataTypes::Text()},
                                                   {"email", DataTypes::String()}});
        user->addHooks(QSharedPointer<SetEmail>::create(QStringLiteral("C")));
        user->sync(SyncOptions().force());
        auto made = user->create({{"name", "A"}, {"bio", "A"}, {"email", "A"}});
        made->set({{"name", "B"}, {"bio", "B"}});
        made->save();
        auto stored = user->findOne();
        QCOMPARE(stored->get("name").toString(), QStringLiteral("B"));
        QCOMPARE(stored->get("email").toString(), QStringLiteral("C"));
        made->set({{"name", "D"}, {"email", "D"}});
        made->save();
        stored = user->findOne();
        QCOMPARE(stored->get("name").toString(), QStringLiteral("D"));
        QCOMPARE(stored->get("email").toString(), QStringLiteral("C"));

        ModelDefinition *checked = sequelize->define(
            "Checked",
            {{"name", DataTypes::String()},
             {"email", Attribute(DataTypes::String()).validate(Validator::isEmail())}});
        checked->addHooks(QSharedPointer<SetEmail>::create(QStringLiteral("B")));
        checked->sync(SyncOptions().force());
        made = checked->create({{"name", "A"}, {"email", "valid.email@gmail.com"}});
        made->set("name", "B");
        QVERIFY_THROWS_EXCEPTION(ValidationError, made->save());
        made->set({{"name", "B"}, {"email", "still.valid.email@gmail.com"}});
        QVERIFY_THROWS_EXCEPTION(ValidationError, made->save());
        QCOMPARE(checked->findOne()->get("email").toString(),
                 QStringLiteral("valid.email@gmail.com"));
        QCOMPARE(checked->findOne()->get("name").toString(), QStringLiteral("A"));
    }

    void storesAndKeyZero_data() { TestDatabases::addDialectRows(); }
    void storesAndKeyZero()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const QDateTime touched(QDate(1984, 9, 23), QTime(0, 0), Qt::UTC);
        QVERIFY(user->findAll().isEmpty());
        user->build({{"username", "user"}, {"touchedAt", touched}})->save();
        const auto users = user->findAll();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0]->get("touchedAt").toDateTime(), touched);
        QCOMPARE(users[0]->get("isSuperUser"), QVariant(false));
        QVERIFY(!users[0]->get("uuidv4").toUuid().isNull());

        ModelDefinition *user2
            = sequelize->define("User2",
                                {{"id", Attribute(DataTypes::Integer()).primaryKey()},
                                 {"username", DataTypes::String()}});
        user2->sync(SyncOptions().force());
        const auto made = user2->create({{"id", 0}, {"username", "user"}});
        QCOMPARE(made->get("id"), QVariant(0));
        const auto found = user2->findByPk(0);
        QVERIFY(found);
        QCOMPARE(found->get("username").toString(), QStringLiteral("user"));
        found->update({{"username", "newUser"}});
        QCOMPARE(found->get("id"), QVariant(0));
        QCOMPARE(user2->findByPk(0)->get("username").toString(), QStringLiteral("newUser"));
        found->destroy();
        QCOMPARE(user2->count(), qint64(0));
    }

    void timestamps_data() { TestDatabases::addDialectRows(); }
    void timestamps()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const auto built = user->build({{"username", "user"}});
        built->save();
        const QDateTime first = built->get("updatedAt").toDateTime();
        QVERIFY(first.isValid());
        tick();
        built->set("username", "other");
        built->save();
        QVERIFY(built->get("updatedAt").toDateTime() > first);

        // silent: the update keeps updatedAt, in memory and stored.
        const QDateTime before = built->get("updatedAt").toDateTime();
        tick();
        built->update({{"username", "userman"}}, SaveOptions().silent());
        QCOMPARE(built->get("updatedAt").toDateTime(), before);
        QCOMPARE(user->findByPk(built->get("id"))->get("updatedAt").toDateTime(), before);
        QCOMPARE(user->findByPk(built->get("id"))->get("username").toString(),
                 QStringLiteral("userman"));

        // silent on a static update.
        user->bulkCreate({{{"username", "Paul"}}, {{"username", "Peter"}}});
        QMap<int, QDateTime> stamps;
        for (const auto &u : user->findAll())
            stamps.insert(u->get("id").toInt(), u->get("updatedAt").toDateTime());
        tick();
        user->update({{"aNumber", 1}}, Where(), UpdateOptions().silent());
        for (const auto &u : user->findAll()) {
            QCOMPARE(u->get("aNumber").toInt(), 1);
            QCOMPARE(u->get("updatedAt").toDateTime(), stamps.value(u->get("id").toInt()));
        }
        // A static update given an updatedAt writes the time of the update instead, as
        // Sequelize's (an instance's set() leaves it alone); silent writes the one given.
        const QDateTime past(QDate(2001, 2, 3), QTime(4, 5, 6), Qt::UTC);
        user->update({{"aNumber", 2}, {"updatedAt", past}}, Where({{"username", "Paul"}}));
        QVERIFY(user->findOne(FindOptions().where({{"username", "Paul"}}))
                    ->get("updatedAt")
                    .toDateTime()
                > stamps.first());
        user->update({{"aNumber", 3}, {"updatedAt", past}}, Where({{"username", "Peter"}}),
                     UpdateOptions().silent());
        QCOMPARE(user->findOne(FindOptions().where({{"username", "Peter"}}))
                     ->get("updatedAt")
                     .toDateTime(),
                 past);

        // Nothing changed: no UPDATE, no new updatedAt.
        const auto john = user->create({{"username", "John"}});
        const auto found = user->findOne(FindOptions().where({{"username", "John"}}));
        const QDateTime was = found->get("updatedAt").toDateTime();
        tick();
        found->save();
        QCOMPARE(found->get("updatedAt").toDateTime(), was);
        QCOMPARE(user->findByPk(john->get("id"))->get("updatedAt").toDateTime(), was);
    }

    void onlyVirtualChanged_data() { TestDatabases::addDialectRows(); }
    void onlyVirtualChanged()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user
            = sequelize->define("UserVirtual",
                                {{"name", DataTypes::String()},
                                 {"bio", Attribute(DataTypes::Virtual()).get([](const Model &) {
                                      return QVariant(QStringLiteral("swag"));
                                  })}},
                                ModelOptions().timestamps(false));
        user->sync(SyncOptions().force());
        const auto made = user->create({{"name", "John"}, {"bio", "swag 1"}});
        made->update({{"bio", "swag 2"}});
        QCOMPARE(made->get("bio").toString(), QStringLiteral("swag"));
        QCOMPARE(user->findOne()->get("name").toString(), QStringLiteral("John"));
    }

    void expressionsAsValues_data() { TestDatabases::addDialectRows(); }
    void expressionsAsValues()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        const auto made = user->create({{"aNumber", 42}});
        made->set("bNumber", QVariant::fromValue(Sequelize::col("aNumber")));
        made->set("username", QVariant::fromValue(Sequelize::fn("upper", {"sequelize"})));
        made->save();
        auto stored = user->findByPk(made->get("id"));
        QCOMPARE(stored->get("username").toString(), QStringLiteral("SEQUELIZE"));
        QCOMPARE(stored->get("bNumber").toInt(), 42);
        // After the save the instance holds what was stored, not the expression.
        QCOMPARE(made->get("bNumber").toInt(), 42);
        made->set("username", QVariant::fromValue(Sequelize::fn("upper", {"$sequelize"})));
        made->save();
        QCOMPARE(user->findByPk(made->get("id"))->get("username").toString(),
                 QStringLiteral("$SEQUELIZE"));
    }

    void customTimestampOptions_data() { TestDatabases::addDialectRows(); }
    void customTimestampOptions()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *plain = sequelize->define(
            "User2", {{"username", DataTypes::String()}, {"updatedAt", DataTypes::Date()}},
            ModelOptions().timestamps(false));
        ModelDefinition *noUpdated = sequelize->define("User3", {{"username", DataTypes::String()}},
                                                       ModelOptions().disableUpdatedAt());
        ModelDefinition *noCreated = sequelize->define("User4", {{"username", DataTypes::String()}},
                                                       ModelOptions().disableCreatedAt());
        ModelDefinition *notNull
            = sequelize->define("User5",
                                {{"username", DataTypes::String()},
                                 {"createdAt", Attribute(DataTypes::Date()).allowNull(false)},
                                 {"updatedAt", Attribute(DataTypes::Date()).allowNull(false)}});
        sequelize->sync(SyncOptions().force());
        QVERIFY(plain->create({{"username", "john doe"}})->get("updatedAt").isNull());
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-1);
        const auto a = noUpdated->create({{"username", "john doe"}});
        QVERIFY(!a->get().contains("updatedAt"));
        QVERIFY(a->get("createdAt").toDateTime() > now);
        const auto b = noCreated->create({{"username", "john doe"}});
        QVERIFY(!b->get().contains("createdAt"));
        QVERIFY(b->get("updatedAt").toDateTime() > now);
        const auto c = notNull->create({{"username", "john doe"}});
        QVERIFY(c->get("createdAt").toDateTime().isValid());
        QCOMPARE(c->get("createdAt").toDateTime(), c->get("updatedAt").toDateTime());
    }

    void validationMessages_data() { TestDatabases::addDialectRows(); }
    void validationMessages()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = defineUser(sequelize.get());
        for (const SaveOptions &options : {SaveOptions(), SaveOptions().hooks(false)}) {
            try {
                user->create({{"aNumber", 0}, {"validateTest", "hello"}}, options);
                QFAIL("an invalid integer was accepted");
            } catch (const ValidationError &error) {
                QCOMPARE(firstMessage(error, "validateTest"),
                         QStringLiteral("Validation isInt on validateTest failed"));
            }
        }
        try {
            user->build({{"aNumber", 0}, {"validateCustom", QString(26, QLatin1Char('a'))}})
                ->save();
            QFAIL("a too long value was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(firstMessage(error, "validateCustom"), QStringLiteral("Length failed."));
        }
        const auto made = user->create({{"aNumber", 0}});
        try {
            made->update({{"validateTest", "hello"}});
            QFAIL("an invalid update was accepted");
        } catch (const ValidationError &error) {
            QCOMPARE(firstMessage(error, "validateTest"),
                     QStringLiteral("Validation isInt on validateTest failed"));
        }
        QVERIFY(user->findByPk(made->get("id"))->get("validateTest").isNull());
        QCOMPARE(user->count(), qint64(1));
    }

    void keepsLoadedAssociations_data() { TestDatabases::addDialectRows(); }
    void keepsLoadedAssociations()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user
            = sequelize->define("UserEagerLoadingSaves",
                                {{"username", DataTypes::String()}, {"age", DataTypes::Integer()}},
                                ModelOptions().timestamps(false));
        ModelDefinition *project = sequelize->define(
            "ProjectEagerLoadingSaves",
            {{"title", DataTypes::String()}, {"overdue_days", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        user->hasMany(project, AssociationOptions().as("Projects").foreignKey("PoobahId"));
        project->belongsTo(user, AssociationOptions().as("Poobah").foreignKey("PoobahId"));
        sequelize->sync(SyncOptions().force());
        const auto bart = user->create({{"username", "bart"}, {"age", 20}});
        const auto lisa = user->create({{"username", "lisa"}, {"age", 20}});
        QVariantList bartsProjects, lisasProjects;
        for (const char *title : {"detention1", "detention2"})
            bartsProjects.append(
                project->create({{"title", title}, {"overdue_days", 0}})->get("id"));
        for (const char *title : {"exam1", "exam2"})
            lisasProjects.append(
                project->create({{"title", title}, {"overdue_days", 0}})->get("id"));
        bart->setAssociated("Projects", bartsProjects);
        lisa->setAssociated("Projects", lisasProjects);
        const auto simpsons = user->findAll(
            FindOptions().where({{"age", 20}}).order("username").include("Projects"));
        QCOMPARE(simpsons.size(), 2);
        simpsons[0]->set("age", 21);
        simpsons[0]->save();
        QCOMPARE(simpsons[0]->get("age").toInt(), 21);
        QCOMPARE(simpsons[0]->loadedTargets("Projects").size(), 2);
        simpsons[1]->set("username", "lsimpson");
        simpsons[1]->save();
        QCOMPARE(simpsons[1]->get("age").toInt(), 20);
        QCOMPARE(simpsons[1]->loadedTargets("Projects").size(), 2);
        QCOMPARE(user->findByPk(lisa->get("id"))->get("username").toString(),
                 QStringLiteral("lsimpson"));

        auto projects = project->findAll(FindOptions().include("Poobah").order("id"));
        QCOMPARE(projects.size(), 4);
        for (int i : {0, 1}) {
            projects[i]->set({{"title", "partymore"}, {"overdue_days", 0}});
            projects[i]->save();
        }
        projects = project->findAll(
            FindOptions().where({{"title", "partymore"}, {"overdue_days", 0}}).include("Poobah"));
        QCOMPARE(projects.size(), 2);
        for (const auto &p : projects)
            QCOMPARE(p->loadedTargets("Poobah").first()->get("username").toString(),
                     QStringLiteral("bart"));
    }
};

QTEST_GUILESS_MAIN(tst_Save)
#include "tst_save.moc"
