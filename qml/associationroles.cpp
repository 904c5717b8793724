// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// InstanceListModel's association roles (`group`, `group.name`) and the batched reads of
// associations views ask for (DataLoader's idea: one query per association and turn of the
// event loop, not one per delegate).

#include "associationroles_p.h"
#include "instancelistmodel_p.h"

#include "../src/associations/loadinto_p.h"
#include "../src/query/options_p.h"
#include "../src/sql/scriptvalue_p.h"

#include <QtSequelize/model.h>

#include <QtCore/qtimer.h>

namespace QtSequelize {

AssociationRoles::AssociationRoles(InstanceListModelPrivate *d)
    : d(d)
{
}

void AssociationRoles::reset(ModelDefinition *model)
{
    if (model != definition)
        learned.clear();
    definition = model;
    failed.clear();
    pending.clear();
    paths.clear();
    if (!model)
        return;
    for (const QString &name : model->associationNames()) {
        const ModelDefinition *target = model->associationTarget(name);
        if (!target)
            continue;
        const bool single = Associations::isSingle(model, name);
        paths.append({name, name, QString(), single});
        for (const QString &attribute : target->attributeNames())
            paths.append({name + QLatin1Char('.') + attribute, name, attribute, single});
    }
}

using Associations::isLoaded;

QVariant AssociationRoles::value(qsizetype index, const Model *instance)
{
    const Path &path = paths.at(index);
    if (!isLoaded(instance, path.association)) {
        if (!learned.contains(path.association) && !failed.contains(path.association)) {
            pending.insert(path.association);
            if (!std::exchange(flushQueued, true))
                QTimer::singleShot(0, d->q, [this] { flush(); });
        }
        return QVariant(); // dataChanged() follows
    }
    const QList<QSharedPointer<Model>> targets = instance->loadedTargets(path.association);
    if (path.attribute.isEmpty()) {
        if (path.single)
            return QVariant::fromValue(targets.isEmpty() ? nullptr : targets.first().get());
        QList<QObject *> objects;
        for (const QSharedPointer<Model> &target : targets)
            objects.append(target.get());
        return QVariant::fromValue(objects);
    }
    if (path.single) // no target: null, as Sequelize's group.name of a user without a group
        return toScriptValue(targets.isEmpty() ? QVariant() : targets.first()->get(path.attribute));
    QVariantList values;
    for (const QSharedPointer<Model> &target : targets)
        values.append(toScriptValue(target->get(path.attribute)));
    return values;
}

QVariant AssociationRoles::comparable(qsizetype index, const Model *instance) const
{
    const Path &path = paths.at(index);
    if (!isLoaded(instance, path.association))
        return QVariant(); // unlike any loaded value, which is wrapped in a list
    const QList<QSharedPointer<Model>> targets = instance->loadedTargets(path.association);
    QVariantList shown;
    for (const QSharedPointer<Model> &target : targets) {
        shown.append(path.attribute.isEmpty()
                         ? target->getDataValue(target->definition()->primaryKeyAttribute())
                         : target->get(path.attribute));
    }
    return QVariantList{QVariant(shown)};
}

void AssociationRoles::addIncludes(FindOptions &options) const
{
    if (learned.isEmpty())
        return;
    QSet<QString> included;
    for (const Include &include : OptionsAccess::data(options).includes)
        included.insert(include.association());
    for (const QString &association : learned) {
        if (!included.contains(association))
            options.include(Include(association));
    }
}

void AssociationRoles::flush()
{
    flushQueued = false;
    const QSet<QString> asked = std::exchange(pending, {});
    for (const QString &association : asked) {
        if (definition && definition == d->definition)
            load(association);
    }
}

void AssociationRoles::load(const QString &association)
{
    if (d->asynchronous) {
        // On the pool, with the rows: the rows shown are read again, their association with
        // them, and the refresh tells views what changed.
        learned.insert(association);
        d->refresh(true);
        return;
    }
    const QList<QPair<int, Row *>> shown = d->loadedRows();
    QList<QSharedPointer<Model>> lacking;
    QList<int> indexes;
    for (const auto &[index, row] : shown) {
        if (!isLoaded(row->instance.get(), association)) {
            lacking.append(row->instance);
            indexes.append(index);
        }
    }
    const bool read = d->guarded([&] {
        if (!lacking.isEmpty())
            Associations::loadInto(definition, lacking, association);
    });
    if (!read) {
        failed.insert(association); // the error is in errorString(); not asked again
        return;
    }
    learned.insert(association);
    QList<int> roles;
    QList<qsizetype> mine;
    for (qsizetype p = 0; p < paths.size(); ++p) {
        if (paths.at(p).association == association) {
            mine.append(p);
            roles.append(InstanceListModel::FirstAttributeRole + int(d->attributes.size() + p));
        }
    }
    for (qsizetype i = 0; i < lacking.size(); ++i) {
        if (Row *row = d->rowAt(indexes.at(i), false)) {
            for (qsizetype p : std::as_const(mine))
                row->values[d->attributes.size() + p] = comparable(p, row->instance.get());
        }
    }
    // Contiguous runs of rows, one signal each.
    for (qsizetype i = 0; i < indexes.size();) {
        qsizetype end = i + 1;
        while (end < indexes.size() && indexes.at(end) == indexes.at(end - 1) + 1)
            ++end;
        Q_EMIT d->q->dataChanged(d->q->index(indexes.at(i)), d->q->index(indexes.at(end - 1)),
                                 roles);
        i = end;
    }
}

} // namespace QtSequelize
