// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_QUERYINTERFACE_P_H
#define QTSEQUELIZE_QUERYINTERFACE_P_H

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

#include <QtSequelize/queryinterface.h>

#include "../core/sequelize_p.h"

namespace QtSequelize {

class QueryInterfaceData : public QSharedData
{
public:
    explicit QueryInterfaceData(Sequelize *sequelize)
        : sequelize(sequelize)
    {
    }
    Sequelize *sequelize;
    QString schema; // inSchema(): where the tables are named; empty: the connection's

    // \a name in the schema: "schema"."name", or on SQLite (no schemas) "schema.name".
    TableName table(const QString &name) const
    {
        if (schema.isEmpty())
            return TableName(name);
        if (!SequelizePrivate::get(sequelize)->dialect->supportsSchemas())
            return TableName(schema + QLatin1Char('.') + name);
        return TableName(schema, name);
    }
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_QUERYINTERFACE_P_H
