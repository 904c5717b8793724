// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_WORKERPOOL_P_H
#define QTSEQUELIZE_WORKERPOOL_P_H

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

#include <QtCore/qlist.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

QT_FORWARD_DECLARE_CLASS(QThread)

namespace QtSequelize {

// The threads of the asynchronous API, Sequelize's pool: at most max threads, each of which
// keeps its own connection. A thread idle for longer than idle ends (its connections close with
// it), unless only min threads are left; the min threads are started with the pool and run
// warmUp() first (opening their connection), so they are ready before the first call.
// QThreadPool has no minimum, which is why this is not one.
class WorkerPool
{
public:
    WorkerPool(int min, int max, int idleMilliseconds, std::function<void()> warmUp);
    // Finishes the queued work, then ends every thread.
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    void start(std::function<void()> task);
    // True when every task started so far has finished within \a msecs (-1: however long).
    bool waitForDone(int msecs = -1);
    int maxThreadCount() const { return m_max; }
    // Threads alive, busy or idle.
    int threadCount() const;

private:
    void run(QThread *self, bool warm);
    void spawn(bool warm); // with m_mutex held
    void reapFinished(); // with m_mutex held

    const int m_min;
    const int m_max;
    const int m_idle;
    const std::function<void()> m_warmUp;
    // Standard primitives, not QMutex/QWaitCondition: ThreadSanitizer sees these (it cannot see
    // QWaitCondition unlock and relock a mutex inside Qt), so ./run.sh tsan checks the pool.
    mutable std::mutex m_mutex;
    std::condition_variable m_taskReady;
    std::condition_variable m_allDone;
    std::deque<std::function<void()>> m_tasks;
    QList<QThread *> m_threads; // alive
    QList<QThread *> m_finished; // ended, to be joined and deleted
    int m_waiting = 0; // threads waiting for a task
    int m_busy = 0;
    bool m_exiting = false;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_WORKERPOOL_P_H
