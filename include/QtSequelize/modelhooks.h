// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MODELHOOKS_H
#define QTSEQUELIZE_MODELHOOKS_H

#include <QtSequelize/options.h>

#include <QtCore/qlist.h>
#include <QtCore/qsharedpointer.h>

namespace QtSequelize {

class Model;
class ValidationError;

/*!
    \class QtSequelize::ModelHooks
    \inmodule QtSequelize
    \brief Sequelize's lifecycle hooks of a model, as virtual functions.

    Subclass it, override the hooks you need and register it with
    ModelDefinition::addHooks(). Hooks run in Sequelize's order (create: beforeValidate,
    afterValidate, beforeCreate, beforeSave, INSERT, afterCreate, afterSave; an update validates
    again after beforeUpdate; a save with nothing changed runs the before hooks only). A hook may
    change the instance (the changed values are written) or abort the operation by throwing.
    SaveOptions/FindOptions/... hooks(false) skips them.
*/
class Q_SEQUELIZE_EXPORT ModelHooks
{
public:
    virtual ~ModelHooks();

    virtual void beforeValidate(Model *instance);
    virtual void afterValidate(Model *instance);
    virtual void validationFailed(Model *instance, const ValidationError &error);
    virtual void beforeCreate(Model *instance);
    virtual void afterCreate(Model *instance);
    virtual void beforeSave(Model *instance);
    virtual void afterSave(Model *instance);
    virtual void beforeUpdate(Model *instance);
    virtual void afterUpdate(Model *instance);
    virtual void beforeDestroy(Model *instance);
    virtual void afterDestroy(Model *instance);
    virtual void beforeRestore(Model *instance);
    virtual void afterRestore(Model *instance);
    virtual void beforeUpsert(const QVariantMap &values);
    virtual void afterUpsert(Model *instance);
    virtual void beforeBulkCreate(const QList<QSharedPointer<Model>> &instances);
    virtual void afterBulkCreate(const QList<QSharedPointer<Model>> &instances);
    virtual void beforeBulkUpdate(const QVariantMap &values, const Where &where);
    virtual void afterBulkUpdate(int affectedRows);
    virtual void beforeBulkDestroy(const Where &where);
    virtual void afterBulkDestroy(int affectedRows);
    virtual void beforeBulkRestore(const Where &where);
    virtual void afterBulkRestore(int affectedRows);
    // The find options may be changed before the query runs.
    virtual void beforeFind(FindOptions &options);
    virtual void beforeFindAfterExpandIncludeAll(FindOptions &options);
    virtual void beforeFindAfterOptions(FindOptions &options);
    virtual void afterFind(const QList<QSharedPointer<Model>> &results);
    virtual void beforeCount(FindOptions &options);
    // Around the model's sync() (also when Sequelize::sync() syncs it).
    virtual void beforeSync(const SyncOptions &options);
    virtual void afterSync(const SyncOptions &options);
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_MODELHOOKS_H
