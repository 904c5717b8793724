// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/errors.h>
#include <QtSequelize/retryoptions.h>

#include <QtCore/qlist.h>

#include <cmath>
#include <optional>

namespace QtSequelize {

class RetryOptionsData : public QSharedData
{
public:
    std::optional<int> max;
    std::optional<QList<std::function<bool(const BaseError &)>>> match;
    std::optional<double> backoffBase;
    std::optional<double> backoffExponent;

    void addMatch(std::function<bool(const BaseError &)> predicate)
    {
        if (!match)
            match.emplace();
        match->append(std::move(predicate));
    }
};

/*!
    \class QtSequelize::RetryOptions
    \inmodule QtSequelize
    \brief Sequelize's \c retry option: how often a failed statement or managed transaction runs
    again, for which errors, and how long it waits in between.

    Given to SequelizeOptions::retry() for every statement, to FindOptions::retry() or
    QueryOptions::retry() for one call (what the call sets replaces the Sequelize's value, field
    by field), or to TransactionOptions::retry() for a managed transaction, whose whole callable
    then runs again in a new transaction.

    A statement is only retried outside a transaction: inside one, the database may have ended
    the transaction with the error (TransactionConflictError), so it is the transaction that
    must run again.

    \code
    RetryOptions().max(5).match<TransactionConflictError>().match<TimeoutError>()
    \endcode
*/

RetryOptions::RetryOptions()
    : d(new RetryOptionsData)
{
}

RetryOptions::RetryOptions(const RetryOptions &other) = default;
RetryOptions &RetryOptions::operator=(const RetryOptions &other) = default;
RetryOptions::RetryOptions(RetryOptions &&other) noexcept = default;
RetryOptions::~RetryOptions() = default;

RetryOptions &RetryOptions::max(int attempts)
{
    d->max = qMax(1, attempts);
    return *this;
}

static QString described(const BaseError &error)
{
    return error.name() + QStringLiteral(": ") + error.message();
}

RetryOptions &RetryOptions::match(const QRegularExpression &pattern)
{
    d->addMatch([pattern](const BaseError &error) {
        return pattern.match(error.message()).hasMatch()
            || pattern.match(described(error)).hasMatch();
    });
    return *this;
}

RetryOptions &RetryOptions::match(const QString &text)
{
    d->addMatch([text](const BaseError &error) {
        return error.message() == text || described(error) == text;
    });
    return *this;
}

RetryOptions &RetryOptions::matchIf(const std::function<bool(const BaseError &)> &predicate)
{
    if (predicate)
        d->addMatch(predicate);
    return *this;
}

RetryOptions &RetryOptions::backoffBase(int milliseconds)
{
    d->backoffBase = qMax(0, milliseconds);
    return *this;
}

RetryOptions &RetryOptions::backoffExponent(double exponent)
{
    d->backoffExponent = exponent;
    return *this;
}

int RetryOptions::maxAttempts() const
{
    return d->max.value_or(5);
}

bool RetryOptions::matches(const BaseError &error) const
{
    if (!d->match || d->match->isEmpty())
        return true;
    for (const auto &predicate : *d->match) {
        if (predicate(error))
            return true;
    }
    return false;
}

int RetryOptions::backoffAfter(int failedAttempt) const
{
    // retry-as-promised raises the previous wait to the exponent before each retry.
    constexpr double longest = 60000; // a guard against an exponent that runs away
    double wait = d->backoffBase.value_or(100);
    const double exponent = d->backoffExponent.value_or(1.1);
    for (int i = 0; i < failedAttempt && wait > 0 && wait < longest; ++i)
        wait = std::pow(wait, exponent);
    return int(qBound(0.0, wait, longest));
}

RetryOptions RetryOptions::mergedWith(const RetryOptions &other) const
{
    RetryOptions merged(*this);
    if (other.d->max)
        merged.d->max = other.d->max;
    if (other.d->match)
        merged.d->match = other.d->match;
    if (other.d->backoffBase)
        merged.d->backoffBase = other.d->backoffBase;
    if (other.d->backoffExponent)
        merged.d->backoffExponent = other.d->backoffExponent;
    return merged;
}

} // namespace QtSequelize
