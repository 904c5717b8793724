// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The association mixins of Model and eager loading (include).

#include "../meta/association_p.h"

#include "../core/model_p.h"
#include "../dialects/dialect_p.h"
#include "../meta/modeldefinition_p.h"
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

static const AssociationInfo &requireAssociation(const ModelDefinitionPrivate &m,
                                                 const QString &name)
{
    if (const AssociationInfo *a = m.association(name))
        return *a;
    throw DefinitionError(QStringLiteral("%1 has no association \"%2\"").arg(m.name, name));
}

static ModelDefinition *targetOf(const AssociationInfo &a)
{
    if (!a.target)
        throw InstanceError(QStringLiteral("The target model of \"%1\" is gone").arg(a.name));
    return a.target;
}

// A target given as an instance (QObject*) or as a key value: its key attribute \a key.
static QVariant keyOf(const QVariant &target, const QString &key)
{
    if (target.metaType().flags() & QMetaType::PointerToQObject) {
        if (auto *instance = qobject_cast<Model *>(target.value<QObject *>()))
            return instance->get(key);
        return QVariant();
    }
    return target;
}

static QVariantList keysOf(const QVariantList &targets, const QString &key)
{
    QVariantList keys;
    keys.reserve(targets.size());
    for (const QVariant &t : targets)
        keys.append(keyOf(t, key));
    return keys;
}

// \a values with the association's scope values (Sequelize writes them on set/add/create).
static QVariantMap withScope(const AssociationInfo &a, QVariantMap values)
{
    for (auto it = a.scope.cbegin(); it != a.scope.cend(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

static Model *instanceOf(const QVariant &target)
{
    if (target.metaType().flags() & QMetaType::PointerToQObject)
        return qobject_cast<Model *>(target.value<QObject *>());
    return nullptr;
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

static ModelDefinition *junctionOf(const AssociationInfo &a)
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

static QList<QSharedPointer<Model>> throughTargets(
    const AssociationInfo &a, const Where &junctionWhere, const FindOptions &targetOptions,
    QHash<QString, QList<QSharedPointer<Model>>> *bySource, const Include *include = nullptr)
{
    ModelDefinition *junction = junctionOf(a);
    ModelDefinition *target = targetOf(a);
    const OptionsData &to = OptionsAccess::data(targetOptions);
    const Where throughWhere = include ? include->throughWhere() : Where();
    const QList<QSharedPointer<Model>> links = junction->findAll(
        FindOptions().where(junctionWhere && throughWhere).transaction(to.transaction));
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
    options.where(to.where && a.scopeWhere() && Op::in(a.targetKey, keys));
    if (to.order.isEmpty())
        options.order(target->primaryKeyAttribute());
    // The key the junction rows join on is read, but shown only when asked for (Sequelize).
    const ModelDefinitionPrivate *targetMeta = ModelDefinitionPrivate::get(target);
    const bool hideKey = !to.attributes.isEmpty() && !to.attributes.contains(a.targetKey);
    if (hideKey)
        options.attributes(QStringList(to.attributes) << a.targetKey);
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
    // junction values differ.
    for (const QSharedPointer<Model> &link : links) {
        QSharedPointer<Model> found = byKey.value(link->get(a.otherKey).toString());
        if (!found)
            continue;
        QSharedPointer<Model> copy = targetMeta->instantiate();
        ModelPrivate *cd = ModelPrivate::get(copy.data());
        const ModelPrivate *fd = ModelPrivate::get(found.data());
        cd->recording = false;
        for (int i = 0; i < targetMeta->attributes.size(); ++i)
            cd->load(i, fd->value(i));
        cd->loaded = fd->loaded; // the attributes read, as the found instance
        cd->computed = fd->computed;
        cd->associations = fd->associations; // its own includes
        cd->recording = true;
        cd->newRecord = false;
        if (!hidesJunction(include))
            cd->computed.insert(junction->name(), throughValues(*link, include));
        (*bySource)[link->get(a.foreignKey).toString()].append(copy);
    }
    return ordered;
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
                               .where(Op::eq(a.foreignKey, mine) && Op::in(a.otherKey, keys))
                               .transaction(o.transaction)))
        existing.append(link->get(a.otherKey));
    if (!o.through.isEmpty() && !existing.isEmpty())
        junction->update(o.through, Op::eq(a.foreignKey, mine) && Op::in(a.otherKey, existing),
                         UpdateOptions().transaction(o.transaction));
    QList<QVariantMap> rows;
    for (const QVariant &key : keys) {
        if (existing.contains(key))
            continue;
        QVariantMap row = o.through;
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
    const QVariant key = get(a.sourceKey);
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
    scoped.where(OptionsAccess::data(options).where && a.scopeWhere() && Op::eq(a.targetKey, key));
    if (a.isSingle() && OptionsAccess::data(options).limit < 0)
        scoped.limit(1);
    if (OptionsAccess::data(options).order.isEmpty())
        scoped.order(target->primaryKeyAttribute());
    return target->findAll(scoped);
}

void Model::setAssociated(const QString &name, const QVariant &target, const SaveOptions &options)
{
    Q_D(Model);
    requireNoIncludes(OptionsAccess::data(options), QStringLiteral("setAssociated()"));
    const AssociationInfo &a = requireAssociation(d->meta(), name);
    ModelDefinition *targetModel = targetOf(a);
    const OptionsData &o = OptionsAccess::data(options);
    if (a.kind == AssociationInfo::BelongsTo) {
        const QVariant key = keyOf(target, a.targetKey);
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
    const QVariant mine = get(a.sourceKey);
    if (isSqlNull(mine))
        throw InstanceError(QStringLiteral("Save the instance before setting \"%1\"").arg(name));
    if (a.kind == AssociationInfo::BelongsToMany) {
        const QVariantList keys = keysOf(target.toList(), a.targetKey);
        Where stale = Op::eq(a.foreignKey, mine);
        if (!keys.isEmpty())
            stale = stale && Op::notIn(a.otherKey, keys);
        junctionOf(a)->destroy(stale, DestroyOptions().transaction(o.transaction));
        linkThrough(a, mine, keys, o);
        reloadAssociation(this, a, options);
        return;
    }
    const QString targetPk = targetModel->primaryKeyAttribute();
    const QVariantList targets = a.kind == AssociationInfo::HasMany
        ? target.toList()
        : (isSqlNull(target) && !instanceOf(target) ? QVariantList() : QVariantList{target});
    const QVariantList keys = keysOf(targets, targetPk);
    const UpdateOptions update = UpdateOptions().transaction(o.transaction);
    // Unlink what is no longer associated, then link the given targets.
    Where unlinked = Op::eq(a.foreignKey, mine) && a.scopeWhere();
    if (!keys.isEmpty())
        unlinked = unlinked && Op::notIn(targetPk, keys);
    targetModel->update({{a.foreignKey, QVariant()}}, unlinked, update);
    if (!keys.isEmpty())
        targetModel->update(withScope(a, {{a.foreignKey, mine}}), Op::in(targetPk, keys), update);
    reloadAssociation(this, a, options);
}

// A `fields` list given to a create mixin also writes what the association sets: the foreign
// key and the scope's attributes (Sequelize pushes them onto options.fields).
static SaveOptions withAssociationFields(const SaveOptions &options, const QVariantMap &set)
{
    const QStringList &fields = OptionsAccess::data(options).fields;
    if (fields.isEmpty())
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
    ModelDefinition *target = targetOf(a);
    if (a.kind == AssociationInfo::BelongsTo) {
        QSharedPointer<Model> created = target->create(values, options); // its includes
        SaveOptions linking = options;
        OptionsAccess::mutableData(linking).includes.clear();
        setAssociated(name, instanceVariant(created.data()), linking);
        return created;
    }
    const QVariant mine = get(a.sourceKey);
    if (isSqlNull(mine))
        throw InstanceError(QStringLiteral("Save the instance before creating \"%1\"").arg(name));
    if (a.kind == AssociationInfo::BelongsToMany) {
        QSharedPointer<Model> created = target->create(
            withScope(a, values), withAssociationFields(options, withScope(a, {})));
        linkThrough(a, mine, {created->get(a.targetKey)}, OptionsAccess::data(options));
        reloadAssociation(this, a, options);
        return created;
    }
    QVariantMap withKey = withScope(a, values);
    withKey.insert(a.foreignKey, mine);
    if (a.kind == AssociationInfo::HasOne) // only one target may point here
        target->update({{a.foreignKey, QVariant()}}, Op::eq(a.foreignKey, mine),
                       UpdateOptions().transaction(OptionsAccess::data(options).transaction));
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
    ModelDefinition *target = targetOf(a);
    const QVariant mine = get(a.sourceKey);
    if (a.kind == AssociationInfo::BelongsToMany) {
        const QVariantList keys = keysOf(targets, a.targetKey);
        linkThrough(a, mine, keys, OptionsAccess::data(options));
        reloadAssociation(this, a, options);
        return;
    }
    const QVariantList keys = keysOf(targets, target->primaryKeyAttribute());
    if (keys.isEmpty())
        return;
    target->update(withScope(a, {{a.foreignKey, mine}}),
                   Op::in(target->primaryKeyAttribute(), keys),
                   UpdateOptions().transaction(OptionsAccess::data(options).transaction));
    reloadAssociation(this, a, options);
}

void Model::removeAssociated(const QString &name, const QVariantList &targets,
                             const SaveOptions &options)
{
    Q_D(Model);
    requireNoIncludes(OptionsAccess::data(options), QStringLiteral("removeAssociated()"));
    const AssociationInfo &a = requireList(d->meta(), name, "remove");
    ModelDefinition *target = targetOf(a);
    if (a.kind == AssociationInfo::BelongsToMany) {
        const QVariantList keys = keysOf(targets, a.targetKey);
        junctionOf(a)->destroy(
            Op::eq(a.foreignKey, get(a.sourceKey)) && Op::in(a.otherKey, keys),
            DestroyOptions().transaction(OptionsAccess::data(options).transaction));
        reloadAssociation(this, a, options);
        return;
    }
    const QVariantList keys = keysOf(targets, target->primaryKeyAttribute());
    if (keys.isEmpty())
        return;
    target->update({{a.foreignKey, QVariant()}},
                   Op::eq(a.foreignKey, get(a.sourceKey)) && a.scopeWhere()
                       && Op::in(target->primaryKeyAttribute(), keys),
                   UpdateOptions().transaction(OptionsAccess::data(options).transaction));
    reloadAssociation(this, a, options);
}

qint64 Model::countAssociated(const QString &name, const FindOptions &options)
{
    Q_D(Model);
    const AssociationInfo &a = requireAssociation(d->meta(), name);
    if (a.kind == AssociationInfo::BelongsToMany)
        return getAssociatedList(name, options).size();
    FindOptions scoped = options;
    scoped.where(OptionsAccess::data(options).where && a.scopeWhere()
                 && Op::eq(a.targetKey, get(a.sourceKey)));
    return targetOf(a)->count(scoped);
}

bool Model::hasAssociated(const QString &name, const QVariantList &targets,
                          const FindOptions &options)
{
    Q_D(Model);
    const AssociationInfo &a = requireAssociation(d->meta(), name);
    ModelDefinition *target = targetOf(a);
    if (targets.isEmpty())
        return true;
    const QVariantList keys = keysOf(targets, target->primaryKeyAttribute());
    if (a.kind == AssociationInfo::BelongsToMany) {
        return junctionOf(a)->count(
                   FindOptions()
                       .where(Op::eq(a.foreignKey, get(a.sourceKey)) && Op::in(a.otherKey, keys))
                       .transaction(OptionsAccess::data(options).transaction))
            == keys.size();
    }
    FindOptions scoped = options;
    scoped.where(OptionsAccess::data(options).where && a.scopeWhere()
                 && Op::eq(a.targetKey, get(a.sourceKey))
                 && Op::in(target->primaryKeyAttribute(), keys));
    return target->count(scoped) == keys.size();
}

Model *Model::loadedAssociation(const QString &name) const
{
    const QList<QSharedPointer<Model>> list = d_func()->associations.value(name);
    return list.isEmpty() ? nullptr : list.first().data();
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
    for (const QSharedPointer<Model> &m : d_func()->associations.value(name))
        result.append(m.data());
    return result;
}

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
    // findAll({include, lock}): Sequelize's joined query locks the included rows too (FOR
    // UPDATE without OF); the include's own query does the same. Not skipLocked: an included
    // row skipped would leave its source's association silently short, so it is waited for.
    if (io.lock == Lock::None)
        io.lock = sourceOptions.lock;
    io.limit = -1; // per source instance, applied when the rows are handed out
    io.includes += include.includes();
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
    const QList<QStringList> named = JoinPlan::nestedPaths(sourceOptions.where);
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
        if (a.kind == AssociationInfo::BelongsToMany && !keys.isEmpty()) {
            // Two queries per association: the junction rows, then their targets.
            throughTargets(a, Op::in(a.foreignKey, keys), options, &byKey.texts, &include);
        } else if (!keys.isEmpty()) {
            const OptionsData &io = OptionsAccess::data(options);
            // The key the children join on is read, but shown only when asked for.
            const bool hideKey = !io.attributes.isEmpty() && !io.attributes.contains(a.targetKey);
            if (hideKey)
                options.attributes(QStringList(io.attributes) << a.targetKey);
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
