// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ASSOCIATION_P_H
#define QTSEQUELIZE_ASSOCIATION_P_H

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

#include <QtSequelize/association.h>
#include <QtSequelize/modeldefinition.h>

#include <QtCore/qmetaobject.h>
#include <QtCore/qpointer.h>

#include <optional>

namespace QtSequelize {

class Connection;
class ModelDefinitionPrivate;
class OptionsData;

class AssociationOptionsData : public QSharedData
{
public:
    QString as;
    QString asSingular; // as(singular, plural): the singular form
    QString foreignKey;
    QString sourceKey;
    QString targetKey;
    QString onDelete;
    QString onUpdate;
    std::optional<bool> allowNull;
    bool constraints = true;
    QPointer<ModelDefinition> through;
    QString throughTable;
    QString otherKey;
    QString foreignKeyField;
    QString uniqueKey;
    bool throughUnique = true;
    QVariantMap scope;
    QVariantMap throughScope;
    std::optional<Deferrable> deferrable;
    bool hooks = false;
};

// One association of a source model. For belongsTo the foreign key is an attribute of the
// source and points at the target's targetKey; for hasOne/hasMany it is an attribute of the
// target and points at the source's sourceKey.
struct AssociationInfo
{
    enum Kind { BelongsTo, HasOne, HasMany, BelongsToMany };
    Kind kind = BelongsTo;
    QString name;
    bool aliased = false; // named by `as` (an include of the target model prefers the unaliased)
    QPointer<ModelDefinition> target;
    QString foreignKey;
    QString sourceKey;
    QString targetKey;
    QMetaMethod notify; // the source class's <name>Changed() signal, if it declares one
    // belongsToMany: the junction model; foreignKey and otherKey are its columns pointing at the
    // source's sourceKey and the target's targetKey.
    QPointer<ModelDefinition> through;
    QString otherKey;
    bool otherKeyDefault = false; // named by default: the paired association may rename it
    // Attribute values of every target (Sequelize's association scope).
    QVariantMap scope;
    // belongsToMany: attribute values of every junction row (Sequelize's through.scope).
    QVariantMap throughScope;
    // hasOne/hasMany with hooks: true and onDelete CASCADE: a source's destroy() destroys the
    // targets as instances first.
    bool cascadeHooks = false;

    bool isSingle() const { return kind == BelongsTo || kind == HasOne; }
    // The scope as a condition on the target (empty without one).
    Where scopeWhere() const;
    // The scope's values, written by create/set/add; a DefinitionError when one of them is a
    // condition (an operator map or a list), which has no value to write.
    QVariantMap scopeValues() const;
    // The same for the junction rows of a belongsToMany (through.scope).
    Where throughScopeWhere() const;
    QVariantMap throughScopeValues() const;
};

class IncludeData : public QSharedData
{
public:
    QString association;
    QPointer<ModelDefinition> model;
    FindOptions options;
    std::optional<bool> required;
    std::optional<bool> separate; // separate(); unset: a limit() makes a hasMany include separate
    bool whereGiven = false; // where() was called, even with an empty condition
    QList<Include> includes;
    Where throughWhere;
    std::optional<QStringList> throughAttributes;
    bool all = false;
    bool nested = false; // all(true): the targets' associations too (Sequelize's nested)
    int allKinds = Include::AllKinds; // all(kinds): only these (Include::AssociationKinds)
};

// The options an include holds, for the library to complete (Include is a value class).
class IncludeAccess
{
public:
    static FindOptions &options(Include &include) { return include.d->options; }
    static QList<Include> &includes(Include &include) { return include.d->includes; }
    static IncludeData &data(Include &include) { return *include.d; }
    static const IncludeData &data(const Include &include) { return *include.d; }
};

namespace Associations {
// The association \a name of \a m, or DefinitionError.
const AssociationInfo &requireAssociation(const ModelDefinitionPrivate &m, const QString &name);
// The association's target model, or InstanceError when it is gone.
ModelDefinition *targetOf(const AssociationInfo &a);
// The junction model of a belongsToMany association; InstanceError when it is gone.
ModelDefinition *junctionOf(const AssociationInfo &a);
// belongsToMany: the targets the junction rows matching \a junctionWhere link, read with
// \a targetOptions; with \a bySource, one instance per source key (eager loading).
QList<QSharedPointer<Model>> throughTargets(const AssociationInfo &a, const Where &junctionWhere,
                                            const FindOptions &targetOptions,
                                            QHash<QString, QList<QSharedPointer<Model>>> *bySource,
                                            const Include *include = nullptr);
// Loads the includes of \a sourceOptions for \a parents with one query per association
// (no N+1); drops parents that a required include finds nothing for.
void load(const ModelDefinitionPrivate &source, QList<QSharedPointer<Model>> &parents,
          const OptionsData &sourceOptions);
} // namespace Associations

} // namespace QtSequelize

#endif // QTSEQUELIZE_ASSOCIATION_P_H
