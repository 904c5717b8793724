// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/datatype.h>
#include <QtSequelize/errors.h>

#include "../sql/coercion_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/quuid.h>

namespace QtSequelize {

/*!
    \class QtSequelize::DataType
    \inmodule QtSequelize
    \brief The type of an attribute, as one of Sequelize's \c DataTypes.

    Values are made by the functions in the DataTypes namespace
    (\c{DataTypes::String(20)}, \c{DataTypes::Decimal(10, 2)}, ...). Each
    dialect maps a DataType to its column type; valueType() is the Qt type a
    value of the attribute holds in C++.
*/

class DataTypeData : public QSharedData
{
public:
    DataType::Kind kind = DataType::Invalid;
    int length = -1;
    int scale = -1;
    QStringList values;
    QList<DataType> element; // zero or one: ARRAY's element type
    bool isUnsigned = false;
    bool zeroFill = false;
};

DataType::DataType()
    : d(new DataTypeData)
{
}

DataType::DataType(Kind kind, int length, int scale)
    : d(new DataTypeData)
{
    d->kind = kind;
    d->length = length;
    d->scale = scale;
}

DataType::DataType(const DataType &other) = default;
DataType::DataType(DataType &&other) noexcept = default;
DataType &DataType::operator=(const DataType &other) = default;
DataType::~DataType() = default;

DataType::Kind DataType::kind() const
{
    return d->kind;
}
int DataType::length() const
{
    return d->length;
}
int DataType::scale() const
{
    return d->scale;
}
QStringList DataType::values() const
{
    return d->values;
}

QMetaType DataType::valueType() const
{
    switch (d->kind) {
    case String:
    case Char:
    case Text:
    case Decimal:
    case Enum:
        return QMetaType::fromType<QString>();
    case Integer:
        // An unsigned INTEGER reaches 2^32-1.
        return d->isUnsigned ? QMetaType::fromType<qint64>() : QMetaType::fromType<int>();
    case SmallInt:
    case TinyInt:
    case MediumInt:
        return QMetaType::fromType<int>();
    case BigInt:
        return d->isUnsigned ? QMetaType::fromType<quint64>() : QMetaType::fromType<qint64>();
    case Float:
    case Real:
    case Double:
        return QMetaType::fromType<double>();
    case Boolean:
        return QMetaType::fromType<bool>();
    case Date:
        return QMetaType::fromType<QDateTime>();
    case DateOnly:
        return QMetaType::fromType<QDate>();
    case Time:
        return QMetaType::fromType<QTime>();
    case Uuid:
        return QMetaType::fromType<QUuid>();
    case Json:
    case JsonB:
        return QMetaType::fromType<QJsonValue>();
    case Blob:
        return QMetaType::fromType<QByteArray>();
    case Array:
        return QMetaType::fromType<QVariantList>();
    case Virtual:
    case Invalid:
        break;
    }
    return QMetaType::fromType<QVariant>();
}

bool DataType::operator==(const DataType &other) const
{
    return d->kind == other.d->kind && d->length == other.d->length && d->scale == other.d->scale
        && d->values == other.d->values && d->element == other.d->element
        && d->isUnsigned == other.d->isUnsigned && d->zeroFill == other.d->zeroFill;
}

/*!
    Returns this type as Sequelize's \c{.UNSIGNED}: negative values are refused
    (ValidationError) on every database, and MariaDB's column is UNSIGNED, so its
    INTEGER and BIGINT reach 2^32-1 and 2^64-1 (an unsigned BIGINT's values are
    quint64, an unsigned INTEGER's qint64). PostgreSQL and SQLite keep the plain
    column type, as Sequelize does. Throws DefinitionError for a type that is not
    numeric.
*/
DataType DataType::asUnsigned() const
{
    if (!isNumericType(d->kind))
        throw DefinitionError(QStringLiteral("UNSIGNED applies to numeric types only"));
    DataType copy = *this;
    copy.d->isUnsigned = true;
    return copy;
}

/*!
    Returns this type as Sequelize's \c{.ZEROFILL}, which implies UNSIGNED
    (see asUnsigned()): MariaDB pads the digits to the display width in its
    own output (values read here are numbers). Throws DefinitionError for a
    type that is not numeric.
*/
DataType DataType::asZeroFill() const
{
    DataType copy = asUnsigned();
    copy.d->zeroFill = true;
    return copy;
}

bool DataType::isUnsigned() const
{
    return d->isUnsigned;
}

bool DataType::isZeroFill() const
{
    return d->zeroFill;
}

DataType DataType::elementType() const
{
    return d->element.isEmpty() ? DataType() : d->element.first();
}

DataType DataType::withElementType(const DataType &element) const
{
    DataType copy = *this;
    copy.d->element = {element};
    return copy;
}

DataType DataType::withValues(const QStringList &values) const
{
    DataType copy = *this;
    copy.d->values = values;
    return copy;
}

namespace DataTypes {
DataType String(int length)
{
    return DataType(DataType::String, length);
}
DataType Char(int length)
{
    return DataType(DataType::Char, length);
}
DataType Text()
{
    return DataType(DataType::Text);
}
DataType Integer(int displayWidth)
{
    return DataType(DataType::Integer, displayWidth);
}
DataType BigInt(int displayWidth)
{
    return DataType(DataType::BigInt, displayWidth);
}
DataType SmallInt(int displayWidth)
{
    return DataType(DataType::SmallInt, displayWidth);
}

// Sequelize's TINYINT: an 8-bit integer, -128 to 127 (a value past it is a ValidationError on
// every database). PostgreSQL, which has no TINYINT, stores it as SMALLINT.
DataType TinyInt(int displayWidth)
{
    return DataType(DataType::TinyInt, displayWidth);
}

// Sequelize's MEDIUMINT: a 24-bit integer, -8,388,608 to 8,388,607 (a value past it is a
// ValidationError on every database). PostgreSQL, which has no MEDIUMINT, stores it as INTEGER.
DataType MediumInt(int displayWidth)
{
    return DataType(DataType::MediumInt, displayWidth);
}
DataType Float()
{
    return DataType(DataType::Float);
}
DataType Real()
{
    return DataType(DataType::Real);
}
DataType Double()
{
    return DataType(DataType::Double);
}
DataType Decimal(int precision, int scale)
{
    return DataType(DataType::Decimal, precision, scale);
}
DataType Boolean()
{
    return DataType(DataType::Boolean);
}
DataType Date()
{
    return DataType(DataType::Date);
}
DataType DateOnly()
{
    return DataType(DataType::DateOnly);
}
DataType Time()
{
    return DataType(DataType::Time);
}
DataType Uuid()
{
    return DataType(DataType::Uuid);
}
DataType Json()
{
    return DataType(DataType::Json);
}
DataType JsonB()
{
    return DataType(DataType::JsonB);
}
DataType Blob()
{
    return DataType(DataType::Blob);
}
DataType Enum(const QStringList &values)
{
    return DataType(DataType::Enum).withValues(values);
}
DataType Virtual()
{
    return DataType(DataType::Virtual);
}
DataType Array(const DataType &element)
{
    return DataType(DataType::Array).withElementType(element);
}
QVariant Now()
{
    return QVariant::fromValue(DefaultValue::Now);
}
QVariant UuidV4()
{
    return QVariant::fromValue(DefaultValue::UuidV4);
}
QVariant UuidV1()
{
    return QVariant::fromValue(DefaultValue::UuidV1);
}
} // namespace DataTypes

} // namespace QtSequelize
