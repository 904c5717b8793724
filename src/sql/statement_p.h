// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_STATEMENT_P_H
#define QTSEQUELIZE_STATEMENT_P_H

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

#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

#include <functional>
#include <optional>

namespace QtSequelize {

class RetryOptions;

// The output of the query generator: SQL text with ? placeholders and the values
// to bind, in order. Nothing here has touched a connection.
struct Statement
{
    QString sql;
    QVariantList bindings;

    Statement &operator<<(const QString &text)
    {
        sql += text;
        return *this;
    }
    Statement &operator<<(QLatin1StringView text)
    {
        sql += text;
        return *this;
    }
    Statement &operator<<(char c)
    {
        sql += QLatin1Char(c);
        return *this;
    }
    // Appends a placeholder bound to \a value.
    void bind(const QVariant &value)
    {
        sql += QLatin1Char('?');
        bindings.append(value);
    }
};

// A per-call statement timeout (FindOptions/QueryOptions::timeout()): while one lives, every
// statement this thread runs through SequelizePrivate is cancelled on the server after that
// many milliseconds (TimeoutError).
class StatementTimeout
{
public:
    explicit StatementTimeout(int milliseconds)
        : m_previous(s_current)
    {
        if (milliseconds > 0)
            s_current = milliseconds;
    }
    ~StatementTimeout() { s_current = m_previous; }
    StatementTimeout(const StatementTimeout &) = delete;
    StatementTimeout &operator=(const StatementTimeout &) = delete;
    static int current() { return s_current; }

private:
    int m_previous;
    static inline thread_local int s_current = 0;
};

// Per-call logging (FindOptions/QueryOptions::logging()/logger()): while one lives, the
// statements this thread runs are logged as it says instead of as the Sequelize's options say.
class StatementLogging
{
public:
    using Logger = std::function<void(const QString &sql, qint64 microseconds)>;
    StatementLogging(std::optional<bool> enabled, const Logger &logger)
        : m_previousEnabled(s_enabled)
        , m_previousLogger(s_logger)
    {
        if (enabled)
            s_enabled = enabled;
        if (logger)
            s_logger = &logger;
    }
    ~StatementLogging()
    {
        s_enabled = m_previousEnabled;
        s_logger = m_previousLogger;
    }
    StatementLogging(const StatementLogging &) = delete;
    StatementLogging &operator=(const StatementLogging &) = delete;
    static std::optional<bool> enabled() { return s_enabled; }
    static const Logger *logger() { return s_logger; }

private:
    std::optional<bool> m_previousEnabled;
    const Logger *m_previousLogger;
    static inline thread_local std::optional<bool> s_enabled;
    static inline thread_local const Logger *s_logger = nullptr;
};

// Per-call retry options (FindOptions/QueryOptions::retry()): while one lives, they are put over
// the Sequelize's for the statements this thread runs.
class StatementRetry
{
public:
    explicit StatementRetry(const RetryOptions *options)
        : m_previous(s_current)
    {
        if (options)
            s_current = options;
    }
    ~StatementRetry() { s_current = m_previous; }
    StatementRetry(const StatementRetry &) = delete;
    StatementRetry &operator=(const StatementRetry &) = delete;
    static const RetryOptions *current() { return s_current; }

private:
    const RetryOptions *m_previous;
    static inline thread_local const RetryOptions *s_current = nullptr;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_STATEMENT_P_H
