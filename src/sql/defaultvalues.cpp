// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The values DataTypes::Now(), UuidV4() and UuidV1() stand for, generated when a record takes
// its default.

#include "coercion_p.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qrandom.h>
#include <QtCore/quuid.h>

#include <algorithm>
#include <atomic>

namespace QtSequelize {

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

// RFC 4122 version 1: 100 ns intervals since 1582-10-15, strictly increasing in the process
// (two calls in one interval take the next), with a random clock sequence and a random node
// marked as such (the multicast bit), as the uuid package Sequelize uses does without a MAC.
static QUuid timeBasedUuid()
{
    static const quint16 clockSequence = quint16(QRandomGenerator::system()->generate() & 0x3fff);
    static const quint64 node
        = (QRandomGenerator::system()->generate64() & 0xffffffffffffULL) | 0x010000000000ULL;
    static std::atomic<quint64> last{0};
    const quint64 now
        = quint64(QDateTime::currentMSecsSinceEpoch()) * 10000 + 0x01b21dd213814000ULL;
    quint64 previous = last.load();
    quint64 stamp = 0;
    do {
        stamp = std::max(now, previous + 1);
    } while (!last.compare_exchange_weak(previous, stamp));
    return QUuid(uint(stamp & 0xffffffff), ushort((stamp >> 32) & 0xffff),
                 ushort(((stamp >> 48) & 0x0fff) | 0x1000), uchar((clockSequence >> 8) | 0x80),
                 uchar(clockSequence & 0xff), uchar(node >> 40), uchar(node >> 32),
                 uchar(node >> 24), uchar(node >> 16), uchar(node >> 8), uchar(node));
}

QVariant generateDefault(const QVariant &defaultValue, const DataType &type)
{
    if (defaultValue.metaType() == QMetaType::fromType<DefaultValue>()) {
        switch (defaultValue.value<DefaultValue>()) {
        case DefaultValue::Now:
            if (type.kind() == DataType::DateOnly)
                return nowUtc().date();
            if (type.kind() == DataType::Time)
                return nowUtc().time();
            return nowUtc();
        case DefaultValue::UuidV4:
            return QUuid::createUuid();
        case DefaultValue::UuidV1:
            return timeBasedUuid();
        }
    }
    return defaultValue;
}

} // namespace QtSequelize
