// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "mariadbdialect_p.h"

#include "../../sql/coercion_p.h"
#include "../../sql/errors_p.h"
#include "../../sql/statement_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qhash.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qstringconverter.h>
#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqlfield.h>
#include <QtSql/qsqlquery.h>

#include <algorithm>
#include <cmath>

namespace QtSequelize {

QStringList MariaDbDialect::truncateTable(const TableName &table, const TruncateSpec &spec) const
{
    if (spec.cascade)
        throw DefinitionError(QStringLiteral("MariaDB has no TRUNCATE ... CASCADE: truncate the "
                                             "tables that reference this one first"));
    if (!spec.inTransaction)
        return {QStringLiteral("TRUNCATE ") + quoteTable(table)}; // restarts AUTO_INCREMENT
    // TRUNCATE would commit the transaction first; DELETE stays in it.
    if (spec.restartIdentity)
        throw TransactionError(QStringLiteral("MariaDB cannot restart a table's AUTO_INCREMENT "
                                              "inside a transaction: it would commit it"));
    return {QStringLiteral("DELETE FROM ") + quoteTable(table)};
}

bool MariaDbDialect::commitsTransaction(const QString &sql) const
{
    // After blanks and comments: DDL other than a TEMPORARY table's, and the statements that
    // end a transaction of themselves.
    static const QRegularExpression implicitCommit(
        QStringLiteral("^(\\s|--[^\\n]*(\\n|$)|#[^\\n]*(\\n|$)|/\\*.*?\\*/)*"
                       "((CREATE|ALTER|DROP|RENAME|TRUNCATE)\\b(?!\\s+TEMPORARY\\b)|"
                       "(BEGIN|START\\s+TRANSACTION|(UN)?LOCK\\s+TABLES?)\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return implicitCommit.match(sql).hasMatch();
}

QString MariaDbDialect::name() const
{
    return QStringLiteral("mariadb");
}
QString MariaDbDialect::driverName() const
{
    return QStringLiteral("QMYSQL");
}
int MariaDbDialect::defaultPort() const
{
    return 3306;
}

// A dialect option's name among QMYSQL's connect options; empty when there is none.
static QString qmysqlOption(const QString &name)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("ssl_ca"), QStringLiteral("SSL_CA")},
        {QStringLiteral("ssl_cert"), QStringLiteral("SSL_CERT")},
        {QStringLiteral("ssl_key"), QStringLiteral("SSL_KEY")},
        {QStringLiteral("ssl_capath"), QStringLiteral("SSL_CAPATH")},
        {QStringLiteral("ssl_cipher"), QStringLiteral("SSL_CIPHER")},
        {QStringLiteral("connect_timeout"), QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT")},
        {QStringLiteral("read_timeout"), QStringLiteral("MYSQL_OPT_READ_TIMEOUT")},
        {QStringLiteral("write_timeout"), QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT")}};
    return names.value(name);
}

bool MariaDbDialect::acceptsDialectOption(const QString &name, const QString &value) const
{
    if (qmysqlOption(name).isEmpty() || value.isEmpty())
        return false;
    if (name.endsWith(QLatin1String("_timeout"))) {
        bool ok = false;
        return value.toInt(&ok) > 0 && ok;
    }
    return true;
}

void MariaDbDialect::configure(QSqlDatabase &db, const SequelizeOptions &options,
                               const QString &) const
{
    configureServer(db, options, &qmysqlOption);
}

QStringList MariaDbDialect::sessionStatements(const SequelizeOptions &options) const
{
    // Dates are in the timezone option (Sequelize's default '+00:00'), a name needing the
    // server's time zone tables; strict mode makes an over-long string or a bad ENUM value an
    // error instead of a silent truncation, on every table: STRICT_TRANS_TABLES alone let a
    // MyISAM or Aria table (the engine option) cut the second row of a bulk INSERT or UPDATE
    // with a warning, as only a statement's first row was strict there. SIMULTANEOUS_ASSIGNMENT
    // (MariaDB 10.3.5+, in a comment MySQL skips) makes an UPDATE's SET see the row as it was, as
    // standard SQL and the other databases do: left to right, update({n: col('m'), m: 9}) wrote the
    // new m into n, depending on the order the attributes came in.
    const QString zone = options.timezoneName();
    const QString session = zone == QLatin1String("UTC") || zone == QLatin1String("Z")
        ? QStringLiteral("+00:00")
        : zone;
    return {QStringLiteral("SET time_zone = ") + quoteString(session),
            QStringLiteral("SET SESSION sql_mode = CONCAT('STRICT_ALL_TABLES,NO_ZERO_IN_DATE,"
                           "NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'"
                           "/*M!100305 , ',SIMULTANEOUS_ASSIGNMENT'*/)")};
}

QString MariaDbDialect::quoteIdentifier(const QString &identifier) const
{
    return quoteWith(identifier, QLatin1Char('`'));
}

// QMYSQL returns CHAR/VARCHAR columns of a binary collation (utf8mb4_bin, which our servers
// use) as QByteArray, exactly as it returns VARBINARY. Text that is valid UTF-8 becomes a
// QString again; BLOB columns stay bytes. DATETIME and TIMESTAMP values are wall times of the
// session's zone, which QMYSQL labels as the machine's local time: they become the instant.
// DOUBLE and FLOAT come as text (QMYSQL's high-precision policy, which DECIMAL needs): they
// become numbers, and TIME a QTime, as on the other databases.
enum {
    MysqlFloat = 4,
    MysqlDouble = 5,
    MysqlTimestamp = 7,
    MysqlTime = 11,
    MysqlDatetime = 12,
};
bool MariaDbDialect::convertsRawColumn(const QSqlField &column) const
{
    enum {
        MysqlTiny = 1,
        MysqlShort = 2,
        MysqlVarchar = 15,
        MysqlVarString = 253,
        MysqlString = 254
    };
    const int type = column.typeID();
    return type == MysqlTiny || type == MysqlShort || type == MysqlVarchar || type == MysqlVarString
        || type == MysqlString || type == MysqlTimestamp || type == MysqlDatetime
        || type == MysqlFloat || type == MysqlDouble || type == MysqlTime;
}

QVariant MariaDbDialect::fromRawColumn(const QVariant &value, const QSqlField &column) const
{
    if (value.typeId() == QMetaType::QDateTime
        && (column.typeID() == MysqlTimestamp || column.typeID() == MysqlDatetime)) {
        const QDateTime wall = value.toDateTime();
        return wall.isValid() ? QVariant(fromTimeZone(wall.date(), wall.time())) : value;
    }
    if (column.typeID() == MysqlFloat || column.typeID() == MysqlDouble) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        return isSqlNull(value) ? QVariant(QMetaType::fromType<double>())
            : ok                ? QVariant(number)
                                : value;
    }
    if (column.typeID() == MysqlTime) {
        // Past 23:59:59 (TIME holds up to 838 hours) it stays text.
        const QTime time = QTime::fromString(value.toString(), Qt::ISODateWithMs);
        return isSqlNull(value) ? QVariant(QMetaType::fromType<QTime>())
            : time.isValid()    ? QVariant(time)
                                : value;
    }
    // A NULL of a text column is a null QString (not an empty one), and a NULL TINYINT or
    // SMALLINT a null int (QMYSQL gives a char or a short), as their values are.
    if (value.isNull() && value.typeId() == QMetaType::QByteArray && convertsRawColumn(column))
        return QVariant(QMetaType::fromType<QString>());
    if (value.isNull()
        && (value.typeId() == QMetaType::Char || value.typeId() == QMetaType::SChar
            || value.typeId() == QMetaType::UChar || value.typeId() == QMetaType::Short
            || value.typeId() == QMetaType::UShort))
        return QVariant(QMetaType::fromType<int>());
    if (value.typeId() != QMetaType::QByteArray || !convertsRawColumn(column))
        return value;
    const QByteArray bytes = value.toByteArray();
    // Most text is ASCII, which converts without a decoder (a third of the cost).
    if (std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return uchar(c) < 0x80; }))
        return QString::fromLatin1(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    return utf8.hasError() ? value : QVariant(text);
}

QString MariaDbDialect::quoteString(const QString &text) const
{
    if (text.contains(QChar(0)))
        throw DefinitionError(QStringLiteral("A text in a schema statement holds a NUL character"));
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// INTEGER(11) UNSIGNED ZEROFILL: the display width and the modifiers MariaDB has (Sequelize
// writes them only for MySQL and MariaDB).
static QString withModifiers(QString sql, const DataType &type)
{
    if (type.isUnsigned())
        sql += QLatin1String(" UNSIGNED");
    if (type.isZeroFill())
        sql += QLatin1String(" ZEROFILL");
    return sql;
}

QString MariaDbDialect::columnType(const DataType &type, const TableName &table,
                                   const QString &column) const
{
    if (isIntegerType(type))
        return withModifiers(
            commonColumnType(type)
                + (type.length() > 0 ? QStringLiteral("(%1)").arg(type.length()) : QString()),
            type);
    if (type.isUnsigned()) // FLOAT, REAL, DOUBLE, DECIMAL: the plain type and the modifiers
        return withModifiers(
            columnType(DataType(type.kind(), type.length(), type.scale()), table, column), type);
    switch (type.kind()) {
    case DataType::Text:
        return QStringLiteral("LONGTEXT");
    case DataType::Float:
        // FLOAT would be single precision here; a double must round-trip.
        return QStringLiteral("DOUBLE PRECISION");
    case DataType::Real:
        return QStringLiteral("FLOAT");
    case DataType::Decimal:
        // A bare DECIMAL is DECIMAL(10,0) here, which would drop the fraction.
        return type.precision() > 0 ? commonColumnType(type) : QStringLiteral("DECIMAL(65,30)");
    case DataType::Boolean:
        return QStringLiteral("TINYINT(1)");
    case DataType::Date:
        return QStringLiteral("DATETIME(3)");
    case DataType::Time:
        return QStringLiteral("TIME(3)");
    case DataType::Uuid:
        return QStringLiteral("CHAR(36) BINARY");
    case DataType::Json:
    case DataType::JsonB:
        return QStringLiteral("JSON");
    case DataType::Blob:
        return QStringLiteral("LONGBLOB");
    case DataType::Enum: {
        QStringList labels;
        for (const QString &label : type.values())
            labels.append(quoteString(label));
        return QStringLiteral("ENUM(") + labels.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    case DataType::Array:
        throw DefinitionError(QStringLiteral("ARRAY columns exist on PostgreSQL only"));
    default:
        return commonColumnType(type);
    }
}

QString MariaDbDialect::incremented(const QString &column, const QString &amount,
                                    const DataType &type) const
{
    if (type.kind() != DataType::Decimal)
        return Dialect::incremented(column, amount, type);
    return column + QLatin1StringView(" + CAST(") + amount
        + QLatin1StringView(" AS DECIMAL(65,30))");
}

QString MariaDbDialect::autoIncrementColumn(const DataType &type, bool *inlinePrimaryKey) const
{
    *inlinePrimaryKey = false;
    // The integer type as declared (SMALLINT, BIGINT UNSIGNED, ...), so that a foreign key of
    // the same type can reference it.
    const QString sql = isIntegerType(type) ? columnType(type, TableName(), QString())
                                            : QStringLiteral("INTEGER");
    return sql + QStringLiteral(" NOT NULL auto_increment");
}

QString MariaDbDialect::columnComment(const QString &comment) const
{
    return QStringLiteral(" COMMENT ") + quoteString(comment);
}

QString MariaDbDialect::insertDefaultValues() const
{
    return QStringLiteral(" () VALUES ()");
}

QString MariaDbDialect::compositeUnique(const TableName &, const QString &key,
                                        const QStringList &quotedColumns) const
{
    return QStringLiteral("UNIQUE ") + quoteIdentifier(key) + QStringLiteral(" (")
        + quotedColumns.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void MariaDbDialect::appendOrderKey(Statement &statement, const Statement &key, Qt::SortOrder order,
                                    NullsOrder nulls) const
{
    // No NULLS FIRST/LAST here: sort on "key IS NULL" first.
    if (nulls != NullsOrder::Default) {
        statement.sql += key.sql;
        statement.bindings += key.bindings;
        statement << (nulls == NullsOrder::Last ? QLatin1StringView(" IS NULL ASC, ")
                                                : QLatin1StringView(" IS NULL DESC, "));
    }
    Dialect::appendOrderKey(statement, key, order, NullsOrder::Default);
}

QStringList MariaDbDialect::beginTransaction(int isolation, int type) const
{
    // SET TRANSACTION applies to the next transaction only.
    QStringList statements = Dialect::beginTransaction(isolation, type);
    if (statements.first() != QLatin1String("BEGIN")) {
        const QString level
            = statements.first().mid(QStringLiteral("BEGIN ISOLATION LEVEL ").size());
        statements
            = {QStringLiteral("SET TRANSACTION ISOLATION LEVEL ") + level, QStringLiteral("BEGIN")};
    }
    return statements;
}

QString MariaDbDialect::lockClause(Lock lock, bool skipLocked) const
{
    QString clause;
    switch (lock) {
    case Lock::None:
        return QString();
    case Lock::Update:
    case Lock::NoKeyUpdate:
        clause = QStringLiteral(" FOR UPDATE");
        break;
    case Lock::Share:
    case Lock::KeyShare:
        clause = QStringLiteral(" LOCK IN SHARE MODE");
        break;
    }
    return skipLocked ? clause + QStringLiteral(" SKIP LOCKED") : clause;
}

// ignoreDuplicates is an update that changes nothing: INSERT IGNORE would also turn every other
// error of the rows into a warning — an over-long text cut, a row with a missing foreign key
// dropped, a NULL in a NOT NULL column stored as '' or 0 — where PostgreSQL's and SQLite's
// ON CONFLICT DO NOTHING skips duplicates only.
QString MariaDbDialect::onConflict(const QStringList &insertedColumns, const QStringList &,
                                   const QStringList &updateColumns, bool ignoreDuplicates) const
{
    if (updateColumns.isEmpty() && ignoreDuplicates && !insertedColumns.isEmpty()) {
        const QString &column = insertedColumns.first();
        return QStringLiteral(" ON DUPLICATE KEY UPDATE ") + column + QStringLiteral(" = ")
            + column;
    }
    if (updateColumns.isEmpty())
        return QString();
    QStringList sets;
    for (const QString &c : updateColumns)
        sets.append(c + QStringLiteral(" = VALUES(") + c + QLatin1Char(')'));
    return QStringLiteral(" ON DUPLICATE KEY UPDATE ") + sets.join(QStringLiteral(", "));
}

void MariaDbDialect::appendLimit(Statement &statement, int limit, int offset) const
{
    if (offset >= 0 && limit < 0) {
        statement << QLatin1StringView(" LIMIT 18446744073709551615"); // MariaDB's "no limit"
    } else if (limit >= 0) {
        statement << QLatin1StringView(" LIMIT ");
        statement.bind(limit);
    }
    if (offset >= 0) {
        statement << QLatin1StringView(" OFFSET ");
        statement.bind(offset);
    }
}

// A JSON null is SQL NULL, as PostgreSQL's #>> and SQLite's json_extract() make it (and so
// Sequelize's {employment: null}): JSON_UNQUOTE() alone makes it the text "null", which IS NULL
// did not match, != 'None' did, and a number cast read as 0. A JSON string "null" stays text.
void MariaDbDialect::appendJsonPath(Statement &statement, const QString &column,
                                    const QStringList &path, JsonCast cast) const
{
    const QString dollarPath = jsonDollarPath(path);
    auto text = [&] {
        statement << QLatin1StringView("IF(JSON_TYPE(JSON_EXTRACT(") << column
                  << QLatin1StringView(", ");
        statement.bind(dollarPath);
        statement << QLatin1StringView(")) = 'NULL', NULL, JSON_UNQUOTE(JSON_EXTRACT(") << column
                  << QLatin1StringView(", ");
        statement.bind(dollarPath);
        statement << QLatin1StringView(")))");
    };
    if (cast != JsonCast::Number) {
        text();
        return;
    }
    // As PostgreSQL's cast to double precision: a number, or text that reads as one ("3");
    // anything else (true, "x", an array) is no number and matches nothing, where PostgreSQL
    // fails the whole query (MariaDB's CAST made each of them 0).
    statement << QLatin1StringView("IF(");
    text();
    statement << QLatin1StringView(" REGEXP '^[[:space:]]*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)"
                                   "([eE][+-]?[0-9]+)?[[:space:]]*$', CAST(");
    text();
    statement << QLatin1StringView(" AS DOUBLE), NULL)");
}

QVariant MariaDbDialect::jsonPathValue(const QVariant &value, JsonCast cast) const
{
    // JSON_UNQUOTE() of a JSON boolean is the text "true" or "false".
    if (cast == JsonCast::Boolean)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    // MariaDB cannot read a time zone from text: points in time are compared as the UTC text
    // JSON values hold them in (the library's and Sequelize's toISOString() form).
    if (cast == JsonCast::DateTime && value.metaType().id() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (cast == JsonCast::DateTime)
        return toIsoUtc(value.toDateTime());
    return value;
}

void MariaDbDialect::appendRegexp(Statement &statement, const Statement &left, bool negate,
                                  bool caseInsensitive, const QString &pattern) const
{
    statement.sql += left.sql;
    statement.bindings += left.bindings;
    statement << (negate ? QLatin1StringView(" NOT REGEXP ") : QLatin1StringView(" REGEXP "));
    // MariaDB's PCRE takes the flag inside the pattern.
    statement.bind(caseInsensitive ? QStringLiteral("(?i)") + pattern : pattern);
}

// Long IN lists of integers (eager loading, id filters): one JSON array, bound as one value and
// read by JSON_TABLE, which takes any length where one ? per value stops at 65,535 placeholders.
// Integers only: JSON_TABLE's text columns have the database's collation, not the compared
// column's, so a list of strings would be compared under another collation (without an error).
// Shorter lists keep one ? per value, as before. Measured on the server (COUNT over 70,000 rows,
// the list's values inline against the JSON_TABLE form): 1.03 against 1.08 ms for 1,000 values,
// 11.8 against 12.1 ms for 10,000.
static constexpr qsizetype JsonTableFrom = 1000;

// \a values as a JSON array of integers (NULL as null), or a null string when one is no integer;
// \a wide tells whether one is past qint64 (a BIGINT UNSIGNED's).
static QString integerJsonArray(const QVariantList &values, bool *wide)
{
    QString json = QStringLiteral("[");
    json.reserve(values.size() * 8);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int id = v.metaType().id();
        if (i)
            json += QLatin1Char(',');
        if (isSqlNull(v))
            json += QLatin1StringView("null");
        else if (id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::Short)
            json += QString::number(v.toLongLong());
        else if (id == QMetaType::UInt || id == QMetaType::ULongLong || id == QMetaType::UShort) {
            const quint64 u = v.toULongLong();
            *wide = *wide || u > quint64(std::numeric_limits<qint64>::max());
            json += QString::number(u);
        } else
            return QString();
    }
    json += QLatin1Char(']');
    return json;
}

// The list as a derived table of distinct values: MariaDB 10.11 runs an IN (sub-query) of an
// UPDATE or DELETE once per row (a JSON_TABLE read straight there parses the array for every
// row: minutes for 70,000 rows); a derived table is built once and looked up by the key it gets.
// A BIGINT column would clamp the values past qint64 (to 2^63-1, matching another row): those
// lists are read as DECIMAL(20,0), which holds both ranges exactly.
static void appendJsonTable(Statement &statement, const QString &json, bool wide)
{
    statement << QLatin1StringView("SELECT qsq_v FROM (SELECT DISTINCT qsq_v FROM JSON_TABLE(");
    statement.bind(json);
    statement << (wide ? QLatin1StringView(", '$[*]' COLUMNS (qsq_v DECIMAL(20,0) PATH '$')) AS "
                                           "qsq_json) AS qsq_list")
                       : QLatin1StringView(", '$[*]' COLUMNS (qsq_v BIGINT PATH '$')) AS "
                                           "qsq_json) AS qsq_list"));
}

bool MariaDbDialect::bindsInListAsOne(const DataType &type) const
{
    return isIntegerType(type);
}

void MariaDbDialect::appendInList(Statement &statement, const Statement &left, bool negate,
                                  const DataType &type, const QVariantList &values) const
{
    bool wide = false;
    const QString json
        = values.size() >= JsonTableFrom ? integerJsonArray(values, &wide) : QString();
    if (json.isNull())
        return Dialect::appendInList(statement, left, negate, type, values);
    statement.sql += left.sql;
    statement.bindings += left.bindings;
    statement << (negate ? QLatin1StringView(" NOT IN (") : QLatin1StringView(" IN ("));
    appendJsonTable(statement, json, wide);
    statement << ')';
}

bool MariaDbDialect::appendListAsOne(Statement &statement, const QVariantList &values) const
{
    bool wide = false;
    const QString json
        = values.size() >= JsonTableFrom ? integerJsonArray(values, &wide) : QString();
    if (json.isNull())
        return false;
    appendJsonTable(statement, json, wide);
    return true;
}

void MariaDbDialect::appendContains(Statement &statement, const QString &column,
                                    const DataType &type, const QVariant &value) const
{
    if (type.kind() != DataType::Json && type.kind() != DataType::JsonB)
        return Dialect::appendContains(statement, column, type, value);
    statement << QLatin1StringView("JSON_CONTAINS(") << column << QLatin1StringView(", ");
    statement.bind(toDatabase(value, type));
    statement << ')';
}

void MariaDbDialect::appendContained(Statement &statement, const QString &column,
                                     const DataType &type, const QVariant &value) const
{
    if (type.kind() != DataType::Json && type.kind() != DataType::JsonB)
        return Dialect::appendContained(statement, column, type, value);
    statement << QLatin1StringView("JSON_CONTAINS(");
    statement.bind(toDatabase(value, type));
    statement << QLatin1StringView(", ") << column << ')';
}

// MariaDB stores a value that is none of an ENUM's labels but reads as an integer as the label
// it indexes ('1', ' 1', '+01' are the first label; '1.0', '1a' are refused as other text).
static bool readAsEnumIndex(const QString &text, const QStringList &labels)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1) == QLatin1Char(' '))
        --to;
    if (from < to && text.at(from) == QLatin1Char('+'))
        ++from;
    if (from == to)
        return false;
    for (qsizetype i = from; i < to; ++i) {
        if (text.at(i) < QLatin1Char('0') || text.at(i) > QLatin1Char('9'))
            return false;
    }
    return !labels.contains(text);
}

QVariant MariaDbDialect::toDatabase(const QVariant &value, const DataType &type) const
{
    switch (type.kind()) {
    case DataType::Enum:
        // Refused as the server refuses any other text that is no label, rather than stored as
        // another label (create({mood: 1}) stored the first one).
        if (!isSqlNull(value) && readAsEnumIndex(value.toString(), type.values()))
            throw DatabaseError(QStringLiteral("A value that is none of an ENUM's labels: MariaDB "
                                               "would store the label its number indexes"));
        return Dialect::toDatabase(value, type);
    case DataType::Boolean:
        if (isSqlNull(value))
            return QVariant(QMetaType::fromType<int>());
        return value.toBool() ? 1 : 0;
    case DataType::Time:
        if (isSqlNull(value))
            return QVariant(QMetaType::fromType<QString>());
        return value.toTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case DataType::Float:
    case DataType::Real:
    case DataType::Double:
        if (!isSqlNull(value) && !std::isfinite(value.toDouble()))
            throw DatabaseError(QStringLiteral("MariaDB has no NaN or infinite floating-point "
                                               "value to store"));
        return Dialect::toDatabase(value, type);
    case DataType::BigInt:
        // BIGINT UNSIGNED holds up to 2^64-1: bound as the unsigned number it is.
        if (type.isUnsigned() && !isSqlNull(value))
            return QVariant::fromValue(value.toULongLong());
        return Dialect::toDatabase(value, type);
    default:
        return Dialect::toDatabase(value, type);
    }
}

// A floating-point value no attribute types goes as its shortest exact text (where it is not
// typed by appendTypedDouble() below: a QueryInterface row's, a cast's operand): a column made
// of it (SELECT ?) is read by QMYSQL into a buffer as wide as MariaDB described the column
// before the value was known, and the client formats a number to fit that width (2.5 came back
// "2"), where text that does not fit is an error. In a numeric context MariaDB reads the text
// as the same number.
static bool isFiniteFloating(const QVariant &value)
{
    const int id = value.metaType().id();
    return (id == QMetaType::Double || id == QMetaType::Float) && std::isfinite(value.toDouble());
}

QVariant MariaDbDialect::rawBinding(const QVariant &value) const
{
    if (isFiniteFloating(value))
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return Dialect::rawBinding(value);
}

// A floating-point value is typed DOUBLE before the value is known: COALESCE(n, 2.5) of an
// INTEGER n was otherwise described as an integer and read so (see checkFirstRow()), and
// MAX(region) > 2.5 compared text with the text rawBinding() makes of it ('s' > '2.5', where
// MariaDB compares a string with a number as numbers).
// A raw query's too: `name > :v` of 2.5 compares as numbers, as Sequelize's inlined 2.5 does.
static bool appendTypedDouble(Statement &statement, const QVariant &value)
{
    if (!isFiniteFloating(value))
        return false;
    statement << QLatin1StringView("CAST(");
    statement.bind(value.toDouble());
    statement << QLatin1StringView(" AS DOUBLE)");
    return true;
}

void MariaDbDialect::appendLooseValue(Statement &statement, const QVariant &value) const
{
    if (!appendTypedDouble(statement, value))
        Dialect::appendLooseValue(statement, value);
}

void MariaDbDialect::appendRawValue(Statement &statement, const QVariant &value) const
{
    if (!appendTypedDouble(statement, value))
        Dialect::appendRawValue(statement, value);
}

QVariant MariaDbDialect::fromDatabase(const QVariant &value, const DataType &type) const
{
    if (isSqlNull(value))
        return Dialect::fromDatabase(value, type);
    switch (type.kind()) {
    case DataType::Date:
        if (value.metaType().id() == QMetaType::QDateTime) {
            // DATETIME has no zone: its values are in the timezone option (UTC by default).
            const QDateTime local = value.toDateTime();
            return fromTimeZone(local.date(), local.time());
        }
        break;
    case DataType::Decimal:
        if (type.precision() <= 0) {
            // DECIMAL(65,30): drop the padding zeros of the fraction.
            QString digits = value.toString();
            if (digits.contains(QLatin1Char('.'))) {
                while (digits.endsWith(QLatin1Char('0')))
                    digits.chop(1);
                if (digits.endsWith(QLatin1Char('.')))
                    digits.chop(1);
            }
            return digits;
        }
        break;
    default:
        break;
    }
    return Dialect::fromDatabase(value, type);
}

// @@in_transaction is 0 once InnoDB rolled a deadlock victim back (or a lock wait timeout with
// innodb_rollback_on_timeout); a connection that cannot answer has ended it too.
bool MariaDbDialect::transactionEndedByError(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    return !query.exec(QStringLiteral("SELECT @@in_transaction")) || !query.next()
        || query.value(0).toInt() == 0;
}

} // namespace QtSequelize
