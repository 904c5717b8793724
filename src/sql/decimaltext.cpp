// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// DECIMAL values as exact text: parsed, rounded to a scale, written plainly (no exponent), and
// checked against a precision. A double would round them.

#include "coercion_p.h"

#include <QtCore/qregularexpression.h>

#include <algorithm>

namespace QtSequelize {

QString formatDecimal(const QString &digits, int scale)
{
    if (scale < 0)
        return digits;
    QString text = digits;
    qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        if (scale == 0)
            return text;
        return text + QLatin1Char('.') + QString(scale, QLatin1Char('0'));
    }
    const qsizetype decimals = text.size() - dot - 1;
    if (decimals < scale)
        text += QString(scale - decimals, QLatin1Char('0'));
    return text;
}

std::optional<PlainDecimal> plainDecimal(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?\s*$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || (m.captured(2).isEmpty() && m.captured(3).isEmpty()))
        return std::nullopt;
    const int exponent = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    if (exponent > 1000 || exponent < -1000)
        return std::nullopt;
    QString digits = m.captured(2) + m.captured(3);
    qsizetype point = m.captured(2).size() + exponent; // integer digits
    if (point < 0) {
        digits.prepend(QString(-point, QLatin1Char('0')));
        point = 0;
    }
    if (point > digits.size())
        digits.append(QString(point - digits.size(), QLatin1Char('0')));
    PlainDecimal d;
    d.integer = digits.left(point);
    d.fraction = digits.mid(point);
    while (d.integer.startsWith(QLatin1Char('0')))
        d.integer.remove(0, 1);
    while (d.fraction.endsWith(QLatin1Char('0')))
        d.fraction.chop(1);
    d.negative = m.captured(1) == QLatin1String("-") && !(d.integer + d.fraction).isEmpty();
    return d;
}

QString plainDecimalText(const QString &text)
{
    const std::optional<PlainDecimal> d = plainDecimal(text);
    if (!d)
        return text;
    QString out = (d->negative ? QStringLiteral("-") : QString())
        + (d->integer.isEmpty() ? QStringLiteral("0") : d->integer);
    if (!d->fraction.isEmpty())
        out += QLatin1Char('.') + d->fraction;
    return out;
}

bool overflowsDecimal(const QString &text, int precision, int scale)
{
    if (precision <= 0 || scale < 0)
        return false;
    const std::optional<PlainDecimal> d = plainDecimal(roundedDecimal(text, scale));
    return d && d->integer.size() > precision - scale;
}

QString roundedDecimal(const QString &text, int scale)
{
    const std::optional<PlainDecimal> d = plainDecimal(text);
    if (!d || scale < 0)
        return text;
    QString digits = d->integer + d->fraction.leftJustified(scale, QLatin1Char('0'), true);
    if (d->fraction.size() > scale && d->fraction.at(scale) >= QLatin1Char('5')) {
        qsizetype i = digits.size() - 1;
        for (; i >= 0 && digits.at(i) == QLatin1Char('9'); --i)
            digits[i] = QLatin1Char('0');
        if (i >= 0)
            digits[i] = QChar(digits.at(i).unicode() + 1);
        else
            digits.prepend(QLatin1Char('1'));
    }
    QString integer = digits.left(digits.size() - scale);
    while (integer.startsWith(QLatin1Char('0')))
        integer.remove(0, 1);
    const QString fraction = digits.right(scale);
    const bool zero = integer.isEmpty()
        && std::all_of(fraction.cbegin(), fraction.cend(),
                       [](QChar c) { return c == QLatin1Char('0'); });
    QString out = (d->negative && !zero ? QStringLiteral("-") : QString())
        + (integer.isEmpty() ? QStringLiteral("0") : integer);
    if (scale > 0)
        out += QLatin1Char('.') + fraction;
    return out;
}

} // namespace QtSequelize
