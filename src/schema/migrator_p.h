// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MIGRATOR_P_H
#define QTSEQUELIZE_MIGRATOR_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include <QtSequelize/migrator.h>
#include <QtSequelize/queryinterface.h>
#include <QtSequelize/sequelize.h>

namespace QtSequelize {

class MigratorPrivate
{
public:
    struct Step
    {
        QString name;
        Migrator::Step up;
        Migrator::Step down;
    };
    // Migrations or seeders: the steps in name order and the table remembering which ran
    // (none: seeders without storage).
    struct Track
    {
        const char *noun; // for messages: "migration", "seeder"
        QString table;
        bool stored = true;
        QList<Step> steps;

        const Step *find(const QString &name) const;
        void add(const QString &name, const Migrator::Step &up, const Migrator::Step &down);
    };

    Sequelize *sequelize = nullptr;
    Track migrations{"migration", QStringLiteral("SequelizeMeta"), true, {}};
    Track seeders{"seeder", QStringLiteral("SequelizeData"), true, {}};

    QueryInterface queryInterface() const { return sequelize->queryInterface(); }
    QStringList executed(const Track &track) const;
    QStringList pending(const Track &track) const;
    // Runs \a step's up (or down) and records (or forgets) it.
    void up(Track &track, const Step &step) const;
    void down(Track &track, const Step &step) const;
    const Step &require(const Track &track, const QString &name) const;

    // The registrations of Migrator::Registration, in the order they were made.
    static QList<QPair<Migrator::Registration::Kind, Step>> &registry();
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_MIGRATOR_P_H
