// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "sqlitedialect_p.h"
#include "sqlitelibrary_p.h"

#include <QtCore/qvariant.h>
#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqldriver.h>
#include <QtSql/qsqlquery.h>
#include <QtSql/qsqlresult.h>

#include <dlfcn.h>

namespace QtSequelize::SqliteLibrary {

void *function(const char *name)
{
    static void *const library = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    return library ? dlsym(library, name) : nullptr;
}

void close(void *db)
{
    using Close = int (*)(void *);
    static const auto closeV2 = reinterpret_cast<Close>(function("sqlite3_close_v2"));
    if (closeV2)
        closeV2(db);
}

bool rejectDoubleQuotedStrings(void *db)
{
    using DbConfig = int (*)(void *, int, ...);
    static const auto dbConfig = reinterpret_cast<DbConfig>(function("sqlite3_db_config"));
    constexpr int DqsDml = 1013, DqsDdl = 1014; // SQLITE_DBCONFIG_DQS_DML, _DDL (3.29)
    return db && dbConfig && dbConfig(db, DqsDml, 0, static_cast<int *>(nullptr)) == 0
        && dbConfig(db, DqsDdl, 0, static_cast<int *>(nullptr)) == 0;
}

void *handleOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

} // namespace QtSequelize::SqliteLibrary

namespace QtSequelize {

QStringList SqliteDialect::columnNames(const QSqlQuery &query) const
{
    QStringList names = Dialect::columnNames(query);
    using ColumnName = const char *(*)(void *, int);
    static const auto columnName
        = reinterpret_cast<ColumnName>(SqliteLibrary::function("sqlite3_column_name"));
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (!columnName || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3_stmt*") != 0)
        return names;
    void *statement = *static_cast<void *const *>(handle.constData());
    if (!statement)
        return names;
    for (int i = 0; i < names.size(); ++i) {
        if (const char *name = columnName(statement, i))
            names[i] = QString::fromUtf8(name);
    }
    return names;
}

void SqliteDialect::keepMemoryDatabase(const QString &uri) const
{
    using Open = int (*)(const char *, void **, int, const char *);
    static const auto open = reinterpret_cast<Open>(SqliteLibrary::function("sqlite3_open_v2"));
    QMutexLocker lock(&m_anchorMutex);
    if (m_anchor || !open)
        return;
    constexpr int ReadWrite = 0x2, Create = 0x4, Uri = 0x40; // SQLITE_OPEN_*
    void *db = nullptr;
    if (open(uri.toUtf8().constData(), &db, ReadWrite | Create | Uri, nullptr) == 0)
        m_anchor = db;
    else if (db) // a handle comes back even when opening failed: it is closed
        SqliteLibrary::close(db);
}

SqliteDialect::~SqliteDialect()
{
    if (m_anchor)
        SqliteLibrary::close(m_anchor);
}

} // namespace QtSequelize
