// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_TRANSACTION_P_H
#define QTSEQUELIZE_TRANSACTION_P_H

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
#include <QtSequelize/transaction.h>

#include <QtCore/qpointer.h>

#include <optional>

namespace QtSequelize {

class Connection;

class TransactionOptionsData : public QSharedData
{
public:
    Transaction::IsolationLevel isolation = Transaction::DefaultIsolation;
    Transaction::Type type = Transaction::Deferred;
    QPointer<Transaction> parent;
    std::optional<bool> deferConstraints; // true: DEFERRED, false: IMMEDIATE
    QStringList constraints;
    std::optional<RetryOptions> retry;
};

class TransactionPrivate
{
    Q_DECLARE_PUBLIC(Transaction)
public:
    explicit TransactionPrivate(Transaction *q)
        : q_ptr(q)
    {
    }
    static TransactionPrivate *get(Transaction *t) { return t->d_func(); }

    // Ends the transaction with COMMIT/RELEASE or ROLLBACK [TO SAVEPOINT].
    void finish(bool commit);
    // committed() of this transaction and, after it, of its released savepoints.
    void emitCommitted();
    // Ends the savepoints still active inside this one with its \a final state: the database
    // released or rolled them back with it, and no statement of theirs may run outside.
    void endActiveSavepoints(Transaction::State final);

    Transaction *q_ptr;
    QPointer<Sequelize> sequelize;
    Connection *connection = nullptr;
    QPointer<Transaction> parent;
    QString savepoint; // non-empty for a savepoint
    Transaction::State state = Transaction::Active;
    QWeakPointer<Transaction> self;
    // Savepoints released into this transaction: their afterCommit waits for ours.
    QList<QSharedPointer<Transaction>> releasedSavepoints;
    // Savepoints begun on this transaction (those still active end with it).
    QList<QPointer<Transaction>> savepoints;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_TRANSACTION_P_H
