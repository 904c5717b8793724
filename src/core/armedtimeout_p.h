// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ARMEDTIMEOUT_P_H
#define QTSEQUELIZE_ARMEDTIMEOUT_P_H

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

#include "../dialects/dialect_p.h"
#include "connectionmanager_p.h"

#include <QtSql/qsqldatabase.h>

namespace QtSequelize {

// A statement timeout armed on a connection for one statement (StatementTimeout). Every
// statement passes here: without a timeout it touches nothing (no QSqlDatabase copy).
class ArmedTimeout
{
public:
    ArmedTimeout(const Dialect &dialect, Connection &c, int milliseconds)
        : m_dialect(dialect)
        , m_inTransaction(c.transactionDepth > 0)
        , m_armed(milliseconds > 0)
    {
        if (m_armed) {
            m_db = c.database();
            m_dialect.armStatementTimeout(m_db, m_inTransaction, milliseconds);
        }
    }
    ~ArmedTimeout()
    {
        if (m_armed)
            m_dialect.disarmStatementTimeout(m_db, m_inTransaction);
    }
    ArmedTimeout(const ArmedTimeout &) = delete;
    ArmedTimeout &operator=(const ArmedTimeout &) = delete;

private:
    const Dialect &m_dialect;
    QSqlDatabase m_db;
    const bool m_inTransaction;
    const bool m_armed;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_ARMEDTIMEOUT_P_H
