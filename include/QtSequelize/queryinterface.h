// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_QUERYINTERFACE_H
#define QTSEQUELIZE_QUERYINTERFACE_H

#include <QtSequelize/attribute.h>
#include <QtSequelize/constraintoptions.h>
#include <QtSequelize/indexoptions.h>
#include <QtSequelize/modeloptions.h>

#include <QtCore/qmap.h>
#include <QtCore/qshareddata.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qvariant.h>

namespace QtSequelize {

class Sequelize;
class ColumnDescriptionData;
class IndexDescriptionData;
class QueryInterfaceData;

class Q_SEQUELIZE_EXPORT ColumnDescription
{
public:
    ColumnDescription();
    ColumnDescription(const QString &type, bool allowNull, const QVariant &defaultValue,
                      bool primaryKey);
    ColumnDescription(const ColumnDescription &other);
    ColumnDescription &operator=(const ColumnDescription &other);
    ColumnDescription(ColumnDescription &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(ColumnDescription)
    void swap(ColumnDescription &other) noexcept { d.swap(other.d); }
    ~ColumnDescription();

    // The database's name of the type, upper case ("CHARACTER VARYING(50)" on PostgreSQL,
    // "VARCHAR(50)" on SQLite and MariaDB).
    QString type() const;
    bool allowsNull() const;
    // The default: a boolean, or the SQL text of the default ("1", "now()"); invalid for none.
    QVariant defaultValue() const;
    bool isPrimaryKey() const;
    // Whether a unique index or constraint covers this column alone (a column in a composite
    // unique key is not unique by itself).
    bool isUnique() const;
    void setUnique(bool unique);
    // Whether the database numbers the column (AUTO_INCREMENT, a serial or identity column,
    // SQLite's INTEGER PRIMARY KEY).
    bool isAutoIncrement() const;
    void setAutoIncrement(bool autoIncrement);
    // The column's comment; null without one (and on SQLite, which has none).
    QVariant comment() const;
    void setComment(const QVariant &comment);
    // PostgreSQL: an ENUM column's values, in order (Sequelize's special); empty otherwise.
    QStringList special() const;
    void setSpecial(const QStringList &values);
    // Sequelize's (PostgreSQL) form: {type, allowNull, defaultValue, primaryKey}, with comment
    // and special where there are.
    QVariantMap toMap() const;

private:
    QSharedDataPointer<ColumnDescriptionData> d;
};

class Q_SEQUELIZE_EXPORT IndexDescription
{
public:
    IndexDescription();
    IndexDescription(const QString &name, const QStringList &fields, bool unique, bool primary);
    IndexDescription(const IndexDescription &other);
    IndexDescription &operator=(const IndexDescription &other);
    IndexDescription(IndexDescription &&other) noexcept;
    QT_MOVE_ASSIGNMENT_OPERATOR_IMPL_VIA_PURE_SWAP(IndexDescription)
    void swap(IndexDescription &other) noexcept { d.swap(other.d); }
    ~IndexDescription();

    QString name() const;
    QStringList fields() const;
    bool isUnique() const;
    bool isPrimary() const;
    // {name, fields, unique, primary}
    QVariantMap toMap() const;

private:
    QSharedDataPointer<IndexDescriptionData> d;
};

class Q_SEQUELIZE_EXPORT QueryInterface
{
public:
    explicit QueryInterface(Sequelize *sequelize);
    QueryInterface(const QueryInterface &other);
    QueryInterface &operator=(const QueryInterface &other);
    ~QueryInterface();

    // Schemas (Sequelize's createSchema/dropSchema/showAllSchemas/dropAllSchemas): PostgreSQL's
    // schemas, MariaDB's databases. SQLite has none: a model's schema is part of its table's
    // name ("schema.table"), createSchema() does nothing, dropSchema() drops the tables named
    // "schema.*" and showAllSchemas() lists those prefixes.
    // CREATE DATABASE / DROP DATABASE IF EXISTS (Sequelize's createDatabase/dropDatabase; MariaDB:
    // CREATE DATABASE IF NOT EXISTS). Run them on a connection to another database of the
    // server; SQLite refuses them (DefinitionError).
    void createDatabase(const QString &database);
    void dropDatabase(const QString &database);
    void createSchema(const QString &schema);
    void dropSchema(const QString &schema);
    QStringList showAllSchemas();
    void dropAllSchemas();

    // The calls that take a table name them in \a schema (Sequelize's {tableName, schema}):
    // "schema"."table" on PostgreSQL and MariaDB (a database), "schema.table" on SQLite;
    // showAllTables() and tableExists() look there.
    QueryInterface inSchema(const QString &schema) const;
    QString schema() const;

    // CREATE TABLE IF NOT EXISTS with the attributes' types, keys, defaults and references;
    // \a options gives the table's charset, collate and engine (its other settings are a
    // model's and do not apply here).
    void createTable(const QString &table, const Attributes &attributes,
                     const ModelOptions &options = ModelOptions());
    // DROP TABLE IF EXISTS (a table another one references cannot be dropped).
    void dropTable(const QString &table);
    void dropAllTables();
    // Drops \a tables together, the referencing ones first; foreign keys between them that
    // form a cycle are dropped first (SQLite: the tables are, with its key checks off), as
    // dropAllTables() does for every table. A table outside the list that references one of
    // them is a DatabaseError, as for dropTable().
    void dropTables(const QStringList &tables);
    void renameTable(const QString &from, const QString &to);
    // The tables of the database (the current schema on PostgreSQL), sorted.
    QStringList showAllTables();
    // Whether the table exists (in the current schema on PostgreSQL); the name is exact.
    bool tableExists(const QString &table);
    // The server's version as it reports it ("15.18 (Debian …)", "10.11.6-MariaDB-…", SQLite's
    // "3.40.1"), Sequelize's databaseVersion().
    QString databaseVersion();
    // The columns of a table; throws DatabaseError when there is no such table.
    QMap<QString, ColumnDescription> describeTable(const QString &table);

    void addColumn(const QString &table, const QString &column, const Attribute &attribute);
    void removeColumn(const QString &table, const QString &column);
    // Gives a column the type, nullability and default of \a attribute.
    void changeColumn(const QString &table, const QString &column, const Attribute &attribute);
    void renameColumn(const QString &table, const QString &from, const QString &to);

    // Sequelize's addConstraint/removeConstraint/showConstraint: UNIQUE, CHECK, FOREIGN KEY,
    // PRIMARY KEY on an existing table (SQLite: only UNIQUE, as a unique index). showConstraint()
    // gives {constraintName, constraintType, tableName} maps sorted by name.
    void addConstraint(const QString &table, const ConstraintOptions &constraint);
    void removeConstraint(const QString &table, const QString &name);
    QList<QVariantMap> showConstraint(const QString &table);
    // The foreign keys of a table, one map per column (Sequelize's
    // getForeignKeyReferencesForTable): constraintName, tableName, tableSchema, columnName,
    // referencedTableName, referencedTableSchema, referencedColumnName.
    QList<QVariantMap> getForeignKeyReferencesForTable(const QString &table);

    // PostgreSQL's ENUM types of this interface's schema (Sequelize's pgListEnums, dropEnum,
    // dropAllEnums); DefinitionError on the other databases, which have none of their own.
    QList<QVariantMap> pgListEnums(const QString &table = QString(),
                                   const QString &attribute = QString());
    void dropEnum(const QString &enumName);
    void dropAllEnums();

    void addIndex(const QString &table, const QStringList &fields,
                  const IndexOptions &options = IndexOptions());
    void removeIndex(const QString &table, const QString &name);
    void removeIndex(const QString &table, const QStringList &fields);
    // The indexes of a table (the primary key's included), sorted by name.
    QList<IndexDescription> showIndex(const QString &table);

    // ModelOptions::watchChanges() for a table made by a migration: installs (or replaces) the
    // triggers that report its changes, keyed by \a keyColumns (its primary key's columns);
    // removeChangeTriggers() drops them.
    void addChangeTriggers(const QString &table, const QStringList &keyColumns);
    void removeChangeTriggers(const QString &table);

    // INSERT of rows given as column → value maps (one multi-row INSERT, atomic).
    void bulkInsert(const QString &table, const QList<QVariantMap> &rows);
    // UPDATE / DELETE of the rows whose columns equal \a where's values (a null value is
    // IS NULL, a list is IN); an empty \a where means every row. Returns the rows affected.
    int bulkUpdate(const QString &table, const QVariantMap &values, const QVariantMap &where);
    int bulkDelete(const QString &table, const QVariantMap &where);

    // An identifier quoted for this dialect, for raw SQL (Sequelize's quoteIdentifier).
    QString quoteIdentifier(const QString &identifier) const;

private:
    QExplicitlySharedDataPointer<QueryInterfaceData> d;
};

} // namespace QtSequelize

Q_DECLARE_SHARED(QtSequelize::ColumnDescription)
Q_DECLARE_SHARED(QtSequelize::IndexDescription)

#endif // QTSEQUELIZE_QUERYINTERFACE_H
