// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_TESTS_QMLOBJECT_H
#define QTSEQUELIZE_TESTS_QMLOBJECT_H

#include <QtSequelize/Sequelize>

#include <QtQml/qqmlcomponent.h>
#include <QtQml/qqmlcontext.h>
#include <QtQml/qqmlengine.h>

#include <memory>

namespace TestQml {

// An object of \a qml (after "import QtQml" and "import QtSequelize", the module taken from the
// build tree), with \a sequelize as the context property "db"; \a error says why there is none.
inline std::unique_ptr<QObject> create(QQmlEngine &engine, QtSequelize::Sequelize *sequelize,
                                       const char *qml, QString *error)
{
    engine.addImportPath(QStringLiteral(QSQ_QML_IMPORT_DIR));
    engine.rootContext()->setContextProperty(QStringLiteral("db"), sequelize);
    QQmlComponent component(&engine);
    component.setData(QByteArray("import QtQml\nimport QtSequelize\n") + qml, QUrl());
    std::unique_ptr<QObject> object(component.create());
    *error = component.errorString();
    return object;
}

} // namespace TestQml

#endif // QTSEQUELIZE_TESTS_QMLOBJECT_H
