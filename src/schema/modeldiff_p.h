// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MODELDIFF_P_H
#define QTSEQUELIZE_MODELDIFF_P_H

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

#include <QtSequelize/indexoptions.h>
#include <QtSequelize/queryinterface.h>

namespace QtSequelize {

// migration:generate --from-models: what turns the database's tables into the models' (the
// tables, columns and indexes sync() would create, the columns sync({alter}) would change or
// drop), as QueryInterface calls that can be run and written out as C++.
namespace ModelDiff {

struct Operation
{
    // AddConstraint: sync({alter})'s unique constraint (indexUnique) or foreign key (the
    // column's attribute says to what) that an existing column lacks, named indexName.
    enum Kind { CreateTable, AddColumn, RemoveColumn, AddIndex, ChangeColumn, AddConstraint };
    Operation(Kind kind, const QString &table, const QList<QPair<QString, Attribute>> &columns = {})
        : kind(kind)
        , table(table)
        , columns(columns)
    {
    }
    Kind kind;
    QString table;
    QList<QPair<QString, Attribute>> columns; // CreateTable: all; others: one
    QString column; // RemoveColumn
    QString removedType; // RemoveColumn: the type the database reports; ChangeColumn: the
                         // column's definition before (its type, NOT NULL, DEFAULT)
    QStringList indexFields; // AddIndex: columns
    QString indexName;
    bool indexUnique = false;
    QString indexMethod;
    QString indexType;
    // CreateTable of a table in a cycle of foreign keys on SQLite, which cannot drop such
    // tables one by one: the down step is the user's to write.
    bool inCycle = false;
};

QList<Operation> compute(Sequelize *sequelize);
void up(const QList<Operation> &operations, QueryInterface &queryInterface);
void down(const QList<Operation> &operations, QueryInterface &queryInterface);
// The body of the up (or down) step as C++ statements over `queryInterface`.
QString render(const QList<Operation> &operations, bool up);

} // namespace ModelDiff
} // namespace QtSequelize

#endif // QTSEQUELIZE_MODELDIFF_P_H
