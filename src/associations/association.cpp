// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Errors>

#include "../meta/association_p.h"

#include "../query/options_p.h"

namespace QtSequelize {

/*!
    \class QtSequelize::AssociationOptions
    \inmodule QtSequelize
    \brief The options of belongsTo/hasOne/hasMany, as Sequelize's association options.

    Defaults are Sequelize's: the alias is the target's name (singular for belongsTo/hasOne,
    plural for hasMany), the foreign key `<alias><TargetKey>` (belongsTo) or `<Source><Key>`
    (hasOne, hasMany) after the primary key attribute (`UserId`, `ArticlePk`), ON DELETE SET NULL
    (when the key is NOT NULL: NO ACTION for belongsTo, CASCADE for hasOne/hasMany), ON UPDATE
    CASCADE.
*/

/*!
    \class QtSequelize::Include
    \inmodule QtSequelize
    \brief One association to load with a finder (Sequelize's include).

    \code
    User::findAll(FindOptions().include(Include("group").attributes({"id", "name"})));
    Project::findAll(FindOptions().include(Include("tasks").where(Op::eq("done", false))));
    \endcode
    Every include is loaded with one extra query per association (WHERE key IN (...)), never
    one per row (two for belongsToMany: the junction rows, then their targets). A where makes
    the include required (parents without a match are dropped, before limit and offset), as
    in Sequelize; required(false) keeps them. The source query can be ordered by an included
    attribute (\c{order("user.name")}) and filtered by one (\c{Op::eq("$posts.title$", x)}).
*/

AssociationOptions::AssociationOptions()
    : d(new AssociationOptionsData)
{
}
AssociationOptions::AssociationOptions(const AssociationOptions &other) = default;
AssociationOptions::AssociationOptions(AssociationOptions &&other) noexcept = default;
AssociationOptions &AssociationOptions::operator=(const AssociationOptions &other) = default;
AssociationOptions::~AssociationOptions() = default;

AssociationOptions &AssociationOptions::as(const QString &alias)
{
    d->as = alias;
    return *this;
}
AssociationOptions &AssociationOptions::as(const QString &singular, const QString &plural)
{
    d->as = plural;
    d->asSingular = singular;
    return *this;
}
AssociationOptions &AssociationOptions::foreignKey(const QString &attribute)
{
    d->foreignKey = attribute;
    return *this;
}
AssociationOptions &AssociationOptions::foreignKeyAllowNull(bool allowNull)
{
    d->allowNull = allowNull;
    return *this;
}
AssociationOptions &AssociationOptions::sourceKey(const QString &attribute)
{
    d->sourceKey = attribute;
    return *this;
}
AssociationOptions &AssociationOptions::targetKey(const QString &attribute)
{
    d->targetKey = attribute;
    return *this;
}
AssociationOptions &AssociationOptions::onDelete(const QString &action)
{
    d->onDelete = action;
    return *this;
}
AssociationOptions &AssociationOptions::hooks(bool enabled)
{
    d->hooks = enabled;
    return *this;
}
AssociationOptions &AssociationOptions::onUpdate(const QString &action)
{
    d->onUpdate = action;
    return *this;
}
AssociationOptions &AssociationOptions::constraints(bool enabled)
{
    d->constraints = enabled;
    return *this;
}
AssociationOptions &AssociationOptions::through(ModelDefinition *junction)
{
    d->through = junction;
    return *this;
}
AssociationOptions &AssociationOptions::through(const QString &tableName)
{
    d->throughTable = tableName;
    return *this;
}
AssociationOptions &AssociationOptions::deferrable(Deferrable deferrable)
{
    d->deferrable = deferrable;
    return *this;
}
AssociationOptions &AssociationOptions::otherKey(const QString &attribute)
{
    d->otherKey = attribute;
    return *this;
}
AssociationOptions &AssociationOptions::foreignKeyField(const QString &column)
{
    d->foreignKeyField = column;
    return *this;
}
AssociationOptions &AssociationOptions::uniqueKey(const QString &name)
{
    d->uniqueKey = name;
    return *this;
}
AssociationOptions &AssociationOptions::throughUnique(bool unique)
{
    d->throughUnique = unique;
    return *this;
}
AssociationOptions &AssociationOptions::throughScope(const QVariantMap &values)
{
    d->throughScope = values;
    return *this;
}
AssociationOptions &AssociationOptions::scope(const QVariantMap &values)
{
    d->scope = values;
    return *this;
}

// The scope is a where in the map form, as Sequelize's: plain values compare equal, a map holds
// operators ({"type": {"in": ["blue", "green"]}}), a list is IN.
Where AssociationInfo::scopeWhere() const
{
    return scope.isEmpty() ? Where() : Where::fromMap(scope);
}

static bool isCondition(const QVariant &value)
{
    const int type = value.metaType().id();
    return type == QMetaType::QVariantMap || type == QMetaType::QVariantList
        || type == QMetaType::QStringList || type == QMetaType::QVariantHash;
}

static QVariantMap writable(const QVariantMap &scope, const QString &association, const char *which)
{
    for (auto it = scope.cbegin(); it != scope.cend(); ++it) {
        if (isCondition(it.value()))
            throw DefinitionError(QStringLiteral("Association %1: its %2 \"%3\" is a "
                                                 "condition, not a value to write; create, set "
                                                 "and add through an association whose scope "
                                                 "has plain values")
                                      .arg(association, QLatin1String(which), it.key()));
    }
    return scope;
}

QVariantMap AssociationInfo::scopeValues() const
{
    return writable(scope, name, "scope's");
}

Where AssociationInfo::throughScopeWhere() const
{
    return throughScope.isEmpty() ? Where() : Where::fromMap(throughScope);
}

QVariantMap AssociationInfo::throughScopeValues() const
{
    return writable(throughScope, name, "through scope's");
}

Include::Include(const QString &association)
    : d(new IncludeData)
{
    d->association = association;
}
Include::Include(const char *association)
    : Include(QString::fromUtf8(association))
{
}
Include::Include(ModelDefinition *model)
    : d(new IncludeData)
{
    d->model = model;
}
ModelDefinition *Include::model() const
{
    return d->model;
}
Include Include::resolved(const QString &association, const QList<Include> &includes) const
{
    Include copy = *this;
    copy.d->association = association;
    copy.d->includes = includes;
    return copy;
}
Include::Include(const Include &other) = default;
Include::Include(Include &&other) noexcept = default;
Include &Include::operator=(const Include &other) = default;
Include::~Include() = default;

Include &Include::where(const Where &condition)
{
    d->options.where(condition);
    d->whereGiven = true;
    return *this;
}
Include &Include::attributes(const QStringList &names)
{
    d->options.attributes(names);
    return *this;
}
Include &Include::excludeAttributes(const QStringList &names)
{
    d->options.excludeAttributes(names);
    return *this;
}
Include &Include::required(bool required)
{
    d->required = required;
    return *this;
}
Include &Include::order(const QString &attribute, Qt::SortOrder order)
{
    d->options.order(attribute, order);
    return *this;
}
Include &Include::order(std::initializer_list<std::pair<QString, QString>> keys)
{
    d->options.order(keys);
    return *this;
}
Include &Include::include(const Include &nested)
{
    d->includes.append(nested);
    return *this;
}
Include &Include::throughWhere(const Where &condition)
{
    d->throughWhere = condition;
    return *this;
}
Include &Include::throughAttributes(const QStringList &names)
{
    d->throughAttributes = names;
    return *this;
}
Include &Include::paranoid(bool excludeDeleted)
{
    d->options.paranoid(excludeDeleted);
    return *this;
}
/*!
    Applies the included model's scopes \a names instead of its default scope, as Sequelize's
    \c{include: [Model.scope('name')]}: their where, attributes and includes merge into this
    include's. As in Sequelize, a where from a scope (the default one included) makes the
    include required unless required(false) says otherwise.
*/
Include &Include::scopes(const QStringList &names)
{
    d->options.scopes(names);
    return *this;
}
/*!
    Appends the included model's scope \a name, called with \a arguments when it is a scope
    function.
*/
Include &Include::scope(const QString &name, const QVariantList &arguments)
{
    d->options.scope(name, arguments);
    return *this;
}
/*!
    Applies none of the included model's scopes, its default scope included.
    (With \a unscoped false, the scopes apply again.)
*/
Include &Include::unscoped(bool unscoped)
{
    d->options.unscoped(unscoped);
    return *this;
}
Include &Include::limit(int count)
{
    d->options.limit(count);
    return *this;
}
/*!
    Marks a hasMany include as Sequelize's \c{separate: true} (or, with \a separate false,
    not): its targets are read by a find of their own, whose model's find hooks
    (beforeFind, beforeFindAfterExpandIncludeAll, beforeFindAfterOptions, afterFind) run. The
    targets of an include that is not separate are read without their model's hooks, as the
    joined rows of Sequelize's query. An include with a limit() is separate unless told
    otherwise. On another kind of association, separate(true) is a DefinitionError when the
    find runs, as in Sequelize.
*/
Include &Include::separate(bool separate)
{
    d->separate = separate;
    return *this;
}
/*!
    Returns whether the include is separate (see separate()).
*/
bool Include::isSeparate() const
{
    return d->separate.value_or(OptionsAccess::data(d->options).limit >= 0);
}
Include Include::all(bool nested)
{
    Include include{QString()};
    include.d->all = true;
    include.d->nested = nested;
    return include;
}
/*!
    \enum Include::AssociationKind

    The kinds of association Include::all() includes, Sequelize's \c{include: {all: type}}.

    \value BelongsTo   belongsTo associations ('BelongsTo')
    \value HasOne      hasOne associations ('HasOne')
    \value HasMany     hasMany associations ('HasMany')
    \value BelongsToMany belongsToMany associations (Sequelize names them only with 'All')
    \value One         BelongsTo and HasOne ('One')
    \value Has         HasOne and HasMany ('Has')
    \value Many        HasMany ('Many': Sequelize's leaves belongsToMany out too)
    \value AllKinds    every association ('All', or all(bool))
*/

/*!
    An include of the model's associations of the given \a kinds (Sequelize's
    \c{include: {all: 'BelongsTo'}}, \c{all: ['HasOne', 'HasMany']}, \c{all: 'Has'}),
    each with this include's options; \a nested as all(bool), with the same kinds at
    every level. No kind includes nothing.
*/
Include Include::all(AssociationKinds kinds, bool nested)
{
    Include include = all(nested);
    include.d->allKinds = int(kinds);
    return include;
}

/*!
    An include of the model's associations of the kind \a kind, as all(AssociationKinds, bool)
    with \a nested (an enumerator alone would otherwise convert to all(bool)'s bool).
*/
Include Include::all(AssociationKind kind, bool nested)
{
    return all(AssociationKinds(kind), nested);
}
bool Include::isAll() const
{
    return d->all;
}
Where Include::throughWhere() const
{
    return d->throughWhere;
}
bool Include::hasThroughAttributes() const
{
    return d->throughAttributes.has_value();
}
QStringList Include::throughAttributes() const
{
    return d->throughAttributes.value_or(QStringList());
}
QString Include::association() const
{
    return d->association;
}
FindOptions Include::options() const
{
    return d->options;
}
bool Include::isRequired() const
{
    // As Sequelize: a where makes the include required unless said otherwise (an empty one too:
    // required = !!where, and {} is truthy); a separate include (or one with a limit) is read
    // apart and never drops the rows it finds nothing for.
    const OptionsData &o = OptionsAccess::data(d->options);
    return d->required.value_or((d->whereGiven || !o.where.isEmpty()) && !isSeparate());
}
QList<Include> Include::includes() const
{
    return d->includes;
}

} // namespace QtSequelize
