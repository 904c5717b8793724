// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "querygenerator_p.h"

#include "../dialects/ddlgenerator_p.h"

#include <algorithm>

#include "../dialects/dialect_p.h"
#include "../meta/modeldefinition_p.h"
#include "../sql/coercion_p.h"
#include "jsonpath_p.h"
#include "options_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qmap.h>
#include <QtCore/qregularexpression.h>

namespace QtSequelize {

QueryGenerator::QueryGenerator(const ModelDefinitionPrivate &model)
    : m_model(model)
    , m_dialect(model.dialect())
{
}

QueryGenerator::QueryGenerator(const ModelDefinitionPrivate &model, const QString &path)
    : m_model(model)
    , m_dialect(model.dialect())
    , m_alias(path)
    , m_path(path)
{
}

QueryGenerator QueryGenerator::qualified(const ModelDefinitionPrivate &model)
{
    QueryGenerator generator(model);
    generator.m_alias = model.name; // as Sequelize: FROM "Users" AS "User"
    return generator;
}

QString QueryGenerator::mainFromItem() const
{
    // Sequelize names the main table by its model: sub-queries written as literals refer to
    // "User"."id".
    if (m_model.name == m_model.tableName)
        return table();
    return table() + QLatin1StringView(" AS ") + m_dialect.quoteIdentifier(m_model.name);
}

QString QueryGenerator::table() const
{
    return m_dialect.quoteTable(m_model.table());
}

QString QueryGenerator::fromItem() const
{
    if (m_alias.isEmpty() || m_alias == m_model.tableName)
        return table();
    return table() + QLatin1StringView(" AS ") + m_dialect.quoteIdentifier(m_alias);
}

QString QueryGenerator::column(int attribute) const
{
    const QString field = m_dialect.quoteIdentifier(m_model.attribute(attribute).field);
    if (m_alias.isEmpty())
        return field;
    return m_dialect.quoteIdentifier(m_alias) + QLatin1Char('.') + field;
}

QueryGenerator QueryGenerator::nested(const QString &name, QString *attribute) const
{
    QStringList parts = name.mid(1, name.size() - 2).split(QLatin1Char('.'));
    *attribute = parts.takeLast();
    if (parts.isEmpty())
        return *this;
    if (m_alias.isEmpty())
        throw DefinitionError(
            QStringLiteral("\"%1\" names an association where no join is made").arg(name));
    const QList<JoinNode> chain
        = JoinPlan::chain(m_model, OptionsData(), parts); // validates every name
    const QString path
        = m_path.isEmpty() ? chain.last().path : m_path + QStringLiteral("->") + chain.last().path;
    return QueryGenerator(*chain.last().target, path);
}

void QueryGenerator::appendJoins(Statement &statement, const QList<JoinNode> &nodes) const
{
    for (const JoinNode &node : nodes)
        appendJoin(statement, node);
}

void QueryGenerator::appendJoin(Statement &statement, const JoinNode &node) const
{
    const AssociationInfo &a = *node.association;
    const QueryGenerator target(*node.target, node.path);
    // The target's ON condition: its key, soft deletion and the include's where.
    auto targetOn = [&](const QString &otherSide) {
        statement << QLatin1StringView(" ON ")
                  << target.column(node.target->requireIndex(a.targetKey))
                  << QLatin1StringView(" = ") << otherSide;
        const Where where = target.withParanoid(node.where, node.paranoid);
        if (!where.isEmpty()) {
            statement << QLatin1StringView(" AND ");
            target.appendCondition(statement, where);
        }
    };
    const QString mine = column(m_model.requireIndex(a.sourceKey));
    std::optional<QueryGenerator> junction;
    if (node.through)
        junction.emplace(*node.through, node.throughPath());
    auto junctionOn = [&] {
        statement << QLatin1StringView(" ON ")
                  << junction->column(node.through->requireIndex(a.foreignKey))
                  << QLatin1StringView(" = ") << mine;
        // A soft-deleted junction row links nothing (as the include's own query reads them).
        const Where where = junction->withParanoid(node.throughWhere, true);
        if (!where.isEmpty()) {
            statement << QLatin1StringView(" AND ");
            junction->appendCondition(statement, where);
        }
    };
    const QString otherKey
        = junction ? junction->column(node.through->requireIndex(a.otherKey)) : QString();
    const bool requiredChildren = std::any_of(node.children.cbegin(), node.children.cend(),
                                              [](const JoinNode &c) { return c.required; });
    if (node.required || (!junction && !requiredChildren)) {
        const QLatin1StringView join = node.required ? QLatin1StringView(" INNER JOIN ")
                                                     : QLatin1StringView(" LEFT OUTER JOIN ");
        if (junction) {
            statement << join << junction->fromItem();
            junctionOn();
        }
        statement << join << target.fromItem();
        targetOn(junction ? otherKey : mine);
        target.appendJoins(statement, node.children);
        return;
    }
    // An optional include whose rows need other rows (its junction row, a required nested
    // include) joins as a group, so that a missing part drops the group, not the source row.
    statement << QLatin1StringView(" LEFT OUTER JOIN (");
    if (junction) {
        statement << junction->fromItem() << QLatin1StringView(" INNER JOIN ") << target.fromItem();
        targetOn(otherKey);
    } else {
        statement << target.fromItem();
    }
    for (const JoinNode &child : node.children) {
        if (child.required)
            target.appendJoin(statement, child);
    }
    statement << ')';
    if (junction) {
        junctionOn();
    } else {
        // The target's own condition moves after the group.
        targetOn(mine);
    }
    for (const JoinNode &child : node.children) {
        if (!child.required)
            target.appendJoin(statement, child);
    }
}

void QueryGenerator::appendJoinedFrom(Statement &statement, const OptionsData &options,
                                      JoinScope scope) const
{
    statement << QLatin1StringView(" FROM ") << fromItem();
    appendJoins(statement, JoinPlan::build(m_model, options, scope));
    appendWhere(statement, withParanoid(options.where, options.paranoid));
}

Statement QueryGenerator::keysOfJoinedRows(const OptionsData &options, const QString &path) const
{
    const QueryGenerator source = qualified(m_model);
    Statement statement;
    statement << QLatin1StringView("SELECT ");
    if (path.isEmpty()) {
        m_model.requireSingleKey("filtering by includes");
        statement << source.column(m_model.primaryKey);
    } else {
        const JoinNode node
            = JoinPlan::chain(m_model, options, path.split(QStringLiteral("->"))).last();
        node.target->requireSingleKey("a $nested$ condition on it");
        statement << QueryGenerator(*node.target, node.path).column(node.target->primaryKey);
    }
    source.appendJoinedFrom(statement, options, JoinScope::Filtering);
    return statement;
}

void QueryGenerator::appendFilter(Statement &statement, const OptionsData &options) const
{
    bool joined = JoinPlan::hasNestedCondition(options.where, &m_model);
    for (qsizetype i = 0; i < options.includes.size() && !joined; ++i)
        joined = options.includes.at(i).isRequired();
    const Where where = withParanoid(options.where, options.paranoid);
    if (where.isEmpty() && !joined && options.keyFilters.isEmpty())
        return;
    statement << QLatin1StringView(" WHERE ");
    bool first = true;
    auto keyIn = [&](int attribute, const Statement &rows) {
        if (!first)
            statement << QLatin1StringView(" AND ");
        first = false;
        statement << column(attribute) << QLatin1StringView(" IN (") << rows.sql << ')';
        statement.bindings += rows.bindings;
    };
    if (joined) {
        keyIn(m_model.primaryKey, keysOfJoinedRows(options, QString()));
    } else if (!where.isEmpty()) {
        appendCondition(statement, where);
        first = false;
    }
    for (const auto &[attribute, rows] : options.keyFilters)
        keyIn(m_model.requireIndex(attribute), rows);
}

void QueryGenerator::appendExpression(Statement &statement, const Expression &expression) const
{
    switch (expression.kind()) {
    case Expression::Literal:
        statement << expression.text();
        return;
    case Expression::Column: {
        const int index = m_model.queryIndex(expression.text());
        if (index >= 0) {
            // As an operand (fn('max', col('price')), a where on col()): compared by value.
            statement << m_dialect.comparedColumn(column(index), m_model.attribute(index).type);
            return;
        }
        // A column of another table ("Table.column") or one the model does not know.
        const QStringList parts = expression.text().split(QLatin1Char('.'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i)
                statement << '.';
            statement << m_dialect.quoteIdentifier(parts.at(i));
        }
        return;
    }
    case Expression::Function: {
        // Function names are identifiers chosen by the programmer, not data; refuse anything
        // that is not a plain name so that fn() cannot smuggle SQL in.
        static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
        if (!plainName.match(expression.text()).hasMatch())
            throw DefinitionError(
                QStringLiteral("Invalid SQL function name \"%1\"").arg(expression.text()));
        statement << expression.text() << '(';
        const QVariantList args = expression.arguments();
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (i)
                statement << QLatin1StringView(", ");
            if (args.at(i).metaType() == QMetaType::fromType<Expression>())
                appendExpression(statement, args.at(i).value<Expression>());
            else
                m_dialect.appendFunctionArgument(statement, expression.text(), args.at(i));
        }
        statement << ')';
        return;
    }
    case Expression::Cast: {
        static const QRegularExpression plainType(QStringLiteral("^[A-Za-z][A-Za-z0-9_ (),]*$"));
        if (!plainType.match(expression.text()).hasMatch())
            throw DefinitionError(
                QStringLiteral("Invalid SQL type \"%1\" in cast").arg(expression.text()));
        statement << QLatin1StringView("CAST(");
        const QVariant arg = expression.arguments().value(0);
        if (arg.metaType() == QMetaType::fromType<Expression>())
            appendExpression(statement, arg.value<Expression>());
        else
            statement.bind(m_dialect.rawBinding(arg));
        statement << QLatin1StringView(" AS ") << expression.text() << ')';
        return;
    }
    case Expression::Any:
    case Expression::All:
        throw DefinitionError(QStringLiteral("Op.any/Op.all are only valid as the value of a "
                                             "comparison in a where"));
    }
}

void QueryGenerator::appendValue(Statement &statement, const QVariant &value, int attribute) const
{
    if (value.metaType() == QMetaType::fromType<Expression>()) {
        appendExpression(statement, value.value<Expression>());
        return;
    }
    const AttributeInfo &info = m_model.attribute(attribute);
    statement.bind(m_dialect.toDatabase(coerce(value, info.type, info.name), info.type));
}

Where QueryGenerator::withParanoid(const Where &where, bool paranoid) const
{
    if (!paranoid || m_model.deletedAt < 0)
        return where;
    const QString &name = m_model.attribute(m_model.deletedAt).name;
    const QVariant notDeleted = m_model.notDeletedValue();
    // Sequelize's paranoid clause: deletedAt equals its default value, or IS NULL without one.
    return where && (notDeleted.isValid() ? Op::eq(name, notDeleted) : Op::is(name, QVariant()));
}

void QueryGenerator::appendWhere(Statement &statement, const Where &where) const
{
    if (where.isEmpty())
        return;
    statement << QLatin1StringView(" WHERE ");
    appendCondition(statement, where);
}

Statement QueryGenerator::select(const OptionsData &options, QList<SelectColumn> *columns) const
{
    // Grouped rows over includes (Sequelize's COUNT("Comments"."id") ... GROUP BY "Post"."id"):
    // the includes are joined into the one statement, as count() joins them.
    if (m_alias.isEmpty() && !options.group.isEmpty() && !options.includes.isEmpty())
        return qualified(m_model).select(options, columns);
    if (options.noAttributes && options.selectItems.isEmpty() && options.extraItems.isEmpty())
        throw DefinitionError(QStringLiteral("Attempted a SELECT query of %1 without selecting any "
                                             "columns (an empty attributes list)")
                                  .arg(m_model.name));
    QList<QVariant> expressions;
    const QList<SelectColumn> selected = selectedColumns(options, &expressions);
    if (selected.isEmpty()) // VIRTUAL attributes without dependencies, or every one excluded
        throw DefinitionError(QStringLiteral("Attempted a SELECT query of %1 without selecting any "
                                             "columns (the attributes asked for have none)")
                                  .arg(m_model.name));
    Statement statement;
    statement << QLatin1StringView("SELECT ");
    appendSelectList(statement, selected, expressions);
    if (m_alias.isEmpty()) {
        statement << QLatin1StringView(" FROM ") << mainFromItem();
        appendFilter(statement, options);
    } else {
        appendJoinedFrom(statement, options, JoinScope::Everything);
    }
    if (!options.group.isEmpty()) {
        statement << QLatin1StringView(" GROUP BY ");
        for (qsizetype i = 0; i < options.group.size(); ++i) {
            if (i)
                statement << QLatin1StringView(", ");
            statement << groupColumn(options, options.group.at(i));
        }
    }
    appendHaving(statement, options);
    appendOrder(statement, options);
    m_dialect.appendLimit(statement, options.limit, options.offset);
    statement << m_dialect.lockClause(options.lockFor(m_model.q_ptr), options.skipLocked);
    if (columns)
        *columns = selected;
    return statement;
}

Statement QueryGenerator::selectAttributes(const OptionsData &options, QList<int> *attributes) const
{
    QList<SelectColumn> columns;
    Statement statement = select(options, &columns);
    if (attributes) {
        attributes->clear();
        for (const SelectColumn &c : columns)
            attributes->append(c.attribute);
    }
    return statement;
}

void QueryGenerator::appendOrder(Statement &statement, const OptionsData &options) const
{
    if (options.order.isEmpty())
        return;
    statement << QLatin1StringView(" ORDER BY ");
    for (qsizetype i = 0; i < options.order.size(); ++i) {
        if (i)
            statement << QLatin1StringView(", ");
        const OrderKey &key = options.order.at(i);
        Statement lhs;
        if (key.attribute.isEmpty()) {
            if (!key.expression.isValid()) // order(""): no attribute by that name
                m_model.requireIndex(key.attribute);
            appendExpression(lhs, key.expression.value<Expression>());
            if (key.literal) {
                statement.sql += lhs.sql;
                continue;
            }
        } else if (appendIncludedOrderKey(statement, options, key)) {
            continue;
        } else if (appendJsonOrderKey(lhs, key.attribute)) {
            if (!key.collation.isEmpty())
                throw DefinitionError(QStringLiteral("A JSON path is ordered without a collation"));
        } else {
            const int index = m_model.queryIndex(key.attribute);
            // An alias of the attribute list may be ordered by, as in SQL.
            lhs.sql = index >= 0 ? column(index) : m_dialect.quoteIdentifier(key.attribute);
            if (index < 0 && !isAlias(options, key.attribute))
                m_model.requireIndex(key.attribute);
            if (!key.collation.isEmpty())
                lhs.sql += QStringLiteral(" COLLATE ") + m_dialect.quoteIdentifier(key.collation);
            else if (index >= 0)
                lhs.sql = m_dialect.comparedColumn(lhs.sql, m_model.attribute(index).type);
        }
        m_dialect.appendOrderKey(statement, lhs, key.order, key.nulls);
    }
}

// "meta.kind" of a JSON attribute: ordered by the text at that path (the path is bound).
bool QueryGenerator::appendJsonOrderKey(Statement &lhs, const QString &name) const
{
    const int base = m_model.pathBase(name);
    if (base < 0 || !m_model.holdsJson(base))
        return false;
    m_dialect.appendJsonPath(lhs, column(base), JsonPath::keys(name.section(QLatin1Char('.'), 1)),
                             Dialect::JsonCast::Text);
    return true;
}

bool QueryGenerator::appendIncludedOrderKey(Statement &statement, const OptionsData &options,
                                            const OrderKey &key) const
{
    QStringList path = JoinPlan::unwrapped(key.attribute).split(QLatin1Char('.'));
    if (path.size() < 2 || !m_model.association(path.first()))
        return false;
    const QString attribute = path.takeLast();
    // A belongsToMany junction's attribute: "industries.IndustryCountry.numYears".
    QString junction;
    if (path.size() >= 2) {
        const QList<JoinNode> upTo
            = JoinPlan::chain(m_model, options, path.mid(0, path.size() - 1));
        if (upTo.last().through && upTo.last().through->name == path.last())
            junction = path.takeLast();
    }
    QList<JoinNode> chain = JoinPlan::chain(m_model, options, path);
    const JoinNode &last = chain.last();
    const ModelDefinitionPrivate &owner = junction.isEmpty() ? *last.target : *last.through;
    Statement lhs;
    const int index = owner.requireQueryIndex(attribute);
    lhs.sql = m_dialect.comparedColumn(
        QueryGenerator(owner, junction.isEmpty() ? last.path : last.throughPath()).column(index),
        owner.attribute(index).type);
    if (m_alias.isEmpty()) {
        // Outside joins: the value over the row's own joined rows, by a correlated subquery.
        for (qsizetype i = chain.size() - 1; i > 0; --i) {
            chain[i].required = false;
            chain[i - 1].children = {chain.at(i)};
        }
        chain.first().required = false;
        QueryGenerator source(m_model);
        source.m_alias = QStringLiteral("qsq_source");
        Statement value;
        value << QLatin1StringView("(SELECT ")
              << (key.order == Qt::AscendingOrder ? QLatin1StringView("MIN(")
                                                  : QLatin1StringView("MAX("))
              << lhs.sql << QLatin1StringView(") FROM ") << source.fromItem();
        source.appendJoin(value, chain.first());
        m_model.requireSingleKey("ordering by an included attribute");
        value << QLatin1StringView(" WHERE ") << source.column(m_model.primaryKey)
              << QLatin1StringView(" = ") << m_dialect.quoteIdentifier(m_model.name) << '.'
              << m_dialect.quoteIdentifier(m_model.attribute(m_model.primaryKey).field) << ')';
        lhs = value;
    }
    m_dialect.appendOrderKey(statement, lhs, key.order, key.nulls);
    return true;
}

QString QueryGenerator::groupColumn(const OptionsData &options, const QString &name) const
{
    const int own = m_model.queryIndex(name);
    if (own >= 0)
        return column(own);
    QStringList path = name.split(QLatin1Char('.'));
    if (path.size() == 2 && (path.first() == m_model.name || path.first() == m_model.tableName))
        return column(m_model.requireQueryIndex(path.last())); // Sequelize's "Post.id"
    if (path.size() >= 2 && m_model.association(path.first()) && !m_alias.isEmpty()) {
        const QString attribute = path.takeLast(); // an included attribute ("Comments.text")
        const JoinNode last = JoinPlan::chain(m_model, options, path).last();
        return QueryGenerator(*last.target, last.path)
            .column(last.target->requireQueryIndex(attribute));
    }
    return column(m_model.requireQueryIndex(name)); // UnknownAttributeError
}

bool QueryGenerator::isAlias(const OptionsData &options, const QString &name)
{
    return selectedAs(options, name) != nullptr;
}

const SelectItem *QueryGenerator::selectedAs(const OptionsData &options, const QString &name)
{
    for (const QList<SelectItem> *items : {&options.selectItems, &options.extraItems}) {
        for (const SelectItem &item : *items) {
            if (item.alias == name)
                return &item;
        }
    }
    return nullptr;
}

// HAVING: a key that is no attribute but an alias of the attribute list stands for what it
// names (Sequelize's having: {total: {[Op.gt]: 5}} of [fn('SUM', col('n')), 'total']), written
// out, as PostgreSQL reads no output alias there (SQLite and MariaDB read the alias alike).
void QueryGenerator::appendHaving(Statement &statement, const OptionsData &options) const
{
    if (options.having.isEmpty())
        return;
    statement << QLatin1StringView(" HAVING ");
    QueryGenerator having = *this;
    having.m_selected = &options;
    having.appendCondition(statement, options.having);
}

Statement QueryGenerator::aggregate(const OptionsData &options, const QString &function,
                                    const QString &attribute) const
{
    if (m_alias.isEmpty()
        && (!options.includes.isEmpty() || JoinPlan::hasNestedCondition(options.where, &m_model)))
        // As Sequelize, over the joined rows: COUNT counts them, unless distinct.
        return qualified(m_model).aggregate(options, function, attribute);
    Statement statement;
    statement << QLatin1StringView("SELECT ");
    for (const QString &name : options.group) // count({group}): the group first
        statement << groupColumn(options, name) << QLatin1StringView(", ");
    const QString distinct = options.distinct ? QStringLiteral("DISTINCT ") : QString();
    if (attribute.isEmpty() && options.distinct)
        m_model.requireSingleKey("a distinct count");
    if (attribute.isEmpty()) {
        statement << function << '(' << distinct
                  << (options.distinct ? column(m_model.primaryKey) : QStringLiteral("*")) << ')';
        if (!options.group.isEmpty()) // countGrouped(): ordered by literal("count") too
            statement << QLatin1StringView(" AS ")
                      << m_dialect.quoteIdentifier(QStringLiteral("count"));
    } else {
        const int index = m_model.requireQueryIndex(attribute);
        statement << m_dialect.aggregated(function, distinct + column(index),
                                          m_model.attribute(index).type);
    }
    if (m_alias.isEmpty()) {
        statement << QLatin1StringView(" FROM ") << mainFromItem();
        appendFilter(statement, options);
    } else {
        appendJoinedFrom(statement, options, JoinScope::Everything);
    }
    for (qsizetype i = 0; i < options.group.size(); ++i) {
        statement << (i ? QLatin1StringView(", ") : QLatin1StringView(" GROUP BY "))
                  << groupColumn(options, options.group.at(i));
    }
    // count({group, having}): the groups kept (it was dropped: every group came back).
    appendHaving(statement, options);
    if (!options.group.isEmpty()) {
        // countGrouped() (count() and the other aggregates refuse a group): the groups in
        // order, a page of them. Sequelize's count() drops both; a dropped option would give
        // other groups than asked for.
        appendOrder(statement, options);
        m_dialect.appendLimit(statement, options.limit, options.offset);
    }
    // count({lock}) as Sequelize sends it: MariaDB locks the rows, PostgreSQL refuses FOR
    // UPDATE with an aggregate (a DatabaseError), SQLite has no clause.
    statement << m_dialect.lockClause(options.lockFor(m_model.q_ptr), options.skipLocked);
    return statement;
}

Statement QueryGenerator::count(const OptionsData &options) const
{
    return aggregate(options, QStringLiteral("COUNT"), options.countColumn);
}

} // namespace QtSequelize
