// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "sqlitetablesql_p.h"

#include "../sqllexer_p.h"

namespace QtSequelize {

namespace {

// One token at parenthesis depth 0: a word, a quoted text, a parenthesized group or a
// punctuation character; [start, end) in the text.
struct Token
{
    qsizetype start;
    qsizetype end;
    QString upper; // the word in capitals (empty for other tokens)
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// The end of the parenthesized group starting at \a i (exclusive), or -1 when not closed.
qsizetype groupEnd(const QString &text, qsizetype i, const SqlLexer &lexer)
{
    int depth = 0;
    QString unclosed;
    while (i < text.size()) {
        const qsizetype skip = lexer.skipped(i, &unclosed);
        if (skip >= 0) {
            i = skip;
            continue;
        }
        if (text.at(i) == QLatin1Char('('))
            ++depth;
        else if (text.at(i) == QLatin1Char(')') && --depth == 0)
            return i + 1;
        ++i;
    }
    return -1;
}

QList<Token> topLevelTokens(const QString &text, const Dialect::Lexicon &lexicon)
{
    const SqlLexer lexer(text, lexicon);
    QList<Token> tokens;
    QString unclosed;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype skip = lexer.skipped(i, &unclosed);
        if (skip >= 0) {
            const bool comment = c == QLatin1Char('-') || c == QLatin1Char('/');
            if (!comment)
                tokens.append({i, skip, QString()});
            i = skip;
            continue;
        }
        if (c == QLatin1Char('(')) {
            const qsizetype end = groupEnd(text, i, lexer);
            const qsizetype stop = end < 0 ? text.size() : end;
            tokens.append({i, stop, QString()});
            i = stop;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < text.size() && isWordChar(text.at(j)))
                ++j;
            tokens.append({i, j, text.mid(i, j - i).toUpper()});
            i = j;
            continue;
        }
        tokens.append({i, i + 1, QString()});
        ++i;
    }
    return tokens;
}

QString unquoted(const QString &name)
{
    if (name.size() >= 2) {
        const QChar open = name.front();
        const QChar close = name.back();
        if ((open == QLatin1Char('"') || open == QLatin1Char('`') || open == QLatin1Char('\''))
            && close == open) {
            QString inner = name.mid(1, name.size() - 2);
            return inner.replace(QString(2, open), QString(open));
        }
        if (open == QLatin1Char('[') && close == QLatin1Char(']'))
            return name.mid(1, name.size() - 2);
    }
    return name;
}

bool startsTableConstraint(const QString &upperWord)
{
    static const QStringList words{QStringLiteral("CONSTRAINT"), QStringLiteral("PRIMARY"),
                                   QStringLiteral("UNIQUE"), QStringLiteral("CHECK"),
                                   QStringLiteral("FOREIGN")};
    return words.contains(upperWord);
}

// The words that start a column constraint.
bool startsColumnClause(const QList<Token> &tokens, qsizetype k)
{
    static const QStringList words{QStringLiteral("CONSTRAINT"), QStringLiteral("PRIMARY"),
                                   QStringLiteral("NULL"),       QStringLiteral("UNIQUE"),
                                   QStringLiteral("CHECK"),      QStringLiteral("DEFAULT"),
                                   QStringLiteral("COLLATE"),    QStringLiteral("REFERENCES"),
                                   QStringLiteral("GENERATED"),  QStringLiteral("AS")};
    const QString &word = tokens.at(k).upper;
    if (word == QLatin1String("NOT")) // NOT NULL; NOT DEFERRABLE belongs to REFERENCES
        return k + 1 < tokens.size() && tokens.at(k + 1).upper == QLatin1String("NULL");
    return words.contains(word);
}

} // namespace

SqliteTableSql::SqliteTableSql(const QString &createSql, const Dialect::Lexicon &lexicon)
{
    // The first closed parenthesized group holds the items (its token spans it whole).
    QString body;
    bool found = false;
    for (const Token &t : topLevelTokens(createSql, lexicon)) {
        if (createSql.at(t.start) == QLatin1Char('(') && t.end - t.start >= 2
            && createSql.at(t.end - 1) == QLatin1Char(')')) {
            body = createSql.mid(t.start + 1, t.end - t.start - 2);
            m_options = createSql.mid(t.end).trimmed();
            found = true;
            break;
        }
    }
    if (!found)
        return;
    qsizetype from = 0;
    for (const Token &t : topLevelTokens(body, lexicon)) {
        if (body.at(t.start) == QLatin1Char(',') && t.end == t.start + 1) {
            m_items.append(body.mid(from, t.start - from).trimmed());
            from = t.end;
        }
    }
    m_items.append(body.mid(from).trimmed());
    m_valid = !m_items.isEmpty() && !m_items.contains(QString());
}

QString SqliteTableSql::columnOf(const QString &item, const Dialect::Lexicon &lexicon)
{
    const QList<Token> tokens = topLevelTokens(item, lexicon);
    if (tokens.isEmpty() || startsTableConstraint(tokens.first().upper))
        return QString();
    return unquoted(item.mid(tokens.first().start, tokens.first().end - tokens.first().start));
}

QString SqliteTableSql::constraintName(const QString &item, const Dialect::Lexicon &lexicon)
{
    const QList<Token> tokens = topLevelTokens(item, lexicon);
    if (tokens.size() < 2 || tokens.first().upper != QLatin1String("CONSTRAINT"))
        return QString();
    return unquoted(item.mid(tokens.at(1).start, tokens.at(1).end - tokens.at(1).start));
}

QString SqliteTableSql::constraintType(const QString &item, const Dialect::Lexicon &lexicon)
{
    const QList<Token> tokens = topLevelTokens(item, lexicon);
    const qsizetype k
        = !tokens.isEmpty() && tokens.first().upper == QLatin1String("CONSTRAINT") ? 2 : 0;
    if (k >= tokens.size())
        return QString();
    const QString &word = tokens.at(k).upper;
    if (word == QLatin1String("FOREIGN"))
        return QStringLiteral("FOREIGN KEY");
    if (word == QLatin1String("PRIMARY"))
        return QStringLiteral("PRIMARY KEY");
    return word == QLatin1String("CHECK") || word == QLatin1String("UNIQUE") ? word : QString();
}

QStringList SqliteTableSql::constraintColumns(const QString &item, const Dialect::Lexicon &lexicon)
{
    const QString type = constraintType(item, lexicon);
    if (type.isEmpty() || type == QLatin1String("CHECK"))
        return {};
    for (const Token &t : topLevelTokens(item, lexicon)) {
        if (item.at(t.start) != QLatin1Char('('))
            continue;
        // The first group: its elements' first tokens ("name" COLLATE x ASC → name).
        const QString inner = item.mid(t.start + 1, t.end - t.start - 2);
        QStringList columns;
        bool first = true;
        for (const Token &u : topLevelTokens(inner, lexicon)) {
            if (inner.at(u.start) == QLatin1Char(',') && u.end == u.start + 1) {
                first = true;
                continue;
            }
            if (first)
                columns.append(unquoted(inner.mid(u.start, u.end - u.start)));
            first = false;
        }
        return columns;
    }
    return {};
}

bool SqliteTableSql::isPrimaryKeyConstraint(const QString &item, const Dialect::Lexicon &lexicon)
{
    const QList<Token> tokens = topLevelTokens(item, lexicon);
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        if (tokens.at(k).upper == QLatin1String("CONSTRAINT")) {
            ++k; // its name
            continue;
        }
        return tokens.at(k).upper == QLatin1String("PRIMARY");
    }
    return false;
}

QString SqliteTableSql::keptColumnClauses(const QString &item, const Dialect::Lexicon &lexicon,
                                          bool *primaryKey)
{
    const QList<Token> tokens = topLevelTokens(item, lexicon);
    *primaryKey = false;
    QStringList kept;
    qsizetype k = 1; // after the name: the type, up to the first clause
    while (k < tokens.size() && !startsColumnClause(tokens, k))
        ++k;
    qsizetype named = -1; // a CONSTRAINT name before the clause
    while (k < tokens.size()) {
        const QString word = tokens.at(k).upper;
        if (word == QLatin1String("CONSTRAINT")) {
            named = k;
            k += 2;
            continue;
        }
        // A clause runs to the next one: DEFAULT's value too (a literal, a word, a
        // parenthesized expression, or a signed number, which the lexer gives in pieces:
        // DEFAULT -2.25 kept ".25" as a clause of its own, and the rebuilt table failed).
        qsizetype end = k + 1;
        if (word == QLatin1String("DEFAULT") && end < tokens.size()
            && tokens.at(end).upper == QLatin1String("NULL"))
            ++end; // DEFAULT NULL: NULL is the value here, not a clause
        while (end < tokens.size() && !startsColumnClause(tokens, end))
            ++end;
        end = qMin(end, tokens.size());
        const qsizetype from = named >= 0 ? named : k;
        const QString clause
            = item.mid(tokens.at(from).start, tokens.at(end - 1).end - tokens.at(from).start);
        named = -1;
        if (word == QLatin1String("PRIMARY"))
            *primaryKey = true;
        else if (word != QLatin1String("NOT") && word != QLatin1String("NULL")
                 && word != QLatin1String("DEFAULT"))
            kept.append(clause);
        k = end;
    }
    return kept.join(QLatin1Char(' '));
}

} // namespace QtSequelize
