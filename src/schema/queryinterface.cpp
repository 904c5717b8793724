// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/queryinterface.h>

#include "../core/attribute_p.h"
#include "../core/modeloptions_p.h"
#include "../core/sequelize_p.h"
#include "../dialects/ddlgenerator_p.h"
#include "../dialects/dialect_p.h"
#include "../dialects/rowsreading_p.h"
#include "../dialects/rowstatements_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../query/rawquery_p.h"
#include "../sql/coercion_p.h"
#include "../sql/constraintoptions_p.h"
#include "../sql/errors_p.h"
#include "../sql/indexoptions_p.h"
#include "../sql/inflection_p.h"
#include "../sql/statement_p.h"
#include "queryinterface_p.h"
#include "schemachanges_p.h"
#include "tablemodel_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/sequelize.h>

#include <QtSql/qsqlquery.h>
#include <QtSql/qsqlrecord.h>

#include <algorithm>

namespace QtSequelize {

/*!
    \class QtSequelize::QueryInterface
    \inmodule QtSequelize
    \brief Schema changes and table-level statements without models (Sequelize's
    queryInterface, from Sequelize::queryInterface()), the ground migrations stand on.

    Names are table and column names as in the database; every identifier is quoted and every
    value bound. Failures throw the usual errors (a unique index violated by bulkInsert() is a
    UniqueConstraintError, dropping a table another one references a DatabaseError or
    ForeignKeyConstraintError). Where a database cannot alter a column in place (SQLite),
    changeColumn() rebuilds the table inside a transaction, keeping its rows and indexes.
    With ambient transactions (Sequelize::setAmbientTransactions()), the calls join the
    transaction the calling thread runs.
*/

namespace {

SequelizePrivate *privateOf(Sequelize *sequelize)
{
    return SequelizePrivate::get(sequelize);
}

// The connection schema statements run on: with ambient transactions, the transaction the
// calling thread runs (so that a migration can be atomic where DDL is transactional); else
// nullptr, the thread's default connection.
Connection *connectionOf(SequelizePrivate *s)
{
    return s->connectionFor(OptionsData());
}

// Schema statements (DDL, cannot be prepared), on connectionOf().
void runDdl(SequelizePrivate *s, const QStringList &statements)
{
    for (const QString &sql : statements)
        s->executeDirect(sql, connectionOf(s), true);
}

QList<QVariantMap> readRows(SequelizePrivate *s, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery &query = s->execute(Statement{sql, bindings}, true, connectionOf(s));
    const RowsReading reading(query);
    const QList<QVariantMap> rows = readRawRows(query, *s->dialect);
    s->endRows(query);
    return rows;
}

Dialect::RowReader rowReader(SequelizePrivate *s)
{
    return [s](const QString &sql, const QVariantList &bindings) {
        return readRows(s, sql, bindings);
    };
}

int rowsAffected(SequelizePrivate *s, const Statement &statement)
{
    QSqlQuery &query = s->execute(statement, true, connectionOf(s));
    const RowsReading reading(query);
    const int affected = s->dialect->rowsAffected(query);
    s->endRows(query);
    return affected;
}

} // namespace

void SchemaChanges::run(SequelizePrivate *s, const QStringList &statements)
{
    runDdl(s, statements);
}

Dialect::RowReader SchemaChanges::rows(SequelizePrivate *s)
{
    return rowReader(s);
}

QList<QPair<QString, ColumnDescription>> SchemaChanges::describe(SequelizePrivate *s,
                                                                 const TableName &table)
{
    return s->dialect->describeTable(rowReader(s), table);
}

QStringList SchemaChanges::indexNames(SequelizePrivate *s, const TableName &table)
{
    QStringList names;
    for (const IndexDescription &index : s->dialect->showIndex(rowReader(s), table))
        names.append(index.name());
    return names;
}

TableOptions SchemaChanges::resolveTableOptions(SequelizePrivate *s, const TableOptions &given)
{
    return s->dialect->resolveTableOptions(rowReader(s), given);
}

void SchemaChanges::withForeignKeyChecksOff(SequelizePrivate *s, bool off,
                                            const std::function<void()> &work)
{
    if (off)
        runDdl(s, s->dialect->foreignKeyChecksOff());
    try {
        work();
    } catch (...) {
        if (off)
            runDdl(s, s->dialect->foreignKeyChecksOn());
        throw;
    }
    if (off)
        runDdl(s, s->dialect->foreignKeyChecksOn());
}

bool SchemaChanges::dropForeignKeysBetween(SequelizePrivate *s, const QList<TableName> &tables)
{
    QStringList names;
    for (const TableName &table : tables)
        names.append(table.name);
    bool dropped = false;
    for (const TableName &table : tables) {
        QStringList keys;
        for (const QVariantMap &key : s->dialect->foreignKeyReferences(rowReader(s), table)) {
            const QString name = key.value(QStringLiteral("constraintName")).toString();
            if (!keys.contains(name)
                && names.contains(key.value(QStringLiteral("referencedTableName")).toString()))
                keys.append(name);
        }
        for (const QString &name : std::as_const(keys))
            runDdl(s, {s->dialect->dropConstraint(table, name, QStringLiteral("FOREIGN KEY"))});
        dropped = dropped || !keys.isEmpty();
    }
    return dropped;
}

static void runAlterPlan(SequelizePrivate *s, const Dialect::AlterPlan &plan);

void SchemaChanges::addColumn(SequelizePrivate *s, const TableName &table, const ColumnSpec &column)
{
    runDdl(s, s->dialect->beforeCreateTable(table, {column}));
    runDdl(s, {DdlGenerator(*s->dialect).addColumn(table, column)});
    runDdl(s, s->dialect->commentStatements(table, {column}));
}

void SchemaChanges::removeColumn(SequelizePrivate *s, const TableName &table, const QString &column)
{
    runAlterPlan(s, s->dialect->removeColumn(rowReader(s), table, column));
}

// Runs an alter plan: its before statements, its precondition, its statements in one
// transaction, its after statements (also when the statements fail).
static void runAlterPlan(SequelizePrivate *s, const Dialect::AlterPlan &plan)
{
    runDdl(s, plan.before);
    const auto preconditionFails = [&] {
        const QList<QVariantMap> rows = readRows(s, plan.precondition, {});
        return !rows.isEmpty() && !rows.first().isEmpty() && rows.first().first().toInt() != 0;
    };
    try {
        if (!plan.precondition.isEmpty() && preconditionFails())
            throw DatabaseError(plan.refusal);
        // Together: PostgreSQL's several ALTERs, SQLite's rebuild (DDL is transactional there;
        // not on MariaDB, where each statement commits).
        std::optional<AtomicBlock> block;
        if (std::none_of(plan.statements.cbegin(), plan.statements.cend(),
                         [&](const QString &sql) { return s->dialect->commitsTransaction(sql); }))
            block.emplace(s, connectionOf(s));
        runDdl(s, plan.statements);
        if (block)
            block->commit();
    } catch (...) {
        runDdl(s, plan.after);
        throw;
    }
    runDdl(s, plan.after);
}

void SchemaChanges::changeColumn(SequelizePrivate *s, const TableName &table,
                                 const ColumnSpec &given)
{
    ColumnSpec spec = given;
    spec.withUnique = false; // a unique constraint is its own; altering must not add another
    spec.withCheck = false; // likewise a CHECK
    const DdlGenerator ddl(*s->dialect);
    runDdl(s, s->dialect->beforeCreateTable(table, {spec}));
    runAlterPlan(s, s->dialect->changeColumn(rowReader(s), ddl, table, spec));
}

QueryInterface::QueryInterface(Sequelize *sequelize)
    : d(new QueryInterfaceData(sequelize))
{
}
QueryInterface::QueryInterface(const QueryInterface &other) = default;
QueryInterface &QueryInterface::operator=(const QueryInterface &other) = default;
QueryInterface::~QueryInterface() = default;

/*!
    This query interface with its tables in \a schema (an empty one: the connection's own), as
    Sequelize's table arguments of the form \c{{tableName, schema}}:
    \code
    QueryInterface tenant = sequelize.queryInterface().inSchema("tenant");
    tenant.createTable("users", {{"name", DataTypes::String()}}); // "tenant"."users"
    \endcode
    Names of \a schema are quoted like every identifier; SQLite, which has no schemas, names the
    table "tenant.users" as a model with the schema option does.
*/
QueryInterface QueryInterface::inSchema(const QString &schema) const
{
    QueryInterface copy(d->sequelize);
    copy.d->schema = schema;
    return copy;
}

QString QueryInterface::schema() const
{
    return d->schema;
}

QString QueryInterface::quoteIdentifier(const QString &identifier) const
{
    return privateOf(d->sequelize)->dialect->quoteIdentifier(identifier);
}

static QString createIndexSql(SequelizePrivate *s, const TableName &table, const QString &tableName,
                              const QStringList &fields, const IndexOptions &options,
                              const std::function<std::unique_ptr<ModelDefinition>()> &columns);

void QueryInterface::createTable(const QString &tableName, const Attributes &attributes,
                                 const ModelOptions &options)
{
    const TableName table = d->table(tableName);
    SequelizePrivate *s = privateOf(d->sequelize);
    QList<ColumnSpec> columns;
    for (const auto &[name, attribute] : attributes)
        AttributeInternals::requireSameSequelize(attribute, d->sequelize, name);
    for (const auto &[name, attribute] : attributes)
        columns.append(
            {attribute.field().isEmpty() ? name : attribute.field(), attribute, {}, true});
    const ModelOptionsData &o = *ModelOptionsData::get(options);
    // The options' indexes are made with the table (as addIndex() makes them: column keys).
    // Written before the table is made, so that an index refused (a column the table lacks, a
    // where on MariaDB) leaves no table behind; a where is written over the attributes.
    const auto attributeColumns = [&] { return tableModel(d->sequelize, table, attributes); };
    QStringList indexes;
    for (const IndexOptions &index : o.indexes)
        indexes.append(createIndexSql(s, table, tableName, {}, index, attributeColumns));
    const TableOptions given{o.charset.value_or(QString()), o.collate.value_or(QString()),
                             o.engine.value_or(QString())};
    runDdl(
        s,
        DdlGenerator(*s->dialect)
            .createTableStatements(table, columns, SchemaChanges::resolveTableOptions(s, given)));
    runDdl(s, indexes);
}

void QueryInterface::renameTable(const QString &from, const QString &to)
{
    SequelizePrivate *s = privateOf(d->sequelize);
    runDdl(s, {DdlGenerator(*s->dialect).renameTable(d->table(from), d->table(to))});
}

/*!
    Creates the database \a database on the server this connection is on (Sequelize's
    createDatabase; on MariaDB only if it does not exist). DefinitionError on SQLite.
*/
void QueryInterface::createDatabase(const QString &database)
{
    SequelizePrivate *s = privateOf(d->sequelize);
    runDdl(s, {s->dialect->createDatabaseStatement(database)});
}

/*!
    Drops the database \a database if it exists (Sequelize's dropDatabase). DefinitionError on
    SQLite.
*/
void QueryInterface::dropDatabase(const QString &database)
{
    SequelizePrivate *s = privateOf(d->sequelize);
    runDdl(s, {s->dialect->dropDatabaseStatement(database)});
}

/*!
    Creates \a schema if it does not exist (\c{CREATE SCHEMA IF NOT EXISTS}; a database on
    MariaDB; nothing on SQLite, whose tables carry their schema in their names).
*/
void QueryInterface::createSchema(const QString &schema)
{
    SequelizePrivate *s = privateOf(d->sequelize);
    runDdl(s, s->dialect->createSchemaStatements(schema));
}

/*!
    Drops \a schema with everything in it, if it exists (PostgreSQL: \c{DROP SCHEMA ... CASCADE},
    as Sequelize; MariaDB: the database; SQLite: the tables named "schema.*").
*/
void QueryInterface::dropSchema(const QString &schema)
{
    SequelizePrivate *s = privateOf(d->sequelize);
    const QStringList statements = s->dialect->dropSchemaStatements(rowReader(s), schema);
    // As PostgreSQL's DROP SCHEMA … CASCADE, rows of other tables that reference the schema's
    // stay: SQLite drops its tables with its foreign key checks off (its DROP TABLE would
    // delete them, or fail on a key to a table dropped before).
    SchemaChanges::withForeignKeyChecksOff(s, true, [&] { runDdl(s, statements); });
}

/*!
    The schemas made by users, sorted: not PostgreSQL's public, pg_* and information_schema, not
    MariaDB's system databases (the current database is listed).
*/
QStringList QueryInterface::showAllSchemas()
{
    SequelizePrivate *s = privateOf(d->sequelize);
    QStringList schemas = s->dialect->showAllSchemas(rowReader(s));
    std::sort(schemas.begin(), schemas.end());
    return schemas;
}

/*!
    Drops every schema showAllSchemas() lists but the connection's own database (MariaDB), as
    Sequelize's dropAllSchemas().
*/
void QueryInterface::dropAllSchemas()
{
    SequelizePrivate *s = privateOf(d->sequelize);
    QString current;
    if (s->dialect->supportsSchemas()) {
        const QVariantMap row
            = readRows(s, QStringLiteral("SELECT ") + s->dialect->currentSchemaExpression(), {})
                  .value(0);
        current = row.isEmpty() ? QString() : row.first().toString();
    }
    for (const QString &schema : showAllSchemas()) {
        if (schema != current)
            dropSchema(schema);
    }
}

// Sequelize's own schema calls, as its queryInterface's.
/*!
    Creates \a schema if it does not exist: QueryInterface::createSchema().
*/
void Sequelize::createSchema(const QString &schema)
{
    queryInterface().createSchema(schema);
}
/*!
    Drops \a schema and what is in it: QueryInterface::dropSchema().
*/
void Sequelize::dropSchema(const QString &schema)
{
    queryInterface().dropSchema(schema);
}
/*!
    The schemas users made, sorted: QueryInterface::showAllSchemas().
*/
QStringList Sequelize::showAllSchemas()
{
    return queryInterface().showAllSchemas();
}
/*!
    Drops every schema showAllSchemas() lists: QueryInterface::dropAllSchemas().
*/
void Sequelize::dropAllSchemas()
{
    queryInterface().dropAllSchemas();
}

QStringList QueryInterface::showAllTables()
{
    SequelizePrivate *s = privateOf(d->sequelize);
    QStringList tables;
    if (d->schema.isEmpty() || !s->dialect->supportsSchemas()) {
        // SQLite: a schema's tables are those named "schema.*", listed without the prefix.
        const QString prefix = d->schema.isEmpty() ? QString() : d->schema + QLatin1Char('.');
        for (const QVariantMap &row : readRows(s, s->dialect->showAllTablesQuery(), {})) {
            const QString name = row.first().toString();
            if (prefix.isEmpty() || name.startsWith(prefix))
                tables.append(name.mid(prefix.size()));
        }
    } else {
        for (const QVariantMap &row :
             readRows(s, s->dialect->showTablesOfSchemaQuery(), {d->schema}))
            tables.append(row.first().toString());
    }
    std::sort(tables.begin(), tables.end()); // by code point on every database (not collation)
    return tables;
}

bool QueryInterface::tableExists(const QString &tableName)
{
    return showAllTables().contains(tableName);
}

QString QueryInterface::databaseVersion()
{
    SequelizePrivate *s = privateOf(d->sequelize);
    const QList<QVariantMap> rows = readRows(s, s->dialect->versionQuery(), {});
    return rows.isEmpty() || rows.first().isEmpty() ? QString() : rows.first().first().toString();
}

QMap<QString, ColumnDescription> QueryInterface::describeTable(const QString &tableName)
{
    const TableName table = d->table(tableName);
    QMap<QString, ColumnDescription> columns = describedColumns(d->sequelize, table, tableName);
    for (const IndexDescription &index : showIndex(tableName)) {
        if (index.isUnique() && !index.isPrimary() && index.fields().size() == 1) {
            const auto column = columns.find(index.fields().constFirst());
            if (column != columns.end())
                column->setUnique(true);
        }
    }
    return columns;
}

void QueryInterface::addColumn(const QString &tableName, const QString &column,
                               const Attribute &attribute)
{
    if (tableName.isEmpty() || column.isEmpty())
        throw DefinitionError(QStringLiteral("addColumn takes a table, an attribute name and an "
                                             "attribute definition"));
    const TableName table = d->table(tableName);
    AttributeInternals::requireSameSequelize(attribute, d->sequelize, column);
    SchemaChanges::addColumn(privateOf(d->sequelize), table, {column, attribute, {}, true});
}

void QueryInterface::removeColumn(const QString &tableName, const QString &column)
{
    const TableName table = d->table(tableName);
    SchemaChanges::removeColumn(privateOf(d->sequelize), table, column);
}

void QueryInterface::renameColumn(const QString &tableName, const QString &from, const QString &to)
{
    const TableName table = d->table(tableName);
    SequelizePrivate *s = privateOf(d->sequelize);
    // As Sequelize's, a missing column is named (the databases' own texts differ).
    const QList<QPair<QString, ColumnDescription>> columns = SchemaChanges::describe(s, table);
    if (std::none_of(columns.cbegin(), columns.cend(),
                     [&](const auto &column) { return column.first == from; }))
        throw DatabaseError(
            QStringLiteral("Table %1 doesn't have the column %2").arg(tableName, from));
    runDdl(s, {DdlGenerator(*s->dialect).renameColumn(table, from, to)});
}

void QueryInterface::changeColumn(const QString &tableName, const QString &column,
                                  const Attribute &attribute)
{
    const TableName table = d->table(tableName);
    AttributeInternals::requireSameSequelize(attribute, d->sequelize, column);
    if (!attribute.referencedSchema().isEmpty())
        throw DefinitionError(QStringLiteral("changeColumn() adds no foreign key to a model's "
                                             "table in a schema; use addConstraint() with the "
                                             "table the connection sees"));
    SchemaChanges::changeColumn(privateOf(d->sequelize), table, {column, attribute, {}, true});
    // What the attribute asks and the column lacks, as Sequelize's changeColumn adds it: a
    // unique constraint on the column alone, a foreign key.
    if (attribute.isUnique() && attribute.uniqueKey() == QLatin1String("\x01")
        && !describeTable(tableName).value(column).isUnique())
        addConstraint(tableName, ConstraintOptions(ConstraintOptions::Unique, {column}));
    if (attribute.referencedTable().isEmpty())
        return;
    for (const QVariantMap &key : getForeignKeyReferencesForTable(tableName)) {
        if (key.value(QStringLiteral("columnName")).toString() == column
            && key.value(QStringLiteral("referencedTableName")).toString()
                == TableName(attribute.referencedTable()).name
            && key.value(QStringLiteral("referencedColumnName")).toString()
                == attribute.referencedColumn())
            return;
    }
    ConstraintOptions key(ConstraintOptions::ForeignKey, {column});
    key.references(attribute.referencedTable(), attribute.referencedColumn())
        .onDelete(attribute.onDeleteAction())
        .onUpdate(attribute.onUpdateAction());
    if (attribute.deferrableMode() != Deferrable::Not)
        key.deferrable(attribute.deferrableMode());
    addConstraint(tableName, key);
}

// The CREATE INDEX of addIndex() (and createTable()'s indexes): column keys, and a where written
// by the query generator over \a columns, a model of the table (made when needed).
static QString createIndexSql(SequelizePrivate *s, const TableName &table, const QString &tableName,
                              const QStringList &fields, const IndexOptions &options,
                              const std::function<std::unique_ptr<ModelDefinition>()> &columns)
{
    const IndexOptionsData &o = IndexOptionsData::get(options);
    IndexSpec spec;
    spec.unique = options.isUnique();
    if (o.type.compare(QLatin1String("UNIQUE"), Qt::CaseInsensitive) != 0)
        spec.type = o.type;
    spec.method = o.method;
    QStringList names;
    for (const QString &field : fields) {
        spec.keys.append({field, QString(), Qt::AscendingOrder, -1, QString(), QString()});
        names.append(field);
    }
    for (const IndexKeyOption &key : o.keys) {
        if (key.expression.isValid())
            throw DefinitionError(QStringLiteral("QueryInterface::addIndex() takes column keys; "
                                                 "declare a computed key in a model's indexes"));
        spec.keys.append(
            {key.name, QString(), key.order, key.length, key.collate, key.operatorClass});
        names.append(key.name);
    }
    // Sequelize's default name: <table>_<fields>, underscored.
    spec.name = !o.name.isEmpty() ? o.name : Inflection::indexName(tableName, names);
    if (!o.where.isEmpty()) {
        const std::unique_ptr<ModelDefinition> model = columns();
        spec.whereSql
            = QueryGenerator(*ModelDefinitionPrivate::get(model.get())).indexWhere(o.where);
    }
    return DdlGenerator(*s->dialect).createIndex(table, spec);
}

void QueryInterface::addIndex(const QString &tableName, const QStringList &fields,
                              const IndexOptions &options)
{
    const TableName table = d->table(tableName);
    // A where is written as a model's, over the table's columns named and typed as described.
    const auto described = [&] { return describedModel(d->sequelize, table, tableName); };
    runDdl(privateOf(d->sequelize),
           {createIndexSql(privateOf(d->sequelize), table, tableName, fields, options, described)});
}

void QueryInterface::addConstraint(const QString &tableName, const ConstraintOptions &constraint)
{
    const TableName table = d->table(tableName);
    SequelizePrivate *s = privateOf(d->sequelize);
    const ConstraintOptionsData &c = ConstraintOptionsData::get(constraint);
    const DdlGenerator ddl(*s->dialect);
    if (!s->dialect->addsConstraints() && c.type != ConstraintOptions::Unique) {
        // SQLite: the table rebuilt with the constraint. The copied rows must satisfy a CHECK
        // or a key; foreign keys are off during a rebuild, so the rows are checked first, as
        // other databases check them when the key is added.
        const QString clause = ddl.constraintClause(table, c);
        if (c.type == ConstraintOptions::ForeignKey) {
            const Dialect &dialect = *s->dialect;
            const QString column = dialect.quoteIdentifier(c.fields.value(0));
            const QString sql
                = QStringLiteral("SELECT COUNT(*) AS n FROM %1 WHERE %2 IS NOT NULL AND %2 NOT IN "
                                 "(SELECT %3 FROM %4)")
                      .arg(dialect.quoteTable(table), column, dialect.quoteIdentifier(c.field),
                           dialect.quoteIdentifier(c.table));
            if (readRows(s, sql, {}).value(0).value(QStringLiteral("n")).toLongLong() > 0)
                throw ForeignKeyConstraintError(
                    QStringLiteral("Rows of \"%1\" reference no row of \"%2\": the foreign key "
                                   "cannot be added")
                        .arg(tableName, c.table));
        }
        runAlterPlan(s, s->dialect->rebuildConstraints(rowReader(s), table, clause, QString()));
        return;
    }
    runDdl(s, {ddl.addConstraint(table, c)});
}

void QueryInterface::removeConstraint(const QString &tableName, const QString &name)
{
    const TableName table = d->table(tableName);
    SequelizePrivate *s = privateOf(d->sequelize);
    for (const QVariantMap &c : s->dialect->showConstraint(rowReader(s), table)) {
        if (c.value(QStringLiteral("constraintName")).toString() == name) {
            const QString type = c.value(QStringLiteral("constraintType")).toString();
            if (!s->dialect->addsConstraints() && type != QLatin1String("UNIQUE"))
                runAlterPlan(s, s->dialect->rebuildConstraints(rowReader(s), table, {}, name));
            else
                runDdl(s, {s->dialect->dropConstraint(table, name, type)});
            return;
        }
    }
    throw ErrorBuilder::withConstraint(
        UnknownConstraintError(QStringLiteral("Constraint \"%1\" on table \"%2\" does not exist")
                                   .arg(name, tableName)),
        name, tableName, {});
}

QList<QVariantMap> QueryInterface::showConstraint(const QString &tableName)
{
    const TableName table = d->table(tableName);
    SequelizePrivate *s = privateOf(d->sequelize);
    return s->dialect->showConstraint(rowReader(s), table);
}

/*!
    The foreign keys of \a tableName, one map per column, as Sequelize's
    \c{queryInterface.getForeignKeyReferencesForTable()}: \c constraintName, \c tableName,
    \c tableSchema, \c columnName, \c referencedTableName, \c referencedTableSchema and
    \c referencedColumnName. SQLite names no foreign key: its constraintName is made of the
    table's name, the key's number and its column.
*/
QList<QVariantMap> QueryInterface::getForeignKeyReferencesForTable(const QString &tableName)
{
    SequelizePrivate *s = privateOf(d->sequelize);
    return s->dialect->foreignKeyReferences(rowReader(s), d->table(tableName));
}

void QueryInterface::removeIndex(const QString &tableName, const QString &name)
{
    const TableName table = d->table(tableName);
    SequelizePrivate *s = privateOf(d->sequelize);
    runDdl(s, {s->dialect->dropIndex(table, name)});
}

/*!
    \overload
    Removes the index addIndex() made on \a fields without a name (Sequelize's
    \c{removeIndex(table, [fields])}: the index named \c{<table>_<fields>}, underscored).
*/
void QueryInterface::removeIndex(const QString &tableName, const QStringList &fields)
{
    removeIndex(tableName, Inflection::indexName(tableName, fields));
}

QList<IndexDescription> QueryInterface::showIndex(const QString &tableName)
{
    const TableName table = d->table(tableName);
    SequelizePrivate *s = privateOf(d->sequelize);
    return s->dialect->showIndex(rowReader(s), table);
}

void QueryInterface::bulkInsert(const QString &tableName, const QList<QVariantMap> &rows)
{
    const TableName table = d->table(tableName);
    if (rows.isEmpty())
        return;
    SequelizePrivate *s = privateOf(d->sequelize);
    AtomicBlock block(s, connectionOf(s)); // all chunks or none
    for (const Statement &statement : RowStatements(*s->dialect).insertRows(table, rows))
        rowsAffected(s, statement);
    block.commit();
}

int QueryInterface::bulkUpdate(const QString &tableName, const QVariantMap &values,
                               const QVariantMap &where)
{
    const TableName table = d->table(tableName);
    if (values.isEmpty())
        return 0;
    SequelizePrivate *s = privateOf(d->sequelize);
    const std::unique_ptr<ModelDefinition> model = describedModel(d->sequelize, table, tableName);
    const ModelDefinitionPrivate &m = *ModelDefinitionPrivate::get(model.get());
    QList<int> columns;
    QVariantList typed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        columns.append(m.requireIndex(it.key()));
        typed.append(coerce(*it, m.attribute(columns.last()).type, it.key()));
    }
    return rowsAffected(s, QueryGenerator(m).update(columns, typed, Where::fromMap(where), false));
}

int QueryInterface::bulkDelete(const QString &tableName, const QVariantMap &where)
{
    const TableName table = d->table(tableName);
    SequelizePrivate *s = privateOf(d->sequelize);
    const std::unique_ptr<ModelDefinition> model = describedModel(d->sequelize, table, tableName);
    return rowsAffected(s,
                        QueryGenerator(*ModelDefinitionPrivate::get(model.get()))
                            .remove(Where::fromMap(where), false));
}

} // namespace QtSequelize
