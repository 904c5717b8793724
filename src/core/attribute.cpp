// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/attribute.h>
#include <QtSequelize/errors.h>

#include "../meta/modeldefinition_p.h"
#include "attribute_p.h"

#include <optional>

namespace QtSequelize {

/*!
    \class QtSequelize::Attribute
    \inmodule QtSequelize
    \brief The options of one model attribute, as in Sequelize's attribute object.

    An Attribute converts implicitly from a DataType, so the short form of a
    definition is \c{{"title", DataTypes::String()}}; the long form chains the
    options Sequelize users know:
    \code
    {"username", Attribute(DataTypes::String(64)).allowNull(false).unique()}
    \endcode
*/

class AttributeData : public QSharedData
{
public:
    DataType type;
    QVariant defaultValue;
    QString uniqueKey;
    QString uniqueMessage;
    QString field;
    QString comment;
    QString check;
    QString referencedTable;
    QString referencedSchema;
    QString referencedColumn;
    // The Sequelize of the model references(model) named (compared, never dereferenced).
    const Sequelize *referencedOwner = nullptr;
    QString onDelete;
    QString onUpdate;
    std::optional<Deferrable> deferrable;
    bool allowNull = true;
    bool explicitAllowNull = false;
    bool primaryKey = false;
    bool autoIncrement = false;
    bool hasDefault = false;
    bool withoutProperty = false;
    QList<Validator> validators;
    Attribute::Getter getter;
    Attribute::Setter setter;
    QStringList dependencies;
};

Attribute::Attribute()
    : d(new AttributeData)
{
}
Attribute::Attribute(const DataType &type)
    : d(new AttributeData)
{
    d->type = type;
}
Attribute::Attribute(const Attribute &other) = default;
Attribute::Attribute(Attribute &&other) noexcept = default;
Attribute &Attribute::operator=(const Attribute &other) = default;
Attribute::~Attribute() = default;

DataType Attribute::type() const
{
    return d->type;
}
Attribute &Attribute::type(const DataType &type)
{
    d->type = type;
    return *this;
}

bool Attribute::allowsNull() const
{
    return d->allowNull;
}
bool Attribute::hasExplicitAllowNull() const
{
    return d->explicitAllowNull;
}
Attribute &Attribute::allowNull(bool allowNull)
{
    d->allowNull = allowNull;
    d->explicitAllowNull = true;
    return *this;
}

bool Attribute::isPrimaryKey() const
{
    return d->primaryKey;
}
Attribute &Attribute::primaryKey()
{
    d->primaryKey = true;
    return *this;
}

bool Attribute::isAutoIncrement() const
{
    return d->autoIncrement;
}
Attribute &Attribute::autoIncrement()
{
    d->autoIncrement = true;
    return *this;
}

bool Attribute::isUnique() const
{
    return !d->uniqueKey.isEmpty();
}
QString Attribute::uniqueKey() const
{
    return d->uniqueKey;
}
Attribute &Attribute::unique()
{
    d->uniqueKey = QStringLiteral("\x01"); // a key of its own; named when the model is initialised
    return *this;
}
Attribute &Attribute::unique(const QString &compositeName)
{
    d->uniqueKey = compositeName;
    return *this;
}

/*!
    Returns the message of a violation of the attribute's unique key, or an empty string for
    Sequelize's default ("email must be unique").
*/
QString Attribute::uniqueMessage() const
{
    return d->uniqueMessage;
}

/*!
    Sets the \a message of a violation of the attribute's unique key, as Sequelize's
    \c{unique: {msg: 'Email taken'}}: the UniqueConstraintError's message() and that of its
    item for the attribute. Makes the attribute unique (a key of its own) when it was not; for a
    composite key, call unique(name) first. Returns the attribute.
*/
Attribute &Attribute::uniqueMessage(const QString &message)
{
    if (d->uniqueKey.isEmpty())
        unique();
    d->uniqueMessage = message;
    return *this;
}

bool Attribute::hasDefaultValue() const
{
    return d->hasDefault;
}
QVariant Attribute::defaultValue() const
{
    return d->defaultValue;
}
Attribute &Attribute::defaultValue(const QVariant &value)
{
    d->defaultValue = value;
    d->hasDefault = true;
    return *this;
}

QString Attribute::field() const
{
    return d->field;
}
Attribute &Attribute::field(const QString &column)
{
    d->field = column;
    return *this;
}

Attribute &Attribute::validate(const Validator &validator)
{
    d->validators.append(validator);
    return *this;
}

QList<Validator> Attribute::validators() const
{
    return d->validators;
}

Attribute &Attribute::check(const Expression &condition)
{
    if (condition.kind() != Expression::Literal || condition.text().trimmed().isEmpty())
        throw DefinitionError(QStringLiteral("A CHECK constraint takes its condition as "
                                             "Sequelize::literal(\"...\")"));
    d->check = condition.text();
    return *this;
}

bool Attribute::hasCheck() const
{
    return !d->check.isEmpty();
}

QString Attribute::checkCondition() const
{
    return d->check;
}

QString Attribute::comment() const
{
    return d->comment;
}
Attribute &Attribute::comment(const QString &text)
{
    d->comment = text;
    return *this;
}

/*!
    Marks an attribute of a model class (TypedModel) that has no Q_PROPERTY of its name: its
    value is stored in the instance and read with Model::get(). Without the mark such an
    init() entry is a DefinitionError, so that a misspelt name is not silently a new column.
    \a enabled false removes the mark.
*/
Attribute &Attribute::withoutProperty(bool enabled)
{
    d->withoutProperty = enabled;
    return *this;
}

bool Attribute::isWithoutProperty() const
{
    return d->withoutProperty;
}

Attribute &Attribute::get(const Getter &getter)
{
    d->getter = getter;
    return *this;
}

const Attribute::Getter &Attribute::getter() const
{
    return d->getter;
}

Attribute &Attribute::set(const Setter &setter)
{
    d->setter = setter;
    return *this;
}

const Attribute::Setter &Attribute::setter() const
{
    return d->setter;
}

Attribute &Attribute::dependsOn(const QStringList &attributes)
{
    d->dependencies = attributes;
    return *this;
}

QStringList Attribute::dependencies() const
{
    return d->dependencies;
}

Attribute &Attribute::references(const QString &table, const QString &column)
{
    d->referencedTable = table;
    d->referencedSchema.clear();
    d->referencedColumn = column;
    d->referencedOwner = nullptr;
    return *this;
}
Attribute &Attribute::references(const ModelDefinition *model, const QString &column)
{
    if (!model)
        throw DefinitionError(QStringLiteral("references() takes a model"));
    const TableName table = ModelDefinitionPrivate::get(model)->table();
    d->referencedTable = table.name;
    d->referencedSchema = table.schema;
    d->referencedColumn = column;
    d->referencedOwner = ModelDefinitionPrivate::get(model)->sequelize;
    return *this;
}
QString Attribute::referencedSchema() const
{
    return d->referencedSchema;
}
Attribute &Attribute::onDelete(const QString &action)
{
    d->onDelete = action;
    return *this;
}
Attribute &Attribute::onUpdate(const QString &action)
{
    d->onUpdate = action;
    return *this;
}
Attribute &Attribute::deferrable(Deferrable deferrable)
{
    d->deferrable = deferrable;
    return *this;
}
Deferrable Attribute::deferrableMode() const
{
    return d->deferrable.value_or(Deferrable::Not);
}
QString Attribute::referencedTable() const
{
    return d->referencedTable;
}
QString Attribute::referencedColumn() const
{
    return d->referencedColumn;
}
QString Attribute::onDeleteAction() const
{
    return d->onDelete;
}
QString Attribute::onUpdateAction() const
{
    return d->onUpdate;
}

void AttributeInternals::requireSameSequelize(const Attribute &attribute,
                                              const Sequelize *sequelize, const QString &name)
{
    const Sequelize *owner = attribute.d->referencedOwner;
    if (owner && owner != sequelize)
        throw DefinitionError(QStringLiteral("The attribute \"%1\" references a model of another "
                                             "Sequelize instance: its table is in that one's "
                                             "database")
                                  .arg(name));
}

} // namespace QtSequelize
