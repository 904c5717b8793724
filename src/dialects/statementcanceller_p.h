// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_STATEMENTCANCELLER_P_H
#define QTSEQUELIZE_STATEMENTCANCELLER_P_H

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

#include <QtCore/qmutex.h>

namespace QtSequelize {

// Stops the statement a connection runs, from another thread (a cancelled asynchronous call):
// PostgreSQL's cancel request, MariaDB's KILL QUERY, sqlite3_interrupt(). Made by the dialect
// when the connection opens; detach()ed before it closes, after which cancel() does nothing.
class StatementCanceller
{
public:
    virtual ~StatementCanceller();
    StatementCanceller(const StatementCanceller &) = delete;
    StatementCanceller &operator=(const StatementCanceller &) = delete;

    void cancel()
    {
        QMutexLocker lock(&m_mutex);
        if (m_attached)
            send();
    }
    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_attached = false;
    }

protected:
    StatementCanceller() = default;
    virtual void send() = 0; // with the connection still open

private:
    QMutex m_mutex;
    bool m_attached = true;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_STATEMENTCANCELLER_P_H
