// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "workerpool_p.h"

#include <QtCore/qloggingcategory.h>
#include <QtCore/qthread.h>

namespace QtSequelize {

Q_DECLARE_LOGGING_CATEGORY(lcConnections)

WorkerPool::WorkerPool(int min, int max, int idleMilliseconds, std::function<void()> warmUp)
    : m_min(qBound(0, min, qMax(1, max)))
    , m_max(qMax(1, max))
    , m_idle(idleMilliseconds)
    , m_warmUp(std::move(warmUp))
{
    std::unique_lock lock(m_mutex);
    for (int i = 0; i < m_min; ++i)
        spawn(true);
}

WorkerPool::~WorkerPool()
{
    QList<QThread *> threads;
    {
        std::unique_lock lock(m_mutex);
        m_exiting = true; // the threads finish the queue, then end
        m_taskReady.notify_all();
        threads = m_threads + m_finished;
        m_finished.clear();
    }
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    // Each thread ended by releasing the mutex: taking it once more orders what they did
    // before what the owner does next, also for tools that cannot see QThread::wait().
    std::lock_guard orderAfterThreads(m_mutex);
}

void WorkerPool::spawn(bool warm)
{
    QThread *thread = QThread::create([this, warm] { run(QThread::currentThread(), warm); });
    thread->setObjectName(QStringLiteral("QtSequelize pool"));
    m_threads.append(thread);
    ++m_busy; // until it first waits for a task
    thread->start();
}

void WorkerPool::reapFinished()
{
    // A thread that ended cannot delete its own QThread: the next caller does.
    for (QThread *thread : std::as_const(m_finished)) {
        thread->wait();
        delete thread;
    }
    m_finished.clear();
}

void WorkerPool::start(std::function<void()> task)
{
    std::unique_lock lock(m_mutex);
    reapFinished();
    m_tasks.push_back(std::move(task));
    if (m_waiting >= qsizetype(m_tasks.size()))
        m_taskReady.notify_one();
    else if (m_threads.size() < m_max)
        spawn(false);
    else
        m_taskReady.notify_one(); // all busy: the next one to finish takes it
}

void WorkerPool::run(QThread *self, bool warm)
{
    if (warm && m_warmUp) {
        try {
            m_warmUp();
        } catch (...) {
            // The connection opens on the thread's first call instead, reporting its error.
            qCWarning(lcConnections, "A pool.min connection could not be opened in advance");
        }
    }
    std::unique_lock lock(m_mutex);
    --m_busy;
    for (;;) {
        while (m_tasks.empty() && !m_exiting) {
            if (m_busy == 0)
                m_allDone.notify_all();
            ++m_waiting;
            bool woken = true;
            if (m_idle < 0)
                m_taskReady.wait(lock);
            else
                woken = m_taskReady.wait_for(lock, std::chrono::milliseconds(m_idle))
                    == std::cv_status::no_timeout;
            --m_waiting;
            if (!woken && m_tasks.empty() && m_threads.size() > m_min && !m_exiting) {
                m_threads.removeOne(self);
                m_finished.append(self);
                return; // pool.idle: the thread, and with it its connections, ends
            }
        }
        if (m_tasks.empty()) { // exiting, nothing left
            if (m_busy == 0)
                m_allDone.notify_all();
            return;
        }
        std::function<void()> task = std::move(m_tasks.front());
        m_tasks.pop_front();
        ++m_busy;
        lock.unlock();
        task(); // tasks catch their own exceptions (they settle a future)
        task = nullptr; // what it captured goes in this thread, outside the lock
        lock.lock();
        --m_busy;
    }
}

bool WorkerPool::waitForDone(int msecs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(msecs);
    std::unique_lock lock(m_mutex);
    if (m_threads.contains(QThread::currentThread())) {
        // A call waiting for every call, itself included, would wait for ever.
        qCWarning(lcConnections, "waitForAsyncCalls() from an asynchronous call does not wait");
        return false;
    }
    while (m_busy > 0 || !m_tasks.empty()) {
        if (msecs < 0)
            m_allDone.wait(lock);
        else if (m_allDone.wait_until(lock, deadline) == std::cv_status::timeout)
            return m_busy == 0 && m_tasks.empty();
    }
    return true;
}

int WorkerPool::threadCount() const
{
    std::unique_lock lock(m_mutex);
    return int(m_threads.size());
}

} // namespace QtSequelize
