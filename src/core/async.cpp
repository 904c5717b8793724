// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The asynchronous API: every call is the synchronous one, run on the Sequelize's thread pool
// with that thread's connection (see <QtSequelize/Async>).

#include <QtSequelize/async.h>

#include <QtSequelize/errors.h>

#include "../query/options_p.h"
#include "acquirewatchdog_p.h"
#include "model_p.h"
#include "sequelize_p.h"

namespace QtSequelize {

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

QThreadPool *Sequelize::threadPool() const
{
    Q_D(const Sequelize);
    QMutexLocker lock(&d->poolMutex);
    if (!d->pool) {
        d->pool = std::make_unique<QThreadPool>();
        d->pool->setMaxThreadCount(d->options.poolMaxConnections());
        // Sequelize's pool.idle: a pool thread idle that long ends, and its connections close.
        d->pool->setExpiryTimeout(d->options.poolIdleMilliseconds());
    }
    return d->pool.get();
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
