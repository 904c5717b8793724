// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qfuture.h>
#include <QtCore/qpromise.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qurl.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

// Each Errors class provoked on each dialect where it can occur, and hostile input.
class tst_Errors : public QObject
{
    Q_OBJECT

private:
    static QString quote(Sequelize *s, const QString &name)
    {
        return s->dialect() == QLatin1String("mariadb")
            ? QLatin1Char('`') + name + QLatin1Char('`')
            : QLatin1Char('"') + name + QLatin1Char('"');
    }
    static QString withPort(const QString &url, int port)
    {
        QUrl u(url);
        u.setPort(port);
        return u.toString();
    }

private slots:
    void uniqueConstraint_data() { TestDatabases::addDialectRows(); }
    void uniqueConstraint()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *user
            = sequelize->define("User", {{"username", Attribute(DataTypes::String()).unique()}});
        user->sync();
        user->create({{"username", "jane"}});
        try {
            user->create({{"username", "jane"}});
            QFAIL("no error");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.name(), QStringLiteral("SequelizeUniqueConstraintError"));
            QVERIFY2(e.fields().contains(QStringLiteral("username")),
                     qPrintable(e.fields().keys().join(',')));
            QCOMPARE(e.errors().size(), 1);
            QCOMPARE(e.errors().first().type(), QStringLiteral("unique violation"));
            QVERIFY(e.sql().startsWith(QLatin1String("INSERT INTO")));
            QVERIFY(!e.nativeErrorCode().isEmpty());
            if (dialect == QLatin1String("postgres")) {
                QCOMPARE(e.nativeErrorCode(), QStringLiteral("23505"));
                QCOMPARE(e.fields().value("username").toString(), QStringLiteral("jane"));
            }
            if (dialect == QLatin1String("mariadb"))
                QCOMPARE(e.nativeErrorCode(), QStringLiteral("1062"));
            // The message never shows the bound values.
            QVERIFY(!QString::fromUtf8(e.what()).contains(QLatin1String("jane")));
            // ... but names the field, for the uncaught exception's printout.
            QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String("username must be unique")),
                     e.what());
            QCOMPARE(e.message(), QStringLiteral("Validation error"));
        }
        // A UniqueConstraintError is a ValidationError, as in Sequelize.
        QVERIFY_THROWS_EXCEPTION(ValidationError, user->create({{"username", "jane"}}));
        QCOMPARE(user->count(), 1);
    }

    void foreignKeyConstraint_data() { TestDatabases::addDialectRows(); }
    void foreignKeyConstraint()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        s->query(
            QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY)").arg(quote(s, "Parents")));
        s->query(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, %2 INTEGER REFERENCES "
                                "%3(id))")
                     .arg(quote(s, "Kids"), quote(s, "parentId"), quote(s, "Parents")));
        s->query(QStringLiteral("INSERT INTO %1 (id) VALUES (1)").arg(quote(s, "Parents")));
        ModelDefinition *kid = s->define("Kid", {{"parentId", DataTypes::Integer()}},
                                         ModelOptions().timestamps(false));
        kid->create({{"id", 1}, {"parentId", 1}});
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 kid->create({{"id", 2}, {"parentId", 42}}));
        QVERIFY_THROWS_EXCEPTION(
            ForeignKeyConstraintError,
            s->query(QStringLiteral("DELETE FROM %1").arg(quote(s, "Parents"))));
        // A ForeignKeyConstraintError is a DatabaseError.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, kid->update({{"parentId", 7}}, Where()));
        QCOMPARE(kid->count(), 1);
        QCOMPARE(kid->findByPk(1)->get("parentId").toInt(), 1);
    }

    void exclusionConstraint_data() { TestDatabases::addDialectRows(); }
    void exclusionConstraint()
    {
        QSQ_OPEN_DIALECT(sequelize);
        if (dialect != QLatin1String("postgres"))
            QSKIP("exclusion constraints exist on PostgreSQL only");
        sequelize->query(QStringLiteral("CREATE TABLE ex (b box, EXCLUDE USING gist (b WITH &&))"));
        sequelize->query(QStringLiteral("INSERT INTO ex VALUES (box '((0,0),(2,2))')"));
        QVERIFY_THROWS_EXCEPTION(
            ExclusionConstraintError,
            sequelize->query(QStringLiteral("INSERT INTO ex VALUES (box '((1,1),(3,3))')")));
    }

    void databaseErrors_data() { TestDatabases::addDialectRows(); }
    void databaseErrors()
    {
        QSQ_OPEN_DIALECT(sequelize);
        try {
            sequelize->query(QStringLiteral("SELEC 1"));
            QFAIL("no error");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.name(), QStringLiteral("SequelizeDatabaseError"));
            QCOMPARE(e.sql(), QStringLiteral("SELEC 1"));
            if (dialect == QLatin1String("postgres")) {
                QCOMPARE(e.nativeErrorCode(), QStringLiteral("42601"));
                // The primary text, as Sequelize's message (no "ERROR:  " severity).
                QCOMPARE(e.message(), QStringLiteral("syntax error at or near \"SELEC\""));
            }
        }
        ModelDefinition *m = sequelize->define("Thing", {{"name", DataTypes::String(5)}},
                                               ModelOptions().timestamps(false));
        m->sync();
        if (dialect != QLatin1String("sqlite")) // SQLite does not enforce VARCHAR lengths
            QVERIFY_THROWS_EXCEPTION(DatabaseError, m->create({{"name", "far too long"}}));
        QCOMPARE(m->count(), 0);
    }

    void timeout_data() { TestDatabases::addDialectRows(); }
    void timeout()
    {
        QSQ_OPEN_DIALECT(sequelize);
        if (dialect == QLatin1String("postgres")) {
            // SET LOCAL: a session SET would outlive this test on a PgBouncer server connection.
            const auto t = sequelize->transaction();
            sequelize->query(QStringLiteral("SET LOCAL statement_timeout = 50"),
                             QueryOptions().transaction(t.data()));
            QVERIFY_THROWS_EXCEPTION(TimeoutError,
                                     sequelize->query(QStringLiteral("SELECT pg_sleep(2)"),
                                                      QueryOptions().transaction(t.data())));
            t->rollback();
        } else if (dialect == QLatin1String("mariadb")) {
            sequelize->query(QStringLiteral("SET max_statement_time = 0.05"));
            QVERIFY_THROWS_EXCEPTION(
                TimeoutError,
                sequelize->query(
                    QStringLiteral("SELECT COUNT(*) FROM information_schema.columns a, "
                                   "information_schema.columns b, information_schema.columns c")));
        } else {
            // A lock held by another connection, past a short busy timeout (busyTimeout()).
            QTemporaryDir dir;
            const QString url = QStringLiteral("sqlite:") + dir.filePath("locked.db");
            QtSequelize::Sequelize holder(QtSequelize::SequelizeOptions::fromUrl(url));
            QtSequelize::Sequelize waiter(
                QtSequelize::SequelizeOptions::fromUrl(url).busyTimeout(100));
            holder.query(QStringLiteral("CREATE TABLE t (x INTEGER)"));
            const auto t = holder.transaction(TransactionOptions().type(Transaction::Immediate));
            holder.query(QStringLiteral("INSERT INTO t VALUES (1)"),
                         QueryOptions().transaction(t.data()));
            QVERIFY_THROWS_EXCEPTION(TimeoutError,
                                     waiter.query(QStringLiteral("INSERT INTO t VALUES (2)")));
            t->rollback();
            QCOMPARE(waiter.query(QStringLiteral("INSERT INTO t VALUES (3)")).rowsAffected(), 1);
        }
    }

    void connectionRefused_data() { TestDatabases::addDialectRows(); }
    void connectionRefused()
    {
        QFETCH(QString, dialect);
        if (dialect == QLatin1String("sqlite")) {
            Sequelize s(QStringLiteral("sqlite:/nonexistent-folder/x/db.sqlite"));
            QVERIFY_THROWS_EXCEPTION(ConnectionError, s.authenticate());
            return;
        }
        if (TestDatabases::url(dialect).isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason(dialect)));
        Sequelize s(withPort(TestDatabases::url(dialect), 1));
        QVERIFY_THROWS_EXCEPTION(ConnectionRefusedError, s.authenticate());
    }

    void accessDenied_data() { TestDatabases::addDialectRows(); }
    void accessDenied()
    {
        QFETCH(QString, dialect);
        if (dialect == QLatin1String("sqlite"))
            QSKIP("SQLite has no users");
        if (TestDatabases::url(dialect).isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason(dialect)));
        QUrl url(TestDatabases::url(dialect));
        url.setPassword(QStringLiteral("wrong"));
        Sequelize s(url.toString());
        try {
            s.authenticate();
            QFAIL("no error");
        } catch (const AccessDeniedError &e) {
            QVERIFY(!QString::fromUtf8(e.what()).contains(QLatin1String("wrong")));
        }
    }

    void hostNotFound_data() { TestDatabases::addDialectRows(); }
    void hostNotFound()
    {
        QFETCH(QString, dialect);
        if (dialect == QLatin1String("sqlite"))
            QSKIP("SQLite has no host");
        if (TestDatabases::url(dialect).isEmpty())
            QSKIP(qPrintable(TestDatabases::skipReason(dialect)));
        QUrl url(TestDatabases::url(dialect));
        url.setHost(QStringLiteral("no-such-host.invalid"));
        Sequelize s(url.toString());
        QVERIFY_THROWS_EXCEPTION(HostNotFoundError, s.authenticate());
    }

    // error.test.js "SequelizeValidationError should find errors by path".
    void validationErrorItemsByPath()
    {
        const ValidationErrorItem first("invalid", "Validation error", "first_name", "x", "len");
        const ValidationErrorItem last("invalid", "Validation error", "last_name", "y", "len");
        const ValidationErrorItem again("too long", "Validation error", "first_name", "x", "len");
        const ValidationError error("Validation error", {first, last, again});
        QCOMPARE(error.get("first_name").size(), 2);
        QCOMPARE(error.get("first_name").at(1).message(), QStringLiteral("too long"));
        QCOMPARE(error.get("last_name").first().value(), QVariant("y"));
        QVERIFY(error.get("age").isEmpty());
    }

    void unknownDialect()
    {
        QVERIFY_THROWS_EXCEPTION(ConnectionError, Sequelize(QStringLiteral("oracle://x/y")));
        QVERIFY_THROWS_EXCEPTION(ConnectionError,
                                 Sequelize(SequelizeOptions().dialect(QStringLiteral("db2"))));
    }

    void closedConnection_data() { TestDatabases::addDialectRows(); }
    void closedConnection()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *m = sequelize->define("Thing", {{"name", DataTypes::String()}});
        m->sync();
        m->create({{"name", "kept"}});
        sequelize->close();
        QVERIFY_THROWS_EXCEPTION(ConnectionError, m->create({{"name", "lost"}}));
        QVERIFY_THROWS_EXCEPTION(ConnectionError, m->findAll());
        if (dialect != QLatin1String("sqlite")) { // an in-memory database is gone with it
            Sequelize other(TestDatabases::url(dialect));
            QCOMPARE(other
                         .query(QStringLiteral("SELECT COUNT(*) AS n FROM ")
                                + quote(&other, QStringLiteral("Things")))
                         .rows()
                         .first()
                         .value("n")
                         .toInt(),
                     1);
        }
    }

    void droppedConnection_data() { TestDatabases::addDialectRows(); }
    void droppedConnection()
    {
        QSQ_OPEN_DIALECT(sequelize);
        if (dialect == QLatin1String("sqlite"))
            QSKIP("an embedded SQLite database has no server connection to drop");
        if (dialect == QLatin1String("postgres") && TestDatabases::throughPgBouncer())
            QSKIP("through PgBouncer's transaction pooling a client owns no server backend to "
                  "terminate (pg_backend_pid() may be the killer's own); the direct run covers it");
        // Without pool validation, which would replace the closed connection before the write
        // (tst_connectionpool): here the closed connection is found by the statement.
        sequelize = std::make_unique<Sequelize>(
            SequelizeOptions(sequelize->options()).poolValidate(false));
        ModelDefinition *m = sequelize->define("Thing", {{"name", DataTypes::String()}});
        m->sync();
        m->create({{"name", "kept"}});
        Sequelize killer(TestDatabases::url(dialect));
        // Ends the server side of the connection \a options run on (a restart does the same).
        const auto kill = [&](const QueryOptions &options) {
            const bool pg = dialect == QLatin1String("postgres");
            const qint64 id = sequelize
                                  ->query(pg ? QStringLiteral("SELECT pg_backend_pid() AS id")
                                             : QStringLiteral("SELECT CONNECTION_ID() AS id"),
                                          options)
                                  .rows()
                                  .first()
                                  .value("id")
                                  .toLongLong();
            killer.query(pg ? QStringLiteral("SELECT pg_terminate_backend(?)")
                            : QStringLiteral("KILL ?"),
                         QueryOptions().replacements(QVariantList{id}));
        };
        kill(QueryOptions());
        // A write may have been done before the connection went: its error is the caller's.
        QVERIFY_THROWS_EXCEPTION(ConnectionError, m->create({{"name", "lost"}}));
        // The broken connection was discarded: the next call opens a new one.
        QCOMPARE(m->count(), 1);
        m->create({{"name", "after"}});
        QCOMPARE(m->count(), 2);
        // A read on a connection found closed runs again on a new one, as after a validation.
        kill(QueryOptions());
        QCOMPARE(m->count(), 2);
        QCOMPARE(m->findAll().size(), 2);
        // So does a transaction whose pooled connection was closed while idle: BEGIN reconnects.
        {
            auto t = sequelize->transaction();
            kill(QueryOptions().transaction(t.data()));
            QVERIFY_THROWS_EXCEPTION(
                ConnectionError, m->create({{"name", "x"}}, SaveOptions().transaction(t.data())));
            t->rollback();
        }
        {
            auto t = sequelize->transaction();
            m->create({{"name", "in a new transaction"}}, SaveOptions().transaction(t.data()));
            t->commit();
        }
        QCOMPARE(m->count(), 3);
    }

    void hostileValues_data() { TestDatabases::addDialectRows(); }
    void hostileValues()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *m = sequelize->define("Victim", {{"name", DataTypes::Text()}});
        m->sync();
        const QStringList hostile = {
            QStringLiteral("'; DROP TABLE \"Victims\"; --"),
            QStringLiteral("\"); DROP TABLE `Victims`; --"),
            QStringLiteral("\\'; DELETE FROM Victims; --"),
            QStringLiteral("?"),
            QStringLiteral(":name $1 %s"),
            QString(1 << 20, QLatin1Char('\'')),
        };
        for (const QString &value : hostile) {
            auto created = m->create({{"name", value}});
            QCOMPARE(m->findByPk(created->get("id"))->get("name").toString(), value);
            QCOMPARE(m->count(FindOptions().where({{"name", value}})), 1);
            sequelize->query(QStringLiteral("SELECT 1 WHERE 'x' = :v"),
                             QueryOptions().replacements(QVariantMap{{"v", value}}));
        }
        QCOMPARE(m->count(), hostile.size());
        // A NUL in text is refused before any SQL (naming the attribute), and nothing is written.
        const QString withNul = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QVERIFY_THROWS_EXCEPTION(ValidationError, m->create({{"name", withNul}}));
        QCOMPARE(m->count(), hostile.size());
    }

    void hostileNames_data() { TestDatabases::addDialectRows(); }
    void hostileNames()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *m = sequelize->define("Victim", {{"name", DataTypes::String()}});
        m->sync();
        m->create({{"name", "safe"}});
        const QString evil = QStringLiteral("name\"; DROP TABLE \"Victims\"; --");
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 m->create({{"name", "x"}}).data()->set(evil, 1));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 m->findAll(FindOptions().where({{evil, 1}})));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, m->findAll(FindOptions().order(evil)));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 m->findAll(FindOptions().attributes({evil})));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 m->findAll(FindOptions().where(
                                     Op::eq("name", Sequelize::fn("lower); DROP TABLE x; --")))));
        QCOMPARE(m->count(), 2);
        // Identifiers with quotes are quoted, not executed.
        ModelDefinition *odd = sequelize->define(
            "Odd", {{"we\"ird`col", DataTypes::String()}, {"it's", DataTypes::Integer()}},
            ModelOptions().tableName(QStringLiteral("odd\"table`; --")));
        odd->sync();
        auto row = odd->create({{"we\"ird`col", "v"}, {"it's", 3}});
        auto loaded = odd->findByPk(row->get("id"));
        QCOMPARE(loaded->get("we\"ird`col").toString(), QStringLiteral("v"));
        QCOMPARE(loaded->get("it's").toInt(), 3);
        QCOMPARE(m->count(), 2);
    }

    void emptyResult_data() { TestDatabases::addDialectRows(); }
    void emptyResult()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *m = sequelize->define("Thing", {{"name", DataTypes::String()}});
        m->sync();
        QVERIFY(!m->findOne(FindOptions().where({{"name", "none"}})));
        try {
            m->findOne(FindOptions().where({{"name", "none"}}).rejectOnEmpty());
            QFAIL("no error");
        } catch (const EmptyResultError &e) {
            QCOMPARE(e.name(), QStringLiteral("SequelizeEmptyResultError"));
            QCOMPARE(e.message(), QString()); // Sequelize's message is empty too
        }
        QVERIFY_THROWS_EXCEPTION(EmptyResultError, m->findByPk(7, FindOptions().rejectOnEmpty()));
        QVERIFY_THROWS_EXCEPTION(EmptyResultError, m->findAll(FindOptions().rejectOnEmpty()));
        m->create({{"name", "x"}});
        QCOMPARE(m->findAll(FindOptions().rejectOnEmpty()).size(), 1);
    }

    void instanceError_data() { TestDatabases::addDialectRows(); }
    void instanceError()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *m = sequelize->define("Thing", {{"name", DataTypes::String()}});
        m->sync();
        auto thing = m->create({{"name", "x"}});
        m->destroy(Where());
        QVERIFY_THROWS_EXCEPTION(InstanceError, thing->reload());
        QVERIFY_THROWS_EXCEPTION(InstanceError, thing->restore()); // not paranoid
        // An instance that outlives its Sequelize cannot run queries any more.
        auto orphan = m->build({{"name", "o"}});
        sequelize.reset();
        QVERIFY_THROWS_EXCEPTION(InstanceError, orphan->save());
    }

    void crossesQFuture()
    {
        QPromise<int> promise;
        QFuture<int> future = promise.future();
        promise.start();
        promise.setException(UniqueConstraintError());
        promise.finish();
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, future.waitForFinished());
    }
};

QTEST_GUILESS_MAIN(tst_Errors)
#include "tst_errors.moc"
