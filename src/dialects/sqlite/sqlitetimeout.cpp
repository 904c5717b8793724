// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Statement timeouts on SQLite: a progress handler on the connection's sqlite3 handle that
// interrupts the statement once its deadline has passed (SQLITE_INTERRUPT, "interrupted",
// raised as TimeoutError), through the sqlite3 library Qt's QSQLITE driver loaded; and
// sqlite3_interrupt() for a statement cancelled from another thread.

#include "sqlitedialect_p.h"
#include "sqlitelibrary_p.h"

#include "../statementcanceller_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtSql/qsqldatabase.h>

namespace QtSequelize {

namespace {
using ProgressHandler = void (*)(void *db, int instructions, int (*callback)(void *), void *arg);

ProgressHandler progressHandler()
{
    static const auto function
        = reinterpret_cast<ProgressHandler>(SqliteLibrary::function("sqlite3_progress_handler"));
    return function;
}

thread_local QDeadlineTimer deadline;

// sqlite3_interrupt(), safe from any thread while the connection is open (detach() comes first).
class Interrupt final : public StatementCanceller
{
public:
    explicit Interrupt(void *db)
        : m_db(db)
    {
    }

protected:
    void send() override
    {
        using Function = void (*)(void *);
        static const auto interrupt
            = reinterpret_cast<Function>(SqliteLibrary::function("sqlite3_interrupt"));
        if (interrupt)
            interrupt(m_db);
    }

private:
    void *m_db;
};

int pastDeadline(void *)
{
    return deadline.hasExpired() ? 1 : 0;
}
} // namespace

void SqliteDialect::armStatementTimeout(QSqlDatabase &db, bool, int milliseconds) const
{
    void *handle = SqliteLibrary::handleOf(db);
    const ProgressHandler install = progressHandler();
    if (!handle || !install)
        throw DefinitionError(QStringLiteral("A statement timeout needs the sqlite3 library of "
                                             "Qt's QSQLITE driver, which was not found"));
    deadline = QDeadlineTimer(milliseconds);
    install(handle, 1000, &pastDeadline, nullptr);
}

void SqliteDialect::disarmStatementTimeout(QSqlDatabase &db, bool) const
{
    void *handle = SqliteLibrary::handleOf(db);
    if (const ProgressHandler install = progressHandler(); handle && install)
        install(handle, 0, nullptr, nullptr);
}

std::shared_ptr<StatementCanceller>
SqliteDialect::canceller(QSqlDatabase &db, const SequelizeOptions &, const QString &) const
{
    void *handle = SqliteLibrary::handleOf(db);
    return handle ? std::make_shared<Interrupt>(handle) : nullptr;
}

} // namespace QtSequelize
