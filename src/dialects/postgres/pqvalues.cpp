// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// What travels between Qt values and libpq's text format: parameters out, fields in, and
// the ? placeholders of Qt's positional syntax numbered as PostgreSQL's $n.

#include "pqdriver_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qlocale.h>
#include <QtCore/quuid.h>

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

// A date, time or timestamp as PostgreSQL reads it; years outside 1-9999 are refused.
static bool encodeTemporal(const QVariant &v, QByteArray *bytes, unsigned int *oid, QString *error)
{
    switch (v.typeId()) {
    case QMetaType::QDate: {
        const QDate d = v.toDate();
        if (d.year() < 1 || d.year() > 9999) {
            *error = QStringLiteral("A bound date is outside the years 1 to 9999");
            return false;
        }
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
        if (utc.date().year() < 1 || utc.date().year() > 9999) {
            *error = QStringLiteral("A bound date is outside the years 1 to 9999");
            return false;
        }
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
        switch (precision) {
        case QSql::LowPrecisionInt32:
            return int(toDouble(bytes));
        case QSql::LowPrecisionInt64:
            return qlonglong(toDouble(bytes));
        case QSql::LowPrecisionDouble:
            return toDouble(bytes);
        case QSql::HighPrecision:
            break;
        }
        return QString::fromLatin1(bytes);
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
        if (bytes.startsWith("\\x"))
            return QByteArray::fromHex(bytes.sliced(2).toByteArray());
        return bytes.toByteArray();
    default:
        return QString::fromUtf8(bytes);
    }
}

namespace {
// PostgreSQL's lexical rules, as far as they decide where a ? is an operator position.
class PlaceholderScanner
{
public:
    explicit PlaceholderScanner(const QString &sql)
        : m_sql(sql)
        , m_n(sql.size())
    {
    }
    QString run(int *count)
    {
        QString out;
        out.reserve(m_n + 16);
        qsizetype i = 0;
        while (i < m_n) {
            const qsizetype end = skip(i);
            if (end > i) {
                out += QStringView(m_sql).sliced(i, end - i);
                i = end;
                continue;
            }
            if (m_sql.at(i) == QLatin1Char('?')) {
                out += QLatin1Char('$') + QString::number(++*count);
            } else {
                out += m_sql.at(i);
            }
            ++i;
        }
        return out;
    }

private:
    QChar at(qsizetype i) const { return i < m_n ? m_sql.at(i) : QChar(); }
    static bool isNameChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

    // The end of the string, quoted name, comment or dollar quote starting at \a i; \a i when
    // none starts there.
    qsizetype skip(qsizetype i) const
    {
        const QChar c = m_sql.at(i);
        if (c == QLatin1Char('\'')) {
            const bool escapes = i > 0
                && (at(i - 1) == QLatin1Char('E') || at(i - 1) == QLatin1Char('e'))
                && (i < 2 || !isNameChar(at(i - 2)));
            return quoted(i, QLatin1Char('\''), escapes);
        }
        if (c == QLatin1Char('"'))
            return quoted(i, QLatin1Char('"'), false);
        if (c == QLatin1Char('-') && at(i + 1) == QLatin1Char('-')) {
            qsizetype j = i;
            while (j < m_n && m_sql.at(j) != QLatin1Char('\n'))
                ++j;
            return j;
        }
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*'))
            return comment(i);
        if (c == QLatin1Char('$') && (i == 0 || !isNameChar(at(i - 1))))
            return dollarQuote(i);
        return i;
    }
    qsizetype quoted(qsizetype i, QChar quote, bool backslashEscapes) const
    {
        qsizetype j = i + 1;
        while (j < m_n) {
            const QChar c = m_sql.at(j);
            if (backslashEscapes && c == QLatin1Char('\\')) {
                j += 2;
                continue;
            }
            if (c == quote) {
                if (at(j + 1) == quote) {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            ++j;
        }
        return m_n;
    }
    qsizetype comment(qsizetype i) const
    {
        int depth = 0;
        qsizetype j = i;
        while (j < m_n) {
            if (m_sql.at(j) == QLatin1Char('/') && at(j + 1) == QLatin1Char('*')) {
                ++depth;
                j += 2;
            } else if (m_sql.at(j) == QLatin1Char('*') && at(j + 1) == QLatin1Char('/')) {
                j += 2;
                if (--depth == 0)
                    return j;
            } else {
                ++j;
            }
        }
        return m_n;
    }
    qsizetype dollarQuote(qsizetype i) const
    {
        qsizetype j = i + 1;
        if (j < m_n && m_sql.at(j).isDigit())
            return i; // $1: a parameter
        while (j < m_n && isNameChar(m_sql.at(j)))
            ++j;
        if (at(j) != QLatin1Char('$'))
            return i;
        const QStringView tag = QStringView(m_sql).sliced(i, j - i + 1);
        const qsizetype close = m_sql.indexOf(tag, j + 1);
        return close < 0 ? m_n : close + tag.size();
    }

    const QString &m_sql;
    const qsizetype m_n;
};
} // namespace

QByteArray pqNumberPlaceholders(const QString &sql, int *count)
{
    *count = 0;
    return PlaceholderScanner(sql).run(count).toUtf8();
}

} // namespace QtSequelize
