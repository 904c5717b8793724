// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/where.h>

#include "../core/coercion_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qjsonobject.h>

namespace QtSequelize {

class WhereData : public QSharedData
{
public:
    Where::Operator op = Where::All;
    QString attribute;
    QVariant left;
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

Where::Where(const Expression &left, Operator op, const QVariant &value)
    : d(new WhereData)
{
    d->op = op;
    d->left = QVariant::fromValue(left);
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
QVariant Where::left() const
{
    return d->left;
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

// The map form: operator names as Sequelize spells its Op symbols.
static Where operatorCondition(const QString &attribute, const QString &op, const QVariant &value);

static Where columnConditions(const QString &attribute, const QVariant &value)
{
    if (value.metaType().id() != QMetaType::QVariantMap)
        return Op::eq(attribute, value); // shorthand: value, list (IN), null (IS NULL)
    const QVariantMap ops = value.toMap();
    QList<Where> parts;
    for (auto it = ops.cbegin(); it != ops.cend(); ++it)
        parts.append(operatorCondition(attribute, it.key(), it.value()));
    return parts.size() == 1 ? parts.first() : Op::and_(parts);
}

static Where operatorCondition(const QString &attribute, const QString &op, const QVariant &value)
{
    const QString name = op.startsWith(QLatin1Char('$')) ? op.mid(1) : op;
    auto text = [&] { return value.toString(); };
    auto list = [&] { return value.toList(); };
    if (name == QLatin1String("eq"))
        return Op::eq(attribute, value);
    if (name == QLatin1String("ne"))
        return Op::ne(attribute, value);
    if (name == QLatin1String("is"))
        return Op::is(attribute, value);
    if (name == QLatin1String("not"))
        return Op::not_(attribute, value);
    if (name == QLatin1String("gt"))
        return Op::gt(attribute, value);
    if (name == QLatin1String("gte"))
        return Op::gte(attribute, value);
    if (name == QLatin1String("lt"))
        return Op::lt(attribute, value);
    if (name == QLatin1String("lte"))
        return Op::lte(attribute, value);
    if (name == QLatin1String("between"))
        return Where(attribute, Where::Between, list());
    if (name == QLatin1String("notBetween"))
        return Where(attribute, Where::NotBetween, list());
    if (name == QLatin1String("in"))
        return Op::in(attribute, list());
    if (name == QLatin1String("notIn"))
        return Op::notIn(attribute, list());
    if (name == QLatin1String("like"))
        return Op::like(attribute, text());
    if (name == QLatin1String("notLike"))
        return Op::notLike(attribute, text());
    if (name == QLatin1String("iLike"))
        return Op::iLike(attribute, text());
    if (name == QLatin1String("notILike"))
        return Op::notILike(attribute, text());
    if (name == QLatin1String("startsWith"))
        return Op::startsWith(attribute, text());
    if (name == QLatin1String("endsWith"))
        return Op::endsWith(attribute, text());
    if (name == QLatin1String("substring"))
        return Op::substring(attribute, text());
    if (name == QLatin1String("regexp"))
        return Op::regexp(attribute, text());
    if (name == QLatin1String("notRegexp"))
        return Op::notRegexp(attribute, text());
    if (name == QLatin1String("iRegexp"))
        return Op::iRegexp(attribute, text());
    if (name == QLatin1String("notIRegexp"))
        return Op::notIRegexp(attribute, text());
    if (name == QLatin1String("contains"))
        return Op::contains(attribute, value);
    if (name == QLatin1String("overlap"))
        return Op::overlap(attribute, list());
    if (name == QLatin1String("or") || name == QLatin1String("and")) {
        // On one column: {"age": {"or": [22, 35]}} or {"age": {"or": {"lt": 25, "gt": 35}}}
        QList<Where> parts;
        if (value.metaType().id() == QMetaType::QVariantMap) {
            const QVariantMap ops = value.toMap();
            for (auto it = ops.cbegin(); it != ops.cend(); ++it)
                parts.append(operatorCondition(attribute, it.key(), it.value()));
        } else {
            for (const QVariant &item : list())
                parts.append(columnConditions(attribute, item));
        }
        return name == QLatin1String("or") ? Op::or_(parts) : Op::and_(parts);
    }
    throw DefinitionError(
        QStringLiteral("Unknown where operator \"%1\" on attribute \"%2\"").arg(op, attribute));
}

static QList<Where> conditionList(const QVariant &value)
{
    QList<Where> parts;
    if (value.metaType().id() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(Where::fromMap(QVariantMap{{it.key(), it.value()}}));
        return parts;
    }
    for (const QVariant &item : value.toList())
        parts.append(Where::fromMap(item.toMap()));
    return parts;
}

Where Where::fromMap(const QVariantMap &map)
{
    QList<Where> parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key = it.key().startsWith(QLatin1Char('$')) ? it.key().mid(1) : it.key();
        if (key == QLatin1String("and"))
            parts.append(Op::and_(conditionList(it.value())));
        else if (key == QLatin1String("or"))
            parts.append(Op::or_(conditionList(it.value())));
        else if (key == QLatin1String("not"))
            parts.append(Op::not_(fromMap(it.value().toMap())));
        else
            parts.append(columnConditions(it.key(), it.value()));
    }
    if (parts.isEmpty())
        return Where();
    return parts.size() == 1 ? parts.first() : Op::and_(parts);
}

Where Where::fromJson(const QJsonObject &json)
{
    return fromMap(json.toVariantMap());
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
    // Sequelize: ne: null is IS NOT NULL.
    if (isSqlNull(value))
        return Where(attribute, Where::IsNot, QVariant());
    return Where(attribute, Where::Ne, value);
}
Where not_(const QString &attribute, const QVariant &value)
{
    if (isSqlNull(value) || value.metaType().id() == QMetaType::Bool)
        return Where(attribute, Where::IsNot, isSqlNull(value) ? QVariant() : value);
    return Where(attribute, Where::Ne, value);
}
Where iLike(const QString &attribute, const QString &pattern)
{
    return Where(attribute, Where::ILike, pattern);
}
Where notILike(const QString &attribute, const QString &pattern)
{
    return Where(attribute, Where::NotILike, pattern);
}
Where startsWith(const QString &attribute, const QString &prefix)
{
    return Where(attribute, Where::StartsWith, prefix);
}
Where endsWith(const QString &attribute, const QString &suffix)
{
    return Where(attribute, Where::EndsWith, suffix);
}
Where substring(const QString &attribute, const QString &part)
{
    return Where(attribute, Where::Substring, part);
}
Where regexp(const QString &attribute, const QString &pattern)
{
    return Where(attribute, Where::Regexp, pattern);
}
Where notRegexp(const QString &attribute, const QString &pattern)
{
    return Where(attribute, Where::NotRegexp, pattern);
}
Where iRegexp(const QString &attribute, const QString &pattern)
{
    return Where(attribute, Where::IRegexp, pattern);
}
Where notIRegexp(const QString &attribute, const QString &pattern)
{
    return Where(attribute, Where::NotIRegexp, pattern);
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
