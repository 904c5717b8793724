// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: setting a model up (attributes from the class and init()), the class registry,
// accessors, build and create.

#include "../meta/modeldefinition_p.h"
#include "attribute_p.h"

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
#include "propertytypes_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>
#include <QtSequelize/sequelizehooks.h>

#include <QtCore/qdatetime.h>

#include <QtCore/qjsonvalue.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qmutex.h>
#include <QtCore/qreadwritelock.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/quuid.h>
#include <QtSql/qsqlquery.h>
#include <cmath>

namespace QtSequelize {

/*!
    \class QtSequelize::ModelDefinition
    \inmodule QtSequelize
    \brief A model class at run time: its attributes, table and static API
    (Sequelize's model class, \c{sequelize.models.User}).

    Made by Model::init() for a C++ model class or by Sequelize::define() for a
    model without one, and owned by its Sequelize. Every finder returns
    instances as QSharedPointer: the caller shares ownership, nothing dangles
    when the ModelDefinition or Sequelize goes away first (the instance then
    cannot run queries any more, and says so with an InstanceError).
*/

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

ModelDefinition::ModelDefinition(Sequelize *sequelize)
    : QObject(sequelize)
    , d_sq(std::make_unique<ModelDefinitionPrivate>(this))
{
    d_sq->sequelize = sequelize;
}

ModelDefinition::~ModelDefinition() = default;

void ModelDefinitionPrivate::addAttribute(const QString &attributeName, const Attribute &options,
                                          const QMetaProperty &property)
{
    AttributeInfo info;
    info.name = attributeName;
    info.options = options;
    info.property = property;
    info.type = options.type();
    if (!info.type.isValid() && property.isValid())
        info.type = inferDataType(property.metaType());
    if (property.isValid() && !propertyHolds(property.metaType(), info.type))
        throw DefinitionError(
            QStringLiteral("Attribute %1.%2 is declared %3, which its property's C++ type %4 "
                           "cannot hold; leave the type out of init() to infer it, or give "
                           "one the property holds")
                .arg(name, attributeName,
                     QString::fromLatin1(
                         QMetaEnum::fromType<DataType::Kind>().valueToKey(info.type.kind())),
                     QString::fromLatin1(property.metaType().name())));
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
}

void ModelDefinitionPrivate::collectAttributes(const Attributes &given)
{
    // 1. Q_PROPERTYs declared by the model class itself (not QObject's or Model's).
    QHash<QString, Attribute> options;
    for (const auto &pair : given) {
        AttributeInternals::requireSameSequelize(pair.second, sequelize, pair.first);
        options.insert(pair.first, pair.second);
    }
    for (int i = Model::staticMetaObject.propertyCount(); i < metaObject->propertyCount(); ++i) {
        const QMetaProperty property = metaObject->property(i);
        // Loaded associations (QSQ_BELONGS_TO, QSQ_HAS_MANY) are properties, not attributes.
        if ((property.metaType().flags() & QMetaType::PointerToQObject)
            || property.metaType() == QMetaType::fromType<QList<QObject *>>())
            continue;
        const QString propertyName = QString::fromLatin1(property.name());
        addAttribute(propertyName, options.value(propertyName), property);
    }
    // 2. Attributes given without a property, in the order given.
    const bool typedClass = metaObject != &Model::staticMetaObject;
    for (const auto &pair : given) {
        if (byName.contains(pair.first))
            continue;
        // A misspelt name in a class with properties would silently be a new column.
        if (typedClass && !pair.second.isWithoutProperty()
            && pair.second.type().kind() != DataType::Virtual)
            throw DefinitionError(
                QStringLiteral("init() gives %1.%2, which matches no property of the class; "
                               "declare it with QSQ_ATTRIBUTE, or mark the entry "
                               "Attribute::withoutProperty() to store it without one")
                    .arg(name, pair.first));
        addAttribute(pair.first, pair.second, QMetaProperty());
    }
}

// 3. The primary key: declared, an `id` attribute, or the implicit `id` Sequelize adds.
void ModelDefinitionPrivate::setUpPrimaryKey()
{
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
}

int ModelDefinitionPrivate::addTimestamp(const std::optional<QString> &renamed,
                                         const char *defaultName, bool allowNull)
{
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
}

// 4. Timestamps and the version of optimistic locking.
void ModelDefinitionPrivate::setUpTimestamps(const ModelOptionsData &o)
{
    if (o.timestamps.value_or(true)) {
        createdAt = addTimestamp(o.createdAt, "createdAt", false);
        updatedAt = addTimestamp(o.updatedAt, "updatedAt", false);
        if (o.paranoid.value_or(false))
            deletedAt = addTimestamp(o.deletedAt, "deletedAt", true);
    }
    if (o.version && !o.version->isEmpty()) {
        const QString versionName = *o.version;
        Attribute a(DataTypes::Integer());
        a.allowNull(false).defaultValue(0);
        version = byName.value(versionName, -1);
        if (version < 0) {
            addAttribute(versionName, a, QMetaProperty());
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
}

// 5. Columns and the table.
void ModelDefinitionPrivate::setUpColumns(const ModelOptionsData &o)
{
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
    schema = o.schema.value_or(QString());
    baseTableName = tableName;
    schemaDelimiter = o.schemaDelimiter.value_or(QStringLiteral("."));
    if (!schema.isEmpty() && !dialect().supportsSchemas()) {
        // As Sequelize: where there are no schemas, the schema is part of the table's name.
        tableName = schema + o.schemaDelimiter.value_or(QStringLiteral(".")) + tableName;
        schema.clear();
    }
}

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
    collectAttributes(given);
    setUpPrimaryKey();
    setUpTimestamps(o);
    setUpColumns(o);
    tableOptions = {o.charset.value_or(QString()), o.collate.value_or(QString()),
                    o.engine.value_or(QString())};
    indexes = o.indexes; // a model's own: define-defaults hold none
    watchChanges = o.watchChanges.value_or(false);
    if (watchChanges) {
        if (primaryKeys.isEmpty())
            throw DefinitionError(
                QStringLiteral("watchChanges needs a primary key: %1 has none").arg(name));
        SequelizePrivate::get(sequelize)->watchChanges(q_func());
    }
}

int ModelDefinitionPrivate::requireIndex(const QString &attribute) const
{
    const int index = byName.value(attribute, -1);
    if (index < 0)
        throw UnknownAttributeError(name, attribute);
    return index;
}

Statement ModelDefinitionPrivate::cachedWrite(const QByteArray &shape, QVariantList bindings,
                                              const std::function<Statement()> &generate) const
{
    {
        QMutexLocker lock(&statementMutex);
        const auto it = writeStatements.constFind(shape);
        if (it != writeStatements.cend())
            return it->isNull() ? generate() : Statement{*it, std::move(bindings)};
    }
    Statement statement = generate();
    QMutexLocker lock(&statementMutex);
    // A shape whose statement binds anything but these values (an expression, a list) is
    // generated on every call.
    if (writeStatements.size() < 256)
        writeStatements.insert(shape, statement.bindings == bindings ? statement.sql : QString());
    return statement;
}

QVariant ModelDefinitionPrivate::bound(int attribute, const QVariant &value) const
{
    const AttributeInfo &info = attributes.at(attribute);
    return dialect().toDatabase(coerce(value, info.type, info.name), info.type);
}

QVariant ModelDefinitionPrivate::timestampValue(int attribute, const QDateTime &now) const
{
    const AttributeInfo &info = attributes.at(attribute);
    if (!info.options.hasDefaultValue())
        return now;
    const QVariant defaultValue = info.options.defaultValue();
    if (defaultValue.metaType() == QMetaType::fromType<DefaultValue>()
        || defaultValue.metaType() == QMetaType::fromType<Expression>() || isSqlNull(defaultValue))
        return now; // DataTypes.NOW, and SQL that would be the database's time
    return coerce(defaultValue, info.type, info.name);
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
    if (primaryKeys.isEmpty())
        throw DefinitionError(QStringLiteral("%1 has no primary key: %2 needs one")
                                  .arg(name, QString::fromLatin1(what)));
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
    removeAttributeAt(primaryKey);
    for (const QString &n : names) {
        const int index = byName.value(n);
        attributes[index].options.primaryKey().allowNull(false);
        primaryKeys.append(index);
    }
    primaryKey = primaryKeys.first();
    primaryKeyAutoIncrement = false;
}

bool ModelDefinitionPrivate::renameAttribute(const QString &from, const QString &to,
                                             const QString &field)
{
    const int index = indexOf(from);
    if (index < 0)
        return false;
    if (const int existing = indexOf(to); existing >= 0) {
        // A junction several pairs share (through scopes): the other key is there already, and
        // the default one made for this pair goes, as Sequelize deletes it.
        const qsizetype key = primaryKeys.indexOf(index);
        if (key >= 0 && !primaryKeys.contains(existing))
            primaryKeys[key] = existing;
        removeAttributeAt(index);
        return true;
    }
    AttributeInfo &info = attributes[index];
    info.name = to;
    info.field = !field.isEmpty() ? field : underscored ? Inflection::underscore(to) : to;
    byName.remove(from);
    byName.insert(to, index);
    findByPkSql.clear();
    findByPkColumns.clear();
    writeStatements.clear();
    return true;
}

const AssociationInfo *ModelDefinitionPrivate::association(const QString &name) const
{
    for (const AssociationInfo &a : associations) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

QVariant ModelDefinitionPrivate::notDeletedValue() const
{
    if (deletedAt < 0)
        return {};
    const AttributeInfo &info = attribute(deletedAt);
    if (!info.options.hasDefaultValue())
        return {};
    const QVariant value = info.options.defaultValue();
    // Only a plain point in time (not NOW, an expression or a function).
    if (isSqlNull(value) || value.metaType().id() != QMetaType::QDateTime)
        return {};
    return value.toDateTime().isValid() ? value : QVariant();
}

bool ModelDefinitionPrivate::isNotDeleted(const QVariant &value) const
{
    const QVariant notDeleted = notDeletedValue();
    if (!notDeleted.isValid())
        return isSqlNull(value);
    return !isSqlNull(value) && value.toDateTime() == notDeleted.toDateTime();
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
    if (!reference.table.name.isEmpty() && !known)
        attributes[index].references.append(reference);
    findByPkSql.clear(); // the column list changed
    findByPkColumns.clear();
    writeStatements.clear();
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
    Registers the C++ model class \a mo with \a sequelize (Sequelize's \c Model.init), its
    instances made by \a factory, with \a givenAttributes and \a givenOptions (the
    beforeDefine hooks may change them). Called through TypedModel::init(). Returns the
    definition, owned by \a sequelize; initialising the class again replaces it. Throws
    DefinitionError.
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
/*!
    The schema the model's table is in (ModelOptions::schema()), empty for the connection's
    own. Empty on SQLite, where the schema is part of tableName().
*/
QString ModelDefinition::schema() const
{
    return d_func()->schema;
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
    return d->primaryKey < 0 ? QString() : d->attribute(d->primaryKey).name;
}

/*!
    Removes an attribute and its column from the model, as Sequelize's
    \c{Model.removeAttribute()}; call it right after defining the model, before instances
    exist. Removing \c id (the implicit key) maps a table without a primary key (a log, a view):
    its rows are created, found, counted, updated and destroyed by where, but an instance
    cannot be saved again, reloaded or destroyed (InstanceError: without a key it would be
    every row), and findByPk, associations to it and upsert without a unique key are refused.
    An attribute an association keys on is refused (DefinitionError); a timestamp or version
    attribute removed is no longer maintained.
    \a attribute is the attribute's name.
*/
void ModelDefinition::removeAttribute(const QString &attribute)
{
    Q_D(ModelDefinition);
    const int index = d->requireIndex(attribute);
    for (const AssociationInfo &a : d->associations) {
        const bool keyedOn = (a.kind == AssociationInfo::BelongsTo && a.foreignKey == attribute)
            || (a.kind != AssociationInfo::BelongsTo && a.sourceKey == attribute);
        if (keyedOn)
            throw DefinitionError(QStringLiteral("%1.%2 is a key of the association \"%3\": it "
                                                 "cannot be removed")
                                      .arg(d->name, attribute, a.name));
    }
    if (d->watchChanges && d->primaryKeys == QList<int>{index})
        throw DefinitionError(
            QStringLiteral("watchChanges needs a primary key: %1 would have none").arg(d->name));
    if (index == d->primaryKey)
        d->implicitId = false;
    d->removeAttributeAt(index);
}

// Removes one attribute: the other indexes, the keys and the timestamps follow it, and the
// statements generated so far are dropped.
void ModelDefinitionPrivate::removeAttributeAt(int removed)
{
    const int removedExtra = attributes.at(removed).extraIndex;
    attributes.removeAt(removed);
    for (AttributeInfo &info : attributes) {
        if (removedExtra >= 0 && info.extraIndex > removedExtra)
            --info.extraIndex;
    }
    if (removedExtra >= 0)
        --extraCount;
    for (int *index : {&createdAt, &updatedAt, &deletedAt, &version}) {
        if (*index == removed)
            *index = -1;
        else if (*index > removed)
            --*index;
    }
    QList<int> keys;
    for (int k : std::as_const(primaryKeys)) {
        if (k != removed)
            keys.append(k > removed ? k - 1 : k);
    }
    primaryKeys = keys;
    primaryKey = keys.isEmpty() ? -1 : keys.first();
    primaryKeyAutoIncrement
        = keys.size() == 1 && attributes.at(primaryKey).options.isAutoIncrement();
    byName.clear();
    for (int i = 0; i < attributes.size(); ++i)
        byName.insert(attributes.at(i).name, i);
    QMutexLocker lock(&statementMutex);
    findByPkSql.clear();
    findByPkColumns.clear();
    writeStatements.clear();
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

QSharedPointer<Model> ModelDefinition::build(const QVariantMap &values,
                                             const QList<Include> &includes) const
{
    QSharedPointer<Model> instance = build(values);
    if (!includes.isEmpty())
        ModelPrivate::buildIncluded(instance.data(), d_func()->resolveIncludes(includes), values);
    return instance;
}

QSharedPointer<Model> ModelDefinition::create(const QVariantMap &values, const SaveOptions &options)
{
    QSharedPointer<Model> instance = build(values, OptionsAccess::data(options).includes);
    instance->save(options);
    return instance;
}

} // namespace QtSequelize
