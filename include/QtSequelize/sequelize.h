// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SEQUELIZE_H
#define QTSEQUELIZE_SEQUELIZE_H

#include <QtSequelize/attribute.h>
#include <QtSequelize/expression.h>
#include <QtSequelize/options.h>
#include <QtSequelize/queryinterface.h>
#include <QtSequelize/queryresult.h>
#include <QtSequelize/sequelizehooks.h>
#include <QtSequelize/sequelizeoptions.h>
#include <QtSequelize/transaction.h>

#include <QtCore/qobject.h>
#include <QtCore/qsharedpointer.h>

#include <memory>
#include <type_traits>
#include <utility>

QT_FORWARD_DECLARE_CLASS(QSqlDatabase)
QT_BEGIN_NAMESPACE
template<typename T> class QFuture;
QT_END_NAMESPACE

namespace QtSequelize {

class ConnectionHooks;
class QueryHooks;
class ModelHooks;
class ModelDefinition;
class SequelizePrivate;

class Q_SEQUELIZE_EXPORT Sequelize : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString dialect READ dialect CONSTANT)
    Q_PROPERTY(bool ambientTransactions READ ambientTransactions WRITE setAmbientTransactions)
public:
    explicit Sequelize(const QString &url, QObject *parent = nullptr);
    explicit Sequelize(const SequelizeOptions &options, QObject *parent = nullptr);
    ~Sequelize() override;

    // "sqlite", "postgres" or "mariadb" (MySQL URLs use the mariadb dialect).
    QString dialect() const;
    SequelizeOptions options() const;

    // Opens this thread's connection and runs a trivial statement; throws a ConnectionError.
    void authenticate();
    // Closes the connections of every thread; later queries throw ConnectionError.
    void close();
    // Registers connection hooks (Sequelize's beforeConnect, afterConnect, beforeDisconnect,
    // afterDisconnect) for every connection opened or closed from now on.
    void addConnectionHooks(const QSharedPointer<ConnectionHooks> &hooks);
    // Registers query hooks (Sequelize's beforeQuery, afterQuery) for every statement run from
    // now on, on every thread; removeQueryHooks() takes them out again.
    void addQueryHooks(const QSharedPointer<QueryHooks> &hooks);
    void removeQueryHooks(const QSharedPointer<QueryHooks> &hooks);
    // Definition and sync hooks of this Sequelize (beforeDefine, afterDefine, beforeBulkSync,
    // afterBulkSync); addGlobalHooks() registers them for every Sequelize, with beforeInit
    // and afterInit (Sequelize.addHook on the class).
    void addHooks(const QSharedPointer<SequelizeHooks> &hooks);
    // Model hooks for every model of this Sequelize (Sequelize's permanent hooks,
    // sequelize.addHook('beforeCreate', ...)): they run after each model's own.
    void addModelHooks(const QSharedPointer<ModelHooks> &hooks);
    // Take registered hooks out again (Sequelize's removeHook).
    void removeHooks(const QSharedPointer<SequelizeHooks> &hooks);
    void removeModelHooks(const QSharedPointer<ModelHooks> &hooks);
    // Hooks of every Sequelize, also those constructed later (their beforeInit/afterInit run).
    static void addGlobalHooks(const QSharedPointer<SequelizeHooks> &hooks);
    static void removeGlobalHooks(const QSharedPointer<SequelizeHooks> &hooks);

    // Runs raw SQL. Replacements and bind parameters are always bound, never spliced.
    QueryResult query(const QString &sql, const QueryOptions &options = QueryOptions());
    // The server's version as it reports it (Sequelize's databaseVersion()).
    QString databaseVersion();
    // query() on the thread pool (#include <QtSequelize/Async>).
    QFuture<QueryResult> queryAsync(const QString &sql,
                                    const QueryOptions &options = QueryOptions());

    // The threads of the asynchronous API (from SequelizeOptions::poolMin() to poolMax() of
    // them), each with its own connection; QtSequelize::async() and the ...Async() methods run
    // there. Waits for the calls made so far; false if some still ran after \a msecs (or when
    // called from an asynchronous call, which cannot wait for itself).
    bool waitForAsyncCalls(int msecs = -1) const;
    int poolSize() const;

    static Expression literal(const QString &sql);
    static Expression fn(const QString &function, const QVariantList &arguments = {});
    static Expression col(const QString &column);
    static Expression cast(const QVariant &value, const QString &type);
    // This database's random number function, for order(sequelize.random()): RANDOM() on
    // SQLite and PostgreSQL, RAND() on MariaDB.
    Expression random() const;
    // A condition on a computed value: where(fn("lower", {col("city")}), Where::Eq, "paris").
    static Where where(const Expression &left, Where::Operator op, const QVariant &value);

    // A model without a C++ class: its instances are plain Model objects whose
    // attributes are read with get() and written with set().
    ModelDefinition *define(const QString &modelName, const Attributes &attributes,
                            const ModelOptions &options = ModelOptions());
    ModelDefinition *model(const QString &modelName) const;
    bool isDefined(const QString &modelName) const;
    QList<ModelDefinition *> models() const;

    // Schema changes and table statements without models (Sequelize's getQueryInterface()).
    QueryInterface queryInterface();

    // Creates every model's table (sync({force}) drops them first).
    void sync(const SyncOptions &options = SyncOptions());
    // Drops every model's table.
    void drop();
    // Sequelize's sequelize.truncate(): every model's ModelDefinition::truncate(\a options),
    // the tables that reference others first. Models whose foreign keys form a cycle need
    // DestroyOptions::cascade() (a DefinitionError without; SQLite truncates them with its
    // foreign key checks off).
    void truncate(const DestroyOptions &options = DestroyOptions());

    // Sequelize's schema calls (see QueryInterface::createSchema()).
    void createSchema(const QString &schema);
    void dropSchema(const QString &schema);
    QStringList showAllSchemas();
    void dropAllSchemas();

    // Sequelize's unmanaged transaction: commit() or rollback() it.
    QSharedPointer<Transaction> transaction(const TransactionOptions &options
                                            = TransactionOptions());
    // Sequelize's managed transaction: runs \a work(Transaction &), commits when it returns,
    // rolls back and rethrows when it throws. Returns what \a work returns.
    template<typename Work>
    auto transaction(Work &&work) -> decltype(work(std::declval<Transaction &>()))
    {
        return transaction(TransactionOptions(), std::forward<Work>(work));
    }
    // With TransactionOptions::retry(), a matching error runs \a work again in a new
    // transaction.
    template<typename Work>
    auto transaction(const TransactionOptions &options, Work &&work)
        -> decltype(work(std::declval<Transaction &>()))
    {
        for (int attempt = 1;; ++attempt) {
            try {
                const QSharedPointer<Transaction> t = begin(options);
                if constexpr (std::is_void_v<decltype(work(*t))>) {
                    runManaged(t.data(), [&] { work(*t); });
                    return;
                } else {
                    decltype(work(*t)) result{};
                    runManaged(t.data(), [&] { result = work(*t); });
                    return result;
                }
            } catch (const BaseError &error) {
                if (!retryManaged(options, error, attempt))
                    throw;
            }
        }
    }

    // Calls inside a managed transaction join it without a transaction option (Sequelize's
    // useCLS()); off by default.
    bool ambientTransactions() const;
    void setAmbientTransactions(bool enabled);
    Transaction *currentTransaction() const;

    // This thread's connection, opened on first use. Do not pass it to another thread.
    QSqlDatabase database() const;

Q_SIGNALS:
    // Emitted after each statement, with its bound values and duration: Sequelize's
    // `logging` callback (tests count statements with it).
    void queryExecuted(const QString &sql, const QVariantList &bindings,
                       qint64 elapsedMicroseconds);

private:
    template<typename Body> void runManaged(Transaction *t, Body &&body)
    {
        enterManaged(t);
        try {
            body();
        } catch (...) {
            leaveManaged(t);
            if (!t->isFinished())
                t->rollback();
            throw;
        }
        leaveManaged(t);
        if (!t->isFinished())
            t->commit();
    }
    void enterManaged(Transaction *transaction);
    void leaveManaged(Transaction *transaction);
    QSharedPointer<Transaction> begin(const TransactionOptions &options);
    // Whether a managed transaction whose try \a attempt failed with \a error runs again
    // (after the backoff wait, done here).
    bool retryManaged(const TransactionOptions &options, const BaseError &error, int attempt);
    friend class SequelizePrivate;
    friend class ModelDefinition;
    friend class ModelDefinitionPrivate;
    std::unique_ptr<SequelizePrivate> d_sq;
    Q_DECLARE_PRIVATE_D(d_sq, Sequelize)
    Q_DISABLE_COPY(Sequelize)
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_SEQUELIZE_H
