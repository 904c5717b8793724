// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "hydrator_p.h"

#include <limits>

#include <QtSequelize/errors.h>

#include "../dialects/dialect_p.h"
#include "../meta/modeldefinition_p.h"
#include "model_p.h"
#include "sequelize_p.h"

#include <QtSql/qsqlquery.h>

namespace QtSequelize {

Hydrator::Hydrator(const ModelDefinitionPrivate &model, const QList<int> &columns)
    : m_model(model)
    , m_dialect(model.dialect())
{
    QList<SelectColumn> select;
    select.reserve(columns.size());
    for (int index : columns)
        select.append({index, model.attribute(index).name});
    init(select);
}

Hydrator::Hydrator(const ModelDefinitionPrivate &model, const QList<SelectColumn> &columns)
    : m_model(model)
    , m_dialect(model.dialect())
{
    init(columns);
}

void Hydrator::init(const QList<SelectColumn> &columns)
{
    m_columns.reserve(columns.size());
    QBitArray loaded(m_model.attributes.size());
    for (const SelectColumn &select : columns) {
        int index = select.attribute;
        // A value selected under an attribute's name is that attribute's value (Sequelize's
        // dataValues): an expression or another attribute aliased to it, a VIRTUAL one too.
        if (select.attribute < 0 || select.key != m_model.attribute(index).name) {
            const int named = m_model.indexOf(select.key);
            if (named < 0) {
                if (select.attribute < 0)
                    m_columns.append({nullptr, -1, nullptr, -1, Path::Computed, select.key});
                else
                    m_columns.append(
                        {&m_model.attribute(index), index, nullptr, -1, Path::Aliased, select.key});
                continue;
            }
            index = named;
            loaded.setBit(index);
            m_columns.append(
                {&m_model.attribute(index), index, nullptr, -1, Path::Generic, select.key});
            continue;
        }
        const AttributeInfo &info = m_model.attribute(index);
        loaded.setBit(index);
        Column column{&info, index, nullptr, -1, Path::Generic, select.key};
        if (info.hasProperty()) {
            column.metacall = info.property.enclosingMetaObject()->d.static_metacall;
            column.propertyIndex = info.property.relativePropertyIndex();
            const int type = info.property.metaType().id();
            // An unsigned type's values take the generic path: the dialect's read checks them
            // against the unsigned range (the fast paths check only what an int holds).
            switch (info.type.isUnsigned() ? DataType::Invalid : info.type.kind()) {
            case DataType::String:
            case DataType::Char:
            case DataType::Text:
            case DataType::Enum:
                if (type == QMetaType::QString)
                    column.path = Path::String;
                break;
            case DataType::Integer:
            case DataType::SmallInt:
            case DataType::TinyInt:
            case DataType::MediumInt:
                if (type == QMetaType::Int)
                    column.path = Path::Int;
                else if (type == QMetaType::LongLong)
                    column.path = Path::Int64;
                break;
            case DataType::BigInt:
                if (type == QMetaType::LongLong)
                    column.path = Path::Int64;
                break;
            case DataType::Float:
            case DataType::Real:
            case DataType::Double:
                if (type == QMetaType::Double)
                    column.path = Path::Double;
                break;
            case DataType::Boolean:
                if (type == QMetaType::Bool)
                    column.path = Path::Bool;
                break;
            default:
                break;
            }
            if (!column.metacall)
                column.path = Path::Generic;
        }
        m_columns.append(column);
    }
    // Attributes that were not read stay undefined (Sequelize adds no primary key).
    for (int i = 0; i < m_model.attributes.size(); ++i) {
        if (!loaded.testBit(i) && m_model.attribute(i).type.kind() != DataType::Virtual) {
            m_loaded = loaded;
            break;
        }
    }
}

// Calls the property's WRITE accessor with a value of exactly its type, through the class's
// moc-generated static metacall (what QMetaProperty::write ends in, without the QVariant
// conversion and the virtual qt_metacall chain through every base class).
template<typename T>
static inline void write(Model *instance, QMetaObject::Data::StaticMetacallFunction metacall,
                         int propertyIndex, T value)
{
    int status = -1;
    int flags = 0;
    void *argv[] = {&value, nullptr, &status, &flags};
    metacall(instance, QMetaObject::WriteProperty, propertyIndex, argv);
}

// The integer a driver returned, read in place for the types drivers use (QVariant::toInt()
// goes through the generic conversion, a quarter of a row's cost).
static inline qint64 integerOf(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
        return *static_cast<const qlonglong *>(value.constData());
    case QMetaType::Int:
        return *static_cast<const int *>(value.constData());
    case QMetaType::UInt:
        return *static_cast<const uint *>(value.constData());
    case QMetaType::Bool:
        return *static_cast<const bool *>(value.constData()) ? 1 : 0;
    default: {
        if (value.isNull())
            return 0; // a typed property's default, as for every NULL
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok) // text in an INTEGER column (SQLite keeps what it is given): not a silent 0
            throw DatabaseError(QStringLiteral("A stored value is not an integer"));
        return n;
    }
    }
}

static inline double doubleOf(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::Double)
        return *static_cast<const double *>(value.constData());
    if (value.isNull())
        return 0;
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (!ok)
        throw DatabaseError(QStringLiteral("A stored value is not a number"));
    return d;
}

// An INTEGER attribute's stored value, for an int property: one out of its range (SQLite's
// INTEGER holds 64 bits) is an error, not a truncated number.
static inline int intOf(const QVariant &value, const QString &attribute)
{
    const qint64 n = integerOf(value);
    if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
        throw DatabaseError(
            QStringLiteral("A stored value of \"%1\" is out of the range of its int property")
                .arg(attribute));
    return int(n);
}

void Hydrator::load(Model *instance, const QSqlQuery &query) const
{
    ModelPrivate *d = ModelPrivate::get(instance);
    for (int c = 0; c < m_columns.size(); ++c) {
        const Column &column = m_columns.at(c);
        const QVariant value = query.value(c);
        // For these types every driver's value converts the same way; NULL becomes the
        // type's default (a null QString).
        switch (column.path) {
        case Path::String:
            write<QString>(instance, column.metacall, column.propertyIndex, value.toString());
            continue;
        case Path::Int:
            write<int>(instance, column.metacall, column.propertyIndex,
                       intOf(value, column.attribute->name));
            d->noteNull(column.index, value.isNull());
            continue;
        case Path::Int64:
            write<qint64>(instance, column.metacall, column.propertyIndex, integerOf(value));
            d->noteNull(column.index, value.isNull());
            continue;
        case Path::Double:
            write<double>(instance, column.metacall, column.propertyIndex, doubleOf(value));
            d->noteNull(column.index, value.isNull());
            continue;
        case Path::Bool:
            // A bool (PostgreSQL) or a 0/1 integer (SQLite, MariaDB's TINYINT(1)); NULL is false.
            write<bool>(instance, column.metacall, column.propertyIndex,
                        value.metaType().id() == QMetaType::Bool
                                || value.metaType().id() == QMetaType::LongLong
                                || value.metaType().id() == QMetaType::Int
                            ? integerOf(value) != 0
                            : m_dialect.fromDatabase(value, column.attribute->type).toBool());
            d->noteNull(column.index, value.isNull());
            continue;
        case Path::Generic:
            d->load(column.index, m_dialect.fromDatabase(value, column.attribute->type));
            continue;
        case Path::Aliased:
        case Path::Computed:
            d->computed.insert(column.key, this->value(column, value));
            continue;
        }
    }
    if (!m_loaded.isEmpty())
        d->loaded = m_loaded;
}

QVariant Hydrator::value(const Column &column, const QVariant &raw) const
{
    // Computed values are the driver's (Sequelize hands out COUNT(...) as text on PostgreSQL;
    // here it is the number the driver returns).
    if (!column.attribute)
        return raw;
    return m_dialect.fromDatabase(raw, column.attribute->type);
}

QList<QVariantMap> Hydrator::loadAllRaw(QSqlQuery &query) const
{
    QList<QVariantMap> rows;
    while (m_dialect.nextRow(query)) {
        QVariantMap row;
        for (int c = 0; c < m_columns.size(); ++c)
            row.insert(m_columns.at(c).key, value(m_columns.at(c), query.value(c)));
        rows.append(row);
    }
    SequelizePrivate::endRows(m_dialect, query);
    return rows;
}

QList<QSharedPointer<Model>> Hydrator::loadAll(QSqlQuery &query) const
{
    QList<QSharedPointer<Model>> result;
    if (query.size() > 0)
        result.reserve(query.size());
    while (m_dialect.nextRow(query))
        result.append(create(query));
    SequelizePrivate::endRows(m_dialect, query);
    return result;
}

QSharedPointer<Model> Hydrator::create(const QSqlQuery &query) const
{
    QSharedPointer<Model> instance = m_model.instantiate();
    ModelPrivate *d = ModelPrivate::get(instance.data());
    d->recording = false;
    d->newRecord = false;
    load(instance.data(), query);
    d->recording = true;
    return instance;
}

} // namespace QtSequelize
