// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Statement timeouts on SQLite: a progress handler on the connection's sqlite3 handle that
// interrupts the statement once its deadline has passed (SQLITE_INTERRUPT, "interrupted",
// raised as TimeoutError). The sqlite3 library is the one Qt's QSQLITE driver loaded; its
// progress-handler function is looked up there, so that building needs no SQLite headers.

#include "sqlitedialect_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqldriver.h>

#include <dlfcn.h>

namespace QtSequelize {

namespace {
using ProgressHandler = void (*)(void *db, int instructions, int (*callback)(void *), void *arg);

ProgressHandler progressHandler()
{
    static const ProgressHandler function = []() -> ProgressHandler {
        void *library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        return library
            ? reinterpret_cast<ProgressHandler>(dlsym(library, "sqlite3_progress_handler"))
            : nullptr;
    }();
    return function;
}

thread_local QDeadlineTimer deadline;

int pastDeadline(void *)
{
    return deadline.hasExpired() ? 1 : 0;
}

void *handleOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}
} // namespace

void SqliteDialect::armStatementTimeout(QSqlDatabase &db, bool, int milliseconds) const
{
    void *handle = handleOf(db);
    const ProgressHandler install = progressHandler();
    if (!handle || !install)
        throw DefinitionError(QStringLiteral("A statement timeout needs the sqlite3 library of "
                                             "Qt's QSQLITE driver, which was not found"));
    deadline = QDeadlineTimer(milliseconds);
    install(handle, 1000, &pastDeadline, nullptr);
}

void SqliteDialect::disarmStatementTimeout(QSqlDatabase &db, bool) const
{
    void *handle = handleOf(db);
    if (const ProgressHandler install = progressHandler(); handle && install)
        install(handle, 0, nullptr, nullptr);
}

} // namespace QtSequelize
