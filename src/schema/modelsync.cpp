// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition::sync() and drop(): a model's table, created or altered (sync({alter})) through
// the schema operations QueryInterface shares.

#include "../dialects/changefeed_p.h"
#include "../meta/modeldefinition_p.h"

#include "../core/sequelize_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "schemachanges_p.h"

#include <QtSequelize/constraintoptions.h>
#include <QtSequelize/modelhooks.h>
#include <QtSequelize/queryinterface.h>

#include <algorithm>
#include <optional>

namespace QtSequelize {

/*!
    Creates the table if it does not exist (\c{Model.sync()}); it never alters an
    existing table. With SyncOptions::force() the table is dropped first.
    \a options: SyncOptions::force() or SyncOptions::alter(), and the hooks.
*/
void ModelDefinition::sync(const SyncOptions &options)
{
    Q_D(ModelDefinition);
    d->connection()->checkSyncOptions(OptionsAccess::data(options)); // match() is honoured too
    const bool hooks = OptionsAccess::data(options).hooks;
    d->runHook(hooks, &ModelHooks::beforeSync, options);
    const OptionsData &o = OptionsAccess::data(options);
    // Every index written out (or refused) before anything changes.
    const QList<QPair<QString, QString>> indexes = d->indexStatements();
    if (o.force)
        drop();
    const QList<QPair<QString, ColumnDescription>> existing = o.alter && !o.force
        ? SchemaChanges::describe(d->connection(), d->table())
        : QList<QPair<QString, ColumnDescription>>();
    if (!existing.isEmpty()) {
        d->alterTable(existing, o.alterDrop, o.withForeignKeys);
    } else {
        const TableOptions options
            = SchemaChanges::resolveTableOptions(d->connection(), d->tableOptions);
        for (const QString &sql : QueryGenerator(*d).createTable(options, o.withForeignKeys))
            d->connection()->executeDirect(sql);
    }
    d->createIndexes(indexes);
    if (d->watchChanges)
        d->installChangeTriggers(); // again after alter: a rebuilt SQLite table lost them
    d->runHook(hooks, &ModelHooks::afterSync, options);
}

/*!
    Returns the columns of the model's table as the database describes them, keyed by
    column name (Sequelize's \c{Model.describe()}): QueryInterface::describeTable() of
    tableName() in schema(). Throws DatabaseError when the table does not exist.
*/
QMap<QString, ColumnDescription> ModelDefinition::describe()
{
    Q_D(ModelDefinition);
    QueryInterface qi = d->sequelize->queryInterface();
    return (d->schema.isEmpty() ? qi : qi.inSchema(d->schema)).describeTable(d->tableName);
}

void ModelDefinitionPrivate::installChangeTriggers()
{
    const std::unique_ptr<ChangeFeed> feed = dialect().changeFeed();
    QStringList keyColumns;
    for (int index : std::as_const(primaryKeys))
        keyColumns.append(attributes.at(index).field);
    for (const QString &sql : feed->setupStatements() + feed->installTriggers(table(), keyColumns))
        connection()->executeDirect(sql);
}

QList<QPair<QString, QString>> ModelDefinitionPrivate::indexStatements() const
{
    const QueryGenerator generator(*this);
    const DdlGenerator ddl(dialect());
    QList<QPair<QString, QString>> statements;
    for (const IndexOptions &index : std::as_const(indexes)) {
        const IndexSpec spec = generator.indexSpec(index);
        statements.append({spec.name, ddl.createIndex(table(), spec)});
    }
    return statements;
}

void ModelDefinitionPrivate::createIndexes(const QList<QPair<QString, QString>> &statements)
{
    if (statements.isEmpty())
        return;
    const QStringList existing = SchemaChanges::indexNames(connection(), table());
    for (const auto &[name, sql] : statements) {
        if (!existing.contains(name))
            connection()->executeDirect(sql);
    }
}

// sync({alter}): as Sequelize, every attribute's column is added or changed (keys and
// auto-increment columns stay), and columns of no attribute are dropped unless \a drop is false.
// Without \a withForeignKeys an added column has no reference yet.
void ModelDefinitionPrivate::alterTable(const QList<QPair<QString, ColumnDescription>> &existing,
                                        bool drop, bool withForeignKeys)
{
    QStringList columns;
    for (const auto &column : existing)
        columns.append(column.first);
    QStringList fields;
    for (const AttributeInfo &info : std::as_const(attributes)) {
        if (info.type.kind() == DataType::Virtual)
            continue;
        fields.append(info.field);
        ColumnSpec spec{info.field, Attribute(info.options).type(info.type), info.references};
        if (!withForeignKeys)
            spec.dropReferences();
        if (!columns.contains(info.field))
            SchemaChanges::addColumn(connection(), table(), spec);
        else if (!info.options.isPrimaryKey() && !info.options.isAutoIncrement())
            SchemaChanges::changeColumn(connection(), table(), spec);
    }
    for (const QString &column : std::as_const(columns)) {
        if (drop && !fields.contains(column))
            SchemaChanges::removeColumn(connection(), table(), column);
    }
    addLackedConstraints(existing, withForeignKeys);
}

// What an attribute asks and its existing column lacks, added as Sequelize's alter adds it (its
// changeColumn of each column): a unique constraint on the column alone, the foreign keys.
// Keys and constraints the column has stay (Sequelize drops and re-adds its foreign keys).
// Without \a withForeignKeys (a cyclic sync()) the keys are left to its second pass.
void ModelDefinitionPrivate::addLackedConstraints(
    const QList<QPair<QString, ColumnDescription>> &existing, bool withForeignKeys)
{
    SequelizePrivate *s = connection();
    const TableName name = table();
    QueryInterface queryInterface(sequelize);
    if (!name.schema.isEmpty())
        queryInterface = queryInterface.inSchema(name.schema);
    const QList<QVariantMap> keys = dialect().foreignKeyReferences(SchemaChanges::rows(s), name);
    bool lacksKey = false;
    std::optional<QMap<QString, ColumnDescription>> described; // with unique indexes
    for (const auto &column : existing) {
        const QString &field = column.first;
        const auto info = std::find_if(attributes.cbegin(), attributes.cend(),
                                       [&](const AttributeInfo &a) { return a.field == field; });
        if (info == attributes.cend() || info->options.isPrimaryKey())
            continue;
        if (info->options.isUnique() && info->options.uniqueKey() == QLatin1String("\x01")) {
            if (!described)
                described = queryInterface.describeTable(name.name);
            if (!described->value(field).isUnique())
                queryInterface.addConstraint(name.name,
                                             ConstraintOptions(ConstraintOptions::Unique, {field}));
        }
        if (!withForeignKeys)
            continue;
        const ColumnSpec spec{field, Attribute(info->options).type(info->type), info->references};
        for (ForeignKeyReference reference : DdlGenerator::referencesOf(spec)) {
            reference.table = dialect().referencedTable(name, reference.table);
            if (SchemaChanges::hasForeignKey(keys, field, reference.table.name))
                continue;
            if (dialect().addsConstraints()) {
                lacksKey = true;
                continue;
            }
            ConstraintOptions key(ConstraintOptions::ForeignKey, {field});
            key.references(reference.table.name, reference.column);
            if (!reference.onDelete.isEmpty())
                key.onDelete(reference.onDelete);
            if (!reference.onUpdate.isEmpty())
                key.onUpdate(reference.onUpdate);
            if (reference.deferrable)
                key.deferrable(*reference.deferrable);
            queryInterface.addConstraint(name.name, key);
        }
    }
    if (lacksKey)
        SchemaChanges::addMissingForeignKeys(s, this);
}

void ModelDefinition::drop()
{
    Q_D(ModelDefinition);
    for (const QString &sql : QueryGenerator(*d).dropTable())
        d->connection()->executeDirect(sql);
}

} // namespace QtSequelize
