// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MODELDEFINITION_H
#define QTSEQUELIZE_MODELDEFINITION_H

#include <QtSequelize/association.h>
#include <QtSequelize/attribute.h>
#include <QtSequelize/modeloptions.h>
#include <QtSequelize/options.h>
#include <QtSequelize/queryinterface.h>

#include <QtCore/qobject.h>
#include <QtCore/qsharedpointer.h>

#include <memory>

#include <functional>

QT_BEGIN_NAMESPACE
template<typename T> class QFuture;
QT_END_NAMESPACE

namespace QtSequelize {

class Model;
class ModelHooks;
class Sequelize;
class ModelDefinitionPrivate;

class Q_SEQUELIZE_EXPORT ModelDefinition : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString tableName READ tableName CONSTANT)
public:
    using Factory = QSharedPointer<Model> (*)();

    ~ModelDefinition() override;

    // Registers a C++ model class with a connection (Model.init). Its Q_PROPERTYs
    // are attributes; \a attributes gives their options and may add attributes that
    // have no property. Throws DefinitionError on a definition that cannot work.
    static ModelDefinition *init(const QMetaObject *modelClass, Factory factory,
                                 Sequelize *sequelize, const Attributes &attributes,
                                 const ModelOptions &options);
    // The definition of a C++ model class, or nullptr before init().
    static ModelDefinition *forClass(const QMetaObject *modelClass);
    // As forClass(), but throws DefinitionError before init().
    static ModelDefinition *required(const QMetaObject *modelClass);

    QString name() const;
    QString tableName() const;
    QString schema() const;
    // Sequelize's Model.schema(): this model in another schema (see the documentation).
    ModelDefinition *schema(const QString &schema);
    // With Sequelize's options.schemaDelimiter: what joins schema and table on SQLite.
    ModelDefinition *schema(const QString &schema, const QString &schemaDelimiter);
    Sequelize *sequelize() const;
    QStringList attributeNames() const;
    bool hasAttribute(const QString &name) const;
    Attribute attribute(const QString &name) const;
    // The column of an attribute (its `field`).
    QString columnName(const QString &attribute) const;
    // The (first) primary key attribute; primaryKeyAttributes() lists a composite key. Empty
    // for a model without one (removeAttribute("id")).
    QString primaryKeyAttribute() const;
    QStringList primaryKeyAttributes() const;
    // Sequelize's removeAttribute(): right after defining the model. removeAttribute("id")
    // maps a table without a primary key.
    void removeAttribute(const QString &attribute);
    bool isParanoid() const;

    // Model.build: applies default values; unknown keys are ignored, as Sequelize does.
    QSharedPointer<Model> build(const QVariantMap &values = {}) const;
    // Model.build(values, {include}): the included associations' values (see
    // SaveOptions::include()) become loaded targets, which save() with the same includes
    // creates.
    QSharedPointer<Model> build(const QVariantMap &values, const QList<Include> &includes) const;
    // build() of each (Sequelize's bulkBuild).
    QList<QSharedPointer<Model>> bulkBuild(const QList<QVariantMap> &records) const;
    QSharedPointer<Model> create(const QVariantMap &values, const SaveOptions &options = {});
    // Inserts the row, or updates it when one with the same primary key (if given) or first
    // unique key exists (Sequelize's upsert). Returns the stored row; *\a created tells which
    // happened (known on every dialect here; Sequelize reports null on PostgreSQL).
    QSharedPointer<Model> upsert(const QVariantMap &values, bool *created = nullptr);
    // As above, in options' transaction, hooks(false) skipping the hooks.
    QSharedPointer<Model> upsert(const QVariantMap &values, const SaveOptions &options,
                                 bool *created = nullptr);
    // Inserts many rows at once, all or none, with the fastest strategy of the dialect
    // (multi-row INSERTs in chunks; on SQLite one re-executed INSERT in a transaction).
    // Returns the saved instances with their generated values.
    QList<QSharedPointer<Model>> bulkCreate(const QList<QVariantMap> &records,
                                            const BulkCreateOptions &options = {});
    QList<QSharedPointer<Model>> findAll(const FindOptions &options = {});
    // findAll({raw: true}): rows as maps of attribute name (or alias) to value.
    QList<QVariantMap> findAllRaw(const FindOptions &options = {});
    QSharedPointer<Model> findOne(const FindOptions &options = {});
    QSharedPointer<Model> findByPk(const QVariant &primaryKey, const FindOptions &options = {});
    // With FindOptions::group() count() is refused (it would be one number): use countGrouped().
    qint64 count(const FindOptions &options = {});
    // count({group}): one row per group, the group attributes and "count" (a qint64), as
    // Sequelize's count with group.
    QList<QVariantMap> countGrouped(const FindOptions &options);
    // Finds the row matching the options' where (plain equalities), or creates it from those
    // values and \a defaults; *\a created tells which. A concurrent creation (unique
    // violation) is answered by finding the row the other writer created.
    QSharedPointer<Model> findOrCreate(const FindOptions &options, const QVariantMap &defaults = {},
                                       bool *created = nullptr);
    // Sequelize's findCreateFind: find, else create, else (a concurrent writer's unique
    // violation) find again; the same steps as findOrCreate() here, which needs no
    // transaction of its own either.
    QSharedPointer<Model> findCreateFind(const FindOptions &options,
                                         const QVariantMap &defaults = {}, bool *created = nullptr);
    // As findOrCreate(), but builds an unsaved instance instead of creating it.
    QSharedPointer<Model> findOrBuild(const FindOptions &options, const QVariantMap &defaults = {},
                                      bool *built = nullptr);
    // The rows of findAll(options) and, in *\a count, how many rows match without limit/offset.
    QList<QSharedPointer<Model>> findAndCountAll(const FindOptions &options, qint64 *count);
    // MAX/MIN/SUM of an attribute, of its type (qint64 for integer sums, an exact string for
    // DECIMAL); an invalid QVariant over no rows, as Sequelize's null.
    QVariant max(const QString &attribute, const FindOptions &options = {});
    QVariant min(const QString &attribute, const FindOptions &options = {});
    QVariant sum(const QString &attribute, const FindOptions &options = {});
    QVariant aggregate(const QString &attribute, const QString &function,
                       const FindOptions &options = {});
    // Model.increment(fields, {by, where}): SET a = a + by on every matching row.
    int increment(const QVariantMap &byAttribute, const Where &where,
                  const UpdateOptions &options = UpdateOptions());
    int decrement(const QVariantMap &byAttribute, const Where &where,
                  const UpdateOptions &options = UpdateOptions());
    // Model.update / destroy / restore: \a where is required (an empty Where means every row).
    int update(const QVariantMap &values, const Where &where, const UpdateOptions &options = {});
    // As update(), returning the updated rows (Sequelize's returning: true) where the database
    // has UPDATE ... RETURNING (PostgreSQL, SQLite); DefinitionError on MariaDB.
    QList<QSharedPointer<Model>> updateReturning(const QVariantMap &values, const Where &where,
                                                 const UpdateOptions &options = {});
    int destroy(const Where &where, const DestroyOptions &options = {});
    int restore(const Where &where, const DestroyOptions &options = DestroyOptions());
    // Sequelize's Model.truncate(): destroy(Where(), options.truncate()), so TRUNCATE where the
    // dialect has it (DELETE on SQLite, and on MariaDB in a transaction), with the bulk hooks;
    // a paranoid model's rows are soft-deleted unless DestroyOptions::force().
    int truncate(const DestroyOptions &options = DestroyOptions());

    // The same operations on the Sequelize's thread pool, with <QtSequelize/Async>: they return
    // at once; the future holds the result (instances already moved to the calling thread) or
    // the error that would have been thrown. Options must not name a transaction (it belongs
    // to its thread): run the whole transaction in QtSequelize::async() instead.
    QFuture<QList<QSharedPointer<Model>>> findAllAsync(const FindOptions &options = {});
    QFuture<QSharedPointer<Model>> findOneAsync(const FindOptions &options = {});
    QFuture<QSharedPointer<Model>> findByPkAsync(const QVariant &primaryKey,
                                                 const FindOptions &options = {});
    QFuture<qint64> countAsync(const FindOptions &options = {});
    QFuture<QSharedPointer<Model>> createAsync(const QVariantMap &values,
                                               const SaveOptions &options = {});
    QFuture<QList<QSharedPointer<Model>>> bulkCreateAsync(const QList<QVariantMap> &records,
                                                          const BulkCreateOptions &options = {});
    QFuture<int> updateAsync(const QVariantMap &values, const Where &where,
                             const UpdateOptions &options = {});
    QFuture<int> destroyAsync(const Where &where, const DestroyOptions &options = {});

    void sync(const SyncOptions &options = {});
    void drop();
    // Sequelize's Model.describe(): the columns of the model's table as the database has them
    // (QueryInterface::describeTable() of its table, in its schema).
    QMap<QString, ColumnDescription> describe();

    // Associations, as Sequelize's Model.belongsTo/hasOne/hasMany: the foreign-key attribute
    // is added to the right model and sync() creates its FOREIGN KEY constraint. Throws
    // DefinitionError when a name is taken or a key is unknown.
    void belongsTo(ModelDefinition *target, const AssociationOptions &options = {});
    void hasOne(ModelDefinition *target, const AssociationOptions &options = {});
    void hasMany(ModelDefinition *target, const AssociationOptions &options = {});
    // Many-to-many through a junction (AssociationOptions::through()), whose columns point at
    // both sides with ON DELETE CASCADE.
    void belongsToMany(ModelDefinition *target, const AssociationOptions &options);
    QStringList associationNames() const;

    // Scopes (Sequelize's scopes and defaultScope): named find options merged into a query.
    // "defaultScope" applies to every finder, count, findByPk and static update/destroy unless
    // the options name other scopes or say unscoped(). Merging (Sequelize v6): where objects
    // merge by key (the query's where comes last): a later condition on an attribute replaces
    // the earlier layers' ones on it, a later or (not) an earlier or (not), other keys hold
    // together; attribute lists, exclusions, order and group are united; a later limit and
    // offset win; includes of one association merge into one.
    void addScope(const QString &name, const FindOptions &scope);
    // A scope function (Sequelize's scope defined as a function): called with the arguments
    // given by FindOptions::scope(name, arguments) each time a query applies it.
    using ScopeFunction = std::function<FindOptions(const QVariantList &arguments)>;
    void addScope(const QString &name, const ScopeFunction &scope);

    // A model-level validator (Sequelize's validate option of the model): \a check returns
    // false to reject the instance and may set *message; the item's path and key are \a name.
    using InstanceCheck = bool (*)(const Model *instance, QString *message);
    void addValidator(const QString &name, InstanceCheck check);

    // Registers lifecycle hooks (Sequelize's addHook); they run in registration order.
    void addHooks(const QSharedPointer<ModelHooks> &hooks);
    // Sequelize's removeHook and hasHooks: \a hooks no longer runs for this model.
    void removeHooks(const QSharedPointer<ModelHooks> &hooks);
    bool hasHooks() const;
    QStringList scopeNames() const;
    // The model an association leads to, or nullptr.
    ModelDefinition *associationTarget(const QString &association) const;

    // What happened to an instance (instanceChanged()).
    enum class Change { Created, Updated, Destroyed, Restored };
    Q_ENUM(Change)
    // What databaseChanged() reports; Reset: rows changed that are not listed one by one.
    enum class DatabaseChange { Inserted, Updated, Deleted, Reset };
    Q_ENUM(DatabaseChange)

Q_SIGNALS:
    // Emitted after an instance was inserted, updated, destroyed or restored through this
    // model, from whatever thread wrote it: its primary key (a list for a composite key) and
    // what happened. Values only, so a queued connection to another thread is safe.
    void instanceChanged(const QVariant &primaryKey, QtSequelize::ModelDefinition::Change change);
    // The instance itself, for receivers in the definition's own thread: emitted only when the
    // write happens in that thread (an instance written on a pool thread belongs to that
    // thread, and a queued pointer to it could dangle); instanceChanged() reports those too.
    void instanceCreated(QtSequelize::Model *instance);
    void instanceUpdated(QtSequelize::Model *instance);
    void instanceDestroyed(QtSequelize::Model *instance);
    void instanceRestored(QtSequelize::Model *instance);
    // Emitted after a static update/destroy/restore/bulkCreate changed rows in bulk.
    void rowsChanged();
    // With ModelOptions::watchChanges(): a row of the table was inserted, updated or deleted by
    // any client, this process included (its primary key, a list for a composite one), or with
    // Reset and a null key, rows changed that are not listed. In the Sequelize's thread.
    void databaseChanged(const QVariant &primaryKey,
                         QtSequelize::ModelDefinition::DatabaseChange change);
    // An instance's invokable called through the meta-object system (from QML) failed: the
    // error's message (names, never values), in the caller's thread. Also printed.
    void errorOccurred(const QString &message);

private:
    ModelDefinition(Sequelize *sequelize);
    int updateRows(const QVariantMap &values, const Where &where, const UpdateOptions &options,
                   QList<QSharedPointer<Model>> *rows);
    int updateRowByRow(const QList<QSharedPointer<Model>> &individuals, const OptionsData &options,
                       QList<QSharedPointer<Model>> *rows);
    friend class ModelDefinitionPrivate;
    friend class Model;
    friend class Sequelize;
    std::unique_ptr<ModelDefinitionPrivate> d_sq;
    Q_DECLARE_PRIVATE_D(d_sq, ModelDefinition)
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_MODELDEFINITION_H
