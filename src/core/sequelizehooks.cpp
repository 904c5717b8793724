// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/sequelizehooks.h>

namespace QtSequelize {

SequelizeHooks::~SequelizeHooks() = default;

void SequelizeHooks::beforeDefine(QString &, Attributes &, ModelOptions &) { }
void SequelizeHooks::afterDefine(ModelDefinition *) { }
void SequelizeHooks::beforeInit(SequelizeOptions &) { }
void SequelizeHooks::afterInit(Sequelize *) { }
void SequelizeHooks::beforeBulkSync(SyncOptions &) { }
void SequelizeHooks::afterBulkSync(const SyncOptions &) { }

} // namespace QtSequelize
