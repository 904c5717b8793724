// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "fuzzsupport.h"

#include <QtCore/qcoreapplication.h>

#include <cstdio>
#include <cstdlib>

namespace FuzzSupport {

// Kept until the process ends: libFuzzer leaves by exit(), and destroying them in exit handlers
// would run after Qt's own statics are gone.
static QCoreApplication *application = nullptr;
static QtSequelize::Sequelize *dialects[DialectCount];

void initialize(int *argc, char ***argv)
{
    application = new QCoreApplication(*argc, *argv);
    dialects[0] = new QtSequelize::Sequelize(QStringLiteral("sqlite::memory:"));
    dialects[1] = new QtSequelize::Sequelize(QStringLiteral("postgres://u:p@127.0.0.1:1/none"));
    dialects[2] = new QtSequelize::Sequelize(QStringLiteral("mariadb://u:p@127.0.0.1:1/none"));
}

QtSequelize::Sequelize &dialect(int index)
{
    return *dialects[index];
}

QString otherString(const QString &text)
{
    QString other = text;
    for (QChar &c : other) {
        const ushort u = c.unicode();
        if (u >= 'a' && u <= 'z')
            c = QChar(u == 'z' ? 'a' : u + 1);
        else if (u >= 'A' && u <= 'Z')
            c = QChar(u == 'Z' ? 'A' : u + 1);
        else if (u >= '0' && u <= '9')
            c = QChar(u == '9' ? '1' : u + 1);
        else if (u >= 0x80 && c.isLetter())
            c = QChar(u ^ 1);
    }
    return other;
}

QJsonValue withOtherStrings(const QJsonValue &value)
{
    if (value.isString())
        return otherString(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(withOtherStrings(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject given = value.toObject();
        for (auto it = given.begin(); it != given.end(); ++it)
            object.insert(it.key(), withOtherStrings(it.value()));
        return object;
    }
    return value;
}

void requireSameText(const char *what, const QString &sql, const QString &otherSql)
{
    if (sql == otherSql)
        return;
    std::fprintf(stderr, "A value reached the SQL text (%s):\n  %s\n  %s\n", what, qPrintable(sql),
                 qPrintable(otherSql));
    std::abort();
}

} // namespace FuzzSupport
