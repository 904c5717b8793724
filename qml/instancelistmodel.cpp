// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/instancelistmodel.h>

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>
#include <QtSequelize/modeldefinition.h>
#include <QtSequelize/sequelize.h>
#include <QtSequelize/where.h>

#include <QtCore/qfuturewatcher.h>
#include <QtCore/qpointer.h>
#include <QtCore/qset.h>
#include <QtCore/qtimer.h>
#include <QtQml/qqmlengine.h>
#include <QtSequelize/async.h>

#include <algorithm>
#include <functional>
#include <utility>

namespace QtSequelize {

namespace {

struct Row
{
    QString key;
    QSharedPointer<Model> instance;
    QVariantList values; // as last reported to the views, by attribute index
};

// The indexes of a longest strictly increasing subsequence of \a values (patience sorting).
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

} // namespace

class InstanceListModelPrivate
{
public:
    explicit InstanceListModelPrivate(InstanceListModel *q)
        : q(q)
    {
    }

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
    int generation = 0; // a new query makes the results of older ones stale
    QString errorString;
    QStringList attributes;
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
    void updateRow(int row, Row &&fresh);
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

void InstanceListModelPrivate::setError(const QString &message)
{
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

static Qt::SortOrder parseDirection(const QString &text, bool *ok)
{
    const QString direction = text.trimmed().toUpper();
    *ok = direction.isEmpty() || direction == QLatin1String("ASC")
        || direction == QLatin1String("DESC");
    return direction == QLatin1String("DESC") ? Qt::DescendingOrder : Qt::AscendingOrder;
}

FindOptions InstanceListModelPrivate::effectiveOptions() const
{
    FindOptions result = options;
    if (!where.isEmpty())
        result.where(Where::fromMap(where));
    for (const QVariant &item : order) {
        QString attribute;
        QString direction;
        if (item.metaType() == QMetaType::fromType<QVariantList>()
            || item.metaType() == QMetaType::fromType<QStringList>()) {
            const QVariantList pair = item.toList();
            attribute = pair.value(0).toString();
            direction = pair.value(1).toString();
        } else {
            const QString text = item.toString().trimmed();
            const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
            attribute = space < 0 ? text : text.left(space).trimmed();
            direction = space < 0 ? QString() : text.mid(space + 1);
        }
        bool ok = false;
        const Qt::SortOrder sortOrder = parseDirection(direction, &ok);
        if (!ok || attribute.isEmpty())
            throw DefinitionError(QStringLiteral("Invalid order item: %1").arg(item.toString()));
        result.order(attribute, sortOrder);
    }
    // A total order, so that pages do not overlap and a refresh compares like with like.
    for (const QString &key : keyAttributes)
        result.order(key);
    return result;
}

// A row's key as text: the primary key, or the parts of a composite one joined.
static QString keyText(const QVariantList &parts)
{
    QStringList texts;
    for (const QVariant &part : parts)
        texts.append(part.toString());
    return texts.join(QChar(0x1f));
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
        row.values.append(instance->get(attribute));
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
    if (!guarded([&] { options = effectiveOptions().offset(offset).limit(limit + 1); })) {
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
        QObject::connect(definition, &ModelDefinition::instanceCreated, q, queue),
        QObject::connect(definition, &ModelDefinition::instanceUpdated, q, queue),
        QObject::connect(definition, &ModelDefinition::instanceDestroyed, q, queue),
        QObject::connect(definition, &ModelDefinition::instanceRestored, q, queue),
        QObject::connect(definition, &ModelDefinition::rowsChanged, q, queue),
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
    attributes = definition ? definition->attributeNames() : QStringList();
    keyAttributes = definition ? definition->primaryKeyAttributes() : QStringList();
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
        request(0, pageSize, asynchronous, [this](const Rows &page) { appendRows(page); });
    }
}

void InstanceListModelPrivate::updateRow(int row, Row &&fresh)
{
    Row &current = rows[row];
    QList<int> roles;
    for (qsizetype i = 0; i < attributes.size(); ++i) {
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
    const QModelIndex index = q->index(row);
    Q_EMIT q->dataChanged(index, index, roles);
}

// Turns the shown rows into \a fresh with row removals, moves, insertions and dataChanged(),
// in that order, so that views keep what did not change.
void InstanceListModelPrivate::apply(const QList<QSharedPointer<Model>> &fresh)
{
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
        updateRow(i, std::move(target[i]));
    Q_ASSERT(rows.size() == target.size());
    if (before != rows.size())
        Q_EMIT q->countChanged();
}

InstanceListModel::InstanceListModel(QObject *parent)
    : QAbstractListModel(parent)
    , d(std::make_unique<InstanceListModelPrivate>(this))
{
}

InstanceListModel::InstanceListModel(ModelDefinition *definition, const FindOptions &options,
                                     QObject *parent)
    : InstanceListModel(parent)
{
    d->options = options;
    setDefinition(definition);
}

InstanceListModel::~InstanceListModel() = default;

Sequelize *InstanceListModel::sequelize() const
{
    return d->sequelize;
}

void InstanceListModel::setSequelize(Sequelize *sequelize)
{
    if (d->sequelize == sequelize)
        return;
    d->sequelize = sequelize;
    Q_EMIT sequelizeChanged();
    if (!d->modelName.isEmpty())
        setModelName(d->modelName);
}

QString InstanceListModel::modelName() const
{
    return d->definition ? d->definition->name() : d->modelName;
}

void InstanceListModel::setModelName(const QString &name)
{
    d->modelName = name;
    if (!d->sequelize)
        return; // resolved when sequelize is set
    ModelDefinition *definition = d->sequelize->model(name);
    if (!definition && !name.isEmpty())
        d->setError(QStringLiteral("No model named %1 is defined").arg(name));
    setDefinition(definition);
}

ModelDefinition *InstanceListModel::definition() const
{
    return d->definition;
}

void InstanceListModel::setDefinition(ModelDefinition *definition)
{
    if (d->definition == definition)
        return;
    d->definition = definition;
    if (definition)
        d->modelName = definition->name();
    Q_EMIT definitionChanged();
    d->reset();
}

FindOptions InstanceListModel::findOptions() const
{
    return d->options;
}

void InstanceListModel::setFindOptions(const FindOptions &options)
{
    d->options = options;
    d->reset();
}

QVariantMap InstanceListModel::where() const
{
    return d->where;
}

void InstanceListModel::setWhere(const QVariantMap &where)
{
    if (d->where == where)
        return;
    d->where = where;
    Q_EMIT whereChanged();
    d->reset();
}

QVariantList InstanceListModel::order() const
{
    return d->order;
}

void InstanceListModel::setOrder(const QVariantList &order)
{
    if (d->order == order)
        return;
    d->order = order;
    Q_EMIT orderChanged();
    d->reset();
}

int InstanceListModel::pageSize() const
{
    return d->pageSize;
}

void InstanceListModel::setPageSize(int rows)
{
    rows = qMax(1, rows);
    if (d->pageSize == rows)
        return;
    d->pageSize = rows;
    Q_EMIT pageSizeChanged();
}

bool InstanceListModel::isLive() const
{
    return d->live;
}

void InstanceListModel::setLive(bool live)
{
    if (d->live == live)
        return;
    d->live = live;
    d->follow();
    Q_EMIT liveChanged();
}

int InstanceListModel::count() const
{
    return int(d->rows.size());
}

QString InstanceListModel::errorString() const
{
    return d->errorString;
}

Model *InstanceListModel::instance(int row) const
{
    if (row < 0 || row >= d->rows.size())
        return nullptr;
    Model *shown = d->rows.at(row).instance.get();
    // The list owns its instances: QML must not collect one returned by a method call.
    QQmlEngine::setObjectOwnership(shown, QQmlEngine::CppOwnership);
    return shown;
}

QVariantMap InstanceListModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= d->rows.size())
        return values;
    const Row &r = d->rows.at(row);
    for (qsizetype i = 0; i < d->attributes.size(); ++i)
        values.insert(d->attributes.at(i), r.values.at(i));
    return values;
}

int InstanceListModel::indexOf(const QVariant &primaryKey) const
{
    return d->rowOf(primaryKey.metaType() == QMetaType::fromType<QVariantList>()
                        ? keyText(primaryKey.toList())
                        : primaryKey.toString());
}

bool InstanceListModel::setValue(int row, const QString &attribute, const QVariant &value)
{
    const int column = int(d->attributes.indexOf(attribute));
    if (column < 0) {
        d->setError(QStringLiteral("Unknown attribute %1").arg(attribute));
        return false;
    }
    return setData(index(row), value, FirstAttributeRole + column);
}

int InstanceListModel::create(const QVariantMap &values)
{
    if (!d->definition) {
        d->setError(QStringLiteral("The list has no model"));
        return -1;
    }
    QString key;
    const bool created = d->guarded([&] { key = d->keyOf(d->definition->create(values).get()); });
    if (!created)
        return -1;
    d->clearError();
    d->refreshNow(); // the row shows at once, where the order puts it
    return d->rowOf(key);
}

bool InstanceListModel::remove(int row)
{
    Model *target = instance(row);
    if (!target)
        return false;
    if (!d->guarded([&] { target->destroy(); }))
        return false;
    d->clearError();
    d->refreshNow();
    return true;
}

int InstanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->rows.size());
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = d->rows.at(index.row());
    if (role == InstanceRole)
        return QVariant::fromValue(row.instance.get());
    const int column = role == Qt::DisplayRole || role == Qt::EditRole ? d->displayColumn
                                                                       : role - FirstAttributeRole;
    return column >= 0 && column < row.values.size() ? row.values.at(column) : QVariant();
}

bool InstanceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = role - FirstAttributeRole;
    if (column < 0 || column >= d->attributes.size())
        return false;
    Row &row = d->rows[index.row()];
    const QString attribute = d->attributes.at(column);
    const QVariant before = row.instance->get(attribute);
    const bool saved = d->guarded([&] {
        row.instance->set(attribute, value);
        row.instance->save();
    });
    if (!saved) {
        // The instance keeps what the database has, as the row shows.
        d->guarded([&] { row.instance->reload(); });
        return false;
    }
    d->clearError();
    Row fresh = d->makeRow(row.instance);
    d->updateRow(index.row(), std::move(fresh));
    return true;
}

Qt::ItemFlags InstanceListModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index)
        | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

QHash<int, QByteArray> InstanceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(InstanceRole, QByteArrayLiteral("instance"));
    for (qsizetype i = 0; i < d->attributes.size(); ++i)
        names.insert(FirstAttributeRole + int(i), d->attributes.at(i).toUtf8());
    return names;
}

bool InstanceListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && d->definition && !d->atEnd && !d->loading;
}

void InstanceListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    d->request(int(d->rows.size()), d->pageSize, d->asynchronous,
               [this](const InstanceListModelPrivate::Rows &page) { d->appendRows(page); });
}

void InstanceListModel::refresh()
{
    d->refresh(d->asynchronous);
}

bool InstanceListModel::isAsynchronous() const
{
    return d->asynchronous;
}

void InstanceListModel::setAsynchronous(bool asynchronous)
{
    if (d->asynchronous == asynchronous)
        return;
    d->asynchronous = asynchronous;
    Q_EMIT asynchronousChanged();
}

bool InstanceListModel::isLoading() const
{
    return d->loading;
}

void InstanceListModel::classBegin()
{
    d->complete = false;
}

void InstanceListModel::componentComplete()
{
    d->complete = true;
    d->reset();
}

} // namespace QtSequelize
