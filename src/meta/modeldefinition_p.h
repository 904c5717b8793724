// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MODELDEFINITION_P_H
#define QTSEQUELIZE_MODELDEFINITION_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include "../dialects/ddlgenerator_p.h"
#include "association_p.h"

#include <QtSequelize/modeldefinition.h>
#include <QtSequelize/modelhooks.h>
#include <QtSequelize/sequelize.h>

#include <QtCore/qhash.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qmutex.h>
#include <QtCore/qpointer.h>
#include <QtCore/qreadwritelock.h>

#include <functional>
#include <optional>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace QtSequelize {

class Dialect;
class SequelizePrivate;
class Connection;
class UniqueConstraintError;
class ModelOptionsData;

struct AttributeInfo
{
    QString name;
    QString field;
    Attribute options;
    DataType type;
    QMetaProperty property; // invalid when the value lives in the instance's extra storage
    int extraIndex = -1;
    QList<ForeignKeyReference> references; // FOREIGN KEY constraints on this column
    // The property's C++ type cannot hold NULL (int, bool, double, ...): an instance keeps a
    // NULL as a flag beside the property's zero (ModelPrivate::nulls).
    bool nullBesideProperty = false;
    bool hasProperty() const { return extraIndex < 0; }
};

class ModelDefinitionPrivate
{
    Q_DECLARE_PUBLIC(ModelDefinition)
public:
    explicit ModelDefinitionPrivate(ModelDefinition *q)
        : q_ptr(q)
    {
    }

    static ModelDefinitionPrivate *get(ModelDefinition *definition) { return definition->d_func(); }
    // A model not in \a sequelize's registry (a child of it until deleted), for setUp().
    static std::unique_ptr<ModelDefinition> unregistered(Sequelize *sequelize)
    {
        return std::unique_ptr<ModelDefinition>(new ModelDefinition(sequelize));
    }
    static const ModelDefinitionPrivate *get(const ModelDefinition *definition)
    {
        return definition->d_func();
    }

    void setUp(const QMetaObject *metaObject, ModelDefinition::Factory factory,
               const QString &modelName, const Attributes &attributes, const ModelOptions &options);
    // The steps of setUp().
    void addAttribute(const QString &attributeName, const Attribute &options,
                      const QMetaProperty &property);
    void collectAttributes(const Attributes &given);
    void setUpPrimaryKey();
    int addTimestamp(const std::optional<QString> &renamed, const char *defaultName,
                     bool allowNull);
    void setUpTimestamps(const ModelOptionsData &options);
    void setUpColumns(const ModelOptionsData &options);

    // Index of an attribute by name; -1 if unknown.
    int indexOf(const QString &attribute) const { return byName.value(attribute, -1); }
    // The attribute stored in \a column, or -1.
    int indexOfField(const QString &column) const
    {
        for (int i = 0; i < attributes.size(); ++i) {
            if (attributes.at(i).field == column)
                return i;
        }
        return -1;
    }
    // As indexOf(), but throws UnknownAttributeError.
    int requireIndex(const QString &attribute) const;
    // A name in a query (a where key, an order, group or attribute-list entry, an aggregate's
    // attribute, col()): an attribute, or else the column one is stored in, as Sequelize's SQL
    // reads a name no attribute has ({where: {full_name: 'a'}} of fullName in full_name).
    int queryIndex(const QString &name) const
    {
        const int index = indexOf(name);
        return index >= 0 ? index : indexOfField(name);
    }
    // As queryIndex(), but throws UnknownAttributeError.
    int requireQueryIndex(const QString &name) const;
    // The attribute a values key that is no attribute names by its column (full_name of
    // fullName), or -1 (Sequelize ignores such a key: the value was lost without a word);
    // DefinitionError when \a values name the attribute itself too.
    int columnKeyIndex(const QString &key, const QVariantMap &values) const;
    // \a values with each such key renamed to its attribute.
    QVariantMap withAttributeNames(const QVariantMap &values) const;
    // The attribute a dotted name that is no attribute itself begins with ("meta" of
    // "meta.kind"), or -1. On a JSON attribute (holdsJson()) the rest is a path inside it.
    int pathBase(const QString &name) const
    {
        if (indexOf(name) >= 0 || !name.contains(QLatin1Char('.')))
            return -1;
        return indexOf(name.section(QLatin1Char('.'), 0, 0));
    }
    bool holdsJson(int index) const
    {
        const DataType::Kind kind = attributes.at(index).type.kind();
        return kind == DataType::Json || kind == DataType::JsonB;
    }
    // UnknownAttributeError for the first name that is not an attribute (a `fields` list).
    void requireAttributes(const QStringList &names) const
    {
        for (const QString &name : names)
            requireIndex(name);
    }
    const AttributeInfo &attribute(int index) const { return attributes.at(index); }

    QSharedPointer<Model> instantiate() const;
    SequelizePrivate *connection() const;
    // connection()->execute() of a statement that writes rows, its unique violation's key
    // named by its columns (nameUniqueColumns()).
    QSqlQuery &write(const Statement &statement, Connection *on) const;
    // A unique violation whose key the database named by its index (MariaDB's "Duplicate
    // entry 'a-1' for key 'em'"): the columns of the model's unique key or index of that name
    // instead, each with its part of the entry when the parts are as many (Sequelize's
    // split on '-'), else with no value.
    void nameUniqueColumns(UniqueConstraintError &error) const;
    // A unique violation in the words of the model's unique keys (Attribute::uniqueMessage()):
    // the error's message when a key with a message is the one violated, and each item's
    // message when its column is in such a key (Sequelize's getUniqueConstraintErrorMessage).
    void rewordUnique(UniqueConstraintError &error) const;
    // \a where with Sequelize's "$Model.attribute$" names of this model's own attributes
    // made plain.
    Where ownNames(const Where &where) const;
    // sync({alter}) of an existing table.
    void alterTable(const QList<QPair<QString, ColumnDescription>> &existing, bool drop,
                    bool withForeignKeys);
    // Its unique constraints and foreign keys that \a existing columns lack, added.
    void addLackedConstraints(const QList<QPair<QString, ColumnDescription>> &existing,
                              bool withForeignKeys);
    // ModelOptions::watchChanges(): the triggers that report the table's changes (modelsync.cpp).
    void installChangeTriggers();
    // sync(): the indexes option's CREATE INDEX statements, by index name, and running those
    // of names the table does not have yet.
    QList<QPair<QString, QString>> indexStatements() const;
    void createIndexes(const QList<QPair<QString, QString>> &statements);
    const Dialect &dialect() const;

    ModelDefinition *q_ptr;
    Sequelize *sequelize = nullptr;
    const QMetaObject *metaObject = nullptr;
    ModelDefinition::Factory factory = nullptr;
    QString name;
    // Sequelize's options.name: what associations to this model are called by default and
    // the source name of their default foreign keys.
    QString singularName;
    QString pluralName;
    QString tableName;
    QString schema; // empty: the connection's (search_path, current database)
    QString baseTableName; // without the schema SQLite's tableName is prefixed with
    QString schemaDelimiter = QStringLiteral(".");
    // Model.schema(): this model's copies in other schemas, children of its definition.
    QHash<QPair<QString, QString>, ModelDefinition *> schemaCopies; // by schema and delimiter
    // Makes this definition a copy of \a other in \a schema (ModelDefinition::schema()).
    void copyInSchema(const ModelDefinitionPrivate &other, const QString &schema,
                      const QString &delimiter);
    TableName table() const { return TableName(schema, tableName); }
    TableOptions tableOptions; // charset, collate, engine as given
    bool watchChanges = false; // ModelOptions::watchChanges()
    bool andWheres = false; // ModelOptions::whereMergeStrategy(WhereMerge::And)
    QList<IndexOptions> indexes; // created by sync()
    QList<AttributeInfo> attributes;
    QHash<QString, int> byName;
    int extraCount = 0;
    int primaryKey = -1; // the first (usually only) primary key attribute
    QList<int> primaryKeys; // all of them: more than one for a composite key
    bool primaryKeyAutoIncrement = false;
    bool implicitId = false; // `id` was added because no key was declared (Sequelize's too)
    bool hasCompositeKey() const { return primaryKeys.size() > 1; }
    // The attributes with a column (all but VIRTUAL ones), in order.
    QList<int> storedAttributes() const;
    // What createdAt/updatedAt is stamped with: the attribute's default value when it has one
    // that is a value (Sequelize's _getDefaultTimestamp), else \a now.
    QVariant timestampValue(int attribute, const QDateTime &now) const;
    // The unique key a duplicate is detected on: the first unique attribute (or named composite
    // key) in definition order, else the primary key (Sequelize's conflict target).
    QList<int> firstUniqueKey() const;
    // Whether \a value given to the auto-increment key is stored as it is, rather than making
    // the database generate the key (NULL; 0 on MariaDB).
    bool storesAutoKey(const QVariant &value) const;
    // Throws DefinitionError naming \a what when the key is composite.
    void requireSingleKey(const char *what) const;
    // belongsToMany on a junction whose key is the implicit `id`: the pair of foreign keys
    // becomes the primary key instead and `id` goes, as Sequelize does.
    void replaceImplicitKey(const QList<int> &keys);
    // ModelDefinition::removeAttribute() of the attribute at \a index.
    void removeAttributeAt(int index);
    // Renames an attribute (and its column); when \a to exists already (a junction several
    // pairs share), \a from is removed in its favour. False when \a from is not there.
    bool renameAttribute(const QString &from, const QString &to, const QString &field);
    int createdAt = -1;
    int updatedAt = -1;
    int deletedAt = -1;
    // A paranoid row that is not deleted holds the deletedAt attribute's default value (NULL
    // without one), as Sequelize's paranoid clause reads it: the value, or an invalid QVariant.
    QVariant notDeletedValue() const;
    // Whether \a value of deletedAt means "not deleted".
    bool isNotDeleted(const QVariant &value) const;
    int version = -1;
    bool underscored = false;
    QList<AssociationInfo> associations;
    // Scopes, scope functions, hooks and validators may be registered while pool threads run
    // queries: they are changed under the write lock and read as copies under the read lock.
    mutable QReadWriteLock registrationLock;
    QList<QPair<QString, FindOptions>> scopes;
    QList<QPair<QString, ModelDefinition::ScopeFunction>> scopeFunctions;
    QList<QSharedPointer<ModelHooks>> hooks;
    // The permanent hooks of the Sequelize, for every model (Sequelize::addModelHooks()).
    const QList<QSharedPointer<ModelHooks>> *sequelizeHooks = nullptr;
    QList<QPair<QString, ModelDefinition::InstanceCheck>> validators;
    // A copy of one of the registered lists, taken under the read lock.
    template<typename T> T registered(const T &list) const
    {
        QReadLocker locker(&registrationLock);
        return list;
    }
    bool hasHooks() const
    {
        QReadLocker locker(&registrationLock);
        return !hooks.isEmpty() || (sequelizeHooks && !sequelizeHooks->isEmpty());
    }
    // Calls one hook on every registered ModelHooks, unless \a enabled is false.
    // Tells followers that \a instance was written: instanceChanged() always (key and kind, safe
    // across threads), the instance signals only in the definition's own thread.
    void notifyInstance(Model *instance, ModelDefinition::Change change) const;

    template<typename Hook, typename... Args>
    void runHook(bool enabled, Hook hook, Args &&...args) const
    {
        if (enabled)
            forEachHooks([&](ModelHooks *h) { (h->*hook)(args...); });
    }
    // Two hooks of one phase, as Sequelize's beforeSave/afterSave, which proxy the create and
    // update hooks and so run in registration order with them: per registered ModelHooks,
    // \a first then \a second (a throw stops the rest, later objects' included).
    template<typename Hook, typename... Args>
    void runHookPair(bool enabled, Hook first, Hook second, Args &&...args) const
    {
        if (!enabled)
            return;
        forEachHooks([&](ModelHooks *h) {
            (h->*first)(args...);
            (h->*second)(args...);
        });
    }
    // Every registered ModelHooks in registration order, the Sequelize's after the model's own
    // (as Sequelize's permanent hooks).
    template<typename Call> void forEachHooks(Call &&call) const
    {
        for (const QSharedPointer<ModelHooks> &h : registered(hooks))
            call(h.data());
        if (sequelizeHooks) {
            for (const QSharedPointer<ModelHooks> &h : *sequelizeHooks)
                call(h.data());
        }
    }
    // The options with the applicable scopes merged in (see ModelDefinition::addScope()).
    FindOptions scoped(const FindOptions &options) const;
    // Runs a find or count hook (beforeFind, beforeCount, ...) on scoped options: includes it
    // adds (by model, Include::all(), with the target's scopes) and "$Model.attr$" names in
    // a where it sets are completed as scoped() completes the caller's.
    void runFindHook(bool enabled, void (ModelHooks::*hook)(FindOptions &),
                     FindOptions &options) const;
    // The rows a count() with \a options (scoped, hooks run) counts.
    qint64 countRows(const FindOptions &options) const;
    // A count that is a find for Sequelize (a hasMany/hasOne count() or has(): an aggregate
    // findAll of the target): the find hooks run, not beforeCount; afterFind gets no instances.
    qint64 countAsFind(const FindOptions &options) const;
    // lock(lock, of): DefinitionError unless a query of this model with \a includes reads rows
    // of that model (this one or an include, at any depth), so a lock is never dropped
    // unnoticed.
    void requireLockTarget(const OptionsData &options, const QList<Include> &includes) const;
    void requireLockTarget(const OptionsData &options) const;
    // Whether a query of this model with \a includes reads rows of \a model.
    bool reads(const QList<Include> &includes, const ModelDefinition *model) const;
    FindOptions applyScopes(const FindOptions &options) const;
    QList<Include> resolveIncludes(const QList<Include> &includes) const;
    QList<Include> scopedIncludes(const QList<Include> &includes) const;
    // The where of a static write with the scopes of \a options merged in: the named ones, else
    // the default scope, none with unscoped.
    Where scopedWhere(const Where &where, const OptionsData &options) const;
    // Whether a default scope is registered (as options or as a function).
    bool hasDefaultScope() const;
    // Empties the table (destroy with truncate): the rows it held.
    int truncateTable(const OptionsData &options);
    // The UPDATE … SET a = a + ? of a static increment (scopes, version and updatedAt included).
    // With \a keyBindings (\a where is the row's key, these its bound values) and no scope to
    // merge, the text is generated once per attributes and \a returning (instance increment).
    Statement incrementStatement(const QVariantMap &byAttribute, const Where &where,
                                 const OptionsData &options, const QList<int> &returning = {},
                                 const QVariantList *keyBindings = nullptr) const;
    const AssociationInfo *association(const QString &name) const;
    // ModelDefinition::bulkCreate(); \a beforeAfterHooks runs after the rows are inserted,
    // before the after hooks (nested creation's other targets).
    QList<QSharedPointer<Model>>
    bulkCreate(const QList<QVariantMap> &records, const BulkCreateOptions &options,
               const std::function<void(const QList<QSharedPointer<Model>> &)> &beforeAfterHooks);
    // Adds (or completes) a foreign-key attribute, as declaring an association does.
    void addForeignKey(const QString &attribute, const DataType &type, bool allowNull,
                       const ForeignKeyReference &reference, const QString &field = QString());

    // The SQL of an instance's write statement of \a shape (its kind and columns), generated
    // by \a generate on first use; later calls only bind \a bindings, the values the caller
    // computed (bound()). A shape whose generated statement binds other values than those is
    // generated on every call.
    // The shape of a cached write: \a kind, then each list of attribute indexes (two bytes
    // each) closed by '|'.
    static QByteArray writeShape(char kind, std::initializer_list<const QList<int> *> parts);
    Statement cachedWrite(const QByteArray &shape, QVariantList bindings,
                          const std::function<Statement()> &generate) const;
    // \a value of \a attribute as a statement binds it (coerced, in the database's form).
    QVariant bound(int attribute, const QVariant &value) const;

    // findByPk's statement, generated on first use.
    mutable QMutex statementMutex; // guards the statements generated on first use
    QString findByPkSql;
    QList<int> findByPkColumns;
    mutable QHash<QByteArray, QString> writeStatements;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_MODELDEFINITION_P_H
