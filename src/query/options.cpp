// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "options_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/modeldefinition.h>

namespace QtSequelize {

#define QSQ_OPTIONS_VALUE_CLASS(Class)                                                             \
    Class::Class()                                                                                 \
        : d(new OptionsData)                                                                       \
    {                                                                                              \
    }                                                                                              \
    Class::Class(const Class &other) = default;                                                    \
    Class &Class::operator=(const Class &other) = default;                                         \
    Class::Class(Class &&other) noexcept = default;                                                \
    Class::~Class() = default;

QSQ_OPTIONS_VALUE_CLASS(FindOptions)
QSQ_OPTIONS_VALUE_CLASS(SaveOptions)
QSQ_OPTIONS_VALUE_CLASS(UpdateOptions)
QSQ_OPTIONS_VALUE_CLASS(BulkCreateOptions)
QSQ_OPTIONS_VALUE_CLASS(DestroyOptions)
QSQ_OPTIONS_VALUE_CLASS(QueryOptions)
QSQ_OPTIONS_VALUE_CLASS(SyncOptions)

#undef QSQ_OPTIONS_VALUE_CLASS

FindOptions &FindOptions::hooks(bool enabled)
{
    d->hooks = enabled;
    return *this;
}
SaveOptions &SaveOptions::hooks(bool enabled)
{
    d->hooks = enabled;
    return *this;
}
BulkCreateOptions &BulkCreateOptions::hooks(bool enabled)
{
    d->hooks = enabled;
    return *this;
}
BulkCreateOptions &BulkCreateOptions::individualHooks(bool enabled)
{
    d->individualHooks = enabled;
    return *this;
}
UpdateOptions &UpdateOptions::hooks(bool enabled)
{
    d->hooks = enabled;
    return *this;
}
UpdateOptions &UpdateOptions::individualHooks(bool enabled)
{
    d->individualHooks = enabled;
    return *this;
}
DestroyOptions &DestroyOptions::hooks(bool enabled)
{
    d->hooks = enabled;
    return *this;
}
DestroyOptions &DestroyOptions::individualHooks(bool enabled)
{
    d->individualHooks = enabled;
    return *this;
}

QSharedPointer<const FindOptions> OptionsData::scopeSelection() const
{
    if (!hasScopes && !unscoped)
        return {};
    // unscoped() alone is the common case (findByPk(FindOptions().unscoped()) in loops): one
    // selection for all of them rather than an allocation per call.
    static const QSharedPointer<const FindOptions> unscopedOnly
        = QSharedPointer<const FindOptions>::create(FindOptions().unscoped());
    if (!hasScopes)
        return unscopedOnly;
    auto selection = QSharedPointer<FindOptions>::create();
    OptionsData &s = OptionsAccess::mutableData(*selection);
    s.scopes = scopes;
    s.scopeArguments = scopeArguments;
    s.hasScopes = true;
    s.unscoped = unscoped;
    return selection;
}

FindOptions &FindOptions::transaction(Transaction *transaction)
{
    d->setTransaction(transaction);
    return *this;
}
SaveOptions &SaveOptions::transaction(Transaction *transaction)
{
    d->setTransaction(transaction);
    return *this;
}
BulkCreateOptions &BulkCreateOptions::transaction(Transaction *transaction)
{
    d->setTransaction(transaction);
    return *this;
}
UpdateOptions &UpdateOptions::transaction(Transaction *transaction)
{
    d->setTransaction(transaction);
    return *this;
}
DestroyOptions &DestroyOptions::transaction(Transaction *transaction)
{
    d->setTransaction(transaction);
    return *this;
}
QueryOptions &QueryOptions::transaction(Transaction *transaction)
{
    d->setTransaction(transaction);
    return *this;
}
SyncOptions &SyncOptions::transaction(Transaction *transaction)
{
    d->setTransaction(transaction);
    return *this;
}

FindOptions &FindOptions::where(const Where &condition)
{
    d->where = condition;
    return *this;
}
/*!
    Returns the condition given with where(): an empty Where when none was given. A beforeFind
    or beforeCount hook (ModelHooks) reads it to narrow the find, as Sequelize's
    \c{options.where = {...options.where, tenant}}:
    \c{options.where(Where(Where::And, {options.where(), Where("tenant", Where::Eq, 1)}))}.
*/
Where FindOptions::where() const
{
    return d->where;
}
/*!
    Returns the transaction the find runs in (see transaction(Transaction *)), or nullptr: a
    beforeFind hook's own queries join it, as Sequelize's \c{options.transaction}.
*/
Transaction *FindOptions::transaction() const
{
    return d->transaction.data();
}
/*!
    Returns the includes given with include(), in order: what a find hook sees of
    Sequelize's \c{options.include} (a reload's hooks see the includes it reloads). The
    hooks see them completed: each names its association, and an Include::all() is expanded
    (Sequelize's beforeFind sees it before it is).
*/
QList<Include> FindOptions::includes() const
{
    return d->includes;
}
FindOptions &FindOptions::attributes(const QStringList &names)
{
    d->attributes = names;
    d->noAttributes = names.isEmpty();
    return *this;
}
FindOptions &FindOptions::attribute(const QString &name, const QString &alias)
{
    d->selectItems.append({name, QVariant(), alias});
    return *this;
}
FindOptions &FindOptions::attribute(const Expression &expression, const QString &alias)
{
    d->selectItems.append({QString(), QVariant::fromValue(expression), alias});
    return *this;
}
FindOptions &FindOptions::excludeAttributes(const QStringList &names)
{
    d->excluded = names;
    return *this;
}
FindOptions &FindOptions::includeAttribute(const Expression &expression, const QString &alias)
{
    d->extraItems.append({QString(), QVariant::fromValue(expression), alias});
    return *this;
}
FindOptions &FindOptions::order(const QString &attribute, Qt::SortOrder order, NullsOrder nulls)
{
    d->order.append({attribute, QVariant(), order, nulls, false, QString()});
    return *this;
}
FindOptions &FindOptions::order(const Expression &expression, Qt::SortOrder order)
{
    d->order.append(
        {QString(), QVariant::fromValue(expression), order, NullsOrder::Default, false, QString()});
    return *this;
}
FindOptions &FindOptions::order(std::initializer_list<std::pair<QString, QString>> keys)
{
    for (const auto &[attribute, direction] : keys) {
        const QStringList words
            = direction.simplified().toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        qsizetype i = 0;
        Qt::SortOrder order = Qt::AscendingOrder;
        NullsOrder nulls = NullsOrder::Default;
        if (i < words.size()
            && (words.at(i) == QLatin1String("ASC") || words.at(i) == QLatin1String("DESC")))
            order
                = words.at(i++) == QLatin1String("DESC") ? Qt::DescendingOrder : Qt::AscendingOrder;
        if (i + 1 < words.size() && words.at(i) == QLatin1String("NULLS")
            && (words.at(i + 1) == QLatin1String("FIRST")
                || words.at(i + 1) == QLatin1String("LAST"))) {
            nulls
                = words.at(i + 1) == QLatin1String("FIRST") ? NullsOrder::First : NullsOrder::Last;
            i += 2;
        }
        if (i == 0 || i != words.size())
            throw DefinitionError(QStringLiteral("An order direction must be ASC or DESC, NULLS "
                                                 "FIRST or NULLS LAST, or both (attribute \"%1\")")
                                      .arg(attribute));
        this->order(attribute, order, nulls);
    }
    return *this;
}
FindOptions &FindOptions::orderCollated(const QString &attribute, const QString &collation,
                                        Qt::SortOrder order)
{
    d->order.append({attribute, QVariant(), order, NullsOrder::Default, false, collation});
    return *this;
}
FindOptions &FindOptions::orderLiteral(const QString &sql)
{
    d->order.append({QString(), QVariant::fromValue(Expression::literal(sql)), Qt::AscendingOrder,
                     NullsOrder::Default, true, QString()});
    return *this;
}
FindOptions &FindOptions::group(const QStringList &attributes)
{
    d->group = attributes;
    return *this;
}
FindOptions &FindOptions::having(const Where &condition)
{
    d->having = condition;
    return *this;
}
FindOptions &FindOptions::distinct(bool distinct)
{
    d->distinct = distinct;
    return *this;
}
FindOptions &FindOptions::lock(Lock lock)
{
    d->lock = lock;
    d->lockOf = nullptr;
    d->lockOfGiven = false;
    return *this;
}
Lock OptionsData::lockFor(const ModelDefinition *model) const
{
    return !lockOfGiven || (lockOf && lockOf.data() == model) ? lock : Lock::None;
}

/*!
    Locks only the rows of \a of, the queried model or an included one, with \a lock
    (Sequelize's \c{lock: {level, of}}); the other models' rows are read without a lock. The
    finder throws DefinitionError when its query reads no rows of \a of.
*/
FindOptions &FindOptions::lock(Lock lock, ModelDefinition *of)
{
    d->lock = lock;
    d->lockOf = of;
    d->lockOfGiven = of != nullptr;
    return *this;
}
FindOptions &FindOptions::skipLocked(bool skip)
{
    d->skipLocked = skip;
    return *this;
}

FindOptions &FindOptions::scopes(const QStringList &names)
{
    d->scopes = names;
    d->scopeArguments = QList<QVariantList>(names.size());
    d->hasScopes = true;
    return *this;
}
FindOptions &FindOptions::scope(const QString &name, const QVariantList &arguments)
{
    d->scopes.append(name);
    d->scopeArguments.resize(d->scopes.size() - 1);
    d->scopeArguments.append(arguments);
    d->hasScopes = true;
    return *this;
}
FindOptions &FindOptions::unscoped(bool unscoped)
{
    d->unscoped = unscoped;
    return *this;
}
UpdateOptions &UpdateOptions::scope(const QString &name, const QVariantList &arguments)
{
    d->scopes.append(name);
    d->scopeArguments.resize(d->scopes.size() - 1);
    d->scopeArguments.append(arguments);
    d->hasScopes = true;
    return *this;
}
DestroyOptions &DestroyOptions::scope(const QString &name, const QVariantList &arguments)
{
    d->scopes.append(name);
    d->scopeArguments.resize(d->scopes.size() - 1);
    d->scopeArguments.append(arguments);
    d->hasScopes = true;
    return *this;
}
UpdateOptions &UpdateOptions::unscoped(bool unscoped)
{
    d->unscoped = unscoped;
    return *this;
}
DestroyOptions &DestroyOptions::unscoped(bool unscoped)
{
    d->unscoped = unscoped;
    return *this;
}

FindOptions &FindOptions::include(const Include &association)
{
    d->includes.append(association);
    return *this;
}

FindOptions &FindOptions::col(const QString &attribute)
{
    d->countColumn = attribute;
    return *this;
}
FindOptions &FindOptions::useMaster(bool enabled)
{
    d->useMaster = enabled;
    return *this;
}
QueryOptions &QueryOptions::useMaster(bool enabled)
{
    d->useMaster = enabled;
    return *this;
}

QueryOptions &QueryOptions::timeout(int milliseconds)
{
    // A negative timeout read as 0, no limit at all: refused.
    if (milliseconds < 0)
        throw DefinitionError(QStringLiteral("timeout must be 0 or more"));
    d->timeout = milliseconds;
    return *this;
}

QueryOptions &QueryOptions::retry(const RetryOptions &options)
{
    d->retry = options;
    return *this;
}

QueryOptions &QueryOptions::logging(bool enabled)
{
    d->logging = enabled;
    return *this;
}

QueryOptions &
QueryOptions::logger(const std::function<void(const QString &sql, qint64 microseconds)> &log)
{
    d->logger = log;
    return *this;
}
// A negative limit or offset would read as "none" and return every row: refused.
static int nonNegative(int count, const char *what)
{
    if (count < 0)
        throw DefinitionError(QStringLiteral("%1 must be 0 or more").arg(QLatin1StringView(what)));
    return count;
}

FindOptions &FindOptions::limit(int count)
{
    d->limit = nonNegative(count, "limit");
    return *this;
}

FindOptions &FindOptions::timeout(int milliseconds)
{
    d->timeout = nonNegative(milliseconds, "timeout");
    return *this;
}

FindOptions &FindOptions::retry(const RetryOptions &options)
{
    d->retry = options;
    return *this;
}

FindOptions &FindOptions::logging(bool enabled)
{
    d->logging = enabled;
    return *this;
}

FindOptions &
FindOptions::logger(const std::function<void(const QString &sql, qint64 microseconds)> &log)
{
    d->logger = log;
    return *this;
}
FindOptions &FindOptions::offset(int count)
{
    d->offset = nonNegative(count, "offset");
    return *this;
}
FindOptions &FindOptions::paranoid(bool excludeDeleted)
{
    d->paranoid = excludeDeleted;
    return *this;
}

FindOptions &FindOptions::throughWhere(const Where &condition)
{
    d->throughWhere = condition;
    return *this;
}

FindOptions &FindOptions::joinTableAttributes(const QStringList &names)
{
    d->joinTableAttributes = names;
    return *this;
}

FindOptions &FindOptions::rejectOnEmpty(const BaseError &error)
{
    d->rejectOnEmpty = true;
    d->rejectError.reset(error.clone());
    return *this;
}

FindOptions &FindOptions::rejectOnEmpty(bool reject)
{
    d->rejectError.reset();
    d->rejectOnEmpty = reject;
    return *this;
}

FindOptions &FindOptions::nest(bool nest)
{
    d->nest = nest;
    return *this;
}

SaveOptions &SaveOptions::fields(const QStringList &names)
{
    d->fields = names;
    d->fieldsGiven = true;
    return *this;
}
SaveOptions &SaveOptions::save(bool save)
{
    d->save = save;
    return *this;
}
SaveOptions &SaveOptions::silent(bool silent)
{
    d->silent = silent;
    return *this;
}
SaveOptions &SaveOptions::validate(bool validate)
{
    d->skipValidation = !validate;
    return *this;
}
SaveOptions &SaveOptions::through(const QVariantMap &values)
{
    d->through = values;
    return *this;
}

SaveOptions &SaveOptions::include(const Include &association)
{
    d->includes.append(association);
    return *this;
}

bool OptionsData::selectsAsDefault() const
{
    return where.isEmpty() && attributes.isEmpty() && !noAttributes && selectItems.isEmpty()
        && excluded.isEmpty() && extraItems.isEmpty() && group.isEmpty() && having.isEmpty()
        && !distinct && order.isEmpty() && limit < 0 && offset < 0 && includes.isEmpty()
        && keyFilters.isEmpty() && lock == Lock::None && !skipLocked && paranoid && !hasScopes
        && throughWhere.isEmpty() && !joinTableAttributes;
}

void requireNoIncludes(const OptionsData &options, const QString &operation)
{
    if (!options.includes.isEmpty())
        throw DefinitionError(QStringLiteral("%1 takes no include: only create() and save() "
                                             "create associated rows")
                                  .arg(operation));
}

BulkCreateOptions &BulkCreateOptions::fields(const QStringList &names)
{
    d->fields = names;
    d->fieldsGiven = true;
    return *this;
}
BulkCreateOptions &BulkCreateOptions::ignoreDuplicates(bool ignore)
{
    d->ignoreDuplicates = ignore;
    return *this;
}
BulkCreateOptions &BulkCreateOptions::updateOnDuplicate(const QStringList &attributes)
{
    d->updateOnDuplicate = attributes;
    d->updateOnDuplicateGiven = true;
    return *this;
}
BulkCreateOptions &BulkCreateOptions::validate(bool validate)
{
    d->validateBulk = validate;
    return *this;
}
BulkCreateOptions &BulkCreateOptions::chunkSize(int rows)
{
    // 0 or fewer rows per statement read as the default: refused.
    if (rows < 1)
        throw DefinitionError(QStringLiteral("chunkSize must be 1 or more"));
    d->chunkSize = rows;
    return *this;
}

BulkCreateOptions &BulkCreateOptions::include(const Include &association)
{
    d->includes.append(association);
    return *this;
}

UpdateOptions &UpdateOptions::fields(const QStringList &names)
{
    d->fields = names;
    d->fieldsGiven = true;
    return *this;
}
UpdateOptions &UpdateOptions::validate(bool validate)
{
    d->skipValidation = !validate;
    return *this;
}
/*!
    With \a enabled false, a static update writes only the attributes of its values (after
    their setters), not what the setters wrote to other attributes (Sequelize's
    \c{sideEffects: false}).
*/
UpdateOptions &UpdateOptions::sideEffects(bool enabled)
{
    d->sideEffects = enabled;
    return *this;
}
UpdateOptions &UpdateOptions::silent(bool silent)
{
    d->silent = silent;
    return *this;
}
UpdateOptions &UpdateOptions::paranoid(bool excludeDeleted)
{
    d->paranoid = excludeDeleted;
    return *this;
}

UpdateOptions &UpdateOptions::limit(int count)
{
    d->limit = nonNegative(count, "limit");
    return *this;
}
DestroyOptions &DestroyOptions::limit(int count)
{
    d->limit = nonNegative(count, "limit");
    return *this;
}
DestroyOptions &DestroyOptions::force(bool force)
{
    d->force = force;
    return *this;
}

QueryOptions &QueryOptions::type(QueryType type)
{
    d->type = type;
    d->hasType = true;
    return *this;
}
QueryOptions &QueryOptions::replacements(const QVariantMap &named)
{
    d->replacements = named;
    return *this;
}
QueryOptions &QueryOptions::replacements(const QVariantList &positional)
{
    d->replacements = positional;
    return *this;
}
QueryOptions &QueryOptions::bind(const QVariantMap &named)
{
    d->bind = named;
    return *this;
}
QueryOptions &QueryOptions::bind(const QVariantList &positional)
{
    d->bind = positional;
    return *this;
}

DestroyOptions &DestroyOptions::truncate(bool truncate)
{
    d->truncate = truncate;
    return *this;
}

DestroyOptions &DestroyOptions::cascade(bool cascade)
{
    d->cascade = cascade;
    return *this;
}

DestroyOptions &DestroyOptions::restartIdentity(bool restart)
{
    d->restartIdentity = restart;
    return *this;
}

QueryOptions &QueryOptions::model(ModelDefinition *model)
{
    d->model = model;
    return *this;
}
QueryOptions &QueryOptions::plain(bool plain)
{
    d->plain = plain;
    return *this;
}
QueryOptions &QueryOptions::nest(bool nest)
{
    d->nest = nest;
    return *this;
}

SyncOptions &SyncOptions::alter(bool alter)
{
    d->alter = alter;
    return *this;
}
/*!
    With alter(): whether columns that no attribute names are dropped, with their data
    (Sequelize's \c{alter: {drop}}); \c true by default, as in Sequelize. With \a drop
    \c false they stay, and the other changes are made.
*/
SyncOptions &SyncOptions::dropColumns(bool drop)
{
    d->alterDrop = drop;
    return *this;
}
SyncOptions &SyncOptions::force(bool force)
{
    d->force = force;
    return *this;
}

SyncOptions &SyncOptions::hooks(bool enabled)
{
    d->hooks = enabled;
    return *this;
}

SyncOptions &SyncOptions::match(const QRegularExpression &pattern)
{
    d->match = pattern;
    return *this;
}

} // namespace QtSequelize
