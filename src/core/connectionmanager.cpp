// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "connectionmanager_p.h"

#include "../dialects/dialect_p.h"
#include "../dialects/statementcanceller_p.h"

#include <QtSequelize/connectionhooks.h>
#include <QtSequelize/errors.h>

#include <QtCore/qloggingcategory.h>
#include <QtCore/qthread.h>
#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlquery.h>
#include <QtSql/qsqlresult.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <mutex>

namespace QtSequelize {

Q_LOGGING_CATEGORY(lcConnections, "qtsequelize.connections", QtInfoMsg)

// Prepared statements kept per connection; the oldest is dropped beyond this.
static constexpr qsizetype PreparedCacheSize = 256;
// Idle transaction connections kept per thread.
static constexpr qsizetype PoolSize = 4;

struct ConnectionManager::PerThread
{
    Connection *defaultConnection = nullptr;
    QList<Connection *> readers; // one per read replica, opened on first use
    qsizetype nextReader = 0;
    QDeadlineTimer primaryReads; // readYourWrites: the thread's reads go to the write database
    QList<Connection *> idle;
    QList<Connection *> busy;
    QMetaObject::Connection finished;
};

namespace {
// Set by an atexit handler registered right after Qt SQL's connection registry exists, so that
// it runs before that registry is destroyed: a Sequelize still alive then (one held in a static,
// destroyed during exit) must not touch Qt SQL any more, which would crash.
std::atomic<bool> qtSqlShutDown{false};
// What such a connection still holds, kept reachable (the process is ending).
QList<QSqlQuery *> *leftAtExit = nullptr;

void noteQtSqlRegistry()
{
    static std::once_flag once;
    std::call_once(once, [] { std::atexit([] { qtSqlShutDown = true; }); });
}
} // namespace

Connection::~Connection()
{
    if (canceller)
        canceller->detach(); // before the connection closes
    if (qtSqlShutDown) {
        if (!leftAtExit)
            leftAtExit = new QList<QSqlQuery *>;
        for (QSqlQuery *query : std::as_const(prepared))
            leftAtExit->append(query);
        return;
    }
    qDeleteAll(prepared); // before the database: the queries hold the driver
    prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(name, false);
}

ConnectionManager::ConnectionManager(const Dialect &dialect, const SequelizeOptions &options)
    : m_dialect(dialect)
    , m_options(options)
    , m_replicas(options.readReplicas())
    , m_replicaDown(m_replicas.size())
{
    static std::atomic<int> instances{0};
    m_validates = dialect.validatesConnections() && options.poolValidates();
    m_baseName = QStringLiteral("qtsequelize-%1").arg(++instances);
}

ConnectionManager::~ConnectionManager()
{
    closeAll();
}

Connection *ConnectionManager::open(const SequelizeOptions &connectionOptions)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed)
            throw ConnectionError(QStringLiteral("The connection was closed with "
                                                 "Sequelize::close()"));
    }
    const QString driver = m_dialect.driverFor(connectionOptions);
    if (!QSqlDatabase::isDriverAvailable(driver))
        throw ConnectionError(
            QStringLiteral("The Qt SQL driver %1 for the %2 dialect is not "
                           "installed (available: %3)")
                .arg(driver, m_dialect.name(), QSqlDatabase::drivers().join(QStringLiteral(", "))));
    const QString name = m_baseName + QStringLiteral("-%1").arg(++m_counter);
    const QList<QSharedPointer<ConnectionHooks>> connectionHooks = hooks();
    SequelizeOptions options = connectionOptions;
    for (const QSharedPointer<ConnectionHooks> &h : connectionHooks)
        h->beforeConnect(options);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        noteQtSqlRegistry(); // Qt SQL's registry exists now: the exit handler goes after it
        m_dialect.configure(db, options, m_baseName);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            m_dialect.raiseConnectionError(error);
        }
        m_dialect.connectionOpened(db);
        for (const QString &sql : m_dialect.sessionStatements(m_options)) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                // A session the server refuses to set up (a time zone it does not know) is a
                // connection that failed, as Sequelize reports it.
                const QSqlError error = q.lastError();
                q = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                m_dialect.raiseConnectionError(error);
            }
        }
        try {
            for (const QSharedPointer<ConnectionHooks> &h : connectionHooks)
                h->afterConnect(db, options);
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw;
        }
    }
    auto *connection = new Connection;
    connection->name = name;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        connection->driver = db.driver();
        connection->canceller = m_dialect.canceller(db, options, m_baseName);
    }
    connection->thread = QThread::currentThread();
    connection->schemaGeneration = m_schemaGeneration;
    return connection;
}

ConnectionManager::Replace ConnectionManager::replacement(Connection &c) const
{
    if (c.transactionDepth > 0)
        return Replace::No;
    const bool worn = m_maxUses > 0 && c.uses >= m_maxUses;
    if (!worn && (!m_validates || m_dialect.connectionAlive(c.driver)))
        return Replace::No;
    // A statement whose rows are still being read (a cursor, an outer query) keeps it for now.
    for (const QSqlQuery *query : std::as_const(c.prepared)) {
        if (query->isActive())
            return Replace::No;
    }
    if (worn)
        return Replace::Worn;
    qCInfo(lcConnections, "The server closed an idle connection: opening another");
    return Replace::Closed;
}

// The connection a Redirect makes current() on this thread, and of which manager.
static thread_local const ConnectionManager *t_redirectManager = nullptr;
static thread_local Connection *t_redirectConnection = nullptr;

ConnectionManager::Redirect::Redirect(const ConnectionManager &manager, Connection *connection)
    : m_manager(t_redirectManager)
    , m_connection(t_redirectConnection)
{
    if (connection) {
        t_redirectManager = &manager;
        t_redirectConnection = connection;
    }
}

ConnectionManager::Redirect::~Redirect()
{
    t_redirectManager = m_manager;
    t_redirectConnection = m_connection;
}

// This thread's default connection: opened on first use, replaced when it is not reusable().
Connection &ConnectionManager::current()
{
    if (t_redirectConnection && t_redirectManager == this)
        return *t_redirectConnection;
    QThread *thread = QThread::currentThread();
    Connection *existing = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        if (PerThread *t = m_threads.value(thread))
            existing = t->defaultConnection;
    }
    if (existing) { // only this thread uses it: checked outside the lock
        const Replace replace = replacement(*existing);
        if (replace == Replace::No)
            return *existing;
        if (replace == Replace::Closed) { // gone now, even if no other can be opened
            discard(*existing);
            existing = nullptr;
        }
    }
    // A worn connection goes after its successor opened (a failure to open keeps it).
    Connection *connection = open(m_options);
    if (existing)
        discard(*existing);
    QMutexLocker lock(&m_mutex);
    PerThread *&t = m_threads[thread];
    if (!t) {
        t = new PerThread;
        // A worker thread's connections go when the thread ends (in that thread).
        t->finished = QObject::connect(
            thread, &QThread::finished, thread, [this, thread] { release(thread); },
            Qt::DirectConnection);
    }
    t->defaultConnection = connection;
    return *connection;
}

ConnectionManager::PerThread *ConnectionManager::registered()
{
    QThread *thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_mutex);
        if (PerThread *t = m_threads.value(thread); t && t->defaultConnection)
            return t;
    }
    current();
    QMutexLocker lock(&m_mutex);
    return m_threads.value(thread);
}

Connection *ConnectionManager::acquire()
{
    PerThread *t = registered();
    for (;;) {
        Connection *c = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            if (t->idle.isEmpty())
                break;
            c = t->idle.takeLast();
        }
        if (reusable(*c)) {
            QMutexLocker lock(&m_mutex);
            t->busy.append(c);
            ++c->uses;
            return c;
        }
        destroy(c);
    }
    Connection *c = open(m_options);
    c->transactional = true;
    QMutexLocker lock(&m_mutex);
    t->busy.append(c);
    ++c->uses;
    return c;
}

// The replicas in turn, skipping one that is down (it failed to connect or lost its
// connection, replicaRetryAfter() ago or less); nullptr, for the write database, when every one
// is down or the thread wrote within readYourWrites(). A replica that fails is reported once
// with its ConnectionError; when it fails again on its next try, reads just go elsewhere.
Connection *ConnectionManager::reader()
{
    if (m_replicas.isEmpty())
        return nullptr;
    registered();
    QThread *thread = QThread::currentThread();
    for (qsizetype tried = 0; tried < m_replicas.size(); ++tried) {
        qsizetype index = 0;
        bool wasDown = false;
        Connection *existing = nullptr;
        {
            QMutexLocker lock(&m_mutex);
            PerThread *t = m_threads.value(thread);
            if (!t->primaryReads.hasExpired())
                return nullptr;
            if (t->readers.size() < m_replicas.size())
                t->readers.resize(m_replicas.size());
            index = t->nextReader;
            t->nextReader = (t->nextReader + 1) % m_replicas.size();
            const ReplicaDown &down = m_replicaDown.at(index);
            if (!down.until.hasExpired())
                continue;
            wasDown = down.reported;
            existing = t->readers.at(index);
        }
        if (existing) {
            if (reusable(*existing))
                return existing;
            QMutexLocker lock(&m_mutex);
            m_threads.value(thread)->readers[index] = nullptr;
            lock.unlock();
            destroy(existing); // reopened below; a replica that is down is noted there
            // As when a read finds its connection lost: it goes elsewhere without an error.
            wasDown = true;
        }
        try {
            Connection *c = open(m_replicas.at(index));
            c->reader = true;
            QMutexLocker lock(&m_mutex);
            m_threads.value(thread)->readers[index] = c;
            m_replicaDown[index] = ReplicaDown();
            return c;
        } catch (const ConnectionError &) {
            markReplicaDown(index);
            if (!wasDown)
                throw;
            qCWarning(lcConnections, "Read replica %d is down: reading elsewhere", int(index) + 1);
        }
    }
    return nullptr;
}

void ConnectionManager::markReplicaDown(qsizetype index)
{
    QMutexLocker lock(&m_mutex);
    m_replicaDown[index].until = QDeadlineTimer(m_options.replicaRetryAfterMilliseconds());
    m_replicaDown[index].reported = true;
}

void ConnectionManager::noteWrite()
{
    QMutexLocker lock(&m_mutex);
    if (PerThread *t = m_threads.value(QThread::currentThread()))
        t->primaryReads = QDeadlineTimer(m_options.readYourWritesMilliseconds());
}

void ConnectionManager::giveBack(Connection *connection)
{
    bool keep = false;
    {
        QMutexLocker lock(&m_mutex);
        PerThread *t = m_threads.value(connection->thread);
        if (t && t->busy.removeOne(connection)) {
            keep = !connection->broken && !m_closed && t->idle.size() < PoolSize
                && !(m_maxUses > 0 && connection->uses >= m_maxUses);
            if (keep)
                t->idle.append(connection);
        } else if (!t) {
            keep = false;
        }
    }
    if (!keep)
        destroy(connection);
}

void ConnectionManager::destroy(Connection *connection)
{
    const QList<QSharedPointer<ConnectionHooks>> connectionHooks = hooks();
    const QString name = connection->name;
    if (!connectionHooks.isEmpty()) {
        QSqlDatabase db = connection->database();
        for (const QSharedPointer<ConnectionHooks> &h : connectionHooks)
            h->beforeDisconnect(db);
    }
    delete connection;
    for (const QSharedPointer<ConnectionHooks> &h : connectionHooks)
        h->afterDisconnect(name);
}

void ConnectionManager::addHooks(const QSharedPointer<ConnectionHooks> &hooks)
{
    QMutexLocker lock(&m_mutex);
    if (hooks)
        m_hooks.append(hooks);
}

QList<QSharedPointer<ConnectionHooks>> ConnectionManager::hooks()
{
    QMutexLocker lock(&m_mutex);
    return m_hooks;
}

QSqlQuery &ConnectionManager::prepared(Connection &c, const QString &sql, bool forwardOnly)
{
    if (c.schemaGeneration != m_schemaGeneration) {
        qDeleteAll(c.prepared);
        c.prepared.clear();
        c.order.clear();
        c.schemaGeneration = m_schemaGeneration;
    }
    const QString key = forwardOnly ? sql : QStringLiteral("\x01") + sql;
    if (QSqlQuery *q = c.prepared.value(key))
        return *q;
    auto *query = new QSqlQuery(c.database());
    query->setForwardOnly(forwardOnly);
    if (!m_dialect.runWaitingForLocks(
            *query, [&] { return query->prepare(m_dialect.preparedText(sql)); },
            m_options.busyTimeoutMilliseconds())) {
        const QSqlError error = query->lastError();
        delete query;
        if (m_dialect.isConnectionLost(error))
            discard(c);
        m_dialect.raiseQueryError(error, sql);
    }
    if (c.order.size() >= PreparedCacheSize)
        delete c.prepared.take(c.order.takeFirst());
    c.prepared.insert(key, query);
    c.order.append(key);
    return *query;
}

namespace {
// QSqlResult keeps the values a prepared query executes with in boundValues(), the list every
// driver's exec() reads. It is protected (an API for driver writers); this names it through a
// derived class, which the language allows without touching an object of that class.
struct BoundValues : QSqlResult
{
    using QSqlResult::boundValues;
};
constexpr auto boundValuesOf = &BoundValues::boundValues;
} // namespace

void ConnectionManager::bind(QSqlQuery &query, const QVariantList &values)
{
    // QSqlQuery::bindValue(int) maps each position to a generated ":N" name on every call
    // (QString::arg and a hash lookup: about 2,000 instructions a value in Qt 6.4). The mapping
    // stays until the query is prepared again, so once a cached query has been bound, its
    // values are replaced in place.
    QVariantList &bound = (query.result()->*boundValuesOf)();
    if (bound.size() == values.size()) {
        std::copy(values.cbegin(), values.cend(), bound.begin());
        return;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
}

void ConnectionManager::discard(Connection &connection)
{
    QMutexLocker lock(&m_mutex);
    PerThread *t = m_threads.value(connection.thread);
    if (connection.transactionDepth > 0) {
        // In use by a transaction or the library's atomic block, which the server ended with
        // the connection: closed when that ends (giveBack or AtomicBlock), meanwhile refusing
        // statements (Connection::transactionLost).
        connection.broken = true;
        connection.transactionLost = true;
        return;
    }
    if (t && t->defaultConnection == &connection) {
        t->defaultConnection = nullptr;
        lock.unlock();
        destroy(&connection);
        return;
    }
    if (t && t->readers.contains(&connection)) {
        const qsizetype index = t->readers.indexOf(&connection);
        t->readers[index] = nullptr; // reopened on next use
        lock.unlock();
        markReplicaDown(index); // reads go elsewhere for a while
        destroy(&connection);
        return;
    }
    // A transaction's connection: its Transaction gives it back, and it is closed then.
    connection.broken = true;
}

bool ConnectionManager::cancelRunning(QThread *thread)
{
    QList<std::shared_ptr<StatementCanceller>> running;
    {
        QMutexLocker lock(&m_mutex);
        const PerThread *t = m_threads.value(thread);
        if (!t)
            return false;
        const auto note = [&](const Connection *c) {
            if (c && c->executing && c->canceller)
                running.append(c->canceller);
        };
        note(t->defaultConnection);
        for (const Connection *c : t->readers)
            note(c);
        for (const Connection *c : t->busy)
            note(c);
    }
    // Outside the lock: a cancel request may take a round trip (MariaDB opens a connection).
    for (const std::shared_ptr<StatementCanceller> &canceller : std::as_const(running))
        canceller->cancel();
    return !running.isEmpty();
}

void ConnectionManager::release(QThread *thread)
{
    PerThread *t = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        t = m_threads.take(thread);
    }
    if (!t)
        return;
    QObject::disconnect(t->finished);
    if (t->defaultConnection)
        destroy(t->defaultConnection);
    for (Connection *reader : std::as_const(t->readers)) {
        if (reader)
            destroy(reader);
    }
    for (Connection *idle : std::as_const(t->idle))
        destroy(idle);
    // Busy connections belong to open transactions, which close them when they end.
    for (Connection *busy : std::as_const(t->busy))
        busy->broken = true;
    delete t;
}

void ConnectionManager::close()
{
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
    }
    closeAll();
}

void ConnectionManager::closeAll()
{
    QList<QThread *> threads;
    {
        QMutexLocker lock(&m_mutex);
        threads = m_threads.keys();
    }
    for (QThread *thread : threads)
        release(thread);
}

} // namespace QtSequelize
