// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>

#include <stdexcept>
#include <thread>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Transaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // SQLite needs a file here: an in-memory database shared between connections locks
    // whole tables, where a file in WAL mode lets a reader outside the transaction see the
    // committed state.
    std::unique_ptr<Sequelize> open(const QString &dialect)
    {
        return TestDatabases::openOnFile(dialect, m_dir.filePath(QStringLiteral("tx.db")));
    }
    static ModelDefinition *defineLedger(Sequelize *s)
    {
        ModelDefinition *ledger = s->define(
            "Ledger", {{"label", DataTypes::String()}, {"amount", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        ledger->sync(SyncOptions().force());
        return ledger;
    }
    static QStringList labels(ModelDefinition *ledger)
    {
        QStringList result;
        for (const auto &row : ledger->findAll(FindOptions().order("id")))
            result.append(row->get("label").toString());
        return result;
    }

private slots:
    void managed_data() { TestDatabases::addDialectRows(); }
    void managed()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *ledger = defineLedger(sequelize.get());
        QStringList hooks;
        int insideSees = -1;
        int outsideSees = -1;
        sequelize->transaction([&](Transaction &t) {
            ledger->create({{"label", "managed-commit"}}, SaveOptions().transaction(&t));
            connect(&t, &Transaction::committed, this,
                    [&] { hooks.append(QStringLiteral("afterCommit managed-commit")); });
            insideSees = int(ledger->count(FindOptions().transaction(&t)));
            outsideSees = int(ledger->count()); // another connection: the row is not committed
        });
        QCOMPARE(insideSees, 1);
        QCOMPARE(outsideSees, 0);
        QCOMPARE(hooks, QStringList{"afterCommit managed-commit"});
        QCOMPARE(labels(ledger), QStringList{"managed-commit"});

        // A throwing body rolls back everything it did, then the error reaches the caller.
        bool afterCommit = false;
        try {
            sequelize->transaction([&](Transaction &t) {
                connect(&t, &Transaction::committed, this, [&] { afterCommit = true; });
                ledger->create({{"label", "managed-rollback"}}, SaveOptions().transaction(&t));
                ledger->bulkCreate({{{"label", "bulk-1"}}, {{"label", "bulk-2"}}},
                                   BulkCreateOptions().transaction(&t));
                ledger->update({{"amount", 7}}, Where(), UpdateOptions().transaction(&t));
                throw std::runtime_error("boom");
            });
            QFAIL("no error");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("boom"));
        }
        QVERIFY(!afterCommit);
        QCOMPARE(labels(ledger), QStringList{"managed-commit"});
        QCOMPARE(ledger->count(FindOptions().where({{"amount", 7}})), 0);

        // A returned value comes through.
        const int n = sequelize->transaction(
            [&](Transaction &t) { return int(ledger->count(FindOptions().transaction(&t))); });
        QCOMPARE(n, 1);
    }

    // Sequelize's CLS: calls inside a managed block join it without the transaction option.
    void ambientTransaction_data() { TestDatabases::addDialectRows(); }
    void ambientTransaction()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *ledger = defineLedger(sequelize.get());
        QVERIFY(!sequelize->ambientTransactions()); // opt-in
        sequelize->setAmbientTransactions(true);
        QCOMPARE(sequelize->currentTransaction(), nullptr);
        int outsideSees = -1;
        Transaction *seenInside = nullptr;
        Transaction *seenInOtherThread = reinterpret_cast<Transaction *>(1);
        try {
            sequelize->transaction([&](Transaction &t) {
                seenInside = sequelize->currentTransaction();
                QCOMPARE(seenInside, &t);
                ledger->create({{"label", "a"}});
                // A transaction started inside is a separate one (Sequelize's CLS too).
                sequelize->transaction([&](Transaction &inner) {
                    QCOMPARE(sequelize->currentTransaction(), &inner);
                    outsideSees = int(ledger->count());
                    // SQLite has one writer at a time: the outer block holds it.
                    if (dialect != QLatin1String("sqlite"))
                        ledger->create({{"label", "separate"}});
                });
                QCOMPARE(sequelize->currentTransaction(), &t);
                ledger->bulkCreate({{{"label", "b"}}, {{"label", "c"}}});
                ledger->update({{"amount", 5}}, Op::eq("label", "a"));
                ledger->upsert({{"id", 10}, {"label", "u"}});
                sequelize->query(QStringLiteral("SELECT 1"));
                // The block's own rows: a, b, c, u.
                QCOMPARE(ledger->count(FindOptions().where(Op::ne("label", "separate"))), 4);
                // A transaction belongs to its thread: others do not see it.
                std::thread other([&] { seenInOtherThread = sequelize->currentTransaction(); });
                other.join();
                QCOMPARE(sequelize->currentTransaction(), &t);
                throw std::runtime_error("abort");
            });
            QFAIL("the error should reach the caller");
        } catch (const std::runtime_error &) {
        }
        QCOMPARE(seenInOtherThread, nullptr);
        QCOMPARE(outsideSees, 0); // the outer block's rows were not committed
        QCOMPARE(sequelize->currentTransaction(), nullptr);
        // Everything of the failed block is gone; the separate transaction committed.
        const QStringList separate
            = dialect == QLatin1String("sqlite") ? QStringList() : QStringList{"separate"};
        QCOMPARE(labels(ledger), separate);
        // Off again: calls run outside the managed transaction.
        sequelize->setAmbientTransactions(false);
        sequelize->transaction([&](Transaction &) {
            QCOMPARE(sequelize->currentTransaction(), nullptr);
            ledger->create({{"label", "autocommitted"}});
        });
        QCOMPARE(labels(ledger), separate + QStringList{"autocommitted"});
    }

    // The less common writers take the transaction option too; a rollback undoes them all.
    void writersTakeTransaction_data() { TestDatabases::addDialectRows(); }
    void writersTakeTransaction()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *item = sequelize->define(
            "Item", {{"label", DataTypes::String()}, {"amount", DataTypes::Integer()}},
            ModelOptions().timestamps(true).paranoid(true));
        item->sync(SyncOptions().force());
        auto kept = item->create({{"label", "kept"}, {"amount", 1}});
        auto gone = item->create({{"label", "gone"}, {"amount", 1}});
        gone->destroy();
        QSharedPointer<Transaction> t = sequelize->transaction();
        item->increment({{"amount", 10}}, Where(), UpdateOptions().transaction(t.data()));
        item->decrement({{"amount", 1}}, Where(), UpdateOptions().transaction(t.data()));
        kept->increment("amount", 5, SaveOptions().transaction(t.data()));
        QCOMPARE(kept->get("amount").toInt(), 15); // reloaded inside the transaction
        item->restore(Where(), DestroyOptions().transaction(t.data()));
        item->upsert({{"id", kept->get("id")}, {"label", "changed"}},
                     SaveOptions().transaction(t.data()));
        QCOMPARE(item->count(FindOptions().transaction(t.data())), 2);
        t->rollback();
        QCOMPARE(item->count(), 1);
        auto stored = item->findByPk(kept->get("id"));
        QCOMPARE(stored->get("amount").toInt(), 1);
        QCOMPARE(stored->get("label").toString(), QStringLiteral("kept"));
    }

    // Hooks get the operation's options, so that their own queries join its transaction.
    void hooksGetTheTransaction_data() { TestDatabases::addDialectRows(); }
    void hooksGetTheTransaction()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *ledger = defineLedger(sequelize.get());
        struct Counting : ModelHooks
        {
            ModelDefinition *model = nullptr;
            Transaction *seenTransaction = reinterpret_cast<Transaction *>(1);
            int seenRows = -1;
            QStringList seenFields;
            void afterCreate(Model *, const HookOptions &options) override
            {
                seenTransaction = options.transaction();
                seenRows = int(model->count(FindOptions().transaction(options.transaction())));
            }
            void beforeUpdate(Model *, const HookOptions &options) override
            {
                seenFields = options.fields();
            }
        };
        auto hooks = QSharedPointer<Counting>::create();
        hooks->model = ledger;
        ledger->addHooks(hooks);
        QSharedPointer<Transaction> t = sequelize->transaction();
        auto row = ledger->create({{"label", "in"}}, SaveOptions().transaction(t.data()));
        QCOMPARE(hooks->seenTransaction, t.data());
        QCOMPARE(hooks->seenRows, 1); // the hook's count ran inside the transaction
        t->rollback();
        auto outside = ledger->create({{"label", "out"}});
        QCOMPARE(hooks->seenTransaction, nullptr);
        QCOMPARE(hooks->seenRows, 1);
        outside->set("label", "changed");
        outside->set("amount", 3);
        outside->save(SaveOptions().fields({"label"}));
        QCOMPARE(hooks->seenFields, QStringList{"label"});
        Q_UNUSED(row);
    }

    void unmanaged_data() { TestDatabases::addDialectRows(); }
    void unmanaged()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *ledger = defineLedger(sequelize.get());
        auto t = sequelize->transaction();
        QCOMPARE(t->state(), Transaction::Active);
        ledger->create({{"label", "unmanaged-commit"}}, SaveOptions().transaction(t.data()));
        t->commit();
        QCOMPARE(t->state(), Transaction::Committed);
        auto r = sequelize->transaction();
        ledger->create({{"label", "unmanaged-rollback"}}, SaveOptions().transaction(r.data()));
        r->rollback();
        QCOMPARE(labels(ledger), QStringList{"unmanaged-commit"});
        try {
            r->commit();
            QFAIL("no error");
        } catch (const TransactionError &e) {
            QCOMPARE(e.message(),
                     QStringLiteral("Transaction cannot be committed because it has "
                                    "been finished with state: rollback"));
        }
        QVERIFY_THROWS_EXCEPTION(TransactionError, t->rollback());
        QVERIFY_THROWS_EXCEPTION(TransactionError,
                                 ledger->count(FindOptions().transaction(t.data())));
        // Left open: rolled back when destroyed, with a warning.
        {
            auto forgotten = sequelize->transaction();
            ledger->create({{"label", "forgotten"}}, SaveOptions().transaction(forgotten.data()));
            QTest::ignoreMessage(QtWarningMsg,
                                 "A transaction was destroyed while active: rolling it back");
        }
        QCOMPARE(labels(ledger), QStringList{"unmanaged-commit"});
        // Options that still name a transaction destroyed since: every statement is refused,
        // never run outside it (a write there would commit on its own).
        SaveOptions save;
        FindOptions find;
        UpdateOptions update;
        DestroyOptions destroy;
        QueryOptions query;
        {
            auto gone = sequelize->transaction();
            save.transaction(gone.data());
            find.transaction(gone.data());
            update.transaction(gone.data());
            destroy.transaction(gone.data());
            query.transaction(gone.data());
            gone->commit();
        }
        QVERIFY_THROWS_EXCEPTION(TransactionError, ledger->create({{"label", "gone"}}, save));
        QVERIFY_THROWS_EXCEPTION(TransactionError, ledger->findAll(find));
        QVERIFY_THROWS_EXCEPTION(TransactionError,
                                 ledger->update({{"label", "gone"}}, Where(), update));
        QVERIFY_THROWS_EXCEPTION(TransactionError, ledger->destroy(Where(), destroy));
        QVERIFY_THROWS_EXCEPTION(TransactionError,
                                 sequelize->query(QStringLiteral("SELECT 1"), query));
        QCOMPARE(labels(ledger), QStringList{"unmanaged-commit"});
    }

    void savepoints_data() { TestDatabases::addDialectRows(); }
    void savepoints()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *ledger = defineLedger(sequelize.get());
        bool innerAfterCommit = false;
        sequelize->transaction([&](Transaction &outer) {
            ledger->create({{"label", "outer-before"}}, SaveOptions().transaction(&outer));
            try {
                sequelize->transaction(TransactionOptions().transaction(&outer),
                                       [&](Transaction &inner) {
                                           ledger->create({{"label", "inner-rolled-back"}},
                                                          SaveOptions().transaction(&inner));
                                           throw std::runtime_error("inner");
                                       });
                QFAIL("no error");
            } catch (const std::runtime_error &) {
            }
            sequelize->transaction(
                TransactionOptions().transaction(&outer), [&](Transaction &inner) {
                    connect(&inner, &Transaction::committed, this,
                            [&] { innerAfterCommit = true; });
                    ledger->create({{"label", "inner-kept"}}, SaveOptions().transaction(&inner));
                });
            QVERIFY(!innerAfterCommit); // only once the outermost transaction commits
            ledger->create({{"label", "outer-after"}}, SaveOptions().transaction(&outer));
        });
        QVERIFY(innerAfterCommit);
        QCOMPARE(labels(ledger), (QStringList{"outer-before", "inner-kept", "outer-after"}));
        // The outer one failing discards its savepoints too.
        QVERIFY_THROWS_EXCEPTION(
            std::runtime_error, sequelize->transaction([&](Transaction &outer) {
                sequelize->transaction(
                    TransactionOptions().transaction(&outer), [&](Transaction &inner) {
                        ledger->create({{"label", "lost"}}, SaveOptions().transaction(&inner));
                    });
                throw std::runtime_error("outer");
            }));
        QCOMPARE(labels(ledger), (QStringList{"outer-before", "inner-kept", "outer-after"}));
    }

    void isolationLevels_data() { TestDatabases::addDialectRows(); }
    void isolationLevels()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        const QList<QPair<Transaction::IsolationLevel, QString>> levels{
            {Transaction::ReadUncommitted, "read uncommitted"},
            {Transaction::ReadCommitted, "read committed"},
            {Transaction::RepeatableRead, "repeatable read"},
            {Transaction::Serializable, "serializable"}};
        for (const auto &level : levels) {
            auto t = sequelize->transaction(TransactionOptions().isolationLevel(level.first));
            QueryOptions in = QueryOptions().transaction(t.data());
            if (dialect == QLatin1String("postgres")) {
                QCOMPARE(sequelize->query("SHOW transaction_isolation", in)
                             .rows()
                             .first()
                             .first()
                             .toString(),
                         level.second);
            } else if (dialect == QLatin1String("sqlite")) {
                // SQLite is serializable; READ UNCOMMITTED is its read_uncommitted pragma.
                QCOMPARE(
                    sequelize->query("PRAGMA read_uncommitted", in).rows().first().first().toInt(),
                    level.first == Transaction::ReadUncommitted ? 1 : 0);
            } else {
                // MariaDB: SET TRANSACTION ISOLATION LEVEL ran before BEGIN; the transaction works.
                QCOMPARE(
                    sequelize->query("SELECT 1 AS one", in).rows().first().value("one").toInt(), 1);
            }
            t->commit();
        }
        auto immediate = sequelize->transaction(TransactionOptions().type(Transaction::Immediate));
        immediate->commit();
    }

    void rowLocks_data() { TestDatabases::addDialectRows(); }
    void rowLocks()
    {
        QSQ_REQUIRE_DIALECT();
        if (dialect == QLatin1String("sqlite"))
            QSKIP("SQLite has no row locks (a writer locks the database); lock() is ignored there, "
                  "as in Sequelize");
        auto sequelize = open(dialect);
        ModelDefinition *ledger = defineLedger(sequelize.get());
        ledger->bulkCreate({{{"label", "a"}, {"amount", 1}}, {{"label", "b"}, {"amount", 2}}});
        auto first = sequelize->transaction();
        // By primary key: InnoDB locks every row a scan touches.
        auto locked = ledger->findAll(
            FindOptions().where({{"id", 1}}).lock(Lock::Update).transaction(first.data()));
        QCOMPARE(locked.size(), 1);
        // A second transaction skips the locked row...
        auto second = sequelize->transaction();
        const auto free = ledger->findAll(
            FindOptions().lock(Lock::Update).skipLocked().order("id").transaction(second.data()));
        QCOMPARE(free.size(), 1);
        QCOMPARE(free.first()->get("label").toString(), QStringLiteral("b"));
        // ... or waits for it, here until its lock timeout.
        sequelize->query(dialect == QLatin1String("postgres")
                             ? QStringLiteral("SET LOCAL lock_timeout = '200ms'")
                             : QStringLiteral("SET SESSION innodb_lock_wait_timeout = 1"),
                         QueryOptions().transaction(second.data()));
        QVERIFY_THROWS_EXCEPTION(
            TimeoutError,
            ledger->findAll(
                FindOptions().where({{"id", 1}}).lock(Lock::Update).transaction(second.data())));
        second->rollback();
        locked.first()->set("amount", 100);
        locked.first()->save(SaveOptions().transaction(first.data()));
        first->commit();
        QCOMPARE(ledger->findOne(FindOptions().where({{"label", "a"}}))->get("amount").toInt(),
                 100);
    }

    // A transaction of another Sequelize runs on that one's connection (another database, or
    // another pool): the statement, or a savepoint under it, is refused, not run there.
    void transactionOfAnotherSequelize_data() { TestDatabases::addDialectRows(); }
    void transactionOfAnotherSequelize()
    {
        QSQ_OPEN_DIALECT(s);
        auto other = TestDatabases::open(dialect);
        ModelDefinition *note
            = s->define("Note", {{"text", DataTypes::String()}}, ModelOptions().timestamps(false));
        note->sync(SyncOptions().force());
        auto foreign = other->transaction();
        QVERIFY_THROWS_EXCEPTION(
            TransactionError,
            note->create({{"text", "x"}}, SaveOptions().transaction(foreign.data())));
        QVERIFY_THROWS_EXCEPTION(TransactionError,
                                 note->findAll(FindOptions().transaction(foreign.data())));
        QVERIFY_THROWS_EXCEPTION(TransactionError,
                                 s->query("SELECT 1", QueryOptions().transaction(foreign.data())));
        QVERIFY_THROWS_EXCEPTION(TransactionError,
                                 s->transaction(TransactionOptions().transaction(foreign.data())));
        foreign->commit();
        QCOMPARE(note->count(), 0);
        // A savepoint under a finished transaction is refused too (it crashed: the refused
        // savepoint was rolled back on destruction without a connection).
        auto finished = s->transaction();
        finished->commit();
        QVERIFY_THROWS_EXCEPTION(TransactionError,
                                 s->transaction(TransactionOptions().transaction(finished.data())));
        QVERIFY_THROWS_EXCEPTION(TransactionError,
                                 s->transaction(TransactionOptions().transaction(finished.data()),
                                                [](Transaction &) {}));
    }

    void deferrable_data() { TestDatabases::addDialectRows(); }
    void deferrable()
    {
        QSQ_REQUIRE_DIALECT();
        if (dialect != QLatin1String("postgres"))
            QSKIP("deferrable constraints exist on PostgreSQL only; Sequelize ignores the option "
                  "elsewhere, and so does QtSequelize");
        auto sequelize = open(dialect);
        Sequelize *s = sequelize.get();
        ModelDefinition *parent = s->define("Parent", {{"name", DataTypes::String()}},
                                            ModelOptions().timestamps(false));
        ModelDefinition *child
            = s->define("Child", {{"name", DataTypes::String()}}, ModelOptions().timestamps(false));
        child->belongsTo(parent,
                         AssociationOptions()
                             .as("parent")
                             .foreignKey("parentId")
                             .deferrable(Deferrable::InitiallyImmediate));
        s->sync();
        // The child first, its parent afterwards: passes only with the check deferred.
        s->transaction(TransactionOptions().setDeferred(), [&](Transaction &t) {
            child->create({{"name", "c"}, {"parentId", 1}}, SaveOptions().transaction(&t));
            parent->create({{"id", 1}, {"name", "p"}}, SaveOptions().transaction(&t));
        });
        QCOMPARE(child->count(), 1);
        // Immediate (the constraint's initial mode): the insert itself fails.
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, s->transaction([&](Transaction &t) {
            child->create({{"name", "d"}, {"parentId", 2}}, SaveOptions().transaction(&t));
        }));
        // Deferred and never satisfied: the COMMIT fails, and nothing is kept.
        auto t = s->transaction(TransactionOptions().setDeferred());
        child->create({{"name", "e"}, {"parentId", 3}}, SaveOptions().transaction(t.data()));
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, t->commit());
        QCOMPARE(t->state(), Transaction::RolledBack);
        QCOMPARE(child->count(), 1);
    }

    // Sequelize's isolationLevel option: the level of transactions that give none.
    // findByPk's cached statement is for a plain lookup; options that change the SELECT take
    // the general path. FOR UPDATE was dropped: a read-modify-write through findByPk(lock) lost
    // updates (found on the Galera cluster).
    void findersHonourTheirOptions_data() { TestDatabases::addDialectRows(); }
    void findersHonourTheirOptions()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *ledger = defineLedger(sequelize.get());
        ledger->bulkCreate({{{"label", "a"}, {"amount", 1}}, {{"label", "b"}, {"amount", 2}}});
        const auto partial = ledger->findByPk(1, FindOptions().attributes({"id", "label"}));
        QVERIFY(partial);
        QVERIFY(partial->toJSON().contains(QStringLiteral("label")));
        QVERIFY(!partial->toJSON().contains(QStringLiteral("amount")));
        QVERIFY(!ledger->findByPk(1, FindOptions().where({{"label", "b"}})));
        QVERIFY(!ledger->findByPk(1, FindOptions().offset(1)));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 ledger->findByPk(1, FindOptions().attributes({})));
        if (dialect == QLatin1String("sqlite"))
            QSKIP("SQLite has no row locks (a writer locks the database); the rest ran");
        auto holder = sequelize->transaction();
        QVERIFY(ledger->findByPk(1, FindOptions().lock(Lock::Update).transaction(holder.data())));
        // reload({lock, transaction}), Sequelize's way to lock a row it holds: the same.
        ledger->findByPk(2)->reload(FindOptions().lock(Lock::Update).transaction(holder.data()));
        auto other = sequelize->transaction();
        QCOMPARE(ledger
                     ->findAll(FindOptions()
                                   .where(Op::in("id", {1, 2}))
                                   .lock(Lock::Update)
                                   .skipLocked()
                                   .transaction(other.data()))
                     .size(),
                 0); // locked by the findByPk and the reload
        other->rollback();
        holder->rollback();
        // findAll({include, lock}) locks the included rows too, as Sequelize's joined query.
        ModelDefinition *entry = sequelize->define("Entry", {{"note", DataTypes::String()}},
                                                   ModelOptions().timestamps(false));
        ledger->hasMany(entry, AssociationOptions().as("entries"));
        entry->sync(SyncOptions().force());
        entry->create({{"note", "n"}, {"LedgerId", 1}});
        auto locking = sequelize->transaction();
        QCOMPARE(ledger
                     ->findAll(FindOptions()
                                   .where({{"id", 1}})
                                   .include(Include("entries"))
                                   .lock(Lock::Update)
                                   .transaction(locking.data()))
                     .first()
                     ->loadedTargets("entries")
                     .size(),
                 1);
        auto probing = sequelize->transaction();
        QCOMPARE(
            entry
                ->findAll(FindOptions().lock(Lock::Update).skipLocked().transaction(probing.data()))
                .size(),
            0);
        probing->rollback();
        locking->rollback();
        // count({lock}) is sent as Sequelize sends it, not dropped: PostgreSQL refuses FOR
        // UPDATE with an aggregate, MariaDB locks the rows counted.
        auto counting = sequelize->transaction();
        if (dialect == QLatin1String("postgres")) {
            QVERIFY_THROWS_EXCEPTION(
                DatabaseError,
                ledger->count(FindOptions().lock(Lock::Update).transaction(counting.data())));
        } else {
            QCOMPARE(ledger->count(FindOptions().lock(Lock::Update).transaction(counting.data())),
                     2);
            auto blocked = sequelize->transaction();
            QCOMPARE(
                ledger
                    ->findAll(
                        FindOptions().lock(Lock::Update).skipLocked().transaction(blocked.data()))
                    .size(),
                0);
            blocked->rollback();
        }
        counting->rollback();
        // findAndCountAll({lock}) locks the rows it finds; its count runs without the lock
        // (PostgreSQL would refuse FOR UPDATE on it).
        auto finding = sequelize->transaction();
        qint64 total = 0;
        QCOMPARE(ledger
                     ->findAndCountAll(FindOptions()
                                           .lock(Lock::Update)
                                           .limit(1)
                                           .order("id")
                                           .transaction(finding.data()),
                                       &total)
                     .size(),
                 1);
        QCOMPARE(total, 2);
        auto probing2 = sequelize->transaction();
        QCOMPARE(ledger
                     ->findAll(FindOptions()
                                   .where({{"id", 1}})
                                   .lock(Lock::Update)
                                   .skipLocked()
                                   .transaction(probing2.data()))
                     .size(),
                 0);
        probing2->rollback();
        finding->rollback();
    }

    void defaultIsolationLevel_data() { TestDatabases::addDialectRows(); }
    void defaultIsolationLevel()
    {
        QSQ_REQUIRE_DIALECT();
        if (dialect != QLatin1String("postgres"))
            QSKIP("only PostgreSQL reports the running transaction's level (MariaDB's variable is "
                  "the session's; SQLite is serializable)");
        Sequelize s(SequelizeOptions::fromUrl(TestDatabases::url(dialect))
                        .isolationLevel(Transaction::Serializable));
        auto level = [&](Transaction &t) {
            return s
                .query(QStringLiteral("SHOW transaction_isolation"), QueryOptions().transaction(&t))
                .rows()
                .value(0)
                .first()
                .toString();
        };
        QCOMPARE(s.transaction([&](Transaction &t) { return level(t); }),
                 QStringLiteral("serializable"));
        QCOMPARE(s.transaction(TransactionOptions().isolationLevel(Transaction::ReadCommitted),
                               [&](Transaction &t) { return level(t); }),
                 QStringLiteral("read committed"));
    }

    // references: {model, key, deferrable} on an attribute (no association).
    void deferrableReference_data() { TestDatabases::addDialectRows(); }
    void deferrableReference()
    {
        QSQ_REQUIRE_DIALECT();
        if (dialect != QLatin1String("postgres"))
            QSKIP("deferrable constraints exist on PostgreSQL only; Sequelize ignores the option "
                  "elsewhere, and so does QtSequelize");
        auto sequelize = open(dialect);
        Sequelize *s = sequelize.get();
        ModelDefinition *owner
            = s->define("Owner", {{"name", DataTypes::String()}}, ModelOptions().timestamps(false));
        ModelDefinition *pet = s->define("Pet",
                                         {{"name", DataTypes::String()},
                                          {"ownerId",
                                           Attribute(DataTypes::Integer())
                                               .references("Owners")
                                               .deferrable(Deferrable::InitiallyDeferred)}},
                                         ModelOptions().timestamps(false));
        s->sync();
        // Initially deferred: checked at COMMIT, so the owner may come second.
        s->transaction([&](Transaction &t) {
            pet->create({{"name", "rex"}, {"ownerId", 7}}, SaveOptions().transaction(&t));
            owner->create({{"id", 7}, {"name", "ann"}}, SaveOptions().transaction(&t));
        });
        QCOMPARE(pet->count(), 1);
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError, s->transaction([&](Transaction &t) {
            pet->create({{"name", "tom"}, {"ownerId", 8}}, SaveOptions().transaction(&t));
        }));
        QCOMPARE(pet->count(), 1);
        const QVariantMap fk
            = s->query(QStringLiteral("SELECT is_deferrable, initially_deferred FROM "
                                      "information_schema.table_constraints WHERE table_name = "
                                      "'Pets' AND constraint_type = 'FOREIGN KEY'"))
                  .rows()
                  .value(0);
        QCOMPARE(fk.value("is_deferrable").toString(), QStringLiteral("YES"));
        QCOMPARE(fk.value("initially_deferred").toString(), QStringLiteral("YES"));
    }

    void findOrCreateInTransaction_data() { TestDatabases::addDialectRows(); }
    void findOrCreateInTransaction()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        ModelDefinition *ledger = defineLedger(sequelize.get());
        auto t = sequelize->transaction();
        bool created = false;
        auto row = ledger->findOrCreate(FindOptions().where({{"label", "x"}}).transaction(t.data()),
                                        {{"amount", 3}}, &created);
        QVERIFY(created);
        ledger->findOrCreate(FindOptions().where({{"label", "x"}}).transaction(t.data()), {},
                             &created);
        QVERIFY(!created);
        row->reload(FindOptions().transaction(t.data()));
        QCOMPARE(row->get("amount").toInt(), 3);
        t->rollback();
        QCOMPARE(ledger->count(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Transaction)
#include "tst_transaction.moc"
