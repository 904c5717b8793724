// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: setting a model up, in order: its attributes (from the class's Q_PROPERTYs
// and the attributes given), the primary key, timestamps, columns and the table.

#include "../meta/modeldefinition_p.h"
#include "../sql/inflection_p.h"
#include "attribute_p.h"
#include "model_p.h"
#include "modeloptions_p.h"
#include "propertytypes_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>

#include <QtCore/qmetaobject.h>

namespace QtSequelize {

void ModelDefinitionPrivate::addAttribute(const QString &attributeName, const Attribute &options,
                                          const QMetaProperty &property)
{
    // A column needs a name (SQLite would make a column named "", the others refuse it late).
    if (attributeName.isEmpty() || (!options.field().isNull() && options.field().isEmpty()))
        throw DefinitionError(QStringLiteral("Model %1 has an attribute without a name").arg(name));
    AttributeInfo info;
    info.name = attributeName;
    info.options = options;
    info.property = property;
    switch (property.isValid() ? property.metaType().id() : QMetaType::UnknownType) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
    case QMetaType::QUuid: // its null is the nil UUID, a value a column stores
        info.nullBesideProperty = true;
        break;
    default:
        break;
    }
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
    // disable*() leave a null name; an empty one given is Sequelize's error.
    if (!attributeName.isNull() && attributeName.isEmpty())
        throw DefinitionError(QStringLiteral("Value for \"%1\" option cannot be an empty string")
                                  .arg(QLatin1StringView(defaultName)));
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
    if (name.isEmpty()) // its table would be named "" (SQLite makes one)
        throw DefinitionError(QStringLiteral("A model needs a name"));
    singularName = o.singularName.value_or(Inflection::singularize(name));
    pluralName = o.pluralName.value_or(Inflection::pluralize(name));
    underscored = o.underscored.value_or(false);
    collectAttributes(given);
    setUpPrimaryKey();
    setUpTimestamps(o);
    setUpColumns(o);
    tableOptions = {o.charset.value_or(QString()), o.collate.value_or(QString()),
                    o.engine.value_or(QString())};
    indexes = o.indexes; // a model's own: define-defaults hold none
    watchChanges = o.watchChanges.value_or(false);
    andWheres = o.whereMerge == ModelOptions::WhereMerge::And;
    if (watchChanges) {
        if (primaryKeys.isEmpty())
            throw DefinitionError(
                QStringLiteral("watchChanges needs a primary key: %1 has none").arg(name));
        SequelizePrivate::get(sequelize)->watchChanges(q_func());
    }
}

} // namespace QtSequelize
