// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "inflection_p.h"

#include <QtCore/qlist.h>
#include <QtCore/qregularexpression.h>

#include <utility>

namespace QtSequelize::Inflection {

namespace {
struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

// inflection's rule table: the patterns that leave a word as it is (a null replacement), then
// those that replace, case-insensitively, in that order.
template<std::size_t Kept, std::size_t Replaced>
QList<Rule> makeRules(const char *const (&kept)[Kept],
                      const std::pair<const char *, const char *> (&replaced)[Replaced])
{
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    QList<Rule> list;
    list.reserve(Kept + Replaced);
    for (const char *pattern : kept)
        list.append({QRegularExpression(QString::fromLatin1(pattern), ci), QString()});
    for (const auto &[pattern, replacement] : replaced)
        list.append({QRegularExpression(QString::fromLatin1(pattern), ci),
                     QString::fromLatin1(replacement)});
    return list;
}

// `inflection` 1.13's plural rules, in its order, applied to the whole name as Sequelize does
// (inflection.pluralize("UserGroup")): the first that matches wins; one without a replacement
// leaves a word that is already plural as it is. Irregular words are rules too, so "Goose"
// becomes "geese" and "Person" "People", as Sequelize names their tables.
const QList<Rule> &pluralRules()
{
    static const QList<Rule> rules = [] {
        const char *const kept[] = {
            "^(m|wom)en$",
            "(pe)ople$",
            "(child)ren$",
            "([ti])a$",
            "((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|(s)ynop|(t)he)ses$",
            "(database)s$",
            "(drive)s$",
            "(hi|ti)ves$",
            "(curve)s$",
            "([lr])ves$",
            "([^fo])ves$",
            "([^aeiouy]|qu)ies$",
            "(s)eries$",
            "(m)ovies$",
            "(x|ch|ss|sh)es$",
            "([m|l])ice$",
            "(bus)es$",
            "(o)es$",
            "(shoe)s$",
            "(cris|ax|test)es$",
            "(octop|vir)uses$",
            "(alias|canvas|status|campus)es$",
            "^(summons|bonus)es$",
            "^(ox)en",
            "(matr)ices$",
            "^feet$",
            "^teeth$",
            "^geese$",
            "(quiz)zes$",
            "^(whereas)es$",
            "^(criteri)a$",
            "^genera$",
        };
        const std::pair<const char *, const char *> replaced[] = {
            {"^(m|wom)an$", "\\1en"},
            {"(pe)rson$", "\\1ople"},
            {"(child)$", "\\1ren"},
            {"(drive)$", "\\1s"},
            {"^(ox)$", "\\1en"},
            {"(ax|test)is$", "\\1es"},
            {"(octop|vir)us$", "\\1uses"},
            {"(alias|status|canvas|campus)$", "\\1es"},
            {"^(summons|bonus)$", "\\1es"},
            {"(bu)s$", "\\1ses"},
            {"(buffal|tomat|potat)o$", "\\1oes"},
            {"([ti])um$", "\\1a"},
            {"sis$", "ses"},
            {"(?:([^f])fe|([lr])f)$", "\\1\\2ves"},
            {"(hi|ti)ve$", "\\1ves"},
            {"([^aeiouy]|qu)y$", "\\1ies"},
            {"(matr)ix$", "\\1ices"},
            {"(vert|ind)ex$", "\\1ices"},
            {"(x|ch|ss|sh)$", "\\1es"},
            {"([m|l])ouse$", "\\1ice"},
            {"^foot$", "feet"},
            {"^tooth$", "teeth"},
            {"^goose$", "geese"},
            {"(quiz)$", "\\1zes"},
            {"^(whereas)$", "\\1es"},
            {"^(criteri)on$", "\\1a"},
            {"^genus$", "genera"},
            {"s$", "s"},
            {"$", "s"},
        };
        return makeRules(kept, replaced);
    }();
    return rules;
}

// `inflection` 1.13's singular rules, in its order: the first that matches wins; one without a
// replacement leaves a word that is already singular as it is.
const QList<Rule> &singularRules()
{
    static const QList<Rule> rules = [] {
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
        return makeRules(kept, replaced);
    }();
    return rules;
}

// `inflection` 1.13.4's uncountable words. The whole name, lower-cased, is looked up, as there:
// "Equipment" stays, "UserEquipment" is pluralized.
constexpr const char *uncountables[] = {
    "accommodation",
    "adulthood",
    "advertising",
    "advice",
    "aggression",
    "aid",
    "air",
    "aircraft",
    "alcohol",
    "anger",
    "applause",
    "arithmetic",
    "assistance",
    "athletics",
    "bacon",
    "baggage",
    "beef",
    "biology",
    "blood",
    "botany",
    "bread",
    "butter",
    "carbon",
    "cardboard",
    "cash",
    "chalk",
    "chaos",
    "chess",
    "crossroads",
    "countryside",
    "dancing",
    "deer",
    "dignity",
    "dirt",
    "dust",
    "economics",
    "education",
    "electricity",
    "engineering",
    "enjoyment",
    "envy",
    "equipment",
    "ethics",
    "evidence",
    "evolution",
    "fame",
    "fiction",
    "flour",
    "flu",
    "food",
    "fuel",
    "fun",
    "furniture",
    "gallows",
    "garbage",
    "garlic",
    "genetics",
    "gold",
    "golf",
    "gossip",
    "gratitude",
    "grief",
    "guilt",
    "gymnastics",
    "happiness",
    "hardware",
    "harm",
    "hate",
    "hatred",
    "health",
    "heat",
    "help",
    "homework",
    "honesty",
    "honey",
    "hospitality",
    "housework",
    "humour",
    "hunger",
    "hydrogen",
    "ice",
    "importance",
    "inflation",
    "information",
    "innocence",
    "iron",
    "irony",
    "jam",
    "jewelry",
    "judo",
    "karate",
    "knowledge",
    "lack",
    "laughter",
    "lava",
    "leather",
    "leisure",
    "lightning",
    "linguine",
    "linguini",
    "linguistics",
    "literature",
    "litter",
    "livestock",
    "logic",
    "loneliness",
    "luck",
    "luggage",
    "macaroni",
    "machinery",
    "magic",
    "management",
    "mankind",
    "marble",
    "mathematics",
    "mayonnaise",
    "measles",
    "methane",
    "milk",
    "minus",
    "money",
    "mud",
    "music",
    "mumps",
    "nature",
    "news",
    "nitrogen",
    "nonsense",
    "nurture",
    "nutrition",
    "obedience",
    "obesity",
    "oxygen",
    "pasta",
    "patience",
    "physics",
    "poetry",
    "pollution",
    "poverty",
    "pride",
    "psychology",
    "publicity",
    "punctuation",
    "quartz",
    "racism",
    "relaxation",
    "reliability",
    "research",
    "respect",
    "revenge",
    "rice",
    "rubbish",
    "rum",
    "safety",
    "scenery",
    "seafood",
    "seaside",
    "series",
    "shame",
    "sheep",
    "shopping",
    "sleep",
    "smoke",
    "smoking",
    "snow",
    "soap",
    "software",
    "soil",
    "spaghetti",
    "species",
    "steam",
    "stuff",
    "stupidity",
    "sunshine",
    "symmetry",
    "tennis",
    "thirst",
    "thunder",
    "timber",
    "traffic",
    "transportation",
    "trust",
    "underwear",
    "unemployment",
    "unity",
    "validity",
    "veal",
    "vegetation",
    "vegetarianism",
    "vengeance",
    "violence",
    "vitality",
    "warmth",
    "wealth",
    "weather",
    "welfare",
    "wheat",
    "wildlife",
    "wisdom",
    "yoga",
    "zinc",
    "zoology",
};
} // namespace

static bool isUncountable(const QString &word)
{
    const QString lower = word.toLower();
    for (const char *u : uncountables) {
        if (lower == QLatin1String(u))
            return true;
    }
    return false;
}

// inflection's _apply_rules: the first rule that matches the whole name is applied to it.
static QString applyRules(const QString &word, const QList<Rule> &rules)
{
    if (word.isEmpty() || isUncountable(word))
        return word;
    for (const Rule &rule : rules) {
        if (!rule.pattern.match(word).hasMatch())
            continue;
        if (rule.replacement.isNull())
            return word;
        QString result = word;
        return result.replace(rule.pattern, rule.replacement);
    }
    return word;
}

QString pluralize(const QString &word)
{
    return applyRules(word, pluralRules());
}

QString singularize(const QString &word)
{
    return applyRules(word, singularRules());
}

// inflection's underscore, which Sequelize's `underscored` and default index names use: every
// capital letter (A-Z) gets a '_' before it, a leading '_' goes, all is lower-cased ("userID"
// is "user_i_d" there, and so here, so that the columns are Sequelize's).
QString underscore(const QString &word)
{
    QString result;
    result.reserve(word.size() + 4);
    for (const QChar c : word) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            result += QLatin1Char('_');
        result += c.toLower();
    }
    if (result.startsWith(QLatin1Char('_'))) // one, as inflection's /^_/
        result.remove(0, 1);
    return result;
}

QString indexName(const QString &table, const QStringList &fields)
{
    return underscore(table + QLatin1Char('_') + fields.join(QLatin1Char('_')));
}

} // namespace QtSequelize::Inflection
