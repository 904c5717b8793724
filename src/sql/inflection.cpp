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
