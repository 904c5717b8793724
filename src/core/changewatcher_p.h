// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CHANGEWATCHER_P_H
#define QTSEQUELIZE_CHANGEWATCHER_P_H

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

#include "../dialects/changefeed_p.h"

#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>
#include <QtSql/qsqldriver.h>

#include <memory>

namespace QtSequelize {

class Connection;
class ConnectionManager;
class Dialect;
class ModelDefinition;

// ModelOptions::watchChanges(): one per Sequelize, in its thread. A connection of its own
// listens (PostgreSQL) or polls the change log (SQLite, MariaDB) every interval; the changes of
// one event-loop turn are gathered per table and emitted as ModelDefinition::databaseChanged(),
// a table's as one Reset past ChangeFeed::maxKeys rows. A failed poll or check closes the
// connection; it is opened again (1 s, then up to 5 s apart), and every watched model then gets
// a Reset, for what changed meanwhile.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    ChangeWatcher(ConnectionManager &connections, const Dialect &dialect, int interval);
    ~ChangeWatcher() override;

    // Starts following \a definition's table (from the next event-loop turn).
    void watch(ModelDefinition *definition);

private:
    void start();
    void tick();
    void lost(const QString &message);
    void deliver(const QList<TableChange> &changes);
    void flush();
    void notified(const QString &name, QSqlDriver::NotificationSource source,
                  const QVariant &payload);
    static QString keyOf(const TableName &table);

    ConnectionManager &m_connections;
    const Dialect &m_dialect;
    const int m_interval;
    QList<QPointer<ModelDefinition>> m_definitions;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<ChangeFeed> m_feed;
    QTimer m_timer;
    int m_failures = 0;
    bool m_wasLost = false;
    bool m_startQueued = false;
    struct Pending
    {
        QList<QPair<TableChange::Operation, QStringList>> rows;
        bool reset = false;
    };
    QHash<QString, Pending> m_pending; // by keyOf(table)
    bool m_resetAll = false;
    bool m_flushQueued = false;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_CHANGEWATCHER_P_H
