// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Models in C++, their rows in a Qt Quick list: Main.qml imports QtSequelize and shows the
// notes through an InstanceListModel. Run: quick-example [--check] (--check: render one frame,
// verify the list shows the notes, and quit; used without a display).

#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qtimer.h>
#include <QtGui/qguiapplication.h>
#include <QtQml/qqmlapplicationengine.h>
#include <QtQuick/qquickwindow.h>

using namespace QtSequelize;

class Note : public TypedModel<Note>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, title, setTitle)
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    Sequelize sequelize(QStringLiteral("sqlite::memory:"));
    Note::init(&sequelize);
    sequelize.sync();
    Note::bulkCreate({{{"title", "milk"}}, {{"title", "bread"}}, {{"title", "coffee"}}});

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/")); // this app's own module (Qt 6.4's layout)
    engine.setInitialProperties({{QStringLiteral("sequelize"), QVariant::fromValue(&sequelize)}});
    engine.load(QUrl(QStringLiteral("qrc:/QuickExample/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (app.arguments().contains(QStringLiteral("--check"))) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [window] {
                const int shown = window->property("shown").toInt();
                qInfo("quick-example: %d notes shown", shown);
                QTimer::singleShot(0, window,
                                   [shown] { QCoreApplication::exit(shown == 3 ? 0 : 1); });
            },
            Qt::SingleShotConnection);
    }
    return app.exec();
}

#include "main.moc"
