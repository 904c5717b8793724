// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Migrator: migrations and seeders as Sequelize CLI runs them (umzug's semantics), remembered in
// SequelizeMeta and SequelizeData. The command line is in migratorcli.cpp.

#include "migrator_p.h"

#include "../core/configfile_p.h"

#include <QtSequelize/errors.h>

#include <algorithm>

namespace QtSequelize {

/*!
    \class QtSequelize::Migrator
    \inmodule QtSequelize
    \brief Migrations as Sequelize CLI runs them: named up/down steps, applied in name order,
    remembered in the \c SequelizeMeta table (one row per executed migration, as the CLI keeps
    it, so a database migrated by Sequelize CLI carries on here).

    A migration is a pair of functions over the QueryInterface, registered in C++ (Sequelize
    CLI's migration files compiled in); name them with a sortable prefix, as the CLI does
    ("20261125-create-users"):
    \code
    Migrator migrator(&sequelize);
    migrator.add("20261125-create-users",
                 [](QueryInterface &qi, Sequelize &) { qi.createTable("Users", {...}); },
                 [](QueryInterface &qi, Sequelize &) { qi.dropTable("Users"); });
    migrator.migrate();                        // every pending one
    return migrator.run(app.arguments());      // or the CLI: db:migrate, db:migrate:undo, ...
    \endcode
    As with Sequelize CLI, a migration is not wrapped in a transaction: one that fails leaves
    what it did (on PostgreSQL, make its steps atomic in a transaction of its own) and is not
    recorded, so it runs again next time.
*/

const MigratorPrivate::Step *MigratorPrivate::Track::find(const QString &name) const
{
    for (const Step &step : steps) {
        if (step.name == name)
            return &step;
    }
    return nullptr;
}

void MigratorPrivate::Track::add(const QString &name, const Migrator::Step &up,
                                 const Migrator::Step &down)
{
    if (name.isEmpty() || !up || find(name))
        throw DefinitionError(QStringLiteral("A %1 needs a unique name and an up step (%2)")
                                  .arg(QLatin1StringView(noun), name));
    steps.append({name, up, down});
    std::sort(steps.begin(), steps.end(),
              [](const Step &a, const Step &b) { return a.name < b.name; });
}

QStringList MigratorPrivate::executed(const Track &track) const
{
    if (!track.stored)
        return {};
    QueryInterface qi = queryInterface();
    // As the CLI's SequelizeMeta: one VARCHAR(255) primary key column.
    qi.createTable(
        track.table,
        {{QStringLiteral("name"), Attribute(DataTypes::String()).primaryKey().allowNull(false)}});
    QStringList names;
    const QString sql
        = QStringLiteral("SELECT name FROM %1 ORDER BY name").arg(qi.quoteIdentifier(track.table));
    for (const QVariantMap &row : sequelize->query(sql).rows())
        names.append(row.value(QStringLiteral("name")).toString());
    return names;
}

QStringList MigratorPrivate::pending(const Track &track) const
{
    const QStringList done = executed(track);
    QStringList names;
    for (const Step &step : track.steps) {
        if (!done.contains(step.name))
            names.append(step.name);
    }
    return names;
}

void MigratorPrivate::up(Track &track, const Step &step) const
{
    QueryInterface qi = queryInterface();
    step.up(qi, *sequelize);
    if (track.stored)
        qi.bulkInsert(track.table, {{{QStringLiteral("name"), step.name}}});
}

void MigratorPrivate::down(Track &track, const Step &step) const
{
    if (!step.down)
        throw DefinitionError(QStringLiteral("The %1 %2 cannot be undone (it has no down step)")
                                  .arg(QLatin1StringView(track.noun), step.name));
    QueryInterface qi = queryInterface();
    step.down(qi, *sequelize);
    if (track.stored)
        qi.bulkDelete(track.table, {{QStringLiteral("name"), step.name}});
}

const MigratorPrivate::Step &MigratorPrivate::require(const Track &track, const QString &name) const
{
    const Step *step = track.find(name);
    if (!step)
        throw DefinitionError(
            QStringLiteral("Unknown %1 %2").arg(QLatin1StringView(track.noun), name));
    return *step;
}

QList<QPair<Migrator::Registration::Kind, MigratorPrivate::Step>> &MigratorPrivate::registry()
{
    static QList<QPair<Migrator::Registration::Kind, Step>> registrations;
    return registrations;
}

/*!
    \class QtSequelize::Migrator::Registration
    \inmodule QtSequelize
    \brief Registers a migration or seeder from a file of its own, as migration:generate writes
    it: a static Registration adds it to every Migrator made after it (before main() runs).
*/
Migrator::Registration::Registration(const QString &name, const Step &up, const Step &down,
                                     Kind kind)
{
    MigratorPrivate::registry().append({kind, {name, up, down}});
}

/*!
    A migrator over \a sequelize's database, with the migrations and seeders Registration
    objects registered.
*/
Migrator::Migrator(Sequelize *sequelize)
    : d(std::make_unique<MigratorPrivate>())
{
    d->sequelize = sequelize;
    for (const auto &[kind, step] : std::as_const(MigratorPrivate::registry()))
        (kind == Registration::Seeder ? d->seeders : d->migrations)
            .add(step.name, step.up, step.down);
}

Migrator::~Migrator() = default;

Migrator &Migrator::add(const QString &name, const Step &up, const Step &down)
{
    d->migrations.add(name, up, down);
    return *this;
}

QStringList Migrator::executed()
{
    return d->executed(d->migrations);
}

QStringList Migrator::pending()
{
    return d->pending(d->migrations);
}

QStringList Migrator::migrate(const QString &to)
{
    const QStringList done = executed();
    for (const QString &name : done) {
        if (!d->migrations.find(name))
            throw DefinitionError(
                QStringLiteral("Migration %1 was executed but is not registered").arg(name));
    }
    if (!to.isEmpty())
        d->require(d->migrations, to);
    QStringList ran;
    for (const auto &m : std::as_const(d->migrations.steps)) {
        if (!done.contains(m.name)) {
            d->up(d->migrations, m);
            ran.append(m.name);
        }
        if (m.name == to)
            break;
    }
    return ran;
}

QStringList Migrator::undo(const QString &to)
{
    QStringList done = executed();
    if (!to.isEmpty() && !done.contains(to))
        throw DefinitionError(QStringLiteral("Migration %1 has not been executed").arg(to));
    QStringList undone;
    while (!done.isEmpty()) {
        const QString name = done.takeLast();
        if (!d->migrations.find(name))
            throw DefinitionError(
                QStringLiteral("Migration %1 cannot be undone (it is not registered)").arg(name));
        d->down(d->migrations, d->require(d->migrations, name));
        undone.append(name);
        if (to.isEmpty() || name == to)
            break;
    }
    return undone;
}

/*!
    Undoes the executed migration \a name and no other, as Sequelize CLI's
    \c{db:migrate:undo --name} (umzug's down(name)); DefinitionError when it has not run.
*/
QStringList Migrator::undoOnly(const QString &name)
{
    if (!executed().contains(name))
        throw DefinitionError(QStringLiteral("Migration %1 has not been executed").arg(name));
    d->down(d->migrations, d->require(d->migrations, name));
    return {name};
}

QStringList Migrator::undoAll()
{
    const QStringList done = executed();
    return done.isEmpty() ? QStringList() : undo(done.first());
}

/*!
    Registers a seeder named \a name (a file of Sequelize CLI's seeders folder): \a up puts
    its data in, \a down takes it out.
*/
Migrator &Migrator::addSeeder(const QString &name, const Step &up, const Step &down)
{
    d->seeders.add(name, up, down);
    return *this;
}

/*!
    Where executed seeders are remembered: the SequelizeData table (the default here), or
    nowhere (SeederStorage::None, Sequelize CLI's default: db:seed:all then runs every seeder
    again each time).
    \a storage: where the seeders that ran are recorded.
*/
Migrator &Migrator::setSeederStorage(SeederStorage storage)
{
    d->seeders.stored = storage == SeederStorage::Sequelize;
    return *this;
}

Migrator &Migrator::setMigrationStorageTableName(const QString &table)
{
    d->migrations.table = table;
    return *this;
}

Migrator &Migrator::setSeederStorageTableName(const QString &table)
{
    d->seeders.table = table;
    return *this;
}

/*!
    Applies the Sequelize CLI keys of \a environment in the config file \a configFile (the one
    SequelizeOptions::fromConfigFile() reads the connection from).
*/
Migrator &Migrator::configure(const QString &configFile, const QString &environment)
{
    const QJsonObject config
        = ConfigFile::environment(configFile, ConfigFile::environmentName(environment));
    const auto storage = [&config](const char *key, bool allowNone) {
        const QString value = config.value(QLatin1StringView(key)).toString();
        if (value != QLatin1String("sequelize") && !(allowNone && value == QLatin1String("none")))
            throw DefinitionError(
                QStringLiteral("%1 \"%2\" is not available (\"sequelize\"%3)")
                    .arg(QLatin1StringView(key),
                         value == QLatin1String("json") ? value : QStringLiteral("?"),
                         allowNone ? QStringLiteral(" or \"none\"") : QString()));
        return value == QLatin1String("sequelize");
    };
    if (config.contains(QLatin1String("migrationStorage")))
        storage("migrationStorage", false);
    if (config.contains(QLatin1String("seederStorage")))
        d->seeders.stored = storage("seederStorage", true);
    const auto tableName = [&config](const char *key, QString *table) {
        if (!config.contains(QLatin1StringView(key)))
            return;
        *table = config.value(QLatin1StringView(key)).toString();
        if (table->isEmpty()) // not a string, or empty: never a table named ""
            throw DefinitionError(
                QStringLiteral("%1 must name a table").arg(QLatin1StringView(key)));
    };
    tableName("migrationStorageTableName", &d->migrations.table);
    tableName("seederStorageTableName", &d->seeders.table);
    return *this;
}

QStringList Migrator::executedSeeders()
{
    return d->executed(d->seeders);
}

QStringList Migrator::pendingSeeders()
{
    return d->pending(d->seeders);
}

/*!
    Runs the seeders \a names in the order given (\c{db:seed --seed}). Each must be registered
    and, with storage, not have run yet (DefinitionError before any runs).
*/
QStringList Migrator::seed(const QStringList &names)
{
    const QStringList done = executedSeeders();
    QList<const MigratorPrivate::Step *> steps;
    for (const QString &name : names) {
        steps.append(&d->require(d->seeders, name));
        if (done.contains(name))
            throw DefinitionError(QStringLiteral("Seeder %1 has already run").arg(name));
    }
    for (const MigratorPrivate::Step *step : std::as_const(steps))
        d->up(d->seeders, *step);
    return names;
}

QStringList Migrator::seedAll()
{
    return seed(pendingSeeders());
}

/*!
    Undoes the seeders \a names in the order given (\c{db:seed:undo --seed}); without names,
    the last one run (which needs storage: otherwise DefinitionError). With storage, a seeder
    that has not run is an error.
*/
QStringList Migrator::undoSeed(const QStringList &names)
{
    const QStringList done = executedSeeders();
    QStringList undo = names;
    if (undo.isEmpty()) {
        if (!d->seeders.stored)
            throw DefinitionError(QStringLiteral("Without seeder storage, name the seeders to "
                                                 "undo (--seed NAME)"));
        if (done.isEmpty())
            return {};
        undo = {done.last()};
    }
    QList<const MigratorPrivate::Step *> steps;
    for (const QString &name : std::as_const(undo)) {
        steps.append(&d->require(d->seeders, name));
        if (d->seeders.stored && !done.contains(name))
            throw DefinitionError(QStringLiteral("Seeder %1 has not run").arg(name));
    }
    for (const MigratorPrivate::Step *step : std::as_const(steps))
        d->down(d->seeders, *step);
    return undo;
}

QStringList Migrator::undoAllSeeds()
{
    QStringList names;
    if (d->seeders.stored) {
        names = executedSeeders();
    } else {
        for (const auto &s : std::as_const(d->seeders.steps))
            names.append(s.name);
    }
    std::reverse(names.begin(), names.end());
    return names.isEmpty() ? QStringList() : undoSeed(names);
}

} // namespace QtSequelize
