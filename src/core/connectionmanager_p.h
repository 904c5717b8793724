// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CONNECTIONMANAGER_P_H
#define QTSEQUELIZE_CONNECTIONMANAGER_P_H

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

#include <QtSequelize/sequelizeoptions.h>

#include <QtCore/qhash.h>
#include <QtCore/qmutex.h>
#include <QtSql/qsqldatabase.h>

#include <atomic>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)
QT_FORWARD_DECLARE_CLASS(QThread)

namespace QtSequelize {

class Dialect;

// One QSqlDatabase connection per thread and per Sequelize, opened on first use
// in that thread and removed when the thread finishes. Each connection keeps
// its prepared statements by SQL text, so a re-run statement is only executed
// (on QPSQL a fresh prepare() costs two extra round trips).
class ConnectionManager
{
public:
    ConnectionManager(const Dialect &dialect, const SequelizeOptions &options);
    ~ConnectionManager();

    // This thread's open connection; throws a ConnectionError when it cannot open.
    QSqlDatabase database();
    // A prepared statement for \a sql on this thread's connection, owned by the manager.
    QSqlQuery &prepared(const QString &sql, bool forwardOnly);
    // Drops this thread's connection (after a connection loss); the next use reopens it.
    void discard();
    // Called after DDL: every thread drops its prepared statements before their next use, as
    // a statement prepared against a dropped table or type can fail on PostgreSQL.
    void schemaChanged() { ++m_schemaGeneration; }
    // This thread's transaction nesting as the library opened it (see AtomicBlock).
    int &transactionDepth();
    // Closes every thread's connection; with \a permanently, later use throws ConnectionError.
    void closeAll();
    void close();

private:
    struct ThreadConnection;
    ThreadConnection &current();
    void release(QThread *thread);

    const Dialect &m_dialect;
    SequelizeOptions m_options;
    QString m_baseName;
    QMutex m_mutex;
    QHash<QThread *, ThreadConnection *> m_connections;
    bool m_closed = false;
    std::atomic<int> m_schemaGeneration{0};
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_CONNECTIONMANAGER_P_H
