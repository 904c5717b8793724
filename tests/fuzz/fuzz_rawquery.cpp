// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Raw queries with replacements and bind parameters, as each dialect lexes them. The input is
// the SQL text, a NUL byte, then JSON: {"replacements": [...] or {...}, "bind": [...] or {...}}.
// Every error must be one of the Errors classes, and no replacement or bound value may reach
// the SQL text (FuzzSupport::requireSameText).

#include "fuzzsupport.h"

#include "core/sequelize_p.h"
#include "query/rawquery_p.h"

#include <QtSequelize/Errors>

#include <QtCore/qjsondocument.h>

using namespace QtSequelize;

static QString boundSql(int dialect, const QString &sql, const QJsonObject &values)
{
    const Dialect &d = *SequelizePrivate::get(&FuzzSupport::dialect(dialect))->dialect;
    try {
        return bindRawQuery(sql, values.value(QLatin1String("replacements")).toVariant(),
                            values.value(QLatin1String("bind")).toVariant(), d)
            .sql;
    } catch (const BaseError &) {
        return QString();
    }
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul < 0)
        return 0;
    const QString sql = QString::fromUtf8(bytes.left(nul));
    const QJsonDocument document = QJsonDocument::fromJson(bytes.mid(nul + 1));
    const QJsonObject values = document.object();
    const QJsonObject other = FuzzSupport::withOtherStrings(values).toObject();
    for (int i = 0; i < FuzzSupport::DialectCount; ++i) {
        const QString bound = boundSql(i, sql, values);
        const QString otherBound = boundSql(i, sql, other);
        if (!bound.isNull() && !otherBound.isNull())
            FuzzSupport::requireSameText("raw query", bound, otherBound);
    }
    return 0;
}
