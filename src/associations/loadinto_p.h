// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_LOADINTO_P_H
#define QTSEQUELIZE_LOADINTO_P_H

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

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qlist.h>
#include <QtCore/qsharedpointer.h>
#include <QtCore/qstring.h>

namespace QtSequelize {

class Model;
class ModelDefinition;

namespace Associations {
// Whether \a association of \a source leads to one target (belongsTo, hasOne); DefinitionError
// for an association \a source does not have.
Q_SEQUELIZE_EXPORT bool isSingle(const ModelDefinition *source, const QString &association);
// Whether \a instance holds \a association (read by include or since).
Q_SEQUELIZE_EXPORT bool isLoaded(const Model *instance, const QString &association);
// Reads \a association for \a instances of \a source that were read without it, in one query
// (two for belongsToMany) as an include would, and emits each instance's change signals
// (<name>Changed(), associationChanged()). The QML module's association roles use it.
Q_SEQUELIZE_EXPORT void loadInto(ModelDefinition *source,
                                 const QList<QSharedPointer<Model>> &instances,
                                 const QString &association);
// Told when an association getter (QSQ_BELONGS_TO's group(), a QML binding's instance.group)
// finds its association not loaded: the QML module reads it for instances QML holds, batched
// (qml/lazyassociations.cpp). Without one, the getter returns what was loaded.
using ReadHandler = void (*)(Model *instance, const QString &association);
Q_SEQUELIZE_EXPORT void setReadHandler(ReadHandler handler);
} // namespace Associations

} // namespace QtSequelize

#endif // QTSEQUELIZE_LOADINTO_P_H
