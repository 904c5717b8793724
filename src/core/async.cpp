// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The asynchronous API: every call is the synchronous one, run on the Sequelize's thread pool
// with that thread's connection (see <QtSequelize/Async>).

#include <QtSequelize/async.h>

#include <QtSequelize/errors.h>

#include "../query/options_p.h"
#include "acquirewatchdog_p.h"
#include "cancelwatch_p.h"
#include "model_p.h"
#include "sequelize_p.h"
#include "workerpool_p.h"

namespace QtSequelize {

/*!
    \headerfile <QtSequelize/Async>
    \inmodule QtSequelize
    \brief The asynchronous API: Sequelize's promises as QFutures.

    Every call runs on the Sequelize's thread pool (SequelizeOptions::poolMax() threads, 5 by
    default), where each thread has its own connection: QSqlDatabase connections belong to one
    thread, so work moves to the connection, never a connection to the work. Instances in a
    result (and the instances they include) are moved to the thread that made the call before
    the future finishes, so they can be used there, in QML too; an error reaches the future as
    the exception the synchronous call throws (QFuture::result() rethrows it).
    \code
    User::findAllAsync(FindOptions().where({{"active", true}}))
        .then(this, [this](const User::List &users) { show(users); })
        .onFailed(this, [this](const QtSequelize::BaseError &error) { report(error.message()); });
    \endcode
    The work runs in a pool thread: its hooks run there too, and the model's change signals
    (instanceCreated(), …) are emitted there, reaching receivers of other threads queued.
*/

void AsyncDetail::moveToThread(Model *instance, QThread *thread)
{
    // Only the thread an object lives in may push it away; a moved object also ends a cycle.
    if (!instance || instance->thread() == thread || instance->thread() != QThread::currentThread())
        return;
    instance->moveToThread(thread);
    for (const QList<QSharedPointer<Model>> &loaded : ModelPrivate::get(instance)->associations) {
        for (const QSharedPointer<Model> &associated : loaded)
            moveToThread(associated.get(), thread);
    }
}

// Made on the first asynchronous call, so that the pool.min threads open their connections with
// the connection hooks added after the Sequelize was constructed.
WorkerPool &SequelizePrivate::workerPool() const
{
    QMutexLocker lock(&poolMutex);
    if (!pool) {
        ConnectionManager *manager = connections.get();
        pool = std::make_unique<WorkerPool>(
            options.poolMinConnections(), options.poolMaxConnections(),
            options.poolIdleMilliseconds(), [manager] { manager->current(); });
    }
    return *pool;
}

CancelWatch &SequelizePrivate::cancelWatch()
{
    QMutexLocker lock(&poolMutex);
    if (!cancelWatcher)
        cancelWatcher = std::make_unique<CancelWatch>(*connections);
    return *cancelWatcher;
}

void AsyncDetail::start(Sequelize *sequelize, std::function<void()> task)
{
    SequelizePrivate::get(sequelize)->workerPool().start(std::move(task));
}

/*!
    Waits until every asynchronous call made so far has finished, at most \a msecs (-1: however
    long it takes). Returns false when some were still running then, or when called from an
    asynchronous call (which would wait for itself).
*/
bool Sequelize::waitForAsyncCalls(int msecs) const
{
    return d_func()->workerPool().waitForDone(msecs);
}

/*!
    How many threads the asynchronous API has now (Sequelize's pool.size), each with its own
    connection once it ran a call: between SequelizeOptions::poolMin() (after the first
    asynchronous call) and poolMax().
*/
int Sequelize::poolSize() const
{
    Q_D(const Sequelize);
    QMutexLocker lock(&d->poolMutex);
    return d->pool ? d->pool->threadCount() : 0;
}

AcquireWatchdog *SequelizePrivate::acquireWatchdog()
{
    const int acquire = options.poolAcquireMilliseconds();
    if (acquire <= 0)
        return nullptr;
    QMutexLocker lock(&poolMutex);
    if (!watchdog)
        watchdog = std::make_unique<AcquireWatchdog>(std::chrono::milliseconds(acquire));
    return watchdog.get();
}

// A transaction's connection belongs to the thread that started it: the pool cannot use it.
template<typename Options> static void requireNoTransaction(const Options &options)
{
    if (OptionsAccess::data(options).transaction)
        throw TransactionError(QStringLiteral(
            "An asynchronous call cannot join a transaction, which belongs to the thread that "
            "started it; run the whole transaction in QtSequelize::async()"));
}

QFuture<QueryResult> Sequelize::queryAsync(const QString &sql, const QueryOptions &options)
{
    requireNoTransaction(options);
    return async(this, [this, sql, options] { return query(sql, options); });
}

QFuture<QList<QSharedPointer<Model>>> ModelDefinition::findAllAsync(const FindOptions &options)
{
    requireNoTransaction(options);
    return async(sequelize(), [this, options] { return findAll(options); });
}

QFuture<QSharedPointer<Model>> ModelDefinition::findOneAsync(const FindOptions &options)
{
    requireNoTransaction(options);
    return async(sequelize(), [this, options] { return findOne(options); });
}

QFuture<QSharedPointer<Model>> ModelDefinition::findByPkAsync(const QVariant &primaryKey,
                                                              const FindOptions &options)
{
    requireNoTransaction(options);
    return async(sequelize(),
                 [this, primaryKey, options] { return findByPk(primaryKey, options); });
}

QFuture<qint64> ModelDefinition::countAsync(const FindOptions &options)
{
    requireNoTransaction(options);
    return async(sequelize(), [this, options] { return count(options); });
}

QFuture<QSharedPointer<Model>> ModelDefinition::createAsync(const QVariantMap &values,
                                                            const SaveOptions &options)
{
    requireNoTransaction(options);
    return async(sequelize(), [this, values, options] { return create(values, options); });
}

QFuture<QList<QSharedPointer<Model>>>
ModelDefinition::bulkCreateAsync(const QList<QVariantMap> &records,
                                 const BulkCreateOptions &options)
{
    requireNoTransaction(options);
    return async(sequelize(), [this, records, options] { return bulkCreate(records, options); });
}

QFuture<int> ModelDefinition::updateAsync(const QVariantMap &values, const Where &where,
                                          const UpdateOptions &options)
{
    requireNoTransaction(options);
    return async(sequelize(),
                 [this, values, where, options] { return update(values, where, options); });
}

QFuture<int> ModelDefinition::destroyAsync(const Where &where, const DestroyOptions &options)
{
    requireNoTransaction(options);
    return async(sequelize(), [this, where, options] { return destroy(where, options); });
}

} // namespace QtSequelize
