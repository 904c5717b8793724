// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_TYPEDMODEL_H
#define QTSEQUELIZE_TYPEDMODEL_H

#include <QtSequelize/cursor.h>
#include <QtSequelize/model.h>

QT_BEGIN_NAMESPACE
template<typename T> class QFuture;
QT_END_NAMESPACE

namespace QtSequelize {

template<typename T> class TypedModel : public Model
{
public:
    using Model::decrement;
    using Model::destroy;
    using Model::increment;
    using Model::Model;
    using Model::restore;
    using Model::update;
    using Ptr = QSharedPointer<T>;
    using List = QList<QSharedPointer<T>>;

    static ModelDefinition *init(Sequelize *sequelize, const Attributes &attributes = {},
                                 const ModelOptions &options = {})
    {
        // Without Q_OBJECT the class would register as Model, without its properties.
        static_assert(QtPrivate::HasQ_OBJECT_Macro<T>::Value,
                      "a TypedModel class needs the Q_OBJECT macro");
        return ModelDefinition::init(&T::staticMetaObject, &make, sequelize, attributes, options);
    }
    // Sequelize's User.belongsTo(UserGroup, {as: 'group'}), after both init() calls.
    static void belongsTo(ModelDefinition *target, const AssociationOptions &options = {})
    {
        required()->belongsTo(target, options);
    }
    static void hasOne(ModelDefinition *target, const AssociationOptions &options = {})
    {
        required()->hasOne(target, options);
    }
    static void hasMany(ModelDefinition *target, const AssociationOptions &options = {})
    {
        required()->hasMany(target, options);
    }
    static void belongsToMany(ModelDefinition *target, const AssociationOptions &options)
    {
        required()->belongsToMany(target, options);
    }
    // The ModelDefinition this class was registered with; nullptr before init().
    static ModelDefinition *model() { return ModelDefinition::forClass(&T::staticMetaObject); }

    static Ptr build(const QVariantMap &values = {}) { return typed(required()->build(values)); }
    static Ptr create(const QVariantMap &values, const SaveOptions &options = {})
    {
        return typed(required()->create(values, options));
    }
    static Ptr upsert(const QVariantMap &values, bool *created = nullptr)
    {
        return typed(required()->upsert(values, created));
    }
    static Ptr upsert(const QVariantMap &values, const SaveOptions &options,
                      bool *created = nullptr)
    {
        return typed(required()->upsert(values, options, created));
    }
    static List bulkCreate(const QList<QVariantMap> &records, const BulkCreateOptions &options = {})
    {
        return typed(required()->bulkCreate(records, options));
    }
    static List findAll(const FindOptions &options = {})
    {
        return typed(required()->findAll(options));
    }
    // The asynchronous finders and writers (#include <QtSequelize/Async>, where they are
    // defined): the work runs on the Sequelize's thread pool, the future holds the result.
    static QFuture<List> findAllAsync(const FindOptions &options = {});
    static QFuture<Ptr> findOneAsync(const FindOptions &options = {});
    static QFuture<Ptr> findByPkAsync(const QVariant &primaryKey, const FindOptions &options = {});
    static QFuture<Ptr> createAsync(const QVariantMap &values, const SaveOptions &options = {});
    static QFuture<List> bulkCreateAsync(const QList<QVariantMap> &records,
                                         const BulkCreateOptions &options = {});
    static QList<QVariantMap> findAllRaw(const FindOptions &options = {})
    {
        return required()->findAllRaw(options);
    }
    // Calls \a callback with each matching instance, reading \a batchSize rows at a time
    // (see Cursor): a million rows never sit in memory together.
    template<typename Callback>
    static void findEach(const FindOptions &options, Callback &&callback, int batchSize = 1000)
    {
        Cursor cursor(required(), options, batchSize);
        while (QSharedPointer<Model> instance = cursor.next())
            callback(instance.template staticCast<T>());
    }
    static Ptr findOne(const FindOptions &options = {})
    {
        return typed(required()->findOne(options));
    }
    static Ptr findByPk(const QVariant &key, const FindOptions &options = {})
    {
        return typed(required()->findByPk(key, options));
    }
    static qint64 count(const FindOptions &options = {}) { return required()->count(options); }
    static QList<QVariantMap> countGrouped(const FindOptions &options)
    {
        return required()->countGrouped(options);
    }
    static Ptr findOrCreate(const FindOptions &options, const QVariantMap &defaults = {},
                            bool *created = nullptr)
    {
        return typed(required()->findOrCreate(options, defaults, created));
    }
    static Ptr findOrBuild(const FindOptions &options, const QVariantMap &defaults = {},
                           bool *built = nullptr)
    {
        return typed(required()->findOrBuild(options, defaults, built));
    }
    static List findAndCountAll(const FindOptions &options, qint64 *count)
    {
        return typed(required()->findAndCountAll(options, count));
    }
    static QVariant max(const QString &attribute, const FindOptions &options = {})
    {
        return required()->max(attribute, options);
    }
    static QVariant min(const QString &attribute, const FindOptions &options = {})
    {
        return required()->min(attribute, options);
    }
    static QVariant sum(const QString &attribute, const FindOptions &options = {})
    {
        return required()->sum(attribute, options);
    }
    static int increment(const QVariantMap &byAttribute, const Where &where,
                         const UpdateOptions &options = UpdateOptions())
    {
        return required()->increment(byAttribute, where, options);
    }
    static int decrement(const QVariantMap &byAttribute, const Where &where,
                         const UpdateOptions &options = UpdateOptions())
    {
        return required()->decrement(byAttribute, where, options);
    }
    static int update(const QVariantMap &values, const Where &where,
                      const UpdateOptions &options = {})
    {
        return required()->update(values, where, options);
    }
    static List updateReturning(const QVariantMap &values, const Where &where,
                                const UpdateOptions &options = {})
    {
        return typed(required()->updateReturning(values, where, options));
    }
    static int destroy(const Where &where, const DestroyOptions &options = {})
    {
        return required()->destroy(where, options);
    }
    static int restore(const Where &where, const DestroyOptions &options = DestroyOptions())
    {
        return required()->restore(where, options);
    }

protected:
    // Calls from QML and QMetaObject::invokeMethod() never throw (Model::guardedMetacall()).
    int qt_metacall(QMetaObject::Call call, int id, void **arguments) override
    {
        return guardedMetacall(call, id, arguments);
    }

private:
    // The future of \a future's instances as T (defined with the async API in async.h).
    template<typename Result> static auto typedFuture(const QFuture<Result> &future);
    static QSharedPointer<Model> make() { return QSharedPointer<T>::create(); }
    static ModelDefinition *required() { return ModelDefinition::required(&T::staticMetaObject); }
    static Ptr typed(const QSharedPointer<Model> &p) { return p.template staticCast<T>(); }
    static List typed(const QList<QSharedPointer<Model>> &list)
    {
        List result;
        result.reserve(list.size());
        for (const auto &p : list)
            result.append(p.template staticCast<T>());
        return result;
    }
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_TYPEDMODEL_H
