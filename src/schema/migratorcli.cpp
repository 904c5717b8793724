// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Migrator::run(): Sequelize CLI's commands over a Migrator, and the files migration:generate
// and seed:generate write.

#include "migrator_p.h"

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
                     "DIR] | seed:generate --name NAME [--seeders-path DIR]";

// CREATE/DROP DATABASE of the database \a sequelize names, run from the server's maintenance
// database (the named one may not exist yet, or is the one to drop).
void createOrDropDatabase(Sequelize *sequelize, bool create)
{
    const SequelizeOptions options = sequelize->options();
    const Dialect &dialect = *SequelizePrivate::get(sequelize)->dialect;
    const QString name = options.databaseName();
    if (name.isEmpty() && dialect.supportsSchemas())
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
            const QString path = generate(directory, optionValue(options, QStringLiteral("--name")),
                                          seeder ? Registration::Seeder : Registration::Migration);
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

/*!
    Writes the skeleton of a new migration (or seeder) named \a name into \a directory, as
    Sequelize CLI's migration:generate: \c{<YYYYMMDDHHMMSS>-<name>.cpp} (UTC), holding a
    Migrator::Registration with empty up and down steps. Add the file to the program's sources
    (a CMake glob of the folder does it); every Migrator then has it. \a name is letters,
    digits, '-' and '_' (DefinitionError otherwise); an existing file is never overwritten.
    Returns the file's path.
*/
QString Migrator::generate(const QString &directory, const QString &name, Registration::Kind kind)
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
    const bool seeder = kind == Registration::Seeder;
    QTextStream text(&file);
    text << "// " << (seeder ? "Seeder" : "Migration") << " " << full << ", written by "
         << (seeder ? "seed:generate" : "migration:generate") << ".\n\n"
         << "#include <QtSequelize/Migrator>\n#include <QtSequelize/QueryInterface>\n"
         << "#include <QtSequelize/Sequelize>\n\nusing namespace QtSequelize;\n\n"
         << "static const Migrator::Registration registration(\n    \"" << full << "\",\n"
         << "    [](QueryInterface &queryInterface, Sequelize &sequelize) {\n"
         << "        Q_UNUSED(queryInterface);\n        Q_UNUSED(sequelize);\n"
         << (seeder ? "        // queryInterface.bulkInsert(\"People\", {{{\"name\", \"John "
                      "Doe\"}}});\n"
                    : "        // queryInterface.createTable(\"users\", {{\"id\", "
                      "Attribute(DataTypes::Integer()).primaryKey()}});\n")
         << "    },\n    [](QueryInterface &queryInterface, Sequelize &sequelize) {\n"
         << "        Q_UNUSED(queryInterface);\n        Q_UNUSED(sequelize);\n"
         << (seeder ? "        // queryInterface.bulkDelete(\"People\", {});\n"
                    : "        // queryInterface.dropTable(\"users\");\n")
         << "    }" << (seeder ? ",\n    Migrator::Registration::Seeder);\n" : ");\n");
    return path;
}

} // namespace QtSequelize
