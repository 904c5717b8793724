// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "coercion_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/expression.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qsequentialiterable.h>
#include <QtCore/qtimezone.h>
#include <QtCore/quuid.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace QtSequelize {

[[noreturn]] static void invalid(const QVariant &value, const QString &attribute, const char *what)
{
    // The message names the attribute, never the value (it may be a secret); the item keeps
    // the value for the program.
    const QString message = attribute.isEmpty()
        ? QStringLiteral("The value is not a valid %1").arg(QString::fromLatin1(what))
        : QStringLiteral("The value of \"%1\" is not a valid %2")
              .arg(attribute, QString::fromLatin1(what));
    throw ValidationError(message,
                          {ValidationErrorItem(message, QStringLiteral("Validation error"),
                                               attribute, value, QString())});
}

bool isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

bool isSqlNull(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    // Read in place (a hot path: every value bound or set goes through here).
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QJsonValue: {
        const QJsonValue *json = static_cast<const QJsonValue *>(value.constData());
        return json->isNull() || json->isUndefined();
    }
    default:
        return false;
    }
}

bool isNumericType(DataType::Kind kind)
{
    switch (kind) {
    case DataType::Integer:
    case DataType::BigInt:
    case DataType::SmallInt:
    case DataType::TinyInt:
    case DataType::MediumInt:
    case DataType::Float:
    case DataType::Real:
    case DataType::Double:
    case DataType::Decimal:
        return true;
    default:
        return false;
    }
}

bool isIntegerType(const DataType &type)
{
    const DataType::Kind kind = type.kind();
    return kind == DataType::Integer || kind == DataType::BigInt || kind == DataType::SmallInt
        || kind == DataType::TinyInt || kind == DataType::MediumInt;
}

QDateTime parseDateTime(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    // "2020-02-29 10:00:00+02", "2021-06-15 12:34:56.789 +00:00", ISO 8601 with T and Z.
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    QString fraction = m.captured(7);
    int msec = 0;
    if (!fraction.isEmpty())
        msec = (fraction + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() >= 4 ? digits.mid(2, 2).toInt() : 0;
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    // Without an offset, the value is taken as UTC (Sequelize's default timezone '+00:00').
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

QString timeText(const QTime &time)
{
    return time.toString(time.msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

QString toIsoUtc(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

// QJsonValue::fromVariant() with points in time as JavaScript's JSON.stringify writes them
// (toISOString(): UTC, milliseconds, Z): Qt would write a local time without its offset, so
// the stored text would not say which moment it was, nor compare with other moments.
static QJsonValue plainJson(const QVariant &value, const QString &attribute);

template<typename Map> static QJsonObject plainJsonObject(const Map &map, const QString &attribute)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), plainJson(it.value(), attribute));
    return object;
}

static QJsonValue plainJson(const QVariant &value, const QString &attribute)
{
    // What iterating a QJsonArray or QJsonObject hands out (QVariant::fromValue(*it)): the
    // value it refers to (QJsonValue::fromVariant() made NULL of it).
    if (value.metaType() == QMetaType::fromType<QJsonValueConstRef>())
        return QJsonValue(*static_cast<const QJsonValueConstRef *>(value.constData()));
    if (value.metaType() == QMetaType::fromType<QJsonValueRef>())
        return QJsonValue(*static_cast<const QJsonValueRef *>(value.constData()));
    switch (value.metaType().id()) {
    case QMetaType::QDateTime: {
        const QDateTime when = value.toDateTime();
        if (!when.isValid())
            return QJsonValue(QJsonValue::Null);
        return toIsoUtc(when);
    }
    case QMetaType::QVariantMap:
        return plainJsonObject(value.toMap(), attribute);
    case QMetaType::QVariantHash:
        return plainJsonObject(value.toHash(), attribute);
    case QMetaType::QVariantList: {
        QJsonArray array;
        for (const QVariant &item : value.toList())
            array.append(plainJson(item, attribute));
        return array;
    }
    default:
        break;
    }
    // A null QString or QByteArray is NULL everywhere else: null here too, not "".
    if (isSqlNull(value))
        return QJsonValue(QJsonValue::Null);
    // A value of a type with no JSON form (QPointF, a custom type): QJsonValue::fromVariant()
    // makes null of it, which was stored without a word.
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isNull() || json.isUndefined())
        invalid(value, attribute, "JSON value");
    return json;
}

static QJsonValue toJson(const QVariant &value, const QString &attribute)
{
    const int id = value.metaType().id();
    if (id == QMetaType::QJsonValue)
        return value.toJsonValue();
    if (id == QMetaType::QJsonObject)
        return value.toJsonObject();
    if (id == QMetaType::QJsonArray)
        return value.toJsonArray();
    if (id == QMetaType::QJsonDocument) {
        const QJsonDocument doc = value.toJsonDocument();
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    return plainJson(value, attribute);
}

bool isExpression(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<Expression>();
}

bool isValueList(const QVariant &value)
{
    const int id = value.metaType().id();
    if (id == QMetaType::QVariantList || id == QMetaType::QStringList
        || id == QMetaType::QJsonArray)
        return true;
    if (id == QMetaType::QString || id == QMetaType::QByteArray || id == QMetaType::QVariantMap
        || id == QMetaType::QVariantHash || id == QMetaType::QJsonObject || !value.isValid())
        return false;
    return value.canView<QSequentialIterable>();
}

// "HH:mm[:ss[.fraction]]": a fraction finer than milliseconds is accepted only when its extra
// digits are zeros, as QTime cannot keep them (a TIME of "23:59:59.999999" is refused rather
// than stored as 23:59:59.999).
static QTime parseTime(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return QTime();
    const QString fraction = m.captured(4);
    if (fraction.size() > 3 && fraction.mid(3).count(QLatin1Char('0')) != fraction.size() - 3)
        return QTime();
    const int ms
        = fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, QLatin1Char('0')).toInt();
    return QTime(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), ms);
}

static bool yearInRange(const QDateTime &dt)
{
    const int year = dt.date().year();
    if (year > 1 && year < 9999)
        return true; // the common case, without a time zone conversion
    const int utc = dt.toUTC().date().year();
    return utc >= 1 && utc <= 9999;
}

// A value of the attribute's own Qt type that needs no conversion: not a date outside years
// 1-9999, not text with a NUL.
// Whether \a n fits the integer column \a kind (SQLite would store any integer): TINYINT,
// SMALLINT and MEDIUMINT have their ranges, INTEGER 32 bits.
int integerBits(DataType::Kind kind)
{
    switch (kind) {
    case DataType::TinyInt:
        return 8;
    case DataType::SmallInt:
        return 16;
    case DataType::MediumInt:
        return 24;
    case DataType::BigInt:
        return 64;
    default:
        return 32;
    }
}

IntegerRange integerRange(const DataType &type)
{
    const int bits = integerBits(type.kind());
    if (type.isUnsigned())
        return {0, bits == 64 ? std::numeric_limits<quint64>::max() : (quint64(1) << bits) - 1};
    if (bits == 64)
        return {std::numeric_limits<qint64>::min(), quint64(std::numeric_limits<qint64>::max())};
    return {-(qint64(1) << (bits - 1)), (quint64(1) << (bits - 1)) - 1};
}

static bool storableAsIs(const QVariant &value, const DataType &type)
{
    if (value.isNull())
        return true;
    switch (type.kind()) {
    case DataType::Integer:
        // A signed INTEGER's value is an int (its Qt type): always in range (a hot path).
        if (!type.isUnsigned())
            return true;
        Q_FALLTHROUGH();
    case DataType::TinyInt:
    case DataType::SmallInt:
    case DataType::MediumInt:
        return integerRange(type).contains(value.toLongLong());
    case DataType::BigInt:
        // An unsigned one is a quint64 already, any of them in range.
        return true;
    case DataType::Float:
    case DataType::Real:
    case DataType::Double:
        return !type.isUnsigned() || !(value.toDouble() < 0);
    case DataType::Date:
        return yearInRange(value.toDateTime());
    case DataType::DateOnly: {
        const int year = value.toDate().year();
        return year >= 1 && year <= 9999;
    }
    case DataType::String:
    case DataType::Char:
    case DataType::Text:
    case DataType::Enum:
        return isStorableText(*static_cast<const QString *>(value.constData()));
    case DataType::Array:
        // A list's elements are each coerced (DATEONLY "garbage" is refused, not stored NULL).
        return false;
    default:
        return true;
    }
}

static QVariant toText(const QVariant &value, const QString &attribute)
{
    const int id = value.metaType().id();
    if (id == QMetaType::QString || isNumber(value) || id == QMetaType::QByteArray
        || id == QMetaType::QChar || id == QMetaType::Bool || id == QMetaType::QUuid) {
        // A QUuid as UUID columns store it (and Sequelize writes it): without braces.
        QString text = id == QMetaType::QUuid
            ? static_cast<const QUuid *>(value.constData())->toString(QUuid::WithoutBraces)
            : value.toString();
        // A NUL cuts the statement on PostgreSQL and is no text anywhere: refused.
        if (text.contains(QChar(0)))
            invalid(value, attribute, "string (it holds a NUL character)");
        // An unpaired surrogate has no UTF-8 form: each database stored another character
        // ('?' or U+FFFD) in its place.
        if (!text.isValidUtf16())
            invalid(value, attribute, "string (it holds an unpaired UTF-16 surrogate)");
        return text;
    }
    if (!attribute.isEmpty()
        && (value.canConvert<QVariantList>() || value.canConvert<QVariantMap>())) {
        // Sequelize's own check of a STRING/TEXT value: "string violation", not_a_string.
        const QString message = attribute + QStringLiteral(" cannot be an array or an object");
        throw ValidationError(
            QStringLiteral("string violation: ") + message,
            {ValidationErrorItem(message, QStringLiteral("string violation"), attribute, value,
                                 QStringLiteral("not_a_string"))});
    }
    invalid(value, attribute, "string");
}

// The value past qint64 of an unsigned BIGINT (2^63 to 2^64-1), given as an unsigned integer,
// a double or text.
static std::optional<quint64> wideUnsigned(const QVariant &value)
{
    const int id = value.metaType().id();
    bool ok = false;
    quint64 u = 0;
    if (id == QMetaType::ULongLong || id == QMetaType::ULong) {
        u = value.toULongLong(&ok);
    } else if (id == QMetaType::Double || id == QMetaType::Float) {
        const double d = value.toDouble();
        ok = d == std::floor(d) && d >= 9223372036854775808.0 && d < 18446744073709551616.0;
        if (ok)
            u = quint64(d);
    } else if (id == QMetaType::QString || id == QMetaType::QByteArray) {
        u = value.toString().trimmed().toULongLong(&ok);
    }
    if (!ok || u <= quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return u;
}

static QVariant toInteger(const QVariant &value, const DataType &type, const QString &attribute)
{
    const int id = value.metaType().id();
    bool ok = false;
    qint64 n = 0;
    if (id == QMetaType::Double || id == QMetaType::Float) {
        const double d = value.toDouble();
        // In range before the conversion (out of range it is undefined behaviour); NaN fails.
        ok = d == std::floor(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0;
        if (ok)
            n = qint64(d);
    } else if (id == QMetaType::Bool) {
        ok = true;
        n = value.toBool() ? 1 : 0;
    } else if (id == QMetaType::ULongLong || id == QMetaType::ULong) {
        ok = value.toULongLong() <= qulonglong(std::numeric_limits<qint64>::max());
        n = qint64(value.toULongLong());
    } else if (isNumber(value)) {
        // The other integral types (doubles are above): exactly, without text.
        n = value.toLongLong(&ok);
    } else if (id == QMetaType::QString || id == QMetaType::QByteArray) {
        n = value.toString().trimmed().toLongLong(&ok);
    }
    const IntegerRange range = integerRange(type);
    if (!ok && type.kind() == DataType::BigInt && type.isUnsigned()) {
        if (const std::optional<quint64> u = wideUnsigned(value))
            return QVariant::fromValue(*u);
    }
    // The column's range, the same on every database.
    if (!ok || !range.contains(n))
        invalid(value, attribute, "integer");
    if (type.kind() == DataType::BigInt)
        return type.isUnsigned() ? QVariant::fromValue(quint64(n)) : QVariant::fromValue(n);
    if (type.kind() == DataType::Integer && type.isUnsigned())
        return QVariant::fromValue(n);
    return QVariant::fromValue(int(n));
}

static QVariant toFloating(const QVariant &value, const QString &attribute)
{
    const int id = value.metaType().id();
    bool ok = false;
    double d = 0;
    if (isNumber(value) || id == QMetaType::QString || id == QMetaType::QByteArray)
        d = value.toString().trimmed().toDouble(&ok);
    if (id == QMetaType::Double || id == QMetaType::Float) {
        d = value.toDouble();
        ok = true;
    }
    // NaN and infinities are numbers, as in Sequelize: PostgreSQL stores them, SQLite stores
    // Sequelize's text for them, MariaDB's dialect refuses them (it has none).
    if (!ok)
        invalid(value, attribute, "number");
    return d;
}

static QVariant toDecimal(const QVariant &value, const QString &attribute)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$)"));
    const int id = value.metaType().id();
    QString text;
    if (id == QMetaType::Double || id == QMetaType::Float)
        text = QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    else if (isNumber(value) || id == QMetaType::QString || id == QMetaType::QByteArray)
        text = value.toString().trimmed();
    if (!re.match(text).hasMatch())
        invalid(value, attribute, "decimal");
    return text;
}

static QVariant toBoolean(const QVariant &value, const QString &attribute)
{
    const int id = value.metaType().id();
    if (isNumber(value)) {
        const double d = value.toDouble();
        if (d == 0 || d == 1)
            return d == 1;
    } else if (id == QMetaType::QString || id == QMetaType::QByteArray) {
        const QString s = value.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("t") || s == QLatin1String("1"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("f") || s == QLatin1String("0"))
            return false;
    }
    invalid(value, attribute, "boolean");
}

static QVariant toDateTimeValue(const QVariant &value, const QString &attribute)
{
    const int id = value.metaType().id();
    QDateTime dt;
    if (id == QMetaType::QDateTime)
        dt = value.toDateTime();
    else if (id == QMetaType::QDate)
        dt = QDateTime(value.toDate(), QTime(0, 0), Qt::UTC);
    else if (id == QMetaType::QString)
        dt = parseDateTime(value.toString());
    // Years the databases and ISO text hold (PostgreSQL would store NULL past 9999).
    if (!dt.isValid() || !yearInRange(dt))
        invalid(value, attribute, "date (years 1 to 9999)");
    return dt.toUTC();
}

static QVariant toDateOnly(const QVariant &value, const QString &attribute)
{
    const int id = value.metaType().id();
    QDate date;
    if (id == QMetaType::QDate)
        date = value.toDate();
    else if (id == QMetaType::QDateTime)
        // The day the date-time states in its own zone (a local 00:30 is that day, not the UTC
        // day before), as Sequelize formats a Date for DATEONLY in the process's local time.
        date = value.toDateTime().date();
    else if (id == QMetaType::QString)
        date = QDate::fromString(value.toString().left(10), Qt::ISODate);
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        invalid(value, attribute, "date (years 1 to 9999)");
    return date;
}

static QVariant toTimeValue(const QVariant &value, const QString &attribute)
{
    const int id = value.metaType().id();
    QTime time;
    if (id == QMetaType::QTime)
        time = value.toTime();
    else if (id == QMetaType::QString)
        time = parseTime(value.toString().trimmed());
    if (!time.isValid())
        invalid(value, attribute,
                "time (HH:mm:ss with at most milliseconds; QTime holds no finer digits)");
    return time;
}

static QVariant toUuid(const QVariant &value, const QString &attribute)
{
    const int id = value.metaType().id();
    QUuid uuid;
    if (id == QMetaType::QString || id == QMetaType::QByteArray)
        uuid = QUuid::fromString(value.toString());
    if (uuid.isNull() && value.toString() != QLatin1String("00000000-0000-0000-0000-000000000000"))
        invalid(value, attribute, "uuid");
    return uuid;
}

QVariant coerceCompared(const QVariant &value, const DataType &type, const QString &attribute)
{
    if (value.metaType().id() == QMetaType::Bool) {
        switch (type.kind()) {
        case DataType::String:
        case DataType::Char:
        case DataType::Text:
        case DataType::Enum:
        case DataType::Uuid:
            invalid(value, attribute, "string");
        default:
            break;
        }
    }
    return coerce(value, type, attribute);
}

QVariant coerce(const QVariant &value, const DataType &type, const QString &attribute)
{
    const QMetaType target = type.valueType();
    if (value.metaType() == QMetaType::fromType<Expression>())
        // SQL, not a value: the write paths hand expressions to the generator; one that reaches
        // a conversion would be stored as something else (NULL), so it is refused.
        throw DefinitionError(QStringLiteral("An SQL expression cannot stand for a value of "
                                             "attribute \"%1\" here")
                                  .arg(attribute));
    // Already of the type's Qt type (the common case, null ones included): as it is, unless it
    // is one of the values no database stores as given (the checks below refuse them).
    if (value.metaType() == target && type.kind() != DataType::Decimal && storableAsIs(value, type))
        return value;
    if (isSqlNull(value))
        return QVariant(target);
    const int id = value.metaType().id();
    switch (type.kind()) {
    case DataType::String:
    case DataType::Char:
    case DataType::Text:
    case DataType::Enum:
        return toText(value, attribute);
    case DataType::Integer:
    case DataType::SmallInt:
    case DataType::TinyInt:
    case DataType::MediumInt:
    case DataType::BigInt:
        return toInteger(value, type, attribute);
    case DataType::Float:
    case DataType::Real:
    case DataType::Double: {
        const QVariant number = toFloating(value, attribute);
        if (type.isUnsigned() && number.toDouble() < 0)
            invalid(value, attribute, "unsigned number");
        return number;
    }
    case DataType::Decimal: {
        // Rounded to the scale as the column stores it, so that SQLite (a REAL) keeps what
        // PostgreSQL and MariaDB keep: 1.005 in DECIMAL(10,2) is 1.01 (it read back 1.00).
        const QVariant text = toDecimal(value, attribute);
        const QString rounded
            = type.scale() >= 0 ? roundedDecimal(text.toString(), type.scale()) : text.toString();
        if (type.isUnsigned() && plainDecimal(rounded).value_or(PlainDecimal{}).negative)
            invalid(value, attribute, "unsigned decimal");
        return rounded;
    }
    case DataType::Boolean:
        return toBoolean(value, attribute);
    case DataType::Date:
        return toDateTimeValue(value, attribute);
    case DataType::DateOnly:
        return toDateOnly(value, attribute);
    case DataType::Time:
        return toTimeValue(value, attribute);
    case DataType::Uuid:
        return toUuid(value, attribute);
    case DataType::Json:
    case DataType::JsonB:
        return QVariant::fromValue(toJson(value, attribute));
    case DataType::Blob:
        if (id == QMetaType::QString)
            return value.toString().toUtf8();
        invalid(value, attribute, "buffer");
    case DataType::Array: {
        if (id != QMetaType::QVariantList && id != QMetaType::QStringList
            && id != QMetaType::QJsonArray)
            invalid(value, attribute, "array");
        QVariantList list;
        for (const QVariant &element : value.toList())
            list.append(coerce(element, type.elementType(), attribute));
        return list;
    }
    case DataType::Virtual:
    case DataType::Invalid:
        return value;
    }
    return value;
}

void requireAmount(const QVariant &amount, const QString &attribute)
{
    if (amount.metaType() == QMetaType::fromType<Expression>())
        return;
    bool number = false;
    const double value = amount.toDouble(&number);
    // NULL would set the column to NULL (a + NULL), NaN to NULL on SQLite and NaN on
    // PostgreSQL: neither is an amount.
    if (isSqlNull(amount) || (number && std::isnan(value)))
        throw DefinitionError(
            QStringLiteral("increment()/decrement() take a number for \"%1\"").arg(attribute));
}

QVariant negatedAmount(const QVariant &amount, const QString &attribute)
{
    requireAmount(amount, attribute); // a null int would be negated to 0
    switch (amount.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
        return -amount.toLongLong();
    case QMetaType::LongLong:
        if (amount.toLongLong() != std::numeric_limits<qint64>::min())
            return -amount.toLongLong();
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        return -amount.toDouble();
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        static const QRegularExpression number(
            QStringLiteral("^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
        const QString text = amount.toString().trimmed();
        if (!number.match(text).hasMatch())
            break;
        if (text.startsWith(QLatin1Char('-')))
            return text.mid(1);
        return QLatin1Char('-') + (text.startsWith(QLatin1Char('+')) ? text.mid(1) : text);
    }
    default:
        break;
    }
    throw DefinitionError(QStringLiteral("decrement() takes a number for \"%1\"").arg(attribute));
}

} // namespace QtSequelize
