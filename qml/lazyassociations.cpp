// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// An instance's association read lazily when QML asks for it (instance.group in a binding):
// every such read within one turn of the event loop is one query per model and association,
// as a list's association roles are read (DataLoader's batching), never one per instance.

#include "../src/associations/loadinto_p.h"
#include "../src/core/model_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>
#include <QtSequelize/modeldefinition.h>

#include <QtCore/qloggingcategory.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qset.h>
#include <QtQml/qjsengine.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace QtSequelize {

Q_LOGGING_CATEGORY(lcLazyLoad, "qtsequelize.qml.associations", QtInfoMsg)

namespace {

// The reads asked for on one thread, run when control is back in its event loop.
class LazyLoads final : public QObject
{
public:
    void request(Model *instance, const QString &association);

private:
    struct Pending
    {
        QPointer<ModelDefinition> definition;
        QString association;
        QList<QWeakPointer<Model>> instances;
        QSet<const Model *> asked; // in this turn
    };
    void run();

    QList<Pending> m_pending;
    bool m_scheduled = false;
};

LazyLoads &lazyLoads()
{
    static thread_local std::unique_ptr<LazyLoads> loads = std::make_unique<LazyLoads>();
    return *loads;
}

void LazyLoads::request(Model *instance, const QString &association)
{
    // Only an instance QML holds (C++ code reading group() gets what was loaded, as before) and
    // a stored one the definition made (so that it can be held until the read runs). The
    // getters ask only for associations their model has.
    if (!qjsEngine(instance))
        return;
    const ModelPrivate *d = ModelPrivate::get(instance);
    if (!d->definition || d->newRecord || d->associations.contains(association))
        return;
    const QSharedPointer<Model> self = d->self.toStrongRef();
    if (!self)
        return;
    auto it = std::find_if(m_pending.begin(), m_pending.end(), [&](const Pending &p) {
        return p.definition == d->definition && p.association == association;
    });
    if (it == m_pending.end())
        it = m_pending.insert(m_pending.end(), {d->definition, association, {}, {}});
    if (it->asked.contains(instance))
        return; // asked for in this turn already
    it->asked.insert(instance);
    it->instances.append(self);
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &LazyLoads::run, Qt::QueuedConnection);
    }
}

void LazyLoads::run()
{
    m_scheduled = false;
    const QList<Pending> batches = std::exchange(m_pending, {});
    for (const Pending &batch : batches) {
        if (!batch.definition)
            continue;
        QList<QSharedPointer<Model>> instances;
        for (const QWeakPointer<Model> &weak : batch.instances) {
            const QSharedPointer<Model> instance = weak.toStrongRef();
            if (instance && !Associations::isLoaded(instance.data(), batch.association))
                instances.append(instance);
        }
        if (instances.isEmpty())
            continue;
        try {
            Associations::loadInto(batch.definition, instances, batch.association);
        } catch (const BaseError &error) {
            // No caller to throw to: said, as an error of a QML call is.
            qCWarning(lcLazyLoad, "Reading %s of %s failed: %s", qPrintable(batch.association),
                      qPrintable(batch.definition->name()), qPrintable(error.message()));
            Q_EMIT batch.definition->errorOccurred(error.message());
        }
    }
}

void requestRead(Model *instance, const QString &association)
{
    lazyLoads().request(instance, association);
}

} // namespace

static void installReadHandler()
{
    Associations::setReadHandler(&requestRead);
}
Q_CONSTRUCTOR_FUNCTION(installReadHandler)

} // namespace QtSequelize
