// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_DDLGENERATOR_P_H
#define QTSEQUELIZE_DDLGENERATOR_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include "../sql/statement_p.h"
#include "../sql/tablename_p.h"

#include <QtCore/qnamespace.h>
#include <QtSequelize/attribute.h>
#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qlist.h>
#include <QtCore/qstringlist.h>

#include <optional>

namespace QtSequelize {

class Dialect;
class ConstraintOptionsData;

struct ForeignKeyReference
{
    TableName table;
    QString column;
    QString onDelete;
    QString onUpdate;
    std::optional<Deferrable> deferrable;
};

// One column of a CREATE TABLE or ALTER TABLE: what a model attribute or a QueryInterface
// attribute says about its column.
struct ColumnSpec
{
    QString field;
    Attribute options;
    QList<ForeignKeyReference> references; // from associations, besides options.references()
    // Write defaults the ORM applies for a model (DataTypes::Now) into the table instead: a
    // QueryInterface table has no model to apply them.
    bool tableAppliesDefaults = false;
    // Whether the definition says UNIQUE (not when altering a column: the constraint exists).
    bool withUnique = true;
    // Whether it says the attribute's CHECK (not when altering a column: sync({alter}) neither
    // adds nor drops CHECK constraints, on every database).
    bool withCheck = true;

    // The column without any FOREIGN KEY (the key is added later).
    void dropReferences()
    {
        references.clear();
        options.references(QString(), QString());
    }
};

// Table-wide options of CREATE TABLE: Sequelize's charset, collate and engine (MariaDB).
struct TableOptions
{
    QString charset;
    QString collate;
    QString engine;
};

// CREATE INDEX as resolved for a table: column keys, or computed keys already rendered (their
// values inlined, as DDL takes no parameters), and a rendered partial-index condition.
struct IndexSpec
{
    struct Key
    {
        QString column; // empty for a computed key
        QString expressionSql;
        Qt::SortOrder order = Qt::AscendingOrder;
        int length = -1;
        QString collate;
        QString operatorClass;
    };
    QString name;
    bool unique = false;
    QString type; // FULLTEXT, SPATIAL (UNIQUE is unique)
    QString method; // USING
    QList<Key> keys;
    QString whereSql;
};

// DDL text from column specs (identifiers quoted; referential actions checked against the
// SQL keywords, as DDL cannot bind them). Dialect differences come from the Dialect.
class Q_SEQUELIZE_EXPORT DdlGenerator
{
public:
    explicit DdlGenerator(const Dialect &dialect)
        : m_dialect(dialect)
    {
    }

    // "name" TYPE [NOT NULL] [UNIQUE] [DEFAULT ...]; \a inlinePrimaryKey is set when the type
    // already says PRIMARY KEY (SQLite's INTEGER PRIMARY KEY AUTOINCREMENT).
    QString columnDefinition(const TableName &table, const ColumnSpec &column,
                             bool *inlinePrimaryKey = nullptr) const;
    // The SQL literal of the column's default, or empty (none, or one the ORM applies).
    QString defaultLiteral(const ColumnSpec &column) const;
    // CREATE TABLE IF NOT EXISTS with the primary key, foreign keys and composite unique keys.
    QString createTable(const TableName &table, const QList<ColumnSpec> &columns,
                        const TableOptions &options = {}) const;
    // What creating the table takes on this dialect: the types it needs first (PostgreSQL's
    // ENUMs), the CREATE TABLE, the column comments.
    QStringList createTableStatements(const TableName &table, const QList<ColumnSpec> &columns,
                                      const TableOptions &options = {}) const;
    QString addColumn(const TableName &table, const ColumnSpec &column) const;
    QString renameColumn(const TableName &table, const QString &from, const QString &to) const;
    QString renameTable(const TableName &from, const TableName &to) const;
    // CREATE [UNIQUE|FULLTEXT|SPATIAL] INDEX; DefinitionError for what the dialect cannot
    // build (Dialect::IndexSupport), or a method, type, collation or operator class that is
    // not a plain name.
    QString createIndex(const TableName &table, const IndexSpec &index) const;
    // ALTER TABLE ADD CONSTRAINT (SQLite, which cannot: a UNIQUE as a unique index, the rest
    // refused with DefinitionError).
    QString addConstraint(const TableName &table, const ConstraintOptionsData &constraint) const;
    // The constraint as a table element: CONSTRAINT "name" UNIQUE/CHECK/PRIMARY KEY/FOREIGN KEY.
    QString constraintClause(const TableName &table, const ConstraintOptionsData &constraint) const;
    // \a statement's SQL with each ? outside quotes replaced by its bound value as a literal,
    // for DDL (an index's where); DefinitionError for a value with no literal form.
    QString inlined(const Statement &statement) const;
    // DROP TABLE IF EXISTS, without CASCADE: a table another one references stays.
    QString dropTable(const TableName &table) const;

    // The FOREIGN KEY clause of a reference.
    QString foreignKey(const QString &column, const ForeignKeyReference &reference) const;
    // The references of a column: its associations' and its own (Attribute::references()).
    static QList<ForeignKeyReference> referencesOf(const ColumnSpec &column);

private:
    const Dialect &m_dialect;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_DDLGENERATOR_P_H
