// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "postgresdialect_p.h"

#include "pqdriver_p.h"

#include "../ddlgenerator_p.h"

#include "../../sql/coercion_p.h"
#include "../../sql/errors_p.h"
#include "../../sql/statement_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qhash.h>
#include <QtCore/qregularexpression.h>
#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqlquery.h>

#include <algorithm>

namespace QtSequelize {

QString PostgresDialect::name() const
{
    return QStringLiteral("postgres");
}
QString PostgresDialect::driverName() const
{
    return QLatin1StringView(PqDriver::name());
}
QStringList PostgresDialect::alternativeDrivers() const
{
    return {QStringLiteral("QPSQL")};
}
void PostgresDialect::registerDrivers() const
{
    PqDriver::registerDriver();
}
int PostgresDialect::defaultPort() const
{
    return 5432;
}

void PostgresDialect::configure(QSqlDatabase &db, const SequelizeOptions &options,
                                const QString &) const
{
    // libpq's conninfo keywords are the option names as given.
    configureServer(
        db, options, [](const QString &name) { return name; },
        db.driverName() == driverName() && !options.usesServerPreparedStatements()
            ? QStringList{QStringLiteral("QSQ_NO_SERVER_PREPARE")}
            : QStringList());
}

bool PostgresDialect::acceptsDialectOption(const QString &name, const QString &value) const
{
    static const QStringList paths{QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"),          QStringLiteral("sslcrl"),
                                   QStringLiteral("sslpassword"),     QStringLiteral("passfile"),
                                   QStringLiteral("application_name")};
    static const QStringList numbers{QStringLiteral("connect_timeout"),
                                     QStringLiteral("keepalives"),
                                     QStringLiteral("keepalives_idle"),
                                     QStringLiteral("keepalives_interval"),
                                     QStringLiteral("keepalives_count"),
                                     QStringLiteral("tcp_user_timeout"),
                                     QStringLiteral("sslsni")};
    static const QHash<QString, QStringList> choices{
        {QStringLiteral("sslmode"),
         {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
          QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}},
        {QStringLiteral("gssencmode"),
         {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")}},
        {QStringLiteral("channel_binding"),
         {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")}},
        {QStringLiteral("target_session_attrs"),
         {QStringLiteral("any"), QStringLiteral("read-write"), QStringLiteral("read-only"),
          QStringLiteral("primary"), QStringLiteral("standby"), QStringLiteral("prefer-standby")}}};
    if (paths.contains(name))
        return !value.isEmpty();
    if (numbers.contains(name)) {
        bool ok = false;
        return value.toInt(&ok) >= 0 && ok;
    }
    return choices.value(name).contains(value);
}

void PostgresDialect::armStatementTimeout(QSqlDatabase &db, bool inTransaction,
                                          int milliseconds) const
{
    // Qt's QPSQL keeps a query's result pending across other queries and loses it to the SET
    // around the statement: refused rather than run without the timeout.
    if (db.driverName() != driverName())
        throw DefinitionError(QStringLiteral("A statement timeout needs QtSequelize's PostgreSQL "
                                             "driver (not %1)")
                                  .arg(db.driverName()));
    // Without server-prepared statements (PgBouncer's transaction pooling) each statement outside
    // a transaction may reach another server connection: the SET would time another client.
    if (!inTransaction && db.connectOptions().contains(QLatin1String("QSQ_NO_SERVER_PREPARE")))
        throw DefinitionError(QStringLiteral("With serverPrepare=false (PgBouncer) a statement "
                                             "timeout needs a transaction"));
    // LOCAL inside a transaction: if the statement is cancelled the transaction is aborted and
    // the setting ends with it.
    const QString sql = (inTransaction ? QStringLiteral("SET LOCAL statement_timeout = %1")
                                       : QStringLiteral("SET statement_timeout = %1"))
                            .arg(milliseconds);
    QSqlQuery query(db);
    if (!query.exec(sql))
        raiseQueryError(query.lastError(), sql);
}

void PostgresDialect::disarmStatementTimeout(QSqlDatabase &db, bool inTransaction) const
{
    QSqlQuery query(db);
    query.exec(inTransaction ? QStringLiteral("SET LOCAL statement_timeout TO DEFAULT")
                             : QStringLiteral("SET statement_timeout TO DEFAULT"));
}

QStringList PostgresDialect::sessionStatements(const SequelizeOptions &options) const
{
    // The session time zone is the timezone option (as Sequelize's: an offset as an interval,
    // which PostgreSQL does not read in POSIX's inverted sense). QPSQL prints server NOTICEs
    // (DROP ... IF EXISTS) to stderr otherwise.
    QString zone = options.timezoneName();
    if (zone == QLatin1String("+00:00") || zone == QLatin1String("Z"))
        zone = QStringLiteral("UTC");
    const QString timeZone = isOffsetTimeZone(zone)
        ? QStringLiteral("SET TIME ZONE INTERVAL %1 HOUR TO MINUTE").arg(quoteString(zone))
        : QStringLiteral("SET TIME ZONE %1").arg(quoteString(zone));
    QStringList statements{QStringLiteral("SET client_min_messages TO WARNING"), timeZone};
    QStringList schemas;
    for (const QString &schema : options.searchPathSchemas())
        schemas.append(quoteIdentifier(schema));
    if (!schemas.isEmpty())
        statements.append(QStringLiteral("SET search_path TO ")
                          + schemas.join(QStringLiteral(", ")));
    return statements;
}

QString PostgresDialect::quoteString(const QString &text) const
{
    // A backslash is text in '...' only while standard_conforming_strings is on (a session
    // may turn it off); E'...' with doubled backslashes reads the same under either setting.
    if (!text.contains(QLatin1Char('\\')))
        return Dialect::quoteString(text);
    QString escaped = Dialect::quoteString(text);
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QLatin1Char('E') + escaped;
}

// As Sequelize: enum_<table>_<column>, in the table's schema.
TableName PostgresDialect::enumTypeName(const TableName &table, const QString &column)
{
    return TableName(table.schema, QStringLiteral("enum_%1_%2").arg(table.name, column));
}

QString PostgresDialect::columnType(const DataType &type, const TableName &table,
                                    const QString &column) const
{
    switch (type.kind()) {
    case DataType::Text:
        return QStringLiteral("TEXT");
    case DataType::TinyInt:
        return QStringLiteral("SMALLINT"); // no TINYINT here (Sequelize's fails)
    case DataType::MediumInt:
        return QStringLiteral("INTEGER");
    case DataType::Float:
        return QStringLiteral("DOUBLE PRECISION");
    case DataType::Real:
        return QStringLiteral("REAL");
    case DataType::Decimal:
        return type.precision() > 0 ? commonColumnType(type) : QStringLiteral("DECIMAL");
    case DataType::Boolean:
        return QStringLiteral("BOOLEAN");
    case DataType::Date:
        return QStringLiteral("TIMESTAMP WITH TIME ZONE");
    case DataType::Time:
        return QStringLiteral("TIME");
    case DataType::Uuid:
        return QStringLiteral("UUID");
    case DataType::Json:
        return QStringLiteral("JSON");
    case DataType::JsonB:
        return QStringLiteral("JSONB");
    case DataType::Blob:
        return QStringLiteral("BYTEA");
    case DataType::Enum:
        return quoteTable(enumTypeName(table, column));
    case DataType::Array:
        return columnType(type.elementType(), table, column) + QStringLiteral("[]");
    default:
        return commonColumnType(type);
    }
}

QString PostgresDialect::autoIncrementColumn(const DataType &type, bool *inlinePrimaryKey) const
{
    *inlinePrimaryKey = false;
    return type.kind() == DataType::BigInt ? QStringLiteral("BIGSERIAL") : QStringLiteral("SERIAL");
}

// The ENUM a column's type is or holds (ARRAY(ENUM)); invalid for none.
static DataType enumOf(const DataType &type)
{
    if (type.kind() == DataType::Array)
        return enumOf(type.elementType());
    return type.kind() == DataType::Enum ? type : DataType();
}

QStringList PostgresDialect::beforeCreateTable(const TableName &table,
                                               const QList<ColumnSpec> &columns) const
{
    QStringList statements;
    for (const ColumnSpec &column : columns) {
        const DataType type = enumOf(column.options.type());
        if (type.kind() != DataType::Enum)
            continue;
        QStringList labels;
        for (const QString &label : type.values())
            labels.append(quoteString(label));
        // CREATE TYPE has no IF NOT EXISTS; sync() must be a no-op on an existing schema.
        statements.append(QStringLiteral("DO $qsq$ BEGIN CREATE TYPE %1 AS ENUM(%2); EXCEPTION "
                                         "WHEN duplicate_object THEN NULL; END $qsq$")
                              .arg(quoteTable(enumTypeName(table, column.field)),
                                   labels.join(QStringLiteral(", "))));
    }
    return statements;
}

QStringList PostgresDialect::afterDropTable(const TableName &table,
                                            const QList<ColumnSpec> &columns) const
{
    QStringList statements;
    for (const ColumnSpec &column : columns) {
        if (enumOf(column.options.type()).kind() == DataType::Enum)
            statements.append(dropEnum(enumTypeName(table, column.field)));
    }
    return statements;
}

QStringList PostgresDialect::commentStatements(const TableName &table,
                                               const QList<ColumnSpec> &columns) const
{
    QStringList statements;
    for (const ColumnSpec &column : columns) {
        if (!column.options.comment().isEmpty())
            statements.append(QStringLiteral("COMMENT ON COLUMN %1.%2 IS %3")
                                  .arg(quoteTable(table), quoteIdentifier(column.field),
                                       quoteString(column.options.comment())));
    }
    return statements;
}

QString PostgresDialect::dropTable(const TableName &table) const
{
    return QStringLiteral("DROP TABLE IF EXISTS ") + quoteTable(table) + QStringLiteral(" CASCADE");
}

// {"a","b c",NULL}: an array literal, bound as one text parameter. With \a nested, the
// elements are array literals themselves ({{1,2},{3,4}}: ARRAY(ARRAY(INTEGER))), unquoted.
static QString arrayLiteral(const QStringList &elements, const QList<bool> &nulls,
                            bool nested = false)
{
    QStringList parts;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        if (nulls.at(i)) {
            parts.append(QStringLiteral("NULL"));
            continue;
        }
        if (nested) {
            parts.append(elements.at(i));
            continue;
        }
        QString e = elements.at(i);
        e.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        e.replace(QLatin1Char('"'), QLatin1String("\\\""));
        parts.append(QLatin1Char('"') + e + QLatin1Char('"'));
    }
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Splits an array literal as the server returns it; \a nulls marks unquoted NULLs, \a nested
// sub-arrays ({{"a"},{"b"}}, which a one-dimensional column holds too).
static QStringList parseArrayLiteral(const QString &text, QList<bool> *nulls,
                                     QList<bool> *nested = nullptr)
{
    QStringList elements;
    if (text.size() < 2)
        return elements;
    const QString body = text.mid(1, text.size() - 2);
    qsizetype i = 0;
    while (i < body.size()) {
        QString element;
        bool quoted = false;
        if (body.at(i) == QLatin1Char('"')) {
            quoted = true;
            ++i;
            while (i < body.size() && body.at(i) != QLatin1Char('"')) {
                if (body.at(i) == QLatin1Char('\\') && i + 1 < body.size())
                    ++i;
                element += body.at(i++);
            }
            ++i; // closing quote
        } else if (body.at(i) == QLatin1Char('{')) {
            // A sub-array ({{1,2},{3,4}}): up to its closing brace, quoted texts and all.
            int depth = 0;
            bool inQuotes = false;
            do {
                const QChar c = body.at(i);
                if (inQuotes && c == QLatin1Char('\\') && i + 1 < body.size()) {
                    element += c;
                    element += body.at(++i);
                    ++i;
                    continue;
                }
                if (c == QLatin1Char('"'))
                    inQuotes = !inQuotes;
                else if (!inQuotes && c == QLatin1Char('{'))
                    ++depth;
                else if (!inQuotes && c == QLatin1Char('}'))
                    --depth;
                element += c;
                ++i;
            } while (i < body.size() && depth > 0);
        } else {
            while (i < body.size() && body.at(i) != QLatin1Char(','))
                element += body.at(i++);
        }
        if (element.isNull())
            element = QStringLiteral(""); // "" is a value, not NULL (a null QString reads as one)
        elements.append(element);
        nulls->append(!quoted && element == QLatin1String("NULL"));
        if (nested)
            nested->append(!quoted && element.startsWith(QLatin1Char('{')));
        ++i; // comma
    }
    return elements;
}

void PostgresDialect::appendJsonPath(Statement &statement, const QString &column,
                                     const QStringList &path, JsonCast cast) const
{
    switch (cast) {
    case JsonCast::Text:
        statement << QLatin1StringView("(");
        break;
    case JsonCast::Number:
    case JsonCast::Boolean:
    case JsonCast::DateTime:
        statement << QLatin1StringView("CAST((");
        break;
    }
    statement << column << QLatin1StringView(" #>> ");
    statement.bind(arrayLiteral(path, QList<bool>(path.size(), false)));
    switch (cast) {
    case JsonCast::Text:
        statement << ')';
        break;
    case JsonCast::Number:
        statement << QLatin1StringView(") AS DOUBLE PRECISION)");
        break;
    case JsonCast::Boolean:
        statement << QLatin1StringView(") AS BOOLEAN)");
        break;
    case JsonCast::DateTime:
        statement << QLatin1StringView(") AS TIMESTAMPTZ)");
        break;
    }
}

QVariant PostgresDialect::jsonPathValue(const QVariant &value, JsonCast cast) const
{
    if (cast == JsonCast::DateTime && value.metaType().id() == QMetaType::QDate)
        return QDateTime(value.toDate(), QTime(0, 0), Qt::UTC);
    return value;
}

void PostgresDialect::appendILike(Statement &statement, const Statement &left, bool negate,
                                  const Statement &pattern) const
{
    statement.sql += left.sql;
    statement.bindings += left.bindings;
    statement << (negate ? QLatin1StringView(" NOT ILIKE ") : QLatin1StringView(" ILIKE "));
    statement << pattern.sql;
    statement.bindings += pattern.bindings;
}

void PostgresDialect::appendRegexp(Statement &statement, const Statement &left, bool negate,
                                   bool caseInsensitive, const QString &pattern) const
{
    statement.sql += left.sql;
    statement.bindings += left.bindings;
    statement << ' ' << (negate ? QLatin1StringView("!") : QLatin1StringView(""))
              << (caseInsensitive ? QLatin1StringView("~* ") : QLatin1StringView("~ "));
    statement.bind(pattern);
}

// `column @> value` / `column <@ value`; json has neither operator, so it compares as jsonb.
void PostgresDialect::appendContainment(Statement &statement, const QString &column,
                                        const DataType &type, QLatin1StringView op,
                                        const QVariant &value) const
{
    statement << column;
    if (type.kind() == DataType::Json)
        statement << QLatin1StringView("::jsonb");
    statement << ' ' << op << ' ';
    statement.bind(toDatabase(value, type));
}

void PostgresDialect::appendContains(Statement &statement, const QString &column,
                                     const DataType &type, const QVariant &value) const
{
    appendContainment(statement, column, type, QLatin1StringView("@>"), value);
}

void PostgresDialect::appendContained(Statement &statement, const QString &column,
                                      const DataType &type, const QVariant &value) const
{
    appendContainment(statement, column, type, QLatin1StringView("<@"), value);
}

void PostgresDialect::appendOverlap(Statement &statement, const QString &column,
                                    const DataType &type, const QVariant &value) const
{
    if (type.kind() != DataType::Array)
        return Dialect::appendOverlap(statement, column, type, value);
    statement << column << QLatin1StringView(" && ");
    statement.bind(toDatabase(value, type));
}

QVariant PostgresDialect::toDatabase(const QVariant &value, const DataType &type) const
{
    if (type.kind() == DataType::Array && !isSqlNull(value)) {
        QStringList elements;
        QList<bool> nulls;
        for (const QVariant &element : value.toList()) {
            const QVariant bound = toDatabase(element, type.elementType());
            nulls.append(isSqlNull(bound));
            elements.append(bound.metaType().id() == QMetaType::Bool
                                ? (bound.toBool() ? QStringLiteral("t") : QStringLiteral("f"))
                                : bound.toString());
        }
        return arrayLiteral(elements, nulls, type.elementType().kind() == DataType::Array);
    }
    if (type.kind() == DataType::Date && !isSqlNull(value))
        return value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
            + QStringLiteral("+00");
    return Dialect::toDatabase(value, type);
}

// A text is bound without a type (so that it compares with any column, as a literal would),
// but a parameter of a function taking "any" (concat, format, json_build_object, to_json, …)
// gets no type from it: "could not determine data type of parameter $1", where Sequelize's
// inlined literal is taken as text. There it is text.
void PostgresDialect::appendFunctionArgument(Statement &statement, const QString &function,
                                             const QVariant &value) const
{
    static const QStringList anyArguments{QStringLiteral("concat"),
                                          QStringLiteral("concat_ws"),
                                          QStringLiteral("format"),
                                          QStringLiteral("json_build_object"),
                                          QStringLiteral("jsonb_build_object"),
                                          QStringLiteral("json_build_array"),
                                          QStringLiteral("jsonb_build_array"),
                                          QStringLiteral("to_json"),
                                          QStringLiteral("to_jsonb"),
                                          QStringLiteral("json_object_agg"),
                                          QStringLiteral("jsonb_object_agg"),
                                          QStringLiteral("num_nulls"),
                                          QStringLiteral("num_nonnulls"),
                                          QStringLiteral("pg_typeof")};
    const QString name = function.section(QLatin1Char('.'), -1).toLower();
    if (value.typeId() == QMetaType::QString && anyArguments.contains(name)) {
        statement << QLatin1StringView("CAST(");
        statement.bind(value);
        statement << QLatin1StringView(" AS text)");
        return;
    }
    statement.bind(rawBinding(value));
}

QVariant PostgresDialect::fromDatabase(const QVariant &value, const DataType &type) const
{
    if (type.kind() == DataType::Array && !isSqlNull(value)) {
        QList<bool> nulls;
        QList<bool> nested;
        const QStringList elements = parseArrayLiteral(value.toString(), &nulls, &nested);
        QVariantList list;
        for (qsizetype i = 0; i < elements.size(); ++i) {
            // A sub-array of a column declared with one dimension (written by other clients:
            // PostgreSQL does not enforce the dimensions) is a list of the same elements.
            const DataType &elementType
                = nested.at(i) && type.elementType().kind() != DataType::Array ? type
                                                                               : type.elementType();
            list.append(
                fromDatabase(nulls.at(i) ? QVariant() : QVariant(elements.at(i)), elementType));
        }
        return list;
    }
    return Dialect::fromDatabase(value, type);
}

QString PostgresDialect::deferrableClause(Deferrable deferrable) const
{
    switch (deferrable) {
    case Deferrable::Not:
        return QStringLiteral(" NOT DEFERRABLE");
    case Deferrable::InitiallyImmediate:
        return QStringLiteral(" DEFERRABLE INITIALLY IMMEDIATE");
    case Deferrable::InitiallyDeferred:
        return QStringLiteral(" DEFERRABLE INITIALLY DEFERRED");
    }
    return QString();
}

QString PostgresDialect::setConstraints(const QStringList &constraints, bool deferred) const
{
    QStringList names;
    for (const QString &c : constraints)
        names.append(quoteIdentifier(c));
    return QStringLiteral("SET CONSTRAINTS ")
        + (names.isEmpty() ? QStringLiteral("ALL") : names.join(QStringLiteral(", ")))
        + (deferred ? QStringLiteral(" DEFERRED") : QStringLiteral(" IMMEDIATE"));
}

bool PostgresDialect::bindsInListAsOne(const DataType &type) const
{
    switch (type.kind()) {
    case DataType::Integer:
    case DataType::BigInt:
    case DataType::SmallInt:
    case DataType::TinyInt:
    case DataType::MediumInt:
    case DataType::String:
    case DataType::Char:
    case DataType::Text:
    case DataType::Uuid:
        return true;
    default:
        return false;
    }
}

// A raw query's list past half of the 65,535 parameters a statement takes: one array of
// integers (bigint[]) or of strings (text[]) instead. Shorter lists, and lists of anything else,
// keep one parameter per value: an array has one element type, which the column may not compare
// with (uuid = text), where separate parameters take the column's type.
bool PostgresDialect::appendListAsOne(Statement &statement, const QVariantList &values) const
{
    if (values.size() <= maxBindParameters() / 2)
        return false;
    auto integer = [](const QVariant &v) {
        const int id = v.metaType().id();
        return isSqlNull(v) || id == QMetaType::Int || id == QMetaType::LongLong
            || id == QMetaType::Short || id == QMetaType::UInt || id == QMetaType::UShort;
    };
    auto string = [](const QVariant &v) {
        return isSqlNull(v)
            || (v.metaType().id() == QMetaType::QString && isStorableText(v.toString()));
    };
    const bool integers = std::all_of(values.cbegin(), values.cend(), integer);
    if (!integers && !std::all_of(values.cbegin(), values.cend(), string))
        return false;
    statement << QLatin1StringView("SELECT unnest(CAST(");
    statement.bind(inListLiteral(values, integers));
    statement << QLatin1StringView(" AS ")
              << (integers ? QLatin1StringView("bigint[]") : QLatin1StringView("text[]"))
              << QLatin1StringView("))");
    return true;
}

// An array literal: {1,2} or {"a","b\"c"}; NULL stays NULL (never equal, as in IN).
QString PostgresDialect::inListLiteral(const QVariantList &values, bool numeric)
{
    QString literal = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            literal += QLatin1Char(',');
        const QVariant &value = values.at(i);
        if (isSqlNull(value)) {
            literal += QLatin1StringView("NULL");
        } else if (numeric) {
            literal += QString::number(value.toLongLong());
        } else {
            QString text = value.toString();
            text.replace(QLatin1Char('\\'), QLatin1StringView("\\\\"));
            text.replace(QLatin1Char('"'), QLatin1StringView("\\\""));
            literal += QLatin1Char('"') + text + QLatin1Char('"');
        }
    }
    literal += QLatin1Char('}');
    return literal;
}

void PostgresDialect::appendInList(Statement &statement, const Statement &left, bool negate,
                                   const DataType &type, const QVariantList &values) const
{
    const bool numeric = isIntegerType(type);
    const QString literal = inListLiteral(values, numeric);
    const QLatin1StringView arrayType = numeric ? QLatin1StringView("bigint[]")
        : type.kind() == DataType::Uuid         ? QLatin1StringView("uuid[]")
                                                : QLatin1StringView("text[]");
    // IN (SELECT unnest(...)) rather than = ANY(...): the planner hashes the set (a bound
    // array in = ANY is searched linearly for every row).
    statement.sql += left.sql;
    statement.bindings += left.bindings;
    statement << (negate ? QLatin1StringView(" NOT IN (SELECT unnest(CAST(")
                         : QLatin1StringView(" IN (SELECT unnest(CAST("));
    statement.bind(literal);
    statement << QLatin1StringView(" AS ") << arrayType << QLatin1StringView(")))");
}

} // namespace QtSequelize
