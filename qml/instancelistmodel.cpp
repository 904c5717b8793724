// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "instancelistmodel_p.h"

namespace QtSequelize {

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
