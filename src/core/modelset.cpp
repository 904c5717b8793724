// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Model's set() and setDataValue(): values converted to the attribute's type, read-only
// attributes kept, paths inside JSON attributes.

#include "model_p.h"

#include "../meta/modeldefinition_p.h"
#include "../query/jsonpath_p.h"
#include "../sql/coercion_p.h"

#include <QtSequelize/errors.h>

namespace QtSequelize {

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

// What set() leaves alone, as Sequelize's set(): the timestamps and the optimistic-locking
// version of a stored row (a version set there made the next save() stale), and a primary
// key attribute once it holds a value (JavaScript-truthy: not null, 0 or empty), so that an
// instance keeps the row it stands for. setDataValue() and the typed setters write regardless.
bool ModelPrivate::isReadOnly(int index) const
{
    const ModelDefinitionPrivate &m = meta();
    if (!newRecord
        && (index == m.createdAt || index == m.updatedAt || index == m.deletedAt
            || index == m.version))
        return true;
    if (!m.primaryKeys.contains(index))
        return false;
    const QVariant current = value(index);
    if (isSqlNull(current))
        return false;
    switch (current.metaType().id()) {
    case QMetaType::QString:
        return !current.toString().isEmpty();
    case QMetaType::Bool:
        return current.toBool();
    case QMetaType::QUuid:
    case QMetaType::QByteArray:
        return true;
    default:
        return !current.canConvert<double>() || current.toDouble() != 0;
    }
}

void ModelPrivate::assign(int index, const QVariant &value, bool reported)
{
    const AttributeInfo &info = meta().attribute(index);
    if (value.metaType() == QMetaType::fromType<Expression>())
        setExpression(index, value.value<Expression>()); // SQL, written by save()
    else if (const Attribute::Setter &setter = info.options.setter())
        setter(*q_ptr, value);
    else
        setValue(index,
                 reported ? coerceReported(info, value) : coerce(value, info.type, info.name));
}

static bool isJsonObject(const QVariant &value)
{
    const int id = value.metaType().id();
    if (id == QMetaType::QJsonValue)
        return static_cast<const QJsonValue *>(value.constData())->isObject();
    return id == QMetaType::QVariantMap || id == QMetaType::QVariantHash
        || id == QMetaType::QJsonObject;
}

static bool isJsonNull(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QJsonValue) {
        const auto *json = static_cast<const QJsonValue *>(value.constData());
        return json->isNull() || json->isUndefined();
    }
    return isSqlNull(value) || value.metaType().id() == QMetaType::Nullptr;
}

// A path through a value that holds no keys: refused, as Sequelize's (Dottie's) set refuses it;
// replaced by an object, the number, text or list there would be lost without a word.
[[noreturn]] static void notAnObject(const QString &attribute, const QVariant &value)
{
    const QString message = QStringLiteral("\"%1\" cannot be set: a value on its path is not an "
                                           "object (a number, a text or a list)")
                                .arg(attribute);
    throw ValidationError(message,
                          {ValidationErrorItem(message, QStringLiteral("Validation error"),
                                               attribute, value, QString())});
}

// \a value at \a path inside \a object, making the objects on the way where there is none.
static QVariantMap withPath(QVariantMap object, QStringList path, const QVariant &value,
                            const QString &attribute)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        object.insert(key, value);
        return object;
    }
    const QVariant inner = object.value(key);
    if (!isJsonNull(inner) && !isJsonObject(inner))
        notAnObject(attribute, value);
    object.insert(key, withPath(inner.toMap(), path, value, attribute));
    return object;
}

// Sequelize: set("meta.kind", v) on a JSON attribute sets inside its value. Whether
// \a attribute was such a path (and so set).
static bool setJsonPath(Model *instance, ModelPrivate *d, const QString &attribute,
                        const QVariant &value)
{
    const ModelDefinitionPrivate &m = d->meta();
    const int base = m.pathBase(attribute);
    if (base < 0 || !m.holdsJson(base))
        return false;
    const QVariant current = instance->get(m.attribute(base).name);
    if (!isJsonNull(current) && !isJsonObject(current))
        notAnObject(attribute, value);
    const QVariantMap object = isJsonNull(current) ? QVariantMap() : current.toMap();
    d->assign(
        base,
        withPath(object, JsonPath::keys(attribute.section(QLatin1Char('.'), 1)), value, attribute));
    return true;
}

void Model::set(const QString &attribute, const QVariant &value)
{
    Q_D(Model);
    if (setJsonPath(this, d, attribute, value))
        return;
    const int index = d->meta().requireIndex(attribute);
    if (!d->isReadOnly(index))
        d->assign(index, value);
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
    const ModelDefinitionPrivate &m = d->meta();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        int index = m.indexOf(it.key());
        // A key naming an attribute's column sets the attribute (Sequelize drops it).
        if (index < 0 && !setJsonPath(this, d, it.key(), it.value()))
            index = m.columnKeyIndex(it.key(), values);
        if (index >= 0 && !d->isReadOnly(index))
            d->assign(index, it.value());
    }
}

} // namespace QtSequelize
