// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_CONSTRAINTOPTIONS_H
#define QTSEQUELIZE_CONSTRAINTOPTIONS_H

#include <QtSequelize/expression.h>
#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qshareddata.h>
#include <QtCore/qstringlist.h>

namespace QtSequelize {

class ConstraintOptionsData;

// A constraint of QueryInterface::addConstraint(), as Sequelize's {type, fields, name, where,
// references, onDelete, onUpdate, deferrable}.
class Q_SEQUELIZE_EXPORT ConstraintOptions
{
public:
    enum Type { Unique, Check, ForeignKey, PrimaryKey };

    ConstraintOptions(Type type, const QStringList &fields);
    ConstraintOptions(const ConstraintOptions &other);
    ConstraintOptions &operator=(const ConstraintOptions &other);
    ConstraintOptions(ConstraintOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(ConstraintOptions)
    void swap(ConstraintOptions &other) noexcept { d.swap(other.d); }
    ~ConstraintOptions();

    // By default Sequelize's: <table>_<fields>_uk / _ck / _pk, <table>_<fields>_<target>_fk.
    ConstraintOptions &name(const QString &name);
    // A CHECK's condition, written in SQL (Sequelize::literal("price > 0")): schema code,
    // never user input.
    ConstraintOptions &check(const Expression &condition);
    // A FOREIGN KEY's target and referential actions.
    ConstraintOptions &references(const QString &table,
                                  const QString &field = QStringLiteral("id"));
    ConstraintOptions &onDelete(const QString &action);
    ConstraintOptions &onUpdate(const QString &action);
    ConstraintOptions &deferrable(Deferrable deferrable);

private:
    friend class ConstraintOptionsData;
    QSharedDataPointer<ConstraintOptionsData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::ConstraintOptions)

#endif // QTSEQUELIZE_CONSTRAINTOPTIONS_H
