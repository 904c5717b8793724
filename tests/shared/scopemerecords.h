// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_SCOPEMERECORDS_H
#define QTSEQUELIZE_SCOPEMERECORDS_H

#include <QtCore/qlist.h>
#include <QtCore/qvariantmap.h>

namespace TestDatabases {

// The four ScopeMe rows of Sequelize's test/integration/model/scope*.test.js files: tony, tobi,
// dan and fred, with their parent_id when \a withParent.
inline QList<QVariantMap> scopeMeRecords(bool withParent = true)
{
    QList<QVariantMap> records{{{"username", "tony"},
                                {"email", "tony@sequelizejs.com"},
                                {"access_level", 3},
                                {"other_value", 7},
                                {"parent_id", 1}},
                               {{"username", "tobi"},
                                {"email", "tobi@fakeemail.com"},
                                {"access_level", 10},
                                {"other_value", 11},
                                {"parent_id", 2}},
                               {{"username", "dan"},
                                {"email", "dan@sequelizejs.com"},
                                {"access_level", 5},
                                {"other_value", 10},
                                {"parent_id", 1}},
                               {{"username", "fred"},
                                {"email", "fred@foobar.com"},
                                {"access_level", 3},
                                {"other_value", 7},
                                {"parent_id", 1}}};
    if (!withParent) {
        for (QVariantMap &record : records)
            record.remove("parent_id");
    }
    return records;
}

} // namespace TestDatabases

#endif // QTSEQUELIZE_SCOPEMERECORDS_H
