// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// What a SELECT reads: the source model's columns in the forms of Sequelize's attributes
// option, and the joined rows of raw: true with includes.

#include "querygenerator_p.h"

#include <algorithm>
#include <functional>

#include "../dialects/dialect_p.h"
#include "../meta/modeldefinition_p.h"
#include "joinplan_p.h"
#include "options_p.h"

#include <QtSequelize/errors.h>

namespace QtSequelize {

QList<SelectColumn> QueryGenerator::selectedColumns(const OptionsData &options,
                                                    QList<QVariant> *expressions) const
{
    QList<SelectColumn> selected;
    auto addColumn = [&](int index, const QString &key) {
        // Once per attribute and key: a VIRTUAL attribute's dependency may be listed too.
        const bool present = std::any_of(selected.cbegin(), selected.cend(), [&](const auto &c) {
            return c.attribute == index && c.key == key;
        });
        if (present)
            return;
        selected.append({index, key});
        expressions->append(QVariant());
    };
    auto addAttribute = [&](int index, const QString &key) {
        const AttributeInfo &info = m_model.attribute(index);
        if (info.type.kind() != DataType::Virtual) {
            addColumn(index, key);
            return;
        }
        // No column: select the stored attributes its getter reads instead.
        for (const QString &dependency : info.options.dependencies()) {
            const int stored = m_model.requireIndex(dependency);
            if (m_model.attribute(stored).type.kind() != DataType::Virtual)
                addColumn(stored, dependency);
        }
    };
    auto addItem = [&](const SelectItem &item) {
        if (item.attribute.isEmpty()) {
            selected.append({-1, item.alias});
            expressions->append(item.expression);
        } else {
            addAttribute(m_model.requireQueryIndex(item.attribute), item.alias);
        }
    };
    const bool explicitList = !options.attributes.isEmpty() || !options.selectItems.isEmpty();
    for (const QString &name : options.excluded)
        m_model.requireIndex(name);
    if (explicitList) {
        // A list and exclusions given together (attributes() and excludeAttributes() on one
        // options object): the list without them, never the exclusions dropped.
        for (const QString &name : options.attributes) {
            if (!options.excluded.contains(name))
                addAttribute(m_model.requireQueryIndex(name), name);
        }
        for (const SelectItem &item : options.selectItems)
            addItem(item);
    } else if (!options.noAttributes || !options.extraItems.isEmpty()) {
        for (int i = 0; i < m_model.attributes.size(); ++i) {
            if (!options.excluded.contains(m_model.attribute(i).name))
                addAttribute(i, m_model.attribute(i).name);
        }
        for (const SelectItem &item : options.extraItems)
            addItem(item);
    } // else attributes({}): none (joined raw rows may hold the includes' columns alone)
    return selected;
}

void QueryGenerator::appendSelectList(Statement &statement, const QList<SelectColumn> &selected,
                                      const QList<QVariant> &expressions) const
{
    for (qsizetype i = 0; i < selected.size(); ++i) {
        if (i)
            statement << QLatin1StringView(", ");
        const SelectColumn &c = selected.at(i);
        if (c.attribute >= 0) {
            statement << column(c.attribute);
            if (c.key != m_model.attribute(c.attribute).name)
                statement << QLatin1StringView(" AS ") << m_dialect.quoteIdentifier(c.key);
        } else {
            appendExpression(statement, expressions.at(i).value<Expression>());
            statement << QLatin1StringView(" AS ") << m_dialect.quoteIdentifier(c.key);
        }
    }
}

// An included model's columns in joined raw rows, under "path.attribute" keys: its attribute
// list, every attribute but those excluded, or none (attributes({}): Sequelize's
// `include: [{association, attributes: []}]` of grouped counts).
static QList<QPair<int, QString>> joinedAttributes(const JoinNode &node)
{
    const ModelDefinitionPrivate &model = *node.target;
    QList<QPair<int, QString>> indexes;
    for (const QString &name : node.excluded)
        model.requireIndex(name);
    if (!node.attributes.isEmpty()) {
        for (const QString &name : node.attributes) {
            if (!node.excluded.contains(name))
                indexes.append({model.requireQueryIndex(name), name});
        }
    } else if (!node.noAttributes) {
        for (int i = 0; i < model.attributes.size(); ++i) {
            if (!node.excluded.contains(model.attribute(i).name))
                indexes.append({i, model.attribute(i).name});
        }
    }
    return indexes;
}

Statement QueryGenerator::selectJoined(const OptionsData &options,
                                       QList<JoinedColumn> *columns) const
{
    if (m_alias.isEmpty())
        return qualified(m_model).selectJoined(options, columns);
    const QList<JoinNode> nodes = JoinPlan::build(m_model, options, JoinScope::Everything);
    Statement statement;
    statement << QLatin1StringView("SELECT ");
    // The source's columns as a query on it alone selects them: attribute lists, computed
    // values (COUNT(books.id) of a grouped count per author) and exclusions alike.
    QList<QVariant> expressions;
    const QList<SelectColumn> source = selectedColumns(options, &expressions);
    appendSelectList(statement, source, expressions);
    columns->clear();
    for (const SelectColumn &c : source)
        columns->append({&m_model, c.attribute, c.key});
    auto addColumns = [&](const QueryGenerator &generator, const QList<QPair<int, QString>> &list,
                          const QString &prefix) {
        for (const auto &[i, name] : list) {
            if (generator.m_model.attribute(i).type.kind() == DataType::Virtual)
                continue;
            const QString key = prefix + QLatin1Char('.') + name;
            if (!columns->isEmpty())
                statement << QLatin1StringView(", ");
            statement << generator.column(i) << QLatin1StringView(" AS ")
                      << m_dialect.quoteIdentifier(key);
            columns->append({&generator.m_model, i, key});
        }
    };
    std::function<void(const QList<JoinNode> &)> addNodes = [&](const QList<JoinNode> &level) {
        for (const JoinNode &node : level) {
            addColumns(QueryGenerator(*node.target, node.path), joinedAttributes(node),
                       node.rawKey());
            if (node.through) {
                // The junction row under the junction model's name, as Sequelize's raw rows
                // ("tags.BookTag.bookId"), all its attributes or those of throughAttributes().
                QList<QPair<int, QString>> junction;
                for (const QString &name : node.throughAttributes)
                    junction.append({node.through->requireQueryIndex(name), name});
                for (int i = 0; i < node.through->attributes.size() && !node.throughAttributesGiven;
                     ++i)
                    junction.append({i, node.through->attribute(i).name});
                addColumns(QueryGenerator(*node.through, node.throughPath()), junction,
                           node.rawKey() + QLatin1Char('.') + node.through->name);
            }
            addNodes(node.children);
        }
    };
    addNodes(nodes);
    if (columns->isEmpty())
        throw DefinitionError(QStringLiteral("Attempted a SELECT query of %1 without selecting any "
                                             "columns (an empty attributes list)")
                                  .arg(m_model.name));
    const bool multiplies = std::any_of(
        nodes.cbegin(), nodes.cend(), [](const JoinNode &n) { return !n.association->isSingle(); });
    if ((options.limit >= 0 || options.offset >= 0) && multiplies && options.group.isEmpty()) {
        // limit and offset count source rows: they apply in a derived table of the source.
        // (Grouped, they count the groups, as the rows returned are.)
        OptionsData inner = options;
        inner.attributes.clear();
        inner.selectItems.clear();
        inner.extraItems.clear();
        inner.excluded.clear();
        inner.noAttributes = false;
        Statement derived = QueryGenerator(m_model).select(inner);
        statement << QLatin1StringView(" FROM (") << derived.sql << QLatin1StringView(") AS ")
                  << m_dialect.quoteIdentifier(m_alias);
        statement.bindings += derived.bindings;
        appendJoins(statement, nodes);
        OptionsData rest;
        rest.order = options.order;
        appendOrder(statement, rest);
        statement << joinedLockClause(options, nodes);
        return statement;
    }
    statement << QLatin1StringView(" FROM ") << fromItem();
    appendJoins(statement, nodes);
    appendWhere(statement, withParanoid(options.where, options.paranoid));
    for (qsizetype i = 0; i < options.group.size(); ++i) {
        statement << (i ? QLatin1StringView(", ") : QLatin1StringView(" GROUP BY "))
                  << groupColumn(options, options.group.at(i));
    }
    appendHaving(statement, options);
    appendOrder(statement, options);
    m_dialect.appendLimit(statement, options.limit, options.offset);
    statement << joinedLockClause(options, nodes);
    return statement;
}

// The lock of joined rows: every table's without lock(level, of) (as Sequelize: PostgreSQL
// refuses it over an outer join), else the rows of that model's table alone (FOR UPDATE OF),
// the source's or an included one's (its lock was dropped: no clause at all).
QString QueryGenerator::joinedLockClause(const OptionsData &options,
                                         const QList<JoinNode> &nodes) const
{
    if (options.lock == Lock::None)
        return QString();
    if (!options.lockOfGiven)
        return m_dialect.lockClause(options.lock, options.skipLocked);
    if (options.lockOf == m_model.q_ptr)
        return m_dialect.lockClauseOf(options.lock, options.skipLocked,
                                      m_dialect.quoteIdentifier(m_alias));
    std::function<const JoinNode *(const QList<JoinNode> &)> find
        = [&](const QList<JoinNode> &level) -> const JoinNode * {
        for (const JoinNode &node : level) {
            if (node.target->q_ptr == options.lockOf)
                return &node;
            if (const JoinNode *nested = find(node.children))
                return nested;
        }
        return nullptr;
    };
    const JoinNode *node = find(nodes);
    if (!node) // requireLockTarget() refused a lock of a model the query does not read
        return QString();
    return m_dialect.lockClauseOf(options.lock, options.skipLocked,
                                  m_dialect.quoteIdentifier(node->path));
}

} // namespace QtSequelize
