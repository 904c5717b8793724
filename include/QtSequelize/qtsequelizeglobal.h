// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_QTSEQUELIZEGLOBAL_H
#define QTSEQUELIZE_QTSEQUELIZEGLOBAL_H

#include <QtCore/qglobal.h>
#include <QtCore/qobjectdefs.h>

#if defined(QTSEQUELIZE_STATIC)
#define Q_SEQUELIZE_EXPORT
#elif defined(QTSEQUELIZE_BUILD_LIB)
#define Q_SEQUELIZE_EXPORT Q_DECL_EXPORT
#else
#define Q_SEQUELIZE_EXPORT Q_DECL_IMPORT
#endif

namespace QtSequelize {
Q_NAMESPACE_EXPORT(Q_SEQUELIZE_EXPORT)

enum class QueryType {
    Select,
    Insert,
    Update,
    Delete,
    Raw,
};
Q_ENUM_NS(QueryType)

enum class NullsOrder {
    Default,
    First,
    Last,
};
Q_ENUM_NS(NullsOrder)

enum class Lock {
    None,
    Update, // FOR UPDATE
    Share, // FOR SHARE (LOCK IN SHARE MODE on MariaDB)
    KeyShare, // FOR KEY SHARE (PostgreSQL; a share lock on MariaDB)
    NoKeyUpdate, // FOR NO KEY UPDATE (PostgreSQL; FOR UPDATE on MariaDB)
};
Q_ENUM_NS(Lock)

enum class Deferrable {
    Not, // NOT DEFERRABLE
    InitiallyImmediate, // DEFERRABLE INITIALLY IMMEDIATE
    InitiallyDeferred, // DEFERRABLE INITIALLY DEFERRED
};
Q_ENUM_NS(Deferrable)

enum class DefaultValue {
    Now,
    UuidV4,
    UuidV1,
};
Q_ENUM_NS(DefaultValue)

} // namespace QtSequelize

#endif // QTSEQUELIZE_QTSEQUELIZEGLOBAL_H
