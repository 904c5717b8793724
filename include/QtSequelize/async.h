// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ASYNC_H
#define QTSEQUELIZE_ASYNC_H

#include <QtSequelize/errors.h>
#include <QtSequelize/modeldefinition.h>
#include <QtSequelize/sequelize.h>
#include <QtSequelize/typedmodel.h>

#include <QtCore/qfuture.h>
#include <QtCore/qpromise.h>
#include <QtCore/qthread.h>

#include <atomic>
#include <concepts>
#include <exception>
#include <functional>
#include <memory>
#include <type_traits>

namespace QtSequelize {

class CancelWatch;

namespace AsyncDetail {
// While it lives, a cancelled future (\a isCanceled) has the statements of the calling pool
// thread cancelled on the server: PostgreSQL's cancel request, MariaDB's KILL QUERY,
// sqlite3_interrupt().
class Q_SEQUELIZE_EXPORT CancelTicket
{
public:
    CancelTicket(Sequelize *sequelize, std::function<bool()> isCanceled);
    ~CancelTicket();
    Q_DISABLE_COPY_MOVE(CancelTicket)

private:
    CancelWatch *m_watch;
    const void *m_entry;
};
// A queued call, which either starts (its pool thread takes it) or expires (it waited longer
// than the pool's acquire time, and \a onTimeout settles its future): whichever comes first.
class Q_SEQUELIZE_EXPORT Claim
{
public:
    explicit Claim(std::function<void()> onTimeout)
        : m_onTimeout(std::move(onTimeout))
    {
    }
    // False when the call expired before its thread took it.
    bool start();
    // Runs onTimeout unless the call started; called by the pool's watchdog.
    void expire();
    bool isStarted() const;

private:
    std::atomic<int> m_state{0}; // 0 queued, 1 started, 2 expired
    std::function<void()> m_onTimeout;
};
// A claim for a call queued now on \a sequelize's pool, watched for its acquire time.
Q_SEQUELIZE_EXPORT std::shared_ptr<Claim> queue(Sequelize *sequelize,
                                                std::function<void()> onTimeout);
// Runs \a task on one of \a sequelize's pool threads.
Q_SEQUELIZE_EXPORT void start(Sequelize *sequelize, std::function<void()> task);
// Moves an instance and the instances loaded into it to \a thread.
Q_SEQUELIZE_EXPORT void moveToThread(Model *instance, QThread *thread);

template<typename T> void moveResult(T &, QThread *) { }
template<typename T>
requires std::derived_from<T, Model>
void moveResult(QSharedPointer<T> &instance, QThread *thread)
{
    moveToThread(instance.get(), thread);
}
template<typename T>
requires std::derived_from<T, Model>
void moveResult(QList<QSharedPointer<T>> &instances, QThread *thread)
{
    for (const QSharedPointer<T> &instance : instances)
        moveToThread(instance.get(), thread);
}
inline void moveResult(QueryResult &result, QThread *thread)
{
    for (const QSharedPointer<Model> &instance : result.instances())
        moveToThread(instance.get(), thread);
}
} // namespace AsyncDetail

// Runs \a work() on \a sequelize's thread pool; the future gets what it returns or throws.
template<typename Work>
auto async(Sequelize *sequelize, Work work) -> QFuture<std::invoke_result_t<Work &>>
{
    using Result = std::invoke_result_t<Work &>;
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThread *caller = QThread::currentThread();
    std::shared_ptr<AsyncDetail::Claim> claim = AsyncDetail::queue(sequelize, [promise] {
        promise->setException(std::make_exception_ptr(ConnectionAcquireTimeoutError(
            QStringLiteral("No connection of the pool was free within its acquire time"))));
        promise->finish();
    });
    AsyncDetail::start(sequelize,
                       [sequelize, promise, work = std::move(work), caller, claim]() mutable {
                           if (!claim->start())
                               return; // expired: its future has the ConnectionAcquireTimeoutError
                           if (promise->isCanceled()) { // cancelled while queued: it does not run
                               promise->finish();
                               return;
                           }
                           try {
                               const AsyncDetail::CancelTicket ticket(
                                   sequelize, [promise] { return promise->isCanceled(); });
                               if constexpr (std::is_void_v<Result>) {
                                   work();
                               } else {
                                   Result result = work();
                                   AsyncDetail::moveResult(result, caller);
                                   promise->addResult(std::move(result));
                               }
                           } catch (...) {
                               promise->setException(std::current_exception());
                           }
                           promise->finish();
                       });
    return future;
}

template<typename T>
template<typename Result>
auto TypedModel<T>::typedFuture(const QFuture<Result> &future)
{
    // Sync: a cast, done by whichever thread finishes the work.
    return QFuture<Result>(future).then(QtFuture::Launch::Sync,
                                        [](const Result &found) { return typed(found); });
}

template<typename T>
QFuture<typename TypedModel<T>::List> TypedModel<T>::findAllAsync(const FindOptions &options)
{
    return typedFuture(required()->findAllAsync(options));
}

template<typename T>
QFuture<typename TypedModel<T>::Ptr> TypedModel<T>::findOneAsync(const FindOptions &options)
{
    return typedFuture(required()->findOneAsync(options));
}

template<typename T>
QFuture<typename TypedModel<T>::Ptr> TypedModel<T>::findByPkAsync(const QVariant &primaryKey,
                                                                  const FindOptions &options)
{
    return typedFuture(required()->findByPkAsync(primaryKey, options));
}

template<typename T>
QFuture<typename TypedModel<T>::Ptr> TypedModel<T>::createAsync(const QVariantMap &values,
                                                                const SaveOptions &options)
{
    return typedFuture(required()->createAsync(values, options));
}

template<typename T>
QFuture<typename TypedModel<T>::List>
TypedModel<T>::bulkCreateAsync(const QList<QVariantMap> &records, const BulkCreateOptions &options)
{
    return typedFuture(required()->bulkCreateAsync(records, options));
}

} // namespace QtSequelize

#endif // QTSEQUELIZE_ASYNC_H
