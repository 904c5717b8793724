// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The reference example on an SQLite file: a User that belongsTo a UserGroup as `group`.
// The Qt Quick CRUD app (Main.qml, quickdemo.cpp) opens the same file afterwards (./run.sh demo).

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
        Sequelize sequelize(QStringLiteral("sqlite:") + path);
        defineModels(&sequelize); // user.h
        sequelize.sync(SyncOptions().force());
        int statements = 0;
        QObject::connect(&sequelize, &Sequelize::queryExecuted, &app, [&](const QString &sql) {
            ++statements;
            out << "  SQL: " << sql << "\n";
        });
        UserGroup::bulkCreate({{{"name", "admins"}}, {{"name", "users"}}});
        User::create(
            {{"username", "jane"}, {"firstName", "Jane"}, {"lastName", "Doe"}, {"groupId", 1}});

        //! [use]
        User::Ptr user = User::findOne(
            FindOptions().where({{"username", "jane"}}).include(UserGroup::model()));
        out << user->firstName() << " is in " << user->group()->name() << "\n"; // loaded
        user->setFirstName(QStringLiteral("John"));
        user->save(); // UPDATE "Users" SET "firstName" = ?, "updatedAt" = ? WHERE "id" = ?
        user->setGroup(2); // saves groupId; user->group() follows and groupChanged() is emitted
        out << user->firstName() << " is now in " << user->group()->name() << "\n";

        User fresh; // new User
        fresh.setUsername(QStringLiteral("fresh"));
        fresh.save();
        User::Ptr john
            = User::create({{"username", "john"}, {"firstName", "John"}, {"groupId", 1}});
        const UserGroup::Ptr johnsGroup = john->getGroup(); // a query
        out << john->username() << " belongs to " << johnsGroup->name() << "\n";
        //! [use]

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
