// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SQLITEDIALECT_P_H
#define QTSEQUELIZE_SQLITEDIALECT_P_H

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

#include <QtCore/qmutex.h>

namespace QtSequelize {

class SqliteDialect final : public Dialect
{
public:
    ~SqliteDialect() override; // sqlitelibrary.cpp
    QString name() const override;
    std::unique_ptr<ChangeFeed> changeFeed() const override; // sqlitechangefeed.cpp
    Lexicon lexicon() const override
    {
        Lexicon l;
        l.bracketNames = true;
        l.prefixedParameters = true;
        l.qtPlaceholderScan = true;
        return l;
    }
    QString driverName() const override;
    int defaultPort() const override;
    void configure(QSqlDatabase &db, const SequelizeOptions &options,
                   const QString &instanceKey) const override;
    QStringList sessionStatements(const SequelizeOptions &options) const override;
    // journal_mode and synchronous (PRAGMAs of each connection), busy_timeout (ms).
    bool acceptsDialectOption(const QString &name, const QString &value) const override;
    // A progress handler that interrupts the statement after the deadline (sqlitetimeout.cpp).
    void armStatementTimeout(QSqlDatabase &db, bool inTransaction, int milliseconds) const override;
    void disarmStatementTimeout(QSqlDatabase &db, bool inTransaction) const override;

    QString quoteIdentifier(const QString &identifier) const override;
    // SQLite gathers a RETURNING clause's rows in a temporary b-tree opened and closed per
    // statement, and QSQLITE sets a result up around it: more than the insert itself costs.
    bool prefersLastInsertId() const override { return true; }
    // IN (SELECT value FROM json_each(?)): QSQLITE names every placeholder and looks them up
    // by name, which costs the square of their number (shared notes section 8). Every type but
    // BLOB and JSON: json_each() hands out numbers, strings and 1/0 for booleans, compared with
    // the column's affinity as a plain IN list is.
    bool bindsInListAsOne(const DataType &type) const override;
    // DECIMALs kept as text (wider than 15 digits) compare, order, add up and sum by value
    // (sqlitedecimal.cpp).
    void connectionOpened(QSqlDatabase &db) const override;
    QString comparedColumn(const QString &column, const DataType &type) const override;
    QString incremented(const QString &column, const QString &amount,
                        const DataType &type) const override;
    QString aggregated(const QString &function, const QString &argument,
                       const DataType &type) const override;
    // SELECT value FROM json_each(?): numbers, text, booleans and NULLs, 16 or more.
    bool appendListAsOne(Statement &statement, const QVariantList &values) const override;
    IndexSupport indexSupport() const override
    {
        IndexSupport s;
        s.partial = s.expressions = s.collations = true;
        return s;
    }
    void appendInList(Statement &statement, const Statement &left, bool negate,
                      const DataType &type, const QVariantList &values) const override;
    QString columnType(const DataType &type, const TableName &table,
                       const QString &column) const override;
    QString autoIncrementColumn(const DataType &type, bool *inlinePrimaryKey) const override;
    void appendJsonPath(Statement &statement, const QString &column, const QStringList &path,
                        JsonCast cast) const override;
    QVariant toDatabase(const QVariant &value, const DataType &type) const override;
    QVariant fromDatabase(const QVariant &value, const DataType &type) const override;
    QVariant fromRawColumn(const QVariant &value, const QSqlField &column) const override;
    bool convertsRawColumn(const QSqlField &column) const override;
    [[noreturn]] void raiseQueryError(const QSqlError &error, const QString &sql) const override;
    [[noreturn]] void raiseConnectionError(const QSqlError &error) const override;
    QStringList truncateTable(const TableName &table, const TruncateSpec &spec) const override;
    QStringList beginTransaction(int isolation, int type) const override;
    // SQLite has no row locks: a write transaction locks the database.
    QString lockClause(Lock, bool) const override { return QString(); }
    bool hasBooleanLiterals() const override { return false; }
    // QSQLITE looks named parameters up linearly: many per statement cost quadratic time.
    // QSQLITE looks every placeholder up by name (the square of their number per statement),
    // while each exec() has a fixed cost: 50 rows per INSERT measured fastest, 1.8x a
    // re-executed one-row INSERT and 4x 1,000-row INSERTs.
    int bulkChunkRows() const override { return 50; }
    InsertedIds lastInsertIdOfMultiRowInsert() const override { return InsertedIds::LastRow; }
    // An upsert's RETURNING does not say whether it inserted, and last_insert_rowid() cannot
    // either (a new row may take the rowid of one deleted just before).
    bool upsertChecksExistence() const override { return true; }
    // QSQLITE reports every failed step as a ConnectionError; an embedded database has no
    // connection to lose.
    bool isConnectionLost(const QSqlError &) const override { return false; }
    bool transactionEndedByError(QSqlDatabase &db) const override;
    std::shared_ptr<StatementCanceller>
    canceller(QSqlDatabase &db, const SequelizeOptions &options,
              const QString &baseName) const override; // sqlitetimeout.cpp
    bool isTransientLock(const QSqlError &error) const override;
    QVariant jsonPathValue(const QVariant &value, JsonCast cast) const override;
    // SQLite has no ANY/ALL: Op.any/Op.all with a sub-query are refused (lists work).
    void appendQuantifiedSubquery(Statement &, const Statement &, Where::Operator, bool,
                                  const QString &) const override;
    void appendLimit(Statement &statement, int limit, int offset) const override;
    QString rowIdentity() const override { return QStringLiteral("rowid"); }

    // Schema reading and altering (sqliteschema.cpp).
    QString showAllTablesQuery() const override;
    bool supportsSchemas() const override { return false; }
    bool supportsTimeZone() const override { return false; }
    QString createDatabaseStatement(const QString &) const override { refuseDatabases(); }
    QString dropDatabaseStatement(const QString &) const override { refuseDatabases(); }
    [[noreturn]] static void refuseDatabases();
    QStringList createSchemaStatements(const QString &) const override { return {}; }
    QStringList dropSchemaStatements(const RowReader &rows, const QString &schema) const override;
    QList<QString> showAllSchemas(const RowReader &rows) const override;
    // Unique indexes and the primary key (SQLite names no other constraint).
    QList<QVariantMap> showConstraint(const RowReader &rows, const TableName &table) const override;
    QList<QVariantMap> foreignKeyReferences(const RowReader &rows,
                                            const TableName &table) const override;
    bool addsConstraints() const override { return false; }
    QStringList foreignKeyChecksOff() const override;
    QStringList foreignKeyChecksOn() const override;
    QString dropConstraint(const TableName &table, const QString &name,
                           const QString &type) const override;
    QString versionQuery() const override { return QStringLiteral("SELECT sqlite_version()"); }
    QList<QPair<QString, ColumnDescription>> describeTable(const RowReader &rows,
                                                           const TableName &table) const override;
    QList<IndexDescription> showIndex(const RowReader &rows, const TableName &table) const override;
    QMap<QString, QString> columnSignatures(const RowReader &rows,
                                            const TableName &table) const override;
    QString currentTimestampDefault(const DataType &type) const override;
    AlterPlan changeColumn(const RowReader &rows, const DdlGenerator &ddl, const TableName &table,
                           const ColumnSpec &spec) const override;
    AlterPlan rebuildConstraints(const RowReader &rows, const TableName &table,
                                 const QString &added, const QString &dropped) const override;
    AlterPlan removeColumn(const RowReader &rows, const TableName &table,
                           const QString &column) const override;
    QStringList columnNames(const QSqlQuery &query) const override; // sqlitelibrary.cpp
    QString referencingTable(const RowReader &rows, const TableName &table,
                             const QString &column) const override;

private:
    // An in-memory database lives while a connection to it is open: this one, opened with the
    // first connection and closed with the dialect (the Sequelize), keeps it as long, however
    // the threads' own connections come and go (an idle pool thread's ends).
    void keepMemoryDatabase(const QString &uri) const; // sqlitelibrary.cpp
    mutable QMutex m_anchorMutex;
    mutable void *m_anchor = nullptr;
    AlterPlan rebuildPlan(const RowReader &rows, const TableName &table,
                          const QStringList &definitions, const QString &options,
                          const QList<QVariantMap> &columns,
                          const QStringList &droppedIndexes = {}) const;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_SQLITEDIALECT_P_H
