// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_POSTGRESDIALECT_P_H
#define QTSEQUELIZE_POSTGRESDIALECT_P_H

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

class PostgresDialect final : public Dialect
{
public:
    QString name() const override;
    std::unique_ptr<ChangeFeed> changeFeed() const override; // postgreschangefeed.cpp
    QString blobLiteral(const QByteArray &bytes) const override
    {
        return QStringLiteral("'\\x") + QString::fromLatin1(bytes.toHex())
            + QStringLiteral("'::bytea");
    }
    Lexicon lexicon() const override
    {
        Lexicon l;
        l.escapeStrings = true;
        l.nestedComments = true;
        l.dollarQuotes = true;
        l.driverSeesQuestionMarksOutsideStrings = true;
        return l;
    }
    QString driverName() const override;
    QStringList alternativeDrivers() const override;
    QString quoteString(const QString &text) const override;
    void registerDrivers() const override;
    int defaultPort() const override;
    void configure(QSqlDatabase &db, const SequelizeOptions &options,
                   const QString &instanceKey) const override;
    QStringList sessionStatements(const SequelizeOptions &options) const override;
    // libpq's connection parameters (client_encoding stays UTF8).
    bool acceptsDialectOption(const QString &name, const QString &value) const override;
    // SET [LOCAL] statement_timeout around the statement.
    void armStatementTimeout(QSqlDatabase &db, bool inTransaction, int milliseconds) const override;
    void disarmStatementTimeout(QSqlDatabase &db, bool inTransaction) const override;

    QString columnType(const DataType &type, const TableName &table,
                       const QString &column) const override;
    QString autoIncrementColumn(const DataType &type, bool *inlinePrimaryKey) const override;
    QVariant jsonPathValue(const QVariant &value, JsonCast cast) const override;
    void appendJsonPath(Statement &statement, const QString &column, const QStringList &path,
                        JsonCast cast) const override;
    QVariant toDatabase(const QVariant &value, const DataType &type) const override;
    // The driver sends QDateTime, QTime and QUuid with their own types (timestamptz, time,
    // uuid), which compare with stored values as they are.
    QVariant rawBinding(const QVariant &value) const override { return value; }
    void appendFunctionArgument(Statement &statement, const QString &function,
                                const QVariant &value) const override;
    QVariant fromDatabase(const QVariant &value, const DataType &type) const override;
    [[noreturn]] void raiseQueryError(const QSqlError &error, const QString &sql) const override;
    [[noreturn]] void raiseConnectionError(const QSqlError &error) const override;
    QStringList beforeCreateTable(const TableName &table,
                                  const QList<ColumnSpec> &columns) const override;
    QStringList dropOwnTypes(const RowReader &rows, const TableName &table) const override;
    QList<QVariantMap> listEnums(const RowReader &rows, const TableName &table,
                                 const QString &column) const override;
    QString dropEnum(const TableName &type) const override;
    QStringList afterDropTable(const TableName &table,
                               const QList<ColumnSpec> &columns) const override;
    QStringList commentStatements(const TableName &table,
                                  const QList<ColumnSpec> &columns) const override;
    QString dropTable(const TableName &table) const override;
    bool isConnectionLost(const QSqlError &error) const override;
    bool validatesConnections() const override { return true; }
    bool qualifiesRenamedTable() const override { return false; }
    bool connectionAlive(QSqlDriver *driver) const override; // postgresconnection.cpp
    std::shared_ptr<StatementCanceller>
    canceller(QSqlDatabase &db, const SequelizeOptions &options,
              const QString &baseName) const override; // postgresconnection.cpp
    QString deferrableClause(Deferrable deferrable) const override;
    QString setConstraints(const QStringList &constraints, bool deferred) const override;
    // PostgreSQL's protocol limit on parameters per statement.
    int maxBindParameters() const override { return 65535; }
    // Measured with QPSQL on loopback, 10,000 rows of 5 columns: 250 rows per INSERT 75-100 ms,
    // 1,000 rows 88-124 ms, 5,000 rows 164-178 ms (the server plans the longer VALUES lists).
    int bulkChunkRows() const override { return 250; }
    bool storesRowsInKeyOrder() const override { return false; }
    QString upsertInsertedColumn() const override { return QStringLiteral("(xmax = 0)"); }
    void appendILike(Statement &statement, const Statement &left, bool negate,
                     const Statement &pattern) const override;
    bool quantifiesPatterns() const override { return true; }
    // IN (SELECT unnest(CAST(? AS bigint[]))): one bound array, so one prepared statement for
    // every list length. Keys only: integers, strings and UUIDs.
    bool bindsInListAsOne(const DataType &type) const override;
    bool appendListAsOne(Statement &statement, const QVariantList &values) const override;
    static QString inListLiteral(const QVariantList &values, bool numeric);
    void appendContainment(Statement &statement, const QString &column, const DataType &type,
                           QLatin1StringView op, const QVariant &value) const;
    IndexSupport indexSupport() const override
    {
        IndexSupport s;
        s.partial = s.expressions = s.collations = s.operatorClasses = true;
        s.methods = {QStringLiteral("BTREE"), QStringLiteral("HASH"),   QStringLiteral("GIST"),
                     QStringLiteral("GIN"),   QStringLiteral("SPGIST"), QStringLiteral("BRIN")};
        return s;
    }
    void appendInList(Statement &statement, const Statement &left, bool negate,
                      const DataType &type, const QVariantList &values) const override;
    void appendRegexp(Statement &statement, const Statement &left, bool negate,
                      bool caseInsensitive, const QString &pattern) const override;
    QString rowIdentity() const override { return QStringLiteral("ctid"); }
    void appendContains(Statement &statement, const QString &column, const DataType &type,
                        const QVariant &value) const override;
    void appendContained(Statement &statement, const QString &column, const DataType &type,
                         const QVariant &value) const override;
    void appendOverlap(Statement &statement, const QString &column, const DataType &type,
                       const QVariant &value) const override;

    // Schema reading and altering (postgresschema.cpp).
    QString showAllTablesQuery() const override;
    QString showTablesOfSchemaQuery() const override
    {
        return QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                              "table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name");
    }
    bool supportsSearchPath() const override { return true; }
    QString maintenanceDatabase() const override { return QStringLiteral("postgres"); }
    QStringList dropSchemaStatements(const RowReader &rows, const QString &schema) const override;
    QList<QString> showAllSchemas(const RowReader &rows) const override;
    QList<QVariantMap> showConstraint(const RowReader &rows, const TableName &table) const override;
    QList<QVariantMap> foreignKeyReferences(const RowReader &rows,
                                            const TableName &table) const override;

    QString versionQuery() const override { return QStringLiteral("SHOW server_version"); }
    QList<QPair<QString, ColumnDescription>> describeTable(const RowReader &rows,
                                                           const TableName &table) const override;
    QList<IndexDescription> showIndex(const RowReader &rows, const TableName &table) const override;
    QMap<QString, QString> columnSignatures(const RowReader &rows,
                                            const TableName &table) const override;
    QStringList enumRebuild(const RowReader &rows, const TableName &table,
                            const ColumnSpec &spec) const;
    // As Sequelize: enum_<table>_<column>, in the table's schema.
    static TableName enumTypeName(const TableName &table, const QString &column);
    QString currentTimestampDefault(const DataType &type) const override;
    AlterPlan changeColumn(const RowReader &rows, const DdlGenerator &ddl, const TableName &table,
                           const ColumnSpec &spec) const override;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_POSTGRESDIALECT_P_H
