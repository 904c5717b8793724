// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Async>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qfile.h>
#include <QtCore/qmutex.h>
#include <QtCore/qset.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class Author : public TypedModel<Author>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, name, setName)
};

class Book : public TypedModel<Book>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, title, setTitle)
    QSQ_BELONGS_TO(Author, author, Author)
};

// The QFuture API: work runs on the Sequelize's pool threads with their own connections;
// results arrive with their instances in the calling thread, errors as the usual exceptions.
class tst_Async : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // SQLite: a file, so that the pool threads' connections write concurrently (WAL, busy
    // timeout) instead of meeting shared-cache table locks.
    std::unique_ptr<Sequelize> open(const QString &dialect, int poolMax = 5)
    {
        SequelizeOptions options;
        if (dialect == QLatin1String("sqlite")) {
            QFile::remove(m_dir.filePath(QStringLiteral("async.db")));
            options = SequelizeOptions::fromUrl(QStringLiteral("sqlite:")
                                                + m_dir.filePath(QStringLiteral("async.db")));
        } else {
            auto reset = TestDatabases::open(dialect); // empties the database
            options = reset->options();
        }
        auto sequelize = std::make_unique<Sequelize>(options.poolMax(poolMax));
        Author::init(sequelize.get(),
                     {{"name", Attribute(DataTypes::String()).allowNull(false).unique()}},
                     ModelOptions().timestamps(false));
        Book::init(sequelize.get(), {}, ModelOptions().timestamps(false));
        Book::belongsTo(Author::model(), AssociationOptions().as("author").foreignKey("authorId"));
        sequelize->sync(SyncOptions().force());
        return sequelize;
    }

private slots:
    // The in-memory SQLite database (sqlite::memory:, the README's URL) shares one cache
    // between the pool's connections, whose table locks fail at once (SQLITE_LOCKED) where a
    // file waits: such statements wait and run again, so concurrent calls all succeed.
    void inMemorySqliteConcurrency()
    {
        Sequelize sequelize(
            SequelizeOptions::fromUrl(QStringLiteral("sqlite::memory:")).poolMax(4));
        Author::init(&sequelize,
                     {{"name", Attribute(DataTypes::String()).allowNull(false).unique()}},
                     ModelOptions().timestamps(false));
        Book::init(&sequelize, {}, ModelOptions().timestamps(false));
        Book::belongsTo(Author::model(), AssociationOptions().as("author").foreignKey("authorId"));
        sequelize.sync();
        QList<QFuture<Author::Ptr>> created;
        QList<QFuture<QList<Author::Ptr>>> read;
        for (int i = 0; i < 60; ++i) {
            created.append(Author::createAsync({{"name", QStringLiteral("author %1").arg(i)}}));
            read.append(Author::findAllAsync());
        }
        for (auto &f : created)
            QVERIFY(f.result());
        for (auto &f : read)
            QVERIFY(f.result().size() <= 60);
        QCOMPARE(Author::count(), qint64(60));
    }

    // Writes on pool threads are reported by key (instanceChanged, queued to this thread);
    // the pointer signals fire only for writes in the definition's own thread, so no receiver
    // is handed an instance that another thread owns and may already have deleted.
    void changeSignalsAcrossThreads_data() { TestDatabases::addDialectRows(); }
    void changeSignalsAcrossThreads()
    {
        QFETCH(QString, dialect);
        if (TestDatabases::url(dialect).isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason(dialect)));
        auto sequelize = open(dialect);
        QList<QPair<QVariant, ModelDefinition::Change>> changes;
        int pointers = 0;
        connect(Author::model(), &ModelDefinition::instanceChanged, this,
                [&](const QVariant &key, ModelDefinition::Change change) {
                    QCOMPARE(QThread::currentThread(), thread());
                    changes.append({key, change});
                });
        connect(Author::model(), &ModelDefinition::instanceCreated, this, [&] { ++pointers; });
        const Author::Ptr pooled = Author::createAsync({{"name", "pool"}}).result();
        QTRY_COMPARE(changes.size(), 1);
        QCOMPARE(changes.first().first.toLongLong(), pooled->get("id").toLongLong());
        QCOMPARE(changes.first().second, ModelDefinition::Change::Created);
        QCOMPARE(pointers, 0);
        const Author::Ptr here = Author::create({{"name", "here"}});
        QCOMPARE(changes.size(), 2);
        QCOMPARE(pointers, 1);
        here->destroy();
        QCOMPARE(changes.last().second, ModelDefinition::Change::Destroyed);
    }

    void findersAndWriters_data() { TestDatabases::addDialectRows(); }
    void findersAndWriters()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        QFuture<Author::Ptr> created = Author::createAsync({{"name", "Ursula"}});
        const Author::Ptr ursula = created.result();
        QVERIFY(ursula);
        QVERIFY(ursula->get("id").isValid());
        QCOMPARE(ursula->thread(), QThread::currentThread());
        QCOMPARE(
            Author::bulkCreateAsync({{{"name", "Iain"}}, {{"name", "Octavia"}}}).result().size(),
            2);
        Book::create({{"title", "The Dispossessed"}, {"authorId", ursula->get("id")}});

        const Author::List all = Author::findAllAsync(FindOptions().order("name")).result();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first()->name(), QStringLiteral("Iain"));
        for (const Author::Ptr &author : all)
            QCOMPARE(author->thread(), QThread::currentThread());
        QCOMPARE(Author::findByPkAsync(ursula->get("id")).result()->name(),
                 QStringLiteral("Ursula"));
        QCOMPARE(Author::findOneAsync(FindOptions().where({{"name", "Octavia"}})).result()->name(),
                 QStringLiteral("Octavia"));
        QCOMPARE(Author::model()->countAsync().result(), qint64(3));

        // Included instances come along to this thread too.
        const Book::List books
            = Book::findAllAsync(FindOptions().include(Author::model())).result();
        QCOMPARE(books.size(), 1);
        QCOMPARE(books.first()->thread(), QThread::currentThread());
        QVERIFY(books.first()->author());
        QCOMPARE(books.first()->author()->thread(), QThread::currentThread());
        QCOMPARE(books.first()->author()->name(), QStringLiteral("Ursula"));

        QCOMPARE(
            Author::model()->updateAsync({{"name", "Iain M."}}, Where({{"name", "Iain"}})).result(),
            1);
        QCOMPARE(Author::model()->destroyAsync(Where({{"name", "Octavia"}})).result(), 1);
        QCOMPARE(Author::count(), qint64(2));
        const QueryResult raw = sequelize->queryAsync(QStringLiteral("SELECT 1 AS one")).result();
        QCOMPARE(raw.rows().value(0).value("one").toInt(), 1);
    }

    // An error is the future's: result() rethrows the library's exception; onFailed sees it.
    void errors_data() { TestDatabases::addDialectRows(); }
    void errors()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect);
        Author::create({{"name", "Ursula"}});
        QFuture<Author::Ptr> duplicate = Author::createAsync({{"name", "Ursula"}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, duplicate.result());
        QString failure;
        Author::createAsync({{"name", "Ursula"}})
            .then(this, [](const Author::Ptr &) {})
            .onFailed(this, [&](const UniqueConstraintError &error) { failure = error.name(); });
        // (no waitForFinished(): continuations with a context run in this thread's event loop)
        QTRY_COMPARE(failure, QStringLiteral("SequelizeUniqueConstraintError"));
        QVERIFY_THROWS_EXCEPTION(
            DatabaseError,
            sequelize->queryAsync(QStringLiteral("SELECT nosuch FROM nowhere")).result());
        QCOMPARE(Author::count(), qint64(1)); // nothing else was written

        // A transaction belongs to its thread: the call says so at once.
        sequelize->transaction([&](Transaction &t) {
            QVERIFY_THROWS_EXCEPTION(TransactionError,
                                     Author::findAllAsync(FindOptions().transaction(&t)));
        });
        // The whole transaction runs in the pool instead, and rolls back as one.
        QFuture<void> rolledBack = async(sequelize.get(), [&] {
            sequelize->transaction([&](Transaction &t) {
                Author::create({{"name", "Iain"}}, SaveOptions().transaction(&t));
                Author::create({{"name", "Ursula"}}, SaveOptions().transaction(&t)); // refused
            });
        });
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, rolledBack.waitForFinished());
        QCOMPARE(Author::count(), qint64(1));
        QCOMPARE(async(sequelize.get(),
                       [&] {
                           return sequelize->transaction([&](Transaction &t) {
                               Author::create({{"name", "Iain"}}, SaveOptions().transaction(&t));
                               return Author::count(FindOptions().transaction(&t));
                           });
                       })
                     .result(),
                 qint64(2));
    }

    // Many calls at once: at most poolMax threads (each with its connection) run them.
    void concurrency_data() { TestDatabases::addDialectRows(); }
    void concurrency()
    {
        QSQ_REQUIRE_DIALECT();
        auto sequelize = open(dialect, 3);
        QMutex mutex;
        QSet<QThread *> threads;
        QList<QFuture<Author::Ptr>> futures;
        for (int i = 0; i < 30; ++i) {
            futures.append(async(sequelize.get(), [&, i] {
                {
                    QMutexLocker lock(&mutex);
                    threads.insert(QThread::currentThread());
                }
                return Author::create({{"name", QStringLiteral("author %1").arg(i)}});
            }));
        }
        QSet<QString> names;
        for (QFuture<Author::Ptr> &future : futures)
            names.insert(future.result()->name());
        QCOMPARE(names.size(), 30);
        QCOMPARE(Author::count(), qint64(30));
        QVERIFY(!threads.contains(QThread::currentThread()));
        QVERIFY(threads.size() <= 3);
        QVERIFY(sequelize->poolSize() <= 3);
        // The continuation of then(context, …) runs in the context's thread.
        QThread *continuation = nullptr;
        Author::findAllAsync().then(
            this, [&](const Author::List &) { continuation = QThread::currentThread(); });
        QTRY_COMPARE(continuation, QThread::currentThread());
    }
};

QTEST_GUILESS_MAIN(tst_Async)
#include "tst_async.moc"
