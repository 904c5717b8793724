// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "acquirewatchdog_p.h"

#include "sequelize_p.h"

namespace QtSequelize {

bool AsyncDetail::Claim::start()
{
    int queued = 0;
    return m_state.compare_exchange_strong(queued, 1);
}

void AsyncDetail::Claim::expire()
{
    int queued = 0;
    if (m_state.compare_exchange_strong(queued, 2))
        m_onTimeout();
}

bool AsyncDetail::Claim::isStarted() const
{
    return m_state.load() == 1;
}

std::shared_ptr<AsyncDetail::Claim> AsyncDetail::queue(Sequelize *sequelize,
                                                       std::function<void()> onTimeout)
{
    auto claim = std::make_shared<Claim>(std::move(onTimeout));
    if (AcquireWatchdog *watchdog = SequelizePrivate::get(sequelize)->acquireWatchdog())
        watchdog->watch(claim);
    return claim;
}

AcquireWatchdog::AcquireWatchdog(std::chrono::milliseconds acquire)
    : m_acquire(acquire)
    , m_thread([this] { run(); })
{
}

AcquireWatchdog::~AcquireWatchdog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void AcquireWatchdog::watch(const std::shared_ptr<AsyncDetail::Claim> &claim)
{
    std::lock_guard lock(m_mutex);
    dropStarted();
    const bool wasEmpty = m_entries.empty();
    m_entries.push_back({std::chrono::steady_clock::now() + m_acquire, claim});
    if (wasEmpty)
        m_wake.notify_one();
}

void AcquireWatchdog::dropStarted()
{
    while (!m_entries.empty() && m_entries.front().claim->isStarted())
        m_entries.pop_front();
}

void AcquireWatchdog::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        dropStarted();
        if (m_entries.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const auto deadline = m_entries.front().deadline;
        if (std::chrono::steady_clock::now() < deadline) {
            m_wake.wait_until(lock, deadline);
            continue;
        }
        const std::shared_ptr<AsyncDetail::Claim> claim = m_entries.front().claim;
        m_entries.pop_front();
        lock.unlock();
        claim->expire(); // settles the future outside the lock
        lock.lock();
    }
}

} // namespace QtSequelize
