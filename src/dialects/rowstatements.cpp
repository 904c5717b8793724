// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "rowstatements_p.h"

namespace QtSequelize {

Statement RowStatements::insert(const QString &quotedTable, const QStringList &quotedColumns,
                                qsizetype rows, const ValueWriter &value) const
{
    Statement statement;
    statement << QLatin1StringView("INSERT INTO ") << quotedTable;
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

} // namespace QtSequelize
