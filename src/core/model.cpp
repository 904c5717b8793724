// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "model_p.h"

#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../sql/coercion_p.h"
#include "hydrator_p.h"
#include "sequelize_p.h"

#include <algorithm>

#include <QtSequelize/errors.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/quuid.h>
#include <QtSql/qsqlquery.h>

namespace QtSequelize {

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

void ModelPrivate::setValue(int attribute, const QVariant &value)
{
    Q_Q(Model);
    const AttributeInfo &info = meta().attribute(attribute);
    if (!expressions.isEmpty())
        expressions.remove(attribute);
    if (info.hasProperty()) {
        // On a new record an attribute given explicitly counts as set even when it equals
        // the current value, so its default does not replace it (Sequelize's build()).
        if (newRecord && recording && changedIndex(info.name) < 0)
            previous.append({info.name, info.property.read(q)});
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
            info.property.write(q, typed);
        }
        return;
    }
    if (extra.size() < meta().extraCount)
        extra.resize(meta().extraCount);
    QVariant &slot = extra[info.extraIndex];
    if (slot.isValid() && slot == value && isSqlNull(slot) == isSqlNull(value))
        return;
    if (recording && changedIndex(info.name) < 0)
        previous.append({info.name, slot.isValid() ? slot : QVariant(info.type.valueType())});
    slot = value;
}

void ModelPrivate::load(int attribute, const QVariant &value)
{
    Q_Q(Model);
    const AttributeInfo &info = meta().attribute(attribute);
    if (!expressions.isEmpty())
        expressions.remove(attribute);
    if (info.hasProperty()) {
        info.property.write(q, toPropertyType(value, info.property.metaType()));
        return;
    }
    if (extra.size() < meta().extraCount)
        extra.resize(meta().extraCount);
    extra[info.extraIndex] = value;
}

int ModelPrivate::changedIndex(const QString &attribute) const
{
    for (qsizetype i = 0; i < previous.size(); ++i) {
        if (previous.at(i).first == attribute)
            return int(i);
    }
    return -1;
}

void ModelPrivate::applyDefaults(bool onlyUnset)
{
    const ModelDefinitionPrivate &m = meta();
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        if (!info.options.hasDefaultValue())
            continue;
        if (onlyUnset && changedIndex(info.name) >= 0)
            continue;
        const QVariant generated = generateDefault(info.options.defaultValue(), info.type);
        if (generated.metaType() == QMetaType::fromType<Expression>())
            setExpression(i, generated.value<Expression>()); // SQL in the INSERT (Sequelize)
        else
            setValue(i, coerce(generated, info.type, info.name));
    }
}

void ModelPrivate::applyDefaults(const QVariantMap &given)
{
    const ModelDefinitionPrivate &m = meta();
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        if (!info.options.hasDefaultValue() || given.contains(info.name))
            continue;
        const QVariant generated = generateDefault(info.options.defaultValue(), info.type);
        if (generated.metaType() == QMetaType::fromType<Expression>())
            setExpression(i, generated.value<Expression>()); // SQL in the INSERT (Sequelize)
        else
            setValue(i, coerce(generated, info.type, info.name));
    }
}

void ModelPrivate::validate(const QList<int> *only) const
{
    const ModelDefinitionPrivate &m = meta();
    QList<ValidationErrorItem> items;
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        if (info.type.kind() == DataType::Virtual || i == m.createdAt || i == m.updatedAt
            || i == m.deletedAt || (only && !only->contains(i)))
            continue;
        if (expressions.contains(i))
            continue; // SQL the database evaluates: Sequelize validates no literal/fn value
        const QVariant v = value(i);
        const bool null = isSqlNull(v);
        if (null && !info.options.allowsNull()) {
            if (!(i == m.primaryKey && m.primaryKeyAutoIncrement))
                items.append(ValidationErrorItem(m.name + QLatin1Char('.') + info.name
                                                     + QStringLiteral(" cannot be null"),
                                                 QStringLiteral("notNull Violation"), info.name,
                                                 QVariant(), QStringLiteral("is_null")));
            continue;
        }
        for (const Validator &validator : info.options.validators()) {
            // Sequelize 5+: a null value of a nullable attribute skips the built-in validators
            // but runs the custom ones ("either email or phone").
            if (null && !validator.isCustom())
                continue;
            QString thrown;
            if (validator.accepts(v, &thrown))
                continue;
            const QString message = !thrown.isEmpty() ? thrown
                : validator.customMessage().isEmpty()
                ? QStringLiteral("Validation %1 on %2 failed").arg(validator.key(), info.name)
                : validator.customMessage();
            items.append(ValidationErrorItem(message, QStringLiteral("Validation error"), info.name,
                                             v, validator.key()));
        }
    }
    // Model-level validators run when every attribute passed (as Sequelize).
    if (items.isEmpty() && !only) {
        Q_Q(const Model);
        for (const auto &validator : m.validators) {
            QString message;
            if (!validator.second(q, &message))
                items.append(ValidationErrorItem(
                    message.isEmpty() ? QStringLiteral("Validation %1 failed").arg(validator.first)
                                      : message,
                    QStringLiteral("Validation error"), validator.first, QVariant(),
                    validator.first));
        }
    }
    if (items.isEmpty())
        return;
    QStringList messages;
    for (const ValidationErrorItem &item : items)
        messages.append(item.message());
    throw ValidationError(
        QStringLiteral("Validation error: ") + messages.join(QStringLiteral(",\n")), items);
}

void ModelPrivate::clearChanges()
{
    previous.clear();
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
    newRecord = isNew;
    Q_EMIT q->isNewRecordChanged();
}

/*!
    Constructs a new record (isNewRecord() is \c true). The model class must have
    been registered with init() before the instance runs a query.
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
    const QString name = QString::fromLatin1(attribute);
    if (d->changedIndex(name) < 0)
        d->previous.append({name, oldValue});
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

QVariant Model::get(const QString &attribute) const
{
    Q_D(const Model);
    const int index = d->meta().indexOf(attribute);
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

QVariantMap Model::get() const
{
    Q_D(const Model);
    QVariantMap values;
    const ModelDefinitionPrivate &m = d->meta();
    // A virtual attribute counts as read when the stored attributes it depends on were.
    auto dependenciesLoaded = [&](const AttributeInfo &info) {
        const QStringList dependencies = info.options.dependencies();
        return info.type.kind() == DataType::Virtual && !dependencies.isEmpty()
            && std::all_of(dependencies.cbegin(), dependencies.cend(), [&](const QString &name) {
                   const int index = m.indexOf(name);
                   return index >= 0 && d->loaded.testBit(index);
               });
    };
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        if (d->loaded.isEmpty() || d->loaded.testBit(i) || d->changedIndex(info.name) >= 0
            || dependenciesLoaded(info))
            values.insert(info.name,
                          info.options.getter() ? info.options.getter()(*this) : d->value(i));
    }
    for (auto it = d->computed.cbegin(); it != d->computed.cend(); ++it)
        values.insert(it.key(), it.value());
    // Loaded associations under their alias: an object (or null) or a list.
    for (const AssociationInfo &a : m.associations) {
        if (!d->associations.contains(a.name))
            continue;
        const QList<QSharedPointer<Model>> &targets = d->associations[a.name];
        if (a.isSingle()) {
            values.insert(a.name,
                          targets.isEmpty() ? QVariant() : QVariant(targets.first()->get()));
        } else {
            QVariantList list;
            for (const QSharedPointer<Model> &t : targets)
                list.append(t->get());
            values.insert(a.name, list);
        }
    }
    return values;
}

void Model::validate() const
{
    d_func()->validate(nullptr);
}

// A value that cannot be of the attribute's type fails as the attribute's own type validator
// would (isInt, isFloat, isDecimal, isDate, isUUID), when it has one: Sequelize's report.
static QVariant coerceReported(const AttributeInfo &info, const QVariant &value)
{
    try {
        return coerce(value, info.type, info.name);
    } catch (const ValidationError &) {
        static const QStringList typeKeys{QStringLiteral("isInt"),     QStringLiteral("isFloat"),
                                          QStringLiteral("isDecimal"), QStringLiteral("isNumeric"),
                                          QStringLiteral("isDate"),    QStringLiteral("isUUID")};
        for (const Validator &validator : info.options.validators()) {
            if (!typeKeys.contains(validator.key()))
                continue;
            const QString message = validator.customMessage().isEmpty()
                ? QStringLiteral("Validation %1 on %2 failed").arg(validator.key(), info.name)
                : validator.customMessage();
            throw ValidationError(QStringLiteral("Validation error: ") + message,
                                  {ValidationErrorItem(message, QStringLiteral("Validation error"),
                                                       info.name, value, validator.key())});
        }
        throw;
    }
}

// Model::set() of the attribute at \a index: through its setter when it has one.
static void assign(Model *q, ModelPrivate *d, int index, const QVariant &value)
{
    const AttributeInfo &info = d->meta().attribute(index);
    if (value.metaType() == QMetaType::fromType<Expression>())
        d->setExpression(index, value.value<Expression>()); // SQL, written by save()
    else if (const Attribute::Setter &setter = info.options.setter())
        setter(*q, value);
    else
        d->setValue(index, coerceReported(info, value));
}

void Model::set(const QString &attribute, const QVariant &value)
{
    Q_D(Model);
    assign(this, d, d->meta().requireIndex(attribute), value);
}

void Model::setDataValue(const QString &attribute, const QVariant &value)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    const int index = m.requireIndex(attribute);
    d->setValue(index, coerceReported(m.attribute(index), value));
}

void Model::set(const QVariantMap &values)
{
    Q_D(Model);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = d->meta().indexOf(it.key());
        if (index >= 0)
            assign(this, d, index, it.value());
    }
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

QVariant Model::previous(const QString &attribute) const
{
    Q_D(const Model);
    const int i = d->changedIndex(attribute);
    if (i >= 0)
        return d->previous.at(i).second;
    return get(attribute);
}

// The row of this instance: its primary key attributes (several for a composite key), as
// stored; with \a stored, a key changed since the last save is matched by its old value.
static Where primaryKeyWhere(const ModelPrivate *d, const ModelDefinitionPrivate &m,
                             bool stored = false)
{
    Where where;
    for (int k : m.primaryKeys) {
        const QString &name = m.attribute(k).name;
        const int change = stored ? d->changedIndex(name) : -1;
        where = where
            && Where(name, Where::Eq, change >= 0 ? d->previous.at(change).second : d->value(k));
    }
    return where;
}

void ModelPrivate::readBackExpressions(const QList<int> &written, Connection *connection)
{
    const ModelDefinitionPrivate &m = meta();
    QStringList names;
    for (int i : written) {
        if (expressions.contains(i))
            names.append(m.attribute(i).name);
    }
    if (names.isEmpty())
        return;
    FindOptions options;
    options.attributes(names).where(primaryKeyWhere(this, m)).paranoid(false);
    QList<int> columns;
    const Statement statement
        = QueryGenerator(m).selectAttributes(OptionsAccess::data(options), &columns);
    QSqlQuery &query = m.connection()->execute(statement, true, connection);
    const bool wasRecording = recording;
    recording = false;
    if (m.connection()->nextRow(query)) {
        // Only these columns: the other attributes keep what the instance holds.
        const QBitArray before = loaded;
        Hydrator(m, columns).load(q_ptr, query);
        loaded = before;
    }
    recording = wasRecording;
    m.connection()->endRows(query);
    for (int i : written)
        expressions.remove(i);
}

/*!
    Saves the instance, as Sequelize's \c{instance.save()}: an INSERT for a new
    record (defaults applied, createdAt/updatedAt set, generated columns read
    back), else an UPDATE of the changed attributes only, or no statement at all
    when nothing changed. SaveOptions::fields() limits what is written; other
    changes stay pending. Throws ValidationError or a DatabaseError; the row is
    then unchanged.
*/
void Model::save(const SaveOptions &options)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    const OptionsData &o = OptionsAccess::data(options);
    QueryGenerator generator(m);
    const QDateTime now = nowUtc();
    auto selected = [&](int i) {
        return o.fields.isEmpty() || o.fields.contains(m.attribute(i).name) || i == m.createdAt
            || i == m.updatedAt;
    };
    const bool hooks = o.hooks && m.hasHooks();
    // Validation with its hooks; a failure runs validationFailed, then propagates.
    auto validate = [&](const QList<int> *only) {
        m.runHook(hooks, &ModelHooks::beforeValidate, this, HookOptions(o));
        if (!o.skipValidation) {
            try {
                d->validate(only);
            } catch (const ValidationError &error) {
                m.runHook(hooks, &ModelHooks::validationFailed, this, HookOptions(o), error);
                throw;
            }
        }
        m.runHook(hooks, &ModelHooks::afterValidate, this, HookOptions(o));
    };
    auto changedColumns = [&](QList<int> *columns, QVariantList *values) {
        columns->clear();
        values->clear();
        for (const auto &entry : d->previous) {
            const int i = m.indexOf(entry.first);
            if (i < 0 || m.attribute(i).type.kind() == DataType::Virtual || !selected(i))
                continue;
            columns->append(i);
            values->append(d->written(i));
        }
    };

    if (d->newRecord) {
        d->applyDefaults(true);
        // Validation sees what will be written: with `fields`, only those attributes.
        QList<int> written;
        for (int i = 0; i < m.attributes.size(); ++i) {
            if (selected(i))
                written.append(i);
        }
        validate(o.fields.isEmpty() ? nullptr : &written);
        m.runHook(hooks, &ModelHooks::beforeCreate, this, HookOptions(o));
        m.runHook(hooks, &ModelHooks::beforeSave, this, HookOptions(o));
        if (m.createdAt >= 0 && isSqlNull(d->value(m.createdAt)))
            d->setValue(m.createdAt, now);
        if (m.updatedAt >= 0 && !o.silent)
            d->setValue(m.updatedAt, now);
        QList<int> columns;
        QVariantList values;
        const QList<int> returning = m.storedAttributes();
        for (int i : returning) {
            const AttributeInfo &info = m.attribute(i);
            const QVariant v = d->written(i);
            // An auto-increment key is generated unless set explicitly (a typed integer key
            // still holding 0 has not been set).
            if (i == m.primaryKey && info.options.isAutoIncrement()
                && (isSqlNull(v) || (v.toLongLong() == 0 && d->changedIndex(info.name) < 0)))
                continue;
            if (!selected(i) || (isSqlNull(v) && d->changedIndex(info.name) < 0))
                continue;
            columns.append(i);
            values.append(v);
        }
        const Statement statement = generator.insert(columns, values, returning);
        QSqlQuery &query
            = m.connection()->execute(statement, true, m.connection()->connectionFor(o));
        const bool returned = m.dialect().supportsInsertReturning();
        if (returned && m.connection()->nextRow(query)) {
            const bool recording = d->recording;
            d->recording = false;
            Hydrator(m, returning).load(this, query); // expressions' values included
            d->recording = recording;
        } else if (!returned && m.primaryKeyAutoIncrement && !columns.contains(m.primaryKey)) {
            d->load(m.primaryKey,
                    coerce(query.lastInsertId(), m.attribute(m.primaryKey).type,
                           m.attribute(m.primaryKey).name));
        }
        m.connection()->endRows(query);
        if (!returned)
            d->readBackExpressions(columns, m.connection()->connectionFor(o));
        if (o.fields.isEmpty()) {
            d->clearChanges();
        } else {
            d->previous.removeIf([&](const auto &entry) { return o.fields.contains(entry.first); });
        }
        d->setNewRecord(false);
        m.runHook(hooks, &ModelHooks::afterCreate, this, HookOptions(o));
        m.runHook(hooks, &ModelHooks::afterSave, this, HookOptions(o));
        Q_EMIT definition()->instanceCreated(this);
        return;
    }

    QList<int> columns;
    QVariantList values;
    changedColumns(&columns, &values);
    validate(&columns); // Sequelize validates even when nothing changed
    if (hooks) {
        // The before hooks may change values: Sequelize validates what they leave again.
        m.runHook(true, &ModelHooks::beforeSave, this, HookOptions(o));
        m.runHook(true, &ModelHooks::beforeUpdate, this, HookOptions(o));
        changedColumns(&columns, &values);
        validate(&columns);
    }
    if (columns.isEmpty())
        return; // nothing changed: no statement, updatedAt kept (as Sequelize)
    if (m.updatedAt >= 0 && !o.silent) {
        d->setValue(m.updatedAt, now);
        if (!columns.contains(m.updatedAt)) {
            columns.append(m.updatedAt);
            values.append(d->value(m.updatedAt));
        }
    }
    Where where = primaryKeyWhere(d, m, true);
    qint64 version = 0;
    if (m.version >= 0) {
        // Optimistic locking: only the version this instance read may be updated.
        version = d->value(m.version).toLongLong();
        where = where && Op::eq(m.attribute(m.version).name, version);
        const qsizetype at = columns.indexOf(m.version);
        if (at >= 0)
            values[at] = version + 1;
        else {
            columns.append(m.version);
            values.append(version + 1);
        }
    }
    const Statement statement = generator.update(columns, values, where, false);
    QSqlQuery &query = m.connection()->execute(statement, true, m.connection()->connectionFor(o));
    const int affected = query.numRowsAffected();
    m.connection()->endRows(query);
    if (affected > 0)
        d->readBackExpressions(columns, m.connection()->connectionFor(o));
    if (m.version >= 0) {
        if (affected == 0)
            throw OptimisticLockError(
                QStringLiteral("Attempting to update a stale model instance: %1").arg(m.name));
        const bool recording = d->recording;
        d->recording = false;
        // Of the attribute's type (an int for INTEGER), as create() leaves it.
        d->setValue(m.version,
                    coerce(QVariant(version + 1), m.attribute(m.version).type,
                           m.attribute(m.version).name));
        d->recording = recording;
    }
    d->previous.removeIf([&](const auto &entry) {
        const int i = m.indexOf(entry.first);
        return i < 0 || columns.contains(i);
    });
    // A saved foreign key changes its belongsTo association: drop the loaded target (it no
    // longer matches) and tell the bindings.
    for (const AssociationInfo &a : m.associations) {
        if (a.kind != AssociationInfo::BelongsTo || !columns.contains(m.indexOf(a.foreignKey)))
            continue;
        const QList<QSharedPointer<Model>> loaded = d->associations.value(a.name);
        const QVariant key = d->value(m.indexOf(a.foreignKey));
        if (loaded.isEmpty() ? isSqlNull(key) : loaded.first()->get(a.targetKey) == key)
            continue; // consistent already (setAssociated() loads the new target first)
        d->setLoaded(a, {});
    }
    m.runHook(hooks, &ModelHooks::afterSave, this, HookOptions(o));
    m.runHook(hooks, &ModelHooks::afterUpdate, this, HookOptions(o));
    Q_EMIT definition()->instanceUpdated(this);
}

/*!
    Reads the row again and replaces every attribute value; pending changes are
    dropped. Throws InstanceError when the row no longer exists.
*/
void Model::reload(const FindOptions &given)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    FindOptions options;
    options.transaction(OptionsAccess::data(given).transaction);
    // A reload is a find for Sequelize: its hooks run (and may only observe here).
    const bool hooks = OptionsAccess::data(given).hooks;
    m.runHook(hooks, &ModelHooks::beforeFind, options);
    m.runHook(hooks, &ModelHooks::beforeFindAfterExpandIncludeAll, options);
    m.runHook(hooks, &ModelHooks::beforeFindAfterOptions, options);
    options.where(primaryKeyWhere(d, m)).paranoid(false);
    QList<int> columns;
    const Statement statement
        = QueryGenerator(m).selectAttributes(OptionsAccess::data(options), &columns);
    QSqlQuery &query = m.connection()->execute(
        statement, true, m.connection()->connectionFor(OptionsAccess::data(options)));
    if (!m.connection()->nextRow(query)) {
        m.connection()->endRows(query);
        throw InstanceError(QStringLiteral("Instance could not be reloaded because it does not "
                                           "exist anymore (find call returned null)"));
    }
    const bool recording = d->recording;
    d->recording = false;
    d->loaded.clear();
    Hydrator(m, columns).load(this, query);
    d->recording = recording;
    m.connection()->endRows(query);
    d->clearChanges();
    // As Sequelize: the includes given, else those the instance was loaded with, are read again.
    const QList<Include> includes = OptionsAccess::data(given).includes.isEmpty()
        ? d->loadedWith
        : OptionsAccess::data(given).includes;
    if (!includes.isEmpty()) {
        FindOptions withIncludes;
        withIncludes.where(primaryKeyWhere(d, m))
            .paranoid(false)
            .hooks(false)
            .transaction(OptionsAccess::data(given).transaction);
        for (const Include &include : includes)
            withIncludes.include(include);
        if (const QSharedPointer<Model> fresh = definition()->findOne(withIncludes)) {
            const ModelPrivate *fd = ModelPrivate::get(fresh.data());
            for (const AssociationInfo &a : m.associations) {
                if (fd->associations.contains(a.name))
                    d->setLoaded(a, fd->associations.value(a.name));
            }
        }
        d->loadedWith = includes;
    }
    m.runHook(hooks, &ModelHooks::afterFind, QList<QSharedPointer<Model>>(), options);
}

void Model::update(const QVariantMap &values, const SaveOptions &options)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    set(values);
    QStringList fields;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (m.indexOf(it.key()) >= 0)
            fields.append(it.key());
    }
    SaveOptions limited = options;
    if (OptionsAccess::data(options).fields.isEmpty())
        limited.fields(fields);
    if (fields.isEmpty() && !d->newRecord)
        return;
    save(limited);
}

/*!
    Deletes the row, or sets deletedAt on a paranoid model unless DestroyOptions::force().
*/
void Model::destroy(const DestroyOptions &options)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    const OptionsData &o = OptionsAccess::data(options);
    m.runHook(o.hooks, &ModelHooks::beforeDestroy, this, HookOptions(o));
    QueryGenerator generator(m);
    Where where = primaryKeyWhere(d, m);
    if (m.version >= 0) // a stale instance deletes nothing, and does not throw (as Sequelize)
        where = where && Op::eq(m.attribute(m.version).name, d->value(m.version));
    Statement statement;
    if (m.deletedAt >= 0 && !o.force) {
        const QDateTime now = nowUtc();
        statement = generator.update({m.deletedAt}, {now}, where, false);
        const bool recording = d->recording;
        d->recording = false;
        d->setValue(m.deletedAt, now);
        d->recording = recording;
    } else {
        statement = generator.remove(where, false);
    }
    m.connection()->endRows(
        m.connection()->execute(statement, true, m.connection()->connectionFor(o)));
    m.runHook(o.hooks, &ModelHooks::afterDestroy, this, HookOptions(o));
    Q_EMIT definition()->instanceDestroyed(this);
}

void Model::restore(const SaveOptions &options)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    const OptionsData &o = OptionsAccess::data(options);
    if (m.deletedAt < 0)
        throw InstanceError(QStringLiteral("Model %1 is not paranoid").arg(m.name));
    m.runHook(o.hooks, &ModelHooks::beforeRestore, this, HookOptions(o));
    const Statement statement
        = QueryGenerator(m).update({m.deletedAt}, {QVariant()}, primaryKeyWhere(d, m), false);
    m.connection()->endRows(
        m.connection()->execute(statement, true, m.connection()->connectionFor(o)));
    const bool recording = d->recording;
    d->recording = false;
    d->setValue(m.deletedAt, QVariant(QMetaType::fromType<QDateTime>()));
    d->recording = recording;
    m.runHook(o.hooks, &ModelHooks::afterRestore, this, HookOptions(o));
    Q_EMIT definition()->instanceRestored(this);
}

void Model::increment(const QString &attribute, qint64 by, const SaveOptions &options)
{
    increment(QVariantMap{{attribute, by}}, options);
}

void Model::decrement(const QString &attribute, qint64 by, const SaveOptions &options)
{
    increment(QVariantMap{{attribute, -by}}, options);
}

/*!
    Adds to each attribute in the database (\c{SET a = a + ?}, so concurrent
    increments are not lost), sets updatedAt, then reloads the instance so its
    values are the stored ones on every dialect.
*/
void Model::increment(const QVariantMap &byAttribute, const SaveOptions &options)
{
    Q_D(Model);
    // Sequelize's instance.increment is the static one on this row (default scope and version
    // included).
    const OptionsData &o = OptionsAccess::data(options);
    definition()->increment(byAttribute, primaryKeyWhere(d, d->meta()),
                            UpdateOptions().transaction(o.transaction).silent(o.silent));
    reload(FindOptions().transaction(o.transaction));
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
        return value.toTime().toString(QStringLiteral("HH:mm:ss"));
    case QMetaType::QUuid:
        return value.toUuid().toString(QUuid::WithoutBraces);
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::QJsonValue:
        return value.toJsonValue();
    default:
        return QJsonValue::fromVariant(value);
    }
}

/*!
    Returns the attribute values as JSON: dates as ISO 8601 UTC with milliseconds,
    DATEONLY as \c YYYY-MM-DD, TIME as \c HH:MM:SS, blobs in base64, DECIMAL as a string.
*/
QJsonObject Model::toJSON() const
{
    Q_D(const Model);
    QJsonObject json;
    const ModelDefinitionPrivate &m = d->meta();
    for (int i = 0; i < m.attributes.size(); ++i) {
        const AttributeInfo &info = m.attribute(i);
        json.insert(info.name,
                    jsonValue(info.options.getter() ? info.options.getter()(*this) : d->value(i)));
    }
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
