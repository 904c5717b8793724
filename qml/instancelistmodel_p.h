// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_INSTANCELISTMODEL_P_H
#define QTSEQUELIZE_INSTANCELISTMODEL_P_H

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

#include <QtSequelize/instancelistmodel.h>

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>
#include <QtSequelize/modeldefinition.h>
#include <QtSequelize/sequelize.h>
#include <QtSequelize/where.h>

#include <QtCore/qfuturewatcher.h>
#include <QtCore/qloggingcategory.h>
#include <QtCore/qpointer.h>
#include <QtCore/qscopedvaluerollback.h>
#include <QtCore/qset.h>
#include <QtCore/qtimer.h>
#include <QtQml/qqmlengine.h>
#include <QtSequelize/async.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace QtSequelize {

Q_DECLARE_LOGGING_CATEGORY(lcQml)

struct InstanceListRow
{
    QString key;
    QSharedPointer<Model> instance;
    QVariantList values; // as last reported to the views, by attribute index
};

// The indexes of a longest strictly increasing subsequence of \a values (patience sorting).
QList<int> longestIncreasingRun(const QList<int> &values);

using Row = InstanceListRow;

class InstanceWindow;
class AssociationRoles;

// A row's key as text: the primary key, or the parts of a composite one joined.
inline QString keyText(const QVariantList &parts)
{
    QStringList texts;
    for (const QVariant &part : parts)
        texts.append(part.toString());
    return texts.join(QChar(0x1f));
}

class InstanceListModelPrivate
{
public:
    explicit InstanceListModelPrivate(InstanceListModel *q);
    ~InstanceListModelPrivate();

    InstanceListModel *q;
    QPointer<Sequelize> sequelize;
    QString modelName;
    QPointer<ModelDefinition> definition;
    FindOptions options;
    QVariantMap where;
    QVariantList order;
    int pageSize = 50;
    bool live = true;
    bool complete = true; // false between classBegin() and componentComplete()
    bool atEnd = true;
    bool refreshQueued = false;
    bool asynchronous = false;
    bool loading = false; // an asynchronous query is running
    bool refreshAgain = false; // a refresh was asked for while one was running
    bool changing = false; // apply() is editing the rows
    bool windowed = false;
    std::unique_ptr<InstanceWindow> window; // set in windowed mode, once the query is known
    std::vector<std::unique_ptr<InstanceWindow>> retiredWindows; // see InstanceWindow::retire()
    int generation = 0; // a new query makes the results of older ones stale
    QString errorString;
    QStringList attributes;
    std::unique_ptr<AssociationRoles> associationRoles; // the roles after the attributes'
    QStringList keyAttributes;
    int displayColumn = 0; // the first attribute after the key: what a plain list shows
    QList<Row> rows;
    QList<QMetaObject::Connection> connections;

    FindOptions effectiveOptions() const;
    Row makeRow(const QSharedPointer<Model> &instance) const;
    QString keyOf(const Model *instance) const;
    // The row showing the instance of \a key, or -1.
    int rowOf(const QString &key) const;
    using Rows = QList<QSharedPointer<Model>>;
    // Reads up to \a limit rows from \a offset (one more, to know whether they are the last)
    // and hands them to \a done: at once, or when the pool has run the query (\a onPool).
    void request(int offset, int limit, bool onPool, const std::function<void(const Rows &)> &done);
    // Reloads the rows shown and applies the difference.
    void refresh(bool onPool);
    void setLoading(bool loading);
    // A refresh that is done when it returns, even in asynchronous mode (after a write through
    // the model, whose row the caller asks for); a query still running is dropped.
    void refreshNow();
    void appendRows(const Rows &found);
    void reset();
    void follow();
    void queueRefresh();
    void apply(const QList<QSharedPointer<Model>> &fresh);
    // The row at \a index (read now in windowed mode when its page is not loaded and \a wait).
    Row *rowAt(int index, bool wait);
    // The rows read, with their indexes (in windowed mode, those of the pages kept).
    QList<QPair<int, Row *>> loadedRows();
    // Puts \a fresh in the row at \a index and reports the roles that changed.
    void updateRow(int index, Row &current, Row &&fresh);
    // The protected row signals of the model, for the window.
    void beginInsertRows(int first, int last) { q->beginInsertRows(QModelIndex(), first, last); }
    void endInsertRows() { q->endInsertRows(); }
    void beginRemoveRows(int first, int last) { q->beginRemoveRows(QModelIndex(), first, last); }
    void endRemoveRows() { q->endRemoveRows(); }
    void setError(const QString &message);
    void clearError();
    // Runs \a body, turning a thrown error into errorString(); false when it threw.
    template<typename Body> bool guarded(Body &&body);
};

template<typename Body> bool InstanceListModelPrivate::guarded(Body &&body)
{
    try {
        body();
        return true;
    } catch (const BaseError &error) {
        setError(error.message());
    } catch (const std::exception &error) {
        setError(QString::fromUtf8(error.what()));
    }
    return false;
}

} // namespace QtSequelize

#endif // QTSEQUELIZE_INSTANCELISTMODEL_P_H
