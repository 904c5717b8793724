// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SEQUELIZEHOOKS_H
#define QTSEQUELIZE_SEQUELIZEHOOKS_H

#include <QtSequelize/attribute.h>
#include <QtSequelize/modeloptions.h>
#include <QtSequelize/options.h>
#include <QtSequelize/qtsequelizeglobal.h>
#include <QtSequelize/sequelizeoptions.h>

namespace QtSequelize {

class ModelDefinition;
class Sequelize;

class Q_SEQUELIZE_EXPORT SequelizeHooks
{
public:
    virtual ~SequelizeHooks();

    // Before a model is defined (Sequelize::define() or a model class's init()).
    virtual void beforeDefine(QString &modelName, Attributes &attributes, ModelOptions &options);
    // After it was defined.
    virtual void afterDefine(ModelDefinition *model);
    // Global hooks only: while a Sequelize is constructed, with its options, and once it is.
    virtual void beforeInit(SequelizeOptions &options);
    virtual void afterInit(Sequelize *sequelize);
    // Around Sequelize::sync() (each model's sync runs ModelHooks::beforeSync/afterSync).
    virtual void beforeBulkSync(SyncOptions &options);
    virtual void afterBulkSync(const SyncOptions &options);
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_SEQUELIZEHOOKS_H
