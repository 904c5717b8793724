// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// SQLite's schema, read through its PRAGMAs (which cannot bind: names are quoted instead).

#include "sqlitedialect_p.h"

#include "../ddlgenerator_p.h"
#include "sqlitetablesql_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qmap.h>
#include <QtCore/qregularexpression.h>

namespace QtSequelize {

QString SqliteDialect::showAllTablesQuery() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite\\_%' ESCAPE '\\' ORDER BY name");
}

// Without schemas, a model's schema is the prefix of its table's name ("schema.table").
static QString prefixedTablesQuery()
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite\\_%' ESCAPE '\\' AND instr(name, '.') > 0 ORDER BY name");
}

void SqliteDialect::refuseDatabases()
{
    // As Sequelize CLI, which has no db:create/db:drop for SQLite: the file is the database
    // (created when first opened).
    throw DefinitionError(QStringLiteral("SQLite creates its database file when it opens it; "
                                         "there is no CREATE or DROP DATABASE"));
}

QStringList SqliteDialect::dropSchemaStatements(const RowReader &rows, const QString &schema) const
{
    QStringList statements;
    const QString prefix = schema + QLatin1Char('.');
    for (const QVariantMap &row : rows(prefixedTablesQuery(), {})) {
        const QString table = row.value(QStringLiteral("name")).toString();
        if (table.startsWith(prefix))
            statements.append(dropTable(TableName(table)));
    }
    return statements;
}

QList<QString> SqliteDialect::showAllSchemas(const RowReader &rows) const
{
    QList<QString> schemas;
    for (const QVariantMap &row : rows(prefixedTablesQuery(), {})) {
        const QString table = row.value(QStringLiteral("name")).toString();
        const QString schema = table.left(table.indexOf(QLatin1Char('.')));
        if (!schemas.contains(schema))
            schemas.append(schema);
    }
    return schemas;
}

QList<QPair<QString, ColumnDescription>> SqliteDialect::describeTable(const RowReader &rows,
                                                                      const TableName &table) const
{
    QList<QPair<QString, ColumnDescription>> columns;
    int keyColumns = 0;
    for (const QVariantMap &row :
         rows(QStringLiteral("PRAGMA table_info(%1)").arg(quoteTable(table)), {})) {
        const bool primaryKey = row.value(QStringLiteral("pk")).toInt() > 0;
        keyColumns += primaryKey ? 1 : 0;
        columns.append({row.value(QStringLiteral("name")).toString(),
                        ColumnDescription(
                            row.value(QStringLiteral("type")).toString().toUpper(),
                            !row.value(QStringLiteral("notnull")).toBool() && !primaryKey,
                            unquotedDefault(row.value(QStringLiteral("dflt_value"))), primaryKey)});
    }
    // The one INTEGER PRIMARY KEY is the rowid, which SQLite numbers.
    for (auto &[name, column] : columns) {
        if (keyColumns == 1 && column.isPrimaryKey() && column.type() == QLatin1String("INTEGER"))
            column.setAutoIncrement(true);
    }
    return columns;
}

QList<IndexDescription> SqliteDialect::showIndex(const RowReader &rows,
                                                 const TableName &table) const
{
    QList<IndexDescription> indexes;
    for (const QVariantMap &index :
         rows(QStringLiteral("PRAGMA index_list(%1)").arg(quoteTable(table)), {})) {
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

// The CREATE TABLE statement SQLite keeps for \a table.
static QString tableSql(const Dialect::RowReader &rows, const TableName &table)
{
    return rows(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
                {table.name})
        .value(0)
        .value(QStringLiteral("sql"))
        .toString();
}

// The table's own SQL, read into items (DatabaseError when it cannot be).
static SqliteTableSql readTable(const Dialect::RowReader &rows, const TableName &table,
                                const Dialect::Lexicon &lexicon)
{
    SqliteTableSql parsed(tableSql(rows, table), lexicon);
    if (!parsed.isValid())
        throw DatabaseError(
            QStringLiteral("The definition of table \"%1\" could not be read").arg(table.name));
    return parsed;
}

// The column definitions as the table's SQL writes them (SQLite keeps the text: an ENUM's CHECK
// is part of it), without the column's name, its REFERENCES clause and its UNIQUE (a unique
// constraint is compared on its own, as the other databases' signatures have none).
QMap<QString, QString> SqliteDialect::columnSignatures(const RowReader &rows,
                                                       const TableName &table) const
{
    static const QRegularExpression references(
        QStringLiteral("\\s+REFERENCES\\s.*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QMap<QString, QString> signatures;
    for (const QString &item : readTable(rows, table, lexicon()).items()) {
        const QString column = SqliteTableSql::columnOf(item, lexicon());
        if (column.isEmpty())
            continue;
        QString definition = item.trimmed();
        const QString quoted = quoteIdentifier(column);
        definition = definition.startsWith(quoted)
            ? definition.mid(quoted.size())
            : definition.mid(definition.indexOf(QLatin1Char(' ')) + 1);
        static const QRegularExpression unique(QStringLiteral("(^|\\s)UNIQUE(?=\\s|$)"),
                                               QRegularExpression::CaseInsensitiveOption);
        signatures.insert(column, definition.remove(references).remove(unique).simplified());
    }
    return signatures;
}

QList<QVariantMap> SqliteDialect::showConstraint(const RowReader &rows,
                                                 const TableName &table) const
{
    QList<QVariantMap> constraints;
    // Named CHECK, FOREIGN KEY and PRIMARY KEY constraints, from the table's own SQL.
    bool namedKey = false;
    const SqliteTableSql parsed(tableSql(rows, table), lexicon());
    for (const QString &item : parsed.items()) {
        const QString name = SqliteTableSql::constraintName(item, lexicon());
        const QString type = SqliteTableSql::constraintType(item, lexicon());
        if (name.isEmpty() || type.isEmpty() || type == QLatin1String("UNIQUE"))
            continue;
        namedKey = namedKey || type == QLatin1String("PRIMARY KEY");
        constraints.append({{QStringLiteral("constraintName"), name},
                            {QStringLiteral("constraintType"), type},
                            {QStringLiteral("tableName"), table.name}});
    }
    for (const QVariantMap &index :
         rows(QStringLiteral("PRAGMA index_list(%1)").arg(quoteTable(table)), {})) {
        const QString origin = index.value(QStringLiteral("origin")).toString();
        if (!index.value(QStringLiteral("unique")).toBool()
            || (namedKey && origin == QLatin1String("pk")))
            continue;
        constraints.append({{QStringLiteral("constraintName"), index.value(QStringLiteral("name"))},
                            {QStringLiteral("constraintType"),
                             origin == QLatin1String("pk") ? QStringLiteral("PRIMARY KEY")
                                                           : QStringLiteral("UNIQUE")},
                            {QStringLiteral("tableName"), table.name}});
    }
    std::sort(constraints.begin(), constraints.end(),
              [](const QVariantMap &a, const QVariantMap &b) {
                  return a.value(QStringLiteral("constraintName")).toString()
                      < b.value(QStringLiteral("constraintName")).toString();
              });
    return constraints;
}

QList<QVariantMap> SqliteDialect::foreignKeyReferences(const RowReader &rows,
                                                       const TableName &table) const
{
    // SQLite names no foreign key: the constraint's name is the table's, its id and column.
    QList<QVariantMap> references;
    for (const QVariantMap &key :
         rows(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoteTable(table)), {})) {
        const QString column = key.value(QStringLiteral("from")).toString();
        references.append(
            {{QStringLiteral("constraintName"),
              QStringLiteral("%1_%2_%3_fk")
                  .arg(table.name, key.value(QStringLiteral("id")).toString(), column)},
             {QStringLiteral("tableName"), table.name},
             {QStringLiteral("tableSchema"), QVariant()},
             {QStringLiteral("columnName"), column},
             {QStringLiteral("referencedTableName"), key.value(QStringLiteral("table"))},
             {QStringLiteral("referencedTableSchema"), QVariant()},
             {QStringLiteral("referencedColumnName"), key.value(QStringLiteral("to"))}});
    }
    return references;
}

QStringList SqliteDialect::foreignKeyChecksOff() const
{
    return {QStringLiteral("PRAGMA foreign_keys = OFF")};
}

QStringList SqliteDialect::foreignKeyChecksOn() const
{
    return {QStringLiteral("PRAGMA foreign_keys = ON")};
}

QString SqliteDialect::dropConstraint(const TableName &, const QString &name,
                                      const QString &type) const
{
    if (type != QLatin1String("UNIQUE"))
        throw DefinitionError(QStringLiteral("SQLite cannot drop a %1 constraint from an existing "
                                             "table")
                                  .arg(type));
    return QStringLiteral("DROP INDEX ") + quoteIdentifier(name);
}

// SQLite cannot alter a column: the table is rebuilt (SQLite's documented twelve steps), with
// its rows, constraints and indexes, with foreign keys off.
Dialect::AlterPlan SqliteDialect::changeColumn(const RowReader &rows, const DdlGenerator &ddl,
                                               const TableName &table, const ColumnSpec &spec) const
{
    const QString quotedTable = quoteTable(table);
    const QList<QVariantMap> columns
        = rows(QStringLiteral("PRAGMA table_info(%1)").arg(quotedTable), {});
    // Every other column and table constraint stays as written (CHECKs, COLLATE, generated
    // columns, keys); the changed column gets its new definition and keeps its own CHECK,
    // COLLATE, REFERENCES and UNIQUE clauses.
    const SqliteTableSql parsed = readTable(rows, table, lexicon());
    QStringList definitions;
    bool found = false;
    bool inlined = false; // the new definition says PRIMARY KEY (INTEGER ... AUTOINCREMENT)
    bool wasKey = false; // the old one did
    qsizetype tableKey = -1; // a PRIMARY KEY (...) table constraint
    for (const QString &item : parsed.items()) {
        const QString column = SqliteTableSql::columnOf(item, lexicon());
        if (column.isEmpty() && SqliteTableSql::isPrimaryKeyConstraint(item, lexicon()))
            tableKey = definitions.size();
        if (column != spec.field) {
            definitions.append(item);
            continue;
        }
        found = true;
        // Not the CHECK that made the old type an ENUM (columnType()): the new type says
        // what the column takes now (it used to stay, and refused the new values).
        const QRegularExpression enumCheck(QStringLiteral("CHECK \\(")
                                           + QRegularExpression::escape(quoteIdentifier(spec.field))
                                           + QStringLiteral(" IN \\(('([^']|'')*',?)*\\)\\)"));
        const QString kept = SqliteTableSql::keptColumnClauses(item, lexicon(), &wasKey)
                                 .remove(enumCheck)
                                 .trimmed();
        const QString definition = ddl.columnDefinition(table, spec, &inlined);
        definitions.append(kept.isEmpty() ? definition : definition + QLatin1Char(' ') + kept);
    }
    if (!found)
        throw DatabaseError(
            QStringLiteral("No column \"%1\" in table \"%2\"").arg(spec.field, table.name));
    if (inlined && tableKey >= 0)
        definitions.removeAt(tableKey); // the key is now written on the column
    else if (wasKey && !inlined && tableKey < 0)
        definitions.append(QStringLiteral("PRIMARY KEY (") + quoteIdentifier(spec.field)
                           + QLatin1Char(')'));
    return rebuildPlan(rows, table, definitions, parsed.options(), columns);
}

// SQLite's DROP COLUMN refuses a column that is a key, unique, indexed or in a foreign key:
// such a column goes with a rebuild of the table without it, without the table constraints
// and indexes on it (as PostgreSQL drops them with the column). A column other tables' keys
// reference is refused, as PostgreSQL refuses it.
Dialect::AlterPlan SqliteDialect::removeColumn(const RowReader &rows, const TableName &table,
                                               const QString &column) const
{
    QList<QVariantMap> columns
        = rows(QStringLiteral("PRAGMA table_info(%1)").arg(quoteTable(table)), {});
    const auto it = std::find_if(columns.cbegin(), columns.cend(), [&](const QVariantMap &row) {
        return row.value(QStringLiteral("name")).toString() == column;
    });
    if (it == columns.cend())
        throw DatabaseError(
            QStringLiteral("No column \"%1\" in table \"%2\"").arg(column, table.name));
    bool plain = it->value(QStringLiteral("pk")).toInt() == 0;
    columns.erase(it);
    QStringList indexed;
    for (const QVariantMap &index :
         rows(QStringLiteral("PRAGMA index_list(%1)").arg(quoteTable(table)), {})) {
        const QString name = index.value(QStringLiteral("name")).toString();
        for (const QVariantMap &part :
             rows(QStringLiteral("PRAGMA index_info(%1)").arg(quoteIdentifier(name)), {})) {
            if (part.value(QStringLiteral("name")).toString() == column)
                indexed.append(name);
        }
    }
    plain = plain && indexed.isEmpty();
    for (const QVariantMap &key :
         rows(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoteTable(table)), {}))
        plain = plain && key.value(QStringLiteral("from")).toString() != column;
    const QString referencing = referencingTable(rows, table, column);
    if (!referencing.isEmpty())
        throw DatabaseError(QStringLiteral("Cannot drop column \"%1\" of table \"%2\": a foreign "
                                           "key of \"%3\" references it")
                                .arg(column, table.name, referencing));
    if (plain)
        return Dialect::removeColumn(rows, table, column);
    const SqliteTableSql parsed = readTable(rows, table, lexicon());
    QStringList definitions;
    for (const QString &item : parsed.items()) {
        if (SqliteTableSql::columnOf(item, lexicon()) != column
            && !SqliteTableSql::constraintColumns(item, lexicon()).contains(column))
            definitions.append(item);
    }
    return rebuildPlan(rows, table, definitions, parsed.options(), columns, indexed);
}

QString SqliteDialect::referencingTable(const RowReader &rows, const TableName &table,
                                        const QString &column) const
{
    for (const QVariantMap &other :
         rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), {})) {
        const QString name = other.value(QStringLiteral("name")).toString();
        if (column.isEmpty() && name == table.name)
            continue; // a table's reference to itself goes with it
        for (const QVariantMap &key :
             rows(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoteIdentifier(name)), {})) {
            if (key.value(QStringLiteral("table"))
                        .toString()
                        .compare(table.name, Qt::CaseInsensitive)
                    == 0
                && (column.isEmpty() || key.value(QStringLiteral("to")).toString() == column))
                return name;
        }
    }
    return QString();
}

// The rebuild of \a table as \a definitions (its items) and \a options: a new table, the rows
// copied, the old one dropped and the new one renamed, its CREATE INDEX statements again; with
// foreign keys off, outside a transaction (SQLite ignores foreign_keys there).
Dialect::AlterPlan SqliteDialect::rebuildPlan(const RowReader &rows, const TableName &table,
                                              const QStringList &definitions,
                                              const QString &options,
                                              const QList<QVariantMap> &columns,
                                              const QStringList &droppedIndexes) const
{
    const QString quotedTable = quoteTable(table);
    QStringList names; // the stored columns (PRAGMA table_info leaves generated ones out)
    for (const QVariantMap &row : columns)
        names.append(quoteIdentifier(row.value(QStringLiteral("name")).toString()));
    // Indexes created by CREATE INDEX, as written.
    QStringList indexes;
    for (const QVariantMap &row :
         rows(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                             "tbl_name = ? AND sql IS NOT NULL"),
              {table.name})) {
        if (!droppedIndexes.contains(row.value(QStringLiteral("name")).toString()))
            indexes.append(row.value(QStringLiteral("sql")).toString());
    }

    const QString rebuilt = quoteIdentifier(table.name + QStringLiteral("__qsq_rebuild"));
    const QString columnList = names.join(QStringLiteral(", "));
    QStringList statements{
        QStringLiteral("CREATE TABLE ") + rebuilt + QStringLiteral(" (")
            + definitions.join(QStringLiteral(", ")) + QStringLiteral(") ") + options,
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
            QStringLiteral("SQLite cannot change a column or constraint of \"%1\" inside a "
                           "transaction: it rebuilds the table, which needs foreign keys off")
                .arg(table.name)};
}

// The table rebuilt from its own SQL with the table element \a added, or without the table
// constraint named \a dropped (SQLite cannot alter constraints).
Dialect::AlterPlan SqliteDialect::rebuildConstraints(const RowReader &rows, const TableName &table,
                                                     const QString &added,
                                                     const QString &dropped) const
{
    const SqliteTableSql parsed = readTable(rows, table, lexicon());
    QStringList definitions;
    bool found = dropped.isEmpty();
    for (const QString &item : parsed.items()) {
        if (!dropped.isEmpty() && SqliteTableSql::constraintName(item, lexicon()) == dropped) {
            found = true;
            continue;
        }
        definitions.append(item);
    }
    if (!found)
        throw DatabaseError(QStringLiteral("Constraint \"%1\" on table \"%2\" does not exist")
                                .arg(dropped, table.name));
    if (!added.isEmpty())
        definitions.append(added);
    return rebuildPlan(rows, table, definitions, parsed.options(),
                       rows(QStringLiteral("PRAGMA table_info(%1)").arg(quoteTable(table)), {}));
}

QString SqliteDialect::currentTimestampDefault(const DataType &) const
{
    return QStringLiteral("CURRENT_TIMESTAMP");
}

} // namespace QtSequelize
