// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SQLLEXER_P_H
#define QTSEQUELIZE_SQLLEXER_P_H

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

#include "dialect_p.h"

namespace QtSequelize {

// Reads SQL text the way a dialect's database lexes it (quotes, comments, PostgreSQL's dollar
// quotes, SQLite's [names]), so that a placeholder is only ever found where the database would
// see one: the raw-query binder and the PostgreSQL driver's ? numbering both skip with it.
class Q_SEQUELIZE_EXPORT SqlLexer
{
public:
    SqlLexer(const QString &sql, const Dialect::Lexicon &lexicon)
        : m_sql(sql)
        , m_lexicon(lexicon)
        , m_n(sql.size())
    {
    }

    // The end (exclusive) of the quoted text, comment or dollar quote starting at \a i, or -1
    // when none starts there. One that is not closed ends the text and says so in \a unclosed.
    qsizetype skipped(qsizetype i, QString *unclosed) const;

private:
    QChar next(qsizetype i) const { return i + 1 < m_n ? m_sql.at(i + 1) : QChar(); }
    bool backslashEscapes(qsizetype i) const;
    qsizetype quoted(qsizetype i, QChar close, bool backslash, QString *unclosed) const;
    qsizetype lineEnd(qsizetype i) const;
    qsizetype blockCommentEnd(qsizetype i, QString *unclosed) const;
    qsizetype dollarQuoted(qsizetype i, QString *unclosed) const;

    const QString &m_sql;
    const Dialect::Lexicon &m_lexicon;
    const qsizetype m_n;
};

// Rewrites each ? that the database reads as an operator position (outside what \a lexicon
// skips) as $1, $2, ... (PostgreSQL's parameters); \a count receives their number.
Q_SEQUELIZE_EXPORT QString numberPlaceholders(const QString &sql, const Dialect::Lexicon &lexicon,
                                              int *count);

// Whether Qt's QSqlResult::savePrepare() would take something in \a sql for a named
// placeholder: a ':' not after another ':' and before an ASCII letter, digit or '_'.
Q_SEQUELIZE_EXPORT bool hasQtNamedPlaceholder(QStringView sql);

// \a sql as Qt's QSqlResult::savePrepare() reads it the way the database does. Qt takes every
// ":name" outside '...', "...", `...` and [...] for a named placeholder, comments included, and
// knows no backslash escape: a ":name" in a comment, or after MariaDB's 'a\'' (which Qt reads as
// closed), became a placeholder of Qt's own: QSQLITE crashed in exec() on a name SQLite did not
// have, QMYSQL read 'a\':b' as 'a\'?'. When the text holds such a ":name", comments are left
// out (executable ones kept: they are SQL) and backslash-escaped quotes are written doubled.
Q_SEQUELIZE_EXPORT QString textForQtPlaceholders(const QString &sql,
                                                 const Dialect::Lexicon &lexicon);

} // namespace QtSequelize

#endif // QTSEQUELIZE_SQLLEXER_P_H
