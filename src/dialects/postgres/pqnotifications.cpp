// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// PqDriver's LISTEN/NOTIFY, as QSqlDriver's notification API: subscribeToNotification() runs
// LISTEN, and a socket notifier reads what the server sends between statements.

#include "pqdriver_p.h"

#include <libpq-fe.h>

#include <utility>

namespace QtSequelize {

/*!
    \internal
    LISTENs to channel \a name; false (with lastError()) when the server refuses or the
    connection is not open.
*/
bool PqDriver::subscribeToNotification(const QString &name)
{
    if (!m_conn || !isOpen())
        return false;
    if (m_channels.contains(name))
        return true;
    const QByteArray sql = "LISTEN " + escapeIdentifier(name, QSqlDriver::TableName).toUtf8();
    if (!runCommand(sql.constData(), tr("Could not subscribe to a notification")))
        return false;
    m_channels.append(name);
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(PQsocket(m_conn), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] { readNotifications(); });
    }
    return true;
}

/*!
    \internal
    UNLISTENs to channel \a name.
*/
bool PqDriver::unsubscribeFromNotification(const QString &name)
{
    if (!m_channels.contains(name))
        return false;
    const QByteArray sql = "UNLISTEN " + escapeIdentifier(name, QSqlDriver::TableName).toUtf8();
    if (!runCommand(sql.constData(), tr("Could not unsubscribe from a notification")))
        return false;
    m_channels.removeAll(name);
    if (m_channels.isEmpty())
        delete std::exchange(m_notifier, nullptr);
    return true;
}

/*!
    \internal
*/
QStringList PqDriver::subscribedToNotifications() const
{
    return m_channels;
}

/*!
    \internal
    Emits notification() for each notification libpq received; false when the connection is
    gone. A closed socket stays readable: its notifier is switched off then, or it would fire
    without end.
*/
bool PqDriver::readNotifications()
{
    if (!m_conn)
        return false;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) == CONNECTION_BAD) {
        if (m_notifier)
            m_notifier->setEnabled(false);
        setLastError(makeError(tr("The connection was lost"), QSqlError::ConnectionError, nullptr));
        return false;
    }
    const int self = PQbackendPID(m_conn);
    while (PGnotify *notify = PQnotifies(m_conn)) {
        const QString channel = QString::fromUtf8(notify->relname);
        const QString payload = QString::fromUtf8(notify->extra);
        const NotificationSource source = notify->be_pid == self ? SelfSource : OtherSource;
        PQfreemem(notify);
        if (m_channels.contains(channel))
            Q_EMIT notification(channel, source, payload);
        if (!m_conn)
            return false; // a receiver closed the connection
    }
    return true;
}

} // namespace QtSequelize
