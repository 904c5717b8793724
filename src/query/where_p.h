// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_WHERE_P_H
#define QTSEQUELIZE_WHERE_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It may change from version to version without
// notice, or even be removed.
//

#include <QtSequelize/where.h>

namespace QtSequelize {

// The key a group of conditions has in Sequelize's where object, which scopes merge by: the
// attribute of {age: {or: [1, 2]}} or {age: {gt: 1, lt: 9}}, or "or"/"and"/"not" for
// {or: [...]}. Held in the group's attribute, which the generator does not read for a group.
class WhereAccess
{
public:
    static Where group(const QString &key, Where::Operator op, const QList<Where> &children);
};

// Sequelize's association getters write their where as {[Op.and]: [own, given]}: one "and"
// key, so a target scope's conditions on the attributes \a given names hold beside them instead
// of being replaced (default scope label != 'hidden', getTags({where: {label: {ne: 'red'}}}):
// neither). Without \a given, \a own as it is (its keys).
Where getterWhere(const Where &own, const Where &given);

} // namespace QtSequelize

#endif // QTSEQUELIZE_WHERE_P_H
