// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "postgresdialect_p.h"
#include "pqdriver_p.h"

#include "../sqllexer_p.h"

#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlfield.h>
#include <QtSql/qsqlrecord.h>

#include <libpq-fe.h>

#include <cstdlib>

namespace QtSequelize {

PqResult::PqResult(const PqDriver *driver)
    : QSqlResult(driver)
{
}

PqResult::~PqResult()
{
    clearResult();
    deallocate();
}

PqDriver *PqResult::driver() const
{
    return static_cast<PqDriver *>(const_cast<QSqlDriver *>(QSqlResult::driver()));
}

QVariant PqResult::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_result));
}

void PqResult::clearResult()
{
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    m_rows = 0;
}

void PqResult::deallocate()
{
    if (m_statement.isEmpty())
        return;
    PqDriver *d = driver();
    // A name left behind (connection gone, aborted transaction) dies with the session.
    if (d && d->connection() && d->session() == m_statementSession
        && PQstatus(d->connection()) == CONNECTION_OK)
        PQclear(PQexec(d->connection(), "DEALLOCATE " + m_statement));
    m_statement.clear();
    m_statementTypes.clear();
}

bool PqResult::fail(const QString &context, const QString &text, QSqlError::ErrorType type)
{
    setLastError(QSqlError(context, text, type));
    return false;
}

PGconn *PqResult::start()
{
    clearResult();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    PqDriver *d = driver();
    if (!d || !d->connection()) {
        fail(QStringLiteral("Unable to execute statement"),
             QStringLiteral("The connection is closed"), QSqlError::ConnectionError);
        return nullptr;
    }
    return d->connection();
}

bool PqResult::takeResult(pg_result *result, const QString &context)
{
    PqDriver *d = driver();
    switch (result ? PQresultStatus(result) : PGRES_FATAL_ERROR) {
    case PGRES_TUPLES_OK:
        m_result = result;
        m_rows = PQntuples(result);
        setSelect(true);
        setActive(true);
        return true;
    case PGRES_COMMAND_OK:
    case PGRES_EMPTY_QUERY:
        m_result = result;
        setSelect(false);
        setActive(true);
        return true;
    default:
        break;
    }
    setLastError(d->makeError(context, QSqlError::StatementError, result));
    PQclear(result);
    return false;
}

bool PqResult::reset(const QString &sql)
{
    PGconn *conn = start();
    if (!conn)
        return false;
    const QString context = QStringLiteral("Unable to execute statement");
    if (sql.contains(QChar(0)))
        return fail(context, QStringLiteral("The statement holds a NUL character"),
                    QSqlError::StatementError);
    if (!takeResult(PQexec(conn, sql.toUtf8().constData()), context))
        return false;
    if (pqCommitRolledBack(m_result, sql)) {
        clearResult();
        setActive(false);
        setLastError(pqCommitRolledBackError(context));
        return false;
    }
    return true;
}

bool PqResult::prepare(const QString &sql)
{
    clearResult();
    deallocate();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    setQuery(sql);
    if (sql.contains(QChar(0)))
        return fail(QStringLiteral("Unable to prepare statement"),
                    QStringLiteral("The statement holds a NUL character"),
                    QSqlError::StatementError);
    static const Dialect::Lexicon lexicon = PostgresDialect().lexicon();
    m_sql = numberPlaceholders(sql, lexicon, &m_placeholders).toUtf8();
    return true;
}

// QSqlResult::savePrepare() would first rewrite every ":name" outside '...' and "..." as a ? of
// Qt's own, inside dollar quotes and comments too ($$:a$$ read back as "?"): the text goes to
// prepare() as it is, placeholders numbered by the PostgreSQL lexer. The base call with no text
// only clears the values bound before.
bool PqResult::savePrepare(const QString &sql)
{
    QSqlResult::savePrepare(QString());
    return prepare(sql);
}

bool PqResult::exec()
{
    PGconn *conn = start();
    if (!conn)
        return false;
    PqDriver *d = driver();
    const QVariantList &bound = boundValues();
    if (m_placeholders > 0 && bound.size() != m_placeholders)
        return fail(QStringLiteral("Unable to execute statement"),
                    QStringLiteral("The statement has %1 placeholders but %2 values")
                        .arg(m_placeholders)
                        .arg(bound.size()),
                    QSqlError::StatementError);
    PqParameters params;
    params.encode(bound);
    if (!params.error.isEmpty())
        return fail(QStringLiteral("Unable to bind value"), params.error,
                    QSqlError::StatementError);
    const int n = int(bound.size());
    // Without values the text goes as written: a ? there is PostgreSQL's (jsonb) operator.
    const QByteArray sql = n == 0 && m_placeholders > 0 ? lastQuery().toUtf8() : m_sql;
    if (!d->serverPrepares()) {
        return takeResult(PQexecParams(conn, sql.constData(), n, params.types.data(),
                                       params.values.data(), params.lengths.data(),
                                       params.formats.data(), 0),
                          QStringLiteral("Unable to execute statement"));
    }
    // One server-side statement per parameter types: a NULL fits any, a typed value needs
    // the type it was prepared with (the first run's NULLs left the server to infer one).
    if (m_statementSession != d->session()) {
        m_statement.clear(); // the server forgot it with the session
        m_statementTypes.clear();
    }
    bool fits = !m_statement.isEmpty();
    for (int i = 0; fits && i < n; ++i)
        fits = !params.values[i] || params.types[i] == m_statementTypes[i];
    if (!fits) {
        std::vector<unsigned int> types = params.types;
        if (m_statementTypes.size() == types.size()) {
            for (int i = 0; i < n; ++i) {
                if (!params.values[i])
                    types[i] = m_statementTypes[i];
            }
        }
        deallocate();
        const QByteArray name = d->nextStatementName();
        PGresult *prepared = PQprepare(conn, name.constData(), sql.constData(), n, types.data());
        if (!takeResult(prepared, QStringLiteral("Unable to prepare statement")))
            return false;
        clearResult();
        m_statement = name;
        m_statementTypes = types;
        m_statementSession = d->session();
    }
    return takeResult(PQexecPrepared(conn, m_statement.constData(), n, params.values.data(),
                                     params.lengths.data(), params.formats.data(), 0),
                      QStringLiteral("Unable to execute statement"));
}

QVariant PqResult::data(int field)
{
    if (!m_result || at() < 0 || at() >= m_rows || field < 0 || field >= PQnfields(m_result))
        return QVariant();
    const unsigned int oid = PQftype(m_result, field);
    if (PQgetisnull(m_result, at(), field))
        return QVariant(pqMetaType(oid, numericalPrecisionPolicy()));
    return pqDecode(PQgetvalue(m_result, at(), field), PQgetlength(m_result, at(), field), oid,
                    numericalPrecisionPolicy());
}

bool PqResult::isNull(int field)
{
    if (!m_result || at() < 0 || at() >= m_rows || field < 0 || field >= PQnfields(m_result))
        return true;
    return PQgetisnull(m_result, at(), field);
}

bool PqResult::fetch(int row)
{
    if (!isActive() || !m_result || row < 0 || row >= m_rows)
        return false;
    setAt(row);
    return true;
}

bool PqResult::fetchFirst()
{
    return fetch(0);
}

bool PqResult::fetchLast()
{
    return fetch(m_rows - 1);
}

int PqResult::size()
{
    return isSelect() ? m_rows : -1;
}

int PqResult::numRowsAffected()
{
    const char *tuples = m_result ? PQcmdTuples(m_result) : nullptr;
    return tuples && *tuples ? std::atoi(tuples) : -1;
}

QSqlRecord PqResult::record() const
{
    QSqlRecord record;
    if (!m_result || !isSelect())
        return record;
    const int n = PQnfields(m_result);
    for (int i = 0; i < n; ++i) {
        const unsigned int oid = PQftype(m_result, i);
        QSqlField f(QString::fromUtf8(PQfname(m_result, i)),
                    pqMetaType(oid, numericalPrecisionPolicy()));
        f.setSqlType(int(oid));
        record.append(f);
    }
    return record;
}

QVariant PqResult::lastInsertId() const
{
    if (!m_result)
        return QVariant();
    const Oid oid = PQoidValue(m_result);
    return oid == InvalidOid ? QVariant() : QVariant(qlonglong(oid));
}

void PqResult::detachFromResultSet()
{
    clearResult();
}

} // namespace QtSequelize
