// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Migrator::run(): Sequelize CLI's commands over a Migrator, and the files migration:generate
// and seed:generate write.

#include "migrator_p.h"
#include "modeldiff_p.h"

#include "../core/sequelize_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qtextstream.h>

namespace QtSequelize {

namespace {

// The value of --option VALUE or --option=VALUE; every value of a repeated option in \a all.
QString optionValue(const QStringList &arguments, const QString &option, QStringList *all = nullptr)
{
    QString value;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString found;
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            found = arguments.at(i).mid(option.size() + 1);
        else if (arguments.at(i) == option && i + 1 < arguments.size())
            found = arguments.at(i + 1);
        else
            continue;
        if (all)
            all->append(found);
        if (value.isEmpty())
            value = found;
    }
    return value;
}

const char Usage[] = " db:migrate [--to NAME] | db:migrate:undo [--name NAME] | "
                     "db:migrate:undo:all [--to NAME] | db:migrate:status | db:seed --seed NAME... "
                     "| db:seed:undo [--seed NAME...] | db:seed:all | db:seed:undo:all | "
                     "db:create | db:drop | migration:generate --name NAME [--migrations-path "
                     "DIR] [--from-models] | seed:generate --name NAME [--seeders-path DIR]";

// CREATE/DROP DATABASE of the database \a sequelize names, run from the server's maintenance
// database (the named one may not exist yet, or is the one to drop).
void createOrDropDatabase(Sequelize *sequelize, bool create)
{
    const SequelizeOptions options = sequelize->options();
    const Dialect &dialect = *SequelizePrivate::get(sequelize)->dialect;
    const QString name = options.databaseName();
    // The dialect refuses first where there is no database to create or drop (SQLite's file).
    (void)(create ? dialect.createDatabaseStatement(name) : dialect.dropDatabaseStatement(name));
    if (name.isEmpty())
        throw DefinitionError(QStringLiteral("The connection names no database"));
    SequelizeOptions maintenance = options;
    maintenance.database(dialect.maintenanceDatabase()).logging(false);
    Sequelize server(maintenance);
    if (create)
        server.queryInterface().createDatabase(name);
    else
        server.queryInterface().dropDatabase(name);
}

} // namespace

int Migrator::run(const QStringList &arguments, QTextStream *given)
{
    QTextStream standardOutput(stdout);
    QTextStream &out = given ? *given : standardOutput;
    const QString command = arguments.value(1);
    const QStringList options = arguments.mid(2);
    // As umzug logs: "== name: migrated" for migrations and seeders alike.
    const auto report = [&out](const QStringList &names, const char *done, const char *none) {
        for (const QString &name : names)
            out << "== " << name << ": " << done << '\n';
        if (names.isEmpty())
            out << none << '\n';
    };
    QStringList seeds;
    optionValue(options, QStringLiteral("--seed"), &seeds);
    try {
        if (command == QLatin1String("db:migrate")) {
            report(migrate(optionValue(options, QStringLiteral("--to"))), "migrated",
                   "No migrations were executed, database schema was already up to date.");
        } else if (command == QLatin1String("db:migrate:undo")) {
            const QString name = optionValue(options, QStringLiteral("--name"));
            report(name.isEmpty() ? undo() : undoOnly(name), "reverted",
                   "No executed migrations found.");
        } else if (command == QLatin1String("db:migrate:undo:all")) {
            const QString to = optionValue(options, QStringLiteral("--to"));
            report(to.isEmpty() ? undoAll() : undo(to), "reverted",
                   "No executed migrations found.");
        } else if (command == QLatin1String("db:migrate:status")) {
            const QStringList done = executed();
            for (const auto &m : std::as_const(d->migrations.steps))
                out << (done.contains(m.name) ? "up   " : "down ") << m.name << '\n';
        } else if (command == QLatin1String("db:seed")) {
            if (seeds.isEmpty())
                throw DefinitionError(QStringLiteral("db:seed needs --seed NAME"));
            report(seed(seeds), "migrated", "No seeders found.");
        } else if (command == QLatin1String("db:seed:undo")) {
            report(undoSeed(seeds), "reverted", "No seeders found.");
        } else if (command == QLatin1String("db:seed:all")) {
            report(seedAll(), "migrated", "No seeders found.");
        } else if (command == QLatin1String("db:seed:undo:all")) {
            report(undoAllSeeds(), "reverted", "No seeders found.");
        } else if (command == QLatin1String("db:create") || command == QLatin1String("db:drop")) {
            const bool create = command == QLatin1String("db:create");
            createOrDropDatabase(d->sequelize, create);
            out << "Database " << d->sequelize->options().databaseName()
                << (create ? " created." : " dropped.") << '\n';
        } else if (command == QLatin1String("migration:generate")
                   || command == QLatin1String("seed:generate")) {
            const bool seeder = command == QLatin1String("seed:generate");
            QString directory = optionValue(options,
                                            seeder ? QStringLiteral("--seeders-path")
                                                   : QStringLiteral("--migrations-path"));
            if (directory.isEmpty())
                directory = seeder ? QStringLiteral("seeders") : QStringLiteral("migrations");
            const QString name = optionValue(options, QStringLiteral("--name"));
            const bool fromModels = options.contains(QStringLiteral("--from-models"));
            if (fromModels && seeder)
                throw DefinitionError(QStringLiteral("--from-models writes migrations"));
            const QString path = fromModels
                ? generateFromModels(directory, name)
                : generate(directory, name,
                           seeder ? Registration::Seeder : Registration::Migration);
            if (path.isEmpty()) {
                out << "The database matches the models: no migration was written.\n";
                out.flush();
                return 0;
            }
            out << "New " << (seeder ? "seed" : "migration") << " was created at " << path
                << " (add it to your program's sources).\n";
        } else {
            out << "usage: " << arguments.value(0) << Usage << '\n';
            out.flush();
            return 2;
        }
    } catch (const BaseError &error) {
        out << "ERROR: " << error.message() << '\n';
        out.flush();
        return 1;
    }
    out.flush();
    return 0;
}

namespace {

// Writes <UTC timestamp>-<name>.cpp into \a directory: a Migrator::Registration with the step
// bodies given (C++ statements over `queryInterface`).
QString writeStepFile(const QString &directory, const QString &name,
                      Migrator::Registration::Kind kind, const QString &up, const QString &down)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!plain.match(name).hasMatch())
        throw DefinitionError(QStringLiteral("A migration or seeder name is letters, digits, '-' "
                                             "and '_' (--name NAME)"));
    const QString full
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss-")) + name;
    if (!QDir().mkpath(directory))
        throw DefinitionError(QStringLiteral("Cannot create the folder %1").arg(directory));
    const QString path = QDir(directory).filePath(full + QStringLiteral(".cpp"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Text))
        throw DefinitionError(QStringLiteral("Cannot write %1").arg(path));
    const bool seeder = kind == Migrator::Registration::Seeder;
    QTextStream text(&file);
    text << "// " << (seeder ? "Seeder" : "Migration") << " " << full << ", written by "
         << (seeder ? "seed:generate" : "migration:generate") << ".\n\n"
         << "#include <QtSequelize/Errors>\n#include <QtSequelize/Migrator>\n"
         << "#include <QtSequelize/QueryInterface>\n#include <QtSequelize/Sequelize>\n\n"
         << "using namespace QtSequelize;\n\n"
         << "static const Migrator::Registration registration(\n    \"" << full << "\",\n"
         << "    [](QueryInterface &queryInterface, Sequelize &sequelize) {\n"
         << "        Q_UNUSED(queryInterface);\n        Q_UNUSED(sequelize);\n"
         << up << "    },\n    [](QueryInterface &queryInterface, Sequelize &sequelize) {\n"
         << "        Q_UNUSED(queryInterface);\n        Q_UNUSED(sequelize);\n"
         << down << "    }" << (seeder ? ",\n    Migrator::Registration::Seeder);\n" : ");\n");
    return path;
}

} // namespace

/*!
    Writes the skeleton of a new migration (or seeder) named \a name into \a directory, as
    Sequelize CLI's migration:generate: \c{<YYYYMMDDHHMMSS>-<name>.cpp} (UTC), holding a
    Migrator::Registration with empty up and down steps. Add the file to the program's sources
    (a CMake glob of the folder does it); every Migrator then has it. \a name is letters,
    digits, '-' and '_' (DefinitionError otherwise); an existing file is never overwritten.
    Returns the file's path.
    \a kind: a migration or a seeder.
*/
QString Migrator::generate(const QString &directory, const QString &name, Registration::Kind kind)
{
    const bool seeder = kind == Registration::Seeder;
    return writeStepFile(
        directory, name, kind,
        seeder ? QStringLiteral("        // queryInterface.bulkInsert(\"People\", {{{\"name\", "
                                "\"John Doe\"}}});\n")
               : QStringLiteral("        // queryInterface.createTable(\"users\", {{\"id\", "
                                "Attribute(DataTypes::Integer()).primaryKey()}});\n"),
        seeder ? QStringLiteral("        // queryInterface.bulkDelete(\"People\", {});\n")
               : QStringLiteral("        // queryInterface.dropTable(\"users\");\n"));
}

/*!
    Writes the migration that turns the database's tables into this Migrator's Sequelize's
    models (migration:generate --from-models): the tables sync() would create (with the
    models' indexes), the columns it would add and the columns no attribute names, dropped
    (whose down step is left to write: the file's down throws until it is). Type, nullability and
    default changes of existing columns are not written. Returns the file's path, or an empty
    string when the database already matches (nothing is written).
    \a directory is the folder written into and \a name the migration's name.
*/
QString Migrator::generateFromModels(const QString &directory, const QString &name)
{
    const QList<ModelDiff::Operation> operations = ModelDiff::compute(d->sequelize);
    if (operations.isEmpty())
        return QString();
    return writeStepFile(directory, name, Registration::Migration,
                         ModelDiff::render(operations, true), ModelDiff::render(operations, false));
}

/*!
    Registers, as migration \a name, the steps that turn the database's tables into the models
    as they are now (what generateFromModels() writes), without a file.
*/
Migrator &Migrator::addFromModels(const QString &name)
{
    const QList<ModelDiff::Operation> operations = ModelDiff::compute(d->sequelize);
    return add(
        name, [operations](QueryInterface &qi, Sequelize &) { ModelDiff::up(operations, qi); },
        [operations](QueryInterface &qi, Sequelize &) { ModelDiff::down(operations, qi); });
}

} // namespace QtSequelize
