// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "conformancejson.h"

#include <QtCore/qdatetime.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/quuid.h>

namespace Conformance {

QJsonValue value(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (v.metaType().id()) {
    case QMetaType::QDateTime: {
        const QDateTime dt = v.toDateTime();
        if (!dt.isValid())
            return QJsonValue::Null;
        if (qAbs(dt.secsTo(QDateTime::currentDateTimeUtc())) < 2 * 24 * 3600)
            return QStringLiteral("<date>");
        return dt.toUTC().toString(Qt::ISODateWithMs);
    }
    case QMetaType::QDate:
        return v.toDate().isValid() ? QJsonValue(v.toDate().toString(Qt::ISODate))
                                    : QJsonValue(QJsonValue::Null);
    case QMetaType::QTime:
        return v.toTime().isValid() ? QJsonValue(v.toTime().toString(QStringLiteral("HH:mm:ss")))
                                    : QJsonValue(QJsonValue::Null);
    case QMetaType::QByteArray:
        if (v.toByteArray().isNull())
            return QJsonValue::Null;
        return QJsonObject{{"$buffer", QString::fromLatin1(v.toByteArray().toHex())}};
    case QMetaType::QUuid:
        return v.toUuid().toString(QUuid::WithoutBraces);
    case QMetaType::QString:
        return v.toString().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
    case QMetaType::QJsonValue:
        return v.toJsonValue();
    case QMetaType::QVariantMap:
        return values(v.toMap()); // a loaded association
    case QMetaType::QVariantList: {
        QJsonArray list;
        for (const QVariant &item : v.toList())
            list.append(value(item));
        return list;
    }
    case QMetaType::LongLong: {
        // Beyond 2^53 a JSON number is not exact: keep the digits as text.
        const qint64 n = v.toLongLong();
        if (n > (Q_INT64_C(1) << 53) || n < -(Q_INT64_C(1) << 53))
            return QString::number(n);
        return QJsonValue(n);
    }
    default:
        return QJsonValue::fromVariant(v);
    }
}

QJsonObject values(const QVariantMap &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), value(it.value()));
    return o;
}

static QString show(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

QStringList compare(const QJsonValue &actual, const QJsonValue &expected, const QString &path)
{
    if (path.contains(QLatin1String("quirk_")))
        return {};
    QStringList diffs;
    auto differ = [&] {
        diffs.append(QStringLiteral("%1: got %2, Sequelize recorded %3")
                         .arg(path.isEmpty() ? QStringLiteral("<root>") : path, show(actual),
                              show(expected)));
    };
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        QStringList keys = e.keys();
        for (const QString &k : a.keys()) {
            if (!keys.contains(k))
                keys.append(k);
        }
        for (const QString &k : keys) {
            const QString sub = path.isEmpty() ? k : path + QLatin1Char('.') + k;
            if (!a.contains(k) || !e.contains(k)) {
                if (!sub.contains(QLatin1String("quirk_")))
                    diffs.append(QStringLiteral("%1: %2").arg(
                        sub,
                        a.contains(k) ? QStringLiteral("not recorded by Sequelize")
                                      : QStringLiteral("missing")));
                continue;
            }
            diffs += compare(a.value(k), e.value(k), sub);
        }
        return diffs;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (a.size() != e.size()) {
            differ();
            return diffs;
        }
        for (qsizetype i = 0; i < a.size(); ++i)
            diffs += compare(a.at(i), e.at(i), path + QStringLiteral("[%1]").arg(i));
        return diffs;
    }
    if (expected.isString() && actual.isDouble()) {
        // BIGINT / DECIMAL: a string in JavaScript, a number here; compare by value.
        bool ok = false;
        const double e = expected.toString().toDouble(&ok);
        if (!ok || e != actual.toDouble())
            differ();
        return diffs;
    }
    if (expected.isDouble() && actual.isDouble()) {
        if (expected.toDouble() != actual.toDouble())
            differ();
        return diffs;
    }
    if (actual != expected)
        differ();
    return diffs;
}

} // namespace Conformance
