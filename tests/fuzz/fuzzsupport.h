// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// What the fuzz targets share: a Qt application, the three dialects (no server: only the SQL
// they generate is looked at), and the value-substitution check. A value must never reach the
// SQL text: the text generated for an input must not change when every string value in it is
// replaced by another of the same shape (letters and digits changed, the rest kept). A target
// that finds otherwise prints both texts and aborts, so that libFuzzer keeps the input.

#ifndef QTSEQUELIZE_FUZZSUPPORT_H
#define QTSEQUELIZE_FUZZSUPPORT_H

#include <QtSequelize/Sequelize>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qstring.h>

#include <memory>

namespace FuzzSupport {

// Made once, in LLVMFuzzerInitialize.
void initialize(int *argc, char ***argv);
// SQLite (in memory), PostgreSQL and MariaDB (unreachable: nothing connects).
QtSequelize::Sequelize &dialect(int index);
constexpr int DialectCount = 3;

// Every string value of \a value (object keys kept) replaced by one of the same shape.
QJsonValue withOtherStrings(const QJsonValue &value);
QString otherString(const QString &text);

// Aborts, printing \a what and the two texts, when they differ.
void requireSameText(const char *what, const QString &sql, const QString &otherSql);

} // namespace FuzzSupport

#endif // QTSEQUELIZE_FUZZSUPPORT_H
