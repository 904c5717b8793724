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

/*!
    The kind of statement a raw query runs, as Sequelize's \c QueryTypes.
    It decides what Sequelize::query() returns: rows for \c Select, affected
    counts and inserted ids otherwise.
*/
enum class QueryType {
    Select,
    Insert,
    Update,
    Delete,
    Raw,
};
Q_ENUM_NS(QueryType)

/*! Where NULLs sort: the database's default, first or last (NULLS FIRST/LAST). */
enum class NullsOrder {
    Default,
    First,
    Last,
};
Q_ENUM_NS(NullsOrder)

/*! Row locks of a SELECT in a transaction (Sequelize's Transaction.LOCK). */
enum class Lock {
    None,
    Update, // FOR UPDATE
    Share, // FOR SHARE (LOCK IN SHARE MODE on MariaDB)
    KeyShare, // FOR KEY SHARE (PostgreSQL; a share lock on MariaDB)
    NoKeyUpdate, // FOR NO KEY UPDATE (PostgreSQL; FOR UPDATE on MariaDB)
};
Q_ENUM_NS(Lock)

/*! When a foreign key is checked (PostgreSQL; other dialects check immediately). */
enum class Deferrable {
    Not, // NOT DEFERRABLE
    InitiallyImmediate, // DEFERRABLE INITIALLY IMMEDIATE
    InitiallyDeferred, // DEFERRABLE INITIALLY DEFERRED
};
Q_ENUM_NS(Deferrable)

/*! Default-value generators, as Sequelize's \c DataTypes.NOW and \c DataTypes.UUIDV4. */
enum class DefaultValue {
    Now,
    UuidV4,
};
Q_ENUM_NS(DefaultValue)

} // namespace QtSequelize

#endif // QTSEQUELIZE_QTSEQUELIZEGLOBAL_H
