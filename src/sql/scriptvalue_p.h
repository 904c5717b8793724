// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SCRIPTVALUE_P_H
#define QTSEQUELIZE_SCRIPTVALUE_P_H

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

#include <QtCore/qvariant.h>

namespace QtSequelize {

// An attribute's value as JavaScript (QML) should get it, as Sequelize gives it: NULL is null,
// a DATEONLY and a TIME are text, a 64-bit integer past 2^53 its exact text; others as they
// are. Maps and lists are converted item by item.
Q_SEQUELIZE_EXPORT QVariant toScriptValue(const QVariant &value);
// A value JavaScript (QML) handed over, as it meant it: Qt's JavaScript engine hands the empty
// string "" to C++ as a null QString, which is NULL here; it becomes the empty string (in maps,
// lists and string lists too). JavaScript's null arrives as a QVariant of std::nullptr_t and
// stays NULL.
Q_SEQUELIZE_EXPORT QVariant fromScriptValue(const QVariant &value);
// The empty, non-null string.
inline QString emptyString()
{
    return QStringLiteral("");
}

} // namespace QtSequelize

#endif // QTSEQUELIZE_SCRIPTVALUE_P_H
