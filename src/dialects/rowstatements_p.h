// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ROWSTATEMENTS_P_H
#define QTSEQUELIZE_ROWSTATEMENTS_P_H

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

#include "../sql/statement_p.h"
#include "../sql/tablename_p.h"
#include "dialect_p.h"

#include <QtCore/qstringlist.h>
#include <QtCore/qvariantmap.h>

#include <functional>

namespace QtSequelize {

// The table-level INSERT, UPDATE and DELETE of rows. insert() is the one builder of multi-row
// INSERTs: the query generator writes a model's rows with it (values written per attribute,
// ON CONFLICT and RETURNING added after), QueryInterface's bulkInsert() rows of column → value
// maps (insertRows(), in chunks of Dialect::rowsPerInsert()).
class Q_SEQUELIZE_EXPORT RowStatements
{
public:
    explicit RowStatements(const Dialect &dialect)
        : m_dialect(dialect)
    {
    }

    // Appends the value of row \a row, column \a column to the statement (a bound ?, or SQL).
    using ValueWriter = std::function<void(Statement &, qsizetype row, qsizetype column)>;
    // INSERT INTO \a quotedTable (\a quotedColumns) VALUES (...), ... for \a rows rows;
    // without columns, one row of the table's defaults (the dialect's DEFAULT VALUES).
    Statement insert(const QString &quotedTable, const QStringList &quotedColumns, qsizetype rows,
                     const ValueWriter &value) const;

    // Rows given as column → value maps, values bound, in as many statements as the dialect's
    // limits want.
    QList<Statement> insertRows(const TableName &table, const QList<QVariantMap> &rows) const;

private:
    const Dialect &m_dialect;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_ROWSTATEMENTS_P_H
