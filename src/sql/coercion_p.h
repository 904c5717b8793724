// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_COERCION_P_H
#define QTSEQUELIZE_COERCION_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include <QtSequelize/datatype.h>

namespace QtSequelize {

// Converts a user-supplied value to the Qt type of \a type (DataType::valueType()),
// accepting what Sequelize accepts (numeric strings for numbers, "true"/"false" and
// 0/1 for booleans, ISO strings for dates). Throws ValidationError naming
// \a attribute when the value cannot be of that type. A null value stays null.
QVariant coerce(const QVariant &value, const DataType &type, const QString &attribute);

// As coerce(), for a value a condition compares with the attribute: true and false are no
// text there (a written value becomes "true"; compared, Sequelize's SQL holds 0/1 or FALSE,
// which matches no text on SQLite and MariaDB and fails on PostgreSQL).
QVariant coerceCompared(const QVariant &value, const DataType &type, const QString &attribute);

// Whether a value stands for SQL NULL: an invalid or null QVariant, and (since Qt 6's
// QVariant::isNull() no longer looks inside) a null QString/QByteArray, an invalid
// QDateTime/QDate/QTime, a null QUuid or a null/undefined QJsonValue.
Q_SEQUELIZE_EXPORT bool isSqlNull(const QVariant &value);
// Text every database stores as given: no NUL (PostgreSQL cuts the statement there) and no
// unpaired UTF-16 surrogate (no UTF-8 form: '?' or U+FFFD was stored in its place).
inline bool isStorableText(const QString &text)
{
    return !text.contains(QChar(0)) && text.isValidUtf16();
}
// A list of values (QVariantList, QStringList, QJsonArray or another sequential container),
// not a string or byte array.
bool isValueList(const QVariant &value);
// Whether \a value holds an Expression (SQL: a column, function, literal, Op.any/all).
bool isExpression(const QVariant &value);

// INTEGER, BIGINT or SMALLINT.
bool isIntegerType(const DataType &type);
// The integers, FLOAT, REAL, DOUBLE and DECIMAL: what increments and takes UNSIGNED.
bool isNumericType(DataType::Kind kind);
// The width of an integer column: TINYINT 8 bits, SMALLINT 16, MEDIUMINT 24, INTEGER 32,
// BIGINT 64.
int integerBits(DataType::Kind kind);
// The values an integer attribute holds: its width's signed range, or 0 to 2^bits-1 when it
// is unsigned (BIGINT UNSIGNED's maximum does not fit a qint64, hence the quint64).
struct IntegerRange
{
    qint64 min = 0;
    quint64 max = 0;
    bool contains(qint64 n) const { return n >= min && (n < 0 || quint64(n) <= max); }
    bool containsUnsigned(quint64 n) const { return n <= max && (min <= 0 || n >= quint64(min)); }
};
IntegerRange integerRange(const DataType &type);

// Formats a decimal number's digits with \a scale decimals (-1: as they are).
QString formatDecimal(const QString &digits, int scale);
// A decimal's text ("1.5e3", "-.25") written plainly: its integer digits (no leading zeros)
// and fraction digits (no trailing zeros); nullopt for text that is no decimal or has an
// exponent past 1000.
struct PlainDecimal
{
    bool negative = false;
    QString integer;
    QString fraction;
};
std::optional<PlainDecimal> plainDecimal(const QString &text);
// \a text written plainly ("1.6750000" is "1.675", "1e3" "1000"); as it is when no decimal.
QString plainDecimalText(const QString &text);
// Whether \a text, rounded to \a scale places, has more integer digits than DECIMAL(\a precision,
// \a scale) holds (what PostgreSQL calls a numeric field overflow).
bool overflowsDecimal(const QString &text, int precision, int scale);
// \a text rounded half away from zero to \a scale fraction digits, as DECIMAL(p, scale)
// stores it on PostgreSQL and MariaDB ("1.005" is 1.01), written plainly with them.
QString roundedDecimal(const QString &text, int scale);
// The amount of a decrement() as an increment's: a number negated in its type, a numeric
// string (a DECIMAL's) with its sign flipped in the text, so no digit is lost. Anything else
// is a DefinitionError naming \a attribute.
QVariant negatedAmount(const QVariant &amount, const QString &attribute);
// Refuses an increment amount that is NULL or NaN (a DefinitionError); an Expression passes.
void requireAmount(const QVariant &amount, const QString &attribute);

// The current time in UTC at millisecond precision, what every dialect stores (so a reloaded
// timestamp compares equal): createdAt, updatedAt, deletedAt and DataTypes::Now().
QDateTime nowUtc();

// An attribute's defaultValue, with DataTypes::Now(), UuidV4() and UuidV1() generated now.
QVariant generateDefault(const QVariant &defaultValue, const DataType &type);

// Parses the date-time formats Sequelize accepts; invalid QDateTime on failure.
// \a when as JavaScript's toISOString() writes it (UTC, milliseconds, Z): the text of a point
// in time inside JSON values.
QString toIsoUtc(const QDateTime &when);
// A TIME as text: HH:mm:ss, with .zzz when it has milliseconds (as stored, and as Sequelize
// shows it).
QString timeText(const QTime &time);
// Whether the value holds a number of a C++ arithmetic type (not text).
bool isNumber(const QVariant &value);
QDateTime parseDateTime(const QString &text);

} // namespace QtSequelize

#endif // QTSEQUELIZE_COERCION_P_H
