// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "dialect_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/quuid.h>

#include <cmath>
#include <limits>

#include "../sql/coercion_p.h"

#include <QtSequelize/errors.h>

// How values go to the database and come back from it, for the parts every dialect shares.

namespace QtSequelize {

static QString jsonText(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays: wrap scalars in an array.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

[[noreturn]] static void notA(const char *what)
{
    // What was stored is no value of the attribute's type (SQLite keeps any text, a raw
    // alias may name an attribute): an error, never a null or a zero in its place. The
    // message has no value in it.
    throw DatabaseError(QStringLiteral("A stored value is not %1").arg(QLatin1String(what)));
}

static QJsonValue parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        notA("JSON");
    return doc.array().first();
}

// SQLite's NaN and infinities, which are stored as Sequelize's text ('NaN', 'Infinity').
static bool parseNonFinite(const QVariant &value, double *d)
{
    const int id = value.metaType().id();
    if (id != QMetaType::QString && id != QMetaType::QByteArray)
        return false;
    const QString text = value.toString();
    if (text == QLatin1String("NaN"))
        *d = std::numeric_limits<double>::quiet_NaN();
    else if (text == QLatin1String("Infinity"))
        *d = std::numeric_limits<double>::infinity();
    else if (text == QLatin1String("-Infinity"))
        *d = -std::numeric_limits<double>::infinity();
    else
        return false;
    return true;
}

static QVariant readFloating(const QVariant &value)
{
    bool ok = false;
    double d = value.toDouble(&ok);
    if (!ok && !parseNonFinite(value, &d))
        notA("a number");
    return d;
}

static bool isNilUuidText(QString text)
{
    text.remove(QLatin1Char('-')).remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    return text == QString(32, QLatin1Char('0'));
}

// DATE, DATEONLY, TIME, UUID and JSON values, read from the driver's type or from text.
static QVariant readTextual(const QVariant &value, DataType::Kind kind)
{
    const int id = value.metaType().id();
    switch (kind) {
    case DataType::Date: {
        const QDateTime dt = id == QMetaType::QDateTime ? value.toDateTime().toUTC()
                                                        : parseDateTime(value.toString());
        if (!dt.isValid())
            notA("a date");
        return dt;
    }
    case DataType::DateOnly: {
        const QDate date = id == QMetaType::QDate
            ? value.toDate()
            : QDate::fromString(value.toString().left(10), Qt::ISODate);
        if (!date.isValid())
            notA("a date");
        return date;
    }
    case DataType::Time: {
        const QTime time = id == QMetaType::QTime
            ? value.toTime()
            : QTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            notA("a time of day");
        return time;
    }
    case DataType::Uuid: {
        const QUuid uuid
            = id == QMetaType::QUuid ? value.toUuid() : QUuid::fromString(value.toString());
        if (uuid.isNull() && !isNilUuidText(value.toString()))
            notA("a UUID");
        return uuid;
    }
    default:
        return QVariant::fromValue(parseJson(value.toString()));
    }
}

// A typed null: drivers bind it as NULL whatever the column type.
static QVariant nullFor(const DataType &type)
{
    switch (type.kind()) {
    case DataType::Blob:
        return QVariant(QMetaType::fromType<QByteArray>());
    case DataType::Integer:
    case DataType::SmallInt:
    case DataType::TinyInt:
    case DataType::MediumInt:
    case DataType::BigInt:
    case DataType::Boolean:
        return QVariant(QMetaType::fromType<qlonglong>());
    case DataType::Float:
    case DataType::Real:
    case DataType::Double:
        return QVariant(QMetaType::fromType<double>());
    default:
        return QVariant(QMetaType::fromType<QString>());
    }
}

QVariant Dialect::toDatabase(const QVariant &value, const DataType &type) const
{
    if (isSqlNull(value))
        return nullFor(type);
    switch (type.kind()) {
    case DataType::Json:
    case DataType::JsonB: {
        const QJsonValue json = value.toJsonValue();
        if (isSqlNull(value) || json.isNull() || json.isUndefined())
            return QVariant(QMetaType::fromType<QString>());
        return jsonText(json);
    }
    case DataType::Uuid:
        if (isSqlNull(value))
            return QVariant(QMetaType::fromType<QString>());
        return value.toUuid().toString(QUuid::WithoutBraces);
    case DataType::DateOnly:
        if (isSqlNull(value))
            return QVariant(QMetaType::fromType<QString>());
        return value.toDate().toString(Qt::ISODate);
    case DataType::Time: {
        if (isSqlNull(value))
            return QVariant(QMetaType::fromType<QString>());
        return timeText(value.toTime());
    }
    case DataType::Date:
        if (isSqlNull(value))
            return QVariant(QMetaType::fromType<QString>());
        return inTimeZone(value.toDateTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case DataType::BigInt: {
        if (isSqlNull(value))
            return QVariant(QMetaType::fromType<qlonglong>());
        // An unsigned BIGINT's values past qint64 have no column here (MariaDB's dialect
        // binds them): refused, never wrapped to a negative number.
        const int id = value.metaType().id();
        if ((id == QMetaType::ULongLong || id == QMetaType::ULong)
            && value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            throw DatabaseError(QStringLiteral(
                "A BIGINT UNSIGNED value past 2^63-1 has no column on this database"));
        return QVariant::fromValue(value.toLongLong());
    }
    default:
        return value;
    }
}

QVariant Dialect::fromDatabase(const QVariant &value, const DataType &type) const
{
    if (isSqlNull(value))
        return QVariant(type.valueType());
    switch (type.kind()) {
    case DataType::String:
    case DataType::Char:
    case DataType::Text:
    case DataType::Enum:
        return value.toString();
    case DataType::Integer:
    case DataType::SmallInt:
    case DataType::TinyInt:
    case DataType::MediumInt:
    case DataType::BigInt: {
        // Text in an INTEGER column (SQLite keeps what it is given, an alias may name an
        // attribute) or a number out of the attribute's range: an error, not a silent 0, nor
        // an unsigned value past qint64 wrapped to a negative one.
        const int id = value.metaType().id();
        const bool unsignedValue = id == QMetaType::ULongLong || id == QMetaType::ULong;
        bool ok = false;
        qint64 n = 0;
        if (unsignedValue || id == QMetaType::QString || id == QMetaType::QByteArray) {
            const quint64 u = value.toULongLong(&ok);
            if (ok && u > quint64(std::numeric_limits<qint64>::max())) {
                if (type.kind() == DataType::BigInt && type.isUnsigned())
                    return QVariant::fromValue(u);
                throw DatabaseError(
                    QStringLiteral("A stored value is out of the range of the attribute's type"));
            }
            n = qint64(u);
        }
        if (!ok)
            n = value.toLongLong(&ok);
        if (!ok) {
            const double d = value.toDouble(&ok); // a DECIMAL text, an average: truncated
            if (!ok || !(std::abs(d) < 9.2e18))
                notA("an integer");
            n = qint64(d);
        }
        if (!integerRange(type).contains(n)
            && (type.kind() == DataType::Integer || type.kind() == DataType::BigInt))
            throw DatabaseError(
                QStringLiteral("A stored value is out of the range of the attribute's type"));
        if (type.kind() == DataType::BigInt)
            return type.isUnsigned() ? QVariant::fromValue(quint64(n)) : QVariant::fromValue(n);
        if (type.kind() == DataType::Integer && type.isUnsigned())
            return QVariant::fromValue(n);
        return int(n);
    }
    case DataType::Float:
    case DataType::Real:
    case DataType::Double:
        return readFloating(value);
    case DataType::Decimal: {
        const int id = value.metaType().id();
        // A REAL (SQLite): its shortest text is the decimal written (or summed), rounded to the
        // scale as a decimal, not as the binary value (1.015 is 1.02, as PostgreSQL's sum).
        const QString digits = (id == QMetaType::Double || id == QMetaType::Float)
            ? roundedDecimal(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest),
                             type.scale())
            : value.toString();
        return formatDecimal(digits, type.scale());
    }
    case DataType::Boolean: {
        if (value.metaType().id() == QMetaType::QString
            || value.metaType().id() == QMetaType::QByteArray) {
            // PostgreSQL's t/f, a number, true/false; other text is an error, not a false.
            const QString s = value.toString().trimmed().toLower();
            if (s == QLatin1String("t") || s == QLatin1String("true"))
                return true;
            if (s == QLatin1String("f") || s == QLatin1String("false"))
                return false;
            bool ok = false;
            const qint64 n = s.toLongLong(&ok);
            if (!ok)
                notA("a boolean");
            return n != 0;
        }
        return value.toBool();
    }
    case DataType::Date:
    case DataType::DateOnly:
    case DataType::Time:
    case DataType::Uuid:
    case DataType::Json:
    case DataType::JsonB:
        return readTextual(value, type.kind());
    case DataType::Blob:
        return value.toByteArray();
    case DataType::Array: // only PostgreSQL has arrays; its dialect parses them
    case DataType::Virtual:
    case DataType::Invalid:
        break;
    }
    return value;
}

} // namespace QtSequelize
