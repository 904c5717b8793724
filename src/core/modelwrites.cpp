// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: writing many rows (bulkCreate, upsert, update, destroy, restore, increment,
// truncate).

#include "../meta/modeldefinition_p.h"

#include "../dialects/dialect_p.h"
#include "../query/joinplan_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../query/rawquery_p.h"
#include "../sql/coercion_p.h"
#include "hydrator_p.h"
#include "inflection_p.h"
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

namespace QtSequelize {

// The unique key a duplicate is detected on: the first unique attribute (or named composite
// key) in definition order, else the primary key (Sequelize's conflict target).
static QList<int> firstUniqueKey(const ModelDefinitionPrivate &d)
{
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

namespace {

// One bulkCreate(): the instances built from the records, then the rows inserted in chunks in
// one transaction, with what the database generates read back into the instances.
class BulkInsert
{
public:
    BulkInsert(ModelDefinitionPrivate *d, const OptionsData &o)
        : d(d)
        , o(o)
        , dialect(d->dialect())
        , now(nowUtc())
        , returning(d->storedAttributes())
    {
    }

    QList<QSharedPointer<Model>> instances;

    void build(const QList<QVariantMap> &records);
    void runBeforeHooks();
    void plan();
    void insert();

private:
    void set(ModelPrivate *md, Model *instance, int index, const QString &key,
             const QVariant &value) const;
    bool bindReused(Statement &statement, qsizetype start, qsizetype count) const;
    QList<QVariantList> rowsOf(qsizetype start, qsizetype count) const;
    void readRows(QSqlQuery &query, qsizetype start, qsizetype count) const;
    void readMatchedRows(QSqlQuery &query, qsizetype start, qsizetype count) const;
    void assignKeys(const QSqlQuery &query, qsizetype start, qsizetype count) const;
    void readBackExpressions(Connection *transaction) const;

    ModelDefinitionPrivate *d;
    const OptionsData &o;
    const Dialect &dialect;
    const QDateTime now;
    const QList<int> returning;
    bool keyGiven = false;
    bool expressions = false; // a record gave an SQL expression as a value
    QList<int> columns; // the same for every row
    QList<const DataType *> columnTypes;
    QueryGenerator::InsertConflict conflict;
    QList<int> readBack; // what RETURNING reads
    bool newKeys = false;
};

void BulkInsert::set(ModelPrivate *md, Model *instance, int index, const QString &key,
                     const QVariant &value) const
{
    if (value.metaType() == QMetaType::fromType<Expression>())
        md->setExpression(index, value.value<Expression>());
    else if (const Attribute::Setter &setter = d->attribute(index).options.setter())
        setter(*instance, value);
    else
        md->setValue(index, coerce(value, d->attribute(index).type, key));
}

void BulkInsert::build(const QList<QVariantMap> &records)
{
    instances.reserve(records.size());
    // Records usually name the same attributes in the same (sorted) order: the index of the
    // previous record's key at the same position is checked before a hash lookup.
    QList<QPair<QString, int>> keyIndexes;
    for (const QVariantMap &record : records) {
        // Built without change tracking: every value is written anyway. Keys that were given
        // still win over defaults.
        QSharedPointer<Model> instance = d->instantiate();
        ModelPrivate *md = ModelPrivate::get(instance.data());
        md->recording = false;
        qsizetype position = 0;
        for (auto it = record.cbegin(); it != record.cend(); ++it, ++position) {
            int index;
            if (position < keyIndexes.size() && keyIndexes.at(position).first == it.key()) {
                index = keyIndexes.at(position).second;
            } else {
                index = d->indexOf(it.key());
                if (position < keyIndexes.size())
                    keyIndexes[position] = {it.key(), index};
                else
                    keyIndexes.append({it.key(), index});
            }
            if (index >= 0)
                set(md, instance.data(), index, it.key(), it.value());
        }
        md->applyDefaults(record);
        if (!o.fields.isEmpty()) {
            // Attributes left out by `fields` get what the database stores: their default.
            for (int i = 0; i < d->attributes.size(); ++i) {
                const AttributeInfo &info = d->attribute(i);
                if (o.fields.contains(info.name) || i == d->primaryKey
                    || info.type.kind() == DataType::Virtual)
                    continue;
                const QVariant value = info.options.hasDefaultValue()
                    ? generateDefault(info.options.defaultValue(), info.type)
                    : QVariant();
                if (value.metaType() != QMetaType::fromType<Expression>())
                    md->setValue(i, coerce(value, info.type, info.name));
            }
        }
        md->recording = true;
        if (d->createdAt >= 0 && isSqlNull(md->value(d->createdAt)))
            md->setValue(d->createdAt, now);
        if (d->updatedAt >= 0)
            md->setValue(d->updatedAt, now);
        // A typed integer key holds 0 until set: only a key the record names counts.
        keyGiven = keyGiven || record.contains(d->attribute(d->primaryKey).name);
        expressions = expressions || !md->expressions.isEmpty();
        instances.append(instance);
    }
}

void BulkInsert::runBeforeHooks()
{
    d->runHook(o.hooks, &ModelHooks::beforeBulkCreate, instances, ModelPrivate::hookOptions(o));
    if (o.hooks && o.individualHooks && d->hasHooks()) {
        // All beforeCreate, then all beforeSave (Sequelize's order).
        for (const auto &instance : std::as_const(instances))
            d->runHook(true, &ModelHooks::beforeCreate, instance.data(),
                       ModelPrivate::hookOptions(o));
        for (const auto &instance : std::as_const(instances))
            d->runHook(true, &ModelHooks::beforeSave, instance.data(),
                       ModelPrivate::hookOptions(o));
    }
    if (o.validateBulk) {
        QList<BulkRecordError> failures;
        for (const auto &instance : std::as_const(instances)) {
            try {
                ModelPrivate::get(instance.data())->validate();
            } catch (const ValidationError &e) {
                failures.append(BulkRecordError(e, instance->get()));
            }
        }
        if (!failures.isEmpty())
            throw AggregateError(failures);
    }
}

void BulkInsert::plan()
{
    for (int i : returning) {
        const AttributeInfo &info = d->attribute(i);
        if (i == d->primaryKey && d->primaryKeyAutoIncrement && !keyGiven)
            continue;
        if (!o.fields.isEmpty() && !o.fields.contains(info.name) && i != d->createdAt
            && i != d->updatedAt)
            continue;
        columns.append(i);
        columnTypes.append(&info.type);
    }
    conflict.ignoreDuplicates = o.ignoreDuplicates;
    if (!o.updateOnDuplicate.isEmpty()) {
        conflict.target = firstUniqueKey(*d);
        for (const QString &name : o.updateOnDuplicate)
            conflict.update.append(d->requireIndex(name));
    }
    // What the database adds to the rows: without a conflict clause, only the new keys and
    // values of SQL expressions (defaults or given); the others were applied when the instances
    // were built. Reading whole rows back costs as much as the insert itself.
    const bool conflicts = conflict.ignoreDuplicates || !conflict.update.isEmpty();
    const bool sqlDefaults
        = std::any_of(d->attributes.cbegin(), d->attributes.cend(), [](const AttributeInfo &info) {
              return info.options.hasDefaultValue()
                  && info.options.defaultValue().metaType() == QMetaType::fromType<Expression>();
          });
    newKeys = d->primaryKeyAutoIncrement && !keyGiven;
    const bool returned = dialect.supportsInsertReturning();
    if (returned && (conflicts || sqlDefaults || expressions))
        readBack = returning;
    else if (returned && newKeys
             && dialect.lastInsertIdOfMultiRowInsert() == Dialect::InsertedIds::Unknown)
        readBack = {d->primaryKey};
}

// The values of instances [start, start + count) as rows of the columns.
QList<QVariantList> BulkInsert::rowsOf(qsizetype start, qsizetype count) const
{
    QList<QVariantList> rows;
    rows.reserve(count);
    for (qsizetype r = start; r < start + count; ++r) {
        const ModelPrivate *md = ModelPrivate::get(instances.at(r).data());
        QVariantList row;
        row.reserve(columns.size());
        for (int i : columns)
            row.append(md->written(i));
        rows.append(row);
    }
    return rows;
}

// Binds the rows straight from the instances into the prepared statement of the previous chunk
// (same size); false when a value is SQL of its own, which needs a statement of its own.
bool BulkInsert::bindReused(Statement &statement, qsizetype start, qsizetype count) const
{
    statement.bindings.clear();
    statement.bindings.reserve(count * columns.size());
    for (qsizetype r = start; r < start + count; ++r) {
        const ModelPrivate *md = ModelPrivate::get(instances.at(r).data());
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QVariant value = md->written(columns.at(c));
            if (value.metaType() == QMetaType::fromType<Expression>())
                return false;
            statement.bindings.append(dialect.toDatabase(value, *columnTypes.at(c)));
        }
    }
    return true;
}

// RETURNING rows come back in VALUES order.
void BulkInsert::readRows(QSqlQuery &query, qsizetype start, qsizetype count) const
{
    const bool keysOnly = readBack == QList<int>{d->primaryKey};
    const Hydrator hydrator(*d, returning);
    const AttributeInfo &pk = d->attribute(d->primaryKey);
    for (qsizetype r = start; r < start + count && dialect.nextRow(query); ++r) {
        if (keysOnly)
            ModelPrivate::get(instances.at(r).data())
                ->load(d->primaryKey, dialect.fromDatabase(query.value(0), pk.type));
        else
            hydrator.load(instances.at(r).data(), query);
    }
}

// A skipped duplicate returns nothing: the returned rows are matched to their instances by the
// unique key instead of by position (Sequelize's quirk).
void BulkInsert::readMatchedRows(QSqlQuery &query, qsizetype start, qsizetype count) const
{
    const Hydrator hydrator(*d, returning);
    const QList<int> key = firstUniqueKey(*d);
    auto keyOf = [&](const Model *m) {
        QVariantList values;
        for (int k : key)
            values.append(ModelPrivate::get(m)->value(k));
        return values;
    };
    while (dialect.nextRow(query)) {
        const QVariantList returnedKey = keyOf(hydrator.create(query).data());
        for (qsizetype r = start; r < start + count; ++r) {
            if (keyOf(instances.at(r).data()) == returnedKey) {
                hydrator.load(instances.at(r).data(), query);
                break;
            }
        }
    }
}

// No RETURNING: the driver reports one id of the statement; the others follow.
void BulkInsert::assignKeys(const QSqlQuery &query, qsizetype start, qsizetype count) const
{
    const AttributeInfo &pk = d->attribute(d->primaryKey);
    const qint64 reported = query.lastInsertId().toLongLong();
    const qint64 first = dialect.lastInsertIdOfMultiRowInsert() == Dialect::InsertedIds::LastRow
        ? reported - count + 1
        : reported;
    for (qsizetype r = 0; r < count; ++r)
        ModelPrivate::get(instances.at(start + r).data())
            ->load(d->primaryKey, coerce(first + r, pk.type, pk.name));
}

// Without RETURNING, values written as SQL expressions are read back row by row.
void BulkInsert::readBackExpressions(Connection *transaction) const
{
    if (!expressions || !readBack.isEmpty())
        return;
    for (const auto &instance : instances) {
        ModelPrivate *md = ModelPrivate::get(instance.data());
        if (!md->expressions.isEmpty())
            md->readBackExpressions(md->expressions.keys(), transaction);
    }
}

void BulkInsert::insert()
{
    const QueryGenerator generator(*d);
    SequelizePrivate *connection = d->connection();
    Connection *transaction = connection->connectionFor(o);
    AtomicBlock block(connection, transaction);
    const bool conflicts = conflict.ignoreDuplicates || !conflict.update.isEmpty();
    const int perRow = qMax(1, int(columns.size()));
    const int chunk = o.chunkSize > 0
        ? o.chunkSize
        : qMax(1, qMin(dialect.bulkChunkRows(), dialect.maxBindParameters() / perRow));
    Statement statement;
    qsizetype statementRows = -1;
    for (qsizetype start = 0; start < instances.size(); start += chunk) {
        const qsizetype count = qMin<qsizetype>(chunk, instances.size() - start);
        // One statement text per chunk size: every full chunk re-executes the prepared one
        // with the values bound straight from the instances.
        if (count != statementRows || !bindReused(statement, start, count)) {
            statement = generator.insertRows(columns, rowsOf(start, count), readBack, conflict);
            statementRows = expressions ? -1 : count;
        }
        QSqlQuery &query = connection->execute(statement, true, transaction);
        if (!readBack.isEmpty() && !o.ignoreDuplicates)
            readRows(query, start, count);
        else if (!readBack.isEmpty())
            readMatchedRows(query, start, count);
        else if (newKeys && !conflicts)
            assignKeys(query, start, count);
        dialect.endRows(query);
    }
    readBackExpressions(transaction);
    block.commit();
}

} // namespace

/*!
    Inserts \a records (Sequelize's \c{Model.bulkCreate}): each record is built (defaults
    applied, unknown keys ignored), then all rows go in one transaction, as multi-row INSERTs
    of up to BulkCreateOptions::chunkSize() rows on PostgreSQL and MariaDB, and as one prepared
    single-row INSERT re-executed on SQLite, the fastest strategy measured on each. Generated
    values are read back with RETURNING (PostgreSQL, SQLite) or from the first inserted id
    (MariaDB). Throws the database's error; then nothing was inserted.
*/
QList<QSharedPointer<Model>> ModelDefinition::bulkCreate(const QList<QVariantMap> &records,
                                                         const BulkCreateOptions &options)
{
    Q_D(ModelDefinition);
    if (records.isEmpty())
        return {};
    const OptionsData &o = OptionsAccess::data(options);
    BulkInsert bulk(d, o);
    bulk.build(records);
    bulk.runBeforeHooks();
    bulk.plan();
    bulk.insert();
    for (const auto &instance : std::as_const(bulk.instances)) {
        ModelPrivate *md = ModelPrivate::get(instance.data());
        md->clearChanges();
        md->setNewRecord(false);
    }
    if (o.hooks && o.individualHooks && d->hasHooks()) {
        for (const auto &instance : std::as_const(bulk.instances)) {
            d->runHook(true, &ModelHooks::afterCreate, instance.data(), HookOptions(o));
            d->runHook(true, &ModelHooks::afterSave, instance.data(), HookOptions(o));
        }
    }
    d->runHook(o.hooks, &ModelHooks::afterBulkCreate, bulk.instances, HookOptions(o));
    Q_EMIT rowsChanged();
    return bulk.instances;
}

QSharedPointer<Model> ModelDefinition::upsert(const QVariantMap &values, bool *created)
{
    return upsert(values, SaveOptions(), created);
}

QSharedPointer<Model> ModelDefinition::upsert(const QVariantMap &values, const SaveOptions &options,
                                              bool *created)
{
    Q_D(ModelDefinition);
    const OptionsData &o = OptionsAccess::data(options);
    QSharedPointer<Model> instance = build(values);
    ModelPrivate *md = ModelPrivate::get(instance.data());
    d->runHook(o.hooks, &ModelHooks::beforeValidate, instance.data(), HookOptions(o));
    d->runHook(o.hooks, &ModelHooks::afterValidate, instance.data(), HookOptions(o));
    d->runHook(o.hooks, &ModelHooks::beforeUpsert, values, HookOptions(o));
    const QDateTime now = nowUtc();
    if (d->createdAt >= 0 && isSqlNull(md->value(d->createdAt)))
        md->setValue(d->createdAt, now);
    if (d->updatedAt >= 0)
        md->setValue(d->updatedAt, now);
    const QString pkName = d->attribute(d->primaryKey).name;
    QueryGenerator::InsertConflict conflict;
    const bool keysGiven = std::all_of(d->primaryKeys.cbegin(), d->primaryKeys.cend(), [&](int k) {
        return values.contains(d->attribute(k).name);
    });
    conflict.target = keysGiven ? d->primaryKeys : firstUniqueKey(*d);
    QList<int> columns;
    QVariantList row;
    const QList<int> returning = d->storedAttributes();
    for (int i : returning) {
        const AttributeInfo &info = d->attribute(i);
        const QVariant v = md->written(i);
        const bool given = values.contains(info.name) || md->changedIndex(info.name) >= 0;
        if (i == d->primaryKey && d->primaryKeyAutoIncrement && !values.contains(pkName))
            continue;
        if (!given && isSqlNull(v))
            continue;
        columns.append(i);
        row.append(v);
        // An update writes what the caller gave, and updatedAt; never the key or createdAt.
        if ((values.contains(info.name) || i == d->updatedAt) && !d->primaryKeys.contains(i)
            && i != d->createdAt && !conflict.target.contains(i))
            conflict.update.append(i);
    }
    if (conflict.update.isEmpty())
        conflict.update.append(conflict.target.first()); // a no-op update still returns the row
    const Dialect &dialect = d->dialect();
    SequelizePrivate *connection = d->connection();
    const QueryGenerator generator(*d);
    const bool returned = dialect.supportsInsertReturning();
    Statement statement
        = generator.insertRows(columns, {row}, returned ? returning : QList<int>(), conflict);
    const QString insertedColumn = dialect.upsertInsertedColumn();
    if (returned && !insertedColumn.isEmpty())
        statement.sql += QStringLiteral(", ") + insertedColumn;
    Connection *transaction = connection->connectionFor(o);
    auto lastInsertId = [&] {
        QSqlQuery &q
            = connection->execute(Statement{dialect.lastInsertIdQuery(), {}}, true, transaction);
        const QVariant id = d->dialect().nextRow(q) ? q.value(0) : QVariant();
        d->dialect().endRows(q);
        return id;
    };
    AtomicBlock block(connection, transaction);
    const QVariant before = dialect.lastInsertIdQuery().isEmpty() ? QVariant() : lastInsertId();
    QSqlQuery &query = connection->execute(statement, true, transaction);
    bool inserted = false;
    if (returned && d->dialect().nextRow(query)) {
        md->recording = false;
        Hydrator(*d, returning).load(instance.data(), query);
        md->recording = true;
        if (!insertedColumn.isEmpty())
            inserted = query.value(int(returning.size())).toBool();
    }
    const int affected = query.numRowsAffected();
    d->dialect().endRows(query);
    if (dialect.upsertCountsUpdatesTwice()) {
        inserted = affected == 1;
    } else if (!dialect.lastInsertIdQuery().isEmpty()) {
        inserted = lastInsertId() != before;
    }
    if (!returned) {
        // No RETURNING: read the stored row back by the conflict key.
        Where where;
        for (int i : conflict.target)
            where = where && Op::eq(d->attribute(i).name, md->value(i));
        QSharedPointer<Model> stored = findOne(
            FindOptions().where(where).paranoid(false).hooks(false).transaction(o.transaction));
        if (stored)
            instance = stored;
    }
    block.commit();
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
    if (!d->dialect().supportsUpdateReturning())
        throw DefinitionError(
            QStringLiteral("UPDATE ... RETURNING is not supported on %1").arg(d->dialect().name()));
    QList<QSharedPointer<Model>> rows;
    updateRows(values, where, options, &rows);
    return rows;
}

int ModelDefinition::updateRows(const QVariantMap &values, const Where &givenWhere,
                                const UpdateOptions &options, QList<QSharedPointer<Model>> *rows)
{
    Q_D(ModelDefinition);
    const Where where = d->ownNames(givenWhere);
    const OptionsData &o = OptionsAccess::data(options);
    QList<int> indexes;
    QVariantList converted;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int index = d->indexOf(it.key());
        if (index < 0 || d->attribute(index).type.kind() == DataType::Virtual)
            continue;
        if (!o.fields.isEmpty() && !o.fields.contains(it.key()))
            continue;
        indexes.append(index);
        // An expression (fn, literal, col) is SQL for the generator, not a value to convert.
        converted.append(it.value().metaType() == QMetaType::fromType<Expression>()
                             ? it.value()
                             : coerce(it.value(), d->attribute(index).type, it.key()));
    }
    // As Sequelize: the given values are validated through a built instance (only those
    // attributes), with the validate hooks.
    bool validated = false;
    for (int i : std::as_const(indexes))
        validated = validated || !d->attribute(i).options.validators().isEmpty()
            || !d->attribute(i).options.allowsNull();
    const bool hooks = o.hooks && d->hasHooks();
    if (validated || hooks) {
        QSharedPointer<Model> probe = build(values);
        d->runHook(hooks, &ModelHooks::beforeValidate, probe.data(), HookOptions(o));
        ModelPrivate::get(probe.data())->validate(&indexes);
        d->runHook(hooks, &ModelHooks::afterValidate, probe.data(), HookOptions(o));
        d->runHook(hooks, &ModelHooks::beforeBulkUpdate, values, where, HookOptions(o));
    }
    // individualHooks: the rows are read first (with find hooks) for their per-instance hooks.
    QList<QSharedPointer<Model>> individuals;
    if (o.hooks && o.individualHooks && d->hasHooks()) {
        individuals = findAll(FindOptions().where(where).transaction(o.transaction));
        for (const auto &instance : std::as_const(individuals)) {
            instance->set(values);
            d->runHook(true, &ModelHooks::beforeSave, instance.data(), HookOptions(o));
            d->runHook(true, &ModelHooks::beforeUpdate, instance.data(), HookOptions(o));
        }
    }
    // Sequelize: nothing to write (or only updatedAt) runs no statement and changes no row.
    if (indexes.isEmpty() || indexes == QList<int>{d->updatedAt})
        return 0;
    if (d->updatedAt >= 0 && !o.silent && !indexes.contains(d->updatedAt)) {
        indexes.append(d->updatedAt);
        converted.append(nowUtc());
    }
    const QueryGenerator generator(*d);
    Statement statement
        = generator.update(indexes, converted, d->scopedWhere(where, o), o.paranoid);
    QList<int> returning;
    if (rows) {
        returning = d->storedAttributes();
        generator.appendReturning(statement, returning);
    }
    QSqlQuery &query = d->connection()->execute(statement, true, d->connection()->connectionFor(o));
    int affected = query.numRowsAffected();
    if (rows) {
        *rows = Hydrator(*d, returning).loadAll(query);
        affected = int(rows->size());
    }
    d->dialect().endRows(query);
    for (const auto &instance : std::as_const(individuals)) {
        d->runHook(true, &ModelHooks::afterSave, instance.data(), HookOptions(o));
        d->runHook(true, &ModelHooks::afterUpdate, instance.data(), HookOptions(o));
    }
    d->runHook(o.hooks, &ModelHooks::afterBulkUpdate, affected, HookOptions(o));
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

/*!
    Deletes the rows matching \a where (Sequelize's static \c Model.destroy); on a
    paranoid model it sets deletedAt instead, unless DestroyOptions::force().
    Returns the number of affected rows. Use an empty Where() for every row.
*/
int ModelDefinition::destroy(const Where &givenWhere, const DestroyOptions &options)
{
    Q_D(ModelDefinition);
    const OptionsData &o = OptionsAccess::data(options);
    const bool soft = d->deletedAt >= 0 && !o.force;
    if (o.truncate && !soft) {
        // The rows it removes: counted on the same connection (and transaction), every row.
        const qint64 rows = count(
            FindOptions().paranoid(false).unscoped().hooks(false).transaction(o.transaction));
        d->connection()->executeDirect(QueryGenerator(*d).truncate().sql,
                                       d->connection()->connectionFor(o));
        return int(rows);
    }
    // Sequelize: truncate on a paranoid model without force soft-deletes every row.
    const Where where = o.truncate ? Where() : d->ownNames(givenWhere);
    QueryGenerator generator(*d);
    Statement statement;
    d->runHook(o.hooks, &ModelHooks::beforeBulkDestroy, where, HookOptions(o));
    QList<QSharedPointer<Model>> individuals;
    if (o.hooks && o.individualHooks && d->hasHooks()) {
        individuals = findAll(FindOptions().where(where).transaction(o.transaction));
        for (const auto &instance : std::as_const(individuals))
            d->runHook(true, &ModelHooks::beforeDestroy, instance.data(), HookOptions(o));
    }
    const Where scopedWhere = d->scopedWhere(where, o);
    if (d->deletedAt >= 0 && !o.force)
        statement = generator.update({d->deletedAt}, {nowUtc()}, scopedWhere, true);
    else
        statement = generator.remove(scopedWhere, false);
    QSqlQuery &query = d->connection()->execute(statement, true, d->connection()->connectionFor(o));
    const int affected = query.numRowsAffected();
    d->dialect().endRows(query);
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
    const Where where = d->ownNames(givenWhere);
    const OptionsData &o = OptionsAccess::data(options);
    d->runHook(o.hooks, &ModelHooks::beforeBulkRestore, where, HookOptions(o));
    if (d->deletedAt < 0)
        throw InstanceError(QStringLiteral("Model %1 is not paranoid").arg(d->name));
    const Statement statement = QueryGenerator(*d).update(
        {d->deletedAt}, {QVariant()},
        where && Op::isNot(d->attribute(d->deletedAt).name, QVariant()), false);
    QSqlQuery &query = d->connection()->execute(statement, true, d->connection()->connectionFor(o));
    const int affected = query.numRowsAffected();
    d->dialect().endRows(query);
    d->runHook(o.hooks, &ModelHooks::afterBulkRestore, affected, HookOptions(o));
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

int ModelDefinition::increment(const QVariantMap &byAttribute, const Where &givenWhere,
                               const UpdateOptions &options)
{
    Q_D(ModelDefinition);
    const OptionsData &o = OptionsAccess::data(options);
    // As Sequelize: the default scope applies, and the version of optimistic locking is bumped.
    const Where where = d->scopedWhere(d->ownNames(givenWhere), o);
    QList<int> indexes;
    QVariantList amounts;
    for (auto it = byAttribute.cbegin(); it != byAttribute.cend(); ++it) {
        indexes.append(d->requireIndex(it.key()));
        amounts.append(it.value());
    }
    if (d->version >= 0 && !indexes.contains(d->version)) {
        indexes.append(d->version);
        amounts.append(1);
    }
    QList<int> extra;
    QVariantList extraValues;
    if (d->updatedAt >= 0 && !o.silent && !indexes.contains(d->updatedAt)) {
        extra.append(d->updatedAt);
        extraValues.append(nowUtc());
    }
    const Statement statement
        = QueryGenerator(*d).increment(indexes, amounts, extra, extraValues, where);
    QSqlQuery &query = d->connection()->execute(
        statement, true, d->connection()->connectionFor(OptionsAccess::data(options)));
    const int affected = query.numRowsAffected();
    d->dialect().endRows(query);
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

int ModelDefinition::decrement(const QVariantMap &byAttribute, const Where &where,
                               const UpdateOptions &options)
{
    QVariantMap negated;
    for (auto it = byAttribute.cbegin(); it != byAttribute.cend(); ++it) {
        const int type = it.value().metaType().id();
        const bool fractional = type == QMetaType::Double || type == QMetaType::Float;
        negated.insert(it.key(),
                       fractional ? QVariant(-it.value().toDouble())
                                  : QVariant(-it.value().toLongLong()));
    }
    return increment(negated, where, options);
}

void ModelDefinition::truncate()
{
    Q_D(ModelDefinition);
    d->connection()->executeDirect(QueryGenerator(*d).truncate().sql);
}

} // namespace QtSequelize
