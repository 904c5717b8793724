// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SQLITELIBRARY_P_H
#define QTSEQUELIZE_SQLITELIBRARY_P_H

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

#include <QtCore/qglobal.h>

QT_FORWARD_DECLARE_CLASS(QSqlDatabase)

namespace QtSequelize::SqliteLibrary {

// The sqlite3 library Qt's QSQLITE driver loaded: its functions are looked up there, so that
// building needs no SQLite headers. nullptr when the driver did not load it.
void *function(const char *name);
// sqlite3_close_v2().
void close(void *db);
// Turns SQLite's double-quoted string literals off on \a db (SQLITE_DBCONFIG_DQS_DML and
// _DDL): "name" is then always an identifier, and one that names no column is an error, as
// in Sequelize's backquoted SQL, never the text 'name'. False if the library cannot.
bool rejectDoubleQuotedStrings(void *db);
// The connection's sqlite3 handle, or nullptr (not a QSQLITE connection, or closed).
void *handleOf(QSqlDatabase &db);

} // namespace QtSequelize::SqliteLibrary

#endif // QTSEQUELIZE_SQLITELIBRARY_P_H
