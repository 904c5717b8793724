// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// An attribute's DataType and its property's C++ type: the one inferred from the other, and
// the pairs that cannot hold each other's values.

#include "propertytypes_p.h"

namespace QtSequelize {

DataType inferDataType(QMetaType propertyType)
{
    switch (propertyType.id()) {
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

static bool isInteger(DataType::Kind kind)
{
    return kind == DataType::Integer || kind == DataType::SmallInt || kind == DataType::TinyInt
        || kind == DataType::MediumInt || kind == DataType::Boolean;
}

// An unsigned INTEGER reaches 2^32-1, an unsigned BIGINT 2^64-1.
static bool holdsWideUnsigned(QMetaType propertyType, DataType::Kind kind)
{
    switch (propertyType.id()) {
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
        return kind == DataType::Integer;
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
    case QMetaType::Float:
        return false;
    default:
        return true;
    }
}

bool propertyHolds(QMetaType propertyType, const DataType &type)
{
    const DataType::Kind kind = type.kind();
    if (kind == DataType::Virtual)
        return true; // no column: the getter/setter decide
    if (type.isUnsigned() && (kind == DataType::Integer || kind == DataType::BigInt)
        && !holdsWideUnsigned(propertyType, kind))
        return false;
    switch (propertyType.id()) {
    case QMetaType::QString: // text holds every value but bytes
        return kind != DataType::Blob;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Bool:
        return isInteger(kind);
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return isInteger(kind) || kind == DataType::BigInt;
    case QMetaType::Double:
    case QMetaType::Float:
        return isInteger(kind) || kind == DataType::BigInt || kind == DataType::Float
            || kind == DataType::Real || kind == DataType::Double || kind == DataType::Decimal;
    case QMetaType::QDateTime:
        return kind == DataType::Date || kind == DataType::DateOnly;
    case QMetaType::QDate:
        return kind == DataType::DateOnly;
    case QMetaType::QTime:
        return kind == DataType::Time;
    case QMetaType::QUuid:
        return kind == DataType::Uuid || kind == DataType::String || kind == DataType::Char;
    case QMetaType::QByteArray:
        return kind == DataType::Blob || kind == DataType::String || kind == DataType::Char
            || kind == DataType::Text;
    case QMetaType::QJsonValue:
    case QMetaType::QJsonObject:
    case QMetaType::QJsonArray:
    case QMetaType::QVariantMap:
        return kind == DataType::Json || kind == DataType::JsonB;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        return kind == DataType::Json || kind == DataType::JsonB || kind == DataType::Array;
    default: // QVariant, enums and the application's own types: the conversion decides
        return true;
    }
}

} // namespace QtSequelize
