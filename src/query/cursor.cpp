// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/cursor.h>

#include "../meta/modeldefinition_p.h"
#include "options_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>

#include <algorithm>

namespace QtSequelize {

/*!
    \class QtSequelize::Cursor
    \inmodule QtSequelize
    \brief Reads a large result in batches, with bounded memory (Sequelize users' long-asked
    \c findEach).

    Rows are fetched \a batchSize at a time. Without an order (its own or a scope's) the cursor
    walks the primary key (WHERE key > last ORDER BY key LIMIT n: every batch is an index range,
    stable while rows are added). With an order (or a composite key) it first reads the keys of
    the matching rows, in the order (the primary key breaking ties), and then the rows a batch
    of keys at a time, with the options' where again: every row that matched when the cursor
    started comes once, in the order, unless it no longer matches (changed or deleted
    meanwhile). Paging by LIMIT/OFFSET instead skipped rows that the loop itself changed out of
    the where (a "pending" job marked done moved every later one a place up). Only the current
    batch of rows is held, and the keys (a few bytes per row).
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
    QVariant lastKey;
    // Ordered cursors: the keys of the matching rows, in the order, and the next one to read.
    bool keysRead = false;
    QVariantList keys;
    qsizetype nextKey = 0;

    void readKeys();
    QList<QSharedPointer<Model>> nextOrderedBatch();
    QVariant keyOf(const QVariantMap &row) const;
    QVariant keyOf(const Model &instance) const;
    Where keyCondition(const QVariantList &batch) const;
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
    // Each row is read with its key, which the cursor goes on from (an attribute list without
    // it, or an exclusion of it, gave rows it could not place).
    OptionsData &own = OptionsAccess::mutableData(d->options);
    for (const QString &part : model->primaryKeyAttributes()) {
        if (!own.attributes.isEmpty() && !own.attributes.contains(part))
            own.attributes.append(part);
        own.excluded.removeAll(part);
    }
    // Keyset paging by the primary key; by offset when ordered otherwise (by the options or a
    // scope: keyset paging under another order skipped rows) or the key is composite.
    const FindOptions scoped = ModelDefinitionPrivate::get(model)->scoped(options);
    // A scope's limit or offset would be overridden by the pages: refused, not ignored (a
    // scope of the 5 newest rows gave every row).
    if (OptionsAccess::data(scoped).limit >= 0 || OptionsAccess::data(scoped).offset >= 0)
        throw DefinitionError(QStringLiteral(
            "Cursor pages by itself: a scope that sets limit/offset cannot be walked"));
    const bool ordered = !OptionsAccess::data(scoped).order.isEmpty();
    d->keyset = !ordered && model->primaryKeyAttributes().size() == 1;
    if (!d->keyset) {
        // The key breaks ties, so that OFFSET counts the same sequence on every page.
        for (const QString &part : model->primaryKeyAttributes())
            d->options.order(part);
    }
}

// A key's text, to find a row by it (a composite key's parts joined).
static QString keyText(const QVariant &key)
{
    if (key.metaType() != QMetaType::fromType<QVariantList>())
        return key.toString();
    QStringList parts;
    for (const QVariant &part : key.toList())
        parts.append(part.toString());
    return parts.join(QChar(0x1f));
}

QVariant CursorPrivate::keyOf(const QVariantMap &row) const
{
    const QStringList parts = model->primaryKeyAttributes();
    if (parts.size() == 1)
        return row.value(parts.first());
    QVariantList key;
    for (const QString &part : parts)
        key.append(row.value(part));
    return key;
}

QVariant CursorPrivate::keyOf(const Model &instance) const
{
    const QStringList parts = model->primaryKeyAttributes();
    if (parts.size() == 1)
        return instance.get(parts.first());
    QVariantList key;
    for (const QString &part : parts)
        key.append(instance.get(part));
    return key;
}

// The keys of every matching row, in the order, read before any row is handed out (so that
// what the loop then changes cannot move them), in chunks of plain key rows.
void CursorPrivate::readKeys()
{
    static constexpr int Chunk = 10000;
    FindOptions keyOptions = options;
    // Only the key, unless the order names what the select list makes: a position (a literal
    // "1") or an alias of a computed attribute would then order by the key or fail.
    const OptionsData &o = OptionsAccess::data(options);
    const bool plainOrder = o.selectItems.isEmpty() && o.extraItems.isEmpty()
        && std::all_of(o.order.cbegin(), o.order.cend(),
                       [](const OrderKey &key) { return !key.attribute.isEmpty(); });
    if (plainOrder)
        keyOptions.attributes(model->primaryKeyAttributes());
    const bool joined = !o.includes.isEmpty();
    QSet<QString> seen; // a to-many include repeats a row
    for (qint64 offset = 0;; offset += Chunk) {
        FindOptions chunk = keyOptions;
        chunk.limit(Chunk).offset(int(offset));
        const QList<QVariantMap> rows = model->findAllRaw(chunk);
        for (const QVariantMap &row : rows) {
            const QVariant key = keyOf(row);
            if (joined) {
                const QString text = keyText(key);
                if (seen.contains(text))
                    continue;
                seen.insert(text);
            }
            keys.append(key);
        }
        if (rows.size() < Chunk)
            break;
    }
    keysRead = true;
}

Where CursorPrivate::keyCondition(const QVariantList &batch) const
{
    const QStringList parts = model->primaryKeyAttributes();
    if (parts.size() == 1)
        return Op::in(parts.first(), batch);
    QList<Where> alternatives;
    for (const QVariant &key : batch) {
        QList<Where> all;
        const QVariantList values = key.toList();
        for (qsizetype i = 0; i < parts.size(); ++i)
            all.append(Op::eq(parts.at(i), values.value(i)));
        alternatives.append(Where(Where::And, all));
    }
    return Where(Where::Or, alternatives);
}

// The rows of the next batch of keys, in the keys' order, each still matching the where.
QList<QSharedPointer<Model>> CursorPrivate::nextOrderedBatch()
{
    if (!keysRead)
        readKeys();
    QList<QSharedPointer<Model>> batch;
    while (batch.isEmpty() && nextKey < keys.size()) {
        const QVariantList slice = keys.mid(nextKey, batchSize);
        nextKey += slice.size();
        FindOptions page = options;
        page.where(OptionsAccess::data(options).where && keyCondition(slice));
        QHash<QString, QSharedPointer<Model>> found;
        for (const QSharedPointer<Model> &row : model->findAll(page))
            found.insert(keyText(keyOf(*row)), row);
        for (const QVariant &key : slice) {
            if (const QSharedPointer<Model> row = found.value(keyText(key)))
                batch.append(row);
        }
    }
    if (nextKey >= keys.size()) {
        done = true;
        keys.clear(); // read; the memory goes
    }
    return batch;
}

Cursor::Cursor(Cursor &&other) noexcept = default;
Cursor &Cursor::operator=(Cursor &&other) noexcept = default;
Cursor::~Cursor() = default;

QList<QSharedPointer<Model>> Cursor::nextBatch()
{
    if (d->done)
        return {};
    if (!d->keyset)
        return d->nextOrderedBatch();
    FindOptions page = d->options;
    page.limit(d->batchSize);
    const QString key = d->model->primaryKeyAttribute();
    page.order(key);
    if (d->lastKey.isValid())
        page.where(OptionsAccess::data(d->options).where && Op::gt(key, d->lastKey));
    QList<QSharedPointer<Model>> batch = d->model->findAll(page);
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
