// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_PQDRIVER_P_H
#define QTSEQUELIZE_PQDRIVER_P_H

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

#include <QtCore/qbytearray.h>
#include <QtCore/qlist.h>
#include <QtCore/qsocketnotifier.h>
#include <QtSql/qsqldriver.h>
#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlresult.h>

#include <vector>

struct pg_conn;
struct pg_result;

namespace QtSequelize {

// A Qt SQL driver on libpq, registered as "QSQ_PSQL" and used by the postgres dialect unless
// the options name Qt's QPSQL. Unlike QPSQL, values travel as protocol parameters
// (PQexecPrepared/PQexecParams): they never enter the SQL text, so no server setting
// (standard_conforming_strings) can turn them into SQL, and no error text can quote them.
// Connect options (semicolon-separated key=value) are libpq's, plus
// QSQ_NO_SERVER_PREPARE (unnamed statements only, for PgBouncer's transaction pooling).
class PqDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    static const char *name() { return "QSQ_PSQL"; }
    // Makes the driver available to QSqlDatabase under name(); idempotent, thread-safe.
    static void registerDriver();

    explicit PqDriver(QObject *parent = nullptr);
    ~PqDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &table) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;
    // LISTEN/NOTIFY: notification() is emitted for each NOTIFY on a subscribed channel, read
    // when the socket has data (an event loop in the connection's thread) and after every
    // statement (one that read a notification from the socket leaves it queued in libpq).
    bool subscribeToNotification(const QString &name) override;
    bool unsubscribeFromNotification(const QString &name) override;
    QStringList subscribedToNotifications() const override;

    pg_conn *connection() const { return m_conn; }
    bool serverPrepares() const { return m_serverPrepare; }
    QByteArray nextStatementName() { return "qsq_" + QByteArray::number(++m_statements); }
    // Counts open() calls: a statement prepared in an earlier session is gone.
    quint64 session() const { return m_session; }
    // A QSqlError from the connection's last failure (\a result's fields when there is one).
    QSqlError makeError(const QString &context, QSqlError::ErrorType type,
                        const pg_result *result) const;

    // Emits notification() for every notification libpq holds; false when the connection is
    // gone (the socket closed).
    Q_INVOKABLE bool readNotifications();

private:
    bool runCommand(const char *sql, const QString &context);

    pg_conn *m_conn = nullptr;
    quint64 m_statements = 0;
    quint64 m_session = 0;
    bool m_serverPrepare = true;
    QStringList m_channels; // LISTENed to
    QSocketNotifier *m_notifier = nullptr;
};

// The parameters of one execution, encoded for libpq (text, except bytea in binary).
struct PqParameters
{
    QList<QByteArray> storage;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    std::vector<unsigned int> types;
    QString error; // set when a value cannot be sent (never holds the value)

    void encode(const QVariantList &bound);
};

// Whether \a result answers a COMMIT (\a sql) with ROLLBACK: PostgreSQL does so, without an
// error, for a transaction an earlier failed statement aborted. pqCommitRolledBackError()
// reports it (SQLSTATE 25P02), so that it never reads as a commit.
bool pqCommitRolledBack(const pg_result *result, QStringView sql);
QSqlError pqCommitRolledBackError(const QString &context);

// The value of a text-format field of type \a oid, as QPSQL types it.
QVariant pqDecode(const char *text, int length, unsigned int oid,
                  QSql::NumericalPrecisionPolicy precision);
QMetaType pqMetaType(unsigned int oid, QSql::NumericalPrecisionPolicy precision);

class PqResult final : public QSqlResult
{
public:
    explicit PqResult(const PqDriver *driver);
    ~PqResult() override;

    QVariant handle() const override;

protected:
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool reset(const QString &sql) override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    bool prepare(const QString &sql) override;
    bool savePrepare(const QString &sql) override;
    bool exec() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    PqDriver *driver() const;
    // Clears the last result; the connection, or null with the error set when there is none.
    pg_conn *start();
    bool fail(const QString &context, const QString &text, QSqlError::ErrorType type);
    bool takeResult(pg_result *result, const QString &context);
    void clearResult();
    void deallocate();

    pg_result *m_result = nullptr;
    int m_rows = 0;
    QByteArray m_sql; // prepared text, placeholders numbered
    int m_placeholders = 0;
    QByteArray m_statement; // server-side name, empty until prepared there
    quint64 m_statementSession = 0;
    std::vector<unsigned int> m_statementTypes;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_PQDRIVER_P_H
