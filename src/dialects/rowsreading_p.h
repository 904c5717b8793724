// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ROWSREADING_P_H
#define QTSEQUELIZE_ROWSREADING_P_H

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

#include <QtSql/qsqlquery.h>

#include <exception>

namespace QtSequelize {

// Lives in the scope that reads a statement's rows (Dialect::nextRow() to endRows()) and
// finishes the query when an exception leaves that scope: a stored value the attribute's type
// cannot hold, a setter that throws. The statement cache keeps the query; left active, it
// would hold its read until the same statement ran again (on SQLite a lock on the table:
// DROP TABLE and ALTER TABLE failed with "database table is locked", and a WAL file could
// not be checkpointed past it).
class RowsReading
{
public:
    explicit RowsReading(QSqlQuery &query)
        : m_query(query)
        , m_exceptions(std::uncaught_exceptions())
    {
    }
    ~RowsReading()
    {
        if (std::uncaught_exceptions() > m_exceptions)
            m_query.finish();
    }
    RowsReading(const RowsReading &) = delete;
    RowsReading &operator=(const RowsReading &) = delete;

private:
    QSqlQuery &m_query;
    const int m_exceptions;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_ROWSREADING_P_H
