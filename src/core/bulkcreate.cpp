// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition::bulkCreate(): the records built into instances, inserted in chunks in one
// transaction, with what the database generates read back into them.

#include "../meta/modeldefinition_p.h"

#include "../dialects/dialect_p.h"
#include "../dialects/rowsreading_p.h"
#include "../query/joinplan_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../query/rawquery_p.h"
#include "../sql/coercion_p.h"
#include "../sql/indexoptions_p.h"
#include "../sql/inflection_p.h"
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
#include <functional>

namespace QtSequelize {

// The conflict target of bulkCreate's updateOnDuplicate, as Sequelize infers it: the first
// unique index of the model (not a partial one; its keys are attribute or column names), else
// the first unique key, else the primary key.
static QList<int> bulkConflictTarget(const ModelDefinitionPrivate &d)
{
    const auto attributeOf = [&d](const QString &name) {
        const int index = d.indexOf(name);
        return index >= 0 ? index : d.indexOfField(name);
    };
    for (const IndexOptions &index : d.indexes) {
        const IndexOptionsData &o = IndexOptionsData::get(index);
        if (!o.unique || !o.where.isEmpty() || o.keys.isEmpty())
            continue;
        QList<int> keys;
        for (const IndexKeyOption &key : o.keys) {
            const int attribute = key.expression.isValid() ? -1 : attributeOf(key.name);
            if (attribute < 0) {
                keys.clear();
                break;
            }
            keys.append(attribute);
        }
        if (!keys.isEmpty())
            return keys;
    }
    return d.firstUniqueKey();
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
    // The columns of a row and their types: the same for every row, except that the rows
    // giving their auto-increment key have that column too.
    struct Columns
    {
        QList<int> attributes;
        QList<const DataType *> types;
        void append(int attribute, const DataType *type)
        {
            attributes.append(attribute);
            types.append(type);
        }
    };
    bool bindReused(Statement &statement, const Columns &columns, qsizetype start,
                    qsizetype count) const;
    QList<QVariantList> rowsOf(const Columns &columns, qsizetype start, qsizetype count) const;
    qsizetype rowsInChunk(qsizetype start, int chunk) const;
    void readRows(QSqlQuery &query, qsizetype start, qsizetype count) const;
    void readMatchedRows(QSqlQuery &query, qsizetype start, qsizetype count) const;
    void assignKeys(const QSqlQuery &query, qsizetype start, qsizetype count, qint64 step) const;
    void readBackExpressions(Connection *transaction) const;
    void readKeysByTarget(Connection *transaction) const;
    void storedRowsByKey(Connection *transaction, const QList<int> &key,
                         const QList<qsizetype> &which,
                         const std::function<void(const Model *row)> &row) const;
    void readKeys(Connection *transaction, const QList<int> &key,
                  const QSet<qsizetype> &skipped) const;
    QSet<qsizetype> ignoredRecords(Connection *transaction, const QList<int> &key) const;
    QHash<QString, QList<qsizetype>> byKey(const QList<int> &key, qsizetype start,
                                           qsizetype count) const;
    bool leftToDatabase(int attribute) const;

    ModelDefinitionPrivate *d;
    const OptionsData &o;
    const Dialect &dialect;
    const QDateTime now;
    const QList<int> returning;
    QBitArray givesKey; // the instances whose auto-increment key is given (and kept)
    bool expressions = false; // a record gave an SQL expression as a value
    QBitArray named; // attributes some record names
    Columns columns; // of the rows whose key the database generates (all, without one)
    Columns keyedColumns; // of the rows giving their auto-increment key
    QueryGenerator::InsertConflict conflict;
    QList<int> readBack; // what RETURNING reads
    bool newKeys = false;
};

void BulkInsert::build(const QList<QVariantMap> &records)
{
    instances.reserve(records.size());
    named.resize(d->attributes.size());
    givesKey.resize(records.size());
    const QString keyName = d->primaryKey >= 0 ? d->attribute(d->primaryKey).name : QString();
    const bool keyWritten
        = d->primaryKeyAutoIncrement && (!o.fieldsGiven || o.fields.contains(keyName));
    // Records usually name the same attributes in the same (sorted) order: the index of the
    // previous record's key at the same position is checked before a hash lookup.
    struct KeyIndex
    {
        QString key;
        int index;
        bool byColumn; // the key names the attribute's column
    };
    QList<KeyIndex> keyIndexes;
    for (const QVariantMap &record : records) {
        // Built without change tracking: every value is written anyway. Keys that were given
        // still win over defaults.
        QSharedPointer<Model> instance = d->instantiate();
        ModelPrivate *md = ModelPrivate::get(instance.data());
        md->recording = false;
        qsizetype position = 0;
        bool byColumn = false; // a key named an attribute's column
        for (auto it = record.cbegin(); it != record.cend(); ++it, ++position) {
            if (position >= keyIndexes.size() || keyIndexes.at(position).key != it.key()) {
                KeyIndex found{it.key(), d->indexOf(it.key()), false};
                if (found.index < 0) {
                    // A column's name: its attribute (Sequelize drops the value).
                    found.index = d->columnKeyIndex(it.key(), record);
                    found.byColumn = found.index >= 0;
                }
                if (position < keyIndexes.size())
                    keyIndexes[position] = found;
                else
                    keyIndexes.append(found);
            } else if (keyIndexes.at(position).byColumn) {
                d->columnKeyIndex(it.key(), record); // this record may name the attribute too
            }
            const KeyIndex &known = keyIndexes.at(position);
            if (known.index >= 0) {
                md->assign(known.index, it.value(), false);
                named.setBit(known.index);
                byColumn = byColumn || known.byColumn;
            }
        }
        // What the record gives, by attribute name (the defaults fill the rest).
        const QVariantMap given = byColumn ? d->withAttributeNames(record) : record;
        md->applyDefaults(given);
        if (o.fieldsGiven) {
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
        // As Sequelize's bulkCreate: only missing timestamps are filled (create() always sets
        // updatedAt unless silent).
        if (d->updatedAt >= 0 && isSqlNull(md->value(d->updatedAt)))
            md->setValue(d->updatedAt, now);
        // A typed integer key holds 0 until set: only a key the record names counts.
        if (keyWritten && given.contains(keyName) && d->storesAutoKey(md->written(d->primaryKey)))
            givesKey.setBit(instances.size());
        expressions = expressions || !md->expressions.isEmpty();
        instances.append(instance);
    }
}

void BulkInsert::runBeforeHooks()
{
    d->runHook(o.hooks, &ModelHooks::beforeBulkCreate, instances, ModelPrivate::hookOptions(o));
    const bool individualHooks = o.hooks && o.individualHooks && d->hasHooks();
    if (o.validateBulk) {
        // Sequelize's order: every record is validated before the first beforeCreate, with the
        // validate hooks when the individual hooks run (every beforeValidate first).
        const HookOptions hookOptions = ModelPrivate::hookOptions(o);
        for (const auto &instance : std::as_const(instances))
            d->runHook(individualHooks, &ModelHooks::beforeValidate, instance.data(), hookOptions);
        QList<BulkRecordError> failures;
        for (const auto &instance : std::as_const(instances)) {
            try {
                ModelPrivate::get(instance.data())->validate(nullptr);
            } catch (const ValidationError &e) {
                d->runHook(individualHooks, &ModelHooks::validationFailed, instance.data(),
                           hookOptions, e);
                failures.append(BulkRecordError(e, instance->get()));
                continue;
            }
            d->runHook(individualHooks, &ModelHooks::afterValidate, instance.data(), hookOptions);
        }
        if (!failures.isEmpty())
            throw AggregateError(failures);
    }
    if (individualHooks) {
        // All beforeCreate, then all beforeSave (Sequelize's order).
        for (const auto &instance : std::as_const(instances))
            d->runHook(true, &ModelHooks::beforeCreate, instance.data(),
                       ModelPrivate::hookOptions(o));
        for (const auto &instance : std::as_const(instances))
            d->runHook(true, &ModelHooks::beforeSave, instance.data(),
                       ModelPrivate::hookOptions(o));
    }
}

// An attribute no record names and no default of the model fills is left out of the INSERT,
// so that the table's own default applies (as Sequelize, which writes only the values an
// instance holds); the instances keep NULL for it, as Sequelize's keep it undefined.
bool BulkInsert::leftToDatabase(int i) const
{
    if (named.testBit(i) || i == d->createdAt || i == d->updatedAt || i == d->deletedAt
        || d->attribute(i).options.hasDefaultValue())
        return false;
    return std::all_of(instances.cbegin(), instances.cend(), [i](const QSharedPointer<Model> &m) {
        return isSqlNull(ModelPrivate::get(m.data())->written(i));
    });
}

void BulkInsert::plan()
{
    for (int i : returning) {
        const AttributeInfo &info = d->attribute(i);
        if (i == d->primaryKey && d->primaryKeyAutoIncrement) {
            if (givesKey.count(true) > 0)
                keyedColumns.append(i, &info.type);
            continue;
        }
        if (o.fieldsGiven && !o.fields.contains(info.name) && i != d->createdAt
            && i != d->updatedAt)
            continue;
        if (leftToDatabase(i))
            continue;
        columns.append(i, &info.type);
        keyedColumns.append(i, &info.type);
    }
    conflict.ignoreDuplicates = o.ignoreDuplicates;
    if (!o.updateOnDuplicate.isEmpty()) {
        conflict.target = bulkConflictTarget(*d);
        for (const QString &name : o.updateOnDuplicate) // a column's name too, as Sequelize's
            conflict.update.append(d->requireQueryIndex(name));
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
    newKeys = d->primaryKeyAutoIncrement && givesKey.count(true) < instances.size();
    const bool returned = dialect.supportsInsertReturning();
    if (returned && (conflicts || sqlDefaults || expressions))
        readBack = returning;
    else if (returned && newKeys
             && dialect.lastInsertIdOfMultiRowInsert() == Dialect::InsertedIds::Unknown)
        readBack = {d->primaryKey};
}

// The values of instances [start, start + count) as rows of the columns.
QList<QVariantList> BulkInsert::rowsOf(const Columns &columns, qsizetype start,
                                       qsizetype count) const
{
    QList<QVariantList> rows;
    rows.reserve(count);
    for (qsizetype r = start; r < start + count; ++r) {
        const ModelPrivate *md = ModelPrivate::get(instances.at(r).data());
        QVariantList row;
        row.reserve(columns.attributes.size());
        for (int i : columns.attributes)
            row.append(md->written(i));
        rows.append(row);
    }
    return rows;
}

// Binds the rows straight from the instances into the prepared statement of the previous chunk
// (same size); false when a value is SQL of its own, which needs a statement of its own.
bool BulkInsert::bindReused(Statement &statement, const Columns &columns, qsizetype start,
                            qsizetype count) const
{
    statement.bindings.clear();
    statement.bindings.reserve(count * columns.attributes.size());
    for (qsizetype r = start; r < start + count; ++r) {
        const ModelPrivate *md = ModelPrivate::get(instances.at(r).data());
        for (qsizetype c = 0; c < columns.attributes.size(); ++c) {
            const QVariant value = md->written(columns.attributes.at(c));
            if (value.metaType() == QMetaType::fromType<Expression>())
                return false;
            statement.bindings.append(dialect.toDatabase(value, *columns.types.at(c)));
        }
    }
    return true;
}

// How many rows from \a start one INSERT takes: up to \a chunk, all giving their
// auto-increment key or all not.
qsizetype BulkInsert::rowsInChunk(qsizetype start, int chunk) const
{
    const bool keyed = givesKey.testBit(start);
    qsizetype count = 1;
    while (count < chunk && start + count < instances.size()
           && givesKey.testBit(start + count) == keyed)
        ++count;
    return count;
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

// An instance's values of \a key as one text, to look returned rows up by (empty when one of
// them is NULL, which matches no row).
static QString keyText(const Model *instance, const QList<int> &key)
{
    QString text;
    for (int k : key) {
        const QVariant value = ModelPrivate::get(instance)->value(k);
        if (isSqlNull(value))
            return QString();
        text += value.metaType().id() == QMetaType::QDateTime
            ? QString::number(value.toDateTime().toMSecsSinceEpoch())
            : value.toString();
        text += QChar(0x1f);
    }
    return text;
}

// The instances [start, start + count) by their values of \a key, in order: one look-up per
// returned row instead of a scan of the chunk.
QHash<QString, QList<qsizetype>> BulkInsert::byKey(const QList<int> &key, qsizetype start,
                                                   qsizetype count) const
{
    QHash<QString, QList<qsizetype>> index;
    index.reserve(count);
    for (qsizetype r = start; r < start + count; ++r) {
        const QString text = keyText(instances.at(r).data(), key);
        if (!text.isEmpty())
            index[text].append(r);
    }
    return index;
}

// A skipped duplicate returns nothing: the returned rows are matched to their instances by the
// unique key instead of by position (Sequelize's quirk).
void BulkInsert::readMatchedRows(QSqlQuery &query, qsizetype start, qsizetype count) const
{
    const Hydrator hydrator(*d, returning);
    const QList<int> key = d->firstUniqueKey();
    const QHash<QString, QList<qsizetype>> instancesByKey = byKey(key, start, count);
    // A NULL key conflicts with nothing, so each such row was inserted: they come back in the
    // order of their instances.
    QList<qsizetype> nullKeyed;
    for (qsizetype r = start; r < start + count; ++r) {
        if (keyText(instances.at(r).data(), key).isEmpty())
            nullKeyed.append(r);
    }
    qsizetype nextNullKeyed = 0;
    while (dialect.nextRow(query)) {
        const QString text = keyText(hydrator.create(query).data(), key);
        const auto it = instancesByKey.constFind(text);
        if (it != instancesByKey.cend())
            hydrator.load(instances.at(it->first()).data(), query);
        else if (text.isEmpty() && nextNullKeyed < nullKeyed.size())
            hydrator.load(instances.at(nullKeyed.at(nextNullKeyed++)).data(), query);
    }
}

// No RETURNING: the driver reports one id of the statement; the others follow, \a step apart.
void BulkInsert::assignKeys(const QSqlQuery &query, qsizetype start, qsizetype count,
                            qint64 step) const
{
    const AttributeInfo &pk = d->attribute(d->primaryKey);
    const qint64 reported = query.lastInsertId().toLongLong();
    const qint64 first = dialect.lastInsertIdOfMultiRowInsert() == Dialect::InsertedIds::LastRow
        ? reported - (count - 1) * step
        : reported;
    for (qsizetype r = 0; r < count; ++r)
        ModelPrivate::get(instances.at(start + r).data())
            ->load(d->primaryKey, coerce(first + r * step, pk.type, pk.name));
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

// Without RETURNING (MariaDB) the driver's insert id says nothing of which rows an
// ON DUPLICATE KEY UPDATE inserted and which it updated, so the instances had no keys. Every
// row exists afterwards: the keys are read by the conflict target's values, a chunk of rows
// a SELECT. (After ignoreDuplicates a skipped row's values were not stored: no key for it.)
void BulkInsert::readKeysByTarget(Connection *transaction) const
{
    if (!newKeys || conflict.update.isEmpty() || dialect.supportsInsertReturning()
        || conflict.target.isEmpty() || d->primaryKey < 0)
        return;
    readKeys(transaction, conflict.target, {});
}

// The stored rows holding the values of \a key of the instances \a which (a NULL in the key
// matches no row), read a thousand instances at a time: \a row gets each, its primary key and
// \a key read.
void BulkInsert::storedRowsByKey(Connection *transaction, const QList<int> &key,
                                 const QList<qsizetype> &which,
                                 const std::function<void(const Model *row)> &row) const
{
    QStringList names{d->attribute(d->primaryKey).name};
    for (int k : key)
        names.append(d->attribute(k).name);
    constexpr qsizetype chunk = 1000;
    for (qsizetype start = 0; start < which.size(); start += chunk) {
        QList<Where> rows;
        for (qsizetype i = start; i < qMin(start + chunk, which.size()); ++i) {
            const ModelPrivate *md = ModelPrivate::get(instances.at(which.at(i)).data());
            QList<Where> parts;
            for (qsizetype c = 0; c < key.size(); ++c)
                parts.append(Op::eq(names.at(c + 1), md->value(key.at(c))));
            rows.append(parts.size() == 1 ? parts.first() : Op::and_(parts));
        }
        FindOptions options;
        options.attributes(names).where(Op::or_(rows)).paranoid(false);
        QList<int> columns;
        const Statement statement
            = QueryGenerator(*d).selectAttributes(OptionsAccess::data(options), &columns);
        QSqlQuery &query = d->connection()->execute(statement, true, transaction);
        const RowsReading reading(query);
        const Hydrator hydrator(*d, columns);
        while (dialect.nextRow(query))
            row(hydrator.create(query).data());
        SequelizePrivate::endRows(dialect, query);
    }
}

// The generated keys of the instances, read from the stored rows holding their values of
// \a key (the \a skipped instances left without one).
void BulkInsert::readKeys(Connection *transaction, const QList<int> &key,
                          const QSet<qsizetype> &skipped) const
{
    const QHash<QString, QList<qsizetype>> instancesByKey
        = byKey(key, 0, instances.size()); // NULL matches no row: left out
    QList<qsizetype> firsts;
    for (const QList<qsizetype> &same : instancesByKey)
        firsts.append(same.first());
    storedRowsByKey(transaction, key, firsts, [&](const Model *stored) {
        const QVariant id = ModelPrivate::get(stored)->value(d->primaryKey);
        for (qsizetype r : instancesByKey.value(keyText(stored, key))) {
            ModelPrivate *md = ModelPrivate::get(instances.at(r).data());
            if (!skipped.contains(r) && isSqlNull(md->value(d->primaryKey)))
                md->load(d->primaryKey, id);
        }
    });
}

// MariaDB's ignoreDuplicates (an ON DUPLICATE KEY UPDATE that changes nothing) says neither
// which rows it inserted nor their keys. Before it runs, the records it will skip: those whose
// \a key a stored row holds, and a record repeating an earlier one's key. The others are read back
// by that key afterwards (a NULL in it conflicts with nothing and matches no row: no key then).
QSet<qsizetype> BulkInsert::ignoredRecords(Connection *transaction, const QList<int> &key) const
{
    QSet<qsizetype> skipped;
    QHash<QString, qsizetype> first;
    for (qsizetype r = 0; r < instances.size(); ++r) {
        const QString text = keyText(instances.at(r).data(), key);
        if (text.isEmpty())
            continue;
        if (first.contains(text))
            skipped.insert(r);
        else
            first.insert(text, r);
    }
    storedRowsByKey(transaction, key, first.values(), [&](const Model *stored) {
        skipped.insert(first.value(keyText(stored, key)));
    });
    return skipped;
}

void BulkInsert::insert()
{
    const QueryGenerator generator(*d);
    SequelizePrivate *connection = d->connection();
    Connection *transaction = connection->connectionFor(o);
    AtomicBlock block(connection, transaction);
    const bool conflicts = conflict.ignoreDuplicates || !conflict.update.isEmpty();
    // Without RETURNING, the records ignoreDuplicates skips are told apart by the first unique
    // key (none to tell by: the instances keep no key).
    const QList<int> ignoreKey = conflict.ignoreDuplicates && newKeys
            && !dialect.supportsInsertReturning() && d->primaryKey >= 0
        ? d->firstUniqueKey()
        : QList<int>();
    const bool readIgnored = !ignoreKey.isEmpty() && ignoreKey != QList<int>{d->primaryKey};
    const QSet<qsizetype> ignored
        = readIgnored ? ignoredRecords(transaction, ignoreKey) : QSet<qsizetype>();
    // Generated keys read from the driver's last insert id: when they do not follow each other
    // in one statement, rows go one at a time.
    const bool keysFromDriver = newKeys && readBack.isEmpty() && !conflicts;
    const qint64 step = keysFromDriver
        ? dialect.insertIdStep(
            (transaction ? *transaction : connection->connections->current()).database())
        : 1;
    Statement statement;
    qsizetype statementRows = -1;
    const Columns *statementColumns = nullptr;
    qsizetype count = 0;
    for (qsizetype start = 0; start < instances.size(); start += count) {
        const bool keyed = givesKey.testBit(start);
        const Columns &set = keyed ? keyedColumns : columns;
        // Rows with no column to write are inserted one by one (DEFAULT VALUES inserts one
        // row). A chunkSize too large for the database's parameter limit is cut to fit it.
        const int chunk = set.attributes.isEmpty() || (keysFromDriver && !keyed && step == 0)
            ? 1
            : dialect.rowsPerInsert(set.attributes.size(), o.chunkSize);
        count = rowsInChunk(start, chunk);
        // One statement text per chunk size: every full chunk re-executes the prepared one
        // with the values bound straight from the instances.
        if (count != statementRows || statementColumns != &set
            || !bindReused(statement, set, start, count)) {
            statement = generator.insertRows(set.attributes, rowsOf(set, start, count), readBack,
                                             conflict);
            statementRows = expressions ? -1 : count;
            statementColumns = &set;
        }
        QSqlQuery &query = d->write(statement, transaction);
        const RowsReading reading(query);
        if (!readBack.isEmpty() && !o.ignoreDuplicates)
            readRows(query, start, count);
        else if (!readBack.isEmpty())
            readMatchedRows(query, start, count);
        else if (keysFromDriver && !keyed)
            assignKeys(query, start, count, qMax<qint64>(1, step));
        SequelizePrivate::endRows(dialect, query);
    }
    readBackExpressions(transaction);
    readKeysByTarget(transaction);
    if (readIgnored)
        readKeys(transaction, ignoreKey, ignored);
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
    \a options: validation, the fields written, duplicates ignored or updated, the chunk size
    (cut to what the database's limit of bound parameters allows), hooks, transaction.
*/
QList<QSharedPointer<Model>> ModelDefinition::bulkCreate(const QList<QVariantMap> &records,
                                                         const BulkCreateOptions &options)
{
    Q_D(ModelDefinition);
    const OptionsData &o = OptionsAccess::data(options);
    if (o.updateOnDuplicateGiven && o.updateOnDuplicate.isEmpty())
        throw DefinitionError(
            QStringLiteral("%1.bulkCreate(): updateOnDuplicate needs at least one "
                           "attribute")
                .arg(d->name));
    if (records.isEmpty())
        return {};
    if (!o.includes.isEmpty())
        return ModelPrivate::bulkCreateWithIncludes(this, records, options);
    return d->bulkCreate(records, options, {});
}

QList<QSharedPointer<Model>> ModelDefinitionPrivate::bulkCreate(
    const QList<QVariantMap> &records, const BulkCreateOptions &options,
    const std::function<void(const QList<QSharedPointer<Model>> &)> &beforeAfterHooks)
{
    ModelDefinitionPrivate *d = this;
    if (records.isEmpty())
        return {};
    const OptionsData &o = OptionsAccess::data(options);
    d->requireAttributes(o.fields);
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
    if (beforeAfterHooks)
        beforeAfterHooks(bulk.instances);
    if (o.hooks && o.individualHooks && d->hasHooks()) {
        for (const auto &instance : std::as_const(bulk.instances)) {
            d->runHookPair(true, &ModelHooks::afterCreate, &ModelHooks::afterSave, instance.data(),
                           HookOptions(o));
        }
    }
    d->runHook(o.hooks, &ModelHooks::afterBulkCreate, bulk.instances, HookOptions(o));
    Q_EMIT q_func()->rowsChanged();
    return bulk.instances;
}

} // namespace QtSequelize
