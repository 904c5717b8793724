// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CONSTRAINTOPTIONS_P_H
#define QTSEQUELIZE_CONSTRAINTOPTIONS_P_H

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

#include <QtSequelize/constraintoptions.h>

#include <optional>

namespace QtSequelize {

class ConstraintOptionsData : public QSharedData
{
public:
    static const ConstraintOptionsData &get(const ConstraintOptions &o) { return *o.d; }

    ConstraintOptions::Type type = ConstraintOptions::Unique;
    QStringList fields;
    QString name;
    QVariant check; // an Expression
    QString table;
    QString field;
    QString onDelete;
    QString onUpdate;
    std::optional<Deferrable> deferrable;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_CONSTRAINTOPTIONS_P_H
