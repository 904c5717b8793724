// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CONFIGFILE_P_H
#define QTSEQUELIZE_CONFIGFILE_P_H

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

#include <QtCore/qjsonobject.h>

namespace QtSequelize {

// Sequelize CLI's config.json: one object per environment (development, test, production).
namespace ConfigFile {

// \a given, else $QSQ_ENV, else $NODE_ENV (as the CLI), else "development".
Q_SEQUELIZE_EXPORT QString environmentName(const QString &given);
// The object of \a environment in the JSON file \a path; ConnectionError when the file cannot
// be read, is not a JSON object, or has no such environment (the message names no value).
Q_SEQUELIZE_EXPORT QJsonObject environment(const QString &path, const QString &environment);

} // namespace ConfigFile
} // namespace QtSequelize

#endif // QTSEQUELIZE_CONFIGFILE_P_H
