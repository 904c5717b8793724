// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_RESULT_H
#define QTSEQUELIZE_RESULT_H

#include <QtSequelize/errors.h>

#include <QtCore/qsharedpointer.h>

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

// The non-throwing form of every call: attempt() runs a call and keeps its value or its error.

namespace QtSequelize {

namespace ResultDetail {
// The error of an exception that is not one of ours (a hook's or a validator's own), as a
// BaseError carrying its text.
Q_SEQUELIZE_EXPORT QSharedPointer<const BaseError> fromException(const std::exception &error);
Q_SEQUELIZE_EXPORT QSharedPointer<const BaseError> unknownException();
} // namespace ResultDetail

template<typename T> class [[nodiscard]] Result
{
public:
    explicit Result(T value)
        : m_value(std::move(value))
    {
    }
    explicit Result(QSharedPointer<const BaseError> error)
        : m_error(std::move(error))
    {
    }

    bool isOk() const noexcept { return !m_error; }
    explicit operator bool() const noexcept { return isOk(); }

    // The call's value; the error again (thrown) when there was one.
    const T &value() const &
    {
        if (m_error)
            m_error->raise();
        return *m_value;
    }
    T value() &&
    {
        if (m_error)
            m_error->raise();
        return std::move(*m_value);
    }
    T valueOr(T fallback) const { return m_error ? std::move(fallback) : *m_value; }

    // The error, or nullptr; errorAs<UniqueConstraintError>() when it is of that class.
    const BaseError *error() const noexcept { return m_error.get(); }
    template<typename E> const E *errorAs() const noexcept
    {
        return dynamic_cast<const E *>(m_error.get());
    }
    QString errorString() const { return m_error ? m_error->message() : QString(); }

private:
    std::optional<T> m_value;
    QSharedPointer<const BaseError> m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    explicit Result(QSharedPointer<const BaseError> error)
        : m_error(std::move(error))
    {
    }

    bool isOk() const noexcept { return !m_error; }
    explicit operator bool() const noexcept { return isOk(); }
    const BaseError *error() const noexcept { return m_error.get(); }
    template<typename E> const E *errorAs() const noexcept
    {
        return dynamic_cast<const E *>(m_error.get());
    }
    QString errorString() const { return m_error ? m_error->message() : QString(); }

private:
    QSharedPointer<const BaseError> m_error;
};

// Runs \a call and returns its value, or the error it threw (any exception: one that is not a
// BaseError becomes a BaseError with its text). Nothing escapes, so it is safe in slots,
// lambdas connected to signals, and code built without exception handling around it.
// (A call returning a reference gives a Result holding a copy of the value.)
template<typename Call>
auto attempt(Call &&call) noexcept -> Result<std::remove_cvref_t<std::invoke_result_t<Call>>>
{
    using T = std::remove_cvref_t<std::invoke_result_t<Call>>;
    try {
        if constexpr (std::is_void_v<T>) {
            std::forward<Call>(call)();
            return Result<void>();
        } else {
            return Result<T>(std::forward<Call>(call)());
        }
    } catch (const BaseError &error) {
        return Result<T>(QSharedPointer<const BaseError>(error.clone()));
    } catch (const std::exception &error) {
        return Result<T>(ResultDetail::fromException(error));
    } catch (...) {
        return Result<T>(ResultDetail::unknownException());
    }
}

} // namespace QtSequelize

#endif // QTSEQUELIZE_RESULT_H
