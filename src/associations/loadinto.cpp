// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// An association read for instances already there (the batched reads of views).

#include "loadinto_p.h"

#include "../core/model_p.h"
#include "../meta/association_p.h"
#include "../meta/modeldefinition_p.h"
#include "../query/options_p.h"

#include <QtSequelize/model.h>
#include <QtSequelize/modeldefinition.h>

namespace QtSequelize {

namespace Associations {

bool isSingle(const ModelDefinition *source, const QString &association)
{
    return requireAssociation(*ModelDefinitionPrivate::get(source), association).isSingle();
}

bool isLoaded(const Model *instance, const QString &association)
{
    return ModelPrivate::get(instance)->associations.contains(association);
}

void loadInto(ModelDefinition *source, const QList<QSharedPointer<Model>> &instances,
              const QString &association)
{
    const ModelDefinitionPrivate &meta = *ModelDefinitionPrivate::get(source);
    const AssociationInfo &info = requireAssociation(meta, association);
    QList<QSharedPointer<Model>> parents = instances;
    const FindOptions options = FindOptions().include(Include(association));
    load(meta, parents, OptionsAccess::data(options)); // not required: every parent stays
    for (const QSharedPointer<Model> &parent : std::as_const(parents)) {
        ModelPrivate *d = ModelPrivate::get(parent.get());
        d->setLoaded(info, d->associations.value(association));
    }
}

} // namespace Associations

} // namespace QtSequelize
