// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The association mixins of Model (get/set/add/remove/create/count/has…).

#include "../meta/association_p.h"
#include "loadinto_p.h"

#include "../core/model_p.h"
#include "../dialects/dialect_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../query/where_p.h"
#include "../sql/coercion_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>

#include <QtCore/qsequentialiterable.h>
#include <QtCore/qset.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <numeric>

namespace QtSequelize {

using Associations::junctionOf;
using Associations::requireAssociation;
using Associations::targetOf;
using Associations::throughTargets;

const AssociationInfo &Associations::requireAssociation(const ModelDefinitionPrivate &m,
                                                        const QString &name)
{
    if (const AssociationInfo *a = m.association(name))
        return *a;
    throw DefinitionError(QStringLiteral("%1 has no association \"%2\"").arg(m.name, name));
}

ModelDefinition *Associations::targetOf(const AssociationInfo &a)
{
    if (!a.target)
        throw InstanceError(QStringLiteral("The target model of \"%1\" is gone").arg(a.name));
    return a.target;
}

// Whether \a target holds an object: a QObject pointer or a QSharedPointer to one (a
// Model::Ptr, a TypedModel's Ptr).
static bool holdsObject(const QVariant &target)
{
    return target.metaType().flags()
        & (QMetaType::PointerToQObject | QMetaType::SharedPointerToQObject);
}

// The instance \a target holds; null for a key value or another object.
static Model *instanceOf(const QVariant &target)
{
    if (!holdsObject(target))
        return nullptr;
    QObject *object = nullptr;
    if (target.metaType().flags() & QMetaType::PointerToQObject)
        object = target.value<QObject *>();
    else
        QMetaType::convert(target.metaType(), target.constData(), QMetaType::fromType<QObject *>(),
                           &object);
    return qobject_cast<Model *>(object);
}

// A target given as an instance or as a key value: its key attribute \a key. An instance of
// another model than \a expected is refused: its key would link the target row that happens
// to have the same value.
static QVariant keyOf(const QVariant &target, const QString &key, const ModelDefinition *expected)
{
    if (holdsObject(target)) {
        Model *instance = instanceOf(target);
        if (!instance)
            return QVariant();
        if (expected && instance->definition() != expected)
            throw DefinitionError(QStringLiteral("An instance of %1 is given where %2 is expected")
                                      .arg(instance->definition()->name(), expected->name()));
        return instance->get(key);
    }
    return target;
}

// The keys of \a targets, each required: an instance not yet saved (or a null key) would match
// no row, or link by NULL, where the caller meant a row.
static QVariantList keysOf(const QVariantList &targets, const QString &key,
                           const AssociationInfo &a)
{
    QVariantList keys;
    keys.reserve(targets.size());
    for (const QVariant &t : targets) {
        keys.append(keyOf(t, key, a.target.data()));
        if (isSqlNull(keys.constLast()))
            throw InstanceError(QStringLiteral("A target given to \"%1\" has no \"%2\" (save it "
                                               "first)")
                                    .arg(a.name, key));
    }
    return keys;
}

// setAssociated()'s target for a to-many association: a list, one target (an instance or a
// key, as Sequelize's toInstanceArray), or null for none.
static QVariantList targetList(const QVariant &target)
{
    if (isSqlNull(target))
        return {};
    const int type = target.metaType().id();
    // Any list (QVariantList, QStringList, a QList of instances or keys); text is one key.
    if (type != QMetaType::QString && type != QMetaType::QByteArray
        && target.canView<QSequentialIterable>())
        return target.toList();
    return {target};
}

// The source's value of the key the association links by, read by index (a key its find read
// but hides counts). Null for an instance not saved, or whose key is null; an instance read
// without the key is refused: it has targets the mixin cannot find.
static QVariant sourceKeyOf(const Model *source, const AssociationInfo &a)
{
    const ModelPrivate *d = ModelPrivate::get(source);
    const int index = d->meta().requireIndex(a.sourceKey);
    const QVariant key = d->value(index);
    if (isSqlNull(key) && !d->newRecord && !d->loaded.isEmpty() && !d->loaded.testBit(index))
        throw InstanceError(QStringLiteral("The instance was read without \"%1\", the key of "
                                           "\"%2\" (attributes or excludeAttributes left it out)")
                                .arg(a.sourceKey, a.name));
    return key;
}

// The source's key the association links by; an instance without one (not saved) has no
// targets to add or remove.
static QVariant requireSourceKey(const Model *source, const AssociationInfo &a, const char *what)
{
    const QVariant key = sourceKeyOf(source, a);
    if (isSqlNull(key))
        throw InstanceError(QStringLiteral("Save the instance before %1 \"%2\"")
                                .arg(QLatin1StringView(what), a.name));
    return key;
}

// \a values with the association's scope values (Sequelize writes them on set/add/create).
static QVariantMap withScope(const AssociationInfo &a, QVariantMap values)
{
    values.insert(a.scopeValues());
    return values;
}

// The hasMany/belongsToMany association \a name of \a m, for a mixin (\a what) that only
// applies to a list of targets.
static const AssociationInfo &requireList(const ModelDefinitionPrivate &m, const QString &name,
                                          const char *what)
{
    const AssociationInfo &a = requireAssociation(m, name);
    if (a.isSingle())
        throw DefinitionError(QStringLiteral("%1 applies to hasMany and belongsToMany associations")
                                  .arg(QLatin1StringView(what)));
    return a;
}

// belongsToMany: links \a keys to the source key \a mine, updating the through values of
// links that exist (Sequelize's add), inserting the others.
static void linkThrough(const AssociationInfo &a, const QVariant &mine, const QVariantList &keys,
                        const OptionsData &o)
{
    ModelDefinition *junction = junctionOf(a);
    if (keys.isEmpty())
        return;
    QVariantList existing;
    for (const QSharedPointer<Model> &link :
         junction->findAll(FindOptions()
                               .where(Op::eq(a.foreignKey, mine) && Op::in(a.otherKey, keys)
                                      && a.throughScopeWhere())
                               .transaction(o.transaction)))
        existing.append(link->get(a.otherKey));
    if (!o.through.isEmpty() && !existing.isEmpty())
        junction->update(o.through,
                         Op::eq(a.foreignKey, mine) && Op::in(a.otherKey, existing)
                             && a.throughScopeWhere(),
                         UpdateOptions().transaction(o.transaction));
    const QVariantMap scope = a.throughScopeValues();
    QList<QVariantMap> rows;
    for (const QVariant &key : keys) {
        if (existing.contains(key))
            continue;
        QVariantMap row = o.through;
        row.insert(scope);
        row.insert(a.foreignKey, mine);
        row.insert(a.otherKey, key);
        rows.append(row);
    }
    junction->bulkCreate(rows, BulkCreateOptions().transaction(o.transaction));
}

QVariant Model::instanceVariant(Model *instance)
{
    return QVariant::fromValue(static_cast<QObject *>(instance));
}

void ModelPrivate::setLoaded(const AssociationInfo &association,
                             const QList<QSharedPointer<Model>> &targets)
{
    Q_Q(Model);
    associations.insert(association.name, targets);
    if (association.notify.isValid())
        association.notify.invoke(q, Qt::DirectConnection);
    Q_EMIT q->associationChanged(association.name);
}

// The targets of a scoped belongsToMany that \a mine links to: the junction rows a setter may
// replace. Posts' "tags" and "categories" (both tags, of other types) share one junction, so
// setting one leaves the other's links alone.
static QVariantList linkedInScope(const AssociationInfo &a, const QVariant &mine, Transaction *t)
{
    QVariantList keys;
    const FindOptions keysOnly = FindOptions().unscoped().attributes({a.targetKey}).transaction(t);
    for (const auto &target :
         Associations::throughTargets(a, Op::eq(a.foreignKey, mine), keysOnly, nullptr, nullptr))
        keys.append(target->get(a.targetKey));
    return keys;
}

// Reads an association again after a mixin changed it, and signals the change.
static void reloadAssociation(Model *model, const AssociationInfo &a, const SaveOptions &options)
{
    const FindOptions find = FindOptions().transaction(OptionsAccess::data(options).transaction);
    ModelPrivate::get(model)->setLoaded(a, model->getAssociatedList(a.name, find));
}

QSharedPointer<Model> Model::getAssociated(const QString &name, const FindOptions &options)
{
    const QList<QSharedPointer<Model>> found = getAssociatedList(name, options);
    return found.isEmpty() ? QSharedPointer<Model>() : found.first();
}

QList<QSharedPointer<Model>> Model::getAssociatedList(const QString &name,
                                                      const FindOptions &options)
{
    Q_D(Model);
    const AssociationInfo &a = requireAssociation(d->meta(), name);
    ModelDefinition *target = targetOf(a);
    FindOptions scoped = options;
    const QVariant key = sourceKeyOf(this, a);
    if (isSqlNull(key))
        return {};
    if (a.kind == AssociationInfo::BelongsToMany) {
        // Sequelize's get…({through: {where}, joinTableAttributes}).
        const OptionsData &o = OptionsAccess::data(options);
        Include through(name);
        through.throughWhere(o.throughWhere);
        if (o.joinTableAttributes)
            through.throughAttributes(*o.joinTableAttributes);
        return throughTargets(a, Op::eq(a.foreignKey, key), options, nullptr, &through);
    }
    scoped.where(getterWhere(a.scopeWhere() && Op::eq(a.targetKey, key),
                             OptionsAccess::data(options).where));
    if (a.isSingle() && OptionsAccess::data(options).limit < 0)
        scoped.limit(1);
    if (OptionsAccess::data(options).order.isEmpty())
        scoped.order(target->primaryKeyAttribute());
    return target->findAll(scoped);
}

// hasOne set(), as Sequelize's: the target it replaces is saved with a null key, then the
// target (the instance given, or one of the key given, built as stored) takes the source's key
// and the association's scope and is saved — instance saves, so the target's validation and
// save/update hooks run (a hook's throw reaches the caller) and updatedAt moves. Replaced
// targets are found unscoped, so none outside the target's default scope stays linked.
static void setHasOne(Model *source, const AssociationInfo &a, const QVariant &target,
                      const SaveOptions &options)
{
    ModelDefinition *targetModel = targetOf(a);
    const OptionsData &o = OptionsAccess::data(options);
    const QString targetPk = targetModel->primaryKeyAttribute();
    const QVariant mine = sourceKeyOf(source, a);
    Model *instance = instanceOf(target);
    // Of the key's type (a key given as text from QML compares with the stored integer).
    const ModelDefinitionPrivate *targetMeta = ModelDefinitionPrivate::get(targetModel);
    const AttributeInfo &pk = targetMeta->attribute(targetMeta->primaryKey);
    QVariant key = keyOf(target, targetPk, targetModel);
    if (!isSqlNull(key))
        key = coerce(key, pk.type, pk.name);
    const QList<QSharedPointer<Model>> linked
        = targetModel->findAll(FindOptions()
                                   .where(Op::eq(a.foreignKey, mine) && a.scopeWhere())
                                   .unscoped()
                                   .transaction(o.transaction));
    bool alreadyLinked = false; // Sequelize then saves nothing
    for (const QSharedPointer<Model> &old : linked) {
        if (!isSqlNull(key) && old->get(targetPk) == key) {
            alreadyLinked = true;
            continue;
        }
        old->set(a.foreignKey, QVariant());
        old->save(SaveOptions(options).fields({a.foreignKey}));
    }
    if (alreadyLinked || (!instance && isSqlNull(key)))
        return;
    QSharedPointer<Model> built;
    if (!instance) {
        built = targetModel->build({{targetPk, key}});
        ModelPrivate *bd = ModelPrivate::get(built.data());
        bd->setNewRecord(false);
        bd->clearChanges();
        instance = built.data();
    }
    instance->set(withScope(a, {{a.foreignKey, mine}}));
    instance->save(options);
}

// Junction values given to a setter of another association would be dropped.
static void requireJunction(const AssociationInfo &a, const SaveOptions &options)
{
    if (a.kind != AssociationInfo::BelongsToMany && !OptionsAccess::data(options).through.isEmpty())
        throw DefinitionError(
            QStringLiteral("SaveOptions::through() applies to a belongsToMany, not to \"%1\"")
                .arg(a.name));
}

void Model::setAssociated(const QString &name, const QVariant &target, const SaveOptions &options)
{
    Q_D(Model);
    requireNoIncludes(OptionsAccess::data(options), QStringLiteral("setAssociated()"));
    const AssociationInfo &a = requireAssociation(d->meta(), name);
    requireJunction(a, options);
    ModelDefinition *targetModel = targetOf(a);
    const OptionsData &o = OptionsAccess::data(options);
    if (a.kind == AssociationInfo::BelongsTo) {
        // A null target unlinks; an instance without its key is not a target yet.
        const QVariant key
            = holdsObject(target) ? keysOf({target}, a.targetKey, a).first() : target;
        // Deliberate difference from Sequelize: the loaded association follows the key, so a
        // QML binding such as user.group.name stays true.
        QList<QSharedPointer<Model>> loaded;
        if (!isSqlNull(key)) {
            // By the target key (unique; the primary key may be composite or another column).
            loaded.append(targetModel->findOne(
                FindOptions().where(Op::eq(a.targetKey, key)).transaction(o.transaction)));
            loaded.removeAll(QSharedPointer<Model>());
        }
        set(a.foreignKey, key);
        d->associations.insert(a.name, loaded); // so that save() sees it consistent
        if (!d->newRecord && o.save)
            save(SaveOptions(options).fields({a.foreignKey}));
        d->setLoaded(a, loaded); // one change signal
        return;
    }
    if (!o.save)
        throw DefinitionError(QStringLiteral("save(false) applies to belongsTo setters; \"%1\" "
                                             "writes the rows it links")
                                  .arg(name));
    const QVariant mine = requireSourceKey(this, a, "setting");
    if (a.kind == AssociationInfo::HasOne) {
        setHasOne(this, a, target, options);
        reloadAssociation(this, a, options);
        return;
    }
    if (a.kind == AssociationInfo::BelongsToMany) {
        const QVariantList keys = keysOf(targetList(target), a.targetKey, a);
        a.throughScopeValues(); // refuses a through scope it cannot write before deleting
        Where stale = Op::eq(a.foreignKey, mine) && a.throughScopeWhere();
        if (!keys.isEmpty())
            stale = stale && Op::notIn(a.otherKey, keys);
        bool anyStale = true;
        if (!a.scope.isEmpty()) {
            const QVariantList scoped = linkedInScope(a, mine, o.transaction);
            stale = stale && Op::in(a.otherKey, scoped);
            anyStale = !scoped.isEmpty();
        }
        if (anyStale)
            junctionOf(a)->destroy(stale, DestroyOptions().transaction(o.transaction));
        linkThrough(a, mine, keys, o);
        reloadAssociation(this, a, options);
        return;
    }
    const QString targetPk = targetModel->primaryKeyAttribute();
    const ModelDefinitionPrivate &targetMeta = *ModelDefinitionPrivate::get(targetModel);
    const DataType &keyType = targetMeta.attribute(targetMeta.requireIndex(targetPk)).type;
    QVariantList keys; // of the key's type, so that they compare with the linked ones
    for (const QVariant &key : keysOf(targetList(target), targetPk, a))
        keys.append(coerce(key, keyType, targetPk));
    // Unscoped, as Sequelize's target.unscoped().update(): the target's default scope must not
    // leave some of the given targets unlinked.
    const UpdateOptions update = UpdateOptions().transaction(o.transaction).unscoped();
    // As Sequelize's: the linked targets are read, those no longer given unlinked and those
    // not linked yet linked, each an UPDATE only when there is one (a target already linked
    // is left alone: its updatedAt stays, and no bulk update hooks run for nothing).
    const Where linkedWhere = Op::eq(a.foreignKey, mine) && a.scopeWhere();
    QVariantList linked;
    for (const QVariantMap &row : targetModel->findAllRaw(FindOptions()
                                                              .attributes({targetPk})
                                                              .where(linkedWhere)
                                                              .unscoped()
                                                              .transaction(o.transaction)))
        linked.append(row.value(targetPk));
    // Looked up by their text (keys of one column, one type): linear, where list look-ups made
    // setting 8,000 targets take 0.6 s.
    QSet<QString> given, linkedKeys;
    for (const QVariant &key : std::as_const(keys))
        given.insert(key.toString());
    QVariantList obsolete;
    for (const QVariant &key : std::as_const(linked)) {
        linkedKeys.insert(key.toString());
        if (!given.contains(key.toString()))
            obsolete.append(key);
    }
    QVariantList fresh;
    for (const QVariant &key : std::as_const(keys)) {
        const QString text = key.toString();
        if (!linkedKeys.contains(text)) {
            fresh.append(key);
            linkedKeys.insert(text); // a key given twice is linked once
        }
    }
    if (!obsolete.isEmpty())
        targetModel->update({{a.foreignKey, QVariant()}}, linkedWhere && Op::in(targetPk, obsolete),
                            update);
    if (!fresh.isEmpty())
        targetModel->update(withScope(a, {{a.foreignKey, mine}}), Op::in(targetPk, fresh), update);
    reloadAssociation(this, a, options);
}

// A `fields` list given to a create mixin also writes what the association sets: the foreign
// key and the scope's attributes (Sequelize pushes them onto options.fields).
static SaveOptions withAssociationFields(const SaveOptions &options, const QVariantMap &set)
{
    const QStringList &fields = OptionsAccess::data(options).fields;
    if (!OptionsAccess::data(options).fieldsGiven)
        return options;
    QStringList extended = fields;
    for (auto it = set.cbegin(); it != set.cend(); ++it) {
        if (!extended.contains(it.key()))
            extended.append(it.key());
    }
    return SaveOptions(options).fields(extended);
}

QSharedPointer<Model> Model::createAssociated(const QString &name, const QVariantMap &values,
                                              const SaveOptions &options)
{
    Q_D(Model);
    const AssociationInfo &a = requireAssociation(d->meta(), name);
    requireJunction(a, options);
    ModelDefinition *target = targetOf(a);
    if (a.kind == AssociationInfo::BelongsTo) {
        QSharedPointer<Model> created = target->create(values, options); // its includes
        SaveOptions linking = options;
        OptionsAccess::mutableData(linking).includes.clear();
        setAssociated(name, instanceVariant(created.data()), linking);
        return created;
    }
    const QVariant mine = requireSourceKey(this, a, "creating");
    if (a.kind == AssociationInfo::BelongsToMany) {
        QSharedPointer<Model> created = target->create(
            withScope(a, values), withAssociationFields(options, withScope(a, {})));
        linkThrough(a, mine, {created->get(a.targetKey)}, OptionsAccess::data(options));
        reloadAssociation(this, a, options);
        return created;
    }
    QVariantMap withKey = withScope(a, values);
    withKey.insert(a.foreignKey, mine);
    if (a.kind == AssociationInfo::HasOne) // only one target of this association points here
        target->update(
            {{a.foreignKey, QVariant()}}, Op::eq(a.foreignKey, mine) && a.scopeWhere(),
            UpdateOptions().transaction(OptionsAccess::data(options).transaction).unscoped());
    QSharedPointer<Model> created = target->create(
        withKey, withAssociationFields(options, withScope(a, {{a.foreignKey, mine}})));
    if (a.kind == AssociationInfo::HasOne) {
        d->setLoaded(a, {created});
    } else {
        QList<QSharedPointer<Model>> list = d->associations.value(name);
        list.append(created);
        d->setLoaded(a, list);
    }
    return created;
}

void Model::addAssociated(const QString &name, const QVariantList &targets,
                          const SaveOptions &options)
{
    Q_D(Model);
    requireNoIncludes(OptionsAccess::data(options), QStringLiteral("addAssociated()"));
    const AssociationInfo &a = requireList(d->meta(), name, "add");
    requireJunction(a, options);
    ModelDefinition *target = targetOf(a);
    const QVariant mine = requireSourceKey(this, a, "adding to");
    if (a.kind == AssociationInfo::BelongsToMany) {
        const QVariantList keys = keysOf(targets, a.targetKey, a);
        linkThrough(a, mine, keys, OptionsAccess::data(options));
        reloadAssociation(this, a, options);
        return;
    }
    const QVariantList keys = keysOf(targets, target->primaryKeyAttribute(), a);
    if (keys.isEmpty())
        return;
    target->update(
        withScope(a, {{a.foreignKey, mine}}), Op::in(target->primaryKeyAttribute(), keys),
        UpdateOptions().transaction(OptionsAccess::data(options).transaction).unscoped());
    reloadAssociation(this, a, options);
}

void Model::removeAssociated(const QString &name, const QVariantList &targets,
                             const SaveOptions &options)
{
    Q_D(Model);
    requireNoIncludes(OptionsAccess::data(options), QStringLiteral("removeAssociated()"));
    const AssociationInfo &a = requireList(d->meta(), name, "remove");
    ModelDefinition *target = targetOf(a);
    const QVariant mine = requireSourceKey(this, a, "removing from");
    if (a.kind == AssociationInfo::BelongsToMany) {
        const QVariantList keys = keysOf(targets, a.targetKey, a);
        // Only this association's rows: a junction shared through scopes (posts' and images'
        // tags) holds the same pair for another source.
        junctionOf(a)->destroy(
            Op::eq(a.foreignKey, mine) && Op::in(a.otherKey, keys) && a.throughScopeWhere(),
            DestroyOptions().transaction(OptionsAccess::data(options).transaction));
        reloadAssociation(this, a, options);
        return;
    }
    const QVariantList keys = keysOf(targets, target->primaryKeyAttribute(), a);
    if (keys.isEmpty())
        return;
    target->update(
        {{a.foreignKey, QVariant()}},
        Op::eq(a.foreignKey, mine) && a.scopeWhere() && Op::in(target->primaryKeyAttribute(), keys),
        UpdateOptions().transaction(OptionsAccess::data(options).transaction).unscoped());
    reloadAssociation(this, a, options);
}

qint64 Model::countAssociated(const QString &name, const FindOptions &options)
{
    Q_D(Model);
    const AssociationInfo &a = requireAssociation(d->meta(), name);
    if (a.kind == AssociationInfo::BelongsToMany)
        return getAssociatedList(name, options).size();
    const QVariant mine = sourceKeyOf(this, a);
    if (isSqlNull(mine)) // as the getter: no targets (the rows whose key IS NULL are no one's)
        return 0;
    FindOptions scoped = options;
    scoped.where(getterWhere(a.scopeWhere() && Op::eq(a.targetKey, mine),
                             OptionsAccess::data(options).where));
    return ModelDefinitionPrivate::get(targetOf(a))->countAsFind(scoped);
}

bool Model::hasAssociated(const QString &name, const QVariantList &targets,
                          const FindOptions &options)
{
    Q_D(Model);
    const AssociationInfo &a = requireAssociation(d->meta(), name);
    ModelDefinition *target = targetOf(a);
    if (targets.isEmpty())
        return true;
    // As Sequelize's has(): every given target among the associated ones, read as the getter
    // reads them (the association's scope and the options' where apply) but without the target
    // model's scopes (Sequelize's has() passes scope: false); a key given twice counts once.
    const QString key
        = a.kind == AssociationInfo::BelongsToMany ? a.targetKey : target->primaryKeyAttribute();
    const QVariantList keys = keysOf(targets, key, a);
    if (isSqlNull(sourceKeyOf(this, a))) // as the getter: no targets
        return false;
    QSet<QString> wanted;
    for (const QVariant &k : keys)
        wanted.insert(k.toString());
    if (a.kind == AssociationInfo::BelongsToMany) {
        FindOptions within = options;
        within.unscoped();
        within.where(getterWhere(Op::in(a.targetKey, keys), OptionsAccess::data(options).where));
        QSet<QString> found;
        for (const auto &t : getAssociatedList(name, within))
            found.insert(t->get(a.targetKey).toString());
        return found.size() == wanted.size();
    }
    FindOptions scoped = options;
    scoped.unscoped();
    scoped.where(getterWhere(a.scopeWhere() && Op::eq(a.targetKey, sourceKeyOf(this, a))
                                 && Op::in(target->primaryKeyAttribute(), keys),
                             OptionsAccess::data(options).where));
    return ModelDefinitionPrivate::get(target)->countAsFind(scoped) == wanted.size();
}

static std::atomic<Associations::ReadHandler> readHandler{nullptr};

void Associations::setReadHandler(ReadHandler handler)
{
    readHandler.store(handler);
}

// An association a getter finds not loaded: the handler (the QML module's) may read it.
static void notLoaded(const Model *instance, const QString &name)
{
    if (const Associations::ReadHandler handler = readHandler.load())
        handler(const_cast<Model *>(instance), name);
}

Model *Model::loadedAssociation(const QString &name) const
{
    const auto it = d_func()->associations.constFind(name);
    if (it == d_func()->associations.cend()) {
        notLoaded(this, name);
        return nullptr;
    }
    return it->isEmpty() ? nullptr : it->first().data();
}

/*!
    The targets of the association \a name as loaded by an include or the last mixin call,
    without a query; QSQ_HAS_MANY's typed getter reads them.
*/
QList<QSharedPointer<Model>> Model::loadedTargets(const QString &name) const
{
    return d_func()->associations.value(name);
}

QList<QObject *> Model::loadedAssociationList(const QString &name) const
{
    QList<QObject *> result;
    const auto it = d_func()->associations.constFind(name);
    if (it == d_func()->associations.cend()) {
        notLoaded(this, name);
        return result;
    }
    for (const QSharedPointer<Model> &m : *it)
        result.append(m.data());
    return result;
}

} // namespace QtSequelize
