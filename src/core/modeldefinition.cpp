// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "modeldefinition_p.h"

#include "../dialects/dialect_p.h"
#include "../query/joinplan_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../query/rawquery_p.h"
#include "../schema/schemachanges_p.h"
#include "coercion_p.h"
#include "hydrator_p.h"
#include "inflection_p.h"
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

namespace {
// C++ model classes and the definition each was last initialised with.
struct ClassRegistry
{
    QReadWriteLock lock;
    QHash<const QMetaObject *, QPointer<ModelDefinition>> definitions;
};

ClassRegistry &registry()
{
    static ClassRegistry instance;
    return instance;
}
} // namespace

static DataType inferType(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::QString:
        return DataTypes::String();
    case QMetaType::Int:
    case QMetaType::UInt:
        return DataTypes::Integer();
    case QMetaType::Short:
    case QMetaType::UShort:
        return DataTypes::SmallInt();
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return DataTypes::BigInt();
    case QMetaType::Double:
        return DataTypes::Double();
    case QMetaType::Float:
        return DataTypes::Real();
    case QMetaType::Bool:
        return DataTypes::Boolean();
    case QMetaType::QDateTime:
        return DataTypes::Date();
    case QMetaType::QDate:
        return DataTypes::DateOnly();
    case QMetaType::QTime:
        return DataTypes::Time();
    case QMetaType::QUuid:
        return DataTypes::Uuid();
    case QMetaType::QByteArray:
        return DataTypes::Blob();
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantList:
        return DataTypes::Json();
    default:
        return DataType();
    }
}

ModelDefinition::ModelDefinition(Sequelize *sequelize)
    : QObject(sequelize)
    , d_sq(std::make_unique<ModelDefinitionPrivate>(this))
{
    d_sq->sequelize = sequelize;
}

ModelDefinition::~ModelDefinition() = default;

void ModelDefinitionPrivate::setUp(const QMetaObject *mo, ModelDefinition::Factory f,
                                   const QString &modelName, const Attributes &given,
                                   const ModelOptions &modelOptions)
{
    metaObject = mo;
    factory = f;
    sequelizeHooks = &SequelizePrivate::get(sequelize)->modelHooks;
    const ModelOptions merged = modelOptions.mergedWith(sequelize->options().defineDefaults());
    const ModelOptionsData &o = *merged.d;
    name = o.modelName.value_or(modelName);
    underscored = o.underscored.value_or(false);

    auto addAttribute = [this](const QString &attributeName, const Attribute &options,
                               const QMetaProperty &property) {
        AttributeInfo info;
        info.name = attributeName;
        info.options = options;
        info.property = property;
        info.type = options.type();
        if (!info.type.isValid() && property.isValid())
            info.type = inferType(property.metaType());
        if (!info.type.isValid())
            throw DefinitionError(QStringLiteral("Attribute %1.%2 needs a DataType: its C++ type "
                                                 "does not tell which")
                                      .arg(name, attributeName));
        if (!property.isValid())
            info.extraIndex = extraCount++;
        else if (!property.isWritable())
            throw DefinitionError(QStringLiteral("Property %1.%2 is read-only; an attribute needs "
                                                 "a WRITE accessor")
                                      .arg(name, attributeName));
        byName.insert(attributeName, int(attributes.size()));
        attributes.append(info);
    };

    // 1. Q_PROPERTYs declared by the model class itself (not QObject's or Model's).
    QHash<QString, Attribute> options;
    for (const auto &pair : given)
        options.insert(pair.first, pair.second);
    for (int i = Model::staticMetaObject.propertyCount(); i < mo->propertyCount(); ++i) {
        const QMetaProperty property = mo->property(i);
        // Loaded associations (QSQ_BELONGS_TO, QSQ_HAS_MANY) are properties, not attributes.
        if ((property.metaType().flags() & QMetaType::PointerToQObject)
            || property.metaType() == QMetaType::fromType<QList<QObject *>>())
            continue;
        const QString propertyName = QString::fromLatin1(property.name());
        addAttribute(propertyName, options.value(propertyName), property);
    }
    // 2. Attributes given without a property, in the order given.
    for (const auto &pair : given) {
        if (!byName.contains(pair.first))
            addAttribute(pair.first, pair.second, QMetaProperty());
    }

    // 3. The primary key: declared, an `id` attribute, or the implicit `id` Sequelize adds.
    for (int i = 0; i < attributes.size(); ++i) {
        if (attributes.at(i).options.isPrimaryKey())
            primaryKeys.append(i);
    }
    if (!primaryKeys.isEmpty())
        primaryKey = primaryKeys.first();
    if (primaryKey < 0) {
        const QString id = QStringLiteral("id");
        if (!byName.contains(id)) {
            implicitId = true;
            // Sequelize puts the implicit id first.
            AttributeInfo info;
            info.name = id;
            info.type = DataTypes::Integer();
            info.extraIndex = extraCount++;
            attributes.prepend(info);
            byName.clear();
            for (int i = 0; i < attributes.size(); ++i)
                byName.insert(attributes.at(i).name, i);
        }
        primaryKey = byName.value(id);
        AttributeInfo &pk = attributes[primaryKey];
        if (!pk.options.type().isValid() && pk.type.kind() != DataType::BigInt)
            pk.type = DataTypes::Integer();
        pk.options.type(pk.type).primaryKey().autoIncrement().allowNull(false);
        primaryKeys = {primaryKey};
    }
    primaryKeyAutoIncrement
        = primaryKeys.size() == 1 && attributes.at(primaryKey).options.isAutoIncrement();

    // 4. Timestamps.
    auto addTimestamp = [&](const std::optional<QString> &renamed, const char *defaultName,
                            bool allowNull) -> int {
        const QString attributeName = renamed.value_or(QString::fromLatin1(defaultName));
        if (attributeName.isEmpty())
            return -1;
        Attribute a(DataTypes::Date());
        a.allowNull(allowNull);
        int index = byName.value(attributeName, -1);
        if (index < 0) {
            // Does the class have a property of that name that was not listed? It is already
            // an attribute then; otherwise the value lives in extra storage.
            addAttribute(attributeName, a, QMetaProperty());
            index = int(attributes.size()) - 1;
        } else {
            attributes[index].type = DataTypes::Date();
            attributes[index].options.type(DataTypes::Date()).allowNull(allowNull);
        }
        return index;
    };
    if (o.timestamps.value_or(true)) {
        createdAt = addTimestamp(o.createdAt, "createdAt", false);
        updatedAt = addTimestamp(o.updatedAt, "updatedAt", false);
        if (o.paranoid.value_or(false))
            deletedAt = addTimestamp(o.deletedAt, "deletedAt", true);
    }
    if (o.version && !o.version->isEmpty()) {
        const QString name = *o.version;
        Attribute a(DataTypes::Integer());
        a.allowNull(false).defaultValue(0);
        version = byName.value(name, -1);
        if (version < 0) {
            addAttribute(name, a, QMetaProperty());
            version = int(attributes.size()) - 1;
        } else {
            attributes[version].type = DataTypes::Integer();
            attributes[version].options = a;
        }
    }
    if (!o.timestamps.value_or(true) && o.paranoid.value_or(false)) {
        throw DefinitionError(
            QStringLiteral("Model %1: paranoid needs timestamps, as in Sequelize").arg(name));
    }

    // 5. Columns and the table.
    QHash<QString, QString> fieldOwners;
    for (AttributeInfo &info : attributes) {
        info.field = info.options.field();
        if (info.field.isEmpty())
            info.field = underscored ? Inflection::underscore(info.name) : info.name;
        if (info.type.kind() == DataType::Virtual)
            continue;
        if (fieldOwners.contains(info.field))
            throw DefinitionError(
                QStringLiteral("Model %1: attributes %2 and %3 share the column "
                               "\"%4\"")
                    .arg(name, fieldOwners.value(info.field), info.name, info.field));
        fieldOwners.insert(info.field, info.name);
    }
    if (o.tableName && !o.tableName->isEmpty()) {
        tableName = *o.tableName;
    } else {
        // As Sequelize: a frozen name is taken as it is, even when underscored.
        if (o.freezeTableName.value_or(false))
            tableName = name;
        else if (underscored)
            tableName = Inflection::underscore(Inflection::pluralize(name));
        else
            tableName = Inflection::pluralize(name);
    }
}

int ModelDefinitionPrivate::requireIndex(const QString &attribute) const
{
    const int index = byName.value(attribute, -1);
    if (index < 0)
        throw UnknownAttributeError(name, attribute);
    return index;
}

QList<int> ModelDefinitionPrivate::storedAttributes() const
{
    QList<int> stored;
    for (int i = 0; i < attributes.size(); ++i) {
        if (attributes.at(i).type.kind() != DataType::Virtual)
            stored.append(i);
    }
    return stored;
}

void ModelDefinitionPrivate::requireSingleKey(const char *what) const
{
    if (hasCompositeKey())
        throw DefinitionError(
            QStringLiteral("%1 has a composite primary key: %2 needs a single one")
                .arg(name, QString::fromLatin1(what)));
}

void ModelDefinitionPrivate::replaceImplicitKey(const QList<int> &keys)
{
    if (!implicitId || primaryKeys.size() != 1)
        return;
    QStringList names;
    for (int k : keys)
        names.append(attribute(k).name);
    const int removed = primaryKey;
    const int removedExtra = attributes.at(removed).extraIndex;
    attributes.removeAt(removed);
    for (AttributeInfo &info : attributes) {
        if (removedExtra >= 0 && info.extraIndex > removedExtra)
            --info.extraIndex;
    }
    if (removedExtra >= 0)
        --extraCount;
    for (int *index : {&createdAt, &updatedAt, &deletedAt, &version}) {
        if (*index > removed)
            --*index;
    }
    byName.clear();
    for (int i = 0; i < attributes.size(); ++i)
        byName.insert(attributes.at(i).name, i);
    primaryKeys.clear();
    for (const QString &n : names) {
        const int index = byName.value(n);
        attributes[index].options.primaryKey().allowNull(false);
        primaryKeys.append(index);
    }
    primaryKey = primaryKeys.first();
    primaryKeyAutoIncrement = false;
    implicitId = false;
    findByPkSql.clear();
    findByPkColumns.clear();
}

const AssociationInfo *ModelDefinitionPrivate::association(const QString &name) const
{
    for (const AssociationInfo &a : associations) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

void ModelDefinitionPrivate::addForeignKey(const QString &attributeName, const DataType &type,
                                           bool allowNull, const ForeignKeyReference &reference,
                                           const QString &field)
{
    int index = indexOf(attributeName);
    if (index < 0) {
        AttributeInfo info;
        info.name = attributeName;
        info.type = type;
        info.options = Attribute(type).allowNull(allowNull);
        info.field = !field.isEmpty() ? field
            : underscored             ? Inflection::underscore(attributeName)
                                      : attributeName;
        info.extraIndex = extraCount++;
        byName.insert(attributeName, int(attributes.size()));
        attributes.append(info);
        index = int(attributes.size()) - 1;
    } else if (!attributes[index].options.hasExplicitAllowNull()) {
        attributes[index].options.allowNull(allowNull);
    }
    // Both sides of a pair (User.hasMany(Task) and Task.belongsTo(User)) name the same key.
    bool known = false;
    for (const ForeignKeyReference &r : attributes.at(index).references)
        known = known || (r.table == reference.table && r.column == reference.column);
    if (!reference.table.isEmpty() && !known)
        attributes[index].references.append(reference);
    findByPkSql.clear(); // the column list changed
    findByPkColumns.clear();
}

QSharedPointer<Model> ModelDefinitionPrivate::instantiate() const
{
    QSharedPointer<Model> instance = factory();
    ModelPrivate *d = ModelPrivate::get(instance.data());
    d->definition = q_ptr;
    if (extraCount)
        d->extra.resize(extraCount);
    return instance;
}

SequelizePrivate *ModelDefinitionPrivate::connection() const
{
    return SequelizePrivate::get(sequelize);
}

const Dialect &ModelDefinitionPrivate::dialect() const
{
    return *connection()->dialect;
}

/*!
    Registers the C++ model class \a mo with \a sequelize (Sequelize's \c Model.init).
    Called through TypedModel::init(). Returns the definition, owned by \a sequelize;
    initialising the class again replaces it. Throws DefinitionError.
*/
ModelDefinition *ModelDefinition::init(const QMetaObject *mo, Factory factory, Sequelize *sequelize,
                                       const Attributes &givenAttributes,
                                       const ModelOptions &givenOptions)
{
    if (!sequelize)
        throw DefinitionError(QStringLiteral("Model.init needs a Sequelize connection"));
    QString className = QString::fromLatin1(mo->className());
    className = className.section(QStringLiteral("::"), -1);
    Attributes attributes = givenAttributes;
    ModelOptions options = givenOptions;
    SequelizePrivate::get(sequelize)->runHooks(
        [&](SequelizeHooks &h) { h.beforeDefine(className, attributes, options); });
    auto *definition = new ModelDefinition(sequelize);
    try {
        definition->d_func()->setUp(mo, factory, className, attributes, options);
    } catch (...) {
        delete definition;
        throw;
    }
    SequelizePrivate *s = SequelizePrivate::get(sequelize);
    if (ModelDefinition *old = sequelize->model(definition->name())) {
        s->models.removeOne(old); // replaced in the registry, kept alive
        s->retiredModels.append(old);
    }
    s->models.append(definition);
    {
        QWriteLocker lock(&registry().lock);
        registry().definitions.insert(mo, definition);
    }
    s->runHooks([&](SequelizeHooks &h) { h.afterDefine(definition); });
    return definition;
}

ModelDefinition *ModelDefinition::forClass(const QMetaObject *mo)
{
    QReadLocker lock(&registry().lock);
    return registry().definitions.value(mo);
}

ModelDefinition *ModelDefinition::required(const QMetaObject *mo)
{
    if (ModelDefinition *definition = forClass(mo))
        return definition;
    throw DefinitionError(
        QStringLiteral("Model %1 is used before init()").arg(QString::fromLatin1(mo->className())));
}

static AssociationInfo newAssociation(ModelDefinitionPrivate *d, AssociationInfo::Kind kind,
                                      ModelDefinition *target, const AssociationOptions &options,
                                      const AssociationOptionsData &o)
{
    if (!target)
        throw DefinitionError(
            QStringLiteral("%1: an association needs a target model").arg(d->name));
    Q_UNUSED(options);
    AssociationInfo info;
    info.kind = kind;
    info.target = target;
    const QString targetName = target->name();
    if (!o.as.isEmpty())
        info.name = o.as;
    else if (kind == AssociationInfo::HasMany || kind == AssociationInfo::BelongsToMany)
        info.name = Inflection::pluralize(targetName); // Sequelize: the plural of the target
    else
        info.name = targetName;
    if (d->association(info.name) || d->indexOf(info.name) >= 0)
        throw DefinitionError(
            QStringLiteral("%1: the name \"%2\" is already taken").arg(d->name, info.name));
    // The notify signal of a typed association property, e.g. groupChanged().
    const QByteArray signal = info.name.toLatin1() + "Changed()";
    const int signalIndex = d->metaObject->indexOfSignal(signal.constData());
    if (signalIndex >= 0)
        info.notify = d->metaObject->method(signalIndex);
    if (!o.scope.isEmpty() && kind == AssociationInfo::BelongsTo)
        throw DefinitionError(QStringLiteral("%1.belongsTo(%2): scope applies to hasOne, hasMany "
                                             "and belongsToMany")
                                  .arg(d->name, targetName));
    info.scope = o.scope;
    return info;
}

static QString referentialAction(const QString &given, const QString &fallback)
{
    static const QStringList allowed{QStringLiteral("CASCADE"), QStringLiteral("SET NULL"),
                                     QStringLiteral("RESTRICT"), QStringLiteral("NO ACTION"),
                                     QStringLiteral("SET DEFAULT")};
    const QString action = given.isEmpty() ? fallback : given.toUpper();
    if (!allowed.contains(action))
        throw DefinitionError(QStringLiteral("Unknown referential action \"%1\"").arg(given));
    return action;
}

// The FOREIGN KEY constraint of an association's key column pointing at \a key of
// \a referenced, with Sequelize's defaults (SET NULL or NO ACTION on delete, CASCADE on
// update); none when the association says constraints: false.
static ForeignKeyReference foreignKeyReference(const ModelDefinitionPrivate &referenced, int key,
                                               const AssociationOptionsData &o, bool allowNull)
{
    if (!o.constraints)
        return {};
    return {referenced.tableName, referenced.attribute(key).field,
            referentialAction(o.onDelete,
                              allowNull ? QStringLiteral("SET NULL") : QStringLiteral("NO ACTION")),
            referentialAction(o.onUpdate, QStringLiteral("CASCADE")), o.deferrable};
}

void ModelDefinition::belongsTo(ModelDefinition *target, const AssociationOptions &options)
{
    Q_D(ModelDefinition);
    const AssociationOptionsData &o = *options.d;
    AssociationInfo info = newAssociation(d, AssociationInfo::BelongsTo, target, options, o);
    ModelDefinitionPrivate *t = target->d_func();
    info.targetKey = o.targetKey.isEmpty() ? t->attribute(t->primaryKey).name : o.targetKey;
    const int targetKey = t->requireIndex(info.targetKey);
    info.foreignKey = o.foreignKey.isEmpty() ? info.name + QStringLiteral("Id") : o.foreignKey;
    info.sourceKey = info.foreignKey;
    const bool allowNull = o.allowNull.value_or(true);
    d->addForeignKey(info.foreignKey, t->attribute(targetKey).type, allowNull,
                     foreignKeyReference(*t, targetKey, o, allowNull), o.foreignKeyField);
    d->associations.append(info);
}

static void addHasAssociation(ModelDefinitionPrivate *d, AssociationInfo::Kind kind,
                              ModelDefinition *target, const AssociationOptions &options,
                              const AssociationOptionsData &o)
{
    AssociationInfo info = newAssociation(d, kind, target, options, o);
    ModelDefinitionPrivate *t = ModelDefinitionPrivate::get(target);
    info.sourceKey = o.sourceKey.isEmpty() ? d->attribute(d->primaryKey).name : o.sourceKey;
    const int sourceKey = d->requireIndex(info.sourceKey);
    info.foreignKey = o.foreignKey.isEmpty() ? d->name + QStringLiteral("Id") : o.foreignKey;
    info.targetKey = info.foreignKey;
    const bool allowNull = o.allowNull.value_or(true);
    t->addForeignKey(info.foreignKey, d->attribute(sourceKey).type, allowNull,
                     foreignKeyReference(*d, sourceKey, o, allowNull), o.foreignKeyField);
    d->associations.append(info);
}

void ModelDefinition::hasOne(ModelDefinition *target, const AssociationOptions &options)
{
    addHasAssociation(d_func(), AssociationInfo::HasOne, target, options, *options.d);
}

void ModelDefinition::hasMany(ModelDefinition *target, const AssociationOptions &options)
{
    addHasAssociation(d_func(), AssociationInfo::HasMany, target, options, *options.d);
}

void ModelDefinition::belongsToMany(ModelDefinition *target, const AssociationOptions &options)
{
    Q_D(ModelDefinition);
    const AssociationOptionsData &o = *options.d;
    AssociationInfo info = newAssociation(d, AssociationInfo::BelongsToMany, target, options, o);
    ModelDefinitionPrivate *t = target->d_func();
    ModelDefinition *junction = o.through;
    if (!junction) {
        if (o.throughTable.isEmpty())
            throw DefinitionError(QStringLiteral("%1.belongsToMany(%2) needs `through`")
                                      .arg(d->name, target->name()));
        junction = d->sequelize->model(o.throughTable);
        if (!junction)
            junction = d->sequelize->define(o.throughTable, {},
                                            ModelOptions().tableName(o.throughTable));
    }
    info.through = junction;
    info.sourceKey = o.sourceKey.isEmpty() ? d->attribute(d->primaryKey).name : o.sourceKey;
    info.targetKey = o.targetKey.isEmpty() ? t->attribute(t->primaryKey).name : o.targetKey;
    info.foreignKey = o.foreignKey.isEmpty() ? d->name + QStringLiteral("Id") : o.foreignKey;
    info.otherKey = o.otherKey.isEmpty() ? target->name() + QStringLiteral("Id") : o.otherKey;
    ModelDefinitionPrivate *j = junction->d_func();
    const AttributeInfo &sourceKey = d->attribute(d->requireIndex(info.sourceKey));
    const AttributeInfo &targetKey = t->attribute(t->requireIndex(info.targetKey));
    // Junction rows go with either side (Sequelize's CASCADE default).
    j->addForeignKey(info.foreignKey, sourceKey.type, false,
                     {d->tableName, sourceKey.field, QStringLiteral("CASCADE"),
                      QStringLiteral("CASCADE"), o.deferrable},
                     o.foreignKeyField);
    j->addForeignKey(info.otherKey, targetKey.type, false,
                     {t->tableName, targetKey.field, QStringLiteral("CASCADE"),
                      QStringLiteral("CASCADE"), o.deferrable});
    // One row per pair, as Sequelize: the pair is the primary key when the junction has no key
    // of its own (its implicit `id` goes), a unique key (named by uniqueKey) otherwise.
    if (j->implicitId) {
        j->replaceImplicitKey({j->requireIndex(info.foreignKey), j->requireIndex(info.otherKey)});
    } else if (!(j->hasCompositeKey() && j->primaryKeys.contains(j->indexOf(info.foreignKey))
                 && j->primaryKeys.contains(j->indexOf(info.otherKey)))) {
        const QString pair = !o.uniqueKey.isEmpty()
            ? o.uniqueKey
            : QStringLiteral("%1_%2_unique").arg(info.foreignKey, info.otherKey);
        j->attributes[j->requireIndex(info.foreignKey)].options.unique(pair);
        j->attributes[j->requireIndex(info.otherKey)].options.unique(pair);
    }
    d->associations.append(info);
}

void ModelDefinition::addScope(const QString &name, const FindOptions &scope)
{
    Q_D(ModelDefinition);
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
    d->scopeFunctions.removeIf([&](const auto &entry) { return entry.first == name; });
    if (scope)
        d->scopeFunctions.append({name, scope});
}

void ModelDefinition::addValidator(const QString &name, InstanceCheck check)
{
    Q_D(ModelDefinition);
    if (check)
        d->validators.append({name, check});
}

void ModelDefinition::addHooks(const QSharedPointer<ModelHooks> &hooks)
{
    Q_D(ModelDefinition);
    if (hooks)
        d->hooks.append(hooks);
}

void ModelDefinition::removeHooks(const QSharedPointer<ModelHooks> &hooks)
{
    d_func()->hooks.removeAll(hooks);
}

/*!
    Whether any hooks run for this model: its own or the Sequelize's permanent model hooks.
*/
bool ModelDefinition::hasHooks() const
{
    return d_func()->hasHooks();
}

QStringList ModelDefinition::scopeNames() const
{
    QStringList names;
    for (const auto &entry : d_func()->scopes)
        names.append(entry.first);
    for (const auto &entry : d_func()->scopeFunctions)
        names.append(entry.first);
    return names;
}

// The top-level conditions of a where (the children of an AND).
static QList<Where> conditions(const Where &where)
{
    if (where.isEmpty())
        return {};
    if (where.op() == Where::And)
        return where.children();
    return {where};
}

// Sequelize's merge: a condition on an attribute replaces an earlier one on that attribute.
static Where mergeWhere(const QList<Where> &layers)
{
    QList<Where> merged;
    for (const Where &layer : layers) {
        for (const Where &condition : conditions(layer)) {
            const QString attribute = condition.attribute();
            if (!attribute.isEmpty() && !condition.left().isValid())
                merged.removeIf([&](const Where &w) { return w.attribute() == attribute; });
            merged.append(condition);
        }
    }
    if (merged.isEmpty())
        return Where();
    return merged.size() == 1 ? merged.first() : Op::and_(merged);
}

static const FindOptions *findScope(const ModelDefinitionPrivate &d, const QString &name)
{
    for (const auto &entry : d.scopes) {
        if (entry.first == name)
            return &entry.second;
    }
    return nullptr;
}

// Include::all() becomes one include per association (Sequelize's include: {all: true}), an
// include of a model the association with that target; nested includes likewise.
QList<Include> ModelDefinitionPrivate::resolveIncludes(const QList<Include> &includes) const
{
    QList<Include> resolved;
    auto listed = [&](const QString &name) {
        return std::any_of(includes.cbegin(), includes.cend(),
                           [&](const Include &i) { return i.association() == name; });
    };
    for (const Include &include : includes) {
        if (include.isAll()) {
            for (const AssociationInfo &a : associations) {
                if (!listed(a.name))
                    resolved.append(Include(a.name));
            }
            continue;
        }
        QString name = include.association();
        if (name.isEmpty()) {
            QStringList candidates;
            for (const AssociationInfo &a : associations) {
                if (a.target && a.target == include.model())
                    candidates.append(a.name);
            }
            const QString target = include.model() ? include.model()->name() : QStringLiteral("?");
            if (candidates.isEmpty())
                throw DefinitionError(
                    QStringLiteral("%1 is not associated to %2").arg(target, this->name));
            if (candidates.size() > 1)
                throw DefinitionError(
                    QStringLiteral("%1 is associated to %2 more than once (%3): "
                                   "include it by alias")
                        .arg(target, this->name, candidates.join(QStringLiteral(", "))));
            name = candidates.first();
        }
        const AssociationInfo *a = association(name);
        if (!a)
            throw DefinitionError(
                QStringLiteral("%1 has no association \"%2\"").arg(this->name, name));
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
    FindOptions options = applyScopes(given);
    if (JoinPlan::hasNestedCondition(OptionsAccess::data(options).where))
        OptionsAccess::mutableData(options).where = ownNames(OptionsAccess::data(options).where);
    if (!OptionsAccess::data(options).includes.isEmpty()) {
        OptionsData &o = OptionsAccess::mutableData(options);
        o.includes = resolveIncludes(o.includes);
    }
    return options;
}

FindOptions ModelDefinitionPrivate::applyScopes(const FindOptions &options) const
{
    const OptionsData &o = OptionsAccess::data(options);
    if (o.unscoped || (scopes.isEmpty() && !o.hasScopes))
        return options;
    QStringList names = o.hasScopes ? o.scopes : QStringList{QStringLiteral("defaultScope")};
    QList<const OptionsData *> layers;
    QList<FindOptions> computed; // what scope functions returned, alive while merging
    computed.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &n = names.at(i);
        const FindOptions *scope = findScope(*this, n);
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
            throw DefinitionError(QStringLiteral("%1 has no scope \"%2\"").arg(name, n));
        }
        layers.append(&OptionsAccess::data(*scope));
    }
    if (layers.isEmpty())
        return options;
    layers.append(&o);
    FindOptions result = options;
    QList<Where> wheres;
    for (const OptionsData *layer : layers)
        wheres.append(layer->where);
    result.where(mergeWhere(wheres));
    // Attributes, order, limit, offset: the last layer that sets one wins; includes add up.
    for (qsizetype i = layers.size() - 2; i >= 0; --i) {
        const OptionsData *layer = layers.at(i);
        const OptionsData &now = OptionsAccess::data(result);
        if (now.attributes.isEmpty() && !layer->attributes.isEmpty())
            result.attributes(layer->attributes);
        if (now.order.isEmpty())
            for (const OrderKey &key : layer->order)
                result.order(key.attribute, key.order, key.nulls);
        if (now.limit < 0 && layer->limit >= 0)
            result.limit(layer->limit);
        if (now.offset < 0 && layer->offset >= 0)
            result.offset(layer->offset);
        for (const Include &include : layer->includes)
            result.include(include);
    }
    return result;
}

Where ModelDefinitionPrivate::scopedWhere(const Where &where, bool unscoped) const
{
    const FindOptions *scope
        = unscoped ? nullptr : findScope(*this, QStringLiteral("defaultScope"));
    if (!scope)
        return where;
    return mergeWhere({OptionsAccess::data(*scope).where, where});
}

QStringList ModelDefinition::associationNames() const
{
    QStringList names;
    for (const AssociationInfo &a : d_func()->associations)
        names.append(a.name);
    return names;
}

ModelDefinition *ModelDefinition::associationTarget(const QString &association) const
{
    const AssociationInfo *a = d_func()->association(association);
    return a ? a->target.data() : nullptr;
}

QString ModelDefinition::name() const
{
    return d_func()->name;
}
QString ModelDefinition::tableName() const
{
    return d_func()->tableName;
}
Sequelize *ModelDefinition::sequelize() const
{
    return d_func()->sequelize;
}

QStringList ModelDefinition::attributeNames() const
{
    QStringList names;
    for (const AttributeInfo &info : d_func()->attributes)
        names.append(info.name);
    return names;
}

bool ModelDefinition::hasAttribute(const QString &name) const
{
    return d_func()->byName.contains(name);
}

Attribute ModelDefinition::attribute(const QString &name) const
{
    Q_D(const ModelDefinition);
    const AttributeInfo &info = d->attribute(d->requireIndex(name));
    Attribute a = info.options;
    return a.type(info.type).field(info.field);
}

QString ModelDefinition::columnName(const QString &attribute) const
{
    Q_D(const ModelDefinition);
    return d->attribute(d->requireIndex(attribute)).field;
}

QString ModelDefinition::primaryKeyAttribute() const
{
    Q_D(const ModelDefinition);
    return d->attribute(d->primaryKey).name;
}

/*!
    The primary key attributes: one, or several for a composite key (declared with
    Attribute::primaryKey() on each, or a belongsToMany junction's pair of foreign keys).
*/
QStringList ModelDefinition::primaryKeyAttributes() const
{
    Q_D(const ModelDefinition);
    QStringList names;
    for (int k : d->primaryKeys)
        names.append(d->attribute(k).name);
    return names;
}

bool ModelDefinition::isParanoid() const
{
    return d_func()->deletedAt >= 0;
}

QSharedPointer<Model> ModelDefinition::build(const QVariantMap &values) const
{
    Q_D(const ModelDefinition);
    QSharedPointer<Model> instance = d->instantiate();
    ModelPrivate *md = ModelPrivate::get(instance.data());
    instance->set(values);
    md->applyDefaults(true);
    return instance;
}

QSharedPointer<Model> ModelDefinition::create(const QVariantMap &values, const SaveOptions &options)
{
    QSharedPointer<Model> instance = build(values);
    instance->save(options);
    return instance;
}

// The unique key a duplicate is detected on: the first unique attribute (or named composite
// key) in definition order, else the primary key (Sequelize's conflict target).
static QList<int> firstUniqueKey(const ModelDefinitionPrivate &d)
{
    for (int i = 0; i < d.attributes.size(); ++i) {
        const Attribute &a = d.attribute(i).options;
        if (!a.isUnique())
            continue;
        if (a.uniqueKey() == QLatin1String("\x01"))
            return {i};
        QList<int> composite;
        for (int j = 0; j < d.attributes.size(); ++j) {
            if (d.attribute(j).options.uniqueKey() == a.uniqueKey())
                composite.append(j);
        }
        return composite;
    }
    return d.primaryKeys;
}

/*!
    Inserts \a records (Sequelize's \c{Model.bulkCreate}): each record is built (defaults
    applied, unknown keys ignored), then all rows go in one transaction, as multi-row INSERTs
    of up to BulkCreateOptions::chunkSize() rows on PostgreSQL and MariaDB, and as one prepared
    single-row INSERT re-executed on SQLite, the fastest strategy measured on each. Generated
    values are read back with RETURNING (PostgreSQL, SQLite) or from the first inserted id
    (MariaDB). Throws the database's error; then nothing was inserted.
*/
QList<QSharedPointer<Model>> ModelDefinition::bulkCreate(const QList<QVariantMap> &records,
                                                         const BulkCreateOptions &options)
{
    Q_D(ModelDefinition);
    if (records.isEmpty())
        return {};
    const OptionsData &o = OptionsAccess::data(options);
    const QDateTime now = nowUtc();
    QList<QSharedPointer<Model>> instances;
    instances.reserve(records.size());
    bool keyGiven = false;
    // Records usually name the same attributes in the same (sorted) order: the index of the
    // previous record's key at the same position is checked before a hash lookup.
    QList<QPair<QString, int>> keyIndexes;
    for (const QVariantMap &record : records) {
        // Built without change tracking: every value is written anyway. Keys that were given
        // still win over defaults.
        QSharedPointer<Model> instance = d->instantiate();
        ModelPrivate *md = ModelPrivate::get(instance.data());
        md->recording = false;
        qsizetype position = 0;
        for (auto it = record.cbegin(); it != record.cend(); ++it, ++position) {
            int index;
            if (position < keyIndexes.size() && keyIndexes.at(position).first == it.key()) {
                index = keyIndexes.at(position).second;
            } else {
                index = d->indexOf(it.key());
                if (position < keyIndexes.size())
                    keyIndexes[position] = {it.key(), index};
                else
                    keyIndexes.append({it.key(), index});
            }
            if (index < 0)
                continue;
            if (it.value().metaType() == QMetaType::fromType<Expression>())
                md->setExpression(index, it.value().value<Expression>());
            else if (const Attribute::Setter &setter = d->attribute(index).options.setter())
                setter(*instance, it.value());
            else
                md->setValue(index, coerce(it.value(), d->attribute(index).type, it.key()));
        }
        md->applyDefaults(record);
        if (!o.fields.isEmpty()) {
            // Attributes left out by `fields` get what the database stores: their default.
            for (int i = 0; i < d->attributes.size(); ++i) {
                const AttributeInfo &info = d->attribute(i);
                if (o.fields.contains(info.name) || i == d->primaryKey
                    || info.type.kind() == DataType::Virtual)
                    continue;
                const QVariant value = info.options.hasDefaultValue()
                    ? generateDefault(info.options.defaultValue(), info.type)
                    : QVariant();
                if (value.metaType() != QMetaType::fromType<Expression>())
                    md->setValue(i, coerce(value, info.type, info.name));
            }
        }
        md->recording = true;
        if (d->createdAt >= 0 && isSqlNull(md->value(d->createdAt)))
            md->setValue(d->createdAt, now);
        if (d->updatedAt >= 0)
            md->setValue(d->updatedAt, now);
        // A typed integer key holds 0 until set: only a key the record names counts.
        keyGiven = keyGiven || record.contains(d->attribute(d->primaryKey).name);
        instances.append(instance);
    }

    d->runHook(o.hooks, &ModelHooks::beforeBulkCreate, instances, HookOptions(o));
    const bool individual = o.hooks && o.individualHooks && d->hasHooks();
    if (individual) { // all beforeCreate, then all beforeSave (Sequelize's order)
        for (const auto &instance : instances)
            d->runHook(true, &ModelHooks::beforeCreate, instance.data(), HookOptions(o));
        for (const auto &instance : instances)
            d->runHook(true, &ModelHooks::beforeSave, instance.data(), HookOptions(o));
    }
    if (o.validateBulk) {
        QList<BulkRecordError> failures;
        for (const auto &instance : instances) {
            try {
                ModelPrivate::get(instance.data())->validate();
            } catch (const ValidationError &e) {
                failures.append(BulkRecordError(e, instance->get()));
            }
        }
        if (!failures.isEmpty())
            throw AggregateError(failures);
    }

    // The same columns for every row.
    QList<int> columns;
    const QList<int> returning = d->storedAttributes();
    for (int i : returning) {
        const AttributeInfo &info = d->attribute(i);
        if (i == d->primaryKey && d->primaryKeyAutoIncrement && !keyGiven)
            continue;
        if (!o.fields.isEmpty() && !o.fields.contains(info.name) && i != d->createdAt
            && i != d->updatedAt)
            continue;
        columns.append(i);
    }
    QueryGenerator::InsertConflict conflict;
    conflict.ignoreDuplicates = o.ignoreDuplicates;
    if (!o.updateOnDuplicate.isEmpty()) {
        conflict.target = firstUniqueKey(*d);
        for (const QString &name : o.updateOnDuplicate)
            conflict.update.append(d->requireIndex(name));
    }
    // The values of instances [start, start + count) as rows of the columns.
    auto rowsOf = [&](qsizetype start, qsizetype count) {
        QList<QVariantList> rows;
        rows.reserve(count);
        for (qsizetype r = start; r < start + count; ++r) {
            const ModelPrivate *md = ModelPrivate::get(instances.at(r).data());
            QVariantList row;
            row.reserve(columns.size());
            for (int i : columns)
                row.append(md->written(i));
            rows.append(row);
        }
        return rows;
    };
    QList<const DataType *> columnTypes;
    for (int i : columns)
        columnTypes.append(&d->attribute(i).type);

    const QueryGenerator generator(*d);
    const Dialect &dialect = d->dialect();
    SequelizePrivate *connection = d->connection();
    const bool returned = dialect.supportsInsertReturning();
    const Hydrator hydrator(*d, returning);
    Connection *transaction = d->connection()->connectionFor(o);
    AtomicBlock block(connection, transaction);
    // What the database adds to the rows: without a conflict clause, only the new keys and
    // values of defaults that are SQL expressions (the others were applied when the instances
    // were built). Reading whole rows back costs as much as the insert itself.
    const bool conflicts = conflict.ignoreDuplicates || !conflict.update.isEmpty();
    const bool sqlDefaults
        = std::any_of(d->attributes.cbegin(), d->attributes.cend(), [](const AttributeInfo &info) {
              return info.options.hasDefaultValue()
                  && info.options.defaultValue().metaType() == QMetaType::fromType<Expression>();
          });
    const bool newKeys = d->primaryKeyAutoIncrement && !keyGiven;
    QList<int> readBack;
    if (returned && (conflicts || sqlDefaults))
        readBack = returning;
    else if (returned && newKeys
             && dialect.lastInsertIdOfMultiRowInsert() == Dialect::InsertedIds::Unknown)
        readBack = {d->primaryKey};
    const bool keysOnly = readBack == QList<int>{d->primaryKey};
    const AttributeInfo &pk = d->attribute(d->primaryKey);
    const int perRow = qMax(1, int(columns.size()));
    const int chunk = o.chunkSize > 0
        ? o.chunkSize
        : qMax(1, qMin(dialect.bulkChunkRows(), dialect.maxBindParameters() / perRow));
    Statement statement;
    qsizetype statementRows = -1;
    const QMetaType expression = QMetaType::fromType<Expression>();
    for (qsizetype start = 0; start < instances.size(); start += chunk) {
        const qsizetype count = qMin<qsizetype>(chunk, instances.size() - start);
        // One statement text per chunk size: every full chunk re-executes the prepared one
        // with the values bound straight from the instances.
        bool reused = count == statementRows;
        if (reused) {
            statement.bindings.clear();
            statement.bindings.reserve(count * columns.size());
            for (qsizetype r = start; r < start + count && reused; ++r) {
                const ModelPrivate *md = ModelPrivate::get(instances.at(r).data());
                for (qsizetype c = 0; c < columns.size(); ++c) {
                    const QVariant value = md->written(columns.at(c));
                    if (value.metaType() == expression) { // SQL of its own: a new statement
                        reused = false;
                        break;
                    }
                    statement.bindings.append(dialect.toDatabase(value, *columnTypes.at(c)));
                }
            }
        }
        if (!reused) {
            const QList<QVariantList> rows = rowsOf(start, count);
            statement = generator.insertRows(columns, rows, readBack, conflict);
            const bool sqlValues = std::any_of(rows.cbegin(), rows.cend(), [&](const auto &row) {
                return std::any_of(row.cbegin(), row.cend(),
                                   [&](const QVariant &v) { return v.metaType() == expression; });
            });
            statementRows = sqlValues ? -1 : count;
        }
        QSqlQuery &query = connection->execute(statement, true, transaction);
        if (!readBack.isEmpty() && !o.ignoreDuplicates) {
            // Rows come back in VALUES order.
            qsizetype r = start;
            while (d->dialect().nextRow(query) && r < start + count) {
                if (keysOnly)
                    ModelPrivate::get(instances.at(r++).data())
                        ->load(d->primaryKey, dialect.fromDatabase(query.value(0), pk.type));
                else
                    hydrator.load(instances.at(r++).data(), query);
            }
        } else if (!readBack.isEmpty()) {
            // A skipped duplicate returns nothing: match the returned rows to their instances
            // by the unique key instead of by position (Sequelize's quirk).
            const QList<int> key = firstUniqueKey(*d);
            auto keyOf = [&](const Model *m) {
                QVariantList values;
                for (int k : key)
                    values.append(ModelPrivate::get(m)->value(k));
                return values;
            };
            while (d->dialect().nextRow(query)) {
                const QVariantList returnedKey = keyOf(hydrator.create(query).data());
                for (qsizetype r = start; r < start + count; ++r) {
                    if (keyOf(instances.at(r).data()) == returnedKey) {
                        hydrator.load(instances.at(r).data(), query);
                        break;
                    }
                }
            }
        } else if (newKeys && !conflicts) {
            // No RETURNING: the driver reports one id of the statement; the others follow.
            const qint64 reported = query.lastInsertId().toLongLong();
            const qint64 first
                = dialect.lastInsertIdOfMultiRowInsert() == Dialect::InsertedIds::LastRow
                ? reported - count + 1
                : reported;
            for (qsizetype r = 0; r < count; ++r)
                ModelPrivate::get(instances.at(start + r).data())
                    ->load(d->primaryKey, coerce(first + r, pk.type, pk.name));
        }
        d->dialect().endRows(query);
    }
    block.commit();
    for (const auto &instance : instances) {
        ModelPrivate *md = ModelPrivate::get(instance.data());
        md->clearChanges();
        md->setNewRecord(false);
    }
    if (individual) {
        for (const auto &instance : instances) {
            d->runHook(true, &ModelHooks::afterCreate, instance.data(), HookOptions(o));
            d->runHook(true, &ModelHooks::afterSave, instance.data(), HookOptions(o));
        }
    }
    d->runHook(o.hooks, &ModelHooks::afterBulkCreate, instances, HookOptions(o));
    Q_EMIT rowsChanged();
    return instances;
}

QSharedPointer<Model> ModelDefinition::upsert(const QVariantMap &values, bool *created)
{
    return upsert(values, SaveOptions(), created);
}

QSharedPointer<Model> ModelDefinition::upsert(const QVariantMap &values, const SaveOptions &options,
                                              bool *created)
{
    Q_D(ModelDefinition);
    const OptionsData &o = OptionsAccess::data(options);
    QSharedPointer<Model> instance = build(values);
    ModelPrivate *md = ModelPrivate::get(instance.data());
    d->runHook(o.hooks, &ModelHooks::beforeValidate, instance.data(), HookOptions(o));
    d->runHook(o.hooks, &ModelHooks::afterValidate, instance.data(), HookOptions(o));
    d->runHook(o.hooks, &ModelHooks::beforeUpsert, values, HookOptions(o));
    const QDateTime now = nowUtc();
    if (d->createdAt >= 0 && isSqlNull(md->value(d->createdAt)))
        md->setValue(d->createdAt, now);
    if (d->updatedAt >= 0)
        md->setValue(d->updatedAt, now);
    const QString pkName = d->attribute(d->primaryKey).name;
    QueryGenerator::InsertConflict conflict;
    const bool keysGiven = std::all_of(d->primaryKeys.cbegin(), d->primaryKeys.cend(), [&](int k) {
        return values.contains(d->attribute(k).name);
    });
    conflict.target = keysGiven ? d->primaryKeys : firstUniqueKey(*d);
    QList<int> columns;
    QVariantList row;
    const QList<int> returning = d->storedAttributes();
    for (int i : returning) {
        const AttributeInfo &info = d->attribute(i);
        const QVariant v = md->written(i);
        const bool given = values.contains(info.name) || md->changedIndex(info.name) >= 0;
        if (i == d->primaryKey && d->primaryKeyAutoIncrement && !values.contains(pkName))
            continue;
        if (!given && isSqlNull(v))
            continue;
        columns.append(i);
        row.append(v);
        // An update writes what the caller gave, and updatedAt; never the key or createdAt.
        if ((values.contains(info.name) || i == d->updatedAt) && !d->primaryKeys.contains(i)
            && i != d->createdAt && !conflict.target.contains(i))
            conflict.update.append(i);
    }
    if (conflict.update.isEmpty())
        conflict.update.append(conflict.target.first()); // a no-op update still returns the row
    const Dialect &dialect = d->dialect();
    SequelizePrivate *connection = d->connection();
    const QueryGenerator generator(*d);
    const bool returned = dialect.supportsInsertReturning();
    Statement statement
        = generator.insertRows(columns, {row}, returned ? returning : QList<int>(), conflict);
    const QString insertedColumn = dialect.upsertInsertedColumn();
    if (returned && !insertedColumn.isEmpty())
        statement.sql += QStringLiteral(", ") + insertedColumn;
    Connection *transaction = connection->connectionFor(o);
    auto lastInsertId = [&] {
        QSqlQuery &q
            = connection->execute(Statement{dialect.lastInsertIdQuery(), {}}, true, transaction);
        const QVariant id = d->dialect().nextRow(q) ? q.value(0) : QVariant();
        d->dialect().endRows(q);
        return id;
    };
    AtomicBlock block(connection, transaction);
    const QVariant before = dialect.lastInsertIdQuery().isEmpty() ? QVariant() : lastInsertId();
    QSqlQuery &query = connection->execute(statement, true, transaction);
    bool inserted = false;
    if (returned && d->dialect().nextRow(query)) {
        md->recording = false;
        Hydrator(*d, returning).load(instance.data(), query);
        md->recording = true;
        if (!insertedColumn.isEmpty())
            inserted = query.value(int(returning.size())).toBool();
    }
    const int affected = query.numRowsAffected();
    d->dialect().endRows(query);
    if (dialect.upsertCountsUpdatesTwice()) {
        inserted = affected == 1;
    } else if (!dialect.lastInsertIdQuery().isEmpty()) {
        inserted = lastInsertId() != before;
    }
    if (!returned) {
        // No RETURNING: read the stored row back by the conflict key.
        Where where;
        for (int i : conflict.target)
            where = where && Op::eq(d->attribute(i).name, md->value(i));
        QSharedPointer<Model> stored = findOne(
            FindOptions().where(where).paranoid(false).hooks(false).transaction(o.transaction));
        if (stored)
            instance = stored;
    }
    block.commit();
    md = ModelPrivate::get(instance.data());
    md->clearChanges();
    md->setNewRecord(false);
    if (created)
        *created = inserted;
    d->runHook(o.hooks, &ModelHooks::afterUpsert, instance.data(), HookOptions(o));
    return instance;
}

QList<QSharedPointer<Model>> ModelDefinition::findAll(const FindOptions &given)
{
    Q_D(ModelDefinition);
    FindOptions options = d->scoped(given);
    const bool hooks = OptionsAccess::data(given).hooks;
    d->runHook(hooks, &ModelHooks::beforeFind, options);
    d->runHook(hooks, &ModelHooks::beforeFindAfterExpandIncludeAll, options);
    d->runHook(hooks, &ModelHooks::beforeFindAfterOptions, options);
    // The keys includes join on are read even when the attributes leave them out.
    QList<int> hidden;
    if (!OptionsAccess::data(options).attributes.isEmpty()) {
        OptionsData &od = OptionsAccess::mutableData(options);
        for (const Include &include : std::as_const(od.includes)) {
            const AssociationInfo *a = d->association(include.association());
            if (a && !od.attributes.contains(a->sourceKey)) {
                od.attributes.append(a->sourceKey);
                hidden.append(d->requireIndex(a->sourceKey));
            }
        }
    }
    QList<SelectColumn> columns;
    const Statement statement = QueryGenerator(*d).select(OptionsAccess::data(options), &columns);
    QSqlQuery &query = d->connection()->execute(
        statement, true, d->connection()->connectionForRead(OptionsAccess::data(options)));
    QList<QSharedPointer<Model>> found = Hydrator(*d, columns).loadAll(query);
    const OptionsData &o = OptionsAccess::data(options);
    if (!o.includes.isEmpty()) {
        Associations::load(*d, found, o);
        for (const QSharedPointer<Model> &instance : std::as_const(found))
            ModelPrivate::get(instance.data())->loadedWith = o.includes;
    }
    for (int index : std::as_const(hidden)) {
        for (const QSharedPointer<Model> &instance : std::as_const(found))
            ModelPrivate::get(instance.data())->hide(index, d->attributes.size());
    }
    d->runHook(hooks, &ModelHooks::afterFind, found, options);
    if (found.isEmpty() && o.rejectOnEmpty)
        throw EmptyResultError();
    return found;
}

/*!
    Runs the same query as findAll() and returns plain rows (Sequelize's \c{raw: true}): each
    a map of attribute name or alias to its value, converted by the attribute's type.
*/
QList<QVariantMap> ModelDefinition::findAllRaw(const FindOptions &given)
{
    Q_D(ModelDefinition);
    const FindOptions options = d->scoped(given);
    const OptionsData &o = OptionsAccess::data(options);
    QList<QVariantMap> rows;
    if (o.includes.isEmpty()) {
        QList<SelectColumn> columns;
        const Statement statement = QueryGenerator(*d).select(o, &columns);
        QSqlQuery &query
            = d->connection()->execute(statement, true, d->connection()->connectionForRead(o));
        rows = Hydrator(*d, columns).loadAllRaw(query);
    } else {
        // As Sequelize: one row per joined row, included attributes under "alias.attribute".
        QList<JoinedColumn> columns;
        const Statement statement = QueryGenerator(*d).selectJoined(o, &columns);
        QSqlQuery &query
            = d->connection()->execute(statement, true, d->connection()->connectionForRead(o));
        const Dialect &dialect = d->dialect();
        while (d->dialect().nextRow(query)) {
            QVariantMap row;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const JoinedColumn &column = columns.at(c);
                row.insert(column.key,
                           dialect.fromDatabase(query.value(int(c)),
                                                column.model->attribute(column.attribute).type));
            }
            rows.append(row);
        }
        d->dialect().endRows(query);
    }
    if (o.nest) {
        for (QVariantMap &row : rows)
            row = nestRawKeys(row);
    }
    if (rows.isEmpty() && o.rejectOnEmpty)
        throw EmptyResultError();
    return rows;
}

QSharedPointer<Model> ModelDefinition::findOne(const FindOptions &options)
{
    FindOptions limited = options;
    if (OptionsAccess::data(options).limit < 0)
        limited.limit(1);
    const QList<QSharedPointer<Model>> found = findAll(limited);
    return found.isEmpty() ? QSharedPointer<Model>() : found.first();
}

QSharedPointer<Model> ModelDefinition::findByPk(const QVariant &primaryKey,
                                                const FindOptions &options)
{
    Q_D(ModelDefinition);
    d->requireSingleKey("findByPk");
    if (isSqlNull(primaryKey))
        return {};
    const OptionsData &o = OptionsAccess::data(options);
    if (o.where.isEmpty() && o.attributes.isEmpty() && o.order.isEmpty() && o.limit < 0
        && o.offset < 0 && o.paranoid && o.includes.isEmpty() && (d->scopes.isEmpty() || o.unscoped)
        && !o.hasScopes && (!d->hasHooks() || !o.hooks)) {
        // The common case, a hot path (issue 6): the statement is generated once per model
        // and only the key is bound on each call.
        const AttributeInfo &pk = d->attribute(d->primaryKey);
        QList<int> columns;
        Statement statement;
        {
            // Threads of the asynchronous API may get here first at the same time.
            QMutexLocker lock(&d->statementMutex);
            if (d->findByPkSql.isEmpty()) {
                FindOptions shape;
                shape.where(Op::eq(pk.name, coerce(1, pk.type, pk.name)));
                d->findByPkSql
                    = QueryGenerator(*d)
                          .selectAttributes(OptionsAccess::data(shape), &d->findByPkColumns)
                          .sql;
            }
            statement.sql = d->findByPkSql;
            columns = d->findByPkColumns;
        }
        statement.bindings
            = {d->dialect().toDatabase(coerce(primaryKey, pk.type, pk.name), pk.type)};
        QSqlQuery &query = d->connection()->execute(
            statement, true, d->connection()->connectionForRead(OptionsAccess::data(options)));
        QSharedPointer<Model> found;
        if (d->dialect().nextRow(query))
            found = Hydrator(*d, columns).create(query);
        d->dialect().endRows(query);
        if (!found && o.rejectOnEmpty)
            throw EmptyResultError();
        return found;
    }
    FindOptions byKey = options;
    const Where keyWhere = Op::eq(d->attribute(d->primaryKey).name, primaryKey);
    byKey.where(OptionsAccess::data(options).where && keyWhere);
    return findOne(byKey);
}

qint64 ModelDefinition::count(const FindOptions &given)
{
    Q_D(ModelDefinition);
    if (!OptionsAccess::data(given).group.isEmpty())
        throw DefinitionError(QStringLiteral("count() with group gives a count per group: use "
                                             "countGrouped()"));
    FindOptions options = d->scoped(given);
    d->runHook(OptionsAccess::data(given).hooks, &ModelHooks::beforeCount, options);
    const Statement statement = QueryGenerator(*d).count(OptionsAccess::data(options));
    QSqlQuery &query = d->connection()->execute(
        statement, true, d->connection()->connectionForRead(OptionsAccess::data(options)));
    qint64 n = 0;
    if (d->dialect().nextRow(query))
        n = query.value(0).toLongLong();
    d->dialect().endRows(query);
    return n;
}

/*!
    Counts the rows of each group of FindOptions::group() (Sequelize's \c{count({group})}):
    one map per group holding the group attributes and \c count.
*/
QList<QVariantMap> ModelDefinition::countGrouped(const FindOptions &given)
{
    Q_D(ModelDefinition);
    const QStringList group = OptionsAccess::data(given).group;
    if (group.isEmpty())
        throw DefinitionError(QStringLiteral("countGrouped() needs FindOptions::group()"));
    FindOptions options = d->scoped(given);
    d->runHook(OptionsAccess::data(given).hooks, &ModelHooks::beforeCount, options);
    const Statement statement = QueryGenerator(*d).count(OptionsAccess::data(options));
    QSqlQuery &query = d->connection()->execute(
        statement, true, d->connection()->connectionForRead(OptionsAccess::data(options)));
    QList<QVariantMap> rows;
    while (d->dialect().nextRow(query)) {
        QVariantMap row;
        for (int i = 0; i < group.size(); ++i)
            row.insert(group.at(i),
                       d->dialect().fromDatabase(query.value(i),
                                                 d->attribute(d->requireIndex(group.at(i))).type));
        row.insert(QStringLiteral("count"), query.value(int(group.size())).toLongLong());
        rows.append(row);
    }
    d->dialect().endRows(query);
    return rows;
}

// The attribute values a where of plain equalities names (findOrCreate's "where" values).
static void collectEqualities(const Where &where, QVariantMap *values)
{
    if (where.op() == Where::And) {
        for (const Where &child : where.children())
            collectEqualities(child, values);
    } else if (where.op() == Where::Eq && !where.left().isValid()) {
        values->insert(where.attribute(), where.value());
    } else if (where.op() == Where::Is && !where.left().isValid() && !where.value().isValid()) {
        values->insert(where.attribute(), QVariant());
    }
}

QSharedPointer<Model> ModelDefinition::findOrBuild(const FindOptions &options,
                                                   const QVariantMap &defaults, bool *built)
{
    if (QSharedPointer<Model> found = findOne(options)) {
        if (built)
            *built = false;
        return found;
    }
    QVariantMap values = defaults;
    collectEqualities(OptionsAccess::data(options).where, &values);
    if (built)
        *built = true;
    return build(values);
}

QSharedPointer<Model> ModelDefinition::findOrCreate(const FindOptions &options,
                                                    const QVariantMap &defaults, bool *created)
{
    bool missing = false;
    QSharedPointer<Model> instance = findOrBuild(options, defaults, &missing);
    if (!missing) {
        if (created)
            *created = false;
        return instance;
    }
    try {
        instance->save(SaveOptions().transaction(OptionsAccess::data(options).transaction));
    } catch (const UniqueConstraintError &) {
        // Another writer created it between our find and our insert.
        if (QSharedPointer<Model> found = findOne(options)) {
            if (created)
                *created = false;
            return found;
        }
        throw;
    }
    if (created)
        *created = true;
    return instance;
}

QList<QSharedPointer<Model>> ModelDefinition::findAndCountAll(const FindOptions &options,
                                                              qint64 *total)
{
    if (total) {
        FindOptions counting = options;
        counting.limit(-1).offset(-1);
        *total = count(counting);
    }
    return findAll(options);
}

// An aggregate's value as Sequelize's rawSelect casts it to the attribute's type: integer types
// truncate (parseInt: an AVG of 9 and 10 is 9), DECIMAL and the floating types are numbers
// (parseFloat), anything else is the column's value.
static QVariant aggregateValue(const QVariant &raw, const DataType &type, const Dialect &dialect)
{
    switch (type.kind()) {
    case DataType::Integer:
    case DataType::SmallInt:
    case DataType::BigInt: {
        const int id = raw.metaType().id();
        if (id == QMetaType::Double || id == QMetaType::Float) {
            const double d = std::trunc(raw.toDouble());
            if (!(std::abs(d) < 9.2e18))
                throw DatabaseError(QStringLiteral("An aggregate is out of the integer range"));
            return QVariant(qint64(d));
        }
        const QString text = raw.toString().trimmed();
        bool ok = false;
        const qint64 n = text.section(QLatin1Char('.'), 0, 0).toLongLong(&ok);
        if (!ok && !text.startsWith(QLatin1Char('.')) && !text.startsWith(QLatin1String("-.")))
            throw DatabaseError(QStringLiteral("An aggregate is out of the integer range"));
        return QVariant(n);
    }
    case DataType::Decimal:
    case DataType::Float:
    case DataType::Real:
    case DataType::Double:
        return raw.toString().trimmed().toDouble();
    default:
        return dialect.fromDatabase(raw, type);
    }
}

QVariant ModelDefinition::aggregate(const QString &attribute, const QString &function,
                                    const FindOptions &given)
{
    Q_D(ModelDefinition);
    FindOptions options = given;
    OptionsAccess::mutableData(options).where = d->ownNames(OptionsAccess::data(given).where);
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!plainName.match(function).hasMatch())
        throw DefinitionError(QStringLiteral("Invalid aggregate function \"%1\"").arg(function));
    const int index = d->requireIndex(attribute);
    if (!OptionsAccess::data(given).group.isEmpty())
        throw DefinitionError(QStringLiteral("An aggregate with group gives a value per group: "
                                             "use findAllRaw() with group and the aggregate as an "
                                             "attribute, or countGrouped()"));
    const Statement statement
        = QueryGenerator(*d).aggregate(OptionsAccess::data(options), function, attribute);
    QSqlQuery &query = d->connection()->execute(
        statement, true, d->connection()->connectionForRead(OptionsAccess::data(options)));
    QVariant result;
    if (d->dialect().nextRow(query) && !isSqlNull(query.value(0))) {
        const QVariant raw = query.value(0);
        const DataType type = d->attribute(index).type;
        result = aggregateValue(raw, type, d->dialect());
    }
    d->dialect().endRows(query);
    return result;
}

QVariant ModelDefinition::max(const QString &attribute, const FindOptions &options)
{
    return aggregate(attribute, QStringLiteral("MAX"), options);
}

QVariant ModelDefinition::min(const QString &attribute, const FindOptions &options)
{
    return aggregate(attribute, QStringLiteral("MIN"), options);
}

QVariant ModelDefinition::sum(const QString &attribute, const FindOptions &options)
{
    return aggregate(attribute, QStringLiteral("SUM"), options);
}

/*!
    Updates every row matching \a where (Sequelize's static \c Model.update) and
    returns the number of affected rows. Keys of \a values that are not attributes
    are ignored, as Sequelize does; updatedAt is set unless the options say silent.
*/
int ModelDefinition::update(const QVariantMap &values, const Where &where,
                            const UpdateOptions &options)
{
    return updateRows(values, where, options, nullptr);
}

QList<QSharedPointer<Model>> ModelDefinition::updateReturning(const QVariantMap &values,
                                                              const Where &where,
                                                              const UpdateOptions &options)
{
    Q_D(ModelDefinition);
    if (!d->dialect().supportsUpdateReturning())
        throw DefinitionError(
            QStringLiteral("UPDATE ... RETURNING is not supported on %1").arg(d->dialect().name()));
    QList<QSharedPointer<Model>> rows;
    updateRows(values, where, options, &rows);
    return rows;
}

int ModelDefinition::updateRows(const QVariantMap &values, const Where &givenWhere,
                                const UpdateOptions &options, QList<QSharedPointer<Model>> *rows)
{
    Q_D(ModelDefinition);
    const Where where = d->ownNames(givenWhere);
    const OptionsData &o = OptionsAccess::data(options);
    QList<int> indexes;
    QVariantList converted;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = d->indexOf(it.key());
        if (index < 0 || d->attribute(index).type.kind() == DataType::Virtual)
            continue;
        if (!o.fields.isEmpty() && !o.fields.contains(it.key()))
            continue;
        indexes.append(index);
        // An expression (fn, literal, col) is SQL for the generator, not a value to convert.
        converted.append(it.value().metaType() == QMetaType::fromType<Expression>()
                             ? it.value()
                             : coerce(it.value(), d->attribute(index).type, it.key()));
    }
    // As Sequelize: the given values are validated through a built instance (only those
    // attributes), with the validate hooks.
    bool validated = false;
    for (int i : std::as_const(indexes))
        validated = validated || !d->attribute(i).options.validators().isEmpty()
            || !d->attribute(i).options.allowsNull();
    const bool hooks = o.hooks && d->hasHooks();
    if (validated || hooks) {
        QSharedPointer<Model> probe = build(values);
        d->runHook(hooks, &ModelHooks::beforeValidate, probe.data(), HookOptions(o));
        ModelPrivate::get(probe.data())->validate(&indexes);
        d->runHook(hooks, &ModelHooks::afterValidate, probe.data(), HookOptions(o));
        d->runHook(hooks, &ModelHooks::beforeBulkUpdate, values, where, HookOptions(o));
    }
    // individualHooks: the rows are read first (with find hooks) for their per-instance hooks.
    QList<QSharedPointer<Model>> individuals;
    if (o.hooks && o.individualHooks && d->hasHooks()) {
        individuals = findAll(FindOptions().where(where).transaction(o.transaction));
        for (const auto &instance : std::as_const(individuals)) {
            instance->set(values);
            d->runHook(true, &ModelHooks::beforeSave, instance.data(), HookOptions(o));
            d->runHook(true, &ModelHooks::beforeUpdate, instance.data(), HookOptions(o));
        }
    }
    if (d->updatedAt >= 0 && !o.silent && !indexes.contains(d->updatedAt)) {
        indexes.append(d->updatedAt);
        converted.append(nowUtc());
    }
    if (indexes.isEmpty())
        return 0;
    const QueryGenerator generator(*d);
    Statement statement
        = generator.update(indexes, converted, d->scopedWhere(where, o.unscoped), o.paranoid);
    QList<int> returning;
    if (rows) {
        returning = d->storedAttributes();
        generator.appendReturning(statement, returning);
    }
    QSqlQuery &query = d->connection()->execute(statement, true, d->connection()->connectionFor(o));
    int affected = query.numRowsAffected();
    if (rows) {
        *rows = Hydrator(*d, returning).loadAll(query);
        affected = int(rows->size());
    }
    d->dialect().endRows(query);
    for (const auto &instance : std::as_const(individuals)) {
        d->runHook(true, &ModelHooks::afterSave, instance.data(), HookOptions(o));
        d->runHook(true, &ModelHooks::afterUpdate, instance.data(), HookOptions(o));
    }
    d->runHook(o.hooks, &ModelHooks::afterBulkUpdate, affected, HookOptions(o));
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

/*!
    Deletes the rows matching \a where (Sequelize's static \c Model.destroy); on a
    paranoid model it sets deletedAt instead, unless DestroyOptions::force().
    Returns the number of affected rows. Use an empty Where() for every row.
*/
int ModelDefinition::destroy(const Where &givenWhere, const DestroyOptions &options)
{
    Q_D(ModelDefinition);
    const OptionsData &o = OptionsAccess::data(options);
    const bool soft = d->deletedAt >= 0 && !o.force;
    if (o.truncate && !soft) {
        // The rows it removes: counted on the same connection (and transaction), every row.
        const qint64 rows = count(
            FindOptions().paranoid(false).unscoped().hooks(false).transaction(o.transaction));
        d->connection()->executeDirect(QueryGenerator(*d).truncate().sql,
                                       d->connection()->connectionFor(o));
        return int(rows);
    }
    // Sequelize: truncate on a paranoid model without force soft-deletes every row.
    const Where where = o.truncate ? Where() : d->ownNames(givenWhere);
    QueryGenerator generator(*d);
    Statement statement;
    d->runHook(o.hooks, &ModelHooks::beforeBulkDestroy, where, HookOptions(o));
    QList<QSharedPointer<Model>> individuals;
    if (o.hooks && o.individualHooks && d->hasHooks()) {
        individuals = findAll(FindOptions().where(where).transaction(o.transaction));
        for (const auto &instance : std::as_const(individuals))
            d->runHook(true, &ModelHooks::beforeDestroy, instance.data(), HookOptions(o));
    }
    const Where scopedWhere = d->scopedWhere(where, o.unscoped);
    if (d->deletedAt >= 0 && !o.force)
        statement = generator.update({d->deletedAt}, {nowUtc()}, scopedWhere, true);
    else
        statement = generator.remove(scopedWhere, false);
    QSqlQuery &query = d->connection()->execute(statement, true, d->connection()->connectionFor(o));
    const int affected = query.numRowsAffected();
    d->dialect().endRows(query);
    for (const auto &instance : std::as_const(individuals))
        d->runHook(true, &ModelHooks::afterDestroy, instance.data(), HookOptions(o));
    d->runHook(o.hooks, &ModelHooks::afterBulkDestroy, affected, HookOptions(o));
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

int ModelDefinition::restore(const Where &givenWhere, const DestroyOptions &options)
{
    Q_D(ModelDefinition);
    const Where where = d->ownNames(givenWhere);
    const OptionsData &o = OptionsAccess::data(options);
    d->runHook(o.hooks, &ModelHooks::beforeBulkRestore, where, HookOptions(o));
    if (d->deletedAt < 0)
        throw InstanceError(QStringLiteral("Model %1 is not paranoid").arg(d->name));
    const Statement statement = QueryGenerator(*d).update(
        {d->deletedAt}, {QVariant()},
        where && Op::isNot(d->attribute(d->deletedAt).name, QVariant()), false);
    QSqlQuery &query = d->connection()->execute(statement, true, d->connection()->connectionFor(o));
    const int affected = query.numRowsAffected();
    d->dialect().endRows(query);
    d->runHook(o.hooks, &ModelHooks::afterBulkRestore, affected, HookOptions(o));
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

int ModelDefinition::increment(const QVariantMap &byAttribute, const Where &givenWhere,
                               const UpdateOptions &options)
{
    Q_D(ModelDefinition);
    const OptionsData &o = OptionsAccess::data(options);
    // As Sequelize: the default scope applies, and the version of optimistic locking is bumped.
    const Where where = d->scopedWhere(d->ownNames(givenWhere), o.unscoped);
    QList<int> indexes;
    QVariantList amounts;
    for (auto it = byAttribute.cbegin(); it != byAttribute.cend(); ++it) {
        indexes.append(d->requireIndex(it.key()));
        amounts.append(it.value());
    }
    if (d->version >= 0 && !indexes.contains(d->version)) {
        indexes.append(d->version);
        amounts.append(1);
    }
    QList<int> extra;
    QVariantList extraValues;
    if (d->updatedAt >= 0 && !o.silent && !indexes.contains(d->updatedAt)) {
        extra.append(d->updatedAt);
        extraValues.append(nowUtc());
    }
    const Statement statement
        = QueryGenerator(*d).increment(indexes, amounts, extra, extraValues, where);
    QSqlQuery &query = d->connection()->execute(
        statement, true, d->connection()->connectionFor(OptionsAccess::data(options)));
    const int affected = query.numRowsAffected();
    d->dialect().endRows(query);
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

int ModelDefinition::decrement(const QVariantMap &byAttribute, const Where &where,
                               const UpdateOptions &options)
{
    QVariantMap negated;
    for (auto it = byAttribute.cbegin(); it != byAttribute.cend(); ++it) {
        const int type = it.value().metaType().id();
        const bool fractional = type == QMetaType::Double || type == QMetaType::Float;
        negated.insert(it.key(),
                       fractional ? QVariant(-it.value().toDouble())
                                  : QVariant(-it.value().toLongLong()));
    }
    return increment(negated, where, options);
}

void ModelDefinition::truncate()
{
    Q_D(ModelDefinition);
    d->connection()->executeDirect(QueryGenerator(*d).truncate().sql);
}

/*!
    Creates the table if it does not exist (\c{Model.sync()}); it never alters an
    existing table. With SyncOptions::force() the table is dropped first.
*/
void ModelDefinition::sync(const SyncOptions &options)
{
    Q_D(ModelDefinition);
    const bool hooks = OptionsAccess::data(options).hooks;
    d->runHook(hooks, &ModelHooks::beforeSync, options);
    const OptionsData &o = OptionsAccess::data(options);
    if (o.force)
        drop();
    const QList<QPair<QString, ColumnDescription>> existing = o.alter && !o.force
        ? SchemaChanges::describe(d->connection(), d->tableName)
        : QList<QPair<QString, ColumnDescription>>();
    if (!existing.isEmpty()) {
        d->alterTable(existing);
    } else {
        for (const QString &sql : QueryGenerator(*d).createTable())
            d->connection()->executeDirect(sql);
    }
    d->runHook(hooks, &ModelHooks::afterSync, options);
}

// sync({alter}): as Sequelize, every attribute's column is added or changed (keys and
// auto-increment columns stay), and columns of no attribute are dropped.
void ModelDefinitionPrivate::alterTable(const QList<QPair<QString, ColumnDescription>> &existing)
{
    QStringList columns;
    for (const auto &column : existing)
        columns.append(column.first);
    QStringList fields;
    for (const AttributeInfo &info : std::as_const(attributes)) {
        if (info.type.kind() == DataType::Virtual)
            continue;
        fields.append(info.field);
        const ColumnSpec spec{info.field, Attribute(info.options).type(info.type), info.references};
        if (!columns.contains(info.field))
            SchemaChanges::addColumn(connection(), tableName, spec);
        else if (!info.options.isPrimaryKey() && !info.options.isAutoIncrement())
            SchemaChanges::changeColumn(connection(), tableName, spec);
    }
    for (const QString &column : std::as_const(columns)) {
        if (!fields.contains(column))
            SchemaChanges::removeColumn(connection(), tableName, column);
    }
}

void ModelDefinition::drop()
{
    Q_D(ModelDefinition);
    for (const QString &sql : QueryGenerator(*d).dropTable())
        d->connection()->executeDirect(sql);
}

} // namespace QtSequelize
