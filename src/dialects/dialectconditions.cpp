// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Dialect's SQL for the clauses and where operators databases spell differently (LIMIT, long IN
// lists, case-insensitive LIKE, ANY/ALL sub-queries, JSON paths), and the refusals of the
// operators a database has not; each dialect overrides what it spells its own way.

#include "dialect_p.h"

#include "../sql/statement_p.h"

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtSequelize/errors.h>

namespace QtSequelize {

void Dialect::appendLimit(Statement &statement, int limit, int offset) const
{
    if (limit >= 0) {
        statement << QLatin1StringView(" LIMIT ");
        statement.bind(limit);
    }
    if (offset >= 0) {
        statement << QLatin1StringView(" OFFSET ");
        statement.bind(offset);
    }
}

void Dialect::appendInList(Statement &statement, const Statement &left, bool negate,
                           const DataType &, const QVariantList &values) const
{
    statement.sql += left.sql;
    statement.bindings += left.bindings;
    statement << (negate ? QLatin1StringView(" NOT IN (") : QLatin1StringView(" IN ("));
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            statement << QLatin1StringView(", ");
        statement.bind(values.at(i));
    }
    statement << ')';
}

void Dialect::appendILike(Statement &statement, const Statement &left, bool negate,
                          const Statement &pattern) const
{
    statement << QLatin1StringView("LOWER(") << left.sql << QLatin1StringView(")");
    statement.bindings += left.bindings;
    statement << (negate ? QLatin1StringView(" NOT LIKE LOWER(")
                         : QLatin1StringView(" LIKE LOWER("));
    statement << pattern.sql << ')';
    statement.bindings += pattern.bindings;
}

void Dialect::appendQuantifiedSubquery(Statement &statement, const Statement &left,
                                       Where::Operator op, bool all, const QString &subquery) const
{
    QLatin1StringView sqlOp;
    switch (op) {
    case Where::Eq:
        sqlOp = QLatin1StringView(" = ");
        break;
    case Where::Ne:
        sqlOp = QLatin1StringView(" <> ");
        break;
    case Where::Gt:
        sqlOp = QLatin1StringView(" > ");
        break;
    case Where::Gte:
        sqlOp = QLatin1StringView(" >= ");
        break;
    case Where::Lt:
        sqlOp = QLatin1StringView(" < ");
        break;
    case Where::Lte:
        sqlOp = QLatin1StringView(" <= ");
        break;
    case Where::Like:
    case Where::NotLike:
    case Where::ILike:
    case Where::NotILike:
        if (quantifiesPatterns()) {
            sqlOp = op == Where::Like  ? QLatin1StringView(" LIKE ")
                : op == Where::NotLike ? QLatin1StringView(" NOT LIKE ")
                : op == Where::ILike   ? QLatin1StringView(" ILIKE ")
                                       : QLatin1StringView(" NOT ILIKE ");
            break;
        }
        [[fallthrough]];
    default:
        throw DefinitionError(
            QStringLiteral("Op.any/Op.all with a sub-query take only comparisons on %1")
                .arg(name()));
    }
    statement.sql += left.sql;
    statement.bindings += left.bindings;
    statement << sqlOp << (all ? QLatin1StringView("ALL (") : QLatin1StringView("ANY ("))
              << subquery << ')';
}

void Dialect::appendRegexp(Statement &, const Statement &, bool, bool, const QString &) const
{
    throw DefinitionError(
        QStringLiteral("Regular expressions are not supported on %1").arg(name()));
}

QVariant Dialect::jsonPathValue(const QVariant &value, JsonCast) const
{
    return value;
}

void Dialect::appendContains(Statement &, const QString &, const DataType &, const QVariant &) const
{
    throw DefinitionError(QStringLiteral("Op.contains is not supported on %1").arg(name()));
}

void Dialect::appendContained(Statement &, const QString &, const DataType &,
                              const QVariant &) const
{
    throw DefinitionError(QStringLiteral("Op.contained is not supported on %1").arg(name()));
}

void Dialect::appendOverlap(Statement &, const QString &, const DataType &, const QVariant &) const
{
    throw DefinitionError(QStringLiteral("Op.overlap is not supported on %1").arg(name()));
}

// "$."a"."b"": MariaDB's JSON path syntax, with every key quoted. MariaDB matches a key as
// the JSON text spells it: each is escaped as Qt writes it into the JSON (\" \\ \t \u0001).
QString Dialect::jsonDollarPath(const QStringList &path)
{
    QString text = QStringLiteral("$");
    for (const QString &key : path)
        text += QStringLiteral(".\"") + jsonSpelledKey(key) + QLatin1Char('"');
    return text;
}

QString Dialect::jsonSpelledKey(const QString &key)
{
    const QByteArray json = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(2, json.size() - 4)); // without [" and "]
}

} // namespace QtSequelize
