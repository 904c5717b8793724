// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/modelhooks.h>

namespace QtSequelize {

ModelHooks::~ModelHooks() = default;

// Every hook does nothing unless overridden.
void ModelHooks::beforeValidate(Model *) { }
void ModelHooks::afterValidate(Model *) { }
void ModelHooks::validationFailed(Model *, const ValidationError &) { }
void ModelHooks::beforeCreate(Model *) { }
void ModelHooks::afterCreate(Model *) { }
void ModelHooks::beforeSave(Model *) { }
void ModelHooks::afterSave(Model *) { }
void ModelHooks::beforeUpdate(Model *) { }
void ModelHooks::afterUpdate(Model *) { }
void ModelHooks::beforeDestroy(Model *) { }
void ModelHooks::afterDestroy(Model *) { }
void ModelHooks::beforeRestore(Model *) { }
void ModelHooks::afterRestore(Model *) { }
void ModelHooks::beforeUpsert(const QVariantMap &) { }
void ModelHooks::afterUpsert(Model *) { }
void ModelHooks::beforeBulkCreate(const QList<QSharedPointer<Model>> &) { }
void ModelHooks::afterBulkCreate(const QList<QSharedPointer<Model>> &) { }
void ModelHooks::beforeBulkUpdate(const QVariantMap &, const Where &) { }
void ModelHooks::afterBulkUpdate(int) { }
void ModelHooks::beforeBulkDestroy(const Where &) { }
void ModelHooks::afterBulkDestroy(int) { }
void ModelHooks::beforeBulkRestore(const Where &) { }
void ModelHooks::afterBulkRestore(int) { }
void ModelHooks::beforeFind(FindOptions &) { }
void ModelHooks::beforeFindAfterExpandIncludeAll(FindOptions &) { }
void ModelHooks::beforeFindAfterOptions(FindOptions &) { }
void ModelHooks::afterFind(const QList<QSharedPointer<Model>> &) { }
void ModelHooks::beforeCount(FindOptions &) { }
void ModelHooks::beforeSync(const SyncOptions &) { }
void ModelHooks::afterSync(const SyncOptions &) { }

} // namespace QtSequelize
