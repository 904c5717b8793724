// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ASSOCIATION_H
#define QTSEQUELIZE_ASSOCIATION_H

#include <QtSequelize/options.h>

#include <QtCore/qflags.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>

namespace QtSequelize {

class AssociationOptionsData;
class ModelDefinition;
class IncludeData;

class Q_SEQUELIZE_EXPORT AssociationOptions
{
public:
    AssociationOptions();
    AssociationOptions(const AssociationOptions &other);
    AssociationOptions &operator=(const AssociationOptions &other);
    AssociationOptions(AssociationOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(AssociationOptions)
    void swap(AssociationOptions &other) noexcept { d.swap(other.d); }
    ~AssociationOptions();

    AssociationOptions &as(const QString &alias);
    // Sequelize's as: {singular, plural}: a hasMany/belongsToMany is named by \a plural, a
    // belongsTo/hasOne by \a singular.
    AssociationOptions &as(const QString &singular, const QString &plural);
    AssociationOptions &foreignKey(const QString &attribute);
    // The foreign key's column, when it differs from the attribute name (Sequelize's
    // foreignKey: {name, field}).
    AssociationOptions &foreignKeyField(const QString &column);
    // The foreign key may not be NULL (ON DELETE then defaults to NO ACTION).
    AssociationOptions &foreignKeyAllowNull(bool allowNull);
    AssociationOptions &sourceKey(const QString &attribute);
    AssociationOptions &targetKey(const QString &attribute);
    // CASCADE, SET NULL, RESTRICT, NO ACTION, SET DEFAULT.
    AssociationOptions &onDelete(const QString &action);
    AssociationOptions &onUpdate(const QString &action);
    // When the foreign key is checked (Sequelize's Deferrable; PostgreSQL only).
    AssociationOptions &deferrable(Deferrable deferrable);
    // hasOne/hasMany with onDelete("CASCADE"): destroying a source instance first destroys its
    // targets one by one, so that their destroy hooks run (Sequelize's hooks: true).
    AssociationOptions &hooks(bool enabled);
    // constraints(false): no FOREIGN KEY constraint in the table.
    AssociationOptions &constraints(bool enabled);
    // belongsToMany: the junction, as a model of its own (extra columns become the `through`
    // values) or as a table name (a junction model is defined with timestamps, as Sequelize).
    AssociationOptions &through(ModelDefinition *junction);
    AssociationOptions &through(const QString &tableName);
    // belongsToMany: the junction column pointing at the target (default <Target>Id).
    AssociationOptions &otherKey(const QString &attribute);
    // belongsToMany on a junction with a primary key of its own: the name of the unique key on
    // the pair of foreign keys (the constraint is <junction table>_<name>; by default
    // <junction table>_<foreignKey>_<otherKey>_unique, as Sequelize). A junction without a
    // key of its own gets the pair as its primary key instead, as in Sequelize.
    AssociationOptions &uniqueKey(const QString &name);
    // belongsToMany: throughUnique(false) adds no unique key on the pair of junction keys
    // (Sequelize's through: {unique: false}), for a junction shared by several associations.
    AssociationOptions &throughUnique(bool unique);
    // belongsToMany: attribute values of every junction row of this association (Sequelize's
    // through: {scope}, e.g. {{"taggable", "post"}} for polymorphic tags): getters, counts
    // and includes read only those rows, setters and add/create write them.
    AssociationOptions &throughScope(const QVariantMap &values);
    // hasOne/hasMany/belongsToMany: attribute values every target of this association has
    // (Sequelize's association scope, e.g. {{"commentable", "post"}} for polymorphic
    // associations): getters filter by them, setters and create write them.
    AssociationOptions &scope(const QVariantMap &values);

private:
    friend class ModelDefinition;
    QSharedDataPointer<AssociationOptionsData> d;
};

class Q_SEQUELIZE_EXPORT Include
{
public:
    // The kinds of association all() includes (Sequelize's include: {all: 'BelongsTo'}, its
    // 'One', 'Has', 'Many' and 'All' as combinations).
    enum AssociationKind {
        BelongsTo = 0x1,
        HasOne = 0x2,
        HasMany = 0x4,
        BelongsToMany = 0x8,
        One = BelongsTo | HasOne,
        Has = HasOne | HasMany,
        Many = HasMany,
        AllKinds = BelongsTo | HasOne | HasMany | BelongsToMany
    };
    Q_DECLARE_FLAGS(AssociationKinds, AssociationKind)

    Include(const QString &association); // implicit: FindOptions().include("group")
    Include(const char *association);
    // The association whose target is \a model (Sequelize's include: Model); an error if the
    // model is associated more than once (name the alias then).
    Include(ModelDefinition *model);
    Include(const Include &other);
    Include &operator=(const Include &other);
    Include(Include &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(Include)
    void swap(Include &other) noexcept { d.swap(other.d); }
    ~Include();

    Include &where(const Where &condition);
    Include &attributes(const QStringList &names);
    // Every attribute but these (Sequelize's attributes: {exclude: [...]}).
    Include &excludeAttributes(const QStringList &names);
    Include &required(bool required);
    Include &order(const QString &attribute, Qt::SortOrder order = Qt::AscendingOrder);
    // order: [['title', 'DESC']] (see FindOptions::order()).
    Include &order(std::initializer_list<std::pair<QString, QString>> keys);
    // A nested include of the associated model.
    Include &include(const Include &nested);
    // belongsToMany: a condition on the junction rows (Sequelize's through.where).
    Include &throughWhere(const Where &condition);
    // belongsToMany: the junction attributes each target carries (through.attributes); an
    // empty list carries none.
    Include &throughAttributes(const QStringList &names);
    // paranoid(false) also loads soft-deleted targets.
    Include &paranoid(bool excludeDeleted);
    // The included model's scopes to apply instead of its default scope (Sequelize's
    // include: [Model.scope('name')]), one with a scope function's arguments, or none.
    Include &scopes(const QStringList &names);
    Include &scope(const QString &name, const QVariantList &arguments = {});
    Include &unscoped(bool unscoped = true);
    // At most \a count targets per source instance (a hasMany/belongsToMany include is always
    // loaded by a query of its own, as Sequelize's separate: true).
    Include &limit(int count);
    // Sequelize's separate: true (hasMany only): the included model's find hooks run for its
    // query, as for a find of its own; a limit() implies it.
    Include &separate(bool separate = true);
    // Every association of the model (Sequelize's include: {all: true}), each with this
    // include's options (required, paranoid, ...); \a nested: their targets' associations too,
    // to any depth without going back to a model on the way (Sequelize's nested: true).
    static Include all(bool nested = false);
    // Only the associations of these kinds (Sequelize's include: {all: 'BelongsTo'}).
    static Include all(AssociationKinds kinds, bool nested = false);
    static Include all(AssociationKind kind, bool nested = false); // not all(bool)

    QString association() const;
    ModelDefinition *model() const;
    FindOptions options() const;
    bool isRequired() const;
    bool isSeparate() const;
    bool isAll() const;
    QList<Include> includes() const;
    Where throughWhere() const;
    // Whether throughAttributes() was given, and the names.
    bool hasThroughAttributes() const;
    QStringList throughAttributes() const;

private:
    friend class ModelDefinitionPrivate;
    friend class IncludeAccess;
    // This include naming \a association, with \a includes nested.
    Include resolved(const QString &association, const QList<Include> &includes) const;

    QSharedDataPointer<IncludeData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::AssociationOptions)
Q_DECLARE_SHARED(QtSequelize::Include)
Q_DECLARE_OPERATORS_FOR_FLAGS(QtSequelize::Include::AssociationKinds)

#endif // QTSEQUELIZE_ASSOCIATION_H
