// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "connectionmanager_p.h"

#include "../dialects/dialect_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qthread.h>
#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlquery.h>

#include <atomic>

namespace QtSequelize {

// Prepared statements kept per connection; the oldest is dropped beyond this.
static constexpr qsizetype PreparedCacheSize = 256;

struct ConnectionManager::ThreadConnection
{
    QString name;
    QHash<QString, QSqlQuery *> prepared;
    QList<QString> order; // insertion order, for eviction
    int schemaGeneration = 0;
    int transactionDepth = 0;
    QMetaObject::Connection finished;

    ~ThreadConnection() { qDeleteAll(prepared); }
};

ConnectionManager::ConnectionManager(const Dialect &dialect, const SequelizeOptions &options)
    : m_dialect(dialect)
    , m_options(options)
{
    static std::atomic<int> counter{0};
    m_baseName = QStringLiteral("qtsequelize-%1").arg(++counter);
}

ConnectionManager::~ConnectionManager()
{
    closeAll();
}

ConnectionManager::ThreadConnection &ConnectionManager::current()
{
    QThread *thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_mutex);
        if (ThreadConnection *c = m_connections.value(thread))
            return *c;
        if (m_closed)
            throw ConnectionError(QStringLiteral("The connection was closed with "
                                                 "Sequelize::close()"));
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect.driverName()))
        throw ConnectionError(QStringLiteral("The Qt SQL driver %1 for the %2 dialect is not "
                                             "installed (available: %3)")
                                  .arg(m_dialect.driverName(), m_dialect.name(),
                                       QSqlDatabase::drivers().join(QStringLiteral(", "))));
    const QString name = m_baseName + QStringLiteral("-%1").arg(quintptr(thread), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
        m_dialect.configure(db, m_options, m_baseName);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            m_dialect.raiseConnectionError(error);
        }
        for (const QString &sql : m_dialect.sessionStatements(m_options)) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                const QSqlError error = q.lastError();
                q = QSqlQuery();
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                m_dialect.raiseQueryError(error, sql);
            }
        }
    }
    auto *connection = new ThreadConnection;
    connection->name = name;
    // A worker thread's connection goes when the thread ends (in that thread).
    connection->finished = QObject::connect(
        thread, &QThread::finished, thread, [this, thread] { release(thread); },
        Qt::DirectConnection);
    QMutexLocker lock(&m_mutex);
    m_connections.insert(thread, connection);
    return *connection;
}

QSqlDatabase ConnectionManager::database()
{
    return QSqlDatabase::database(current().name, false);
}

QSqlQuery &ConnectionManager::prepared(const QString &sql, bool forwardOnly)
{
    ThreadConnection &c = current();
    if (c.schemaGeneration != m_schemaGeneration) {
        qDeleteAll(c.prepared);
        c.prepared.clear();
        c.order.clear();
        c.schemaGeneration = m_schemaGeneration;
    }
    const QString key = forwardOnly ? sql : QStringLiteral("\x01") + sql;
    if (QSqlQuery *q = c.prepared.value(key))
        return *q;
    auto *query = new QSqlQuery(QSqlDatabase::database(c.name, false));
    query->setForwardOnly(forwardOnly);
    if (!query->prepare(sql)) {
        const QSqlError error = query->lastError();
        delete query;
        if (m_dialect.isConnectionLost(error))
            discard();
        m_dialect.raiseQueryError(error, sql);
    }
    if (c.order.size() >= PreparedCacheSize) {
        delete c.prepared.take(c.order.takeFirst());
    }
    c.prepared.insert(key, query);
    c.order.append(key);
    return *query;
}

int &ConnectionManager::transactionDepth()
{
    return current().transactionDepth;
}

void ConnectionManager::release(QThread *thread)
{
    ThreadConnection *c = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        c = m_connections.take(thread);
    }
    if (!c)
        return;
    QObject::disconnect(c->finished);
    const QString name = c->name;
    delete c; // the prepared queries first: they hold the driver
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void ConnectionManager::discard()
{
    release(QThread::currentThread());
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
        threads = m_connections.keys();
    }
    for (QThread *thread : threads)
        release(thread);
}

} // namespace QtSequelize
