// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The query generator's conditions: a Where tree to SQL and bindings, every operator and the
// operands it takes (a list, a literal sub-query, Op.any/Op.all, a JSON path), refusing what it
// cannot honour.

#include "querygenerator_p.h"

#include "../dialects/dialect_p.h"
#include "../meta/modeldefinition_p.h"
#include "../sql/coercion_p.h"
#include "jsonpath_p.h"
#include "options_p.h"
#include "vacuous_p.h"

#include <QtSequelize/errors.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace QtSequelize {

// From this many values an IN list is handed to Dialect::appendInList().
static constexpr qsizetype LongInList = 16;

// A finite number that an integer attribute cannot hold (a fraction, or out of the type's range),
// or a decimal past a DECIMAL(p, s) attribute's places or digits.
// Sequelize compares the column with it (n > 2.5 is n > 2.5, n = 2.5 matches nothing), and so does
// every database when the number is bound as it is (PostgreSQL types a double as NUMERIC).
static bool isForeignNumber(const QVariant &value, const DataType &type)
{
    if (type.kind() == DataType::Decimal && type.scale() >= 0 && !isSqlNull(value)
        && value.metaType().id() != QMetaType::fromType<Expression>().id()) {
        // More fraction digits than the scale, or integer digits past the precision: 1.005
        // compares as 1.005 (rounding it as a stored value is would find 1.01).
        const int id = value.metaType().id();
        const QString text = id == QMetaType::Double || id == QMetaType::Float
            ? QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)
            : value.toString();
        const std::optional<PlainDecimal> d = plainDecimal(text);
        return d
            && (d->fraction.size() > type.scale()
                || overflowsDecimal(text, type.precision(), type.scale()));
    }
    if (!isIntegerType(type))
        return false;
    // The column's range.
    const IntegerRange range = integerRange(type);
    switch (value.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        return std::isfinite(d)
            && (d != std::floor(d) || d < double(range.min) || d > double(range.max));
    }
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::SChar:
    case QMetaType::Char:
    case QMetaType::LongLong:
    case QMetaType::Long:
        return !range.contains(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return !range.containsUnsigned(value.toULongLong());
    default:
        return false;
    }
}

void QueryGenerator::appendOperand(Statement &statement, const QVariant &value, int attribute) const
{
    if (isForeignNumber(value, m_model.attribute(attribute).type)) {
        // Past qint64 a database driver may wrap an unsigned value: a double then (a value
        // foreign to the column: an unsigned BIGINT's own values are not foreign).
        const int id = value.metaType().id();
        const bool wide = (id == QMetaType::ULongLong || id == QMetaType::ULong)
            && value.toULongLong() > qulonglong(std::numeric_limits<qint64>::max());
        if (id == QMetaType::Float || wide)
            statement.bind(value.toDouble());
        else if (id == QMetaType::UInt || id == QMetaType::ULong || id == QMetaType::ULongLong)
            statement.bind(value.toLongLong());
        else
            statement.bind(value);
        return;
    }
    if (value.metaType() == QMetaType::fromType<Expression>())
        return appendExpression(statement, value.value<Expression>());
    const AttributeInfo &info = m_model.attribute(attribute);
    statement.bind(m_dialect.toDatabase(coerceCompared(value, info.type, info.name), info.type));
}

namespace {
// A condition tree deeper than this is refused rather than recursed into until the stack ends
// (a && b && ... built in a loop stays flat: see Where::operator&&).
constexpr int MaxConditionDepth = 256;
thread_local int conditionDepth = 0;
struct ConditionDepth
{
    ConditionDepth()
    {
        if (++conditionDepth > MaxConditionDepth) {
            --conditionDepth;
            throw DefinitionError(QStringLiteral("A where is nested more than %1 levels deep")
                                      .arg(MaxConditionDepth));
        }
    }
    ~ConditionDepth() { --conditionDepth; }
    ConditionDepth(const ConditionDepth &) = delete;
    ConditionDepth &operator=(const ConditionDepth &) = delete;
};
} // namespace

bool isVacuous(const Where &where)
{
    if (where.op() == Where::All)
        return true;
    if (where.op() == Where::NotIn)
        return isValueList(where.value()) && where.value().toList().isEmpty();
    if (where.op() != Where::And)
        return false;
    const QList<Where> children = where.children();
    return std::all_of(children.cbegin(), children.cend(), isVacuous);
}

void QueryGenerator::appendCondition(Statement &statement, const Where &where) const
{
    const ConditionDepth depth;
    const Where::Operator op = where.op();
    switch (op) {
    case Where::All:
        statement << QLatin1StringView("1=1");
        return;
    case Where::And:
    case Where::Or: {
        QList<Where> children = where.children();
        children.removeIf(isVacuous);
        if (children.isEmpty()) {
            // Sequelize: and: [] matches everything, or: [] nothing.
            statement << (op == Where::And ? QLatin1StringView("1=1") : QLatin1StringView("1=0"));
            return;
        }
        statement << '(';
        for (qsizetype i = 0; i < children.size(); ++i) {
            if (i)
                statement << (op == Where::And ? QLatin1StringView(" AND ")
                                               : QLatin1StringView(" OR "));
            appendCondition(statement, children.at(i));
        }
        statement << ')';
        return;
    }
    case Where::Not:
        if (isVacuous(where.children().value(0))) {
            statement << QLatin1StringView("1=0");
            return;
        }
        statement << QLatin1StringView("NOT (");
        appendCondition(statement, where.children().value(0));
        statement << ')';
        return;
    default:
        break;
    }

    if (op == Where::Eq && isValueList(where.value())) {
        // {id: [1, 2]}: IN, except on an ARRAY attribute, where it is the array compared with.
        const int index = where.left().isValid() ? -1 : m_model.queryIndex(where.attribute());
        if (index < 0 || m_model.attribute(index).type.kind() != DataType::Array) {
            const Where in = where.left().isValid()
                ? Where(where.left().value<Expression>(), Where::In, where.value())
                : Where(where.attribute(), Where::In, where.value());
            return appendCondition(statement, in);
        }
    }

    // The left-hand side: a column, or a computed value (sequelize.where(fn(...), ...)).
    Statement lhs;
    int attribute = -1;
    if (where.left().isValid()) {
        appendExpression(lhs, where.left().value<Expression>());
    } else {
        const QString name = where.attribute();
        if (JoinPlan::isWrapped(name)) {
            // Sequelize's "$posts.title$": an attribute of a joined association.
            QString attributeName;
            const QueryGenerator target = nested(name, &attributeName);
            target.appendCondition(statement, Where(attributeName, where.op(), where.value()));
            return;
        }
        if (const int base = m_model.pathBase(name); base >= 0) {
            // "meta.a.b": a path inside a JSON attribute.
            if (!m_model.holdsJson(base))
                throw DefinitionError(
                    QStringLiteral("Unknown where operator \"%1\" on attribute \"%2\" (a "
                                   "nested name is a path only in a JSON attribute)")
                        .arg(name.section(QLatin1Char('.'), 1), m_model.attribute(base).name));
            appendJsonCondition(statement, where, base,
                                JsonPath::keys(name.section(QLatin1Char('.'), 1)));
            return;
        }
        const SelectItem *selected
            = m_selected && m_model.queryIndex(name) < 0 ? selectedAs(*m_selected, name) : nullptr;
        if (selected && selected->attribute.isEmpty()) {
            appendExpression(lhs, selected->expression.value<Expression>());
        } else {
            attribute = m_model.requireQueryIndex(selected ? selected->attribute : name);
            lhs.sql
                = m_dialect.comparedColumn(column(attribute), m_model.attribute(attribute).type);
        }
    }
    appendComparison(statement, where, lhs, attribute);
}

static bool isQuantifier(const QVariant &value)
{
    if (!isExpression(value))
        return false;
    const Expression::Kind kind = value.value<Expression>().kind();
    return kind == Expression::Any || kind == Expression::All;
}

// What a condition's left-hand side is called in messages (never a value).
static QString subjectOf(const Where &where)
{
    return where.left().isValid() ? QStringLiteral("a computed value")
                                  : QStringLiteral("attribute \"%1\"").arg(where.attribute());
}

static QLatin1StringView comparisonOperator(Where::Operator op)
{
    switch (op) {
    case Where::Eq:
        return QLatin1StringView(" = ");
    case Where::Ne:
        return QLatin1StringView(" != ");
    case Where::Gt:
        return QLatin1StringView(" > ");
    case Where::Gte:
        return QLatin1StringView(" >= ");
    case Where::Lt:
        return QLatin1StringView(" < ");
    case Where::Lte:
        return QLatin1StringView(" <= ");
    default:
        return QLatin1StringView();
    }
}

// SQLite compared a text holding a NUL up to the NUL and matched nothing; PostgreSQL cannot
// bind it.
QString storableText(const QString &text, const Where &where)
{
    if (isStorableText(text))
        return text;
    const bool nul = text.contains(QChar(0));
    const QString message = QStringLiteral("The value of \"%1\" is not a valid string (it holds "
                                           "%2)")
                                .arg(where.attribute(),
                                     nul ? QStringLiteral("a NUL character")
                                         : QStringLiteral("an unpaired UTF-16 surrogate"));
    throw ValidationError(message,
                          {ValidationErrorItem(message, QStringLiteral("Validation error"),
                                               where.attribute(), text, QString())});
}

// The text operand of LIKE and friends: text bound as it is (null as NULL: LIKE NULL, as
// Sequelize), or, where \a expressions allows, a column or function. Anything else (a list,
// an object) is refused: its text would be empty and match something else.
Statement QueryGenerator::patternOperand(const QVariant &value, const Where &where,
                                         bool expressions) const
{
    Statement pattern;
    const int id = value.metaType().id();
    if (expressions && isExpression(value) && !isQuantifier(value)) {
        appendExpression(pattern, value.value<Expression>());
    } else if (isSqlNull(value)) {
        pattern.bind(QVariant(QMetaType::fromType<QString>()));
    } else if (id == QMetaType::QString || id == QMetaType::QByteArray || id == QMetaType::QChar
               || (value.canConvert<double>() && !isExpression(value) && !isValueList(value)
                   && id != QMetaType::QVariantMap)) {
        pattern.bind(storableText(value.toString(), where));
    } else {
        throw DefinitionError(
            QStringLiteral("The pattern of %1 must be text").arg(subjectOf(where)));
    }
    return pattern;
}

// startsWith/endsWith/substring and the regular expressions take a text: null has no answer
// (Sequelize's is an accident of JavaScript, LIKE 'null%'; a regexp of '' would match every row).
void QueryGenerator::requirePattern(const Where &where) const
{
    if (isSqlNull(where.value()))
        throw DefinitionError(
            QStringLiteral("The pattern of %1 must be text, not null").arg(subjectOf(where)));
}

// LIKE and NOT LIKE, and startsWith/endsWith/substring (\a prefix and \a suffix: a text only,
// wrapped in %; as Sequelize, % and _ in the value are not escaped).
void QueryGenerator::appendLike(Statement &statement, const Where &where, const Statement &lhs,
                                QLatin1StringView sqlOp, const QString &prefix,
                                const QString &suffix) const
{
    const bool wrapped = !prefix.isEmpty() || !suffix.isEmpty();
    if (wrapped)
        requirePattern(where);
    const Statement pattern = patternOperand(where.value(), where, !wrapped);
    statement.sql += lhs.sql;
    statement.bindings += lhs.bindings;
    statement << sqlOp;
    if (wrapped) {
        statement.bind(prefix + pattern.bindings.value(0).toString() + suffix);
        return;
    }
    statement << pattern.sql;
    statement.bindings += pattern.bindings;
}

// IS / IS NOT: only null, true or false; true and false only of a boolean attribute (Sequelize's
// IS TRUE of another column fails on PostgreSQL and MariaDB, and on SQLite tests equality with 1
// where our IS TRUE would test truth: no answer to give).
void QueryGenerator::appendIs(Statement &statement, const Where &where, const Statement &lhs,
                              int attribute) const
{
    const QVariant value = where.value();
    if (attribute >= 0 && value.metaType() == QMetaType::fromType<bool>()
        && m_model.attribute(attribute).type.kind() != DataType::Boolean)
        throw DefinitionError(QStringLiteral("Op.is/Op.not take true or false only for a "
                                             "boolean attribute (%1)")
                                  .arg(subjectOf(where)));
    statement.sql += lhs.sql;
    statement.bindings += lhs.bindings;
    statement << (where.op() == Where::Is ? QLatin1StringView(" IS ")
                                          : QLatin1StringView(" IS NOT "));
    if (isSqlNull(value)) {
        statement << QLatin1StringView("NULL");
    } else if (value.metaType() == QMetaType::fromType<bool>()) {
        statement << (value.toBool() ? QLatin1StringView("TRUE") : QLatin1StringView("FALSE"));
    } else {
        throw DefinitionError(
            QStringLiteral("Op.is accepts only null, true or false (%1)").arg(subjectOf(where)));
    }
}

void QueryGenerator::appendComparison(Statement &statement, const Where &where,
                                      const Statement &lhs, int attribute) const
{
    const Where::Operator op = where.op();
    const QVariant value = where.value();
    if (isQuantifier(value))
        return appendQuantified(statement, where, lhs, value.value<Expression>());
    auto left = [&] {
        statement.sql += lhs.sql;
        statement.bindings += lhs.bindings;
    };
    auto right = [&](const QVariant &v) {
        if (isQuantifier(v))
            throw DefinitionError(QStringLiteral("Op.any/Op.all cannot stand inside another "
                                                 "operand (%1)")
                                      .arg(subjectOf(where)));
        if (attribute >= 0)
            return appendOperand(statement, v, attribute);
        if (isExpression(v))
            return appendExpression(statement, v.value<Expression>());
        if (isValueList(v) || v.metaType().id() == QMetaType::QVariantMap)
            throw DefinitionError(QStringLiteral("A list or an object cannot be compared with %1")
                                      .arg(subjectOf(where)));
        m_dialect.appendLooseValue(statement, v); // no attribute's type: a date as dates are stored
    };
    auto like = [&](QLatin1StringView sqlOp, const QString &prefix, const QString &suffix) {
        appendLike(statement, where, lhs, sqlOp, prefix, suffix);
    };
    switch (op) {
    case Where::Eq:
    case Where::Ne:
    case Where::Gt:
    case Where::Gte:
    case Where::Lt:
    case Where::Lte:
        left();
        statement << comparisonOperator(op);
        right(value);
        return;
    case Where::Is:
    case Where::IsNot:
        return appendIs(statement, where, lhs, attribute);
    case Where::Between:
    case Where::NotBetween: {
        const QVariantList bounds = isValueList(value) ? value.toList() : QVariantList();
        if (bounds.size() != 2)
            throw DefinitionError(
                QStringLiteral("between needs a list of two values (%1)").arg(subjectOf(where)));
        left();
        statement << (op == Where::Between ? QLatin1StringView(" BETWEEN ")
                                           : QLatin1StringView(" NOT BETWEEN "));
        right(bounds.at(0));
        statement << QLatin1StringView(" AND ");
        right(bounds.at(1));
        return;
    }
    case Where::In:
    case Where::NotIn:
        return appendIn(statement, where, lhs, attribute);
    case Where::Like:
        return like(QLatin1StringView(" LIKE "), QString(), QString());
    case Where::NotLike:
        return like(QLatin1StringView(" NOT LIKE "), QString(), QString());
    // As Sequelize, % and _ in the value are not escaped.
    case Where::StartsWith:
        return like(QLatin1StringView(" LIKE "), QString(), QStringLiteral("%"));
    case Where::EndsWith:
        return like(QLatin1StringView(" LIKE "), QStringLiteral("%"), QString());
    case Where::Substring:
        return like(QLatin1StringView(" LIKE "), QStringLiteral("%"), QStringLiteral("%"));
    case Where::ILike:
    case Where::NotILike:
        m_dialect.appendILike(statement, lhs, op == Where::NotILike,
                              patternOperand(value, where, true));
        return;
    case Where::Regexp:
    case Where::NotRegexp:
    case Where::IRegexp:
    case Where::NotIRegexp:
        requirePattern(where);
        m_dialect.appendRegexp(statement, lhs, op == Where::NotRegexp || op == Where::NotIRegexp,
                               op == Where::IRegexp || op == Where::NotIRegexp,
                               patternOperand(value, where, false).bindings.value(0).toString());
        return;
    case Where::Contains:
    case Where::Contained:
    case Where::Overlap: {
        if (attribute < 0)
            throw DefinitionError(QStringLiteral("contains/contained/overlap need an attribute"));
        const AttributeInfo &info = m_model.attribute(attribute);
        const QVariant coerced = coerce(value, info.type, info.name);
        if (op == Where::Contains)
            m_dialect.appendContains(statement, lhs.sql, info.type, coerced);
        else if (op == Where::Contained)
            m_dialect.appendContained(statement, lhs.sql, info.type, coerced);
        else
            m_dialect.appendOverlap(statement, lhs.sql, info.type, coerced);
        return;
    }
    default:
        // All, And, Or, Not given an attribute and a value (Where(attribute, Where::And, …)).
        throw DefinitionError(QStringLiteral("A logical operator takes conditions, not a value "
                                             "(%1)")
                                  .arg(subjectOf(where)));
    }
}

void QueryGenerator::appendIn(Statement &statement, const Where &where, const Statement &lhs,
                              int attribute) const
{
    const bool negate = where.op() == Where::NotIn;
    const QVariant value = where.value();
    if (isExpression(value)) {
        // Sequelize: a literal is the whole operand, parentheses included: IN (SELECT ...).
        const Expression operand = value.value<Expression>();
        if (operand.kind() != Expression::Literal)
            throw DefinitionError(QStringLiteral("in/notIn take a list of values or a literal "
                                                 "sub-query (%1)")
                                      .arg(subjectOf(where)));
        statement.sql += lhs.sql;
        statement.bindings += lhs.bindings;
        statement << (negate ? QLatin1StringView(" NOT IN ") : QLatin1StringView(" IN "))
                  << operand.text();
        return;
    }
    // Anything but a list would read as an empty one, and notIn: [] matches every row.
    if (!isValueList(value))
        throw DefinitionError(
            QStringLiteral("in/notIn take a list of values or a literal sub-query (%1)")
                .arg(subjectOf(where)));
    const QVariantList values = value.toList();
    if (values.isEmpty()) {
        // Sequelize: notIn: [] writes nothing (see isVacuous), alone it matches everything;
        // in: [] is IN (NULL), unknown for every row, so that a "not" of it matches none either.
        if (negate) {
            statement << QLatin1StringView("1=1");
            return;
        }
        statement.sql += lhs.sql;
        statement.bindings += lhs.bindings;
        statement << QLatin1StringView(" IN (NULL)");
        return;
    }
    for (const QVariant &v : values) {
        if (isQuantifier(v) || isValueList(v) || v.metaType().id() == QMetaType::QVariantMap)
            throw DefinitionError(
                QStringLiteral("An in/notIn list holds plain values (%1)").arg(subjectOf(where)));
    }
    if (attribute >= 0 && values.size() >= LongInList
        && m_dialect.bindsInListAsOne(m_model.attribute(attribute).type)
        && std::none_of(values.cbegin(), values.cend(), isExpression)
        && std::none_of(values.cbegin(), values.cend(), [&](const QVariant &v) {
               return isForeignNumber(v, m_model.attribute(attribute).type);
           })) {
        // Long lists (eager loading, big filters): the dialect may bind the list as one value.
        const AttributeInfo &info = m_model.attribute(attribute);
        QVariantList converted;
        converted.reserve(values.size());
        for (const QVariant &v : values)
            converted.append(
                m_dialect.toDatabase(coerceCompared(v, info.type, info.name), info.type));
        m_dialect.appendInList(statement, lhs, negate, info.type, converted);
        return;
    }
    statement.sql += lhs.sql;
    statement.bindings += lhs.bindings;
    statement << (negate ? QLatin1StringView(" NOT IN (") : QLatin1StringView(" IN ("));
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            statement << QLatin1StringView(", ");
        const QVariant &v = values.at(i);
        if (attribute >= 0)
            appendOperand(statement, v, attribute);
        else if (isExpression(v))
            appendExpression(statement, v.value<Expression>());
        else
            m_dialect.appendLooseValue(statement, v);
    }
    statement << ')';
}

// Sequelize's Op.any / Op.all as the value of a comparison. A list becomes an OR (AND) of
// the comparison with each value, which is what ANY (ALL) of an ARRAY means, empty lists
// included, on every dialect; a literal sub-query is the dialect's `op ANY (SELECT ...)`.
void QueryGenerator::appendQuantified(Statement &statement, const Where &where,
                                      const Statement &lhs, const Expression &quantifier) const
{
    const Where::Operator op = where.op();
    const bool all = quantifier.kind() == Expression::All;
    static const QList<Where::Operator> allowed{
        Where::Eq,  Where::Ne,   Where::Gt,      Where::Gte,   Where::Lt,
        Where::Lte, Where::Like, Where::NotLike, Where::ILike, Where::NotILike};
    if (!allowed.contains(op))
        throw DefinitionError(QStringLiteral("Op.any/Op.all are only valid as the value of eq, ne, "
                                             "gt, gte, lt, lte, like, notLike, iLike or notILike "
                                             "(%1)")
                                  .arg(subjectOf(where)));
    const QVariant operand = quantifier.arguments().value(0);
    if (isExpression(operand)) {
        const Expression subquery = operand.value<Expression>();
        if (subquery.kind() != Expression::Literal)
            throw DefinitionError(QStringLiteral("Op.any/Op.all take a list of values or a literal "
                                                 "sub-query (%1)")
                                      .arg(subjectOf(where)));
        m_dialect.appendQuantifiedSubquery(statement, lhs, op, all, subquery.text());
        return;
    }
    if (!isValueList(operand))
        throw DefinitionError(
            QStringLiteral("Op.any/Op.all take a list of values or a literal sub-query (%1)")
                .arg(subjectOf(where)));
    QList<Where> parts;
    for (const QVariant &v : operand.toList()) {
        if (isQuantifier(v) || isValueList(v) || v.metaType().id() == QMetaType::QVariantMap)
            throw DefinitionError(QStringLiteral("An Op.any/Op.all list holds plain values (%1)")
                                      .arg(subjectOf(where)));
        parts.append(where.left().isValid() ? Where(where.left().value<Expression>(), op, v)
                                            : Where(where.attribute(), op, v));
    }
    appendCondition(statement, Where(all ? Where::And : Where::Or, parts));
}

} // namespace QtSequelize
