// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "transaction_p.h"

#include "connectionmanager_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qthread.h>

#include <optional>
#include <utility>

namespace QtSequelize {

/*!
    \class QtSequelize::Transaction
    \inmodule QtSequelize
    \brief A database transaction, as Sequelize's \c Transaction.

    Made by Sequelize::transaction(). A transaction has a connection of its own (taken from
    the thread's pool): statements run in it when their options name it
    (\c{FindOptions().transaction(t)}), and outside it otherwise, as in Sequelize without CLS.
    A transaction started on another one becomes a SAVEPOINT of it. Use it in the thread that
    made it. If it is destroyed while still active it is rolled back, with a warning.
    The committed() signal is Sequelize's \c afterCommit.
*/

Q_LOGGING_CATEGORY(lcTransaction, "qtsequelize.transaction", QtInfoMsg)

TransactionOptions::TransactionOptions()
    : d(new TransactionOptionsData)
{
}
TransactionOptions::TransactionOptions(const TransactionOptions &other) = default;
TransactionOptions::TransactionOptions(TransactionOptions &&other) noexcept = default;
TransactionOptions &TransactionOptions::operator=(const TransactionOptions &other) = default;
TransactionOptions::~TransactionOptions() = default;

TransactionOptions &TransactionOptions::isolationLevel(Transaction::IsolationLevel level)
{
    d->isolation = level;
    return *this;
}
TransactionOptions &TransactionOptions::type(Transaction::Type type)
{
    d->type = type;
    return *this;
}
TransactionOptions &TransactionOptions::setDeferred(const QStringList &constraints)
{
    d->deferConstraints = true;
    d->constraints = constraints;
    return *this;
}
TransactionOptions &TransactionOptions::setImmediate(const QStringList &constraints)
{
    d->deferConstraints = false;
    d->constraints = constraints;
    return *this;
}
TransactionOptions &TransactionOptions::transaction(Transaction *parent)
{
    d->parent = parent;
    return *this;
}

/*!
    Sequelize's \c retry for a managed transaction: when the callable (or the commit) fails with
    an error \a options match, the transaction is rolled back and the whole callable runs
    again in a new transaction, up to RetryOptions::maxAttempts() times in all. Typical:
    \c{RetryOptions().match<TransactionConflictError>()} for deadlocks, serialization failures
    and Galera certification conflicts. Refused (DefinitionError) for a savepoint, whose outer
    transaction may be gone with the error, and by the unmanaged Sequelize::transaction(), which
    has no callable to run again.
*/
TransactionOptions &TransactionOptions::retry(const RetryOptions &options)
{
    d->retry = options;
    return *this;
}

std::optional<RetryOptions> TransactionOptions::retryOptions() const
{
    return d->retry;
}
Transaction::IsolationLevel TransactionOptions::isolation() const
{
    return d->isolation;
}
Transaction::Type TransactionOptions::sqliteType() const
{
    return d->type;
}
Transaction *TransactionOptions::parentTransaction() const
{
    return d->parent;
}

Transaction::Transaction(QObject *parent)
    : QObject(parent)
    , d_sq(std::make_unique<TransactionPrivate>(this))
{
}

/*!
    Rolls the transaction back if it is still active (with a warning: a transaction should be
    committed or rolled back explicitly, or used through the managed form).
*/
Transaction::~Transaction()
{
    Q_D(Transaction);
    if (d->state != Active)
        return;
    qCWarning(lcTransaction, "A transaction was destroyed while active: rolling it back");
    try {
        d->finish(false);
    } catch (const BaseError &e) {
        qCWarning(lcTransaction, "Rolling back failed: %s", e.what());
    }
}

Transaction::State Transaction::state() const
{
    return d_func()->state;
}

Transaction *Transaction::parentTransaction() const
{
    return d_func()->parent;
}

static QString stateName(Transaction::State state)
{
    return state == Transaction::Committed ? QStringLiteral("commit") : QStringLiteral("rollback");
}

void Transaction::commit()
{
    Q_D(Transaction);
    if (d->state != Active)
        throw TransactionError(QStringLiteral("Transaction cannot be committed because it has been "
                                              "finished with state: %1")
                                   .arg(stateName(d->state)));
    d->finish(true);
}

void Transaction::rollback()
{
    Q_D(Transaction);
    if (d->state != Active)
        throw TransactionError(
            QStringLiteral("Transaction cannot be rolled back because it has been "
                           "finished with state: %1")
                .arg(stateName(d->state)));
    d->finish(false);
}

void TransactionPrivate::emitCommitted()
{
    Q_Q(Transaction);
    Q_EMIT q->committed();
    const QList<QSharedPointer<Transaction>> savepoints = std::exchange(releasedSavepoints, {});
    for (const QSharedPointer<Transaction> &savepoint : savepoints)
        TransactionPrivate::get(savepoint.data())->emitCommitted();
}

void TransactionPrivate::endActiveSavepoints(Transaction::State final)
{
    const QList<QPointer<Transaction>> begun = std::exchange(savepoints, {});
    for (const QPointer<Transaction> &savepoint : begun) {
        if (!savepoint || savepoint->state() != Transaction::Active)
            continue;
        TransactionPrivate *sd = TransactionPrivate::get(savepoint.data());
        sd->endActiveSavepoints(final);
        sd->state = final;
        sd->connection = nullptr;
        Q_EMIT savepoint->stateChanged();
        if (final == Transaction::Committed) // with this transaction's commit, as released ones
            releasedSavepoints.append(sd->self.toStrongRef());
        else
            Q_EMIT savepoint->rolledBack();
    }
}

void TransactionPrivate::finish(bool commit)
{
    Q_Q(Transaction);
    if (!sequelize) {
        state = Transaction::RolledBack;
        throw TransactionError(QStringLiteral("The Sequelize of this transaction is gone"));
    }
    SequelizePrivate *s = SequelizePrivate::get(sequelize);
    Connection *c = connection;
    auto end = [&](Transaction::State final) {
        endActiveSavepoints(final);
        state = final;
        if (savepoint.isEmpty()) {
            c->transactionDepth = 0;
            c->savepoints = 0;
            c->transactionLost = false;
            connection = nullptr;
            s->connections->giveBack(c);
        }
        Q_EMIT q->stateChanged();
    };
    if (!commit && c->transactionLost) { // the database has rolled it back already
        end(Transaction::RolledBack);
        Q_EMIT q->rolledBack();
        return;
    }
    try {
        if (!savepoint.isEmpty()) {
            const QString name = s->dialect->quoteIdentifier(savepoint);
            s->executeDirect(commit ? QStringLiteral("RELEASE SAVEPOINT ") + name
                                    : QStringLiteral("ROLLBACK TO SAVEPOINT ") + name,
                             c, false);
        } else {
            s->executeDirect(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"), c,
                             false);
        }
    } catch (...) {
        if (savepoint.isEmpty()) {
            // A failed COMMIT (a deferred constraint, a serialization failure) ends it too.
            try {
                s->executeDirect(QStringLiteral("ROLLBACK"), c, false);
            } catch (...) {
            }
        }
        end(Transaction::RolledBack);
        Q_EMIT q->rolledBack();
        throw;
    }
    if (commit) {
        end(Transaction::Committed);
        if (parent) // afterCommit of a savepoint: when the outermost transaction commits
            TransactionPrivate::get(parent)->releasedSavepoints.append(self.toStrongRef());
        else
            emitCommitted();
    } else {
        end(Transaction::RolledBack);
        Q_EMIT q->rolledBack();
    }
}

} // namespace QtSequelize
