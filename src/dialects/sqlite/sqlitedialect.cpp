// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "sqlitedecimal_p.h"
#include "sqlitedialect_p.h"
#include "sqlitelibrary_p.h"

#include <QtCore/qhash.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qloggingcategory.h>
#include <QtSql/qsqlfield.h>

#include <cmath>

#include "../../sql/coercion_p.h"
#include "../../sql/errors_p.h"
#include "../../sql/statement_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qregularexpression.h>
#include <QtSql/qsqldatabase.h>

namespace QtSequelize {

QString SqliteDialect::name() const
{
    return QStringLiteral("sqlite");
}
QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}
int SqliteDialect::defaultPort() const
{
    return 0;
}

static bool isMemory(const SequelizeOptions &options)
{
    const QString storage = options.storagePath();
    return storage.isEmpty() || storage == QLatin1String(":memory:");
}

bool SqliteDialect::acceptsDialectOption(const QString &name, const QString &value) const
{
    static const QHash<QString, QStringList> choices{
        {QStringLiteral("journal_mode"),
         {QStringLiteral("DELETE"), QStringLiteral("TRUNCATE"), QStringLiteral("PERSIST"),
          QStringLiteral("MEMORY"), QStringLiteral("WAL"), QStringLiteral("OFF")}},
        {QStringLiteral("synchronous"),
         {QStringLiteral("OFF"), QStringLiteral("NORMAL"), QStringLiteral("FULL"),
          QStringLiteral("EXTRA")}}};
    if (name == QLatin1String("busy_timeout")) {
        bool ok = false;
        return value.toInt(&ok) >= 0 && ok;
    }
    return choices.value(name).contains(value.toUpper());
}

// The busy timeout: the dialect option's, else SequelizeOptions::busyTimeout().
static int busyTimeoutOf(const SequelizeOptions &options)
{
    const QVariant given = options.dialectOptionMap().value(QStringLiteral("busy_timeout"));
    return given.isValid() ? given.toInt() : options.busyTimeoutMilliseconds();
}

void SqliteDialect::configure(QSqlDatabase &db, const SequelizeOptions &options,
                              const QString &instanceKey) const
{
    if (isMemory(options)) {
        // Every thread has its own connection; a named shared-cache in-memory database
        // lets them all see the same data, as one `:memory:` connection would.
        const QString uri = QStringLiteral("file:%1?mode=memory&cache=shared").arg(instanceKey);
        keepMemoryDatabase(uri);
        db.setDatabaseName(uri);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutOf(options)));
    } else {
        db.setDatabaseName(options.storagePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutOf(options)));
    }
}

// Backticks, as Sequelize quotes for SQLite: SQLite reads an unknown double-quoted name as a
// string literal, so a where on a name that is no column would match nothing instead of failing.
QString SqliteDialect::quoteIdentifier(const QString &identifier) const
{
    return quoteWith(identifier, QLatin1Char('`'));
}

QStringList SqliteDialect::sessionStatements(const SequelizeOptions &options) const
{
    QStringList statements{QStringLiteral("PRAGMA foreign_keys = ON")};
    const QVariantMap given = options.dialectOptionMap();
    // Checked names only (acceptsDialectOption()): the PRAGMA values are keywords.
    const QString journal = given.value(QStringLiteral("journal_mode")).toString().toUpper();
    if (!isMemory(options))
        statements.append(QStringLiteral("PRAGMA journal_mode = ")
                          + (journal.isEmpty() ? QStringLiteral("WAL") : journal));
    const QString synchronous = given.value(QStringLiteral("synchronous")).toString().toUpper();
    if (!synchronous.isEmpty())
        statements.append(QStringLiteral("PRAGMA synchronous = ") + synchronous);
    return statements;
}

QString SqliteDialect::columnType(const DataType &type, const TableName &,
                                  const QString &column) const
{
    switch (type.kind()) {
    case DataType::Enum: {
        // SQLite has no ENUM: TEXT that only takes the values, so that no write path (bulk,
        // raw SQL, another client) stores another.
        QStringList values;
        for (const QString &value : type.values())
            values.append(quoteString(value));
        if (values.isEmpty() || column.isEmpty())
            return QStringLiteral("TEXT");
        return QStringLiteral("TEXT CHECK (%1 IN (%2))")
            .arg(quoteIdentifier(column), values.join(QLatin1Char(',')));
    }
    case DataType::Text:
        return QStringLiteral("TEXT");
    case DataType::Float:
        return QStringLiteral("FLOAT");
    case DataType::Real:
        return QStringLiteral("REAL");
    case DataType::Decimal:
        // NUMERIC affinity stores a REAL, exact up to 15 significant digits; wider
        // decimals get TEXT affinity (a name containing "TEXT") so no digit is lost.
        if (!SqliteDecimal::isText(type))
            return QStringLiteral("DECIMAL(%1,%2)")
                .arg(type.precision())
                .arg(qMax(type.scale(), 0));
        if (type.precision() > 0)
            return QStringLiteral("DECIMAL_TEXT(%1,%2)")
                .arg(type.precision())
                .arg(qMax(type.scale(), 0));
        return QStringLiteral("DECIMAL_TEXT");
    case DataType::Boolean:
        return QStringLiteral("TINYINT(1)");
    case DataType::Date:
        return QStringLiteral("DATETIME");
    case DataType::Time:
        return QStringLiteral("TIME");
    case DataType::Uuid:
        return QStringLiteral("UUID");
    case DataType::Json:
    case DataType::JsonB:
        return QStringLiteral("JSON");
    case DataType::Blob:
        return QStringLiteral("BLOB");
    case DataType::Array:
        throw DefinitionError(QStringLiteral("ARRAY columns exist on PostgreSQL only"));
    default:
        return commonColumnType(type);
    }
}

QString SqliteDialect::autoIncrementColumn(const DataType &, bool *inlinePrimaryKey) const
{
    // Only "INTEGER PRIMARY KEY" aliases the rowid (see qsql_sqlite.cpp's note on it).
    *inlinePrimaryKey = true;
    return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QStringList SqliteDialect::beginTransaction(int isolation, int type) const
{
    // SQLite is always serializable; READ UNCOMMITTED is a pragma of shared-cache connections.
    QStringList statements;
    if (isolation != 0)
        statements.append(
            QStringLiteral("PRAGMA read_uncommitted = %1").arg(isolation == 1 ? 1 : 0));
    switch (type) {
    case 1:
        statements.append(QStringLiteral("BEGIN IMMEDIATE"));
        break;
    case 2:
        statements.append(QStringLiteral("BEGIN EXCLUSIVE"));
        break;
    default:
        statements.append(QStringLiteral("BEGIN DEFERRED"));
        break;
    }
    return statements;
}

QStringList SqliteDialect::truncateTable(const TableName &table, const TruncateSpec &spec) const
{
    if (spec.cascade)
        throw DefinitionError(QStringLiteral("SQLite has no TRUNCATE ... CASCADE: truncate the "
                                             "tables that reference this one first"));
    QStringList statements{QStringLiteral("DELETE FROM ") + quoteTable(table)};
    if (spec.restartIdentity && spec.hasIdentity)
        statements.append(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = ")
                          + quoteString(table.name));
    return statements;
}

void SqliteDialect::appendLimit(Statement &statement, int limit, int offset) const
{
    if (offset >= 0 && limit < 0)
        limit = -1; // SQLite needs a LIMIT before OFFSET; -1 means none
    if (limit >= 0 || offset >= 0) {
        statement << QLatin1StringView(" LIMIT ");
        statement.bind(limit);
    }
    if (offset >= 0) {
        statement << QLatin1StringView(" OFFSET ");
        statement.bind(offset);
    }
}

// A point in time is compared as SQLite's julianday() of the text (which reads the ISO forms
// with T, Z and offsets), against the same number computed here: exact, as both divide the
// same integer milliseconds.
// SQLite (3.40) matches a path's key against the key as the JSON text spells it, escapes
// included, and ends a quoted key at the first '"': each key is written as Qt writes it into
// the JSON, quoted when it holds '.' or '[', bare when it holds '"'. A key with both cannot be
// spelled (DefinitionError: a where on it would match nothing).
static QString sqliteJsonPath(const QStringList &path)
{
    QString text = QStringLiteral("$");
    for (const QString &key : path) {
        const QString spelled = Dialect::jsonSpelledKey(key);
        const bool separators = spelled.contains(QLatin1Char('.'))
            || spelled.contains(QLatin1Char('[')) || spelled.isEmpty();
        if (!separators) {
            text += QLatin1Char('.') + spelled;
        } else if (!spelled.contains(QLatin1Char('"'))) {
            text += QStringLiteral(".\"") + spelled + QLatin1Char('"');
        } else {
            throw DefinitionError(QStringLiteral("A JSON key holding both '\"' and '.' or '[' "
                                                 "cannot be looked up on sqlite"));
        }
    }
    return text;
}

void SqliteDialect::appendJsonPath(Statement &statement, const QString &column,
                                   const QStringList &path, JsonCast cast) const
{
    const QString jsonPath = sqliteJsonPath(path);
    auto call = [&](QLatin1StringView function) {
        statement << function << '(' << column << QLatin1StringView(", ");
        statement.bind(jsonPath);
        statement << ')';
    };
    const QLatin1StringView extract("json_extract");
    switch (cast) {
    case JsonCast::DateTime:
        statement << QLatin1StringView("julianday(");
        call(extract);
        statement << ')';
        return;
    case JsonCast::Boolean:
        call(extract); // 1 or 0, as jsonPathValue() binds true and false
        return;
    case JsonCast::Text:
        // The value's text, as PostgreSQL's ("meta"#>>'{a}') that Sequelize compares: a number
        // is its digits and true/false their names (json_extract() gives a number, 1 or 0,
        // which equals no text: {"meta.a": "1"} missed {a: 1}).
        statement << QLatin1StringView("CASE ");
        call(QLatin1StringView("json_type"));
        statement << QLatin1StringView(" WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE "
                                       "CAST(");
        call(extract);
        statement << QLatin1StringView(" AS TEXT) END");
        return;
    case JsonCast::Number:
        // As PostgreSQL's cast to double precision: a number, or text that reads as one ("3");
        // anything else (true, "x", an array) is no number and matches nothing, where
        // PostgreSQL fails the whole query (json_extract() made true 1 and "3" no match).
        statement << QLatin1StringView("CASE ");
        call(QLatin1StringView("json_type"));
        statement << QLatin1StringView(" WHEN 'integer' THEN ");
        call(extract);
        statement << QLatin1StringView(" WHEN 'real' THEN ");
        call(extract);
        statement << QLatin1StringView(" WHEN 'text' THEN CASE WHEN trim(");
        call(extract);
        statement << QLatin1StringView(") GLOB '*[0-9]*' AND trim(");
        call(extract);
        statement << QLatin1StringView(") NOT GLOB '*[^0-9.eE+-]*' THEN CAST(trim(");
        call(extract);
        statement << QLatin1StringView(") AS REAL) END END");
        return;
    }
}

void SqliteDialect::appendQuantifiedSubquery(Statement &, const Statement &, Where::Operator, bool,
                                             const QString &) const
{
    throw DefinitionError(QStringLiteral("Op.any/Op.all with a sub-query are not supported on "
                                         "sqlite (it has no ANY/ALL); give a list of values"));
}

QVariant SqliteDialect::jsonPathValue(const QVariant &value, JsonCast cast) const
{
    // json_extract() yields 1/0 for true/false.
    if (cast == JsonCast::Boolean)
        return value.toBool() ? 1 : 0;
    if (cast == JsonCast::DateTime) {
        const QDateTime when = value.metaType().id() == QMetaType::QDate
            ? QDateTime(value.toDate(), QTime(0, 0), Qt::UTC)
            : value.toDateTime();
        constexpr qint64 julianEpochMs = 210866760000000; // julian day 0 to 1970-01-01
        return double(when.toMSecsSinceEpoch() + julianEpochMs) / 86400000.0;
    }
    return value;
}

QVariant SqliteDialect::toDatabase(const QVariant &value, const DataType &type) const
{
    switch (type.kind()) {
    case DataType::Decimal:
        // SQLite has no precision: refused past it, as PostgreSQL ("numeric field overflow")
        // and MariaDB ("Out of range value") refuse it, rather than stored.
        if (!isSqlNull(value) && overflowsDecimal(value.toString(), type.precision(), type.scale()))
            throw DatabaseError(QStringLiteral("numeric field overflow: a value past "
                                               "DECIMAL(%1,%2)")
                                    .arg(type.precision())
                                    .arg(type.scale()));
        return Dialect::toDatabase(value, type);
    case DataType::Date:
        if (isSqlNull(value))
            return QVariant(QMetaType::fromType<QString>());
        // Sequelize's SQLite format: UTC with an explicit offset.
        return value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
            + QStringLiteral(" +00:00");
    case DataType::Boolean:
        if (isSqlNull(value))
            return QVariant(QMetaType::fromType<int>());
        return value.toBool() ? 1 : 0;
    case DataType::Float:
    case DataType::Real:
    case DataType::Double: {
        // SQLite would store NaN as NULL: it is Sequelize's text for it, which the dialect reads
        // back (and which SQLite orders after every number, as PostgreSQL orders NaN). The
        // infinities are SQLite's own REALs, so they compare as numbers (Sequelize's text
        // '-Infinity' would be above every number); its text is read back too.
        const double d = value.toDouble();
        if (isSqlNull(value) || !std::isnan(d))
            return Dialect::toDatabase(value, type);
        return QStringLiteral("NaN");
    }
    default:
        return Dialect::toDatabase(value, type);
    }
}

// QSQLITE hands over an empty BLOB as a null QByteArray (sqlite3_column_blob() is NULL for zero
// bytes), and SQL NULL as a null QString: the first is an empty value, not NULL.
static bool isEmptyBlob(const QVariant &value)
{
    return value.metaType().id() == QMetaType::QByteArray && value.toByteArray().isNull();
}

QVariant SqliteDialect::fromDatabase(const QVariant &value, const DataType &type) const
{
    if (isEmptyBlob(value))
        return QByteArray("");
    return Dialect::fromDatabase(value, type);
}

bool SqliteDialect::convertsRawColumn(const QSqlField &column) const
{
    return column.metaType().id() == QMetaType::QByteArray
        || column.metaType().id() == QMetaType::UnknownType;
}

QVariant SqliteDialect::fromRawColumn(const QVariant &value, const QSqlField &column) const
{
    if (isEmptyBlob(value))
        return QByteArray("");
    return Dialect::fromRawColumn(value, column);
}

void SqliteDialect::raiseQueryError(const QSqlError &error, const QString &sql) const
{
    const QString text = error.databaseText();
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: (.*)$"));
    const QRegularExpressionMatch m = unique.match(text);
    if (m.hasMatch()) {
        QVariantMap fields;
        QString table;
        // A unique index on expressions is named by the index: "index 'uq_lower_email'".
        static const QRegularExpression byIndex(QStringLiteral("^index '(.*)'$"));
        const QString index = byIndex.match(m.captured(1)).captured(1);
        for (const QString &qualified :
             index.isEmpty() ? m.captured(1).split(QStringLiteral(", ")) : QStringList{index}) {
            const qsizetype dot = qualified.lastIndexOf(QLatin1Char('.'));
            if (dot >= 0)
                table = qualified.left(dot);
            fields.insert(qualified.mid(dot + 1), QVariant());
        }
        QList<ValidationErrorItem> items;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            items.append(ErrorBuilder::uniqueItem(it.key(), it.value()));
        throw ErrorBuilder::withConstraint(
            ErrorBuilder::withDetails(
                UniqueConstraintError(QStringLiteral("Validation error"), items), sql, error),
            index, table, fields);
    }
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        throw ErrorBuilder::withDetails(ForeignKeyConstraintError(text), sql, error);
    if (text == QLatin1String("interrupted")) // a statement timeout (sqlitetimeout.cpp)
        throw ErrorBuilder::withDetails(
            TimeoutError(QStringLiteral("The statement ran past its timeout")), sql, error);
    if (text.contains(QLatin1String("database is locked"))
        || text.contains(QLatin1String("database table is locked")))
        throw ErrorBuilder::withDetails(TimeoutError(text), sql, error);
    // SQLITE_OK's "not an error": the driver's own refusal ("Unable to execute multiple
    // statements at a time": SQLite runs one statement per query()).
    const bool driverOnly = text.isEmpty() || text == QLatin1String("not an error");
    throw ErrorBuilder::withDetails(DatabaseError(driverOnly ? error.driverText() : text), sql,
                                    error);
}

// Back in autocommit mode after the error: SQLite ended the transaction (a trigger's
// RAISE(ROLLBACK), SQLITE_FULL, SQLITE_IOERR, SQLITE_NOMEM, ...).
bool SqliteDialect::transactionEndedByError(QSqlDatabase &db) const
{
    using GetAutocommit = int (*)(void *);
    static const auto getAutocommit
        = reinterpret_cast<GetAutocommit>(SqliteLibrary::function("sqlite3_get_autocommit"));
    void *handle = SqliteLibrary::handleOf(db);
    return handle && getAutocommit && getAutocommit(handle) != 0;
}

// SQLITE_LOCKED (6): a shared-cache in-memory database's table lock, reported without the busy
// handler's wait.
bool SqliteDialect::isTransientLock(const QSqlError &error) const
{
    return error.nativeErrorCode() == QLatin1String("6")
        || error.databaseText().contains(QLatin1String("table is locked"));
}

void SqliteDialect::raiseConnectionError(const QSqlError &error) const
{
    throw ErrorBuilder::withDetails(ConnectionError(error.text()), QString(), error);
}

bool SqliteDialect::bindsInListAsOne(const DataType &type) const
{
    switch (type.kind()) {
    case DataType::Blob:
    case DataType::Json:
    case DataType::JsonB:
    case DataType::Array:
    case DataType::Virtual:
        return false;
    default:
        return true;
    }
}

// \a values as the text of a JSON array, or a null string when one has no JSON form that
// json_each() hands back as the value itself (bytes, a date object, NaN, text with a NUL).
static QString jsonArrayText(const QVariantList &values)
{
    QJsonArray array;
    for (const QVariant &v : values) {
        const int id = v.metaType().id();
        if (v.isNull() && id != QMetaType::QVariantList && id != QMetaType::QVariantMap)
            array.append(QJsonValue(QJsonValue::Null));
        else if (id == QMetaType::Int || id == QMetaType::UInt || id == QMetaType::LongLong)
            array.append(v.toLongLong());
        else if (id == QMetaType::Bool)
            array.append(v.toBool());
        else if (id == QMetaType::Double && std::isfinite(v.toDouble()))
            array.append(v.toDouble());
        else if (id == QMetaType::QString && isStorableText(v.toString()))
            array.append(v.toString());
        else
            return QString();
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

bool SqliteDialect::appendListAsOne(Statement &statement, const QVariantList &values) const
{
    if (values.size() < 16)
        return false;
    const QString json = jsonArrayText(values);
    if (json.isNull())
        return false;
    statement << QLatin1StringView("SELECT value FROM json_each(");
    statement.bind(json);
    statement << ')';
    return true;
}

void SqliteDialect::appendInList(Statement &statement, const Statement &left, bool negate,
                                 const DataType &type, const QVariantList &values) const
{
    const QString json = jsonArrayText(values);
    if (json.isNull()) { // a value JSON cannot carry as it is: one ? each, as elsewhere
        Dialect::appendInList(statement, left, negate, type, values);
        return;
    }
    statement.sql += left.sql;
    statement.bindings += left.bindings;
    statement << (negate ? QLatin1StringView(" NOT IN (SELECT value FROM json_each(")
                         : QLatin1StringView(" IN (SELECT value FROM json_each("));
    statement.bind(json);
    statement << QLatin1StringView("))");
}

namespace {
Q_LOGGING_CATEGORY(lcSqlite, "qtsequelize.sqlite")
}

// Each new connection: the DECIMAL collation and functions (without them a statement on a
// text DECIMAL fails, "no such collation sequence", never a text order taken for a numeric
// one), and no double-quoted string literals (a "name" written by hand in a raw query, a
// literal or a CHECK that names no column is "no such column", never the text 'name').
void SqliteDialect::connectionOpened(QSqlDatabase &db) const
{
    void *handle = SqliteLibrary::handleOf(db);
    if (!SqliteDecimal::registerOn(handle))
        qCWarning(lcSqlite,
                  "The DECIMAL collation and functions could not be registered "
                  "(the sqlite3 library of QSQLITE was not found)");
    if (!SqliteLibrary::rejectDoubleQuotedStrings(handle))
        qCWarning(lcSqlite,
                  "Double-quoted string literals could not be turned off (SQLite before 3.29?)");
}

} // namespace QtSequelize
