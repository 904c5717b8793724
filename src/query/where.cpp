// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/where.h>

#include "where_p.h"

#include "../sql/coercion_p.h"
#include "jsonpath_p.h"
#include "vacuous_p.h"

#include <QtSequelize/errors.h>

#include <QtCore/qhash.h>

#include <QtCore/qjsonobject.h>
#include <algorithm>

namespace QtSequelize {

/*!
    \class QtSequelize::Where
    \inmodule QtSequelize
    \brief A where condition: one node of Sequelize's where/Op tree.

    The short form is a list of attribute/value pairs joined by AND, with
    Sequelize's shorthands (a null value is IS NULL, a list is IN):
    \code
    User::findAll(FindOptions().where({{"lastName", "Doe"}, {"groupId", 2}}));
    \endcode
    Operators come from the Op namespace and combine with \c &&, \c || and \c !:
    \code
    Op::gt("age", 30) && (Op::eq("name", "Ann") || Op::is("deletedAt", QVariant()))
    \endcode
    Attribute names are checked against the model when the query is generated;
    values are always bound parameters.
*/

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

Where WhereAccess::group(const QString &key, Where::Operator op, const QList<Where> &children)
{
    Where where(op, children);
    where.d->attribute = key;
    return where;
}

Where getterWhere(const Where &own, const Where &given)
{
    if (given.isEmpty())
        return own;
    return WhereAccess::group(QStringLiteral("and"), Where::And, {own, given});
}

// One pair of the braces form, as the map form reads it: {"age", QVariantMap{{"gt", 5}}} is
// Sequelize's {age: {[Op.gt]: 5}} and {"meta", QVariantMap{{"kind", "a"}}} its JSON path
// meta.kind (both were an equality with the map: a ValidationError, or on a JSON column a
// comparison of the whole document that missed rows); "or"/"and"/"not" are the operators.
static Where bracedCondition(const QString &key, const QVariant &value)
{
    const QStringView name = QStringView(key).mid(key.startsWith(QLatin1Char('$')) ? 1 : 0);
    if (value.metaType().id() == QMetaType::QVariantMap || name == QLatin1String("or")
        || name == QLatin1String("and") || name == QLatin1String("not"))
        return Where::fromMap(QVariantMap{{key, value}});
    return Op::eq(key, value);
}

Where::Where(std::initializer_list<QPair<QString, QVariant>> equalities)
    : d(new WhereData)
{
    if (equalities.size() == 0)
        return;
    if (equalities.size() == 1) {
        *this = bracedCondition(equalities.begin()->first, equalities.begin()->second);
        return;
    }
    d->op = And;
    for (const auto &pair : equalities)
        d->children.append(bracedCondition(pair.first, pair.second));
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
Where::Where(Where &&other) noexcept = default;
Where &Where::operator=(const Where &other) = default;
Where::~Where() = default;

bool Where::operator==(const Where &other) const
{
    return d == other.d
        || (d->op == other.d->op && d->attribute == other.d->attribute && d->left == other.d->left
            && d->value == other.d->value && d->children == other.d->children);
}

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

// a && b && c built in a loop stays one AND of many children, not a tree as deep as the loop is
// long (which would exhaust the stack when the SQL is generated).
static Where joined(Where::Operator op, const Where &left, const Where &right)
{
    QList<Where> children;
    for (const Where *side : {&left, &right}) {
        if (side->op() == op)
            children += side->children();
        else
            children.append(*side);
    }
    return Where(op, children);
}

Where Where::operator&&(const Where &other) const
{
    if (isEmpty())
        return other;
    if (other.isEmpty())
        return *this;
    return joined(And, *this, other);
}

Where Where::operator||(const Where &other) const
{
    return joined(Or, *this, other);
}

Where Where::operator!() const
{
    return Where(Not, {*this});
}

// The map form: operator names as Sequelize spells its Op symbols.
namespace {
// Nesting of the map form: deeper than any real condition, far from exhausting the stack on a
// hostile input (a where nested 100,000 levels deep, from QML or JSON).
constexpr int MaxWhereDepth = 64;
thread_local int whereDepth = 0;
struct DepthGuard
{
    DepthGuard()
    {
        if (++whereDepth > MaxWhereDepth) {
            --whereDepth;
            throw DefinitionError(
                QStringLiteral("A where is nested more than %1 levels deep").arg(MaxWhereDepth));
        }
    }
    ~DepthGuard() { --whereDepth; }
    DepthGuard(const DepthGuard &) = delete;
    DepthGuard &operator=(const DepthGuard &) = delete;
};
} // namespace

static Where operatorCondition(const QString &attribute, const QString &op, const QVariant &value);

static Where columnConditions(const QString &attribute, const QVariant &value)
{
    if (value.metaType().id() != QMetaType::QVariantMap)
        return Op::eq(attribute, value); // shorthand: value, list (IN), null (IS NULL)
    const QVariantMap ops = value.toMap();
    if (ops.isEmpty())
        // Sequelize refuses it too (no valid value of the column's type); read as no condition,
        // a destroy would take every row.
        throw DefinitionError(
            QStringLiteral("The condition on attribute \"%1\" is an empty object").arg(attribute));
    QList<Where> parts;
    for (auto it = ops.cbegin(); it != ops.cend(); ++it)
        parts.append(operatorCondition(attribute, it.key(), it.value()));
    return parts.size() == 1 ? parts.first() : WhereAccess::group(attribute, Where::And, parts);
}

// An operator's value in the map form: {"any": [...]} / {"all": [...]} is Op.any/Op.all; other
// values go to the generator as they are, which refuses what the operator cannot take.
static QVariant operand(const QVariant &value)
{
    if (value.metaType().id() != QMetaType::QVariantMap)
        return value;
    const QVariantMap map = value.toMap();
    if (map.size() == 1) {
        const QString key
            = map.firstKey().startsWith(QLatin1Char('$')) ? map.firstKey().mid(1) : map.firstKey();
        if (key == QLatin1String("any"))
            return Expression::any(map.first());
        if (key == QLatin1String("all"))
            return Expression::all(map.first());
        // Sequelize's {a: {[Op.gt]: {[Op.col]: 'b'}}}: a > b.
        if (key == QLatin1String("col")) {
            if (map.first().metaType().id() != QMetaType::QString
                || map.first().toString().isEmpty())
                throw DefinitionError(
                    QStringLiteral("The value of \"col\" must be a column's name"));
            return QVariant::fromValue(Expression::column(map.first().toString()));
        }
    }
    return value;
}

static Where operatorCondition(const QString &attribute, const QString &op, const QVariant &value)
{
    const DepthGuard guard;
    static const QHash<QString, Where::Operator> operators{
        {QStringLiteral("gt"), Where::Gt},
        {QStringLiteral("gte"), Where::Gte},
        {QStringLiteral("lt"), Where::Lt},
        {QStringLiteral("lte"), Where::Lte},
        {QStringLiteral("between"), Where::Between},
        {QStringLiteral("notBetween"), Where::NotBetween},
        {QStringLiteral("in"), Where::In},
        {QStringLiteral("notIn"), Where::NotIn},
        {QStringLiteral("like"), Where::Like},
        {QStringLiteral("notLike"), Where::NotLike},
        {QStringLiteral("iLike"), Where::ILike},
        {QStringLiteral("notILike"), Where::NotILike},
        {QStringLiteral("startsWith"), Where::StartsWith},
        {QStringLiteral("endsWith"), Where::EndsWith},
        {QStringLiteral("substring"), Where::Substring},
        {QStringLiteral("regexp"), Where::Regexp},
        {QStringLiteral("notRegexp"), Where::NotRegexp},
        {QStringLiteral("iRegexp"), Where::IRegexp},
        {QStringLiteral("notIRegexp"), Where::NotIRegexp},
        {QStringLiteral("overlap"), Where::Overlap},
    };
    const QString name = op.startsWith(QLatin1Char('$')) ? op.mid(1) : op;
    if (name == QLatin1String("eq"))
        return Op::eq(attribute, operand(value));
    if (name == QLatin1String("ne"))
        return Op::ne(attribute, operand(value));
    if (name == QLatin1String("is"))
        return Op::is(attribute, value);
    if (name == QLatin1String("not"))
        return Op::not_(attribute, operand(value));
    if (name == QLatin1String("any") || name == QLatin1String("all")) // {"id": {"any": [2, 3]}}
        return Where(attribute, Where::Eq, operand(QVariantMap{{name, value}}));
    if (const auto it = operators.constFind(name); it != operators.cend())
        return Where(attribute, *it, operand(value));
    if (name == QLatin1String("contains"))
        return Op::contains(attribute, value);
    if (name == QLatin1String("contained"))
        return Op::contained(attribute, value);
    if (name == QLatin1String("col")) { // Sequelize's {a: {[Op.col]: 'user.organization_id'}}
        if (value.metaType().id() != QMetaType::QString || value.toString().isEmpty())
            throw DefinitionError(QStringLiteral("The value of \"col\" on attribute \"%1\" must "
                                                 "be a column's name")
                                      .arg(attribute));
        return Op::eq(attribute, QVariant::fromValue(Expression::column(value.toString())));
    }
    if (name == QLatin1String("or") || name == QLatin1String("and")) {
        // On one column: {"age": {"or": [22, 35]}} or {"age": {"or": {"lt": 25, "gt": 35}}}
        QList<Where> parts;
        if (value.metaType().id() == QMetaType::QVariantMap) {
            const QVariantMap ops = value.toMap();
            for (auto it = ops.cbegin(); it != ops.cend(); ++it)
                parts.append(operatorCondition(attribute, it.key(), it.value()));
        } else if (isValueList(value)) {
            for (const QVariant &item : value.toList())
                parts.append(columnConditions(attribute, item));
        } else {
            throw DefinitionError(QStringLiteral("The value of \"%1\" on attribute \"%2\" must be "
                                                 "a list or an object of operators")
                                      .arg(name, attribute));
        }
        // Sequelize joins the parts on one attribute that write SQL, and writes nothing when
        // none does ({a: {or: [{notIn: []}]}} matches every row), unlike a top-level or.
        if (!parts.isEmpty() && std::all_of(parts.cbegin(), parts.cend(), isVacuous))
            return Where();
        if (parts.isEmpty() && name == QLatin1String("or"))
            // Sequelize reads {age: {or: []}} as no condition (every row), its {or: []} as no
            // row: refused rather than either.
            throw DefinitionError(
                QStringLiteral("The \"or\" on attribute \"%1\" has no conditions").arg(attribute));
        return WhereAccess::group(attribute, name == QLatin1String("or") ? Where::Or : Where::And,
                                  parts);
    }
    // Sequelize operators with nothing here to run them (no RANGE type, no JSONB key existence
    // yet): refused by name, not read as a JSON key, which would compare a path such as
    // doc.anyKeyExists with the value and quietly find nothing. (Sequelize's internal
    // placeholder/values/join and full-text match stay JSON keys, as a string key is there.)
    static const QStringList unsupported{
        QStringLiteral("adjacent"),      QStringLiteral("strictLeft"),
        QStringLiteral("strictRight"),   QStringLiteral("noExtendLeft"),
        QStringLiteral("noExtendRight"), QStringLiteral("anyKeyExists"),
        QStringLiteral("allKeysExist")};
    if (unsupported.contains(name))
        throw DefinitionError(QStringLiteral("The where operator \"%1\" (attribute \"%2\") is "
                                             "not supported")
                                  .arg(name, attribute));
    if (!op.startsWith(QLatin1Char('$')) && !op.isEmpty())
        // Sequelize's nested JSON form: {meta: {kind: 'a', n: {gt: 1}}} is a condition on the
        // path meta.kind and one on meta.n; the generator refuses a path on a column that is
        // not JSON.
        return columnConditions(attribute + QLatin1Char('.') + JsonPath::escapedKey(op), value);
    throw DefinitionError(
        QStringLiteral("Unknown where operator \"%1\" on attribute \"%2\"").arg(op, attribute));
}

// The object a logical operator holds, refusing anything else: a value that is no object would
// otherwise read as an empty condition, which matches every row.
static QVariantMap conditionObject(const QVariant &value, const QString &op)
{
    if (value.metaType().id() != QMetaType::QVariantMap)
        throw DefinitionError(
            QStringLiteral("The conditions of \"%1\" must be objects of attribute conditions")
                .arg(op));
    return value.toMap();
}

static QList<Where> conditionList(const QVariant &value, const QString &op)
{
    QList<Where> parts;
    if (value.metaType().id() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            parts.append(Where::fromMap(QVariantMap{{it.key(), it.value()}}));
        return parts;
    }
    if (!isValueList(value))
        throw DefinitionError(
            QStringLiteral("The value of \"%1\" must be a list or an object of conditions")
                .arg(op));
    for (const QVariant &item : value.toList())
        parts.append(Where::fromMap(conditionObject(item, op)));
    return parts;
}

Where Where::fromMap(const QVariantMap &map)
{
    const DepthGuard guard;
    QList<Where> parts;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const QString key = it.key().startsWith(QLatin1Char('$')) ? it.key().mid(1) : it.key();
        if (key == QLatin1String("and")) {
            parts.append(WhereAccess::group(key, Where::And, conditionList(it.value(), key)));
        } else if (key == QLatin1String("or")) {
            parts.append(WhereAccess::group(key, Where::Or, conditionList(it.value(), key)));
        } else if (key == QLatin1String("not")) { // a list: not (a and b), as Sequelize
            const QList<Where> list = conditionList(it.value(), key);
            parts.append(WhereAccess::group(key, Where::Not,
                                            {list.size() == 1 ? list.first() : Op::and_(list)}));
        } else {
            parts.append(columnConditions(it.key(), it.value()));
        }
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
    // Sequelize's shorthands: null is IS NULL, a list is IN (which the generator decides: on an
    // ARRAY attribute a list is the array compared with).
    if (isSqlNull(value))
        return Where(attribute, Where::Is, QVariant());
    if (value.metaType() == QMetaType::fromType<QStringList>())
        return Where(attribute, Where::Eq, value.toList());
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
    // Sequelize: {[Op.not]: [1, 2]} is NOT IN (1, 2).
    if (value.metaType() == QMetaType::fromType<QVariantList>()
        || value.metaType() == QMetaType::fromType<QStringList>())
        return Where(attribute, Where::NotIn, value.toList());
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
Where like(const QString &attribute, const Expression &pattern)
{
    return Where(attribute, Where::Like, QVariant::fromValue(pattern));
}
Where notLike(const QString &attribute, const Expression &pattern)
{
    return Where(attribute, Where::NotLike, QVariant::fromValue(pattern));
}
Where iLike(const QString &attribute, const Expression &pattern)
{
    return Where(attribute, Where::ILike, QVariant::fromValue(pattern));
}
Where notILike(const QString &attribute, const Expression &pattern)
{
    return Where(attribute, Where::NotILike, QVariant::fromValue(pattern));
}
Expression any(const QVariantList &values)
{
    return Expression::any(values);
}
Expression any(const Expression &subquery)
{
    return Expression::any(QVariant::fromValue(subquery));
}
Expression all(const QVariantList &values)
{
    return Expression::all(values);
}
Expression all(const Expression &subquery)
{
    return Expression::all(QVariant::fromValue(subquery));
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

Where contained(const QString &attribute, const QVariant &value)
{
    return Where(attribute, Where::Contained, value);
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
