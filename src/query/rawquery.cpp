// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "../dialects/dialect_p.h"
#include "rawquery_p.h"
#include <QtSql/qsqlfield.h>
#include <QtSql/qsqlquery.h>
#include <QtSql/qsqlrecord.h>

#include <functional>

#include <QtSequelize/errors.h>

namespace QtSequelize {

static bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

static void bindReplacement(Statement &out, const QVariant &value)
{
    const int id = value.metaType().id();
    if (id == QMetaType::QVariantList || id == QMetaType::QStringList) {
        const QVariantList list = value.toList();
        if (list.isEmpty()) {
            out << QLatin1StringView("NULL"); // IN (NULL) matches nothing, as Sequelize
            return;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                out << QLatin1StringView(", ");
            out.bind(list.at(i));
        }
        return;
    }
    out.bind(value);
}

Statement bindRawQuery(const QString &sql, const QVariant &replacements, const QVariant &bind)
{
    const bool namedReplacements = replacements.metaType().id() == QMetaType::QVariantMap;
    const QVariantMap named = replacements.toMap();
    const QVariantList positional = namedReplacements ? QVariantList() : replacements.toList();
    const QVariantMap bindNamed = bind.toMap();
    const QVariantList bindPositional
        = bind.metaType().id() == QMetaType::QVariantMap ? QVariantList() : bind.toList();
    const bool hasReplacements = replacements.isValid();
    const bool hasBind = bind.isValid();
    qsizetype nextPositional = 0;

    Statement out;
    out.sql.reserve(sql.size());
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        // Quoted text and identifiers are copied as they are.
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                if (sql.at(j) == QLatin1Char('\\') && c == QLatin1Char('\'') && j + 1 < n) {
                    j += 2;
                    continue;
                }
                ++j;
            }
            out.sql += sql.mid(i, j - i + 1);
            i = j;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            out.sql += sql.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char(':') && hasReplacements && namedReplacements) {
            if (i + 1 < n && sql.at(i + 1) == QLatin1Char(':')) { // ::cast
                out.sql += QLatin1String("::");
                ++i;
                continue;
            }
            if (i > 0 && sql.at(i - 1) == QLatin1Char(':')) {
                out.sql += c;
                continue;
            }
            qsizetype j = i + 1;
            while (j < n && isNameChar(sql.at(j)))
                ++j;
            if (j > i + 1) {
                const QString name = sql.mid(i + 1, j - i - 1);
                if (!named.contains(name)) // Sequelize's (plain Error) message
                    throw BaseError(QStringLiteral("Named replacement \":%1\" has no entry in "
                                                   "the replacements object")
                                        .arg(name));
                bindReplacement(out, named.value(name));
                i = j - 1;
                continue;
            }
        }
        if (c == QLatin1Char('?') && hasReplacements && !namedReplacements) {
            if (nextPositional >= positional.size())
                throw BaseError(QStringLiteral("Positional replacement (?) %1 has no entry in the "
                                               "replacements object")
                                    .arg(nextPositional));
            bindReplacement(out, positional.at(nextPositional++));
            continue;
        }
        if (c == QLatin1Char('$') && hasBind) {
            qsizetype j = i + 1;
            while (j < n && isNameChar(sql.at(j)))
                ++j;
            if (j > i + 1) {
                const QString name = sql.mid(i + 1, j - i - 1);
                bool isIndex = false;
                const int index = name.toInt(&isIndex);
                if (isIndex) {
                    if (index < 1 || index > bindPositional.size())
                        throw DefinitionError(
                            QStringLiteral("Bind parameter $%1 has no value").arg(name));
                    out.bind(bindPositional.at(index - 1));
                } else {
                    if (!bindNamed.contains(name))
                        throw DefinitionError(
                            QStringLiteral("Bind parameter $%1 has no value").arg(name));
                    out.bind(bindNamed.value(name));
                }
                i = j - 1;
                continue;
            }
        }
        out.sql += c;
    }
    return out;
}

// {"a.b": 1, "a.c": 2, "d": 3} -> {"a": {"b": 1, "c": 2}, "d": 3}
QVariantMap nestRawKeys(const QVariantMap &flat)
{
    QVariantMap nested;
    for (auto it = flat.cbegin(); it != flat.cend(); ++it) {
        const QStringList path = it.key().split(QLatin1Char('.'));
        std::function<void(QVariantMap &, qsizetype)> insert = [&](QVariantMap &map, qsizetype i) {
            if (i == path.size() - 1) {
                map.insert(path.at(i), it.value());
                return;
            }
            QVariantMap child = map.value(path.at(i)).toMap();
            insert(child, i + 1);
            map.insert(path.at(i), child);
        };
        insert(nested, 0);
    }
    return nested;
}

QList<QVariantMap> readRawRows(QSqlQuery &query, const Dialect &dialect, bool nest, bool first)
{
    const QSqlRecord record = query.record();
    QStringList names;
    QList<QSqlField> fields; // read once, not per row
    QList<bool> converted; // the columns whose values the dialect may change
    for (int i = 0; i < record.count(); ++i) {
        names.append(record.fieldName(i));
        fields.append(record.field(i));
        converted.append(dialect.convertsRawColumn(fields.last()));
    }
    QList<QVariantMap> rows;
    while (dialect.nextRow(query)) {
        QVariantMap row;
        for (int i = 0; i < names.size(); ++i) {
            const QVariant value = query.value(i);
            row.insert(names.at(i),
                       converted.at(i) ? dialect.fromRawColumn(value, fields.at(i)) : value);
        }
        rows.append(nest ? nestRawKeys(row) : row);
        if (first)
            break;
    }
    return rows;
}

} // namespace QtSequelize
