// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "joinplan_p.h"

#include <algorithm>

#include "../meta/association_p.h"
#include "../meta/modeldefinition_p.h"
#include "../sql/coercion_p.h"
#include "options_p.h"

#include <QtSequelize/errors.h>

namespace QtSequelize {

QString JoinNode::rawKey() const
{
    return QString(path).replace(QStringLiteral("->"), QStringLiteral("."));
}

QString JoinNode::throughPath() const
{
    return path + QStringLiteral("->") + through->name;
}

namespace JoinPlan {

bool isWrapped(const QString &name)
{
    return name.size() > 2 && name.startsWith(QLatin1Char('$')) && name.endsWith(QLatin1Char('$'));
}

QString unwrapped(const QString &name)
{
    return isWrapped(name) ? name.mid(1, name.size() - 2) : name;
}

QStringList nestedPath(const QString &name)
{
    if (!isWrapped(name))
        return {};
    QStringList parts = unwrapped(name).split(QLatin1Char('.'));
    parts.removeLast();
    return parts;
}

// The association path of a col() that names an included table's column, as Sequelize's
// sequelize.where(sequelize.col('books.pages'), ...) and col('books->publisher.name') do: the
// alias before the attribute, whose first step is an association of \a root.
QStringList columnPath(const QString &name, const ModelDefinitionPrivate &root)
{
    const QStringList parts = name.split(QLatin1Char('.'));
    if (parts.size() != 2)
        return {};
    const QStringList path = parts.first().split(QStringLiteral("->"));
    return root.association(path.first()) ? path : QStringList();
}

// Every col() inside \a value (an expression, its arguments, a list of them).
static void collectColumnPaths(const QVariant &value, const ModelDefinitionPrivate &root,
                               QList<QStringList> *paths)
{
    if (value.metaType() == QMetaType::fromType<QVariantList>()) {
        for (const QVariant &item : value.toList())
            collectColumnPaths(item, root, paths);
        return;
    }
    if (!isExpression(value))
        return;
    const Expression expression = value.value<Expression>();
    if (expression.kind() == Expression::Column) {
        const QStringList path = columnPath(expression.text(), root);
        if (!path.isEmpty() && !paths->contains(path))
            paths->append(path);
        return;
    }
    if (expression.kind() != Expression::Literal)
        collectColumnPaths(QVariant(expression.arguments()), root, paths);
}

// The col() references of one condition, its children left out.
static void collectOwnColumnPaths(const Where &where, const ModelDefinitionPrivate &root,
                                  QList<QStringList> *paths)
{
    collectColumnPaths(where.left(), root, paths);
    collectColumnPaths(where.value(), root, paths);
}

static void collectNested(const Where &where, const ModelDefinitionPrivate *root,
                          QList<QStringList> *paths)
{
    if (where.isEmpty())
        return;
    for (const Where &child : where.children())
        collectNested(child, root, paths);
    const QStringList path = nestedPath(where.attribute());
    if (!path.isEmpty() && !paths->contains(path))
        paths->append(path);
    if (root)
        collectOwnColumnPaths(where, *root, paths);
}

QList<QStringList> nestedPaths(const Where &where, const ModelDefinitionPrivate *root)
{
    QList<QStringList> paths;
    collectNested(where, root, &paths);
    return paths;
}

static bool isNestedName(const QString &name)
{
    return isWrapped(name) && name.contains(QLatin1Char('.'));
}

bool hasNestedCondition(const Where &where, const ModelDefinitionPrivate *root)
{
    // Every query asks this: a walk that allocates nothing for the common where.
    if (where.isEmpty())
        return false;
    if (isNestedName(where.attribute()))
        return true;
    if (root && (where.left().isValid() || where.value().isValid())) {
        // This condition's own col() references (the children are asked below, once each).
        QList<QStringList> paths;
        collectOwnColumnPaths(where, *root, &paths);
        if (!paths.isEmpty())
            return true;
    }
    const QList<Where> children = where.children();
    return std::any_of(children.cbegin(), children.cend(),
                       [root](const Where &child) { return hasNestedCondition(child, root); });
}

static JoinNode makeNode(const ModelDefinitionPrivate &parent, const JoinNode *parentNode,
                         const QString &name)
{
    const AssociationInfo *a = parent.association(name);
    if (!a)
        throw DefinitionError(
            QStringLiteral("%1 has no association \"%2\"").arg(parent.name, name));
    if (!a->target || (a->kind == AssociationInfo::BelongsToMany && !a->through))
        throw InstanceError(QStringLiteral("A model of \"%1\" is gone").arg(name));
    JoinNode node;
    node.association = a;
    node.target = ModelDefinitionPrivate::get(a->target);
    if (a->kind == AssociationInfo::BelongsToMany)
        node.through = ModelDefinitionPrivate::get(a->through);
    node.where = a->scopeWhere();
    node.throughWhere = a->throughScopeWhere();
    node.path = parentNode ? parentNode->path + QStringLiteral("->") + name : name;
    return node;
}

static void applyInclude(JoinNode &node, const Include &include)
{
    const FindOptions options = include.options();
    const OptionsData &o = OptionsAccess::data(options);
    node.required = include.isRequired();
    node.where = node.association->scopeWhere() && o.where;
    node.paranoid = o.paranoid;
    node.attributes = o.attributes;
    node.excluded = o.excluded;
    node.noAttributes = o.noAttributes;
    node.throughAttributes = include.throughAttributes();
    node.throughAttributesGiven = include.hasThroughAttributes();
    node.throughWhere = node.association->throughScopeWhere() && include.throughWhere();
}

static bool isReferenced(const QString &path, const QList<QStringList> &referenced)
{
    for (const QStringList &r : referenced) {
        const QString joined = r.join(QStringLiteral("->"));
        if (joined == path || joined.startsWith(path + QStringLiteral("->")))
            return true;
    }
    return false;
}

static void addInclude(QList<JoinNode> &nodes, const ModelDefinitionPrivate &parent,
                       const JoinNode *parentNode, const Include &include, JoinScope scope,
                       const QList<QStringList> &referenced)
{
    JoinNode node = makeNode(parent, parentNode, include.association());
    applyInclude(node, include);
    const bool referencedHere = isReferenced(node.path, referenced);
    if (scope == JoinScope::Filtering && !node.required && !referencedHere)
        return;
    // A separate include (or one limited per row) is read by a query of its own: it joins
    // nothing, so a count counts source rows, as Sequelize's (it counted joined rows).
    if (include.isSeparate() && !node.required && !referencedHere)
        return;
    // Filtering: what is nested under a LEFT JOIN cannot drop source rows, so only required
    // chains (and named paths) go on.
    if (scope == JoinScope::Everything || node.required || referencedHere) {
        for (const Include &nested : include.includes())
            addInclude(node.children, *node.target, &node, nested, scope, referenced);
    }
    nodes.append(node);
}

// Adds the nodes of \a path that no include declared (LEFT JOINs without conditions).
static void addPath(QList<JoinNode> &nodes, const ModelDefinitionPrivate &root,
                    const QStringList &path)
{
    QList<JoinNode> *level = &nodes;
    const ModelDefinitionPrivate *model = &root;
    const JoinNode *parent = nullptr;
    for (const QString &name : path) {
        JoinNode *found = nullptr;
        for (JoinNode &n : *level) {
            if (n.association->name == name)
                found = &n;
        }
        if (!found) {
            level->append(makeNode(*model, parent, name));
            found = &level->last();
        }
        parent = found;
        model = found->target;
        level = &found->children;
    }
}

QList<JoinNode> build(const ModelDefinitionPrivate &root, const OptionsData &options,
                      JoinScope scope)
{
    const QList<QStringList> referenced = nestedPaths(options.where, &root);
    QList<JoinNode> nodes;
    for (const Include &include : options.includes)
        addInclude(nodes, root, nullptr, include, scope, referenced);
    for (const QStringList &path : referenced)
        addPath(nodes, root, path);
    return nodes;
}

QList<JoinNode> chain(const ModelDefinitionPrivate &root, const OptionsData &options,
                      const QStringList &path)
{
    QList<JoinNode> result;
    const ModelDefinitionPrivate *model = &root;
    QList<Include> includes = options.includes;
    for (const QString &name : path) {
        JoinNode node = makeNode(*model, result.isEmpty() ? nullptr : &result.last(), name);
        QList<Include> nested;
        for (const Include &include : std::as_const(includes)) {
            if (include.association() == name) {
                applyInclude(node, include);
                nested = include.includes();
            }
        }
        includes = nested;
        model = node.target;
        result.append(node);
    }
    return result;
}

} // namespace JoinPlan

} // namespace QtSequelize
