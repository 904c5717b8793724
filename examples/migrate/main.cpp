// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A migrations command line, as an application builds its own (Sequelize CLI's commands):
//   qtsequelize-migrate <sqlite file or URL> db:migrate [--to NAME]
//   qtsequelize-migrate <sqlite file or URL> db:migrate:undo [--name NAME]
//   qtsequelize-migrate <sqlite file or URL> db:migrate:undo:all [--to NAME]
//   qtsequelize-migrate <sqlite file or URL> db:migrate:status
//   qtsequelize-migrate <sqlite file or URL> db:create | db:drop
//   qtsequelize-migrate <sqlite file or URL> migration:generate --name NAME
// or, as the CLI, with the connection from a config file's environment instead of the first
// argument: qtsequelize-migrate db:migrate [--config config/config.json] [--env production]
// (default environment: $QSQ_ENV, $NODE_ENV, development), or --url URL.

#include <QtSequelize/Errors>
#include <QtSequelize/Migrator>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtCore/qcoreapplication.h>

using namespace QtSequelize;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const auto take = [&arguments](const QString &option) {
        const qsizetype at = arguments.indexOf(option);
        if (at < 0 || at + 1 >= arguments.size())
            return QString();
        const QString value = arguments.at(at + 1);
        arguments.remove(at, 2);
        return value;
    };
    const QString config = take(QStringLiteral("--config"));
    const QString environment = take(QStringLiteral("--env"));
    QString url = take(QStringLiteral("--url"));
    // A first argument that is a command (db:…, migration:…, seed:…) means no URL is given there.
    const QString first = arguments.value(1);
    const bool commandFirst = first.startsWith(QLatin1String("db:"))
        || first.startsWith(QLatin1String("migration:"))
        || first.startsWith(QLatin1String("seed:"));
    if (!commandFirst) {
        if (url.isEmpty())
            url = first.isEmpty() ? QStringLiteral("migrations.db") : first;
        if (arguments.size() > 1)
            arguments.removeAt(1);
    }
    if (!url.isEmpty() && !url.contains(QLatin1String("://"))
        && !url.startsWith(QLatin1String("sqlite:")))
        url.prepend(QStringLiteral("sqlite:"));
    const QString configFile = config.isEmpty() ? QStringLiteral("config/config.json") : config;
    try {
        const SequelizeOptions options = url.isEmpty()
            ? SequelizeOptions::fromConfigFile(configFile, environment)
            : SequelizeOptions::fromUrl(url);
        Sequelize sequelize(options);
        Migrator migrator(&sequelize);
        if (url.isEmpty())
            migrator.configure(configFile, environment);
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
        return migrator.run(arguments);
    } catch (const BaseError &error) {
        qCritical("error: %s", error.what());
        return 1;
    }
}
