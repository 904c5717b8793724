// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// increment() and decrement(): the model's (one UPDATE of the rows a where names) and one
// instance's.

#include "model_p.h"

#include "../dialects/rowsreading_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../sql/coercion_p.h"
#include "hydrator_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>

#include <QtSql/qsqlquery.h>

namespace QtSequelize {

Statement ModelDefinitionPrivate::incrementStatement(const QVariantMap &byAttribute,
                                                     const Where &givenWhere, const OptionsData &o,
                                                     const QList<int> &returning,
                                                     const QVariantList *keyBindings) const
{
    // As Sequelize: the default scope applies, and the version of optimistic locking is bumped.
    const bool cacheable = keyBindings && !o.hasScopes && (o.unscoped || !hasDefaultScope());
    const Where where = cacheable ? givenWhere : scopedWhere(ownNames(givenWhere), o);
    QList<int> indexes;
    QVariantList amounts;
    for (auto it = byAttribute.cbegin(); it != byAttribute.cend(); ++it) {
        const int index = requireIndex(it.key());
        if (!isNumericType(attribute(index).type.kind()))
            // SQLite would store 'text' + 1 as 1; the other databases refuse it.
            throw DefinitionError(
                QStringLiteral("increment()/decrement() take numeric attributes; \"%1\" is not")
                    .arg(it.key()));
        requireAmount(it.value(), it.key());
        indexes.append(index);
        amounts.append(it.value());
    }
    if (version >= 0 && !indexes.contains(version)) {
        indexes.append(version);
        amounts.append(1);
    }
    QList<int> extra;
    QVariantList extraValues;
    if (updatedAt >= 0 && !o.silent && !indexes.contains(updatedAt)) {
        extra.append(updatedAt);
        extraValues.append(timestampValue(updatedAt, nowUtc()));
    }
    if (indexes.isEmpty() && extra.isEmpty()) // with no attribute: updatedAt only, as Sequelize
        throw DefinitionError(QStringLiteral("increment()/decrement() need an attribute"));
    const auto generate = [&] {
        const QueryGenerator generator(*this);
        Statement statement = generator.increment(indexes, amounts, extra, extraValues, where);
        generator.appendReturning(statement, returning);
        return statement;
    };
    if (!cacheable)
        return generate();
    QVariantList bindings;
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (amounts.at(i).metaType() == QMetaType::fromType<Expression>()
            || attribute(indexes.at(i)).type.kind() == DataType::Decimal)
            return generate(); // a DECIMAL amount is bound unrounded (see increment())
        bindings.append(bound(indexes.at(i), amounts.at(i)));
    }
    for (qsizetype i = 0; i < extra.size(); ++i)
        bindings.append(bound(extra.at(i), extraValues.at(i)));
    bindings += *keyBindings;
    return cachedWrite(writeShape('N', {&indexes, &extra, &returning}), std::move(bindings),
                       generate);
}

int ModelDefinition::increment(const QVariantMap &byAttribute, const Where &givenWhere,
                               const UpdateOptions &options)
{
    Q_D(ModelDefinition);
    // A column's name stands for its attribute, as Sequelize's SQL reads it.
    const Statement statement = d->incrementStatement(d->withAttributeNames(byAttribute),
                                                      givenWhere, OptionsAccess::data(options));
    QSqlQuery &query
        = d->write(statement, d->connection()->connectionFor(OptionsAccess::data(options)));
    const RowsReading reading(query);
    const int affected = d->dialect().rowsAffected(query);
    SequelizePrivate::endRows(d->dialect(), query);
    if (affected != 0)
        Q_EMIT rowsChanged();
    return affected;
}

int ModelDefinition::decrement(const QVariantMap &byAttribute, const Where &where,
                               const UpdateOptions &options)
{
    QVariantMap negated;
    for (auto it = byAttribute.cbegin(); it != byAttribute.cend(); ++it)
        negated.insert(it.key(), negatedAmount(it.value(), it.key()));
    return increment(negated, where, options);
}

Model &Model::increment(const QString &attribute, qint64 by, const SaveOptions &options)
{
    return increment(QVariantMap{{attribute, by}}, options);
}

Model &Model::increment(const QStringList &attributes, qint64 by, const SaveOptions &options)
{
    QVariantMap byAttribute;
    for (const QString &attribute : attributes)
        byAttribute.insert(attribute, by);
    return increment(byAttribute, options);
}

Model &Model::decrement(const QString &attribute, qint64 by, const SaveOptions &options)
{
    return increment(QVariantMap{{attribute, -by}}, options);
}

Model &Model::decrement(const QStringList &attributes, qint64 by, const SaveOptions &options)
{
    return increment(attributes, -by, options);
}

// Each amount negated: a number stays a number of its type, a numeric string keeps its digits.
Model &Model::decrement(const QVariantMap &byAttribute, const SaveOptions &options)
{
    QVariantMap negated;
    for (auto it = byAttribute.cbegin(); it != byAttribute.cend(); ++it)
        negated.insert(it.key(), negatedAmount(it.value(), it.key()));
    return increment(negated, options);
}

namespace {
// The changes set() made to other attributes than those an increment writes: the increment
// does not save them (Sequelize's neither), and its refresh from the stored row must not drop
// them either (a name set before increment("balance") was lost, and so was the later save).
struct PendingChanges
{
    QList<QPair<int, QVariant>> values;
    QHash<int, Expression> expressions;

    PendingChanges(const ModelPrivate *d, const QVariantMap &byAttribute)
    {
        const ModelDefinitionPrivate &m = d->meta();
        for (const auto &change : d->previous) {
            const int index = m.indexOf(change.first);
            if (index < 0 || byAttribute.contains(change.first) || index == m.updatedAt
                || index == m.version)
                continue;
            if (d->expressions.contains(index))
                expressions.insert(index, d->expressions.value(index));
            else
                values.append({index, d->value(index)});
        }
    }
    // Sets them again on the refreshed instance, as changes from its stored values.
    void restore(ModelPrivate *d) const
    {
        for (const auto &[index, value] : values)
            d->setValue(index, value);
        for (auto it = expressions.cbegin(); it != expressions.cend(); ++it)
            d->setExpression(it.key(), it.value());
    }
};
} // namespace

/*!
    Adds to each attribute in the database (\c{SET a = a + ?}, so concurrent
    increments are not lost), sets updatedAt, then refreshes the instance so its
    values are the stored ones on every dialect. Changes set() made to other
    attributes are not saved and stay pending, for a later save().
*/
Model &Model::increment(const QVariantMap &givenAmounts, const SaveOptions &options)
{
    Q_D(Model);
    const QVariantMap byAttribute = d->meta().withAttributeNames(givenAmounts);
    const PendingChanges pending(d, byAttribute);
    // Sequelize's instance.increment is the static one on this row (default scope and version
    // included).
    const OptionsData &o = OptionsAccess::data(options);
    requireNoIncludes(o, QStringLiteral("increment()/decrement()"));
    requireInstanceKey(d->meta());
    const UpdateOptions update = UpdateOptions().transaction(o.transaction).silent(o.silent);
    const ModelDefinitionPrivate &m = d->meta();
    if (m.dialect().supportsUpdateReturning() && d->loadedWith.isEmpty()) {
        // One statement: the stored row comes back by RETURNING (as a reload would read it).
        const QList<int> returning = m.storedAttributes();
        QVariantList keyBindings;
        const Where key = primaryKeyWhere(d, m, false, &keyBindings);
        const Statement statement = m.incrementStatement(
            byAttribute, key, OptionsAccess::data(update), returning, &keyBindings);
        QSqlQuery &query = m.write(statement, m.connection()->connectionFor(o));
        const RowsReading reading(query);
        const bool found = m.connection()->nextRow(query);
        if (found) {
            const bool recording = d->recording;
            d->recording = false;
            d->loaded.clear();
            Hydrator(m, returning).load(this, query);
            d->recording = recording;
        }
        m.connection()->endRows(query);
        if (found) {
            d->clearChanges();
            pending.restore(d);
            Q_EMIT definition()->rowsChanged();
            return *this;
        }
        // No row matched (a scope excludes it, or it is gone): reload says which.
    } else {
        definition()->increment(byAttribute, primaryKeyWhere(d, m), update);
    }
    // The values the row has now, whichever scope or soft deletion left it unmatched.
    // (No find hooks: Sequelize's increment runs no find.)
    reload(FindOptions().transaction(o.transaction).unscoped().paranoid(false).hooks(false));
    pending.restore(d);
    return *this;
}

} // namespace QtSequelize
