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
