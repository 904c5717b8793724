// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_PROPERTYTYPES_P_H
#define QTSEQUELIZE_PROPERTYTYPES_P_H

#include <QtSequelize/datatype.h>

#include <QtCore/qmetatype.h>

namespace QtSequelize {

// The DataType an attribute gets from its property's C++ type when init() gives none;
// invalid when the C++ type does not tell.
DataType inferDataType(QMetaType propertyType);

// Whether a property of \a propertyType holds every value of a column of \a type (a
// DataType given in init() may refine the inferred one, not contradict it).
bool propertyHolds(QMetaType propertyType, const DataType &type);

} // namespace QtSequelize

#endif // QTSEQUELIZE_PROPERTYTYPES_P_H
