// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_RETRYOPTIONS_H
#define QTSEQUELIZE_RETRYOPTIONS_H

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qregularexpression.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>

#include <functional>

namespace QtSequelize {

class BaseError;
class RetryOptionsData;

class Q_SEQUELIZE_EXPORT RetryOptions
{
public:
    RetryOptions();
    RetryOptions(const RetryOptions &other);
    RetryOptions &operator=(const RetryOptions &other);
    RetryOptions(RetryOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(RetryOptions)
    void swap(RetryOptions &other) noexcept { d.swap(other.d); }
    ~RetryOptions();

    // Runs at most this many times in all (retry-as-promised's max; 5 when not given).
    RetryOptions &max(int attempts);
    // Retries an error whose message() or "name(): message()" the pattern matches.
    RetryOptions &match(const QRegularExpression &pattern);
    // Retries an error whose message() or "name(): message()" is \a text.
    RetryOptions &match(const QString &text);
    // Retries errors of the class \a Error (and its subclasses), e.g. TimeoutError.
    template<typename Error> RetryOptions &match()
    {
        return matchIf(
            [](const BaseError &error) { return dynamic_cast<const Error *>(&error) != nullptr; });
    }
    // Retries the errors \a predicate accepts.
    RetryOptions &matchIf(const std::function<bool(const BaseError &)> &predicate);
    // The wait before the second try, in milliseconds (100 when not given); each later wait is
    // the previous one raised to backoffExponent() (1.1), as retry-as-promised waits.
    RetryOptions &backoffBase(int milliseconds);
    RetryOptions &backoffExponent(double exponent);

    int maxAttempts() const;
    // Whether \a error may be retried: with no match given, every error may (as Sequelize).
    bool matches(const BaseError &error) const;
    // The wait in milliseconds after try \a failedAttempt (1 for the first) failed.
    int backoffAfter(int failedAttempt) const;
    // These options with what \a other sets put over them (Sequelize's per-query retry over
    // its constructor's: {...this.options.retry, ...options.retry}).
    RetryOptions mergedWith(const RetryOptions &other) const;

private:
    QSharedDataPointer<RetryOptionsData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::RetryOptions)

#endif // QTSEQUELIZE_RETRYOPTIONS_H
