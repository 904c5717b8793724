// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The reference example on an SQLite file: define, sync, create, find, change, save.
// A Qt Quick CRUD app replaces this console demo once the QML list models land.

#include "user.h"

#include <QtSequelize/Errors>
#include <QtSequelize/Sequelize>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtextstream.h>

using namespace QtSequelize;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("demo.db");

    try {
        //! [connect]
        Sequelize sequelize(QStringLiteral("sqlite:") + path);
        User::init(&sequelize,
                   {{"username", Attribute(DataTypes::String(64)).allowNull(false).unique()}});
        sequelize.sync(SyncOptions().force());
        //! [connect]
        int statements = 0;
        QObject::connect(&sequelize, &Sequelize::queryExecuted, &app, [&](const QString &sql) {
            ++statements;
            out << "  SQL: " << sql << "\n";
        });

        //! [crud]
        User::Ptr jane
            = User::create({{"username", "jane"}, {"firstName", "Jane"}, {"lastName", "Doe"}});
        out << "created " << jane->username() << " with id " << jane->get("id").toInt() << "\n";

        User::Ptr user = User::findOne(FindOptions().where({{"username", "jane"}}));
        user->setFirstName(QStringLiteral("John"));
        out << "changed: " << user->changed().join(QStringLiteral(", ")) << "\n";
        user->save(); // UPDATE "Users" SET "firstName" = ?, "updatedAt" = ? WHERE "id" = ?

        User::create({{"username", "bob"}, {"firstName", "Bob"}, {"lastName", "Doe"}});
        for (const User::Ptr &doe : User::findAll(FindOptions().where({{"lastName", "Doe"}})))
            out << "found " << doe->firstName() << " " << doe->lastName() << "\n";
        //! [crud]

        try {
            User::create({{"username", "jane"}});
        } catch (const UniqueConstraintError &e) {
            out << "a second jane is refused: " << e.name() << " on "
                << e.fields().keys().join(QStringLiteral(", ")) << "\n";
        }
        out << User::count() << " users in " << path << ", " << statements << " statements\n";
    } catch (const BaseError &e) {
        out << "error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
