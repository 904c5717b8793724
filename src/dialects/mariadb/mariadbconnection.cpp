// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Pool validation on MariaDB: whether an idle connection is still open.

#include "mariadbdialect_p.h"

#include <QtCore/qvariant.h>
#include <QtSql/qsqldriver.h>

#include <dlfcn.h>
#include <poll.h>

namespace QtSequelize {

// The client library's socket of a connection. Qt's QMYSQL driver has loaded Connector/C
// (libmariadb) already; it is looked up there rather than linked, as the plugin brings it.
static int socketOf(QSqlDriver *driver)
{
    using GetSocket = int (*)(void *);
    static const GetSocket getSocket = [] {
        void *library = dlopen("libmariadb.so.3", RTLD_NOW | RTLD_NOLOAD);
        return library ? reinterpret_cast<GetSocket>(dlsym(library, "mysql_get_socket")) : nullptr;
    }();
    const QVariant handle = driver ? driver->handle() : QVariant();
    // Qt names the handle's type after the struct (st_mysql*), not its typedef.
    if (!getSocket || !handle.isValid()
        || (qstrcmp(handle.typeName(), "st_mysql*") != 0
            && qstrcmp(handle.typeName(), "MYSQL*") != 0))
        return -2; // unknown: not checked
    void *mysql = *static_cast<void *const *>(handle.constData());
    return mysql ? getSocket(mysql) : -2;
}

bool MariaDbDialect::connectionAlive(QSqlDriver *driver) const
{
    const int fd = socketOf(driver);
    if (fd == -2)
        return true;
    if (fd < 0)
        return false;
    // The protocol is request and response: an idle connection receives nothing, unless the
    // server is closing it (KILL, shutdown, wait_timeout: an error packet, then end of stream).
    pollfd socket{fd, POLLIN, 0};
    return poll(&socket, 1, 0) == 0;
}

} // namespace QtSequelize
