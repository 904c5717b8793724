// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "scriptvalue_p.h"

#include "coercion_p.h"

#include <QtCore/qdatetime.h>

namespace QtSequelize {

// NULL: QML reads a null QString as "", a null int as 0, a null bool as false and a null
// QDateTime as an Invalid Date, so a delegate could not tell a missing age from 0.
// DATEONLY: QML makes a QDate a Date at UTC midnight, which a view formats in local time, so
// 2024-01-02 showed as January 1 west of Greenwich; a TIME likewise became a Date.
// BIGINT: QML reads numbers as doubles, so a key 9007199254740993 showed, and was handed back
// as, 9007199254740992 (another row's); the text is what JavaScript's pg driver gives
// Sequelize for every BIGINT, and finders, indexOf() and setValue() take it back.
QVariant toScriptValue(const QVariant &value)
{
    if (isSqlNull(value))
        return QVariant::fromValue(nullptr);
    switch (value.metaType().id()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return timeText(value.toTime());
    case QMetaType::LongLong: {
        constexpr qint64 exact = qint64(1) << 53;
        const qint64 n = value.toLongLong();
        return n > exact || n < -exact ? QVariant(QString::number(n)) : value;
    }
    case QMetaType::ULongLong:
        return value.toULongLong() > (quint64(1) << 53)
            ? QVariant(QString::number(value.toULongLong()))
            : value;
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = toScriptValue(it.value());
        return map;
    }
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant &item : list)
            item = toScriptValue(item);
        return list;
    }
    default:
        return value;
    }
}

QVariant fromScriptValue(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull() ? QVariant(emptyString()) : value;
    case QMetaType::QStringList: {
        QStringList list = value.toStringList();
        for (QString &item : list) {
            if (item.isNull())
                item = emptyString();
        }
        return list;
    }
    case QMetaType::QVariantMap: {
        QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = fromScriptValue(it.value());
        return map;
    }
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant &item : list)
            item = fromScriptValue(item);
        return list;
    }
    default:
        return value;
    }
}

} // namespace QtSequelize
