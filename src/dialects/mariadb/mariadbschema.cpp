// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// MariaDB's schema, read from information_schema in the connection's database.

#include "mariadbdialect_p.h"

#include "../../sql/errors_p.h"
#include "../ddlgenerator_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qregularexpression.h>

namespace QtSequelize {

QString MariaDbDialect::tableOptions(const TableOptions &options) const
{
    QString sql = QStringLiteral(" ENGINE=")
        + (options.engine.isEmpty() ? QStringLiteral("InnoDB")
                                    : checkedDdlName(options.engine, "table engine"));
    if (!options.charset.isEmpty())
        sql += QStringLiteral(" DEFAULT CHARSET=")
            + checkedDdlName(options.charset, "table charset");
    if (!options.collate.isEmpty())
        sql += QStringLiteral(" COLLATE ") + checkedDdlName(options.collate, "table collation");
    return sql;
}

TableOptions MariaDbDialect::resolveTableOptions(const RowReader &rows,
                                                 const TableOptions &given) const
{
    TableOptions resolved = given;
    if (given.charset.isEmpty() && given.collate.isEmpty()) {
        const QList<QVariantMap> found
            = rows(QStringLiteral("SELECT @@character_set_database AS charset"), {});
        const QString current = found.isEmpty()
            ? QString()
            : found.first().value(QStringLiteral("charset")).toString();
        if (!current.startsWith(QLatin1String("utf8mb4")))
            resolved.charset = QStringLiteral("utf8mb4");
    }
    return resolved;
}

QList<QVariantMap> MariaDbDialect::showConstraint(const RowReader &rows,
                                                  const TableName &table) const
{
    QVariantList bindings;
    const QString schema = schemaOf(table, &bindings);
    return rows(QStringLiteral("SELECT constraint_name AS constraintName, constraint_type AS "
                               "constraintType, table_name AS tableName FROM "
                               "information_schema.table_constraints WHERE table_schema = "
                               "%1 AND table_name = ? ORDER BY constraint_name")
                    .arg(schema),
                bindings);
}

QList<QVariantMap> MariaDbDialect::foreignKeyReferences(const RowReader &rows,
                                                        const TableName &table) const
{
    QVariantList bindings;
    const QString schema = schemaOf(table, &bindings);
    return rows(QStringLiteral("SELECT constraint_name AS constraintName, table_name AS tableName, "
                               "table_schema AS tableSchema, column_name AS columnName, "
                               "referenced_table_name AS referencedTableName, "
                               "referenced_table_schema AS referencedTableSchema, "
                               "referenced_column_name AS referencedColumnName FROM "
                               "information_schema.key_column_usage WHERE table_schema = %1 AND "
                               "table_name = ? AND referenced_table_name IS NOT NULL ORDER BY "
                               "constraint_name, ordinal_position")
                    .arg(schema),
                bindings);
}

// A schema is a database here, and MariaDB refuses to drop one whose tables others reference:
// those foreign keys go first, as PostgreSQL's DROP SCHEMA … CASCADE drops them.
QStringList MariaDbDialect::dropSchemaStatements(const RowReader &rows, const QString &schema) const
{
    QStringList statements;
    for (const QVariantMap &key :
         rows(QStringLiteral("SELECT DISTINCT table_schema AS s, table_name AS t, constraint_name "
                             "AS c FROM information_schema.key_column_usage WHERE "
                             "referenced_table_schema = ? AND table_schema <> ?"),
              {schema, schema})) {
        statements.append(dropConstraint(TableName(key.value(QStringLiteral("s")).toString(),
                                                   key.value(QStringLiteral("t")).toString()),
                                         key.value(QStringLiteral("c")).toString(),
                                         QStringLiteral("FOREIGN KEY")));
    }
    return statements + Dialect::dropSchemaStatements(rows, schema);
}

// MariaDB refuses to drop a column its own foreign key needs: the key goes first, as
// Sequelize's removeColumn drops it (PostgreSQL drops it with the column).
Dialect::AlterPlan MariaDbDialect::removeColumn(const RowReader &rows, const TableName &table,
                                                const QString &column) const
{
    AlterPlan plan;
    QStringList dropped;
    for (const QVariantMap &key : foreignKeyReferences(rows, table)) {
        const QString name = key.value(QStringLiteral("constraintName")).toString();
        if (key.value(QStringLiteral("columnName")).toString() == column && !dropped.contains(name))
            dropped.append(name);
    }
    for (const QString &name : std::as_const(dropped))
        plan.statements.append(dropConstraint(table, name, QStringLiteral("FOREIGN KEY")));
    plan.statements += Dialect::removeColumn(rows, table, column).statements;
    return plan;
}

QString MariaDbDialect::dropConstraint(const TableName &table, const QString &name,
                                       const QString &type) const
{
    const QString alter = QStringLiteral("ALTER TABLE ") + quoteTable(table);
    if (type == QLatin1String("UNIQUE"))
        return alter + QStringLiteral(" DROP INDEX ") + quoteIdentifier(name);
    if (type == QLatin1String("FOREIGN KEY"))
        return alter + QStringLiteral(" DROP FOREIGN KEY ") + quoteIdentifier(name);
    if (type == QLatin1String("PRIMARY KEY"))
        return alter + QStringLiteral(" DROP PRIMARY KEY");
    return Dialect::dropConstraint(table, name, type);
}

QList<QString> MariaDbDialect::showAllSchemas(const RowReader &rows) const
{
    // A MariaDB schema is a database; as Sequelize, the system ones are not listed.
    QList<QString> schemas;
    const QString sql = QStringLiteral(
        "SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name NOT IN "
        "('mysql', 'information_schema', 'performance_schema', 'sys') ORDER BY schema_name");
    for (const QVariantMap &row : rows(sql, {}))
        schemas.append(row.value(QStringLiteral("name")).toString());
    return schemas;
}

QString MariaDbDialect::showAllTablesQuery() const
{
    return QStringLiteral("SELECT table_name AS name FROM information_schema.tables WHERE "
                          "table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY "
                          "table_name");
}

// COLUMN_DEFAULT since MariaDB 10.2.7: NULL is the text NULL, strings are quoted literals,
// expressions are as written (current_timestamp()).
// A column type in upper case, but for the quoted values of an ENUM or SET, which keep their
// case ("ENUM('hello','World')"): 'a' and 'A' are different values.
static QString typeOf(const QString &columnType)
{
    QString type = columnType;
    bool quoted = false;
    for (QChar &c : type) {
        if (c == QLatin1Char('\''))
            quoted = !quoted; // a doubled quote inside a value toggles twice
        else if (!quoted)
            c = c.toUpper();
    }
    return type;
}

static QVariant defaultOf(const QVariant &text)
{
    return text.toString() == QLatin1String("NULL") ? QVariant() : Dialect::unquotedDefault(text);
}

QList<QPair<QString, ColumnDescription>> MariaDbDialect::describeTable(const RowReader &rows,
                                                                       const TableName &table) const
{
    QVariantList bindings;
    const QString schema = schemaOf(table, &bindings);
    const QString sql
        = QStringLiteral(
              "SELECT column_name AS name, column_type AS type, is_nullable AS nullable, "
              "column_default AS dflt, column_key AS columnkey, extra, column_comment AS comment "
              "FROM information_schema.columns "
              "WHERE "
              "table_schema = %1 AND table_name = ? ORDER BY ordinal_position")
              .arg(schema);
    QList<QPair<QString, ColumnDescription>> columns;
    for (const QVariantMap &row : rows(sql, bindings)) {
        ColumnDescription column(
            typeOf(row.value(QStringLiteral("type")).toString()),
            row.value(QStringLiteral("nullable")).toString() == QLatin1String("YES"),
            defaultOf(row.value(QStringLiteral("dflt"))),
            row.value(QStringLiteral("columnkey")).toString() == QLatin1String("PRI"));
        column.setAutoIncrement(row.value(QStringLiteral("extra"))
                                    .toString()
                                    .contains(QLatin1String("auto_increment")));
        const QString comment = row.value(QStringLiteral("comment")).toString();
        column.setComment(comment.isEmpty() ? QVariant() : QVariant(comment));
        columns.append({row.value(QStringLiteral("name")).toString(), column});
    }
    return columns;
}

// SHOW COLUMNS, which (unlike information_schema) also sees the TEMPORARY scratch table.
QMap<QString, QString> MariaDbDialect::columnSignatures(const RowReader &rows,
                                                        const TableName &table) const
{
    QMap<QString, QString> signatures;
    for (const QVariantMap &row :
         rows(QStringLiteral("SHOW COLUMNS FROM ") + quoteTable(table), {})) {
        const QVariant dflt = row.value(QStringLiteral("Default"));
        signatures.insert(
            row.value(QStringLiteral("Field")).toString(),
            typeOf(row.value(QStringLiteral("Type")).toString())
                + (row.value(QStringLiteral("Null")).toString() == QLatin1String("NO")
                       ? QStringLiteral(" NOT NULL")
                       : QString())
                + (dflt.isNull() ? QString() : QStringLiteral(" DEFAULT ") + dflt.toString()));
    }
    return signatures;
}

QStringList MariaDbDialect::scratchTableStatements(const QStringList &create) const
{
    QStringList statements;
    for (QString statement : create) {
        if (statement.startsWith(QLatin1String("CREATE TABLE ")))
            statement.insert(7, QStringLiteral("TEMPORARY "));
        statements.append(statement);
    }
    return statements;
}

QStringList MariaDbDialect::dropScratchTableStatements(const TableName &table) const
{
    return {QStringLiteral("DROP TEMPORARY TABLE IF EXISTS ") + quoteTable(table)};
}

QList<IndexDescription> MariaDbDialect::showIndex(const RowReader &rows,
                                                  const TableName &table) const
{
    QVariantList bindings;
    const QString schema = schemaOf(table, &bindings);
    return indexesFromRows(
        rows(QStringLiteral(
                 "SELECT index_name AS name, column_name AS field, non_unique = 0 AS isunique, "
                 "index_name = 'PRIMARY' AS isprimary FROM information_schema.statistics "
                 "WHERE table_schema = %1 AND table_name = ? "
                 "ORDER BY index_name, seq_in_index")
                 .arg(schema),
             bindings));
}

// MODIFY restates the whole column.
// MODIFY replaces the whole column definition: the column's own CHECK constraint and a
// collation other than the table's, which the model does not describe, are written again so
// that changing a column's type keeps them (as ALTER COLUMN TYPE does on PostgreSQL).
Dialect::AlterPlan MariaDbDialect::changeColumn(const RowReader &rows, const DdlGenerator &ddl,
                                                const TableName &table,
                                                const ColumnSpec &spec) const
{
    QString definition = ddl.columnDefinition(table, spec);
    const DataType::Kind kind = spec.options.type().kind();
    QVariantList bindings;
    const QString schema = schemaOf(table, &bindings);
    bindings.append(spec.field);
    if (kind == DataType::String || kind == DataType::Char || kind == DataType::Text) {
        const QList<QVariantMap> collations = rows(
            QStringLiteral("SELECT c.COLLATION_NAME FROM information_schema.COLUMNS c JOIN "
                           "information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND "
                           "t.TABLE_NAME = c.TABLE_NAME WHERE c.TABLE_SCHEMA = %1 AND "
                           "c.TABLE_NAME = ? AND c.COLUMN_NAME = ? AND c.COLLATION_NAME IS NOT "
                           "NULL AND c.COLLATION_NAME <> t.TABLE_COLLATION")
                .arg(schema),
            bindings);
        if (!collations.isEmpty())
            definition
                += QStringLiteral(" COLLATE ")
                + quoteIdentifier(
                       collations.first().value(QStringLiteral("COLLATION_NAME")).toString());
    }
    // MariaDB keeps a column's CHECK with the column (LEVEL 'Column', which MySQL has not:
    // there every CHECK is the table's and MODIFY keeps it).
    QList<QVariantMap> checks;
    try {
        checks
            = rows(QStringLiteral("SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
                                  "WHERE CONSTRAINT_SCHEMA = %1 AND TABLE_NAME = ? AND "
                                  "CONSTRAINT_NAME = ? AND LEVEL = 'Column'")
                       .arg(schema),
                   bindings);
    } catch (const DatabaseError &) {
        checks.clear();
    }
    for (const QVariantMap &check : checks)
        definition += QStringLiteral(" CHECK (")
            + check.value(QStringLiteral("CHECK_CLAUSE")).toString() + QLatin1Char(')');
    AlterPlan plan;
    plan.statements = {QStringLiteral("ALTER TABLE ") + quoteTable(table)
                       + QStringLiteral(" MODIFY ") + definition};
    return plan;
}

QString MariaDbDialect::dropIndex(const TableName &table, const QString &name) const
{
    return QStringLiteral("DROP INDEX ") + quoteIdentifier(name) + QStringLiteral(" ON ")
        + quoteTable(table);
}

QString MariaDbDialect::currentTimestampDefault(const DataType &) const
{
    return QStringLiteral("CURRENT_TIMESTAMP(3)"); // DATETIME(3) wants its precision
}

} // namespace QtSequelize
