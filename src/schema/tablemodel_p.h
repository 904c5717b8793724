// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_TABLEMODEL_P_H
#define QTSEQUELIZE_TABLEMODEL_P_H

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

#include "../sql/tablename_p.h"

#include <QtSequelize/datatype.h>
#include <QtSequelize/modeldefinition.h>
#include <QtSequelize/queryinterface.h>

#include <memory>

namespace QtSequelize {

class Sequelize;

// The type a column's description (QueryInterface::describeTable()) reads as: INTEGER for
// "INT(11)", BOOLEAN for "TINYINT(1)", DATE for "TIMESTAMP WITH TIME ZONE", …; an invalid type
// (values bound as they are given) for none, an array or a type it does not know.
Q_SEQUELIZE_EXPORT DataType describedType(const QString &type);

// A model of a table that QueryInterface names without one: an attribute per column, named and
// typed as the column, not registered with \a sequelize. The query generator writes a where
// from a model (the columns it names, the values as their types are bound); QueryInterface's
// where over a plain table is written through this one. Throws DatabaseError for a table that
// does not exist.
Q_SEQUELIZE_EXPORT std::unique_ptr<ModelDefinition>
tableModel(Sequelize *sequelize, const TableName &table,
           const QMap<QString, ColumnDescription> &columns);
// The same from the attributes of a table to be created, each named as its column.
Q_SEQUELIZE_EXPORT std::unique_ptr<ModelDefinition>
tableModel(Sequelize *sequelize, const TableName &table, const Attributes &columns);

// The columns of \a table (named \a tableName by the caller); DatabaseError when there is no
// such table.
QMap<QString, ColumnDescription> describedColumns(Sequelize *sequelize, const TableName &table,
                                                  const QString &tableName);
// tableModel() of the columns of \a table as they are: through it QueryInterface's addIndex()
// writes a where, and bulkUpdate() and bulkDelete() theirs (Sequelize's operators: {age: {gt:
// 5}}), binding each value as its column's type (text where a number is stored is an error,
// never MariaDB's 0).
std::unique_ptr<ModelDefinition> describedModel(Sequelize *sequelize, const TableName &table,
                                                const QString &tableName);

} // namespace QtSequelize

#endif // QTSEQUELIZE_TABLEMODEL_P_H
