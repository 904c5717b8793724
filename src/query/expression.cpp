// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/expression.h>

namespace QtSequelize {

/*!
    \class QtSequelize::Expression
    \inmodule QtSequelize
    \brief A piece of SQL that is not a bound value: Sequelize's \c literal,
    \c fn, \c col and \c cast.

    Made by Sequelize::literal(), Sequelize::fn(), Sequelize::col() and
    Sequelize::cast(). An Expression wrapped in a QVariant may stand wherever a
    value is accepted (a where value, an attribute value). Arguments of \c fn and
    \c cast that are plain values are still bound as parameters; only \c literal
    inserts its text as is, so never build a literal from user input.
*/

class ExpressionData : public QSharedData
{
public:
    Expression::Kind kind = Expression::Literal;
    QString text;
    QVariantList arguments;
};

Expression::Expression()
    : d(new ExpressionData)
{
}
Expression::Expression(const Expression &other) = default;
Expression::Expression(Expression &&other) noexcept = default;
Expression &Expression::operator=(const Expression &other) = default;
Expression::~Expression() = default;

Expression Expression::literal(const QString &sql)
{
    Expression e;
    e.d->kind = Literal;
    e.d->text = sql;
    return e;
}

Expression Expression::function(const QString &name, const QVariantList &arguments)
{
    Expression e;
    e.d->kind = Function;
    e.d->text = name;
    e.d->arguments = arguments;
    return e;
}

Expression Expression::column(const QString &name)
{
    Expression e;
    e.d->kind = Column;
    e.d->text = name;
    return e;
}

Expression Expression::cast(const QVariant &value, const QString &type)
{
    Expression e;
    e.d->kind = Cast;
    e.d->text = type;
    e.d->arguments = {value};
    return e;
}

Expression Expression::any(const QVariant &valuesOrSubquery)
{
    Expression e;
    e.d->kind = Any;
    e.d->arguments = {valuesOrSubquery};
    return e;
}

Expression Expression::all(const QVariant &valuesOrSubquery)
{
    Expression e;
    e.d->kind = All;
    e.d->arguments = {valuesOrSubquery};
    return e;
}

bool Expression::operator==(const Expression &other) const
{
    return d == other.d
        || (d->kind == other.d->kind && d->text == other.d->text
            && d->arguments == other.d->arguments);
}

Expression::Kind Expression::kind() const
{
    return d->kind;
}
QString Expression::text() const
{
    return d->text;
}
QVariantList Expression::arguments() const
{
    return d->arguments;
}

} // namespace QtSequelize
