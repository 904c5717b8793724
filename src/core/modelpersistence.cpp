// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Model's persistence: save (insert or update), update, destroy and restore of one instance
// (reload in modelreload.cpp, increment in modelincrement.cpp).

#include "model_p.h"

#include "../dialects/rowsreading_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../sql/coercion_p.h"
#include "../sql/errors_p.h"
#include "hydrator_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qthread.h>
#include <QtSql/qsqlquery.h>

namespace QtSequelize {

void requireInstanceKey(const ModelDefinitionPrivate &m)
{
    if (m.primaryKeys.isEmpty())
        throw InstanceError(QStringLiteral("%1 has no primary key: an instance of it cannot be "
                                           "saved again, reloaded or destroyed (it would be "
                                           "every row); update or destroy by where")
                                .arg(m.name));
}

Where primaryKeyWhere(const ModelPrivate *d, const ModelDefinitionPrivate &m, bool stored,
                      QVariantList *bindings)
{
    requireInstanceKey(m);
    Where where;
    for (int k : m.primaryKeys) {
        const QString &name = m.attribute(k).name;
        const int change = stored ? d->changedIndex(name) : -1;
        const QVariant value = change >= 0 ? d->previous.at(change).second : d->value(k);
        if (isSqlNull(value))
            // Not saved, or read without it (attributes/excludeAttributes): the row cannot be
            // found, and a write would match none without a word (Sequelize refuses a where
            // of undefined).
            throw InstanceError(QStringLiteral("The instance has no value for its primary key "
                                               "\"%1\" (not saved, or read without it)")
                                    .arg(name));
        where = where && Where(name, Where::Eq, value);
        if (bindings)
            bindings->append(m.bound(k, value));
    }
    return where;
}

void ModelPrivate::readBackExpressions(const QList<int> &written, Connection *connection,
                                       const QList<int> &alsoRead)
{
    if (expressions.isEmpty() && alsoRead.isEmpty()) // the common case costs nothing
        return;
    const ModelDefinitionPrivate &m = meta();
    QStringList names;
    for (int i : written) {
        if (expressions.contains(i))
            names.append(m.attribute(i).name);
    }
    for (int i : alsoRead)
        names.append(m.attribute(i).name);
    // Without a primary key the row cannot be found again: the instance keeps what it wrote
    // (an expression reads back as the expression).
    if (names.isEmpty() || m.primaryKeys.isEmpty())
        return;
    FindOptions options;
    options.attributes(names).where(primaryKeyWhere(this, m)).paranoid(false);
    QList<int> columns;
    const Statement statement
        = QueryGenerator(m).selectAttributes(OptionsAccess::data(options), &columns);
    QSqlQuery &query = m.connection()->execute(statement, true, connection);
    const RowsReading reading(query);
    const bool wasRecording = recording;
    recording = false;
    if (m.connection()->nextRow(query)) {
        // Only these columns: the other attributes keep what the instance holds.
        const QBitArray before = loaded;
        Hydrator(m, columns).load(q_ptr, query);
        loaded = before;
    }
    recording = wasRecording;
    m.connection()->endRows(query);
    for (int i : written)
        expressions.remove(i);
}

// An instance's primary key as instanceChanged() reports it: the value, or a list for a
// composite key.
static QVariant keyOf(const Model *instance)
{
    if (ModelPrivate::get(instance)->meta().primaryKeys.isEmpty())
        return QVariant();
    const ModelPrivate *md = ModelPrivate::get(instance);
    const ModelDefinitionPrivate &m = md->meta();
    if (!m.hasCompositeKey())
        return md->value(m.primaryKey);
    QVariantList parts;
    for (int k : m.primaryKeys)
        parts.append(md->value(k));
    return parts;
}

void ModelDefinitionPrivate::notifyInstance(Model *instance, ModelDefinition::Change change) const
{
    ModelDefinition *q = q_ptr;
    static const QMetaMethod changed = QMetaMethod::fromSignal(&ModelDefinition::instanceChanged);
    if (q->isSignalConnected(changed))
        Q_EMIT q->instanceChanged(keyOf(instance), change);
    if (QThread::currentThread() != q->thread())
        return; // the instance belongs to this thread: no pointer to it crosses over
    switch (change) {
    case ModelDefinition::Change::Created:
        Q_EMIT q->instanceCreated(instance);
        break;
    case ModelDefinition::Change::Updated:
        Q_EMIT q->instanceUpdated(instance);
        break;
    case ModelDefinition::Change::Destroyed:
        Q_EMIT q->instanceDestroyed(instance);
        break;
    case ModelDefinition::Change::Restored:
        Q_EMIT q->instanceRestored(instance);
        break;
    }
}

namespace {

// One save(): the insert of a new record or the update of the changed attributes, with
// validation and hooks in Sequelize's order.
class SaveRun
{
public:
    SaveRun(Model *q, ModelPrivate *d, const SaveOptions &options)
        : q(q)
        , d(d)
        , m(d->meta())
        , o(OptionsAccess::data(options))
        , hooks(o.hooks && m.hasHooks())
        , now(nowUtc())
    {
        m.requireAttributes(o.fields); // a typo there would write less, silently
    }

    void insert();
    void update();
    // Runs after the statement, before the after hooks (nested creation's other targets).
    std::function<void()> beforeAfterHooks;

private:
    bool selected(int i) const
    {
        const QString &name = m.attribute(i).name;
        return !o.fieldsGiven || o.fields.contains(name) || hookFields.contains(name)
            || i == m.createdAt || i == m.updatedAt;
    }
    void validate(const QList<int> *only) { d->validateWithHooks(only, o, hooks); }
    // The changed attributes a save wrote, taken before the after hooks (which still see them
    // as changed(), as in Sequelize) and forgotten after them.
    template<typename Written> QStringList changedAmong(Written written) const
    {
        QStringList names;
        names.reserve(d->previous.size());
        for (const auto &entry : std::as_const(d->previous)) {
            if (written(entry.first))
                names.append(entry.first);
        }
        return names;
    }
    void forgetChanges(const QStringList &names)
    {
        d->previous.removeIf([&](const auto &entry) { return names.contains(entry.first); });
    }
    void changedColumns(QList<int> *columns, QVariantList *values) const
    {
        columns->clear();
        values->clear();
        columns->reserve(d->previous.size());
        values->reserve(d->previous.size());
        for (const auto &entry : d->previous) {
            const int i = m.indexOf(entry.first);
            if (i < 0 || m.attribute(i).type.kind() == DataType::Virtual || !selected(i))
                continue;
            columns->append(i);
            values->append(d->written(i));
        }
    }
    // The columns an INSERT writes and their values.
    void insertedColumns(QList<int> *columns, QVariantList *values) const
    {
        columns->reserve(m.attributes.size());
        values->reserve(m.attributes.size());
        for (int i : m.storedAttributes()) {
            const AttributeInfo &info = m.attribute(i);
            const QVariant v = d->written(i);
            // An auto-increment key is generated unless set explicitly (a typed integer key
            // still holding 0 has not been set) to a value the database keeps.
            if (i == m.primaryKey && info.options.isAutoIncrement()
                && (!m.storesAutoKey(v) || (v.toLongLong() == 0 && d->changedIndex(info.name) < 0)))
                continue;
            if (!selected(i) || (isSqlNull(v) && d->changedIndex(info.name) < 0))
                continue;
            columns->append(i);
            values->append(v);
        }
    }
    // The INSERT, its text generated once per model and set of columns (a hot path: create()).
    Statement insertStatement(const QList<int> &columns, const QVariantList &values,
                              const QList<int> &returning) const
    {
        const QueryGenerator generator(m);
        const auto generate = [&] { return generator.insert(columns, values, returning); };
        QVariantList bindings;
        bindings.reserve(columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (isExpression(values.at(i)))
                return generate();
            const DataType &type = m.attribute(columns.at(i)).type;
            bindings.append(m.dialect().toDatabase(values.at(i), type));
        }
        return m.cachedWrite(m.writeShape(returning.isEmpty() ? 'i' : 'I', {&columns}),
                             std::move(bindings), generate);
    }
    // The UPDATE of \a columns of this row (its stored key, and \a version with locking).
    Statement updateStatement(const QList<int> &columns, const QVariantList &values,
                              qint64 version) const
    {
        QVariantList bindings;
        bool cacheable = true;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            cacheable = cacheable && !isExpression(values.at(i));
            if (cacheable)
                bindings.append(m.bound(columns.at(i), values.at(i)));
        }
        Where where = primaryKeyWhere(d, m, true, &bindings);
        if (m.version >= 0) {
            where = where && Op::eq(m.attribute(m.version).name, version);
            bindings.append(m.bound(m.version, version));
        }
        const auto generate
            = [&] { return QueryGenerator(m).update(columns, values, where, false); };
        if (!cacheable)
            return generate();
        return m.cachedWrite(m.writeShape('U', {&columns}), std::move(bindings), generate);
    }
    // The stored attributes an INSERT of \a columns leaves to the database (a default of the
    // table the model may not know), but the generated key and deletedAt (NULL on a new row).
    QList<int> leftToDatabase(const QList<int> &columns) const
    {
        QList<int> left;
        for (int i = 0; i < m.attributes.size(); ++i) {
            if (m.attribute(i).type.kind() != DataType::Virtual && !columns.contains(i)
                && !(i == m.primaryKey && m.primaryKeyAutoIncrement) && i != m.deletedAt)
                left.append(i);
        }
        return left;
    }
    // Optimistic locking: the row is matched by the version this instance read
    // (updateStatement()) and written with the next one.
    qint64 lockVersion(QList<int> *columns, QVariantList *values) const
    {
        const qint64 version = d->value(m.version).toLongLong();
        const qsizetype at = columns->indexOf(m.version);
        if (at >= 0) {
            (*values)[at] = version + 1;
        } else {
            columns->append(m.version);
            values->append(version + 1);
        }
        return version;
    }
    void updated(const QList<int> &columns, int affected, qint64 version);
    // The stale-instance error: the values saved and the where that matched no row.
    OptimisticLockError staleError(const QList<int> &columns, const QVariantList &values,
                                   qint64 version) const
    {
        QVariantMap saved;
        for (qsizetype i = 0; i < columns.size(); ++i)
            saved.insert(m.attribute(columns.at(i)).name, values.at(i));
        QVariantMap where;
        for (int key : m.primaryKeys)
            where.insert(m.attribute(key).name, d->value(key));
        where.insert(m.attribute(m.version).name, version);
        return OptimisticLockError(m.name, saved, where);
    }

    Model *q;
    ModelPrivate *d;
    const ModelDefinitionPrivate &m;
    const OptionsData &o;
    const bool hooks;
    const QDateTime now;
    QStringList hookFields; // attributes the before hooks changed, when update() chose fields
};

void SaveRun::insert()
{
    d->applyDefaults(true);
    // Validation sees what will be written: with `fields`, only those attributes.
    QList<int> written;
    for (int i = 0; i < m.attributes.size(); ++i) {
        if (selected(i))
            written.append(i);
    }
    validate(o.fieldsGiven ? &written : nullptr);
    m.runHookPair(hooks, &ModelHooks::beforeCreate, &ModelHooks::beforeSave, q,
                  ModelPrivate::hookOptions(o));
    if (m.createdAt >= 0 && isSqlNull(d->value(m.createdAt)))
        d->setValue(m.createdAt, m.timestampValue(m.createdAt, now));
    if (m.updatedAt >= 0 && !o.silent)
        d->setValue(m.updatedAt, m.timestampValue(m.updatedAt, now));
    QList<int> columns;
    QVariantList values;
    insertedColumns(&columns, &values);
    const QList<int> left = leftToDatabase(columns); // computed once: a hot path
    // RETURNING reads what the database decided (defaults, expressions); when that is only the
    // generated key, a dialect may read it cheaper as the last insert id.
    const bool returned = m.dialect().supportsInsertReturning()
        && !(m.dialect().prefersLastInsertId() && d->expressions.isEmpty() && left.isEmpty());
    const QList<int> returning = returned ? m.storedAttributes() : QList<int>();
    const Statement statement = insertStatement(columns, values, returning);
    QSqlQuery &query = m.write(statement, m.connection()->connectionFor(o));
    const RowsReading reading(query);
    if (returned && m.connection()->nextRow(query)) {
        const bool recording = d->recording;
        d->recording = false;
        Hydrator(m, returning).load(q, query); // expressions' values included
        d->recording = recording;
    } else if (!returned && m.primaryKeyAutoIncrement && !columns.contains(m.primaryKey)) {
        d->load(m.primaryKey,
                coerce(query.lastInsertId(), m.attribute(m.primaryKey).type,
                       m.attribute(m.primaryKey).name));
    }
    m.connection()->endRows(query);
    if (!returned)
        d->readBackExpressions(columns, m.connection()->connectionFor(o), left);
    d->setNewRecord(false);
    if (beforeAfterHooks)
        beforeAfterHooks();
    // What the INSERT wrote: with fields, those and the timestamps (selected()).
    const QStringList saved = changedAmong([&](const QString &name) {
        const int i = m.indexOf(name);
        return i < 0 ? !o.fieldsGiven : selected(i);
    });
    m.runHookPair(hooks, &ModelHooks::afterCreate, &ModelHooks::afterSave, q,
                  ModelPrivate::hookOptions(o));
    forgetChanges(saved);
    if (!o.fieldsGiven)
        d->expressions.clear();
    m.notifyInstance(q, ModelDefinition::Change::Created);
}

void SaveRun::update()
{
    QList<int> columns;
    QVariantList values;
    changedColumns(&columns, &values);
    validate(&columns); // Sequelize validates even when nothing changed
    if (hooks) {
        // The before hooks may change values: Sequelize validates what they leave again.
        const QStringList changedBefore = q->changed();
        m.runHookPair(true, &ModelHooks::beforeSave, &ModelHooks::beforeUpdate, q,
                      ModelPrivate::hookOptions(o));
        // With fields update() chose, what the hooks changed is written too.
        if (o.defaultFields)
            hookFields = d->changedSince(changedBefore);
        changedColumns(&columns, &values);
        // Only when Sequelize chose the fields (save() or update() without them): with fields
        // given, as a belongsTo setter gives its foreign key, it validates once.
        if (!o.fieldsGiven || o.defaultFields)
            validate(&columns);
    }
    if (columns.isEmpty()) {
        if (beforeAfterHooks)
            beforeAfterHooks();
        return; // nothing changed: no statement, updatedAt kept (as Sequelize)
    }
    if (m.updatedAt >= 0 && !o.silent) {
        d->setValue(m.updatedAt, m.timestampValue(m.updatedAt, now));
        if (!columns.contains(m.updatedAt)) {
            columns.append(m.updatedAt);
            values.append(d->value(m.updatedAt));
        }
    }
    const qint64 version = m.version >= 0 ? lockVersion(&columns, &values) : 0;
    const Statement statement = updateStatement(columns, values, version);
    QSqlQuery &query = m.write(statement, m.connection()->connectionFor(o));
    const RowsReading reading(query);
    const int affected = m.dialect().rowsAffected(query);
    m.connection()->endRows(query);
    if (m.version >= 0 && affected == 0)
        throw staleError(columns, values, version);
    updated(columns, affected, version);
}

// After the UPDATE: expressions read back, the version bumped, the changes written forgotten,
// belongsTo targets a changed key no longer matches dropped, the after hooks.
void SaveRun::updated(const QList<int> &columns, int affected, qint64 version)
{
    if (affected > 0)
        d->readBackExpressions(columns, m.connection()->connectionFor(o));
    if (m.version >= 0) {
        const bool recording = d->recording;
        d->recording = false;
        // Of the attribute's type (an int for INTEGER), as create() leaves it.
        d->setValue(m.version,
                    coerce(QVariant(version + 1), m.attribute(m.version).type,
                           m.attribute(m.version).name));
        d->recording = recording;
    }
    for (const AssociationInfo &a : m.associations) {
        if (a.kind != AssociationInfo::BelongsTo || !columns.contains(m.indexOf(a.foreignKey)))
            continue;
        const QList<QSharedPointer<Model>> loaded = d->associations.value(a.name);
        const QVariant key = d->value(m.indexOf(a.foreignKey));
        if (loaded.isEmpty() ? isSqlNull(key) : loaded.first()->get(a.targetKey) == key)
            continue; // consistent already (setAssociated() loads the new target first)
        d->setLoaded(a, {});
    }
    if (beforeAfterHooks)
        beforeAfterHooks();
    const QStringList saved = changedAmong([&](const QString &name) {
        const int i = m.indexOf(name);
        return i < 0 || columns.contains(i);
    });
    m.runHookPair(hooks, &ModelHooks::afterSave, &ModelHooks::afterUpdate, q,
                  ModelPrivate::hookOptions(o));
    forgetChanges(saved);
    m.notifyInstance(q, ModelDefinition::Change::Updated);
}

} // namespace

/*!
    Saves the instance, as Sequelize's \c{instance.save()}: an INSERT for a new
    record (defaults applied, createdAt/updatedAt set, generated columns read
    back), else an UPDATE of the changed attributes only, or no statement at all
    when nothing changed. SaveOptions::fields() limits what is written; other
    changes stay pending. Throws ValidationError or a DatabaseError; the row is
    then unchanged.
    \a options: fields, validation, hooks, silent, transaction.
*/
void Model::save(const SaveOptions &options)
{
    Q_D(Model);
    const OptionsData &o = OptionsAccess::data(options);
    if (o.fieldsGiven && o.fields.isEmpty() && !d->newRecord)
        return; // as Sequelize's save({fields: []}): nothing written, the changes pending
    if (!OptionsAccess::data(options).includes.isEmpty()) {
        ModelPrivate::saveWithIncludes(this, options);
    } else if (d->newRecord && !d->builtWith.isEmpty()) {
        // Built with includes: the new record's first save creates them too, as Sequelize's
        // (they were dropped without a word unless the includes were given again).
        SaveOptions withIncludes = options;
        for (const Include &include : std::as_const(d->builtWith))
            withIncludes.include(include);
        ModelPrivate::saveWithIncludes(this, withIncludes);
    } else {
        d->saveOwn(options);
    }
}

void ModelPrivate::saveOwn(const SaveOptions &options,
                           const std::function<void()> &beforeAfterHooks)
{
    Q_Q(Model);
    if (!newRecord)
        requireInstanceKey(meta()); // before validation and hooks
    SaveRun run(q, this, options);
    run.beforeAfterHooks = beforeAfterHooks;
    try {
        if (newRecord)
            run.insert();
        else
            run.update();
    } catch (UniqueConstraintError &error) {
        // SQLite's message names the key's columns only: their values are the instance's, as
        // Sequelize's (instance[field]).
        ErrorBuilder::fillMissingValues(error, [&](const QString &column) {
            const int index = meta().indexOfField(column);
            return index >= 0 ? value(index) : QVariant();
        });
        throw;
    }
}

void Model::update(const QVariantMap &givenValues, const SaveOptions &options)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    const QVariantMap values = m.withAttributeNames(givenValues);
    const QStringList changedBefore = changed();
    const OptionsData &o = OptionsAccess::data(options);
    if (!o.fieldsGiven) {
        set(values);
    } else {
        // Sequelize: only the values the fields name are set (the others are not pending
        // afterwards either), and every VIRTUAL attribute's and association's given (their
        // setters may write fields).
        QVariantMap given;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString base = it.key().section(QLatin1Char('.'), 0, 0);
            const int index = m.indexOf(it.key());
            if (o.fields.contains(base) || m.association(it.key())
                || (index >= 0 && m.attribute(index).type.kind() == DataType::Virtual))
                given.insert(it.key(), it.value());
        }
        set(given);
    }
    QStringList fields;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (m.indexOf(it.key()) >= 0)
            fields.append(it.key());
    }
    // What the setters changed besides the given keys is written too (Sequelize's sideEffects).
    for (const QString &name : d->changedSince(changedBefore)) {
        if (!fields.contains(name))
            fields.append(name);
    }
    SaveOptions limited = options;
    if (!o.fieldsGiven && !fields.isEmpty()) {
        limited.fields(fields);
        OptionsAccess::mutableData(limited).defaultFields = true;
    }
    if (fields.isEmpty() && !d->newRecord)
        return;
    save(limited);
}

// The options only ModelDefinition::destroy() honours (an instance's destroy() refuses them):
// whether \a o sets one, and \a options without them.
static bool setsStaticDestroyOptions(const OptionsData &o)
{
    return o.truncate || o.limit >= 0 || o.individualHooks || o.cascade || o.restartIdentity;
}
static DestroyOptions withoutStaticDestroyOptions(const DestroyOptions &options)
{
    DestroyOptions own = options;
    OptionsData &d = OptionsAccess::mutableData(own);
    d.truncate = d.individualHooks = d.cascade = d.restartIdentity = false;
    d.limit = -1;
    return own;
}

void ModelPrivate::destroyCascadingTargets(Model *source, const DestroyOptions &given)
{
    const OptionsData &o = OptionsAccess::data(given);
    // Each target goes by its instance destroy(): without the static destroy's options (a
    // static destroy with individualHooks() cascades here too).
    const DestroyOptions options = withoutStaticDestroyOptions(given);
    for (const AssociationInfo &a : source->d_func()->meta().associations) {
        if (!a.cascadeHooks)
            continue;
        for (const QSharedPointer<Model> &target :
             source->getAssociatedList(a.name, FindOptions().transaction(o.transaction)))
            target->destroy(options);
    }
}

/*!
    Deletes the row, or sets deletedAt on a paranoid model unless DestroyOptions::force().
    \a options: force, hooks, transaction.
*/
void Model::destroy(const DestroyOptions &options)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    const OptionsData &o = OptionsAccess::data(options);
    requireInstanceKey(m);
    // Options of the static destroy would be dropped here (Sequelize ignores them): a
    // limit(0) still deleted the row, truncate() deleted only it.
    if (setsStaticDestroyOptions(o))
        throw DefinitionError(QStringLiteral("An instance's destroy() takes force, hooks and "
                                             "transaction; truncate, limit, individualHooks, "
                                             "cascade and restartIdentity are "
                                             "ModelDefinition::destroy()'s"));
    m.runHook(o.hooks, &ModelHooks::beforeDestroy, this, HookOptions(o));
    const bool soft = m.deletedAt >= 0 && !o.force;
    // As Sequelize's: the targets go one by one with a row deleted; a soft delete cascades
    // nothing (the database's ON DELETE CASCADE would not act either).
    if (o.hooks && !soft)
        ModelPrivate::destroyCascadingTargets(this, options);
    if (soft) {
        // As Sequelize's soft delete (save({hooks: false})): pending changes are written with
        // it, updatedAt moves, a versioned row's version is checked and moves, and a row
        // deleted before keeps its first deletedAt.
        if (m.isNotDeleted(d->value(m.deletedAt)))
            d->setValue(m.deletedAt, nowUtc());
        save(SaveOptions().transaction(o.transaction).hooks(false));
        m.runHook(o.hooks, &ModelHooks::afterDestroy, this, HookOptions(o));
        d->meta().notifyInstance(this, ModelDefinition::Change::Destroyed);
        return;
    }
    QVariantList bindings;
    Where where = primaryKeyWhere(d, m, false, &bindings);
    if (m.version >= 0) { // a stale instance deletes nothing, and does not throw (as Sequelize)
        where = where && Op::eq(m.attribute(m.version).name, d->value(m.version));
        bindings.append(m.bound(m.version, d->value(m.version)));
    }
    const QueryGenerator generator(m);
    // The text generated once per model (a hot path: destroying instances in a loop).
    const Statement statement = m.cachedWrite(QByteArray("D"), std::move(bindings),
                                              [&] { return generator.remove(where, false); });
    m.connection()->endRows(m.write(statement, m.connection()->connectionFor(o)));
    m.runHook(o.hooks, &ModelHooks::afterDestroy, this, HookOptions(o));
    d->meta().notifyInstance(this, ModelDefinition::Change::Destroyed);
}

void Model::restore(const SaveOptions &options)
{
    Q_D(Model);
    const ModelDefinitionPrivate &m = d->meta();
    const OptionsData &o = OptionsAccess::data(options);
    requireNoIncludes(o, QStringLiteral("restore()"));
    requireInstanceKey(m);
    if (m.deletedAt < 0)
        throw InstanceError(QStringLiteral("Model %1 is not paranoid").arg(m.name));
    m.runHook(o.hooks, &ModelHooks::beforeRestore, this, HookOptions(o));
    // As Sequelize's restore (save({hooks: false})), the mirror of a soft destroy: deletedAt
    // back to "not deleted" (the attribute's default value, NULL without one) is written with
    // the pending changes, updatedAt moves, a versioned row's version is checked and moves.
    d->markRestored(true);
    changed(m.attribute(m.deletedAt).name, true); // written even if this instance held it
    save(SaveOptions().transaction(o.transaction).silent(o.silent).hooks(false));
    m.runHook(o.hooks, &ModelHooks::afterRestore, this, HookOptions(o));
    d->meta().notifyInstance(this, ModelDefinition::Change::Restored);
}

} // namespace QtSequelize
