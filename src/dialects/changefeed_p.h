// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CHANGEFEED_P_H
#define QTSEQUELIZE_CHANGEFEED_P_H

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

#include "../sql/tablename_p.h"

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qhash.h>
#include <QtCore/qlist.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qvariant.h>

#include <functional>

QT_FORWARD_DECLARE_CLASS(QSqlDatabase)
QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace QtSequelize {

class Dialect;

// What the database reports of one statement or row change, made by any client.
struct TableChange
{
    enum Operation { Insert, Update, Delete, Reset };
    TableName table; // the schema as the triggers were installed with (empty: the default one)
    Operation operation = Reset;
    // The primary keys of the rows, each as its columns' texts; empty with Reset, which means
    // "rows changed that are not listed" (a bulk statement, TRUNCATE, a gap in the log).
    QList<QStringList> keys;
};

// How a dialect learns of the changes other clients make to tables (ModelOptions::
// watchChanges()): triggers it installs on each watched table, and what a listening connection
// of its own does to read what they record. PostgreSQL's triggers NOTIFY (channel()); the
// others write a change log that poll() reads.
class Q_SEQUELIZE_EXPORT ChangeFeed
{
public:
    explicit ChangeFeed(const Dialect &dialect)
        : m_dialect(dialect)
    {
    }
    virtual ~ChangeFeed();
    Q_DISABLE_COPY_MOVE(ChangeFeed)

    // The change log's table, and PostgreSQL's NOTIFY channel.
    static QString logTable() { return QStringLiteral("qtsequelize_changes"); }
    // Past this many rows in one statement or one poll, a change is reported as a Reset.
    static constexpr int maxKeys = 100;

    // What sync() runs before installing triggers (the log table, the trigger function);
    // idempotent.
    virtual QStringList setupStatements() const = 0;
    // Replaces the triggers of \a table, whose primary key is \a keyColumns.
    virtual QStringList installTriggers(const TableName &table,
                                        const QStringList &keyColumns) const = 0;
    virtual QStringList removeTriggers(const TableName &table) const = 0;
    // The milliseconds between polls (or, with a channel, between checks of the connection).
    virtual int defaultInterval() const = 0;

    // The notification channel changes arrive on; empty when they are polled.
    virtual QString channel() const { return QString(); }
    // A notification's payload as changes; a payload that is not one gives a Reset.
    virtual QList<TableChange> fromNotification(const QString &payload) const;
    // Called once on the listening connection: from now on, poll() reports what changes.
    virtual void start(QSqlDatabase &db) = 0;
    // What changed since the previous poll (with a channel: only checks the connection).
    // Throws the dialect's errors (ConnectionError when the connection is lost).
    virtual QList<TableChange> poll(QSqlDatabase &db) = 0;

protected:
    // A trigger name for \a table and \a event, within \a maxLength characters.
    static QString triggerName(const TableName &table, const QString &event, int maxLength);
    // A key's texts from a JSON array of them (the log's rowKey, a notification's keys).
    static bool parseKey(const QVariant &json, QStringList *key);
    // Runs \a sql with \a values bound; throws the dialect's error.
    void run(QSqlDatabase &db, const QString &sql, const QVariantList &values,
             const std::function<void(const QSqlQuery &)> &row = {}) const;

    const Dialect &m_dialect;
};

// The change log that triggers fill (SQLite, MariaDB): poll() reads the entries after the last
// one seen. Where transactions can commit log entries out of id order (MariaDB), an id skipped
// is looked for again until holeTimeout() has passed, and then reported as a Reset.
class Q_SEQUELIZE_EXPORT ChangeLogFeed : public ChangeFeed
{
public:
    using ChangeFeed::ChangeFeed;

    void start(QSqlDatabase &db) override;
    QList<TableChange> poll(QSqlDatabase &db) override;
    QStringList removeTriggers(const TableName &table) const override;

    static constexpr int holeTimeoutMs = 60000;
    static constexpr int retentionSeconds = 600; // older entries are deleted
    static constexpr int maxEntries = 1000; // read in one poll; more are a burst (a Reset)
    static constexpr int maxHoles = 1000;

protected:
    // Whether anything may have changed since the last call (SQLite's data_version).
    virtual bool mayHaveChanged(QSqlDatabase &) { return true; }
    virtual bool commitsOutOfOrder() const { return false; }
    // Deletes entries older than retentionSeconds.
    virtual QString pruneStatement() const = 0;
    QString quotedLog() const;
    // The quoted name of \a table's trigger for \a event ("insert", "update", "delete").
    virtual QString trigger(const TableName &table, const char *event) const = 0;
    // JSON_ARRAY(CAST(row.key AS textType), ...): a row's key as the log's rowKey.
    QString keyArray(const char *row, const QStringList &keyColumns, const char *textType) const;

private:
    // The entries matching \a where (at most \a limit when positive), in id order.
    QList<TableChange> read(QSqlDatabase &db, const QString &where, const QVariantList &values,
                            int limit, qint64 *highest, QList<qint64> *ids);
    void noteHoles(const QList<qint64> &ids);

    qint64 m_last = 0; // the highest id seen
    QHash<qint64, QDeadlineTimer> m_holes; // ids below m_last not seen yet
    QDeadlineTimer m_nextPrune;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_CHANGEFEED_P_H
