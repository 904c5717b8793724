// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ACQUIREWATCHDOG_P_H
#define QTSEQUELIZE_ACQUIREWATCHDOG_P_H

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

#include <QtSequelize/async.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace QtSequelize {

// The pool's acquire time (Sequelize's pool.acquire): a thread that expires the asynchronous
// calls still queued when their time is up. Every call waits the same time, so the calls are
// watched in the order they were queued; those that started are dropped as they come first.
class AcquireWatchdog
{
public:
    explicit AcquireWatchdog(std::chrono::milliseconds acquire);
    ~AcquireWatchdog();
    AcquireWatchdog(const AcquireWatchdog &) = delete;
    AcquireWatchdog &operator=(const AcquireWatchdog &) = delete;

    void watch(const std::shared_ptr<AsyncDetail::Claim> &claim);

private:
    struct Entry
    {
        std::chrono::steady_clock::time_point deadline;
        std::shared_ptr<AsyncDetail::Claim> claim;
    };
    void run();
    void dropStarted(); // with m_mutex held

    const std::chrono::milliseconds m_acquire;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Entry> m_entries;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_ACQUIREWATCHDOG_P_H
