// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MODELOPTIONS_P_H
#define QTSEQUELIZE_MODELOPTIONS_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include <QtSequelize/modeloptions.h>

#include <optional>

namespace QtSequelize {

class ModelOptionsData : public QSharedData
{
public:
    static const ModelOptionsData *get(const ModelOptions &options)
    {
        return options.d.constData();
    }
    std::optional<QString> modelName;
    std::optional<QString> singularName;
    std::optional<QString> pluralName;
    std::optional<QString> tableName;
    std::optional<QString> schema;
    std::optional<QString> schemaDelimiter;
    std::optional<bool> freezeTableName;
    std::optional<bool> underscored;
    std::optional<bool> timestamps;
    std::optional<bool> paranoid;
    // An empty string disables the timestamp.
    std::optional<QString> createdAt;
    std::optional<QString> updatedAt;
    std::optional<QString> deletedAt;
    std::optional<QString> version; // empty: off
    std::optional<QString> charset;
    std::optional<QString> collate;
    std::optional<QString> engine;
    std::optional<bool> watchChanges;
    std::optional<ModelOptions::WhereMerge> whereMerge;
    QList<IndexOptions> indexes;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_MODELOPTIONS_P_H
