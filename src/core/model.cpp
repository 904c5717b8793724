// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "model_p.h"

#include "../meta/modeldefinition_p.h"
#include "../query/jsonpath_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../sql/coercion_p.h"
#include "hydrator_p.h"
#include "metacallerrors_p.h"
#include "sequelize_p.h"

#include <algorithm>
#include <utility>

#include <QtSequelize/errors.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/quuid.h>
#include <QtSql/qsqlquery.h>

namespace QtSequelize {

/*!
    \class QtSequelize::Model
    \inmodule QtSequelize
    \brief One row of a model: Sequelize's model instance, as a QObject.

    A C++ model derives from TypedModel<Self> and declares each attribute with
    QSQ_ATTRIBUTE, which makes a Q_PROPERTY with a getter, a setter and a NOTIFY
    signal that fires only when the value changes. Attributes without a property
    (the implicit \c id, timestamps, attributes of a define()d model) are read
    with get() and written with set().

    Instances made by finders are owned by the QSharedPointer they come in;
    an instance made with \c new or on the stack is owned as any QObject.
*/

// Converts a value of the attribute's canonical Qt type to the type of its Q_PROPERTY.
static QVariant toPropertyType(const QVariant &value, QMetaType propertyType)
{
    if (value.metaType() == propertyType || propertyType.id() == QMetaType::QVariant)
        return value;
    if (isSqlNull(value))
        return QVariant(propertyType);
    if (value.metaType().id() == QMetaType::QJsonValue) {
        const QJsonValue json = value.toJsonValue();
        switch (propertyType.id()) {
        case QMetaType::QJsonObject:
            return json.toObject();
        case QMetaType::QJsonArray:
            return json.toArray();
        case QMetaType::QVariantMap:
            return json.toObject().toVariantMap();
        case QMetaType::QVariantList:
            return json.toArray().toVariantList();
        default:
            break;
        }
    }
    QVariant converted = value;
    if (!converted.convert(propertyType))
        return QVariant(propertyType);
    return converted;
}

// Converts a property's value back to the attribute's canonical Qt type.
static QVariant fromPropertyType(const QVariant &value, const DataType &type)
{
    const QMetaType target = type.valueType();
    if (value.metaType() == target)
        return value;
    // An integer property of another width than the attribute's type (a qint64 `id` of an
    // INTEGER attribute is common): read in place, not through QVariant::convert().
    const int from = value.metaType().id();
    if (from == QMetaType::LongLong && target.id() == QMetaType::Int)
        return QVariant(int(*static_cast<const qlonglong *>(value.constData())));
    if (from == QMetaType::Int && target.id() == QMetaType::LongLong)
        return QVariant(qint64(*static_cast<const int *>(value.constData())));
    if (type.kind() == DataType::Json || type.kind() == DataType::JsonB) {
        if (value.metaType().id() == QMetaType::QVariantMap
            || value.metaType().id() == QMetaType::QVariantList
            || value.metaType().id() == QMetaType::QJsonObject
            || value.metaType().id() == QMetaType::QJsonArray)
            return coerce(value, type, QString());
    }
    if (isSqlNull(value))
        return QVariant(type.valueType());
    if (type.kind() == DataType::Virtual)
        return value;
    QVariant converted = value;
    if (converted.convert(type.valueType()))
        return converted;
    return value;
}

// A new record's attributes whose property cannot hold NULL have not been given a value: each
// is NULL (Sequelize's undefined), but one written before the model was set up.
void ModelPrivate::noteNewRecordNulls() const
{
    Q_Q(const Model);
    if (newRecord) {
        if (!definition && !ModelDefinition::forClass(q->metaObject()))
            return; // not set up yet: noted once it is
        const ModelDefinitionPrivate &m = meta();
        for (int i = 0; i < m.attributes.size(); ++i) {
            const AttributeInfo &info = m.attribute(i);
            if (!info.nullBesideProperty || changedIndex(info.name) >= 0)
                continue;
            if (nulls.isEmpty())
                nulls.resize(m.attributes.size());
            nulls.setBit(i);
        }
    }
    nullsNoted = true;
}

qsizetype ModelPrivate::attributeCount() const
{
    return meta().attributes.size();
}

const ModelDefinitionPrivate &ModelPrivate::meta() const
{
    Q_Q(const Model);
    return *ModelDefinitionPrivate::get(q->definition());
}

QVariant ModelPrivate::value(int attribute) const
{
    Q_Q(const Model);
    const AttributeInfo &info = meta().attribute(attribute);
    if (info.hasProperty()) {
        if (info.nullBesideProperty && isNullBeside(attribute))
            return QVariant(info.type.valueType());
        // Through the moc-generated static metacall, into storage of the property's type: what
        // QMetaProperty::read() ends in, without the virtual qt_metacall chain (a hot path:
        // every key of an include and every bound value is read here).
        if (const auto metacall = info.property.enclosingMetaObject()->d.static_metacall) {
            QVariant value(info.property.metaType());
            void *argv[] = {value.data(), nullptr};
            metacall(const_cast<Model *>(q), QMetaObject::ReadProperty,
                     info.property.relativePropertyIndex(), argv);
            return fromPropertyType(value, info.type);
        }
        return fromPropertyType(info.property.read(q), info.type);
    }
    if (info.extraIndex < extra.size())
        return extra.at(info.extraIndex);
    return QVariant(info.type.valueType());
}

// The property's value as it is (not converted to the attribute's type), through the
// moc-generated static metacall where there is one (QMetaProperty::read walks qt_metacall).
static QVariant readProperty(const Model *q, const AttributeInfo &info)
{
    const auto metacall = info.property.enclosingMetaObject()->d.static_metacall;
    if (!metacall || info.property.metaType().id() == QMetaType::QVariant)
        return info.property.read(q);
    QVariant value(info.property.metaType());
    void *argv[] = {value.data(), nullptr};
    metacall(const_cast<Model *>(q), QMetaObject::ReadProperty,
             info.property.relativePropertyIndex(), argv);
    return value;
}

void ModelPrivate::markRestored(bool recorded)
{
    const ModelDefinitionPrivate &m = meta();
    const QVariant notDeleted = m.notDeletedValue();
    const bool wasRecording = std::exchange(recording, recorded && recording);
    setValue(m.deletedAt,
             notDeleted.isValid() ? notDeleted : QVariant(QMetaType::fromType<QDateTime>()));
    recording = wasRecording;
}

void ModelPrivate::setValue(int attribute, const QVariant &value)
{
    Q_Q(Model);
    const AttributeInfo &info = meta().attribute(attribute);
    if (!expressions.isEmpty())
        expressions.remove(attribute);
    if (info.hasProperty()) {
        // On a new record an attribute given explicitly counts as set even when it equals
        // the current value, so its default does not replace it (Sequelize's build()).
        if (newRecord && recording && changedIndex(info.name) < 0 && !isDefaulted(attribute)) {
            if (previous.capacity() == 0)
                previous.reserve(8);
            previous.append({info.name,
                             isNullBeside(attribute) ? QVariant(info.type.valueType())
                                                     : readProperty(q, info)});
        }
        // A NULL the property cannot hold: its zero is written, and the NULL noted beside it.
        const bool toNull = info.nullBesideProperty && isSqlNull(value);
        if (toNull && isNullBeside(attribute))
            return;
        if (toNull && recording)
            recordChange(info.name, this->value(attribute));
        // The setter records the change and emits the NOTIFY signal when it differs.
        QVariant typed = toPropertyType(value, info.property.metaType());
        const auto metacall = info.property.enclosingMetaObject()->d.static_metacall;
        if (metacall && typed.metaType() == info.property.metaType()
            && info.property.metaType().id() != QMetaType::QVariant) {
            // Straight to the WRITE accessor through the moc-generated static metacall, as the
            // hydrator does (QMetaProperty::write walks qt_metacall of every base class).
            int status = -1;
            int flags = 0;
            void *argv[] = {typed.data(), nullptr, &status, &flags};
            metacall(q, QMetaObject::WriteProperty, info.property.relativePropertyIndex(), argv);
        } else {
            const LibraryPropertyWrite library;
            info.property.write(q, typed);
        }
        if (toNull) {
            noteNull(attribute, true);
        } else if (isNullBeside(attribute)) {
            // A setter that is not QSQ_ATTRIBUTE's, or one not recording: the NULL is gone.
            noteNull(attribute, false);
            if (recording)
                recordChange(info.name, QVariant(info.type.valueType()));
        }
        return;
    }
    if (extra.size() < meta().extraCount)
        extra.resize(meta().extraCount);
    QVariant &slot = extra[info.extraIndex];
    if (slot.isValid() && slot == value && isSqlNull(slot) == isSqlNull(value))
        return;
    if (recording)
        recordChange(info.name, slot.isValid() ? slot : QVariant(info.type.valueType()));
    slot = value;
}

void ModelPrivate::load(int attribute, const QVariant &value)
{
    Q_Q(Model);
    const AttributeInfo &info = meta().attribute(attribute);
    if (!expressions.isEmpty())
        expressions.remove(attribute);
    if (info.hasProperty()) {
        const LibraryPropertyWrite library;
        info.property.write(q, toPropertyType(value, info.property.metaType()));
        if (info.nullBesideProperty)
            noteNull(attribute, isSqlNull(value));
        return;
    }
    if (extra.size() < meta().extraCount)
        extra.resize(meta().extraCount);
    extra[info.extraIndex] = value;
}

// Records a change of \a attribute from \a before. As Sequelize's _previousDataValues,
// previous() is the value before the latest change; a primary key keeps the stored one, which
// save() finds the row by.
void ModelPrivate::recordChange(const QString &attribute, const QVariant &before)
{
    const int i = changedIndex(attribute);
    if (i < 0) {
        if (previous.capacity() == 0)
            previous.reserve(8);
        previous.append({attribute, before});
        return;
    }
    const ModelDefinitionPrivate &m = meta();
    if (!m.primaryKeys.contains(m.indexOf(attribute)))
        previous[i].second = before;
}

int ModelPrivate::changedIndex(const QString &attribute) const
{
    for (qsizetype i = 0; i < previous.size(); ++i) {
        if (previous.at(i).first == attribute)
            return int(i);
    }
    return -1;
}

QStringList ModelPrivate::changedSince(const QStringList &before) const
{
    QStringList names;
    for (const auto &entry : previous) {
        if (!before.contains(entry.first))
            names.append(entry.first);
    }
    return names;
}

// A default is set as Sequelize's build() sets it (raw): not a change.
void ModelPrivate::applyDefault(int attribute)
{
    const AttributeInfo &info = meta().attribute(attribute);
    const QVariant generated = generateDefault(info.options.defaultValue(), info.type);
    const bool wasRecording = std::exchange(recording, false);
    if (generated.metaType() == QMetaType::fromType<Expression>())
        setExpression(attribute, generated.value<Expression>()); // SQL in the INSERT (Sequelize)
    else
        setValue(attribute, coerce(generated, info.type, info.name));
    recording = wasRecording;
    if (defaulted.isEmpty())
        defaulted.resize(meta().attributes.size());
    defaulted.setBit(attribute);
}

void ModelPrivate::applyDefaults(bool onlyUnset)
{
    const ModelDefinitionPrivate &m = meta();
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        if (!info.options.hasDefaultValue())
            continue;
        if (onlyUnset && (changedIndex(info.name) >= 0 || isDefaulted(i)))
            continue;
        applyDefault(i);
    }
}

void ModelPrivate::applyDefaults(const QVariantMap &given)
{
    const ModelDefinitionPrivate &m = meta();
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        if (info.options.hasDefaultValue() && !given.contains(info.name))
            applyDefault(i);
    }
}

void ModelPrivate::clearChanges()
{
    previous.clear();
    defaulted.clear();
    expressions.clear();
}

void ModelPrivate::setExpression(int attribute, const Expression &expression)
{
    const AttributeInfo &info = meta().attribute(attribute);
    if (info.type.kind() == DataType::Virtual)
        throw DefinitionError(
            QStringLiteral("The virtual attribute \"%1\" cannot be set to an SQL expression")
                .arg(info.name));
    if (recording && changedIndex(info.name) < 0)
        previous.append({info.name, value(attribute)});
    expressions.insert(attribute, expression);
}

QVariant ModelPrivate::written(int attribute) const
{
    if (!expressions.isEmpty()) {
        const auto it = expressions.constFind(attribute);
        if (it != expressions.cend())
            return QVariant::fromValue(*it);
    }
    return value(attribute);
}

void ModelPrivate::setNewRecord(bool isNew)
{
    Q_Q(Model);
    if (newRecord == isNew)
        return;
    if (!nullsNoted)
        noteNewRecordNulls(); // while it is new
    newRecord = isNew;
    Q_EMIT q->isNewRecordChanged();
}

/*!
    Constructs a new record (isNewRecord() is \c true). The model class must have
    been registered with init() before the instance runs a query.
    \a parent is the QObject parent.
*/
Model::Model(QObject *parent)
    : QObject(parent)
    , d_sq(std::make_unique<ModelPrivate>(this))
{
}

Model::~Model() = default;

ModelDefinition *Model::definition() const
{
    Q_D(const Model);
    if (!d->definition) {
        d->definition = ModelDefinition::forClass(metaObject());
        if (!d->definition)
            throw InstanceError(QStringLiteral("%1 has no model definition: call %1::init() "
                                               "first, and keep its Sequelize alive")
                                    .arg(QString::fromLatin1(metaObject()->className())));
    }
    return d->definition;
}

bool Model::isNewRecord() const
{
    return d_func()->newRecord;
}

bool Model::isRecordingChanges() const
{
    return d_func()->recording;
}

void Model::attributeChanging(const char *attribute, const QVariant &oldValue)
{
    Q_D(Model);
    // The attribute's own name (shared, not a new string per write) when the model is set up.
    if (d->definition || ModelDefinition::forClass(metaObject())) {
        const QList<AttributeInfo> &attributes = d->meta().attributes;
        for (int i = 0; i < attributes.size(); ++i) {
            const AttributeInfo &info = attributes.at(i);
            if (!info.hasProperty() || qstrcmp(info.property.name(), attribute) != 0)
                continue;
            if (!d->isNullBeside(i))
                return d->recordChange(info.name, oldValue);
            // The property is written with a value: the NULL it stood for is gone.
            d->noteNull(i, false);
            return d->recordChange(info.name, QVariant(info.type.valueType()));
        }
    }
    d->recordChange(QString::fromLatin1(attribute), oldValue);
}

bool Model::isNullAttribute(const char *attribute) const
{
    Q_D(const Model);
    if (d->nullsNoted && d->nulls.isEmpty())
        return false;
    if (!d->definition && !ModelDefinition::forClass(metaObject()))
        return false;
    const QList<AttributeInfo> &attributes = d->meta().attributes;
    for (int i = 0; i < attributes.size(); ++i) {
        if (attributes.at(i).hasProperty()
            && qstrcmp(attributes.at(i).property.name(), attribute) == 0)
            return d->isNullBeside(i);
    }
    return false;
}

// The stored value of the attribute at \a index; undefined when the query that loaded the
// instance did not read it and it was not set since.
static QVariant storedValue(const ModelPrivate *d, int index)
{
    if (!d->loaded.isEmpty() && !d->loaded.testBit(index)
        && d->changedIndex(d->meta().attribute(index).name) < 0)
        return QVariant();
    return d->value(index);
}

// A loaded association's value as get() shows it: the target's values (or null), or a list.
static QVariant loadedValue(const AssociationInfo &a, const QList<QSharedPointer<Model>> &targets)
{
    if (a.isSingle())
        return targets.isEmpty() ? QVariant() : QVariant(targets.first()->get());
    QVariantList list;
    for (const QSharedPointer<Model> &t : targets)
        list.append(t->get());
    return list;
}

/*!
    Returns the value of \a attribute through its getter, as Sequelize's \c{instance.get(name)};
    a computed (aliased) value read with the row; a loaded association's values (a map, null, or
    a list of maps, as get() shows them), or an invalid QVariant when it was not loaded. Throws
    UnknownAttributeError for any other name.
*/
QVariant Model::get(const QString &attribute) const
{
    Q_D(const Model);
    const int index = d->meta().indexOf(attribute);
    if (index < 0 && !d->computed.contains(attribute)) {
        // An association: its loaded value as get() gives it, nothing when not loaded (as
        // Sequelize's instance.get('Tasks')).
        if (const AssociationInfo *a = d->meta().association(attribute))
            return d->associations.contains(a->name)
                ? loadedValue(*a, d->associations.value(a->name))
                : QVariant();
    }
    if (index < 0)
        return getDataValue(attribute); // a computed value, or UnknownAttributeError
    if (const Attribute::Getter &getter = d->meta().attribute(index).options.getter())
        return getter(*this);
    if (!d->expressions.isEmpty() && d->expressions.contains(index))
        return d->written(index); // the expression, until save() writes it (as Sequelize)
    return storedValue(d, index);
}

QVariant Model::getDataValue(const QString &attribute) const
{
    Q_D(const Model);
    const int index = d->meta().indexOf(attribute);
    if (index < 0 && d->computed.contains(attribute))
        return d->computed.value(attribute);
    return storedValue(d, index < 0 ? d->meta().requireIndex(attribute) : index);
}

bool ModelPrivate::isShown(int attribute) const
{
    const ModelDefinitionPrivate &m = meta();
    const AttributeInfo &info = m.attribute(attribute);
    if (!hiddenVirtuals.isEmpty() && hiddenVirtuals.testBit(attribute))
        return changedIndex(info.name) >= 0;
    if (loaded.isEmpty() || loaded.testBit(attribute))
        return true;
    if (changedIndex(info.name) >= 0)
        return true;
    // A virtual attribute counts as read when the stored attributes it depends on were.
    const QStringList dependencies = info.options.dependencies();
    return info.type.kind() == DataType::Virtual && !dependencies.isEmpty()
        && std::all_of(dependencies.cbegin(), dependencies.cend(), [&](const QString &name) {
               const int index = m.indexOf(name);
               return index >= 0 && loaded.testBit(index);
           });
}

QVariantMap Model::get() const
{
    Q_D(const Model);
    QVariantMap values;
    const ModelDefinitionPrivate &m = d->meta();
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        if (d->isShown(i))
            values.insert(info.name,
                          info.options.getter() ? info.options.getter()(*this) : d->value(i));
    }
    for (auto it = d->computed.cbegin(); it != d->computed.cend(); ++it)
        values.insert(it.key(), it.value());
    // Loaded associations under their alias: an object (or null) or a list.
    for (const AssociationInfo &a : m.associations) {
        if (d->associations.contains(a.name))
            values.insert(a.name, loadedValue(a, d->associations[a.name]));
    }
    return values;
}

/*!
    Validates the instance as Sequelize's \c{instance.validate(options)} does: the
    beforeValidate hooks (what they change stays on the instance), allowNull, the
    attribute validators, the model-level validators, then afterValidate (or
    validationFailed and a ValidationError listing every failure). \a options:
    SaveOptions::hooks(false) runs no hooks; SaveOptions::fields() checks only those
    attributes (the model-level validators always run).
*/
void Model::validate(const SaveOptions &options)
{
    Q_D(Model);
    const OptionsData &o = OptionsAccess::data(options);
    QList<int> only;
    for (const QString &name : o.fields)
        only.append(d->meta().requireIndex(name));
    d->validateWithHooks(o.fieldsGiven ? &only : nullptr, o, o.hooks);
}

QStringList Model::changed() const
{
    QStringList names;
    for (const auto &entry : d_func()->previous)
        names.append(entry.first);
    return names;
}

bool Model::changed(const QString &attribute) const
{
    return d_func()->changedIndex(attribute) >= 0;
}

void Model::changed(const QString &attribute, bool changed)
{
    Q_D(Model);
    d->meta().requireIndex(attribute);
    const int i = d->changedIndex(attribute);
    if (changed && i < 0)
        d->previous.append({attribute, get(attribute)});
    else if (!changed && i >= 0)
        d->previous.removeAt(i);
}

/*!
    Returns whether a paranoid model's instance is soft-deleted: its deletedAt attribute is set
    (Sequelize's isSoftDeleted()). Throws InstanceError when the model is not paranoid, as
    restore() does.
*/
bool Model::isSoftDeleted() const
{
    Q_D(const Model);
    const ModelDefinitionPrivate &m = d->meta();
    if (m.deletedAt < 0)
        throw InstanceError(QStringLiteral("Model %1 is not paranoid").arg(m.name));
    return !m.isNotDeleted(get(m.attribute(m.deletedAt).name));
}

QVariant Model::previous(const QString &attribute) const
{
    Q_D(const Model);
    const int i = d->changedIndex(attribute);
    if (i >= 0)
        return d->previous.at(i).second;
    // A default build() gave had no value before it (Sequelize: undefined).
    if (d->newRecord && d->isDefaulted(d->meta().indexOf(attribute)))
        return QVariant();
    return get(attribute);
}

static QJsonValue jsonValue(const QVariant &value)
{
    if (isSqlNull(value))
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return timeText(value.toTime());
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces);
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::QJsonValue:
        return value.toJsonValue();
    case QMetaType::QVariantMap: { // a belongsToMany target's junction values
        QJsonObject object;
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), jsonValue(it.value()));
        return object;
    }
    case QMetaType::QVariantList: {
        QJsonArray array;
        for (const QVariant &item : value.toList())
            array.append(jsonValue(item));
        return array;
    }
    default:
        return QJsonValue::fromVariant(value);
    }
}

/*!
    Returns what get() shows as JSON (Sequelize's toJSON()): the attributes read, computed
    values and loaded associations; dates as ISO 8601 UTC with milliseconds, DATEONLY as
    \c YYYY-MM-DD, TIME as \c HH:MM:SS (\c HH:MM:SS.mmm with milliseconds), blobs in base64, DECIMAL
   as a string.
*/
QJsonObject Model::toJSON() const
{
    Q_D(const Model);
    QJsonObject json;
    const ModelDefinitionPrivate &m = d->meta();
    // What get() shows: the attributes read (all but those a partial select left out), the
    // computed values, the loaded associations.
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        if (d->isShown(i))
            json.insert(
                info.name,
                jsonValue(info.options.getter() ? info.options.getter()(*this) : d->value(i)));
    }
    for (auto it = d->computed.cbegin(); it != d->computed.cend(); ++it)
        json.insert(it.key(), jsonValue(it.value()));
    for (const AssociationInfo &a : m.associations) {
        if (!d->associations.contains(a.name))
            continue;
        const QList<QSharedPointer<Model>> &targets = d->associations[a.name];
        if (a.isSingle()) {
            json.insert(a.name,
                        targets.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(targets.first()->toJSON()));
        } else {
            QJsonArray list;
            for (const QSharedPointer<Model> &t : targets)
                list.append(t->toJSON());
            json.insert(a.name, list);
        }
    }
    return json;
}

bool Model::equals(const Model *other) const
{
    if (!other || other->definition() != definition())
        return false;
    Q_D(const Model);
    for (int pk : d->meta().primaryKeys) {
        const QVariant mine = d->value(pk);
        if (isSqlNull(mine) || mine != ModelPrivate::get(other)->value(pk))
            return false;
    }
    return true;
}

} // namespace QtSequelize
