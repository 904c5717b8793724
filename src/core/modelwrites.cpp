// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: writing many rows (upsert, update; destroy and restore are in
// modeldestroy.cpp, increment in modelincrement.cpp, truncate in modeltruncate.cpp, bulkCreate
// in bulkcreate.cpp).

#include "../meta/modeldefinition_p.h"

#include <algorithm>

#include "../dialects/dialect_p.h"
#include "../dialects/rowsreading_p.h"
#include "../query/joinplan_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../query/rawquery_p.h"
#include "../sql/coercion_p.h"
#include "../sql/inflection_p.h"
#include "connectionmanager_p.h"
#include "hydrator_p.h"
#include "model_p.h"
#include "modeloptions_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>
#include <QtSequelize/sequelizehooks.h>

#include <QtCore/qdatetime.h>

#include <QtCore/qjsonvalue.h>
#include <QtCore/qmutex.h>
#include <QtCore/qreadwritelock.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/quuid.h>
#include <QtSql/qsqlquery.h>

#include <cmath>
#include <optional>

namespace QtSequelize {

QList<int> ModelDefinitionPrivate::firstUniqueKey() const
{
    const ModelDefinitionPrivate &d = *this;
    for (int i = 0; i < d.attributes.size(); ++i) {
        const Attribute &a = d.attribute(i).options;
        if (!a.isUnique())
            continue;
        if (a.uniqueKey() == QLatin1String("\x01"))
            return {i};
        QList<int> composite;
        for (int j = 0; j < d.attributes.size(); ++j) {
            if (d.attribute(j).options.uniqueKey() == a.uniqueKey())
                composite.append(j);
        }
        return composite;
    }
    return d.primaryKeys;
}

bool ModelDefinitionPrivate::storesAutoKey(const QVariant &value) const
{
    if (isSqlNull(value))
        return false;
    if (!dialect().generatesKeyForZero() || value.metaType() == QMetaType::fromType<Expression>())
        return true;
    bool number = false;
    return value.toLongLong(&number) != 0 || !number;
}

// The upsert's INSERT … ON CONFLICT, its text generated once per model, columns and conflict
// (a hot path: upsert() in a loop); bound values as insertRows() binds them.
static Statement upsertStatement(const ModelDefinitionPrivate &d, const QList<int> &columns,
                                 const QVariantList &row, const QList<int> &returning,
                                 const QueryGenerator::InsertConflict &conflict)
{
    const auto generate
        = [&] { return QueryGenerator(d).insertRows(columns, {row}, returning, conflict); };
    QVariantList bindings;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (row.at(i).metaType() == QMetaType::fromType<Expression>())
            return generate();
        bindings.append(d.dialect().toDatabase(row.at(i), d.attribute(columns.at(i)).type));
    }
    return d.cachedWrite(
        d.writeShape('P', {&columns, &returning, &conflict.target, &conflict.update}),
        std::move(bindings), generate);
}

static QVariantMap settersApplied(const ModelDefinitionPrivate &d, const QVariantMap &values,
                                  bool others, QStringList *sideEffects);

QSharedPointer<Model> ModelDefinition::upsert(const QVariantMap &values, bool *created)
{
    return upsert(values, SaveOptions(), created);
}

QSharedPointer<Model> ModelDefinition::upsert(const QVariantMap &givenValues,
                                              const SaveOptions &options, bool *created)
{
    Q_D(ModelDefinition);
    const QVariantMap values = d->withAttributeNames(givenValues);
    const OptionsData &o = OptionsAccess::data(options);
    requireNoIncludes(o, QStringLiteral("upsert()"));
    d->requireAttributes(o.fields);
    QSharedPointer<Model> instance = build(values);
    ModelPrivate *md = ModelPrivate::get(instance.data());
    // What the build changed (the given values and what their setters wrote, not the
    // defaults), before the validate hooks: Sequelize's update part of an upsert writes
    // these, as they are after the hooks.
    QStringList built;
    settersApplied(*d, values, true, &built);
    built += values.keys();
    // Sequelize's upsert validates what it may write: options.fields, else the given values.
    QList<int> validated;
    for (int i = 0; i < d->attributes.size(); ++i) {
        const QString &name = d->attribute(i).name;
        if (o.fieldsGiven ? o.fields.contains(name) : values.contains(name))
            validated.append(i);
    }
    md->validateWithHooks(&validated, o, o.hooks);
    d->runHook(o.hooks, &ModelHooks::beforeUpsert, values, HookOptions(o));
    const QDateTime now = nowUtc();
    if (d->createdAt >= 0 && isSqlNull(md->value(d->createdAt)))
        md->setValue(d->createdAt, d->timestampValue(d->createdAt, now));
    if (d->updatedAt >= 0)
        md->setValue(d->updatedAt, d->timestampValue(d->updatedAt, now));
    const QString pkName = d->primaryKey < 0 ? QString() : d->attribute(d->primaryKey).name;
    QueryGenerator::InsertConflict conflict;
    // An auto-increment key given as NULL (0 on MariaDB) is generated, as if not given.
    const bool keyGenerated = d->primaryKeyAutoIncrement
        && (!values.contains(pkName) || !d->storesAutoKey(md->written(d->primaryKey)));
    const bool keysGiven = !d->primaryKeys.isEmpty() && !keyGenerated
        && std::all_of(d->primaryKeys.cbegin(), d->primaryKeys.cend(),
                       [&](int k) { return values.contains(d->attribute(k).name); });
    conflict.target = keysGiven ? d->primaryKeys : d->firstUniqueKey();
    if (conflict.target.isEmpty())
        throw DefinitionError(
            QStringLiteral("%1 has neither a primary nor a unique key: upsert needs one")
                .arg(d->name));
    QList<int> columns;
    QVariantList row;
    const QList<int> returning = d->storedAttributes();
    for (int i : returning) {
        const AttributeInfo &info = d->attribute(i);
        const QVariant v = md->written(i);
        const bool given = values.contains(info.name) || md->changedIndex(info.name) >= 0;
        if (i == d->primaryKey && keyGenerated)
            continue;
        if (!given && isSqlNull(v))
            continue;
        columns.append(i);
        row.append(v);
        // An update writes what the build changed (of options.fields, when given) and
        // updatedAt; never the key or createdAt.
        const bool updated = i == d->updatedAt
            || (built.contains(info.name) && (!o.fieldsGiven || o.fields.contains(info.name)));
        if (updated && !d->primaryKeys.contains(i) && i != d->createdAt
            && !conflict.target.contains(i))
            conflict.update.append(i);
    }
    if (conflict.update.isEmpty())
        conflict.update.append(conflict.target.first()); // a no-op update still returns the row
    const Dialect &dialect = d->dialect();
    SequelizePrivate *connection = d->connection();
    const bool returned = dialect.supportsInsertReturning();
    Statement statement
        = upsertStatement(*d, columns, row, returned ? returning : QList<int>(), conflict);
    const QString insertedColumn = dialect.upsertInsertedColumn();
    if (returned && !insertedColumn.isEmpty())
        statement.sql += QStringLiteral(", ") + insertedColumn;
    Connection *transaction = connection->connectionFor(o);
    Where target;
    bool targetHasNull = false;
    for (int i : conflict.target) {
        target = target && Op::eq(d->attribute(i).name, md->value(i));
        targetHasNull = targetHasNull || isSqlNull(md->value(i));
    }
    // One statement needs no transaction of its own; a look before it or a read after it does.
    // The look (SQLite) only tells the created flag: without \a created it is not taken.
    const bool checksExistence = dialect.upsertChecksExistence() && created;
    std::optional<AtomicBlock> block;
    if (checksExistence || !returned)
        block.emplace(connection, transaction);
    // A NULL in the target conflicts with nothing: the row is new.
    const bool existed = checksExistence && !targetHasNull
        && count(FindOptions().where(target).paranoid(false).hooks(false).unscoped().transaction(
               o.transaction))
            > 0;
    QSqlQuery &query = d->write(statement, transaction);
    const RowsReading reading(query);
    bool inserted = false;
    if (returned && d->dialect().nextRow(query)) {
        md->recording = false;
        Hydrator(*d, returning).load(instance.data(), query);
        md->recording = true;
        if (!insertedColumn.isEmpty())
            inserted = query.value(int(returning.size())).toBool();
    }
    // The driver's own count, not Dialect::rowsAffected(): MariaDB's ON DUPLICATE KEY UPDATE
    // reports an update as 2 rows, which is how the created flag is told apart.
    const int affected = query.numRowsAffected();
    const QVariant generatedKey = !returned && keyGenerated ? query.lastInsertId() : QVariant();
    SequelizePrivate::endRows(d->dialect(), query);
    if (dialect.upsertCountsUpdatesTwice())
        inserted = affected == 1;
    else if (checksExistence)
        inserted = !existed;
    if (!returned) {
        // No RETURNING: read the stored row back by the conflict key, or by the key the
        // database generated for an inserted row.
        if (inserted && generatedKey.isValid() && generatedKey.toLongLong() != 0)
            target = Op::eq(pkName, generatedKey);
        QSharedPointer<Model> stored = findOne(
            FindOptions().where(target).paranoid(false).hooks(false).transaction(o.transaction));
        if (stored)
            instance = stored;
    }
    if (block)
        block->commit();
    md = ModelPrivate::get(instance.data());
    md->clearChanges();
    md->setNewRecord(false);
    if (created)
        *created = inserted;
    d->runHook(o.hooks, &ModelHooks::afterUpsert, instance.data(), HookOptions(o));
    return instance;
}

/*!
    Updates every row matching \a where (Sequelize's static \c Model.update) and
    returns the number of affected rows. Keys of \a values that are not attributes
    are ignored, as Sequelize does; updatedAt is set unless the options say silent.
    \a options: fields, validation, hooks, limit, transaction, returning.
*/
int ModelDefinition::update(const QVariantMap &values, const Where &where,
                            const UpdateOptions &options)
{
    return updateRows(values, where, options, nullptr);
}

QList<QSharedPointer<Model>> ModelDefinition::updateReturning(const QVariantMap &values,
                                                              const Where &where,
                                                              const UpdateOptions &options)
{
    Q_D(ModelDefinition);
    // Without RETURNING (MariaDB), Sequelize's update({individualHooks}) still returns the
    // instances it read for the hooks, as they were written.
    const OptionsData &o = OptionsAccess::data(options);
    if (!d->dialect().supportsUpdateReturning() && !(o.hooks && o.individualHooks))
        throw DefinitionError(QStringLiteral("UPDATE ... RETURNING is not supported on %1; with "
                                             "individualHooks() the updated instances are "
                                             "returned")
                                  .arg(d->dialect().name()));
    QList<QSharedPointer<Model>> rows;
    updateRows(values, where, options, &rows);
    return rows;
}

// A static update with individual hooks whose hooks left different values per row: each row
// saved on its own (hooks already run, validated by them), as Sequelize does.
int ModelDefinition::updateRowByRow(const QList<QSharedPointer<Model>> &individuals,
                                    const OptionsData &o, QList<QSharedPointer<Model>> *rows)
{
    Q_D(ModelDefinition);
    // All rows or none, as the one UPDATE it replaces (a stale version throws mid-way).
    AtomicBlock block(d->connection(), d->connection()->connectionFor(o));
    for (const auto &instance : individuals)
        instance->save(
            SaveOptions().hooks(false).validate(false).silent(o.silent).transaction(o.transaction));
    block.commit();
    for (const auto &instance : individuals) {
        d->runHookPair(true, &ModelHooks::afterSave, &ModelHooks::afterUpdate, instance.data(),
                       HookOptions(o));
    }
    d->runHook(o.hooks, &ModelHooks::afterBulkUpdate, int(individuals.size()), HookOptions(o));
    if (rows)
        *rows = individuals;
    if (!individuals.isEmpty())
        Q_EMIT rowsChanged();
    return int(individuals.size());
}

// A key the static update would leave out although the caller means a write: a path inside a
// JSON attribute ("meta.kind"), which an instance's set()/update() writes but one UPDATE of
// many rows cannot (Sequelize leaves it out and reports the rows it touched).
static void requireNoJsonPath(const ModelDefinitionPrivate &d, const QString &key)
{
    if (const int base = d.pathBase(key); base >= 0 && d.holdsJson(base))
        throw DefinitionError(QStringLiteral("update() writes whole attributes: \"%1\" is a path "
                                             "inside the JSON attribute \"%2\" (an instance's "
                                             "update() sets it)")
                                  .arg(key, d.attribute(base).name));
}

// The columns a static update writes and their values in the attributes' types: stored
// attributes of \a values, those of \a fields when given (and what setters changed).
static void updatedColumns(const ModelDefinitionPrivate &d, const QVariantMap &values,
                           const QStringList &fields, const QStringList &sideEffects,
                           QList<int> *indexes, QVariantList *converted)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = d.indexOf(it.key());
        if (index < 0)
            requireNoJsonPath(d, it.key());
        if (index < 0 || d.attribute(index).type.kind() == DataType::Virtual)
            continue;
        if (!fields.isEmpty() && !fields.contains(it.key()) && !sideEffects.contains(it.key()))
            continue;
        indexes->append(index);
        // An expression (fn, literal, col) is SQL for the generator, not a value to convert.
        converted->append(it.value().metaType() == QMetaType::fromType<Expression>()
                              ? it.value()
                              : coerce(it.value(), d.attribute(index).type, it.key()));
    }
}

// \a options with a limit when \a limit >= 0.
FindOptions limitedTo(FindOptions options, int limit)
{
    return limit >= 0 ? options.limit(limit) : options;
}

QList<QSharedPointer<Model>> readIndividuals(ModelDefinition &model, Where *where, int *limit,
                                             bool paranoid, Transaction *transaction)
{
    const QList<QSharedPointer<Model>> rows = model.findAll(limitedTo(
        FindOptions().where(*where).unscoped().paranoid(paranoid).transaction(transaction),
        *limit));
    // With a limit, the statement reaches the rows the hooks saw, not another few.
    if (*limit >= 0) {
        *where = keysOf(*ModelDefinitionPrivate::get(&model), rows);
        *limit = -1;
    }
    return rows;
}

Where keysOf(const ModelDefinitionPrivate &d, const QList<QSharedPointer<Model>> &instances)
{
    QList<Where> rows;
    for (const QSharedPointer<Model> &instance : instances)
        rows.append(primaryKeyWhere(ModelPrivate::get(instance.data()), d));
    return Op::or_(rows); // or: [] matches nothing
}

// Custom setters run, as Sequelize's build() of the values does: what they store (also in
// other attributes, Sequelize's sideEffects) is what the UPDATE writes.
static QVariantMap settersApplied(const ModelDefinitionPrivate &d, const QVariantMap &values,
                                  bool others, QStringList *sideEffects)
{
    QVariantMap effective = values;
    const bool setters = std::any_of(values.keyBegin(), values.keyEnd(), [&](const QString &key) {
        const int index = d.indexOf(key);
        return index >= 0 && d.attribute(index).options.setter();
    });
    if (!setters)
        return effective;
    QSharedPointer<Model> probe = d.instantiate();
    probe->set(values);
    ModelPrivate *pd = ModelPrivate::get(probe.data());
    for (const QString &name : probe->changed()) {
        const int index = d.indexOf(name);
        if (index < 0 || d.attribute(index).type.kind() == DataType::Virtual
            || (!others && !values.contains(name)))
            continue;
        effective.insert(name, pd->written(index));
        if (!values.contains(name))
            sideEffects->append(name);
    }
    return effective;
}

// What the individual hooks left to write (Sequelize): the changes a hook made, or made of a
// given value, when they are the same for every row; \a different when they are not.
static QVariantMap hookChanges(const ModelDefinitionPrivate &d,
                               const QList<QSharedPointer<Model>> &individuals,
                               const QVariantMap &values, bool *different)
{
    QVariantMap uniform;
    for (qsizetype k = 0; k < individuals.size() && !*different; ++k) {
        const QSharedPointer<Model> &instance = individuals.at(k);
        QVariantMap changes;
        for (const auto &entry : ModelPrivate::get(instance.data())->previous) {
            const QVariant now = instance->get(entry.first);
            const int index = d.indexOf(entry.first);
            const QVariant given = values.value(entry.first);
            if (!values.contains(entry.first)
                || (index >= 0 && given.metaType() != QMetaType::fromType<Expression>()
                    && now != coerce(given, d.attribute(index).type, entry.first)))
                changes.insert(entry.first, now);
        }
        if (k == 0)
            uniform = changes;
        else
            *different = changes != uniform;
    }
    return uniform;
}

// \a given (coerced; an Expression as is) as the UPDATE's value of the attribute at \a index.
static void writeColumn(const ModelDefinitionPrivate &d, int index, const QVariant &given,
                        QList<int> *indexes, QVariantList *converted)
{
    const AttributeInfo &attribute = d.attribute(index);
    const QVariant value = given.metaType() == QMetaType::fromType<Expression>()
        ? given
        : coerce(given, attribute.type, attribute.name);
    const qsizetype at = indexes->indexOf(index);
    if (at >= 0) {
        (*converted)[at] = value;
    } else {
        indexes->append(index);
        converted->append(value);
    }
}

// The hooks' \a uniform changes joined to the UPDATE's columns (\a indexes) and values.
static void mergeHookChanges(const ModelDefinitionPrivate &d, const QVariantMap &uniform,
                             const QVariantMap &values, QList<int> *indexes,
                             QVariantList *converted)
{
    for (auto it = uniform.cbegin(); it != uniform.cend(); ++it) {
        const int index = d.indexOf(it.key());
        if (index < 0 || d.attribute(index).type.kind() == DataType::Virtual
            || (values.contains(it.key()) && !indexes->contains(index)))
            continue; // not an attribute, or left out by fields
        writeColumn(d, index, it.value(), indexes, converted);
    }
}

// What a beforeBulkUpdate hook changed in \a values (now \a changed): a value changed or added
// is written as given, a value taken out is not written.
static void applyHookValues(const ModelDefinitionPrivate &d, const QVariantMap &values,
                            const QVariantMap &changed, QList<int> *indexes,
                            QVariantList *converted)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const qsizetype at = indexes->indexOf(d.indexOf(it.key()));
        if (!changed.contains(it.key()) && at >= 0 && indexes->at(at) != d.updatedAt) {
            indexes->removeAt(at);
            converted->removeAt(at);
        }
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        if (values.contains(it.key()) && values.value(it.key()) == it.value())
            continue;
        const int index = d.requireIndex(it.key());
        if (d.attribute(index).type.kind() == DataType::Virtual)
            continue; // not a column
        writeColumn(d, index, it.value(), indexes, converted);
    }
}

// The individual instances as the UPDATE wrote them: its values, nothing left to save.
static void markWritten(const QList<QSharedPointer<Model>> &individuals, const QList<int> &indexes,
                        const QVariantList &converted)
{
    for (const auto &instance : individuals) {
        ModelPrivate *md = ModelPrivate::get(instance.data());
        for (qsizetype i = 0; i < indexes.size(); ++i) {
            if (converted.at(i).metaType() != QMetaType::fromType<Expression>())
                md->load(indexes.at(i), converted.at(i));
        }
        md->clearChanges();
    }
}

// As Sequelize: a static update's values are validated through a built instance (only the
// attributes written), with the validate hooks; UpdateOptions::validate(false) (Sequelize's
// validate: false) runs neither. What a validate hook changed in a written attribute is
// written (a change to another attribute is not).
static void validateUpdate(ModelDefinition &model, const QVariantMap &values, const OptionsData &o,
                           bool hooks, QList<int> *indexes, QVariantList *converted)
{
    const ModelDefinitionPrivate &d = *ModelDefinitionPrivate::get(&model);
    bool validated = !d.registered(d.validators).isEmpty(); // model validators run too
    for (int i : std::as_const(*indexes))
        validated = validated || !d.attribute(i).options.validators().isEmpty()
            || !d.attribute(i).options.allowsNull();
    if (!(validated || hooks) || o.skipValidation)
        return;
    QSharedPointer<Model> probe = model.build(values);
    ModelPrivate *pd = ModelPrivate::get(probe.data());
    pd->validateWithHooks(indexes, o, hooks); // validationFailed on a failure too
    for (qsizetype i = 0; hooks && i < indexes->size(); ++i) {
        const int index = indexes->at(i);
        if (index != d.updatedAt && !pd->expressions.contains(index)
            && converted->at(i).metaType() != QMetaType::fromType<Expression>())
            (*converted)[i]
                = coerce(pd->value(index), d.attribute(index).type, d.attribute(index).name);
    }
}

// Whether an instance the individual hooks saw holds a change besides updatedAt.
static bool anyIndividualChange(const ModelDefinitionPrivate &d,
                                const QList<QSharedPointer<Model>> &individuals)
{
    const QString updatedAt = d.updatedAt >= 0 ? d.attribute(d.updatedAt).name : QString();
    for (const auto &instance : individuals) {
        const QStringList changed = instance->changed();
        if (changed.size() > (changed.contains(updatedAt) ? 1 : 0))
            return true;
    }
    return false;
}

// The UPDATE of a static update: \a indexes set to \a converted where \a where holds; \a rows,
// when given, receives the rows RETURNING gives.
static int writeUpdate(ModelDefinitionPrivate &d, const OptionsData &o, const QList<int> &indexes,
                       const QVariantList &converted, const Where &where, int limit,
                       QList<QSharedPointer<Model>> *rows)
{
    const QueryGenerator generator(d);
    Statement statement = generator.update(indexes, converted, where, o.paranoid, limit);
    QList<int> returning;
    if (rows) {
        returning = d.storedAttributes();
        generator.appendReturning(statement, returning);
    }
    QSqlQuery &query = d.write(statement, d.connection()->connectionFor(o));
    const RowsReading reading(query);
    int affected = d.dialect().rowsAffected(query);
    if (rows) {
        *rows = Hydrator(d, returning).loadAll(query);
        affected = int(rows->size());
    }
    SequelizePrivate::endRows(d.dialect(), query);
    return affected;
}

int ModelDefinition::updateRows(const QVariantMap &givenValues, const Where &givenWhere,
                                const UpdateOptions &options, QList<QSharedPointer<Model>> *rows)
{
    Q_D(ModelDefinition);
    QVariantMap values = d->withAttributeNames(givenValues);
    Where where = d->ownNames(givenWhere);
    const OptionsData &o = OptionsAccess::data(options);
    d->requireAttributes(o.fields);
    if (o.fieldsGiven && o.fields.isEmpty())
        return 0; // Sequelize: fields [] leaves nothing to write
    // Custom setters run, as Sequelize's build() of the values does: what they store (also in
    // other attributes, Sequelize's sideEffects) is what the UPDATE writes.
    QStringList sideEffects;
    const QVariantMap effective = settersApplied(*d, values, o.sideEffects, &sideEffects);
    QList<int> indexes;
    QVariantList converted;
    updatedColumns(*d, effective, o.fields, sideEffects, &indexes, &converted);
    // Sequelize: an updatedAt given is replaced by the time of the update, unless silent.
    if (const qsizetype at = indexes.indexOf(d->updatedAt); at >= 0 && !o.silent)
        converted[at] = d->timestampValue(d->updatedAt, nowUtc());
    const bool hooks = o.hooks && d->hasHooks();
    validateUpdate(*this, values, o, hooks, &indexes, &converted);
    if (hooks) {
        // As Sequelize's options.attributes and options.where: what the hook changes is what
        // the UPDATE writes and where (its values raw: no setter or validator runs on them).
        QVariantMap hookValues = values;
        d->runHook(true, &ModelHooks::beforeBulkUpdate, hookValues, where, HookOptions(o));
        where = d->ownNames(where);
        hookValues = d->withAttributeNames(hookValues);
        if (hookValues != values)
            applyHookValues(*d, values, hookValues, &indexes, &converted);
        values = hookValues;
    }
    // individualHooks: the rows are read first (with find hooks) for their per-instance hooks,
    // with the scopes the options name, as the UPDATE will be.
    Where scopedWhere = d->scopedWhere(where, o);
    int limit = o.limit;
    QList<QSharedPointer<Model>> individuals;
    // Rows asked for where the database has no RETURNING: the individual instances.
    const bool rowsRead = rows && !d->dialect().supportsUpdateReturning();
    bool nothingToWrite = false;
    if (o.hooks && o.individualHooks && (d->hasHooks() || rowsRead)) {
        // Sequelize: the rows the UPDATE reaches, soft-deleted ones too under paranoid(false).
        individuals = readIndividuals(*this, &scopedWhere, &limit, o.paranoid, o.transaction);
        for (const auto &instance : std::as_const(individuals)) {
            instance->set(values);
            d->runHookPair(true, &ModelHooks::beforeSave, &ModelHooks::beforeUpdate,
                           instance.data(), HookOptions(o));
        }
        // What the hooks left to write (Sequelize): the same for every row joins the one
        // UPDATE; different per row, each row is saved with its own values.
        bool different = false;
        const QVariantMap uniform = hookChanges(*d, individuals, values, &different);
        if (different)
            return updateRowByRow(individuals, o, rows);
        mergeHookChanges(*d, uniform, values, &indexes, &converted);
        // Sequelize writes what differs from the rows the hooks saw: when none differs but in
        // updatedAt, no statement runs and no row counts (the after hooks still run). Silent,
        // or without updatedAt, nothing differs at all and it writes the values given.
        nothingToWrite = d->updatedAt >= 0 && !o.silent && !individuals.isEmpty()
            && !anyIndividualChange(*d, individuals);
    }
    // Sequelize: nothing to write (or only updatedAt) runs no statement and changes no row,
    // and the after hooks run as after any update.
    nothingToWrite = nothingToWrite || indexes.isEmpty() || indexes == QList<int>{d->updatedAt};
    int affected = 0;
    if (!nothingToWrite) {
        if (d->updatedAt >= 0 && !o.silent && !indexes.contains(d->updatedAt)) {
            indexes.append(d->updatedAt);
            converted.append(d->timestampValue(d->updatedAt, nowUtc()));
        }
        affected
            = writeUpdate(*d, o, indexes, converted, scopedWhere, limit, rowsRead ? nullptr : rows);
        if (rowsRead)
            markWritten(individuals, indexes, converted);
    }
    if (rowsRead)
        *rows = individuals;
    for (const auto &instance : std::as_const(individuals)) {
        d->runHookPair(true, &ModelHooks::afterSave, &ModelHooks::afterUpdate, instance.data(),
                       HookOptions(o));
    }
    d->runHook(o.hooks, &ModelHooks::afterBulkUpdate, affected, HookOptions(o));
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

} // namespace QtSequelize
