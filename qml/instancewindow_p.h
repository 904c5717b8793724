// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_INSTANCEWINDOW_P_H
#define QTSEQUELIZE_INSTANCEWINDOW_P_H

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

#include "instancelistmodel_p.h"

#include "../src/query/options_p.h"

#include <QtCore/qhash.h>

#include <memory>

namespace QtSequelize {

// InstanceListModel's windowed mode (setWindowed(true)): the row count is the query's COUNT,
// and rows are read a page at a time where views ask for them — by keyset from a neighbouring
// page when the order allows it, else by OFFSET — keeping at most maxPages pages.
class InstanceWindow
{
public:
    static constexpr int maxPages = 16;

    explicit InstanceWindow(InstanceListModelPrivate *d);
    ~InstanceWindow();

    int count() const { return total; }
    // The row at \a index: read now when its page is not there and \a wait, else (on the
    // pool) asked for and nullptr until it is in, or the stale row while it is read again.
    Row *row(int index, bool wait);
    // The rows of the pages kept, with their indexes.
    QList<QPair<int, Row *>> loadedRows();
    // The first count (and on the pool, the first page beside it).
    void start(bool onPool);
    // Counts again, and makes every page read so far stale: views are told (dataChanged) and
    // ask again. After a new query, a change, refresh(); \a onPool: on the Sequelize's pool.
    void refresh(bool onPool);
    // The index of the row with the primary key \a key (its parts), asking the database for its
    // position when its page is not loaded (keyset orders only); -1 when the list has no such row.
    int indexOf(const QVariantList &key);
    // The list has a new query: what still runs for this window is dropped. The window itself
    // goes when control is back in the event loop (it may be on the stack now, when a slot of
    // errorOccurred() or of a row signal changed the list).
    void retire() { retired = true; }
    // Why the options cannot be shown windowed; empty when they can.
    static QString refusal(const FindOptions &options);

private:
    struct Page
    {
        QList<Row> rows;
        int generation = -1; // the generation it was read in: older ones are stale
        int loading = -1; // the generation of a read running on the pool
        quint64 used = 0;
    };

    bool keysetCapable(const OptionsData &o) const;
    static void reverse(OptionsData &o);
    static void countRows(FindOptions &options);
    void refresh(bool onPool, bool stale);
    // The options that read \a page; \a reversed: in reverse order, before the next page.
    FindOptions pageOptions(int page, bool *reversed) const;
    Where keysetWhere(const Model *from, bool after) const;
    void load(int page);
    void fetch(int page);
    void store(int page, QList<QSharedPointer<Model>> found, bool reversed, bool notify);
    void recount(qint64 rows, bool stale);
    void setTotal(qint64 rows);
    void evict(int keep);

    InstanceListModelPrivate *d;
    // Parent of the pool's watchers: they go with the window.
    std::unique_ptr<QObject> context;
    QHash<int, Page> pages;
    QList<QPair<QString, Qt::SortOrder>> order; // the total order, when keysets can read it
    int total = 0;
    int generation = 0;
    int mismatchTotal = -1; // a page did not fit this count: counted again once
    int counting = 0; // the last count asked on the pool
    int running = 0; // reads on the pool
    bool retired = false;
    bool reversible = false; // the order can be read backwards (no literal in it)
    bool counted = false; // a count came in
    quint64 clock = 0;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_INSTANCEWINDOW_P_H
