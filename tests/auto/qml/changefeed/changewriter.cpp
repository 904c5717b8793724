// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The other client of tst_changefeed, a process of its own:
//   changewriter URL create NAME     creates a row through a model (no watchChanges here)
//   changewriter URL destroy ID      destroys the row through the model
//   changewriter URL sql STATEMENT   runs plain SQL
// Exit 0 when done, 1 with the error printed.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qcoreapplication.h>

#include <cstdio>

using namespace QtSequelize;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: changewriter URL create|destroy|sql ARGUMENT\n");
        return 2;
    }
    try {
        Sequelize sequelize(args.at(1));
        ModelDefinition *item
            = sequelize.define("WatchItem", {{"name", DataTypes::String()}},
                               ModelOptions().tableName("watchitems").timestamps(false));
        const QString &what = args.at(2);
        if (what == QLatin1String("create"))
            item->create({{"name", args.at(3)}});
        else if (what == QLatin1String("destroy"))
            item->findByPk(args.at(3).toInt())->destroy();
        else
            sequelize.query(args.at(3));
    } catch (const BaseError &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
