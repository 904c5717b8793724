// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_INDEXOPTIONS_H
#define QTSEQUELIZE_INDEXOPTIONS_H

#include <QtSequelize/expression.h>
#include <QtSequelize/qtsequelizeglobal.h>
#include <QtSequelize/where.h>

#include <QtCore/qnamespace.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstringlist.h>

namespace QtSequelize {

class IndexOptionsData;

class Q_SEQUELIZE_EXPORT IndexOptions
{
public:
    IndexOptions();
    // The index on these fields (attribute names in a model's indexes, columns in
    // QueryInterface::addIndex()).
    explicit IndexOptions(const QStringList &fields);
    IndexOptions(const IndexOptions &other);
    IndexOptions &operator=(const IndexOptions &other);
    IndexOptions(IndexOptions &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(IndexOptions)
    void swap(IndexOptions &other) noexcept { d.swap(other.d); }
    ~IndexOptions();

    // The index name; by default Sequelize's: <table>_<field>_<field>, underscored.
    IndexOptions &name(const QString &name);
    IndexOptions &unique(bool unique = true);
    // Appends plain keys.
    IndexOptions &fields(const QStringList &names);
    // Appends one key as Sequelize's {name, order, length, collate, operator}: a prefix length
    // (MariaDB), a collation (SQLite, PostgreSQL), an operator class (PostgreSQL).
    IndexOptions &field(const QString &name, Qt::SortOrder order = Qt::AscendingOrder,
                        int length = -1, const QString &collate = QString(),
                        const QString &operatorClass = QString());
    // Appends a computed key, Sequelize's fn()/literal() in fields (SQLite, PostgreSQL; the
    // index then needs a name()).
    IndexOptions &field(const Expression &expression, Qt::SortOrder order = Qt::AscendingOrder);
    // A partial index: only the rows \a condition matches (SQLite, PostgreSQL).
    IndexOptions &where(const Where &condition);
    // The index method, Sequelize's `using`: BTREE, HASH, and GIN, GIST, BRIN, SPGIST on
    // PostgreSQL.
    IndexOptions &using_(const QString &method);
    // Sequelize's `type`: UNIQUE, or FULLTEXT or SPATIAL on MariaDB.
    IndexOptions &type(const QString &type);

    QString indexName() const;
    bool isUnique() const;

private:
    friend class IndexOptionsData;
    QSharedDataPointer<IndexOptionsData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::IndexOptions)

#endif // QTSEQUELIZE_INDEXOPTIONS_H
