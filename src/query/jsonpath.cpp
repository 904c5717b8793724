// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "jsonpath_p.h"

namespace QtSequelize::JsonPath {

QStringList keys(const QString &path)
{
    QStringList keys(1);
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('\\') && i + 1 < path.size()
            && (path.at(i + 1) == QLatin1Char('.') || path.at(i + 1) == QLatin1Char('\\'))) {
            keys.last() += path.at(++i);
        } else if (c == QLatin1Char('.')) {
            keys.append(QString());
        } else {
            keys.last() += c;
        }
    }
    return keys;
}

QString escapedKey(const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('.'), QLatin1String("\\."));
    return escaped;
}

} // namespace QtSequelize::JsonPath
