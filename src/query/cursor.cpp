// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/cursor.h>

#include "../meta/modeldefinition_p.h"
#include "options_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>

namespace QtSequelize {

/*!
    \class QtSequelize::Cursor
    \inmodule QtSequelize
    \brief Reads a large result in batches, with bounded memory (Sequelize users' long-asked
    \c findEach).

    Rows are fetched \a batchSize at a time. Without an order (its own or a scope's) the cursor
    walks the primary key (WHERE key > last ORDER BY key LIMIT n: every batch is an index range,
    stable while rows are added); with an order it pages with LIMIT/OFFSET, the primary key
    appended to the order so that rows the order ties come in one sequence on every page (a
    database may order ties differently from one query to the next). Only the current batch
    is held.
    \code
    Cursor cursor(User::model(), FindOptions().where({{"active", true}}));
    while (QSharedPointer<Model> user = cursor.next())
        process(user);
    \endcode
    TypedModel::findEach() wraps it for a typed callback.
*/

class CursorPrivate
{
public:
    ModelDefinition *model = nullptr;
    FindOptions options;
    int batchSize = 1000;
    bool keyset = true;
    bool done = false;
    qint64 offset = 0;
    QVariant lastKey;
    QList<QSharedPointer<Model>> buffer;
    qsizetype position = 0;
};

Cursor::Cursor(ModelDefinition *model, const FindOptions &options, int batchSize)
    : d(std::make_unique<CursorPrivate>())
{
    if (!model)
        throw DefinitionError(QStringLiteral("Cursor needs a model"));
    if (batchSize < 1)
        throw DefinitionError(QStringLiteral("Cursor needs a batch size of at least 1"));
    const OptionsData &o = OptionsAccess::data(options);
    if (o.limit >= 0 || o.offset >= 0)
        throw DefinitionError(QStringLiteral("Cursor pages by itself: do not set limit/offset"));
    d->model = model;
    d->options = options;
    d->batchSize = batchSize;
    // Keyset paging by the primary key; by offset when ordered otherwise (by the options or a
    // scope: keyset paging under another order skipped rows) or the key is composite.
    const FindOptions scoped = ModelDefinitionPrivate::get(model)->scoped(options);
    const bool ordered = !OptionsAccess::data(scoped).order.isEmpty();
    d->keyset = !ordered && model->primaryKeyAttributes().size() == 1;
    if (!d->keyset) {
        // The key breaks ties, so that OFFSET counts the same sequence on every page.
        for (const QString &part : model->primaryKeyAttributes())
            d->options.order(part);
    }
}

Cursor::Cursor(Cursor &&other) noexcept = default;
Cursor &Cursor::operator=(Cursor &&other) noexcept = default;
Cursor::~Cursor() = default;

QList<QSharedPointer<Model>> Cursor::nextBatch()
{
    if (d->done)
        return {};
    FindOptions page = d->options;
    page.limit(d->batchSize);
    const QString key = d->model->primaryKeyAttribute();
    if (d->keyset) {
        page.order(key);
        if (d->lastKey.isValid())
            page.where(OptionsAccess::data(d->options).where && Op::gt(key, d->lastKey));
    } else {
        page.offset(int(d->offset));
    }
    QList<QSharedPointer<Model>> batch = d->model->findAll(page);
    d->offset += batch.size();
    if (batch.size() < d->batchSize)
        d->done = true;
    if (!batch.isEmpty())
        d->lastKey = batch.last()->get(key);
    return batch;
}

QSharedPointer<Model> Cursor::next()
{
    if (d->position >= d->buffer.size()) {
        d->buffer = nextBatch(); // the previous batch is released here
        d->position = 0;
        if (d->buffer.isEmpty())
            return {};
    }
    return d->buffer.at(d->position++);
}

} // namespace QtSequelize
