// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ERRORS_H
#define QTSEQUELIZE_ERRORS_H

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qexception.h>
#include <QtCore/qlist.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

// The error hierarchy mirrors Sequelize's Errors module. All errors are value
// types deriving from QException, so they can be rethrown across a QFuture.
// Messages never contain bound values or passwords.

namespace QtSequelize {

class ErrorData;
class ValidationErrorItemData;

class Q_SEQUELIZE_EXPORT ValidationErrorItem
{
public:
    ValidationErrorItem();
    ValidationErrorItem(const QString &message, const QString &type, const QString &path,
                        const QVariant &value, const QString &validatorKey);
    ValidationErrorItem(const ValidationErrorItem &other);
    ValidationErrorItem &operator=(const ValidationErrorItem &other);
    ValidationErrorItem(ValidationErrorItem &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(ValidationErrorItem)
    void swap(ValidationErrorItem &other) noexcept { d.swap(other.d); }
    ~ValidationErrorItem();

    QString message() const;
    QString type() const; // "Validation error", "notNull Violation", "unique violation"
    QString path() const;
    QVariant value() const;
    QString validatorKey() const;

private:
    QSharedDataPointer<ValidationErrorItemData> d;
};

class Q_SEQUELIZE_EXPORT BaseError : public QException
{
public:
    explicit BaseError(const QString &message = QString());
    BaseError(const BaseError &other);
    BaseError &operator=(const BaseError &other);
    ~BaseError() override;

    QString name() const;
    QString message() const;
    const char *what() const noexcept override;

    QString sql() const;
    QString nativeErrorCode() const;
    QString databaseText() const;
    QString driverText() const;
    QString constraint() const;
    QString table() const;
    QVariantMap fields() const;

    void raise() const override;
    BaseError *clone() const override;

protected:
    BaseError(const char *name, const QString &message);
    QExplicitlySharedDataPointer<ErrorData> d;

private:
    friend class ErrorBuilder;
};

class Q_SEQUELIZE_EXPORT ValidationError : public BaseError
{
public:
    explicit ValidationError(const QString &message, const QList<ValidationErrorItem> &errors = {});
    QList<ValidationErrorItem> errors() const;
    QList<ValidationErrorItem> get(const QString &path) const;
    void raise() const override;
    ValidationError *clone() const override;

protected:
    ValidationError(const char *name, const QString &message,
                    const QList<ValidationErrorItem> &errors);
};

class Q_SEQUELIZE_EXPORT UniqueConstraintError : public ValidationError
{
public:
    explicit UniqueConstraintError(const QString &message = QStringLiteral("Validation error"),
                                   const QList<ValidationErrorItem> &errors = {});
    void raise() const override;
    UniqueConstraintError *clone() const override;
};

class Q_SEQUELIZE_EXPORT DatabaseError : public BaseError
{
public:
    explicit DatabaseError(const QString &message);
    void raise() const override;
    DatabaseError *clone() const override;

protected:
    DatabaseError(const char *name, const QString &message);
};

class Q_SEQUELIZE_EXPORT ForeignKeyConstraintError : public DatabaseError
{
public:
    explicit ForeignKeyConstraintError(const QString &message);
    void raise() const override;
    ForeignKeyConstraintError *clone() const override;
};

class Q_SEQUELIZE_EXPORT ExclusionConstraintError : public DatabaseError
{
public:
    explicit ExclusionConstraintError(const QString &message);
    void raise() const override;
    ExclusionConstraintError *clone() const override;
};

class Q_SEQUELIZE_EXPORT UnknownConstraintError : public DatabaseError
{
public:
    explicit UnknownConstraintError(const QString &message);
    void raise() const override;
    UnknownConstraintError *clone() const override;
};

class Q_SEQUELIZE_EXPORT TimeoutError : public DatabaseError
{
public:
    explicit TimeoutError(const QString &message);
    void raise() const override;
    TimeoutError *clone() const override;
};

class Q_SEQUELIZE_EXPORT TransactionConflictError : public DatabaseError
{
public:
    explicit TransactionConflictError(const QString &message);
    void raise() const override;
    TransactionConflictError *clone() const override;
};

class Q_SEQUELIZE_EXPORT ConnectionError : public BaseError
{
public:
    explicit ConnectionError(const QString &message);
    void raise() const override;
    ConnectionError *clone() const override;

protected:
    ConnectionError(const char *name, const QString &message);
};

class Q_SEQUELIZE_EXPORT ConnectionRefusedError : public ConnectionError
{
public:
    explicit ConnectionRefusedError(const QString &message);
    void raise() const override;
    ConnectionRefusedError *clone() const override;
};

class Q_SEQUELIZE_EXPORT AccessDeniedError : public ConnectionError
{
public:
    explicit AccessDeniedError(const QString &message);
    void raise() const override;
    AccessDeniedError *clone() const override;
};

class Q_SEQUELIZE_EXPORT HostNotFoundError : public ConnectionError
{
public:
    explicit HostNotFoundError(const QString &message);
    void raise() const override;
    HostNotFoundError *clone() const override;
};

class Q_SEQUELIZE_EXPORT HostNotReachableError : public ConnectionError
{
public:
    explicit HostNotReachableError(const QString &message);
    void raise() const override;
    HostNotReachableError *clone() const override;
};

class Q_SEQUELIZE_EXPORT InvalidConnectionError : public ConnectionError
{
public:
    explicit InvalidConnectionError(const QString &message);
    void raise() const override;
    InvalidConnectionError *clone() const override;
};

class Q_SEQUELIZE_EXPORT ConnectionTimedOutError : public ConnectionError
{
public:
    explicit ConnectionTimedOutError(const QString &message);
    void raise() const override;
    ConnectionTimedOutError *clone() const override;
};

// Sequelize's ConnectionAcquireTimeoutError: an asynchronous call waited longer than the pool's
// acquire time (SequelizeOptions::poolAcquire()) for a connection, and did not run.
class Q_SEQUELIZE_EXPORT ConnectionAcquireTimeoutError : public ConnectionError
{
public:
    explicit ConnectionAcquireTimeoutError(const QString &message);
    void raise() const override;
    ConnectionAcquireTimeoutError *clone() const override;
};

class Q_SEQUELIZE_EXPORT EmptyResultError : public BaseError
{
public:
    explicit EmptyResultError(const QString &message = QString());
    void raise() const override;
    EmptyResultError *clone() const override;
};

class Q_SEQUELIZE_EXPORT InstanceError : public BaseError
{
public:
    explicit InstanceError(const QString &message);
    void raise() const override;
    InstanceError *clone() const override;
};

// A save() of a versioned instance whose row changed since it was read. As Sequelize's, it
// carries the model's name, the values saved and the where that found no row.
class Q_SEQUELIZE_EXPORT OptimisticLockError : public BaseError
{
public:
    explicit OptimisticLockError(const QString &message);
    OptimisticLockError(const QString &modelName, const QVariantMap &values,
                        const QVariantMap &where);
    QString modelName() const;
    QVariantMap values() const;
    QVariantMap where() const;
    void raise() const override;
    OptimisticLockError *clone() const override;
};

// An unknown scope (Sequelize's SequelizeScopeError: "Invalid scope name called.").
class Q_SEQUELIZE_EXPORT ScopeError : public BaseError
{
public:
    explicit ScopeError(const QString &message);
    void raise() const override;
    ScopeError *clone() const override;
};

// Not in Sequelize (which lets the database reject unknown columns): an attribute
// name that the model does not define, caught before any SQL is generated.
class Q_SEQUELIZE_EXPORT UnknownAttributeError : public BaseError
{
public:
    UnknownAttributeError(const QString &model, const QString &attribute);
    QString attribute() const;
    void raise() const override;
    UnknownAttributeError *clone() const override;
};

// One record of a bulkCreate({validate: true}) that failed validation.
class Q_SEQUELIZE_EXPORT BulkRecordError : public BaseError
{
public:
    BulkRecordError(const ValidationError &inner, const QVariantMap &record);
    ValidationError inner() const;
    QVariantMap record() const;
    void raise() const override;
    BulkRecordError *clone() const override;
};

// The failures of a bulkCreate({validate: true}), one BulkRecordError per invalid record.
class Q_SEQUELIZE_EXPORT AggregateError : public BaseError
{
public:
    explicit AggregateError(const QList<BulkRecordError> &errors);
    QList<BulkRecordError> errors() const;
    void raise() const override;
    AggregateError *clone() const override;
};

// Not in Sequelize (which throws a plain Error): misuse of a Transaction, such as a commit
// after it finished.
class Q_SEQUELIZE_EXPORT TransactionError : public BaseError
{
public:
    explicit TransactionError(const QString &message);
    void raise() const override;
    TransactionError *clone() const override;
};

// Not in Sequelize (which throws a plain Error): a model definition or query
// option that cannot work, reported by init()/define() or the query generator.
class Q_SEQUELIZE_EXPORT DefinitionError : public BaseError
{
public:
    explicit DefinitionError(const QString &message);
    void raise() const override;
    DefinitionError *clone() const override;

protected:
    DefinitionError(const char *name, const QString &message);
};

// Sequelize's EagerLoadingError: an include that cannot be loaded (a model that is not
// associated, an association the model does not have, one associated more than once without
// its alias, separate on other than a hasMany). A DefinitionError too, which it was before it
// had its own class.
class Q_SEQUELIZE_EXPORT EagerLoadingError : public DefinitionError
{
public:
    explicit EagerLoadingError(const QString &message);
    void raise() const override;
    EagerLoadingError *clone() const override;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::ValidationErrorItem)

#endif // QTSEQUELIZE_ERRORS_H
