// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_DIALECT_P_H
#define QTSEQUELIZE_DIALECT_P_H

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

#include "../sql/tablename_p.h"

#include <QtSequelize/datatype.h>
#include <QtSequelize/queryinterface.h>
#include <QtSequelize/sequelizeoptions.h>
#include <QtSequelize/where.h>

#include <QtCore/qstringlist.h>
#include <QtCore/qtimezone.h>

QT_BEGIN_NAMESPACE
class QSqlField;
QT_END_NAMESPACE

#include <functional>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QSqlDatabase)
QT_FORWARD_DECLARE_CLASS(QSqlDriver)
QT_FORWARD_DECLARE_CLASS(QSqlError)
QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace QtSequelize {

struct AttributeInfo;
struct ColumnSpec;
struct Statement;
struct TableOptions;
class DdlGenerator;
class StatementCanceller;
class ModelDefinitionPrivate;
class ChangeFeed;

// Everything that differs between databases lives behind this interface: SQL
// types, quoting, value conversion in both directions, DDL details, session
// set-up and the mapping of native error codes to the Errors hierarchy. Code
// outside src/dialects/ never asks which database it talks to.
class Dialect
{
public:
    // How a value read from a JSON path is compared.
    // How a JSON path is read for a comparison with a value of that kind (DateTime: a QDateTime
    // or QDate, compared as a point in time).
    enum class JsonCast { Text, Number, Boolean, DateTime };

    virtual ~Dialect();

    // Returns the dialect for a name ("sqlite", "postgres", "mysql", "mariadb");
    // throws ConnectionError for an unknown one.
    static std::unique_ptr<Dialect> create(const QString &name);

    virtual QString name() const = 0;

    // SequelizeOptions::timezone(): "+HH:MM", "-HH:MM", "UTC", "Z" or an IANA name; throws
    // DefinitionError for anything else.
    static QTimeZone parseTimeZone(const QString &zone);
    static bool isOffsetTimeZone(const QString &zone);
    // The zone dates without one of their own (MariaDB's DATETIME) are written and read in.
    void setTimeZone(const QTimeZone &zone)
    {
        m_timeZone = zone;
        m_utc = zone == QTimeZone::utc() || (zone.isValid() && zone.id() == "UTC");
    }
    const QTimeZone &timeZone() const { return m_timeZone; }
    // ModelOptions::watchChanges(): a new listener's feed (changefeed_p.h).
    virtual std::unique_ptr<ChangeFeed> changeFeed() const = 0;
    // Whether ALTER TABLE … RENAME TO names the new table with its schema (not PostgreSQL's).
    virtual bool qualifiesRenamedTable() const { return true; }
    // The database the connections open (SequelizeOptions::databaseName()).
    void setDatabaseName(const QString &database) { m_databaseName = database; }
    const QString &databaseName() const { return m_databaseName; }
    // The table a foreign key of a table in \a from names for \a to. A table without a schema is
    // where the connection looks, which MariaDB takes as the referencing table's database: there
    // it is qualified with the connection's database.
    virtual TableName referencedTable(const TableName &from, const TableName &to) const
    {
        Q_UNUSED(from);
        return to;
    }
    // A date in the zone, and a wall time of the zone as a UTC date (the default zone, UTC,
    // without a time-zone lookup per value: these run for every DATE written or read).
    QDateTime inTimeZone(const QDateTime &value) const
    {
        return m_utc ? value.toUTC() : value.toTimeZone(m_timeZone);
    }
    QDateTime fromTimeZone(const QDate &date, const QTime &time) const
    {
        return m_utc ? QDateTime(date, time, Qt::UTC) : QDateTime(date, time, m_timeZone).toUTC();
    }
    // The Qt SQL driver used unless the options name another of alternativeDrivers().
    virtual QString driverName() const = 0;
    virtual QStringList alternativeDrivers() const { return {}; }
    // Makes the dialect's own drivers known to QSqlDatabase (idempotent).
    virtual void registerDrivers() const { }
    // The driver \a options ask for; ConnectionError when the dialect does not take it.
    QString driverFor(const SequelizeOptions &options) const;
    virtual int defaultPort() const = 0;

    // Connection: options set before open(), statements run right after it.
    // \a instanceKey is unique per Sequelize object (names a shared in-memory SQLite database).
    // What the server dialects' configure() share: host (localhost), port (defaultPort()),
    // database, user, password; the dialect options as the driver's connect options (\a name
    // spells a key as the driver takes it), with connect_timeout=10 unless given, then
    // \a extra; DECIMAL values as text (QSql::HighPrecision), so no digit is lost.
    void configureServer(QSqlDatabase &db, const SequelizeOptions &options,
                         const std::function<QString(const QString &)> &name,
                         const QStringList &extra = {}) const;
    virtual void configure(QSqlDatabase &db, const SequelizeOptions &options,
                           const QString &instanceKey) const = 0;
    virtual QStringList sessionStatements(const SequelizeOptions &options) const = 0;
    // Right after a connection opened, before sessionStatements(): what the dialect sets up
    // on each connection through the driver's handle.
    virtual void connectionOpened(QSqlDatabase &) const { }
    // SequelizeOptions::dialectOptions(): throws ConnectionError naming the first option this
    // dialect does not know or whose value it cannot take (never the value).
    void checkDialectOptions(const QVariantMap &options) const;
    virtual bool acceptsDialectOption(const QString &name, const QString &value) const;

    // Identifiers are always quoted; embedded quote characters are doubled.
    virtual QString quoteIdentifier(const QString &identifier) const;
    // The table's quoted name, with its schema where it has one ("schema"."table").
    QString quoteTable(const TableName &table) const;
    // Whether tables live in schemas the statements can name (PostgreSQL's schemas, MariaDB's
    // databases). Where they cannot (SQLite), a model's schema becomes part of its table name,
    // "schema.table", as in Sequelize.
    virtual bool supportsSchemas() const { return true; }
    // Whether a connection's search path can be set (SequelizeOptions::searchPath()).
    virtual bool supportsSearchPath() const { return false; }
    // Whether the timezone option can be other than UTC (a session time zone, or DATETIME
    // written in it). SQLite has neither: its dates are UTC text, as in Sequelize, which
    // refuses the option there.
    virtual bool supportsTimeZone() const { return true; }
    // The identifier between two \a quote characters, embedded ones doubled.
    static QString quoteWith(const QString &identifier, QChar quote);
    // A string literal for DDL, where parameters cannot be bound.
    virtual QString quoteString(const QString &text) const;
    // A BLOB literal for DDL: X'hex' here.
    virtual QString blobLiteral(const QByteArray &bytes) const
    {
        return QStringLiteral("X'") + QString::fromLatin1(bytes.toHex()) + QLatin1Char('\'');
    }

    // DDL
    // The SQL type names the three databases share: VARCHAR(n), CHAR(n), INTEGER, BIGINT,
    // SMALLINT, DOUBLE PRECISION, DATE, DECIMAL(p,s); an empty string for a type each dialect
    // names itself (columnType() asks here for the rest).
    static QString commonColumnType(const DataType &type);
    virtual QString columnType(const DataType &type, const TableName &table,
                               const QString &column) const = 0;
    // Column definition of an auto-increment primary key ("SERIAL", ...), with
    // PRIMARY KEY inline when \a inlinePrimaryKey is set by the dialect itself.
    virtual QString autoIncrementColumn(const DataType &type, bool *inlinePrimaryKey) const = 0;
    // Statements around a table's columns: types to create before (PostgreSQL's ENUMs; they
    // may exist already), to drop after the table, and column comments.
    virtual QStringList beforeCreateTable(const TableName &table,
                                          const QList<ColumnSpec> &columns) const;
    virtual QStringList afterDropTable(const TableName &table,
                                       const QList<ColumnSpec> &columns) const;
    virtual QString columnComment(const QString &comment) const;
    virtual QStringList commentStatements(const TableName &table,
                                          const QList<ColumnSpec> &columns) const;
    virtual QString dropTable(const TableName &table) const;
    // What emptying a table takes (Sequelize's truncate): TRUNCATE where the database has it,
    // with RESTART IDENTITY and CASCADE as asked. DefinitionError for an option it cannot
    // honour; \a spec.inTransaction: nothing may end the transaction.
    struct TruncateSpec
    {
        bool cascade = false;
        bool restartIdentity = false;
        bool inTransaction = false;
        bool hasIdentity = false; // an auto-increment key
    };
    virtual QStringList truncateTable(const TableName &table, const TruncateSpec &spec) const;
    // Whether \a sql commits an open transaction before it runs (MariaDB's implicit commit of
    // DDL other than a TEMPORARY table's, BEGIN, LOCK TABLES): refused inside a transaction,
    // whose rollback would not undo what ran before it.
    virtual bool commitsTransaction(const QString &) const { return false; }
    virtual QString insertDefaultValues() const { return QStringLiteral(" DEFAULT VALUES"); }
    virtual bool supportsInsertReturning() const { return true; }
    // Whether an INSERT that leaves nothing but its generated key to the database reads that
    // key cheaper from the driver's last insert id than by RETURNING.
    virtual bool prefersLastInsertId() const { return false; }
    virtual bool supportsUpdateReturning() const { return true; }

    // bulkCreate sends multi-row INSERTs of this many rows at most (measured per driver; see
    // bench/README.md), within maxBindParameters().
    virtual int bulkChunkRows() const { return 1000; }
    virtual int maxBindParameters() const { return 32767; }
    // Rows of \a columns values each that one multi-row INSERT takes: bulkChunkRows(), fewer
    // when that many would pass maxBindParameters(); at least 1. \a requested (a caller's
    // chunk size, when > 0) replaces bulkChunkRows() but not the parameter limit.
    int rowsPerInsert(qsizetype columns, int requested = 0) const
    {
        const int limit = maxBindParameters() / int(qMax<qsizetype>(1, columns));
        return qMax(1, qMin(requested > 0 ? requested : bulkChunkRows(), limit));
    }
    // What the driver's last insert id is after a multi-row INSERT: the first row's key
    // (MariaDB) or the last row's (SQLite), the others being consecutive, which is cheaper
    // than RETURNING them; Unknown where keys are read back with RETURNING.
    enum class InsertedIds { Unknown, FirstRow, LastRow };
    virtual InsertedIds lastInsertIdOfMultiRowInsert() const { return InsertedIds::Unknown; }
    // How the keys one multi-row INSERT generates on \a db's connection follow each other: the
    // step between them (1: consecutive), or 0 when they need not (MariaDB's interleaved
    // auto-increment lock mode, which Galera requires), and then rows go one at a time.
    virtual qint64 insertIdStep(const QSqlDatabase &) const { return 1; }
    // Whether 0 given to an auto-increment key makes the database generate one (MariaDB
    // without NO_AUTO_VALUE_ON_ZERO): then 0 is no key of its own.
    virtual bool generatesKeyForZero() const { return false; }
    // Whether a table is stored in primary key order (SQLite's rowid tables, InnoDB's clustered
    // index), so that ORDER BY the key costs nothing on a filtered scan. Elsewhere (PostgreSQL's
    // heap) included rows are put in key order by the library instead of by a sort in SQL.
    virtual bool storesRowsInKeyOrder() const { return true; }
    // The statements that start a transaction with these settings (isolation level, SQLite's
    // BEGIN type); \a isolation and \a type are Transaction's enums.
    virtual QStringList beginTransaction(int isolation, int type) const;
    // How upsert() tells an insert from an update: a column added to RETURNING (PostgreSQL's
    // xmax = 0), the affected row count (MariaDB: 1 inserted, 2 updated), or comparing the
    // last inserted id before and after (SQLite).
    virtual QString upsertInsertedColumn() const { return QString(); }
    virtual bool upsertCountsUpdatesTwice() const { return false; }
    // Whether upsert() learns if it inserted by looking for the conflicting row first (inside
    // the same transaction) rather than from the statement's result.
    virtual bool upsertChecksExistence() const { return false; }
    // ON CONFLICT / ON DUPLICATE KEY clause after the VALUES of \a insertedColumns; empty when
    // none is needed. ignoreDuplicates skips rows that break a unique key, nothing else.
    virtual QString onConflict(const QStringList &insertedColumns,
                               const QStringList &conflictColumns, const QStringList &updateColumns,
                               bool ignoreDuplicates) const;
    virtual bool hasBooleanLiterals() const { return true; }
    // What CREATE INDEX can say here (DdlGenerator::createIndex() refuses the rest).
    struct IndexSupport
    {
        bool partial = false; // WHERE
        bool expressions = false; // computed keys
        bool lengths = false; // col(10)
        bool collations = false; // col COLLATE x
        bool operatorClasses = false; // col jsonb_path_ops
        QStringList methods; // USING
        QStringList types; // FULLTEXT, SPATIAL
        bool methodAfterKeys = false; // MariaDB: (...) USING BTREE
    };
    virtual IndexSupport indexSupport() const { return {}; }
    // Sequelize.random(): the name of the random number function.
    virtual QString randomFunction() const { return QStringLiteral("RANDOM"); }
    // What follows CREATE TABLE (...) for \a options. Here, where every table stores Unicode
    // text: a UTF-8 charset is accepted and anything else refused (DefinitionError), as this
    // dialect cannot honour it.
    virtual QString tableOptions(const TableOptions &options) const;

    // A composite unique key in CREATE TABLE (Attribute::unique("key") on several attributes).
    // As Sequelize: unnamed here, so that PostgreSQL names it after the columns
    // ("Players_number_teamId_key"); MariaDB names it by the key.
    virtual QString compositeUnique(const TableName &table, const QString &key,
                                    const QStringList &quotedColumns) const;
    // One ORDER BY key: \a key is the rendered column or expression.
    virtual void appendOrderKey(Statement &statement, const Statement &key, Qt::SortOrder order,
                                NullsOrder nulls) const;
    // DEFERRABLE ... of a FOREIGN KEY; empty where the database checks keys immediately.
    virtual QString deferrableClause(Deferrable deferrable) const;
    // SET CONSTRAINTS ... DEFERRED/IMMEDIATE at the start of a transaction; empty elsewhere.
    virtual QString setConstraints(const QStringList &constraints, bool deferred) const;
    // The row-lock clause after the LIMIT (" FOR UPDATE SKIP LOCKED"), empty where unsupported.
    virtual QString lockClause(Lock lock, bool skipLocked) const;
    // The same, for the rows of one table of a join (PostgreSQL's FOR UPDATE OF "Author");
    // where a database has no OF, the clause locks every joined table's rows.
    virtual QString lockClauseOf(Lock lock, bool skipLocked, const QString &quotedTable) const;
    // LIMIT/OFFSET, bound; \a limit or \a offset is -1 when not given.
    virtual void appendLimit(Statement &statement, int limit, int offset) const;
    // Whether UPDATE and DELETE take a LIMIT (MariaDB); else rowIdentity() names the column
    // that tells a table's rows apart (PostgreSQL's ctid, SQLite's rowid).
    virtual bool limitsWrites() const { return false; }
    virtual QString rowIdentity() const { return QString(); }

    // A value inside a JSON column at \a path (attribute "meta.a.b"); the path is bound.
    virtual void appendJsonPath(Statement &statement, const QString &column,
                                const QStringList &path, JsonCast cast) const = 0;
    virtual QVariant jsonPathValue(const QVariant &value, JsonCast cast) const;
    // A raw query's list replacement standing alone in `IN (...)`: appends what reads the list
    // as one bound value and returns true, or appends nothing and returns false (here: always;
    // SQLite, where one ? per value costs their number squared, from 16 plain values).
    virtual bool appendListAsOne(Statement &, const QVariantList &) const { return false; }
    // Whether a long IN list on a column of \a type goes to appendInList() (from 16 values).
    virtual bool bindsInListAsOne(const DataType &) const { return false; }
    // A long IN list: \a values are converted for the driver already. Here one placeholder per
    // value; a dialect may bind the list as one value, which keeps the statement text (and its
    // prepared statement) the same for any length.
    virtual void appendInList(Statement &statement, const Statement &left, bool negate,
                              const DataType &type, const QVariantList &values) const;
    // Case-insensitive LIKE; \a left is the rendered left-hand side (it may carry bindings).
    virtual void appendILike(Statement &statement, const Statement &left, bool negate,
                             const Statement &pattern) const;
    // `left op ANY (subquery)` (ALL when \a all): Op.any/Op.all with a literal sub-query: the
    // comparisons (=, !=, <, <=, >, >=), and LIKE/ILIKE where quantifiesPatterns(); refused
    // (DefinitionError) otherwise.
    virtual bool quantifiesPatterns() const { return false; } // LIKE ANY (...): PostgreSQL
    virtual void appendQuantifiedSubquery(Statement &statement, const Statement &left,
                                          Where::Operator op, bool all,
                                          const QString &subquery) const;
    // Op.regexp and friends; refused where the database has no regular expressions.
    virtual void appendRegexp(Statement &statement, const Statement &left, bool negate,
                              bool caseInsensitive, const QString &pattern) const;
    // Op.contains / Op.contained / Op.overlap on ARRAY and JSON columns; refused where the
    // database has no such operator (DefinitionError).
    // A column of \a type as the operand of a comparison, ORDER BY or MIN/MAX: SQLite orders
    // its text DECIMALs by value (a collation).
    virtual QString comparedColumn(const QString &column, const DataType &) const { return column; }
    // "column + amount" of increment() and decrement(); \a amount is SQL (a placeholder).
    virtual QString incremented(const QString &column, const QString &amount,
                                const DataType &) const
    {
        return column + QLatin1StringView(" + ") + amount;
    }
    // FUNCTION(argument) of aggregate(); \a function is a checked name, \a argument the column
    // (with DISTINCT before it when asked).
    virtual QString aggregated(const QString &function, const QString &argument,
                               const DataType &) const
    {
        return function + QLatin1Char('(') + argument + QLatin1Char(')');
    }
    virtual void appendContains(Statement &statement, const QString &column, const DataType &type,
                                const QVariant &value) const;
    virtual void appendContained(Statement &statement, const QString &column, const DataType &type,
                                 const QVariant &value) const;
    virtual void appendOverlap(Statement &statement, const QString &column, const DataType &type,
                               const QVariant &value) const;

    // Values: to what the driver binds, and from what it returns to the Qt type of
    // DataType::valueType(). Conversion follows the declared type, never the value.
    virtual QVariant toDatabase(const QVariant &value, const DataType &type) const;
    // A date, time or UUID given to a raw query (a replacement or a bind value) as an attribute
    // of that type is written, so that it compares with stored values (SQLite's date and time
    // text, a UUID without braces, MariaDB's DATETIME as a wall time of the session's zone).
    virtual QVariant rawBinding(const QVariant &value) const;
    // A replacement or bind value of a raw query, bound as given (rawBinding() follows for every
    // value); a dialect may wrap its placeholder to type it for the server.
    virtual void appendRawValue(Statement &statement, const QVariant &value) const;
    // A value no attribute types, bound: the operand of a comparison whose subject is an
    // expression (Sequelize::where(fn(…), …), a having), an IN list's member there. As
    // rawBinding() writes it, unless the dialect must type it for the comparison.
    virtual void appendLooseValue(Statement &statement, const QVariant &value) const;
    // A value given as an argument of the SQL function \a function (Sequelize::fn()), bound;
    // appendLooseValue() unless the dialect knows the function's argument types.
    virtual void appendFunctionArgument(Statement &statement, const QString &function,
                                        const QVariant &value) const;
    virtual QVariant fromDatabase(const QVariant &value, const DataType &type) const;
    // A value of a raw query's row, where no DataType is known: what the driver returned,
    // unless the dialect knows better from the column's metadata.
    virtual QVariant fromRawColumn(const QVariant &value, const QSqlField &column) const;
    // Whether fromRawColumn() may change the values of \a column (asked once per query).
    virtual bool convertsRawColumn(const QSqlField &) const { return false; }
    // The names of an executed query's result columns, as the database gives them (Qt's
    // SQLite driver drops the double quotes from a column's name).
    virtual QStringList columnNames(const QSqlQuery &query) const;

    // How the database reads raw SQL text, for finding placeholders in raw queries.
    struct Lexicon
    {
        bool backslashEscapes = false; // '\'' inside '...' (MariaDB)
        bool escapeStrings = false; // E'...' with backslash escapes (PostgreSQL)
        bool nestedComments = false; // /* /* */ */ (PostgreSQL)
        bool dollarQuotes = false; // $$...$$, $tag$...$tag$ (PostgreSQL)
        bool bracketNames = false; // [name] (SQLite)
        bool hashComments = false; // # to the end of the line (MariaDB)
        bool dashCommentNeedsSpace = false; // "-- " (MariaDB; --1 is minus minus one)
        bool prefixedParameters = false; // :name, @name, $name (SQLite)
        // The driver turns every ? outside '...' into a parameter (Qt's QPSQL): a ? or a ' in
        // a comment, a dollar quote, an E'...' string or a quoted name cannot go with bound
        // values.
        bool driverSeesQuestionMarksOutsideStrings = false;
        // The driver is one of Qt's own (QSQLITE, QMYSQL): QSqlResult::savePrepare() reads every
        // ":name" outside '...', "...", `...` and [...] as a placeholder (see preparedText()).
        bool qtPlaceholderScan = false;
        bool executableComments = false; // /*! ... */, /*M! ... */, /*+ ... */ are SQL (MariaDB)
    };
    virtual Lexicon lexicon() const { return {}; }
    // The text to prepare for \a sql: as it is, unless the driver is one of Qt's and would take
    // a ":name" in a comment or after a backslash-escaped quote for a placeholder of its own
    // (textForQtPlaceholders()).
    QString preparedText(const QString &sql) const;

    // The next row of \a query. At the end, an error the database reported after the rows
    // (PostgreSQL sends a deferred constraint's failure at the implicit commit after a
    // RETURNING row, and a failure at row N after N-1 rows; the drivers keep it in lastError()
    // once next() is false) is raised as the Errors class, never dropped.
    bool nextRow(QSqlQuery &query) const;
    // Called with the first row of \a query before it is read: a dialect refuses values its
    // driver cannot have read as they are (MariaDB: see MariaDbDialect::checkFirstRow()).
    virtual void checkFirstRow(QSqlQuery &query) const { Q_UNUSED(query); }
    // Reads what is left of \a query's rows, raises an error reported after them, and
    // finishes the query. Every statement's QSqlQuery ends here.
    void endRows(QSqlQuery &query) const;
    // The rows a write statement reached: for an UPDATE, the rows it matched, also those it
    // left as they were, as Sequelize reports them on PostgreSQL and SQLite. (MariaDB's client
    // counts only changed ones, and Sequelize's MariaDB and MySQL dialects connect without
    // FOUND_ROWS, so there they report changed rows; here every database counts matched rows.)
    virtual int rowsAffected(QSqlQuery &query) const;

    // Throws the Errors class for a failed statement or connection attempt.
    [[noreturn]] virtual void raiseQueryError(const QSqlError &error, const QString &sql) const = 0;
    [[noreturn]] virtual void raiseConnectionError(const QSqlError &error) const = 0;
    // A statement timeout (StatementTimeout): \a sql as sent with it (MariaDB: SET STATEMENT
    // max_statement_time=... FOR ...), and what arms and disarms it on the connection around
    // the statement (PostgreSQL: SET [LOCAL] statement_timeout; SQLite: a progress handler).
    // disarm() never throws: a failure leaves what the transaction's end resets.
    virtual QString withStatementTimeout(const QString &sql, int) const { return sql; }
    virtual void armStatementTimeout(QSqlDatabase &, bool, int) const { }
    virtual void disarmStatementTimeout(QSqlDatabase &, bool) const { }
    // Whether the error means the connection is gone (it is then reopened on next use).
    virtual bool isConnectionLost(const QSqlError &error) const;
    // Whether a unique violation naming \a key is one of the primary key (MariaDB's "PRIMARY";
    // the others name the columns).
    virtual bool namesPrimaryKey(const QString &) const { return false; }
    // Sequelize's pool validation, before an idle connection's next use: false when the server
    // closed it meanwhile (a restart, a kill, an idle timeout), so that it is replaced instead of
    // failing the statement. Cheap: it looks at the socket, no round trip. True for SQLite.
    virtual bool validatesConnections() const { return false; }
    virtual bool connectionAlive(QSqlDriver *) const { return true; }
    // What stops \a db's running statement from another thread (a cancelled asynchronous
    // call); \a options and \a baseName are those the connection was configured with.
    virtual std::shared_ptr<StatementCanceller>
    canceller(QSqlDatabase &db, const SequelizeOptions &options, const QString &baseName) const = 0;
    // After a statement failed inside a transaction on \a db: whether the database ended the
    // transaction on its own (MariaDB rolls a deadlock victim back, SQLite a RAISE(ROLLBACK)),
    // so that the connection is back in autocommit and must not run the transaction's next
    // statements. PostgreSQL keeps a failed transaction open and refuses them itself.
    virtual bool transactionEndedByError(QSqlDatabase &) const { return false; }
    // A lock the database reports at once instead of waiting for it (SQLite's shared-cache
    // table locks, SQLITE_LOCKED): the statement did nothing and may run again.
    virtual bool isTransientLock(const QSqlError &) const { return false; }
    // Runs \a exec (an exec() or prepare() of \a query) again while it fails on a transient lock,
    // for up to \a waitMs (the busy timeout), backing off; true when it succeeded.
    bool runWaitingForLocks(QSqlQuery &query, const std::function<bool()> &exec, int waitMs) const;

    // Schema reading and altering (QueryInterface). \a rows runs a statement with bound values
    // and returns its rows, so that each dialect says what to ask and how to read the answer.
    using RowReader
        = std::function<QList<QVariantMap>(const QString &sql, const QVariantList &bindings)>;
    // \a given with the defaults this database needs filled in; \a rows reads the server's
    // settings. Here \a given as it is.
    virtual TableOptions resolveTableOptions(const RowReader &rows,
                                             const TableOptions &given) const;
    // Whether ALTER TABLE ADD CONSTRAINT exists (not on SQLite).
    virtual bool addsConstraints() const { return true; }
    // The constraints of \a table as {constraintName, constraintType, tableName}, by name.
    virtual QList<QVariantMap> showConstraint(const RowReader &rows,
                                              const TableName &table) const = 0;
    // The foreign keys of \a table, a map per column (Sequelize's
    // getForeignKeyReferencesForTable): constraintName, tableName, tableSchema, columnName,
    // referencedTableName, referencedTableSchema, referencedColumnName; by name and column.
    virtual QList<QVariantMap> foreignKeyReferences(const RowReader &rows,
                                                    const TableName &table) const = 0;
    // The statements that turn the connection's foreign key checks off and back on, for
    // dropping tables whose keys form a cycle where constraints cannot be dropped (SQLite);
    // empty where the constraints are dropped first.
    virtual QStringList foreignKeyChecksOff() const { return {}; }
    virtual QStringList foreignKeyChecksOn() const { return {}; }
    // Drops \a name of \a type (as showConstraint() reports it).
    virtual QString dropConstraint(const TableName &table, const QString &name,
                                   const QString &type) const;
    // A query whose one row's first column is the server's version.
    virtual QString versionQuery() const = 0;
    // CREATE DATABASE and DROP DATABASE IF EXISTS (QueryInterface::createDatabase()), run from
    // maintenanceDatabase(); SQLite, whose database is its file, refuses them (DefinitionError).
    virtual QString createDatabaseStatement(const QString &name) const;
    virtual QString dropDatabaseStatement(const QString &name) const;
    virtual QString maintenanceDatabase() const { return QString(); }
    // A query whose first column lists the tables, sorted.
    virtual QString showAllTablesQuery() const = 0;
    // The tables of the schema bound to its one parameter (where there are schemas).
    virtual QString showTablesOfSchemaQuery() const { return QString(); }
    // CREATE SCHEMA IF NOT EXISTS, DROP SCHEMA IF EXISTS (with what is in it), and a query whose
    // first column lists the schemas a user made (PostgreSQL: not public, not pg_*; MariaDB:
    // not the system databases). SQLite, without schemas, creates nothing, drops the tables
    // named "schema.*" and lists the schema prefixes of the tables' names.
    virtual QStringList createSchemaStatements(const QString &schema) const;
    virtual QStringList dropSchemaStatements(const RowReader &rows, const QString &schema) const;
    virtual QList<QString> showAllSchemas(const RowReader &rows) const = 0;
    // The SQL expression of the schema unqualified names are in.
    virtual QString currentSchemaExpression() const { return QStringLiteral("current_schema()"); }
    // \a table's schema in a catalog query: a placeholder when it names one, else the current
    // schema; *\a bindings becomes that schema (if any) and the table's name, in that order.
    QString schemaOf(const TableName &table, QVariantList *bindings) const;
    // The columns of \a table in order; empty when there is no such table.
    virtual QList<QPair<QString, ColumnDescription>>
    describeTable(const RowReader &rows, const TableName &table) const = 0;
    // What drops the types \a table's columns have of their own, run after DROP TABLE
    // (QueryInterface::dropTable(), which has no model: read from the catalog). PostgreSQL:
    // the ENUM types enum_<table>_<column>, as Sequelize's dropTable; here none.
    virtual QStringList dropOwnTypes(const RowReader &, const TableName &) const { return {}; }
    // Another table whose foreign key references \a column of \a table (any column when
    // empty), where the database would not refuse to drop it itself (SQLite: its DROP TABLE
    // deletes the rows, cascading into the referencing table); empty for none.
    virtual QString referencingTable(const RowReader &, const TableName &, const QString &) const
    {
        return QString();
    }
    // PostgreSQL's ENUM types in \a table's schema, {enum_name, enum_value (the labels in
    // order)} by name; with a \a column, only that column's type. Others have no ENUM types
    // of their own: DefinitionError.
    virtual QList<QVariantMap> listEnums(const RowReader &rows, const TableName &table,
                                         const QString &column) const;
    // DROP TYPE IF EXISTS of an ENUM type; DefinitionError where there are none.
    virtual QString dropEnum(const TableName &type) const;
    virtual QList<IndexDescription> showIndex(const RowReader &rows,
                                              const TableName &table) const = 0;
    // Each column of \a table as a text that changes when the column's type (with its length,
    // precision or ENUM values), nullability or default changes, and not with its keys,
    // references or unique constraints; by column. migration:generate --from-models compares
    // a table's with those of a scratch table made from the model's columns.
    virtual QMap<QString, QString> columnSignatures(const RowReader &rows,
                                                    const TableName &table) const = 0;
    // The statements making that scratch table from \a create (createTableStatements()), run in
    // a transaction that is rolled back, and what drops it besides: MariaDB, whose CREATE TABLE
    // commits, makes it TEMPORARY and drops it.
    virtual QStringList scratchTableStatements(const QStringList &create) const { return create; }
    virtual QStringList dropScratchTableStatements(const TableName &) const { return {}; }
    // The statements giving \a column the type, nullability and default of \a spec: \c before
    // and \c after run outside the transaction that runs \c statements (SQLite, which cannot
    // alter a column, rebuilds the table with its foreign keys off).
    struct AlterPlan
    {
        QStringList before;
        QStringList statements;
        QStringList after;
        // Run after \c before: a query whose first value must be 0 for the statements to be
        // safe; otherwise nothing is run and \c refusal is the error.
        QString precondition;
        QString refusal;
    };
    // ALTER TABLE … DROP COLUMN; SQLite rebuilds the table where its DROP COLUMN cannot.
    virtual AlterPlan removeColumn(const RowReader &rows, const TableName &table,
                                   const QString &column) const;
    virtual AlterPlan changeColumn(const RowReader &rows, const DdlGenerator &ddl,
                                   const TableName &table, const ColumnSpec &spec) const = 0;
    // A dialect that cannot alter constraints (addsConstraints() false: SQLite) rebuilds the
    // table with the table element \a added (a constraintClause()) or without the named
    // constraint \a dropped; others throw DefinitionError.
    virtual AlterPlan rebuildConstraints(const RowReader &rows, const TableName &table,
                                         const QString &added, const QString &dropped) const;
    virtual QString dropIndex(const TableName &table, const QString &name) const;
    // Indexes from rows of (name, field, isunique, isprimary), one row per indexed column in
    // index order, grouped by name in the order the rows come.
    static QList<IndexDescription> indexesFromRows(const QList<QVariantMap> &rows);
    // A default as SQL text ('it''s' → it's); null for none.
    static QVariant unquotedDefault(const QVariant &text);
    // The DEFAULT of a DataTypes::Now column where the table itself must fill it in
    // (QueryInterface: no ORM there applies the default).
    virtual QString currentTimestampDefault(const DataType &type) const = 0;

    // \a key as Qt writes it into JSON text, escapes included, without the quotes: SQLite and
    // MariaDB match a path's key against that spelling.
    static QString jsonSpelledKey(const QString &key);

protected:
    static QString jsonDollarPath(const QStringList &path);

private:
    QTimeZone m_timeZone = QTimeZone::utc();

protected:
    QString m_databaseName;
    bool m_utc = true;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_DIALECT_P_H
