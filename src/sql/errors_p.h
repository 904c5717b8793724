// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ERRORS_P_H
#define QTSEQUELIZE_ERRORS_P_H

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

#include <QtSequelize/errors.h>

#include <QtCore/qhash.h>
#include <QtSql/qsqlerror.h>

namespace QtSequelize {

// A name (an option's, an index method's, …) that is an identifier: a letter or _, then
// letters, digits and _, at most \a maxLength characters.
bool isPlainName(const QString &name, int maxLength = 64);
// \a name quoted for an error message when it is a plain name, else nothing (the text a
// caller gave may hold anything, a password included): ` "name"` or an empty string.
QString nameForMessage(const QString &name);
// \a name, which DDL cannot bind (an index method, a charset, …), when it is a plain name;
// DefinitionError naming \a what otherwise.
QString checkedDdlName(const QString &name, const char *what);

class ErrorData : public QSharedData
{
public:
    QString name;
    QString message;
    QByteArray what;
    QString sql;
    QString nativeErrorCode;
    QString databaseText;
    QString driverText;
    QString constraint;
    QString table;
    QString attribute;
    QVariantMap fields;
    QList<ValidationErrorItem> items;
    QVariantMap record; // BulkRecordError; OptimisticLockError: the values
    QString modelName; // OptimisticLockError
    QVariantMap where; // OptimisticLockError
    QString innerMessage;
    QList<QVariantMap> records; // AggregateError: per record
    QList<QList<ValidationErrorItem>> recordItems;
    QStringList recordMessages;
};

// Fills the driver details of an error after construction; used by the dialects
// when they translate a QSqlError.
class ErrorBuilder
{
public:
    // \a native with \a databaseText in place of its own (a dialect's text without the values
    // the server quoted), for the messages and details of the error made from it.
    static QSqlError withDatabaseText(const QSqlError &native, const QString &databaseText)
    {
        return QSqlError(native.driverText(), databaseText, native.type(),
                         native.nativeErrorCode());
    }
    template<typename E> static E withDetails(E error, const QString &sql, const QSqlError &native)
    {
        error.d->sql = sql;
        error.d->nativeErrorCode = native.nativeErrorCode();
        error.d->databaseText = native.databaseText();
        error.d->driverText = native.driverText();
        return error;
    }
    // The values of \a error's fields and items that the database did not give (SQLite's
    // unique violation names only the columns), by column name.
    template<typename Lookup> static void fillMissingValues(BaseError &error, Lookup valueOf)
    {
        for (auto it = error.d->fields.begin(); it != error.d->fields.end(); ++it) {
            if (it.value().isNull())
                it.value() = valueOf(it.key());
        }
        for (ValidationErrorItem &item : error.d->items) {
            if (item.value().isNull())
                item = ValidationErrorItem(item.message(), item.type(), item.path(),
                                           valueOf(item.path()), item.validatorKey());
        }
    }
    // Sequelize's item for a unique violation on \a column ("email must be unique").
    static ValidationErrorItem uniqueItem(const QString &column, const QVariant &value)
    {
        return ValidationErrorItem(column + QStringLiteral(" must be unique"),
                                   QStringLiteral("unique violation"), column, value,
                                   QStringLiteral("not_unique"));
    }
    // what() again from the name, message and items (a ValidationError's lists its items).
    static void updateWhat(BaseError &error);
    // \a error's fields replaced by \a fields, with one "unique violation" item each in that
    // order (a key the database named by its index, named by its columns instead).
    static void setUniqueFields(BaseError &error, const QList<QPair<QString, QVariant>> &fields)
    {
        error.d->fields.clear();
        error.d->items.clear();
        for (const QPair<QString, QVariant> &field : fields) {
            error.d->fields.insert(field.first, field.second);
            error.d->items.append(uniqueItem(field.first, field.second));
        }
        updateWhat(error);
    }
    // A unique violation in the model's words: \a message (unless empty) for the error, and
    // for each item whose column \a itemMessages has (Sequelize's unique: {msg}).
    static void rewordUnique(BaseError &error, const QString &message,
                             const QHash<QString, QString> &itemMessages)
    {
        if (!message.isEmpty())
            error.d->message = message;
        for (ValidationErrorItem &item : error.d->items) {
            const QString reworded = itemMessages.value(item.path());
            if (!reworded.isEmpty())
                item = ValidationErrorItem(reworded, item.type(), item.path(), item.value(),
                                           item.validatorKey());
        }
        updateWhat(error);
    }
    template<typename E>
    static E withConstraint(E error, const QString &constraint, const QString &table,
                            const QVariantMap &fields)
    {
        error.d->constraint = constraint;
        error.d->table = table;
        error.d->fields = fields;
        return error;
    }
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_ERRORS_P_H
