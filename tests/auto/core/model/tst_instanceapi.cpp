// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize instance and query API that issue 15 listed as missing: isSoftDeleted(),
// changed(key, true), increment/decrement of several attributes returning the instance,
// rejectOnEmpty with the caller's error, ScopeError, OptimisticLockError's modelName/values/
// where, the nested JSON where form ({meta: {kind: 'a', n: {gt: 1}}}), cascade hooks.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Op>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Validator>

#include <QtCore/qloggingcategory.h>
#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_InstanceApi : public QObject
{
    Q_OBJECT

private slots:
    void isSoftDeleted_data() { TestDatabases::addDialectRows(); }
    void isSoftDeleted()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *note
            = sequelize->define("Note", {{"body", DataTypes::String()}}, ModelOptions().paranoid());
        ModelDefinition *plain = sequelize->define("Plain", {{"body", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        const auto created = note->create({{"body", "a"}});
        QVERIFY(!created->isSoftDeleted());
        created->destroy();
        QVERIFY(created->isSoftDeleted());
        QVERIFY(note->findAll(FindOptions().paranoid(false)).first()->isSoftDeleted());
        created->restore();
        QVERIFY(!created->isSoftDeleted());
        QVERIFY_THROWS_EXCEPTION(InstanceError, plain->build({})->isSoftDeleted());
    }

    // A JSON value changed in place is not seen; changed(key, true) makes save() write it.
    void changedMarksAnAttribute_data() { TestDatabases::addDialectRows(); }
    void changedMarksAnAttribute()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *doc = sequelize->define(
            "Doc", {{"title", DataTypes::String()}, {"meta", DataTypes::Json()}});
        sequelize->sync(SyncOptions().force());
        const auto created = doc->create({{"title", "t"}, {"meta", QVariantMap{{"n", 1}}}});
        QVERIFY(!created->changed("title"));
        created->changed("title", true);
        QVERIFY(created->changed("title"));
        QCOMPARE(created->changed(), QStringList{"title"});
        created->changed("title", false);
        QVERIFY(created->changed().isEmpty());
        // Written through the raw value (no change recorded), then marked.
        created->setDataValue("meta", QVariantMap{{"n", 2}});
        created->changed("meta", false);
        created->save();
        QCOMPARE(doc->findByPk(created->get("id"))->get("meta").toMap().value("n").toInt(), 1);
        created->setDataValue("meta", QVariantMap{{"n", 3}});
        created->changed("meta", false);
        created->changed("meta", true);
        created->save();
        QCOMPARE(doc->findByPk(created->get("id"))->get("meta").toMap().value("n").toInt(), 3);
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, created->changed("nope", true));
    }

    // A default build() or save() gives is not a change (Sequelize sets defaults raw): changed()
    // and a beforeCreate hook see only the values set; the default is generated once. Found by
    // random instance-call sequences run through Sequelize 6.37.8 and QtSequelize.
    void defaultsAreNotChanges_data() { TestDatabases::addDialectRows(); }
    void defaultsAreNotChanges()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *item = sequelize->define(
            "Item",
            {{"name", DataTypes::String()},
             {"qty", Attribute(DataTypes::Integer()).defaultValue(0)},
             {"token", Attribute(DataTypes::Uuid()).defaultValue(DataTypes::UuidV4())}},
            ModelOptions().timestamps(false));
        sequelize->sync(SyncOptions().force());
        struct Seen : ModelHooks
        {
            QStringList changed;
            bool qtyChanged = true;
            void beforeCreate(Model *m, const HookOptions &) override
            {
                changed = m->changed();
                qtyChanged = m->changed("qty");
            }
        };
        auto seen = QSharedPointer<Seen>::create();
        item->addHooks(seen);
        const auto built = item->build({{"name", "x"}});
        QCOMPARE(built->changed(), QStringList{"name"});
        QVERIFY(!built->changed("qty"));
        QVERIFY(built->previous("qty").isNull()); // Sequelize: undefined
        QCOMPARE(built->get("qty").toInt(), 0);
        const QVariant token = built->get("token");
        built->save();
        QCOMPARE(seen->changed, QStringList{"name"});
        QVERIFY(!seen->qtyChanged);
        QCOMPARE(built->get("token"), token); // generated once
        QCOMPARE(item->findByPk(built->get("id"))->get("token"), token);
        QVERIFY(built->changed().isEmpty());
        // Given explicitly, even equal to the default, it is a change (Sequelize's build()).
        const auto given = item->build({{"name", "y"}, {"qty", 0}});
        QCOMPARE(given->changed(), (QStringList{"name", "qty"}));
        // Set afterwards: a change only when it differs, its previous value the default.
        const auto later = item->build({{"name", "z"}});
        later->set("qty", 0);
        QVERIFY(!later->changed("qty"));
        later->set("qty", 5);
        QVERIFY(later->changed("qty"));
        QCOMPARE(later->previous("qty").toInt(), 0);
        later->save();
        QCOMPARE(item->findByPk(later->get("id"))->get("qty").toInt(), 5);
        const auto created = item->create({{"name", "w"}});
        QVERIFY(created->changed().isEmpty());
        QCOMPARE(created->get("qty").toInt(), 0);
        item->removeHooks(seen);
    }

    void incrementAndDecrement_data() { TestDatabases::addDialectRows(); }
    void incrementAndDecrement()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *counter
            = sequelize->define("Counter",
                                {{"a", Attribute(DataTypes::Integer()).defaultValue(10)},
                                 {"b", Attribute(DataTypes::Integer()).defaultValue(10)},
                                 {"c", Attribute(DataTypes::Double()).defaultValue(1.5)}});
        sequelize->sync(SyncOptions().force());
        const auto row = counter->create({});
        // Sequelize: increment(['a', 'b'], {by: 2}) returns the instance.
        Model &same = row->increment(QStringList{"a", "b"}, 2);
        QCOMPARE(&same, row.data());
        QCOMPARE(row->get("a").toInt(), 12);
        QCOMPARE(row->get("b").toInt(), 12);
        row->decrement(QStringList{"a", "b"}, 3).decrement("a");
        QCOMPARE(row->get("a").toInt(), 8);
        QCOMPARE(row->get("b").toInt(), 9);
        row->decrement(QVariantMap{{"a", 2}, {"c", 0.5}});
        QCOMPARE(row->get("a").toInt(), 6);
        QCOMPARE(row->get("c").toDouble(), 1.0);
        const auto stored = counter->findByPk(row->get("id"));
        QCOMPARE(stored->get("a").toInt(), 6);
        QCOMPARE(stored->get("b").toInt(), 9);
        QVERIFY_THROWS_EXCEPTION(DefinitionError, row->decrement(QVariantMap{{"a", "x"}}));
        QCOMPARE(counter->findByPk(row->get("id"))->get("a").toInt(), 6);

        // The instance holds what is stored afterwards, a change made elsewhere included, while
        // a pending change of another attribute stays pending (not saved; Sequelize keeps it on
        // SQLite and MariaDB, and overwrites it from RETURNING on PostgreSQL); one statement
        // where the database returns the row from an UPDATE (PostgreSQL, SQLite), an UPDATE and
        // a SELECT on MariaDB.
        counter->update({{"b", 100}}, Op::eq("id", row->get("id")));
        row->set("c", 7.5);
        int statements = 0;
        connect(sequelize.get(), &Sequelize::queryExecuted, this, [&] { ++statements; });
        row->increment("a", 1);
        QCOMPARE(statements, sequelize->dialect() == QLatin1String("mariadb") ? 2 : 1);
        QCOMPARE(row->get("a").toInt(), 7);
        QCOMPARE(row->get("b").toInt(), 100);
        QCOMPARE(row->get("c").toDouble(), 7.5);
        QCOMPARE(row->changed(), QStringList{"c"});
        QCOMPARE(counter->findByPk(row->get("id"))->get("c").toDouble(), 1.0);
        // A row the increment no longer finds: reload's InstanceError, as before.
        counter->destroy(Op::eq("id", row->get("id")));
        QVERIFY_THROWS_EXCEPTION(InstanceError, row->increment("a", 1));
    }

    // An instance's INSERT/UPDATE/DELETE text is generated once per model and set of columns
    // (a hot path): a later call of the same shape with an expression, a changed key, a soft
    // delete or a stale version still writes what it says.
    void cachedWriteStatements_data() { TestDatabases::addDialectRows(); }
    void cachedWriteStatements()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const QueryInterface qi = sequelize->queryInterface();
        ModelDefinition *item
            = sequelize->define("Item",
                                {{"code", Attribute(DataTypes::Integer()).primaryKey()},
                                 {"title", DataTypes::String()},
                                 {"hits", DataTypes::Integer()}},
                                ModelOptions().paranoid().version(true));
        sequelize->sync(SyncOptions().force());
        for (int code = 1; code <= 3; ++code)
            item->create({{"code", code}, {"title", "plain"}, {"hits", code}});
        // The same columns with an expression: the expression is written, not bound.
        const auto fourth
            = item->create({{"code", 4}, {"title", Sequelize::fn("upper", {"x"})}, {"hits", 4}});
        QCOMPARE(fourth->get("title").toString(), QStringLiteral("X"));
        const auto one = item->findByPk(1);
        const auto two = item->findByPk(2);
        one->set("hits", 10);
        one->save();
        two->set("hits", Sequelize::literal(qi.quoteIdentifier("hits") + " + 100"));
        two->save();
        QCOMPARE(two->get("hits").toInt(), 102);
        QCOMPARE(item->findByPk(1)->get("hits").toInt(), 10);
        QCOMPARE(item->findByPk(3)->get("hits").toInt(), 3);
        // A changed key is matched by its old value (set() leaves a key that has a value alone,
        // as Sequelize's; setDataValue() writes it).
        two->set("code", 20);
        QCOMPARE(two->get("code").toInt(), 2);
        two->setDataValue("code", 20);
        two->set("hits", 5);
        two->save();
        QVERIFY(!item->findByPk(2));
        QCOMPARE(item->findByPk(20)->get("hits").toInt(), 5);
        // A stale instance (optimistic locking) still fails after the shape was cached.
        const auto staleOne = item->findByPk(1);
        one->set("hits", 11);
        one->save();
        staleOne->set("hits", 12);
        QVERIFY_THROWS_EXCEPTION(OptimisticLockError, staleOne->save());
        // Soft deletes and forced deletes each hit their own row only.
        item->findByPk(3)->destroy();
        one->destroy(DestroyOptions().force());
        QCOMPARE(item->count(), qint64(2));
        QCOMPARE(item->count(FindOptions().paranoid(false)), qint64(3));
        QVERIFY(item->findOne(FindOptions().where({{"code", 3}}).paranoid(false))->isSoftDeleted());
    }

    // upsert()'s created flag (Sequelize's [instance, created]) when the new row takes the key
    // of a row deleted just before (SQLite reuses the largest rowid), and its statements.
    void upsertCreatedFlag_data() { TestDatabases::addDialectRows(); }
    void upsertCreatedFlag()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *member = sequelize->define(
            "Member",
            {{"email", Attribute(DataTypes::String()).unique()}, {"name", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        member->create({{"email", "a"}});
        const auto b = member->create({{"email", "b"}});
        b->destroy();
        bool created = false;
        const auto c = member->upsert({{"email", "c"}, {"name", "x"}}, &created);
        QVERIFY(created);
        QCOMPARE(c->get("name").toString(), QStringLiteral("x"));
        const auto again = member->upsert({{"email", "c"}, {"name", "y"}}, &created);
        QVERIFY(!created);
        QCOMPARE(again->get("name").toString(), QStringLiteral("y"));
        QCOMPARE(again->get("id"), c->get("id"));
        // With the key given: an insert, then an update of that row.
        member->upsert({{"id", 50}, {"email", "d"}, {"name", "z"}}, &created);
        QVERIFY(created);
        member->upsert({{"id", 50}, {"email", "d"}, {"name", "w"}}, &created);
        QVERIFY(!created);
        QCOMPARE(member->findByPk(50)->get("name").toString(), QStringLiteral("w"));
        QCOMPARE(member->count(), qint64(3));

        // A natural key: SQLite's hidden rowid is reused by the next insert.
        ModelDefinition *tag = sequelize->define(
            "Tag",
            {{"code", Attribute(DataTypes::String(16)).primaryKey()}, {"n", DataTypes::Integer()}});
        tag->sync(SyncOptions().force());
        tag->create({{"code", "a"}, {"n", 1}});
        tag->create({{"code", "b"}, {"n", 1}})->destroy();
        tag->upsert({{"code", "c"}, {"n", 1}}, &created);
        QVERIFY(created);
        tag->upsert({{"code", "c"}, {"n", 2}}, &created);
        QVERIFY(!created);
        QCOMPARE(tag->findByPk("c")->get("n").toInt(), 2);
        // PostgreSQL answers both in the one INSERT … ON CONFLICT … RETURNING (no transaction
        // of its own); SQLite looks first and MariaDB reads the row back, each in a transaction.
        QStringList statements;
        connect(sequelize.get(), &Sequelize::queryExecuted, this,
                [&](const QString &sql) { statements.append(sql); });
        tag->upsert({{"code", "d"}, {"n", 1}}, &created);
        QVERIFY(created);
        if (sequelize->dialect() == QLatin1String("postgres"))
            QCOMPARE(statements.size(), 1);
    }

    // bulkCreate() leaves an attribute no record names out of the INSERT, so the table's own
    // default applies (Sequelize writes only the values an instance holds); rows are all
    // inserted even when no column is left to write.
    void bulkCreateLeavesTableDefaults_data() { TestDatabases::addDialectRows(); }
    void bulkCreateLeavesTableDefaults()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->queryInterface().createTable(
            QStringLiteral("Entries"),
            {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"name", DataTypes::String()},
             {"status", Attribute(DataTypes::String()).defaultValue("new")}});
        ModelDefinition *entry = sequelize->define(
            "Entry", {{"name", DataTypes::String()}, {"status", DataTypes::String()}},
            ModelOptions().timestamps(false));
        entry->bulkCreate({{{"name", "a"}}, {{"name", "b"}}});
        QCOMPARE(entry->count(FindOptions().where({{"status", "new"}})), qint64(2));
        entry->bulkCreate({{{"name", "c"}, {"status", "given"}}});
        QCOMPARE(entry->count(FindOptions().where({{"status", "given"}})), qint64(1));
        const auto empty = entry->bulkCreate({QVariantMap(), QVariantMap(), QVariantMap()});
        QCOMPARE(entry->count(), qint64(6));
        QCOMPARE(empty.at(2)->get("id").toLongLong(), empty.at(1)->get("id").toLongLong() + 1);
        QVERIFY(entry->findByPk(empty.at(2)->get("id")));
        QCOMPARE(entry->count(FindOptions().where({{"status", "new"}})), qint64(5));
    }

    // instance.update() (Sequelize's instance/update.test.js): what a beforeUpdate hook sets is
    // saved and validated too when update() chose the fields; explicit fields stay the limit.
    void updateSavesWhatHooksChange_data() { TestDatabases::addDialectRows(); }
    void updateSavesWhatHooksChange()
    {
        QSQ_OPEN_DIALECT(sequelize);
        struct SetEmail : ModelHooks
        {
            QString email;
            void beforeUpdate(Model *instance, const HookOptions &) override
            {
                instance->set("email", email);
            }
        };
        ModelDefinition *user = sequelize->define(
            "User",
            {{"name", DataTypes::String()},
             {"bio", DataTypes::Text()},
             {"email", Attribute(DataTypes::String()).validate(Validator::isEmail())}});
        sequelize->sync(SyncOptions().force());
        auto hooks = QSharedPointer<SetEmail>::create();
        hooks->email = QStringLiteral("b@example.com");
        user->addHooks(hooks);
        auto row = user->create({{"name", "A"}, {"bio", "A"}, {"email", "a@example.com"}});
        row->update({{"name", "B"}, {"bio", "B"}});
        auto stored = user->findByPk(row->get("id"));
        QCOMPARE(stored->get("name").toString(), QStringLiteral("B"));
        QCOMPARE(stored->get("email").toString(), QStringLiteral("b@example.com"));
        // Validated as well: an invalid value set by the hook is refused, nothing written.
        hooks->email = QStringLiteral("B");
        QVERIFY_THROWS_EXCEPTION(ValidationError, row->update({{"name", "C"}}));
        stored = user->findByPk(row->get("id"));
        QCOMPARE(stored->get("name").toString(), QStringLiteral("B"));
        QCOMPARE(stored->get("email").toString(), QStringLiteral("b@example.com"));
        // Explicit fields: only those.
        hooks->email = QStringLiteral("c@example.com");
        auto other = user->findByPk(row->get("id"));
        other->update({{"bio", "heyo"}, {"name", "heho"}}, SaveOptions().fields({"bio"}));
        stored = user->findByPk(row->get("id"));
        QCOMPARE(stored->get("bio").toString(), QStringLiteral("heyo"));
        QCOMPARE(stored->get("name").toString(), QStringLiteral("B"));
        QCOMPARE(stored->get("email").toString(), QStringLiteral("b@example.com"));
    }

    // Static update with individualHooks: what the beforeUpdate hooks set is written (Sequelize):
    // the same for every row in the one UPDATE, different per row by saving each row.
    void staticUpdateKeepsHookChanges_data() { TestDatabases::addDialectRows(); }
    void staticUpdateKeepsHookChanges()
    {
        QSQ_OPEN_DIALECT(sequelize);
        struct Derive : ModelHooks
        {
            bool perRow = false;
            void beforeUpdate(Model *instance, const HookOptions &) override
            {
                instance->set("note",
                              perRow ? instance->get("name").toString() + "!"
                                     : QStringLiteral("touched"));
            }
        };
        ModelDefinition *item = sequelize->define("Item",
                                                  {{"name", DataTypes::String()},
                                                   {"note", DataTypes::String()},
                                                   {"n", DataTypes::Integer()}});
        sequelize->sync(SyncOptions().force());
        auto hooks = QSharedPointer<Derive>::create();
        item->addHooks(hooks);
        item->bulkCreate(
            {{{"name", "a"}, {"n", 1}}, {{"name", "b"}, {"n", 1}}, {{"name", "c"}, {"n", 9}}});
        QCOMPARE(item->update({{"n", 2}}, Op::eq("n", 1), UpdateOptions().individualHooks()), 2);
        auto rows = item->findAll(FindOptions().order("name"));
        QCOMPARE(rows.at(0)->get("note").toString(), QStringLiteral("touched"));
        QCOMPARE(rows.at(1)->get("note").toString(), QStringLiteral("touched"));
        QVERIFY(rows.at(2)->get("note").isNull());
        QCOMPARE(rows.at(0)->get("n").toInt(), 2);
        hooks->perRow = true;
        QCOMPARE(item->update({{"n", 3}}, Op::eq("n", 2), UpdateOptions().individualHooks()), 2);
        rows = item->findAll(FindOptions().order("name"));
        QCOMPARE(rows.at(0)->get("note").toString(), QStringLiteral("a!"));
        QCOMPARE(rows.at(1)->get("note").toString(), QStringLiteral("b!"));
        QCOMPARE(rows.at(1)->get("n").toInt(), 3);
        QCOMPARE(rows.at(2)->get("n").toInt(), 9);
        QVERIFY(rows.at(2)->get("note").isNull());
    }

    // Timestamps are read-only once a row exists (Sequelize's _readOnlyAttributes): an
    // update() that gives createdAt keeps the stored one; updatedAt moves on.
    void timestampsAreReadOnly_data() { TestDatabases::addDialectRows(); }
    void timestampsAreReadOnly()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user = sequelize->define("User", {{"name", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        auto row = user->create({{"name", "snafu"}});
        const QDateTime createdAt = row->get("createdAt").toDateTime();
        const QDateTime updatedAt = row->get("updatedAt").toDateTime();
        QThread::msleep(15);
        row->update({{"name", "foobar"},
                     {"createdAt", QDateTime(QDate(2000, 2, 1), QTime(0, 0), Qt::UTC)}});
        QCOMPARE(row->get("createdAt").toDateTime(), createdAt);
        QVERIFY(row->get("updatedAt").toDateTime() > updatedAt);
        const auto stored = user->findByPk(row->get("id"));
        QCOMPARE(stored->get("createdAt").toDateTime(), createdAt);
        QCOMPARE(stored->get("name").toString(), QStringLiteral("foobar"));
    }

    void rejectOnEmptyWithAnError_data() { TestDatabases::addDialectRows(); }
    void rejectOnEmptyWithAnError()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *item = sequelize->define("Item", {{"name", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        const InstanceError mine(QStringLiteral("no such item"));
        try {
            item->findOne(FindOptions().where({{"name", "x"}}).rejectOnEmpty(mine));
            QFAIL("no error");
        } catch (const InstanceError &error) {
            QCOMPARE(error.message(), QStringLiteral("no such item"));
        }
        QVERIFY_THROWS_EXCEPTION(InstanceError, item->findAll(FindOptions().rejectOnEmpty(mine)));
        QVERIFY_THROWS_EXCEPTION(InstanceError,
                                 item->findByPk(7, FindOptions().rejectOnEmpty(mine)));
        QVERIFY_THROWS_EXCEPTION(EmptyResultError, item->findAll(FindOptions().rejectOnEmpty()));
        // rejectOnEmpty(false) after an error: no error at all.
        QVERIFY(item->findAll(FindOptions().rejectOnEmpty(mine).rejectOnEmpty(false)).isEmpty());
    }

    void scopeError_data() { TestDatabases::addDialectRows(); }
    void scopeError()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *item = sequelize->define("Item", {{"name", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        try {
            item->findAll(FindOptions().scopes({"missing"}));
            QFAIL("no error");
        } catch (const ScopeError &error) {
            QCOMPARE(error.name(), QStringLiteral("SequelizeScopeError"));
            QCOMPARE(error.message(), QStringLiteral("Invalid scope missing called."));
        }
    }

    void optimisticLockErrorDetails_data() { TestDatabases::addDialectRows(); }
    void optimisticLockErrorDetails()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *doc
            = sequelize->define("Doc", {{"body", DataTypes::String()}}, ModelOptions().version());
        sequelize->sync(SyncOptions().force());
        const auto mine = doc->create({{"body", "a"}});
        const auto theirs = doc->findByPk(mine->get("id"));
        theirs->update({{"body", "theirs"}});
        mine->set("body", "mine");
        try {
            mine->save();
            QFAIL("no error");
        } catch (const OptimisticLockError &error) {
            QCOMPARE(error.modelName(), QStringLiteral("Doc"));
            QCOMPARE(error.values().value("body"), QVariant("mine"));
            QCOMPARE(error.where().value("id").toLongLong(), mine->get("id").toLongLong());
            QCOMPARE(error.where().value("version").toLongLong(), 0);
            QCOMPARE(error.message(),
                     QStringLiteral("Attempting to update a stale model instance: Doc"));
        }
        QCOMPARE(doc->findByPk(mine->get("id"))->get("body"), QVariant("theirs"));
    }

    // hasMany with onDelete: CASCADE and hooks: true: a parent's destroy() destroys each child
    // as an instance first, so the children's destroy hooks run (Sequelize's cascade hooks);
    // without hooks: true the database cascades and no hook sees it.
    void cascadeHooks_data() { TestDatabases::addDialectRows(); }
    void cascadeHooks()
    {
        QSQ_OPEN_DIALECT(sequelize);
        struct Counter : ModelHooks
        {
            int destroyed = 0;
            void beforeDestroy(Model *, const HookOptions &) override { ++destroyed; }
        };
        auto counter = QSharedPointer<Counter>::create();
        ModelDefinition *parent = sequelize->define("Nest", {{"name", DataTypes::String()}});
        ModelDefinition *kid = sequelize->define("Chick", {{"name", DataTypes::String()}});
        ModelDefinition *other = sequelize->define("Egg", {{"name", DataTypes::String()}});
        parent->hasMany(kid, AssociationOptions().as("chicks").onDelete("CASCADE").hooks(true));
        parent->hasMany(other, AssociationOptions().as("eggs").onDelete("CASCADE"));
        kid->addHooks(counter);
        other->addHooks(counter);
        sequelize->sync(SyncOptions().force());
        const auto nest = parent->create({{"name", "n"}});
        for (int i = 0; i < 3; ++i) {
            nest->createAssociated("chicks", {{"name", QStringLiteral("c%1").arg(i)}});
            nest->createAssociated("eggs", {{"name", QStringLiteral("e%1").arg(i)}});
        }
        nest->destroy();
        QCOMPARE(counter->destroyed, 3); // the chicks, one by one; the eggs by the database
        QCOMPARE(kid->count(), 0);
        QCOMPARE(other->count(), 0);
        // A static destroy with individualHooks cascades the same way; without, the database
        // does and no hook runs.
        const auto first = parent->create({{"name", "a"}});
        const auto second = parent->create({{"name", "b"}});
        first->createAssociated("chicks", {{"name", "x"}});
        second->createAssociated("chicks", {{"name", "y"}});
        QCOMPARE(parent->destroy(Where{{"name", "a"}}, DestroyOptions().individualHooks()), 1);
        QCOMPARE(counter->destroyed, 4);
        QCOMPARE(parent->destroy(Where{{"name", "b"}}), 1);
        QCOMPARE(counter->destroyed, 4);
        QCOMPARE(kid->count(), 0);
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, kid->belongsTo(parent, AssociationOptions().as("nest2").hooks(true)));
    }

    // Sequelize's per-query logging: false keeps the call out of the log, a function receives
    // each statement (no values) and its time; other calls log as before.
    void perCallLogging_data() { TestDatabases::addDialectRows(); }
    void perCallLogging()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *item = sequelize->define("Item", {{"name", DataTypes::String()}});
        sequelize->sync(SyncOptions().force());
        item->create({{"name", "secret-value"}});
        QStringList logged;
        qint64 elapsed = -1;
        const auto found = item->findAll(FindOptions()
                                             .where({{"name", "secret-value"}})
                                             .logger([&](const QString &sql, qint64 us) {
                                                 logged.append(sql);
                                                 elapsed = us;
                                             }));
        QCOMPARE(found.size(), 1);
        QCOMPARE(logged.size(), 1);
        QVERIFY(logged.first().startsWith(QLatin1String("SELECT")));
        QVERIFY(!logged.first().contains(QLatin1String("secret")));
        QVERIFY(elapsed >= 0);
        sequelize->query(
            QStringLiteral("SELECT 1 AS v"),
            QueryOptions().logger([&](const QString &sql, qint64) { logged.append(sql); }));
        QCOMPARE(logged.size(), 2);
        item->count(); // no logger: not handed over
        QCOMPARE(logged.size(), 2);

        static QStringList messages;
        messages.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("qtsequelize.sql.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (qstrcmp(context.category, "qtsequelize.sql") == 0)
                    messages.append(message);
            });
        item->findAll(FindOptions().logging(false));
        sequelize->query(QStringLiteral("SELECT 2 AS v"), QueryOptions().logging(false));
        const qsizetype quiet = messages.size();
        item->findAll();
        const qsizetype loud = messages.size();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QCOMPARE(quiet, 0);
        QCOMPARE(loud, 1);
    }

    // sequelize.random() in an order: every row, in some order, on each database's function.
    void random_data() { TestDatabases::addDialectRows(); }
    void random()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *item = sequelize->define("Item", {{"n", DataTypes::Integer()}});
        sequelize->sync(SyncOptions().force());
        QList<QVariantMap> rows;
        for (int n = 0; n < 50; ++n)
            rows.append({{"n", n}});
        item->bulkCreate(rows);
        QSet<int> seen;
        for (const auto &m : item->findAll(FindOptions().order(sequelize->random()).limit(50)))
            seen.insert(m->get("n").toInt());
        QCOMPARE(seen.size(), 50);
        QCOMPARE(sequelize->random().text(),
                 dialect == QLatin1String("mariadb") ? QStringLiteral("RAND")
                                                     : QStringLiteral("RANDOM"));
    }

    // Sequelize's nested JSON where: object keys that are not operators are a path.
    void nestedJsonWhere_data() { TestDatabases::addDialectRows(); }
    void nestedJsonWhere()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *event = sequelize->define(
            "Event", {{"name", DataTypes::String()}, {"meta", DataTypes::Json()}});
        sequelize->sync(SyncOptions().force());
        event->bulkCreate(
            {{{"name", "a"}, {"meta", QVariantMap{{"kind", "x"}, {"n", 1}}}},
             {{"name", "b"}, {"meta", QVariantMap{{"kind", "x"}, {"n", 5}}}},
             {{"name", "c"},
              {"meta", QVariantMap{{"kind", "y"}, {"n", 7}, {"deep", QVariantMap{{"v", "z"}}}}}}});
        auto names = [&](const QVariantMap &where) {
            QStringList found;
            for (const auto &m :
                 event->findAll(FindOptions().where(Where::fromMap(where)).order("name")))
                found.append(m->get("name").toString());
            return found;
        };
        QCOMPARE(names({{"meta", QVariantMap{{"kind", "x"}}}}), (QStringList{"a", "b"}));
        QCOMPARE(names({{"meta", QVariantMap{{"kind", "x"}, {"n", QVariantMap{{"gt", 1}}}}}}),
                 QStringList{"b"});
        QCOMPARE(names({{"meta", QVariantMap{{"deep", QVariantMap{{"v", "z"}}}}}}),
                 QStringList{"c"});
        QCOMPARE(names({{"meta", QVariantMap{{"n", QVariantMap{{"in", QVariantList{1, 7}}}}}}}),
                 (QStringList{"a", "c"}));
        // Ordered by the text at a path, then by name.
        QStringList ordered;
        for (const auto &m :
             event->findAll(FindOptions().order("meta.kind", Qt::DescendingOrder).order("name")))
            ordered.append(m->get("name").toString());
        QCOMPARE(ordered, (QStringList{"c", "a", "b"}));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 event->findAll(FindOptions().order("name.kind")));
        // set("meta.kind", v) sets inside the JSON value; save() writes it.
        const auto a = event->findOne(FindOptions().where({{"name", "a"}}));
        a->set("meta.kind", "q");
        a->set("meta.deep.v", "w");
        QCOMPARE(a->changed(), QStringList{"meta"});
        a->save();
        const QVariantMap stored = event->findByPk(a->get("id"))->get("meta").toMap();
        QCOMPARE(stored.value("kind").toString(), QStringLiteral("q"));
        QCOMPARE(stored.value("n").toInt(), 1);
        QCOMPARE(stored.value("deep").toMap().value("v").toString(), QStringLiteral("w"));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, a->set("name.x", "y"));
        // A path through a value that holds no keys (the number n, the text kind, a list) is
        // refused, as Sequelize's set refuses it: it replaced the value with an object, so 1
        // became {"x": 2} without a word. Through nothing (or null) it makes the objects.
        for (const char *path : {"meta.n.x", "meta.kind.x", "meta.deep.v.x"}) {
            try {
                a->set(path, 2);
                QFAIL(path);
            } catch (const ValidationError &e) {
                QCOMPARE(e.errors().value(0).path(), QString::fromLatin1(path));
            }
        }
        a->set("meta", QVariantList{1, 2});
        QVERIFY_THROWS_EXCEPTION(ValidationError, a->set("meta.kind", "q"));
        QCOMPARE(a->get("meta").toList().size(), 2);
        a->set("meta", QVariant());
        a->set("meta.made.here", 3);
        QCOMPARE(a->get("meta").toMap().value("made").toMap().value("here").toInt(), 3);
        a->reload();
        QCOMPARE(a->get("meta").toMap().value("n").toInt(), 1);
        // On a column that is not JSON a nested name is an unknown operator.
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 event->findAll(FindOptions().where(
                                     Where::fromMap({{"name", QVariantMap{{"gtt", "a"}}}}))));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 event->findAll(FindOptions().where(
                                     Where::fromMap({{"name", QVariantMap{{"$gtt", "a"}}}}))));
    }
};

QTEST_GUILESS_MAIN(tst_InstanceApi)
#include "tst_instanceapi.moc"
