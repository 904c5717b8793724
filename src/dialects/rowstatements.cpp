// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "rowstatements_p.h"

namespace QtSequelize {

Statement RowStatements::insert(const QString &quotedTable, const QStringList &quotedColumns,
                                qsizetype rows, const ValueWriter &value,
                                bool ignoreDuplicates) const
{
    Statement statement;
    statement << m_dialect.insertInto(ignoreDuplicates) << quotedTable;
    if (quotedColumns.isEmpty()) {
        statement << m_dialect.insertDefaultValues();
        return statement;
    }
    statement << QLatin1StringView(" (");
    for (qsizetype i = 0; i < quotedColumns.size(); ++i) {
        if (i)
            statement << QLatin1StringView(", ");
        statement << quotedColumns.at(i);
    }
    statement << QLatin1StringView(") VALUES ");
    statement.bindings.reserve(rows * quotedColumns.size());
    for (qsizetype r = 0; r < rows; ++r) {
        statement << (r ? QLatin1StringView(", (") : QLatin1StringView("("));
        for (qsizetype i = 0; i < quotedColumns.size(); ++i) {
            if (i)
                statement << QLatin1StringView(", ");
            value(statement, r, i);
        }
        statement << ')';
    }
    return statement;
}

QList<Statement> RowStatements::insertRows(const TableName &table,
                                           const QList<QVariantMap> &rows) const
{
    QStringList columns;
    for (const QVariantMap &row : rows) {
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!columns.contains(it.key()))
                columns.append(it.key());
        }
    }
    QStringList quoted;
    for (const QString &column : std::as_const(columns))
        quoted.append(m_dialect.quoteIdentifier(column));
    const QString quotedTable = m_dialect.quoteTable(table);
    const int chunk = m_dialect.rowsPerInsert(columns.size());
    QList<Statement> statements;
    for (qsizetype start = 0; start < rows.size(); start += chunk) {
        const qsizetype count = qMin<qsizetype>(chunk, rows.size() - start);
        statements.append(insert(
            quotedTable, quoted, count, [&](Statement &statement, qsizetype row, qsizetype column) {
                statement.bind(
                    m_dialect.rawBinding(rows.at(start + row).value(columns.at(column))));
            }));
    }
    return statements;
}

Statement RowStatements::updateRows(const TableName &table, const QVariantMap &values,
                                    const QVariantMap &where) const
{
    Statement statement;
    QStringList sets;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        sets.append(m_dialect.quoteIdentifier(it.key()) + QStringLiteral(" = ?"));
        statement.bindings.append(m_dialect.rawBinding(*it));
    }
    statement.sql = QStringLiteral("UPDATE ") + m_dialect.quoteTable(table)
        + QStringLiteral(" SET ") + sets.join(QStringLiteral(", "));
    appendEqualities(statement, where);
    return statement;
}

Statement RowStatements::deleteRows(const TableName &table, const QVariantMap &where) const
{
    Statement statement;
    statement.sql = QStringLiteral("DELETE FROM ") + m_dialect.quoteTable(table);
    appendEqualities(statement, where);
    return statement;
}

// WHERE of a column → value map: null is IS NULL, a list is IN, anything else =.
void RowStatements::appendEqualities(Statement &statement, const QVariantMap &where) const
{
    QStringList parts;
    for (auto it = where.cbegin(); it != where.cend(); ++it) {
        const QString column = m_dialect.quoteIdentifier(it.key());
        if (it->isNull()) {
            parts.append(column + QStringLiteral(" IS NULL"));
        } else if (it->metaType() == QMetaType::fromType<QVariantList>()
                   || it->metaType() == QMetaType::fromType<QStringList>()) {
            const QVariantList values = it->toList();
            if (values.isEmpty()) {
                parts.append(QStringLiteral("1 = 0"));
                continue;
            }
            QStringList marks;
            for (const QVariant &value : values) {
                marks.append(QStringLiteral("?"));
                statement.bindings.append(m_dialect.rawBinding(value));
            }
            parts.append(column + QStringLiteral(" IN (") + marks.join(QStringLiteral(", "))
                         + QLatin1Char(')'));
        } else {
            parts.append(column + QStringLiteral(" = ?"));
            statement.bindings.append(m_dialect.rawBinding(*it));
        }
    }
    if (!parts.isEmpty())
        statement.sql += QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace QtSequelize
