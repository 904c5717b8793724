// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// QueryInterface's PostgreSQL ENUM types: Sequelize's pgListEnums, dropEnum and dropAllEnums.

#include <QtSequelize/queryinterface.h>

#include "queryinterface_p.h"
#include "schemachanges_p.h"

namespace QtSequelize {

/*!
    PostgreSQL's ENUM types in this interface's schema, each as \c{{enum_name, enum_value}}
    (its labels in order), by name, as Sequelize's \c pgListEnums: every type of the schema,
    or with \a table and \a attribute only the type of that column (\c{enum_<table>_<attribute>}).
    SQLite and MariaDB have no ENUM types of their own: DefinitionError.
*/
QList<QVariantMap> QueryInterface::pgListEnums(const QString &table, const QString &attribute)
{
    SequelizePrivate *s = SequelizePrivate::get(d->sequelize);
    return s->dialect->listEnums(SchemaChanges::rows(s), d->table(table), attribute);
}

/*!
    Drops the ENUM type \a enumName of this interface's schema if there is one (Sequelize's
    \c dropEnum). A type a column still uses is not dropped: DatabaseError. DefinitionError on
    SQLite and MariaDB.
*/
void QueryInterface::dropEnum(const QString &enumName)
{
    SequelizePrivate *s = SequelizePrivate::get(d->sequelize);
    SchemaChanges::run(s, {s->dialect->dropEnum(d->table(enumName))});
}

/*!
    Drops every ENUM type of this interface's schema (Sequelize's \c dropAllEnums), after the
    tables that use them. DefinitionError on SQLite and MariaDB.
*/
void QueryInterface::dropAllEnums()
{
    SequelizePrivate *s = SequelizePrivate::get(d->sequelize);
    QStringList statements;
    for (const QVariantMap &type : pgListEnums())
        statements.append(
            s->dialect->dropEnum(d->table(type.value(QStringLiteral("enum_name")).toString())));
    SchemaChanges::run(s, statements);
}

} // namespace QtSequelize
