// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "inflection_p.h"

#include <QtCore/qlist.h>
#include <QtCore/qregularexpression.h>

namespace QtSequelize::Inflection {

namespace {
struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

// The plural rules of the `inflection` package Sequelize uses, most specific first.
const QList<Rule> &pluralRules()
{
    static const QList<Rule> rules = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        return QList<Rule>{
            {QRegularExpression(QStringLiteral("(quiz)$"), ci), QStringLiteral("\\1zes")},
            {QRegularExpression(QStringLiteral("^(ox)$"), ci), QStringLiteral("\\1en")},
            {QRegularExpression(QStringLiteral("([m|l])ouse$"), ci), QStringLiteral("\\1ice")},
            {QRegularExpression(QStringLiteral("(matr|vert|ind)(?:ix|ex)$"), ci),
             QStringLiteral("\\1ices")},
            {QRegularExpression(QStringLiteral("(x|ch|ss|sh)$"), ci), QStringLiteral("\\1es")},
            {QRegularExpression(QStringLiteral("([^aeiouy]|qu)y$"), ci), QStringLiteral("\\1ies")},
            {QRegularExpression(QStringLiteral("(hive)$"), ci), QStringLiteral("\\1s")},
            {QRegularExpression(QStringLiteral("(?:([^f])fe|([lr])f)$"), ci),
             QStringLiteral("\\1\\2ves")},
            {QRegularExpression(QStringLiteral("sis$"), ci), QStringLiteral("ses")},
            {QRegularExpression(QStringLiteral("([ti])um$"), ci), QStringLiteral("\\1a")},
            {QRegularExpression(QStringLiteral("(buffal|tomat|potat)o$"), ci),
             QStringLiteral("\\1oes")},
            {QRegularExpression(QStringLiteral("(bu|mis|gas)s$"), ci), QStringLiteral("\\1ses")},
            {QRegularExpression(QStringLiteral("(alias|status)$"), ci), QStringLiteral("\\1es")},
            {QRegularExpression(QStringLiteral("(octop|vir)us$"), ci), QStringLiteral("\\1i")},
            {QRegularExpression(QStringLiteral("(ax|test)is$"), ci), QStringLiteral("\\1es")},
            {QRegularExpression(QStringLiteral("s$"), ci), QStringLiteral("s")},
            {QRegularExpression(QStringLiteral("$")), QStringLiteral("s")},
        };
    }();
    return rules;
}

struct Irregular
{
    const char *singular;
    const char *plural;
};

constexpr Irregular irregulars[] = {
    {"person", "people"}, {"man", "men"},        {"woman", "women"}, {"child", "children"},
    {"sex", "sexes"},     {"move", "moves"},     {"goose", "geese"}, {"foot", "feet"},
    {"tooth", "teeth"},   {"zombie", "zombies"},
};

// `inflection` 1.13's singular rules, in its order: the first that matches wins; one without a
// replacement leaves a word that is already singular as it is.
const QList<Rule> &singularRules()
{
    static const QList<Rule> rules = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        const QString keep; // a null replacement: leave the word
        const char *const kept[] = {"^(m|wom)an$",
                                    "(pe)rson$",
                                    "(child)$",
                                    "(drive)$",
                                    "^(ox)$",
                                    "(ax|test)is$",
                                    "(octop|vir)us$",
                                    "(alias|status|canvas|campus)$",
                                    "^(summons|bonus)$",
                                    "(bu)s$",
                                    "(buffal|tomat|potat)o$",
                                    "([ti])um$",
                                    "sis$",
                                    "(?:([^f])fe|([lr])f)$",
                                    "(hi|ti)ve$",
                                    "([^aeiouy]|qu)y$",
                                    "(x|ch|ss|sh)$",
                                    "(matr)ix$",
                                    "([m|l])ouse$",
                                    "^foot$",
                                    "^tooth$",
                                    "^goose$",
                                    "(quiz)$",
                                    "^(whereas)$",
                                    "^(criteri)on$",
                                    "^genus$"};
        const std::pair<const char *, const char *> replaced[] = {
            {"^(m|wom)en$", "\\1an"},
            {"(pe)ople$", "\\1rson"},
            {"(child)ren$", "\\1"},
            {"(database)s$", "\\1"},
            {"(drive)s$", "\\1"},
            {"^genera$", "genus"},
            {"^(criteri)a$", "\\1on"},
            {"([ti])a$", "\\1um"},
            {"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$", "\\1\\2sis"},
            {"(hi|ti)ves$", "\\1ve"},
            {"(curve)s$", "\\1"},
            {"([lr])ves$", "\\1f"},
            {"([a])ves$", "\\1ve"},
            {"([^fo])ves$", "\\1fe"},
            {"(m)ovies$", "\\1ovie"},
            {"([^aeiouy]|qu)ies$", "\\1y"},
            {"(s)eries$", "\\1eries"},
            {"(x|ch|ss|sh)es$", "\\1"},
            {"([m|l])ice$", "\\1ouse"},
            {"(bus)es$", "\\1"},
            {"(o)es$", "\\1"},
            {"(shoe)s$", "\\1"},
            {"(cris|ax|test)es$", "\\1is"},
            {"(octop|vir)uses$", "\\1us"},
            {"(alias|canvas|status|campus)es$", "\\1"},
            {"^(summons|bonus)es$", "\\1"},
            {"^(ox)en", "\\1"},
            {"(matr)ices$", "\\1ix"},
            {"(vert|ind)ices$", "\\1ex"},
            {"^feet$", "foot"},
            {"^teeth$", "tooth"},
            {"^geese$", "goose"},
            {"(quiz)zes$", "\\1"},
            {"^(whereas)es$", "\\1"},
            {"ss$", "ss"},
            {"s$", ""},
        };
        QList<Rule> list;
        for (const char *pattern : kept)
            list.append({QRegularExpression(QString::fromLatin1(pattern), ci), keep});
        for (const auto &[pattern, replacement] : replaced)
            list.append({QRegularExpression(QString::fromLatin1(pattern), ci),
                         QString::fromLatin1(replacement)});
        return list;
    }();
    return rules;
}

// `inflection` 1.13's uncountable words that its singular rules would change.
constexpr const char *singularUncountables[]
    = {"athletics", "chaos",      "crossroads",  "economics",   "ethics",  "gallows",
       "genetics",  "gymnastics", "linguistics", "mathematics", "measles", "minus",
       "mumps",     "news",       "pasta",       "physics",     "series",  "species"};

constexpr const char *uncountables[]
    = {"equipment", "information", "rice",  "money", "species", "series",
       "fish",      "sheep",       "moose", "deer",  "news",    "jeans"};
} // namespace

static QString matchCase(const QString &replacement, const QString &original)
{
    if (!original.isEmpty() && original.at(0).isUpper())
        return replacement.at(0).toUpper() + replacement.mid(1);
    return replacement;
}

QString pluralize(const QString &word)
{
    if (word.isEmpty())
        return word;
    // Only the last word of a PascalCase or snake_case name is inflected.
    qsizetype start = word.size() - 1;
    while (start > 0 && !word.at(start).isUpper() && word.at(start - 1) != QLatin1Char('_'))
        --start;
    const QString head = word.left(start);
    const QString last = word.mid(start);
    const QString lower = last.toLower();
    for (const char *u : uncountables) {
        if (lower == QLatin1String(u))
            return word;
    }
    for (const Irregular &irregular : irregulars) {
        if (lower == QLatin1String(irregular.singular))
            return head + matchCase(QString::fromLatin1(irregular.plural), last);
        if (lower == QLatin1String(irregular.plural))
            return word;
    }
    for (const Rule &rule : pluralRules()) {
        if (rule.pattern.match(last).hasMatch()) {
            QString result = last;
            result.replace(rule.pattern, rule.replacement);
            return head + result;
        }
    }
    return word;
}

QString singularize(const QString &word)
{
    const QString lower = word.toLower();
    for (const char *u : singularUncountables) {
        if (lower == QLatin1String(u))
            return word;
    }
    for (const Rule &rule : singularRules()) {
        if (!rule.pattern.match(word).hasMatch())
            continue;
        if (rule.replacement.isNull())
            return word;
        QString result = word;
        return result.replace(rule.pattern, rule.replacement);
    }
    return word;
}

QString underscore(const QString &word)
{
    QString result;
    result.reserve(word.size() + 4);
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isUpper()) {
            if (i > 0 && word.at(i - 1) != QLatin1Char('_')
                && (word.at(i - 1).isLower() || word.at(i - 1).isDigit()
                    || (i + 1 < word.size() && word.at(i + 1).isLower())))
                result += QLatin1Char('_');
            result += c.toLower();
        } else {
            result += c;
        }
    }
    return result;
}

QString indexName(const QString &table, const QStringList &fields)
{
    return underscore(table + QLatin1Char('_') + fields.join(QLatin1Char('_')));
}

} // namespace QtSequelize::Inflection
