// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CURSOR_H
#define QTSEQUELIZE_CURSOR_H

#include <QtSequelize/options.h>

#include <QtCore/qsharedpointer.h>

#include <memory>

namespace QtSequelize {

class Model;
class ModelDefinition;
class CursorPrivate;

/*!
    \class QtSequelize::Cursor
    \inmodule QtSequelize
    \brief Reads a large result in batches, with bounded memory (Sequelize users' long-asked
    \c findEach).

    Rows are fetched \a batchSize at a time. Without an order the cursor walks the primary
    key (WHERE key > last ORDER BY key LIMIT n: every batch is an index range, stable while
    rows are added); with FindOptions::order() it pages with LIMIT/OFFSET. Only the current
    batch is held.
    \code
    Cursor cursor(User::model(), FindOptions().where({{"active", true}}));
    while (QSharedPointer<Model> user = cursor.next())
        process(user);
    \endcode
    TypedModel::findEach() wraps it for a typed callback.
*/
class Q_SEQUELIZE_EXPORT Cursor
{
public:
    Cursor(ModelDefinition *model, const FindOptions &options = FindOptions(),
           int batchSize = 1000);
    Cursor(Cursor &&other) noexcept;
    Cursor &operator=(Cursor &&other) noexcept;
    ~Cursor();

    // The next instance, or a null pointer after the last one.
    QSharedPointer<Model> next();
    // The next batch; empty after the last one.
    QList<QSharedPointer<Model>> nextBatch();

private:
    std::unique_ptr<CursorPrivate> d;
    Q_DISABLE_COPY(Cursor)
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_CURSOR_H
