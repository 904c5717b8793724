// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_VALIDATORCHECKS_P_H
#define QTSEQUELIZE_VALIDATORCHECKS_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It may change without notice.
//

#include <QtCore/qstring.h>

namespace QtSequelize::ValidatorChecks {

// validator.js 13 (the library Sequelize v6 validates with), with the options Sequelize's
// validators pass: its default options unless said.
bool isEmail(const QString &text);
bool isUrl(const QString &text);
bool isFqdn(const QString &text);
bool isIPv4(const QString &text);
bool isIPv6(const QString &text);
// Any version, nil and max; with \a version (1 to 8) only that version.
bool isUuid(const QString &text, int version = 0);
bool isCreditCard(const QString &text);
// isLength: characters, a surrogate pair or a variation-selector sequence counting once.
qsizetype length(const QString &text);
// JavaScript's parseFloat: the number the text starts with, NaN without one.
double parseFloat(const QString &text);

} // namespace QtSequelize::ValidatorChecks

#endif // QTSEQUELIZE_VALIDATORCHECKS_P_H
