// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// InstanceListModel's private side: loading pages (on the pool or not), following the model's
// changes, and applying a fresh result to the rows as inserts, removals, moves and changes.

#include "../src/query/options_p.h"
#include "../src/sql/scriptvalue_p.h"
#include "associationroles_p.h"
#include "instancelistmodel_p.h"
#include "instancewindow_p.h"
#include <QtCore/qregularexpression.h>

namespace QtSequelize {

InstanceListModelPrivate::InstanceListModelPrivate(InstanceListModel *q)
    : q(q)
    , associationRoles(std::make_unique<AssociationRoles>(this))
{
}

InstanceListModelPrivate::~InstanceListModelPrivate() = default;

QList<int> longestIncreasingRun(const QList<int> &values)
{
    QList<int> tails; // index into values of the smallest tail of a run of each length
    QList<int> previous(values.size(), -1);
    for (int i = 0; i < values.size(); ++i) {
        const auto it
            = std::lower_bound(tails.cbegin(), tails.cend(), values.at(i),
                               [&](int index, int value) { return values.at(index) < value; });
        const qsizetype length = it - tails.cbegin();
        if (length > 0)
            previous[i] = tails.at(length - 1);
        if (length == tails.size())
            tails.append(i);
        else
            tails[length] = i;
    }
    QList<int> run(tails.size());
    for (int i = tails.isEmpty() ? -1 : tails.last(), k = int(tails.size()) - 1; i >= 0;
         i = previous.at(i), --k)
        run[k] = i;
    return run;
}

void InstanceListModelPrivate::setError(const QString &message)
{
    // Also printed: a QML list whose where has a typo must not look merely empty. (Messages
    // carry names, never values.)
    qCWarning(lcQml, "InstanceListModel: %s", qPrintable(message));
    errorString = message;
    Q_EMIT q->errorStringChanged();
    Q_EMIT q->errorOccurred(message);
}

void InstanceListModelPrivate::clearError()
{
    if (errorString.isEmpty())
        return;
    errorString.clear();
    Q_EMIT q->errorStringChanged();
}

// The attribute of a value that is undefined (an invalid QVariant) in a where QML set: JavaScript
// hands over {groupId: undefined} (an unset property) so, while null is a QVariant of
// std::nullptr_t. Read as NULL it would quietly show the rows with no group; Sequelize refuses
// it ("WHERE parameter "groupId" has invalid "undefined" value"), and so does the list.
static QString undefinedAttribute(const QVariant &value, const QString &attribute)
{
    if (!value.isValid())
        return attribute.isEmpty() ? QStringLiteral("?") : attribute;
    if (value.metaType() == QMetaType::fromType<QVariantMap>()) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const bool logical = it.key() == QLatin1String("or") || it.key() == QLatin1String("and")
                || it.key() == QLatin1String("not");
            const QString found = undefinedAttribute(
                it.value(), attribute.isEmpty() && !logical ? it.key() : attribute);
            if (!found.isEmpty())
                return found;
        }
    } else if (value.metaType() == QMetaType::fromType<QVariantList>()) {
        for (const QVariant &item : value.toList()) {
            const QString found = undefinedAttribute(item, attribute);
            if (!found.isEmpty())
                return found;
        }
    }
    return QString();
}

FindOptions InstanceListModelPrivate::effectiveOptions() const
{
    FindOptions result = options;
    if (!where.isEmpty() && qmlEngine(q)) {
        const QString undefined = undefinedAttribute(where, QString());
        if (!undefined.isEmpty())
            throw DefinitionError(
                QStringLiteral("WHERE parameter \"%1\" has invalid \"undefined\" value (use null "
                               "for NULL)")
                    .arg(undefined));
    }
    if (!where.isEmpty())
        result.where(Where::fromMap(where));
    // "name", "name DESC", "name DESC NULLS LAST" or ["name", "DESC NULLS LAST"]: the
    // direction as FindOptions::order() reads it, ASC/DESC and NULLS FIRST/LAST.
    static const QRegularExpression directionSuffix(
        QStringLiteral(
            R"(\s+((?:ASC|DESC)(?:\s+NULLS\s+(?:FIRST|LAST))?|NULLS\s+(?:FIRST|LAST))$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QVariant &item : order) {
        QString attribute;
        QString direction;
        if (item.metaType() == QMetaType::fromType<QVariantList>()
            || item.metaType() == QMetaType::fromType<QStringList>()) {
            const QVariantList pair = item.toList();
            if (pair.size() > 2)
                throw DefinitionError(
                    QStringLiteral("An order item is a name and a direction (%1 values given)")
                        .arg(pair.size()));
            attribute = pair.value(0).toString();
            direction = pair.value(1).toString();
        } else {
            attribute = item.toString().trimmed();
            const QRegularExpressionMatch match = directionSuffix.match(attribute);
            if (match.hasMatch()) {
                direction = match.captured(1);
                attribute.truncate(match.capturedStart());
            }
        }
        if (attribute.trimmed().isEmpty())
            throw DefinitionError(QStringLiteral("Invalid order item: %1").arg(item.toString()));
        if (direction.trimmed().isEmpty())
            result.order(attribute);
        else
            result.order({{attribute, direction}});
    }
    // A total order, so that pages do not overlap and a refresh compares like with like.
    for (const QString &key : keyAttributes)
        result.order(key);
    return result;
}

QString InstanceListModelPrivate::keyOf(const Model *instance) const
{
    if (keyAttributes.size() == 1)
        return instance->getDataValue(keyAttributes.first()).toString();
    QVariantList parts;
    for (const QString &key : keyAttributes)
        parts.append(instance->getDataValue(key));
    return keyText(parts);
}

int InstanceListModelPrivate::rowOf(const QString &key) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).key == key)
            return i;
    }
    return -1;
}

Row InstanceListModelPrivate::makeRow(const QSharedPointer<Model> &instance) const
{
    Row row{keyOf(instance.get()), instance, {}};
    row.values.reserve(attributes.size());
    for (const QString &attribute : attributes)
        row.values.append(toScriptValue(instance->get(attribute))); // as JavaScript gets it
    for (qsizetype path = 0; path < associationRoles->size(); ++path)
        row.values.append(associationRoles->comparable(path, instance.get()));
    return row;
}

void InstanceListModelPrivate::setLoading(bool value)
{
    if (loading == value)
        return;
    loading = value;
    Q_EMIT q->loadingChanged();
}

void InstanceListModelPrivate::request(int offset, int limit, bool onPool,
                                       const std::function<void(const Rows &)> &done)
{
    FindOptions options;
    if (!guarded([&] {
            // A page within the rows of the options' (or a scope's) own limit and offset.
            options = effectiveOptions();
            OptionsData &o = OptionsAccess::mutableData(options);
            o.pageOffset = offset;
            o.pageLimit = limit + 1;
            associationRoles->addIncludes(options);
        })) {
        atEnd = true; // no retry loop from the view; refresh() tries again
        return;
    }
    auto finish = [this, limit, done](Rows found) {
        atEnd = found.size() <= limit;
        if (!atEnd)
            found.resize(limit);
        clearError();
        done(found);
    };
    if (!onPool) {
        Rows found;
        if (!guarded([&] { found = definition->findAll(options); })) {
            atEnd = true;
            return;
        }
        finish(found);
        return;
    }
    const int started = generation;
    auto settle = [this, started] {
        if (started != generation)
            return false; // a newer query runs: this one's rows are not wanted
        setLoading(false);
        return true;
    };
    setLoading(true);
    QFuture<Rows> future;
    if (!guarded([&] { future = definition->findAllAsync(options); })) {
        setLoading(false);
        atEnd = true;
        return;
    }
    // A watcher owned by the model, not a continuation with a context: the model may go
    // before the query ends (Qt 6.4 asserts on a continuation whose context is gone).
    auto *watcher = new QFutureWatcher<Rows>(q);
    QObject::connect(watcher, &QFutureWatcherBase::finished, q, [this, watcher, settle, finish] {
        watcher->deleteLater();
        if (!settle())
            return;
        Rows found;
        try {
            found = watcher->future().result();
        } catch (const BaseError &error) {
            atEnd = true;
            setError(error.message());
            return;
        }
        finish(found);
        if (std::exchange(refreshAgain, false))
            q->refresh();
    });
    watcher->setFuture(future);
}

void InstanceListModelPrivate::refreshNow()
{
    if (window) {
        window->refresh(false);
        return;
    }
    if (loading) {
        ++generation;
        setLoading(false);
        refreshAgain = false;
    }
    refresh(false);
}

void InstanceListModelPrivate::refresh(bool onPool)
{
    refreshQueued = false;
    if (!definition || !complete)
        return;
    if (window) {
        window->refresh(onPool);
        return;
    }
    if (loading) {
        refreshAgain = true; // after the query that runs now
        return;
    }
    // The rows shown, and when every row is shown, a page more to find rows added at the end.
    const int shown = int(rows.size());
    const int window = atEnd ? shown + pageSize : qMax(shown, pageSize);
    request(0, window, onPool, [this](const Rows &fresh) { apply(fresh); });
}

void InstanceListModelPrivate::appendRows(const Rows &found)
{
    QSet<QString> shown;
    for (const Row &row : std::as_const(rows))
        shown.insert(row.key);
    QList<Row> added;
    bool overlapped = false;
    for (const QSharedPointer<Model> &instance : found) {
        Row row = makeRow(instance);
        if (shown.contains(row.key)) {
            overlapped = true; // rows moved between the pages: the refresh sorts it out
            continue;
        }
        added.append(std::move(row));
    }
    if (!added.isEmpty()) {
        const int first = int(rows.size());
        q->beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        rows.append(std::move(added));
        q->endInsertRows();
        Q_EMIT q->countChanged();
    }
    if (overlapped)
        queueRefresh();
}

void InstanceListModelPrivate::follow()
{
    for (const QMetaObject::Connection &c : std::as_const(connections))
        QObject::disconnect(c);
    connections.clear();
    if (!definition || !live)
        return;
    auto queue = [this] { queueRefresh(); };
    connections = {
        // Keys, not instance pointers: writes on other threads are followed safely.
        QObject::connect(definition, &ModelDefinition::instanceChanged, q, queue),
        QObject::connect(definition, &ModelDefinition::rowsChanged, q, queue),
        // Other clients' changes (ModelOptions::watchChanges()), and a Reset after they could
        // not be followed for a while: either way a refresh, coalesced per event-loop turn.
        QObject::connect(definition, &ModelDefinition::databaseChanged, q, queue),
    };
}

void InstanceListModelPrivate::queueRefresh()
{
    if (refreshQueued)
        return;
    refreshQueued = true;
    QTimer::singleShot(0, q, [this] {
        if (refreshQueued)
            q->refresh();
    });
}

// A new query or definition: the one place the rows are replaced wholesale (emptied, then the
// first page comes in as inserted rows).
void InstanceListModelPrivate::reset()
{
    if (!complete)
        return;
    const bool hadRows = !rows.isEmpty();
    ++generation;
    setLoading(false);
    refreshAgain = false;
    q->beginResetModel();
    rows.clear();
    if (window) {
        window->retire();
        retiredWindows.push_back(std::move(window));
        QTimer::singleShot(0, q, [this] { retiredWindows.clear(); });
    }
    attributes = definition ? definition->attributeNames() : QStringList();
    keyAttributes = definition ? definition->primaryKeyAttributes() : QStringList();
    associationRoles->reset(definition);
    displayColumn = 0;
    while (displayColumn + 1 < attributes.size()
           && keyAttributes.contains(attributes.at(displayColumn)))
        ++displayColumn;
    atEnd = true; // until a page says there is more
    refreshQueued = false;
    q->endResetModel();
    if (hadRows)
        Q_EMIT q->countChanged();
    follow();
    if (definition) {
        clearError();
        if (keyAttributes.isEmpty()) { // rows are followed by key
            guarded([&] {
                throw DefinitionError(QStringLiteral("InstanceListModel needs a model with a "
                                                     "primary key: %1 has none")
                                          .arg(definition->name()));
            });
            return;
        }
        if (windowed) {
            const QString refused = InstanceWindow::refusal(options);
            if (!refused.isEmpty()) {
                guarded([&] { throw DefinitionError(refused); });
                return;
            }
            window = std::make_unique<InstanceWindow>(this);
            window->start(asynchronous);
            return;
        }
        request(0, pageSize, asynchronous, [this](const Rows &page) { appendRows(page); });
    }
}

Row *InstanceListModelPrivate::rowAt(int index, bool wait)
{
    if (window)
        return window->row(index, wait);
    return index >= 0 && index < rows.size() ? &rows[index] : nullptr;
}

QList<QPair<int, Row *>> InstanceListModelPrivate::loadedRows()
{
    if (window)
        return window->loadedRows();
    QList<QPair<int, Row *>> shown;
    shown.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        shown.append({i, &rows[i]});
    return shown;
}

void InstanceListModelPrivate::updateRow(int index, Row &current, Row &&fresh)
{
    QList<int> roles;
    for (qsizetype i = 0; i < current.values.size() && i < fresh.values.size(); ++i) {
        if (current.values.at(i) != fresh.values.at(i))
            roles.append(InstanceListModel::FirstAttributeRole + int(i));
    }
    if (roles.isEmpty())
        return; // the shown instance stays, with any change not saved yet
    // The fresh instance replaces the shown one, so the instance role never shows stale values.
    current = std::move(fresh);
    roles.append(InstanceListModel::InstanceRole);
    if (roles.contains(InstanceListModel::FirstAttributeRole + displayColumn)) {
        roles.append(Qt::DisplayRole);
        roles.append(Qt::EditRole);
    }
    Q_EMIT q->dataChanged(q->index(index), q->index(index), roles);
}

// Turns the shown rows into \a fresh with row removals, moves, insertions and dataChanged(),
// in that order, so that views keep what did not change.
void InstanceListModelPrivate::apply(const QList<QSharedPointer<Model>> &fresh)
{
    const QScopedValueRollback<bool> guard(changing, true);
    const int before = int(rows.size());
    QList<Row> target;
    target.reserve(fresh.size());
    QHash<QString, int> wanted;
    for (const QSharedPointer<Model> &instance : fresh) {
        Row row = makeRow(instance);
        if (wanted.contains(row.key))
            continue;
        wanted.insert(row.key, int(target.size()));
        target.append(std::move(row));
    }

    // Removals, from the end so that indexes stay valid, in contiguous ranges.
    for (int last = int(rows.size()) - 1; last >= 0;) {
        if (wanted.contains(rows.at(last).key)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(rows.at(first - 1).key))
            --first;
        q->beginRemoveRows(QModelIndex(), first, last);
        rows.remove(first, last - first + 1);
        q->endRemoveRows();
        last = first - 1;
    }

    // Every row left is wanted. The longest run of them already in target order stays; each
    // other one moves once, right after the nearest row before it in the target order that is
    // in place (rows are few, a view's pages: linear searches are fine).
    QList<int> order;
    order.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        order.append(wanted.value(row.key));
    QSet<QString> inPlace;
    for (int i : longestIncreasingRun(order))
        inPlace.insert(rows.at(i).key);
    for (int t = 0; t < target.size(); ++t) {
        const QString &key = target.at(t).key;
        const int from = rowOf(key);
        if (from < 0 || inPlace.contains(key))
            continue;
        int to = 0;
        for (int s = t - 1; s >= 0; --s) {
            if (inPlace.contains(target.at(s).key)) {
                to = rowOf(target.at(s).key) + 1;
                break;
            }
        }
        if (to != from && to != from + 1) {
            q->beginMoveRows(QModelIndex(), from, from, QModelIndex(), to);
            rows.move(from, to > from ? to - 1 : to);
            q->endMoveRows();
        }
        inPlace.insert(key);
    }

    // New rows, a run of consecutive ones at a time.
    for (int i = 0; i < target.size(); ++i) {
        if (i < rows.size() && rows.at(i).key == target.at(i).key)
            continue;
        int end = i + 1;
        while (end < target.size() && !inPlace.contains(target.at(end).key))
            ++end;
        q->beginInsertRows(QModelIndex(), i, end - 1);
        for (int k = i; k < end; ++k)
            rows.insert(k, target.at(k));
        q->endInsertRows();
        i = end - 1;
    }

    // Changed values, row by row.
    for (int i = 0; i < target.size(); ++i)
        updateRow(i, rows[i], std::move(target[i]));
    Q_ASSERT(rows.size() == target.size());
    if (before != rows.size())
        Q_EMIT q->countChanged();
}

} // namespace QtSequelize
