// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MIGRATOR_H
#define QTSEQUELIZE_MIGRATOR_H

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qstringlist.h>

#include <functional>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QTextStream)

namespace QtSequelize {

class QueryInterface;
class Sequelize;
class MigratorPrivate;

class Q_SEQUELIZE_EXPORT Migrator
{
public:
    using Step = std::function<void(QueryInterface &queryInterface, Sequelize &sequelize)>;

    // A migration or seeder registered by a file of its own (what `migration:generate` and
    // `seed:generate` write): a static Registration adds it to every Migrator made after.
    class Q_SEQUELIZE_EXPORT Registration
    {
    public:
        enum Kind { Migration, Seeder };
        Registration(const QString &name, const Step &up, const Step &down = {},
                     Kind kind = Migration);
    };

    // Where executed seeders are remembered (Sequelize CLI's seederStorage).
    enum class SeederStorage { Sequelize, None };

    explicit Migrator(Sequelize *sequelize);
    ~Migrator();
    // Registers a migration; a migration without \a down cannot be undone.
    Migrator &add(const QString &name, const Step &up, const Step &down = {});
    // The executed migrations (from SequelizeMeta) and the pending ones, in name order.
    QStringList executed();
    QStringList pending();
    // Runs the pending migrations in name order, up to and including \a to when given;
    // returns the names run. A name in SequelizeMeta that is not registered is an error.
    QStringList migrate(const QString &to = QString());
    // Undoes the last executed migration, or with \a to every one after and including it;
    // returns the names undone, last first.
    QStringList undo(const QString &to = QString());
    // Undoes the executed migration \a name only (db:migrate:undo --name).
    QStringList undoOnly(const QString &name);
    QStringList undoAll();

    // Seeders (Sequelize CLI's db:seed commands): steps that put data in, remembered in the
    // SequelizeData table unless setSeederStorage(None).
    Migrator &addSeeder(const QString &name, const Step &up, const Step &down = {});
    Migrator &setSeederStorage(SeederStorage storage);
    // The tables remembering what ran (Sequelize CLI's migrationStorageTableName and
    // seederStorageTableName).
    Migrator &setMigrationStorageTableName(const QString &table);
    Migrator &setSeederStorageTableName(const QString &table);
    // The CLI's own keys of one environment of a config.json (SequelizeOptions::fromConfigFile()):
    // migrationStorage ("sequelize"), migrationStorageTableName, seederStorage ("sequelize" or
    // "none"), seederStorageTableName; DefinitionError for a storage it does not have ("json").
    Migrator &configure(const QString &configFile, const QString &environment = QString());
    QStringList executedSeeders();
    QStringList pendingSeeders();
    // Runs the named seeders in the order given; with storage, one already run is an error.
    QStringList seed(const QStringList &names);
    // Runs every pending seeder (every seeder without storage) in name order.
    QStringList seedAll();
    // Undoes the named seeders, or without names the last one run (needs storage).
    QStringList undoSeed(const QStringList &names = {});
    // Undoes every executed seeder (every seeder without storage), last first.
    QStringList undoAllSeeds();

    // Sequelize CLI's commands: db:migrate [--to NAME], db:migrate:undo [--name NAME],
    // db:migrate:undo:all [--to NAME], db:migrate:status, db:seed --seed NAME...,
    // db:seed:undo [--seed NAME...], db:seed:all, db:seed:undo:all, db:create, db:drop,
    // migration:generate --name NAME [--migrations-path DIR], seed:generate --name NAME
    // [--seeders-path DIR]. \a arguments are the program's (the first is skipped); output goes
    // to \a out. Returns the exit code.
    int run(const QStringList &arguments, QTextStream *out = nullptr);

    // The file migration:generate (Seeder: seed:generate) writes in \a directory for \a name:
    // <UTC timestamp>-<name>.cpp with a Registration and empty up/down steps; returns its path.
    static QString generate(const QString &directory, const QString &name,
                            Registration::Kind kind = Registration::Migration);
    // migration:generate --from-models: the migration turning the database's tables into the
    // models (tables, columns, indexes to add; columns to drop), written as C++ (empty string
    // when there is nothing to do), or registered directly.
    QString generateFromModels(const QString &directory, const QString &name);
    Migrator &addFromModels(const QString &name);

private:
    std::unique_ptr<MigratorPrivate> d;
    Q_DISABLE_COPY(Migrator)
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_MIGRATOR_H
