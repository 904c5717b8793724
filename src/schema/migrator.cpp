// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/migrator.h>

#include <QtSequelize/errors.h>
#include <QtSequelize/queryinterface.h>
#include <QtSequelize/sequelize.h>

#include <QtCore/qtextstream.h>

#include <algorithm>

namespace QtSequelize {

// Sequelize CLI's table of executed migrations.
static const QString MetaTable = QStringLiteral("SequelizeMeta");

class MigratorPrivate
{
public:
    struct Migration
    {
        QString name;
        Migrator::Step up;
        Migrator::Step down;
    };

    Sequelize *sequelize = nullptr;
    QList<Migration> migrations; // in name order

    QueryInterface queryInterface() const { return sequelize->queryInterface(); }
    const Migration *find(const QString &name) const
    {
        for (const Migration &m : migrations) {
            if (m.name == name)
                return &m;
        }
        return nullptr;
    }
    void ensureMeta() const
    {
        queryInterface().createTable(
            MetaTable,
            {{QStringLiteral("name"),
              Attribute(DataTypes::String()).primaryKey().allowNull(false)}});
    }
};

Migrator::Migrator(Sequelize *sequelize)
    : d(std::make_unique<MigratorPrivate>())
{
    d->sequelize = sequelize;
}

Migrator::~Migrator() = default;

Migrator &Migrator::add(const QString &name, const Step &up, const Step &down)
{
    if (name.isEmpty() || !up || d->find(name))
        throw DefinitionError(
            QStringLiteral("A migration needs a unique name and an up step (%1)").arg(name));
    d->migrations.append({name, up, down});
    std::sort(d->migrations.begin(), d->migrations.end(),
              [](const auto &a, const auto &b) { return a.name < b.name; });
    return *this;
}

QStringList Migrator::executed()
{
    d->ensureMeta();
    QStringList names;
    const QString sql = QStringLiteral("SELECT name FROM %1 ORDER BY name")
                            .arg(d->queryInterface().quoteIdentifier(MetaTable));
    for (const QVariantMap &row : d->sequelize->query(sql).rows())
        names.append(row.value(QStringLiteral("name")).toString());
    return names;
}

QStringList Migrator::pending()
{
    const QStringList done = executed();
    QStringList names;
    for (const auto &m : std::as_const(d->migrations)) {
        if (!done.contains(m.name))
            names.append(m.name);
    }
    return names;
}

QStringList Migrator::migrate(const QString &to)
{
    const QStringList done = executed();
    for (const QString &name : done) {
        if (!d->find(name))
            throw DefinitionError(
                QStringLiteral("Migration %1 was executed but is not registered").arg(name));
    }
    if (!to.isEmpty() && !d->find(to))
        throw DefinitionError(QStringLiteral("Unknown migration %1").arg(to));
    QStringList ran;
    QueryInterface qi = d->queryInterface();
    for (const auto &m : std::as_const(d->migrations)) {
        if (!done.contains(m.name)) {
            m.up(qi, *d->sequelize);
            qi.bulkInsert(MetaTable, {{{QStringLiteral("name"), m.name}}});
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
    QueryInterface qi = d->queryInterface();
    while (!done.isEmpty()) {
        const QString name = done.takeLast();
        const MigratorPrivate::Migration *m = d->find(name);
        if (!m || !m->down)
            throw DefinitionError(QStringLiteral("Migration %1 cannot be undone (%2)")
                                      .arg(name,
                                           m ? QStringLiteral("it has no down step")
                                             : QStringLiteral("it is not registered")));
        m->down(qi, *d->sequelize);
        qi.bulkDelete(MetaTable, {{QStringLiteral("name"), name}});
        undone.append(name);
        if (to.isEmpty() || name == to)
            break;
    }
    return undone;
}

QStringList Migrator::undoAll()
{
    const QStringList done = executed();
    return done.isEmpty() ? QStringList() : undo(done.first());
}

static QString optionValue(const QStringList &arguments, const QString &option)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(option + QLatin1Char('=')))
            return arguments.at(i).mid(option.size() + 1);
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return QString();
}

int Migrator::run(const QStringList &arguments, QTextStream *given)
{
    QTextStream standardOutput(stdout);
    QTextStream &out = given ? *given : standardOutput;
    const QString command = arguments.value(1);
    const QStringList options = arguments.mid(2);
    const auto report = [&out](const QStringList &names, const char *done, const char *none) {
        for (const QString &name : names)
            out << "== " << name << ": " << done << '\n';
        if (names.isEmpty())
            out << none << '\n';
    };
    try {
        if (command == QLatin1String("db:migrate")) {
            report(migrate(optionValue(options, QStringLiteral("--to"))), "migrated",
                   "No migrations were executed, database schema was already up to date.");
        } else if (command == QLatin1String("db:migrate:undo")) {
            const QString name = optionValue(options, QStringLiteral("--name"));
            report(name.isEmpty() ? undo() : undo(name), "reverted",
                   "No executed migrations found.");
        } else if (command == QLatin1String("db:migrate:undo:all")) {
            const QString to = optionValue(options, QStringLiteral("--to"));
            report(to.isEmpty() ? undoAll() : undo(to), "reverted",
                   "No executed migrations found.");
        } else if (command == QLatin1String("db:migrate:status")) {
            const QStringList done = executed();
            for (const auto &m : std::as_const(d->migrations))
                out << (done.contains(m.name) ? "up   " : "down ") << m.name << '\n';
        } else {
            out << "usage: " << arguments.value(0)
                << " db:migrate [--to NAME] | db:migrate:undo [--name NAME] | "
                   "db:migrate:undo:all [--to NAME] | db:migrate:status\n";
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

} // namespace QtSequelize
