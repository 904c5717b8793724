// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: scopes (merging, the default scope, $Model.attribute$ names), model validators
// and hooks.

#include "../meta/modeldefinition_p.h"

#include "../meta/association_p.h"

#include "../dialects/dialect_p.h"
#include "../query/joinplan_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../query/rawquery_p.h"
#include "../sql/coercion_p.h"
#include "../sql/inflection_p.h"
#include "hydrator_p.h"
#include "model_p.h"
#include "modeloptions_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>
#include <QtSequelize/sequelizehooks.h>

#include <QtCore/qdatetime.h>

#include <QtCore/qjsonvalue.h>
#include <QtCore/qmutex.h>
#include <QtCore/qreadwritelock.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/quuid.h>
#include <QtSql/qsqlquery.h>
#include <cmath>

namespace QtSequelize {

void ModelDefinition::addScope(const QString &name, const FindOptions &scope)
{
    Q_D(ModelDefinition);
    QWriteLocker locker(&d->registrationLock);
    for (auto &entry : d->scopes) {
        if (entry.first == name) {
            entry.second = scope;
            return;
        }
    }
    d->scopes.append({name, scope});
}

void ModelDefinition::addScope(const QString &name, const ScopeFunction &scope)
{
    Q_D(ModelDefinition);
    QWriteLocker locker(&d->registrationLock);
    d->scopeFunctions.removeIf([&](const auto &entry) { return entry.first == name; });
    if (scope)
        d->scopeFunctions.append({name, scope});
}

void ModelDefinition::addValidator(const QString &name, InstanceCheck check)
{
    Q_D(ModelDefinition);
    QWriteLocker locker(&d->registrationLock);
    if (check)
        d->validators.append({name, check});
}

void ModelDefinition::addHooks(const QSharedPointer<ModelHooks> &hooks)
{
    Q_D(ModelDefinition);
    QWriteLocker locker(&d->registrationLock);
    if (hooks)
        d->hooks.append(hooks);
}

void ModelDefinition::removeHooks(const QSharedPointer<ModelHooks> &hooks)
{
    QWriteLocker locker(&d_func()->registrationLock);
    d_func()->hooks.removeAll(hooks);
}

/*!
    Returns whether any hooks run for this model: its own or the Sequelize's permanent model
    hooks.
*/
bool ModelDefinition::hasHooks() const
{
    return d_func()->hasHooks();
}

QStringList ModelDefinition::scopeNames() const
{
    QStringList names;
    for (const auto &entry : d_func()->registered(d_func()->scopes))
        names.append(entry.first);
    for (const auto &entry : d_func()->registered(d_func()->scopeFunctions))
        names.append(entry.first);
    return names;
}

// The top-level conditions of a where: the children of the AND that joins the keys of a where
// object (or a && b), not of an {and: [...]} key.
static QList<Where> conditions(const Where &where)
{
    if (where.isEmpty())
        return {};
    if (where.op() == Where::And && where.attribute().isEmpty())
        return where.children();
    return {where};
}

// The key a top-level condition has in Sequelize's where object: its attribute, the attribute
// of a group on one attribute ({age: {gt: 6, lt: 9}}, {age: {or: [1, 2]}}: "age", as the map
// form records it), or the operator of a logical group ({or: [...]} and Op::or_(): "or"; a not:
// "not"); empty for a condition on a computed value, which no layer replaces.
static QString conditionKey(const Where &where)
{
    if (where.left().isValid())
        return QString();
    switch (where.op()) {
    case Where::And:
    case Where::Or:
    case Where::Not:
        if (!where.attribute().isEmpty())
            return where.attribute();
        return where.op() == Where::Or ? QStringLiteral("or")
            : where.op() == Where::Not ? QStringLiteral("not")
                                       : QString();
    default:
        return where.attribute();
    }
}

// Sequelize v6's merge of where objects (Object.assign): the conditions a layer puts on an
// attribute replace what earlier layers put on it; conditions of one layer all hold. With
// whereMergeStrategy: 'and' (\a andWheres) every layer's conditions hold.
static Where mergeWhere(const Where &earlier, const Where &later, bool andWheres = false)
{
    if (earlier.isEmpty())
        return later;
    if (later.isEmpty())
        return earlier;
    if (andWheres)
        return Op::and_(conditions(earlier) + conditions(later));
    QList<Where> merged = conditions(earlier);
    const QList<Where> added = conditions(later);
    QSet<QString> replaced;
    for (const Where &condition : added) {
        if (const QString key = conditionKey(condition); !key.isEmpty())
            replaced.insert(key);
    }
    merged.removeIf([&](const Where &w) { return replaced.contains(conditionKey(w)); });
    merged.append(added);
    return merged.size() == 1 ? merged.first() : Op::and_(merged);
}

// lodash's union, as Sequelize merges arrays of options: the earlier list, then what the
// later one adds.
template<typename T, typename Same>
static void unite(QList<T> &into, const QList<T> &later, Same same)
{
    for (const T &item : later) {
        if (std::none_of(into.cbegin(), into.cend(), [&](const T &i) { return same(i, item); }))
            into.append(item);
    }
}

static void unite(QStringList &into, const QStringList &later)
{
    unite(into, later, [](const QString &a, const QString &b) { return a == b; });
}

// An attribute list (Sequelize's attributes: [...]) or its object form ({include, exclude}).
static bool listsAttributes(const OptionsData &o)
{
    return !o.attributes.isEmpty() || !o.selectItems.isEmpty() || o.noAttributes;
}

static bool shapesAttributes(const OptionsData &o)
{
    return !o.excluded.isEmpty() || !o.extraItems.isEmpty();
}

// Merges a later layer of find options (a scope, or the query's own options) into the layers
// before it, as Sequelize v6's _assignOptions: lists (attributes, exclusions, order, group) are
// united; where and having merge by attribute; limit, offset and the other single values of
// the later layer win when it sets them; includes add up (mergeIncludes() merges those of one
// association).
static void mergeLayer(OptionsData &into, const OptionsData &later, bool andWheres)
{
    into.where = mergeWhere(into.where, later.where, andWheres);
    into.having = mergeWhere(into.having, later.having, andWheres);
    into.throughWhere = mergeWhere(into.throughWhere, later.throughWhere);
    // A list and an object form do not unite: the later one replaces the earlier (Sequelize's
    // merge keeps the later value of another shape). United, a query's exclude was lost
    // under a scope's list (the excluded attribute came back).
    if ((listsAttributes(later) && shapesAttributes(into))
        || (shapesAttributes(later) && listsAttributes(into))) {
        into.attributes.clear();
        into.selectItems.clear();
        into.extraItems.clear();
        into.excluded.clear();
        into.noAttributes = false;
    }
    const bool noAttributes = into.noAttributes || later.noAttributes;
    unite(into.attributes, later.attributes);
    auto sameItem = [](const SelectItem &a, const SelectItem &b) {
        return a.alias == b.alias && a.attribute == b.attribute && !a.attribute.isEmpty();
    };
    unite(into.selectItems, later.selectItems, sameItem);
    unite(into.extraItems, later.extraItems, sameItem);
    into.noAttributes = noAttributes && into.attributes.isEmpty() && into.selectItems.isEmpty();
    unite(into.excluded, later.excluded);
    unite(into.order, later.order, [](const OrderKey &a, const OrderKey &b) {
        return !a.attribute.isEmpty() && a.attribute == b.attribute && a.order == b.order
            && a.nulls == b.nulls && a.collation == b.collation;
    });
    unite(into.group, later.group);
    if (later.limit >= 0)
        into.limit = later.limit;
    if (later.offset >= 0)
        into.offset = later.offset;
    if (!later.countColumn.isEmpty())
        into.countColumn = later.countColumn;
    into.distinct = into.distinct || later.distinct;
    into.paranoid = into.paranoid && later.paranoid;
    if (later.lock != Lock::None)
        into.copyLock(later);
    if (later.joinTableAttributes)
        into.joinTableAttributes = later.joinTableAttributes;
    into.keyFilters.append(later.keyFilters);
    into.includes.append(later.includes);
}

// Includes of one association become one (Sequelize's _uniqIncludes), their options merged in
// order, their own includes likewise.
static QList<Include> mergeIncludes(const QList<Include> &includes, bool andWheres)
{
    QList<Include> merged;
    for (const Include &include : includes) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const Include &i) {
            return i.association() == include.association();
        });
        if (same == merged.end()) {
            merged.append(include);
            continue;
        }
        IncludeData &into = IncludeAccess::data(*same);
        const IncludeData &later = IncludeAccess::data(include);
        mergeLayer(OptionsAccess::mutableData(into.options), OptionsAccess::data(later.options),
                   andWheres);
        if (later.required)
            into.required = later.required;
        if (later.separate)
            into.separate = later.separate;
        into.includes.append(later.includes);
        into.throughWhere = mergeWhere(into.throughWhere, later.throughWhere);
        if (later.throughAttributes)
            into.throughAttributes = later.throughAttributes;
    }
    for (Include &include : merged) {
        if (include.includes().size() > 1)
            IncludeAccess::includes(include) = mergeIncludes(include.includes(), andWheres);
    }
    return merged;
}

static const FindOptions *findScope(const QList<QPair<QString, FindOptions>> &scopes,
                                    const QString &name)
{
    for (const auto &entry : scopes) {
        if (entry.first == name)
            return &entry.second;
    }
    return nullptr;
}

// Include::all() becomes one include per association (Sequelize's include: {all: true}), an
// include of a model the association with that target; nested includes likewise.
// What an include asks of an association that cannot give it would be dropped: every target
// where a junction filter or a limit was asked for.
static void requireHonoured(const AssociationInfo &a, const Include &include)
{
    if (a.kind != AssociationInfo::BelongsToMany
        && (!include.throughWhere().isEmpty() || include.hasThroughAttributes()))
        throw DefinitionError(QStringLiteral("Include \"%1\": throughWhere() and "
                                             "throughAttributes() apply to a belongsToMany")
                                  .arg(a.name));
    if (a.isSingle() && OptionsAccess::data(include.options()).limit >= 0)
        throw DefinitionError(QStringLiteral("Include \"%1\": limit() applies to a hasMany or "
                                             "belongsToMany, %1 is one row")
                                  .arg(a.name));
}

// The flag of Include::AssociationKinds that \a kind is: its bit.
static int kindFlag(AssociationInfo::Kind kind)
{
    static_assert(Include::BelongsTo == 1 << AssociationInfo::BelongsTo
                  && Include::HasOne == 1 << AssociationInfo::HasOne
                  && Include::HasMany == 1 << AssociationInfo::HasMany
                  && Include::BelongsToMany == 1 << AssociationInfo::BelongsToMany);
    return 1 << kind;
}

// Sequelize's include: {all: true[, nested: true]} (_expandIncludeAllElement): an include of
// each association of \a parent not listed in \a into, each a copy of \a all (its options);
// nested, their targets' associations too, skipping a target Sequelize's list of models on the
// way (\a used, kept as Sequelize keeps it) holds.
static void expandAll(const Include &all, const ModelDefinitionPrivate &parent,
                      QList<Include> &into, QList<const ModelDefinitionPrivate *> &used)
{
    const bool nested = IncludeAccess::data(all).nested;
    const int kinds = IncludeAccess::data(all).allKinds;
    for (const AssociationInfo &a : parent.associations) {
        if (!(kinds & kindFlag(a.kind)))
            continue;
        // Listed already (by name, or by model for the association without an alias).
        if (std::any_of(into.cbegin(), into.cend(), [&](const Include &i) {
                return i.association() == a.name
                    || (i.association().isEmpty() && a.target && i.model() == a.target
                        && !a.aliased);
            }))
            continue;
        const ModelDefinitionPrivate *target
            = a.target ? ModelDefinitionPrivate::get(a.target.data()) : nullptr;
        if (!target || (nested && used.contains(target)))
            continue;
        used.append(&parent);
        Include child = all;
        IncludeData &data = IncludeAccess::data(child);
        data.all = data.nested = false;
        data.association = a.name;
        data.model = nullptr;
        if (nested)
            expandAll(all, *target, data.includes, used);
        into.append(child);
    }
    if (!used.isEmpty())
        used.removeLast();
}

QList<Include> ModelDefinitionPrivate::resolveIncludes(const QList<Include> &given) const
{
    QList<Include> resolved;
    QList<Include> includes;
    for (const Include &include : given) {
        if (!include.isAll())
            includes.append(include);
    }
    for (const Include &include : given) {
        if (include.isAll()) {
            QList<const ModelDefinitionPrivate *> used;
            expandAll(include, *this, includes, used);
        }
    }
    for (const Include &include : std::as_const(includes)) {
        QString name = include.association();
        if (name.isEmpty()) {
            // Sequelize's getAssociationForAlias(): of several associations with the target,
            // the one without an alias; two or more of those cannot be told apart.
            QStringList candidates, unaliased;
            for (const AssociationInfo &a : associations) {
                if (a.target && a.target == include.model()) {
                    candidates.append(a.name);
                    if (!a.aliased)
                        unaliased.append(a.name);
                }
            }
            const QString target = include.model() ? include.model()->name() : QStringLiteral("?");
            if (candidates.isEmpty())
                throw EagerLoadingError(
                    QStringLiteral("%1 is not associated to %2").arg(target, this->name));
            if (candidates.size() > 1 && unaliased.size() == 1)
                candidates = unaliased;
            if (candidates.size() > 1)
                throw EagerLoadingError(
                    QStringLiteral("%1 is associated to %2 more than once (%3): "
                                   "include it by alias")
                        .arg(target, this->name, candidates.join(QStringLiteral(", "))));
            name = candidates.first();
        }
        const AssociationInfo *a = association(name);
        if (!a)
            throw EagerLoadingError(
                QStringLiteral("%1 has no association \"%2\"").arg(this->name, name));
        requireHonoured(*a, include);
        const QList<Include> nested = include.includes();
        resolved.append(include.resolved(
            name,
            nested.isEmpty() || !a->target
                ? nested
                : ModelDefinitionPrivate::get(a->target)->resolveIncludes(nested)));
    }
    return resolved;
}

// Sequelize's "$User.name$" for the model's own attribute (the model's name is the main table's
// alias there): the same condition as on "name".
static Where withoutOwnPrefix(const Where &where, const ModelDefinitionPrivate &model)
{
    const QList<Where> children = where.children();
    if (!children.isEmpty()) {
        QList<Where> renamed;
        renamed.reserve(children.size());
        for (const Where &child : children)
            renamed.append(withoutOwnPrefix(child, model));
        return Where(where.op(), renamed);
    }
    const QString name = where.attribute();
    if (where.left().isValid() || !JoinPlan::isWrapped(name))
        return where;
    const QString inner = JoinPlan::unwrapped(name);
    const qsizetype dot = inner.indexOf(QLatin1Char('.'));
    const QString prefix = inner.left(dot);
    if (dot <= 0 || (prefix != model.name && prefix != model.tableName)
        || model.association(prefix))
        return where;
    return Where(inner.mid(dot + 1), where.op(), where.value());
}

Where ModelDefinitionPrivate::ownNames(const Where &where) const
{
    return JoinPlan::hasNestedCondition(where) ? withoutOwnPrefix(where, *this) : where;
}

FindOptions ModelDefinitionPrivate::scoped(const FindOptions &given) const
{
    const OptionsData &g = OptionsAccess::data(given);
    if (!g.throughWhere.isEmpty() || g.joinTableAttributes)
        // A find would run without them: every row, where a junction filter was asked for.
        throw DefinitionError(QStringLiteral("throughWhere() and joinTableAttributes() apply to "
                                             "a belongsToMany getter, not to a find of %1")
                                  .arg(name));
    FindOptions options = applyScopes(given);
    if (JoinPlan::hasNestedCondition(OptionsAccess::data(options).where))
        OptionsAccess::mutableData(options).where = ownNames(OptionsAccess::data(options).where);
    // order(col("books.title")) (Sequelize's order: [[col('books.title'), 'DESC']]) is the
    // included attribute "books.title": an included table is not joined where the rows are read.
    // (Read first: the options are shared with the caller's, and a write would copy them.)
    const QList<OrderKey> &order = OptionsAccess::data(options).order;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const OrderKey &key = order.at(i);
        if (!key.attribute.isEmpty() || key.literal
            || key.expression.metaType() != QMetaType::fromType<Expression>())
            continue;
        const Expression e = key.expression.value<Expression>();
        if (e.kind() != Expression::Column || JoinPlan::columnPath(e.text(), *this).isEmpty())
            continue;
        OrderKey &own = OptionsAccess::mutableData(options).order[i];
        own.attribute = e.text().replace(QStringLiteral("->"), QStringLiteral("."));
        own.expression = QVariant();
    }
    if (!OptionsAccess::data(options).includes.isEmpty()) {
        OptionsData &o = OptionsAccess::mutableData(options);
        o.includes = scopedIncludes(mergeIncludes(resolveIncludes(o.includes), andWheres));
    }
    return options;
}

void ModelDefinitionPrivate::runFindHook(bool enabled, void (ModelHooks::*hook)(FindOptions &),
                                         FindOptions &options) const
{
    if (!enabled || !hasHooks())
        return;
    // Compared by their shared data: a hook that leaves them alone keeps them.
    const QList<Include> includes = OptionsAccess::data(options).includes;
    runHook(true, hook, options);
    OptionsData &o = OptionsAccess::mutableData(options);
    const bool sameIncludes = o.includes.size() == includes.size()
        && std::equal(o.includes.cbegin(), o.includes.cend(), includes.cbegin(),
                      [](const Include &a, const Include &b) {
                          return &IncludeAccess::data(a) == &IncludeAccess::data(b);
                      });
    if (!sameIncludes)
        o.includes = scopedIncludes(mergeIncludes(resolveIncludes(o.includes), andWheres));
    if (JoinPlan::hasNestedCondition(o.where))
        o.where = ownNames(o.where);
}

bool ModelDefinitionPrivate::reads(const QList<Include> &includes,
                                   const ModelDefinition *model) const
{
    if (q_ptr == model)
        return true;
    for (const Include &include : includes) {
        const AssociationInfo *a = association(include.association());
        if (a && a->target
            && ModelDefinitionPrivate::get(a->target.data())->reads(include.includes(), model))
            return true;
    }
    return false;
}

void ModelDefinitionPrivate::requireLockTarget(const OptionsData &options) const
{
    requireLockTarget(options, options.includes);
}

void ModelDefinitionPrivate::requireLockTarget(const OptionsData &options,
                                               const QList<Include> &includes) const
{
    if (!options.lockOfGiven || options.lock == Lock::None)
        return;
    if (!options.lockOf || !reads(includes, options.lockOf.data()))
        throw DefinitionError(QStringLiteral("lock(): the model it names is not read by this "
                                             "query of %1 (the model itself or an include)")
                                  .arg(name));
}

// Sequelize's _injectScope(include): the included model's scopes (its default scope, or those
// the include names) merge into the include's options, so a scope's where also filters the
// source rows of a required include and, as in Sequelize, makes the include required by
// default; includes of the scopes join the include's own.
QList<Include> ModelDefinitionPrivate::scopedIncludes(const QList<Include> &includes) const
{
    QList<Include> result;
    result.reserve(includes.size());
    for (Include include : includes) {
        const AssociationInfo *a = association(include.association());
        if (a && a->target) {
            const ModelDefinitionPrivate &target = *get(a->target);
            IncludeData &data = IncludeAccess::data(include);
            FindOptions merged = target.applyScopes(data.options);
            OptionsData &m = OptionsAccess::mutableData(merged);
            data.includes += m.includes;
            m.includes.clear();
            m.unscoped = true; // applied: not again when the targets are read
            data.options = merged;
            if (!data.includes.isEmpty())
                data.includes = target.scopedIncludes(
                    mergeIncludes(target.resolveIncludes(data.includes), target.andWheres));
        }
        result.append(include);
    }
    return result;
}

FindOptions ModelDefinitionPrivate::applyScopes(const FindOptions &options) const
{
    const OptionsData &o = OptionsAccess::data(options);
    if (o.unscoped)
        return options;
    const QList<QPair<QString, FindOptions>> scopes = registered(this->scopes);
    const QList<QPair<QString, ModelDefinition::ScopeFunction>> scopeFunctions
        = registered(this->scopeFunctions);
    // (A default scope given as a function applies too: it was skipped when no scope was
    // given as options.)
    if (scopes.isEmpty() && scopeFunctions.isEmpty() && !o.hasScopes)
        return options;
    QStringList names = o.hasScopes ? o.scopes : QStringList{QStringLiteral("defaultScope")};
    QList<const OptionsData *> layers;
    QList<FindOptions> computed; // what scope functions returned, alive while merging
    computed.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &n = names.at(i);
        const FindOptions *scope = findScope(scopes, n);
        if (!scope) {
            for (const auto &entry : scopeFunctions) {
                if (entry.first == n) {
                    computed.append(entry.second(o.scopeArguments.value(i)));
                    scope = &computed.last();
                }
            }
        }
        if (!scope) {
            if (n == QLatin1String("defaultScope"))
                continue;
            throw ScopeError(QStringLiteral("Invalid scope %1 called.").arg(n));
        }
        layers.append(&OptionsAccess::data(*scope));
    }
    if (layers.isEmpty())
        return options;
    layers.append(&o);
    OptionsData merged;
    for (const OptionsData *layer : layers)
        mergeLayer(merged, *layer, andWheres);
    // What a scope can set comes from the merge; the rest (transaction, hooks, …) from the
    // query.
    FindOptions result = options;
    OptionsData &r = OptionsAccess::mutableData(result);
    r.where = merged.where;
    r.having = merged.having;
    r.throughWhere = merged.throughWhere;
    r.attributes = merged.attributes;
    r.noAttributes = merged.noAttributes;
    r.selectItems = merged.selectItems;
    r.extraItems = merged.extraItems;
    r.excluded = merged.excluded;
    r.order = merged.order;
    r.group = merged.group;
    r.limit = merged.limit;
    r.offset = merged.offset;
    r.countColumn = merged.countColumn;
    r.distinct = merged.distinct;
    r.paranoid = merged.paranoid;
    r.copyLock(merged);
    r.joinTableAttributes = merged.joinTableAttributes;
    r.keyFilters = merged.keyFilters;
    r.includes = merged.includes;
    return result;
}

bool ModelDefinitionPrivate::hasDefaultScope() const
{
    const QString name = QStringLiteral("defaultScope");
    if (findScope(registered(scopes), name))
        return true;
    for (const auto &entry : registered(scopeFunctions)) {
        if (entry.first == name)
            return true;
    }
    return false;
}

Where ModelDefinitionPrivate::scopedWhere(const Where &where, const OptionsData &options) const
{
    if (options.unscoped)
        return where;
    FindOptions find;
    OptionsData &f = OptionsAccess::mutableData(find);
    f.where = where;
    f.scopes = options.scopes;
    f.scopeArguments = options.scopeArguments;
    f.hasScopes = options.hasScopes;
    return OptionsAccess::data(applyScopes(find)).where;
}

} // namespace QtSequelize
