// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_FOREIGNTYPES_P_H
#define QTSEQUELIZE_FOREIGNTYPES_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include <QtSequelize/model.h>
#include <QtSequelize/modeldefinition.h>
#include <QtSequelize/sequelize.h>

#include <QtQml/qqml.h>

// The core classes QML meets through InstanceListModel's properties and roles: known to the
// type system (their properties, signals and invokables), not creatable from QML. Sequelize
// is named, so a QML file can declare `required property Sequelize sequelize` that the
// application sets (QQmlApplicationEngine::setInitialProperties()).
struct QtSequelizeForeignSequelize
{
    Q_GADGET
    QML_FOREIGN(QtSequelize::Sequelize)
    QML_NAMED_ELEMENT(Sequelize)
    QML_UNCREATABLE("A Sequelize is made in C++ and given to QML as a required property.")
};

struct QtSequelizeForeignModelDefinition
{
    Q_GADGET
    QML_FOREIGN(QtSequelize::ModelDefinition)
    QML_ANONYMOUS
};

struct QtSequelizeForeignModel
{
    Q_GADGET
    QML_FOREIGN(QtSequelize::Model)
    QML_ANONYMOUS
};

#endif // QTSEQUELIZE_FOREIGNTYPES_P_H
