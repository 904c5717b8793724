// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CONNECTIONHOOKS_H
#define QTSEQUELIZE_CONNECTIONHOOKS_H

#include <QtSequelize/qtsequelizeglobal.h>
#include <QtSequelize/sequelizeoptions.h>

#include <QtSql/qsqldatabase.h>

namespace QtSequelize {

class Q_SEQUELIZE_EXPORT ConnectionHooks
{
public:
    virtual ~ConnectionHooks();

    // Before a connection opens, with a copy of the connection options this connection will
    // use: change them here, for example to put a freshly fetched password in.
    virtual void beforeConnect(SequelizeOptions &options);
    // After a connection opened and its session settings ran.
    virtual void afterConnect(QSqlDatabase &connection, const SequelizeOptions &options);
    // Before a connection closes.
    virtual void beforeDisconnect(QSqlDatabase &connection);
    // After a connection closed; \a connectionName is its QSqlDatabase connection name.
    virtual void afterDisconnect(const QString &connectionName);
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_CONNECTIONHOOKS_H
