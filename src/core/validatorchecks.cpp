// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The string checks of validator.js 13 that Sequelize v6's built-in validators call, written
// after its documented rules so that a value passes here exactly when it passes in Sequelize
// (user.@example.com is no e-mail there, "01" is an integer, "1.5" numeric, a URL needs no
// protocol but a host with a top-level domain).

#include "validatorchecks_p.h"

#include <QtCore/qregularexpression.h>
#include <QtCore/qstringlist.h>

#include <cmath>
#include <limits>

namespace QtSequelize::ValidatorChecks {

namespace {
// JavaScript's /…/i and \s: case-insensitive, Unicode white space.
QRegularExpression jsRegex(const QString &pattern, bool caseInsensitive = true)
{
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, options);
}
bool test(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}
// The characters past ASCII that validator.js lets into names and local parts.
#define QSQ_UTF8_RANGES R"(\x{A0}-\x{D7FF}\x{F900}-\x{FDCF}\x{FDF0}-\x{FFEF})"
} // namespace

bool isFqdn(const QString &text)
{
    // require_tld, no underscores, no trailing dot, no numeric top-level domain.
    static const QRegularExpression tldPattern = jsRegex(QStringLiteral(
        R"(^([a-z\x{A1}-\x{A8}\x{AA}-\x{D7FF}\x{F900}-\x{FDCF}\x{FDF0}-\x{FFEF}]{2,}|xn[a-z0-9-]{2,})$)"));
    static const QRegularExpression partPattern
        = jsRegex(QStringLiteral(R"(^[a-z_\x{A1}-\x{10FFFF}0-9-]+$)"));
    static const QRegularExpression fullWidth = jsRegex(QStringLiteral(R"([\x{FF01}-\x{FF5E}])"));
    const QStringList parts = text.split(QLatin1Char('.'));
    const QString &tld = parts.constLast();
    if (parts.size() < 2 || !test(tldPattern, tld))
        return false;
    for (const QString &part : parts) {
        if (part.size() > 63 || !test(partPattern, part) || test(fullWidth, part)
            || part.startsWith(QLatin1Char('-')) || part.endsWith(QLatin1Char('-'))
            || part.contains(QLatin1Char('_')))
            return false;
    }
    return true;
}

bool isEmail(const QString &text)
{
    static const QRegularExpression userPart
        = jsRegex(QStringLiteral(R"(^[a-z\d!#\$%&'\*\+\-\/=\?\^_`{\|}~)" QSQ_UTF8_RANGES "]+$"));
    static const QRegularExpression quotedUser = jsRegex(QStringLiteral(
        R"(^([\s\x01-\x08\x0b\x0c\x0e-\x1f\x7f\x21\x23-\x5b\x5d-\x7e)" QSQ_UTF8_RANGES
        R"(]|(\\[\x01-\x09\x0b\x0c\x0d-\x7f)" QSQ_UTF8_RANGES "]))*$"));
    if (text.size() > 254)
        return false;
    QStringList parts = text.split(QLatin1Char('@'));
    const QString domain = parts.takeLast();
    QString user = parts.join(QLatin1Char('@'));
    if (user.toUtf8().size() > 64 || domain.toUtf8().size() > 254 || !isFqdn(domain))
        return false;
    // Quoted only when it ends with the quote too (validator 13.15: "abc@x.com is no address).
    if (user.size() >= 2 && user.startsWith(QLatin1Char('"')) && user.endsWith(QLatin1Char('"')))
        return test(quotedUser, user.mid(1, user.size() - 2));
    const QStringList userParts = user.split(QLatin1Char('.'));
    for (const QString &part : userParts) {
        if (!test(userPart, part))
            return false;
    }
    return true;
}

bool isIPv4(const QString &text)
{
    static const QRegularExpression ipv4
        = jsRegex(QStringLiteral(R"(^((?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])[.]){3})"
                                 R"((?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])$)"));
    return test(ipv4, text);
}

bool isIPv6(const QString &text)
{
    static const QRegularExpression ipv6 = [] {
        const QString s = QStringLiteral("(?:[0-9a-fA-F]{1,4})");
        const QString v4
            = QStringLiteral("((?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])[.]){3}"
                             "(?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-4][0-9]|25[0-5])");
        const QString pattern = QStringLiteral("^(") + QStringLiteral("(?:%1:){7}(?:%1|:)|").arg(s)
            + QStringLiteral("(?:%1:){6}(?:%2|:%1|:)|").arg(s, v4)
            + QStringLiteral("(?:%1:){5}(?::%2|(:%1){1,2}|:)|").arg(s, v4)
            + QStringLiteral("(?:%1:){4}(?:(:%1){0,1}:%2|(:%1){1,3}|:)|").arg(s, v4)
            + QStringLiteral("(?:%1:){3}(?:(:%1){0,2}:%2|(:%1){1,4}|:)|").arg(s, v4)
            + QStringLiteral("(?:%1:){2}(?:(:%1){0,3}:%2|(:%1){1,5}|:)|").arg(s, v4)
            + QStringLiteral("(?:%1:){1}(?:(:%1){0,4}:%2|(:%1){1,6}|:)|").arg(s, v4)
            + QStringLiteral("(?::((?::%1){0,5}:%2|(?::%1){1,7}|:))").arg(s, v4)
            + QStringLiteral(")(%[0-9a-zA-Z.]{1,})?$");
        return jsRegex(pattern, false);
    }();
    return test(ipv6, text);
}

// isURL with Sequelize's call (validator's defaults): http, https or ftp when a protocol is
// given, a host that is an IP address or a name with a top-level domain, a port 1-65535.
bool isUrl(const QString &given)
{
    static const QRegularExpression forbidden = jsRegex(QStringLiteral(R"([\s<>])"));
    static const QRegularExpression protocolPattern
        = jsRegex(QStringLiteral(R"(^([a-z][a-z0-9+\-.]*):)"));
    static const QRegularExpression authPattern
        = jsRegex(QStringLiteral(R"(^[a-zA-Z0-9\-_.%:]*$)"), false);
    static const QRegularExpression encoded = jsRegex(QStringLiteral("%[0-9a-fA-F]{2}"), false);
    static const QRegularExpression wrappedIPv6
        = jsRegex(QStringLiteral(R"(^\[([^\]]+)\](?::([0-9]+))?$)"), false);
    if (given.isEmpty() || test(forbidden, given) || given.startsWith(QLatin1String("mailto:"))
        || given.size() > 2084)
        return false;
    QString url = given.section(QLatin1Char('#'), 0, 0).section(QLatin1Char('?'), 0, 0);
    bool explicitProtocol = false;
    if (const QRegularExpressionMatch m = protocolPattern.match(url); m.hasMatch()) {
        const QString afterColon = url.mid(m.capturedLength());
        bool isProtocol = afterColon.startsWith(QLatin1String("//"));
        if (!isProtocol) {
            // "user:password@host" and "host:port" are no protocols.
            const QString beforeSlash = afterColon.section(QLatin1Char('/'), 0, 0);
            const qsizetype at = beforeSlash.indexOf(QLatin1Char('@'));
            if (at >= 0) {
                const QString beforeAt = beforeSlash.left(at);
                isProtocol = !test(authPattern, beforeAt) || test(encoded, beforeAt);
            } else {
                isProtocol = afterColon.isEmpty() || !afterColon.at(0).isDigit()
                    || afterColon.at(0).unicode() > 127;
            }
        }
        if (isProtocol) {
            explicitProtocol = true;
            const QString protocol = m.captured(1).toLower();
            if (protocol != QLatin1String("http") && protocol != QLatin1String("https")
                && protocol != QLatin1String("ftp"))
                return false;
            url = afterColon;
        }
    }
    if (url.startsWith(QLatin1String("//"))) {
        if (!explicitProtocol)
            return false;
        url = url.mid(2);
    }
    if (url.isEmpty())
        return false;
    const QString authority = url.section(QLatin1Char('/'), 0, 0);
    QStringList split = authority.split(QLatin1Char('@'));
    if (split.size() > 1) {
        if (split.first().isEmpty())
            return false;
        const QString auth = split.takeFirst();
        const QStringList credentials = auth.split(QLatin1Char(':'));
        if (credentials.size() > 2)
            return false;
        if (credentials.value(0).isEmpty() && credentials.size() > 1 && credentials.at(1).isEmpty())
            return false;
    }
    const QString hostname = split.join(QLatin1Char('@'));
    QString host;
    QString ipv6;
    QString port;
    bool hasPort = false;
    if (const QRegularExpressionMatch m = wrappedIPv6.match(hostname); m.hasMatch()) {
        ipv6 = m.captured(1);
        port = m.captured(2);
        hasPort = m.hasCaptured(2);
    } else {
        host = hostname.section(QLatin1Char(':'), 0, 0);
        hasPort = hostname.contains(QLatin1Char(':'));
        port = hostname.section(QLatin1Char(':'), 1);
    }
    if (hasPort && !port.isEmpty()) {
        static const QRegularExpression digits = jsRegex(QStringLiteral("^[0-9]+$"), false);
        bool ok = false;
        const qlonglong number = port.toLongLong(&ok);
        if (!test(digits, port) || !ok || number <= 0 || number > 65535)
            return false;
    }
    return isIPv4(host) || isIPv6(host) || isFqdn(host) || (!ipv6.isEmpty() && isIPv6(ipv6));
}

bool isUuid(const QString &text, int version)
{
    static const QRegularExpression uuid = jsRegex(QStringLiteral(
        "^(?:[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|"
        "00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$"));
    if (version == 0)
        return test(uuid, text);
    // validator.js's isUUID(str, n): that version digit, and the RFC variant (8, 9, a or b).
    static const QRegularExpression versioned = jsRegex(QStringLiteral(
        "^[0-9a-f]{8}-[0-9a-f]{4}-([1-8])[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QRegularExpressionMatch match = versioned.match(text);
    return match.hasMatch() && match.captured(1).toInt() == version;
}

bool isCreditCard(const QString &text)
{
    // validator.js's card patterns, mastercard's unanchored alternative included.
    static const QList<QRegularExpression> cards{
        jsRegex(QStringLiteral("^3[47][0-9]{13}$"), false),
        jsRegex(QStringLiteral("^3(?:0[0-5]|[68][0-9])[0-9]{11}$"), false),
        jsRegex(QStringLiteral("^6(?:011|5[0-9][0-9])[0-9]{12,15}$"), false),
        jsRegex(QStringLiteral(R"(^(?:2131|1800|35\d{3})\d{11}$)"), false),
        jsRegex(QStringLiteral("^5[1-5][0-9]{2}|(222[1-9]|22[3-9][0-9]|2[3-6][0-9]{2}|27[01][0-9]|"
                               "2720)[0-9]{12}$"),
                false),
        jsRegex(QStringLiteral("^(6[27][0-9]{14}|^(81[0-9]{14,17}))$"), false),
        jsRegex(QStringLiteral("^(?:4[0-9]{12})(?:[0-9]{3,6})?$"), false),
    };
    static const QRegularExpression separators = jsRegex(QStringLiteral("[- ]+"), false);
    QString sanitized = text;
    sanitized.remove(separators);
    if (!std::any_of(cards.cbegin(), cards.cend(),
                     [&](const QRegularExpression &card) { return test(card, sanitized); }))
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = sanitized.size() - 1; i >= 0; --i) {
        int digit = sanitized.at(i).digitValue();
        if (digit < 0)
            return false; // parseInt of a non-digit: NaN, never a multiple of 10
        if (doubled) {
            digit *= 2;
            if (digit >= 10)
                digit = digit % 10 + 1;
        }
        sum += digit;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

qsizetype length(const QString &text)
{
    static const QRegularExpression presentation
        = jsRegex(QStringLiteral(R"([^\x{FE0F}\x{FE0E}][\x{FE0F}\x{FE0E}])"), false);
    qsizetype sequences = 0;
    for (auto it = presentation.globalMatch(text); it.hasNext(); it.next())
        ++sequences;
    return text.toUcs4().size() - sequences;
}

double parseFloat(const QString &text)
{
    static const QRegularExpression number
        = jsRegex(QStringLiteral(R"(^[+-]?(Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?))"), false);
    const QRegularExpressionMatch m = number.match(text.trimmed());
    if (!m.hasMatch())
        return std::numeric_limits<double>::quiet_NaN();
    const QString found = m.captured(0);
    if (found.endsWith(QLatin1String("Infinity")))
        return found.startsWith(QLatin1Char('-')) ? -qInf() : qInf();
    return found.toDouble();
}

#undef QSQ_UTF8_RANGES

} // namespace QtSequelize::ValidatorChecks
