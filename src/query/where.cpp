// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/where.h>

#include "../core/coercion_p.h"

namespace QtSequelize {

class WhereData : public QSharedData
{
public:
    Where::Operator op = Where::All;
    QString attribute;
    QVariant value;
    QList<Where> children;
};

Where::Where()
    : d(new WhereData)
{
}

Where::Where(std::initializer_list<QPair<QString, QVariant>> equalities)
    : d(new WhereData)
{
    if (equalities.size() == 0)
        return;
    if (equalities.size() == 1) {
        *this = Op::eq(equalities.begin()->first, equalities.begin()->second);
        return;
    }
    d->op = And;
    for (const auto &pair : equalities)
        d->children.append(Op::eq(pair.first, pair.second));
}

Where::Where(const QString &attribute, Operator op, const QVariant &value)
    : d(new WhereData)
{
    d->op = op;
    d->attribute = attribute;
    d->value = value;
}

Where::Where(Operator logical, const QList<Where> &children)
    : d(new WhereData)
{
    Q_ASSERT(logical == And || logical == Or || logical == Not);
    d->op = logical;
    d->children = children;
}

Where::Where(const Where &other) = default;
Where &Where::operator=(const Where &other) = default;
Where::~Where() = default;

bool Where::isEmpty() const
{
    return d->op == All;
}
Where::Operator Where::op() const
{
    return d->op;
}
QString Where::attribute() const
{
    return d->attribute;
}
QVariant Where::value() const
{
    return d->value;
}
QList<Where> Where::children() const
{
    return d->children;
}

Where Where::operator&&(const Where &other) const
{
    if (isEmpty())
        return other;
    if (other.isEmpty())
        return *this;
    return Where(And, {*this, other});
}

Where Where::operator||(const Where &other) const
{
    return Where(Or, {*this, other});
}

Where Where::operator!() const
{
    return Where(Not, {*this});
}

namespace Op {
Where eq(const QString &attribute, const QVariant &value)
{
    // Sequelize's shorthands: null is IS NULL, a list is IN.
    if (isSqlNull(value))
        return Where(attribute, Where::Is, QVariant());
    if (value.metaType() == QMetaType::fromType<QVariantList>()
        || value.metaType() == QMetaType::fromType<QStringList>())
        return Where(attribute, Where::In, value.toList());
    return Where(attribute, Where::Eq, value);
}
Where ne(const QString &attribute, const QVariant &value)
{
    return Where(attribute, Where::Ne, value);
}
Where is(const QString &attribute, const QVariant &value)
{
    return Where(attribute, Where::Is, value);
}
Where isNot(const QString &attribute, const QVariant &value)
{
    return Where(attribute, Where::IsNot, value);
}
Where gt(const QString &attribute, const QVariant &value)
{
    return Where(attribute, Where::Gt, value);
}
Where gte(const QString &attribute, const QVariant &value)
{
    return Where(attribute, Where::Gte, value);
}
Where lt(const QString &attribute, const QVariant &value)
{
    return Where(attribute, Where::Lt, value);
}
Where lte(const QString &attribute, const QVariant &value)
{
    return Where(attribute, Where::Lte, value);
}
Where between(const QString &attribute, const QVariant &low, const QVariant &high)
{
    return Where(attribute, Where::Between, QVariantList{low, high});
}
Where notBetween(const QString &attribute, const QVariant &low, const QVariant &high)
{
    return Where(attribute, Where::NotBetween, QVariantList{low, high});
}
Where in(const QString &attribute, const QVariantList &values)
{
    return Where(attribute, Where::In, values);
}
Where notIn(const QString &attribute, const QVariantList &values)
{
    return Where(attribute, Where::NotIn, values);
}
Where like(const QString &attribute, const QString &pattern)
{
    return Where(attribute, Where::Like, pattern);
}
Where notLike(const QString &attribute, const QString &pattern)
{
    return Where(attribute, Where::NotLike, pattern);
}
Where contains(const QString &attribute, const QVariant &value)
{
    return Where(attribute, Where::Contains, value);
}
Where overlap(const QString &attribute, const QVariantList &values)
{
    return Where(attribute, Where::Overlap, values);
}
Where and_(const QList<Where> &conditions)
{
    return Where(Where::And, conditions);
}
Where or_(const QList<Where> &conditions)
{
    return Where(Where::Or, conditions);
}
Where not_(const Where &condition)
{
    return Where(Where::Not, {condition});
}
} // namespace Op

} // namespace QtSequelize
