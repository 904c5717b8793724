// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The connection settings PostgreSQL and MariaDB share (Dialect::configureServer()).

#include "dialect_p.h"

#include <QtSequelize/sequelizeoptions.h>

#include <QtSql/qsqldatabase.h>

namespace QtSequelize {

void Dialect::configureServer(QSqlDatabase &db, const SequelizeOptions &options,
                              const std::function<QString(const QString &)> &name,
                              const QStringList &extra) const
{
    db.setHostName(options.hostName().isEmpty() ? QStringLiteral("localhost") : options.hostName());
    db.setPort(options.portNumber() > 0 ? options.portNumber() : defaultPort());
    db.setDatabaseName(options.databaseName());
    db.setUserName(options.userName());
    db.setPassword(options.passwordText());
    QVariantMap given = options.dialectOptionMap();
    if (!given.contains(QStringLiteral("connect_timeout")))
        given.insert(QStringLiteral("connect_timeout"), 10);
    QStringList connectOptions;
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        connectOptions.append(name(it.key()) + QLatin1Char('=') + it.value().toString());
    connectOptions += extra;
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    db.setNumericalPrecisionPolicy(QSql::HighPrecision);
}

} // namespace QtSequelize
