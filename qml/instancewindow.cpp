// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// InstanceListModel's windowed mode: the COUNT as the row count, pages read where views ask
// (keyset from a neighbouring page, else OFFSET), at most maxPages of them kept.

#include "instancewindow_p.h"

#include "associationroles_p.h"

#include "../src/query/options_p.h"

#include <QtSequelize/attribute.h>
#include <QtSequelize/datatype.h>

#include <climits>

namespace QtSequelize {

using Rows = InstanceListModelPrivate::Rows;

// Types whose values come back from every driver exactly as they compare in SQL, so that a
// keyset condition on them finds the row it was read from (not DECIMAL, CHAR's padding, the
// label order of ENUM, or floating point).
static bool exactlyComparable(const DataType &type)
{
    switch (type.kind()) {
    case DataType::String:
    case DataType::Text:
    case DataType::Integer:
    case DataType::BigInt:
    case DataType::SmallInt:
    case DataType::TinyInt:
    case DataType::MediumInt:
        return true;
    default:
        return false;
    }
}

InstanceWindow::InstanceWindow(InstanceListModelPrivate *d)
    : d(d)
    , context(std::make_unique<QObject>())
{
    FindOptions options;
    try {
        options = d->effectiveOptions();
    } catch (const BaseError &) {
        return; // refresh() reports it
    }
    const OptionsData &o = OptionsAccess::data(options);
    // A scope may add to the order: then only OFFSET from the top reads what findAll() reads.
    if (!o.scopes.isEmpty() || d->definition->scopeNames().contains(QLatin1String("defaultScope")))
        return;
    reversible = std::none_of(o.order.cbegin(), o.order.cend(),
                              [](const OrderKey &key) { return key.literal; });
    if (keysetCapable(o)) {
        for (const OrderKey &key : o.order) {
            const bool seen = std::any_of(order.cbegin(), order.cend(),
                                          [&](const auto &k) { return k.first == key.attribute; });
            if (!seen)
                order.append({key.attribute, key.order});
        }
    }
}

InstanceWindow::~InstanceWindow() = default;

QString InstanceWindow::refusal(const FindOptions &options)
{
    const OptionsData &o = OptionsAccess::data(options);
    if (!o.group.isEmpty() || !o.having.isEmpty())
        return QStringLiteral("A windowed InstanceListModel cannot show grouped rows");
    if (o.limit >= 0 || o.offset >= 0)
        return QStringLiteral("A windowed InstanceListModel pages and counts its rows itself: "
                              "its options cannot set a limit or an offset");
    return QString();
}

// A count of the list's rows: with includes, of the distinct rows (a to-many include joins one
// row per target; a required one keeps only the rows that have one).
void InstanceWindow::countRows(FindOptions &options)
{
    if (!OptionsAccess::data(options).includes.isEmpty())
        options.distinct(true);
}

// Keysets when the order is made of plain attributes that are never NULL (NULLs sort
// differently per database) and compare exactly.
bool InstanceWindow::keysetCapable(const OptionsData &o) const
{
    for (const OrderKey &key : o.order) {
        if (key.attribute.isEmpty() || key.literal || !key.collation.isEmpty()
            || key.nulls != NullsOrder::Default || !d->attributes.contains(key.attribute))
            return false;
        const Attribute attribute = d->definition->attribute(key.attribute);
        if ((attribute.allowsNull() && !attribute.isPrimaryKey())
            || !exactlyComparable(attribute.type()))
            return false;
    }
    return true;
}

// The rows after (or before) \a from in the order: (a > x) OR (a = x AND b > y) OR ...
Where InstanceWindow::keysetWhere(const Model *from, bool after) const
{
    QList<Where> alternatives;
    for (qsizetype i = 0; i < order.size(); ++i) {
        QList<Where> all;
        for (qsizetype j = 0; j < i; ++j)
            all.append(Op::eq(order.at(j).first, from->getDataValue(order.at(j).first)));
        const QString &attribute = order.at(i).first;
        const bool greater = (order.at(i).second == Qt::AscendingOrder) == after;
        all.append(greater ? Op::gt(attribute, from->getDataValue(attribute))
                           : Op::lt(attribute, from->getDataValue(attribute)));
        alternatives.append(all.size() == 1 ? all.first() : Where(Where::And, all));
    }
    return alternatives.size() == 1 ? alternatives.first() : Where(Where::Or, alternatives);
}

QList<QPair<int, Row *>> InstanceWindow::loadedRows()
{
    QList<QPair<int, Row *>> shown;
    for (auto it = pages.begin(); it != pages.end(); ++it) {
        if (it->generation != generation)
            continue;
        for (qsizetype i = 0; i < it->rows.size(); ++i)
            shown.append({it.key() * d->pageSize + int(i), &it->rows[i]});
    }
    std::sort(shown.begin(), shown.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    return shown;
}

FindOptions InstanceWindow::pageOptions(int page, bool *reversed) const
{
    FindOptions options = d->effectiveOptions();
    d->associationRoles->addIncludes(options);
    OptionsData &o = OptionsAccess::mutableData(options);
    *reversed = false;
    o.pageOnly = true; // a limit or offset of the options or a scope: refused by findAll()
    o.pageLimit = d->pageSize;
    if (!order.isEmpty()) {
        const auto fresh = [&](int p) {
            const auto it = pages.constFind(p);
            return it != pages.cend() && it->generation == generation && !it->rows.isEmpty()
                ? &*it
                : nullptr;
        };
        if (const Page *before = fresh(page - 1); before && before->rows.size() == d->pageSize) {
            o.where = o.where && keysetWhere(before->rows.last().instance.get(), true);
            return options;
        }
        if (const Page *after = fresh(page + 1)) {
            o.where = o.where && keysetWhere(after->rows.first().instance.get(), false);
            *reversed = true;
            reverse(o);
            return options;
        }
    }
    const int first = page * d->pageSize;
    if (reversible && counted && first > total / 2) {
        // Nearer the end: the OFFSET counts from there, in the reverse order (the key ends
        // every order, so it is the exact reverse).
        const int end = qMin(first + d->pageSize, total);
        o.pageOffset = total - end;
        o.pageLimit = end - first;
        *reversed = true;
        reverse(o);
        return options;
    }
    o.pageOffset = first;
    return options;
}

// The order backwards: directions flipped, and NULLs where they were not (a default NULL
// placement flips with the direction on every database).
void InstanceWindow::reverse(OptionsData &o)
{
    for (OrderKey &key : o.order) {
        key.order = key.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        if (key.nulls != NullsOrder::Default)
            key.nulls = key.nulls == NullsOrder::First ? NullsOrder::Last : NullsOrder::First;
    }
}

Row *InstanceWindow::row(int index, bool wait)
{
    if (index < 0 || index >= total)
        return nullptr;
    const int page = index / d->pageSize;
    auto it = pages.find(page);
    if (it == pages.end() || it->generation != generation) {
        if (wait)
            load(page);
        else
            fetch(page);
        if (retired)
            return nullptr;
        it = pages.find(page);
        if (it == pages.end())
            return nullptr;
    }
    it->used = ++clock;
    const int at = index - page * d->pageSize;
    return at < it->rows.size() ? &it->rows[at] : nullptr;
}

void InstanceWindow::load(int page)
{
    if (!d->definition)
        return;
    bool reversed = false;
    Rows found;
    const bool read
        = d->guarded([&] { found = d->definition->findAll(pageOptions(page, &reversed)); });
    if (retired)
        return; // a slot of errorOccurred() gave the list a new query
    if (!read) {
        Page &failed = pages[page]; // shown empty until the next refresh()
        failed.rows.clear();
        failed.generation = generation;
        return;
    }
    store(page, std::move(found), reversed, false);
}

void InstanceWindow::fetch(int page)
{
    if (!d->definition || pages.value(page).loading == generation)
        return; // asked for already
    bool reversed = false;
    QFuture<Rows> future;
    const bool started
        = d->guarded([&] { future = d->definition->findAllAsync(pageOptions(page, &reversed)); });
    if (retired)
        return;
    Page &entry = pages[page];
    if (!started) {
        entry.rows.clear();
        entry.generation = generation;
        return;
    }
    entry.loading = generation;
    ++running;
    d->setLoading(true);
    auto *watcher = new QFutureWatcher<Rows>(context.get());
    QObject::connect(watcher, &QFutureWatcherBase::finished, context.get(),
                     [this, watcher, page, reversed, asked = generation] {
                         watcher->deleteLater();
                         if (retired)
                             return;
                         d->setLoading(--running > 0);
                         Rows found;
                         const bool read = d->guarded([&] { found = watcher->future().result(); });
                         if (retired || asked != generation)
                             return; // a refresh came between: the views ask again
                         if (read)
                             store(page, std::move(found), reversed, true);
                         else
                             pages[page] = Page{{}, generation, -1, ++clock};
                     });
    watcher->setFuture(future);
}

void InstanceWindow::store(int page, Rows found, bool reversed, bool notify)
{
    if (reversed)
        std::reverse(found.begin(), found.end());
    const int first = page * d->pageSize;
    // The first rows, in before the count (asynchronous start): shown at once.
    const bool early = !counted && page == 0;
    const int expected = early ? int(qMin(found.size(), qsizetype(d->pageSize)))
                               : qBound(0, total - first, d->pageSize);
    if (!early && found.size() != expected && mismatchTotal != total) {
        // The rows changed since they were counted (without a signal here): count again, once.
        mismatchTotal = total;
        d->queueRefresh();
    }
    if (found.size() > expected)
        found.resize(expected);
    QList<Row> fresh;
    fresh.reserve(found.size());
    for (const QSharedPointer<Model> &instance : std::as_const(found))
        fresh.append(d->makeRow(instance));
    Page &entry = pages[page];
    int from = -1;
    int to = -1;
    for (qsizetype i = 0; notify && i < qMax(entry.rows.size(), fresh.size()); ++i) {
        const bool same = i < entry.rows.size() && i < fresh.size()
            && entry.rows.at(i).key == fresh.at(i).key
            && entry.rows.at(i).values == fresh.at(i).values;
        if (!same) {
            from = from < 0 ? int(i) : from;
            to = int(i);
        }
    }
    entry = Page{std::move(fresh), generation, -1, ++clock};
    evict(page);
    to = qMin(first + to, total - 1);
    if (from >= 0 && first + from <= to)
        Q_EMIT d->q->dataChanged(d->q->index(first + from), d->q->index(to));
    if (early && !retired && expected > total)
        setTotal(expected); // the count inserts the rest
}

void InstanceWindow::evict(int keep)
{
    while (pages.size() > maxPages) {
        auto oldest = pages.end();
        for (auto it = pages.begin(); it != pages.end(); ++it) {
            if (it.key() != keep && (oldest == pages.end() || it->used < oldest->used))
                oldest = it;
        }
        pages.erase(oldest);
    }
}

void InstanceWindow::start(bool onPool)
{
    refresh(onPool, false);
    if (onPool && !retired)
        fetch(0); // the first rows while the count runs
}

void InstanceWindow::refresh(bool onPool)
{
    refresh(onPool, true);
}

void InstanceWindow::refresh(bool onPool, bool stale)
{
    FindOptions options;
    if (!d->definition || !d->guarded([&] { options = d->effectiveOptions(); }))
        return;
    OptionsAccess::mutableData(options).order.clear();
    OptionsAccess::mutableData(options).pageOnly = true; // a scope's limit: refused
    countRows(options);
    if (!onPool) {
        qint64 rows = 0;
        if (d->guarded([&] { rows = d->definition->count(options); }) && !retired) {
            d->clearError();
            if (!retired)
                recount(rows, stale);
        }
        return;
    }
    QFuture<qint64> future;
    if (!d->guarded([&] { future = d->definition->countAsync(options); }) || retired)
        return;
    ++running;
    d->setLoading(true);
    auto *watcher = new QFutureWatcher<qint64>(context.get());
    QObject::connect(watcher, &QFutureWatcherBase::finished, context.get(),
                     [this, watcher, stale, asked = ++counting] {
                         watcher->deleteLater();
                         if (retired)
                             return;
                         d->setLoading(--running > 0);
                         qint64 rows = 0;
                         if (retired || !d->guarded([&] { rows = watcher->future().result(); })
                             || retired || asked != counting) // a later count is on its way
                             return;
                         d->clearError();
                         if (!retired)
                             recount(rows, stale);
                     });
    watcher->setFuture(future);
}

// A new count. After a change (\a stale) the pages read before it are stale: views are told
// so and ask again.
void InstanceWindow::recount(qint64 rows, bool stale)
{
    counted = true;
    if (!stale) {
        setTotal(rows);
        return;
    }
    ++generation;
    setTotal(rows);
    QList<int> shown = pages.keys();
    std::sort(shown.begin(), shown.end());
    for (int page : std::as_const(shown)) {
        const int first = page * d->pageSize;
        const int last = qMin(first + d->pageSize, total) - 1;
        if (retired)
            return; // a slot gave the list a new query
        if (first <= last)
            Q_EMIT d->q->dataChanged(d->q->index(first), d->q->index(last));
    }
}

void InstanceWindow::setTotal(qint64 rows)
{
    const int n = int(qBound(qint64(0), rows, qint64(INT_MAX)));
    if (n == total)
        return;
    if (n > total) {
        d->beginInsertRows(total, n - 1);
        total = n;
        d->endInsertRows();
    } else {
        d->beginRemoveRows(n, total - 1);
        total = n;
        for (auto it = pages.begin(); it != pages.end();) {
            const int first = it.key() * d->pageSize;
            if (first >= n) {
                it = pages.erase(it);
                continue;
            }
            if (it->rows.size() > n - first)
                it->rows.resize(n - first);
            ++it;
        }
        d->endRemoveRows();
    }
    if (!retired)
        Q_EMIT d->q->countChanged();
}

int InstanceWindow::indexOf(const QVariantList &key)
{
    const QString text = keyText(key);
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        if (it->generation != generation)
            continue;
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).key == text)
                return it.key() * d->pageSize + int(i);
        }
    }
    if (!d->definition || order.isEmpty() || key.size() != d->keyAttributes.size())
        return -1; // no position to ask for: an order keysets cannot read
    int index = -1;
    d->guarded([&] {
        FindOptions byKey = d->effectiveOptions();
        Where where = OptionsAccess::data(byKey).where;
        for (qsizetype i = 0; i < key.size(); ++i)
            where = where && Op::eq(d->keyAttributes.at(i), key.at(i));
        byKey.where(where);
        const QSharedPointer<Model> found = d->definition->findOne(byKey);
        if (!found)
            return;
        FindOptions before = d->effectiveOptions();
        OptionsData &o = OptionsAccess::mutableData(before);
        o.where = o.where && keysetWhere(found.get(), false);
        o.order.clear();
        countRows(before);
        index = int(d->definition->count(before));
    });
    return index;
}

} // namespace QtSequelize
