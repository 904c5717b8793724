// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_TRANSACTION_H
#define QTSEQUELIZE_TRANSACTION_H

#include <QtSequelize/qtsequelizeglobal.h>
#include <QtSequelize/retryoptions.h>

#include <QtCore/qobject.h>
#include <QtCore/qshareddata.h>

#include <memory>
#include <optional>

namespace QtSequelize {

class Transaction;
class TransactionPrivate;
class TransactionOptionsData;

class Q_SEQUELIZE_EXPORT Transaction : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum IsolationLevel {
        DefaultIsolation,
        ReadUncommitted,
        ReadCommitted,
        RepeatableRead,
        Serializable,
    };
    Q_ENUM(IsolationLevel)
    // SQLite's BEGIN DEFERRED / IMMEDIATE / EXCLUSIVE.
    enum Type { Deferred, Immediate, Exclusive };
    Q_ENUM(Type)
    enum State { Active, Committed, RolledBack };
    Q_ENUM(State)

    ~Transaction() override;

    State state() const;
    bool isFinished() const { return state() != Active; }
    // The transaction this one is a savepoint of, or nullptr.
    Transaction *parentTransaction() const;

    // Throws TransactionError when already finished; a failed COMMIT is rolled back and
    // throws the database's error.
    void commit();
    void rollback();

Q_SIGNALS:
    // After a successful commit (of the outermost transaction for a savepoint).
    void committed();
    void rolledBack();
    void stateChanged();

private:
    explicit Transaction(QObject *parent = nullptr);
    friend class Sequelize;
    friend class TransactionPrivate;
    friend class SequelizePrivate;
    std::unique_ptr<TransactionPrivate> d_sq;
    Q_DECLARE_PRIVATE_D(d_sq, Transaction)
    Q_DISABLE_COPY(Transaction)
};

class Q_SEQUELIZE_EXPORT TransactionOptions
{
public:
    TransactionOptions();
    TransactionOptions(const TransactionOptions &other);
    TransactionOptions &operator=(const TransactionOptions &other);
    TransactionOptions(TransactionOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(TransactionOptions)
    void swap(TransactionOptions &other) noexcept { d.swap(other.d); }
    ~TransactionOptions();

    TransactionOptions &isolationLevel(Transaction::IsolationLevel level);
    // SQLite only; other dialects ignore it.
    TransactionOptions &type(Transaction::Type type);
    // SET CONSTRAINTS ALL (or the named ones) DEFERRED / IMMEDIATE when the transaction starts
    // (Sequelize's Deferrable.SET_DEFERRED / SET_IMMEDIATE; PostgreSQL only, ignored elsewhere).
    TransactionOptions &setDeferred(const QStringList &constraints = {});
    TransactionOptions &setImmediate(const QStringList &constraints = {});
    // Makes the new transaction a savepoint of \a parent.
    TransactionOptions &transaction(Transaction *parent);
    // A managed transaction whose callable fails with a matching error runs again, whole, in
    // a new transaction (Sequelize's retry; see RetryOptions).
    TransactionOptions &retry(const RetryOptions &options);

    Transaction::IsolationLevel isolation() const;
    Transaction::Type sqliteType() const;
    Transaction *parentTransaction() const;
    std::optional<RetryOptions> retryOptions() const;

private:
    friend class Sequelize;
    QSharedDataPointer<TransactionOptionsData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::TransactionOptions)

#endif // QTSEQUELIZE_TRANSACTION_H
