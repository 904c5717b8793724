// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The Qt Quick CRUD demo over the reference example's models, on an SQLite file of its own.
//   qtsequelize-quickdemo [file.db] [--screenshot out.png]
// With --screenshot it renders one frame into the file and quits (used without a display).

#include "user.h"

#include <QtSequelize/Errors>
#include <QtSequelize/InstanceListModel>
#include <QtSequelize/ModelOptions>
#include <QtSequelize/Sequelize>
#include <QtSequelize/SequelizeOptions>

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qset.h>
#include <QtCore/qtimer.h>
#include <QtGui/qguiapplication.h>
#include <QtGui/qimage.h>
#include <QtQml/qqmlapplicationengine.h>
#include <QtQuick/qquickwindow.h>
#include <QtQuickControls2/qquickstyle.h>

#include <iterator>

using namespace QtSequelize;

// The demo's own sample data, on first start.
static void seed()
{
    if (UserGroup::count() > 0)
        return;
    const auto groups = UserGroup::bulkCreate(
        {{{"name", "Compilers"}}, {{"name", "Databases"}}, {{"name", "Operating systems"}}});
    const QStringList people[] = {
        {"ada", "Ada", "Lovelace"},
        {"alan", "Alan", "Turing"},
        {"barbara", "Barbara", "Liskov"},
        {"dennis", "Dennis", "Ritchie"},
        {"edgar", "Edgar", "Codd"},
        {"frances", "Frances", "Allen"},
        {"grace", "Grace", "Hopper"},
        {"jim", "Jim", "Gray"},
        {"ken", "Ken", "Thompson"},
        {"linus", "Linus", "Torvalds"},
        {"michael", "Michael", "Stonebraker"},
        {"niklaus", "Niklaus", "Wirth"},
    };
    const int groupOf[] = {0, 0, 0, 2, 1, 0, 0, 1, 2, 2, 1, 0};
    QList<QVariantMap> users;
    for (int i = 0; i < int(std::size(people)); ++i) {
        users.append({{"username", people[i][0]},
                      {"firstName", people[i][1]},
                      {"lastName", people[i][2]},
                      {"groupId", groups.at(groupOf[i])->get("id")}});
    }
    User::bulkCreate(users);
}

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The SQLite file"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render one frame into <png> and quit."),
                                        QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.positionalArguments().value(0, QStringLiteral("quickdemo.db"));

    try {
        // Every model follows what other clients write: two windows of the demo on one file
        // follow each other (ModelOptions::watchChanges()).
        Sequelize sequelize(SequelizeOptions::fromUrl(QStringLiteral("sqlite:") + path)
                                .define(ModelOptions().watchChanges()));
        defineModels(&sequelize); // user.h, as the console demo
        sequelize.sync();
        seed();

        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral(QSQ_QML_IMPORT_DIR)); // the module in the build tree
        engine.addImportPath(QStringLiteral("qrc:/"));
        // The Sequelize reaches QML as Main.qml's typed `required property Sequelize sequelize`.
        engine.setInitialProperties(
            {{QStringLiteral("sequelize"), QVariant::fromValue(&sequelize)}});
        engine.load(QUrl(QStringLiteral("qrc:/QtSequelizeDemo/Main.qml")));
        if (engine.rootObjects().isEmpty())
            return 1;
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        if (window && parser.isSet(screenshot)) {
            const QString file = parser.value(screenshot);
            QObject::connect(
                window, &QQuickWindow::frameSwapped, &app,
                [window, file] {
                    QTimer::singleShot(300, window, [window, file] {
                        const QImage image = window->grabWindow();
                        // A frame with text in it has many colours; a blank one has one.
                        QSet<QRgb> colours;
                        for (int y = 0; y < image.height(); y += 3) {
                            for (int x = 0; x < image.width(); x += 3)
                                colours.insert(image.pixel(x, y));
                        }
                        const bool saved = colours.size() > 8 && image.save(file);
                        qInfo("%s %s (%lld colours)", saved ? "rendered" : "could not render",
                              qPrintable(file), qlonglong(colours.size()));
                        window->close();
                        QCoreApplication::exit(saved ? 0 : 1);
                    });
                },
                Qt::SingleShotConnection);
        }
        return app.exec();
    } catch (const BaseError &e) {
        qCritical("error: %s", e.what());
        return 1;
    }
}
