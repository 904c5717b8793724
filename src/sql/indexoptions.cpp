// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "indexoptions_p.h"

namespace QtSequelize {

/*!
    \class QtSequelize::IndexOptions
    \inmodule QtSequelize
    \brief An index as Sequelize's index definitions describe it: fields (plain, ordered, with
    a prefix length, a collation or an operator class, or computed), unique, a partial where,
    the method (\c using) and the type (FULLTEXT, SPATIAL).

    Used by ModelOptions::index() (created by sync()) and QueryInterface::addIndex(). What a
    database cannot build is refused with a DefinitionError before anything runs.
*/

IndexOptions::IndexOptions()
    : d(new IndexOptionsData)
{
}
IndexOptions::IndexOptions(const QStringList &fields)
    : IndexOptions()
{
    this->fields(fields);
}
IndexOptions::IndexOptions(const IndexOptions &other) = default;
IndexOptions::IndexOptions(IndexOptions &&other) noexcept = default;
IndexOptions &IndexOptions::operator=(const IndexOptions &other) = default;
IndexOptions::~IndexOptions() = default;

IndexOptions &IndexOptions::name(const QString &name)
{
    d->name = name;
    return *this;
}
IndexOptions &IndexOptions::unique(bool unique)
{
    d->unique = unique;
    return *this;
}
IndexOptions &IndexOptions::fields(const QStringList &names)
{
    for (const QString &name : names)
        d->keys.append({name, QVariant(), Qt::AscendingOrder, -1, QString(), QString()});
    return *this;
}
IndexOptions &IndexOptions::field(const QString &name, Qt::SortOrder order, int length,
                                  const QString &collate, const QString &operatorClass)
{
    d->keys.append({name, QVariant(), order, length, collate, operatorClass});
    return *this;
}
IndexOptions &IndexOptions::field(const Expression &expression, Qt::SortOrder order)
{
    d->keys.append({QString(), QVariant::fromValue(expression), order, -1, QString(), QString()});
    return *this;
}
IndexOptions &IndexOptions::where(const Where &condition)
{
    d->where = condition;
    return *this;
}
IndexOptions &IndexOptions::using_(const QString &method)
{
    d->method = method;
    return *this;
}
IndexOptions &IndexOptions::type(const QString &type)
{
    d->type = type;
    return *this;
}
QString IndexOptions::indexName() const
{
    return d->name;
}
bool IndexOptions::isUnique() const
{
    return d->unique || d->type.compare(QLatin1String("UNIQUE"), Qt::CaseInsensitive) == 0;
}

} // namespace QtSequelize
