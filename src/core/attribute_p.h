// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ATTRIBUTE_P_H
#define QTSEQUELIZE_ATTRIBUTE_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include <QtSequelize/attribute.h>

namespace QtSequelize {

class Sequelize;

struct AttributeInternals
{
    // DefinitionError when \a attribute's references(model) named a model of another Sequelize
    // than \a sequelize (a table of another database); \a name is the attribute's.
    static void requireSameSequelize(const Attribute &attribute, const Sequelize *sequelize,
                                     const QString &name);
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_ATTRIBUTE_P_H
