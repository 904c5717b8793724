// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_DATATYPE_H
#define QTSEQUELIZE_DATATYPE_H

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qmetatype.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qvariant.h>

namespace QtSequelize {

class DataTypeData;

class Q_SEQUELIZE_EXPORT DataType
{
    Q_GADGET
public:
    enum Kind {
        Invalid,
        String,
        Char,
        Text,
        Integer,
        BigInt,
        SmallInt,
        TinyInt, // 8 bits; SMALLINT on PostgreSQL, which has no TINYINT
        MediumInt, // 24 bits; INTEGER on PostgreSQL
        Float,
        Real,
        Double,
        Decimal,
        Boolean,
        Date,
        DateOnly,
        Time,
        Uuid,
        Json,
        JsonB,
        Blob,
        Enum,
        Virtual,
        Array, // PostgreSQL only, as in Sequelize
    };
    Q_ENUM(Kind)

    DataType();
    explicit DataType(Kind kind, int length = -1, int scale = -1);
    DataType(const DataType &other);
    DataType &operator=(const DataType &other);
    DataType(DataType &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(DataType)
    void swap(DataType &other) noexcept { d.swap(other.d); }
    ~DataType();

    Kind kind() const;
    bool isValid() const { return kind() != Invalid; }
    // STRING/CHAR length, DECIMAL precision, an integer's display width; -1 when not given.
    int length() const;
    int precision() const { return length(); }
    int scale() const;
    QStringList values() const;
    // The Qt type that holds a value of this type: QString, qint64, double, bool,
    // QDateTime, QDate, QTime, QUuid, QJsonValue, QByteArray. DECIMAL is QString
    // (exact digits, as Sequelize hands it out).
    QMetaType valueType() const;

    bool operator==(const DataType &other) const;
    bool operator!=(const DataType &other) const { return !(*this == other); }

    // The element type of an ARRAY; invalid for other types.
    DataType elementType() const;

    // Sequelize's INTEGER.UNSIGNED and ZEROFILL (integers, FLOAT, REAL, DOUBLE, DECIMAL; a
    // DefinitionError on other types): a negative value is a ValidationError on every
    // database; MariaDB's column is UNSIGNED (and ZEROFILL, which implies it), so an unsigned
    // key can be referenced and INTEGER/BIGINT hold up to 2^32-1 and 2^64-1 there. PostgreSQL
    // and SQLite have no unsigned columns and keep the plain type, as Sequelize does.
    DataType asUnsigned() const;
    DataType asZeroFill() const;
    bool isUnsigned() const;
    bool isZeroFill() const;

    // Internal: ENUM labels, ARRAY's element type.
    DataType withValues(const QStringList &values) const;
    DataType withElementType(const DataType &element) const;

private:
    QSharedDataPointer<DataTypeData> d;
};

namespace DataTypes {
// The integer types take MariaDB's display width (INTEGER(11), shown by ZEROFILL); the other
// databases have none and ignore it, as Sequelize does.
Q_SEQUELIZE_EXPORT DataType String(int length = 255);
Q_SEQUELIZE_EXPORT DataType Char(int length = 255);
Q_SEQUELIZE_EXPORT DataType Text();
Q_SEQUELIZE_EXPORT DataType Integer(int displayWidth = -1);
Q_SEQUELIZE_EXPORT DataType BigInt(int displayWidth = -1);
Q_SEQUELIZE_EXPORT DataType SmallInt(int displayWidth = -1);
Q_SEQUELIZE_EXPORT DataType TinyInt(int displayWidth = -1);
Q_SEQUELIZE_EXPORT DataType MediumInt(int displayWidth = -1);
Q_SEQUELIZE_EXPORT DataType Float();
Q_SEQUELIZE_EXPORT DataType Real();
Q_SEQUELIZE_EXPORT DataType Double();
Q_SEQUELIZE_EXPORT DataType Decimal(int precision = -1, int scale = -1);
Q_SEQUELIZE_EXPORT DataType Boolean();
Q_SEQUELIZE_EXPORT DataType Date();
Q_SEQUELIZE_EXPORT DataType DateOnly();
Q_SEQUELIZE_EXPORT DataType Time();
Q_SEQUELIZE_EXPORT DataType Uuid();
Q_SEQUELIZE_EXPORT DataType Json();
Q_SEQUELIZE_EXPORT DataType JsonB();
Q_SEQUELIZE_EXPORT DataType Blob();
Q_SEQUELIZE_EXPORT DataType Enum(const QStringList &values);
Q_SEQUELIZE_EXPORT DataType Virtual();
// ARRAY(type): PostgreSQL only (other dialects refuse it when the table is created).
Q_SEQUELIZE_EXPORT DataType Array(const DataType &element);

// As defaultValue: the current time (DATE, DATEONLY, TIME), a random UUID v4, or a time-based
// UUID v1 (Sequelize's UUIDV1: the time, a random clock sequence and a random node).
Q_SEQUELIZE_EXPORT QVariant Now();
Q_SEQUELIZE_EXPORT QVariant UuidV4();
Q_SEQUELIZE_EXPORT QVariant UuidV1();
} // namespace DataTypes

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::DataType)

Q_DECLARE_METATYPE(QtSequelize::DataType)

#endif // QTSEQUELIZE_DATATYPE_H
