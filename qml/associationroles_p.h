// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_ASSOCIATIONROLES_P_H
#define QTSEQUELIZE_ASSOCIATIONROLES_P_H

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

#include <QtSequelize/modeldefinition.h>
#include <QtSequelize/options.h>

#include <QtCore/qpointer.h>
#include <QtCore/qset.h>
#include <QtCore/qstringlist.h>

namespace QtSequelize {

class InstanceListModelPrivate;
class Model;

// InstanceListModel's roles of associations, after the attributes' roles: one per association
// (`group`: the loaded target, or its list) and one per attribute of its target
// (`group.name`; a list of values for a to-many association). An association no query of the
// list included is read when a view first asks for one of its roles: every row shown that
// lacks it, in one query (two for belongsToMany) at the next turn of the event loop, however
// many delegates asked; from then on the list's queries include it.
class AssociationRoles
{
public:
    explicit AssociationRoles(InstanceListModelPrivate *d);

    // The roles of \a definition's associations (none without one).
    void reset(ModelDefinition *definition);
    qsizetype size() const { return paths.size(); }
    QByteArray name(qsizetype path) const { return paths.at(path).name.toUtf8(); }
    // The role's value for \a instance; when its association is not loaded, an empty value,
    // and the association is read for every row at the next turn of the event loop.
    QVariant value(qsizetype path, const Model *instance);
    // What the role shows, comparable between two reads of a row (keys for targets): the
    // values a refresh compares to tell views what changed.
    QVariant comparable(qsizetype path, const Model *instance) const;
    // Adds the associations read on demand so far to \a options (they are read with the rows).
    void addIncludes(FindOptions &options) const;

private:
    struct Path
    {
        QString name;
        QString association;
        QString attribute; // empty: the target itself
        bool single = true;
    };
    void flush();
    // Reads \a association for the rows shown that lack it; views are told of the roles.
    void load(const QString &association);

    InstanceListModelPrivate *d;
    QPointer<ModelDefinition> definition;
    QList<Path> paths;
    QSet<QString> learned; // read on demand once: included in every query since
    QSet<QString> failed; // its read failed: not tried again until the query changes
    QSet<QString> pending; // asked for in this turn of the event loop
    bool flushQueued = false;
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_ASSOCIATIONROLES_P_H
