// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_OPTIONS_H
#define QTSEQUELIZE_OPTIONS_H

#include <QtSequelize/errors.h>
#include <QtSequelize/expression.h>
#include <QtSequelize/retryoptions.h>
#include <QtSequelize/where.h>

#include <QtCore/qnamespace.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstringlist.h>

#include <functional>
#include <initializer_list>
#include <utility>

// The options objects of Sequelize's calls, as chainable value classes:
//   User::findAll(FindOptions().where({{"active", true}}).order("name").limit(10));
// They share one private data class, so a later option (transaction, lock,
// include) is added in one place.

namespace QtSequelize {

class Include;
class ModelDefinition;
class OptionsData;
class Transaction;

class Q_SEQUELIZE_EXPORT FindOptions
{
public:
    FindOptions();
    FindOptions(const FindOptions &other);
    FindOptions &operator=(const FindOptions &other);
    FindOptions(FindOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(FindOptions)
    void swap(FindOptions &other) noexcept { d.swap(other.d); }
    ~FindOptions();

    // Runs in this transaction (on its connection); without it, outside any transaction.
    FindOptions &transaction(Transaction *transaction);
    // hooks(false) runs the operation without the model's hooks (ModelHooks).
    FindOptions &hooks(bool enabled);

    FindOptions &where(const Where &condition);
    Where where() const;
    // The transaction given with transaction(), or nullptr: a find hook's own queries join it.
    Transaction *transaction() const;
    // The includes given with include() (a find hook's view of Sequelize's options.include).
    QList<Include> includes() const;
    // Only these attributes are read (Sequelize does not add the primary key).
    FindOptions &attributes(const QStringList &names);
    // Appends an attribute read under another name (Sequelize's [name, alias]), or a computed
    // value ([fn(...), alias]); read it with get(alias).
    FindOptions &attribute(const QString &name, const QString &alias);
    FindOptions &attribute(const Expression &expression, const QString &alias);
    // Every attribute except these (attributes: {exclude}).
    FindOptions &excludeAttributes(const QStringList &names);
    // Every attribute plus a computed value (attributes: {include}).
    FindOptions &includeAttribute(const Expression &expression, const QString &alias);
    // Appends one ORDER BY key.
    FindOptions &order(const QString &attribute, Qt::SortOrder order = Qt::AscendingOrder,
                       NullsOrder nulls = NullsOrder::Default);
    FindOptions &order(const Expression &expression, Qt::SortOrder order = Qt::AscendingOrder);
    // Sequelize's order: [['name', 'DESC'], ['id', 'ASC NULLS LAST']], one key per pair in
    // turn. A direction is ASC or DESC, NULLS FIRST or NULLS LAST, or both (any case); another
    // is a DefinitionError.
    FindOptions &order(std::initializer_list<std::pair<QString, QString>> keys);
    // ORDER BY attribute COLLATE collation (a collation name of the database: "C" on
    // PostgreSQL, "NOCASE" on SQLite, "utf8mb4_bin" on MariaDB).
    FindOptions &orderCollated(const QString &attribute, const QString &collation,
                               Qt::SortOrder order = Qt::AscendingOrder);
    // An ORDER BY written in SQL, as order: sequelize.literal('...'); never from user input.
    FindOptions &orderLiteral(const QString &sql);
    FindOptions &group(const QStringList &attributes);
    FindOptions &having(const Where &condition);
    // count()/aggregates: COUNT(DISTINCT ...) and the column counted.
    FindOptions &distinct(bool distinct = true);
    FindOptions &col(const QString &attribute);
    // Locks the selected rows until the transaction ends (SQLite locks the whole database
    // instead and ignores it, as Sequelize); skipLocked() skips rows others have locked.
    FindOptions &lock(Lock lock);
    // Sequelize's lock: {level, of}: only the rows of \a of (the queried model or an included
    // one) are locked; DefinitionError when the query reads no such model.
    FindOptions &lock(Lock lock, ModelDefinition *of);
    FindOptions &skipLocked(bool skip = true);
    // belongsToMany getters (getAssociatedList): a condition on the junction rows (Sequelize's
    // through: {where}) and the junction attributes each target carries (joinTableAttributes;
    // an empty list: none, not even the junction model's key).
    FindOptions &throughWhere(const Where &condition);
    FindOptions &joinTableAttributes(const QStringList &names);
    // Loads an association with the rows (see Include).
    FindOptions &include(const Include &association);
    // Applies these named scopes (ModelDefinition::addScope()) instead of the default scope, in
    // order; name "defaultScope" to keep it (Sequelize's Model.scope(...)).
    FindOptions &scopes(const QStringList &names);
    // Appends one scope, with the arguments of a scope function (Sequelize's
    // Model.scope({method: [name, ...arguments]})).
    FindOptions &scope(const QString &name, const QVariantList &arguments = {});
    // Ignores every scope, the default one included (Model.unscoped()).
    FindOptions &unscoped(bool unscoped = true);
    FindOptions &limit(int count);
    // Each statement of the call is cancelled on the server after \a milliseconds (PostgreSQL's
    // statement_timeout, MariaDB's max_statement_time, SQLite's progress handler), raising
    // TimeoutError; 0 (the default): no limit.
    FindOptions &timeout(int milliseconds);
    // Sequelize's per-query logging: false keeps the call's statements out of the
    // qtsequelize.sql log; logger() hands each to \a log instead (SQL without values, elapsed
    // microseconds: Sequelize's logging function with benchmark). queryExecuted() is emitted
    // either way.
    FindOptions &logging(bool enabled);
    FindOptions &logger(const std::function<void(const QString &sql, qint64 microseconds)> &log);
    // Sequelize's per-query retry, put over SequelizeOptions::retry() field by field: the
    // call's statements that fail with a matching error run again (outside transactions).
    FindOptions &retry(const RetryOptions &options);
    // With read replicas: read from the write database (Sequelize's useMaster).
    FindOptions &useMaster(bool enabled = true);
    FindOptions &offset(int count);
    // paranoid(false) also returns soft-deleted rows.
    FindOptions &paranoid(bool excludeDeleted);
    // Throws EmptyResultError instead of returning nothing (Sequelize's rejectOnEmpty).
    FindOptions &rejectOnEmpty(bool reject = true);
    // Throws \a error (a copy of its own class) instead of EmptyResultError (Sequelize's
    // rejectOnEmpty: new MyError()).
    FindOptions &rejectOnEmpty(const BaseError &error);
    // findAllRaw(): keys with dots become nested maps ({"posts.title": x} -> {"posts":
    // {"title": x}}), as Sequelize's nest: true.
    FindOptions &nest(bool nest = true);

private:
    friend class OptionsAccess;
    QSharedDataPointer<OptionsData> d;
};

class Q_SEQUELIZE_EXPORT SaveOptions
{
public:
    SaveOptions();
    SaveOptions(const SaveOptions &other);
    SaveOptions &operator=(const SaveOptions &other);
    SaveOptions(SaveOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(SaveOptions)
    void swap(SaveOptions &other) noexcept { d.swap(other.d); }
    ~SaveOptions();

    // Runs in this transaction (on its connection); without it, outside any transaction.
    SaveOptions &transaction(Transaction *transaction);
    // hooks(false) runs the operation without the model's hooks (ModelHooks).
    SaveOptions &hooks(bool enabled);

    // Only these attributes are written; other changes stay pending.
    SaveOptions &fields(const QStringList &names);
    // Leaves updatedAt alone.
    SaveOptions &silent(bool silent = true);
    // belongsTo setters (setAssociated): save(false) sets the foreign key on the instance and
    // leaves saving to a later save(), as Sequelize's set…(target, {save: false}); refused
    // (DefinitionError) by the other associations' setters, which write other rows.
    SaveOptions &save(bool save);
    // validate(false) skips the validators and the allowNull check (on by default).
    SaveOptions &validate(bool validate);
    // belongsToMany add/set/create: values of the junction row (Sequelize's through: {...}).
    SaveOptions &through(const QVariantMap &values);
    // Nested creation (Sequelize's create(values, {include})): the association's values given
    // under its name in create() (a map, or a list of maps for hasMany/belongsToMany; a
    // belongsToMany target's junction values under the junction model's name) are created
    // with the instance, all in one transaction. save() saves the association's loaded
    // targets the same way. An include that selects (where, attributes, order, limit,
    // required) is refused.
    SaveOptions &include(const Include &association);

private:
    friend class OptionsAccess;
    QSharedDataPointer<OptionsData> d;
};

class Q_SEQUELIZE_EXPORT BulkCreateOptions
{
public:
    BulkCreateOptions();
    BulkCreateOptions(const BulkCreateOptions &other);
    BulkCreateOptions &operator=(const BulkCreateOptions &other);
    BulkCreateOptions(BulkCreateOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(BulkCreateOptions)
    void swap(BulkCreateOptions &other) noexcept { d.swap(other.d); }
    ~BulkCreateOptions();

    // Runs in this transaction (on its connection); without it, outside any transaction.
    BulkCreateOptions &transaction(Transaction *transaction);
    // hooks(false) runs the operation without the model's hooks (ModelHooks).
    BulkCreateOptions &hooks(bool enabled);
    // Also runs the per-instance hooks for each row (Sequelize's individualHooks).
    BulkCreateOptions &individualHooks(bool enabled = true);

    // Only these attributes are inserted (timestamps are added); others get their defaults.
    BulkCreateOptions &fields(const QStringList &names);
    // Skips rows that violate a unique constraint (ON CONFLICT DO NOTHING / INSERT IGNORE).
    BulkCreateOptions &ignoreDuplicates(bool ignore = true);
    // On a unique violation, updates these attributes of the existing row instead.
    BulkCreateOptions &updateOnDuplicate(const QStringList &attributes);
    // Runs the validators of every record first; any failure throws AggregateError and
    // inserts nothing (off by default, as in Sequelize).
    BulkCreateOptions &validate(bool validate = true);
    // Rows per statement for the multi-row strategy (default: as many as the driver takes).
    BulkCreateOptions &chunkSize(int rows);
    // Nested creation, as Sequelize's bulkCreate(records, {include}): the associations'
    // values under their names in each record (see SaveOptions::include()) are created with
    // one bulkCreate per association and level, all in one transaction; the returned
    // instances carry them. Refused with ignoreDuplicates() or updateOnDuplicate() (a skipped
    // row has no key for its targets).
    BulkCreateOptions &include(const Include &association);

private:
    friend class OptionsAccess;
    QSharedDataPointer<OptionsData> d;
};

class Q_SEQUELIZE_EXPORT UpdateOptions
{
public:
    UpdateOptions();
    UpdateOptions(const UpdateOptions &other);
    UpdateOptions &operator=(const UpdateOptions &other);
    UpdateOptions(UpdateOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(UpdateOptions)
    void swap(UpdateOptions &other) noexcept { d.swap(other.d); }
    ~UpdateOptions();

    // Runs in this transaction (on its connection); without it, outside any transaction.
    UpdateOptions &transaction(Transaction *transaction);
    // hooks(false) runs the operation without the model's hooks (ModelHooks).
    UpdateOptions &hooks(bool enabled);
    // Also runs the per-instance hooks for each row (Sequelize's individualHooks).
    UpdateOptions &individualHooks(bool enabled = true);

    UpdateOptions &fields(const QStringList &names);
    UpdateOptions &silent(bool silent = true);
    // validate(false): the values are written without running the validators or the validate
    // hooks (Sequelize's update(values, {validate: false})).
    UpdateOptions &validate(bool validate);
    // sideEffects(false): what the attributes' setters write to other attributes is not
    // written (Sequelize's sideEffects: false).
    UpdateOptions &sideEffects(bool enabled);
    UpdateOptions &paranoid(bool excludeDeleted);
    // Ignores the default scope, which otherwise restricts the rows updated.
    UpdateOptions &unscoped(bool unscoped = true);
    // Applies a named scope's where instead of the default scope (Model.scope(name).update()),
    // for update, increment and decrement.
    UpdateOptions &scope(const QString &name, const QVariantList &arguments = {});
    // At most \a count rows are updated (Sequelize's limit, which only MySQL/MariaDB honour
    // there; here every database does). Negative is a DefinitionError.
    UpdateOptions &limit(int count);

private:
    friend class OptionsAccess;
    QSharedDataPointer<OptionsData> d;
};

class Q_SEQUELIZE_EXPORT DestroyOptions
{
public:
    DestroyOptions();
    DestroyOptions(const DestroyOptions &other);
    DestroyOptions &operator=(const DestroyOptions &other);
    DestroyOptions(DestroyOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(DestroyOptions)
    void swap(DestroyOptions &other) noexcept { d.swap(other.d); }
    ~DestroyOptions();

    // Runs in this transaction (on its connection); without it, outside any transaction.
    DestroyOptions &transaction(Transaction *transaction);
    // hooks(false) runs the operation without the model's hooks (ModelHooks).
    DestroyOptions &hooks(bool enabled);
    // Also runs the per-instance hooks for each row (Sequelize's individualHooks).
    DestroyOptions &individualHooks(bool enabled = true);

    // Deletes the row even when the model is paranoid.
    DestroyOptions &force(bool force = true);
    // Ignores the default scope, which otherwise restricts the rows destroyed.
    DestroyOptions &unscoped(bool unscoped = true);
    // Applies a named scope's where instead of the default scope (Model.scope(name).destroy()).
    DestroyOptions &scope(const QString &name, const QVariantList &arguments = {});
    // At most \a count rows are destroyed (Sequelize's limit; 0 destroys none, where
    // Sequelize reads 0 as no limit). Negative is a DefinitionError.
    DestroyOptions &limit(int count);
    // Static destroy: empties the table with TRUNCATE (DELETE on SQLite); the where is ignored.
    DestroyOptions &truncate(bool truncate = true);
    // With truncate (and ModelDefinition::truncate(), Sequelize::truncate()): TRUNCATE ...
    // CASCADE, which also empties the tables whose foreign keys reference this one
    // (PostgreSQL; a DefinitionError elsewhere).
    DestroyOptions &cascade(bool cascade = true);
    // With truncate: the auto-increment key starts again at 1 (PostgreSQL's RESTART IDENTITY,
    // SQLite's sqlite_sequence; MariaDB's TRUNCATE always does, and cannot in a transaction).
    DestroyOptions &restartIdentity(bool restart = true);

private:
    friend class OptionsAccess;
    QSharedDataPointer<OptionsData> d;
};

class Q_SEQUELIZE_EXPORT QueryOptions
{
public:
    QueryOptions();
    QueryOptions(const QueryOptions &other);
    QueryOptions &operator=(const QueryOptions &other);
    QueryOptions(QueryOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(QueryOptions)
    void swap(QueryOptions &other) noexcept { d.swap(other.d); }
    ~QueryOptions();

    // With read replicas: run a SELECT on the write database (Sequelize's useMaster).
    QueryOptions &useMaster(bool enabled = true);
    // As FindOptions::timeout().
    QueryOptions &timeout(int milliseconds);
    // As FindOptions::logging() and logger().
    QueryOptions &logging(bool enabled);
    QueryOptions &logger(const std::function<void(const QString &sql, qint64 microseconds)> &log);
    // As FindOptions::retry().
    QueryOptions &retry(const RetryOptions &options);

    // Runs in this transaction (on its connection); without it, outside any transaction.
    QueryOptions &transaction(Transaction *transaction);

    QueryOptions &type(QueryType type);
    // Values for :name placeholders (a map) or ? placeholders (a list); a list
    // value expands to (?, ?, ...) for IN. Replacements are bound, never spliced.
    QueryOptions &replacements(const QVariantMap &named);
    QueryOptions &replacements(const QVariantList &positional);
    // Values for $1, $2 ... or $name bind parameters.
    QueryOptions &bind(const QVariantMap &named);
    QueryOptions &bind(const QVariantList &positional);
    // Maps the rows into instances of a model (QueryResult::instances()); columns are matched
    // to attributes by column name, other columns are kept as computed values.
    QueryOptions &model(ModelDefinition *model);
    // Only the first row (Sequelize's plain: true).
    QueryOptions &plain(bool plain = true);
    // Keys with dots become nested maps: {"author.name": x} -> {"author": {"name": x}}.
    QueryOptions &nest(bool nest = true);

private:
    friend class OptionsAccess;
    QSharedDataPointer<OptionsData> d;
};

class Q_SEQUELIZE_EXPORT SyncOptions
{
public:
    SyncOptions();
    SyncOptions(const SyncOptions &other);
    SyncOptions &operator=(const SyncOptions &other);
    SyncOptions(SyncOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(SyncOptions)
    void swap(SyncOptions &other) noexcept { d.swap(other.d); }
    ~SyncOptions();

    // Sequelize's sync({transaction}): not supported yet — sync() refuses it with a
    // DefinitionError (its statements would run outside the transaction).
    SyncOptions &transaction(Transaction *transaction);

    // Drops each table first (sync({force: true})).
    SyncOptions &force(bool force = true);
    // Alters existing tables to match their models (sync({alter: true})): missing columns are
    // added, existing ones get the attribute's type, nullability and default, and columns no
    // attribute names are dropped, with their data. Keys and unique constraints stay as they are.
    SyncOptions &alter(bool alter = true);
    // With alter(): dropColumns(false) keeps the columns no attribute names (Sequelize's
    // alter: {drop: false}).
    SyncOptions &dropColumns(bool drop = true);
    // hooks(false) skips the sync hooks (beforeSync/afterSync, beforeBulkSync/afterBulkSync).
    SyncOptions &hooks(bool enabled);
    // Sequelize's sync({match}): sync() (Sequelize's and a model's) refuses to run (BaseError,
    // nothing dropped or created) unless the connection's database name matches \a pattern, e.g.
    // QRegularExpression("_test$") to keep a force sync away from production.
    SyncOptions &match(const QRegularExpression &pattern);

private:
    friend class OptionsAccess;
    QSharedDataPointer<OptionsData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::FindOptions)
Q_DECLARE_SHARED(QtSequelize::SaveOptions)
Q_DECLARE_SHARED(QtSequelize::BulkCreateOptions)
Q_DECLARE_SHARED(QtSequelize::UpdateOptions)
Q_DECLARE_SHARED(QtSequelize::DestroyOptions)
Q_DECLARE_SHARED(QtSequelize::QueryOptions)
Q_DECLARE_SHARED(QtSequelize::SyncOptions)

#endif // QTSEQUELIZE_OPTIONS_H
