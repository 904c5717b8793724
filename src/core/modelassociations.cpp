// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: declaring associations (belongsTo, hasOne, hasMany, belongsToMany) and their
// foreign keys.

#include "../meta/modeldefinition_p.h"

#include "../dialects/dialect_p.h"
#include "../query/joinplan_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../query/rawquery_p.h"
#include "../sql/coercion_p.h"
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

namespace QtSequelize {

static AssociationInfo newAssociation(ModelDefinitionPrivate *d, AssociationInfo::Kind kind,
                                      ModelDefinition *target, const AssociationOptions &options,
                                      const AssociationOptionsData &o)
{
    if (!target)
        throw DefinitionError(
            QStringLiteral("%1: an association needs a target model").arg(d->name));
    Q_UNUSED(options);
    // Models of another Sequelize are tables of another database (or another pool): joins and
    // keys between them would name a table this connection does not have.
    const auto sameSequelize = [d](const ModelDefinition *other) {
        return ModelDefinitionPrivate::get(other)->sequelize == d->sequelize;
    };
    if (!sameSequelize(target) || (o.through && !sameSequelize(o.through)))
        throw DefinitionError(
            QStringLiteral("%1 and %2 belong to different Sequelize instances: "
                           "an association joins models of one")
                .arg(d->name, (sameSequelize(target) ? o.through.data() : target)->name()));
    AssociationInfo info;
    info.kind = kind;
    info.target = target;
    const QString targetName = target->name();
    const ModelDefinitionPrivate *t = ModelDefinitionPrivate::get(target);
    const bool many = kind == AssociationInfo::HasMany || kind == AssociationInfo::BelongsToMany;
    info.aliased = !o.as.isEmpty();
    // Sequelize: the alias, else the target's name (options.name: plural for the many kinds,
    // singular for the others); as {singular, plural} gives both forms.
    if (info.aliased)
        info.name = many || o.asSingular.isEmpty() ? o.as : o.asSingular;
    else
        info.name = many ? t->pluralName : t->singularName;
    if (d->association(info.name) || d->indexOf(info.name) >= 0)
        throw DefinitionError(
            QStringLiteral("%1: the name \"%2\" is already taken").arg(d->name, info.name));
    // The notify signal of a typed association property, e.g. groupChanged().
    const QByteArray signal = info.name.toLatin1() + "Changed()";
    const int signalIndex = d->metaObject->indexOfSignal(signal.constData());
    if (signalIndex >= 0)
        info.notify = d->metaObject->method(signalIndex);
    if (!o.scope.isEmpty() && kind == AssociationInfo::BelongsTo)
        throw DefinitionError(QStringLiteral("%1.belongsTo(%2): scope applies to hasOne, hasMany "
                                             "and belongsToMany")
                                  .arg(d->name, targetName));
    info.scope = o.scope;
    if (!o.throughScope.isEmpty() && kind != AssociationInfo::BelongsToMany)
        throw DefinitionError(QStringLiteral("%1 -> %2: a through scope applies to belongsToMany")
                                  .arg(d->name, targetName));
    info.throughScope = o.throughScope;
    if (o.hooks && kind != AssociationInfo::HasOne && kind != AssociationInfo::HasMany)
        throw DefinitionError(QStringLiteral("%1 -> %2: hooks: true applies to hasOne and hasMany")
                                  .arg(d->name, targetName));
    return info;
}

// Sequelize's default key names: Utils.camelize([name, keyAttribute].join('_')), so a key
// attribute "id" gives UserId, "pk" ArticlePk and "user_id" UserUserId.
static QString defaultKeyName(const QString &name, const QString &keyAttribute)
{
    const QString joined = name + QLatin1Char('_') + keyAttribute;
    QString result;
    result.reserve(joined.size());
    bool upper = false;
    for (const QChar c : joined) {
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c.isSpace()) {
            upper = true;
            continue;
        }
        result.append(upper ? c.toUpper() : c);
        upper = false;
    }
    return result;
}

static QString referentialAction(const QString &given, const QString &fallback)
{
    static const QStringList allowed{QStringLiteral("CASCADE"), QStringLiteral("SET NULL"),
                                     QStringLiteral("RESTRICT"), QStringLiteral("NO ACTION"),
                                     QStringLiteral("SET DEFAULT")};
    const QString action = given.isEmpty() ? fallback : given.toUpper();
    if (!allowed.contains(action))
        throw DefinitionError(QStringLiteral("Unknown referential action \"%1\"").arg(given));
    return action;
}

// The FOREIGN KEY constraint of an association's key column pointing at \a key of
// \a referenced, with Sequelize's defaults (SET NULL on delete, or \a notNullDelete when the
// key may not be NULL; CASCADE on update); none when the association says constraints: false.
static ForeignKeyReference foreignKeyReference(const ModelDefinitionPrivate &referenced, int key,
                                               const AssociationOptionsData &o, bool allowNull,
                                               const QString &notNullDelete
                                               = QStringLiteral("NO ACTION"))
{
    if (!o.constraints)
        return {};
    return {referenced.table(), referenced.attribute(key).field,
            referentialAction(o.onDelete, allowNull ? QStringLiteral("SET NULL") : notNullDelete),
            referentialAction(o.onUpdate, QStringLiteral("CASCADE")), o.deferrable};
}

// Whether ON DELETE defaults to SET NULL, as Sequelize decides it: by the key attribute as it
// stands before this association. One the model already has (declared, or made by the other
// side of a pair) counts as NULL-able only when it says so: a declared attribute without
// allowNull, or with allowNull(false), makes belongsTo's key NO ACTION and hasOne/hasMany's
// CASCADE. A new key follows the association's foreignKeyAllowNull (default true).
static bool keyAllowsNull(const ModelDefinitionPrivate &holder, const QString &key,
                          const AssociationOptionsData &o)
{
    const int index = holder.indexOf(key);
    if (index < 0)
        return o.allowNull.value_or(true);
    const Attribute &declared = holder.attribute(index).options;
    return declared.hasExplicitAllowNull() && declared.allowsNull();
}

// The primary key attribute an association keys on by default; a model without one
// (removeAttribute("id")) needs the key named.
static QString defaultKey(const ModelDefinitionPrivate &m, const char *option)
{
    if (m.primaryKey < 0)
        throw DefinitionError(QStringLiteral("%1 has no primary key: name the association's %2")
                                  .arg(m.name, QString::fromLatin1(option)));
    return m.attribute(m.primaryKey).name;
}

// Sequelize's beforeAssociate: the hooks see (and may change) the options first.
static AssociationOptions beforeAssociate(ModelDefinitionPrivate *d, ModelDefinition *target,
                                          const QString &type, const AssociationOptions &given)
{
    AssociationOptions options = given;
    d->runHook(true, &ModelHooks::beforeAssociate, d->q_ptr, target, type, options);
    return options;
}

// Sequelize's afterAssociate, with the association just defined.
static void afterAssociate(ModelDefinitionPrivate *d, ModelDefinition *target, const QString &type,
                           const AssociationOptions &options)
{
    d->runHook(true, &ModelHooks::afterAssociate, d->q_ptr, target, type,
               d->associations.last().name, options);
}

void ModelDefinition::belongsTo(ModelDefinition *target, const AssociationOptions &given)
{
    Q_D(ModelDefinition);
    const QString type = QStringLiteral("BelongsTo");
    const AssociationOptions options = beforeAssociate(d, target, type, given);
    const AssociationOptionsData &o = *options.d;
    AssociationInfo info = newAssociation(d, AssociationInfo::BelongsTo, target, options, o);
    ModelDefinitionPrivate *t = target->d_func();
    info.targetKey = o.targetKey.isEmpty() ? defaultKey(*t, "targetKey") : o.targetKey;
    const int targetKey = t->requireIndex(info.targetKey);
    info.foreignKey = o.foreignKey.isEmpty()
        ? defaultKeyName(info.name, defaultKey(*t, "targetKey"))
        : o.foreignKey;
    info.sourceKey = info.foreignKey;
    const bool allowNull = o.allowNull.value_or(true);
    d->addForeignKey(info.foreignKey, t->attribute(targetKey).type, allowNull,
                     foreignKeyReference(*t, targetKey, o, keyAllowsNull(*d, info.foreignKey, o)),
                     o.foreignKeyField);
    d->associations.append(info);
    afterAssociate(d, target, type, options);
}

static void addHasAssociation(ModelDefinitionPrivate *d, AssociationInfo::Kind kind,
                              ModelDefinition *target, const AssociationOptions &options,
                              const AssociationOptionsData &o)
{
    AssociationInfo info = newAssociation(d, kind, target, options, o);
    ModelDefinitionPrivate *t = ModelDefinitionPrivate::get(target);
    info.sourceKey = o.sourceKey.isEmpty() ? defaultKey(*d, "sourceKey") : o.sourceKey;
    const int sourceKey = d->requireIndex(info.sourceKey);
    info.foreignKey = o.foreignKey.isEmpty()
        ? defaultKeyName(d->singularName, defaultKey(*d, "sourceKey"))
        : o.foreignKey;
    info.targetKey = info.foreignKey;
    const bool allowNull = o.allowNull.value_or(true);
    // Sequelize's hasOne/hasMany: a key that may not be NULL cascades the delete (belongsTo's
    // is NO ACTION).
    t->addForeignKey(info.foreignKey, d->attribute(sourceKey).type, allowNull,
                     foreignKeyReference(*d, sourceKey, o, keyAllowsNull(*t, info.foreignKey, o),
                                         QStringLiteral("CASCADE")),
                     o.foreignKeyField);
    info.cascadeHooks
        = o.hooks && o.onDelete.compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) == 0;
    d->associations.append(info);
}

void ModelDefinition::hasOne(ModelDefinition *target, const AssociationOptions &given)
{
    const QString type = QStringLiteral("HasOne");
    const AssociationOptions options = beforeAssociate(d_func(), target, type, given);
    addHasAssociation(d_func(), AssociationInfo::HasOne, target, options, *options.d);
    afterAssociate(d_func(), target, type, options);
}

void ModelDefinition::hasMany(ModelDefinition *target, const AssociationOptions &given)
{
    const QString type = QStringLiteral("HasMany");
    const AssociationOptions options = beforeAssociate(d_func(), target, type, given);
    addHasAssociation(d_func(), AssociationInfo::HasMany, target, options, *options.d);
    afterAssociate(d_func(), target, type, options);
}

// A junction the association makes takes the source's table options, as Sequelize's (the
// first belongsToMany's source model options, less timestamps, scopes and hooks): its schema,
// underscored column names, and MariaDB's charset, collation and engine.
static ModelOptions junctionOptions(const ModelDefinitionPrivate &source, const QString &table)
{
    ModelOptions options = ModelOptions().tableName(table).underscored(source.underscored);
    if (!source.schema.isEmpty())
        options.schema(source.schema).schemaDelimiter(source.schemaDelimiter);
    if (!source.tableOptions.charset.isEmpty())
        options.charset(source.tableOptions.charset);
    if (!source.tableOptions.collate.isEmpty())
        options.collate(source.tableOptions.collate);
    if (!source.tableOptions.engine.isEmpty())
        options.engine(source.tableOptions.engine);
    return options;
}

void ModelDefinition::belongsToMany(ModelDefinition *target, const AssociationOptions &given)
{
    Q_D(ModelDefinition);
    const QString type = QStringLiteral("BelongsToMany");
    const AssociationOptions options = beforeAssociate(d, target, type, given);
    const AssociationOptionsData &o = *options.d;
    AssociationInfo info = newAssociation(d, AssociationInfo::BelongsToMany, target, options, o);
    ModelDefinitionPrivate *t = target->d_func();
    ModelDefinition *junction = o.through;
    if (!junction) {
        if (o.throughTable.isEmpty())
            throw DefinitionError(QStringLiteral("%1.belongsToMany(%2) needs `through`")
                                      .arg(d->name, target->name()));
        junction = d->sequelize->model(o.throughTable);
        if (!junction)
            junction
                = d->sequelize->define(o.throughTable, {}, junctionOptions(*d, o.throughTable));
    }
    info.through = junction;
    info.sourceKey = o.sourceKey.isEmpty() ? defaultKey(*d, "sourceKey") : o.sourceKey;
    info.targetKey = o.targetKey.isEmpty() ? defaultKey(*t, "targetKey") : o.targetKey;
    // A self-association's two keys would both be named after the model: Sequelize asks for an
    // alias and names the other key after its singular (friends: FriendId).
    const bool self = t == d;
    if (self && !info.aliased)
        throw DefinitionError(QStringLiteral("%1.belongsToMany(%1): 'as' must be defined for "
                                             "many-to-many self-associations")
                                  .arg(d->name));
    info.foreignKey
        = o.foreignKey.isEmpty() ? defaultKeyName(d->singularName, info.sourceKey) : o.foreignKey;
    info.otherKeyDefault = o.otherKey.isEmpty();
    info.otherKey = info.otherKeyDefault ? defaultKeyName(
                        self ? Inflection::singularize(info.name) : t->singularName, info.targetKey)
                                         : o.otherKey;
    ModelDefinitionPrivate *j = junction->d_func();
    // Sequelize pairs the two belongsToMany of one junction: a side's other key left to its
    // default is the other side's foreign key (both sides may name only their foreignKey).
    if (t != d) {
        for (AssociationInfo &paired : t->associations) {
            if (paired.kind != AssociationInfo::BelongsToMany || paired.through != junction
                || paired.target != this)
                continue;
            if (info.otherKeyDefault)
                info.otherKey = paired.foreignKey;
            if (paired.otherKeyDefault && paired.otherKey != info.foreignKey
                && j->renameAttribute(paired.otherKey, info.foreignKey, o.foreignKeyField))
                paired.otherKey = info.foreignKey;
            break;
        }
    }
    // One junction column cannot hold both ends (a self-association's keys named alike).
    if (info.foreignKey == info.otherKey)
        throw DefinitionError(QStringLiteral("%1.belongsToMany(%2): the foreign key and the other "
                                             "key are both \"%3\"; name them apart (foreignKey, "
                                             "otherKey) or give another alias")
                                  .arg(d->name, target->name(), info.foreignKey));
    const AttributeInfo &sourceKey = d->attribute(d->requireIndex(info.sourceKey));
    const AttributeInfo &targetKey = t->attribute(t->requireIndex(info.targetKey));
    // Junction rows go with either side (Sequelize's CASCADE default; onDelete/onUpdate apply to
    // both keys, constraints(false) leaves both without a FOREIGN KEY).
    const auto reference = [&](ModelDefinitionPrivate *m, const AttributeInfo &key) {
        if (!o.constraints)
            return ForeignKeyReference{};
        return ForeignKeyReference{
            m->table(), key.field, referentialAction(o.onDelete, QStringLiteral("CASCADE")),
            referentialAction(o.onUpdate, QStringLiteral("CASCADE")), o.deferrable};
    };
    j->addForeignKey(info.foreignKey, sourceKey.type, false, reference(d, sourceKey),
                     o.foreignKeyField);
    j->addForeignKey(info.otherKey, targetKey.type, false, reference(t, targetKey));
    // One row per pair, as Sequelize: the pair is the primary key when the junction has no key
    // of its own (its implicit `id` goes), a unique key (named by uniqueKey) otherwise.
    // through: {unique: false} (a junction several associations share) drops the unique key only.
    if (j->implicitId) {
        j->replaceImplicitKey({j->requireIndex(info.foreignKey), j->requireIndex(info.otherKey)});
    } else if (o.throughUnique
               && !(j->hasCompositeKey() && j->primaryKeys.contains(j->indexOf(info.foreignKey))
                    && j->primaryKeys.contains(j->indexOf(info.otherKey)))) {
        const QString pair = !o.uniqueKey.isEmpty()
            ? o.uniqueKey
            : QStringLiteral("%1_%2_unique").arg(info.foreignKey, info.otherKey);
        j->attributes[j->requireIndex(info.foreignKey)].options.unique(pair);
        j->attributes[j->requireIndex(info.otherKey)].options.unique(pair);
    }
    d->associations.append(info);
    afterAssociate(d, target, type, options);
}

} // namespace QtSequelize
