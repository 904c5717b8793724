// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Nested creation: create(values, SaveOptions().include(...)) and save() with includes, as
// Sequelize's Model.save with options.include.

#include "../meta/association_p.h"

#include "../core/model_p.h"
#include "../core/sequelize_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>

namespace QtSequelize {

static const AssociationInfo &includedAssociation(const ModelDefinitionPrivate &m,
                                                  const Include &include)
{
    const AssociationInfo *a = m.association(include.association());
    if (!a || !a->target)
        throw DefinitionError(
            QStringLiteral("%1 has no association \"%2\"").arg(m.name, include.association()));
    return *a;
}

// An include of a nested creation only names what to create: one that selects rows would be
// ignored, so it is refused.
static void requireCreatingInclude(const ModelDefinitionPrivate &m, const Include &include)
{
    const IncludeData &data = IncludeAccess::data(include);
    const OptionsData &o = OptionsAccess::data(data.options);
    const bool selects = !o.where.isEmpty() || !o.attributes.isEmpty() || o.noAttributes
        || !o.selectItems.isEmpty() || !o.excluded.isEmpty() || !o.order.isEmpty() || o.limit >= 0
        || data.required.has_value() || !data.throughWhere.isEmpty()
        || data.throughAttributes.has_value();
    if (selects)
        throw DefinitionError(
            QStringLiteral("The include of \"%1\" of %2 creates rows: it takes no where, "
                           "attributes, order, limit or required")
                .arg(include.association(), m.name));
}

// The maps of the association's targets given under its name (none when absent or null).
static QList<QVariantMap> targetValues(const ModelDefinitionPrivate &m, const AssociationInfo &a,
                                       const QVariant &given)
{
    if (!given.isValid() || given.isNull())
        return {};
    const auto refused = [&] {
        return DefinitionError(QStringLiteral("%1.create() with include: \"%2\" takes %3")
                                   .arg(m.name, a.name,
                                        a.isSingle() ? QStringLiteral("a map of values")
                                                     : QStringLiteral("a list of maps of values")));
    };
    if (a.isSingle()) {
        if (given.metaType().id() != QMetaType::QVariantMap)
            throw refused();
        return {given.toMap()};
    }
    if (given.metaType().id() != QMetaType::QVariantList && !given.canConvert<QVariantList>())
        throw refused();
    QList<QVariantMap> maps;
    for (const QVariant &element : given.toList()) {
        if (element.metaType().id() != QMetaType::QVariantMap)
            throw refused();
        maps.append(element.toMap());
    }
    return maps;
}

/*!
    \internal
    Builds the targets of the included associations from the values given under their names
    (Sequelize's build with include) and sets them as the instance's loaded associations; a
    belongsToMany target keeps its junction values (under the junction model's name) for the
    junction row.
*/
void ModelPrivate::buildIncluded(Model *instance, const QList<Include> &includes,
                                 const QVariantMap &values)
{
    ModelPrivate *d = get(instance);
    const ModelDefinitionPrivate &m = d->meta();
    for (const Include &include : includes) {
        requireCreatingInclude(m, include);
        const AssociationInfo &a = includedAssociation(m, include);
        QList<QSharedPointer<Model>> targets;
        for (const QVariantMap &map : targetValues(m, a, values.value(a.name))) {
            QSharedPointer<Model> target = a.target->build(map);
            if (a.kind == AssociationInfo::BelongsToMany && a.through) {
                const QVariant junction = map.value(a.through->name());
                if (junction.isValid())
                    get(target.data())->computed.insert(a.through->name(), junction.toMap());
            }
            const QList<Include> nested = include.includes();
            if (!nested.isEmpty())
                buildIncluded(target.data(), nested, map);
            targets.append(target);
        }
        if (!targets.isEmpty())
            d->setLoaded(a, targets);
    }
}

// The options a target is saved with: the transaction and logging of the source's save, and
// the include's own nested includes.
static SaveOptions targetOptions(const OptionsData &source, const Include &include)
{
    SaveOptions options;
    OptionsData &o = OptionsAccess::mutableData(options);
    o.transaction = source.transaction;
    o.logging = source.logging;
    o.logger = source.logger;
    o.includes = include.includes();
    return options;
}

// The junction row linking \a source to \a target: the target's junction values, then the
// two keys (Sequelize's through-model create of a nested belongsToMany target).
static void link(const AssociationInfo &a, Model *source, Model *target, const OptionsData &o)
{
    QVariantMap row = ModelPrivate::get(target)->computed.value(a.through->name()).toMap();
    row.insert(a.foreignKey, source->get(a.sourceKey));
    row.insert(a.otherKey, target->get(a.targetKey));
    SaveOptions options;
    OptionsAccess::mutableData(options).transaction = o.transaction;
    a.through->create(row, options);
}

/*!
    \internal
    save() with includes, as Sequelize's: belongsTo targets first (the instance takes their
    keys), then the instance, then the hasOne/hasMany targets (with the instance's key and the
    association's scope) and belongsToMany targets (with their junction rows), before the
    instance's after hooks; all in one transaction (the given one, else one of its own).
*/
void ModelPrivate::saveWithIncludes(Model *instance, const SaveOptions &options)
{
    ModelPrivate *d = get(instance);
    const ModelDefinitionPrivate &m = d->meta();
    const OptionsData &o = OptionsAccess::data(options);
    const QList<Include> includes = m.resolveIncludes(o.includes);
    QList<QPair<const AssociationInfo *, Include>> later;
    for (const Include &include : includes) {
        requireCreatingInclude(m, include);
        const AssociationInfo &a = includedAssociation(m, include);
        if (a.kind == AssociationInfo::BelongsToMany && !a.through)
            throw InstanceError(QStringLiteral("The junction model of \"%1\" is gone").arg(a.name));
        later.append({&a, include});
    }
    SaveOptions own = options;
    OptionsAccess::mutableData(own).includes.clear();
    AtomicBlock block(m.connection(), m.connection()->connectionFor(o));
    for (const auto &[a, include] : std::as_const(later)) {
        if (a->kind != AssociationInfo::BelongsTo)
            continue;
        const QList<QSharedPointer<Model>> targets = d->associations.value(a->name);
        if (targets.isEmpty() || !targets.first())
            continue;
        Model *target = targets.first().data();
        target->save(targetOptions(o, include));
        instance->set(a->foreignKey, target->get(a->targetKey));
    }
    d->saveOwn(own, [&] {
        for (const auto &[a, include] : std::as_const(later)) {
            if (a->kind == AssociationInfo::BelongsTo)
                continue;
            for (const QSharedPointer<Model> &target : d->associations.value(a->name)) {
                if (!target)
                    continue;
                if (a->kind == AssociationInfo::BelongsToMany) {
                    const bool isNew = target->isNewRecord();
                    target->save(targetOptions(o, include));
                    if (isNew)
                        link(*a, instance, target.data(), o);
                    continue;
                }
                target->set(a->foreignKey, instance->get(a->sourceKey));
                for (auto it = a->scope.cbegin(); it != a->scope.cend(); ++it)
                    target->set(it.key(), it.value());
                target->save(targetOptions(o, include));
            }
        }
    });
    block.commit();
}

} // namespace QtSequelize
