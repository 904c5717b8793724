// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "mariadbdialect_p.h"

#include "../../sql/errors_p.h"

#include <QtCore/qregularexpression.h>
#include <QtSql/qsqlerror.h>

// How MariaDB's errors become the library's typed errors, without the values they quote.

namespace QtSequelize {

bool MariaDbDialect::isConnectionLost(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    return Dialect::isConnectionLost(error) || code == QLatin1String("2006")
        || code == QLatin1String("2013") || code == QLatin1String("4031")
        || code == QLatin1String("1927");
}

// MariaDB's message quotes the value it could not take ("Incorrect integer value: 'x' for
// column", "Truncated incorrect DOUBLE value: 'x'", "Duplicate entry 'x' for key"): each goes
// (a bound or stored value may be a secret), the rest of the message stays. The values are in
// the error's fields only.
static QString withoutValues(const QString &text)
{
    using RE = QRegularExpression;
    static const RE value(QStringLiteral(R"(value: '.*'(?= for |$))"),
                          RE::DotMatchesEverythingOption);
    static const RE entry(QStringLiteral(R"(^Duplicate entry '.*' for key)"),
                          RE::DotMatchesEverythingOption);
    static const RE expression(QStringLiteral(R"(out of range in '.*'$)"),
                               RE::DotMatchesEverythingOption);
    static const RE parsed(QStringLiteral(R"( '.*' value found during parsing)"),
                           RE::DotMatchesEverythingOption);
    QString redacted = text;
    redacted.replace(value, QStringLiteral("value: '…'"));
    redacted.replace(entry, QStringLiteral("Duplicate entry '…' for key"));
    redacted.replace(expression, QStringLiteral("out of range in '…'"));
    redacted.replace(parsed, QStringLiteral(" '…' value found during parsing"));
    return redacted;
}

void MariaDbDialect::raiseQueryError(const QSqlError &native, const QString &sql) const
{
    const QSqlError error
        = ErrorBuilder::withDatabaseText(native, withoutValues(native.databaseText()));
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText();
    if (code == QLatin1String("1062")) {
        // Duplicate entry 'x' for key 'Users_username_unique'
        static const QRegularExpression re(
            QStringLiteral("Duplicate entry '(.*)' for key '([^']+)'"));
        const QRegularExpressionMatch m = re.match(native.databaseText());
        QString key = m.captured(2);
        const qsizetype dot = key.lastIndexOf(QLatin1Char('.'));
        if (dot >= 0)
            key = key.mid(dot + 1);
        QVariantMap fields;
        if (m.hasMatch())
            fields.insert(key, m.captured(1));
        const QList<ValidationErrorItem> items{ErrorBuilder::uniqueItem(key, m.captured(1))};
        throw ErrorBuilder::withConstraint(
            ErrorBuilder::withDetails(
                UniqueConstraintError(QStringLiteral("Validation error"), items), sql, error),
            key, QString(), fields);
    }
    if (code == QLatin1String("1451") || code == QLatin1String("1452")) {
        // CONSTRAINT `Users_ibfk_1` FOREIGN KEY (`GroupId`) REFERENCES `Groups` (`id`): as
        // Sequelize's, the key's columns and the table it references.
        static const QRegularExpression re(QStringLiteral(
            "CONSTRAINT `((?:[^`]|``)+)` FOREIGN KEY \\((.*?)\\) REFERENCES `((?:[^`]|``)+)`"));
        const QRegularExpressionMatch m = re.match(text);
        const auto unquoted
            = [](QString name) { return name.replace(QStringLiteral("``"), QStringLiteral("`")); };
        QVariantMap fields;
        static const QRegularExpression column(QStringLiteral("`((?:[^`]|``)+)`"));
        for (auto it = column.globalMatch(m.captured(2)); it.hasNext();)
            fields.insert(unquoted(it.next().captured(1)), QVariant());
        throw ErrorBuilder::withConstraint(
            ErrorBuilder::withDetails(ForeignKeyConstraintError(text), sql, error),
            unquoted(m.captured(1)), unquoted(m.captured(3)), fields);
    }
    if (code == QLatin1String("1205") || code == QLatin1String("3024")
        || code == QLatin1String("1969"))
        throw ErrorBuilder::withDetails(TimeoutError(text), sql, error);
    // A deadlock victim or Galera certification failure (1213), a snapshot-isolation conflict
    // (1020): InnoDB has rolled the whole transaction back.
    if (code == QLatin1String("1213") || code == QLatin1String("1020"))
        throw ErrorBuilder::withDetails(TransactionConflictError(text), sql, error);
    if (isConnectionLost(error))
        throw ErrorBuilder::withDetails(ConnectionError(error.text()), sql, error);
    throw ErrorBuilder::withDetails(DatabaseError(text.isEmpty() ? error.text() : text), sql,
                                    error);
}

void MariaDbDialect::raiseConnectionError(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("2002") || code == QLatin1String("2003"))
        throw ErrorBuilder::withDetails(ConnectionRefusedError(error.text()), QString(), error);
    if (code == QLatin1String("1045") || code == QLatin1String("1044")
        || code == QLatin1String("1698"))
        throw ErrorBuilder::withDetails(AccessDeniedError(error.text()), QString(), error);
    if (code == QLatin1String("2005"))
        throw ErrorBuilder::withDetails(HostNotFoundError(error.text()), QString(), error);
    throw ErrorBuilder::withDetails(ConnectionError(error.text()), QString(), error);
}

} // namespace QtSequelize
