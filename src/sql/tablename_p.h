// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_TABLENAME_P_H
#define QTSEQUELIZE_TABLENAME_P_H

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

#include <QtCore/qstring.h>

namespace QtSequelize {

// A table as statements name it: in a schema (PostgreSQL's schema, MariaDB's database) or, with
// no schema, where the connection looks (search_path, the current database). The constructor
// from a name is explicit so that no table loses its schema by passing through a QString.
struct TableName
{
    QString schema;
    QString name;

    TableName() = default;
    explicit TableName(const QString &name)
        : name(name)
    {
    }
    TableName(const QString &schema, const QString &name)
        : schema(schema)
        , name(name)
    {
    }

    // schema.name, for messages and for matching references.
    QString toString() const { return schema.isEmpty() ? name : schema + QLatin1Char('.') + name; }

    friend bool operator==(const TableName &a, const TableName &b) = default;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_TABLENAME_P_H
