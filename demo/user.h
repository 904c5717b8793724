// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef DEMO_USER_H
#define DEMO_USER_H

#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

//! [models]
class UserGroup : public QtSequelize::TypedModel<UserGroup>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, name, setName)
};

class User : public QtSequelize::TypedModel<User>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, username, setUsername)
    QSQ_ATTRIBUTE(QString, firstName, setFirstName)
    QSQ_ATTRIBUTE(QString, lastName, setLastName)
    QSQ_BELONGS_TO(UserGroup, group, Group) // group(), getGroup(), setGroup(), createGroup()
};
//! [models]

//! [define]
// Registers both models with \a sequelize: a User belongs to a UserGroup as `group`.
inline void defineModels(QtSequelize::Sequelize *sequelize)
{
    using namespace QtSequelize;
    UserGroup::init(sequelize, {{"name", Attribute(DataTypes::String()).allowNull(false)}});
    User::init(sequelize,
               {{"username", Attribute(DataTypes::String(64)).allowNull(false).unique()}});
    User::belongsTo(UserGroup::model(), AssociationOptions().as("group").foreignKey("groupId"));
}
//! [define]

#endif // DEMO_USER_H
