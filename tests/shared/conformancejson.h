// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CONFORMANCEJSON_H
#define QTSEQUELIZE_CONFORMANCEJSON_H

#include <QtCore/qjsonobject.h>
#include <QtCore/qjsonvalue.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qvariant.h>

// Helpers for the conformance scenarios (../shared/conformance): values in the
// recorded JSON conventions, and a comparison that follows those conventions.
namespace Conformance {

// A Qt value as the scenario JSON records it: a QDateTime within two days of now is
// "<date>", other dates ISO 8601 UTC with milliseconds; QDate "YYYY-MM-DD"; QTime
// "HH:MM:SS"; QByteArray {"$buffer": hex}; null stays null.
QJsonValue value(const QVariant &v);
QJsonObject values(const QVariantMap &map);

// Compares as parsed JSON. Keys containing "quirk_" are skipped. Where Sequelize hands
// out a string for a number (BIGINT, DECIMAL) and QtSequelize a native number, they are
// compared by value (the deliberate difference in the conformance README). Returns
// one line per difference; empty when equal.
QStringList compare(const QJsonValue &actual, const QJsonValue &expected,
                    const QString &path = QString());

} // namespace Conformance

#endif // QTSEQUELIZE_CONFORMANCEJSON_H
