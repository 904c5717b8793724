// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ChangeWatcher: ModelOptions::watchChanges() on the Sequelize's side — the listening
// connection, its polls, reconnection, and the changes handed to the models.

#include "changewatcher_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/modeldefinition.h>

#include "../meta/modeldefinition_p.h"
#include "connectionmanager_p.h"
#include "sequelize_p.h"

#include <QtCore/qloggingcategory.h>
#include <QtSql/qsqlerror.h>

namespace QtSequelize {

Q_LOGGING_CATEGORY(lcChanges, "qtsequelize.changes")

void SequelizePrivate::watchChanges(ModelDefinition *definition)
{
    if (!changeWatcher) {
        changeWatcher = std::make_unique<ChangeWatcher>(*connections, *dialect,
                                                        options.watchIntervalMilliseconds());
        changeWatcher->moveToThread(q_ptr->thread()); // where the models' signals go out
    }
    ChangeWatcher *watcher = changeWatcher.get();
    QMetaObject::invokeMethod(watcher, [watcher, model = QPointer<ModelDefinition>(definition)] {
        if (model)
            watcher->watch(model);
    });
}

ChangeWatcher::ChangeWatcher(ConnectionManager &connections, const Dialect &dialect, int interval)
    : m_connections(connections)
    , m_dialect(dialect)
    , m_interval(interval > 0 ? interval : dialect.changeFeed()->defaultInterval())
{
    m_timer.setParent(this); // moves with the watcher
    m_timer.setInterval(m_interval);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::tick);
}

ChangeWatcher::~ChangeWatcher() = default;

QString ChangeWatcher::keyOf(const TableName &table)
{
    return table.schema + QChar(0x1f) + table.name;
}

void ChangeWatcher::watch(ModelDefinition *definition)
{
    if (!m_definitions.contains(definition))
        m_definitions.append(definition);
    if (m_connection || m_startQueued)
        return;
    m_startQueued = true;
    QTimer::singleShot(0, this, &ChangeWatcher::start);
}

void ChangeWatcher::start()
{
    m_startQueued = false;
    if (m_connection)
        return;
    try {
        std::unique_ptr<Connection> connection = m_connections.openOwn();
        std::unique_ptr<ChangeFeed> feed = m_dialect.changeFeed();
        QSqlDatabase db = connection->database();
        feed->start(db);
        if (!feed->channel().isEmpty()) {
            QSqlDriver *driver = db.driver();
            if (!driver->subscribeToNotification(feed->channel()))
                m_dialect.raiseQueryError(driver->lastError(), QStringLiteral("LISTEN"));
            connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::notified);
        }
        m_connection = std::move(connection);
        m_feed = std::move(feed);
    } catch (const BaseError &error) {
        lost(error.message());
        return;
    }
    m_failures = 0;
    m_timer.start();
    if (std::exchange(m_wasLost, false)) {
        // What changed while no one listened is not known: every list reads its rows again.
        qCInfo(lcChanges, "Listening for changes again");
        deliver({TableChange()});
    }
}

void ChangeWatcher::tick()
{
    if (!m_connection)
        return;
    try {
        QSqlDatabase db = m_connection->database();
        deliver(m_feed->poll(db));
    } catch (const BaseError &error) {
        lost(error.message());
    }
}

void ChangeWatcher::lost(const QString &message)
{
    qCWarning(lcChanges, "Changes of other clients cannot be read now (%s); trying again",
              qPrintable(message));
    m_timer.stop();
    if (m_connection) {
        QSqlDatabase db = m_connection->database();
        if (QSqlDriver *driver = db.driver())
            disconnect(driver, nullptr, this, nullptr);
    }
    m_feed.reset();
    m_connection.reset();
    m_wasLost = true;
    const int delay = qMin(1000 << qMin(m_failures, 3), 5000);
    ++m_failures;
    m_startQueued = true;
    QTimer::singleShot(delay, this, &ChangeWatcher::start);
}

void ChangeWatcher::notified(const QString &name, QSqlDriver::NotificationSource,
                             const QVariant &payload)
{
    if (m_feed && name == m_feed->channel())
        deliver(m_feed->fromNotification(payload.toString()));
}

void ChangeWatcher::deliver(const QList<TableChange> &changes)
{
    for (const TableChange &change : changes) {
        if (change.table.name.isEmpty()) {
            m_resetAll = true;
            continue;
        }
        Pending &pending = m_pending[keyOf(change.table)];
        if (change.operation == TableChange::Reset
            || pending.rows.size() + change.keys.size() > ChangeFeed::maxKeys) {
            pending.reset = true;
            pending.rows.clear();
        }
        if (pending.reset)
            continue;
        for (const QStringList &key : change.keys)
            pending.rows.append({change.operation, key});
    }
    if (m_flushQueued || (m_pending.isEmpty() && !m_resetAll))
        return;
    m_flushQueued = true;
    QTimer::singleShot(0, this, &ChangeWatcher::flush);
}

// A key's texts as the model's values (a list for a composite key).
static QVariant typedKey(const ModelDefinitionPrivate &d, const QStringList &texts)
{
    QVariantList parts;
    for (qsizetype i = 0; i < d.primaryKeys.size() && i < texts.size(); ++i) {
        QVariant value(texts.at(i));
        const QMetaType type = d.attributes.at(d.primaryKeys.at(i)).type.valueType();
        if (type.isValid() && !value.convert(type))
            value = QVariant(texts.at(i));
        parts.append(value);
    }
    return parts.size() == 1 ? parts.first() : QVariant(parts);
}

void ChangeWatcher::flush()
{
    m_flushQueued = false;
    const QHash<QString, Pending> pending = std::exchange(m_pending, {});
    const bool resetAll = std::exchange(m_resetAll, false);
    const QList<QPointer<ModelDefinition>> definitions = m_definitions;
    for (const QPointer<ModelDefinition> &definition : definitions) {
        if (!definition)
            continue;
        const ModelDefinitionPrivate &d = *ModelDefinitionPrivate::get(definition.get());
        const auto it = pending.constFind(keyOf(d.table()));
        if (resetAll || (it != pending.cend() && it->reset)) {
            Q_EMIT definition->databaseChanged(QVariant(), ModelDefinition::DatabaseChange::Reset);
            continue;
        }
        if (it == pending.cend())
            continue;
        for (const auto &[operation, key] : it->rows) {
            if (!definition)
                break; // a receiver deleted it
            const auto change = operation == TableChange::Insert
                ? ModelDefinition::DatabaseChange::Inserted
                : operation == TableChange::Update ? ModelDefinition::DatabaseChange::Updated
                                                   : ModelDefinition::DatabaseChange::Deleted;
            Q_EMIT definition->databaseChanged(typedKey(d, key), change);
        }
    }
    m_definitions.removeAll(nullptr);
}

} // namespace QtSequelize
