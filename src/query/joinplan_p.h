// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_JOINPLAN_P_H
#define QTSEQUELIZE_JOINPLAN_P_H

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

#include <QtSequelize/where.h>

#include <QtCore/qlist.h>
#include <QtCore/qstringlist.h>

namespace QtSequelize {

class Include;
class ModelDefinitionPrivate;
class OptionsData;
struct AssociationInfo;

// One joined association of a query, as Sequelize joins an include: the target table under
// the alias `path` ("posts", "posts->comments"), a belongsToMany junction under
// "<path>-><Junction>", joined on the association's keys plus the include's where.
struct JoinNode
{
    const AssociationInfo *association = nullptr; // of the parent node's model
    const ModelDefinitionPrivate *target = nullptr;
    const ModelDefinitionPrivate *through = nullptr; // belongsToMany only
    QString path; // the table alias
    bool required = false;
    bool paranoid = true;
    Where where; // on the target's attributes
    Where throughWhere; // on the junction's attributes
    QStringList attributes; // empty: every attribute, unless noAttributes
    QStringList excluded;
    bool noAttributes = false; // attributes({}): none of its columns in joined raw rows
    // belongsToMany: the junction attributes joined raw rows carry (Sequelize's through:
    // {attributes}); all of them unless throughAttributesGiven.
    QStringList throughAttributes;
    bool throughAttributesGiven = false;
    QList<JoinNode> children;

    QString throughPath() const;
    // The key prefix of joined raw rows: "posts", "posts.comments".
    QString rawKey() const;
};

// Which includes a query joins. The rows of the source model are read by one query and each
// include by one query more (see Associations::load); joins are only used where SQL must see
// the included tables at once: to drop source rows (required includes, `$path.attribute$`
// conditions), to count joined rows, and to return joined raw rows.
enum class JoinScope {
    Filtering, // required includes and those a $path.attribute$ condition names
    Everything, // every include
};

namespace JoinPlan {
// Whether \a name is Sequelize's `$...$` form, and its text without the dollars (\a name
// itself when it is not).
bool isWrapped(const QString &name);
QString unwrapped(const QString &name);
QList<JoinNode> build(const ModelDefinitionPrivate &root, const OptionsData &options,
                      JoinScope scope);
// The association path of a `$posts.comments.body$` name, without the attribute ("posts",
// "comments"); empty if \a name is not such a name.
QStringList nestedPath(const QString &name);
// Whether \a where names a `$path.attribute$` of an association, or, given the model \a root it
// is a where of, a column of one in a col() (`col("books.pages")`, `col("books->publisher.name")`).
bool hasNestedCondition(const Where &where, const ModelDefinitionPrivate *root = nullptr);
// The association path of a col() name that is an included table's column ("books.pages":
// "books"; "books->publisher.name": "books", "publisher"); empty for any other name.
QStringList columnPath(const QString &name, const ModelDefinitionPrivate &root);
// The association path of every such condition in \a where, without duplicates.
QList<QStringList> nestedPaths(const Where &where, const ModelDefinitionPrivate *root = nullptr);
// The chain of nodes along \a path (one node per level, each the next's parent), taking the
// include's options where \a options includes it; throws DefinitionError for an unknown name.
QList<JoinNode> chain(const ModelDefinitionPrivate &root, const OptionsData &options,
                      const QStringList &path);
} // namespace JoinPlan

} // namespace QtSequelize

#endif // QTSEQUELIZE_JOINPLAN_P_H
