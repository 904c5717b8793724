// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_QUERYGENERATOR_P_H
#define QTSEQUELIZE_QUERYGENERATOR_P_H

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

#include "../dialects/dialect_p.h"
#include "../sql/statement_p.h"
#include "../sql/tablename_p.h"
#include "joinplan_p.h"

#include <QtSequelize/expression.h>
#include <QtSequelize/where.h>

#include <QtCore/qlist.h>

namespace QtSequelize {

class Dialect;
class ModelDefinitionPrivate;
class OptionsData;
struct OrderKey;
struct SelectItem;
struct TableOptions;
struct IndexSpec;
class IndexOptions;

// One column of a SELECT: an attribute (read under its name or an alias) or a computed value.
struct SelectColumn
{
    int attribute; // -1 for a computed value
    QString key; // the attribute name, or the alias
};

// A column of a joined raw row: an attribute of the source or of an included model.
struct JoinedColumn
{
    const ModelDefinitionPrivate *model;
    int attribute;
    QString key; // "name", "posts.title"
};

// Turns a model and query options into SQL plus bindings, through the dialect.
// It never touches a connection, so its output is tested without a database.
// Values handed to it are already of the attribute's Qt type (see coerce()).
class Q_SEQUELIZE_EXPORT QueryGenerator
{
public:
    // Columns unqualified: statements on the model's table alone.
    explicit QueryGenerator(const ModelDefinitionPrivate &model);
    // Columns qualified by the table name, as the source of joins.
    static QueryGenerator qualified(const ModelDefinitionPrivate &model);
    // Columns qualified by the alias \a path of a joined association ("posts->comments").
    QueryGenerator(const ModelDefinitionPrivate &model, const QString &path);

    // The SELECT of \a options; \a columns receives what each result column holds.
    Statement select(const OptionsData &options, QList<SelectColumn> *columns = nullptr) const;
    // As above, for callers that select whole attributes only.
    Statement selectAttributes(const OptionsData &options, QList<int> *attributes) const;
    // COUNT(*), or COUNT([DISTINCT] column), or another aggregate function of a column.
    Statement aggregate(const OptionsData &options, const QString &function,
                        const QString &attribute) const;
    Statement count(const OptionsData &options) const;
    // raw: true with includes: one row per joined row, included attributes under
    // "association.attribute" keys (Sequelize's flattened raw rows).
    Statement selectJoined(const OptionsData &options, QList<JoinedColumn> *columns) const;
    // SELECT the primary key of the model at \a path ("" for the source) of the rows that
    // the joins and the where of \a options keep.
    Statement keysOfJoinedRows(const OptionsData &options, const QString &path) const;
    Statement insert(const QList<int> &attributes, const QVariantList &values,
                     const QList<int> &returning) const;
    // A multi-row INSERT (bulkCreate), with the dialect's duplicate handling.
    struct InsertConflict
    {
        bool ignoreDuplicates = false;
        QList<int> target; // the unique key the conflict is on
        QList<int> update; // attributes updated on a conflict
    };
    Statement insertRows(const QList<int> &attributes, const QList<QVariantList> &rows,
                         const QList<int> &returning, const InsertConflict &conflict) const;
    // \a limit >= 0: at most that many rows (Sequelize's update/destroy limit).
    Statement update(const QList<int> &attributes, const QVariantList &values, const Where &where,
                     bool paranoid, int limit = -1) const;
    // UPDATE ... SET col = col + ? for each attribute.
    Statement increment(const QList<int> &attributes, const QVariantList &amounts,
                        const QList<int> &extraAttributes, const QVariantList &extraValues,
                        const Where &where) const;
    Statement remove(const Where &where, bool paranoid, int limit = -1) const;
    // A model index resolved to columns, its computed keys and where written out with their
    // values inlined (DDL takes no parameters).
    IndexSpec indexSpec(const IndexOptions &index) const;
    // The condition of a partial index, its values written out as literals (DDL binds none).
    QString indexWhere(const Where &condition) const;
    // \a options resolved by the schema layer (Dialect::resolveTableOptions()).
    // Without \a withForeignKeys, the table without its FOREIGN KEY constraints (for models
    // whose keys form a cycle: addForeignKeys() adds them once every table exists).
    QStringList createTable(const TableOptions &options, bool withForeignKeys = true) const;
    struct ForeignKeyStatement
    {
        QString column;
        TableName referenced;
        QString sql; // ALTER TABLE ... ADD FOREIGN KEY
    };
    // Each foreign key of the model's columns, as the statement that adds it to the table.
    QList<ForeignKeyStatement> addForeignKeys() const;
    QStringList dropTable() const;
    QStringList truncate(const Dialect::TruncateSpec &spec) const;

    void appendWhere(Statement &statement, const Where &where) const;
    // The WHERE of an UPDATE or DELETE that reaches at most \a limit rows (none when < 0):
    // LIMIT where the database takes it there (MariaDB), else the rows' own identity (ctid,
    // rowid) among those of a limited SELECT, as Sequelize's destroy does.
    void appendLimitedWhere(Statement &statement, const Where &where, int limit) const;
    // Binds a value given by the user: converted to the attribute's type first (a
    // ValidationError if it cannot be).
    void appendValue(Statement &statement, const QVariant &value, int attribute) const;
    // Binds the operand of a comparison with an attribute: as appendValue(), except that a
    // number an integer attribute cannot hold (2.5, 3e9 for an INTEGER) is bound as the number.
    void appendOperand(Statement &statement, const QVariant &value, int attribute) const;
    // Binds a value an instance holds, already of the attribute's type.
    void appendStoredValue(Statement &statement, const QVariant &value, int attribute) const;

    void appendReturning(Statement &statement, const QList<int> &attributes) const;

    QString column(int attribute) const;
    QString table() const;
    // The table in a FROM clause: with " AS alias" when qualified by an alias.
    QString fromItem() const;
    // The table of a query on the model alone: aliased as the model (FROM "Users" AS "User").
    QString mainFromItem() const;

private:
    // What a `$path.attribute$` name refers to: the generator of the model at that path and
    // the attribute name.
    QueryGenerator nested(const QString &name, QString *attribute) const;
    void appendJoins(Statement &statement, const QList<JoinNode> &nodes) const;
    void appendJoin(Statement &statement, const JoinNode &node) const;
    // FROM, the joins and WHERE of a query over joined rows.
    void appendJoinedFrom(Statement &statement, const OptionsData &options, JoinScope scope) const;
    // The source rows' WHERE: the where itself, or a key IN (the keys of the joined rows
    // kept) when includes or $nested$ conditions filter the rows.
    void appendFilter(Statement &statement, const OptionsData &options) const;
    // ORDER BY an included attribute: its MIN (ascending) or MAX (descending) over the
    // source row's joined rows, as the order of first appearance in Sequelize's joined rows.
    bool appendJsonOrderKey(Statement &lhs, const QString &name) const;
    bool appendIncludedOrderKey(Statement &statement, const OptionsData &options,
                                const OrderKey &key) const;
    void appendExpression(Statement &statement, const Expression &expression) const;
    void appendCondition(Statement &statement, const Where &where) const;
    // The operator and right-hand side of a condition whose left-hand side is \a lhs.
    void appendComparison(Statement &statement, const Where &where, const Statement &lhs,
                          int attribute) const;
    void appendIn(Statement &statement, const Where &where, const Statement &lhs,
                  int attribute) const;
    void appendIs(Statement &statement, const Where &where, const Statement &lhs,
                  int attribute) const;
    void appendLike(Statement &statement, const Where &where, const Statement &lhs,
                    QLatin1StringView sqlOp, const QString &prefix, const QString &suffix) const;
    void appendQuantified(Statement &statement, const Where &where, const Statement &lhs,
                          const Expression &quantifier) const;
    Statement patternOperand(const QVariant &value, const Where &where, bool expressions) const;
    void requirePattern(const Where &where) const;
    void appendJsonCondition(Statement &statement, const Where &where, int attribute,
                             const QStringList &path) const;
    Where withParanoid(const Where &where, bool paranoid) const;
    void appendOrder(Statement &statement, const OptionsData &options) const;
    // A GROUP BY key: an attribute, the model's own "Model.attribute", or an included one
    // ("posts.title") where the includes are joined.
    QString groupColumn(const OptionsData &options, const QString &name) const;
    static bool isAlias(const OptionsData &options, const QString &name);
    static const SelectItem *selectedAs(const OptionsData &options, const QString &name);
    void appendHaving(Statement &statement, const OptionsData &options) const;
    // The source's columns \a options select (attribute lists, exclusions, computed values, a
    // VIRTUAL attribute's dependencies); \a expressions gets each computed one's Expression.
    QList<SelectColumn> selectedColumns(const OptionsData &options,
                                        QList<QVariant> *expressions) const;
    void appendSelectList(Statement &statement, const QList<SelectColumn> &selected,
                          const QList<QVariant> &expressions) const;
    QString joinedLockClause(const OptionsData &options, const QList<JoinNode> &nodes) const;

    const ModelDefinitionPrivate &m_model;
    const Dialect &m_dialect;
    QString m_alias; // the qualifier of columns; empty for none
    QString m_path; // the association path from the query's source; empty for the source
    // In a HAVING: the options whose attribute list's aliases a condition may name.
    const OptionsData *m_selected = nullptr;
};

// A text compared as a condition's operand (a pattern, a JSON path's value): as an attribute's
// string, one holding a NUL or an unpaired surrogate is a ValidationError naming the attribute.
QString storableText(const QString &text, const Where &where);

} // namespace QtSequelize

#endif // QTSEQUELIZE_QUERYGENERATOR_P_H
