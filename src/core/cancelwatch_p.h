// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CANCELWATCH_P_H
#define QTSEQUELIZE_CANCELWATCH_P_H

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

#include <QtCore/qglobal.h>

#include <condition_variable>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

QT_FORWARD_DECLARE_CLASS(QThread)

namespace QtSequelize {

class ConnectionManager;

// Watches the asynchronous calls that are running: when one's future is cancelled, the
// statement its pool thread runs is cancelled on the server (ConnectionManager::cancelRunning()),
// so that the call ends with it. A thread of its own, which looks every few milliseconds while
// calls run and sleeps while none does (a QFuture reports its cancellation to no callback).
class CancelWatch
{
public:
    explicit CancelWatch(ConnectionManager &connections);
    ~CancelWatch();
    Q_DISABLE_COPY_MOVE(CancelWatch)

    struct Entry
    {
        QThread *thread;
        std::function<bool()> isCanceled;
    };
    const Entry *add(QThread *thread, std::function<bool()> isCanceled);
    // After it, no cancel reaches the thread for this call.
    void remove(const Entry *entry);

private:
    void run();

    ConnectionManager &m_connections;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::list<Entry> m_running;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_CANCELWATCH_P_H
