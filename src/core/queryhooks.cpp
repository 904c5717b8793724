// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "../sql/statement_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/queryhooks.h>

#include <QtCore/qmutex.h>
#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlquery.h>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace QtSequelize {

/*!
    \class QtSequelize::QueryHooks
    \inmodule QtSequelize
    \brief Sequelize's query hooks: beforeQuery and afterQuery.

    Subclass it, override what you need and register it with Sequelize::addQueryHooks().
    Every statement the Sequelize runs runs them: finders and writers, raw queries, schema
    changes, and BEGIN, COMMIT, ROLLBACK and savepoints, each try of a retried statement once.
    They run on the thread that runs the statement (a pool thread for the asynchronous API),
    so they must be thread-safe. A beforeQuery that throws stops the statement; the
    afterQuery hooks run after it, with that error if it is a BaseError, as Sequelize runs
    afterQuery in a \c finally. A statement a hook runs itself (through the same Sequelize)
    does not run the hooks again, and runs in the transaction of the statement the hook runs
    around unless it names another (as Sequelize's with CLS; on SQLite another connection
    would wait for the transaction's lock).
*/

QueryHooks::~QueryHooks() = default;

/*!
    Runs before a statement: \a sql is its text (bound values as placeholders), \a bindings
    the values bound to it. The default does nothing.
*/
void QueryHooks::beforeQuery(const QString &sql, const QVariantList &bindings)
{
    Q_UNUSED(sql);
    Q_UNUSED(bindings);
}

/*!
    Runs after the statement \a sql with the values \a bindings ran and its rows were read;
    \a error is the error about to be thrown when it failed (also one the database reports
    while the rows are read, as SQLite does), else null. The default does nothing.
*/
void QueryHooks::afterQuery(const QString &sql, const QVariantList &bindings,
                            const BaseError *error)
{
    Q_UNUSED(sql);
    Q_UNUSED(bindings);
    Q_UNUSED(error);
}

/*!
    Registers \a hooks for every statement run from now on, on every thread.
*/
void Sequelize::addQueryHooks(const QSharedPointer<QueryHooks> &hooks)
{
    Q_D(Sequelize);
    if (!hooks)
        return;
    const QMutexLocker lock(&d->queryHooksLock);
    d->queryHooks.append(hooks);
    d->hasQueryHooks.store(true, std::memory_order_release);
}

/*!
    Takes \a hooks out again; statements running meanwhile may still run them once.
*/
void Sequelize::removeQueryHooks(const QSharedPointer<QueryHooks> &hooks)
{
    Q_D(Sequelize);
    const QMutexLocker lock(&d->queryHooksLock);
    d->queryHooks.removeAll(hooks);
    d->hasQueryHooks.store(!d->queryHooks.isEmpty(), std::memory_order_release);
}

QList<QSharedPointer<QueryHooks>> SequelizePrivate::currentQueryHooks() const
{
    if (!hasQueryHooks.load(std::memory_order_acquire))
        return {};
    const QMutexLocker lock(&queryHooksLock);
    return queryHooks;
}

// Whether this thread is running a query hook: a statement a hook runs does not run the hooks
// again (it would recurse without end).
static thread_local bool inQueryHook = false;
// How deep this thread is in user code called while a statement's rows wait to be read
// (query hooks, queryExecuted slots, the statement logger), and the queries of the statements
// it runs (statementQuery()), dropped when the outermost returns.
static thread_local int userCodeDepth = 0;
static thread_local std::vector<std::unique_ptr<QSqlQuery>> hookQueries;

SequelizePrivate::UserCode::UserCode()
{
    ++userCodeDepth;
}

SequelizePrivate::UserCode::~UserCode()
{
    if (--userCodeDepth == 0)
        hookQueries.clear();
}

namespace {
struct InQueryHook
{
    InQueryHook() { inQueryHook = true; }
    ~InQueryHook() { inQueryHook = false; }
    SequelizePrivate::UserCode userCode;
};
} // namespace

QSqlQuery &SequelizePrivate::statementQuery(Connection &c, const QString &sql, bool forwardOnly)
{
    if (userCodeDepth == 0)
        return connections->prepared(c, sql, forwardOnly);
    // Not the connection's cached query: the statement the user code runs around may still
    // be reading it (the same SQL would run again under it, others could evict it).
    auto query = std::make_unique<QSqlQuery>(c.database());
    query->setForwardOnly(forwardOnly);
    if (!dialect->runWaitingForLocks(
            *query, [&] { return query->prepare(dialect->preparedText(sql)); },
            options.busyTimeoutMilliseconds())) {
        const QSqlError error = query->lastError();
        query.reset();
        failed(c, error, sql);
    }
    hookQueries.push_back(std::move(query));
    return *hookQueries.back();
}

namespace {
// A statement that ran and whose rows are still being read: its afterQuery runs at endRows().
struct PendingAfter
{
    const QSqlQuery *query;
    Statement statement;
    QList<QSharedPointer<QueryHooks>> hooks;
    const ConnectionManager *manager;
    Connection *redirect;
};
} // namespace
static thread_local std::vector<PendingAfter> pendingAfter;

// The afterQuery hooks of \a statement, its own statements in \a redirect's transaction.
static void runAfter(const QList<QSharedPointer<QueryHooks>> &hooks, const Statement &statement,
                     const ConnectionManager *manager, Connection *redirect, const BaseError *error)
{
    std::optional<ConnectionManager::Redirect> redirected;
    if (redirect)
        redirected.emplace(*manager, redirect);
    const InQueryHook guard;
    for (const QSharedPointer<QueryHooks> &h : hooks)
        h->afterQuery(statement.sql, statement.bindings, error);
}

// Statements whose rows were left unread without endRows() (the reader stopped on an error of
// its own): their afterQuery runs now, without an error, before the next hooked statement's.
static void flushPending()
{
    // Not redirected: the connection (even its Sequelize) may be gone by now.
    for (const PendingAfter &p : std::exchange(pendingAfter, {}))
        runAfter(p.hooks, p.statement, nullptr, nullptr, nullptr);
}

QSqlQuery *SequelizePrivate::runHooked(const Statement &statement, Connection &c,
                                       const std::function<QSqlQuery *()> &run) const
{
    if (inQueryHook)
        return run();
    flushPending();
    const QList<QSharedPointer<QueryHooks>> hooks = currentQueryHooks();
    // In a transaction, the hooks' own statements join it (as Sequelize's with CLS); on SQLite
    // another connection would wait for its lock.
    Connection *redirect = c.transactionDepth > 0 && !c.reader ? &c : nullptr;
    QSqlQuery *rows = nullptr;
    try {
        {
            const ConnectionManager::Redirect redirected(*connections, redirect);
            const InQueryHook guard;
            for (const QSharedPointer<QueryHooks> &h : hooks)
                h->beforeQuery(statement.sql, statement.bindings);
        }
        rows = run();
    } catch (const BaseError &error) {
        runAfter(hooks, statement, connections.get(), redirect, &error);
        throw;
    }
    if (rows && rows->isSelect())
        pendingAfter.push_back({rows, statement, hooks, connections.get(), redirect});
    else
        runAfter(hooks, statement, connections.get(), redirect, nullptr);
    return rows;
}

// Takes the pending afterQuery of \a query out of the list, if it has one.
static std::optional<PendingAfter> takePending(const QSqlQuery &query)
{
    for (auto it = pendingAfter.begin(); it != pendingAfter.end(); ++it) {
        if (it->query == &query) {
            PendingAfter p = *it;
            pendingAfter.erase(it);
            return p;
        }
    }
    return std::nullopt;
}

void SequelizePrivate::endRows(const Dialect &dialect, QSqlQuery &query)
{
    if (pendingAfter.empty())
        return dialect.endRows(query);
    const std::optional<PendingAfter> p = takePending(query);
    if (!p)
        return dialect.endRows(query);
    try {
        dialect.endRows(query);
    } catch (const BaseError &error) {
        runAfter(p->hooks, p->statement, p->manager, p->redirect, &error);
        throw;
    }
    runAfter(p->hooks, p->statement, p->manager, p->redirect, nullptr);
}

void SequelizePrivate::rowsAbandoned(const QSqlQuery &query, const BaseError *error)
{
    if (const std::optional<PendingAfter> p = takePending(query))
        runAfter(p->hooks, p->statement, p->manager, p->redirect, error);
}

} // namespace QtSequelize
