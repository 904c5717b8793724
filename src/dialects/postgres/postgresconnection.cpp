// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The state of a PostgreSQL connection from outside its statements: pool validation (is an idle
// connection still open?) and cancelling its running statement from another thread.

#include "postgresdialect_p.h"
#include "pqdriver_p.h"

#include "../statementcanceller_p.h"

#include <QtCore/qvariant.h>
#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqldriver.h>

#include <libpq-fe.h>
#include <poll.h>

namespace QtSequelize {

static PGconn *connectionOf(QSqlDriver *driver)
{
    if (auto *pq = qobject_cast<PqDriver *>(driver))
        return pq->connection();
    // Qt's QPSQL (driver=QPSQL).
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "PGconn*") == 0)
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

bool PostgresDialect::connectionAlive(QSqlDriver *driver) const
{
    PGconn *conn = connectionOf(driver);
    if (!conn)
        return true; // not open: opening reports its own error
    if (PQstatus(conn) != CONNECTION_OK)
        return false;
    // Something that arrived while idle (a notice, a notification, or the server's goodbye and
    // the end of the stream) is read by libpq, which turns a closed connection CONNECTION_BAD.
    // One read may stop at the goodbye (a TLS record): the end of the stream follows it.
    for (int reads = 0; reads < 8; ++reads) {
        pollfd socket{PQsocket(conn), POLLIN, 0};
        if (socket.fd < 0)
            return false;
        if (poll(&socket, 1, 0) <= 0)
            return true; // nothing (more) arrived
        if (PQconsumeInput(conn) != 1 || PQstatus(conn) != CONNECTION_OK)
            return false;
    }
    return true; // still talking: a stream of notifications, not a closed connection
}

namespace {
// libpq's cancel request: a separate connection to the server naming the backend and its key
// (PgBouncer forwards it). Thread-safe; the statement fails with 57014.
class CancelRequest final : public StatementCanceller
{
public:
    explicit CancelRequest(PGcancel *cancel)
        : m_cancel(cancel)
    {
    }
    ~CancelRequest() override { PQfreeCancel(m_cancel); }

protected:
    void send() override
    {
        char error[256];
        PQcancel(m_cancel, error, int(sizeof error));
    }

private:
    PGcancel *m_cancel;
};
} // namespace

std::shared_ptr<StatementCanceller>
PostgresDialect::canceller(QSqlDatabase &db, const SequelizeOptions &, const QString &) const
{
    PGconn *conn = connectionOf(db.driver());
    PGcancel *cancel = conn ? PQgetCancel(conn) : nullptr;
    return cancel ? std::make_shared<CancelRequest>(cancel) : nullptr;
}

} // namespace QtSequelize
