// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// MariaDB's schema, read from information_schema in the connection's database.

#include "mariadbdialect_p.h"

#include "../ddlgenerator_p.h"

namespace QtSequelize {

QString MariaDbDialect::showAllTablesQuery() const
{
    return QStringLiteral("SELECT table_name AS name FROM information_schema.tables WHERE "
                          "table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY "
                          "table_name");
}

// COLUMN_DEFAULT since MariaDB 10.2.7: NULL is the text NULL, strings are quoted literals,
// expressions are as written (current_timestamp()).
static QVariant defaultOf(const QVariant &text)
{
    return text.toString() == QLatin1String("NULL") ? QVariant() : Dialect::unquotedDefault(text);
}

QList<QPair<QString, ColumnDescription>> MariaDbDialect::describeTable(const RowReader &rows,
                                                                       const QString &table) const
{
    const QString sql = QStringLiteral(
        "SELECT column_name AS name, upper(column_type) AS type, is_nullable AS nullable, "
        "column_default AS dflt, column_key AS columnkey FROM information_schema.columns WHERE "
        "table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position");
    QList<QPair<QString, ColumnDescription>> columns;
    for (const QVariantMap &row : rows(sql, {table})) {
        columns.append(
            {row.value(QStringLiteral("name")).toString(),
             ColumnDescription(
                 row.value(QStringLiteral("type")).toString(),
                 row.value(QStringLiteral("nullable")).toString() == QLatin1String("YES"),
                 defaultOf(row.value(QStringLiteral("dflt"))),
                 row.value(QStringLiteral("columnkey")).toString() == QLatin1String("PRI"))});
    }
    return columns;
}

QList<IndexDescription> MariaDbDialect::showIndex(const RowReader &rows, const QString &table) const
{
    return indexesFromRows(
        rows(QStringLiteral(
                 "SELECT index_name AS name, column_name AS field, non_unique = 0 AS isunique, "
                 "index_name = 'PRIMARY' AS isprimary FROM information_schema.statistics "
                 "WHERE table_schema = DATABASE() AND table_name = ? "
                 "ORDER BY index_name, seq_in_index"),
             {table}));
}

// MODIFY restates the whole column.
Dialect::AlterPlan MariaDbDialect::changeColumn(const RowReader &, const DdlGenerator &ddl,
                                                const QString &table, const ColumnSpec &spec) const
{
    AlterPlan plan;
    plan.statements = {QStringLiteral("ALTER TABLE ") + quoteIdentifier(table)
                       + QStringLiteral(" MODIFY ") + ddl.columnDefinition(table, spec)};
    return plan;
}

QString MariaDbDialect::dropIndex(const QString &table, const QString &name) const
{
    return QStringLiteral("DROP INDEX ") + quoteIdentifier(name) + QStringLiteral(" ON ")
        + quoteIdentifier(table);
}

QString MariaDbDialect::currentTimestampDefault(const DataType &) const
{
    return QStringLiteral("CURRENT_TIMESTAMP(3)"); // DATETIME(3) wants its precision
}

} // namespace QtSequelize
