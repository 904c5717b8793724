// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_RAWQUERY_P_H
#define QTSEQUELIZE_RAWQUERY_P_H

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

#include "../dialects/dialect_p.h"
#include "../sql/statement_p.h"

#include <QtCore/qlist.h>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace QtSequelize {

// Rewrites a raw query's placeholders to bound ? parameters: replacements
// (:name with a map, ? with a list; a list value expands to ?, ?, ...) and bind
// parameters ($1 or $name). Quoted strings, quoted identifiers, comments (as \a lexicon says
// the database reads them) and PostgreSQL's :: casts are left alone. Throws for a placeholder
// without a value, and DefinitionError for what cannot be placed (an unclosed quote or comment,
// a NUL, a parameter of the database's own syntax without a value).
// \a qtDriver: the statement may run through a Qt driver of the dialect (QPSQL), which takes
// every ? outside '...' strings for a placeholder; QtSequelize's own drivers read the SQL as
// the server does, so a ? in a comment, a quoted name or a dollar quote is text there.
Q_SEQUELIZE_EXPORT Statement bindRawQuery(const QString &sql, const QVariant &replacements,
                                          const QVariant &bind, const Dialect &dialect,
                                          bool qtDriver = true);
// Keys with dots become nested maps: {"a.b": 1, "d": 3} -> {"a": {"b": 1}, "d": 3}.
QVariantMap nestRawKeys(const QVariantMap &flat);
// The rows of an executed SELECT as column → value maps, the dialect converting what its driver
// hands over raw (MariaDB's text as bytes); \a first stops after one row.
QList<QVariantMap> readRawRows(QSqlQuery &query, const Dialect &dialect, bool nest = false,
                               bool first = false);

} // namespace QtSequelize

#endif // QTSEQUELIZE_RAWQUERY_P_H
