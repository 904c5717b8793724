// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_INFLECTION_P_H
#define QTSEQUELIZE_INFLECTION_P_H

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

#include <QtCore/qstring.h>

namespace QtSequelize::Inflection {

// English plural of the last word, keeping the case (User -> Users, Person -> People,
// DeferredChild -> DeferredChildren), as Sequelize's table-name default.
QString pluralize(const QString &word);
// English singular, as Sequelize's Utils.singularize (the `inflection` package's rules on the
// whole name: Users -> User, People -> Person, Categories -> Category, Status -> Status).
QString singularize(const QString &word);
// camelCase / PascalCase -> snake_case (titleText -> title_text).
QString underscore(const QString &word);
// Sequelize's default index name (Utils.nameIndex): <table>_<field>_<field>, underscored.
QString indexName(const QString &table, const QStringList &fields);

} // namespace QtSequelize::Inflection

#endif // QTSEQUELIZE_INFLECTION_P_H
