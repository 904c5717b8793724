// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// SQLite's change feed: row triggers write a change log; the listener polls PRAGMA
// data_version, which moves when another connection (another process, or this one's pool)
// commits, and reads the log only then.

#include "sqlitedialect_p.h"

#include "../changefeed_p.h"

#include <QtSql/qsqlquery.h>

namespace QtSequelize {

namespace {

class SqliteChangeFeed final : public ChangeLogFeed
{
public:
    using ChangeLogFeed::ChangeLogFeed;

    QStringList setupStatements() const override
    {
        return {QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS %1 (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, "
                    "\"schemaName\" TEXT NOT NULL DEFAULT '', \"tableName\" TEXT NOT NULL, "
                    "\"operation\" TEXT NOT NULL, \"rowKey\" TEXT NOT NULL, \"at\" INTEGER NOT "
                    "NULL DEFAULT (CAST(strftime('%s', 'now') AS INTEGER)))")
                    .arg(quotedLog())};
    }

    QStringList installTriggers(const TableName &table,
                                const QStringList &keyColumns) const override
    {
        QStringList statements = removeTriggers(table);
        auto entry = [&](const char *operation, const char *row) {
            return QStringLiteral("INSERT INTO %1 (\"tableName\", \"operation\", \"rowKey\") "
                                  "SELECT %2, '%3', %4")
                .arg(quotedLog(), m_dialect.quoteString(table.name), QLatin1String(operation),
                     keyArray(row, keyColumns, "TEXT"));
        };
        QStringList keyChanged;
        for (const QString &column : keyColumns)
            keyChanged.append(
                QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(m_dialect.quoteIdentifier(column)));
        const QString on = m_dialect.quoteTable(table);
        statements << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN %3; END")
                          .arg(trigger(table, "insert"), on, entry("insert", "NEW"))
                   << QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 BEGIN %3; %4 WHERE "
                                     "%5; END")
                          .arg(trigger(table, "update"), on, entry("update", "NEW"),
                               entry("update", "OLD"), keyChanged.join(QLatin1String(" OR ")))
                   << QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 BEGIN %3; END")
                          .arg(trigger(table, "delete"), on, entry("delete", "OLD"));
        return statements;
    }

    int defaultInterval() const override { return 200; }

    void start(QSqlDatabase &db) override
    {
        ChangeLogFeed::start(db);
        // data_version does not move for the other connections of a shared in-memory database
        // (one cache): there the log, in memory too, is read every time.
        run(db, QStringLiteral("PRAGMA database_list"), {}, [this](const QSqlQuery &q) {
            if (q.value(1).toString() == QLatin1String("main"))
                m_inMemory = q.value(2).toString().isEmpty();
        });
    }

protected:
    bool mayHaveChanged(QSqlDatabase &db) override
    {
        qint64 version = -1;
        run(db, QStringLiteral("PRAGMA data_version"), {},
            [&](const QSqlQuery &q) { version = q.value(0).toLongLong(); });
        return std::exchange(m_version, version) != version || m_inMemory;
    }

    QString pruneStatement() const override
    {
        return QStringLiteral("DELETE FROM %1 WHERE \"at\" < CAST(strftime('%s', 'now') AS "
                              "INTEGER) - %2")
            .arg(quotedLog())
            .arg(retentionSeconds);
    }

private:
    QString trigger(const TableName &table, const char *event) const override
    {
        return m_dialect.quoteIdentifier(triggerName(table, QLatin1String(event), 1000));
    }

    qint64 m_version = -1;
    bool m_inMemory = false;
};

} // namespace

std::unique_ptr<ChangeFeed> SqliteDialect::changeFeed() const
{
    return std::make_unique<SqliteChangeFeed>(*this);
}

} // namespace QtSequelize
