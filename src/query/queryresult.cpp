// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/model.h>
#include <QtSequelize/queryresult.h>

namespace QtSequelize {

/*!
    \class QtSequelize::QueryResult
    \inmodule QtSequelize
    \brief What Sequelize::query() returns: rows for a SELECT, the affected row
    count and the inserted id otherwise.
*/

class QueryResultData : public QSharedData
{
public:
    QList<QVariantMap> rows;
    int rowsAffected = -1;
    QVariant lastInsertId;
    QList<QSharedPointer<Model>> instances;
};

QueryResult::QueryResult()
    : d(new QueryResultData)
{
}

QueryResult::QueryResult(const QList<QVariantMap> &rows, int rowsAffected,
                         const QVariant &lastInsertId)
    : d(new QueryResultData)
{
    d->rows = rows;
    d->rowsAffected = rowsAffected;
    d->lastInsertId = lastInsertId;
}

QueryResult::QueryResult(const QueryResult &other) = default;
QueryResult::QueryResult(QueryResult &&other) noexcept = default;
QueryResult &QueryResult::operator=(const QueryResult &other) = default;
QueryResult::~QueryResult() = default;

QList<QVariantMap> QueryResult::rows() const
{
    return d->rows;
}
int QueryResult::rowsAffected() const
{
    return d->rowsAffected;
}
QList<QSharedPointer<Model>> QueryResult::instances() const
{
    return d->instances;
}
void QueryResult::setInstances(const QList<QSharedPointer<Model>> &instances)
{
    d->instances = instances;
}

QVariant QueryResult::lastInsertId() const
{
    return d->lastInsertId;
}

} // namespace QtSequelize
