// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/connectionhooks.h>

namespace QtSequelize {

ConnectionHooks::~ConnectionHooks() = default;

void ConnectionHooks::beforeConnect(SequelizeOptions &) { }
void ConnectionHooks::afterConnect(QSqlDatabase &, const SequelizeOptions &) { }
void ConnectionHooks::beforeDisconnect(QSqlDatabase &) { }
void ConnectionHooks::afterDisconnect(const QString &) { }

} // namespace QtSequelize
