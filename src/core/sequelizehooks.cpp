// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/sequelizehooks.h>

namespace QtSequelize {

/*!
    \class QtSequelize::SequelizeHooks
    \inmodule QtSequelize
    \brief Sequelize's definition and sync hooks: beforeDefine, afterDefine, beforeInit,
    afterInit, beforeBulkSync and afterBulkSync.

    Subclass it, override what you need and register it with Sequelize::addHooks() (one
    Sequelize: define and sync hooks) or Sequelize::addGlobalHooks() (every Sequelize, as
    hooks added to Sequelize's class: the init hooks run when a Sequelize is constructed).
    The before hooks may change what they are given, or abort by throwing. They run on the
    calling thread; global hooks must be thread-safe.
*/

SequelizeHooks::~SequelizeHooks() = default;

void SequelizeHooks::beforeDefine(QString &, Attributes &, ModelOptions &) { }
void SequelizeHooks::afterDefine(ModelDefinition *) { }
void SequelizeHooks::beforeInit(SequelizeOptions &) { }
void SequelizeHooks::afterInit(Sequelize *) { }
void SequelizeHooks::beforeBulkSync(SyncOptions &) { }
void SequelizeHooks::afterBulkSync(const SyncOptions &) { }

} // namespace QtSequelize
