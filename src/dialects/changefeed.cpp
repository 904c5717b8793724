// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ChangeFeed: what the dialects share of ModelOptions::watchChanges() — trigger names, keys
// as JSON, and the change log that SQLite and MariaDB poll.

#include "changefeed_p.h"

#include "dialect_p.h"

#include <QtCore/qcryptographichash.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlquery.h>

namespace QtSequelize {

ChangeFeed::~ChangeFeed() = default;

QString ChangeFeed::triggerName(const TableName &table, const QString &event, int maxLength)
{
    const QString name = QStringLiteral("qtsequelize_%1_%2").arg(table.name, event);
    if (name.size() <= maxLength)
        return name;
    // Unique per table still: a hash of the whole name after as much of it as fits.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash((table.schema + QChar(0x1f) + table.name).toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(12));
    const qsizetype room
        = maxLength - qsizetype(sizeof("qtsequelize__") - 1) - hash.size() - 1 - event.size();
    return QStringLiteral("qtsequelize_%1%2_%3")
        .arg(table.name.left(qMax<qsizetype>(room, 0)), hash, event);
}

bool ChangeFeed::parseKey(const QVariant &json, QStringList *key)
{
    QJsonArray parts;
    if (json.metaType() == QMetaType::fromType<QJsonArray>()) {
        parts = json.toJsonArray();
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(json.toString().toUtf8());
        if (!document.isArray())
            return false;
        parts = document.array();
    }
    key->clear();
    for (const QJsonValue &part : std::as_const(parts)) {
        if (!part.isString())
            return false;
        key->append(part.toString());
    }
    return !key->isEmpty();
}

QList<TableChange> ChangeFeed::fromNotification(const QString &payload) const
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    TableChange change;
    change.table = TableName(object.value(QLatin1String("s")).toString(),
                             object.value(QLatin1String("t")).toString());
    const QString operation = object.value(QLatin1String("o")).toString();
    if (operation == QLatin1String("insert"))
        change.operation = TableChange::Insert;
    else if (operation == QLatin1String("update"))
        change.operation = TableChange::Update;
    else if (operation == QLatin1String("delete"))
        change.operation = TableChange::Delete;
    const QJsonValue keys = object.value(QLatin1String("k"));
    if (change.operation != TableChange::Reset && keys.isArray()) {
        for (const QJsonValue &value : keys.toArray()) {
            QStringList key;
            if (!parseKey(QVariant(value.toArray()), &key) || !value.isArray()) {
                change.keys.clear();
                break;
            }
            change.keys.append(key);
        }
    }
    if (change.keys.isEmpty())
        change.operation = TableChange::Reset; // too many keys, TRUNCATE, or not ours
    return {change};
}

void ChangeFeed::run(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                     const std::function<void(const QSqlQuery &)> &row) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok)
        m_dialect.raiseQueryError(query.lastError(), sql);
    // Rows through nextRow() and endRows(): an error after the last row (a change-log read
    // cut off) is raised, not read as "no more changes".
    while (row && m_dialect.nextRow(query))
        row(query);
    m_dialect.endRows(query);
}

QString ChangeLogFeed::quotedLog() const
{
    return m_dialect.quoteIdentifier(logTable());
}

QStringList ChangeLogFeed::removeTriggers(const TableName &table) const
{
    QStringList statements;
    for (const char *event : {"insert", "update", "delete"})
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger(table, event)));
    return statements;
}

QString ChangeLogFeed::keyArray(const char *row, const QStringList &keyColumns,
                                const char *textType) const
{
    QStringList parts;
    for (const QString &column : keyColumns)
        parts.append(QStringLiteral("CAST(%1.%2 AS %3)")
                         .arg(QLatin1String(row), m_dialect.quoteIdentifier(column),
                              QLatin1String(textType)));
    return QStringLiteral("JSON_ARRAY(%1)").arg(parts.join(QLatin1String(", ")));
}

void ChangeLogFeed::start(QSqlDatabase &db)
{
    for (const QString &sql : setupStatements())
        run(db, sql, {});
    m_last = 0;
    run(db,
        QStringLiteral("SELECT MAX(%1) FROM %2")
            .arg(m_dialect.quoteIdentifier(QStringLiteral("id")), quotedLog()),
        {}, [this](const QSqlQuery &q) { m_last = q.value(0).toLongLong(); });
    m_holes.clear();
    mayHaveChanged(db);
    m_nextPrune = QDeadlineTimer(0);
}

QList<TableChange> ChangeLogFeed::read(QSqlDatabase &db, const QString &where,
                                       const QVariantList &values, int limit, qint64 *highest,
                                       QList<qint64> *ids)
{
    auto column
        = [this](const char *name) { return m_dialect.quoteIdentifier(QLatin1String(name)); };
    QString sql = QStringLiteral("SELECT %1, %2, %3, %4, %5 FROM %6 WHERE %7 ORDER BY %1")
                      .arg(column("id"), column("schemaName"), column("tableName"),
                           column("operation"), column("rowKey"), quotedLog(), where);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QList<TableChange> changes;
    run(db, sql, values, [&](const QSqlQuery &q) {
        const qint64 id = q.value(0).toLongLong();
        *highest = qMax(*highest, id);
        ids->append(id);
        TableChange change;
        change.table = TableName(q.value(1).toString(), q.value(2).toString());
        const QString operation = q.value(3).toString();
        change.operation = operation == QLatin1String("insert") ? TableChange::Insert
            : operation == QLatin1String("update")              ? TableChange::Update
            : operation == QLatin1String("delete")              ? TableChange::Delete
                                                                : TableChange::Reset;
        QStringList key;
        if (change.operation != TableChange::Reset && parseKey(q.value(4), &key))
            change.keys.append(key);
        else
            change.operation = TableChange::Reset;
        changes.append(change);
    });
    return changes;
}

void ChangeLogFeed::noteHoles(const QList<qint64> &ids)
{
    qint64 expected = m_last + 1;
    for (qint64 id : ids) {
        for (; expected < id && m_holes.size() <= maxHoles; ++expected)
            m_holes.insert(expected, QDeadlineTimer(holeTimeoutMs));
        expected = qMax(expected, id + 1);
    }
}

// A reset of every table: an empty table name.
static TableChange resetAll()
{
    return TableChange();
}

QList<TableChange> ChangeLogFeed::poll(QSqlDatabase &db)
{
    QList<TableChange> changes;
    if (m_nextPrune.hasExpired()) {
        run(db, pruneStatement(), {});
        m_nextPrune.setRemainingTime(60000);
    }
    bool expired = false;
    for (auto it = m_holes.begin(); it != m_holes.end();) {
        if (it->hasExpired()) {
            expired = true; // rolled back, or a transaction open for long: read all again
            it = m_holes.erase(it);
        } else {
            ++it;
        }
    }
    if (expired)
        changes.append(resetAll());
    if (!mayHaveChanged(db) && m_holes.isEmpty())
        return changes;
    qint64 highest = m_last;
    QList<qint64> ids;
    if (!m_holes.isEmpty()) {
        QVariantList holes;
        QStringList marks;
        for (auto it = m_holes.cbegin(); it != m_holes.cend(); ++it) {
            holes.append(it.key());
            marks.append(QStringLiteral("?"));
        }
        changes += read(db,
                        QStringLiteral("%1 IN (%2)")
                            .arg(m_dialect.quoteIdentifier(QStringLiteral("id")),
                                 marks.join(QLatin1String(", "))),
                        holes, 0, &highest, &ids);
        for (qint64 id : std::as_const(ids))
            m_holes.remove(id);
        ids.clear();
        highest = m_last;
    }
    // One more than fits, to know when a burst is past a list of keys.
    changes += read(db, m_dialect.quoteIdentifier(QStringLiteral("id")) + QStringLiteral(" > ?"),
                    {m_last}, maxEntries + 1, &highest, &ids);
    if (ids.size() > maxEntries) {
        // A burst (a bulk write): the entries are skipped and every list reads its rows again.
        m_holes.clear();
        run(db,
            QStringLiteral("SELECT MAX(%1) FROM %2")
                .arg(m_dialect.quoteIdentifier(QStringLiteral("id")), quotedLog()),
            {}, [&](const QSqlQuery &q) { highest = q.value(0).toLongLong(); });
        m_last = highest;
        return {resetAll()};
    }
    if (commitsOutOfOrder())
        noteHoles(ids);
    if (m_holes.size() > maxHoles) {
        m_holes.clear();
        changes.append(resetAll());
    }
    m_last = highest;
    return changes;
}

} // namespace QtSequelize
