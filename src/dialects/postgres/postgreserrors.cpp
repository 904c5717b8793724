// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "postgresdialect_p.h"

#include "../../sql/errors_p.h"

#include <QtCore/qregularexpression.h>
#include <QtSql/qsqlerror.h>

// How PostgreSQL's errors become the library's typed errors, without the values they quote.

namespace QtSequelize {

bool PostgresDialect::isConnectionLost(const QSqlError &error) const
{
    const QString code = error.nativeErrorCode();
    return Dialect::isConnectionLost(error) || code.startsWith(QLatin1String("08"))
        || code == QLatin1String("57P01")
        || error.databaseText().contains(QLatin1String("server closed the connection"))
        || error.databaseText().contains(QLatin1String("no connection to the server"));
}

// PostgreSQL's message quotes a value it could not take ('invalid input syntax for type
// integer: "x"', 'value "x" is out of range for type integer') and a unique key's DETAIL
// repeats the key's values: each goes (a bound or stored value may be a secret), the rest of
// the message stays. The values are in the error's fields only.
static QString withoutValues(const QString &text)
{
    using RE = QRegularExpression;
    static const RE trailing(QStringLiteral(R"(: ".*"$)"), RE::DotMatchesEverythingOption);
    static const RE outOfRange(QStringLiteral(R"(\bvalue ".*" is out of range)"),
                               RE::DotMatchesEverythingOption);
    static const RE key(QStringLiteral(R"(\)=\(.*\) already exists)"),
                        RE::DotMatchesEverythingOption);
    QString primary = text.section(QLatin1Char('\n'), 0, 0);
    QString detail = text.section(QLatin1Char('\n'), 1);
    primary.replace(trailing, QStringLiteral(": \"…\""));
    primary.replace(outOfRange, QStringLiteral("value \"…\" is out of range"));
    detail.replace(key, QStringLiteral(")=(…) already exists"));
    return detail.isEmpty() ? primary : primary + QLatin1Char('\n') + detail;
}

void PostgresDialect::raiseQueryError(const QSqlError &native, const QString &sql) const
{
    const QSqlError error
        = ErrorBuilder::withDatabaseText(native, withoutValues(native.databaseText()));
    const QString code = error.nativeErrorCode();
    // The message is PostgreSQL's primary text, as Sequelize's (node-postgres's message):
    // without the severity ("ERROR:  ") and the DETAIL line.
    static const QRegularExpression severity(QStringLiteral("^[A-Z]+:  "));
    const QString text = error.databaseText().section(QLatin1Char('\n'), 0, 0).remove(severity);
    static const QRegularExpression constraintRe(QStringLiteral("constraint \"([^\"]+)\""));
    static const QRegularExpression tableRe(QStringLiteral("table \"([^\"]+)\""));
    const QString constraint = constraintRe.match(text).captured(1);
    const QString table = tableRe.match(text).captured(1);

    if (code == QLatin1String("23505")) {
        // DETAIL:  Key (a, b)=(x, y) already exists.
        static const QRegularExpression keyRe(QStringLiteral("Key \\((.*)\\)=\\((.*)\\)"));
        const QRegularExpressionMatch m = keyRe.match(native.databaseText());
        QVariantMap fields;
        QList<ValidationErrorItem> items;
        if (m.hasMatch()) {
            const QStringList columns = m.captured(1).split(QStringLiteral(", "));
            const QStringList values = m.captured(2).split(QStringLiteral(", "));
            for (qsizetype i = 0; i < columns.size(); ++i) {
                QString column = columns.at(i);
                if (column.startsWith(QLatin1Char('"')))
                    column = column.mid(1, column.size() - 2);
                fields.insert(column, values.value(i));
                items.append(ErrorBuilder::uniqueItem(column, values.value(i)));
            }
        }
        throw ErrorBuilder::withConstraint(
            ErrorBuilder::withDetails(
                UniqueConstraintError(QStringLiteral("Validation error"), items), sql, error),
            constraint, table, fields);
    }
    if (code == QLatin1String("23503"))
        throw ErrorBuilder::withConstraint(
            ErrorBuilder::withDetails(ForeignKeyConstraintError(text), sql, error), constraint,
            table, {});
    if (code == QLatin1String("23P01"))
        throw ErrorBuilder::withConstraint(
            ErrorBuilder::withDetails(ExclusionConstraintError(text), sql, error), constraint,
            table, {});
    if (code == QLatin1String("57014") || code == QLatin1String("55P03"))
        throw ErrorBuilder::withDetails(TimeoutError(text), sql, error);
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        throw ErrorBuilder::withDetails(TransactionConflictError(text), sql, error);
    if (isConnectionLost(error))
        throw ErrorBuilder::withDetails(ConnectionError(error.text()), sql, error);
    throw ErrorBuilder::withConstraint(
        ErrorBuilder::withDetails(DatabaseError(text.isEmpty() ? error.text() : text), sql, error),
        constraint, table, {});
}

void PostgresDialect::raiseConnectionError(const QSqlError &error) const
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (text.contains(QLatin1String("Connection refused")))
        throw ErrorBuilder::withDetails(ConnectionRefusedError(error.text()), QString(), error);
    // PgBouncer's words for a wrong password (SCRAM) or a user it does not know.
    if (text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("SASL authentication failed"))
        || text.contains(QLatin1String("no such user"))
        || text.contains(QLatin1String("no pg_hba.conf entry"))
        || text.contains(QLatin1String("role \"")))
        throw ErrorBuilder::withDetails(AccessDeniedError(error.text()), QString(), error);
    if (text.contains(QLatin1String("could not translate host name")))
        throw ErrorBuilder::withDetails(HostNotFoundError(error.text()), QString(), error);
    if (text.contains(QLatin1String("No route to host"))
        || text.contains(QLatin1String("Network is unreachable")))
        throw ErrorBuilder::withDetails(HostNotReachableError(error.text()), QString(), error);
    if (text.contains(QLatin1String("timeout expired")))
        throw ErrorBuilder::withDetails(ConnectionTimedOutError(error.text()), QString(), error);
    throw ErrorBuilder::withDetails(ConnectionError(error.text()), QString(), error);
}

} // namespace QtSequelize
