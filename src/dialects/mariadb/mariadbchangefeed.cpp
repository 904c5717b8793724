// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// MariaDB's change feed: row triggers write a change log in the connection's database, which
// the listener polls. InnoDB hands out ids when a row is written, not when it commits, so
// entries can become visible out of id order: the feed looks for skipped ids again
// (ChangeLogFeed::commitsOutOfOrder()).

#include "mariadbdialect_p.h"

#include "../changefeed_p.h"

namespace QtSequelize {

namespace {

class MariaDbChangeFeed final : public ChangeLogFeed
{
public:
    using ChangeLogFeed::ChangeLogFeed;

    QStringList setupStatements() const override
    {
        return {QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (`id` BIGINT NOT NULL "
                               "AUTO_INCREMENT PRIMARY KEY, `schemaName` VARCHAR(64) NOT NULL "
                               "DEFAULT '', `tableName` VARCHAR(64) NOT NULL, `operation` "
                               "VARCHAR(8) NOT NULL, `rowKey` TEXT NOT NULL, `at` DATETIME(3) NOT "
                               "NULL DEFAULT CURRENT_TIMESTAMP(3), KEY (`at`)) ENGINE=InnoDB")
                    .arg(quotedLog())};
    }

    QStringList installTriggers(const TableName &table,
                                const QStringList &keyColumns) const override
    {
        QStringList statements = removeTriggers(table);
        // A trigger's unqualified names are its table's database: the log is the connection's.
        const QString log = table.schema.isEmpty()
            ? quotedLog()
            : m_dialect.quoteTable(TableName(m_dialect.databaseName(), logTable()));
        auto entry = [&](const char *operation, const char *row) {
            return QStringLiteral("INSERT INTO %1 (`schemaName`, `tableName`, `operation`, "
                                  "`rowKey`) VALUES (%2, %3, '%4', %5)")
                .arg(log, m_dialect.quoteString(table.schema), m_dialect.quoteString(table.name),
                     QLatin1String(operation), keyArray(row, keyColumns, "CHAR"));
        };
        QStringList keyChanged;
        for (const QString &column : keyColumns)
            keyChanged.append(
                QStringLiteral("NOT (OLD.%1 <=> NEW.%1)").arg(m_dialect.quoteIdentifier(column)));
        const QString on = m_dialect.quoteTable(table);
        statements << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 FOR EACH ROW %3")
                          .arg(trigger(table, "insert"), on, entry("insert", "NEW"))
                   << QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 FOR EACH ROW BEGIN "
                                     "%3; IF %4 THEN %5; END IF; END")
                          .arg(trigger(table, "update"), on, entry("update", "NEW"),
                               keyChanged.join(QLatin1String(" OR ")), entry("update", "OLD"))
                   << QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 FOR EACH ROW %3")
                          .arg(trigger(table, "delete"), on, entry("delete", "OLD"));
        return statements;
    }

    int defaultInterval() const override { return 500; }

protected:
    bool commitsOutOfOrder() const override { return true; }

    QString pruneStatement() const override
    {
        return QStringLiteral("DELETE FROM %1 WHERE `at` < NOW(3) - INTERVAL %2 SECOND")
            .arg(quotedLog())
            .arg(retentionSeconds);
    }

private:
    // In the table's database (a trigger lives in its table's), within MariaDB's 64 characters.
    QString trigger(const TableName &table, const char *event) const override
    {
        return m_dialect.quoteTable(
            TableName(table.schema, triggerName(table, QLatin1String(event), 64)));
    }
};

} // namespace

std::unique_ptr<ChangeFeed> MariaDbDialect::changeFeed() const
{
    return std::make_unique<MariaDbChangeFeed>(*this);
}

} // namespace QtSequelize
