// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "dialect_p.h"
#include "sqllexer_p.h"
#include "statementcanceller_p.h"

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qthread.h>

#include <QtSql/qsqlerror.h>
#include <QtSql/qsqlquery.h>
#include <QtSql/qsqlrecord.h>
#include <cmath>
#include <limits>

#include "../sql/coercion_p.h"
#include "../sql/errors_p.h"
#include "../sql/statement_p.h"
#include "ddlgenerator_p.h"
#include "mariadb/mariadbdialect_p.h"
#include "postgres/postgresdialect_p.h"
#include "sqlite/sqlitedialect_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/quuid.h>
#include <QtSql/qsqlerror.h>

namespace QtSequelize {

Dialect::~Dialect() = default;
StatementCanceller::~StatementCanceller() = default;

bool Dialect::isOffsetTimeZone(const QString &zone)
{
    static const QRegularExpression offset(QStringLiteral("^[+-](\\d\\d):([0-5]\\d)$"));
    return offset.match(zone).hasMatch();
}

QTimeZone Dialect::parseTimeZone(const QString &zone)
{
    if (zone == QLatin1String("UTC") || zone == QLatin1String("Z"))
        return QTimeZone::utc();
    if (isOffsetTimeZone(zone)) {
        const int seconds = zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60;
        if (seconds <= 14 * 3600)
            return QTimeZone(zone.startsWith(QLatin1Char('-')) ? -seconds : seconds);
    } else if (QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
        return QTimeZone(zone.toUtf8());
    }
    throw DefinitionError(QStringLiteral("Invalid timezone option: an offset (+02:00) or a "
                                         "time zone name (Europe/Berlin)"));
}

std::unique_ptr<Dialect> Dialect::create(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("sqlite"))
        return std::make_unique<SqliteDialect>();
    if (n == QLatin1String("postgres") || n == QLatin1String("postgresql"))
        return std::make_unique<PostgresDialect>();
    if (n == QLatin1String("mariadb") || n == QLatin1String("mysql"))
        return std::make_unique<MariaDbDialect>();
    throw ConnectionError(QStringLiteral("The dialect \"%1\" is not supported; use sqlite, "
                                         "postgres, mysql or mariadb")
                              .arg(name));
}

QString Dialect::preparedText(const QString &sql) const
{
    return textForQtPlaceholders(sql, lexicon());
}

QString Dialect::quoteIdentifier(const QString &identifier) const
{
    return quoteWith(identifier, QLatin1Char('"'));
}

QString Dialect::quoteTable(const TableName &table) const
{
    if (table.schema.isEmpty())
        return quoteIdentifier(table.name);
    // A dialect without schemas never gets one: models fold it into the table's name.
    Q_ASSERT(supportsSchemas());
    return quoteIdentifier(table.schema) + QLatin1Char('.') + quoteIdentifier(table.name);
}

QString Dialect::schemaOf(const TableName &table, QVariantList *bindings) const
{
    if (table.schema.isEmpty()) {
        *bindings = {table.name};
        return currentSchemaExpression();
    }
    *bindings = {table.schema, table.name};
    return QStringLiteral("?");
}

QString Dialect::createDatabaseStatement(const QString &name) const
{
    return QStringLiteral("CREATE DATABASE ") + quoteIdentifier(name);
}

QString Dialect::dropDatabaseStatement(const QString &name) const
{
    return QStringLiteral("DROP DATABASE IF EXISTS ") + quoteIdentifier(name);
}

QStringList Dialect::createSchemaStatements(const QString &schema) const
{
    return {QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quoteIdentifier(schema)};
}

QStringList Dialect::dropSchemaStatements(const RowReader &rows, const QString &schema) const
{
    Q_UNUSED(rows);
    return {QStringLiteral("DROP SCHEMA IF EXISTS ") + quoteIdentifier(schema)};
}

void Dialect::appendFunctionArgument(Statement &statement, const QString &function,
                                     const QVariant &value) const
{
    Q_UNUSED(function);
    appendLooseValue(statement, value);
}

void Dialect::appendRawValue(Statement &statement, const QVariant &value) const
{
    statement.bind(value);
}

void Dialect::appendLooseValue(Statement &statement, const QVariant &value) const
{
    statement.bind(rawBinding(value));
}

QVariant Dialect::rawBinding(const QVariant &value) const
{
    switch (value.metaType().id()) {
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash:
    case QMetaType::QVariantList:
    case QMetaType::QStringList:
        // Qt's SQLite and MySQL drivers bind one as an empty value, silently (PostgreSQL's
        // driver refuses it).
        throw DatabaseError(QStringLiteral("A list or a map cannot be bound as one value"));
    case QMetaType::QDateTime:
        return value.toDateTime().isValid() ? toDatabase(value, DataType(DataType::Date)) : value;
    case QMetaType::QTime:
        return value.toTime().isValid() ? toDatabase(value, DataType(DataType::Time)) : value;
    case QMetaType::QUuid:
        return toDatabase(value, DataType(DataType::Uuid));
    // JSON as its compact text, as PostgreSQL's driver binds it (Qt's SQLite and MySQL drivers
    // bound an empty string).
    case QMetaType::QJsonValue: {
        const QByteArray array
            = QJsonDocument(QJsonArray{value.toJsonValue()}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(array.sliced(1, array.size() - 2)); // without the brackets
    }
    case QMetaType::QJsonObject:
        return QString::fromUtf8(
            QJsonDocument(value.toJsonObject()).toJson(QJsonDocument::Compact));
    case QMetaType::QJsonArray:
        return QString::fromUtf8(QJsonDocument(value.toJsonArray()).toJson(QJsonDocument::Compact));
    case QMetaType::QJsonDocument:
        return QString::fromUtf8(value.value<QJsonDocument>().toJson(QJsonDocument::Compact));
    default:
        if (value.isValid() && !value.canConvert<QString>())
            throw DatabaseError(QStringLiteral("A value of type %1 cannot be bound")
                                    .arg(QString::fromLatin1(value.typeName())));
        return value;
    }
}

QVariant Dialect::fromRawColumn(const QVariant &value, const QSqlField &column) const
{
    Q_UNUSED(column);
    return value;
}

QString Dialect::quoteWith(const QString &identifier, QChar quote)
{
    // A NUL would cut the statement in every driver: refused, never dropped.
    if (identifier.contains(QChar(0)))
        throw DefinitionError(QStringLiteral("An identifier holds a NUL character"));
    // SQLite made a table, a column or an alias named "" (PostgreSQL and MariaDB refuse it,
    // each in its own words): refused alike before any SQL runs.
    if (identifier.isEmpty())
        throw DefinitionError(QStringLiteral("An identifier is empty"));
    if (!identifier.contains(quote)) {
        // The usual case, one allocation (every column of every generated statement).
        QString quoted(identifier.size() + 2, Qt::Uninitialized);
        QChar *out = quoted.data();
        out[0] = quote;
        std::copy(identifier.cbegin(), identifier.cend(), out + 1);
        out[identifier.size() + 1] = quote;
        return quoted;
    }
    QString quoted = identifier;
    quoted.replace(quote, QString(2, quote));
    return quote + quoted + quote;
}

QString Dialect::driverFor(const SequelizeOptions &options) const
{
    registerDrivers();
    const QString requested = options.driverName();
    if (requested.isEmpty() || requested == driverName())
        return driverName();
    if (!alternativeDrivers().contains(requested))
        throw ConnectionError(
            QStringLiteral("The %1 dialect does not take the Qt SQL driver \"%2\" (it takes %3)")
                .arg(
                    name(), requested,
                    (QStringList{driverName()} + alternativeDrivers()).join(QStringLiteral(", "))));
    return requested;
}

QString Dialect::quoteString(const QString &text) const
{
    QString quoted = text;
    if (text.contains(QChar(0)))
        throw DefinitionError(QStringLiteral("A text in a schema statement holds a NUL character"));
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

static QString isolationName(int isolation)
{
    switch (isolation) {
    case 1:
        return QStringLiteral("READ UNCOMMITTED");
    case 2:
        return QStringLiteral("READ COMMITTED");
    case 3:
        return QStringLiteral("REPEATABLE READ");
    case 4:
        return QStringLiteral("SERIALIZABLE");
    default:
        return QString();
    }
}

QStringList Dialect::beginTransaction(int isolation, int) const
{
    // PostgreSQL: the level is part of BEGIN.
    const QString level = isolationName(isolation);
    if (level.isEmpty())
        return {QStringLiteral("BEGIN")};
    return {QStringLiteral("BEGIN ISOLATION LEVEL ") + level};
}

QString Dialect::onConflict(const QStringList &, const QStringList &conflictColumns,
                            const QStringList &updateColumns, bool ignoreDuplicates) const
{
    // PostgreSQL and SQLite: ON CONFLICT (...) DO NOTHING / DO UPDATE SET c = EXCLUDED.c
    if (!updateColumns.isEmpty()) {
        QStringList sets;
        for (const QString &c : updateColumns)
            sets.append(c + QStringLiteral(" = EXCLUDED.") + c);
        return QStringLiteral(" ON CONFLICT (") + conflictColumns.join(QStringLiteral(", "))
            + QStringLiteral(") DO UPDATE SET ") + sets.join(QStringLiteral(", "));
    }
    if (ignoreDuplicates)
        return QStringLiteral(" ON CONFLICT DO NOTHING");
    return QString();
}

QStringList Dialect::beforeCreateTable(const TableName &, const QList<ColumnSpec> &) const
{
    return {};
}
QStringList Dialect::afterDropTable(const TableName &, const QList<ColumnSpec> &) const
{
    return {};
}
QString Dialect::columnComment(const QString &) const
{
    return QString();
}
QStringList Dialect::commentStatements(const TableName &, const QList<ColumnSpec> &) const
{
    return {};
}

QString Dialect::dropTable(const TableName &table) const
{
    return QStringLiteral("DROP TABLE IF EXISTS ") + quoteTable(table);
}

QList<IndexDescription> Dialect::indexesFromRows(const QList<QVariantMap> &rows)
{
    QList<IndexDescription> indexes;
    QStringList fields;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QVariantMap &row = rows.at(i);
        const QString name = row.value(QStringLiteral("name")).toString();
        fields.append(row.value(QStringLiteral("field")).toString());
        if (i + 1 == rows.size()
            || rows.at(i + 1).value(QStringLiteral("name")).toString() != name) {
            indexes.append(IndexDescription(name, fields,
                                            row.value(QStringLiteral("isunique")).toBool(),
                                            row.value(QStringLiteral("isprimary")).toBool()));
            fields.clear();
        }
    }
    return indexes;
}

QVariant Dialect::unquotedDefault(const QVariant &text)
{
    if (text.isNull())
        return QVariant();
    QString value = text.toString();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\''))
        && value.endsWith(QLatin1Char('\'')))
        value = value.mid(1, value.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    return value;
}

QString Dialect::dropIndex(const TableName &table, const QString &name) const
{
    // An index lives in its table's schema.
    return QStringLiteral("DROP INDEX IF EXISTS ") + quoteTable(TableName(table.schema, name));
}

QStringList Dialect::truncateTable(const TableName &table, const TruncateSpec &spec) const
{
    return {QStringLiteral("TRUNCATE ") + quoteTable(table)
            + (spec.restartIdentity ? QStringLiteral(" RESTART IDENTITY") : QString())
            + (spec.cascade ? QStringLiteral(" CASCADE") : QString())};
}

void Dialect::appendOrderKey(Statement &statement, const Statement &key, Qt::SortOrder order,
                             NullsOrder nulls) const
{
    statement.sql += key.sql;
    statement.bindings += key.bindings;
    statement << (order == Qt::AscendingOrder ? QLatin1StringView(" ASC")
                                              : QLatin1StringView(" DESC"));
    if (nulls == NullsOrder::First)
        statement << QLatin1StringView(" NULLS FIRST");
    else if (nulls == NullsOrder::Last)
        statement << QLatin1StringView(" NULLS LAST");
}

QString Dialect::deferrableClause(Deferrable) const
{
    return QString(); // as Sequelize: only PostgreSQL has deferrable constraints
}

QString Dialect::setConstraints(const QStringList &, bool) const
{
    return QString();
}

QString Dialect::lockClauseOf(Lock lock, bool skipLocked, const QString &quotedTable) const
{
    const QString clause = lockClause(lock, false);
    if (clause.isEmpty())
        return clause;
    return clause + QStringLiteral(" OF ") + quotedTable
        + (skipLocked ? QStringLiteral(" SKIP LOCKED") : QString());
}

QString Dialect::lockClause(Lock lock, bool skipLocked) const
{
    QString clause;
    switch (lock) {
    case Lock::None:
        return QString();
    case Lock::Update:
        clause = QStringLiteral(" FOR UPDATE");
        break;
    case Lock::Share:
        clause = QStringLiteral(" FOR SHARE");
        break;
    case Lock::KeyShare:
        clause = QStringLiteral(" FOR KEY SHARE");
        break;
    case Lock::NoKeyUpdate:
        clause = QStringLiteral(" FOR NO KEY UPDATE");
        break;
    }
    return skipLocked ? clause + QStringLiteral(" SKIP LOCKED") : clause;
}

QString Dialect::compositeUnique(const TableName &, const QString &,
                                 const QStringList &quotedColumns) const
{
    return QStringLiteral("UNIQUE (") + quotedColumns.join(QStringLiteral(", ")) + QLatin1Char(')');
}

bool Dialect::runWaitingForLocks(QSqlQuery &query, const std::function<bool()> &exec,
                                 int waitMs) const
{
    if (exec()) // the common case: no clock read, no lock
        return true;
    QElapsedTimer waited;
    waited.start();
    for (int pause = 1; isTransientLock(query.lastError()) && waited.elapsed() <= waitMs;
         pause = qMin(pause * 2, 50)) {
        QThread::msleep(pause);
        if (exec())
            return true;
    }
    return false;
}

bool Dialect::nextRow(QSqlQuery &query) const
{
    if (query.next()) {
        if (query.at() == 0)
            checkFirstRow(query);
        return true;
    }
    const QSqlError error = query.lastError();
    if (error.isValid()) {
        query.finish();
        raiseQueryError(error, query.lastQuery());
    }
    return false;
}

int Dialect::rowsAffected(QSqlQuery &query) const
{
    return query.numRowsAffected();
}

void Dialect::endRows(QSqlQuery &query) const
{
    if (query.isActive() && query.isSelect()) {
        while (nextRow(query)) { }
    } else if (const QSqlError error = query.lastError(); error.isValid()) {
        query.finish();
        raiseQueryError(error, query.lastQuery());
    }
    query.finish();
}

bool Dialect::isConnectionLost(const QSqlError &error) const
{
    return error.type() == QSqlError::ConnectionError;
}

QString Dialect::tableOptions(const TableOptions &options) const
{
    const QString charset = options.charset.toLower();
    if (!charset.isEmpty() && charset != QLatin1String("utf8")
        && charset != QLatin1String("utf8mb4") && charset != QLatin1String("utf-8"))
        throw DefinitionError(QStringLiteral("A table's charset other than UTF-8 is MariaDB's; %1 "
                                             "stores every table's text as Unicode")
                                  .arg(name()));
    if (!options.collate.isEmpty())
        throw DefinitionError(QStringLiteral("A table's collate is MariaDB's; on %1 give a "
                                             "collation per query (FindOptions::orderCollated)")
                                  .arg(name()));
    if (!options.engine.isEmpty())
        throw DefinitionError(
            QStringLiteral("A table's engine is MariaDB's; %1 has no storage engines").arg(name()));
    return QString();
}

TableOptions Dialect::resolveTableOptions(const RowReader &, const TableOptions &given) const
{
    return given;
}

bool Dialect::acceptsDialectOption(const QString &, const QString &) const
{
    return false;
}

void Dialect::checkDialectOptions(const QVariantMap &options) const
{
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        const QString value = it.value().toString();
        if (value.contains(QLatin1Char(';')) || value.contains(QChar(0))
            || !acceptsDialectOption(it.key(), value))
            throw ConnectionError(QStringLiteral("Unknown or invalid %1 dialect option%2")
                                      .arg(name(), nameForMessage(it.key())));
    }
}

QStringList Dialect::columnNames(const QSqlQuery &query) const
{
    const QSqlRecord record = query.record();
    QStringList names;
    names.reserve(record.count());
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

static DefinitionError noEnumTypes(const QString &dialect)
{
    return DefinitionError(
        QStringLiteral("%1 has no ENUM types of their own; they are PostgreSQL's").arg(dialect));
}

QList<QVariantMap> Dialect::listEnums(const RowReader &, const TableName &, const QString &) const
{
    throw noEnumTypes(name());
}

QString Dialect::dropEnum(const TableName &) const
{
    throw noEnumTypes(name());
}

Dialect::AlterPlan Dialect::removeColumn(const RowReader &, const TableName &table,
                                         const QString &column) const
{
    AlterPlan plan;
    plan.statements = {QStringLiteral("ALTER TABLE ") + quoteTable(table)
                       + QStringLiteral(" DROP COLUMN ") + quoteIdentifier(column)};
    return plan;
}

Dialect::AlterPlan Dialect::rebuildConstraints(const RowReader &, const TableName &,
                                               const QString &, const QString &) const
{
    throw DefinitionError(
        QStringLiteral("%1 alters constraints without rebuilding a table").arg(name()));
}

QString Dialect::dropConstraint(const TableName &table, const QString &name, const QString &) const
{
    return QStringLiteral("ALTER TABLE ") + quoteTable(table) + QStringLiteral(" DROP CONSTRAINT ")
        + quoteIdentifier(name);
}

QString Dialect::commonColumnType(const DataType &type)
{
    switch (type.kind()) {
    case DataType::String:
        return QStringLiteral("VARCHAR(%1)").arg(type.length() > 0 ? type.length() : 255);
    case DataType::Char:
        return QStringLiteral("CHAR(%1)").arg(type.length() > 0 ? type.length() : 255);
    case DataType::Integer:
        return QStringLiteral("INTEGER");
    case DataType::BigInt:
        return QStringLiteral("BIGINT");
    case DataType::SmallInt:
        return QStringLiteral("SMALLINT");
    case DataType::TinyInt:
        return QStringLiteral("TINYINT");
    case DataType::MediumInt:
        return QStringLiteral("MEDIUMINT");
    case DataType::Double:
        return QStringLiteral("DOUBLE PRECISION");
    case DataType::DateOnly:
        return QStringLiteral("DATE");
    case DataType::Decimal:
        if (type.precision() > 0)
            return QStringLiteral("DECIMAL(%1,%2)")
                .arg(type.precision())
                .arg(qMax(type.scale(), 0));
        return QString();
    default:
        return QString();
    }
}

} // namespace QtSequelize
