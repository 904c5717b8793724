// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "modeloptions_p.h"

namespace QtSequelize {

/*!
    \class QtSequelize::ModelOptions
    \inmodule QtSequelize
    \brief Model-wide options of init()/define(), as Sequelize's model options.

    Options not set here fall back to the connection's define-defaults
    (SequelizeOptions::define()), then to Sequelize's defaults: table name =
    plural of the model name, timestamps on, not paranoid, not underscored.
*/

ModelOptions::ModelOptions()
    : d(new ModelOptionsData)
{
}
ModelOptions::ModelOptions(const ModelOptions &other) = default;
ModelOptions::ModelOptions(ModelOptions &&other) noexcept = default;
ModelOptions &ModelOptions::operator=(const ModelOptions &other) = default;
ModelOptions::~ModelOptions() = default;

ModelOptions &ModelOptions::modelName(const QString &name)
{
    d->modelName = name;
    return *this;
}
ModelOptions &ModelOptions::name(const QString &singular, const QString &plural)
{
    d->singularName = singular;
    d->pluralName = plural;
    return *this;
}
ModelOptions &ModelOptions::tableName(const QString &name)
{
    d->tableName = name;
    return *this;
}
/*!
    Puts the model's table in \a schema (Sequelize's \c schema option): a PostgreSQL schema or
    a MariaDB database, named in every statement ("schema"."table"). SQLite has no schemas: there,
    as in Sequelize, the table is named "schema.table" (joined by schemaDelimiter()). Create the
    schema first (Sequelize::createSchema()); sync() does not.
*/
ModelOptions &ModelOptions::schema(const QString &schema)
{
    d->schema = schema;
    return *this;
}
/*!
    What joins schema and table name where the database has no schemas (SQLite): "." unless set.
    \a delimiter is that text.
*/
ModelOptions &ModelOptions::schemaDelimiter(const QString &delimiter)
{
    d->schemaDelimiter = delimiter;
    return *this;
}
ModelOptions &ModelOptions::freezeTableName(bool freeze)
{
    d->freezeTableName = freeze;
    return *this;
}
ModelOptions &ModelOptions::underscored(bool underscored)
{
    d->underscored = underscored;
    return *this;
}
ModelOptions &ModelOptions::timestamps(bool enabled)
{
    d->timestamps = enabled;
    return *this;
}
ModelOptions &ModelOptions::paranoid(bool paranoid)
{
    d->paranoid = paranoid;
    return *this;
}
ModelOptions &ModelOptions::createdAt(const QString &attribute)
{
    d->createdAt = attribute;
    return *this;
}
ModelOptions &ModelOptions::updatedAt(const QString &attribute)
{
    d->updatedAt = attribute;
    return *this;
}
ModelOptions &ModelOptions::deletedAt(const QString &attribute)
{
    d->deletedAt = attribute;
    return *this;
}
ModelOptions &ModelOptions::disableCreatedAt()
{
    return createdAt(QString());
}
ModelOptions &ModelOptions::disableUpdatedAt()
{
    return updatedAt(QString());
}
ModelOptions &ModelOptions::disableDeletedAt()
{
    return deletedAt(QString());
}

ModelOptions &ModelOptions::version(bool enabled)
{
    d->version = enabled ? QStringLiteral("version") : QString();
    return *this;
}
ModelOptions &ModelOptions::version(const QString &attribute)
{
    d->version = attribute;
    return *this;
}
ModelOptions &ModelOptions::version(const char *attribute)
{
    return version(QString::fromUtf8(attribute));
}

ModelOptions &ModelOptions::charset(const QString &charset)
{
    d->charset = charset;
    return *this;
}
ModelOptions &ModelOptions::collate(const QString &collation)
{
    d->collate = collation;
    return *this;
}
ModelOptions &ModelOptions::engine(const QString &engine)
{
    d->engine = engine;
    return *this;
}

ModelOptions &ModelOptions::index(const IndexOptions &index)
{
    d->indexes.append(index);
    return *this;
}
ModelOptions &ModelOptions::indexes(const QList<IndexOptions> &indexes)
{
    d->indexes = indexes;
    return *this;
}

/*!
    Whether the model follows the changes every client makes to its table, this process's
    other connections, other processes and plain SQL from psql or mysql alike (\a watch).
    sync() (or QueryInterface::addChangeTriggers() for a table made by a migration) installs
    triggers on the table: on PostgreSQL they NOTIFY each statement's changed keys, on SQLite
    and MariaDB they write them to a change log table (\c qtsequelize_changes) that the
    Sequelize reads every SequelizeOptions::watchInterval(). The changes arrive as
    ModelDefinition::databaseChanged() in the Sequelize's thread, and every InstanceListModel
    over the model reads its rows again. A statement that changed more than 100 rows, a
    TRUNCATE, and whatever happened while the listening connection was lost, arrive as one
    ModelDefinition::DatabaseChange::Reset. The model needs a primary key; PgBouncer in
    transaction pooling cannot carry LISTEN.
*/
ModelOptions &ModelOptions::watchChanges(bool watch)
{
    d->watchChanges = watch;
    return *this;
}

/*!
    How the where and having of the scopes and of the query combine (\a strategy), as
    Sequelize's \c whereMergeStrategy: WhereMerge::Overwrite (the default) lets a later layer's
    conditions on an attribute replace the earlier ones on it (\c{scope('a', 'b')} with both
    on \c age keeps b's); WhereMerge::And keeps every layer's conditions, all of which must
    hold.
*/
ModelOptions &ModelOptions::whereMergeStrategy(WhereMerge strategy)
{
    d->whereMerge = strategy;
    return *this;
}

ModelOptions ModelOptions::mergedWith(const ModelOptions &defaults) const
{
    ModelOptions merged = *this;
    const ModelOptionsData &from = *defaults.d;
    ModelOptionsData &to = *merged.d;
    auto take = [](auto &target, const auto &source) {
        if (!target && source)
            target = source;
    };
    // A model name is never inherited from define-defaults: it names one model.
    take(to.tableName, from.tableName);
    take(to.schema, from.schema);
    take(to.schemaDelimiter, from.schemaDelimiter);
    take(to.freezeTableName, from.freezeTableName);
    take(to.underscored, from.underscored);
    take(to.timestamps, from.timestamps);
    take(to.paranoid, from.paranoid);
    take(to.createdAt, from.createdAt);
    take(to.updatedAt, from.updatedAt);
    take(to.deletedAt, from.deletedAt);
    take(to.version, from.version);
    take(to.charset, from.charset);
    take(to.collate, from.collate);
    take(to.engine, from.engine);
    take(to.watchChanges, from.watchChanges);
    take(to.whereMerge, from.whereMerge);
    return merged;
}

} // namespace QtSequelize
