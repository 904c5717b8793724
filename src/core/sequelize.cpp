// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "armedtimeout_p.h"
#include "sequelize_p.h"

#include "acquirewatchdog_p.h"
#include "cancelwatch_p.h"
#include "changewatcher_p.h"
#include "workerpool_p.h"

#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/rawquery_p.h"
#include "../sql/coercion_p.h"
#include "../sql/statement_p.h"
#include "hydrator_p.h"
#include "transaction_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/sequelizehooks.h>

#include <QtCore/qmutex.h>
#include <QtCore/qtimezone.h>
#include <QtSequelize/model.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qthread.h>
#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlfield.h>
#include <QtSql/qsqlquery.h>
#include <QtSql/qsqlrecord.h>

#include <functional>

namespace QtSequelize {

/*!
    \class QtSequelize::Sequelize
    \inmodule QtSequelize
    \brief A database connection and its models, as Sequelize's \c Sequelize instance.

    A Sequelize opens one QSqlDatabase connection per thread that uses it, on
    first use in that thread; QSqlDatabase handles cannot cross threads. It owns
    the ModelDefinition objects registered with define() or Model::init().
*/

// Statements are logged at debug level, off unless enabled
// (QT_LOGGING_RULES="qtsequelize.sql.debug=true").
Q_LOGGING_CATEGORY(lcSql, "qtsequelize.sql", QtInfoMsg)

SequelizePrivate::SequelizePrivate(Sequelize *q, const SequelizeOptions &options)
    : q_ptr(q)
    , options(options)
    , dialect(Dialect::create(options.dialectName()))
    , retry(options.retryOptions())
{
    dialect->checkDialectOptions(options.dialectOptionMap());
    if (options.poolMinConnections() < 0
        || options.poolMinConnections() > options.poolMaxConnections())
        throw ConnectionError(QStringLiteral("pool.min must be between 0 and pool.max"));
    if (!options.searchPathSchemas().isEmpty() && !dialect->supportsSearchPath())
        throw ConnectionError(QStringLiteral("The %1 dialect has no search path (searchPath is "
                                             "PostgreSQL's; use a model's schema option)")
                                  .arg(dialect->name()));
    if (!options.searchPathSchemas().isEmpty() && !options.usesServerPreparedStatements())
        throw ConnectionError(QStringLiteral(
            "searchPath is set per connection, which PgBouncer's transaction pooling "
            "(serverPrepare=false) does not keep; set it on the role instead (ALTER ROLE ... SET "
            "search_path)"));
    const QTimeZone zone = Dialect::parseTimeZone(options.timezoneName());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool utc = zone.offsetFromUtc(now) == 0 && zone.standardTimeOffset(now) == 0
        && !zone.hasDaylightTime();
    if (!utc && !dialect->supportsTimeZone())
        // Sequelize: "Setting a custom timezone is not supported by SQLite". Accepted, it
        // would change nothing, while the application expects its dates in that zone.
        throw ConnectionError(QStringLiteral("The %1 dialect stores dates as UTC text: a "
                                             "timezone option other than UTC is not supported")
                                  .arg(dialect->name()));
    dialect->setTimeZone(zone);
    dialect->setDatabaseName(options.databaseName());
    const auto otherDriver = [&](const SequelizeOptions &o) {
        return !o.driverName().isEmpty() && o.driverName() != dialect->driverName();
    };
    qtDriver = otherDriver(options);
    for (const SequelizeOptions &replica : options.readReplicas()) {
        dialect->checkDialectOptions(replica.dialectOptionMap());
        qtDriver = qtDriver || otherDriver(replica);
    }
    connections = std::make_unique<ConnectionManager>(*dialect, options);
}

static QString describeBindings(const QVariantList &bindings)
{
    QStringList parts;
    for (const QVariant &v : bindings) {
        QString text = isSqlNull(v) ? QStringLiteral("NULL") : v.toString();
        if (text.size() > 80)
            text = text.left(77) + QStringLiteral("...");
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

void SequelizePrivate::logStatement(const Statement &statement, qint64 nanoseconds)
{
    Q_Q(Sequelize);
    if (const StatementLogging::Logger *logger = StatementLogging::logger()) {
        const UserCode userCode; // the statement's rows are read after this
        (*logger)(statement.sql, nanoseconds / 1000);
    } else if (StatementLogging::enabled().value_or(options.isLogging())
               && lcSql().isDebugEnabled()) {
        qCDebug(lcSql).noquote() << statement.sql << "[" << describeBindings(statement.bindings)
                                 << "]" << QString::number(nanoseconds / 1e6, 'f', 3) << "ms";
    }
    static const QMetaMethod signal = QMetaMethod::fromSignal(&Sequelize::queryExecuted);
    if (q->isSignalConnected(signal)) {
        const UserCode userCode;
        Q_EMIT q->queryExecuted(statement.sql, statement.bindings, nanoseconds / 1000);
    }
}

// readYourWrites(): a statement other than a SELECT on the write side starts the thread's
// window of reads from the write database.
void SequelizePrivate::noteStatement(Connection &c, const QString &sql)
{
    if (c.transactionDepth == 0 && !c.transactional)
        ++c.uses; // a transactional connection counts its transactions (acquire())
    if (connections->tracksWrites() && !c.reader
        && !sql.startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
        connections->noteWrite();
}

static void refuseLostTransaction(const Connection &c)
{
    if (c.transactionLost && c.transactionDepth > 0)
        SequelizePrivate::throwLostTransaction();
}

void SequelizePrivate::failed(Connection &c, const QSqlError &error, const QString &sql)
{
    if (dialect->isConnectionLost(error))
        connections->discard(c);
    else if (c.transactionDepth > 0 && !c.transactionLost) {
        QSqlDatabase db = c.database();
        c.transactionLost = dialect->transactionEndedByError(db);
    }
    dialect->raiseQueryError(error, sql);
}

std::optional<RetryOptions> SequelizePrivate::retryInForce() const
{
    const RetryOptions *call = StatementRetry::current();
    if (!call)
        return retry;
    return retry ? retry->mergedWith(*call) : *call;
}

void SequelizePrivate::waitBeforeRetry(const RetryOptions &retry, const BaseError &error,
                                       int attempt) const
{
    qCDebug(lcSql).noquote() << "retrying a statement after" << error.name() << "(try"
                             << attempt + 1 << "of" << retry.maxAttempts() << ")";
    QThread::msleep(retry.backoffAfter(attempt));
}

QSqlQuery &SequelizePrivate::execute(const Statement &statement, bool forwardOnly,
                                     Connection *connection)
{
    return withRetry(
        connection,
        [&](Connection &c) -> QSqlQuery & { return executeOnce(statement, forwardOnly, c); },
        statement.sql.startsWith(QLatin1String("SELECT")));
}

QSqlQuery &SequelizePrivate::executeOnce(const Statement &statement, bool forwardOnly,
                                         Connection &c)
{
    return *hooked(statement, c, [&] { return &executeUnhooked(statement, forwardOnly, c); });
}

QSqlQuery &SequelizePrivate::executeUnhooked(const Statement &statement, bool forwardOnly,
                                             Connection &c)
{
    QElapsedTimer timer;
    timer.start();
    refuseLostTransaction(c);
    const int timeout = StatementTimeout::current();
    // Armed before the statement is prepared: Qt's QPSQL loses a prepared query's state when
    // another query runs between its prepare and its exec.
    const ArmedTimeout armed(*dialect, c, timeout);
    QSqlQuery &query = statementQuery(
        c, timeout > 0 ? dialect->withStatementTimeout(statement.sql, timeout) : statement.sql,
        forwardOnly);
    ConnectionManager::bind(query, statement.bindings);
    if (!dialect->runWaitingForLocks(
            query,
            [&] {
                const Executing running(c);
                return query.exec();
            },
            options.busyTimeoutMilliseconds())) {
        const QSqlError error = query.lastError();
        query.finish();
        logStatement(statement, timer.nsecsElapsed());
        failed(c, error, statement.sql);
    }
    logStatement(statement, timer.nsecsElapsed());
    noteStatement(c, statement.sql);
    return query;
}

void SequelizePrivate::refuseImplicitCommit(const Connection &c, const QString &sql) const
{
    if (c.transactionDepth > 0 && dialect->commitsTransaction(sql))
        throw TransactionError(QStringLiteral(
            "This statement would commit the open transaction on this database (its rollback "
            "could not undo what ran before): run it outside the transaction"));
}

void SequelizePrivate::executeDirect(const QString &sql, Connection *connection, bool schemaChange)
{
    if (schemaChange)
        connections->schemaChanged();
    withRetry(
        connection,
        [&](Connection &c) {
            hooked(Statement{sql, {}}, c, [&]() -> QSqlQuery * {
                QElapsedTimer timer;
                timer.start();
                refuseLostTransaction(c);
                if (schemaChange)
                    refuseImplicitCommit(c, sql);
                QSqlQuery query(c.database());
                if (!dialect->runWaitingForLocks(
                        query,
                        [&] {
                            const Executing running(c);
                            return query.exec(sql);
                        },
                        options.busyTimeoutMilliseconds())) {
                    const QSqlError error = query.lastError();
                    query = QSqlQuery();
                    logStatement(Statement{sql, {}}, timer.nsecsElapsed());
                    failed(c, error, sql);
                }
                logStatement(Statement{sql, {}}, timer.nsecsElapsed());
                noteStatement(c, sql);
                return nullptr; // no rows
            });
        },
        false);
}

/*!
    Constructs a connection from a URL: \c{sqlite::memory:}, \c{sqlite:path/to.db},
    \c{postgres://user:pass@host:port/db}, \c{mysql://...} or \c{mariadb://...}.
    Nothing is opened yet; the first query (or authenticate()) opens this thread's
    connection. Throws ConnectionError for an unknown scheme or dialect.
    \a url is the connection URL; \a parent the QObject parent.
*/
Sequelize::Sequelize(const QString &url, QObject *parent)
    : Sequelize(SequelizeOptions::fromUrl(url), parent)
{
}

// Hooks registered on "the class" (Sequelize.addHook): every Sequelize runs them.
struct GlobalHooks
{
    QMutex lock;
    QList<QSharedPointer<SequelizeHooks>> hooks;
};
Q_GLOBAL_STATIC(GlobalHooks, globalHooks)

static QList<QSharedPointer<SequelizeHooks>> currentGlobalHooks()
{
    QMutexLocker locker(&globalHooks->lock);
    return globalHooks->hooks;
}

void Sequelize::addGlobalHooks(const QSharedPointer<SequelizeHooks> &hooks)
{
    QMutexLocker locker(&globalHooks->lock);
    if (hooks)
        globalHooks->hooks.append(hooks);
}

void Sequelize::removeGlobalHooks(const QSharedPointer<SequelizeHooks> &hooks)
{
    QMutexLocker locker(&globalHooks->lock);
    globalHooks->hooks.removeAll(hooks);
}

void Sequelize::addHooks(const QSharedPointer<SequelizeHooks> &hooks)
{
    if (hooks)
        d_func()->hooks.append(hooks);
}

void Sequelize::addModelHooks(const QSharedPointer<ModelHooks> &hooks)
{
    if (hooks)
        d_func()->modelHooks.append(hooks);
}

void Sequelize::removeHooks(const QSharedPointer<SequelizeHooks> &hooks)
{
    d_func()->hooks.removeAll(hooks);
}

void Sequelize::removeModelHooks(const QSharedPointer<ModelHooks> &hooks)
{
    d_func()->modelHooks.removeAll(hooks);
}

void SequelizePrivate::runHooks(const std::function<void(SequelizeHooks &)> &call) const
{
    for (const QSharedPointer<SequelizeHooks> &h : currentGlobalHooks())
        call(*h);
    for (const QSharedPointer<SequelizeHooks> &h : hooks)
        call(*h);
}

// Sequelize's beforeInit: the global hooks see (and may change) the options first.
static SequelizeOptions initialized(SequelizeOptions options)
{
    for (const QSharedPointer<SequelizeHooks> &h : currentGlobalHooks())
        h->beforeInit(options);
    return options;
}

Sequelize::Sequelize(const SequelizeOptions &options, QObject *parent)
    : QObject(parent)
    , d_sq(std::make_unique<SequelizePrivate>(this, initialized(options)))
{
    for (const QSharedPointer<SequelizeHooks> &h : currentGlobalHooks())
        h->afterInit(this);
}

Sequelize::~Sequelize()
{
    Q_D(Sequelize);
    d->changeWatcher.reset();
    // The pool's work uses the models and connections: it finishes first, and each pool
    // thread closes its connection as it ends.
    d->pool.reset();
    d->cancelWatcher.reset();
    // Model definitions are children; delete them while the connection still exists.
    qDeleteAll(d->models);
    d->models.clear();
    qDeleteAll(d->retiredModels);
    d->retiredModels.clear();
    d->connections->closeAll();
}

QString Sequelize::dialect() const
{
    return d_func()->dialect->name();
}

SequelizeOptions Sequelize::options() const
{
    return d_func()->options;
}

void Sequelize::authenticate()
{
    Q_D(Sequelize);
    d->executeDirect(QStringLiteral("SELECT 1"), nullptr, false);
}

/*!
    Closes the connections of every thread, as \c{sequelize.close()}. Any later
    query throws ConnectionError: a closed Sequelize is not reopened.
*/
void Sequelize::close()
{
    Q_D(Sequelize);
    d->changeWatcher.reset(); // its listening connection too
    d->connections->close();
}

void Sequelize::addConnectionHooks(const QSharedPointer<ConnectionHooks> &hooks)
{
    Q_D(Sequelize);
    d->connections->addHooks(hooks);
}

QSqlDatabase Sequelize::database() const
{
    return d_func()->connections->database();
}

static QueryType guessType(const QString &sql)
{
    const QString head = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    if (head == QLatin1String("SELECT") || head == QLatin1String("WITH")
        || head == QLatin1String("SHOW") || head == QLatin1String("PRAGMA")
        || head == QLatin1String("VALUES") || head == QLatin1String("EXPLAIN"))
        return QueryType::Select;
    if (head == QLatin1String("INSERT"))
        return QueryType::Insert;
    if (head == QLatin1String("UPDATE"))
        return QueryType::Update;
    if (head == QLatin1String("DELETE"))
        return QueryType::Delete;
    return QueryType::Raw;
}

/*!
    Runs raw SQL, as \c{sequelize.query()}. Replacements (\c{:name} with a map,
    \c{?} with a list; a list value expands for IN) and bind parameters
    (\c{$1}, \c{$name}) all become bound parameters. A SELECT returns its rows
    as maps of column name to the driver's value; other statements return the
    affected row count and, for an INSERT, the inserted id. Throws the Errors
    class the database error maps to.
*/
QString Sequelize::databaseVersion()
{
    const QList<QVariantMap> rows = query(d_func()->dialect->versionQuery()).rows();
    return rows.isEmpty() || rows.first().isEmpty() ? QString() : rows.first().first().toString();
}

QueryResult Sequelize::query(const QString &sql, const QueryOptions &options)
{
    Q_D(Sequelize);
    const OptionsData &o = OptionsAccess::data(options);
    const CallSettings settings(o);
    if (sql.trimmed().isEmpty())
        throw DefinitionError(QStringLiteral("The query is empty"));
    const Statement statement = bindRawQuery(sql, o.replacements, o.bind, *d->dialect, d->qtDriver);
    const QueryType type = o.hasType ? o.type : guessType(sql);
    if (type == QueryType::Raw)
        d->connections->schemaChanged(); // DDL, perhaps: prepared statements may be stale

    Connection *connection
        = type == QueryType::Select ? d->connectionForRead(o) : d->connectionFor(o);
    std::optional<QSqlQuery> local;
    QSqlQuery *query = nullptr;
    Connection *ran = nullptr;
    d->withRetry(
        connection,
        [&](Connection &c) {
            ran = &c;
            d->refuseImplicitCommit(c, statement.sql);
            if (!statement.bindings.isEmpty()) {
                query = &d->executeOnce(statement, true, c);
                return;
            }
            query = d->hooked(statement, c, [&]() -> QSqlQuery * {
                QElapsedTimer timer;
                timer.start();
                refuseLostTransaction(c);
                local.emplace(c.database());
                local->setForwardOnly(true);
                const int timeout = StatementTimeout::current();
                const QString text = timeout > 0
                    ? d->dialect->withStatementTimeout(statement.sql, timeout)
                    : statement.sql;
                const ArmedTimeout armed(*d->dialect, c, timeout);
                if (!d->dialect->runWaitingForLocks(
                        *local,
                        [&] {
                            const Executing running(c);
                            return local->exec(text);
                        },
                        d->options.busyTimeoutMilliseconds())) {
                    const QSqlError error = local->lastError();
                    local.reset();
                    d->logStatement(statement, timer.nsecsElapsed());
                    d->failed(c, error, statement.sql);
                }
                d->logStatement(statement, timer.nsecsElapsed());
                d->noteStatement(c, statement.sql);
                return &*local;
            });
        },
        type == QueryType::Select);
    QList<QVariantMap> rows;
    QList<QSharedPointer<Model>> instances;
    int affected = 0;
    QVariant insertId;
    const auto readResult = [&] {
        rows.clear();
        instances.clear();
        if (query->isSelect()) {
            if (o.model) {
                // Columns named like an attribute's column fill that attribute.
                const ModelDefinitionPrivate *m = ModelDefinitionPrivate::get(o.model);
                QList<SelectColumn> columns;
                for (const QString &name : d->dialect->columnNames(*query)) {
                    const int attribute = m->indexOfField(name);
                    columns.append(
                        {attribute, attribute >= 0 ? m->attribute(attribute).name : name});
                }
                const Hydrator hydrator(*m, columns);
                while (d->nextRow(*query)) {
                    instances.append(hydrator.create(*query));
                    if (o.plain)
                        break;
                }
            } else {
                rows = readRawRows(*query, *d->dialect, o.nest, o.plain);
            }
        }
        affected = type == QueryType::Select ? int(rows.size() + instances.size())
                                             : d->dialect->rowsAffected(*query);
        insertId = type == QueryType::Insert ? query->lastInsertId() : QVariant();
    };
    try {
        readResult();
        if (local && query->driver()->hasFeature(QSqlDriver::MultipleResultSets)) {
            // Several statements (MariaDB): each one's result in turn, as PostgreSQL hands over
            // the last. Left unread, the driver dropped them with their errors: the statement
            // after the first could fail, or not run, without a word.
            while (query->nextResult()) {
                // A result of nothing (a trailing comment, an UPDATE of no row) keeps the one
                // before.
                if (query->isSelect() || d->dialect->rowsAffected(*query) > 0)
                    readResult();
            }
            if (query->lastError().isValid())
                d->failed(*ran, query->lastError(), statement.sql);
        }
    } catch (const BaseError &error) {
        SequelizePrivate::rowsAbandoned(*query, &error); // its afterQuery, with the error
        query->finish(); // see RowsReading
        throw;
    }
    d->endRows(*query);
    QueryResult result(rows, affected, insertId);
    result.setInstances(instances);
    return result;
}

Expression Sequelize::literal(const QString &sql)
{
    return Expression::literal(sql);
}
Expression Sequelize::random() const
{
    return Expression::function(d_func()->dialect->randomFunction());
}

Expression Sequelize::fn(const QString &function, const QVariantList &arguments)
{
    return Expression::function(function, arguments);
}
Expression Sequelize::col(const QString &column)
{
    return Expression::column(column);
}
Expression Sequelize::cast(const QVariant &value, const QString &type)
{
    return Expression::cast(value, type);
}

Where Sequelize::where(const Expression &left, Where::Operator op, const QVariant &value)
{
    return Where(left, op, value);
}

namespace {
// An instance of a define()d model: Model itself, with calls from QML guarded as TypedModel's.
class PlainModel final : public Model
{
public:
    int qt_metacall(QMetaObject::Call call, int id, void **arguments) override
    {
        return guardedMetacall(call, id, arguments);
    }
};
} // namespace

static QSharedPointer<Model> makePlainModel()
{
    return QSharedPointer<PlainModel>::create();
}

/*!
    Defines a model without a C++ class, as \c{sequelize.define()}. Its instances are
    plain Model objects. Returns the definition, owned by this Sequelize; a model of
    the same name is replaced. Throws DefinitionError for a definition that cannot work.
    \a givenName is the model's name, \a givenAttributes its attributes and \a givenOptions
    its options (the beforeDefine hooks may change all three).
*/
ModelDefinition *Sequelize::define(const QString &givenName, const Attributes &givenAttributes,
                                   const ModelOptions &givenOptions)
{
    Q_D(Sequelize);
    QString modelName = givenName;
    Attributes attributes = givenAttributes;
    ModelOptions options = givenOptions;
    d->runHooks([&](SequelizeHooks &h) { h.beforeDefine(modelName, attributes, options); });
    if (ModelDefinition *old = model(modelName)) {
        d->models.removeOne(old); // replaced in the registry, kept alive
        d->retiredModels.append(old);
    }
    auto *definition = new ModelDefinition(this);
    try {
        ModelDefinitionPrivate::get(definition)
            ->setUp(&Model::staticMetaObject, &makePlainModel, modelName, attributes, options);
    } catch (...) {
        delete definition;
        throw;
    }
    d->models.append(definition);
    d->runHooks([&](SequelizeHooks &h) { h.afterDefine(definition); });
    return definition;
}

QueryInterface Sequelize::queryInterface()
{
    return QueryInterface(this);
}

ModelDefinition *Sequelize::model(const QString &modelName) const
{
    for (ModelDefinition *m : d_func()->models) {
        if (m->name() == modelName)
            return m;
    }
    return nullptr;
}

bool Sequelize::isDefined(const QString &modelName) const
{
    return model(modelName) != nullptr;
}

QList<ModelDefinition *> Sequelize::models() const
{
    return d_func()->models;
}

// Models ordered so that a table comes after the tables its foreign keys reference; \a cyclic
// is set when some keys form a cycle (those models then come in definition order, last).
QList<ModelDefinition *> SequelizePrivate::dependencyOrder(const QList<ModelDefinition *> &models,
                                                           bool *cyclic)
{
    if (cyclic)
        *cyclic = false;
    QList<ModelDefinition *> ordered;
    QList<ModelDefinition *> pending = models;
    while (!pending.isEmpty()) {
        bool progress = false;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            ModelDefinition *m = pending.at(i);
            bool ready = true;
            for (const AttributeInfo &info : ModelDefinitionPrivate::get(m)->attributes) {
                for (const ForeignKeyReference &ref : info.references) {
                    for (ModelDefinition *other : std::as_const(pending)) {
                        if (other != m && ModelDefinitionPrivate::get(other)->table() == ref.table)
                            ready = false;
                    }
                }
            }
            if (ready) {
                ordered.append(m);
                pending.removeAt(i);
                progress = true;
                break;
            }
        }
        if (!progress) { // a cycle: keep definition order for the rest
            ordered += pending;
            if (cyclic)
                *cyclic = true;
            break;
        }
    }
    return ordered;
}

void SequelizePrivate::checkSyncOptions(const OptionsData &o) const
{
    if (o.transaction)
        throw DefinitionError(QStringLiteral("sync() does not run in a transaction yet"));
    // Sequelize's alter: {drop: false}: without alter nothing is altered, the option would be
    // dropped.
    if (!o.alterDrop && !o.alter)
        throw DefinitionError(QStringLiteral("SyncOptions::dropColumns() refines alter(): give "
                                             "both"));
    if (o.match && !o.match->match(options.databaseName()).hasMatch())
        throw BaseError(QStringLiteral("Database \"%1\" does not match sync match parameter \"%2\"")
                            .arg(options.databaseName(), o.match->pattern()));
}

} // namespace QtSequelize
