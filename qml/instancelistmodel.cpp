// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "instancelistmodel_p.h"
#include "instancewindow_p.h"

#include "associationroles_p.h"

#include "../src/sql/scriptvalue_p.h"

namespace QtSequelize {

/*!
    \class QtSequelize::InstanceListModel
    \inmodule QtSequelize
    \brief A list model over a findAll: one row per instance, one role per attribute, loaded a
    page at a time and kept up to date while the model's instances change.

    Rows come from ModelDefinition::findAll() with the given options (where, order, include,
    scopes), loaded a page at a time within their \c limit and \c offset (a scope's too): the
    first pageSize() rows load at once and fetchMore() appends the next page, as views ask for
    it. A windowed model counts and pages rows itself and refuses a limit or an offset. The primary
   key is added as the last ORDER BY so that the order is total.

    The model follows every change made through its ModelDefinition (create, save, destroy,
    restore, and the bulk update/destroy/bulkCreate), in any instance, and also refresh()es on
    request: it reloads the rows it shows and reports the difference as rows inserted, removed,
    moved and dataChanged() with the changed roles, never as a reset, so that views keep their
    selection and scroll position. Changes are gathered until control returns to the event loop,
    then applied in one refresh.

    Roles: one per attribute, named as the attribute, with the value as stored in the row last
    loaded; \c instance, the Model instance itself (owned by the list: valid until its row is
    replaced or removed); Qt::DisplayRole gives the first attribute after the primary key.
    After the attributes, one role per association, named by it (\c group: the target
    instance, or for a to-many association the list of them), and one per attribute of its
    target (\c{group.name}; for a to-many association, the list of the targets' values). An
    association the query includes shows at once; any other one is read when a view first asks
    for one of its roles: for every row read that lacks it, in one query (two for
    belongsToMany) when control returns to the event loop, however many delegates asked, then
    reported with dataChanged(). From then on the list's queries include it. In asynchronous
    mode that read is a refresh on the pool.

    In QML (\c{import QtSequelize}):
    \code
    InstanceListModel {
        sequelize: root.sequelize  // required property Sequelize sequelize, set by the app
        model: "User"
        where: ({ lastName: "Doe", age: { gt: 17 } })
        order: ["lastName", "firstName DESC"]
    }
    \endcode

    With setWindowed(true), for big tables, rowCount() is the query's COUNT and rows are read a
    page at a time where views ask for them (by keyset next to a page already read, else by
    OFFSET), at most 16 pages kept; changes recount and report the pages read so far with
    dataChanged().

    Queries run on the thread that owns the model, or on the Sequelize's thread pool with
    setAsynchronous(true). A failing query does not throw through the view: errorString() says
    what happened and errorOccurred() is emitted.
*/

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
    // From QML, "" arrives as a null QString, which would be NULL: {city: ""} matched the
    // rows without a city.
    const QVariantMap condition = qmlEngine(this) ? fromScriptValue(where).toMap() : where;
    if (d->where == condition)
        return;
    d->where = condition;
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
    if (d->window)
        d->reset(); // its pages are numbered by the size
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

bool InstanceListModel::isWindowed() const
{
    return d->windowed;
}

void InstanceListModel::setWindowed(bool windowed)
{
    if (d->windowed == windowed)
        return;
    d->windowed = windowed;
    Q_EMIT windowedChanged();
    d->reset();
}

int InstanceListModel::count() const
{
    return d->window ? d->window->count() : int(d->rows.size());
}

QString InstanceListModel::errorString() const
{
    return d->errorString;
}

Model *InstanceListModel::instance(int row) const
{
    const Row *r = d->rowAt(row, !d->asynchronous);
    if (!r)
        return nullptr;
    Model *shown = r->instance.get();
    // The list owns its instances: QML must not collect one returned by a method call.
    QQmlEngine::setObjectOwnership(shown, QQmlEngine::CppOwnership);
    return shown;
}

QVariantMap InstanceListModel::get(int row) const
{
    QVariantMap values;
    const Row *r = d->rowAt(row, !d->asynchronous);
    if (!r)
        return values;
    for (qsizetype i = 0; i < d->attributes.size(); ++i)
        values.insert(d->attributes.at(i), r->values.at(i));
    return values;
}

int InstanceListModel::indexOf(const QVariant &given) const
{
    // From QML, a key "" arrives as a null QString.
    const QVariant primaryKey = qmlEngine(this) ? fromScriptValue(given) : given;
    const QVariantList parts = primaryKey.metaType() == QMetaType::fromType<QVariantList>()
        ? primaryKey.toList()
        : QVariantList{primaryKey};
    return d->window ? d->window->indexOf(parts) : d->rowOf(keyText(parts));
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
    // From QML, a value left undefined is not given (its default applies), as Sequelize's
    // create() takes {balance: undefined}; null is NULL.
    QVariantMap given = values;
    if (qmlEngine(this)) {
        given.removeIf([](const auto &entry) { return !entry.value().isValid(); });
        given = fromScriptValue(given).toMap(); // "" arrives as a null QString
    }
    QVariantList key;
    const bool created = d->guarded([&] {
        const QSharedPointer<Model> instance = d->definition->create(given);
        for (const QString &attribute : std::as_const(d->keyAttributes))
            key.append(instance->getDataValue(attribute));
    });
    if (!created)
        return -1;
    d->clearError();
    d->refreshNow(); // the row shows at once, where the order puts it
    return d->window ? d->window->indexOf(key) : d->rowOf(keyText(key));
}

bool InstanceListModel::remove(int row)
{
    const Row *shown = d->rowAt(row, true); // a write waits either way
    Model *target = shown ? shown->instance.get() : nullptr;
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
    return parent.isValid() ? 0 : count();
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row *row = d->rowAt(index.row(), !d->asynchronous);
    if (!row)
        return QVariant(); // windowed and asynchronous: asked for, dataChanged() when it is in
    if (role == InstanceRole)
        return QVariant::fromValue(row->instance.get());
    const qsizetype path = role - FirstAttributeRole - d->attributes.size();
    if (path >= 0 && path < d->associationRoles->size())
        return d->associationRoles->value(path, row->instance.get());
    const int column = role == Qt::DisplayRole || role == Qt::EditRole ? d->displayColumn
                                                                       : role - FirstAttributeRole;
    return column >= 0 && column < row->values.size() ? row->values.at(column) : QVariant();
}

bool InstanceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int column = role - FirstAttributeRole;
    if (column < 0 || column >= d->attributes.size())
        return false;
    if (!value.isValid() && qmlEngine(this)) {
        // QML's undefined (an unset property), not null: writing NULL for it would lose the
        // value; Sequelize's update() ignores an undefined value. Refused, the row unchanged.
        d->setError(QStringLiteral("The value for attribute %1 is undefined (use null for NULL)")
                        .arg(d->attributes.at(column)));
        return false;
    }
    Row *row = d->rowAt(index.row(), true); // a write waits either way
    if (!row)
        return false;
    const QSharedPointer<Model> instance = row->instance;
    const QString attribute = d->attributes.at(column);
    const bool saved = d->guarded([&] {
        instance->set(attribute, qmlEngine(this) ? fromScriptValue(value) : value);
        instance->save();
    });
    if (!saved) {
        // The instance keeps what the database has, as the row shows.
        d->guarded([&] { instance->reload(); });
        return false;
    }
    d->clearError();
    // The save may have read pages (hooks, a windowed list's refresh): find the row again.
    if ((row = d->rowAt(index.row(), false)) && row->instance == instance)
        d->updateRow(index.row(), *row, d->makeRow(instance));
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
    for (qsizetype i = 0; i < d->associationRoles->size(); ++i)
        names.insert(FirstAttributeRole + int(d->attributes.size() + i),
                     d->associationRoles->name(i));
    return names;
}

bool InstanceListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while the rows change: a view (or QAbstractItemModelTester) asking from
    // rowsInserted() would append a page in the middle of a refresh's edits.
    return !parent.isValid() && d->definition && !d->window && !d->atEnd && !d->loading
        && !d->changing;
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
