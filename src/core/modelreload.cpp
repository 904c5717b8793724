// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Model::reload(): the instance's row read again through the scopes it was found with.

#include "model_p.h"

#include "../dialects/rowsreading_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "hydrator_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>

#include <QtSql/qsqlquery.h>

namespace QtSequelize {

// reload()'s includes, as Sequelize's: those given, else those the instance was loaded with,
// else the default scope's (reload is a findOne).
static QList<Include> reloadIncludes(const ModelPrivate *d, const OptionsData &given)
{
    QList<Include> includes = given.includes.isEmpty() ? d->loadedWith : given.includes;
    if (includes.isEmpty() && !given.unscoped)
        includes = OptionsAccess::data(d->meta().scoped(FindOptions())).includes;
    return includes;
}

// Loads \a includes (reloadIncludes(), as the find hooks left them) into the instance.
static void loadIncludes(ModelPrivate *d, const OptionsData &given, const QList<Include> &includes)
{
    const ModelDefinitionPrivate &m = d->meta();
    if (includes.isEmpty())
        return;
    FindOptions withIncludes;
    withIncludes.where(primaryKeyWhere(d, m))
        .paranoid(false)
        .hooks(false)
        .unscoped()
        .transaction(given.transaction);
    OptionsAccess::mutableData(withIncludes).copyLock(given); // the included rows too
    for (const Include &include : std::as_const(includes))
        withIncludes.include(include);
    if (const QSharedPointer<Model> fresh = d->q_ptr->definition()->findOne(withIncludes)) {
        const ModelPrivate *fd = ModelPrivate::get(fresh.data());
        for (const AssociationInfo &a : m.associations) {
            if (fd->associations.contains(a.name))
                d->setLoaded(a, fd->associations.value(a.name));
        }
    }
    d->loadedWith = includes;
}

// reload()'s where, as Sequelize's findOne({where: instance.where()}) through the model the
// instance was found by: its key, merged with the where of the scopes that find named (the
// default scope unless it named others or none); the key wins over a scope's condition on it.
static Where reloadWhere(const ModelPrivate *d, const OptionsData &given)
{
    const ModelDefinitionPrivate &m = d->meta();
    const QSharedPointer<const FindOptions> named = given.scopeSelection();
    const QSharedPointer<const FindOptions> selection = named ? named : d->loadedScopes;
    FindOptions scopes = selection ? *selection : FindOptions();
    scopes.where(primaryKeyWhere(d, m));
    return OptionsAccess::data(m.scoped(scopes)).where;
}

/*!
    Reads the row again and replaces every attribute value; pending changes are
    dropped. As Sequelize's, the read is a findOne by the instance's key through the scopes it
    was found with (the default scope unless its find named others or none) and leaves
    soft-deleted rows out unless \c{paranoid(false)}: throws InstanceError when it finds
    no row.
    \a given: attributes, include, lock, transaction, paranoid, scope(), unscoped().
*/
void Model::reload(const FindOptions &given)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    const OptionsData &g = OptionsAccess::data(given);
    const CallSettings settings(g);
    requireInstanceKey(m);
    FindOptions options;
    options.transaction(g.transaction);
    // reload({lock, transaction}): Sequelize's way to read a row FOR UPDATE.
    OptionsAccess::mutableData(options).copyLock(g);
    options.skipLocked(g.skipLocked);
    // The instance's own key, whatever the given where says (Sequelize ignores it too).
    options.where(reloadWhere(d, g)).paranoid(g.paranoid);
    // Sequelize: with attributes only those are read; the others keep their values and changes.
    const QStringList only = g.attributes;
    if (!only.isEmpty())
        options.attributes(only);
    // A reload is a findOne for Sequelize: its hooks run and may narrow it (a tenant's where:
    // a row the hooks leave out is not found); they see the includes, and may add some.
    OptionsAccess::mutableData(options).includes = reloadIncludes(d, g);
    const bool hooks = g.hooks;
    m.runFindHook(hooks, &ModelHooks::beforeFind, options);
    m.runFindHook(hooks, &ModelHooks::beforeFindAfterExpandIncludeAll, options);
    m.runFindHook(hooks, &ModelHooks::beforeFindAfterOptions, options);
    if (g.lockOfGiven)
        m.requireLockTarget(g,
                            m.resolveIncludes(g.includes.isEmpty() ? d->loadedWith : g.includes));
    QList<int> columns;
    const Statement statement
        = QueryGenerator(m).selectAttributes(OptionsAccess::data(options), &columns);
    QSqlQuery &query = m.connection()->execute(
        statement, true, m.connection()->connectionFor(OptionsAccess::data(options)));
    const RowsReading reading(query);
    if (!m.connection()->nextRow(query)) {
        m.connection()->endRows(query);
        m.runHook(hooks, &ModelHooks::afterFind, QList<QSharedPointer<Model>>(), options);
        throw InstanceError(QStringLiteral("Instance could not be reloaded because it does not "
                                           "exist anymore (find call returned null)"));
    }
    const bool recording = d->recording;
    const QBitArray loadedBefore = d->loaded;
    d->recording = false;
    d->loaded.clear();
    Hydrator(m, columns).load(this, query);
    d->recording = recording;
    m.connection()->endRows(query);
    if (only.isEmpty()) {
        d->clearChanges();
    } else {
        d->loaded = loadedBefore;
        d->previous.removeIf([&](const auto &entry) { return only.contains(entry.first); });
    }
    // As Sequelize's reload takes the reloaded row's options: the VIRTUAL attributes its list
    // leaves out are hidden, and all are shown again after a reload without a list.
    d->hiddenVirtuals = ModelPrivate::virtualsLeftOut(m, OptionsAccess::data(options));
    loadIncludes(d, g, OptionsAccess::data(options).includes);
    m.runHook(hooks, &ModelHooks::afterFind, QList<QSharedPointer<Model>>(), options);
}

} // namespace QtSequelize
