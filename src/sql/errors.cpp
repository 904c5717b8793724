// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "errors_p.h"

#include <algorithm>

namespace QtSequelize {

// QException's raise() and clone() of an error class: the same two lines for every class.
#define QSQ_ERROR_RAISE_CLONE(Class)                                                               \
    void Class::raise() const                                                                      \
    {                                                                                              \
        throw *this;                                                                               \
    }                                                                                              \
    Class *Class::clone() const                                                                    \
    {                                                                                              \
        return new Class(*this);                                                                   \
    }
// An error class that only names itself ("Sequelize" + its class name) over its base.
#define QSQ_ERROR_CLASS(Class, Base)                                                               \
    Class::Class(const QString &message)                                                           \
        : Base("Sequelize" #Class, message)                                                        \
    {                                                                                              \
    }                                                                                              \
    QSQ_ERROR_RAISE_CLONE(Class)

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

QSQ_ERROR_RAISE_CLONE(BaseError)

ValidationError::ValidationError(const QString &message, const QList<ValidationErrorItem> &errors)
    : ValidationError("SequelizeValidationError", message, errors)
{
}

ValidationError::ValidationError(const char *name, const QString &message,
                                 const QList<ValidationErrorItem> &errors)
    : BaseError(name, message)
{
    d->items = errors;
    ErrorBuilder::updateWhat(*this);
}

void ErrorBuilder::updateWhat(BaseError &error)
{
    ErrorData &d = *error.d;
    // message() stays Sequelize's ("Validation error" for a unique violation); what(), which
    // an uncaught exception prints, also says which checks failed ("username must be unique").
    QStringList failed;
    for (const ValidationErrorItem &item : std::as_const(d.items)) {
        if (!item.message().isEmpty() && !d.message.contains(item.message()))
            failed.append(item.message());
    }
    d.what = (d.name + QLatin1String(": ") + d.message
              + (failed.isEmpty()
                     ? QString()
                     : QLatin1String(" (") + failed.join(QLatin1String("; ")) + QLatin1Char(')')))
                 .toUtf8();
}

/*! Returns one item per failed check, in attribute order; enough for a form to mark each field. */
QList<ValidationErrorItem> ValidationError::errors() const
{
    return d->items;
}

/*!
    The items of errors() whose path is \a path, in order (Sequelize's
    \c{ValidationError.get(path)}); an empty list when none is.
*/
QList<ValidationErrorItem> ValidationError::get(const QString &path) const
{
    QList<ValidationErrorItem> items;
    for (const ValidationErrorItem &item : std::as_const(d->items)) {
        if (item.path() == path)
            items.append(item);
    }
    return items;
}

QSQ_ERROR_RAISE_CLONE(ValidationError)

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

QSQ_ERROR_RAISE_CLONE(BulkRecordError)

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

QSQ_ERROR_RAISE_CLONE(AggregateError)

QSQ_ERROR_CLASS(TransactionError, BaseError)

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

QSQ_ERROR_RAISE_CLONE(UnknownAttributeError)

UniqueConstraintError::UniqueConstraintError(const QString &message,
                                             const QList<ValidationErrorItem> &errors)
    : ValidationError("SequelizeUniqueConstraintError", message, errors)
{
}

QSQ_ERROR_RAISE_CLONE(UniqueConstraintError)

DatabaseError::DatabaseError(const QString &message)
    : BaseError("SequelizeDatabaseError", message)
{
}

DatabaseError::DatabaseError(const char *name, const QString &message)
    : BaseError(name, message)
{
}

QSQ_ERROR_RAISE_CLONE(DatabaseError)

QSQ_ERROR_CLASS(ForeignKeyConstraintError, DatabaseError)

QSQ_ERROR_CLASS(ExclusionConstraintError, DatabaseError)

QSQ_ERROR_CLASS(UnknownConstraintError, DatabaseError)

QSQ_ERROR_CLASS(TimeoutError, DatabaseError)

/*!
    \class QtSequelize::TransactionConflictError
    \inmodule QtSequelize
    \brief The database rolled the transaction back because it conflicted with another one.

    A deadlock victim (PostgreSQL 40P01, MariaDB 1213), a serialization failure (PostgreSQL
    40001, MariaDB 1020 under snapshot isolation) or a Galera certification failure (reported as
    MariaDB 1213). Nothing the transaction wrote is kept; running the whole transaction again
    may succeed, which TransactionOptions::retry() does for a managed transaction. Sequelize
    reports these as plain DatabaseErrors; this subclass lets a retry match them by type, and
    keeps Sequelize's name(), \c SequelizeDatabaseError.
*/
TransactionConflictError::TransactionConflictError(const QString &message)
    : DatabaseError("SequelizeDatabaseError", message)
{
}

QSQ_ERROR_RAISE_CLONE(TransactionConflictError)

ConnectionError::ConnectionError(const QString &message)
    : BaseError("SequelizeConnectionError", message)
{
}

ConnectionError::ConnectionError(const char *name, const QString &message)
    : BaseError(name, message)
{
}

QSQ_ERROR_RAISE_CLONE(ConnectionError)

QSQ_ERROR_CLASS(ConnectionRefusedError, ConnectionError)

QSQ_ERROR_CLASS(AccessDeniedError, ConnectionError)

QSQ_ERROR_CLASS(HostNotFoundError, ConnectionError)

QSQ_ERROR_CLASS(HostNotReachableError, ConnectionError)

QSQ_ERROR_CLASS(InvalidConnectionError, ConnectionError)

QSQ_ERROR_CLASS(ConnectionTimedOutError, ConnectionError)

QSQ_ERROR_CLASS(ConnectionAcquireTimeoutError, ConnectionError)

QSQ_ERROR_CLASS(EmptyResultError, BaseError)

QSQ_ERROR_CLASS(InstanceError, BaseError)

QSQ_ERROR_CLASS(OptimisticLockError, BaseError)

OptimisticLockError::OptimisticLockError(const QString &modelName, const QVariantMap &values,
                                         const QVariantMap &where)
    : OptimisticLockError(
        QStringLiteral("Attempting to update a stale model instance: %1").arg(modelName))
{
    d->modelName = modelName;
    d->record = values;
    d->where = where;
}

QString OptimisticLockError::modelName() const
{
    return d->modelName;
}

QVariantMap OptimisticLockError::values() const
{
    return d->record;
}

QVariantMap OptimisticLockError::where() const
{
    return d->where;
}

QSQ_ERROR_CLASS(ScopeError, BaseError)

QSQ_ERROR_CLASS(DefinitionError, BaseError)

DefinitionError::DefinitionError(const char *name, const QString &message)
    : BaseError(name, message)
{
}

QSQ_ERROR_CLASS(EagerLoadingError, DefinitionError)

bool isPlainName(const QString &name, int maxLength)
{
    if (name.isEmpty() || name.size() > maxLength
        || !(name.at(0).isLetter() || name.at(0) == QLatin1Char('_')))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('_');
    });
}

QString nameForMessage(const QString &name)
{
    return isPlainName(name, 40) ? QStringLiteral(" \"%1\"").arg(name) : QString();
}

QString checkedDdlName(const QString &name, const char *what)
{
    if (!isPlainName(name))
        throw DefinitionError(QStringLiteral("The %1 must be a plain name (letters, digits, _)")
                                  .arg(QLatin1StringView(what)));
    return name;
}

} // namespace QtSequelize
