// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SQLITEDECIMAL_P_H
#define QTSEQUELIZE_SQLITEDECIMAL_P_H

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

#include <QtCore/qbytearray.h>
#include <QtCore/qbytearrayview.h>

#include <optional>

// SQLite keeps a DECIMAL wider than 15 digits as text (a REAL would lose digits), which SQLite
// compares and adds as text or as a REAL. Each connection gets a collation and two functions
// that treat that text as the exact number it is:
//   QSQ_DECIMAL            collation: numeric order (comparisons, ORDER BY, MIN/MAX)
//   qsq_decimal_add(a, b)  exact a + b (increment/decrement)
//   qsq_decimal_sum(x)     exact SUM aggregate
namespace QtSequelize::SqliteDecimal {

inline constexpr char Collation[] = "QSQ_DECIMAL";
inline constexpr char AddFunction[] = "qsq_decimal_add";
// qsq_decimal_add_scaled(a, b, precision, scale): a + b rounded to the scale, an error past
// the precision (increment/decrement of a DECIMAL(p, s)).
inline constexpr char AddScaledFunction[] = "qsq_decimal_add_scaled";
inline constexpr char SumFunction[] = "qsq_decimal_sum";
// qsq_integer_add(a, b, min, max): a + b, an error past [min, max] (increment/decrement of an
// integer attribute: SQLite stored a sum past the type, which no read could then take, and
// turned one past 64 bits into a REAL; PostgreSQL and MariaDB refuse both).
inline constexpr char IntegerAddFunction[] = "qsq_integer_add";

// Whether SQLite keeps values of \a type as text: a DECIMAL without a precision or wider than
// 15 digits (NUMERIC affinity would store a REAL, exact to 15 significant digits only).
inline bool isText(const DataType &type)
{
    return type.kind() == DataType::Decimal && (type.precision() <= 0 || type.precision() > 15);
}

// -1, 0 or 1 as \a a is below, equal to or above \a b by value. Text that is no decimal
// number sorts after every number, and by its bytes among itself.
Q_SEQUELIZE_EXPORT int compare(QByteArrayView a, QByteArrayView b);
// The exact sum of two decimal numbers (an exponent is accepted), in plain digits; nullopt
// when either is no decimal number.
Q_SEQUELIZE_EXPORT std::optional<QByteArray> add(QByteArrayView a, QByteArrayView b);
// Registers the collation and the functions on a sqlite3 connection (of the library
// SqliteLibrary found). False when the library or its functions could not be found.
bool registerOn(void *db);

} // namespace QtSequelize::SqliteDecimal

#endif // QTSEQUELIZE_SQLITEDECIMAL_P_H
