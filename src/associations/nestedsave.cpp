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
        || data.throughAttributes.has_value() || o.hasScopes || !o.scopes.isEmpty() || o.unscoped
        || !o.paranoid;
    if (selects)
        throw DefinitionError(
            QStringLiteral("The include of \"%1\" of %2 creates rows: it takes no where, "
                           "attributes, order, limit, required, scopes or paranoid")
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

// The options targets are saved (SaveOptions) or bulk-created (BulkCreateOptions) with: the
// transaction and logging of the source's call, and the include's own nested includes.
template<typename Options>
static Options targetOptions(const OptionsData &source, const Include &include)
{
    Options options;
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
    row.insert(a.throughScopeValues());
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
        target->save(targetOptions<SaveOptions>(o, include));
        instance->set(a->foreignKey, target->get(a->targetKey));
        OptionsData &ownData = OptionsAccess::mutableData(own);
        if (ownData.fieldsGiven && !ownData.fields.contains(a->foreignKey))
            ownData.fields.append(a->foreignKey); // the link is written whatever fields() chose
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
                    target->save(targetOptions<SaveOptions>(o, include));
                    if (isNew)
                        link(*a, instance, target.data(), o);
                    continue;
                }
                target->set(a->foreignKey, instance->get(a->sourceKey));
                const QVariantMap scope = a->scopeValues();
                for (auto it = scope.cbegin(); it != scope.cend(); ++it)
                    target->set(it.key(), it.value());
                target->save(targetOptions<SaveOptions>(o, include));
            }
        }
    });
    block.commit();
}

// The values of the association's targets in every record, and the record each is in.
static void collectTargets(const ModelDefinitionPrivate &m, const AssociationInfo &a,
                           const QList<QVariantMap> &rows, QList<QVariantMap> *maps,
                           QList<qsizetype> *owners)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (const QVariantMap &map : targetValues(m, a, rows.at(i).value(a.name))) {
            maps->append(map);
            owners->append(i);
        }
    }
}

// The hasOne/hasMany and belongsToMany targets of bulkCreate()'s records, once the records
// (\a sources, in order) are inserted: one bulkCreate per association (and one of junction
// rows); \a loaded receives each record's targets.
static void createOtherTargets(const ModelDefinitionPrivate &m, const QList<Include> &includes,
                               const QList<QVariantMap> &rows,
                               const QList<QSharedPointer<Model>> &sources, const OptionsData &o,
                               QHash<QString, QList<QList<QSharedPointer<Model>>>> &loaded)
{
    for (const Include &include : includes) {
        const AssociationInfo &a = includedAssociation(m, include);
        if (a.kind == AssociationInfo::BelongsTo)
            continue;
        QList<QVariantMap> maps;
        QList<qsizetype> owners;
        collectTargets(m, a, rows, &maps, &owners);
        for (qsizetype k = 0; k < maps.size() && a.kind != AssociationInfo::BelongsToMany; ++k) {
            maps[k].insert(a.foreignKey, sources.at(owners.at(k))->get(a.sourceKey));
            maps[k].insert(a.scopeValues());
        }
        QList<QList<QSharedPointer<Model>>> &byRecord = loaded[a.name];
        byRecord.resize(rows.size());
        if (maps.isEmpty())
            continue;
        const QList<QSharedPointer<Model>> created
            = a.target->bulkCreate(maps, targetOptions<BulkCreateOptions>(o, include));
        QList<QVariantMap> links;
        for (qsizetype k = 0; k < created.size(); ++k) {
            byRecord[owners.at(k)].append(created.at(k));
            if (a.kind != AssociationInfo::BelongsToMany)
                continue;
            QVariantMap link = maps.at(k).value(a.through->name()).toMap();
            link.insert(a.throughScopeValues());
            link.insert(a.foreignKey, sources.at(owners.at(k))->get(a.sourceKey));
            link.insert(a.otherKey, created.at(k)->get(a.targetKey));
            links.append(link);
        }
        if (!links.isEmpty()) {
            BulkCreateOptions linking;
            OptionsAccess::mutableData(linking).transaction = o.transaction;
            a.through->bulkCreate(links, linking);
        }
    }
}

/*!
    \internal
    bulkCreate() with includes, as Sequelize's: the belongsTo targets of every record first
    (one bulkCreate per association; the records take their keys), then the records, then
    the hasOne/hasMany targets (with their source's key and the association's scope) and the
    belongsToMany targets and junction rows; nested includes recurse through bulkCreate. All
    in one transaction; the returned instances carry their targets as loaded associations.
*/
QList<QSharedPointer<Model>> ModelPrivate::bulkCreateWithIncludes(ModelDefinition *model,
                                                                  const QList<QVariantMap> &records,
                                                                  const BulkCreateOptions &options)
{
    const ModelDefinitionPrivate &m = *ModelDefinitionPrivate::get(model);
    const OptionsData &o = OptionsAccess::data(options);
    if (o.ignoreDuplicates || !o.updateOnDuplicate.isEmpty())
        throw DefinitionError(QStringLiteral("%1.bulkCreate() with include takes neither "
                                             "ignoreDuplicates nor updateOnDuplicate: a skipped "
                                             "row has no key for its associated rows")
                                  .arg(m.name));
    const QList<Include> includes = m.resolveIncludes(o.includes);
    for (const Include &include : includes) {
        requireCreatingInclude(m, include);
        const AssociationInfo &a = includedAssociation(m, include);
        if (a.kind == AssociationInfo::BelongsToMany && !a.through)
            throw InstanceError(QStringLiteral("The junction model of \"%1\" is gone").arg(a.name));
    }
    AtomicBlock block(m.connection(), m.connection()->connectionFor(o));
    QList<QVariantMap> rows = records;
    BulkCreateOptions own = options;
    OptionsData &ownData = OptionsAccess::mutableData(own);
    ownData.includes.clear();
    // Per association, the targets of each record (by record index).
    QHash<QString, QList<QList<QSharedPointer<Model>>>> loaded;
    for (const Include &include : includes) {
        const AssociationInfo &a = includedAssociation(m, include);
        if (a.kind != AssociationInfo::BelongsTo)
            continue;
        QList<QVariantMap> maps;
        QList<qsizetype> owners;
        collectTargets(m, a, rows, &maps, &owners);
        QList<QList<QSharedPointer<Model>>> &byRecord = loaded[a.name];
        byRecord.resize(rows.size());
        if (maps.isEmpty())
            continue;
        const QList<QSharedPointer<Model>> created
            = a.target->bulkCreate(maps, targetOptions<BulkCreateOptions>(o, include));
        for (qsizetype k = 0; k < created.size(); ++k) {
            rows[owners.at(k)].insert(a.foreignKey, created.at(k)->get(a.targetKey));
            byRecord[owners.at(k)] = {created.at(k)};
        }
        if (ownData.fieldsGiven && !ownData.fields.contains(a.foreignKey))
            ownData.fields.append(a.foreignKey);
    }
    QList<QSharedPointer<Model>> sources;
    const auto createTargets = [&](const QList<QSharedPointer<Model>> &created) {
        sources = created;
        createOtherTargets(m, includes, rows, sources, o, loaded);
        for (const Include &include : includes) {
            const AssociationInfo &a = includedAssociation(m, include);
            const QList<QList<QSharedPointer<Model>>> byRecord = loaded.value(a.name);
            for (qsizetype i = 0; i < sources.size() && i < byRecord.size(); ++i) {
                if (!byRecord.at(i).isEmpty())
                    get(sources.at(i).data())->setLoaded(a, byRecord.at(i));
            }
        }
    };
    ModelDefinitionPrivate::get(model)->bulkCreate(rows, own, createTargets);
    block.commit();
    return sources;
}

} // namespace QtSequelize
