// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// SQLite's schema, read through its PRAGMAs (which cannot bind: names are quoted instead).

#include "sqlitedialect_p.h"

#include "../ddlgenerator_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qmap.h>

namespace QtSequelize {

QString SqliteDialect::showAllTablesQuery() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite\\_%' ESCAPE '\\' ORDER BY name");
}

QList<QPair<QString, ColumnDescription>> SqliteDialect::describeTable(const RowReader &rows,
                                                                      const QString &table) const
{
    QList<QPair<QString, ColumnDescription>> columns;
    for (const QVariantMap &row :
         rows(QStringLiteral("PRAGMA table_info(%1)").arg(quoteIdentifier(table)), {})) {
        const bool primaryKey = row.value(QStringLiteral("pk")).toInt() > 0;
        columns.append({row.value(QStringLiteral("name")).toString(),
                        ColumnDescription(
                            row.value(QStringLiteral("type")).toString().toUpper(),
                            !row.value(QStringLiteral("notnull")).toBool() && !primaryKey,
                            unquotedDefault(row.value(QStringLiteral("dflt_value"))), primaryKey)});
    }
    return columns;
}

QList<IndexDescription> SqliteDialect::showIndex(const RowReader &rows, const QString &table) const
{
    QList<IndexDescription> indexes;
    for (const QVariantMap &index :
         rows(QStringLiteral("PRAGMA index_list(%1)").arg(quoteIdentifier(table)), {})) {
        const QString name = index.value(QStringLiteral("name")).toString();
        QStringList fields;
        for (const QVariantMap &column :
             rows(QStringLiteral("PRAGMA index_info(%1)").arg(quoteIdentifier(name)), {}))
            fields.append(column.value(QStringLiteral("name")).toString());
        indexes.append(IndexDescription(
            name, fields, index.value(QStringLiteral("unique")).toBool(),
            index.value(QStringLiteral("origin")).toString() == QLatin1String("pk")));
    }
    std::sort(
        indexes.begin(), indexes.end(),
        [](const IndexDescription &a, const IndexDescription &b) { return a.name() < b.name(); });
    return indexes;
}

QList<QVariantMap> SqliteDialect::showConstraint(const RowReader &rows, const QString &table) const
{
    QList<QVariantMap> constraints;
    for (const QVariantMap &index :
         rows(QStringLiteral("PRAGMA index_list(%1)").arg(quoteIdentifier(table)), {})) {
        const QString origin = index.value(QStringLiteral("origin")).toString();
        if (!index.value(QStringLiteral("unique")).toBool())
            continue;
        constraints.append({{QStringLiteral("constraintName"), index.value(QStringLiteral("name"))},
                            {QStringLiteral("constraintType"),
                             origin == QLatin1String("pk") ? QStringLiteral("PRIMARY KEY")
                                                           : QStringLiteral("UNIQUE")},
                            {QStringLiteral("tableName"), table}});
    }
    std::sort(constraints.begin(), constraints.end(),
              [](const QVariantMap &a, const QVariantMap &b) {
                  return a.value(QStringLiteral("constraintName")).toString()
                      < b.value(QStringLiteral("constraintName")).toString();
              });
    return constraints;
}

QString SqliteDialect::dropConstraint(const QString &, const QString &name,
                                      const QString &type) const
{
    if (type != QLatin1String("UNIQUE"))
        throw DefinitionError(QStringLiteral("SQLite cannot drop a %1 constraint from an existing "
                                             "table")
                                  .arg(type));
    return QStringLiteral("DROP INDEX ") + quoteIdentifier(name);
}

// A table's foreign keys (one clause per constraint id, actions as SQLite keeps them) and UNIQUE
// constraints (from their automatic indexes), as clauses of a rebuilt table.
static QStringList keptConstraints(const SqliteDialect &dialect, const Dialect::RowReader &rows,
                                   const QString &quotedTable)
{
    auto quoteIdentifier = [&](const QString &name) { return dialect.quoteIdentifier(name); };
    QStringList definitions;
    QMap<int, QVariantMap> foreignKeys;
    QMap<int, QPair<QStringList, QStringList>> foreignColumns;
    for (const QVariantMap &row :
         rows(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quotedTable), {})) {
        const int id = row.value(QStringLiteral("id")).toInt();
        foreignKeys.insert(id, row);
        foreignColumns[id].first.append(
            quoteIdentifier(row.value(QStringLiteral("from")).toString()));
        foreignColumns[id].second.append(
            quoteIdentifier(row.value(QStringLiteral("to")).toString()));
    }
    for (auto it = foreignKeys.cbegin(); it != foreignKeys.cend(); ++it) {
        definitions.append(
            QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3) ON UPDATE %4 ON DELETE %5")
                .arg(foreignColumns.value(it.key()).first.join(QStringLiteral(", ")),
                     quoteIdentifier(it->value(QStringLiteral("table")).toString()),
                     foreignColumns.value(it.key()).second.join(QStringLiteral(", ")),
                     it->value(QStringLiteral("on_update")).toString(),
                     it->value(QStringLiteral("on_delete")).toString()));
    }
    // UNIQUE constraints (their automatic indexes) come back as constraints.
    for (const QVariantMap &index :
         rows(QStringLiteral("PRAGMA index_list(%1)").arg(quotedTable), {})) {
        if (index.value(QStringLiteral("origin")).toString() != QLatin1String("u"))
            continue;
        QStringList fields;
        for (const QVariantMap &column :
             rows(QStringLiteral("PRAGMA index_info(%1)")
                      .arg(quoteIdentifier(index.value(QStringLiteral("name")).toString())),
                  {}))
            fields.append(quoteIdentifier(column.value(QStringLiteral("name")).toString()));
        definitions.append(QStringLiteral("UNIQUE (") + fields.join(QStringLiteral(", "))
                           + QLatin1Char(')'));
    }
    return definitions;
}

// SQLite cannot alter a column: the table is rebuilt (SQLite's documented twelve steps), with
// its rows, keys, unique constraints, foreign keys and indexes, with foreign keys off.
Dialect::AlterPlan SqliteDialect::changeColumn(const RowReader &rows, const DdlGenerator &ddl,
                                               const QString &table, const ColumnSpec &spec) const
{
    const QString quotedTable = quoteIdentifier(table);
    const QList<QVariantMap> columns
        = rows(QStringLiteral("PRAGMA table_info(%1)").arg(quotedTable), {});
    const QString createSql
        = rows(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
               {table})
              .value(0)
              .value(QStringLiteral("sql"))
              .toString();
    int keyColumns = 0;
    for (const QVariantMap &row : columns)
        keyColumns += row.value(QStringLiteral("pk")).toInt() > 0 ? 1 : 0;
    const bool autoIncrement = keyColumns == 1
        && createSql.contains(QLatin1String("AUTOINCREMENT"), Qt::CaseInsensitive);

    QStringList definitions;
    QStringList names;
    QMap<int, QString> primaryKey;
    bool found = false;
    bool inlineKey = false; // INTEGER PRIMARY KEY AUTOINCREMENT, written on its column
    for (const QVariantMap &row : columns) {
        const QString name = row.value(QStringLiteral("name")).toString();
        const int pk = row.value(QStringLiteral("pk")).toInt();
        names.append(quoteIdentifier(name));
        if (pk > 0)
            primaryKey.insert(pk, quoteIdentifier(name));
        if (name == spec.field) {
            found = true;
            bool inlined = false;
            definitions.append(ddl.columnDefinition(table, spec, &inlined));
            inlineKey = inlineKey || inlined;
            continue;
        }
        // The other columns exactly as SQLite keeps them (type, NOT NULL, default as SQL text).
        QString definition = quoteIdentifier(name) + QLatin1Char(' ')
            + row.value(QStringLiteral("type")).toString();
        if (pk > 0 && autoIncrement) {
            definition += QStringLiteral(" PRIMARY KEY AUTOINCREMENT");
            inlineKey = true;
        } else if (row.value(QStringLiteral("notnull")).toBool())
            definition += QStringLiteral(" NOT NULL");
        if (!row.value(QStringLiteral("dflt_value")).isNull())
            definition
                += QStringLiteral(" DEFAULT ") + row.value(QStringLiteral("dflt_value")).toString();
        definitions.append(definition);
    }
    if (!found)
        throw DatabaseError(
            QStringLiteral("No column \"%1\" in table \"%2\"").arg(spec.field, table));
    if (!primaryKey.isEmpty() && !inlineKey)
        definitions.append(QStringLiteral("PRIMARY KEY (")
                           + QStringList(primaryKey.values()).join(QStringLiteral(", "))
                           + QLatin1Char(')'));

    definitions += keptConstraints(*this, rows, quotedTable);
    // Indexes created by CREATE INDEX, as written.
    QStringList indexes;
    for (const QVariantMap &row :
         rows(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL"),
              {table}))
        indexes.append(row.value(QStringLiteral("sql")).toString());

    const QString rebuilt = quoteIdentifier(table + QStringLiteral("__qsq_rebuild"));
    const QString columnList = names.join(QStringLiteral(", "));
    QStringList statements{
        QStringLiteral("CREATE TABLE ") + rebuilt + QStringLiteral(" (")
            + definitions.join(QStringLiteral(", ")) + QLatin1Char(')'),
        QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3")
            .arg(rebuilt, columnList, quotedTable),
        QStringLiteral("DROP TABLE ") + quotedTable,
        QStringLiteral("ALTER TABLE ") + rebuilt + QStringLiteral(" RENAME TO ") + quotedTable,
    };
    statements += indexes;
    // Inside a transaction SQLite ignores foreign_keys = OFF, and dropping the old table would
    // then run its ON DELETE actions on the rows that reference it: refuse instead.
    return {{QStringLiteral("PRAGMA foreign_keys = OFF")},
            statements,
            {QStringLiteral("PRAGMA foreign_keys = ON")},
            QStringLiteral("PRAGMA foreign_keys"),
            QStringLiteral("SQLite cannot change a column of \"%1\" inside a transaction: it "
                           "rebuilds the table, which needs foreign keys off")
                .arg(table)};
}

QString SqliteDialect::currentTimestampDefault(const DataType &) const
{
    return QStringLiteral("CURRENT_TIMESTAMP");
}

} // namespace QtSequelize
