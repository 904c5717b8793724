// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: static destroy and restore (soft deletes of paranoid models, the bulk and
// individual hooks, cascades through associations with hooks).

#include "../meta/modeldefinition_p.h"

#include "../dialects/dialect_p.h"
#include "../dialects/rowsreading_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../sql/coercion_p.h"
#include "connectionmanager_p.h"
#include "model_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>

#include <QtSql/qsqlquery.h>

namespace QtSequelize {

/*!
    Deletes the rows matching \a givenWhere (Sequelize's static \c Model.destroy); on a
    paranoid model it sets deletedAt instead, unless DestroyOptions::force().
    Returns the number of affected rows. Use an empty Where() for every row. \a options:
    force, truncate, limit, hooks, individualHooks, transaction.
*/
int ModelDefinition::destroy(const Where &givenWhere, const DestroyOptions &options)
{
    Q_D(ModelDefinition);
    const OptionsData &o = OptionsAccess::data(options);
    if ((o.cascade || o.restartIdentity) && !o.truncate)
        // Sequelize ignores them there; a DELETE would not do what they ask.
        throw DefinitionError(QStringLiteral("DestroyOptions::cascade() and restartIdentity() "
                                             "apply with truncate()"));
    const bool soft = d->deletedAt >= 0 && !o.force;
    // Sequelize: truncate on a paranoid model without force soft-deletes every row.
    Where where = o.truncate ? Where() : d->ownNames(givenWhere);
    QueryGenerator generator(*d);
    Statement statement;
    // The hook may change the where (Sequelize's options.where); truncate ignores it.
    d->runHook(o.hooks, &ModelHooks::beforeBulkDestroy, where, HookOptions(o));
    where = o.truncate ? Where() : d->ownNames(where);
    // The rows the statement destroys: with the scopes the options name (or none, unscoped).
    Where scopedWhere = d->scopedWhere(where, o);
    int limit = o.truncate ? -1 : o.limit;
    QList<QSharedPointer<Model>> individuals;
    // A soft delete cascades nothing, as Sequelize's: the database's ON DELETE CASCADE acts
    // only on a row deleted.
    const bool cascades = !soft
        && std::any_of(d->associations.cbegin(), d->associations.cend(),
                       [](const AssociationInfo &a) { return a.cascadeHooks; });
    if (o.hooks && o.individualHooks && (d->hasHooks() || cascades)) {
        // Truncate reads every row (it has no limit, so its where stays as it is).
        Where read = o.truncate ? Where() : scopedWhere;
        individuals = readIndividuals(*this, &read, &limit, !o.truncate || soft, o.transaction);
        if (!o.truncate)
            scopedWhere = read;
        for (const auto &instance : std::as_const(individuals)) {
            d->runHook(true, &ModelHooks::beforeDestroy, instance.data(), HookOptions(o));
            if (cascades)
                ModelPrivate::destroyCascadingTargets(instance.data(), options);
        }
    }
    int affected = 0;
    if (o.truncate && !soft) {
        affected = d->truncateTable(o);
    } else {
        if (soft)
            statement = generator.update({d->deletedAt}, {nowUtc()}, scopedWhere, true, limit);
        else
            statement = generator.remove(scopedWhere, false, limit);
        QSqlQuery &query = d->write(statement, d->connection()->connectionFor(o));
        const RowsReading reading(query);
        affected = d->dialect().rowsAffected(query);
        SequelizePrivate::endRows(d->dialect(), query);
    }
    for (const auto &instance : std::as_const(individuals))
        d->runHook(true, &ModelHooks::afterDestroy, instance.data(), HookOptions(o));
    d->runHook(o.hooks, &ModelHooks::afterBulkDestroy, affected, HookOptions(o));
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

int ModelDefinition::restore(const Where &givenWhere, const DestroyOptions &options)
{
    Q_D(ModelDefinition);
    Where where = d->ownNames(givenWhere);
    const OptionsData &o = OptionsAccess::data(options);
    if (d->deletedAt < 0)
        throw InstanceError(QStringLiteral("Model %1 is not paranoid").arg(d->name));
    d->runHook(o.hooks, &ModelHooks::beforeBulkRestore, where, HookOptions(o)); // may change it
    where = d->ownNames(where);
    // Back to "not deleted" (the deletedAt default, NULL without one) where it is not already.
    const QVariant notDeleted = d->notDeletedValue();
    const QString &column = d->attribute(d->deletedAt).name;
    const Where restored = where
        && (notDeleted.isValid() ? (Op::ne(column, notDeleted) || Op::is(column, QVariant()))
                                 : Op::isNot(column, QVariant()));
    // individualHooks: beforeRestore/afterRestore for each row the statement restores.
    QList<QSharedPointer<Model>> individuals;
    if (o.hooks && o.individualHooks && d->hasHooks()) {
        individuals = findAll(
            FindOptions().where(restored).unscoped().paranoid(false).transaction(o.transaction));
        for (const auto &instance : std::as_const(individuals))
            d->runHook(true, &ModelHooks::beforeRestore, instance.data(), HookOptions(o));
    }
    const Statement statement
        = QueryGenerator(*d).update({d->deletedAt}, {notDeleted}, restored, false);
    QSqlQuery &query = d->write(statement, d->connection()->connectionFor(o));
    const RowsReading reading(query);
    const int affected = d->dialect().rowsAffected(query);
    SequelizePrivate::endRows(d->dialect(), query);
    for (const auto &instance : std::as_const(individuals)) {
        ModelPrivate::get(instance.data())->markRestored();
        d->runHook(true, &ModelHooks::afterRestore, instance.data(), HookOptions(o));
    }
    d->runHook(o.hooks, &ModelHooks::afterBulkRestore, affected, HookOptions(o));
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

} // namespace QtSequelize
