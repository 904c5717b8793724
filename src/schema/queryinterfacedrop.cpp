// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// QueryInterface's table drops: dropTable() and dropAllTables().

#include <QtSequelize/queryinterface.h>

#include "../dialects/ddlgenerator_p.h"
#include "queryinterface_p.h"
#include "schemachanges_p.h"

#include <QtSequelize/errors.h>

#include <optional>

namespace QtSequelize {

void QueryInterface::dropTable(const QString &tableName)
{
    const TableName table = d->table(tableName);
    // Not the model's drop (CASCADE on PostgreSQL): a referenced table stays, as in Sequelize;
    // its columns' own ENUM types go (PostgreSQL), else a new table would keep their values.
    SequelizePrivate *s = SequelizePrivate::get(d->sequelize);
    const QString referencing
        = s->dialect->referencingTable(SchemaChanges::rows(s), table, QString());
    if (!referencing.isEmpty())
        throw DatabaseError(
            QStringLiteral("Cannot drop table \"%1\": a foreign key of \"%2\" references it")
                .arg(tableName, referencing));
    const QStringList types = s->dialect->dropOwnTypes(SchemaChanges::rows(s), table);
    SchemaChanges::run(s, {DdlGenerator(*s->dialect).dropTable(table)});
    SchemaChanges::run(s, types);
}

// A cycle of foreign keys between \a tables, as Sequelize's dropAllTables breaks it: the keys
// between them are dropped (SQLite: the tables are, with its foreign key checks off, unless a
// table of \a others references one of them). False when there was nothing to drop.
static bool dropKeysBetween(const QueryInterfaceData &d, const QStringList &tables,
                            const QStringList &others)
{
    SequelizePrivate *s = SequelizePrivate::get(d.sequelize);
    QList<TableName> names;
    for (const QString &name : tables)
        names.append(d.table(name));
    if (s->dialect->foreignKeyChecksOff().isEmpty())
        return SchemaChanges::dropForeignKeysBetween(s, names);
    for (const QString &other : others) {
        for (const QVariantMap &key :
             s->dialect->foreignKeyReferences(SchemaChanges::rows(s), d.table(other))) {
            if (tables.contains(key.value(QStringLiteral("referencedTableName")).toString()))
                return false; // dropTable()'s error stands
        }
    }
    SchemaChanges::withForeignKeyChecksOff(s, true, [&] {
        for (const TableName &table : std::as_const(names))
            SchemaChanges::run(s, {DdlGenerator(*s->dialect).dropTable(table)});
    });
    return true;
}

/*!
    Drops every table of the database (the current schema on PostgreSQL), breaking
    foreign key cycles as Sequelize's \c{dropAllTables} does (see dropTables()).
*/
void QueryInterface::dropAllTables()
{
    dropTables(showAllTables());
}

/*!
    Drops \a tables, the tables that reference others first; the foreign keys between
    them that form a cycle are dropped first (on SQLite the tables themselves, with its
    foreign key checks off). A table outside \a tables that references one of them stops
    it with a DatabaseError, as dropTable() does.
*/
void QueryInterface::dropTables(const QStringList &tables)
{
    // Referenced tables go after the tables that reference them: drop what can be dropped
    // until nothing is left or a round makes no progress.
    QStringList remaining = tables;
    while (!remaining.isEmpty()) {
        QStringList failed;
        std::optional<DatabaseError> lastError;
        for (const QString &table : std::as_const(remaining)) {
            try {
                dropTable(table);
            } catch (const DatabaseError &error) {
                failed.append(table);
                lastError = error;
            }
        }
        if (failed.size() == remaining.size() && lastError) {
            QStringList others = showAllTables();
            others.removeIf([&](const QString &table) { return tables.contains(table); });
            if (!dropKeysBetween(*d, failed, others))
                lastError->raise();
        }
        remaining = failed;
    }
}

} // namespace QtSequelize
