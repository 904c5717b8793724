// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/ConnectionHooks>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>
#include <QtSequelize/SequelizeHooks>

#include <QtCore/qregularexpression.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qthread.h>
#include <QtSql/qsqldatabase.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Sequelize : public QObject
{
    Q_OBJECT

private slots:
    void urls()
    {
        SequelizeOptions pg = SequelizeOptions::fromUrl(
            QStringLiteral("postgres://ann:p%40ss@db.example:5433/shop"));
        QCOMPARE(pg.dialectName(), QStringLiteral("postgres"));
        QCOMPARE(pg.hostName(), QStringLiteral("db.example"));
        QCOMPARE(pg.portNumber(), 5433);
        QCOMPARE(pg.databaseName(), QStringLiteral("shop"));
        QCOMPARE(pg.userName(), QStringLiteral("ann"));
        QCOMPARE(pg.passwordText(), QStringLiteral("p@ss"));
        QCOMPARE(SequelizeOptions::fromUrl(QStringLiteral("mysql://u@h/d")).dialectName(),
                 QStringLiteral("mysql"));
        QCOMPARE(SequelizeOptions::fromUrl(QStringLiteral("mariadb://u@h/d")).portNumber(), -1);
        QCOMPARE(SequelizeOptions::fromUrl(QStringLiteral("sqlite::memory:")).storagePath(),
                 QStringLiteral(":memory:"));
        QCOMPARE(SequelizeOptions::fromUrl(QStringLiteral("sqlite:data/app.db")).storagePath(),
                 QStringLiteral("data/app.db"));
        // ?host= overrides the URL's host (Sequelize's, for a unix-socket directory).
        QCOMPARE(SequelizeOptions::fromUrl(QStringLiteral("postgres://u@h/d?host=/run/postgresql"))
                     .hostName(),
                 QStringLiteral("/run/postgresql"));
        QCOMPARE(SequelizeOptions::fromUrl(QStringLiteral("postgres://u@h/d?host=/run/postgresql"))
                     .dialectOptionMap()
                     .contains("host"),
                 false);
        QCOMPARE(Sequelize(QStringLiteral("mysql://u@h/d")).dialect(), QStringLiteral("mariadb"));
        QCOMPARE(Sequelize(QStringLiteral("postgresql://u@h/d")).dialect(),
                 QStringLiteral("postgres"));
    }

    void optionsAndDefineDefaults()
    {
        Sequelize s(SequelizeOptions()
                        .dialect(QStringLiteral("sqlite"))
                        .storage(QStringLiteral(":memory:"))
                        .define(ModelOptions().underscored().timestamps(false)));
        ModelDefinition *m = s.define("BlogPost", {{"postTitle", DataTypes::String()}});
        QCOMPARE(m->tableName(), QStringLiteral("blog_posts"));
        QCOMPARE(m->columnName("postTitle"), QStringLiteral("post_title"));
        QCOMPARE(m->attributeNames(), (QStringList{"id", "postTitle"}));
        ModelDefinition *n = s.define("Person", {{"name", DataTypes::String()}},
                                      ModelOptions().underscored(false).timestamps(true));
        QCOMPARE(n->tableName(), QStringLiteral("People"));
        QCOMPARE(n->attributeNames(), (QStringList{"id", "name", "createdAt", "updatedAt"}));
        QCOMPARE(s.define("Box", {}, ModelOptions().freezeTableName())->tableName(),
                 QStringLiteral("Box"));
        QCOMPARE(s.define("Box", {})->tableName(), QStringLiteral("boxes"));
        QCOMPARE(s.define("DeferredChild", {}, ModelOptions().underscored(false))->tableName(),
                 QStringLiteral("DeferredChildren"));
        QCOMPARE(s.define("Category", {}, ModelOptions().underscored(false))->tableName(),
                 QStringLiteral("Categories"));
        QCOMPARE(s.models().size(), 5);
    }

    void badDefinitions()
    {
        Sequelize s(QStringLiteral("sqlite::memory:"));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, s.define("X", {{"a", Attribute()}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 s.define("Y",
                                          {{"a", Attribute(DataTypes::String()).field("b")},
                                           {"b", DataTypes::String()}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 s.define("Z", {}, ModelOptions().timestamps(false).paranoid()));
        QVERIFY(!s.isDefined("X"));
    }

    void authenticate_data() { TestDatabases::addDialectRows(); }
    void authenticate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->authenticate();
        QVERIFY(sequelize->database().isOpen());
        QCOMPARE(sequelize->dialect(), dialect);
    }

    // Sequelize's definition and sync hooks: beforeInit/afterInit on the class (every
    // Sequelize), beforeDefine/afterDefine and beforeBulkSync/afterBulkSync on the instance,
    // beforeSync/afterSync per model, in Sequelize's order.
    // Sequelize's sync({match}): a database whose name does not match refuses the sync before
    // anything is dropped (Sequelize's sequelize.test.js "fails with incorrect match
    // condition"); sync({transaction}) is refused, not run outside the transaction.
    void syncMatchAndTransaction_data() { TestDatabases::addDialectRows(); }
    void syncMatchAndTransaction()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *project = sequelize->define("Project", {{"title", DataTypes::String()}});
        project->sync(SyncOptions().force());
        project->create({{"title", "kept"}});
        try {
            sequelize->sync(SyncOptions().force().match(QRegularExpression("\\$phoenix")));
            QFAIL("no error");
        } catch (const BaseError &error) {
            QCOMPARE(error.name(), QStringLiteral("SequelizeBaseError"));
            QVERIFY2(error.message().contains(QLatin1String("does not match sync match parameter")),
                     qPrintable(error.message()));
        }
        QCOMPARE(project->count(), 1); // nothing dropped
        // A model's own sync honours match() too (it used to accept and ignore it).
        QVERIFY_THROWS_EXCEPTION(
            BaseError,
            project->sync(SyncOptions().force().match(QRegularExpression("\\$phoenix"))));
        QCOMPARE(project->count(), 1);
        const QString database = sequelize->options().databaseName();
        sequelize->sync(SyncOptions().match(QRegularExpression(
            QRegularExpression::anchoredPattern(QRegularExpression::escape(database)))));
        QCOMPARE(project->count(), 1);

        auto transaction = sequelize->transaction();
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 sequelize->sync(SyncOptions().transaction(transaction.get())));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 project->sync(SyncOptions().transaction(transaction.get())));
        transaction->rollback();
        QCOMPARE(project->count(), 1);
    }

    void definitionAndSyncHooks_data() { TestDatabases::addDialectRows(); }
    void definitionAndSyncHooks()
    {
        QStringList events;
        struct Recorder : SequelizeHooks, ModelHooks
        {
            QStringList *events = nullptr;
            Sequelize *constructed = nullptr;
            bool refuse = false;
            void beforeInit(SequelizeOptions &options) override
            {
                *events << QStringLiteral("beforeInit ") + options.dialectName();
            }
            void afterInit(Sequelize *sequelize) override
            {
                constructed = sequelize;
                *events << QStringLiteral("afterInit");
            }
            void beforeDefine(QString &name, Attributes &attributes, ModelOptions &) override
            {
                if (refuse)
                    throw DefinitionError(QStringLiteral("not today"));
                *events << QStringLiteral("beforeDefine ") + name;
                attributes.append({QStringLiteral("note"), Attribute(DataTypes::String())});
            }
            void afterDefine(ModelDefinition *model) override
            {
                *events << QStringLiteral("afterDefine ") + model->name();
            }
            void beforeBulkSync(SyncOptions &) override
            {
                *events << QStringLiteral("beforeBulkSync");
            }
            void afterBulkSync(const SyncOptions &) override
            {
                *events << QStringLiteral("afterBulkSync");
            }
            void beforeSync(const SyncOptions &) override
            {
                *events << QStringLiteral("beforeSync");
            }
            void afterSync(const SyncOptions &) override { *events << QStringLiteral("afterSync"); }
        };
        auto hooks = QSharedPointer<Recorder>::create();
        hooks->events = &events;
        Sequelize::addGlobalHooks(hooks);
        auto unregister = qScopeGuard([&] { Sequelize::removeGlobalHooks(hooks); });
        QSQ_OPEN_DIALECT(sequelize);
        QCOMPARE(hooks->constructed, sequelize.get());
        QCOMPARE(events.mid(0, 2),
                 (QStringList{QStringLiteral("beforeInit ") + dialect, "afterInit"}));
        events.clear();
        ModelDefinition *widget = sequelize->define("Widget", {{"name", DataTypes::String()}},
                                                    ModelOptions().timestamps(false));
        QVERIFY(widget->hasAttribute("note")); // beforeDefine changed the attributes
        widget->addHooks(hooks);
        sequelize->sync(SyncOptions().force());
        QCOMPARE(events,
                 (QStringList{"beforeDefine Widget", "afterDefine Widget", "beforeBulkSync",
                              "beforeSync", "afterSync", "afterBulkSync"}));
        events.clear();
        sequelize->sync(SyncOptions().hooks(false));
        widget->sync(SyncOptions().hooks(false));
        QVERIFY(events.isEmpty());
        widget->sync();
        QCOMPARE(events, (QStringList{"beforeSync", "afterSync"}));
        // A throwing beforeDefine aborts the definition.
        hooks->refuse = true;
        QVERIFY_THROWS_EXCEPTION(DefinitionError, sequelize->define("Gadget", {}));
        QVERIFY(!sequelize->isDefined("Gadget"));
    }

    // Sequelize's permanent hooks: model hooks for every model, after each model's own.
    void permanentModelHooks_data() { TestDatabases::addDialectRows(); }
    void permanentModelHooks()
    {
        QSQ_OPEN_DIALECT(sequelize);
        struct Named : ModelHooks
        {
            QString name;
            QStringList *log = nullptr;
            void beforeCreate(Model *instance, const HookOptions &) override
            {
                *log << name + QLatin1Char(' ') + instance->definition()->name();
            }
        };
        QStringList log;
        auto own = QSharedPointer<Named>::create();
        own->name = QStringLiteral("own");
        own->log = &log;
        auto permanent = QSharedPointer<Named>::create();
        permanent->name = QStringLiteral("permanent");
        permanent->log = &log;
        const ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *a = sequelize->define("Alpha", {{"x", DataTypes::Integer()}}, plain);
        ModelDefinition *b = sequelize->define("Beta", {{"x", DataTypes::Integer()}}, plain);
        sequelize->sync(SyncOptions().force());
        a->addHooks(own);
        sequelize->addModelHooks(permanent);
        a->create({{"x", 1}});
        b->create({{"x", 1}});
        b->create({{"x", 2}}, SaveOptions().hooks(false));
        QCOMPARE(log, (QStringList{"own Alpha", "permanent Alpha", "permanent Beta"}));
        // Removed hooks no longer run (Sequelize's removeHook).
        QVERIFY(a->hasHooks() && b->hasHooks());
        sequelize->removeModelHooks(permanent);
        a->removeHooks(own);
        QVERIFY(!a->hasHooks() && !b->hasHooks());
        log.clear();
        a->create({{"x", 3}});
        QVERIFY(log.isEmpty());
    }

    void connectionHooks_data() { TestDatabases::addDialectRows(); }
    void connectionHooks()
    {
        QSQ_OPEN_DIALECT(sequelize);
        sequelize->authenticate(); // this thread's default connection is open before the hooks
        struct Recorder : ConnectionHooks
        {
            QStringList events;
            bool refuse = false;
            void beforeConnect(SequelizeOptions &) override
            {
                events << "beforeConnect";
                if (refuse)
                    throw ConnectionError(QStringLiteral("no credentials today"));
            }
            void afterConnect(QSqlDatabase &connection, const SequelizeOptions &) override
            {
                events << (connection.isOpen() ? "afterConnect(open)" : "afterConnect(closed)");
            }
            void beforeDisconnect(QSqlDatabase &connection) override
            {
                events << (connection.isOpen() ? "beforeDisconnect(open)"
                                               : "beforeDisconnect(closed)");
            }
            void afterDisconnect(const QString &name) override
            {
                events << (QSqlDatabase::contains(name) ? "afterDisconnect(still there)"
                                                        : "afterDisconnect");
            }
        };
        auto recorder = QSharedPointer<Recorder>::create();
        sequelize->addConnectionHooks(recorder);
        {
            // A transaction opens a connection of its own.
            auto t = sequelize->transaction();
            QCOMPARE(sequelize->query("SELECT 1 AS one", QueryOptions().transaction(t.data()))
                         .rows()
                         .first()
                         .value("one")
                         .toInt(),
                     1);
            t->commit();
        }
        QCOMPARE(recorder->events, (QStringList{"beforeConnect", "afterConnect(open)"}));
        // A hook that throws fails the connection attempt with its error.
        recorder->refuse = true;
        auto second = sequelize->transaction(); // the pooled connection is reused: no hook
        second->rollback();
        QCOMPARE(recorder->events.size(), 2);
        auto first = sequelize->transaction();
        QVERIFY_THROWS_EXCEPTION(ConnectionError, sequelize->transaction());
        first->rollback();
        recorder->refuse = false;
        recorder->events.clear();
        sequelize->close();
        QCOMPARE(recorder->events,
                 (QStringList{"beforeDisconnect(open)", "afterDisconnect", "beforeDisconnect(open)",
                              "afterDisconnect"}));
    }

    void rawQuery_data() { TestDatabases::addDialectRows(); }
    void rawQuery()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *m = sequelize->define(
            "Item", {{"name", DataTypes::String()}, {"qty", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        m->sync();
        const QString table = dialect == QLatin1String("mariadb") ? QStringLiteral("`Items`")
                                                                  : QStringLiteral("\"Items\"");
        QueryResult inserted = sequelize->query(
            QStringLiteral("INSERT INTO %1 (name, qty) VALUES (:name, :qty)").arg(table),
            QueryOptions().replacements(QVariantMap{{"name", "a:b"}, {"qty", 3}}));
        QCOMPARE(inserted.rowsAffected(), 1);
        sequelize->query(
            QStringLiteral("INSERT INTO %1 (name, qty) VALUES (?, ?), (?, ?)").arg(table),
            QueryOptions().replacements(QVariantList{"b", 5, "c", 7}));
        sequelize->query(QStringLiteral("INSERT INTO %1 (name, qty) VALUES ($1, $2)").arg(table),
                         QueryOptions().bind(QVariantList{"d", 9}));

        QList<QVariantMap> rows
            = sequelize
                  ->query(QStringLiteral("SELECT name, qty FROM %1 WHERE name IN (:names) "
                                         "AND name != ':names' ORDER BY name")
                              .arg(table),
                          QueryOptions().replacements(
                              QVariantMap{{"names", QVariantList{"a:b", "c", "zz"}}}))
                  .rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value("name").toString(), QStringLiteral("a:b"));
        QCOMPARE(rows.at(1).value("qty").toInt(), 7);

        rows = sequelize
                   ->query(QStringLiteral("SELECT name FROM %1 WHERE qty > $min AND name <> "
                                          "$skip ORDER BY name")
                               .arg(table),
                           QueryOptions().bind(QVariantMap{{"min", 4}, {"skip", "c"}}))
                   .rows();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value("name").toString(), QStringLiteral("b"));

        QCOMPARE(sequelize
                     ->query(QStringLiteral("UPDATE %1 SET qty = qty + 1").arg(table),
                             QueryOptions().type(QueryType::Update))
                     .rowsAffected(),
                 4);
        QCOMPARE(m->count(FindOptions().where(Op::gte("qty", 4))), 4);
        // Sequelize's plain Error, with its message.
        try {
            sequelize->query(QStringLiteral("SELECT :missing"),
                             QueryOptions().replacements(QVariantMap()));
            QFAIL("no error");
        } catch (const DefinitionError &) {
            QFAIL("a DefinitionError");
        } catch (const BaseError &e) {
            QCOMPARE(e.message(),
                     QStringLiteral("Named replacement \":missing\" has no entry in "
                                    "the replacements object"));
        }
        try {
            sequelize->query(QStringLiteral("SELECT ?, ?"),
                             QueryOptions().replacements(QVariantList{1}));
            QFAIL("no error");
        } catch (const DefinitionError &) {
            QFAIL("a DefinitionError");
        } catch (const BaseError &e) {
            QCOMPARE(e.message(),
                     QStringLiteral("Positional replacement (?) 1 has no entry in the "
                                    "replacements object"));
        }
        // Both forms at once: Sequelize's error (the bind values were dropped).
        try {
            sequelize->query(QStringLiteral("SELECT ? AS v"),
                             QueryOptions().replacements(QVariantList{1}).bind(QVariantList{2}));
            QFAIL("no error");
        } catch (const DefinitionError &) {
            QFAIL("a DefinitionError");
        } catch (const BaseError &e) {
            QCOMPARE(e.message(),
                     QStringLiteral("Both `replacements` and `bind` cannot be set at "
                                    "the same time"));
        }
        // A positional bind value no $n uses went nowhere (Sequelize's driver refused it).
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 sequelize->query(QStringLiteral("SELECT $1 AS v"),
                                                  QueryOptions().bind(QVariantList{1, 2})));
        // An empty list expands to NULL: IN (NULL) matches nothing, as in Sequelize.
        QCOMPARE(sequelize
                     ->query(QStringLiteral("SELECT name FROM %1 WHERE name IN (:n)").arg(table),
                             QueryOptions().replacements(QVariantMap{{"n", QVariantList()}}))
                     .rows()
                     .size(),
                 0);
    }

    void rawQueryModelPlainNest_data() { TestDatabases::addDialectRows(); }
    void rawQueryModelPlainNest()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *m
            = sequelize->define("Item",
                                {{"name", DataTypes::String()},
                                 {"inStock", Attribute(DataTypes::Boolean()).field("in_stock")}},
                                ModelOptions().timestamps(false));
        m->sync();
        m->bulkCreate({{{"name", "a"}, {"inStock", true}}, {{"name", "b"}, {"inStock", false}}});
        const QString table = dialect == QLatin1String("mariadb") ? "`Items`" : "\"Items\"";
        const QString alias
            = dialect == QLatin1String("mariadb") ? "`meta.label`" : "\"meta.label\"";
        QueryResult result = sequelize->query(
            QStringLiteral("SELECT id, name, in_stock, 'x' AS extra FROM %1 ORDER BY id")
                .arg(table),
            QueryOptions().model(m));
        QCOMPARE(result.instances().size(), 2);
        auto first = result.instances().first();
        QCOMPARE(first->get("name").toString(), QStringLiteral("a"));
        QCOMPARE(first->get("inStock").toBool(), true); // converted by the attribute's type
        QCOMPARE(first->get("extra").toString(), QStringLiteral("x"));
        QVERIFY(!first->isNewRecord());
        first->set("name", QStringLiteral("A"));
        first->save();
        QCOMPARE(m->findByPk(first->get("id"))->get("name").toString(), QStringLiteral("A"));
        result = sequelize->query(QStringLiteral("SELECT name FROM %1 ORDER BY id").arg(table),
                                  QueryOptions().plain());
        QCOMPARE(result.rows().size(), 1);
        result = sequelize->query(
            QStringLiteral("SELECT name AS %2, id FROM %1 ORDER BY id").arg(table, alias),
            QueryOptions().nest());
        QCOMPARE(result.rows().first().value("meta").toMap().value("label").toString(),
                 QStringLiteral("A"));
    }

    void loggingHook_data() { TestDatabases::addDialectRows(); }
    void loggingHook()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QStringList statements;
        QList<QVariantList> bindings;
        connect(sequelize.get(), &Sequelize::queryExecuted, this,
                [&](const QString &sql, const QVariantList &values, qint64 micros) {
                    statements.append(sql);
                    bindings.append(values);
                    QVERIFY(micros >= 0);
                });
        ModelDefinition *m = sequelize->define("Item", {{"name", DataTypes::String()}});
        m->sync();
        statements.clear();
        bindings.clear();
        m->create({{"name", "x"}});
        m->findAll(FindOptions().where({{"name", "x"}}));
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements.at(0).startsWith(QLatin1String("INSERT INTO")));
        QCOMPARE(bindings.at(1).first().toString(), QStringLiteral("x"));
    }

    void syncAndDrop_data() { TestDatabases::addDialectRows(); }
    void syncAndDrop()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *a = sequelize->define("Alpha", {{"name", DataTypes::String()}});
        ModelDefinition *b
            = sequelize->define("Beta", {{"mood", DataTypes::Enum({"happy", "sad"})}});
        sequelize->sync();
        a->create({{"name", "kept"}});
        b->create({{"mood", "sad"}});
        sequelize->sync(); // a no-op on existing tables
        QCOMPARE(a->count(), 1);
        sequelize->sync(SyncOptions().force());
        QCOMPARE(a->count(), 0);
        QCOMPARE(b->count(), 0);
        b->create({{"mood", "happy"}});
        sequelize->drop();
        QVERIFY_THROWS_EXCEPTION(DatabaseError, a->count());
        a->sync();
        QCOMPARE(a->count(), 0);
        a->create({{"name", "x"}});
        a->truncate();
        QCOMPARE(a->count(), 0);
    }

    void connectionPerThread_data() { TestDatabases::addDialectRows(); }
    void connectionPerThread()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *m = sequelize->define("Item", {{"name", DataTypes::String()}});
        m->sync();
        m->create({{"name", "main"}});
        const QString mainConnection = sequelize->database().connectionName();
        QString workerConnection;
        qint64 workerCount = -1;
        QString workerError;
        QThread *worker = QThread::create([&] {
            try {
                workerConnection = sequelize->database().connectionName();
                m->create({{"name", "worker"}});
                workerCount = m->count();
            } catch (const BaseError &e) {
                workerError = QString::fromUtf8(e.what());
            }
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY(workerConnection != mainConnection);
        // The worker's connection went away with its thread.
        QVERIFY(!QSqlDatabase::connectionNames().contains(workerConnection));
        QCOMPARE(workerCount, 2);
        QCOMPARE(m->count(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Sequelize)
#include "tst_sequelize.moc"
