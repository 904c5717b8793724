// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <memory>

#include <QtCore/qcoreapplication.h>
#include <QtQml/qqmlcomponent.h>
#include <QtQml/qqmlengine.h>

class Note : public QtSequelize::TypedModel<Note>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, title, setTitle)
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QtSequelize::Sequelize sequelize(QStringLiteral("sqlite::memory:"));
    Note::init(&sequelize);
    sequelize.sync();
    Note::create({{"title", "installed"}});
    const auto notes = Note::findAll();
    if (notes.size() != 1 || notes.first()->title() != QLatin1String("installed"))
        return 1;
    QtSequelize::InstanceListModel list(Note::model());
    if (list.rowCount() != 1)
        return 1;
    // `import QtSequelize` from the installed module: its plugin must find the libraries it
    // links from where it is installed (its RUNPATH), without LD_LIBRARY_PATH.
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData("import QtQml\nimport QtSequelize\nQtObject { property var list: "
                      "InstanceListModel {} }",
                      QUrl());
    std::unique_ptr<QObject> object(component.create());
    if (!object) {
        qWarning("consumer: import QtSequelize failed: %s", qPrintable(component.errorString()));
        return 1;
    }
    qInfo("consumer: found the note through the installed package, in a list model, and "
          "imported the QML module");
    return 0;
}

#include "main.moc"
