// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SCHEMACHANGES_P_H
#define QTSEQUELIZE_SCHEMACHANGES_P_H

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

#include "../dialects/ddlgenerator_p.h"

#include <QtSequelize/queryinterface.h>

#include <functional>

namespace QtSequelize {

class SequelizePrivate;
class ModelDefinitionPrivate;

// The schema operations QueryInterface offers and sync({alter}) uses, on column specs.
namespace SchemaChanges {

// The columns of \a table, in order; empty when there is no such table.
QList<QPair<QString, ColumnDescription>> describe(SequelizePrivate *sequelize,
                                                  const TableName &table);
// \a given with the defaults the database needs (MariaDB: utf8mb4 where the database's default
// charset is not).
TableOptions resolveTableOptions(SequelizePrivate *sequelize, const TableOptions &given);
// The names of \a table's indexes.
QStringList indexNames(SequelizePrivate *sequelize, const TableName &table);
void addColumn(SequelizePrivate *sequelize, const TableName &table, const ColumnSpec &column);
void removeColumn(SequelizePrivate *sequelize, const TableName &table, const QString &column);
// Type, nullability and default (not uniqueness) of \a column, as the dialect can.
void changeColumn(SequelizePrivate *sequelize, const TableName &table, const ColumnSpec &column);

// Running DDL on the connection schema statements use (the calling thread's, or its ambient
// transaction's: SequelizePrivate::connectionFor(OptionsData())), and reading rows there for the
// dialect's schema-reading functions.
void run(SequelizePrivate *sequelize, const QStringList &statements);
Dialect::RowReader rows(SequelizePrivate *sequelize);

// Runs \a work with the dialect's foreign key checks off when \a off (SQLite's PRAGMA; other
// dialects have none), and turns them on again after, also when \a work throws.
void withForeignKeyChecksOff(SequelizePrivate *sequelize, bool off,
                             const std::function<void()> &work);
// Drops the foreign keys between \a tables (those of one of them that reference another), so
// that each can be dropped; false when there were none.
bool dropForeignKeysBetween(SequelizePrivate *sequelize, const QList<TableName> &tables);
// Whether \a keys (Dialect::foreignKeyReferences(), QueryInterface's
// getForeignKeyReferencesForTable()) hold a key of \a column to the table named \a referenced.
bool hasForeignKey(const QList<QVariantMap> &keys, const QString &column,
                   const QString &referenced);
// The foreign keys of \a model its table lacks, added by ALTER TABLE (dialects that add
// constraints; SQLite rebuilds a table for one: QueryInterface::addConstraint()).
void addMissingForeignKeys(SequelizePrivate *sequelize, ModelDefinitionPrivate *model);

} // namespace SchemaChanges
} // namespace QtSequelize

#endif // QTSEQUELIZE_SCHEMACHANGES_P_H
