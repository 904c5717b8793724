// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Eager loading (include): one query per association and level, targets handed to their
// sources by key.

#include "../meta/association_p.h"

#include "../core/model_p.h"
#include "../dialects/dialect_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/joinplan_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../sql/coercion_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>

#include <QtCore/qset.h>

#include <algorithm>
#include <functional>
#include <numeric>

namespace QtSequelize {

namespace Associations {

// Sorts \a rows by the integer attribute \a key, unless they already are (the usual case).
static void sortByKey(QList<QSharedPointer<Model>> &rows, int key)
{
    QList<qint64> keys;
    keys.reserve(rows.size());
    bool sorted = true;
    for (const QSharedPointer<Model> &row : std::as_const(rows)) {
        keys.append(ModelPrivate::get(row.data())->value(key).toLongLong());
        sorted = sorted && (keys.size() < 2 || keys.at(keys.size() - 2) <= keys.last());
    }
    if (sorted)
        return;
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return keys.at(a) < keys.at(b); });
    QList<QSharedPointer<Model>> result;
    result.reserve(rows.size());
    for (qsizetype i : std::as_const(order))
        result.append(rows.at(i));
    rows = result;
}

// Included rows by their join value (the attribute \a index of each row, read without running
// getters): as integers when both keys are integers, as text otherwise.
struct TargetsByKey
{
    explicit TargetsByKey(bool integral)
        : integral(integral)
    {
    }
    bool integral;
    QHash<qint64, QList<QSharedPointer<Model>>> ints;
    QHash<QString, QList<QSharedPointer<Model>>> texts;
    QSet<qint64> seenInts;
    QSet<QString> seenTexts;

    static QVariant keyOf(const QSharedPointer<Model> &row, int index)
    {
        return ModelPrivate::get(row.data())->value(index);
    }
    // Whether the non-null \a key is new.
    bool markSeen(const QVariant &key)
    {
        if (integral) {
            const qsizetype before = seenInts.size();
            seenInts.insert(key.toLongLong());
            return seenInts.size() != before;
        }
        const qsizetype before = seenTexts.size();
        seenTexts.insert(key.toString());
        return seenTexts.size() != before;
    }
    void add(const QSharedPointer<Model> &row, int index)
    {
        const QVariant key = keyOf(row, index);
        if (integral)
            ints[key.toLongLong()].append(row);
        else
            texts[key.toString()].append(row);
    }
    QList<QSharedPointer<Model>> rowsFor(const QSharedPointer<Model> &parent, int index) const
    {
        const QVariant key = keyOf(parent, index);
        return integral ? ints.value(key.toLongLong()) : texts.value(key.toString());
    }
};

// The options of the query that loads \a include for \a parentKeys.
static FindOptions includeOptions(const ModelDefinitionPrivate &source, const AssociationInfo &a,
                                  const Include &include, const OptionsData &sourceOptions)
{
    FindOptions options = include.options();
    OptionsData &io = OptionsAccess::mutableData(options);
    io.transaction = sourceOptions.transaction;
    io.limit = -1; // per source instance, applied when the rows are handed out
    io.includes += include.includes();
    // findAll({include, lock}): Sequelize's joined query locks the included rows too (FOR
    // UPDATE without OF); the include's own query does the same. Not skipLocked: an included
    // row skipped would leave its source's association silently short, so it is waited for.
    // lock(lock, of) passes on as given (each query's lockFor() picks the model's own); a model
    // outside this include and its nested ones leaves this subtree unlocked.
    if (io.lock == Lock::None) {
        io.copyLock(sourceOptions);
        if (io.lockOfGiven && io.lockOf
            && !ModelDefinitionPrivate::get(targetOf(a))->reads(io.includes, io.lockOf.data()))
            io.lock = Lock::None;
    }
    // Ordered by an included attribute ("posts.title"): the included rows too, and through
    // a nested one ("countries.people.lastName") each level by the rows below it.
    if (io.order.isEmpty()) {
        for (const OrderKey &key : sourceOptions.order) {
            const QStringList parts = JoinPlan::unwrapped(key.attribute).split(QLatin1Char('.'));
            if (parts.size() >= 2 && parts.first() == a.name) {
                OrderKey own = key;
                own.attribute = parts.mid(1).join(QLatin1Char('.'));
                io.order.append(own);
            }
        }
    }
    // A $posts.title$ condition of the source query keeps only the rows it matches, as the
    // joined rows of Sequelize's query; a $posts.comments.body$ one also the nested include's.
    const QList<QStringList> named = JoinPlan::nestedPaths(sourceOptions.where, &source);
    if (named.isEmpty())
        return options;
    OptionsData rows = sourceOptions;
    rows.limit = rows.offset = -1;
    rows.order.clear();
    auto isNamed = [&](const QStringList &path) {
        return std::any_of(named.cbegin(), named.cend(), [&](const QStringList &n) {
            return n.size() >= path.size() && n.mid(0, path.size()) == path;
        });
    };
    // The rows of the include at \a path that the source query's joined rows hold.
    auto keyFilter
        = [&](OptionsData &into, const ModelDefinitionPrivate &target, const QStringList &path) {
              target.requireSingleKey("a $nested$ condition on it"); // the joined rows' keys
              into.keyFilters.append(
                  {target.attribute(target.primaryKey).name,
                   QueryGenerator(source).keysOfJoinedRows(rows, path.join(QStringLiteral("->")))});
          };
    if (isNamed({a.name}))
        keyFilter(io, *ModelDefinitionPrivate::get(targetOf(a)), {a.name});
    std::function<void(QList<Include> &, const ModelDefinitionPrivate &, const QStringList &)>
        nested = [&](QList<Include> &includes, const ModelDefinitionPrivate &model,
                     const QStringList &prefix) {
            for (Include &child : includes) {
                const QStringList path = prefix + QStringList{child.association()};
                const AssociationInfo *ca = model.association(child.association());
                if (!ca || !ca->target || !isNamed(path))
                    continue;
                const ModelDefinitionPrivate &target = *ModelDefinitionPrivate::get(ca->target);
                FindOptions &co = IncludeAccess::options(child);
                keyFilter(OptionsAccess::mutableData(co), target, path);
                nested(IncludeAccess::includes(child), target, path);
            }
        };
    nested(io.includes, *ModelDefinitionPrivate::get(targetOf(a)), {a.name});
    return options;
}

void load(const ModelDefinitionPrivate &source, QList<QSharedPointer<Model>> &parents,
          const OptionsData &sourceOptions)
{
    for (const Include &include : sourceOptions.includes) {
        const AssociationInfo &a = requireAssociation(source, include.association());
        // attributes({}): the include only filters (its where kept the source rows in the
        // source query); no target is read or shown, as Sequelize's include.attributes: [].
        if (OptionsAccess::data(include.options()).noAttributes)
            continue;
        ModelDefinition *target = targetOf(a);
        const ModelDefinitionPrivate &targetMeta = *ModelDefinitionPrivate::get(target);
        // Keys are read by index (no getter runs on them) and matched as integers when both
        // sides are integers: a hot path of every include (issue 6).
        const int sourceIndex = source.requireIndex(a.sourceKey);
        const int targetIndex = targetMeta.requireIndex(a.targetKey);
        TargetsByKey byKey(a.kind != AssociationInfo::BelongsToMany
                           && isIntegerType(source.attribute(sourceIndex).type)
                           && isIntegerType(targetMeta.attribute(targetIndex).type));
        // The join values of the parents: their foreign key (belongsTo) or key (hasOne/hasMany).
        QVariantList keys;
        for (const QSharedPointer<Model> &parent : std::as_const(parents)) {
            const QVariant key = TargetsByKey::keyOf(parent, sourceIndex);
            if (!isSqlNull(key) && byKey.markSeen(key))
                keys.append(key);
        }
        FindOptions options = includeOptions(source, a, include, sourceOptions);
        // Only a separate include's find runs its model's find hooks (Sequelize: the joined
        // rows of an include are read without them).
        if (IncludeAccess::data(include).separate.value_or(false)
            && a.kind != AssociationInfo::HasMany)
            throw EagerLoadingError(QStringLiteral("Only hasMany associations support include "
                                                   "separate (%1)")
                                        .arg(a.name));
        options.hooks(sourceOptions.hooks && include.isSeparate()
                      && a.kind == AssociationInfo::HasMany);
        if (a.kind == AssociationInfo::BelongsToMany && !keys.isEmpty()) {
            // Two queries per association: the junction rows, then their targets.
            throughTargets(a, Op::in(a.foreignKey, keys), options, &byKey.texts, &include);
        } else if (!keys.isEmpty()) {
            // The key the children join on is read, but shown only when asked for.
            bool hideKey = false;
            {
                OptionsData &mo = OptionsAccess::mutableData(options);
                const bool listed = !mo.attributes.isEmpty() || !mo.selectItems.isEmpty();
                hideKey = listed ? !mo.attributes.contains(a.targetKey)
                                 : mo.excluded.contains(a.targetKey);
                if (hideKey && listed)
                    mo.attributes.append(a.targetKey);
                else if (hideKey)
                    mo.excluded.removeAll(a.targetKey);
            }
            const OptionsData &io = OptionsAccess::data(options);
            options.where(io.where && a.scopeWhere() && Op::in(a.targetKey, keys));
            // Without an order of their own the rows come in key order. Where tables are not
            // stored in key order (PostgreSQL) and the key is an integer, that order is made
            // here rather than by the server: there an ORDER BY turns the key-list semi join
            // into a sort of every row (measured 2.4x), and the rows mostly come back in key
            // order anyway.
            const int pk = targetMeta.primaryKey;
            const bool sortHere = io.order.isEmpty() && targetMeta.primaryKeys.size() == 1
                && isIntegerType(targetMeta.attribute(pk).type)
                && !source.dialect().storesRowsInKeyOrder();
            if (io.order.isEmpty() && !sortHere && pk >= 0)
                options.order(target->primaryKeyAttribute());
            QList<QSharedPointer<Model>> found = target->findAll(options);
            if (sortHere)
                sortByKey(found, pk);
            // One query per association, whatever the number of parents.
            for (const QSharedPointer<Model> &child : std::as_const(found)) {
                // Found by the target model, as a joined include's rows: reload() applies
                // its default scope (the include's scopes were merged into this find).
                ModelPrivate::get(child.data())->loadedScopes.reset();
                byKey.add(child, targetIndex);
                if (hideKey)
                    ModelPrivate::get(child.data())
                        ->hide(targetIndex, targetMeta.attributes.size());
            }
        }
        const int perParent = a.isSingle() ? 1 : OptionsAccess::data(include.options()).limit;
        QList<QSharedPointer<Model>> kept;
        for (const QSharedPointer<Model> &parent : std::as_const(parents)) {
            QList<QSharedPointer<Model>> children = byKey.rowsFor(parent, sourceIndex);
            if (perParent >= 0 && children.size() > perParent)
                children.resize(perParent);
            if (children.isEmpty() && include.isRequired())
                continue;
            ModelPrivate::get(parent.data())->associations.insert(a.name, children);
            kept.append(parent);
        }
        parents = kept;
    }
}

} // namespace Associations

} // namespace QtSequelize
