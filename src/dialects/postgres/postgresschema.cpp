// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// PostgreSQL's schema, read from information_schema and pg_catalog in the table's schema (the
// current one for a table without).

#include "postgresdialect_p.h"

#include "../ddlgenerator_p.h"

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qregularexpression.h>

namespace QtSequelize {

QList<QVariantMap> PostgresDialect::showConstraint(const RowReader &rows,
                                                   const TableName &table) const
{
    // Without the NOT NULL checks PostgreSQL lists there too (named <oid>_<oid>_<n>_not_null).
    QVariantList bindings;
    const QString schema = schemaOf(table, &bindings);
    return rows(QStringLiteral("SELECT constraint_name AS \"constraintName\", constraint_type AS "
                               "\"constraintType\", table_name AS \"tableName\" FROM "
                               "information_schema.table_constraints WHERE table_schema = "
                               "%1 AND table_name = ? AND constraint_name !~ "
                               "'^[0-9]+_[0-9]+_[0-9]+_not_null$' ORDER BY constraint_name")
                    .arg(schema),
                bindings);
}

QList<QVariantMap> PostgresDialect::foreignKeyReferences(const RowReader &rows,
                                                         const TableName &table) const
{
    QVariantList bindings;
    const QString schema = schemaOf(table, &bindings);
    return rows(
        QStringLiteral(
            "SELECT c.conname AS \"constraintName\", t.relname AS \"tableName\", n.nspname AS "
            "\"tableSchema\", a.attname AS \"columnName\", rt.relname AS "
            "\"referencedTableName\", rn.nspname AS \"referencedTableSchema\", ra.attname AS "
            "\"referencedColumnName\" FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
            "JOIN pg_class rt ON rt.oid = c.confrelid "
            "JOIN pg_namespace rn ON rn.oid = rt.relnamespace "
            "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, ref, i) "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col "
            "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.ref "
            "WHERE c.contype = 'f' AND n.nspname = %1 AND t.relname = ? "
            "ORDER BY c.conname, k.i")
            .arg(schema),
        bindings);
}

QStringList PostgresDialect::dropSchemaStatements(const RowReader &, const QString &schema) const
{
    // As Sequelize: with the tables and types in it.
    return {QStringLiteral("DROP SCHEMA IF EXISTS ") + quoteIdentifier(schema)
            + QStringLiteral(" CASCADE")};
}

QList<QString> PostgresDialect::showAllSchemas(const RowReader &rows) const
{
    QList<QString> schemas;
    const QString sql = QStringLiteral(
        "SELECT schema_name FROM information_schema.schemata WHERE schema_name <> "
        "'information_schema' AND schema_name <> 'public' AND schema_name NOT LIKE 'pg\\_%' "
        "ORDER BY schema_name");
    for (const QVariantMap &row : rows(sql, {}))
        schemas.append(row.value(QStringLiteral("schema_name")).toString());
    return schemas;
}

QString PostgresDialect::showAllTablesQuery() const
{
    return QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                          "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
}

// Sequelize's reading of column_default: booleans as booleans, 'text'::type as text, other
// expressions without their quotes ("nextval(widgets_id_seq::regclass)").
static QVariant defaultOf(const QVariant &text, const QString &type)
{
    if (text.isNull())
        return QVariant();
    const QString value = text.toString();
    if (type == QLatin1String("BOOLEAN"))
        return value == QLatin1String("true");
    // The literal ends at its closing quote ('' inside it is a quote); the type after it may
    // be any quoted name (an ENUM's is made of its table's).
    static const QRegularExpression literal(QStringLiteral("^'((?:[^']|'')*)'::(.+)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = literal.match(value);
    if (match.hasMatch())
        return match.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    return QString(value).remove(QLatin1Char('\''));
}

QList<QPair<QString, ColumnDescription>>
PostgresDialect::describeTable(const RowReader &rows, const TableName &table) const
{
    QVariantList bindings;
    const QString schema = schemaOf(table, &bindings);
    const QString sql
        = QStringLiteral(
              "SELECT c.column_name AS name, c.is_nullable AS nullable, c.column_default AS dflt, "
              "upper(c.data_type) AS type, c.character_maximum_length AS length, "
              "EXISTS (SELECT 1 FROM information_schema.table_constraints tc "
              "JOIN information_schema.key_column_usage k ON k.constraint_name = "
              "tc.constraint_name "
              "AND k.table_schema = tc.table_schema AND k.table_name = tc.table_name "
              "WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = c.table_schema "
              "AND tc.table_name = c.table_name AND k.column_name = c.column_name) AS pk, "
              "(c.column_default LIKE 'nextval(%' OR c.is_identity = 'YES') AS autoinc, "
              "col_description(format('%I.%I', c.table_schema, c.table_name)::regclass, "
              "c.ordinal_position) AS comment, "
              "(SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder)::text FROM pg_type t "
              "JOIN pg_namespace tn ON tn.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = "
              "t.oid WHERE t.typname = c.udt_name AND tn.nspname = c.udt_schema) AS special "
              "FROM information_schema.columns c WHERE c.table_schema = %1 "
              "AND c.table_name = ? ORDER BY c.ordinal_position")
              .arg(schema);
    QList<QPair<QString, ColumnDescription>> columns;
    for (const QVariantMap &row : rows(sql, bindings)) {
        QString type = row.value(QStringLiteral("type")).toString();
        if (!row.value(QStringLiteral("length")).isNull())
            type += QStringLiteral("(%1)").arg(row.value(QStringLiteral("length")).toInt());
        ColumnDescription column(
            type, row.value(QStringLiteral("nullable")).toString() == QLatin1String("YES"),
            defaultOf(row.value(QStringLiteral("dflt")), type),
            row.value(QStringLiteral("pk")).toBool());
        column.setAutoIncrement(row.value(QStringLiteral("autoinc")).toBool());
        const QString comment = row.value(QStringLiteral("comment")).toString();
        column.setComment(comment.isEmpty() ? QVariant() : QVariant(comment));
        QStringList labels;
        const QJsonArray special
            = QJsonDocument::fromJson(row.value(QStringLiteral("special")).toString().toUtf8())
                  .array();
        for (const QJsonValue &label : special)
            labels.append(label.toString());
        column.setSpecial(labels);
        columns.append({row.value(QStringLiteral("name")).toString(), column});
    }
    return columns;
}

// From the catalog, not information_schema: format_type() keeps lengths and precisions, and an
// ENUM is its labels (its type's name differs between a table and its scratch copy, as the
// casts of a default do, so those are left out).
QMap<QString, QString> PostgresDialect::columnSignatures(const RowReader &rows,
                                                         const TableName &table) const
{
    static const QRegularExpression cast(
        QStringLiteral("::(\"[^\"]*\"|[A-Za-z_][\\w ]*)(\\([\\d, ]*\\))?(\\[\\])*"));
    const QString sql = QStringLiteral(
        "SELECT a.attname AS name, CASE WHEN t.typtype = 'e' THEN 'ENUM(' || (SELECT "
        "string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder) FROM pg_enum e "
        "WHERE e.enumtypid = t.oid) || ')' ELSE format_type(a.atttypid, a.atttypmod) END AS type, "
        "a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS dflt FROM pg_attribute a "
        "JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid "
        "AND d.adnum = a.attnum WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT "
        "a.attisdropped");
    QMap<QString, QString> signatures;
    for (const QVariantMap &row : rows(sql, {quoteTable(table)})) {
        const QVariant dflt = row.value(QStringLiteral("dflt"));
        signatures.insert(
            row.value(QStringLiteral("name")).toString(),
            row.value(QStringLiteral("type")).toString()
                + (row.value(QStringLiteral("notnull")).toBool() ? QStringLiteral(" NOT NULL")
                                                                 : QString())
                + (dflt.isNull() ? QString()
                                 : QStringLiteral(" DEFAULT ") + dflt.toString().remove(cast)));
    }
    return signatures;
}

QList<IndexDescription> PostgresDialect::showIndex(const RowReader &rows,
                                                   const TableName &table) const
{
    QVariantList bindings;
    const QString schema = schemaOf(table, &bindings);
    bindings.swapItemsAt(0, bindings.size() - 1); // the table's name comes first here
    const QString sql
        = QStringLiteral(
              "SELECT i.relname AS name, ix.indisunique AS isunique, ix.indisprimary AS isprimary, "
              "a.attname AS field FROM pg_class t JOIN pg_index ix ON t.oid = ix.indrelid "
              "JOIN pg_class i ON i.oid = ix.indexrelid "
              "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(ix.indkey) "
              "WHERE t.relname = ? AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE "
              "nspname = "
              "%1) ORDER BY i.relname, array_position(ix.indkey::int2[], a.attnum)")
              .arg(schema);
    return indexesFromRows(rows(sql, bindings));
}

QStringList PostgresDialect::dropOwnTypes(const RowReader &rows, const TableName &table) const
{
    QStringList statements;
    for (const QVariantMap &row :
         rows(QStringLiteral(
                  "SELECT a.attname AS name FROM pg_attribute a JOIN pg_type t ON t.oid = "
                  "a.atttypid WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT "
                  "a.attisdropped AND t.typtype = 'e'"),
              {quoteTable(table)})) {
        statements.append(
            dropEnum(enumTypeName(table, row.value(QStringLiteral("name")).toString())));
    }
    return statements;
}

// As Sequelize's pgListEnums.
QList<QVariantMap> PostgresDialect::listEnums(const RowReader &rows, const TableName &table,
                                              const QString &column) const
{
    QVariantList bindings;
    QString sql
        = QStringLiteral("SELECT t.typname AS enum_name, array_to_json(array_agg(e.enumlabel "
                         "ORDER BY e.enumsortorder))::text AS labels FROM pg_type t JOIN "
                         "pg_enum e ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid "
                         "= t.typnamespace WHERE n.nspname = %1")
              .arg(schemaOf(table, &bindings));
    bindings.removeLast(); // schemaOf() binds the table's name too
    if (!column.isEmpty()) {
        sql += QStringLiteral(" AND t.typname = ?");
        bindings.append(enumTypeName(table, column).name);
    }
    QList<QVariantMap> enums;
    for (const QVariantMap &row : rows(sql + QStringLiteral(" GROUP BY 1 ORDER BY 1"), bindings)) {
        const QJsonArray labels
            = QJsonDocument::fromJson(row.value(QStringLiteral("labels")).toString().toUtf8())
                  .array();
        QStringList values;
        for (const QJsonValue &label : labels)
            values.append(label.toString());
        enums.append({{QStringLiteral("enum_name"), row.value(QStringLiteral("enum_name"))},
                      {QStringLiteral("enum_value"), values}});
    }
    return enums;
}

QString PostgresDialect::dropEnum(const TableName &type) const
{
    return QStringLiteral("DROP TYPE IF EXISTS ") + quoteTable(type);
}

// An ENUM column whose values changed: its type (enum_<table>_<column>) made again with the
// model's values, in order, and the column cast to it through text (a row holding a value that
// is gone fails the cast, and the transaction with it). CREATE TYPE before, which only makes a
// missing type, would leave an existing one as it was.
QStringList PostgresDialect::enumRebuild(const RowReader &rows, const TableName &table,
                                         const ColumnSpec &spec) const
{
    const TableName name = enumTypeName(table, spec.field);
    QStringList labels;
    for (const QVariantMap &row :
         rows(QStringLiteral("SELECT e.enumlabel AS label FROM pg_enum e WHERE e.enumtypid = "
                             "to_regtype(?) ORDER BY e.enumsortorder"),
              {quoteTable(name)}))
        labels.append(row.value(QStringLiteral("label")).toString());
    const QStringList values = spec.options.type().values();
    if (labels == values)
        return {};
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(quoteString(value));
    const TableName old(name.schema, name.name + QStringLiteral("_qsq_old"));
    const QString column = quoteIdentifier(spec.field);
    return {QStringLiteral("ALTER TYPE %1 RENAME TO %2")
                .arg(quoteTable(name), quoteIdentifier(old.name)),
            QStringLiteral("CREATE TYPE %1 AS ENUM(%2)")
                .arg(quoteTable(name), quoted.join(QStringLiteral(", "))),
            QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3 USING %2::text::%3")
                .arg(quoteTable(table), column, quoteTable(name)),
            QStringLiteral("DROP TYPE %1").arg(quoteTable(old))};
}

Dialect::AlterPlan PostgresDialect::changeColumn(const RowReader &rows, const DdlGenerator &ddl,
                                                 const TableName &table,
                                                 const ColumnSpec &spec) const
{
    const QString alter = QStringLiteral("ALTER TABLE ") + quoteTable(table)
        + QStringLiteral(" ALTER COLUMN ") + quoteIdentifier(spec.field);
    const QString type = columnType(spec.options.type(), table, spec.field);
    QString collate;
    const DataType::Kind kind = spec.options.type().kind();
    if (kind == DataType::String || kind == DataType::Char || kind == DataType::Text) {
        QVariantList bindings;
        const QString schema = schemaOf(table, &bindings);
        bindings.append(spec.field);
        const QVariantMap given
            = rows(QStringLiteral("SELECT collation_schema, collation_name FROM "
                                  "information_schema.columns WHERE table_schema = "
                                  "%1 AND table_name = ? AND column_name = ? AND "
                                  "collation_name IS NOT NULL")
                       .arg(schema),
                   bindings)
                  .value(0);
        if (!given.isEmpty())
            collate = QStringLiteral(" COLLATE ")
                + quoteIdentifier(given.value(QStringLiteral("collation_schema")).toString())
                + QLatin1Char('.')
                + quoteIdentifier(given.value(QStringLiteral("collation_name")).toString());
    }
    QStringList statements{alter + QStringLiteral(" DROP DEFAULT")};
    if (kind == DataType::Enum)
        statements += enumRebuild(rows, table, spec);
    // An explicit cast to VARCHAR(n) or CHAR(n) cuts a longer value without a word (a BIGINT
    // 1234567890123 became "1234567890" in a VARCHAR(10)); cast to text, PostgreSQL assigns
    // that to the column's type, which refuses a value too long, as MariaDB does.
    // The same for the elements of an ARRAY of them (through text[]).
    DataType innermost = spec.options.type();
    while (innermost.kind() == DataType::Array)
        innermost = innermost.elementType();
    const bool cutsText
        = innermost.kind() == DataType::String || innermost.kind() == DataType::Char;
    const QString castTo = !cutsText ? type
        : kind == DataType::Array    ? QStringLiteral("text[]")
                                     : QStringLiteral("text");
    statements += {
        alter + QStringLiteral(" TYPE ") + type + collate + QStringLiteral(" USING CAST(")
            + quoteIdentifier(spec.field) + QStringLiteral(" AS ") + castTo + QLatin1Char(')'),
        alter
            + (spec.options.allowsNull() ? QStringLiteral(" DROP NOT NULL")
                                         : QStringLiteral(" SET NOT NULL")),
    };
    const QString defaultValue = ddl.defaultLiteral(spec);
    if (!defaultValue.isEmpty())
        statements.append(alter + QStringLiteral(" SET DEFAULT ") + defaultValue);
    statements += commentStatements(table, {spec}); // a comment not given stays, as Sequelize's
    AlterPlan plan;
    plan.statements = statements;
    return plan;
}

QString PostgresDialect::currentTimestampDefault(const DataType &) const
{
    return QStringLiteral("now()");
}

} // namespace QtSequelize
