// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// What travels between Qt values and libpq's text format: parameters out, fields in.

#include "pqdriver_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qlocale.h>
#include <QtCore/quuid.h>

#include <libpq-fe.h>

#include <cmath>
#include <limits>

namespace QtSequelize {

namespace Oid {
enum : unsigned int {
    Unknown = 0,
    Bool = 16,
    Bytea = 17,
    Name = 19,
    Int8 = 20,
    Int2 = 21,
    Int4 = 23,
    Text = 25,
    ObjectId = 26,
    Float4 = 700,
    Float8 = 701,
    Date = 1082,
    Time = 1083,
    Timestamp = 1114,
    TimestampTz = 1184,
    Numeric = 1700,
    Uuid = 2950,
};
}

static QByteArray integerText(qlonglong value, unsigned int *oid)
{
    // As a literal would be typed: int4 when it fits (so repeat('a', $1) resolves), else int8.
    *oid
        = value >= std::numeric_limits<qint32>::min() && value <= std::numeric_limits<qint32>::max()
        ? Oid::Int4
        : Oid::Int8;
    return QByteArray::number(value);
}

static QByteArray doubleText(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

static QByteArray twoDigits(int n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

static QByteArray timeText(QTime t)
{
    return twoDigits(t.hour()) + ':' + twoDigits(t.minute()) + ':' + twoDigits(t.second()) + '.'
        + QByteArray::number(t.msec()).rightJustified(3, '0');
}

static bool inYearRange(QDate date, QString *error)
{
    if (date.year() >= 1 && date.year() <= 9999)
        return true;
    *error = QStringLiteral("A bound date is outside the years 1 to 9999");
    return false;
}

// A date, time or timestamp as PostgreSQL reads it; years outside 1-9999 are refused.
static bool encodeTemporal(const QVariant &v, QByteArray *bytes, unsigned int *oid, QString *error)
{
    switch (v.typeId()) {
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        if (!inYearRange(d, error))
            return false;
        *bytes = d.toString(Qt::ISODate).toLatin1();
        *oid = Oid::Date;
        return true;
    }
    case QMetaType::QTime:
        *bytes = timeText(v.toTime());
        *oid = Oid::Time;
        return true;
    case QMetaType::QDateTime: {
        const QDateTime utc = v.toDateTime().toUTC();
        if (!inYearRange(utc.date(), error))
            return false;
        *bytes = utc.date().toString(Qt::ISODate).toLatin1() + ' ' + timeText(utc.time())
            + QByteArrayLiteral("+00");
        *oid = Oid::TimestampTz;
        return true;
    }
    default:
        return false;
    }
}

// One value as text (or bytea in binary); false with \a error set when it cannot be sent.
static bool encodeOne(const QVariant &v, QByteArray *bytes, unsigned int *oid, int *format,
                      QString *error)
{
    *oid = Oid::Unknown;
    *format = 0;
    switch (v.typeId()) {
    case QMetaType::Bool:
        *bytes = v.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f");
        *oid = Oid::Bool;
        return true;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
        *bytes = integerText(v.toLongLong(), oid);
        return true;
    case QMetaType::ULongLong: {
        const qulonglong u = v.toULongLong();
        if (u <= qulonglong(std::numeric_limits<qint64>::max())) {
            *bytes = integerText(qlonglong(u), oid);
        } else {
            *bytes = QByteArray::number(u);
            *oid = Oid::Numeric;
        }
        return true;
    }
    case QMetaType::Double:
    case QMetaType::Float:
        // NUMERIC, as the literal 1.5 is: compared with any numeric column without a cast.
        *bytes = doubleText(v.toDouble());
        *oid = Oid::Numeric;
        return true;
    case QMetaType::QByteArray:
        *bytes = v.toByteArray();
        *oid = Oid::Bytea;
        *format = 1;
        return true;
    case QMetaType::QDate:
    case QMetaType::QTime:
    case QMetaType::QDateTime:
        return encodeTemporal(v, bytes, oid, error);
    case QMetaType::QUuid:
        *bytes = v.toUuid().toByteArray(QUuid::WithoutBraces);
        *oid = Oid::Uuid;
        return true;
    case QMetaType::QJsonValue: {
        const QByteArray array
            = QJsonDocument(QJsonArray{v.toJsonValue()}).toJson(QJsonDocument::Compact);
        *bytes = array.sliced(1, array.size() - 2); // [value] without the brackets
        return true;
    }
    case QMetaType::QJsonObject:
        *bytes = QJsonDocument(v.toJsonObject()).toJson(QJsonDocument::Compact);
        return true;
    case QMetaType::QJsonArray:
        *bytes = QJsonDocument(v.toJsonArray()).toJson(QJsonDocument::Compact);
        return true;
    case QMetaType::QJsonDocument:
        *bytes = v.value<QJsonDocument>().toJson(QJsonDocument::Compact);
        return true;
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
        *error = QStringLiteral("A list or a map cannot be bound as one value");
        return false;
    default:
        break;
    }
    if (!v.canConvert<QString>()) {
        *error = QStringLiteral("A value of type %1 cannot be bound")
                     .arg(QString::fromLatin1(v.typeName()));
        return false;
    }
    *bytes = v.toString().toUtf8();
    if (bytes->contains('\0')) {
        *error = QStringLiteral("A bound text holds a NUL character, which PostgreSQL cannot "
                                "store in text");
        return false;
    }
    return true;
}

// NULL as Qt's drivers read it: a null variant, or an invalid date, time or timestamp (Qt 6's
// QVariant::isNull() no longer looks inside).
static bool isSqlNullValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    default:
        return v.isNull();
    }
}

void PqParameters::encode(const QVariantList &bound)
{
    const qsizetype n = bound.size();
    storage.resize(n);
    values.assign(n, nullptr);
    lengths.assign(n, 0);
    formats.assign(n, 0);
    types.assign(n, Oid::Unknown);
    for (qsizetype i = 0; i < n; ++i) {
        const QVariant &v = bound.at(i);
        if (isSqlNullValue(v))
            continue;
        if (!encodeOne(v, &storage[i], &types[i], &formats[i], &error))
            return;
        values[i] = storage.at(i).constData();
        lengths[i] = int(storage.at(i).size());
    }
}

QMetaType pqMetaType(unsigned int oid, QSql::NumericalPrecisionPolicy precision)
{
    switch (oid) {
    case Oid::Bool:
        return QMetaType::fromType<bool>();
    case Oid::Int8:
        return QMetaType::fromType<qlonglong>();
    case Oid::Int2:
    case Oid::Int4:
        return QMetaType::fromType<int>();
    case Oid::ObjectId:
        return QMetaType::fromType<uint>();
    case Oid::Float4:
    case Oid::Float8:
        return QMetaType::fromType<double>();
    case Oid::Numeric:
        switch (precision) {
        case QSql::LowPrecisionInt32:
            return QMetaType::fromType<int>();
        case QSql::LowPrecisionInt64:
            return QMetaType::fromType<qlonglong>();
        case QSql::LowPrecisionDouble:
            return QMetaType::fromType<double>();
        case QSql::HighPrecision:
            break;
        }
        return QMetaType::fromType<QString>();
    case Oid::Date:
        return QMetaType::fromType<QDate>();
    case Oid::Time:
        return QMetaType::fromType<QTime>();
    case Oid::Timestamp:
    case Oid::TimestampTz:
        return QMetaType::fromType<QDateTime>();
    case Oid::Bytea:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

static double toDouble(QByteArrayView text)
{
    if (text == "NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == "Infinity")
        return std::numeric_limits<double>::infinity();
    if (text == "-Infinity")
        return -std::numeric_limits<double>::infinity();
    return text.toDouble();
}

// hh:mm:ss[.ffffff] at the start of \a text; the rest (an offset) in \a rest.
static QTime parseTime(QByteArrayView text, QByteArrayView *rest)
{
    if (text.size() < 8 || text.at(2) != ':' || text.at(5) != ':')
        return QTime();
    const int h = text.sliced(0, 2).toInt();
    const int m = text.sliced(3, 2).toInt();
    const int s = text.sliced(6, 2).toInt();
    qsizetype i = 8;
    double fraction = 0;
    if (i < text.size() && text.at(i) == '.') {
        const qsizetype start = i;
        ++i;
        while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9')
            ++i;
        fraction = text.sliced(start, i - start).toDouble();
    }
    *rest = text.sliced(i);
    int ms = int(std::lround(fraction * 1000));
    if (ms > 999)
        ms = 999; // .9996 would carry into the next second; keep the second
    return QTime(h, m, s, ms);
}

// +hh[:mm[:ss]] or -hh...; 0 when \a text is empty.
static int offsetSeconds(QByteArrayView text, bool *ok)
{
    *ok = true;
    if (text.isEmpty())
        return 0;
    const int sign = text.at(0) == '-' ? -1 : 1;
    const QList<QByteArray> parts = text.sliced(1).toByteArray().split(':');
    int seconds = 0;
    int scale = 3600;
    for (const QByteArray &p : parts) {
        seconds += p.toInt(ok) * scale;
        scale /= 60;
        if (!*ok)
            return 0;
    }
    return sign * seconds;
}

static QVariant decodeTimestamp(QByteArrayView text, bool withZone)
{
    // yyyy-MM-dd hh:mm:ss[.f][+zz]; years past 9999, BC and infinity stay text.
    QByteArrayView rest;
    const QDate date = QDate::fromString(
        QString::fromLatin1(text.first(qMin<qsizetype>(10, text.size()))), Qt::ISODate);
    if (text.size() < 19 || text.at(10) != ' ' || !date.isValid())
        return QString::fromLatin1(text);
    const QTime time = parseTime(text.sliced(11), &rest);
    bool ok = false;
    const int offset = withZone ? offsetSeconds(rest, &ok) : 0;
    if (!time.isValid() || (withZone && !ok) || (!withZone && !rest.isEmpty()))
        return QString::fromLatin1(text);
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

// NUMERIC under the precision policy; a value the integer policies cannot hold (NaN, out of
// range) stays text rather than becoming another number.
static QVariant decodeNumeric(QByteArrayView bytes, QSql::NumericalPrecisionPolicy precision)
{
    const double d = toDouble(bytes);
    switch (precision) {
    case QSql::LowPrecisionInt32:
        if (std::isfinite(d) && d >= std::numeric_limits<qint32>::min()
            && d <= std::numeric_limits<qint32>::max())
            return int(d);
        break;
    case QSql::LowPrecisionInt64:
        if (std::isfinite(d) && d >= -0x1p63 && d < 0x1p63)
            return qlonglong(d);
        break;
    case QSql::LowPrecisionDouble:
        return d;
    case QSql::HighPrecision:
        break;
    }
    return QString::fromLatin1(bytes);
}

// bytea in the hex format (PostgreSQL's default) or the escape format (bytea_output=escape).
static QByteArray decodeBytea(QByteArrayView bytes)
{
    if (bytes.startsWith("\\x"))
        return QByteArray::fromHex(bytes.sliced(2).toByteArray());
    size_t length = 0;
    const QByteArray text = bytes.toByteArray(); // NUL-terminated for libpq
    unsigned char *raw
        = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text.constData()), &length);
    if (!raw)
        qBadAlloc(); // libpq's only failure here

    QByteArray decoded(reinterpret_cast<const char *>(raw), qsizetype(length));
    PQfreemem(raw);
    return decoded;
}

QVariant pqDecode(const char *text, int length, unsigned int oid,
                  QSql::NumericalPrecisionPolicy precision)
{
    const QByteArrayView bytes(text, length);
    switch (oid) {
    case Oid::Bool:
        return bytes == "t";
    case Oid::Int8:
        return bytes.toLongLong();
    case Oid::Int2:
    case Oid::Int4:
        return bytes.toInt();
    case Oid::ObjectId:
        return bytes.toUInt();
    case Oid::Float4:
    case Oid::Float8:
        return toDouble(bytes);
    case Oid::Numeric:
        return decodeNumeric(bytes, precision);
    case Oid::Date: {
        const QDate date = QDate::fromString(QString::fromLatin1(bytes), Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant(QString::fromLatin1(bytes));
    }
    case Oid::Time: {
        QByteArrayView rest;
        const QTime time = parseTime(bytes, &rest);
        return time.isValid() && rest.isEmpty() ? QVariant(time)
                                                : QVariant(QString::fromLatin1(bytes));
    }
    case Oid::Timestamp:
        return decodeTimestamp(bytes, false);
    case Oid::TimestampTz:
        return decodeTimestamp(bytes, true);
    case Oid::Bytea:
        return decodeBytea(bytes);
    default:
        return QString::fromUtf8(bytes);
    }
}

} // namespace QtSequelize
