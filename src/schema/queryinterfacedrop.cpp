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
// between them are dropped (SQLite: the tables are, with its foreign key checks off). False
// when there was nothing to drop.
static bool dropKeysBetween(QueryInterface &qi, const QueryInterfaceData &data,
                            const QStringList &tables)
{
    const QueryInterfaceData *d = &data;
    SequelizePrivate *s = SequelizePrivate::get(d->sequelize);
    const QStringList checksOff = s->dialect->foreignKeyChecksOff();
    if (!checksOff.isEmpty()) {
        SchemaChanges::run(s, checksOff);
        try {
            for (const QString &name : tables)
                SchemaChanges::run(s, {DdlGenerator(*s->dialect).dropTable(d->table(name))});
        } catch (...) {
            SchemaChanges::run(s, s->dialect->foreignKeyChecksOn());
            throw;
        }
        SchemaChanges::run(s, s->dialect->foreignKeyChecksOn());
        return true;
    }
    bool dropped = false;
    for (const QString &name : tables) {
        QStringList keys;
        for (const QVariantMap &key : qi.getForeignKeyReferencesForTable(name)) {
            const QString constraint = key.value(QStringLiteral("constraintName")).toString();
            if (!keys.contains(constraint)
                && tables.contains(key.value(QStringLiteral("referencedTableName")).toString()))
                keys.append(constraint);
        }
        for (const QString &constraint : std::as_const(keys))
            SchemaChanges::run(s,
                               {s->dialect->dropConstraint(d->table(name), constraint,
                                                           QStringLiteral("FOREIGN KEY"))});
        dropped = dropped || !keys.isEmpty();
    }
    return dropped;
}

void QueryInterface::dropAllTables()
{
    // Referenced tables go after the tables that reference them: drop what can be dropped
    // until nothing is left or a round makes no progress.
    QStringList remaining = showAllTables();
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
        if (failed.size() == remaining.size() && lastError && !dropKeysBetween(*this, *d, failed))
            lastError->raise();
        remaining = failed;
    }
}

} // namespace QtSequelize
