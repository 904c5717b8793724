// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_EXPRESSION_H
#define QTSEQUELIZE_EXPRESSION_H

#include <QtSequelize/datatype.h>

#include <QtCore/qshareddata.h>
#include <QtCore/qvariant.h>

namespace QtSequelize {

class ExpressionData;

class Q_SEQUELIZE_EXPORT Expression
{
public:
    // Any and All are Sequelize's Op.any/Op.all: the right-hand side of a comparison that
    // holds for any (all) of a list of values or of a literal sub-query's rows.
    enum Kind { Literal, Function, Column, Cast, Any, All };

    Expression();
    Expression(const Expression &other);
    Expression &operator=(const Expression &other);
    Expression(Expression &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(Expression)
    void swap(Expression &other) noexcept { d.swap(other.d); }
    ~Expression();

    static Expression literal(const QString &sql);
    static Expression function(const QString &name, const QVariantList &arguments = {});
    static Expression column(const QString &name);
    static Expression cast(const QVariant &value, const QString &type);
    // A list (QVariantList) or a literal sub-query; see Op::any() and Op::all().
    static Expression any(const QVariant &valuesOrSubquery);
    static Expression all(const QVariant &valuesOrSubquery);

    Kind kind() const;
    // Equal when they would generate the same SQL.
    bool operator==(const Expression &other) const;
    // The literal text, function name, column name or cast target type.
    QString text() const;
    QVariantList arguments() const;

    operator QVariant() const { return QVariant::fromValue(*this); }

private:
    QSharedDataPointer<ExpressionData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::Expression)

Q_DECLARE_METATYPE(QtSequelize::Expression)

#endif // QTSEQUELIZE_EXPRESSION_H
