// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "../dialects/dialect_p.h"
#include "../dialects/sqllexer_p.h"
#include "rawquery_p.h"

#include <QtCore/qdatetime.h>
#include <QtSql/qsqlfield.h>
#include <QtSql/qsqlquery.h>
#include <QtSql/qsqlrecord.h>

#include <functional>

#include <QtSequelize/errors.h>

namespace QtSequelize {

static bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

[[noreturn]] static void refuse(const QString &why)
{
    throw DefinitionError(QStringLiteral("Raw query: ") + why);
}

// Whether a replacement ending before \a after stands alone in `IN ( ... )`: what is written
// so far ends with "IN (" and the next character after blanks is ')'.
static bool standsInInList(const QString &written, const QString &sql, qsizetype after)
{
    while (after < sql.size() && sql.at(after).isSpace())
        ++after;
    if (after >= sql.size() || sql.at(after) != QLatin1Char(')'))
        return false;
    qsizetype k = written.size() - 1;
    while (k >= 0 && written.at(k).isSpace())
        --k;
    if (k < 0 || written.at(k) != QLatin1Char('('))
        return false;
    --k;
    while (k >= 0 && written.at(k).isSpace())
        --k;
    return k >= 1 && QStringView(written).mid(k - 1, 2).compare(u"IN", Qt::CaseInsensitive) == 0
        && (k < 2 || !isNameChar(written.at(k - 2)));
}

// A replacement's value (or list) bound through \a dialect; \a inList: the replacement stands
// alone in `IN (...)`, so a list may be bound as one value (Dialect::appendListAsOne()).
static void bindReplacement(Statement &out, const QVariant &value, const Dialect &dialect,
                            bool inList = false)
{
    const int id = value.metaType().id();
    if (id == QMetaType::QVariantList || id == QMetaType::QStringList) {
        const QVariantList list = value.toList();
        if (list.isEmpty()) {
            out << QLatin1StringView("NULL"); // IN (NULL) matches nothing, as Sequelize
            return;
        }
        if (inList) {
            QVariantList written = list;
            for (QVariant &v : written)
                v = dialect.rawBinding(v);
            if (dialect.appendListAsOne(out, written))
                return;
        }
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i)
                out << QLatin1StringView(", ");
            const int inner = list.at(i).metaType().id();
            if (inner == QMetaType::QVariantList || inner == QMetaType::QStringList) {
                // Sequelize: a list of lists is rows, VALUES ? -> VALUES (?, ?), (?, ?).
                out << '(';
                bindReplacement(out, list.at(i), dialect);
                out << ')';
            } else {
                dialect.appendRawValue(out, list.at(i));
            }
        }
        return;
    }
    if (id == QMetaType::QVariantMap)
        refuse(QStringLiteral("a replacement is an object; give a value or a list"));
    dialect.appendRawValue(out, value);
}

// The end (exclusive) of the name after the prefix character at \a i.
static qsizetype nameEnd(const QString &sql, qsizetype i)
{
    qsizetype j = i + 1;
    while (j < sql.size() && isNameChar(sql.at(j)))
        ++j;
    return j;
}

// :name at \a i (named replacements): the index of its last character, or -1 when none starts
// there (PostgreSQL's ::cast is copied whole).
static qsizetype namedReplacement(Statement &out, const QString &sql, qsizetype i,
                                  const QVariantMap &named, const Dialect &dialect)
{
    const qsizetype n = sql.size();
    if (i + 1 < n && sql.at(i + 1) == QLatin1Char(':')) { // ::cast
        out.sql += QLatin1String("::");
        return i + 1;
    }
    if (i > 0 && sql.at(i - 1) == QLatin1Char(':'))
        return -1;
    const qsizetype j = nameEnd(sql, i);
    if (j == i + 1)
        return -1;
    const QString name = sql.mid(i + 1, j - i - 1);
    if (!named.contains(name)) // Sequelize's (plain Error) message
        throw BaseError(
            QStringLiteral("Named replacement \":%1\" has no entry in the replacements object")
                .arg(name));
    bindReplacement(out, named.value(name), dialect, standsInInList(out.sql, sql, j));
    return j - 1;
}

// $1 or $name at \a i: the index of its last character, or -1 when none starts there.
static qsizetype bindParameter(Statement &out, const QString &sql, qsizetype i,
                               const QVariantMap &named, const QVariantList &positional,
                               QList<bool> *usedPositional, const Dialect &dialect)
{
    const qsizetype j = nameEnd(sql, i);
    if (j == i + 1)
        return -1;
    const QString name = sql.mid(i + 1, j - i - 1);
    bool isIndex = false;
    const int index = name.toInt(&isIndex);
    if (isIndex ? index < 1 || index > positional.size() : !named.contains(name))
        throw DefinitionError(QStringLiteral("Bind parameter $%1 has no value").arg(name));
    dialect.appendRawValue(out, isIndex ? positional.at(index - 1) : named.value(name));
    if (isIndex)
        (*usedPositional)[index - 1] = true;
    return j - 1;
}

// Whether the quoted text or comment \a skipped, starting with \a c at \a i, holds what Qt's
// QPSQL would take for a placeholder: it numbers every ? outside what it takes for '...'
// strings (toggling on each '), and Qt's QSqlResult takes every ":name" there for one of its own
// ($$:a$$ came back "?"), so a ?, a ' or a :name in a comment, a dollar quote, a quoted name or
// an E'...' string would change the text or the numbering.
static bool hidesPlaceholder(const QString &sql, qsizetype i, QStringView skipped)
{
    const QChar c = sql.at(i);
    const bool escapeString
        = i > 0 && (sql.at(i - 1) == QLatin1Char('E') || sql.at(i - 1) == QLatin1Char('e'));
    if (c == QLatin1Char('\'') && !escapeString)
        return false;
    const QStringView inside
        = c == QLatin1Char('\'') ? skipped.mid(1, skipped.size() - 2) : skipped;
    if (inside.contains(QLatin1Char('?')) || inside.contains(QLatin1Char('\'')))
        return true;
    // Qt's QSqlResult skips "..." itself.
    return c != QLatin1Char('"') && hasQtNamedPlaceholder(inside);
}

// What may not be bound: text with a NUL, a list or an object as one value.
static void checkBindings(const Statement &out)
{
    for (const QVariant &value : out.bindings) {
        const int id = value.metaType().id();
        if (id == QMetaType::QString && value.toString().contains(QChar(0)))
            refuse(QStringLiteral("a replacement or bind value holds a NUL character"));
        if (id == QMetaType::QString && !value.toString().isValidUtf16())
            refuse(QStringLiteral("a replacement or bind value holds an unpaired UTF-16 "
                                  "surrogate"));
        if (id == QMetaType::QVariantList || id == QMetaType::QStringList
            || id == QMetaType::QVariantMap)
            refuse(QStringLiteral("a bind parameter takes one value (lists go in replacements, "
                                  "where they expand)"));
        // Qt writes no ISO text for such a year: the drivers would store an empty string or NULL.
        const QDate date = id == QMetaType::QDate ? value.toDate()
            : id == QMetaType::QDateTime          ? value.toDateTime().toUTC().date()
                                                  : QDate();
        if (date.isValid() && (date.year() < 1 || date.year() > 9999))
            refuse(QStringLiteral("a replacement or bind value is a date outside the years 1 to "
                                  "9999"));
    }
}

Statement bindRawQuery(const QString &sql, const QVariant &replacements, const QVariant &bind,
                       const Dialect &dialect, bool qtDriver)
{
    Dialect::Lexicon lexicon = dialect.lexicon();
    lexicon.driverSeesQuestionMarksOutsideStrings
        = lexicon.driverSeesQuestionMarksOutsideStrings && qtDriver;
    if (sql.contains(QChar(0)))
        refuse(QStringLiteral("the SQL text holds a NUL character"));
    if (!sql.isValidUtf16())
        refuse(QStringLiteral("the SQL text holds an unpaired UTF-16 surrogate"));
    const bool namedReplacements = replacements.metaType().id() == QMetaType::QVariantMap;
    const QVariantMap named = replacements.toMap();
    const QVariantList positional = namedReplacements ? QVariantList() : replacements.toList();
    const QVariantMap bindNamed = bind.toMap();
    const QVariantList bindPositional
        = bind.metaType().id() == QMetaType::QVariantMap ? QVariantList() : bind.toList();
    const bool hasReplacements = replacements.isValid();
    const bool hasBind = bind.isValid();
    // Sequelize's own check: one raw query takes one of the two forms.
    if (hasReplacements && hasBind)
        throw BaseError(QStringLiteral("Both `replacements` and `bind` cannot be set at the same "
                                       "time"));
    QList<bool> usedPositional(bindPositional.size(), false);
    qsizetype nextPositional = 0;
    // A ? left in the text would be a placeholder to the driver once values are bound.
    bool strayPlaceholder = false;
    const SqlLexer scanner(sql, lexicon);

    Statement out;
    out.sql.reserve(sql.size());
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        // Quoted text, quoted names and comments are copied as they are.
        QString unclosed;
        if (const qsizetype end = scanner.skipped(i, &unclosed); end >= 0) {
            if (!unclosed.isEmpty())
                refuse(unclosed);
            const QStringView skipped = QStringView(sql).mid(i, end - i);
            strayPlaceholder = strayPlaceholder
                || (lexicon.driverSeesQuestionMarksOutsideStrings
                    && hidesPlaceholder(sql, i, skipped));
            out.sql += skipped;
            i = end - 1;
            continue;
        }
        qsizetype last = -1;
        if (c == QLatin1Char(':') && hasReplacements && namedReplacements)
            last = namedReplacement(out, sql, i, named, dialect);
        else if (c == QLatin1Char('$') && hasBind)
            last = bindParameter(out, sql, i, bindNamed, bindPositional, &usedPositional, dialect);
        if (last >= 0) {
            i = last;
            continue;
        }
        if (c == QLatin1Char('?') && hasReplacements && !namedReplacements) {
            if (nextPositional >= positional.size())
                throw BaseError(QStringLiteral("Positional replacement (?) %1 has no entry in the "
                                               "replacements object")
                                    .arg(nextPositional));
            bindReplacement(out, positional.at(nextPositional++), dialect,
                            standsInInList(out.sql, sql, i + 1));
            continue;
        }
        if (c == QLatin1Char('?'))
            strayPlaceholder = true;
        // SQLite reads :name, @name and $name as parameters of its own: one not replaced here
        // would be bound to nothing, or to another parameter's value.
        if (lexicon.prefixedParameters
            && (c == QLatin1Char(':') || c == QLatin1Char('@') || c == QLatin1Char('$'))
            && i + 1 < n && isNameChar(sql.at(i + 1)) && (i == 0 || !isNameChar(sql.at(i - 1))))
            refuse(QStringLiteral("\"%1\" starts a parameter that has no value (use :name "
                                  "replacements or $name bind parameters with a value)")
                       .arg(c));
        out.sql += c;
    }
    // A positional bind value no $n names would have gone nowhere (the driver refused it under
    // Sequelize: more parameters than the statement has).
    if (const qsizetype unused = usedPositional.indexOf(false); unused >= 0)
        refuse(QStringLiteral("bind parameter $%1 is not used in the SQL").arg(unused + 1));
    checkBindings(out);
    for (QVariant &value : out.bindings)
        value = dialect.rawBinding(value);
    if (strayPlaceholder && !out.bindings.isEmpty())
        refuse(QStringLiteral("a ? that is not a replacement would be a placeholder to the driver "
                              "once values are bound; use positional replacements, or put it in "
                              "a '...' string"));
    return out;
}

QVariantMap nestRawKeys(const QVariantMap &flat)
{
    QVariantMap nested;
    for (auto it = flat.cbegin(); it != flat.cend(); ++it) {
        const QStringList path = it.key().split(QLatin1Char('.'));
        std::function<void(QVariantMap &, qsizetype)> insert = [&](QVariantMap &map, qsizetype i) {
            if (i == path.size() - 1) {
                map.insert(path.at(i), it.value());
                return;
            }
            QVariantMap child = map.value(path.at(i)).toMap();
            insert(child, i + 1);
            map.insert(path.at(i), child);
        };
        insert(nested, 0);
    }
    return nested;
}

QList<QVariantMap> readRawRows(QSqlQuery &query, const Dialect &dialect, bool nest, bool first)
{
    const QSqlRecord record = query.record();
    const QStringList names = dialect.columnNames(query);
    QList<QSqlField> fields; // read once, not per row
    QList<bool> converted; // the columns whose values the dialect may change
    for (int i = 0; i < record.count(); ++i) {
        fields.append(record.field(i));
        converted.append(dialect.convertsRawColumn(fields.last()));
    }
    QList<QVariantMap> rows;
    while (dialect.nextRow(query)) {
        QVariantMap row;
        for (int i = 0; i < names.size(); ++i) {
            const QVariant value = query.value(i);
            row.insert(names.at(i),
                       converted.at(i) ? dialect.fromRawColumn(value, fields.at(i)) : value);
        }
        rows.append(nest ? nestRawKeys(row) : row);
        if (first)
            break;
    }
    return rows;
}

} // namespace QtSequelize
