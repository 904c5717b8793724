// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_METACALLERRORS_P_H
#define QTSEQUELIZE_METACALLERRORS_P_H

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

#include <QtCore/qstring.h>

QT_FORWARD_DECLARE_CLASS(QObject)

namespace QtSequelize {

// How an error of a call made through the meta-object system is printed. The QML module sets
// one that prints it as qmlWarning() does (with the QML file and line of the object); without
// it the library's own category prints it.
using MetacallErrorPrinter = void (*)(const QObject *receiver, const QString &message);
Q_SEQUELIZE_EXPORT void setMetacallErrorPrinter(MetacallErrorPrinter printer);

} // namespace QtSequelize

#endif // QTSEQUELIZE_METACALLERRORS_P_H
