// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// SequelizeOptions::fromConfigFile(): Sequelize CLI's per-environment config.json.

#include "configfile_p.h"

#include "../sql/errors_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/sequelizeoptions.h>

#include <QtCore/qfile.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>

namespace QtSequelize {

QString ConfigFile::environmentName(const QString &given)
{
    if (!given.isEmpty())
        return given;
    for (const char *variable : {"QSQ_ENV", "NODE_ENV"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("development");
}

QJsonObject ConfigFile::environment(const QString &path, const QString &environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ConnectionError(QStringLiteral("Cannot read the config file %1").arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw ConnectionError(
            QStringLiteral("The config file %1 is not a JSON object (at offset %2)")
                .arg(path)
                .arg(error.error != QJsonParseError::NoError ? error.offset : 0));
    const QJsonValue value = document.object().value(environment);
    if (!value.isObject())
        throw ConnectionError(QStringLiteral("The config file %1 has no environment%2")
                                  .arg(path, nameForMessage(environment)));
    return value.toObject();
}

namespace {

QString text(const QJsonObject &config, const QString &key)
{
    const QJsonValue value = config.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isNull() || value.isUndefined())
        return QString();
    throw ConnectionError(
        QStringLiteral("Config option%1 must be a string").arg(nameForMessage(key)));
}

// Sequelize's pool options: max, idle, acquire, min, evict, maxUses.
void applyPool(SequelizeOptions &options, const QJsonObject &pool)
{
    for (auto p = pool.constBegin(); p != pool.constEnd(); ++p) {
        const QString name = isPlainName(p.key(), 40) ? p.key() : QStringLiteral("?");
        if (!p.value().isDouble())
            throw ConnectionError(
                QStringLiteral("Config option pool.%1 must be a number").arg(name));
        const int value = p.value().toInt();
        if (p.key() == QLatin1String("max"))
            options.poolMax(value);
        else if (p.key() == QLatin1String("idle"))
            options.poolIdle(value);
        else if (p.key() == QLatin1String("acquire"))
            options.poolAcquire(value);
        else if (p.key() == QLatin1String("min"))
            options.poolMin(value);
        else if (p.key() == QLatin1String("evict"))
            options.poolEvict(value);
        else if (p.key() == QLatin1String("maxUses"))
            options.poolMaxUses(value);
        else
            throw ConnectionError(
                QStringLiteral("Config option pool.%1 is not supported").arg(name));
    }
}

// The keys Sequelize CLI reads for itself (Migrator::configure()).
bool isCliKey(const QString &key)
{
    return key == QLatin1String("migrationStorage")
        || key == QLatin1String("migrationStorageTableName")
        || key == QLatin1String("seederStorage") || key == QLatin1String("seederStorageTableName");
}

} // namespace

/*!
    The connection options of \a environment in Sequelize CLI's config file \a path (JSON, one
    object per environment: development, test, production). Without \a environment: $QSQ_ENV,
    else $NODE_ENV, else "development", as the CLI.

    Read: \c url, or \c use_env_variable (the name of an environment variable holding the URL),
    then \c dialect (postgres, mysql, mariadb, sqlite), \c host, \c port, \c database,
    \c username, \c password, \c storage (SQLite's file), \c logging (true/false),
    \c timezone, \c searchPath, \c dialectOptions (an object) and \c pool (max, idle, acquire, min,
   evict); the CLI's own keys (\c seederStorage, \c migrationStorageTableName, ...) are for
   Migrator::configure(). Any other key, or a value of the wrong type, is a ConnectionError naming
   the key, never ignored; messages carry no values.
*/
SequelizeOptions SequelizeOptions::fromConfigFile(const QString &path, const QString &environment)
{
    const QJsonObject config
        = ConfigFile::environment(path, ConfigFile::environmentName(environment));
    SequelizeOptions options;
    if (config.contains(QLatin1String("use_env_variable"))) {
        const QString variable = text(config, QStringLiteral("use_env_variable"));
        const QString url = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (url.isEmpty())
            throw ConnectionError(QStringLiteral("The environment variable%1 named by "
                                                 "use_env_variable is not set")
                                      .arg(nameForMessage(variable)));
        options = fromUrl(url);
    } else if (config.contains(QLatin1String("url"))) {
        options = fromUrl(text(config, QStringLiteral("url")));
    }
    for (auto it = config.constBegin(); it != config.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("url") || key == QLatin1String("use_env_variable")
            || isCliKey(key))
            continue;
        if (key == QLatin1String("dialect")) {
            const QString dialect = text(config, key);
            if (dialect == QLatin1String("sqlite") && options.storagePath().isEmpty())
                options.storage(QStringLiteral(":memory:"));
            options.dialect(dialect == QLatin1String("postgresql") ? QStringLiteral("postgres")
                                                                   : dialect);
        } else if (key == QLatin1String("host")) {
            options.host(text(config, key));
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = text(config, key).toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                throw ConnectionError(QStringLiteral("Config option \"port\" must be a port"));
            options.port(port);
        } else if (key == QLatin1String("database")) {
            options.database(text(config, key));
        } else if (key == QLatin1String("username")) {
            options.username(text(config, key));
        } else if (key == QLatin1String("password")) {
            options.password(text(config, key));
        } else if (key == QLatin1String("storage")) {
            options.storage(text(config, key));
        } else if (key == QLatin1String("timezone")) {
            options.timezone(text(config, key));
        } else if (key == QLatin1String("searchPath")) {
            options.searchPath(text(config, key));
        } else if (key == QLatin1String("logging") && it.value().isBool()) {
            options.logging(it.value().toBool());
        } else if (key == QLatin1String("dialectOptions") && it.value().isObject()) {
            options.dialectOptions(it.value().toObject().toVariantMap());
        } else if (key == QLatin1String("pool") && it.value().isObject()) {
            applyPool(options, it.value().toObject());
        } else {
            throw ConnectionError(
                QStringLiteral("Unknown or invalid config option%1").arg(nameForMessage(key)));
        }
    }
    if (options.dialectName().isEmpty())
        throw ConnectionError(QStringLiteral("The config file's environment names no dialect "
                                             "(dialect, url or use_env_variable)"));
    return options;
}

} // namespace QtSequelize
