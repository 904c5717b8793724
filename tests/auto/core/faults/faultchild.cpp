// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The child process of tst_faults:
//   faultchild bulk URL BASE     bulkCreate()s batches of 2,000 rows, one transaction each,
//                                printing "committed N" after each commit, until killed
//   faultchild writer URL ID N   writes N rows (creates, and every tenth five in a
//                                transaction) to the same table as other writers; exit 0
//                                when all were written, 1 with the error otherwise

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qcoreapplication.h>

#include <cstdio>

using namespace QtSequelize;

static int bulk(Sequelize &sequelize, int base)
{
    ModelDefinition *row = sequelize.define(
        "FaultRow", {{"batch", DataTypes::Integer()}, {"n", DataTypes::Integer()}},
        ModelOptions().timestamps(false));
    for (int batch = base + 1;; ++batch) {
        QList<QVariantMap> rows;
        for (int n = 0; n < 2000; ++n)
            rows.append({{"batch", batch}, {"n", n}});
        sequelize.transaction(
            [&](Transaction &t) { row->bulkCreate(rows, BulkCreateOptions().transaction(&t)); });
        std::printf("committed %d\n", batch);
        std::fflush(stdout);
    }
}

static int writer(Sequelize &sequelize, int id, int count)
{
    ModelDefinition *row = sequelize.define(
        "WriterRow", {{"writer", DataTypes::Integer()}, {"n", DataTypes::Integer()}},
        ModelOptions().timestamps(false));
    for (int n = 0; n < count;) {
        if (n % 10 == 9 && n + 5 <= count) {
            sequelize.transaction([&](Transaction &t) {
                for (int i = 0; i < 5; ++i)
                    row->create({{"writer", id}, {"n", n + i}}, SaveOptions().transaction(&t));
            });
            n += 5;
        } else {
            row->create({{"writer", id}, {"n", n}});
            ++n;
        }
    }
    return 0;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    try {
        Sequelize sequelize(args.at(2));
        if (args.at(1) == QLatin1String("bulk") && args.size() == 4)
            return bulk(sequelize, args.at(3).toInt());
        if (args.at(1) == QLatin1String("writer") && args.size() == 5)
            return writer(sequelize, args.at(3).toInt(), args.at(4).toInt());
    } catch (const BaseError &error) {
        std::printf("error: %s\n", error.what());
        return 1;
    }
    return 2;
}
