// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/validator.h>

#include <QtSequelize/errors.h>

#include <QtCore/qregularexpression.h>

#include <cmath>

#include "../sql/coercion_p.h"
#include "validatorchecks_p.h"

namespace QtSequelize {

/*!
    \class QtSequelize::Validator
    \inmodule QtSequelize
    \brief One of Sequelize's built-in attribute validators (its \c validate object).

    \code
    {"name", Attribute(DataTypes::String()).validate(Validator::len(2, 10))
                                           .validate(Validator::isEmail().message("not a mail"))}
    \endcode
    Validators run before create/save (SaveOptions::validate(false) skips them) and before
    bulkCreate with BulkCreateOptions::validate(). A null value is checked only against
    allowNull, as in Sequelize. A failure throws ValidationError whose items carry message,
    type, path, value and validatorKey.
*/

class ValidatorData : public QSharedData
{
public:
    QString key;
    QString message;
    QVariant a;
    QVariant b;
    QRegularExpression pattern;
    Validator::CustomCheck custom = nullptr;
};

Validator::Validator(const QString &key)
    : d(new ValidatorData)
{
    d->key = key;
}
Validator::Validator(const Validator &other) = default;
Validator::Validator(Validator &&other) noexcept = default;
Validator &Validator::operator=(const Validator &other) = default;
Validator::~Validator() = default;

#define QSQ_SIMPLE_VALIDATOR(name)                                                                 \
    Validator Validator::name()                                                                    \
    {                                                                                              \
        return Validator(QStringLiteral(#name));                                                   \
    }
QSQ_SIMPLE_VALIDATOR(notEmpty)
QSQ_SIMPLE_VALIDATOR(isNull)
QSQ_SIMPLE_VALIDATOR(isEmail)
QSQ_SIMPLE_VALIDATOR(isUrl)
QSQ_SIMPLE_VALIDATOR(isIP)
QSQ_SIMPLE_VALIDATOR(isIPv4)
QSQ_SIMPLE_VALIDATOR(isIPv6)
QSQ_SIMPLE_VALIDATOR(isAlpha)
QSQ_SIMPLE_VALIDATOR(isAlphanumeric)
QSQ_SIMPLE_VALIDATOR(isNumeric)
QSQ_SIMPLE_VALIDATOR(isInt)
QSQ_SIMPLE_VALIDATOR(isFloat)
QSQ_SIMPLE_VALIDATOR(isDecimal)
QSQ_SIMPLE_VALIDATOR(isLowercase)
QSQ_SIMPLE_VALIDATOR(isUppercase)
QSQ_SIMPLE_VALIDATOR(isUUID)
QSQ_SIMPLE_VALIDATOR(isDate)
QSQ_SIMPLE_VALIDATOR(isCreditCard)
#undef QSQ_SIMPLE_VALIDATOR

Validator Validator::withArgument(const QString &key, const QVariant &argument)
{
    Validator v(key);
    v.d->a = argument;
    return v;
}

Validator Validator::isUUID(int version)
{
    if (version < 1 || version > 8)
        throw DefinitionError(QStringLiteral("isUUID takes a version from 1 to 8"));
    return withArgument(QStringLiteral("isUUID"), version);
}

Validator Validator::len(int min, int max)
{
    Validator v(QStringLiteral("len"));
    v.d->a = min;
    v.d->b = max;
    return v;
}
Validator Validator::equals(const QVariant &value)
{
    return withArgument(QStringLiteral("equals"), value);
}
Validator Validator::contains(const QString &text)
{
    return withArgument(QStringLiteral("contains"), text);
}
Validator Validator::notContains(const QString &text)
{
    return withArgument(QStringLiteral("notContains"), text);
}
Validator Validator::isIn(const QVariantList &values)
{
    return withArgument(QStringLiteral("isIn"), values);
}
Validator Validator::notIn(const QVariantList &values)
{
    return withArgument(QStringLiteral("notIn"), values);
}
Validator Validator::isAfter(const QDateTime &moment)
{
    return withArgument(QStringLiteral("isAfter"), moment);
}
Validator Validator::isBefore(const QDateTime &moment)
{
    return withArgument(QStringLiteral("isBefore"), moment);
}
Validator Validator::min(double minimum)
{
    return withArgument(QStringLiteral("min"), minimum);
}
Validator Validator::max(double maximum)
{
    return withArgument(QStringLiteral("max"), maximum);
}
Validator Validator::is(const QRegularExpression &pattern)
{
    Validator v(QStringLiteral("is"));
    v.d->pattern = pattern;
    return v;
}
Validator Validator::notMatching(const QRegularExpression &pattern)
{
    Validator v(QStringLiteral("not"));
    v.d->pattern = pattern;
    return v;
}

Validator Validator::custom(const QString &key, CustomCheck check)
{
    Validator v(key);
    v.d->custom = check;
    return v;
}

Validator &Validator::message(const QString &text)
{
    d->message = text;
    return *this;
}

QString Validator::key() const
{
    return d->key;
}

bool Validator::isCustom() const
{
    return d->custom != nullptr;
}

QString Validator::customMessage() const
{
    return d->message;
}

static bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

bool Validator::accepts(const QVariant &value, QString *message) const
{
    if (d->custom)
        return d->custom(value, message);
    // Sequelize checks String(value) with validator.js (ValidatorChecks) or its own rules.
    const QString text = value.toString();
    const QString &k = d->key;
    if (k == QLatin1String("len")) {
        const qsizetype length = value.metaType().id() == QMetaType::QByteArray
            ? value.toByteArray().size()
            : ValidatorChecks::length(text);
        const int maxLength = d->b.toInt();
        return length >= d->a.toInt() && (maxLength < 0 || length <= maxLength);
    }
    if (k == QLatin1String("notEmpty"))
        return !text.trimmed().isEmpty();
    if (k == QLatin1String("isNull"))
        return text.isEmpty();
    if (k == QLatin1String("isEmail"))
        return ValidatorChecks::isEmail(text);
    if (k == QLatin1String("isUrl"))
        return ValidatorChecks::isUrl(text);
    if (k == QLatin1String("isIPv4"))
        return ValidatorChecks::isIPv4(text);
    if (k == QLatin1String("isIPv6"))
        return ValidatorChecks::isIPv6(text);
    if (k == QLatin1String("isIP"))
        return ValidatorChecks::isIPv4(text) || ValidatorChecks::isIPv6(text);
    if (k == QLatin1String("isAlpha"))
        return matches(QStringLiteral("^[A-Za-z]+$"), text);
    if (k == QLatin1String("isAlphanumeric"))
        return matches(QStringLiteral("^[A-Za-z0-9]+$"), text);
    if (k == QLatin1String("isNumeric"))
        return matches(QStringLiteral(R"(^[+-]?([0-9]*[.])?[0-9]+$)"), text);
    if (k == QLatin1String("isInt")) // leading zeroes allowed, as validator.js's default
        return matches(QStringLiteral(R"(^[-+]?[0-9]+$)"), text);
    if (k == QLatin1String("isFloat"))
        return text != QLatin1String(".") && text != QLatin1String(",")
            && text != QLatin1String("-") && text != QLatin1String("+")
            && matches(QStringLiteral(
                           R"(^(?:[-+])?(?:[0-9]+)?(?:\.[0-9]*)?(?:[eE][\+\-]?(?:[0-9]+))?$)"),
                       text)
            && !text.isEmpty();
    if (k == QLatin1String("isDecimal")) // Sequelize's own rule: no +, no bare -
        return !text.isEmpty()
            && matches(
                QStringLiteral(R"(^(?:-?(?:[0-9]+))?(?:\.[0-9]*)?(?:[eE][+-]?(?:[0-9]+))?$)"),
                text);
    if (k == QLatin1String("isLowercase"))
        return text == text.toLower();
    if (k == QLatin1String("isUppercase"))
        return text == text.toUpper();
    if (k == QLatin1String("isUUID"))
        return ValidatorChecks::isUuid(text, d->a.isValid() ? d->a.toInt() : 0);
    if (k == QLatin1String("isDate"))
        return value.metaType().id() == QMetaType::QDateTime
            || value.metaType().id() == QMetaType::QDate || parseDateTime(text).isValid();
    if (k == QLatin1String("isCreditCard"))
        return ValidatorChecks::isCreditCard(text);
    if (k == QLatin1String("equals"))
        return text == d->a.toString();
    if (k == QLatin1String("contains") || k == QLatin1String("notContains")) {
        const QString part = d->a.toString(); // an empty one is contained nowhere
        return (!part.isEmpty() && text.contains(part)) == (k == QLatin1String("contains"));
    }
    if (k == QLatin1String("isIn") || k == QLatin1String("notIn")) {
        bool found = false;
        for (const QVariant &candidate : d->a.toList())
            found = found || candidate.toString() == text;
        return k == QLatin1String("isIn") ? found : !found;
    }
    if (k == QLatin1String("isAfter") || k == QLatin1String("isBefore")) {
        const QDateTime moment = value.metaType().id() == QMetaType::QDateTime
            ? value.toDateTime()
            : parseDateTime(text);
        if (!moment.isValid())
            return false;
        return k == QLatin1String("isAfter") ? moment > d->a.toDateTime()
                                             : moment < d->a.toDateTime();
    }
    if (k == QLatin1String("min") || k == QLatin1String("max")) {
        // Sequelize's: parseFloat of the text, and what is no number passes ("10 kg" is 10).
        const double number = ValidatorChecks::parseFloat(text);
        if (std::isnan(number))
            return true;
        return k == QLatin1String("min") ? number >= d->a.toDouble() : number <= d->a.toDouble();
    }
    if (k == QLatin1String("is"))
        return d->pattern.match(text).hasMatch();
    if (k == QLatin1String("not"))
        return !d->pattern.match(text).hasMatch();
    return true;
}

} // namespace QtSequelize
