// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Find options from JSON, as an application takes them from QML or a web form:
//   {"where": {...map form, every Op...}, "order": ["name", ["age", "DESC"]],
//    "attributes": ["name"], "group": ["age"], "limit": 3, "offset": 1}
// turned into the SELECT of each dialect. Every error must be one of the Errors classes (an
// exception of another type, or a crash, ends the run), and no string value may reach the
// SQL text (FuzzSupport::requireSameText).

#include "fuzzsupport.h"

#include "meta/modeldefinition_p.h"
#include "query/options_p.h"
#include "query/querygenerator_p.h"

#include <QtSequelize/Errors>
#include <QtSequelize/Where>

#include <QtCore/qjsondocument.h>

using namespace QtSequelize;

static ModelDefinition *models[FuzzSupport::DialectCount];

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initialize(argc, argv);
    for (int i = 0; i < FuzzSupport::DialectCount; ++i) {
        models[i] = FuzzSupport::dialect(i).define("Person",
                                                   {{"name", DataTypes::String(40)},
                                                    {"bio", DataTypes::Text()},
                                                    {"age", DataTypes::Integer()},
                                                    {"score", DataTypes::Double()},
                                                    {"price", DataTypes::Decimal(10, 2)},
                                                    {"born", DataTypes::Date()},
                                                    {"day", DataTypes::DateOnly()},
                                                    {"active", DataTypes::Boolean()},
                                                    {"meta", DataTypes::Json()},
                                                    {"ref", DataTypes::Uuid()},
                                                    {"mood", DataTypes::Enum({"ok", "meh"})}},
                                                   ModelOptions().paranoid());
    }
    return 0;
}

static QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

static FindOptions optionsOf(const QJsonObject &input)
{
    FindOptions options;
    if (input.contains(QLatin1String("where")))
        options.where(Where::fromJson(input.value(QLatin1String("where")).toObject()));
    for (const QJsonValue &key : input.value(QLatin1String("order")).toArray()) {
        if (key.isArray()) {
            const QString direction = key.toArray().at(1).toString().toUpper();
            if (direction != QLatin1String("ASC") && direction != QLatin1String("DESC"))
                throw DefinitionError(QStringLiteral("order direction"));
            options.order(key.toArray().at(0).toString(),
                          direction == QLatin1String("DESC") ? Qt::DescendingOrder
                                                             : Qt::AscendingOrder);
        } else {
            options.order(key.toString());
        }
    }
    if (input.contains(QLatin1String("attributes")))
        options.attributes(stringsOf(input.value(QLatin1String("attributes"))));
    if (input.contains(QLatin1String("group")))
        options.group(stringsOf(input.value(QLatin1String("group"))));
    if (input.contains(QLatin1String("having")))
        options.having(Where::fromJson(input.value(QLatin1String("having")).toObject()));
    if (input.contains(QLatin1String("limit")))
        options.limit(input.value(QLatin1String("limit")).toInt());
    if (input.contains(QLatin1String("offset")))
        options.offset(input.value(QLatin1String("offset")).toInt());
    return options;
}

// The SELECT of \a input, or a null string when the library refused it.
static QString selectOf(int dialect, const QJsonObject &input)
{
    try {
        const FindOptions options = optionsOf(input);
        return QueryGenerator(*ModelDefinitionPrivate::get(models[dialect]))
            .select(OptionsAccess::data(options))
            .sql;
    } catch (const BaseError &) {
        return QString();
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    QJsonObject input = document.object();
    QJsonObject other = input;
    // Values change; names (order, attributes, group, where keys) stay.
    for (const char *part : {"where", "having"}) {
        const QString key = QString::fromLatin1(part);
        if (other.contains(key))
            other.insert(key, FuzzSupport::withOtherStrings(other.value(key)));
    }
    for (int i = 0; i < FuzzSupport::DialectCount; ++i) {
        const QString sql = selectOf(i, input);
        const QString otherSql = selectOf(i, other);
        if (!sql.isNull() && !otherSql.isNull())
            FuzzSupport::requireSameText("find options", sql, otherSql);
    }
    return 0;
}
