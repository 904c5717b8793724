// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "sqlitedecimal_p.h"
#include "sqlitedialect_p.h"
#include "sqlitelibrary_p.h"

#include "../../sql/coercion_p.h"

#include <QtCore/qglobal.h>

namespace QtSequelize::SqliteDecimal {

namespace {

// A decimal number: digits × 10^-scale, the digits without leading zeros ("" is zero) and the
// fraction without trailing zeros.
struct Number
{
    bool negative = false;
    QByteArray digits;
    qsizetype scale = 0;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The exponent of "1.5e-3" (at most 1000 either way: past that no stored number is meant).
bool parseExponent(QByteArrayView text, qsizetype &i, qsizetype *exponent)
{
    if (i == text.size() || (text[i] != 'e' && text[i] != 'E'))
        return true;
    ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    const qsizetype start = i;
    qsizetype value = 0;
    for (; i < text.size() && isDigit(text[i]); ++i) {
        value = value * 10 + (text[i] - '0');
        if (value > 1000)
            return false;
    }
    *exponent = negative ? -value : value;
    return i > start;
}

std::optional<Number> parse(QByteArrayView text)
{
    text = text.trimmed();
    Number n;
    qsizetype i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        n.negative = text[i++] == '-';
    bool anyDigit = false;
    bool point = false;
    qsizetype fraction = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (isDigit(c)) {
            anyDigit = true;
            if (!n.digits.isEmpty() || c != '0')
                n.digits += c;
            if (point)
                ++fraction;
        } else if (c == '.' && !point) {
            point = true;
        } else {
            break;
        }
    }
    qsizetype exponent = 0;
    if (!anyDigit || !parseExponent(text, i, &exponent) || i != text.size())
        return std::nullopt;
    n.scale = fraction - exponent;
    if (n.scale < 0) {
        if (!n.digits.isEmpty())
            n.digits.append(QByteArray(-n.scale, '0'));
        n.scale = 0;
    }
    while (n.scale > 0 && n.digits.endsWith('0')) {
        n.digits.chop(1);
        --n.scale;
    }
    if (n.digits.isEmpty()) {
        n.negative = false;
        n.scale = 0;
    }
    return n;
}

int compareMagnitude(const Number &a, const Number &b)
{
    if (a.digits.isEmpty() || b.digits.isEmpty())
        return int(!a.digits.isEmpty()) - int(!b.digits.isEmpty());
    const qsizetype leadA = a.digits.size() - a.scale;
    const qsizetype leadB = b.digits.size() - b.scale;
    if (leadA != leadB)
        return leadA < leadB ? -1 : 1;
    const qsizetype length = qMax(a.digits.size(), b.digits.size());
    for (qsizetype i = 0; i < length; ++i) {
        const char ca = i < a.digits.size() ? a.digits.at(i) : '0';
        const char cb = i < b.digits.size() ? b.digits.at(i) : '0';
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return 0;
}

// Unsigned integers in digits, without leading zeros.
int compareIntegers(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = qstrcmp(a, b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

QByteArray addIntegers(const QByteArray &a, const QByteArray &b)
{
    QByteArray sum(qMax(a.size(), b.size()) + 1, '0');
    int carry = 0;
    for (qsizetype i = 0; i < sum.size(); ++i) {
        const int da = i < a.size() ? a.at(a.size() - 1 - i) - '0' : 0;
        const int db = i < b.size() ? b.at(b.size() - 1 - i) - '0' : 0;
        const int d = da + db + carry;
        sum[sum.size() - 1 - i] = char('0' + d % 10);
        carry = d / 10;
    }
    return sum;
}

// a - b for a >= b.
QByteArray subtractIntegers(const QByteArray &a, const QByteArray &b)
{
    QByteArray difference(a.size(), '0');
    int borrow = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        int d = (a.at(a.size() - 1 - i) - '0') - borrow
            - (i < b.size() ? b.at(b.size() - 1 - i) - '0' : 0);
        borrow = d < 0;
        if (d < 0)
            d += 10;
        difference[difference.size() - 1 - i] = char('0' + d);
    }
    return difference;
}

} // namespace

int compare(QByteArrayView a, QByteArrayView b)
{
    const std::optional<Number> x = parse(a);
    const std::optional<Number> y = parse(b);
    if (!x || !y) {
        if (x || y)
            return x ? -1 : 1;
        const int c = a.compare(b);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (x->negative != y->negative)
        return x->negative ? -1 : 1;
    const int magnitude = compareMagnitude(*x, *y);
    return x->negative ? -magnitude : magnitude;
}

std::optional<QByteArray> add(QByteArrayView a, QByteArrayView b)
{
    const std::optional<Number> x = parse(a);
    const std::optional<Number> y = parse(b);
    if (!x || !y)
        return std::nullopt;
    const qsizetype scale = qMax(x->scale, y->scale);
    const QByteArray da = x->digits + QByteArray(x->digits.isEmpty() ? 0 : scale - x->scale, '0');
    const QByteArray db = y->digits + QByteArray(y->digits.isEmpty() ? 0 : scale - y->scale, '0');
    QByteArray digits;
    bool negative = x->negative;
    if (x->negative == y->negative) {
        digits = addIntegers(da, db);
    } else if (compareIntegers(da, db) >= 0) {
        digits = subtractIntegers(da, db);
    } else {
        digits = subtractIntegers(db, da);
        negative = y->negative;
    }
    qsizetype zeros = 0;
    while (zeros < digits.size() && digits.at(zeros) == '0')
        ++zeros;
    digits.remove(0, zeros);
    if (digits.isEmpty())
        negative = false;
    if (digits.size() <= scale)
        digits.prepend(QByteArray(scale + 1 - digits.size(), '0'));
    if (scale > 0)
        digits.insert(digits.size() - scale, '.');
    if (negative)
        digits.prepend('-');
    return digits;
}

namespace {

// The sqlite3 functions used, from the library QSQLITE loaded (no SQLite headers needed).
struct Api
{
    using Compare = int (*)(void *, int, const void *, int, const void *);
    using Function = void (*)(void *, int, void **);
    using Final = void (*)(void *);
    int (*createCollation)(void *, const char *, int, void *, Compare, void (*)(void *));
    int (*createFunction)(void *, const char *, int, int, void *, Function, Function, Final,
                          void (*)(void *));
    int (*valueType)(void *);
    const unsigned char *(*valueText)(void *);
    int (*valueBytes)(void *);
    void (*resultText)(void *, const char *, int, void (*)(void *));
    void (*resultNull)(void *);
    void (*resultError)(void *, const char *, int);
    void *(*aggregateContext)(void *, int);

    template<typename F> static bool resolve(F *function, const char *name)
    {
        *function = reinterpret_cast<F>(SqliteLibrary::function(name));
        return *function != nullptr;
    }
    bool resolved = resolve(&createCollation, "sqlite3_create_collation_v2")
        && resolve(&createFunction, "sqlite3_create_function_v2")
        && resolve(&valueType, "sqlite3_value_type") && resolve(&valueText, "sqlite3_value_text")
        && resolve(&valueBytes, "sqlite3_value_bytes")
        && resolve(&resultText, "sqlite3_result_text")
        && resolve(&resultNull, "sqlite3_result_null")
        && resolve(&resultError, "sqlite3_result_error")
        && resolve(&aggregateContext, "sqlite3_aggregate_context");
};

const Api &api()
{
    static const Api instance{};
    return instance;
}

constexpr int Utf8 = 1; // SQLITE_UTF8
constexpr int Deterministic = 0x800; // SQLITE_DETERMINISTIC
constexpr int Null = 5; // SQLITE_NULL
const auto Transient = reinterpret_cast<void (*)(void *)>(-1); // SQLITE_TRANSIENT
constexpr char NotADecimal[] = "A stored value is not a decimal number";

QByteArrayView textOf(void *value)
{
    const char *text = reinterpret_cast<const char *>(api().valueText(value));
    return QByteArrayView(text, text ? api().valueBytes(value) : 0);
}

int collate(void *, int sizeA, const void *a, int sizeB, const void *b)
{
    return compare(QByteArrayView(static_cast<const char *>(a), sizeA),
                   QByteArrayView(static_cast<const char *>(b), sizeB));
}

void addFunction(void *context, int, void **arguments)
{
    if (api().valueType(arguments[0]) == Null || api().valueType(arguments[1]) == Null)
        return api().resultNull(context);
    const std::optional<QByteArray> sum = add(textOf(arguments[0]), textOf(arguments[1]));
    if (!sum)
        return api().resultError(context, NotADecimal, -1);
    api().resultText(context, sum->constData(), int(sum->size()), Transient);
}

// qsq_decimal_add_scaled(a, b, precision, scale): a + b stored in DECIMAL(precision, scale), as
// PostgreSQL stores it: rounded half away from zero to the scale, an error past the precision.
void addScaledFunction(void *context, int, void **arguments)
{
    if (api().valueType(arguments[0]) == Null || api().valueType(arguments[1]) == Null)
        return api().resultNull(context);
    const std::optional<QByteArray> sum = add(textOf(arguments[0]), textOf(arguments[1]));
    if (!sum)
        return api().resultError(context, NotADecimal, -1);
    const int precision = QByteArray(textOf(arguments[2]).toByteArray()).toInt();
    const int scale = QByteArray(textOf(arguments[3]).toByteArray()).toInt();
    const QString rounded = roundedDecimal(QString::fromLatin1(*sum), scale);
    if (overflowsDecimal(rounded, precision, scale))
        return api().resultError(context, "numeric field overflow: a sum past its DECIMAL", -1);
    const QByteArray text = rounded.toLatin1();
    api().resultText(context, text.constData(), int(text.size()), Transient);
}

void integerAddFunction(void *context, int, void **arguments)
{
    if (api().valueType(arguments[0]) == Null || api().valueType(arguments[1]) == Null)
        return api().resultNull(context);
    const std::optional<QByteArray> sum = add(textOf(arguments[0]), textOf(arguments[1]));
    if (!sum)
        return api().resultError(context, "A stored value or an amount is not a number", -1);
    if (compare(*sum, textOf(arguments[2])) < 0 || compare(*sum, textOf(arguments[3])) > 0)
        return api().resultError(context, "integer out of range: the sum is past the type", -1);
    api().resultText(context, sum->constData(), int(sum->size()), Transient);
}

// The running sum lives on the heap; the aggregate context holds its pointer.
void sumStep(void *context, int, void **arguments)
{
    if (api().valueType(arguments[0]) == Null)
        return;
    auto **running = static_cast<QByteArray **>(api().aggregateContext(context, sizeof(void *)));
    if (!running)
        return;
    if (!*running)
        *running = new QByteArray("0");
    const std::optional<QByteArray> sum = add(**running, textOf(arguments[0]));
    if (!sum)
        return api().resultError(context, NotADecimal, -1);
    **running = *sum;
}

void sumFinal(void *context)
{
    auto **running = static_cast<QByteArray **>(api().aggregateContext(context, 0));
    if (!running || !*running)
        return api().resultNull(context);
    api().resultText(context, (*running)->constData(), int((*running)->size()), Transient);
    delete *running;
    *running = nullptr;
}

} // namespace

bool registerOn(void *db)
{
    const Api &sqlite = api();
    if (!db || !sqlite.resolved)
        return false;
    return sqlite.createCollation(db, Collation, Utf8, nullptr, collate, nullptr) == 0
        && sqlite.createFunction(db, AddFunction, 2, Utf8 | Deterministic, nullptr, addFunction,
                                 nullptr, nullptr, nullptr)
        == 0
        && sqlite.createFunction(db, AddScaledFunction, 4, Utf8 | Deterministic, nullptr,
                                 addScaledFunction, nullptr, nullptr, nullptr)
        == 0
        && sqlite.createFunction(db, IntegerAddFunction, 4, Utf8 | Deterministic, nullptr,
                                 integerAddFunction, nullptr, nullptr, nullptr)
        == 0
        && sqlite.createFunction(db, SumFunction, 1, Utf8 | Deterministic, nullptr, nullptr,
                                 sumStep, sumFinal, nullptr)
        == 0;
}

} // namespace QtSequelize::SqliteDecimal

namespace QtSequelize {

QString SqliteDialect::comparedColumn(const QString &column, const DataType &type) const
{
    if (!SqliteDecimal::isText(type))
        return column;
    return column + QLatin1StringView(" COLLATE ") + QLatin1StringView(SqliteDecimal::Collation);
}

QString SqliteDialect::incremented(const QString &column, const QString &amount,
                                   const DataType &type) const
{
    if (type.kind() == DataType::Decimal && type.precision() > 0 && type.scale() >= 0)
        // Rounded and bounded as the column would store it on PostgreSQL (a REAL sum kept
        // 1.005 where PostgreSQL keeps 1.01).
        return QLatin1StringView(SqliteDecimal::AddScaledFunction) + QLatin1Char('(') + column
            + QLatin1StringView(", ") + amount
            + QStringLiteral(", %1, %2)").arg(type.precision()).arg(type.scale());
    switch (type.kind()) {
    case DataType::TinyInt:
    case DataType::SmallInt:
    case DataType::MediumInt:
    case DataType::Integer:
    case DataType::BigInt: {
        const IntegerRange range = integerRange(type);
        return QLatin1StringView(SqliteDecimal::IntegerAddFunction) + QLatin1Char('(') + column
            + QLatin1StringView(", ") + amount
            + QStringLiteral(", '%1', '%2')").arg(range.min).arg(range.max);
    }
    default:
        break;
    }
    if (!SqliteDecimal::isText(type))
        return Dialect::incremented(column, amount, type);
    return QLatin1StringView(SqliteDecimal::AddFunction) + QLatin1Char('(') + column
        + QLatin1StringView(", ") + amount + QLatin1Char(')');
}

QString SqliteDialect::aggregated(const QString &function, const QString &argument,
                                  const DataType &type) const
{
    if (SqliteDecimal::isText(type)) {
        if (function.compare(QLatin1StringView("SUM"), Qt::CaseInsensitive) == 0)
            return QLatin1StringView(SqliteDecimal::SumFunction) + QLatin1Char('(') + argument
                + QLatin1Char(')');
        if (function.compare(QLatin1StringView("MAX"), Qt::CaseInsensitive) == 0
            || function.compare(QLatin1StringView("MIN"), Qt::CaseInsensitive) == 0)
            return Dialect::aggregated(function, comparedColumn(argument, type), type);
    }
    return Dialect::aggregated(function, argument, type);
}

} // namespace QtSequelize
