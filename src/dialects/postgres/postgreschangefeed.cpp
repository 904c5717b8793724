// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// PostgreSQL's change feed: statement triggers with transition tables NOTIFY the changed
// rows' keys (one notification per statement, not per row; past ChangeFeed::maxKeys rows or
// 7,900 bytes, none listed), and the listener LISTENs. Its poll only checks the connection
// and delivers the notifications that came in while it ran.

#include "postgresdialect_p.h"

#include "../changefeed_p.h"
#include "pqdriver_p.h"

#include <QtSql/qsqldatabase.h>

namespace QtSequelize {

namespace {

// The keys of a transition table's rows, as arrays of texts; the trigger's first argument is
// the schema as the model names it, the others are the key's columns.
const char keysOf[] = "SELECT (SELECT jsonb_agg(to_jsonb(r) ->> c.a ORDER BY c.o) FROM "
                      "unnest(TG_ARGV[1:]) WITH ORDINALITY AS c(a, o)) AS k FROM %1 r";

class PostgresChangeFeed final : public ChangeFeed
{
public:
    using ChangeFeed::ChangeFeed;

    QStringList setupStatements() const override
    {
        const QString inserted = QString::fromLatin1(keysOf).arg(QLatin1String("qsq_new"));
        const QString deleted = QString::fromLatin1(keysOf).arg(QLatin1String("qsq_old"));
        return {QStringLiteral(
                    "CREATE OR REPLACE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $qsq$\n"
                    "DECLARE changed bigint := 0; keys jsonb; payload text;\n"
                    "BEGIN\n"
                    "  IF TG_OP = 'INSERT' THEN\n"
                    "    SELECT count(*), jsonb_agg(k) INTO changed, keys FROM (SELECT DISTINCT "
                    "k FROM (%2) x LIMIT %5) s;\n"
                    "  ELSIF TG_OP = 'UPDATE' THEN\n"
                    "    SELECT count(*), jsonb_agg(k) INTO changed, keys FROM (SELECT k FROM "
                    "(%2 UNION %3) x LIMIT %5) s;\n"
                    "  ELSIF TG_OP = 'DELETE' THEN\n"
                    "    SELECT count(*), jsonb_agg(k) INTO changed, keys FROM (SELECT DISTINCT "
                    "k FROM (%3) x LIMIT %5) s;\n"
                    "  END IF;\n"
                    "  IF TG_OP <> 'TRUNCATE' AND changed = 0 THEN RETURN NULL; END IF;\n"
                    "  IF changed > %4 THEN keys := NULL; END IF;\n"
                    "  payload := jsonb_build_object('s', TG_ARGV[0], 't', TG_TABLE_NAME, 'o', "
                    "lower(TG_OP), 'k', keys)::text;\n"
                    "  IF octet_length(payload) > 7900 THEN\n"
                    "    payload := jsonb_build_object('s', TG_ARGV[0], 't', TG_TABLE_NAME, "
                    "'o', lower(TG_OP), 'k', NULL)::text;\n"
                    "  END IF;\n"
                    "  PERFORM pg_notify(%6, payload);\n"
                    "  RETURN NULL;\n"
                    "END $qsq$")
                    .arg(function(), inserted, deleted)
                    .arg(maxKeys)
                    .arg(maxKeys + 1)
                    .arg(m_dialect.quoteString(logTable()))};
    }

    QStringList installTriggers(const TableName &table,
                                const QStringList &keyColumns) const override
    {
        QStringList statements = removeTriggers(table);
        QStringList arguments{m_dialect.quoteString(table.schema)};
        for (const QString &column : keyColumns)
            arguments.append(m_dialect.quoteString(column));
        const QString call = QStringLiteral("EXECUTE FUNCTION %1(%2)")
                                 .arg(function(), arguments.join(QLatin1String(", ")));
        const QString on = m_dialect.quoteTable(table);
        statements << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 REFERENCING NEW "
                                     "TABLE AS qsq_new FOR EACH STATEMENT %3")
                          .arg(trigger("insert"), on, call)
                   << QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 REFERENCING OLD "
                                     "TABLE AS qsq_old NEW TABLE AS qsq_new FOR EACH STATEMENT %3")
                          .arg(trigger("update"), on, call)
                   << QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 REFERENCING OLD "
                                     "TABLE AS qsq_old FOR EACH STATEMENT %3")
                          .arg(trigger("delete"), on, call)
                   << QStringLiteral("CREATE TRIGGER %1 AFTER TRUNCATE ON %2 FOR EACH STATEMENT %3")
                          .arg(trigger("truncate"), on, call);
        return statements;
    }

    QStringList removeTriggers(const TableName &table) const override
    {
        QStringList statements;
        for (const char *event : {"insert", "update", "delete", "truncate"})
            statements.append(QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2")
                                  .arg(trigger(event), m_dialect.quoteTable(table)));
        return statements;
    }

    int defaultInterval() const override { return 1000; }
    QString channel() const override { return logTable(); }

    void start(QSqlDatabase &) override { }

    QList<TableChange> poll(QSqlDatabase &db) override
    {
        run(db, QStringLiteral("SELECT 1"), {});
        // Notifications that came in with the statement's result wait in libpq; QtSequelize's
        // driver hands them out now (Qt's QPSQL only when the socket has data again).
        if (auto *driver = qobject_cast<PqDriver *>(db.driver()))
            driver->readNotifications();
        return {};
    }

private:
    QString function() const
    {
        return m_dialect.quoteIdentifier(QStringLiteral("qtsequelize_notify_change"));
    }
    // Trigger names are per table in PostgreSQL.
    QString trigger(const char *event) const
    {
        return m_dialect.quoteIdentifier(QStringLiteral("qtsequelize_changes_")
                                         + QLatin1String(event));
    }
};

} // namespace

std::unique_ptr<ChangeFeed> PostgresDialect::changeFeed() const
{
    return std::make_unique<PostgresChangeFeed>(*this);
}

} // namespace QtSequelize
