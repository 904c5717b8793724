// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "sqllexer_p.h"

namespace QtSequelize {

static bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

qsizetype SqlLexer::skipped(qsizetype i, QString *unclosed) const
{
    const QChar c = m_sql.at(i);
    // MariaDB's "..." is text too, with the same backslash escapes as '...'.
    if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
        const bool escapes = c == QLatin1Char('\'')
            ? backslashEscapes(i)
            : c == QLatin1Char('"') && m_lexicon.backslashEscapes;
        return quoted(i, c, escapes, unclosed);
    }
    if (c == QLatin1Char('[') && m_lexicon.bracketNames)
        return quoted(i, QLatin1Char(']'), false, unclosed);
    if (c == QLatin1Char('-') && next(i) == QLatin1Char('-')
        && (!m_lexicon.dashCommentNeedsSpace || next(i + 1).isSpace() || i + 2 >= m_n))
        return lineEnd(i);
    if (c == QLatin1Char('#') && m_lexicon.hashComments)
        return lineEnd(i);
    if (c == QLatin1Char('/') && next(i) == QLatin1Char('*'))
        return blockCommentEnd(i, unclosed);
    // A $ inside a name (a$b) is part of it, not a quote.
    if (c == QLatin1Char('$') && m_lexicon.dollarQuotes && (i == 0 || !isNameChar(m_sql.at(i - 1))))
        return dollarQuoted(i, unclosed);
    return -1;
}

bool SqlLexer::backslashEscapes(qsizetype i) const
{
    if (m_lexicon.backslashEscapes)
        return true;
    // PostgreSQL's E'...' strings (not part of a longer word).
    return m_lexicon.escapeStrings && i > 0
        && (m_sql.at(i - 1) == QLatin1Char('E') || m_sql.at(i - 1) == QLatin1Char('e'))
        && (i < 2 || !isNameChar(m_sql.at(i - 2)));
}

qsizetype SqlLexer::quoted(qsizetype i, QChar close, bool backslash, QString *unclosed) const
{
    qsizetype j = i + 1;
    while (j < m_n) {
        const QChar c = m_sql.at(j);
        if (backslash && c == QLatin1Char('\\')) {
            j += 2;
            continue;
        }
        if (c == close) {
            if (close != QLatin1Char(']') && j + 1 < m_n && m_sql.at(j + 1) == close) {
                j += 2;
                continue;
            }
            return j + 1;
        }
        ++j;
    }
    *unclosed = QStringLiteral("quoted text or a quoted name is not closed");
    return m_n;
}

qsizetype SqlLexer::lineEnd(qsizetype i) const
{
    const qsizetype end = m_sql.indexOf(QLatin1Char('\n'), i);
    return end < 0 ? m_n : end;
}

qsizetype SqlLexer::blockCommentEnd(qsizetype i, QString *unclosed) const
{
    int depth = 0;
    for (qsizetype j = i; j + 1 < m_n; ++j) {
        if (m_sql.at(j) == QLatin1Char('/') && m_sql.at(j + 1) == QLatin1Char('*')
            && (depth == 0 || m_lexicon.nestedComments)) {
            ++depth;
            ++j;
        } else if (m_sql.at(j) == QLatin1Char('*') && m_sql.at(j + 1) == QLatin1Char('/')) {
            ++j;
            if (--depth == 0)
                return j + 1;
        }
    }
    *unclosed = QStringLiteral("a /* comment is not closed");
    return m_n;
}

qsizetype SqlLexer::dollarQuoted(qsizetype i, QString *unclosed) const
{
    // $$...$$ or $tag$...$tag$ (a tag does not start with a digit: $1 is a parameter).
    qsizetype j = i + 1;
    if (j < m_n && m_sql.at(j).isDigit())
        return -1;
    while (j < m_n && isNameChar(m_sql.at(j)))
        ++j;
    if (j >= m_n || m_sql.at(j) != QLatin1Char('$'))
        return -1;
    const QStringView tag = QStringView(m_sql).sliced(i, j - i + 1);
    const qsizetype close = m_sql.indexOf(tag, j + 1);
    if (close < 0) {
        *unclosed = QStringLiteral("a dollar-quoted string is not closed");
        return m_n;
    }
    return close + tag.size();
}

QString numberPlaceholders(const QString &sql, const Dialect::Lexicon &lexicon, int *count)
{
    const SqlLexer lexer(sql, lexicon);
    QString out;
    out.reserve(sql.size() + 16);
    QString unclosed; // the server reports it, with its position
    *count = 0;
    for (qsizetype i = 0; i < sql.size();) {
        if (const qsizetype end = lexer.skipped(i, &unclosed); end >= 0) {
            out += QStringView(sql).sliced(i, end - i);
            i = end;
        } else if (sql.at(i) == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++*count);
            ++i;
        } else {
            out += sql.at(i++);
        }
    }
    return out;
}

// Whether Qt's scan would find a named placeholder anywhere in \a sql: a ':' not after another
// ':' and before an ASCII letter, digit or '_' (qsqlresult.cpp's test).
bool hasQtNamedPlaceholder(QStringView sql)
{
    for (qsizetype i = sql.indexOf(QLatin1Char(':')); i >= 0 && i + 1 < sql.size();
         i = sql.indexOf(QLatin1Char(':'), i + 1)) {
        const char16_t next = sql.at(i + 1).unicode();
        const bool alnum = (next >= u'a' && next <= u'z') || (next >= u'A' && next <= u'Z')
            || (next >= u'0' && next <= u'9') || next == u'_';
        if (alnum && (i == 0 || sql.at(i - 1) != QLatin1Char(':')))
            return true;
    }
    return false;
}

// \a text ('...' or "..." with backslash escapes) with each escaped quote written doubled, as
// Qt's scan pairs quotes; other escapes stay.
static QString doubledQuotes(QStringView text)
{
    const QChar quote = text.front();
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size() - 1) {
            out += text.at(i + 1) == quote ? QString(2, quote) : text.sliced(i, 2).toString();
            ++i;
            continue;
        }
        out += text.at(i);
    }
    return out;
}

QString textForQtPlaceholders(const QString &sql, const Dialect::Lexicon &lexicon)
{
    if (!lexicon.qtPlaceholderScan || !hasQtNamedPlaceholder(sql))
        return sql;
    const SqlLexer lexer(sql, lexicon);
    QString out;
    out.reserve(sql.size());
    QString unclosed; // the server reports it
    for (qsizetype i = 0; i < sql.size();) {
        const qsizetype end = lexer.skipped(i, &unclosed);
        if (end < 0) {
            out += sql.at(i++);
            continue;
        }
        const QStringView piece = QStringView(sql).sliced(i, end - i);
        i = end;
        const QChar first = piece.front();
        const bool comment = first == QLatin1Char('-') || first == QLatin1Char('#')
            || (first == QLatin1Char('/')
                && !(lexicon.executableComments
                     && (piece.startsWith(u"/*!") || piece.startsWith(u"/*M!")
                         || piece.startsWith(u"/*+"))));
        if (comment)
            out += QLatin1Char(' '); // nothing the database reads (a line comment's \n stays)
        else if ((first == QLatin1Char('\'') || first == QLatin1Char('"'))
                 && lexicon.backslashEscapes && unclosed.isEmpty()
                 && piece.contains(QLatin1Char('\\')))
            out += doubledQuotes(piece);
        else
            out += piece;
    }
    return out;
}

} // namespace QtSequelize
