// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MARIADBDIALECT_P_H
#define QTSEQUELIZE_MARIADBDIALECT_P_H

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

#include "../dialect_p.h"

namespace QtSequelize {

class MariaDbDialect final : public Dialect
{
public:
    QString name() const override;
    std::unique_ptr<ChangeFeed> changeFeed() const override; // mariadbchangefeed.cpp
    QStringList truncateTable(const TableName &table, const TruncateSpec &spec) const override;
    bool commitsTransaction(const QString &sql) const override;
    Lexicon lexicon() const override
    {
        Lexicon l;
        l.backslashEscapes = true;
        l.hashComments = true;
        l.dashCommentNeedsSpace = true;
        l.qtPlaceholderScan = true;
        l.executableComments = true;
        return l;
    }
    QString driverName() const override;
    QStringList alternativeDrivers() const override { return {QStringLiteral("QMARIADB")}; }
    int defaultPort() const override;
    void configure(QSqlDatabase &db, const SequelizeOptions &options,
                   const QString &instanceKey) const override;
    QStringList sessionStatements(const SequelizeOptions &options) const override;
    // TLS (ssl_ca, ssl_cert, ssl_key, ssl_capath, ssl_cipher) and timeouts, as QMYSQL's
    // connect options.
    bool acceptsDialectOption(const QString &name, const QString &value) const override;
    // SET STATEMENT max_statement_time=... FOR the statement.
    QString withStatementTimeout(const QString &sql, int milliseconds) const override
    {
        return QStringLiteral("SET STATEMENT max_statement_time=%1 FOR ")
                   .arg(milliseconds / 1000.0, 0, 'f', 3)
            + sql;
    }
    QString columnType(const DataType &type, const TableName &table,
                       const QString &column) const override;
    QString autoIncrementColumn(const DataType &type, bool *inlinePrimaryKey) const override;
    // A DECIMAL plus a bound string is a DOUBLE sum on MariaDB: the amount is cast to DECIMAL.
    QString incremented(const QString &column, const QString &amount,
                        const DataType &type) const override;
    void appendJsonPath(Statement &statement, const QString &column, const QStringList &path,
                        JsonCast cast) const override;
    QVariant toDatabase(const QVariant &value, const DataType &type) const override;
    QVariant rawBinding(const QVariant &value) const override;
    void appendRawValue(Statement &statement, const QVariant &value) const override;
    void appendLooseValue(Statement &statement, const QVariant &value) const override;
    QVariant fromDatabase(const QVariant &value, const DataType &type) const override;
    [[noreturn]] void raiseQueryError(const QSqlError &error, const QString &sql) const override;
    [[noreturn]] void raiseConnectionError(const QSqlError &error) const override;
    QString quoteIdentifier(const QString &identifier) const override;
    QVariant fromRawColumn(const QVariant &value, const QSqlField &column) const override;
    bool convertsRawColumn(const QSqlField &column) const override;
    QString quoteString(const QString &text) const override;
    QString columnComment(const QString &comment) const override;
    QString insertDefaultValues() const override;
    QString randomFunction() const override { return QStringLiteral("RAND"); }
    IndexSupport indexSupport() const override
    {
        IndexSupport s;
        s.lengths = true;
        s.methods = {QStringLiteral("BTREE"), QStringLiteral("HASH")};
        s.types = {QStringLiteral("FULLTEXT"), QStringLiteral("SPATIAL")};
        s.methodAfterKeys = true;
        return s;
    }
    QString compositeUnique(const TableName &table, const QString &key,
                            const QStringList &quotedColumns) const override;
    bool hasBooleanLiterals() const override { return false; }
    // Through QMYSQL's prepared statements an INSERT ... RETURNING yields no rows.
    bool supportsInsertReturning() const override { return false; }
    bool supportsUpdateReturning() const override { return false; }
    int maxBindParameters() const override { return 65535; }
    bool bindsInListAsOne(const DataType &type) const override;
    bool appendListAsOne(Statement &statement, const QVariantList &values) const override;
    void appendInList(Statement &statement, const Statement &left, bool negate,
                      const DataType &type, const QVariantList &values) const override;
    // Measured with QMYSQL on loopback, 10,000 rows of 5 columns: 500 rows per INSERT 52-54 ms,
    // 1,000 rows 56-61 ms, 100 rows 62-64 ms.
    int bulkChunkRows() const override { return 500; }
    qint64 insertIdStep(const QSqlDatabase &db) const override;
    bool generatesKeyForZero() const override { return true; }
    InsertedIds lastInsertIdOfMultiRowInsert() const override { return InsertedIds::FirstRow; }
    bool upsertCountsUpdatesTwice() const override { return true; }
    QStringList beginTransaction(int isolation, int type) const override;
    QString lockClause(Lock lock, bool skipLocked) const override;
    // MariaDB has no OF: the rows of every joined table are locked.
    QString lockClauseOf(Lock lock, bool skipLocked, const QString &) const override
    {
        return lockClause(lock, skipLocked);
    }
    QString onConflict(const QStringList &insertedColumns, const QStringList &conflictColumns,
                       const QStringList &updateColumns, bool ignoreDuplicates) const override;
    void appendOrderKey(Statement &statement, const Statement &key, Qt::SortOrder order,
                        NullsOrder nulls) const override;
    void appendLimit(Statement &statement, int limit, int offset) const override;
    bool limitsWrites() const override { return true; }
    bool isConnectionLost(const QSqlError &error) const override;
    bool namesPrimaryKey(const QString &key) const override
    {
        return key == QLatin1String("PRIMARY");
    }
    TableName referencedTable(const TableName &from, const TableName &to) const override
    {
        if (!from.schema.isEmpty() && to.schema.isEmpty() && !m_databaseName.isEmpty())
            return TableName(m_databaseName, to.name);
        return to;
    }
    bool validatesConnections() const override { return true; }
    bool connectionAlive(QSqlDriver *driver) const override; // mariadbconnection.cpp
    int rowsAffected(QSqlQuery &query) const override; // mariadbconnection.cpp
    void checkFirstRow(QSqlQuery &query) const override; // mariadbconnection.cpp
    std::shared_ptr<StatementCanceller>
    canceller(QSqlDatabase &db, const SequelizeOptions &options,
              const QString &baseName) const override; // mariadbconnection.cpp
    bool transactionEndedByError(QSqlDatabase &db) const override;
    void appendRegexp(Statement &statement, const Statement &left, bool negate,
                      bool caseInsensitive, const QString &pattern) const override;
    QVariant jsonPathValue(const QVariant &value, JsonCast cast) const override;
    void appendContains(Statement &statement, const QString &column, const DataType &type,
                        const QVariant &value) const override;
    void appendContained(Statement &statement, const QString &column, const DataType &type,
                         const QVariant &value) const override;

    // Schema reading and altering (mariadbschema.cpp).
    QString showAllTablesQuery() const override;
    QString showTablesOfSchemaQuery() const override
    {
        return QStringLiteral("SELECT table_name AS name FROM information_schema.tables WHERE "
                              "table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name");
    }
    QList<QString> showAllSchemas(const RowReader &rows) const override;
    QString createDatabaseStatement(const QString &name) const override
    {
        // As Sequelize's MySQL createDatabase.
        return QStringLiteral("CREATE DATABASE IF NOT EXISTS ") + quoteIdentifier(name);
    }
    QString currentSchemaExpression() const override { return QStringLiteral("DATABASE()"); }
    QList<QVariantMap> showConstraint(const RowReader &rows, const TableName &table) const override;
    QList<QVariantMap> foreignKeyReferences(const RowReader &rows,
                                            const TableName &table) const override;
    // UNIQUE is an index, FOREIGN KEY and PRIMARY KEY have their own DROP.
    QString dropConstraint(const TableName &table, const QString &name,
                           const QString &type) const override;
    QString versionQuery() const override { return QStringLiteral("SELECT VERSION()"); }
    QList<QPair<QString, ColumnDescription>> describeTable(const RowReader &rows,
                                                           const TableName &table) const override;
    QList<IndexDescription> showIndex(const RowReader &rows, const TableName &table) const override;
    QMap<QString, QString> columnSignatures(const RowReader &rows,
                                            const TableName &table) const override;
    QStringList scratchTableStatements(const QStringList &create) const override;
    QStringList dropScratchTableStatements(const TableName &table) const override;
    QString currentTimestampDefault(const DataType &type) const override;
    AlterPlan removeColumn(const RowReader &rows, const TableName &table,
                           const QString &column) const override;
    QStringList dropSchemaStatements(const RowReader &rows, const QString &schema) const override;
    AlterPlan changeColumn(const RowReader &rows, const DdlGenerator &ddl, const TableName &table,
                           const ColumnSpec &spec) const override;
    QString dropIndex(const TableName &table, const QString &name) const override;
    // ENGINE (InnoDB unless given), DEFAULT CHARSET and COLLATE as Sequelize writes them.
    QString tableOptions(const TableOptions &options) const override;
    // Without a charset or collation, a database whose default is not utf8mb4 (latin1 on a
    // stock server) gets utf8mb4 tables, so that any text (emoji included) can be stored; one
    // that is utf8mb4 keeps its own default collation.
    TableOptions resolveTableOptions(const RowReader &rows,
                                     const TableOptions &given) const override;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_MARIADBDIALECT_P_H
