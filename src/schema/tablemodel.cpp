// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "tablemodel_p.h"

#include "../core/sequelize_p.h"
#include "../meta/modeldefinition_p.h"
#include "schemachanges_p.h"

#include <QtSequelize/attribute.h>
#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>
#include <QtSequelize/modeloptions.h>

namespace QtSequelize {

DataType describedType(const QString &described)
{
    const QString type = described.trimmed().toUpper();
    const auto starts = [&](const char *prefix) { return type.startsWith(QLatin1String(prefix)); };
    const auto has = [&](const char *part) { return type.contains(QLatin1String(part)); };
    if (type.endsWith(QLatin1String("[]")) || starts("ARRAY"))
        return DataType(); // an element type it does not say: values bound as they are
    if (starts("TINYINT(1)") || starts("BOOL"))
        return DataTypes::Boolean();
    if (starts("BIGINT") || starts("INT8") || starts("BIGSERIAL"))
        return DataTypes::BigInt();
    if ((starts("INT") && !starts("INTERVAL")) || starts("SMALLINT") || starts("MEDIUMINT")
        || starts("TINYINT") || starts("SERIAL") || starts("SMALLSERIAL"))
        return DataTypes::Integer();
    if (starts("NUMERIC") || starts("DECIMAL"))
        return DataTypes::Decimal();
    if (starts("REAL") || starts("FLOAT") || starts("DOUBLE"))
        return DataTypes::Double();
    if (starts("TIMESTAMP") || starts("DATETIME"))
        return DataTypes::Date();
    if (type == QLatin1String("DATE"))
        return DataTypes::DateOnly();
    if (starts("TIME"))
        return DataTypes::Time();
    if (starts("JSONB"))
        return DataTypes::JsonB();
    if (starts("JSON"))
        return DataTypes::Json();
    if (starts("UUID"))
        return DataTypes::Uuid();
    if (has("BLOB") || starts("BYTEA") || has("BINARY"))
        return DataTypes::Blob();
    if (has("CHAR") || has("TEXT") || has("CLOB") || starts("ENUM") || starts("USER-DEFINED"))
        return DataTypes::Text();
    // No type (a SQLite column declared without one), or one it does not know (BIT, INTERVAL,
    // a geometry): values bound as they are given, as before a model.
    return DataType();
}

static QSharedPointer<Model> makeTableRow()
{
    return QSharedPointer<Model>(new Model);
}

std::unique_ptr<ModelDefinition> tableModel(Sequelize *sequelize, const TableName &table,
                                            const QMap<QString, ColumnDescription> &columns)
{
    Attributes attributes;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        Attribute attribute(describedType(it.value().type()));
        attribute.allowNull(it.value().allowsNull());
        if (it.value().isPrimaryKey())
            attribute.primaryKey();
        attributes.append({it.key(), attribute});
    }
    return tableModel(sequelize, table, attributes);
}

std::unique_ptr<ModelDefinition> tableModel(Sequelize *sequelize, const TableName &table,
                                            const Attributes &columns)
{
    Attributes attributes;
    QList<int> untyped;
    for (const auto &[name, given] : columns) {
        const QString column = given.field().isEmpty() ? name : given.field();
        if (!given.type().isValid())
            untyped.append(int(attributes.size()));
        // Set up as TEXT (a model's attribute needs a type), then made untyped below.
        Attribute attribute(given.type().isValid() ? given.type() : DataTypes::Text());
        attribute.field(column).allowNull(given.allowsNull());
        if (given.isPrimaryKey())
            attribute.primaryKey();
        attributes.append({column, attribute});
    }
    ModelOptions options;
    options.tableName(table.name)
        .timestamps(false)
        .paranoid(false)
        .underscored(false)
        .watchChanges(false);
    if (!table.schema.isEmpty())
        options.schema(table.schema);
    std::unique_ptr<ModelDefinition> model = ModelDefinitionPrivate::unregistered(sequelize);
    ModelDefinitionPrivate *m = ModelDefinitionPrivate::get(model.get());
    m->setUp(&Model::staticMetaObject, &makeTableRow, table.name, attributes, options);
    for (int i : std::as_const(untyped)) {
        AttributeInfo &info = m->attributes[m->indexOf(attributes.at(i).first)];
        info.type = DataType();
        info.options.type(DataType());
    }
    return model;
}

// The columns of \a table; DatabaseError when there is no such table.
QMap<QString, ColumnDescription> describedColumns(Sequelize *sequelize, const TableName &table,
                                                  const QString &tableName)
{
    QMap<QString, ColumnDescription> columns;
    for (const auto &[name, column] :
         SchemaChanges::describe(SequelizePrivate::get(sequelize), table))
        columns.insert(name, column);
    if (columns.isEmpty())
        throw DatabaseError(QStringLiteral("No description found for \"%1\" table. Check the table "
                                           "name and schema; remember, they _are_ case sensitive.")
                                .arg(tableName));
    return columns;
}

std::unique_ptr<ModelDefinition> describedModel(Sequelize *sequelize, const TableName &table,
                                                const QString &tableName)
{
    return tableModel(sequelize, table, describedColumns(sequelize, table, tableName));
}

} // namespace QtSequelize
