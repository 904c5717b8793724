// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Row locks of finders with includes, ported from Sequelize v6's test/integration/
// transaction.test.js ("row locking": "fail locking with outer joins", "supports for update of
// table") on PostgreSQL and MariaDB: a find with an include locks the included rows too, and
// lock(level, of) only the rows of the model it names, so another transaction can write the
// others at once; a lock naming a model the query does not read is refused on every dialect.
// Which rows are locked is shown by a second transaction that waits for them until its short
// lock timeout (TimeoutError) or writes at once.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

namespace {

struct Schema
{
    ModelDefinition *user = nullptr;
    ModelDefinition *task = nullptr;
    QVariant john, task1;
};

// The test's User (table Person) belongsToMany Task through UserTasks, John with one task.
Schema define(Sequelize *s)
{
    Schema r;
    r.user = s->define("User", {{"username", DataTypes::String()}},
                       ModelOptions().tableName("Person"));
    r.task = s->define("Task", {{"title", DataTypes::String()}, {"active", DataTypes::Boolean()}});
    r.user->belongsToMany(r.task, AssociationOptions().through("UserTasks"));
    r.task->belongsToMany(r.user, AssociationOptions().through("UserTasks"));
    s->sync(SyncOptions().force());
    const auto john = r.user->create({{"username", "John"}});
    const auto task1 = r.task->create({{"title", "Get rich"}, {"active", false}});
    r.task->create({{"title", "Die trying"}, {"active", false}});
    john->setAssociated("Tasks", QVariantList{task1->get("id")});
    r.john = john->get("id");
    r.task1 = task1->get("id");
    return r;
}

// Whether another transaction can write the row at once; it waits for a lock until its short
// lock timeout otherwise.
bool writable(Sequelize *s, ModelDefinition *model, const QVariant &id, const QVariantMap &values)
{
    auto other = s->transaction();
    const QueryOptions in = QueryOptions().transaction(other.data());
    s->query(s->dialect() == QLatin1String("postgres")
                 ? QStringLiteral("SET LOCAL lock_timeout = '200ms'")
                 : QStringLiteral("SET SESSION innodb_lock_wait_timeout = 1"),
             in);
    try {
        model->update(values, Where({{"id", id}}), UpdateOptions().transaction(other.data()));
    } catch (const TimeoutError &) {
        other->rollback();
        return false;
    }
    other->commit();
    return true;
}

} // namespace

class tst_Locks : public QObject
{
    Q_OBJECT

private slots:
    // "fail locking with outer joins": Sequelize's joined query is refused by PostgreSQL (FOR
    // UPDATE on the nullable side of an outer join); the includes here are queries of their
    // own, so the find works on every dialect and locks the included rows too.
    void lockWithInclude_data() { TestDatabases::addDialectRows(); }
    void lockWithInclude()
    {
        QSQ_OPEN_DIALECT(s);
        const Schema m = define(s.get());
        auto t1 = s->transaction();
        const auto john = m.user->findOne(FindOptions()
                                              .where({{"username", "John"}})
                                              .include(m.task)
                                              .lock(Lock::Update)
                                              .transaction(t1.data()));
        QVERIFY(john);
        QCOMPARE(john->loadedTargets("Tasks").size(), 1);
        if (s->dialect() == QLatin1String("sqlite")) {
            t1->commit(); // no row locks there (the writer locks the database), as Sequelize
            return;
        }
        QVERIFY(!writable(s.get(), m.user, m.john, {{"username", "Jo"}}));
        QVERIFY(!writable(s.get(), m.task, m.task1, {{"active", true}}));
        t1->commit();
        QVERIFY(writable(s.get(), m.task, m.task1, {{"active", true}}));
    }

    // "supports for update of table" (PostgreSQL's FOR UPDATE OF in Sequelize; here on MariaDB
    // too): another transaction writes the tasks at once while John stays locked, and the
    // other way round with the lock of Task.
    void lockOf_data() { TestDatabases::addDialectRows(); }
    void lockOf()
    {
        QSQ_OPEN_DIALECT(s);
        if (s->dialect() == QLatin1String("sqlite"))
            QSKIP("SQLite has no row locks (a writer locks the database): lock() is ignored "
                  "there, as in Sequelize; lockOfElsewhere covers its refusal on SQLite");
        const Schema m = define(s.get());
        s->transaction([&](Transaction &t1) {
            const auto john = m.user->findOne(FindOptions()
                                                  .where({{"username", "John"}})
                                                  .include(m.task)
                                                  .lock(Lock::Update, m.user)
                                                  .transaction(&t1));
            QCOMPARE(john->loadedTargets("Tasks").size(), 1);
            // Sequelize's "should not be blocked by the lock of the other transaction".
            auto t2 = s->transaction();
            QCOMPARE(m.task->update({{"active", true}}, Where({{"active", false}}),
                                    UpdateOptions().transaction(t2.data())),
                     2);
            t2->commit();
            QVERIFY(!writable(s.get(), m.user, m.john, {{"username", "Jo"}}));
            john->save(SaveOptions().transaction(&t1));
        });
        s->transaction([&](Transaction &t1) {
            m.user->findAll(
                FindOptions().include(m.task).lock(Lock::Update, m.task).transaction(&t1));
            QVERIFY(writable(s.get(), m.user, m.john, {{"username", "Jo"}}));
            QVERIFY(!writable(s.get(), m.task, m.task1, {{"active", false}}));
        });
        // findAllRaw's joined rows: the lock was dropped there (no clause at all); now the rows
        // of the model named, by FOR UPDATE OF on PostgreSQL (MariaDB, which has no OF, locks
        // every joined table's rows).
        s->transaction([&](Transaction &t1) {
            QCOMPARE(m.user
                         ->findAllRaw(FindOptions()
                                          .where({{"id", m.john}})
                                          .include(m.task)
                                          .lock(Lock::Update, m.user)
                                          .transaction(&t1))
                         .size(),
                     1);
            QVERIFY(!writable(s.get(), m.user, m.john, {{"username", "Jo"}}));
            QCOMPARE(writable(s.get(), m.task, m.task1, {{"active", true}}),
                     s->dialect() == QLatin1String("postgres"));
        });
        s->transaction([&](Transaction &t1) {
            // (Required: PostgreSQL locks no row on the nullable side of an outer join.)
            m.user->findAllRaw(FindOptions()
                                   .where({{"id", m.john}})
                                   .include(Include(m.task).required(true))
                                   .lock(Lock::Update, m.task)
                                   .transaction(&t1));
            QVERIFY(!writable(s.get(), m.task, m.task1, {{"active", false}}));
            QCOMPARE(writable(s.get(), m.user, m.john, {{"username", "John"}}),
                     s->dialect() == QLatin1String("postgres"));
        });
        // reload({lock, of}) too.
        const auto john = m.user->findByPk(m.john, FindOptions().include(m.task));
        s->transaction([&](Transaction &t1) {
            john->reload(FindOptions().lock(Lock::Update, m.task).transaction(&t1));
            QVERIFY(writable(s.get(), m.user, m.john, {{"username", "John"}}));
            QVERIFY(!writable(s.get(), m.task, m.task1, {{"active", true}}));
        });
    }

    // Beyond the original: a lock naming a model the query does not read is refused before
    // anything runs, never dropped (Sequelize's PostgreSQL query fails at the server).
    void lockOfElsewhere_data() { TestDatabases::addDialectRows(); }
    void lockOfElsewhere()
    {
        QSQ_OPEN_DIALECT(s);
        const Schema m = define(s.get());
        auto *other = s->define("Other", {{"name", DataTypes::String()}});
        auto t = s->transaction();
        const auto lockOther = FindOptions().lock(Lock::Update, other).transaction(t.data());
        QVERIFY_THROWS_EXCEPTION(DefinitionError, m.user->findAll(lockOther));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 m.user->findAll(FindOptions(lockOther).include(m.task)));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, m.user->count(lockOther));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, m.user->findAllRaw(lockOther));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, m.user->max("id", lockOther));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, m.user->findByPk(m.john)->reload(lockOther));
        // The models the query reads are accepted, the included one at any depth.
        QCOMPARE(
            m.user
                ->findAll(
                    FindOptions().include(m.task).lock(Lock::Update, m.task).transaction(t.data()))
                .size(),
            1);
        QCOMPARE(
            m.user->findAll(FindOptions().lock(Lock::Update, m.user).transaction(t.data())).size(),
            1);
        t->commit();
    }
};

QTEST_GUILESS_MAIN(tst_Locks)
#include "tst_locks.moc"
