// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The query generator's conditions on a path inside a JSON attribute ("meta.a.b"): the path
// read as the compared value's type, each operator and the plain values it takes.

#include "querygenerator_p.h"

#include "../dialects/dialect_p.h"
#include "../meta/modeldefinition_p.h"
#include "../sql/coercion_p.h"
#include "jsonpath_p.h"

#include <QtSequelize/errors.h>

#include <algorithm>

namespace QtSequelize {

void QueryGenerator::appendJsonCondition(Statement &statement, const Where &where, int attribute,
                                         const QStringList &path) const
{
    const Where::Operator op = where.op();
    const QVariant value = where.value();
    if ((op == Where::Is || op == Where::IsNot) && value.metaType().id() == QMetaType::Bool) {
        // is true: the path's boolean equals it; is not true: it does not, or there is none
        // (IS NOT TRUE holds for NULL), as Sequelize's CAST(... AS BOOLEAN) IS [NOT] TRUE.
        const Where equal(where.attribute(), Where::Eq, value);
        if (op == Where::Is)
            return appendJsonCondition(statement, equal, attribute, path);
        return appendCondition(statement,
                               Op::or_({Where(where.attribute(), Where::Ne, value),
                                        Where(where.attribute(), Where::Is, QVariant())}));
    }
    switch (op) {
    case Where::Like:
    case Where::NotLike:
    case Where::ILike:
    case Where::NotILike:
    case Where::StartsWith:
    case Where::EndsWith:
    case Where::Substring:
    case Where::Regexp:
    case Where::NotRegexp:
    case Where::IRegexp:
    case Where::NotIRegexp: {
        // Text patterns on the path's text, as Sequelize's ("meta"#>>'{s}') LIKE 'a%'.
        Statement lhs;
        m_dialect.appendJsonPath(lhs, column(attribute), path, Dialect::JsonCast::Text);
        appendComparison(statement, where, lhs, -1);
        return;
    }
    default:
        break;
    }
    const bool range = op == Where::Between || op == Where::NotBetween;
    if (range && (!isValueList(value) || value.toList().size() != 2))
        throw DefinitionError(QStringLiteral("Op.between on the JSON path \"%1\" takes two values")
                                  .arg(where.attribute()));
    const bool list = op == Where::In || op == Where::NotIn || range;
    // Plain values only: an expression, a list or an object would be bound as something else.
    auto plain = [](const QVariant &v) {
        return !isExpression(v) && !isValueList(v) && v.metaType().id() != QMetaType::QVariantMap;
    };
    const QVariantList values = list && isValueList(value) ? value.toList() : QVariantList{value};
    if ((list && !isValueList(value)) || !std::all_of(values.cbegin(), values.cend(), plain))
        throw DefinitionError(QStringLiteral("A JSON path condition takes plain values (attribute "
                                             "\"%1\")")
                                  .arg(where.attribute()));
    if (list && values.isEmpty()) {
        // As on a column: notIn: [] writes nothing (alone: everything), in: [] is IN (NULL).
        if (op == Where::NotIn) {
            statement << QLatin1StringView("1=1");
            return;
        }
        m_dialect.appendJsonPath(statement, column(attribute), path, Dialect::JsonCast::Text);
        statement << QLatin1StringView(" IN (NULL)");
        return;
    }
    // The cast follows the first value that is not null (a leading null would make it text).
    const auto firstValue = std::find_if_not(values.cbegin(), values.cend(), isSqlNull);
    const QVariant sample = firstValue == values.cend() ? QVariant() : *firstValue;
    Dialect::JsonCast cast = Dialect::JsonCast::Text;
    const int sampleType = sample.metaType().id();
    if (sampleType == QMetaType::Bool)
        cast = Dialect::JsonCast::Boolean;
    else if (sampleType == QMetaType::QDateTime || sampleType == QMetaType::QDate)
        cast = Dialect::JsonCast::DateTime; // Sequelize casts the path for a Date value
    else if (sampleType != QMetaType::QString && sample.canConvert<double>() && !isSqlNull(sample))
        cast = Dialect::JsonCast::Number;
    m_dialect.appendJsonPath(statement, column(attribute), path, cast);
    auto bindOne = [&](const QVariant &v) {
        if (v.metaType().id() == QMetaType::QString)
            storableText(v.toString(), where);
        // A null of a list stays NULL (as a number it would be 0 and match a 0 or a document).
        const QVariant typed
            = cast == Dialect::JsonCast::Number && !isSqlNull(v) ? QVariant(v.toDouble()) : v;
        statement.bind(m_dialect.jsonPathValue(typed, cast));
    };
    QLatin1StringView comparison;
    switch (op) {
    case Where::Eq:
        comparison = QLatin1StringView(" = ");
        break;
    case Where::Ne:
        comparison = QLatin1StringView(" != ");
        break;
    case Where::Gt:
        comparison = QLatin1StringView(" > ");
        break;
    case Where::Gte:
        comparison = QLatin1StringView(" >= ");
        break;
    case Where::Lt:
        comparison = QLatin1StringView(" < ");
        break;
    case Where::Lte:
        comparison = QLatin1StringView(" <= ");
        break;
    case Where::Is:
    case Where::IsNot:
        if (!isSqlNull(value))
            break;
        statement << (op == Where::Is ? QLatin1StringView(" IS NULL")
                                      : QLatin1StringView(" IS NOT NULL"));
        return;
    case Where::Between:
    case Where::NotBetween:
        statement << (op == Where::Between ? QLatin1StringView(" BETWEEN ")
                                           : QLatin1StringView(" NOT BETWEEN "));
        bindOne(values.at(0));
        statement << QLatin1StringView(" AND ");
        bindOne(values.at(1));
        return;
    case Where::In:
    case Where::NotIn: {
        statement << (op == Where::In ? QLatin1StringView(" IN (")
                                      : QLatin1StringView(" NOT IN ("));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                statement << QLatin1StringView(", ");
            bindOne(values.at(i));
        }
        statement << ')';
        return;
    }
    default:
        break;
    }
    if (comparison.isEmpty()) // contains/contained/overlap: the attribute's
        throw DefinitionError(QStringLiteral("This operator is not supported on the JSON path "
                                             "\"%1\" (contains, contained and overlap apply to "
                                             "the JSON attribute)")
                                  .arg(where.attribute()));
    statement << comparison;
    bindOne(value);
}

} // namespace QtSequelize
