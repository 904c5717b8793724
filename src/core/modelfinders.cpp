// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: the finders, counts and aggregates.

#include "../meta/modeldefinition_p.h"

#include "../dialects/dialect_p.h"
#include "../dialects/rowsreading_p.h"
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

// The VIRTUAL attributes a finder's attribute list leaves out: those not named in an explicit
// list, or excluded; empty when none is.
QBitArray ModelPrivate::virtualsLeftOut(const ModelDefinitionPrivate &d, const OptionsData &o)
{
    const bool explicitList = !o.attributes.isEmpty() || !o.selectItems.isEmpty();
    QBitArray hidden;
    for (int i = 0; i < d.attributes.size(); ++i) {
        const AttributeInfo &info = d.attribute(i);
        if (info.type.kind() != DataType::Virtual)
            continue;
        const bool named = o.attributes.contains(info.name)
            || std::any_of(o.selectItems.cbegin(), o.selectItems.cend(),
                           [&](const SelectItem &item) { return item.alias == info.name; });
        const bool left = explicitList ? !named : o.excluded.contains(info.name);
        if (!left)
            continue;
        if (hidden.isEmpty())
            hidden.resize(d.attributes.size());
        hidden.setBit(i);
    }
    return hidden;
}

static void hideVirtuals(const QList<QSharedPointer<Model>> &instances, const QBitArray &hidden)
{
    if (hidden.isEmpty())
        return;
    for (const QSharedPointer<Model> &instance : instances) {
        if (instance)
            ModelPrivate::get(instance.data())->hiddenVirtuals = hidden;
    }
}

// The scopes a find named, kept by its instances for reload() (none kept for the default scope).
static void rememberScopes(const QList<QSharedPointer<Model>> &instances, const OptionsData &given)
{
    if (instances.isEmpty())
        return;
    if (const QSharedPointer<const FindOptions> scopes = given.scopeSelection()) {
        for (const QSharedPointer<Model> &instance : instances)
            ModelPrivate::get(instance.data())->loadedScopes = scopes;
    }
}

// rejectOnEmpty: the options' own error, else EmptyResultError.
[[noreturn]] static void rejectEmpty(const OptionsData &o)
{
    if (o.rejectError)
        o.rejectError->raise();
    throw EmptyResultError();
}

// InstanceListModel's page within the rows the options select (see OptionsData::pageOffset).
static void applyPage(OptionsData &o, const QString &model)
{
    if (o.pageOnly && (o.limit >= 0 || o.offset >= 0))
        throw DefinitionError(QStringLiteral("A windowed InstanceListModel of %1 pages and counts "
                                             "its rows itself: its options and scopes cannot "
                                             "set a limit or an offset")
                                  .arg(model));
    if (o.pageOffset < 0 && o.pageLimit < 0)
        return;
    const int within = qMax(o.pageOffset, 0);
    int count = o.pageLimit;
    if (o.limit >= 0) {
        const int left = qMax(o.limit - within, 0);
        count = count < 0 ? left : qMin(count, left);
    }
    o.offset = qMax(o.offset, 0) + within;
    o.limit = count;
    o.pageOffset = o.pageLimit = -1;
}

QList<QSharedPointer<Model>> ModelDefinition::findAll(const FindOptions &given)
{
    const CallSettings settings(OptionsAccess::data(given));
    Q_D(ModelDefinition);
    FindOptions options = d->scoped(given);
    const bool hooks = OptionsAccess::data(given).hooks;
    d->runFindHook(hooks, &ModelHooks::beforeFind, options);
    d->runFindHook(hooks, &ModelHooks::beforeFindAfterExpandIncludeAll, options);
    d->runFindHook(hooks, &ModelHooks::beforeFindAfterOptions, options);
    if (const OptionsData &o = OptionsAccess::data(options);
        o.pageOnly || o.pageOffset >= 0 || o.pageLimit >= 0) // a list model's page
        applyPage(OptionsAccess::mutableData(options), d->name);
    // The keys includes join on are read even when the attributes leave them out (a list
    // without them, or excluding them: the targets were then matched to no parent).
    QList<int> hidden;
    if (!OptionsAccess::data(options).includes.isEmpty()) {
        OptionsData &od = OptionsAccess::mutableData(options);
        const bool explicitList = !od.attributes.isEmpty() || !od.selectItems.isEmpty();
        for (const Include &include : std::as_const(od.includes)) {
            const AssociationInfo *a = d->association(include.association());
            if (!a)
                continue;
            // Sequelize's separate include adds the key to the attributes, shown then.
            const bool shown = include.isSeparate() && a->kind == AssociationInfo::HasMany;
            if (explicitList && !od.attributes.contains(a->sourceKey)) {
                od.attributes.append(a->sourceKey);
                if (!shown)
                    hidden.append(d->requireIndex(a->sourceKey));
            } else if (!explicitList && od.excluded.contains(a->sourceKey)) {
                od.excluded.removeAll(a->sourceKey);
                if (!shown)
                    hidden.append(d->requireIndex(a->sourceKey));
            }
        }
    }
    d->requireLockTarget(OptionsAccess::data(options));
    QList<SelectColumn> columns;
    const Statement statement = QueryGenerator(*d).select(OptionsAccess::data(options), &columns);
    QSqlQuery &query = d->connection()->execute(
        statement, true, d->connection()->connectionForRead(OptionsAccess::data(options)));
    const RowsReading reading(query);
    QList<QSharedPointer<Model>> found = Hydrator(*d, columns).loadAll(query);
    const OptionsData &o = OptionsAccess::data(options);
    hideVirtuals(found, ModelPrivate::virtualsLeftOut(*d, o));
    if (!o.includes.isEmpty()) {
        Associations::load(*d, found, o);
        for (const QSharedPointer<Model> &instance : std::as_const(found))
            ModelPrivate::get(instance.data())->loadedWith = o.includes;
    }
    for (int index : std::as_const(hidden)) {
        for (const QSharedPointer<Model> &instance : std::as_const(found))
            ModelPrivate::get(instance.data())->hide(index, d->attributes.size());
    }
    rememberScopes(found, OptionsAccess::data(given));
    d->runHook(hooks, &ModelHooks::afterFind, found, options);
    if (found.isEmpty() && o.rejectOnEmpty)
        rejectEmpty(o);
    return found;
}

// Joined raw rows cannot honour an include read by a query of its own (separate(), or a
// limit() per source row): refused rather than every joined row returned.
static void requireJoinable(const QList<Include> &includes)
{
    for (const Include &include : includes) {
        if (include.isSeparate() || OptionsAccess::data(include.options()).limit >= 0)
            throw DefinitionError(QStringLiteral("findAllRaw() joins its includes: the include "
                                                 "\"%1\" is separate or limited per row, which "
                                                 "joined rows cannot honour (use findAll())")
                                      .arg(include.association()));
        requireJoinable(include.includes());
    }
}

/*!
    Runs the same query as findAll() and returns plain rows (Sequelize's \c{raw: true}): each
    a map of attribute name or alias to its value, converted by the attribute's type.
    \a given: the find options, as for findAll().
*/
QList<QVariantMap> ModelDefinition::findAllRaw(const FindOptions &given)
{
    const CallSettings settings(OptionsAccess::data(given));
    Q_D(ModelDefinition);
    FindOptions options = d->scoped(given);
    // A find for Sequelize (findAll with raw: true): its hooks run and may narrow it; afterFind
    // gets no instances.
    const bool hooks = OptionsAccess::data(given).hooks;
    d->runFindHook(hooks, &ModelHooks::beforeFind, options);
    d->runFindHook(hooks, &ModelHooks::beforeFindAfterExpandIncludeAll, options);
    d->runFindHook(hooks, &ModelHooks::beforeFindAfterOptions, options);
    const OptionsData &o = OptionsAccess::data(options);
    d->requireLockTarget(o);
    QList<QVariantMap> rows;
    if (o.includes.isEmpty()) {
        QList<SelectColumn> columns;
        const Statement statement = QueryGenerator(*d).select(o, &columns);
        QSqlQuery &query
            = d->connection()->execute(statement, true, d->connection()->connectionForRead(o));
        const RowsReading reading(query);
        rows = Hydrator(*d, columns).loadAllRaw(query);
    } else {
        // As Sequelize: one row per joined row, included attributes under "alias.attribute".
        requireJoinable(o.includes);
        QList<JoinedColumn> columns;
        const Statement statement = QueryGenerator(*d).selectJoined(o, &columns);
        QSqlQuery &query
            = d->connection()->execute(statement, true, d->connection()->connectionForRead(o));
        const RowsReading reading(query);
        const Dialect &dialect = d->dialect();
        while (d->dialect().nextRow(query)) {
            QVariantMap row;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const JoinedColumn &column = columns.at(c);
                // A computed value is the driver's, as in rows without includes.
                row.insert(
                    column.key,
                    column.attribute < 0
                        ? query.value(int(c))
                        : dialect.fromDatabase(query.value(int(c)),
                                               column.model->attribute(column.attribute).type));
            }
            rows.append(row);
        }
        SequelizePrivate::endRows(d->dialect(), query);
    }
    if (o.nest) {
        for (QVariantMap &row : rows)
            row = nestRawKeys(row);
    }
    d->runHook(hooks, &ModelHooks::afterFind, QList<QSharedPointer<Model>>(), options);
    if (rows.isEmpty() && o.rejectOnEmpty)
        rejectEmpty(o);
    return rows;
}

QSharedPointer<Model> ModelDefinition::findOne(const FindOptions &options)
{
    FindOptions limited = options;
    if (OptionsAccess::data(options).limit < 0)
        limited.limit(1);
    const QList<QSharedPointer<Model>> found = findAll(limited);
    return found.isEmpty() ? QSharedPointer<Model>() : found.first();
}

QSharedPointer<Model> ModelDefinition::findByPk(const QVariant &primaryKey,
                                                const FindOptions &options)
{
    Q_D(ModelDefinition);
    d->requireSingleKey("findByPk");
    if (isSqlNull(primaryKey))
        return {};
    const OptionsData &o = OptionsAccess::data(options);
    const CallSettings settings(o);
    const AttributeInfo &keyInfo = d->attribute(d->primaryKey);
    // A number the key cannot hold exactly (1.5, or past an INTEGER's range) finds no row, as
    // the where below compares it (Sequelize's answer: null); the fast path would have refused
    // it while a scoped find found nothing.
    QVariant key;
    try {
        key = coerce(primaryKey, keyInfo.type, keyInfo.name);
    } catch (const ValidationError &) {
        if (!isNumber(primaryKey) || !isIntegerType(keyInfo.type))
            throw;
    }
    if (key.isValid() && o.selectsAsDefault() && (o.unscoped || d->registered(d->scopes).isEmpty())
        && (!d->hasHooks() || !o.hooks)) {
        // The common case, a hot path (issue 6): the statement is generated once per model
        // and only the key is bound on each call.
        const AttributeInfo &pk = d->attribute(d->primaryKey);
        QList<int> columns;
        Statement statement;
        {
            // Threads of the asynchronous API may get here first at the same time.
            QMutexLocker lock(&d->statementMutex);
            if (d->findByPkSql.isEmpty()) {
                FindOptions shape;
                shape.where(Op::eq(pk.name, coerce(1, pk.type, pk.name)));
                d->findByPkSql
                    = QueryGenerator(*d)
                          .selectAttributes(OptionsAccess::data(shape), &d->findByPkColumns)
                          .sql;
            }
            statement.sql = d->findByPkSql;
            columns = d->findByPkColumns;
        }
        statement.bindings = {d->dialect().toDatabase(key, pk.type)};
        QSqlQuery &query = d->connection()->execute(
            statement, true, d->connection()->connectionForRead(OptionsAccess::data(options)));
        const RowsReading reading(query);
        QSharedPointer<Model> found;
        if (d->dialect().nextRow(query)) {
            found = Hydrator(*d, columns).create(query);
            ModelPrivate *fd = ModelPrivate::get(found.data());
            // Per call on this hot path: no list built for the one instance.
            fd->hiddenVirtuals = ModelPrivate::virtualsLeftOut(*d, o);
            fd->loadedScopes = o.scopeSelection();
        }
        SequelizePrivate::endRows(d->dialect(), query);
        if (!found && o.rejectOnEmpty)
            rejectEmpty(o);
        return found;
    }
    FindOptions byKey = options;
    const Where keyWhere = Op::eq(d->attribute(d->primaryKey).name, primaryKey);
    byKey.where(OptionsAccess::data(options).where && keyWhere);
    return findOne(byKey);
}

qint64 ModelDefinition::count(const FindOptions &given)
{
    const CallSettings settings(OptionsAccess::data(given));
    Q_D(ModelDefinition);
    if (!OptionsAccess::data(given).group.isEmpty())
        throw DefinitionError(QStringLiteral("count() with group gives a count per group: use "
                                             "countGrouped()"));
    FindOptions options = d->scoped(given);
    d->runFindHook(OptionsAccess::data(given).hooks, &ModelHooks::beforeCount, options);
    if (OptionsAccess::data(options).pageOnly) // the windowed list's check
        applyPage(OptionsAccess::mutableData(options), d->name);
    return d->countRows(options);
}

qint64 ModelDefinitionPrivate::countRows(const FindOptions &options) const
{
    requireLockTarget(OptionsAccess::data(options));
    const Statement statement = QueryGenerator(*this).count(OptionsAccess::data(options));
    QSqlQuery &query = connection()->execute(
        statement, true, connection()->connectionForRead(OptionsAccess::data(options)));
    const RowsReading reading(query);
    qint64 n = 0;
    if (dialect().nextRow(query))
        n = query.value(0).toLongLong();
    SequelizePrivate::endRows(dialect(), query);
    return n;
}

qint64 ModelDefinitionPrivate::countAsFind(const FindOptions &given) const
{
    const CallSettings settings(OptionsAccess::data(given));
    FindOptions options = scoped(given);
    const bool hooks = OptionsAccess::data(given).hooks;
    runFindHook(hooks, &ModelHooks::beforeFind, options);
    runFindHook(hooks, &ModelHooks::beforeFindAfterExpandIncludeAll, options);
    runFindHook(hooks, &ModelHooks::beforeFindAfterOptions, options);
    const qint64 n = countRows(options);
    runHook(hooks, &ModelHooks::afterFind, QList<QSharedPointer<Model>>(), options);
    return n;
}

// A group attribute of count({group}): its type, and its key in the rows as Sequelize gives it
// ("GCat.name", an included model's attribute, is "name"; "Post.id" is "id").
static QPair<QString, const DataType *> groupedAttribute(const ModelDefinitionPrivate &d,
                                                         const QString &name)
{
    if (const int own = d.queryIndex(name); own >= 0)
        return {name, &d.attribute(own).type};
    QStringList path = name.split(QLatin1Char('.'));
    const QString attribute = path.takeLast();
    if (path.size() == 1 && (path.first() == d.name || path.first() == d.tableName))
        return {attribute, &d.attribute(d.requireQueryIndex(attribute)).type};
    const ModelDefinitionPrivate *model = &d;
    for (const QString &step : std::as_const(path)) {
        const AssociationInfo *association = model->association(step);
        if (!association || !Associations::targetOf(*association))
            return {name, &d.attribute(d.requireQueryIndex(name)).type}; // UnknownAttributeError
        model = ModelDefinitionPrivate::get(Associations::targetOf(*association));
    }
    return {attribute, &model->attribute(model->requireQueryIndex(attribute)).type};
}

/*!
    Counts the rows of each group of FindOptions::group() (Sequelize's \c{count({group})}):
    one map per group holding the group attributes and \c count. A group may name an
    included model's attribute (\c{"User.username"}, keyed \c username in the maps).
    \a given holds the group, the where and the other find options.
*/
QList<QVariantMap> ModelDefinition::countGrouped(const FindOptions &given)
{
    const CallSettings settings(OptionsAccess::data(given));
    Q_D(ModelDefinition);
    const QStringList group = OptionsAccess::data(given).group;
    if (group.isEmpty())
        throw DefinitionError(QStringLiteral("countGrouped() needs FindOptions::group()"));
    FindOptions options = d->scoped(given);
    d->runFindHook(OptionsAccess::data(given).hooks, &ModelHooks::beforeCount, options);
    d->requireLockTarget(OptionsAccess::data(options));
    const Statement statement = QueryGenerator(*d).count(OptionsAccess::data(options));
    QSqlQuery &query = d->connection()->execute(
        statement, true, d->connection()->connectionForRead(OptionsAccess::data(options)));
    const RowsReading reading(query);
    QList<QPair<QString, const DataType *>> groupAttributes;
    for (const QString &name : group)
        groupAttributes.append(groupedAttribute(*d, name));
    QList<QVariantMap> rows;
    while (d->dialect().nextRow(query)) {
        QVariantMap row;
        for (int i = 0; i < group.size(); ++i)
            row.insert(groupAttributes.at(i).first,
                       d->dialect().fromDatabase(query.value(i), *groupAttributes.at(i).second));
        row.insert(QStringLiteral("count"), query.value(int(group.size())).toLongLong());
        rows.append(row);
    }
    SequelizePrivate::endRows(d->dialect(), query);
    return rows;
}

// The attribute values a where of plain equalities names (findOrCreate's "where" values).
// The where's equalities join the defaults, which keep their own values (Sequelize's
// Utils.defaults(values, where): a default given for an attribute wins over the where's).
static void collectEqualities(const Where &where, QVariantMap *values)
{
    if (where.op() == Where::And) {
        for (const Where &child : where.children())
            collectEqualities(child, values);
    } else if (where.left().isValid() || values->contains(where.attribute())) {
        return;
    } else if (where.op() == Where::Eq) {
        values->insert(where.attribute(), where.value());
    } else if (where.op() == Where::Is && !where.value().isValid()) {
        values->insert(where.attribute(), QVariant());
    }
}

// An attribute's condition among the where's AND-ed ones that is no equality (gt, like, in...)
// on an attribute \a values does not name: the row made would not meet it. Sequelize copies
// the condition in as the attribute's value (a DatabaseError on PostgreSQL and MariaDB, the
// text "[object Object]" on SQLite); refused here before anything is written (a row found is
// returned, as there).
static void requireBuildable(const Where &where, const QVariantMap &values)
{
    if (where.op() == Where::And) {
        for (const Where &child : where.children())
            requireBuildable(child, values);
    } else if (!where.left().isValid() && where.op() != Where::Or && where.op() != Where::Not
               && !where.attribute().isEmpty() && !values.contains(where.attribute())) {
        throw DefinitionError(QStringLiteral("findOrCreate()/findOrBuild() cannot make a value "
                                             "of \"%1\" from its condition: give it in the "
                                             "defaults")
                                  .arg(where.attribute()));
    }
}

QSharedPointer<Model> ModelDefinition::findOrBuild(const FindOptions &options,
                                                   const QVariantMap &defaults, bool *built)
{
    if (QSharedPointer<Model> found = findOne(options)) {
        if (built)
            *built = false;
        return found;
    }
    QVariantMap values = defaults;
    collectEqualities(OptionsAccess::data(options).where, &values);
    requireBuildable(OptionsAccess::data(options).where, values);
    if (built)
        *built = true;
    return build(values);
}

QSharedPointer<Model> ModelDefinition::findOrCreate(const FindOptions &options,
                                                    const QVariantMap &defaults, bool *created)
{
    bool missing = false;
    QSharedPointer<Model> instance = findOrBuild(options, defaults, &missing);
    if (!missing) {
        if (created)
            *created = false;
        return instance;
    }
    Q_D(ModelDefinition);
    Transaction *outer = OptionsAccess::data(options).transaction;
    if (!outer)
        outer = d->connection()->ambientTransaction();
    try {
        if (outer) {
            // In a savepoint: a failed INSERT must not abort the caller's transaction
            // (PostgreSQL refuses every later statement of an aborted one).
            const QSharedPointer<Transaction> savepoint
                = d->sequelize->transaction(TransactionOptions().transaction(outer));
            try {
                instance->save(SaveOptions().transaction(savepoint.data()));
            } catch (...) {
                savepoint->rollback();
                throw;
            }
            savepoint->commit();
        } else {
            instance->save();
        }
    } catch (const UniqueConstraintError &) {
        // Another writer created it between our find and our insert.
        if (QSharedPointer<Model> found = findOne(options)) {
            if (created)
                *created = false;
            return found;
        }
        throw;
    }
    if (created)
        *created = true;
    return instance;
}

/*!
    Sequelize's \c findCreateFind: the row the where of \a options finds, else one created from its
    equalities and \a defaults, else, when another writer created it first (a unique
    violation), the row found again; *\a created tells whether this call created it. The steps
    of findOrCreate(), which here runs without a transaction of its own as well (inside the
    options' transaction, the insert takes a savepoint).
*/
QSharedPointer<Model> ModelDefinition::findCreateFind(const FindOptions &options,
                                                      const QVariantMap &defaults, bool *created)
{
    return findOrCreate(options, defaults, created);
}

QList<QSharedPointer<Model>> ModelDefinition::findAndCountAll(const FindOptions &options,
                                                              qint64 *total)
{
    if (total) {
        FindOptions counting = options;
        OptionsAccess::mutableData(counting).limit = -1; // every row counts
        OptionsAccess::mutableData(counting).offset = -1;
        // The rows are locked by the find below; PostgreSQL refuses FOR UPDATE on a count.
        OptionsAccess::mutableData(counting).lock = Lock::None;
        OptionsAccess::mutableData(counting).skipLocked = false;
        *total = count(counting);
    }
    return findAll(options);
}

// An aggregate's value as Sequelize's rawSelect casts it to the attribute's type: integer types
// truncate (parseInt: an AVG of 9 and 10 is 9), the floating types are numbers (parseFloat),
// anything else is the column's value. A DECIMAL stays exact (JavaScript's parseFloat would
// round it): MAX/MIN/SUM in the attribute's scale, other functions written plainly (an AVG is
// 1.675 on every database; PostgreSQL writes 1.6750000000000000, MariaDB 1.675000).
static QVariant aggregateValue(const QVariant &raw, const DataType &type, const Dialect &dialect,
                               bool ofAttributeType)
{
    switch (type.kind()) {
    case DataType::Integer:
    case DataType::SmallInt:
    case DataType::TinyInt:
    case DataType::MediumInt:
    case DataType::BigInt: {
        const int id = raw.metaType().id();
        if (id == QMetaType::Double || id == QMetaType::Float) {
            const double d = std::trunc(raw.toDouble());
            if (!(std::abs(d) < 9.2e18))
                throw DatabaseError(QStringLiteral("An aggregate is out of the integer range"));
            return QVariant(qint64(d));
        }
        const QString text = raw.toString().trimmed();
        bool ok = false;
        const qint64 n = text.section(QLatin1Char('.'), 0, 0).toLongLong(&ok);
        if (!ok && type.isUnsigned()) {
            // MAX of a BIGINT UNSIGNED column (MariaDB) past qint64.
            const quint64 u = text.section(QLatin1Char('.'), 0, 0).toULongLong(&ok);
            if (ok)
                return QVariant::fromValue(u);
        }
        if (!ok && !text.startsWith(QLatin1Char('.')) && !text.startsWith(QLatin1String("-.")))
            throw DatabaseError(QStringLiteral("An aggregate is out of the integer range"));
        return QVariant(n);
    }
    case DataType::Decimal:
        if (ofAttributeType)
            return dialect.fromDatabase(raw, type);
        if (raw.metaType().id() == QMetaType::Double)
            return QString::number(raw.toDouble(), 'g', QLocale::FloatingPointShortest);
        return plainDecimalText(raw.toString());
    case DataType::Float:
    case DataType::Real:
    case DataType::Double:
        return raw.toString().trimmed().toDouble();
    default:
        return dialect.fromDatabase(raw, type);
    }
}

QVariant ModelDefinition::aggregate(const QString &attribute, const QString &function,
                                    const FindOptions &given)
{
    Q_D(ModelDefinition);
    // As every finder (Sequelize's aggregate goes through findAll's options): scopes apply.
    const CallSettings settings(OptionsAccess::data(given));
    FindOptions options = d->scoped(given);
    OptionsAccess::mutableData(options).where = d->ownNames(OptionsAccess::data(options).where);
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!plainName.match(function).hasMatch())
        throw DefinitionError(QStringLiteral("Invalid aggregate function \"%1\"").arg(function));
    // "*" (aggregate('*', 'count')): over rows, not an attribute.
    const bool rows = attribute == QLatin1String("*");
    const int index = rows ? -1 : d->requireQueryIndex(attribute);
    if (!OptionsAccess::data(given).group.isEmpty())
        throw DefinitionError(QStringLiteral("An aggregate with group gives a value per group: "
                                             "use findAllRaw() with group and the aggregate as an "
                                             "attribute, or countGrouped()"));
    d->requireLockTarget(OptionsAccess::data(options));
    const Statement statement = QueryGenerator(*d).aggregate(OptionsAccess::data(options), function,
                                                             rows ? QString() : attribute);
    QSqlQuery &query = d->connection()->execute(
        statement, true, d->connection()->connectionForRead(OptionsAccess::data(options)));
    const RowsReading reading(query);
    QVariant result;
    if (d->dialect().nextRow(query) && !isSqlNull(query.value(0))) {
        const QVariant raw = query.value(0);
        // Over rows Sequelize reads a number (FLOAT): an integer when it is one.
        const DataType type = rows ? DataTypes::Double() : d->attribute(index).type;
        static const QStringList typed{QStringLiteral("MAX"), QStringLiteral("MIN"),
                                       QStringLiteral("SUM")};
        result = aggregateValue(raw, type, d->dialect(),
                                typed.contains(function, Qt::CaseInsensitive));
        if (rows && result.toDouble() == std::trunc(result.toDouble())
            && std::abs(result.toDouble()) < 9e15)
            result = QVariant(qint64(result.toDouble()));
    }
    SequelizePrivate::endRows(d->dialect(), query);
    return result;
}

QVariant ModelDefinition::max(const QString &attribute, const FindOptions &options)
{
    return aggregate(attribute, QStringLiteral("MAX"), options);
}

QVariant ModelDefinition::min(const QString &attribute, const FindOptions &options)
{
    return aggregate(attribute, QStringLiteral("MIN"), options);
}

QVariant ModelDefinition::sum(const QString &attribute, const FindOptions &options)
{
    return aggregate(attribute, QStringLiteral("SUM"), options);
}

} // namespace QtSequelize
