// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A migrations command line, as an application builds its own (Sequelize CLI's commands):
//   qtsequelize-migrate <sqlite file or URL> db:migrate [--to NAME]
//   qtsequelize-migrate <sqlite file or URL> db:migrate:undo [--name NAME]
//   qtsequelize-migrate <sqlite file or URL> db:migrate:undo:all [--to NAME]
//   qtsequelize-migrate <sqlite file or URL> db:migrate:status
//   qtsequelize-migrate <sqlite file or URL> db:create | db:drop
//   qtsequelize-migrate <sqlite file or URL> migration:generate --name NAME

#include <QtSequelize/Errors>
#include <QtSequelize/Migrator>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtCore/qcoreapplication.h>

using namespace QtSequelize;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QString url = arguments.value(1, QStringLiteral("migrations.db"));
    if (!url.contains(QLatin1String("://")) && !url.startsWith(QLatin1String("sqlite:")))
        url.prepend(QStringLiteral("sqlite:"));
    try {
        Sequelize sequelize(url);
        Migrator migrator(&sequelize);
        //! [migrations]
        migrator
            .add(
                "20261125-01-create-user-groups",
                [](QueryInterface &qi, Sequelize &) {
                    qi.createTable(
                        "UserGroups",
                        {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                         {"name", Attribute(DataTypes::String()).allowNull(false)}});
                },
                [](QueryInterface &qi, Sequelize &) { qi.dropTable("UserGroups"); })
            .add(
                "20261125-02-create-users",
                [](QueryInterface &qi, Sequelize &) {
                    qi.createTable(
                        "Users",
                        {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                         {"username", Attribute(DataTypes::String(64)).allowNull(false).unique()},
                         {"groupId", Attribute(DataTypes::Integer()).references("UserGroups")}});
                },
                [](QueryInterface &qi, Sequelize &) { qi.dropTable("Users"); })
            .add(
                "20261125-03-users-nickname",
                [](QueryInterface &qi, Sequelize &) {
                    qi.addColumn("Users", "nickname", DataTypes::String());
                    qi.addIndex("Users", {"nickname"});
                },
                [](QueryInterface &qi, Sequelize &) {
                    qi.removeIndex("Users", "Users_nickname");
                    qi.removeColumn("Users", "nickname");
                });
        //! [migrations]
        return migrator.run(QStringList{arguments.value(0)} + arguments.mid(2));
    } catch (const BaseError &error) {
        qCritical("error: %s", error.what());
        return 1;
    }
}
