// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/connectionhooks.h>

namespace QtSequelize {

/*!
    \class QtSequelize::ConnectionHooks
    \inmodule QtSequelize
    \brief Sequelize's connection hooks: beforeConnect, afterConnect, beforeDisconnect and
    afterDisconnect.

    Subclass it, override what you need and register it with
    Sequelize::addConnectionHooks(). Every QSqlDatabase connection the Sequelize opens or
    closes runs them: the default one of each thread and those of transactions. They run on
    the thread that opens or closes the connection, so they must be thread-safe. An exception
    thrown by beforeConnect or afterConnect fails the connection attempt; the connection is
    not kept.
*/

ConnectionHooks::~ConnectionHooks() = default;

void ConnectionHooks::beforeConnect(SequelizeOptions &) { }
void ConnectionHooks::afterConnect(QSqlDatabase &, const SequelizeOptions &) { }
void ConnectionHooks::beforeDisconnect(QSqlDatabase &) { }
void ConnectionHooks::afterDisconnect(const QString &) { }

} // namespace QtSequelize
