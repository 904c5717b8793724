// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_HYDRATOR_P_H
#define QTSEQUELIZE_HYDRATOR_P_H

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

#include "../query/querygenerator_p.h"

#include <QtCore/qbitarray.h>
#include <QtCore/qlist.h>
#include <QtCore/qobjectdefs.h>
#include <QtCore/qsharedpointer.h>

QT_FORWARD_DECLARE_CLASS(QSqlQuery)

namespace QtSequelize {

class Dialect;
class Model;
class ModelDefinitionPrivate;
struct AttributeInfo;

// Turns result rows into model instances, following the measured recipe (shared notes §5):
// columns are read by index, the column -> property mapping and the conversion are resolved
// once per query, instances come from the model's factory, and the common scalar types are
// written straight into the property's setter without a QVariant conversion.
class Hydrator
{
public:
    // \a columns: the attribute index of each result column, in order.
    Hydrator(const ModelDefinitionPrivate &model, const QList<int> &columns);
    // Columns may also be aliased attributes and computed values (kept under their key).
    Hydrator(const ModelDefinitionPrivate &model, const QList<SelectColumn> &columns);

    // Reads the current row of \a query into \a instance (no change tracking).
    void load(Model *instance, const QSqlQuery &query) const;
    // A new instance, not a new record, holding the current row of \a query.
    QSharedPointer<Model> create(const QSqlQuery &query) const;
    // Reads every remaining row into new instances and finishes the query.
    QList<QSharedPointer<Model>> loadAll(QSqlQuery &query) const;
    // Reads every remaining row as a map of key -> value (raw: true) and finishes the query.
    QList<QVariantMap> loadAllRaw(QSqlQuery &query) const;

private:
    enum class Path { String, Int, Int64, Double, Bool, Generic, Aliased, Computed };
    struct Column
    {
        const AttributeInfo *attribute;
        int index; // attribute index
        // The moc-generated static metacall of the class declaring the property, and the
        // property's index in that class: a direct call of its WRITE accessor.
        QMetaObject::Data::StaticMetacallFunction metacall;
        int propertyIndex;
        Path path;
        QString key;
    };
    void init(const QList<SelectColumn> &columns);
    QVariant value(const Column &column, const QVariant &raw) const;

    const ModelDefinitionPrivate &m_model;
    const Dialect &m_dialect;
    QList<Column> m_columns;
    QBitArray m_loaded; // empty when every attribute is read
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_HYDRATOR_P_H
