// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's Model.schema(): a model's copy that reads and writes the same table in another
// schema.

#include <QtSequelize/errors.h>
#include <QtSequelize/modeldefinition.h>

#include "../dialects/dialect_p.h"
#include "../meta/modeldefinition_p.h"

namespace QtSequelize {

/*!
    Sequelize's \c{Model.schema(schema)}: this model in schema \a schema (a PostgreSQL schema, a
    MariaDB database; on SQLite the table named "schema.table" with the model's
    schemaDelimiter()). The copy has this model's name, attributes, options, associations (whose
    targets stay where they are), scopes, hooks and validators, and every statement it runs names
    the table in \a schema; instances it finds or creates belong to it. The same copy is
    returned for the same schema, updated with what this model gained since (a hook, an
    association). It is not one of Sequelize::models(): Sequelize::sync() does not create its
    table; its own sync() does. An empty \a schema is the connection's own (search path, current
    database). Throws DefinitionError for a name that cannot be a schema's.
*/
ModelDefinition *ModelDefinition::schema(const QString &schema)
{
    return this->schema(schema, d_func()->schemaDelimiter);
}

/*!
    \overload
    Sequelize's \c{Model.schema(schema, {schemaDelimiter})}: on SQLite, which has no schemas,
    the copy's table is named schema + \a schemaDelimiter + table.
*/
ModelDefinition *ModelDefinition::schema(const QString &schema, const QString &schemaDelimiter)
{
    Q_D(ModelDefinition);
    if (schema.contains(QChar(0)) || schema.size() > 63)
        throw DefinitionError(QStringLiteral("Model.schema() needs a schema name of 1 to 63 "
                                             "characters without NUL"));
    ModelDefinition *&copy = d->schemaCopies[{schema, schemaDelimiter}];
    if (!copy) {
        copy = new ModelDefinition(d->sequelize);
        copy->setParent(this);
    }
    ModelDefinitionPrivate::get(copy)->copyInSchema(*d, schema, schemaDelimiter);
    return copy;
}

void ModelDefinitionPrivate::copyInSchema(const ModelDefinitionPrivate &other,
                                          const QString &newSchema, const QString &delimiter)
{
    metaObject = other.metaObject;
    factory = other.factory;
    sequelizeHooks = other.sequelizeHooks;
    name = other.name;
    singularName = other.singularName;
    pluralName = other.pluralName;
    baseTableName = other.baseTableName;
    schemaDelimiter = delimiter;
    tableName = baseTableName;
    schema = newSchema;
    if (!schema.isEmpty() && !dialect().supportsSchemas()) {
        tableName = schema + schemaDelimiter + baseTableName;
        schema.clear();
    }
    tableOptions = other.tableOptions;
    indexes = other.indexes;
    attributes = other.attributes;
    byName = other.byName;
    extraCount = other.extraCount;
    primaryKey = other.primaryKey;
    primaryKeys = other.primaryKeys;
    primaryKeyAutoIncrement = other.primaryKeyAutoIncrement;
    implicitId = other.implicitId;
    createdAt = other.createdAt;
    updatedAt = other.updatedAt;
    deletedAt = other.deletedAt;
    version = other.version;
    underscored = other.underscored;
    {
        QReadLocker otherLock(&other.registrationLock);
        QWriteLocker lock(&registrationLock);
        associations = other.associations;
        scopes = other.scopes;
        scopeFunctions = other.scopeFunctions;
        hooks = other.hooks;
        validators = other.validators;
    }
    QMutexLocker lock(&statementMutex); // generated for the old table: again on next use
    findByPkSql.clear();
    findByPkColumns.clear();
    writeStatements.clear();
}

} // namespace QtSequelize
