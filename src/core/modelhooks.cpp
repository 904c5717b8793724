// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/association.h>
#include <QtSequelize/modelhooks.h>

#include "../query/options_p.h"

namespace QtSequelize {

/*!
    \class QtSequelize::HookOptions
    \inmodule QtSequelize
    \brief The options of the operation a hook runs for (Sequelize's \c options argument).

    A read-only view, valid during the hook call only: do not keep it. Forward transaction()
    to the queries a hook makes so that they join the operation's transaction.
*/

/*!
    \class QtSequelize::ModelHooks
    \inmodule QtSequelize
    \brief Sequelize's lifecycle hooks of a model, as virtual functions.

    Subclass it, override the hooks you need and register it with
    ModelDefinition::addHooks(). Hooks run in Sequelize's order (create: beforeValidate,
    afterValidate, beforeCreate, beforeSave, INSERT, afterCreate, afterSave; an update validates
    again after beforeUpdate; a save with nothing changed runs the before hooks only). Each gets
    the options of its operation, as in Sequelize (forward options.transaction() to the
    queries a hook makes). A hook may change the instance (the changed values are written) or
    abort the operation by throwing. SaveOptions/FindOptions/... hooks(false) skips them.
*/

Transaction *HookOptions::transaction() const
{
    return d->transaction;
}
QStringList HookOptions::fields() const
{
    return d->fields;
}
bool HookOptions::individualHooks() const
{
    return d->individualHooks;
}
bool HookOptions::isSilent() const
{
    return d->silent;
}

ModelHooks::~ModelHooks() = default;

void ModelHooks::beforeValidate(Model *, const HookOptions &) { }
void ModelHooks::afterValidate(Model *, const HookOptions &) { }
void ModelHooks::validationFailed(Model *, const HookOptions &, const ValidationError &) { }
void ModelHooks::beforeCreate(Model *, const HookOptions &) { }
void ModelHooks::afterCreate(Model *, const HookOptions &) { }
void ModelHooks::beforeSave(Model *, const HookOptions &) { }
void ModelHooks::afterSave(Model *, const HookOptions &) { }
void ModelHooks::beforeUpdate(Model *, const HookOptions &) { }
void ModelHooks::afterUpdate(Model *, const HookOptions &) { }
void ModelHooks::beforeDestroy(Model *, const HookOptions &) { }
void ModelHooks::afterDestroy(Model *, const HookOptions &) { }
void ModelHooks::beforeRestore(Model *, const HookOptions &) { }
void ModelHooks::afterRestore(Model *, const HookOptions &) { }
void ModelHooks::beforeUpsert(const QVariantMap &, const HookOptions &) { }
void ModelHooks::afterUpsert(Model *, const HookOptions &) { }
void ModelHooks::beforeBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) { }
void ModelHooks::afterBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) { }
void ModelHooks::beforeBulkUpdate(QVariantMap &, Where &, const HookOptions &) { }
void ModelHooks::afterBulkUpdate(int, const HookOptions &) { }
void ModelHooks::beforeBulkDestroy(Where &, const HookOptions &) { }
void ModelHooks::afterBulkDestroy(int, const HookOptions &) { }
void ModelHooks::beforeBulkRestore(Where &, const HookOptions &) { }
void ModelHooks::afterBulkRestore(int, const HookOptions &) { }
void ModelHooks::beforeFind(FindOptions &) { }
void ModelHooks::beforeFindAfterExpandIncludeAll(FindOptions &) { }
void ModelHooks::beforeFindAfterOptions(FindOptions &) { }
void ModelHooks::afterFind(const QList<QSharedPointer<Model>> &, const FindOptions &) { }
void ModelHooks::beforeCount(FindOptions &) { }
void ModelHooks::beforeAssociate(ModelDefinition *, ModelDefinition *, const QString &,
                                 AssociationOptions &)
{
}
void ModelHooks::afterAssociate(ModelDefinition *, ModelDefinition *, const QString &,
                                const QString &, const AssociationOptions &)
{
}
void ModelHooks::beforeSync(const SyncOptions &) { }
void ModelHooks::afterSync(const SyncOptions &) { }

} // namespace QtSequelize
