// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ATTRIBUTE_H
#define QTSEQUELIZE_ATTRIBUTE_H

#include <QtSequelize/datatype.h>
#include <QtSequelize/expression.h>
#include <QtSequelize/validator.h>

#include <QtCore/qlist.h>
#include <QtCore/qpair.h>

#include <functional>

namespace QtSequelize {

class AttributeData;
class Model;
class ModelDefinition;

class Q_SEQUELIZE_EXPORT Attribute
{
public:
    Attribute();
    Attribute(const DataType &type); // implicit on purpose: {"name", DataTypes::String()}
    Attribute(const Attribute &other);
    Attribute &operator=(const Attribute &other);
    Attribute(Attribute &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(Attribute)
    void swap(Attribute &other) noexcept { d.swap(other.d); }
    ~Attribute();

    DataType type() const;
    Attribute &type(const DataType &type);

    bool allowsNull() const;
    Attribute &allowNull(bool allowNull);

    bool isPrimaryKey() const;
    Attribute &primaryKey();

    bool isAutoIncrement() const;
    Attribute &autoIncrement();

    // A unique constraint of its own, or a named composite one shared with other attributes.
    bool isUnique() const;
    QString uniqueKey() const;
    Attribute &unique();
    Attribute &unique(const QString &compositeName);
    // Sequelize's unique: {msg}: the message of a violation of the attribute's unique key.
    QString uniqueMessage() const;
    Attribute &uniqueMessage(const QString &message);

    bool hasDefaultValue() const;
    QVariant defaultValue() const;
    Attribute &defaultValue(const QVariant &value);

    // The column name; empty means derived from the attribute name.
    QString field() const;
    Attribute &field(const QString &column);

    QString comment() const;
    Attribute &comment(const QString &text);

    // A CHECK constraint on the column, its condition written in SQL
    // (Sequelize::literal("\"price\" > 0"); on MariaDB, which reads "price" as a string,
    // `price` or QueryInterface::quoteIdentifier()): sync() and createTable() create it; a row
    // that violates it is a DatabaseError from the database. Schema code, never user input.
    Attribute &check(const Expression &condition);
    bool hasCheck() const;
    QString checkCondition() const;

    // An attribute of a model class without a Q_PROPERTY of its name (read with get()).
    Attribute &withoutProperty(bool enabled = true);
    bool isWithoutProperty() const;

    // A FOREIGN KEY to \a column of \a table (Sequelize's references: {model, key}), with its
    // referential actions (onDelete/onUpdate: "CASCADE", "SET NULL", "RESTRICT", "NO ACTION").
    Attribute &references(const QString &table, const QString &column = QStringLiteral("id"));
    // A FOREIGN KEY to \a column of \a model's table, in the model's schema (Sequelize's
    // references: {model: Model}).
    Attribute &references(const ModelDefinition *model,
                          const QString &column = QStringLiteral("id"));
    // The referenced table's schema: the model's, or empty (the connection's).
    QString referencedSchema() const;
    Attribute &onDelete(const QString &action);
    Attribute &onUpdate(const QString &action);
    QString referencedTable() const;
    QString referencedColumn() const;
    QString onDeleteAction() const;
    QString onUpdateAction() const;
    // references: {deferrable}: when the foreign key is checked (PostgreSQL, as for
    // associations); Deferrable::Not when not given.
    Attribute &deferrable(Deferrable deferrable);
    Deferrable deferrableMode() const;

    bool hasExplicitAllowNull() const;

    // Appends a validator (Sequelize's validate: {...}).
    Attribute &validate(const Validator &validator);
    QList<Validator> validators() const;

    // A custom getter (Sequelize's get()): Model::get(), get() of all values and toJSON()
    // return what it computes; Model::getDataValue() still reads the stored value.
    using Getter = std::function<QVariant(const Model &instance)>;
    Attribute &get(const Getter &getter);
    const Getter &getter() const;

    // A custom setter (Sequelize's set()): Model::set() calls it instead of storing the value;
    // it stores with Model::setDataValue(). Where values never pass through it.
    using Setter = std::function<void(Model &instance, const QVariant &value)>;
    Attribute &set(const Setter &setter);
    const Setter &setter() const;

    // The stored attributes a VIRTUAL attribute's getter reads: selecting the virtual
    // attribute selects them too (Sequelize's DataTypes.VIRTUAL(type, [dependencies])).
    Attribute &dependsOn(const QStringList &attributes);
    QStringList dependencies() const;

private:
    friend struct AttributeInternals;
    QSharedDataPointer<AttributeData> d;
};

// Attributes in definition order, as Sequelize's attributes object.
using Attributes = QList<QPair<QString, Attribute>>;

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::Attribute)

#endif // QTSEQUELIZE_ATTRIBUTE_H
