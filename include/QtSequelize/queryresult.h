// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_QUERYRESULT_H
#define QTSEQUELIZE_QUERYRESULT_H

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qlist.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qsharedpointer.h>
#include <QtCore/qvariant.h>

namespace QtSequelize {

class Model;
class QueryResultData;

class Q_SEQUELIZE_EXPORT QueryResult
{
public:
    QueryResult();
    QueryResult(const QList<QVariantMap> &rows, int rowsAffected, const QVariant &lastInsertId);
    QueryResult(const QueryResult &other);
    QueryResult &operator=(const QueryResult &other);
    QueryResult(QueryResult &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(QueryResult)
    void swap(QueryResult &other) noexcept { d.swap(other.d); }
    ~QueryResult();

    QList<QVariantMap> rows() const;
    // The rows as model instances, with QueryOptions::model().
    QList<QSharedPointer<Model>> instances() const;
    void setInstances(const QList<QSharedPointer<Model>> &instances);
    int rowsAffected() const;
    QVariant lastInsertId() const;

private:
    QSharedDataPointer<QueryResultData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::QueryResult)

#endif // QTSEQUELIZE_QUERYRESULT_H
