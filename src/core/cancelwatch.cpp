// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "cancelwatch_p.h"

#include "connectionmanager_p.h"
#include "sequelize_p.h"

#include <QtSequelize/async.h>

#include <chrono>

namespace QtSequelize {

using namespace std::chrono_literals;

// How often a running call's future is looked at: the delay between cancel() and the request
// to the server.
static constexpr auto CancelPollInterval = 20ms;

CancelWatch::CancelWatch(ConnectionManager &connections)
    : m_connections(connections)
    , m_thread([this] { run(); })
{
}

CancelWatch::~CancelWatch()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

const CancelWatch::Entry *CancelWatch::add(QThread *thread, std::function<bool()> isCanceled)
{
    std::lock_guard lock(m_mutex);
    m_running.push_back(Entry{thread, std::move(isCanceled)});
    if (m_running.size() == 1)
        m_wake.notify_all();
    return &m_running.back();
}

void CancelWatch::remove(const Entry *entry)
{
    std::lock_guard lock(m_mutex); // waits for a cancel being sent to this call
    m_running.remove_if([entry](const Entry &e) { return &e == entry; });
}

void CancelWatch::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (m_running.empty())
            m_wake.wait(lock);
        else
            m_wake.wait_for(lock, CancelPollInterval);
        // Sent with the lock held, so that the call cannot end (and its thread begin another
        // call) meanwhile. Every statement a cancelled call runs is cancelled, also one it
        // starts after catching the first one's error.
        for (const Entry &entry : m_running) {
            if (entry.isCanceled())
                m_connections.cancelRunning(entry.thread);
        }
    }
}

AsyncDetail::CancelTicket::CancelTicket(Sequelize *sequelize, std::function<bool()> isCanceled)
    : m_watch(&SequelizePrivate::get(sequelize)->cancelWatch())
    , m_entry(m_watch->add(QThread::currentThread(), std::move(isCanceled)))
{
}

AsyncDetail::CancelTicket::~CancelTicket()
{
    m_watch->remove(static_cast<const CancelWatch::Entry *>(m_entry));
}

} // namespace QtSequelize
