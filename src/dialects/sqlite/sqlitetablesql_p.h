// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SQLITETABLESQL_P_H
#define QTSEQUELIZE_SQLITETABLESQL_P_H

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

#include "../dialect_p.h"

#include <QtCore/qstringlist.h>

namespace QtSequelize {

// A CREATE TABLE statement as SQLite keeps it (sqlite_master.sql), read into its items: the
// column definitions and table constraints exactly as written, so that a table rebuilt to
// change one column keeps everything else (CHECKs, COLLATE, generated columns, keys).
class SqliteTableSql
{
public:
    SqliteTableSql(const QString &createSql, const Dialect::Lexicon &lexicon);

    bool isValid() const { return m_valid; }
    // The items between the outer parentheses, and what follows them (WITHOUT ROWID, STRICT).
    QStringList items() const { return m_items; }
    QString options() const { return m_options; }

    // The column an item defines (unquoted), or an empty string for a table constraint.
    static QString columnOf(const QString &item, const Dialect::Lexicon &lexicon);
    // The name of a table constraint item (CONSTRAINT "name" ...), unquoted; empty for others.
    static QString constraintName(const QString &item, const Dialect::Lexicon &lexicon);
    // The kind of a table constraint item: "CHECK", "FOREIGN KEY", "PRIMARY KEY", "UNIQUE".
    static QString constraintType(const QString &item, const Dialect::Lexicon &lexicon);
    // The columns of a table-level PRIMARY KEY, UNIQUE or FOREIGN KEY constraint item
    // (unquoted, in order); empty for other items.
    static QStringList constraintColumns(const QString &item, const Dialect::Lexicon &lexicon);
    // Whether the item is a table-level PRIMARY KEY constraint.
    static bool isPrimaryKeyConstraint(const QString &item, const Dialect::Lexicon &lexicon);
    // The clauses of a column definition a changed definition keeps (its CHECK, COLLATE,
    // REFERENCES, UNIQUE and generated-column clauses, as written), and in \a primaryKey
    // whether it declared PRIMARY KEY. Its type, NOT NULL, NULL and DEFAULT are dropped.
    static QString keptColumnClauses(const QString &item, const Dialect::Lexicon &lexicon,
                                     bool *primaryKey);

private:
    QStringList m_items;
    QString m_options;
    bool m_valid = false;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_SQLITETABLESQL_P_H
