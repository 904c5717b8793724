// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The targets of a belongsToMany association: its junction rows, then the targets they link,
// for the getter and for eager loading.

#include "../meta/association_p.h"

#include "../core/model_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/where_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>

#include <QtCore/qset.h>

namespace QtSequelize {

using Associations::junctionOf;
using Associations::targetOf;

ModelDefinition *Associations::junctionOf(const AssociationInfo &a)
{
    if (!a.through)
        throw InstanceError(QStringLiteral("The junction model of \"%1\" is gone").arg(a.name));
    return a.through;
}

// belongsToMany: the targets of the junction rows matching \a junctionWhere, each carrying
// its junction row under the junction model's name (Sequelize's target.Enrollment).
// The junction values a target carries: all of them, or what the include lists.
// through.attributes: [] (joinTableAttributes: []): the targets carry no junction values at all.
static bool hidesJunction(const Include *include)
{
    return include && include->hasThroughAttributes() && include->throughAttributes().isEmpty();
}

static QVariantMap throughValues(const Model &link, const Include *include)
{
    if (!include || !include->hasThroughAttributes())
        return link.get();
    QVariantMap values;
    for (const QString &name : include->throughAttributes())
        values.insert(name, link.get(name));
    return values;
}

// For eager loading: a copy of \a found carrying the junction values of \a link, added to the
// targets of the link's source.
static void addThroughCopy(const AssociationInfo &a, const ModelDefinitionPrivate &targetMeta,
                           const QSharedPointer<Model> &found, const Model &link,
                           const Include *include,
                           QHash<QString, QList<QSharedPointer<Model>>> *bySource)
{
    QSharedPointer<Model> copy = targetMeta.instantiate();
    ModelPrivate *cd = ModelPrivate::get(copy.data());
    const ModelPrivate *fd = ModelPrivate::get(found.data());
    cd->recording = false;
    for (int i = 0; i < targetMeta.attributes.size(); ++i)
        cd->load(i, fd->value(i));
    cd->loaded = fd->loaded; // the attributes read, as the found instance
    cd->computed = fd->computed;
    cd->associations = fd->associations; // its own includes
    cd->recording = true;
    cd->newRecord = false;
    if (!hidesJunction(include))
        cd->computed.insert(junctionOf(a)->name(), throughValues(link, include));
    (*bySource)[link.get(a.foreignKey).toString()].append(copy);
}

// The keys of \a order on the junction's attributes ("IndustryCountry.numYears", Sequelize's
// [Industry, IndustryCountry, 'numYears']), named by the junction's attributes. Keys on the
// junction and on the targets at once cannot be honoured by the two queries: DefinitionError.
static QList<OrderKey> junctionOrder(const AssociationInfo &a, const QList<OrderKey> &order)
{
    const QString prefix = junctionOf(a)->name() + QLatin1Char('.');
    QList<OrderKey> keys;
    for (OrderKey key : order) {
        if (!key.attribute.startsWith(prefix))
            continue;
        key.attribute = key.attribute.mid(prefix.size());
        keys.append(key);
    }
    if (!keys.isEmpty() && keys.size() != order.size())
        throw DefinitionError(
            QStringLiteral("\"%1\" is ordered by its junction's attributes and its own at once")
                .arg(a.name));
    return keys;
}

QList<QSharedPointer<Model>> Associations::throughTargets(
    const AssociationInfo &a, const Where &junctionWhere, const FindOptions &targetOptions,
    QHash<QString, QList<QSharedPointer<Model>>> *bySource, const Include *include)
{
    ModelDefinition *junction = junctionOf(a);
    ModelDefinition *target = targetOf(a);
    const OptionsData &to = OptionsAccess::data(targetOptions);
    const Where throughWhere
        = a.throughScopeWhere() && (include ? include->throughWhere() : Where());
    // Ordered by the junction's attributes: its rows are read in that order, the targets follow.
    const QList<OrderKey> byJunction = junctionOrder(a, to.order);
    FindOptions linkOptions;
    // The junction rows are read without the junction model's hooks, as Sequelize joins them.
    linkOptions.where(junctionWhere && throughWhere).transaction(to.transaction).hooks(false);
    OptionsAccess::mutableData(linkOptions).order = byJunction;
    const QList<QSharedPointer<Model>> links = junction->findAll(linkOptions);
    QVariantList keys;
    QSet<QString> seen;
    for (const QSharedPointer<Model> &link : links) {
        const QVariant key = link->get(a.otherKey);
        if (!seen.contains(key.toString())) {
            seen.insert(key.toString());
            keys.append(key);
        }
    }
    if (keys.isEmpty())
        return {};
    FindOptions options = targetOptions;
    OptionsAccess::mutableData(options).throughWhere = Where(); // both applied to the junction
    OptionsAccess::mutableData(options).joinTableAttributes.reset();
    // A getter's where as Sequelize's ({[Op.and]: [...]}: the target's scope holds beside it);
    // an include's where was merged with the target's scope already.
    const Where own = a.scopeWhere() && Op::in(a.targetKey, keys);
    options.where(bySource ? to.where && own : getterWhere(own, to.where));
    if (!byJunction.isEmpty())
        OptionsAccess::mutableData(options).order.clear();
    if (byJunction.isEmpty() && to.order.isEmpty())
        options.order(target->primaryKeyAttribute());
    // The key the junction rows join on is read, but shown only when asked for (Sequelize).
    const ModelDefinitionPrivate *targetMeta = ModelDefinitionPrivate::get(target);
    // (A list without it, or excluding it: the targets matched no junction row.)
    const bool listed = !to.attributes.isEmpty() || !to.selectItems.isEmpty();
    const bool hideKey
        = listed ? !to.attributes.contains(a.targetKey) : to.excluded.contains(a.targetKey);
    if (hideKey && listed)
        OptionsAccess::mutableData(options).attributes.append(a.targetKey);
    else if (hideKey)
        OptionsAccess::mutableData(options).excluded.removeAll(a.targetKey);
    const int targetIndex = targetMeta->requireIndex(a.targetKey);
    QHash<QString, QSharedPointer<Model>> byKey;
    QList<QSharedPointer<Model>> ordered;
    for (const QSharedPointer<Model> &t : target->findAll(options)) {
        ModelPrivate *td = ModelPrivate::get(t.data());
        byKey.insert(td->value(targetIndex).toString(), t);
        if (hideKey)
            td->hide(targetIndex, targetMeta->attributes.size());
        ordered.append(t);
    }
    if (!byJunction.isEmpty()) {
        // The targets in the junction rows' order (each once).
        ordered.clear();
        QSet<QString> placed;
        for (const QSharedPointer<Model> &link : links) {
            const QString key = link->get(a.otherKey).toString();
            if (byKey.contains(key) && !placed.contains(key)) {
                placed.insert(key);
                ordered.append(byKey.value(key));
            }
        }
    }
    if (!bySource) {
        for (const QSharedPointer<Model> &link : links) {
            QSharedPointer<Model> t = byKey.value(link->get(a.otherKey).toString());
            if (t && !hidesJunction(include))
                ModelPrivate::get(t.data())->computed.insert(junction->name(),
                                                             throughValues(*link, include));
        }
        return ordered;
    }
    // Eager loading: a target shared by several sources gets one instance per source, as its
    // junction values differ. Each source's targets come in the targets' order (the include's
    // order, else their key's), not in the junction rows' order.
    if (!byJunction.isEmpty()) {
        for (const QSharedPointer<Model> &link : links) {
            if (const QSharedPointer<Model> found = byKey.value(link->get(a.otherKey).toString()))
                addThroughCopy(a, *targetMeta, found, *link, include, bySource);
        }
        return ordered;
    }
    QHash<QString, QList<const Model *>> linksByTarget;
    for (const QSharedPointer<Model> &link : links)
        linksByTarget[link->get(a.otherKey).toString()].append(link.data());
    for (const QSharedPointer<Model> &found : std::as_const(ordered)) {
        for (const Model *link :
             linksByTarget.value(ModelPrivate::get(found.data())->value(targetIndex).toString()))
            addThroughCopy(a, *targetMeta, found, *link, include, bySource);
    }
    return ordered;
}

} // namespace QtSequelize
