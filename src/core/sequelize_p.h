// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SEQUELIZE_P_H
#define QTSEQUELIZE_SEQUELIZE_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include <QtSequelize/sequelize.h>

#include "../dialects/dialect_p.h"
#include "connectionmanager_p.h"

#include <QtSequelize/modelhooks.h>
#include <QtSequelize/sequelizehooks.h>

#include <QtCore/qloggingcategory.h>
#include <QtCore/qmutex.h>

#include <atomic>
#include <functional>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace QtSequelize {

Q_DECLARE_LOGGING_CATEGORY(lcSql)

struct Statement;
class OptionsData;
class QueryHooks;

// Makes a group of statements all-or-nothing: opens a transaction on this thread's
// connection unless one is already open there, commits in commit(), rolls back when
// destroyed without it (an exception). The public Transaction API (issue 5) builds on it.
class AtomicBlock
{
public:
    // On \a connection (a transaction's), or on this thread's default connection.
    explicit AtomicBlock(SequelizePrivate *sequelize, Connection *connection = nullptr);
    ~AtomicBlock();
    void commit();

private:
    SequelizePrivate *m_sequelize;
    Connection *m_connection;
    bool m_owner = false;
    Q_DISABLE_COPY(AtomicBlock)
};

class AcquireWatchdog;
class ChangeWatcher;
class WorkerPool;
class CancelWatch;

class SequelizePrivate
{
    Q_DECLARE_PUBLIC(Sequelize)
public:
    SequelizePrivate(Sequelize *q, const SequelizeOptions &options);
    // \a models ordered so that a table comes after the tables its foreign keys reference.
    static QList<ModelDefinition *> dependencyOrder(const QList<ModelDefinition *> &models,
                                                    bool *cyclic = nullptr);

    static SequelizePrivate *get(Sequelize *s) { return s->d_func(); }

    // Runs a generated statement on this thread's connection, through the
    // prepared-statement cache, logs it and maps a failure to the Errors
    // hierarchy. The returned query is positioned before the first row; read it with
    // nextRow() and end it with endRows(), which raise an error reported after the rows.
    QSqlQuery &execute(const Statement &statement, bool forwardOnly = true,
                       Connection *connection = nullptr);
    QSqlQuery &executeOnce(const Statement &statement, bool forwardOnly, Connection &c);
    // While one lives on a thread, the statements run there use queries of their own
    // (statementQuery()): user code called after a statement ran and before its rows are
    // read (query hooks, queryExecuted slots, the logger) may run statements, the same too.
    class UserCode
    {
    public:
        UserCode();
        ~UserCode();
        Q_DISABLE_COPY_MOVE(UserCode)
    };
    // The connection's cached query for \a sql, or within UserCode one of its own.
    QSqlQuery &statementQuery(Connection &c, const QString &sql, bool forwardOnly);
    // executeOnce() without the query hooks.
    QSqlQuery &executeUnhooked(const Statement &statement, bool forwardOnly, Connection &c);
    // Runs \a run(Connection &) on \a connection (nullptr: this thread's default one) and,
    // outside a transaction, again while it fails with an error the retry options in force
    // match (Sequelize's retry). A \a read whose connection turns out lost (the server
    // restarted, the connection was killed) runs once more on a new connection, as a pool that
    // validates its connections before use would have given it one (a write is not: it may
    // have been done). Inside a transaction nothing is retried alone: the database may have
    // ended the transaction with the error.
    template<typename Run> decltype(auto) withRetry(Connection *connection, Run &&run, bool read)
    {
        const std::optional<RetryOptions> retry = retryInForce();
        if (!retry && !read)
            return run(connection ? *connection : connections->current());
        const bool reader = connection && connection->reader;
        for (int attempt = 1;; ++attempt) {
            Connection &c = connection ? *connection : connections->current();
            const bool byOptions = retry && attempt < retry->maxAttempts();
            if (c.transactionDepth > 0 || (!byOptions && !(read && attempt == 1)))
                return run(c);
            try {
                return run(c);
            } catch (const BaseError &error) {
                const bool lost = dynamic_cast<const ConnectionError *>(&error) != nullptr;
                const bool matched = byOptions && retry->matches(error);
                if (!matched && !(read && lost && attempt == 1))
                    throw;
                // A lost connection was closed: the next try opens a new one.
                if (lost && connection)
                    connection = reader ? connections->reader() : nullptr;
                if (matched)
                    waitBeforeRetry(*retry, error, attempt);
            }
        }
    }
    // The Sequelize's retry options with the call's (StatementRetry) put over them.
    std::optional<RetryOptions> retryInForce() const;
    void waitBeforeRetry(const RetryOptions &retry, const BaseError &error, int attempt) const;
    bool nextRow(QSqlQuery &query) const { return dialect->nextRow(query); }
    void endRows(QSqlQuery &query) const { endRows(*dialect, query); }
    // Dialect::endRows() and the pending afterQuery of the statement (queryhooks.cpp): every
    // reader in core ends its rows through it.
    static void endRows(const Dialect &dialect, QSqlQuery &query);
    // Runs a statement without parameters outside the cache (DDL cannot be prepared on
    // PostgreSQL); \a schemaChange flushes the prepared statements of every connection.
    void executeDirect(const QString &sql, Connection *connection = nullptr,
                       bool schemaChange = true);
    // A TransactionError for \a sql on \a c inside a transaction when the database would
    // commit the transaction before it (Dialect::commitsTransaction()).
    void refuseImplicitCommit(const Connection &c, const QString &sql) const;
    // A statement on \a c failed with \a error: notes a lost connection or a transaction the
    // database ended, and throws the Errors class.
    void failed(Connection &c, const QSqlError &error, const QString &sql);
    void noteStatement(Connection &c, const QString &sql);
    // The TransactionError for a statement or commit on a transaction the database ended.
    [[noreturn]] static void throwLostTransaction();
    // The connection of the options' transaction (checked: active, this thread) or, when
    // ambient transactions are on, of the managed transaction this thread is running in; nullptr
    // for this thread's default connection.
    Connection *connectionFor(const OptionsData &options) const;
    // For a read: the transaction's connection, else (with read replicas, unless useMaster)
    // this thread's connection to the next replica; nullptr for the default connection.
    Connection *connectionForRead(const OptionsData &options) const;
    // The innermost managed transaction of this thread (ambient transactions on), or nullptr.
    Transaction *ambientTransaction() const;
    bool ambientTransactions = false;
    QList<QSharedPointer<SequelizeHooks>> hooks;
    // Sequelize::addQueryHooks(): read on every thread that runs statements.
    QList<QSharedPointer<QueryHooks>> queryHooks;
    mutable QMutex queryHooksLock;
    std::atomic<bool> hasQueryHooks = false;
    QList<QSharedPointer<QueryHooks>> currentQueryHooks() const;
    // Runs \a run (which returns the query holding the statement's rows, or nullptr) between
    // the query hooks' beforeQuery and afterQuery for \a statement (queryhooks.cpp); without
    // hooks, just runs it. The hooks' own statements run on \a c when it is in a
    // transaction. For a query with rows, afterQuery runs at its endRows(), so an error the
    // database reports while they are read is the statement's too.
    template<typename Run>
    QSqlQuery *hooked(const Statement &statement, Connection &c, Run &&run) const
    {
        if (!hasQueryHooks.load(std::memory_order_acquire))
            return run();
        return runHooked(statement, c, std::function<QSqlQuery *()>(std::ref(run)));
    }
    QSqlQuery *runHooked(const Statement &statement, Connection &c,
                         const std::function<QSqlQuery *()> &run) const;
    // A statement whose rows \a query holds ended with \a error (null: it did not) before
    // its endRows(): its pending afterQuery runs now.
    static void rowsAbandoned(const QSqlQuery &query, const BaseError *error);
    QList<QSharedPointer<ModelHooks>> modelHooks; // for every model (permanent hooks)
    // Calls \a call on every global, then every own SequelizeHooks.
    void runHooks(const std::function<void(SequelizeHooks &)> &call) const;
    // What Sequelize::sync() and ModelDefinition::sync() refuse before they change anything: a
    // transaction (not supported yet: DefinitionError) and a match() the database's name does
    // not match (Sequelize's BaseError).
    void checkSyncOptions(const OptionsData &options) const;
    void logStatement(const Statement &statement, qint64 nanoseconds);

    Sequelize *q_ptr;
    SequelizeOptions options;
    // Whether a connection (the database's or a replica's) goes through a Qt driver other
    // than the dialect's own (QPSQL, QMYSQL): their placeholder scanning is naive. Set once,
    // with the options.
    bool qtDriver = false;
    std::unique_ptr<Dialect> dialect;
    std::optional<RetryOptions> retry; // SequelizeOptions::retry()
    std::unique_ptr<ConnectionManager> connections;
    // The asynchronous API's threads, made on first use; gone before the connections.
    mutable std::unique_ptr<WorkerPool> pool;
    WorkerPool &workerPool() const;
    // Cancels the statements of asynchronous calls whose future was cancelled; made on first use.
    CancelWatch &cancelWatch();
    std::unique_ptr<CancelWatch> cancelWatcher;
    // The pool's acquire time, watched (nullptr when it is 0: calls wait as long as it takes).
    AcquireWatchdog *acquireWatchdog();
    std::unique_ptr<AcquireWatchdog> watchdog;
    mutable QMutex poolMutex;
    QList<ModelDefinition *> models; // in definition order; children of q
    // Definitions replaced by a define()/init() of the same name: they keep working for whoever
    // holds them (as in Sequelize) and go with the Sequelize.
    QList<ModelDefinition *> retiredModels;
    // ModelOptions::watchChanges(): made by the first model that watches; gone first.
    void watchChanges(ModelDefinition *definition);
    std::unique_ptr<ChangeWatcher> changeWatcher;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_SEQUELIZE_P_H
