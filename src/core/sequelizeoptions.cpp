// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "../sql/errors_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/sequelizeoptions.h>

#include <QtCore/qregularexpression.h>
#include <QtCore/qurl.h>
#include <QtCore/qurlquery.h>

namespace QtSequelize {

/*!
    \class QtSequelize::SequelizeOptions
    \inmodule QtSequelize
    \brief Connection options, as the options object of \c{new Sequelize(...)}.

    \c dialect is one of \c sqlite, \c postgres, \c mysql, \c mariadb; \c storage
    is the SQLite file (\c{:memory:} for an in-memory database).
*/

class SequelizeOptionsData : public QSharedData
{
public:
    QString dialect;
    QString host;
    QString database;
    QString username;
    QString password;
    QString storage;
    ModelOptions define;
    int port = -1;
    int poolMax = 5;
    int poolIdle = 10000;
    int poolAcquire = 60000;
    int poolMin = 0;
    int poolEvict = 1000;
    int poolMaxUses = 0;
    bool poolValidate = true;
    int busyTimeout = 5000;
    QString timezone = QStringLiteral("+00:00");
    QStringList searchPath;
    QString driver;
    bool serverPrepare = true;
    QVariantMap dialectOptions;
    Transaction::IsolationLevel isolation = Transaction::DefaultIsolation;
    std::optional<RetryOptions> retry;
    QList<SequelizeOptions> readReplicas;
    int readYourWrites = 0;
    int watchInterval = 0;
    int replicaRetryAfter = 5000;
    bool logging = true;
};

SequelizeOptions::SequelizeOptions()
    : d(new SequelizeOptionsData)
{
}
SequelizeOptions::SequelizeOptions(const SequelizeOptions &other) = default;
SequelizeOptions::SequelizeOptions(SequelizeOptions &&other) noexcept = default;
SequelizeOptions &SequelizeOptions::operator=(const SequelizeOptions &other) = default;
SequelizeOptions::~SequelizeOptions() = default;

SequelizeOptions SequelizeOptions::fromUrl(const QString &url)
{
    SequelizeOptions options;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        // sqlite::memory:, sqlite:relative/path.db, sqlite:///absolute/path.db, each with
        // ?journal_mode=...&... dialect options.
        QString path = url.mid(7);
        const qsizetype question = path.indexOf(QLatin1Char('?'));
        if (question >= 0) {
            const QUrlQuery query(path.mid(question + 1));
            for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
                options.dialectOption(key, value);
            path.truncate(question);
        }
        if (path == QLatin1String(":memory:") || path.isEmpty())
            path = QStringLiteral(":memory:");
        else if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        return options.dialect(QStringLiteral("sqlite")).storage(path);
    }
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || scheme.isEmpty())
        throw ConnectionError(QStringLiteral("Invalid connection URL"));
    QString dialect = scheme;
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        dialect = QStringLiteral("postgres");
    else if (scheme != QLatin1String("mysql") && scheme != QLatin1String("mariadb"))
        throw ConnectionError(QStringLiteral("Unsupported dialect in connection URL (sqlite:, "
                                             "postgres://, mariadb:// or mysql://)"));
    options.dialect(dialect)
        .host(parsed.host())
        .port(parsed.port(-1))
        .database(parsed.path().mid(1))
        .username(parsed.userName(QUrl::FullyDecoded))
        .password(parsed.password(QUrl::FullyDecoded));
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("driver"))
            options.driver(value);
        else if (key == QLatin1StringView("timezone"))
            options.timezone(value);
        else if (key == QLatin1StringView("searchPath"))
            options.searchPath(value);
        else if (key == QLatin1StringView("host")) // Sequelize's: a unix-socket directory too
            options.host(value);
        else if (key == QLatin1StringView("serverPrepare")
                 && (value == QLatin1StringView("true") || value == QLatin1StringView("false")))
            options.serverPreparedStatements(value == QLatin1StringView("true"));
        else if (key == QLatin1StringView("serverPrepare"))
            throw ConnectionError(QStringLiteral("Invalid connection URL option%1 (true or false)")
                                      .arg(nameForMessage(key)));
        else // checked by the dialect when the Sequelize is made
            options.dialectOption(key, value);
    }
    return options;
}

SequelizeOptions &SequelizeOptions::dialect(const QString &dialect)
{
    d->dialect = dialect;
    return *this;
}
SequelizeOptions &SequelizeOptions::host(const QString &host)
{
    d->host = host;
    return *this;
}
SequelizeOptions &SequelizeOptions::port(int port)
{
    d->port = port;
    return *this;
}
SequelizeOptions &SequelizeOptions::database(const QString &database)
{
    d->database = database;
    return *this;
}
SequelizeOptions &SequelizeOptions::username(const QString &username)
{
    d->username = username;
    return *this;
}
SequelizeOptions &SequelizeOptions::password(const QString &password)
{
    d->password = password;
    return *this;
}
SequelizeOptions &SequelizeOptions::storage(const QString &path)
{
    d->storage = path;
    return *this;
}
SequelizeOptions &SequelizeOptions::logging(bool enabled)
{
    d->logging = enabled;
    return *this;
}
SequelizeOptions &SequelizeOptions::define(const ModelOptions &defaults)
{
    d->define = defaults;
    return *this;
}

QString SequelizeOptions::dialectName() const
{
    return d->dialect;
}
QString SequelizeOptions::hostName() const
{
    return d->host;
}
int SequelizeOptions::portNumber() const
{
    return d->port;
}
QString SequelizeOptions::databaseName() const
{
    return d->database;
}
QString SequelizeOptions::userName() const
{
    return d->username;
}
QString SequelizeOptions::passwordText() const
{
    return d->password;
}
QString SequelizeOptions::storagePath() const
{
    return d->storage;
}
bool SequelizeOptions::isLogging() const
{
    return d->logging;
}
ModelOptions SequelizeOptions::defineDefaults() const
{
    return d->define;
}

SequelizeOptions &SequelizeOptions::addReadReplica(const SequelizeOptions &replica)
{
    d->readReplicas.append(replica);
    return *this;
}

SequelizeOptions &SequelizeOptions::addReadReplica(const QString &url)
{
    return addReadReplica(fromUrl(url));
}

SequelizeOptions &SequelizeOptions::readYourWrites(int milliseconds)
{
    d->readYourWrites = qMax(0, milliseconds);
    return *this;
}

int SequelizeOptions::readYourWritesMilliseconds() const
{
    return d->readYourWrites;
}

/*!
    With ModelOptions::watchChanges(): the \a milliseconds between two reads of the changes other
    clients made (SQLite: 200, MariaDB: 500), or on PostgreSQL, which sends them as they are
    committed, between two checks of the listening connection (1000). A lost connection is
    noticed within this time, and the lists are read again once it is back. 0 (the default):
    the dialect's value.
*/
SequelizeOptions &SequelizeOptions::watchInterval(int milliseconds)
{
    d->watchInterval = qMax(0, milliseconds);
    return *this;
}

int SequelizeOptions::watchIntervalMilliseconds() const
{
    return d->watchInterval;
}

SequelizeOptions &SequelizeOptions::replicaRetryAfter(int milliseconds)
{
    d->replicaRetryAfter = qMax(0, milliseconds);
    return *this;
}

int SequelizeOptions::replicaRetryAfterMilliseconds() const
{
    return d->replicaRetryAfter;
}

QList<SequelizeOptions> SequelizeOptions::readReplicas() const
{
    // What a replica leaves unset comes from the write side, as in Sequelize.
    QList<SequelizeOptions> replicas;
    for (SequelizeOptions replica : d->readReplicas) {
        if (replica.dialectName().isEmpty())
            replica.dialect(d->dialect);
        if (replica.hostName().isEmpty())
            replica.host(d->host);
        if (replica.portNumber() < 0)
            replica.port(d->port);
        if (replica.databaseName().isEmpty())
            replica.database(d->database);
        if (replica.userName().isEmpty())
            replica.username(d->username);
        if (replica.passwordText().isEmpty())
            replica.password(d->password);
        replica.logging(d->logging);
        if (replica.driverName().isEmpty())
            replica.driver(d->driver);
        replica.serverPreparedStatements(replica.usesServerPreparedStatements()
                                         && d->serverPrepare);
        // Dialect options (TLS above all) too: a replica's own take precedence.
        QVariantMap dialectOptions = d->dialectOptions;
        dialectOptions.insert(replica.dialectOptionMap());
        replica.d->dialectOptions = dialectOptions;
        replicas.append(replica);
    }
    return replicas;
}

SequelizeOptions &SequelizeOptions::poolMax(int connections)
{
    d->poolMax = qMax(1, connections);
    return *this;
}

/*!
    Sequelize's pool.idle: how long a pool thread, and with it its connection, stays open
    without work (10000 ms by default, as Sequelize; -1: for ever).
    \a milliseconds: how long, in milliseconds.
*/
SequelizeOptions &SequelizeOptions::poolIdle(int milliseconds)
{
    d->poolIdle = milliseconds;
    return *this;
}
int SequelizeOptions::poolIdleMilliseconds() const
{
    return d->poolIdle;
}
/*!
    Sequelize's pool.acquire: how long an asynchronous call waits for a free pool thread (with
    its connection) before its future fails with ConnectionAcquireTimeoutError, the call not run
    (60000 ms by default, as Sequelize; 0: no limit).
    \a milliseconds: how long, in milliseconds.
*/
SequelizeOptions &SequelizeOptions::poolAcquire(int milliseconds)
{
    d->poolAcquire = qMax(0, milliseconds);
    return *this;
}
int SequelizeOptions::poolAcquireMilliseconds() const
{
    return d->poolAcquire;
}
/*!
    Sequelize's pool.min: from the first asynchronous call on, that many of the pool's threads
    stay, each keeping its connection open however long it is idle (they open it as the pool
    starts); threads beyond them end after poolIdle(). 0 by default; a value below 0 or above
    poolMax() makes the Sequelize constructor throw ConnectionError.
    \a connections: how many.
*/
SequelizeOptions &SequelizeOptions::poolMin(int connections)
{
    d->poolMin = connections;
    return *this;
}
int SequelizeOptions::poolMinConnections() const
{
    return d->poolMin;
}
/*!
    Sequelize's pool.evict, how often idle connections are looked for. Here each pool thread
    ends exactly poolIdle() after its last work, so the value changes nothing; it is accepted
    for configurations written for Sequelize.
    \a milliseconds: the interval, in milliseconds.
*/
SequelizeOptions &SequelizeOptions::poolEvict(int milliseconds)
{
    d->poolEvict = milliseconds;
    return *this;
}
int SequelizeOptions::poolEvictMilliseconds() const
{
    return d->poolEvict;
}
/*!
    Sequelize's pool.maxUses: a connection that has served \a uses statements outside
    transactions and transactions is closed and replaced before its next use (0, the default:
    never). Every connection counts: each thread's own, the pool's, replicas', transactions'.
*/
SequelizeOptions &SequelizeOptions::poolMaxUses(int uses)
{
    d->poolMaxUses = qMax(0, uses);
    return *this;
}
int SequelizeOptions::poolMaxUsesCount() const
{
    return d->poolMaxUses;
}
/*!
    Sequelize's pool.validate: before an idle connection to PostgreSQL or MariaDB is used again,
    whether the server closed it meanwhile (a restart, pg_terminate_backend, KILL, an idle
    timeout) is checked, and a closed one is replaced, so that the statement runs instead of
    failing with ConnectionError. The check reads the socket's state (no round trip). On by
    default; SQLite has no server to lose.
    \a enabled false turns the check off.
*/
SequelizeOptions &SequelizeOptions::poolValidate(bool enabled)
{
    d->poolValidate = enabled;
    return *this;
}
bool SequelizeOptions::poolValidates() const
{
    return d->poolValidate;
}

int SequelizeOptions::poolMaxConnections() const
{
    return d->poolMax;
}

SequelizeOptions &SequelizeOptions::retry(const RetryOptions &options)
{
    d->retry = options;
    return *this;
}

std::optional<RetryOptions> SequelizeOptions::retryOptions() const
{
    return d->retry;
}

SequelizeOptions &SequelizeOptions::isolationLevel(Transaction::IsolationLevel level)
{
    d->isolation = level;
    return *this;
}

Transaction::IsolationLevel SequelizeOptions::defaultIsolationLevel() const
{
    return d->isolation;
}

SequelizeOptions &SequelizeOptions::busyTimeout(int milliseconds)
{
    d->busyTimeout = qMax(0, milliseconds);
    return *this;
}

int SequelizeOptions::busyTimeoutMilliseconds() const
{
    return d->busyTimeout;
}

SequelizeOptions &SequelizeOptions::timezone(const QString &zone)
{
    d->timezone = zone;
    return *this;
}

QString SequelizeOptions::timezoneName() const
{
    return d->timezone;
}

/*!
    PostgreSQL's search_path for every connection (Sequelize's searchPath): the schemas, comma
    separated, where unqualified table names are looked up and new tables go ("app,public").
    Each name is quoted as written. Other databases refuse it with ConnectionError. URL:
    ?searchPath=app,public.
    \a schemas: the schema names, comma-separated, as PostgreSQL's search_path takes them.
*/
SequelizeOptions &SequelizeOptions::searchPath(const QString &schemas)
{
    d->searchPath.clear();
    for (const QString &schema : schemas.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!schema.trimmed().isEmpty())
            d->searchPath.append(schema.trimmed());
    }
    return *this;
}

QStringList SequelizeOptions::searchPathSchemas() const
{
    return d->searchPath;
}

SequelizeOptions &SequelizeOptions::driver(const QString &qtSqlDriver)
{
    d->driver = qtSqlDriver;
    return *this;
}

QString SequelizeOptions::driverName() const
{
    return d->driver;
}

SequelizeOptions &SequelizeOptions::serverPreparedStatements(bool enabled)
{
    d->serverPrepare = enabled;
    return *this;
}

SequelizeOptions &SequelizeOptions::dialectOptions(const QVariantMap &options)
{
    d->dialectOptions.insert(options);
    return *this;
}

SequelizeOptions &SequelizeOptions::dialectOption(const QString &name, const QVariant &value)
{
    d->dialectOptions.insert(name, value);
    return *this;
}

QVariantMap SequelizeOptions::dialectOptionMap() const
{
    return d->dialectOptions;
}

bool SequelizeOptions::usesServerPreparedStatements() const
{
    return d->serverPrepare;
}

} // namespace QtSequelize
