// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "constraintoptions_p.h"

namespace QtSequelize {

/*!
    \class QtSequelize::ConstraintOptions
    \inmodule QtSequelize
    \brief A UNIQUE, CHECK, FOREIGN KEY or PRIMARY KEY constraint for
    QueryInterface::addConstraint(), as Sequelize's constraint options.
*/

ConstraintOptions::ConstraintOptions(Type type, const QStringList &fields)
    : d(new ConstraintOptionsData)
{
    d->type = type;
    d->fields = fields;
}
ConstraintOptions::ConstraintOptions(const ConstraintOptions &other) = default;
ConstraintOptions::ConstraintOptions(ConstraintOptions &&other) noexcept = default;
ConstraintOptions &ConstraintOptions::operator=(const ConstraintOptions &other) = default;
ConstraintOptions::~ConstraintOptions() = default;

ConstraintOptions &ConstraintOptions::name(const QString &name)
{
    d->name = name;
    return *this;
}
ConstraintOptions &ConstraintOptions::check(const Expression &condition)
{
    d->check = QVariant::fromValue(condition);
    return *this;
}
ConstraintOptions &ConstraintOptions::references(const QString &table, const QString &field)
{
    d->table = table;
    d->field = field;
    return *this;
}
ConstraintOptions &ConstraintOptions::onDelete(const QString &action)
{
    d->onDelete = action;
    return *this;
}
ConstraintOptions &ConstraintOptions::onUpdate(const QString &action)
{
    d->onUpdate = action;
    return *this;
}
ConstraintOptions &ConstraintOptions::deferrable(Deferrable deferrable)
{
    d->deferrable = deferrable;
    return *this;
}

} // namespace QtSequelize
