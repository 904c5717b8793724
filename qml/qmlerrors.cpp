// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// How the QML module reports errors: the list models' through the library's logging category,
// and errors of an instance's invokables called from QML as qmlWarning() (with the QML file
// and line where the object has them) — never as an exception into the engine.

#include "instancelistmodel_p.h"

#include "../src/core/metacallerrors_p.h"

#include <QtQml/qqmlinfo.h>

namespace QtSequelize {

Q_LOGGING_CATEGORY(lcQml, "qtsequelize.qml", QtInfoMsg)

static void printAsQmlWarning(const QObject *receiver, const QString &message)
{
    qmlWarning(receiver) << message;
}

static void installMetacallErrorPrinter()
{
    setMetacallErrorPrinter(&printAsQmlWarning);
}
Q_CONSTRUCTOR_FUNCTION(installMetacallErrorPrinter)

} // namespace QtSequelize
