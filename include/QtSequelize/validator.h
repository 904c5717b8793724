// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_VALIDATOR_H
#define QTSEQUELIZE_VALIDATOR_H

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qvariant.h>

namespace QtSequelize {

class ValidatorData;

class Q_SEQUELIZE_EXPORT Validator
{
public:
    Validator(const Validator &other);
    Validator &operator=(const Validator &other);
    Validator(Validator &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(Validator)
    void swap(Validator &other) noexcept { d.swap(other.d); }
    ~Validator();

    static Validator len(int min, int max = -1);
    static Validator notEmpty();
    // Sequelize's isNull, which maps to validator.js isEmpty: only the empty string (or no
    // value: validators do not run on NULL).
    static Validator isNull();
    static Validator isEmail();
    static Validator isUrl();
    static Validator isIP();
    static Validator isIPv4();
    static Validator isIPv6();
    static Validator isAlpha();
    static Validator isAlphanumeric();
    static Validator isNumeric();
    static Validator isInt();
    static Validator isFloat();
    static Validator isDecimal();
    static Validator isLowercase();
    static Validator isUppercase();
    static Validator isUUID();
    // Sequelize's isUUID: 4 — a UUID of that version (1 to 8), with the RFC variant.
    static Validator isUUID(int version);
    static Validator isDate();
    static Validator isCreditCard();
    static Validator equals(const QVariant &value);
    static Validator contains(const QString &text);
    static Validator notContains(const QString &text);
    static Validator isIn(const QVariantList &values);
    static Validator notIn(const QVariantList &values);
    static Validator isAfter(const QDateTime &moment);
    static Validator isBefore(const QDateTime &moment);
    static Validator min(double minimum);
    static Validator max(double maximum);
    static Validator is(const QRegularExpression &pattern);
    static Validator notMatching(const QRegularExpression &pattern); // Sequelize's `not`

    // A custom validator (Sequelize's validate: {key(value) {...}}): \a check returns false to
    // reject the value and may set *message (else "Validation <key> on <attribute> failed").
    using CustomCheck = bool (*)(const QVariant &value, QString *message);
    static Validator custom(const QString &key, CustomCheck check);

    // A custom message instead of "Validation <key> on <attribute> failed".
    Validator &message(const QString &text);

    QString key() const;
    // Whether this is a custom() validator: those run for null values too (built-ins do not).
    bool isCustom() const;
    QString customMessage() const;
    // Whether a (non-null) value passes; a custom check may set *message.
    bool accepts(const QVariant &value, QString *message = nullptr) const;

private:
    explicit Validator(const QString &key);
    // The validator \a key checking against \a argument (equals, isIn, min, ...).
    static Validator withArgument(const QString &key, const QVariant &argument);
    QSharedDataPointer<ValidatorData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::Validator)

#endif // QTSEQUELIZE_VALIDATOR_H
