// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Model's increment() and decrement() of one instance.

#include "model_p.h"

#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "../sql/coercion_p.h"
#include "hydrator_p.h"
#include "sequelize_p.h"

#include <QtSequelize/errors.h>

#include <QtSql/qsqlquery.h>

namespace QtSequelize {

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

/*!
    Adds to each attribute in the database (\c{SET a = a + ?}, so concurrent
    increments are not lost), sets updatedAt, then reloads the instance so its
    values are the stored ones on every dialect.
*/
Model &Model::increment(const QVariantMap &byAttribute, const SaveOptions &options)
{
    Q_D(Model);
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
            Q_EMIT definition()->rowsChanged();
            return *this;
        }
        // No row matched (a scope excludes it, or it is gone): reload says which.
    } else {
        definition()->increment(byAttribute, primaryKeyWhere(d, m), update);
    }
    // The values the row has now, whichever scope or soft deletion left it unmatched.
    reload(FindOptions().transaction(o.transaction).unscoped().paranoid(false));
    return *this;
}

} // namespace QtSequelize
