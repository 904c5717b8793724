// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_QUERYHOOKS_H
#define QTSEQUELIZE_QUERYHOOKS_H

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qstring.h>
#include <QtCore/qvariant.h>

namespace QtSequelize {

class BaseError;

class Q_SEQUELIZE_EXPORT QueryHooks
{
public:
    virtual ~QueryHooks();

    // Before each statement runs (Sequelize's beforeQuery), with its SQL and bound values;
    // throwing stops it.
    virtual void beforeQuery(const QString &sql, const QVariantList &bindings);
    // After it ran and its rows were read (Sequelize's afterQuery), also when it failed:
    // \a error is then the error about to be thrown, else null.
    virtual void afterQuery(const QString &sql, const QVariantList &bindings,
                            const BaseError *error);
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_QUERYHOOKS_H
