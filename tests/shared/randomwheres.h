// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_TESTS_RANDOMWHERES_H
#define QTSEQUELIZE_TESTS_RANDOMWHERES_H

#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qdatetime.h>
#include <QtCore/qfile.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>

// tests/conformance/random-wheres/random-wheres.json (see tst_randomwheres.cpp): the rows and
// the where conditions with the rows Sequelize returned for each.
namespace RandomWheres {

inline QJsonObject document()
{
    QFile file(QStringLiteral(QSQ_CONFORMANCE_DIR "/../random-wheres/random-wheres.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("random-wheres.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// where.js's model "Person" and rows: tags is an ARRAY on PostgreSQL, a STRING elsewhere.
inline QtSequelize::ModelDefinition *people(QtSequelize::Sequelize *sequelize,
                                            const QString &dialect, const QJsonArray &rows)
{
    using namespace QtSequelize;
    const bool postgres = dialect == QLatin1String("postgres");
    ModelDefinition *person = sequelize->define(
        "Person",
        {{"name", Attribute(DataTypes::String()).allowNull(false)},
         {"age", DataTypes::Integer()},
         {"city", DataTypes::String()},
         {"email", DataTypes::String()},
         {"score", DataTypes::Float()},
         {"meta", DataTypes::Json()},
         {"tags", postgres ? DataTypes::Array(DataTypes::String()) : DataTypes::String()},
         {"born", DataTypes::DateOnly()},
         {"seen", DataTypes::Date()},
         {"ok", DataTypes::Boolean()},
         {"price", DataTypes::Decimal(10, 2)}},
        ModelOptions().timestamps(false).tableName("DiffPeople"));
    sequelize->sync(SyncOptions().force());
    for (const QJsonValue &row : rows) {
        QVariantMap values = row.toObject().toVariantMap();
        values["meta"] = QVariant::fromValue(row.toObject().value("meta"));
        if (!values.value("seen").isNull())
            values["seen"]
                = QDateTime::fromString(values.value("seen").toString(), Qt::ISODateWithMs);
        if (!values.value("born").isNull())
            values["born"] = QDate::fromString(values.value("born").toString(), Qt::ISODate);
        if (postgres && !values.value("tags").isNull())
            values["tags"] = QStringList{values.value("tags").toString()};
        person->create(values);
    }
    return person;
}

} // namespace RandomWheres

#endif // QTSEQUELIZE_TESTS_RANDOMWHERES_H
