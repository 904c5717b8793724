// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MODELOPTIONS_H
#define QTSEQUELIZE_MODELOPTIONS_H

#include <QtSequelize/indexoptions.h>
#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qshareddata.h>
#include <QtCore/qstring.h>

namespace QtSequelize {

class ModelOptionsData;

class Q_SEQUELIZE_EXPORT ModelOptions
{
public:
    ModelOptions();
    ModelOptions(const ModelOptions &other);
    ModelOptions &operator=(const ModelOptions &other);
    ModelOptions(ModelOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(ModelOptions)
    void swap(ModelOptions &other) noexcept { d.swap(other.d); }
    ~ModelOptions();

    ModelOptions &modelName(const QString &name);
    // Sequelize's name: {singular, plural}: the names associations to this model default to
    // (belongsTo/hasOne: singular, hasMany/belongsToMany: plural) and the source name of
    // their default foreign keys (<singular>Id). Defaults: the model name singularized and
    // pluralized, as in Sequelize.
    ModelOptions &name(const QString &singular, const QString &plural);
    ModelOptions &tableName(const QString &name);
    ModelOptions &schema(const QString &schema);
    ModelOptions &schemaDelimiter(const QString &delimiter);
    ModelOptions &freezeTableName(bool freeze = true);
    ModelOptions &underscored(bool underscored = true);
    ModelOptions &timestamps(bool enabled);
    ModelOptions &paranoid(bool paranoid = true);
    // Renames a timestamp attribute; the disable* calls drop one (Sequelize's `updatedAt: false`).
    ModelOptions &createdAt(const QString &attribute);
    ModelOptions &updatedAt(const QString &attribute);
    ModelOptions &deletedAt(const QString &attribute);
    ModelOptions &disableCreatedAt();
    ModelOptions &disableUpdatedAt();
    ModelOptions &disableDeletedAt();
    // Optimistic locking (Sequelize's version: true): a `version` attribute (or the given
    // name) incremented by every instance save; saving a stale instance throws
    // OptimisticLockError and changes nothing.
    ModelOptions &version(bool enabled = true);
    ModelOptions &version(const QString &attribute);
    // version("lockVersion") would otherwise be version(true): a pointer converts to bool
    // before it converts to QString.
    ModelOptions &version(const char *attribute);
    // The table's default character set, collation and storage engine (MariaDB: DEFAULT
    // CHARSET, COLLATE, ENGINE; Sequelize's charset/collate/engine). SQLite and PostgreSQL store
    // all text as Unicode: a UTF-8 charset is accepted there, a collation or engine refused.
    ModelOptions &charset(const QString &charset);
    ModelOptions &collate(const QString &collation);
    ModelOptions &engine(const QString &engine);
    // Sequelize's indexes: each is created by sync() when the table has no index of its name
    // (fields are attribute names; the default name is <table>_<fields>, underscored).
    ModelOptions &index(const IndexOptions &index);
    ModelOptions &indexes(const QList<IndexOptions> &indexes);
    // Follows the changes any client makes to the table (another process, plain SQL):
    // sync() installs triggers that record them, and the model's
    // ModelDefinition::databaseChanged() and every InstanceListModel over it follow them.
    ModelOptions &watchChanges(bool watch = true);
    // How a scope's where (and having) joins the earlier layers' (Sequelize's
    // whereMergeStrategy): Overwrite, the default, replaces the conditions on an attribute;
    // And keeps both.
    enum class WhereMerge { Overwrite, And };
    ModelOptions &whereMergeStrategy(WhereMerge strategy);

    // Returns these options with every option not set here taken from \a defaults.
    ModelOptions mergedWith(const ModelOptions &defaults) const;

private:
    friend class ModelDefinitionPrivate;
    friend class ModelOptionsData;
    QSharedDataPointer<ModelOptionsData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::ModelOptions)

#endif // QTSEQUELIZE_MODELOPTIONS_H
