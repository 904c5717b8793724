// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize::sync() and drop(): every model's table, in the order of their foreign keys, and
// models whose keys form a cycle (A belongsTo B, B belongsTo A) as Sequelize does them.

#include "../meta/modeldefinition_p.h"

#include "../core/sequelize_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "schemachanges_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/sequelizehooks.h>

#include <algorithm>

namespace QtSequelize {

namespace {

// The tables of \a models.
QList<TableName> tablesOf(const QList<ModelDefinition *> &models)
{
    QList<TableName> tables;
    for (ModelDefinition *m : models)
        tables.append(ModelDefinitionPrivate::get(m)->table());
    return tables;
}

} // namespace

bool SchemaChanges::hasForeignKey(const QList<QVariantMap> &keys, const QString &column,
                                  const QString &referenced)
{
    return std::any_of(keys.cbegin(), keys.cend(), [&](const QVariantMap &key) {
        return key.value(QStringLiteral("columnName")).toString() == column
            && key.value(QStringLiteral("referencedTableName")).toString() == referenced;
    });
}

// The second pass of a cyclic sync(), and sync({alter}) on keys an existing table lacks.
void SchemaChanges::addMissingForeignKeys(SequelizePrivate *s, ModelDefinitionPrivate *model)
{
    const QList<QVariantMap> existing
        = s->dialect->foreignKeyReferences(SchemaChanges::rows(s), model->table());
    QStringList statements;
    for (const QueryGenerator::ForeignKeyStatement &key : QueryGenerator(*model).addForeignKeys()) {
        if (!hasForeignKey(existing, key.column, key.referenced.name))
            statements.append(key.sql);
    }
    SchemaChanges::run(s, statements);
}

/*!
    Creates the table of every model that does not have one, referenced tables first
    (Sequelize's \c{sequelize.sync()}); \a given: SyncOptions::force() drops every table first,
    SyncOptions::alter() changes existing tables to the models.
*/
void Sequelize::sync(const SyncOptions &given)
{
    Q_D(Sequelize);
    SyncOptions options = given;
    const OptionsData &o = OptionsAccess::data(given);
    d->checkSyncOptions(o);
    const bool hooks = o.hooks;
    if (hooks)
        d->runHooks([&](SequelizeHooks &h) { h.beforeBulkSync(options); });
    if (o.force)
        drop();
    bool cyclic = false;
    const QList<ModelDefinition *> ordered = SequelizePrivate::dependencyOrder(d->models, &cyclic);
    // Keys in a cycle cannot all reference tables that exist: as Sequelize, the tables are
    // created without them and the keys added after. (SQLite takes a key to a table it does not
    // have yet, and cannot add one to a table.)
    const bool keysAfter = cyclic && d->dialect->addsConstraints();
    for (ModelDefinition *m : ordered) {
        SyncOptions one = SyncOptions().hooks(hooks).alter(o.alter).dropColumns(o.alterDrop);
        OptionsAccess::mutableData(one).withForeignKeys = !keysAfter;
        m->sync(one);
    }
    if (keysAfter) {
        for (ModelDefinition *m : ordered)
            SchemaChanges::addMissingForeignKeys(d, ModelDefinitionPrivate::get(m));
    }
    if (hooks)
        d->runHooks([&](SequelizeHooks &h) { h.afterBulkSync(options); });
}

/*!
    Drops every model's table (Sequelize's \c{sequelize.drop()}), the tables that reference
    others first. Where the models' foreign keys form a cycle, the keys between them are
    dropped first (SQLite: the tables are dropped with its foreign key checks off).
*/
void Sequelize::drop()
{
    Q_D(Sequelize);
    bool cyclic = false;
    const QList<ModelDefinition *> ordered = SequelizePrivate::dependencyOrder(d->models, &cyclic);
    const bool checksOff = cyclic && !d->dialect->foreignKeyChecksOff().isEmpty();
    if (cyclic && !checksOff)
        SchemaChanges::dropForeignKeysBetween(d, tablesOf(ordered));
    SchemaChanges::withForeignKeyChecksOff(d, checksOff, [&] {
        for (auto it = ordered.crbegin(); it != ordered.crend(); ++it)
            (*it)->drop();
    });
}

/*!
    Sequelize's \c{sequelize.truncate(options)}: ModelDefinition::truncate(\a options) for
    every model, those whose foreign keys reference others first. Where the keys form a cycle,
    \a options needs DestroyOptions::cascade() (a DefinitionError before anything runs
    without it, as Sequelize); SQLite, which has no CASCADE, then truncates them with its
    foreign key checks off.
*/
void Sequelize::truncate(const DestroyOptions &options)
{
    Q_D(Sequelize);
    bool cyclic = false;
    const QList<ModelDefinition *> ordered = SequelizePrivate::dependencyOrder(d->models, &cyclic);
    if (cyclic && !OptionsAccess::data(options).cascade)
        throw DefinitionError(QStringLiteral("Some models' foreign keys form a cycle: "
                                             "truncate() needs DestroyOptions::cascade()"));
    const bool checksOff = cyclic && !d->dialect->foreignKeyChecksOff().isEmpty();
    DestroyOptions each = options;
    if (checksOff)
        each.cascade(false); // SQLite has none: the checks are off instead
    SchemaChanges::withForeignKeyChecksOff(d, checksOff, [&] {
        for (auto it = ordered.crbegin(); it != ordered.crend(); ++it)
            (*it)->truncate(each);
    });
}

} // namespace QtSequelize
