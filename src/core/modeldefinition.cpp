// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: the class registry, accessors, build and create (setting a model up is in
// modeldefinitionsetup.cpp).

#include "../meta/modeldefinition_p.h"

#include "../dialects/dialect_p.h"
#include "../query/joinplan_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../query/rawquery_p.h"
#include "../sql/coercion_p.h"
#include "../sql/errors_p.h"
#include "../sql/indexoptions_p.h"
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
#include <QtCore/qset.h>

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

int ModelDefinitionPrivate::requireIndex(const QString &attribute) const
{
    const int index = byName.value(attribute, -1);
    if (index < 0)
        throw UnknownAttributeError(name, attribute);
    return index;
}

int ModelDefinitionPrivate::requireQueryIndex(const QString &name) const
{
    const int index = queryIndex(name);
    if (index < 0)
        throw UnknownAttributeError(this->name, name);
    return index;
}

int ModelDefinitionPrivate::columnKeyIndex(const QString &key, const QVariantMap &values) const
{
    const int index = indexOfField(key);
    if (index >= 0 && values.contains(attributes.at(index).name))
        throw DefinitionError(QStringLiteral("%1: the values name attribute %2 twice (\"%2\" and "
                                             "its column \"%3\")")
                                  .arg(name, attributes.at(index).name, key));
    return index;
}

QVariantMap ModelDefinitionPrivate::withAttributeNames(const QVariantMap &values) const
{
    QVariantMap renamed;
    bool changed = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (indexOf(it.key()) >= 0)
            continue;
        const int index = columnKeyIndex(it.key(), values);
        if (index < 0)
            continue; // unknown: ignored, as Sequelize does
        const QString &name = attributes.at(index).name;
        if (!changed) {
            renamed = values;
            changed = true;
        }
        renamed.insert(name, renamed.take(it.key()));
    }
    return changed ? renamed : values;
}

QByteArray ModelDefinitionPrivate::writeShape(char kind,
                                              std::initializer_list<const QList<int> *> parts)
{
    QByteArray shape(1, kind);
    for (const QList<int> *part : parts) {
        for (int i : *part)
            shape.append(char(i & 0xff)).append(char((i >> 8) & 0xff));
        shape.append('|');
    }
    return shape;
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
    stored.reserve(attributes.size());
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
    d->self = instance;
    if (extraCount)
        d->extra.resize(extraCount);
    return instance;
}

SequelizePrivate *ModelDefinitionPrivate::connection() const
{
    return SequelizePrivate::get(sequelize);
}

QSqlQuery &ModelDefinitionPrivate::write(const Statement &statement, Connection *on) const
{
    try {
        return connection()->execute(statement, true, on);
    } catch (UniqueConstraintError &error) {
        nameUniqueColumns(error);
        rewordUnique(error);
        throw;
    }
}

// The attributes of the unique key or unique index named \a name, in their order; empty when
// there is none.
static QList<int> uniqueColumnsNamed(const ModelDefinitionPrivate &m, const QString &name)
{
    if (m.dialect().namesPrimaryKey(name)) // MariaDB's "PRIMARY": the key's columns, as elsewhere
        return m.primaryKeys;
    QList<int> columns;
    for (int i = 0; i < m.attributes.size(); ++i) {
        const Attribute &a = m.attribute(i).options;
        if (a.isUnique() && a.uniqueKey() == name)
            columns.append(i);
    }
    for (const IndexOptions &index : m.indexes) {
        const IndexOptionsData &o = IndexOptionsData::get(index);
        QStringList names;
        for (const IndexKeyOption &key : o.keys)
            names.append(key.name);
        if (!columns.isEmpty() || !o.unique
            || (o.name.isEmpty() ? Inflection::indexName(m.tableName, names) : o.name) != name)
            continue;
        for (const QString &key : std::as_const(names)) {
            const int byName = m.indexOf(key);
            const int index = byName >= 0 ? byName : m.indexOfField(key);
            if (index < 0)
                return {}; // an expression's key
            columns.append(index);
        }
    }
    return columns;
}

void ModelDefinitionPrivate::nameUniqueColumns(UniqueConstraintError &error) const
{
    const QVariantMap fields = error.fields();
    if (fields.size() != 1)
        return;
    // (A key may share its name with a column: MariaDB names a column's own key after it.)
    const QList<int> columns = uniqueColumnsNamed(*this, fields.firstKey());
    if (columns.isEmpty()
        || (columns.size() == 1 && attribute(columns.first()).field == fields.firstKey()))
        return;
    const QStringList parts = fields.first().toString().split(QLatin1Char('-'));
    QList<QPair<QString, QVariant>> named;
    for (qsizetype i = 0; i < columns.size(); ++i)
        named.append({attribute(columns.at(i)).field,
                      parts.size() == columns.size() ? QVariant(parts.at(i)) : QVariant()});
    ErrorBuilder::setUniqueFields(error, named);
}

void ModelDefinitionPrivate::rewordUnique(UniqueConstraintError &error) const
{
    // The model's unique keys (by name; a key of its own by column) with their messages.
    QHash<QString, QSet<QString>> keyColumns;
    QHash<QString, QString> keyMessages;
    for (const AttributeInfo &info : attributes) {
        if (!info.options.isUnique())
            continue;
        const QString key = info.options.uniqueKey() == QLatin1String("\x01")
            ? QStringLiteral("\x01") + info.field
            : info.options.uniqueKey();
        keyColumns[key].insert(info.field);
        if (keyMessages.value(key).isEmpty())
            keyMessages.insert(key, info.options.uniqueMessage());
    }
    const QStringList errorColumns = error.fields().keys();
    const QSet<QString> violated(errorColumns.cbegin(), errorColumns.cend());
    QString message;
    QHash<QString, QString> itemMessages;
    for (auto it = keyColumns.cbegin(); it != keyColumns.cend(); ++it) {
        const QString keyMessage = keyMessages.value(it.key());
        if (keyMessage.isEmpty())
            continue;
        if (it.value() == violated)
            message = keyMessage;
        for (const QString &column : it.value())
            itemMessages.insert(column, keyMessage);
    }
    if (!message.isEmpty() || !itemMessages.isEmpty())
        ErrorBuilder::rewordUnique(error, message, itemMessages);
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
    if (!includes.isEmpty()) {
        const QList<Include> resolved = d_func()->resolveIncludes(includes);
        ModelPrivate::buildIncluded(instance.data(), resolved, values);
        ModelPrivate::get(instance.data())->builtWith = resolved;
    }
    return instance;
}

/*!
    Unsaved instances of \a records, each as build() makes it (Sequelize's \c bulkBuild).
*/
QList<QSharedPointer<Model>> ModelDefinition::bulkBuild(const QList<QVariantMap> &records) const
{
    QList<QSharedPointer<Model>> built;
    built.reserve(records.size());
    for (const QVariantMap &values : records)
        built.append(build(values));
    return built;
}

QSharedPointer<Model> ModelDefinition::create(const QVariantMap &values, const SaveOptions &options)
{
    QSharedPointer<Model> instance = build(values, OptionsAccess::data(options).includes);
    instance->save(options);
    return instance;
}

} // namespace QtSequelize
