// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ModelDefinition: emptying a table (Sequelize's Model.truncate), the TRUNCATE behind
// destroy(DestroyOptions::truncate()).

#include "../meta/modeldefinition_p.h"

#include "../dialects/dialect_p.h"
#include "../query/options_p.h"
#include "../query/querygenerator_p.h"
#include "connectionmanager_p.h"
#include "sequelize_p.h"

namespace QtSequelize {

/*!
    Sequelize's \c{Model.truncate(options)}: destroy(Where(), \a options with truncate()).
    Every row goes with TRUNCATE where the database has it (SQLite: DELETE; MariaDB inside a
    transaction: DELETE, as its TRUNCATE would commit the transaction), after the
    beforeBulkDestroy hook; DestroyOptions::cascade() and DestroyOptions::restartIdentity() as
    Sequelize's. A paranoid model's rows are soft-deleted unless DestroyOptions::force().
    Returns the number of rows it removed.
*/
int ModelDefinition::truncate(const DestroyOptions &options)
{
    DestroyOptions truncating = options;
    return destroy(Where(), truncating.truncate());
}

// Empties the table on the connection \a o names; returns the rows it held (counted first on
// the same connection and transaction).
int ModelDefinitionPrivate::truncateTable(const OptionsData &o)
{
    Q_Q(ModelDefinition);
    SequelizePrivate *s = connection();
    Connection *c = s->connectionFor(o);
    Dialect::TruncateSpec spec;
    spec.cascade = o.cascade;
    spec.restartIdentity = o.restartIdentity;
    spec.inTransaction = (c ? *c : s->connections->current()).transactionDepth > 0;
    spec.hasIdentity = primaryKeyAutoIncrement;
    const QStringList statements = QueryGenerator(*this).truncate(spec); // refused before counting
    const qint64 rows = q->count(
        FindOptions().paranoid(false).unscoped().hooks(false).transaction(o.transaction));
    for (const QString &sql : statements)
        s->executeDirect(sql, c, false);
    return int(rows);
}

} // namespace QtSequelize
