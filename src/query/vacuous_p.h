// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_VACUOUS_P_H
#define QTSEQUELIZE_VACUOUS_P_H

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

#include <QtSequelize/where.h>

namespace QtSequelize {

// Whether \a where writes no SQL in Sequelize: an empty object, and: [] or an and of those, and
// notIn: []. An "and" leaves such a condition out, and so does an "or", which matches nothing
// when it holds only such conditions ({or: [{}]}: 0 = 1), as does a "not" of one; an "or" on one
// attribute ({a: {or: [{notIn: []}]}}) that holds only such conditions writes nothing itself.
bool isVacuous(const Where &where);

} // namespace QtSequelize

#endif // QTSEQUELIZE_VACUOUS_P_H
