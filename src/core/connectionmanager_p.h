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

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qhash.h>
#include <QtCore/qmutex.h>
#include <QtCore/qsharedpointer.h>
#include <QtSql/qsqldatabase.h>

#include <atomic>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QSqlDriver)
QT_FORWARD_DECLARE_CLASS(QSqlQuery)
QT_FORWARD_DECLARE_CLASS(QThread)

namespace QtSequelize {

class ConnectionHooks;
class Dialect;
class StatementCanceller;

// One QSqlDatabase connection, used by the thread that opened it, with its prepared
// statements by SQL text (a re-run statement is only executed: on QPSQL a fresh prepare()
// costs two extra round trips).
class Connection
{
public:
    ~Connection();
    QSqlDatabase database() const;

    QString name;
    QThread *thread = nullptr;
    QSqlDriver *driver = nullptr; // the database's, for validation without a registry lookup
    QHash<QString, QSqlQuery *> prepared;
    QList<QString> order; // insertion order, for eviction
    int schemaGeneration = 0;
    int transactionDepth = 0; // library-opened transactions (AtomicBlock) and savepoints
    int savepoints = 0;
    // The database ended the transaction after a failed statement (Dialect::
    // transactionEndedByError): its next statements are refused until it is rolled back.
    bool transactionLost = false;
    bool reader = false; // a connection to a read replica
    bool broken = false;
    bool transactional = false; // a pool connection for transactions (acquire())
    // Sequelize's pool.maxUses: statements outside transactions, or for a transactional
    // connection the transactions it served.
    int uses = 0;
    // Stops its running statement from another thread (cancelled asynchronous calls).
    std::shared_ptr<StatementCanceller> canceller;
    std::atomic<bool> executing{false}; // a statement runs now
};

// Marks \a c as running a statement while it lives (ConnectionManager::cancelRunning()).
class Executing
{
public:
    explicit Executing(Connection &c)
        : m_connection(c)
    {
        m_connection.executing.store(true, std::memory_order_relaxed);
    }
    ~Executing() { m_connection.executing.store(false, std::memory_order_relaxed); }
    Q_DISABLE_COPY_MOVE(Executing)

private:
    Connection &m_connection;
};

// The connections of one Sequelize: per thread, a default connection for statements outside
// transactions (opened on first use, removed when the thread finishes) and a small pool of
// connections that transactions take and give back.
class ConnectionManager
{
public:
    ConnectionManager(const Dialect &dialect, const SequelizeOptions &options);
    ~ConnectionManager();

    // This thread's default connection; throws a ConnectionError when it cannot open. While a
    // Redirect of this manager lives on the thread, its connection instead.
    Connection &current();
    // Makes current() on this thread \a connection (when not null) while it lives: the
    // statements a query hook runs go to the transaction of the statement it runs around.
    class Redirect
    {
    public:
        Redirect(const ConnectionManager &manager, Connection *connection);
        ~Redirect();
        Q_DISABLE_COPY_MOVE(Redirect)

    private:
        const ConnectionManager *m_manager;
        Connection *m_connection;
    };
    // With read replicas: this thread's connection to the next replica in turn; otherwise
    // nullptr (reads then use current()).
    Connection *reader();
    // readYourWrites(): the calling thread wrote; its reads go to the write database for a while.
    bool tracksWrites() const { return m_tracksWrites; }
    void noteWrite();
    QSqlDatabase database() { return current().database(); }
    // A connection to the write database that is not in the pool, owned by the caller and
    // used in this thread only (ModelOptions::watchChanges()'s listener).
    std::unique_ptr<Connection> openOwn() { return std::unique_ptr<Connection>(open(m_options)); }
    // A connection of this thread for a transaction, from the pool or newly opened.
    Connection *acquire();
    // Gives a transaction's connection back (closed instead when it broke).
    void giveBack(Connection *connection);
    // A prepared statement for \a sql on \a connection, owned by the connection.
    QSqlQuery &prepared(Connection &connection, const QString &sql, bool forwardOnly);
    // Binds \a values to the positional placeholders of a query from prepared().
    static void bind(QSqlQuery &query, const QVariantList &values);
    // Drops a connection after a connection loss; the default one is reopened on next use.
    void discard(Connection &connection);
    // Called after DDL: every connection drops its prepared statements before their next use,
    // as a statement prepared against a dropped table or type can fail on PostgreSQL.
    void schemaChanged() { ++m_schemaGeneration; }
    // Closes every thread's connections; with close(), later use throws ConnectionError.
    void closeAll();
    void close();
    // Cancels the statements \a thread's connections are running; false when none was.
    bool cancelRunning(QThread *thread);
    // Sequelize::addConnectionHooks().
    void addHooks(const QSharedPointer<ConnectionHooks> &hooks);

private:
    struct PerThread;
    Connection *open(const SequelizeOptions &options);
    void markReplicaDown(qsizetype index);
    struct ReplicaDown
    {
        QDeadlineTimer until; // expired: up, or to be tried again
        bool reported = false; // its failure reached a caller in this outage
    };
    void release(QThread *thread);
    void destroy(Connection *connection);
    // Before a connection's next use: whether it is to be replaced (pool.maxUses reached, or
    // the server closed it while idle) and nothing is still reading its rows.
    enum class Replace { No, Worn, Closed };
    Replace replacement(Connection &connection) const;
    bool reusable(Connection &connection) const { return replacement(connection) == Replace::No; }
    PerThread *registered(); // this thread's entry, with its default connection opened

    const Dialect &m_dialect;
    SequelizeOptions m_options;
    QList<SequelizeOptions> m_replicas;
    QList<ReplicaDown> m_replicaDown; // per replica, guarded by m_mutex
    const bool m_tracksWrites = m_options.readYourWritesMilliseconds() > 0 && !m_replicas.isEmpty();
    const int m_maxUses = m_options.poolMaxUsesCount();
    bool m_validates = false;
    QString m_baseName;
    QMutex m_mutex;
    QHash<QThread *, PerThread *> m_threads;
    std::atomic<int> m_counter{0};
    std::atomic<int> m_schemaGeneration{0};
    bool m_closed = false;
    QList<QSharedPointer<ConnectionHooks>> m_hooks; // guarded by m_mutex
    QList<QSharedPointer<ConnectionHooks>> hooks();
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_CONNECTIONMANAGER_P_H
