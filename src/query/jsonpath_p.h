// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_JSONPATH_P_H
#define QTSEQUELIZE_JSONPATH_P_H

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

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qstringlist.h>

// A path inside a JSON attribute, as a where's or an order's name spells it: "meta.a.b". The
// nested map form ({meta: {"a.b": 1}}) names the key "a.b" itself, as Sequelize does: its dots
// (and backslashes) are escaped with a backslash when the key joins the path.
namespace QtSequelize::JsonPath {

// The keys of \a path (the part after the attribute): split at each unescaped '.', "\." and
// "\\" unescaped; any other backslash is itself.
Q_SEQUELIZE_EXPORT QStringList keys(const QString &path);
// \a key as one key of a path.
Q_SEQUELIZE_EXPORT QString escapedKey(const QString &key);

} // namespace QtSequelize::JsonPath

#endif // QTSEQUELIZE_JSONPATH_P_H
