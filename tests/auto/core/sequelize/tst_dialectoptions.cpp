// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's dialectOptions (issue 15): the database client's own options, from the options
// and from URL query parameters. TLS on PostgreSQL (sslmode, sslrootcert) and MariaDB (ssl_ca)
// against the test servers' certificate, SQLite's journal_mode/synchronous/busy_timeout, and
// refusal of what a dialect does not know, naming the option but never its value.

#include <QtSequelize/Errors>
#include <QtSequelize/Sequelize>

#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qurl.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_DialectOptions : public QObject
{
    Q_OBJECT

private:
    // The test servers' certificate (tools/databases.sh), or empty.
    static QString certificate()
    {
        const QString dir = qEnvironmentVariable("QSQ_TEST_SERVERS_DIR");
        const QString path = dir + QStringLiteral("/tls/server.crt");
        return !dir.isEmpty() && QFile::exists(path) ? path : QString();
    }
    static QString withQuery(const QString &url, const QString &query)
    {
        return url + (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + query;
    }
    static QVariant scalar(Sequelize &s, const QString &sql)
    {
        const QVariantMap row = s.query(sql).rows().value(0);
        return row.isEmpty() ? QVariant() : row.first();
    }

private slots:
    // ?host= in a URL overrides its host: a directory is PostgreSQL's unix socket (Sequelize's).
    void postgresUnixSocket()
    {
        const QString url = TestDatabases::url(QStringLiteral("postgres"));
        if (url.isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason(QStringLiteral("postgres"))));
        if (TestDatabases::throughPgBouncer())
            QSKIP("checks the client's own connection to PostgreSQL (socket, TLS); the bouncer "
                  "has its own (the direct run covers it)");
        const QString dir = qEnvironmentVariable("QSQ_TEST_SERVERS_DIR") + QStringLiteral("/pg");
        if (!QFile::exists(dir + QStringLiteral("/.s.PGSQL.") + QString::number(QUrl(url).port())))
            QSKIP("needs the servers of ./run.sh test (their socket in QSQ_TEST_SERVERS_DIR/pg)");
        Sequelize s(withQuery(url, QStringLiteral("host=") + dir));
        QCOMPARE(scalar(s, QStringLiteral("SELECT inet_server_addr() IS NULL AS v")).toBool(),
                 true);
        Sequelize tcp(url);
        QCOMPARE(scalar(tcp, QStringLiteral("SELECT inet_server_addr() IS NULL AS v")).toBool(),
                 false);
    }

    void postgresTls()
    {
        const QString url = TestDatabases::url(QStringLiteral("postgres"));
        if (url.isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason(QStringLiteral("postgres"))));
        if (TestDatabases::throughPgBouncer())
            QSKIP("checks the client's own connection to PostgreSQL (socket, TLS); the bouncer "
                  "has its own (the direct run covers it)");
        if (certificate().isEmpty())
            QSKIP("needs the servers of ./run.sh test (QSQ_TEST_SERVERS_DIR/tls/server.crt)");
        const QString ssl
            = QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        {
            Sequelize s(withQuery(url, QStringLiteral("sslmode=require")));
            QCOMPARE(scalar(s, ssl).toBool(), true);
        }
        {
            Sequelize s(withQuery(url, QStringLiteral("sslmode=disable")));
            QCOMPARE(scalar(s, ssl).toBool(), false);
        }
        {
            // A read replica that names no dialect options takes the write side's: a SELECT
            // outside a transaction goes to the replica, over TLS too.
            QString replica = url;
            replica.replace(QLatin1String("/ormtest"), QLatin1String("/ormreplica"));
            Sequelize s(SequelizeOptions::fromUrl(withQuery(url, QStringLiteral("sslmode=require")))
                            .addReadReplica(replica));
            QCOMPARE(scalar(s, QStringLiteral("SELECT current_database() AS v")).toString(),
                     QStringLiteral("ormreplica"));
            QCOMPARE(scalar(s, ssl).toBool(), true);
        }
        {
            // The server's certificate checked against the CA and the host name.
            Sequelize s(SequelizeOptions::fromUrl(url).dialectOptions(
                {{"sslmode", "verify-full"}, {"sslrootcert", certificate()}}));
            QCOMPARE(scalar(s, ssl).toBool(), true);
        }
        {
            // Against a CA that did not sign it: no connection.
            QTemporaryDir dir;
            const QString other = dir.filePath(QStringLiteral("other.crt"));
            QFile file(other);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
            file.close();
            Sequelize s(SequelizeOptions::fromUrl(url).dialectOptions(
                {{"sslmode", "verify-ca"}, {"sslrootcert", other}}));
            QVERIFY_THROWS_EXCEPTION(ConnectionError, s.query(QStringLiteral("SELECT 1")));
        }
        {
            Sequelize s(withQuery(url, QStringLiteral("application_name=qsq-test")));
            QCOMPARE(
                scalar(s, QStringLiteral("SELECT current_setting('application_name')")).toString(),
                QStringLiteral("qsq-test"));
        }
    }

    void mariadbTls()
    {
        const QString url = TestDatabases::url(QStringLiteral("mariadb"));
        if (url.isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason(QStringLiteral("mariadb"))));
        if (certificate().isEmpty())
            QSKIP("needs the servers of ./run.sh test (QSQ_TEST_SERVERS_DIR/tls/server.crt)");
        Sequelize s(SequelizeOptions::fromUrl(url).dialectOption("ssl_ca", certificate()));
        const QVariantMap row
            = s.query(QStringLiteral("SHOW SESSION STATUS LIKE 'Ssl_cipher'")).rows().value(0);
        QVERIFY2(!row.value("Value").toString().isEmpty(), "no TLS cipher on the session");
    }

    void sqlitePragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("o.db"));
        {
            Sequelize s(QStringLiteral("sqlite:") + path);
            QCOMPARE(scalar(s, QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
        }
        {
            Sequelize s(QStringLiteral("sqlite:") + path
                        + QStringLiteral("?journal_mode=delete&synchronous=OFF&busy_timeout=250"));
            QCOMPARE(scalar(s, QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("delete"));
            QCOMPARE(scalar(s, QStringLiteral("PRAGMA synchronous")).toInt(), 0);
        }
    }

    // Unknown options and values a dialect cannot take: ConnectionError when the Sequelize is
    // made, naming the option, never the value.
    void refused_data() { TestDatabases::addDialectRows(); }
    void refused()
    {
        QSQ_REQUIRE_DIALECT();
        QString url = TestDatabases::url(dialect);
        if (dialect == QLatin1String("sqlite"))
            url = QStringLiteral("sqlite:/tmp/never-opened.db");
        const QStringList bad{QStringLiteral("nosuchoption=1"),
                              QStringLiteral("sslmode=s3cr3t-value"),
                              QStringLiteral("journal_mode=s3cr3t-value"),
                              QStringLiteral("ssl_ca=a;b"), QStringLiteral("connect_timeout=-5")};
        for (const QString &query : bad) {
            if (dialect == QLatin1String("postgres") && query.startsWith(QLatin1String("ssl_ca")))
                continue; // not a PostgreSQL option: refused as unknown, checked below
            try {
                Sequelize s(withQuery(url, query));
                QFAIL(qPrintable(QStringLiteral("accepted: ") + query));
            } catch (const ConnectionError &error) {
                QVERIFY(!QString::fromUtf8(error.what()).contains(QLatin1String("s3cr3t")));
                QVERIFY(error.message().contains(query.section(QLatin1Char('='), 0, 0)));
            }
        }
        QVERIFY_THROWS_EXCEPTION(ConnectionError,
                                 Sequelize(SequelizeOptions::fromUrl(url)
                                               .dialectOption("ssl_ca", "/x")
                                               .dialectOption("sslmode", "require")));
    }
};

QTEST_GUILESS_MAIN(tst_DialectOptions)
#include "tst_dialectoptions.moc"
