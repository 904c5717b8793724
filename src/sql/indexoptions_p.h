// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_INDEXOPTIONS_P_H
#define QTSEQUELIZE_INDEXOPTIONS_P_H

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

#include <QtSequelize/indexoptions.h>

#include <QtCore/qlist.h>
#include <QtCore/qvariant.h>

namespace QtSequelize {

// One key of an index as given: a name (attribute or column) or an expression.
struct IndexKeyOption
{
    QString name;
    QVariant expression; // an Expression, for a computed key
    Qt::SortOrder order = Qt::AscendingOrder;
    int length = -1;
    QString collate;
    QString operatorClass;
};

class IndexOptionsData : public QSharedData
{
public:
    static const IndexOptionsData &get(const IndexOptions &options) { return *options.d; }

    QString name;
    bool unique = false;
    QList<IndexKeyOption> keys;
    Where where;
    QString method;
    QString type;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_INDEXOPTIONS_P_H
