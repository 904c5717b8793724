// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SEQUELIZEOPTIONS_H
#define QTSEQUELIZE_SEQUELIZEOPTIONS_H

#include <QtSequelize/modeloptions.h>
#include <QtSequelize/retryoptions.h>
#include <QtSequelize/transaction.h>

#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

#include <optional>

namespace QtSequelize {

class SequelizeOptionsData;

class Q_SEQUELIZE_EXPORT SequelizeOptions
{
public:
    SequelizeOptions();
    SequelizeOptions(const SequelizeOptions &other);
    SequelizeOptions &operator=(const SequelizeOptions &other);
    SequelizeOptions(SequelizeOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(SequelizeOptions)
    void swap(SequelizeOptions &other) noexcept { d.swap(other.d); }
    ~SequelizeOptions();

    // Parses sqlite::memory:, sqlite:path, postgres://user:pass@host:port/db,
    // mysql://..., mariadb://...; throws ConnectionError on an unknown scheme.
    static SequelizeOptions fromUrl(const QString &url);
    // One environment of Sequelize CLI's config.json (default: $QSQ_ENV, $NODE_ENV or
    // "development"); ConnectionError for a key or value it cannot honour.
    static SequelizeOptions fromConfigFile(const QString &path,
                                           const QString &environment = QString());

    SequelizeOptions &dialect(const QString &dialect);
    SequelizeOptions &host(const QString &host);
    SequelizeOptions &port(int port);
    SequelizeOptions &database(const QString &database);
    SequelizeOptions &username(const QString &username);
    SequelizeOptions &password(const QString &password);
    SequelizeOptions &storage(const QString &path);
    // Logs every statement to the qtsequelize.sql category (debug level); on by default.
    SequelizeOptions &logging(bool enabled);
    // Model options applied to every model of this connection unless it sets them.
    SequelizeOptions &define(const ModelOptions &defaults);
    // A read replica (Sequelize's replication.read): SELECTs outside transactions go to the
    // replicas in turn, everything else to the database these options name (replication.write).
    // FindOptions::useMaster() sends a read to it too. Options the replica leaves unset (port,
    // user, password, database, dialect options such as sslmode) are taken from these.
    SequelizeOptions &addReadReplica(const SequelizeOptions &replica);
    SequelizeOptions &addReadReplica(const QString &url);
    // Read-your-writes: after a thread writes (a statement other than a SELECT, a COMMIT), its
    // reads go to the write database for \a milliseconds, past the replicas' usual lag. 0 (the
    // default): reads go to the replicas at once; useMaster() chooses per call.
    SequelizeOptions &readYourWrites(int milliseconds);
    // A replica that cannot be reached is left out of the reads for \a milliseconds (5000),
    // then tried again; the read that found it down fails with its ConnectionError.
    SequelizeOptions &replicaRetryAfter(int milliseconds);
    QList<SequelizeOptions> readReplicas() const;
    // ModelOptions::watchChanges(): how often the changes other clients made are read (SQLite:
    // 200 ms, MariaDB: 500 ms) or, on PostgreSQL, which sends them at once, how often the
    // listening connection is checked (1000 ms). 0: those defaults.
    SequelizeOptions &watchInterval(int milliseconds);
    int watchIntervalMilliseconds() const;
    int readYourWritesMilliseconds() const;
    int replicaRetryAfterMilliseconds() const;
    // Sequelize's pool.max: how many threads run the asynchronous API at once, each with its
    // own connection (5 by default, as Sequelize).
    SequelizeOptions &poolMax(int connections);
    // pool.idle (10000 ms), pool.acquire (60000 ms: ConnectionAcquireTimeoutError), pool.min
    // (threads that keep their connections through idle periods), pool.evict (accepted; idle
    // threads end exactly at idle), pool.maxUses (a connection is replaced after that many
    // uses; 0: never), pool.validate (an idle connection the server closed is replaced before
    // use; on by default).
    SequelizeOptions &poolIdle(int milliseconds);
    SequelizeOptions &poolAcquire(int milliseconds);
    SequelizeOptions &poolMin(int connections);
    SequelizeOptions &poolEvict(int milliseconds);
    SequelizeOptions &poolMaxUses(int uses);
    SequelizeOptions &poolValidate(bool enabled);
    // SQLite: how long a statement waits for another connection's lock before TimeoutError
    // (5000 ms by default; also the wait on an in-memory database's table locks).
    SequelizeOptions &busyTimeout(int milliseconds);
    // Sequelize's timezone: "+HH:MM"/"-HH:MM" or an IANA name ("Europe/Berlin"); "+00:00" by
    // default. MariaDB's DATETIME values are written and read in it and it is the session
    // time zone (CURRENT_TIMESTAMP); PostgreSQL's session time zone (timestamptz values are
    // instants either way). SQLite keeps dates in UTC text, which compares in order. URL:
    // ?timezone=%2B02:00.
    SequelizeOptions &timezone(const QString &zone);
    SequelizeOptions &searchPath(const QString &schemas);
    // The Qt SQL driver: empty for the dialect's own (QtSequelize's libpq driver on
    // PostgreSQL), or a Qt driver the dialect accepts ("QPSQL", "QMYSQL"). URL: ?driver=QPSQL.
    SequelizeOptions &driver(const QString &qtSqlDriver);
    // PostgreSQL through QtSequelize's driver: whether statements are prepared once per
    // connection on the server (the default) or sent unnamed each time, as PgBouncer's
    // transaction pooling needs. URL: ?serverPrepare=false.
    SequelizeOptions &serverPreparedStatements(bool enabled);
    // Sequelize's dialectOptions: options of the database client, by name (merged into those
    // given before). PostgreSQL: libpq's connection parameters (sslmode, sslrootcert, sslcert,
    // sslkey, sslcrl, sslpassword, connect_timeout, application_name, keepalives…,
    // target_session_attrs, channel_binding, gssencmode); MariaDB: ssl_ca, ssl_cert, ssl_key,
    // ssl_capath, ssl_cipher, connect_timeout, read_timeout, write_timeout; SQLite:
    // journal_mode, synchronous, busy_timeout. A URL's query parameters other than driver and
    // serverPrepare land here (postgres://…?sslmode=require). An option the dialect does not
    // know, or a value it cannot take, is a ConnectionError when the Sequelize is made.
    SequelizeOptions &dialectOptions(const QVariantMap &options);
    // Sequelize's isolationLevel: the level of every transaction that does not give its own.
    SequelizeOptions &isolationLevel(Transaction::IsolationLevel level);
    // Sequelize's retry: statements outside transactions that fail with a matching error run
    // again (see RetryOptions). Not set: a failed statement is not retried.
    SequelizeOptions &retry(const RetryOptions &options);
    SequelizeOptions &dialectOption(const QString &name, const QVariant &value);

    QString dialectName() const;
    QString hostName() const;
    int portNumber() const;
    QString databaseName() const;
    QString userName() const;
    QString passwordText() const;
    QString storagePath() const;
    bool isLogging() const;
    ModelOptions defineDefaults() const;
    int poolMaxConnections() const;
    int poolIdleMilliseconds() const;
    int poolAcquireMilliseconds() const;
    int poolMinConnections() const;
    int poolEvictMilliseconds() const;
    int poolMaxUsesCount() const;
    bool poolValidates() const;
    int busyTimeoutMilliseconds() const;
    QString timezoneName() const;
    QStringList searchPathSchemas() const;
    QString driverName() const;
    bool usesServerPreparedStatements() const;
    QVariantMap dialectOptionMap() const;
    Transaction::IsolationLevel defaultIsolationLevel() const;
    std::optional<RetryOptions> retryOptions() const;

private:
    QSharedDataPointer<SequelizeOptionsData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::SequelizeOptions)

#endif // QTSEQUELIZE_SEQUELIZEOPTIONS_H
