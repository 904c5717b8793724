// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// QueryInterface's change triggers (ModelOptions::watchChanges() for migrated tables).

#include "queryinterface_p.h"

#include "../dialects/changefeed_p.h"
#include "../query/options_p.h"

#include <QtSequelize/errors.h>

namespace QtSequelize {

/*!
    Installs, or replaces, the triggers through which a model with ModelOptions::watchChanges()
    learns of the changes every client makes to \a tableName: for a table a migration made, where
    sync() does not run. \a keyColumns are the table's primary key columns (the key
    ModelDefinition::databaseChanged() reports). On SQLite and MariaDB the change log table
    \c qtsequelize_changes is created too; on PostgreSQL the trigger function
    \c qtsequelize_notify_change(). Throws DefinitionError without key columns.
*/
void QueryInterface::addChangeTriggers(const QString &tableName, const QStringList &keyColumns)
{
    if (keyColumns.isEmpty() || keyColumns.contains(QString()))
        throw DefinitionError(QStringLiteral("addChangeTriggers needs the table's key columns"));
    const TableName table = d->table(tableName);
    SequelizePrivate *s = SequelizePrivate::get(d->sequelize);
    const std::unique_ptr<ChangeFeed> feed = s->dialect->changeFeed();
    Connection *connection = s->connectionFor(OptionsData());
    for (const QString &sql : feed->setupStatements() + feed->installTriggers(table, keyColumns))
        s->executeDirect(sql, connection, true);
}

/*!
    Drops the triggers addChangeTriggers() or sync() installed on \a tableName (none: nothing
    happens). The change log stays.
*/
void QueryInterface::removeChangeTriggers(const QString &tableName)
{
    const TableName table = d->table(tableName);
    SequelizePrivate *s = SequelizePrivate::get(d->sequelize);
    Connection *connection = s->connectionFor(OptionsData());
    for (const QString &sql : s->dialect->changeFeed()->removeTriggers(table))
        s->executeDirect(sql, connection, true);
}

} // namespace QtSequelize
