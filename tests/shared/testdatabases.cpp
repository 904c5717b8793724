// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "testdatabases.h"

#include <QtSequelize/ModelDefinition>

#include <QtCore/qfile.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qmutex.h>
#include <QtCore/qthread.h>

namespace TestDatabases {

namespace {

QtMessageHandler testLibHandler = nullptr;

void serializedHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static QRecursiveMutex mutex;
    const QMutexLocker locker(&mutex);
    testLibHandler(type, context, message);
}

} // namespace

// QtTest's message handler (Qt 6.4) is not thread-safe: two threads warning at once (four
// writers losing their connections in tst_faults) race in its loggers, and the JUnit logger
// leaked a message element, which LeakSanitizer reported as a failure. Installed over QtTest's
// own handler, once qExec() has installed that, this one lets one message through at a time.
static void serializeTestMessages()
{
    if (!QCoreApplication::instance()
        || QThread::currentThread() != QCoreApplication::instance()->thread())
        return;
    const QtMessageHandler previous = qInstallMessageHandler(serializedHandler);
    if (!previous) // Qt's default handler: qExec() has not started; nothing to serialise
        qInstallMessageHandler(nullptr);
    else if (previous != serializedHandler)
        testLibHandler = previous;
}

void addDialectRows()
{
    serializeTestMessages();
    QTest::addColumn<QString>("dialect");
    // QSQ_TEST_ONLY_DIALECT narrows the rows (the Qt-driver smoke runs of tests/auto).
    const QString only = qEnvironmentVariable("QSQ_TEST_ONLY_DIALECT");
    for (const char *dialect : {"sqlite", "postgres", "mariadb"}) {
        if (only.isEmpty() || only == QLatin1String(dialect))
            QTest::newRow(dialect) << QString::fromLatin1(dialect);
    }
}

QString url(const QString &dialect)
{
    serializeTestMessages();
    if (dialect == QLatin1String("sqlite"))
        return QStringLiteral("sqlite::memory:");
    if (dialect == QLatin1String("postgres")) {
        // QSQ_TEST_POSTGRES_DRIVER=QPSQL: through Qt's driver instead of QtSequelize's.
        // QSQ_TEST_POSTGRES_THROUGH=pgbouncer: through the PgBouncer in front of the server.
        if (throughPgBouncer())
            return qEnvironmentVariable("QSQ_TEST_PGBOUNCER_URL");
        const QString url = qEnvironmentVariable("QSQ_TEST_POSTGRES_URL");
        const QString driver = qEnvironmentVariable("QSQ_TEST_POSTGRES_DRIVER");
        return url.isEmpty() || driver.isEmpty()
            ? url
            : withOption(url, QStringLiteral("driver=") + driver);
    }
    if (dialect == QLatin1String("mariadb"))
        return qEnvironmentVariable("QSQ_TEST_MARIADB_URL");
    return QString();
}

bool throughPgBouncer()
{
    return qEnvironmentVariable("QSQ_TEST_POSTGRES_THROUGH") == QLatin1String("pgbouncer");
}

QString withOption(const QString &url, const QString &option)
{
    return url + (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + option;
}

QString skipReason(const QString &dialect)
{
    if (dialect == QLatin1String("postgres") && throughPgBouncer())
        return QStringLiteral("QSQ_TEST_PGBOUNCER_URL is not configured (./run.sh test starts "
                              "PgBouncer and sets it)");
    const char *variable
        = dialect == QLatin1String("postgres") ? "QSQ_TEST_POSTGRES_URL" : "QSQ_TEST_MARIADB_URL";
    return QStringLiteral("%1 is not configured: set %2 (./run.sh test starts a private server "
                          "and sets it)")
        .arg(dialect, QString::fromLatin1(variable));
}

std::unique_ptr<QtSequelize::Sequelize> openOnFile(const QString &dialect,
                                                   const QString &sqliteFile)
{
    if (dialect != QLatin1String("sqlite"))
        return open(dialect);
    QFile::remove(sqliteFile);
    return std::make_unique<QtSequelize::Sequelize>(QStringLiteral("sqlite:") + sqliteFile);
}

QtSequelize::ModelDefinition *defineTags(QtSequelize::Sequelize *sequelize)
{
    using namespace QtSequelize;
    ModelDefinition *tag
        = sequelize->define("Tag", {{"name", DataTypes::String()}, {"hits", DataTypes::Integer()}},
                            ModelOptions().timestamps(false));
    tag->sync(SyncOptions().force());
    tag->bulkCreate({{{"name", "a"}, {"hits", 3}},
                     {{"name", "b"}, {"hits", 5}},
                     {{"name", "c"}, {"hits", 7}},
                     {{"name", "d"}}});
    return tag;
}

void resetSchema(QtSequelize::Sequelize &sequelize)
{
    const QString dialect = sequelize.dialect();
    if (dialect == QLatin1String("postgres")) {
        sequelize.query(QStringLiteral("DROP SCHEMA public CASCADE"));
        sequelize.query(QStringLiteral("CREATE SCHEMA public"));
    } else if (dialect == QLatin1String("mariadb")) {
        const auto rows = sequelize.query(QStringLiteral("SHOW TABLES")).rows();
        sequelize.query(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0"));
        for (const QVariantMap &row : rows) {
            QString table = row.first().toString();
            table.replace(QLatin1Char('`'), QLatin1String("``"));
            sequelize.query(QStringLiteral("DROP TABLE `%1`").arg(table));
        }
        sequelize.query(QStringLiteral("SET FOREIGN_KEY_CHECKS = 1"));
    }
    // SQLite: every open() makes a new, empty in-memory database.
}

std::unique_ptr<QtSequelize::Sequelize> open(const QString &dialect)
{
    auto sequelize = std::make_unique<QtSequelize::Sequelize>(url(dialect));
    resetSchema(*sequelize);
    return sequelize;
}

QJsonObject expected(const QString &scenario)
{
    QFile file(QStringLiteral(QSQ_CONFORMANCE_DIR "/") + scenario + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList valuesOf(const QList<QSharedPointer<QtSequelize::Model>> &rows, const char *attribute)
{
    QStringList result;
    result.reserve(rows.size());
    for (const auto &row : rows)
        result.append(row->get(QLatin1String(attribute)).toString());
    return result;
}

} // namespace TestDatabases
