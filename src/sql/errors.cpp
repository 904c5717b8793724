// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "errors_p.h"

namespace QtSequelize {

class ValidationErrorItemData : public QSharedData
{
public:
    QString message;
    QString type;
    QString path;
    QVariant value;
    QString validatorKey;
};

ValidationErrorItem::ValidationErrorItem()
    : d(new ValidationErrorItemData)
{
}

ValidationErrorItem::ValidationErrorItem(const QString &message, const QString &type,
                                         const QString &path, const QVariant &value,
                                         const QString &validatorKey)
    : d(new ValidationErrorItemData)
{
    d->message = message;
    d->type = type;
    d->path = path;
    d->value = value;
    d->validatorKey = validatorKey;
}

ValidationErrorItem::ValidationErrorItem(const ValidationErrorItem &other) = default;
ValidationErrorItem::ValidationErrorItem(ValidationErrorItem &&other) noexcept = default;
ValidationErrorItem &ValidationErrorItem::operator=(const ValidationErrorItem &other) = default;
ValidationErrorItem::~ValidationErrorItem() = default;

QString ValidationErrorItem::message() const
{
    return d->message;
}
QString ValidationErrorItem::type() const
{
    return d->type;
}
QString ValidationErrorItem::path() const
{
    return d->path;
}
QVariant ValidationErrorItem::value() const
{
    return d->value;
}
QString ValidationErrorItem::validatorKey() const
{
    return d->validatorKey;
}

/*!
    \class QtSequelize::BaseError
    \inmodule QtSequelize
    \brief The base of every error QtSequelize throws (Sequelize's \c BaseError).

    Errors are implicitly shared values derived from QException, so a QFuture
    can carry them to another thread. Errors that come from the database also
    carry the SQL text (never the bound values), the driver's native error code
    (SQLSTATE on PostgreSQL, the server error number on MariaDB, the result code
    on SQLite) and the driver's texts.
*/
BaseError::BaseError(const QString &message)
    : BaseError("SequelizeBaseError", message)
{
}

BaseError::BaseError(const char *name, const QString &message)
    : d(new ErrorData)
{
    d->name = QString::fromLatin1(name);
    d->message = message;
    d->what = (d->name + QLatin1String(": ") + message).toUtf8();
}

BaseError::BaseError(const BaseError &other) = default;
BaseError &BaseError::operator=(const BaseError &other) = default;
BaseError::~BaseError() = default;

/*! Returns Sequelize's class name of the error, e.g. \c SequelizeUniqueConstraintError. */
QString BaseError::name() const
{
    return d->name;
}
QString BaseError::message() const
{
    return d->message;
}
const char *BaseError::what() const noexcept
{
    return d->what.constData();
}
/*! Returns the SQL statement that failed, or an empty string. Bound values are not part of it. */
QString BaseError::sql() const
{
    return d->sql;
}
QString BaseError::nativeErrorCode() const
{
    return d->nativeErrorCode;
}
QString BaseError::databaseText() const
{
    return d->databaseText;
}
QString BaseError::driverText() const
{
    return d->driverText;
}
/*! Returns the name of the violated constraint, where the database reports it. */
QString BaseError::constraint() const
{
    return d->constraint;
}
QString BaseError::table() const
{
    return d->table;
}
/*! Returns the offending column values of a unique or foreign-key violation, as text. */
QVariantMap BaseError::fields() const
{
    return d->fields;
}

void BaseError::raise() const
{
    throw *this;
}

BaseError *BaseError::clone() const
{
    return new BaseError(*this);
}

ValidationError::ValidationError(const QString &message, const QList<ValidationErrorItem> &errors)
    : ValidationError("SequelizeValidationError", message, errors)
{
}

ValidationError::ValidationError(const char *name, const QString &message,
                                 const QList<ValidationErrorItem> &errors)
    : BaseError(name, message)
{
    d->items = errors;
}

/*! Returns one item per failed check, in attribute order; enough for a form to mark each field. */
QList<ValidationErrorItem> ValidationError::errors() const
{
    return d->items;
}

void ValidationError::raise() const
{
    throw *this;
}

ValidationError *ValidationError::clone() const
{
    return new ValidationError(*this);
}

BulkRecordError::BulkRecordError(const ValidationError &inner, const QVariantMap &record)
    : BaseError("SequelizeBulkRecordError", inner.message())
{
    d->record = record;
    d->innerMessage = inner.message();
    d->items = inner.errors();
}

ValidationError BulkRecordError::inner() const
{
    return ValidationError(d->innerMessage, d->items);
}

QVariantMap BulkRecordError::record() const
{
    return d->record;
}

void BulkRecordError::raise() const
{
    throw *this;
}

BulkRecordError *BulkRecordError::clone() const
{
    return new BulkRecordError(*this);
}

AggregateError::AggregateError(const QList<BulkRecordError> &errors)
    : BaseError("AggregateError", QStringLiteral("%1 records failed validation").arg(errors.size()))
{
    for (const BulkRecordError &e : errors) {
        d->records.append(e.record());
        d->recordItems.append(e.inner().errors());
        d->recordMessages.append(e.inner().message());
    }
}

QList<BulkRecordError> AggregateError::errors() const
{
    QList<BulkRecordError> result;
    for (qsizetype i = 0; i < d->records.size(); ++i)
        result.append(BulkRecordError(
            ValidationError(d->recordMessages.at(i), d->recordItems.at(i)), d->records.at(i)));
    return result;
}

void AggregateError::raise() const
{
    throw *this;
}

AggregateError *AggregateError::clone() const
{
    return new AggregateError(*this);
}

TransactionError::TransactionError(const QString &message)
    : BaseError("SequelizeTransactionError", message)
{
}

void TransactionError::raise() const
{
    throw *this;
}

TransactionError *TransactionError::clone() const
{
    return new TransactionError(*this);
}

UnknownAttributeError::UnknownAttributeError(const QString &model, const QString &attribute)
    : BaseError("SequelizeUnknownAttributeError",
                QStringLiteral("Model %1 has no attribute \"%2\"").arg(model, attribute))
{
    d->attribute = attribute;
}

QString UnknownAttributeError::attribute() const
{
    return d->attribute;
}

void UnknownAttributeError::raise() const
{
    throw *this;
}

UnknownAttributeError *UnknownAttributeError::clone() const
{
    return new UnknownAttributeError(*this);
}

UniqueConstraintError::UniqueConstraintError(const QString &message,
                                             const QList<ValidationErrorItem> &errors)
    : ValidationError("SequelizeUniqueConstraintError", message, errors)
{
}

void UniqueConstraintError::raise() const
{
    throw *this;
}
UniqueConstraintError *UniqueConstraintError::clone() const
{
    return new UniqueConstraintError(*this);
}

DatabaseError::DatabaseError(const QString &message)
    : BaseError("SequelizeDatabaseError", message)
{
}

DatabaseError::DatabaseError(const char *name, const QString &message)
    : BaseError(name, message)
{
}

void DatabaseError::raise() const
{
    throw *this;
}
DatabaseError *DatabaseError::clone() const
{
    return new DatabaseError(*this);
}

ForeignKeyConstraintError::ForeignKeyConstraintError(const QString &message)
    : DatabaseError("SequelizeForeignKeyConstraintError", message)
{
}

void ForeignKeyConstraintError::raise() const
{
    throw *this;
}
ForeignKeyConstraintError *ForeignKeyConstraintError::clone() const
{
    return new ForeignKeyConstraintError(*this);
}

ExclusionConstraintError::ExclusionConstraintError(const QString &message)
    : DatabaseError("SequelizeExclusionConstraintError", message)
{
}

void ExclusionConstraintError::raise() const
{
    throw *this;
}
ExclusionConstraintError *ExclusionConstraintError::clone() const
{
    return new ExclusionConstraintError(*this);
}

UnknownConstraintError::UnknownConstraintError(const QString &message)
    : DatabaseError("SequelizeUnknownConstraintError", message)
{
}

void UnknownConstraintError::raise() const
{
    throw *this;
}
UnknownConstraintError *UnknownConstraintError::clone() const
{
    return new UnknownConstraintError(*this);
}

TimeoutError::TimeoutError(const QString &message)
    : DatabaseError("SequelizeTimeoutError", message)
{
}

void TimeoutError::raise() const
{
    throw *this;
}
TimeoutError *TimeoutError::clone() const
{
    return new TimeoutError(*this);
}

ConnectionError::ConnectionError(const QString &message)
    : BaseError("SequelizeConnectionError", message)
{
}

ConnectionError::ConnectionError(const char *name, const QString &message)
    : BaseError(name, message)
{
}

void ConnectionError::raise() const
{
    throw *this;
}
ConnectionError *ConnectionError::clone() const
{
    return new ConnectionError(*this);
}

ConnectionRefusedError::ConnectionRefusedError(const QString &message)
    : ConnectionError("SequelizeConnectionRefusedError", message)
{
}

void ConnectionRefusedError::raise() const
{
    throw *this;
}
ConnectionRefusedError *ConnectionRefusedError::clone() const
{
    return new ConnectionRefusedError(*this);
}

AccessDeniedError::AccessDeniedError(const QString &message)
    : ConnectionError("SequelizeAccessDeniedError", message)
{
}

void AccessDeniedError::raise() const
{
    throw *this;
}
AccessDeniedError *AccessDeniedError::clone() const
{
    return new AccessDeniedError(*this);
}

HostNotFoundError::HostNotFoundError(const QString &message)
    : ConnectionError("SequelizeHostNotFoundError", message)
{
}

void HostNotFoundError::raise() const
{
    throw *this;
}
HostNotFoundError *HostNotFoundError::clone() const
{
    return new HostNotFoundError(*this);
}

HostNotReachableError::HostNotReachableError(const QString &message)
    : ConnectionError("SequelizeHostNotReachableError", message)
{
}

void HostNotReachableError::raise() const
{
    throw *this;
}
HostNotReachableError *HostNotReachableError::clone() const
{
    return new HostNotReachableError(*this);
}

InvalidConnectionError::InvalidConnectionError(const QString &message)
    : ConnectionError("SequelizeInvalidConnectionError", message)
{
}

void InvalidConnectionError::raise() const
{
    throw *this;
}
InvalidConnectionError *InvalidConnectionError::clone() const
{
    return new InvalidConnectionError(*this);
}

ConnectionTimedOutError::ConnectionTimedOutError(const QString &message)
    : ConnectionError("SequelizeConnectionTimedOutError", message)
{
}

void ConnectionTimedOutError::raise() const
{
    throw *this;
}
ConnectionTimedOutError *ConnectionTimedOutError::clone() const
{
    return new ConnectionTimedOutError(*this);
}

EmptyResultError::EmptyResultError(const QString &message)
    : BaseError("SequelizeEmptyResultError", message)
{
}

void EmptyResultError::raise() const
{
    throw *this;
}
EmptyResultError *EmptyResultError::clone() const
{
    return new EmptyResultError(*this);
}

InstanceError::InstanceError(const QString &message)
    : BaseError("SequelizeInstanceError", message)
{
}

void InstanceError::raise() const
{
    throw *this;
}
InstanceError *InstanceError::clone() const
{
    return new InstanceError(*this);
}

OptimisticLockError::OptimisticLockError(const QString &message)
    : BaseError("SequelizeOptimisticLockError", message)
{
}

void OptimisticLockError::raise() const
{
    throw *this;
}
OptimisticLockError *OptimisticLockError::clone() const
{
    return new OptimisticLockError(*this);
}

DefinitionError::DefinitionError(const QString &message)
    : BaseError("SequelizeDefinitionError", message)
{
}

void DefinitionError::raise() const
{
    throw *this;
}
DefinitionError *DefinitionError::clone() const
{
    return new DefinitionError(*this);
}

} // namespace QtSequelize
