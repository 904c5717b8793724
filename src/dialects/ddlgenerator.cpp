// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "ddlgenerator_p.h"

#include "../sql/coercion_p.h"
#include "../sql/constraintoptions_p.h"
#include "../sql/errors_p.h"
#include "dialect_p.h"
#include "sqllexer_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/expression.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qmap.h>
#include <QtCore/qregularexpression.h>

namespace QtSequelize {

// DDL cannot bind a referential action: only the SQL keywords pass.
static QString referentialAction(const QString &action, const QString &fallback)
{
    if (action.isEmpty())
        return fallback;
    const QString upper = action.trimmed().toUpper();
    static const QStringList allowed{QStringLiteral("CASCADE"), QStringLiteral("SET NULL"),
                                     QStringLiteral("SET DEFAULT"), QStringLiteral("RESTRICT"),
                                     QStringLiteral("NO ACTION")};
    if (!allowed.contains(upper))
        throw DefinitionError(QStringLiteral("Unknown referential action \"%1\" (use CASCADE, SET "
                                             "NULL, SET DEFAULT, RESTRICT or NO ACTION)")
                                  .arg(action));
    return upper;
}

static QString defaultLiteral(const Dialect &dialect, const QVariant &value, const DataType &type)
{
    if (isSqlNull(value) || value.metaType() == QMetaType::fromType<DefaultValue>()
        || value.metaType() == QMetaType::fromType<Expression>())
        return QString();
    switch (type.kind()) {
    case DataType::Integer:
    case DataType::BigInt:
    case DataType::SmallInt:
    case DataType::TinyInt:
    case DataType::MediumInt:
        return QString::number(value.toLongLong());
    case DataType::Float:
    case DataType::Real:
    case DataType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case DataType::Boolean:
        if (dialect.hasBooleanLiterals())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case DataType::String:
    case DataType::Char:
    case DataType::Text:
    case DataType::Enum:
    case DataType::Decimal:
        return dialect.quoteString(value.toString());
    default: {
        // Dates, times, UUIDs, JSON, BLOBs, arrays: in the driver's form, as a literal, so that
        // rows inserted by other clients get the default too (Sequelize writes them in the DDL).
        const QVariant stored = dialect.toDatabase(coerce(value, type, QString()), type);
        if (isSqlNull(stored))
            return QString();
        if (stored.metaType().id() == QMetaType::QByteArray && type.kind() == DataType::Blob)
            return dialect.blobLiteral(stored.toByteArray());
        return dialect.quoteString(stored.toString());
    }
    }
}

QList<ForeignKeyReference> DdlGenerator::referencesOf(const ColumnSpec &column)
{
    QList<ForeignKeyReference> references = column.references;
    const Attribute &options = column.options;
    if (!options.referencedTable().isEmpty()) {
        const TableName target = options.referencedSchema().isEmpty()
            ? TableName(options.referencedTable())
            : TableName(options.referencedSchema(), options.referencedTable());
        bool known = false;
        for (const ForeignKeyReference &r : std::as_const(references))
            known = known || (r.table == target && r.column == options.referencedColumn());
        if (!known)
            references.append({target, options.referencedColumn(), options.onDeleteAction(),
                               options.onUpdateAction(),
                               options.deferrableMode() == Deferrable::Not
                                   ? std::nullopt
                                   : std::optional<Deferrable>(options.deferrableMode())});
    }
    return references;
}

QString DdlGenerator::columnDefinition(const TableName &table, const ColumnSpec &column,
                                       bool *inlinePrimaryKey) const
{
    const Attribute &options = column.options;
    const DataType type = options.type();
    QString def = m_dialect.quoteIdentifier(column.field) + QLatin1Char(' ');
    bool inlineKey = false;
    if (options.isPrimaryKey() && options.isAutoIncrement()) {
        def += m_dialect.autoIncrementColumn(type, &inlineKey);
    } else {
        def += m_dialect.columnType(type, table, column.field);
        if (!options.allowsNull() || options.isPrimaryKey())
            def += QStringLiteral(" NOT NULL");
    }
    if (inlinePrimaryKey)
        *inlinePrimaryKey = inlineKey;
    if (column.withUnique && options.isUnique() && options.uniqueKey() == QLatin1String("\x01"))
        def += QStringLiteral(" UNIQUE");
    const QString literal = defaultLiteral(column);
    if (!literal.isEmpty())
        def += QStringLiteral(" DEFAULT ") + literal;
    if (!options.comment().isEmpty())
        def += m_dialect.columnComment(options.comment());
    if (column.withCheck && options.hasCheck())
        def += QStringLiteral(" CHECK (") + options.checkCondition() + QLatin1Char(')');
    return def;
}

QString DdlGenerator::defaultLiteral(const ColumnSpec &column) const
{
    if (!column.options.hasDefaultValue())
        return QString();
    const QVariant value = column.options.defaultValue();
    if (column.tableAppliesDefaults && value.metaType() == QMetaType::fromType<DefaultValue>()
        && value.value<DefaultValue>() == DefaultValue::Now)
        return m_dialect.currentTimestampDefault(column.options.type());
    return QtSequelize::defaultLiteral(m_dialect, column.options.defaultValue(),
                                       column.options.type());
}

QString DdlGenerator::foreignKey(const QString &column, const ForeignKeyReference &reference) const
{
    return QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3) ON DELETE %4 ON UPDATE %5")
               .arg(m_dialect.quoteIdentifier(column), m_dialect.quoteTable(reference.table),
                    m_dialect.quoteIdentifier(reference.column),
                    referentialAction(reference.onDelete, QStringLiteral("NO ACTION")),
                    referentialAction(reference.onUpdate, QStringLiteral("NO ACTION")))
        + (reference.deferrable ? m_dialect.deferrableClause(*reference.deferrable) : QString());
}

QString DdlGenerator::createTable(const TableName &table, const QList<ColumnSpec> &columns,
                                  const TableOptions &options) const
{
    QStringList parts;
    QStringList primaryKey;
    QMap<QString, QStringList> composites;
    for (const ColumnSpec &column : columns) {
        bool inlinePrimaryKey = false;
        parts.append(columnDefinition(table, column, &inlinePrimaryKey));
        if (column.options.isPrimaryKey() && !inlinePrimaryKey)
            primaryKey.append(m_dialect.quoteIdentifier(column.field));
        if (column.options.isUnique() && column.options.uniqueKey() != QLatin1String("\x01"))
            composites[column.options.uniqueKey()].append(m_dialect.quoteIdentifier(column.field));
    }
    if (!primaryKey.isEmpty())
        parts.append(QStringLiteral("PRIMARY KEY (") + primaryKey.join(QStringLiteral(", "))
                     + QLatin1Char(')'));
    // Table-level FOREIGN KEY: MariaDB ignores REFERENCES written on the column.
    for (const ColumnSpec &column : columns) {
        for (ForeignKeyReference reference : referencesOf(column)) {
            reference.table = m_dialect.referencedTable(table, reference.table);
            parts.append(foreignKey(column.field, reference));
        }
    }
    for (auto it = composites.cbegin(); it != composites.cend(); ++it) {
        parts.append(m_dialect.compositeUnique(table, it.key(), it.value()));
    }
    return QStringLiteral("CREATE TABLE IF NOT EXISTS ") + m_dialect.quoteTable(table)
        + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')')
        + m_dialect.tableOptions(options);
}

QStringList DdlGenerator::createTableStatements(const TableName &table,
                                                const QList<ColumnSpec> &columns,
                                                const TableOptions &options) const
{
    QStringList statements = m_dialect.beforeCreateTable(table, columns);
    statements.append(createTable(table, columns, options));
    statements += m_dialect.commentStatements(table, columns);
    return statements;
}

QString DdlGenerator::addColumn(const TableName &table, const ColumnSpec &column) const
{
    QString sql = QStringLiteral("ALTER TABLE ") + m_dialect.quoteTable(table)
        + QStringLiteral(" ADD COLUMN ") + columnDefinition(table, column);
    // A reference on an added column: inline (SQLite cannot add a table constraint).
    const QList<ForeignKeyReference> references = referencesOf(column);
    if (!references.isEmpty()) {
        const ForeignKeyReference &r = references.first();
        sql += QStringLiteral(" REFERENCES %1 (%2) ON DELETE %3 ON UPDATE %4")
                   .arg(m_dialect.quoteTable(m_dialect.referencedTable(table, r.table)),
                        m_dialect.quoteIdentifier(r.column),
                        referentialAction(r.onDelete, QStringLiteral("NO ACTION")),
                        referentialAction(r.onUpdate, QStringLiteral("NO ACTION")));
    }
    return sql;
}

QString DdlGenerator::renameColumn(const TableName &table, const QString &from,
                                   const QString &to) const
{
    return QStringLiteral("ALTER TABLE ") + m_dialect.quoteTable(table)
        + QStringLiteral(" RENAME COLUMN ") + m_dialect.quoteIdentifier(from)
        + QStringLiteral(" TO ") + m_dialect.quoteIdentifier(to);
}

QString DdlGenerator::renameTable(const TableName &from, const TableName &to) const
{
    // PostgreSQL keeps a renamed table in its schema and refuses a qualified new name; MariaDB
    // moves a table renamed to an unqualified name into the current database.
    return QStringLiteral("ALTER TABLE ") + m_dialect.quoteTable(from)
        + QStringLiteral(" RENAME TO ")
        + (m_dialect.qualifiesRenamedTable() ? m_dialect.quoteTable(to)
                                             : m_dialect.quoteIdentifier(to.name));
}

[[noreturn]] static void refuseIndex(const Dialect &dialect, const char *what)
{
    throw DefinitionError(QStringLiteral("%1 cannot build an index with %2")
                              .arg(dialect.name(), QLatin1StringView(what)));
}

// One key: "column"(10) COLLATE x opclass DESC, as far as the dialect allows.
static QString indexKey(const Dialect &dialect, const Dialect::IndexSupport &support,
                        const IndexSpec::Key &key)
{
    QString sql;
    if (key.column.isEmpty()) {
        if (key.expressionSql.isEmpty()) // a field named "" (the column would be left out)
            throw DefinitionError(QStringLiteral("An index key has no column"));
        if (!support.expressions)
            refuseIndex(dialect, "a computed key");
        sql = QLatin1Char('(') + key.expressionSql + QLatin1Char(')');
    } else {
        sql = dialect.quoteIdentifier(key.column);
    }
    if (key.length >= 0) {
        if (!support.lengths || key.length == 0)
            refuseIndex(dialect, "a key length");
        sql += QStringLiteral("(%1)").arg(key.length);
    }
    if (!key.collate.isEmpty()) {
        if (!support.collations)
            refuseIndex(dialect, "a key collation");
        sql += QStringLiteral(" COLLATE ")
            + dialect.quoteIdentifier(checkedDdlName(key.collate, "index collation"));
    }
    if (!key.operatorClass.isEmpty()) {
        if (!support.operatorClasses)
            refuseIndex(dialect, "an operator class");
        sql += QLatin1Char(' ') + checkedDdlName(key.operatorClass, "index operator class");
    }
    if (key.order == Qt::DescendingOrder)
        sql += QStringLiteral(" DESC");
    return sql;
}

QString DdlGenerator::createIndex(const TableName &table, const IndexSpec &index) const
{
    const Dialect::IndexSupport support = m_dialect.indexSupport();
    if (index.keys.isEmpty())
        throw DefinitionError(QStringLiteral("An index needs at least one field"));
    QString type;
    if (!index.type.isEmpty()) {
        type = checkedDdlName(index.type, "index type").toUpper();
        if (!support.types.contains(type))
            refuseIndex(m_dialect, "this type");
    }
    QString method;
    if (!index.method.isEmpty()) {
        method = checkedDdlName(index.method, "index method").toUpper();
        if (!support.methods.contains(method))
            refuseIndex(m_dialect, "this method");
    }
    if (!index.whereSql.isEmpty() && !support.partial)
        refuseIndex(m_dialect, "a where (a partial index)");
    QStringList keys;
    for (const IndexSpec::Key &key : index.keys)
        keys.append(indexKey(m_dialect, support, key));
    QString sql = QStringLiteral("CREATE ")
        + (!type.isEmpty() ? type + QLatin1Char(' ')
                           : (index.unique ? QStringLiteral("UNIQUE ") : QString()))
        + QStringLiteral("INDEX ") + m_dialect.quoteIdentifier(index.name) + QStringLiteral(" ON ")
        + m_dialect.quoteTable(table);
    const QString usingClause = method.isEmpty() ? QString() : QStringLiteral(" USING ") + method;
    if (!support.methodAfterKeys)
        sql += usingClause;
    sql += QStringLiteral(" (") + keys.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (support.methodAfterKeys)
        sql += usingClause;
    if (!index.whereSql.isEmpty())
        sql += QStringLiteral(" WHERE ") + index.whereSql;
    return sql;
}

// Sequelize's default constraint names.
static QString constraintName(const TableName &table, const ConstraintOptionsData &c)
{
    if (!c.name.isEmpty())
        return c.name;
    const QString base = table.name + QLatin1Char('_') + c.fields.join(QLatin1Char('_'));
    switch (c.type) {
    case ConstraintOptions::Unique:
        return base + QStringLiteral("_uk");
    case ConstraintOptions::Check:
        return base + QStringLiteral("_ck");
    case ConstraintOptions::PrimaryKey:
        return base + QStringLiteral("_pk");
    case ConstraintOptions::ForeignKey:
        return base + QLatin1Char('_') + c.table + QStringLiteral("_fk");
    }
    return base;
}

QString DdlGenerator::addConstraint(const TableName &table, const ConstraintOptionsData &c) const
{
    if (!m_dialect.addsConstraints()) {
        if (c.type != ConstraintOptions::Unique)
            throw DefinitionError(QStringLiteral("%1 adds this constraint by rebuilding the table "
                                                 "(QueryInterface::addConstraint)")
                                      .arg(m_dialect.name()));
        if (c.fields.isEmpty())
            throw DefinitionError(QStringLiteral("A constraint needs at least one field"));
        QStringList columns;
        for (const QString &field : c.fields)
            columns.append(m_dialect.quoteIdentifier(field));
        return QStringLiteral("CREATE UNIQUE INDEX ")
            + m_dialect.quoteIdentifier(constraintName(table, c)) + QStringLiteral(" ON ")
            + m_dialect.quoteTable(table) + QStringLiteral(" (")
            + columns.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return QStringLiteral("ALTER TABLE ") + m_dialect.quoteTable(table) + QStringLiteral(" ADD ")
        + constraintClause(table, c);
}

QString DdlGenerator::constraintClause(const TableName &table, const ConstraintOptionsData &c) const
{
    if (c.fields.isEmpty() && c.type != ConstraintOptions::Check)
        throw DefinitionError(QStringLiteral("A constraint needs at least one field"));
    QStringList columns;
    for (const QString &field : c.fields)
        columns.append(m_dialect.quoteIdentifier(field));
    const QString list = columns.join(QStringLiteral(", "));
    const QString name = m_dialect.quoteIdentifier(constraintName(table, c));
    QString body;
    switch (c.type) {
    case ConstraintOptions::Unique:
        body = QStringLiteral("UNIQUE (") + list + QLatin1Char(')');
        break;
    case ConstraintOptions::PrimaryKey:
        body = QStringLiteral("PRIMARY KEY (") + list + QLatin1Char(')');
        break;
    case ConstraintOptions::Check: {
        const Expression condition = c.check.value<Expression>();
        if (!c.check.isValid() || condition.kind() != Expression::Literal)
            throw DefinitionError(QStringLiteral("A CHECK constraint takes its condition as "
                                                 "Sequelize::literal(\"...\")"));
        body = QStringLiteral("CHECK (") + condition.text() + QLatin1Char(')');
        break;
    }
    case ConstraintOptions::ForeignKey:
        if (c.table.isEmpty() || c.fields.size() != 1)
            throw DefinitionError(QStringLiteral("A FOREIGN KEY constraint takes one field and "
                                                 "references(table, field)"));
        body = foreignKey(c.fields.first(),
                          {TableName(c.table), c.field, c.onDelete, c.onUpdate, c.deferrable});
        break;
    }
    return QStringLiteral("CONSTRAINT ") + name + QLatin1Char(' ') + body;
}

// A bound value as an SQL literal.
static QString literalOf(const Dialect &dialect, const QVariant &value)
{
    if (isSqlNull(value))
        return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        if (dialect.hasBooleanLiterals())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QString:
        return dialect.quoteString(value.toString());
    case QMetaType::QByteArray:
        return dialect.blobLiteral(value.toByteArray());
    case QMetaType::QDateTime:
        return dialect.quoteString(value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return dialect.quoteString(value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return dialect.quoteString(value.toTime().toString(Qt::ISODateWithMs));
    default:
        throw DefinitionError(
            QStringLiteral("A value of an index's where has no SQL literal form (%1)")
                .arg(QLatin1StringView(value.metaType().name())));
    }
}

QString DdlGenerator::inlined(const Statement &statement) const
{
    const Dialect::Lexicon lexicon = m_dialect.lexicon();
    const SqlLexer lexer(statement.sql, lexicon);
    QString sql;
    qsizetype next = 0;
    for (qsizetype i = 0; i < statement.sql.size(); ++i) {
        QString unclosed;
        if (const qsizetype end = lexer.skipped(i, &unclosed); end >= 0) {
            sql += QStringView(statement.sql).mid(i, end - i);
            i = end - 1;
            continue;
        }
        if (statement.sql.at(i) == QLatin1Char('?') && next < statement.bindings.size())
            sql += literalOf(m_dialect, statement.bindings.at(next++));
        else
            sql += statement.sql.at(i);
    }
    if (next != statement.bindings.size())
        throw DefinitionError(QStringLiteral("An index's where could not be written out"));
    return sql;
}

QString DdlGenerator::dropTable(const TableName &table) const
{
    return QStringLiteral("DROP TABLE IF EXISTS ") + m_dialect.quoteTable(table);
}

} // namespace QtSequelize
