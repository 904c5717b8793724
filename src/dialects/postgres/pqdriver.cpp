// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "pqdriver_p.h"

#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlfield.h>
#include <QtSql/qsqlrecord.h>

#include <libpq-fe.h>

#include <mutex>

namespace QtSequelize {

void PqDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QLatin1StringView(name()), new QSqlDriverCreator<PqDriver>);
    });
}

PqDriver::PqDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

PqDriver::~PqDriver()
{
    close();
}

bool PqDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case QuerySize:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LowPrecisionNumbers:
    case FinishQuery:
    case EventNotifications:
        return true;
    case NamedPlaceholders:
    case LastInsertId:
    case BatchOperations:
    case SimpleLocking:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

static void ignoreNotice(void *, const char *) { }

bool PqDriver::open(const QString &db, const QString &user, const QString &password,
                    const QString &host, int port, const QString &connectOptions)
{
    close();
    QList<QByteArray> keys;
    QList<QByteArray> values;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            keys.append(key);
            values.append(value.toUtf8());
        }
    };
    add("host", host);
    if (port >= 0)
        add("port", QString::number(port));
    add("dbname", db);
    add("user", user);
    add("password", password);
    add("client_encoding", QStringLiteral("UTF8"));
    m_serverPrepare = true;
    for (const QString &option : connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString o = option.trimmed();
        if (o == QLatin1StringView("QSQ_NO_SERVER_PREPARE")) {
            m_serverPrepare = false;
            continue;
        }
        const qsizetype eq = o.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            setLastError(
                QSqlError(tr("Invalid connect option"), QString(), QSqlError::ConnectionError));
            setOpenError(true);
            return false;
        }
        keys.append(o.left(eq).trimmed().toUtf8());
        values.append(o.mid(eq + 1).trimmed().toUtf8());
    }
    std::vector<const char *> k;
    std::vector<const char *> v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys.at(i).constData());
        v.push_back(values.at(i).constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    m_conn = PQconnectdbParams(k.data(), v.data(), 0);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        setLastError(makeError(tr("Unable to connect"), QSqlError::ConnectionError, nullptr));
        PQfinish(m_conn);
        m_conn = nullptr;
        setOpenError(true);
        return false;
    }
    // Server NOTICEs (DROP ... IF EXISTS) would go to stderr.
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    ++m_session;
    setOpen(true);
    setOpenError(false);
    return true;
}

void PqDriver::close()
{
    delete std::exchange(m_notifier, nullptr);
    m_channels.clear();
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

bool pqCommitRolledBack(const pg_result *result, QStringView sql)
{
    if (qstrcmp(PQcmdStatus(const_cast<pg_result *>(result)), "ROLLBACK") != 0)
        return false;
    const QStringView s = sql.trimmed();
    for (QLatin1StringView word : {QLatin1StringView("COMMIT"), QLatin1StringView("END")}) {
        if (s.startsWith(word, Qt::CaseInsensitive)
            && (s.size() == word.size() || s.at(word.size()).isSpace()))
            return true;
    }
    return false;
}

QSqlError pqCommitRolledBackError(const QString &context)
{
    return QSqlError(context,
                     QStringLiteral("COMMIT rolled the transaction back: a statement in it failed"),
                     QSqlError::TransactionError, QStringLiteral("25P02"));
}

QSqlResult *PqDriver::createResult() const
{
    return new PqResult(this);
}

static QString field(const PGresult *result, int code)
{
    const char *text = result ? PQresultErrorField(result, code) : nullptr;
    return text ? QString::fromUtf8(text) : QString();
}

QSqlError PqDriver::makeError(const QString &context, QSqlError::ErrorType type,
                              const pg_result *result) const
{
    QString code = field(result, PG_DIAG_SQLSTATE);
    const QString primary = field(result, PG_DIAG_MESSAGE_PRIMARY);
    QString text;
    if (primary.isEmpty()) {
        // A client-side failure (the connection is gone, out of memory): libpq's own text.
        text = QString::fromUtf8(result ? PQresultErrorMessage(result) : "").trimmed();
        if (text.isEmpty() && m_conn)
            text = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    } else {
        text = field(result, PG_DIAG_SEVERITY_NONLOCALIZED) + QStringLiteral(":  ") + primary;
        // Only a unique violation's DETAIL is kept: it names the key's columns, which the
        // error reports as fields. Other details ("Failing row contains (...)") and the
        // statement excerpt (LINE n: ...) repeat values of the row.
        if (code == QLatin1StringView("23505"))
            text += QStringLiteral("\nDETAIL:  ") + field(result, PG_DIAG_MESSAGE_DETAIL);
    }
    if (code.isEmpty() && (!m_conn || PQstatus(m_conn) == CONNECTION_BAD)) {
        code = QStringLiteral("08006"); // connection_failure
        type = QSqlError::ConnectionError;
    }
    return QSqlError(context, text, type, code);
}

bool PqDriver::runCommand(const char *sql, const QString &context)
{
    if (!m_conn)
        return false;
    PGresult *result = PQexec(m_conn, sql);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok)
        setLastError(makeError(context, QSqlError::TransactionError, result));
    else if (pqCommitRolledBack(result, QString::fromLatin1(sql)))
        setLastError(pqCommitRolledBackError(context));
    PQclear(result);
    return ok && !lastError().isValid();
}

bool PqDriver::beginTransaction()
{
    setLastError(QSqlError());
    return runCommand("BEGIN", tr("Could not begin transaction"));
}

bool PqDriver::commitTransaction()
{
    setLastError(QSqlError());
    return runCommand("COMMIT", tr("Could not commit transaction"));
}

bool PqDriver::rollbackTransaction()
{
    setLastError(QSqlError());
    return runCommand("ROLLBACK", tr("Could not roll back transaction"));
}

QStringList PqDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!m_conn)
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds.append(QStringLiteral("'BASE TABLE'"));
    if (type & QSql::Views)
        kinds.append(QStringLiteral("'VIEW'"));
    if (kinds.isEmpty())
        return names;
    const QByteArray sql = QStringLiteral("SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = current_schema() AND "
                                          "table_type IN (%1) ORDER BY 1")
                               .arg(kinds.join(QLatin1Char(',')))
                               .toUtf8();
    PGresult *result = PQexec(m_conn, sql.constData());
    if (PQresultStatus(result) == PGRES_TUPLES_OK) {
        for (int i = 0; i < PQntuples(result); ++i)
            names.append(QString::fromUtf8(PQgetvalue(result, i, 0)));
    }
    PQclear(result);
    return names;
}

QSqlRecord PqDriver::record(const QString &table) const
{
    QSqlRecord record;
    if (!m_conn || table.isEmpty() || table.contains(QChar(0)))
        return record;
    const QString name
        = isIdentifierEscaped(table, TableName) ? table : escapeIdentifier(table, TableName);
    PGresult *result = PQexec(m_conn,
                              (QStringLiteral("SELECT * FROM ") + name + QStringLiteral(" LIMIT 0"))
                                  .toUtf8()
                                  .constData());
    if (PQresultStatus(result) == PGRES_TUPLES_OK) {
        for (int i = 0; i < PQnfields(result); ++i) {
            const unsigned int oid = PQftype(result, i);
            QSqlField f(QString::fromUtf8(PQfname(result, i)),
                        pqMetaType(oid, numericalPrecisionPolicy()), table);
            f.setSqlType(int(oid));
            record.append(f);
        }
    }
    PQclear(result);
    return record;
}

QString PqDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (isIdentifierEscaped(identifier, FieldName))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant PqDriver::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_conn));
}

} // namespace QtSequelize
