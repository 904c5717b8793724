// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_WHERE_H
#define QTSEQUELIZE_WHERE_H

#include <QtSequelize/expression.h>
#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qlist.h>
#include <QtCore/qpair.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qvariant.h>

#include <initializer_list>

QT_FORWARD_DECLARE_CLASS(QJsonObject)

namespace QtSequelize {

class WhereData;

class Q_SEQUELIZE_EXPORT Where
{
public:
    enum Operator {
        // An empty Where: matches every row.
        All,
        Eq,
        Ne,
        Is,
        IsNot,
        Gt,
        Gte,
        Lt,
        Lte,
        Between,
        NotBetween,
        In,
        NotIn,
        Like,
        NotLike,
        ILike, // case-insensitive LIKE (ILIKE on PostgreSQL, LOWER() LIKE LOWER() elsewhere)
        NotILike,
        StartsWith, // LIKE 'value%' (as Sequelize, % and _ in the value are not escaped)
        EndsWith,
        Substring,
        Regexp, // ~ on PostgreSQL, REGEXP on MariaDB; not on SQLite
        NotRegexp,
        IRegexp, // PostgreSQL only
        NotIRegexp,
        Contains, // @> : an ARRAY or JSON value contains the given one
        Overlap, // && : ARRAYs share an element
        And,
        Or,
        Not,
        Contained, // <@ : an ARRAY or JSON value contained in the given one (PostgreSQL, MariaDB
                   // JSON)
    };

    Where();
    // {{"name", "a"}, {"age", 30}}: equalities (a list is in, null is is). A map value is read
    // as in fromMap(): {{"age", QVariantMap{{"gt", 30}}}} is an operator, a map on a JSON
    // attribute a path; "or", "and" and "not" are the logical operators.
    Where(std::initializer_list<QPair<QString, QVariant>> equalities);
    Where(const QString &attribute, Operator op, const QVariant &value);
    // A condition on a computed value, as sequelize.where(fn('lower', col('city')), 'paris').
    Where(const Expression &left, Operator op, const QVariant &value);
    Where(Operator logical, const QList<Where> &children);

    // The map form QML and tools send, with Sequelize's operator names:
    // {"age": {"gt": 30}, "or": [{"city": "Paris"}, {"city": null}]}. A plain value is eq (a
    // list is in, null is is). Throws DefinitionError naming an unknown operator.
    static Where fromMap(const QVariantMap &map);
    static Where fromJson(const QJsonObject &json);
    Where(const Where &other);
    Where &operator=(const Where &other);
    Where(Where &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(Where)
    void swap(Where &other) noexcept { d.swap(other.d); }
    ~Where();

    bool isEmpty() const;
    // Equal when they would generate the same SQL.
    bool operator==(const Where &other) const;
    Operator op() const;
    QString attribute() const;
    // The left-hand expression of a condition on a computed value, else invalid.
    QVariant left() const;
    QVariant value() const;
    QList<Where> children() const;

    Where operator&&(const Where &other) const;
    Where operator||(const Where &other) const;
    Where operator!() const;

private:
    friend class WhereAccess;
    QSharedDataPointer<WhereData> d;
};

namespace Op {
Q_SEQUELIZE_EXPORT Where eq(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where ne(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where is(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where isNot(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where gt(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where gte(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where lt(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where lte(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where between(const QString &attribute, const QVariant &low,
                                 const QVariant &high);
Q_SEQUELIZE_EXPORT Where notBetween(const QString &attribute, const QVariant &low,
                                    const QVariant &high);
Q_SEQUELIZE_EXPORT Where in(const QString &attribute, const QVariantList &values);
Q_SEQUELIZE_EXPORT Where notIn(const QString &attribute, const QVariantList &values);
Q_SEQUELIZE_EXPORT Where like(const QString &attribute, const QString &pattern);
Q_SEQUELIZE_EXPORT Where notLike(const QString &attribute, const QString &pattern);
Q_SEQUELIZE_EXPORT Where iLike(const QString &attribute, const QString &pattern);
Q_SEQUELIZE_EXPORT Where notILike(const QString &attribute, const QString &pattern);
// The patterns as an expression: Op::like("title", Op::any({"cat%", "hat%"})), or a column.
Q_SEQUELIZE_EXPORT Where like(const QString &attribute, const Expression &pattern);
Q_SEQUELIZE_EXPORT Where notLike(const QString &attribute, const Expression &pattern);
Q_SEQUELIZE_EXPORT Where iLike(const QString &attribute, const Expression &pattern);
Q_SEQUELIZE_EXPORT Where notILike(const QString &attribute, const Expression &pattern);
Q_SEQUELIZE_EXPORT Where startsWith(const QString &attribute, const QString &prefix);
Q_SEQUELIZE_EXPORT Where endsWith(const QString &attribute, const QString &suffix);
Q_SEQUELIZE_EXPORT Where substring(const QString &attribute, const QString &part);
Q_SEQUELIZE_EXPORT Where regexp(const QString &attribute, const QString &pattern);
Q_SEQUELIZE_EXPORT Where notRegexp(const QString &attribute, const QString &pattern);
Q_SEQUELIZE_EXPORT Where iRegexp(const QString &attribute, const QString &pattern);
Q_SEQUELIZE_EXPORT Where notIRegexp(const QString &attribute, const QString &pattern);
// Op.not on a value: IS NOT for null and booleans, != otherwise.
Q_SEQUELIZE_EXPORT Where not_(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where contains(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where contained(const QString &attribute, const QVariant &value);
Q_SEQUELIZE_EXPORT Where overlap(const QString &attribute, const QVariantList &values);
// Op.any / Op.all: the value of a comparison (eq, ne, gt, gte, lt, lte, like, notLike, iLike,
// notILike) that holds for any (all) of the values, as Op::gt("id", Op::any({2, 3})). A list
// holds for any of its values as an OR of comparisons (so an empty list matches nothing, and
// for all an AND, an empty list everything: PostgreSQL's ANY/ALL of an empty ARRAY); a literal
// sub-query runs as `= ANY (SELECT …)` on PostgreSQL and MariaDB and is refused on SQLite.
Q_SEQUELIZE_EXPORT Expression any(const QVariantList &values);
Q_SEQUELIZE_EXPORT Expression any(const Expression &subquery);
Q_SEQUELIZE_EXPORT Expression all(const QVariantList &values);
Q_SEQUELIZE_EXPORT Expression all(const Expression &subquery);
// Op.and / Op.or / Op.not; the trailing underscore because `and`, `or`, `not` are C++ keywords.
Q_SEQUELIZE_EXPORT Where and_(const QList<Where> &conditions);
Q_SEQUELIZE_EXPORT Where or_(const QList<Where> &conditions);
Q_SEQUELIZE_EXPORT Where not_(const Where &condition);
} // namespace Op

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::Where)

#endif // QTSEQUELIZE_WHERE_H
