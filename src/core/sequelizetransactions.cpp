// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's transactions: managed and unmanaged ones, savepoints, ambient (CLS-like)
// transactions, the library's own atomic blocks, and the retry of a managed transaction.

#include "sequelize_p.h"

#include "../query/options_p.h"
#include "transaction_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qhash.h>
#include <QtCore/qthread.h>

namespace QtSequelize {

void SequelizePrivate::throwLostTransaction()
{
    throw TransactionError(QStringLiteral(
        "The database ended this transaction after an error (a deadlock, a conflict, a lost "
        "connection); it cannot run more statements or commit, only be rolled back"));
}

// Per thread and Sequelize: the managed transactions being run, innermost last (Sequelize's
// CLS namespace, without async hooks: a transaction belongs to one thread anyway).
static thread_local QHash<const SequelizePrivate *, QList<Transaction *>> managedTransactions;

Transaction *SequelizePrivate::ambientTransaction() const
{
    if (!ambientTransactions)
        return nullptr;
    const auto it = managedTransactions.constFind(this);
    return it == managedTransactions.cend() || it->isEmpty() ? nullptr : it->last();
}

void Sequelize::enterManaged(Transaction *transaction)
{
    managedTransactions[d_func()].append(transaction);
}

void Sequelize::leaveManaged(Transaction *transaction)
{
    const auto it = managedTransactions.find(d_func());
    if (it == managedTransactions.end())
        return;
    it->removeOne(transaction);
    if (it->isEmpty())
        managedTransactions.erase(it);
}

/*!
    Returns whether calls made inside a managed transaction join it without a \c transaction option
    (Sequelize's \c{useCLS()}); off by default. Per thread: the calls of the thread running the
    managed transaction's callable. An explicit transaction option still wins; a
    transaction() started inside is a new, separate transaction, as with Sequelize's CLS.
*/
bool Sequelize::ambientTransactions() const
{
    return d_func()->ambientTransactions;
}

void Sequelize::setAmbientTransactions(bool enabled)
{
    d_func()->ambientTransactions = enabled;
}

/*!
    The managed transaction the calling thread runs in when ambientTransactions is on (the
    innermost one), or nullptr.
*/
Transaction *Sequelize::currentTransaction() const
{
    return d_func()->ambientTransaction();
}

Connection *SequelizePrivate::connectionFor(const OptionsData &options) const
{
    Transaction *t = options.transaction;
    if (!t && options.transactionGiven)
        throw TransactionError(QStringLiteral("The transaction given to the call no longer exists; "
                                              "the statement would run outside it"));
    if (!t)
        t = ambientTransaction();
    if (!t)
        return nullptr;
    TransactionPrivate *td = TransactionPrivate::get(t);
    if (td->state != Transaction::Active || !td->connection)
        throw TransactionError(QStringLiteral("The transaction has finished; it cannot run more "
                                              "statements"));
    // Another Sequelize's transaction is on another database: the statement would run there.
    if (td->sequelize.data() != q_ptr)
        throw TransactionError(QStringLiteral("The transaction belongs to another Sequelize "
                                              "instance; the statement would run on its "
                                              "database"));
    if (td->connection->thread != QThread::currentThread())
        throw TransactionError(QStringLiteral("A transaction can only be used in the thread that "
                                              "started it"));
    return td->connection;
}

Connection *SequelizePrivate::connectionForRead(const OptionsData &options) const
{
    if (Connection *transaction = connectionFor(options))
        return transaction;
    if (options.useMaster)
        return nullptr;
    try {
        return connections->reader();
    } catch (const BaseError &error) {
        // A replica no connection can be opened to: with a retry that takes the error, the read
        // goes to the next replica or the write database (the failed one is left out now).
        const std::optional<RetryOptions> retry = retryInForce();
        if (!retry || retry->maxAttempts() < 2 || !retry->matches(error))
            throw;
        waitBeforeRetry(*retry, error, 1);
        return connections->reader();
    }
}

AtomicBlock::AtomicBlock(SequelizePrivate *sequelize, Connection *connection)
    : m_sequelize(sequelize)
    , m_connection(connection ? connection : &sequelize->connections->current())
{
    if (m_connection->transactionDepth == 0) {
        for (const QString &sql : sequelize->dialect->beginTransaction(0, 0))
            sequelize->executeDirect(sql, m_connection, false);
        m_owner = true;
    }
    ++m_connection->transactionDepth;
}

AtomicBlock::~AtomicBlock()
{
    if (!m_sequelize)
        return;
    --m_connection->transactionDepth;
    if (m_owner && std::exchange(m_connection->transactionLost, false)) {
        if (m_connection->broken) // lost with its connection: closed now that nothing uses it
            m_sequelize->connections->discard(*m_connection);
        return; // the database has rolled it back already
    }
    if (m_owner) {
        // An exception is on its way: undo, and never throw from here.
        try {
            m_sequelize->executeDirect(QStringLiteral("ROLLBACK"), m_connection, false);
        } catch (...) {
        }
    }
}

void AtomicBlock::commit()
{
    SequelizePrivate *s = m_sequelize;
    m_sequelize = nullptr;
    if (!m_owner) {
        --m_connection->transactionDepth;
        return;
    }
    if (std::exchange(m_connection->transactionLost, false)) {
        m_connection->transactionDepth = 0;
        if (m_connection->broken)
            s->connections->discard(*m_connection);
        SequelizePrivate::throwLostTransaction();
    }
    --m_connection->transactionDepth;
    try {
        s->executeDirect(QStringLiteral("COMMIT"), m_connection, false);
    } catch (...) {
        try {
            s->executeDirect(QStringLiteral("ROLLBACK"), m_connection, false);
        } catch (...) {
        }
        throw;
    }
}

/*!
    Starts a transaction (Sequelize's unmanaged \c{sequelize.transaction()}). With
    TransactionOptions::transaction() it is a SAVEPOINT of that one. The returned transaction
    is active until commit() or rollback(); destroyed while active, it rolls back.
    \a options: isolation level, type, deferrable constraints, retry.
*/
QSharedPointer<Transaction> Sequelize::transaction(const TransactionOptions &options)
{
    if (options.retryOptions())
        throw DefinitionError(QStringLiteral(
            "retry needs a managed transaction (transaction(options, work)): an unmanaged one has "
            "no callable to run again"));
    return begin(options);
}

QSharedPointer<Transaction> Sequelize::begin(const TransactionOptions &options)
{
    Q_D(Sequelize);
    QSharedPointer<Transaction> t(new Transaction);
    TransactionPrivate *td = TransactionPrivate::get(t.data());
    td->sequelize = this;
    td->self = t.toWeakRef();
    if (Transaction *parent = options.parentTransaction()) {
        if (options.retryOptions()) {
            td->state = Transaction::RolledBack; // never began
            throw DefinitionError(QStringLiteral(
                "retry cannot be given to a savepoint: the error that would be retried may have "
                "ended its outer transaction; retry the outermost transaction instead"));
        }
        OptionsData parentOptions;
        parentOptions.transaction = parent;
        try {
            // A parent that has finished, is another thread's or another Sequelize's: refused.
            Connection *c = d->connectionFor(parentOptions);
            const QString name = QStringLiteral("qsq_savepoint_%1").arg(c->savepoints + 1);
            d->executeDirect(QStringLiteral("SAVEPOINT ") + d->dialect->quoteIdentifier(name), c,
                             false);
            ++c->savepoints;
            td->parent = parent;
            td->connection = c;
            td->savepoint = name;
            QList<QPointer<Transaction>> &siblings = TransactionPrivate::get(parent)->savepoints;
            siblings.removeAll(nullptr);
            siblings.append(t.data());
        } catch (...) {
            td->state = Transaction::RolledBack; // never began: nothing to roll back
            throw;
        }
        return t;
    }
    Connection *c = nullptr;
    const Transaction::IsolationLevel isolation
        = options.isolation() == Transaction::DefaultIsolation ? d->options.defaultIsolationLevel()
                                                               : options.isolation();
    // A pooled connection the server closed meanwhile (a restart, a kill) fails at BEGIN, before
    // anything was done: it is closed and the transaction begins on a new one, as a pool that
    // validates its connections before use would.
    for (int attempt = 1;; ++attempt) {
        try {
            c = d->connections->acquire();
        } catch (...) {
            td->state = Transaction::RolledBack; // never began: nothing to roll back
            throw;
        }
        try {
            for (const QString &sql : d->dialect->beginTransaction(isolation, options.sqliteType()))
                d->executeDirect(sql, c, false);
            break;
        } catch (const ConnectionError &) {
            d->connections->giveBack(c); // broken: closed
            if (attempt == 2) {
                td->state = Transaction::RolledBack;
                throw;
            }
        } catch (...) {
            d->connections->giveBack(c);
            td->state = Transaction::RolledBack;
            throw;
        }
    }
    c->transactionDepth = 1; // statements of library calls join it instead of nesting
    if (options.d->deferConstraints) {
        const QString sql
            = d->dialect->setConstraints(options.d->constraints, *options.d->deferConstraints);
        if (!sql.isEmpty()) {
            try {
                d->executeDirect(sql, c, false);
            } catch (...) {
                td->connection = c;
                td->finish(false);
                throw;
            }
        }
    }
    td->connection = c;
    return t;
}

bool Sequelize::retryManaged(const TransactionOptions &options, const BaseError &error, int attempt)
{
    const std::optional<RetryOptions> retry = options.retryOptions();
    if (!retry || attempt >= retry->maxAttempts() || !retry->matches(error))
        return false;
    qCDebug(lcSql).noquote() << "retrying a managed transaction after" << error.name() << "(try"
                             << attempt + 1 << "of" << retry->maxAttempts() << ")";
    QThread::msleep(retry->backoffAfter(attempt));
    return true;
}

} // namespace QtSequelize
