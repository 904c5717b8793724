// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// ColumnDescription and IndexDescription: what QueryInterface reads back from the database.

#include <QtSequelize/queryinterface.h>

namespace QtSequelize {

/*!
    \class QtSequelize::ColumnDescription
    \inmodule QtSequelize
    \brief One column as QueryInterface::describeTable() finds it in the database.
*/

/*!
    \class QtSequelize::IndexDescription
    \inmodule QtSequelize
    \brief One index of a table, as QueryInterface::showIndex() finds it.
*/

class ColumnDescriptionData : public QSharedData
{
public:
    QString type;
    QVariant defaultValue;
    QVariant comment;
    QStringList special;
    bool allowNull = true;
    bool primaryKey = false;
    bool unique = false;
    bool autoIncrement = false;
};

ColumnDescription::ColumnDescription()
    : d(new ColumnDescriptionData)
{
}
ColumnDescription::ColumnDescription(const QString &type, bool allowNull,
                                     const QVariant &defaultValue, bool primaryKey)
    : d(new ColumnDescriptionData)
{
    d->type = type;
    d->allowNull = allowNull;
    d->defaultValue = defaultValue;
    d->primaryKey = primaryKey;
}
ColumnDescription::ColumnDescription(const ColumnDescription &other) = default;
ColumnDescription::ColumnDescription(ColumnDescription &&other) noexcept = default;
ColumnDescription &ColumnDescription::operator=(const ColumnDescription &other) = default;
ColumnDescription::~ColumnDescription() = default;
QString ColumnDescription::type() const
{
    return d->type;
}
bool ColumnDescription::allowsNull() const
{
    return d->allowNull;
}
QVariant ColumnDescription::defaultValue() const
{
    return d->defaultValue;
}
bool ColumnDescription::isPrimaryKey() const
{
    return d->primaryKey;
}
bool ColumnDescription::isUnique() const
{
    return d->unique;
}
void ColumnDescription::setUnique(bool unique)
{
    d->unique = unique;
}
bool ColumnDescription::isAutoIncrement() const
{
    return d->autoIncrement;
}
void ColumnDescription::setAutoIncrement(bool autoIncrement)
{
    d->autoIncrement = autoIncrement;
}
QVariant ColumnDescription::comment() const
{
    return d->comment;
}
void ColumnDescription::setComment(const QVariant &comment)
{
    d->comment = comment;
}
QStringList ColumnDescription::special() const
{
    return d->special;
}
void ColumnDescription::setSpecial(const QStringList &values)
{
    d->special = values;
}
QVariantMap ColumnDescription::toMap() const
{
    QVariantMap map{{QStringLiteral("type"), d->type},
                    {QStringLiteral("allowNull"), d->allowNull},
                    {QStringLiteral("defaultValue"), d->defaultValue},
                    {QStringLiteral("primaryKey"), d->primaryKey}};
    if (d->comment.isValid())
        map.insert(QStringLiteral("comment"), d->comment);
    if (!d->special.isEmpty())
        map.insert(QStringLiteral("special"), d->special);
    return map;
}

class IndexDescriptionData : public QSharedData
{
public:
    QString name;
    QStringList fields;
    bool unique = false;
    bool primary = false;
};

IndexDescription::IndexDescription()
    : d(new IndexDescriptionData)
{
}
IndexDescription::IndexDescription(const QString &name, const QStringList &fields, bool unique,
                                   bool primary)
    : d(new IndexDescriptionData)
{
    d->name = name;
    d->fields = fields;
    d->unique = unique;
    d->primary = primary;
}
IndexDescription::IndexDescription(const IndexDescription &other) = default;
IndexDescription::IndexDescription(IndexDescription &&other) noexcept = default;
IndexDescription &IndexDescription::operator=(const IndexDescription &other) = default;
IndexDescription::~IndexDescription() = default;
QString IndexDescription::name() const
{
    return d->name;
}
QStringList IndexDescription::fields() const
{
    return d->fields;
}
bool IndexDescription::isUnique() const
{
    return d->unique;
}
bool IndexDescription::isPrimary() const
{
    return d->primary;
}
QVariantMap IndexDescription::toMap() const
{
    return {{QStringLiteral("name"), d->name},
            {QStringLiteral("fields"), d->fields},
            {QStringLiteral("unique"), d->unique},
            {QStringLiteral("primary"), d->primary}};
}

} // namespace QtSequelize
