// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The query generator's write statements: INSERT (one row, many rows, with conflict handling),
// UPDATE, increments, DELETE, TRUNCATE and the model's CREATE/DROP TABLE.

#include "querygenerator_p.h"

#include "../dialects/ddlgenerator_p.h"
#include "../dialects/dialect_p.h"
#include "../dialects/rowstatements_p.h"
#include "../meta/modeldefinition_p.h"
#include "../sql/coercion_p.h"
#include "../sql/indexoptions_p.h"
#include "../sql/inflection_p.h"

namespace QtSequelize {

Statement QueryGenerator::insert(const QList<int> &attributes, const QVariantList &values,
                                 const QList<int> &returning) const
{
    return insertRows(attributes, {values}, returning, InsertConflict());
}

Statement QueryGenerator::insertRows(const QList<int> &attributes, const QList<QVariantList> &rows,
                                     const QList<int> &returning,
                                     const InsertConflict &conflict) const
{
    QStringList columns;
    columns.reserve(attributes.size());
    for (int attribute : attributes)
        columns.append(column(attribute));
    Statement statement = RowStatements(m_dialect).insert(
        table(), columns, rows.size(), [&](Statement &s, qsizetype row, qsizetype i) {
            appendStoredValue(s, rows.at(row).at(i), attributes.at(i));
        });
    if (conflict.ignoreDuplicates || !conflict.update.isEmpty()) {
        QStringList target;
        QStringList update;
        for (int i : conflict.target)
            target.append(column(i));
        for (int i : conflict.update)
            update.append(column(i));
        statement << m_dialect.onConflict(columns, target, update, conflict.ignoreDuplicates);
    }
    if (m_dialect.supportsInsertReturning())
        appendReturning(statement, returning);
    return statement;
}

void QueryGenerator::appendReturning(Statement &statement, const QList<int> &attributes) const
{
    if (attributes.isEmpty())
        return;
    statement << QLatin1StringView(" RETURNING ");
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (i)
            statement << QLatin1StringView(", ");
        statement << column(attributes.at(i));
    }
}

void QueryGenerator::appendStoredValue(Statement &statement, const QVariant &value,
                                       int attribute) const
{
    if (value.metaType() == QMetaType::fromType<Expression>()) {
        appendExpression(statement, value.value<Expression>());
        return;
    }
    statement.bind(m_dialect.toDatabase(value, m_model.attribute(attribute).type));
}

Statement QueryGenerator::update(const QList<int> &attributes, const QVariantList &values,
                                 const Where &where, bool paranoid, int limit) const
{
    Statement statement;
    statement << QLatin1StringView("UPDATE ") << table() << QLatin1StringView(" SET ");
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (i)
            statement << QLatin1StringView(", ");
        statement << column(attributes.at(i)) << QLatin1StringView(" = ");
        appendValue(statement, values.at(i), attributes.at(i));
    }
    appendLimitedWhere(statement, withParanoid(where, paranoid), limit);
    return statement;
}

Statement QueryGenerator::increment(const QList<int> &attributes, const QVariantList &amounts,
                                    const QList<int> &extraAttributes,
                                    const QVariantList &extraValues, const Where &where) const
{
    Statement statement;
    statement << QLatin1StringView("UPDATE ") << table() << QLatin1StringView(" SET ");
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (i)
            statement << QLatin1StringView(", ");
        const QString col = column(attributes.at(i));
        Statement amount;
        const DataType &type = m_model.attribute(attributes.at(i)).type;
        if (type.kind() == DataType::Decimal && type.scale() >= 0
            && amounts.at(i).metaType() != QMetaType::fromType<Expression>()) {
            // The amount as given: the database rounds the sum (0.995 + ... as PostgreSQL
            // does), where an amount rounded to the scale first would give another sum.
            const DataType unscaled(DataType::Decimal);
            amount.bind(m_dialect.toDatabase(
                coerce(amounts.at(i), unscaled, m_model.attribute(attributes.at(i)).name),
                unscaled));
        } else {
            appendValue(amount, amounts.at(i), attributes.at(i));
        }
        statement << col << QLatin1StringView(" = ")
                  << m_dialect.incremented(col, amount.sql,
                                           m_model.attribute(attributes.at(i)).type);
        statement.bindings += amount.bindings;
    }
    for (qsizetype i = 0; i < extraAttributes.size(); ++i) {
        if (i || !attributes.isEmpty())
            statement << QLatin1StringView(", ");
        statement << column(extraAttributes.at(i)) << QLatin1StringView(" = ");
        appendValue(statement, extraValues.at(i), extraAttributes.at(i));
    }
    appendWhere(statement, where);
    return statement;
}

Statement QueryGenerator::remove(const Where &where, bool paranoid, int limit) const
{
    Statement statement;
    statement << QLatin1StringView("DELETE FROM ") << table();
    appendLimitedWhere(statement, withParanoid(where, paranoid), limit);
    return statement;
}

void QueryGenerator::appendLimitedWhere(Statement &statement, const Where &where, int limit) const
{
    if (limit < 0 || m_dialect.limitsWrites()) {
        appendWhere(statement, where);
        m_dialect.appendLimit(statement, limit, -1);
        return;
    }
    const QString row = m_dialect.rowIdentity();
    statement << QLatin1StringView(" WHERE ") << row << QLatin1StringView(" IN (SELECT ") << row
              << QLatin1StringView(" FROM ") << table();
    appendWhere(statement, where);
    m_dialect.appendLimit(statement, limit, -1);
    statement << ')';
}

QStringList QueryGenerator::truncate(const Dialect::TruncateSpec &spec) const
{
    return m_dialect.truncateTable(m_model.table(), spec);
}

static QList<ColumnSpec> columnsOf(const ModelDefinitionPrivate &model)
{
    QList<ColumnSpec> columns;
    for (const AttributeInfo &info : model.attributes) {
        if (info.type.kind() != DataType::Virtual)
            columns.append({info.field, Attribute(info.options).type(info.type), info.references});
    }
    return columns;
}

QStringList QueryGenerator::createTable(const TableOptions &options, bool withForeignKeys) const
{
    QList<ColumnSpec> columns = columnsOf(m_model);
    if (!withForeignKeys) {
        for (ColumnSpec &column : columns)
            column.dropReferences();
    }
    return DdlGenerator(m_dialect).createTableStatements(m_model.table(), columns, options);
}

QList<QueryGenerator::ForeignKeyStatement> QueryGenerator::addForeignKeys() const
{
    const DdlGenerator ddl(m_dialect);
    const TableName table = m_model.table();
    QList<ForeignKeyStatement> statements;
    for (const ColumnSpec &column : columnsOf(m_model)) {
        for (ForeignKeyReference reference : DdlGenerator::referencesOf(column)) {
            reference.table = m_dialect.referencedTable(table, reference.table);
            statements.append({column.field, reference.table,
                               QStringLiteral("ALTER TABLE ") + m_dialect.quoteTable(table)
                                   + QStringLiteral(" ADD ")
                                   + ddl.foreignKey(column.field, reference)});
        }
    }
    return statements;
}

QString QueryGenerator::indexWhere(const Where &condition) const
{
    Statement where;
    appendWhere(where, condition);
    return DdlGenerator(m_dialect).inlined(where).mid(QStringLiteral(" WHERE ").size());
}

IndexSpec QueryGenerator::indexSpec(const IndexOptions &index) const
{
    const IndexOptionsData &o = IndexOptionsData::get(index);
    const DdlGenerator ddl(m_dialect);
    IndexSpec spec;
    spec.unique = index.isUnique();
    if (o.type.compare(QLatin1String("UNIQUE"), Qt::CaseInsensitive) != 0)
        spec.type = o.type;
    spec.method = o.method;
    QStringList names;
    for (const IndexKeyOption &key : o.keys) {
        IndexSpec::Key k{QString(),  QString(),   key.order,
                         key.length, key.collate, key.operatorClass};
        if (key.expression.isValid()) {
            Statement expression;
            appendExpression(expression, key.expression.value<Expression>());
            k.expressionSql = ddl.inlined(expression);
        } else {
            // An attribute's column, or a column named as it is.
            const int attribute = m_model.indexOf(key.name);
            const bool column = m_model.indexOfField(key.name) >= 0;
            k.column = attribute >= 0
                ? m_model.attribute(attribute).field
                : (column ? key.name : m_model.attribute(m_model.requireIndex(key.name)).field);
            names.append(key.name);
        }
        spec.keys.append(k);
    }
    if (!o.where.isEmpty())
        spec.whereSql = indexWhere(o.where);
    if (!o.name.isEmpty())
        spec.name = o.name;
    else if (names.size() == o.keys.size() && !names.isEmpty())
        spec.name = Inflection::indexName(m_model.tableName, names);
    else
        throw DefinitionError(
            QStringLiteral("An index of %1 with a computed key needs a name").arg(m_model.name));
    return spec;
}

QStringList QueryGenerator::dropTable() const
{
    QStringList statements{m_dialect.dropTable(m_model.table())};
    statements += m_dialect.afterDropTable(m_model.table(), columnsOf(m_model));
    return statements;
}

} // namespace QtSequelize
