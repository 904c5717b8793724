// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MODELHOOKS_H
#define QTSEQUELIZE_MODELHOOKS_H

#include <QtSequelize/options.h>
#include <QtSequelize/where.h>

#include <QtCore/qlist.h>
#include <QtCore/qsharedpointer.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qvariant.h>

namespace QtSequelize {

class AssociationOptions;
class Model;
class ModelDefinition;
class OptionsData;
class Transaction;
class ValidationError;

class Q_SEQUELIZE_EXPORT HookOptions
{
public:
    // The operation's transaction, or nullptr when it runs outside one (with ambient
    // transactions on, Sequelize::currentTransaction() names the ambient one).
    Transaction *transaction() const;
    // save()'s fields option: the attributes it writes (empty: every changed one).
    QStringList fields() const;
    // Whether the bulk operation runs the per-instance hooks too (individualHooks).
    bool individualHooks() const;
    bool isSilent() const; // silent: updatedAt is left alone

private:
    friend class ModelDefinition;
    friend class ModelDefinitionPrivate;
    friend class Model;
    friend class ModelPrivate;
    explicit HookOptions(const OptionsData &options)
        : d(&options)
    {
    }
    const OptionsData *d;
};

class Q_SEQUELIZE_EXPORT ModelHooks
{
public:
    virtual ~ModelHooks();

    virtual void beforeValidate(Model *instance, const HookOptions &options);
    virtual void afterValidate(Model *instance, const HookOptions &options);
    virtual void validationFailed(Model *instance, const HookOptions &options,
                                  const ValidationError &error);
    virtual void beforeCreate(Model *instance, const HookOptions &options);
    virtual void afterCreate(Model *instance, const HookOptions &options);
    virtual void beforeSave(Model *instance, const HookOptions &options);
    virtual void afterSave(Model *instance, const HookOptions &options);
    virtual void beforeUpdate(Model *instance, const HookOptions &options);
    virtual void afterUpdate(Model *instance, const HookOptions &options);
    virtual void beforeDestroy(Model *instance, const HookOptions &options);
    virtual void afterDestroy(Model *instance, const HookOptions &options);
    virtual void beforeRestore(Model *instance, const HookOptions &options);
    virtual void afterRestore(Model *instance, const HookOptions &options);
    virtual void beforeUpsert(const QVariantMap &values, const HookOptions &options);
    virtual void afterUpsert(Model *instance, const HookOptions &options);
    virtual void beforeBulkCreate(const QList<QSharedPointer<Model>> &instances,
                                  const HookOptions &options);
    virtual void afterBulkCreate(const QList<QSharedPointer<Model>> &instances,
                                 const HookOptions &options);
    // The bulk hooks may change the where (and the values) the statement runs with, as
    // Sequelize's options.where and options.attributes.
    virtual void beforeBulkUpdate(QVariantMap &values, Where &where, const HookOptions &options);
    virtual void afterBulkUpdate(int affectedRows, const HookOptions &options);
    virtual void beforeBulkDestroy(Where &where, const HookOptions &options);
    virtual void afterBulkDestroy(int affectedRows, const HookOptions &options);
    virtual void beforeBulkRestore(Where &where, const HookOptions &options);
    virtual void afterBulkRestore(int affectedRows, const HookOptions &options);
    // Finder hooks may change the options (Sequelize's beforeFind and friends).
    virtual void beforeFind(FindOptions &options);
    virtual void beforeFindAfterExpandIncludeAll(FindOptions &options);
    virtual void beforeFindAfterOptions(FindOptions &options);
    virtual void afterFind(const QList<QSharedPointer<Model>> &results, const FindOptions &options);
    virtual void beforeCount(FindOptions &options);
    // Around defining an association of this model (Sequelize's beforeAssociate and
    // afterAssociate): \a type is "BelongsTo", "HasOne", "HasMany" or "BelongsToMany";
    // beforeAssociate may change the options, afterAssociate names the association defined.
    virtual void beforeAssociate(ModelDefinition *source, ModelDefinition *target,
                                 const QString &type, AssociationOptions &options);
    virtual void afterAssociate(ModelDefinition *source, ModelDefinition *target,
                                const QString &type, const QString &association,
                                const AssociationOptions &options);
    // Around the model's sync() (also when Sequelize::sync() syncs it).
    virtual void beforeSync(const SyncOptions &options);
    virtual void afterSync(const SyncOptions &options);
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_MODELHOOKS_H
