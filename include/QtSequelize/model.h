// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_MODEL_H
#define QTSEQUELIZE_MODEL_H

#include <QtSequelize/modeldefinition.h>
#include <QtSequelize/options.h>

#include <QtCore/qjsonobject.h>
#include <QtCore/qobject.h>
#include <QtCore/qvariant.h>

#include <memory>

namespace QtSequelize {

class ModelPrivate;

class Q_SEQUELIZE_EXPORT Model : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool isNewRecord READ isNewRecord NOTIFY isNewRecordChanged)
public:
    explicit Model(QObject *parent = nullptr);
    ~Model() override;

    // The model class this instance belongs to; throws InstanceError before init().
    ModelDefinition *definition() const;

    bool isNewRecord() const;

    // The attribute's value, through its custom getter when it has one.
    Q_INVOKABLE QVariant get(const QString &attribute) const;
    // The stored value, bypassing any custom getter (Sequelize's getDataValue and get({raw})).
    QVariant getDataValue(const QString &attribute) const;
    // All attribute values, as Sequelize's get({plain: true}).
    Q_INVOKABLE QVariantMap get() const;
    // Throws UnknownAttributeError for a name the model does not define, and
    // ValidationError for a value that cannot become the attribute's type.
    // A custom setter, when the attribute has one, decides what is stored.
    Q_INVOKABLE void set(const QString &attribute, const QVariant &value);
    // Stores the value, bypassing any custom setter (Sequelize's setDataValue and set({raw})).
    void setDataValue(const QString &attribute, const QVariant &value);
    // Sets several attributes; unknown names are ignored, as Sequelize does.
    void set(const QVariantMap &values);

    // Attributes changed since the instance was loaded or saved.
    Q_INVOKABLE QStringList changed() const;
    bool changed(const QString &attribute) const;
    // Marks an attribute changed (save() writes it: a JSON value changed in place) or not
    // (Sequelize's changed(key, true/false)).
    void changed(const QString &attribute, bool changed);
    // The value an attribute had when the instance was loaded or last saved.
    QVariant previous(const QString &attribute) const;

    // Sequelize's instance.validate(options): the validate hooks (unless hooks(false)), then
    // allowNull, the validators and the model-level validators; fields() limits the attribute
    // checks to those. Throws ValidationError listing every failure.
    void validate(const SaveOptions &options = SaveOptions());

    // INSERT for a new record, else UPDATE of the changed attributes only.
    void save(const SaveOptions &options = SaveOptions());
    // Reads the row again (in the options' transaction, if any); pending changes are dropped.
    void reload(const FindOptions &options = FindOptions());
    // set(values) then save() of those attributes.
    void update(const QVariantMap &values, const SaveOptions &options = SaveOptions());
    // DELETE, or sets deletedAt on a paranoid model unless forced.
    void destroy(const DestroyOptions &options = DestroyOptions());
    // Paranoid models: clears deletedAt (Sequelize's instance.restore()).
    void restore(const SaveOptions &options = SaveOptions());
    // Paranoid models: whether deletedAt is set; InstanceError for a model that is not.
    bool isSoftDeleted() const;
    // UPDATE ... SET a = a + by (in the options' transaction), then reloads the new values.
    // Each returns the instance, as Sequelize's do.
    Model &increment(const QString &attribute, qint64 by = 1,
                     const SaveOptions &options = SaveOptions());
    Model &increment(const QStringList &attributes, qint64 by = 1,
                     const SaveOptions &options = SaveOptions());
    Model &increment(const QVariantMap &byAttribute, const SaveOptions &options = SaveOptions());
    Model &decrement(const QString &attribute, qint64 by = 1,
                     const SaveOptions &options = SaveOptions());
    Model &decrement(const QStringList &attributes, qint64 by = 1,
                     const SaveOptions &options = SaveOptions());
    Model &decrement(const QVariantMap &byAttribute, const SaveOptions &options = SaveOptions());

    // Association mixins by name (Sequelize's getGroup/setGroup/createGroup, getTasks/
    // addTask/…); QSQ_BELONGS_TO / QSQ_HAS_ONE / QSQ_HAS_MANY declare typed ones. A target
    // is given as an instance (instanceVariant()) or as its key value.
    QSharedPointer<Model> getAssociated(const QString &association,
                                        const FindOptions &options = FindOptions());
    QList<QSharedPointer<Model>> getAssociatedList(const QString &association,
                                                   const FindOptions &options = FindOptions());
    // belongsTo/hasOne: links \a target (null unlinks); hasMany: links exactly these targets.
    void setAssociated(const QString &association, const QVariant &target,
                       const SaveOptions &options = SaveOptions());
    QSharedPointer<Model> createAssociated(const QString &association, const QVariantMap &values,
                                           const SaveOptions &options = SaveOptions());
    // hasMany
    void addAssociated(const QString &association, const QVariantList &targets,
                       const SaveOptions &options = SaveOptions());
    void removeAssociated(const QString &association, const QVariantList &targets,
                          const SaveOptions &options = SaveOptions());
    qint64 countAssociated(const QString &association, const FindOptions &options = FindOptions());
    // True when every target is associated (true for an empty list, as Sequelize).
    bool hasAssociated(const QString &association, const QVariantList &targets,
                       const FindOptions &options = FindOptions());
    // The association as loaded by include or the last mixin call (no query). One not loaded
    // on an instance QML holds is read by the QML module when control returns to the event
    // loop, batched with the other instances' (the typed getters' NOTIFY signal follows).
    Model *loadedAssociation(const QString &association) const;
    QList<QObject *> loadedAssociationList(const QString &association) const;
    QList<QSharedPointer<Model>> loadedTargets(const QString &association) const;
    static QVariant instanceVariant(Model *instance);

    // Also from QML, where a NULL attribute is null (get() gives Qt's conversion of the C++
    // value there: "" for a null string, 0 for a null number).
    Q_INVOKABLE QJsonObject toJSON() const;
    // Same model and primary key.
    bool equals(const Model *other) const;

Q_SIGNALS:
    void isNewRecordChanged();
    // Emitted when a mixin changed an association (besides its own <name>Changed signal).
    void associationChanged(const QString &association);

protected:
    // Used by QSQ_ATTRIBUTE setters: records the value before the first change.
    bool isRecordingChanges() const;
    void attributeChanging(const char *attribute, const QVariant &oldValue);
    // Used by QSQ_ATTRIBUTE setters: the attribute holds NULL, which its property (an int, a
    // bool, a double) shows as zero; setting zero then is a change.
    bool isNullAttribute(const char *attribute) const;
    // Model's invokables and properties as the meta-object system (QML, invokeMethod) calls
    // them: an error is reported (a warning, ModelDefinition::errorOccurred()) and the call
    // returns nothing, instead of an exception thrown through the caller.
    int guardedMetacall(QMetaObject::Call call, int id, void **arguments);

private:
    friend class ModelPrivate;
    friend class ModelDefinition;
    friend class ModelDefinitionPrivate;
    friend class Hydrator;
    std::unique_ptr<ModelPrivate> d_sq;
    Q_DECLARE_PRIVATE_D(d_sq, Model)
    Q_DISABLE_COPY(Model)
};

// Used by QSQ_ATTRIBUTE setters: whether \a given is the value \a held already. A null and an
// empty text are two values (NULL and ''), which QString and QByteArray compare equal.
template<typename T> inline bool isSameAttributeValue(const T &held, const T &given)
{
    return held == given;
}
inline bool isSameAttributeValue(const QString &held, const QString &given)
{
    return held == given && held.isNull() == given.isNull();
}
inline bool isSameAttributeValue(const QByteArray &held, const QByteArray &given)
{
    return held == given && held.isNull() == given.isNull();
}

} // namespace QtSequelize

#define QSQ_ATTRIBUTE(Type, name, setter)                                                          \
    Q_PROPERTY(Type name READ name WRITE setter NOTIFY name##Changed)                              \
public:                                                                                            \
    Type name() const                                                                              \
    {                                                                                              \
        return m_##name;                                                                           \
    }                                                                                              \
    void setter(const Type &value)                                                                 \
    {                                                                                              \
        if (QtSequelize::isSameAttributeValue(m_##name, value) && !isNullAttribute(#name))         \
            return;                                                                                \
        if (isRecordingChanges())                                                                  \
            attributeChanging(#name, QVariant::fromValue(m_##name));                               \
        m_##name = value;                                                                          \
        Q_EMIT name##Changed();                                                                    \
    }                                                                                              \
    Q_SIGNAL void name##Changed();                                                                 \
                                                                                                   \
private:                                                                                           \
    Type m_##name{};

#define QSQ_BELONGS_TO(Type, name, Name)                                                           \
    Q_PROPERTY(Type *name READ name NOTIFY name##Changed)                                          \
public:                                                                                            \
    Type *name() const                                                                             \
    {                                                                                              \
        return static_cast<Type *>(loadedAssociation(QStringLiteral(#name)));                      \
    }                                                                                              \
    QSharedPointer<Type> get##Name(const QtSequelize::FindOptions &options = {})                   \
    {                                                                                              \
        return getAssociated(QStringLiteral(#name), options).template staticCast<Type>();          \
    }                                                                                              \
    void set##Name(const QVariant &key)                                                            \
    {                                                                                              \
        setAssociated(QStringLiteral(#name), key);                                                 \
    }                                                                                              \
    void set##Name(const QSharedPointer<Type> &target)                                             \
    {                                                                                              \
        setAssociated(QStringLiteral(#name), instanceVariant(target.data()));                      \
    }                                                                                              \
    QSharedPointer<Type> create##Name(const QVariantMap &values)                                   \
    {                                                                                              \
        return createAssociated(QStringLiteral(#name), values).template staticCast<Type>();        \
    }                                                                                              \
    Q_SIGNAL void name##Changed();                                                                 \
                                                                                                   \
private:

#define QSQ_HAS_ONE(Type, name, Name) QSQ_BELONGS_TO(Type, name, Name)

#define QSQ_HAS_MANY(Type, name, Names, Singular)                                                  \
    Q_PROPERTY(QList<QObject *> name READ name##Objects NOTIFY name##Changed)                      \
public:                                                                                            \
    QList<QSharedPointer<Type>> name() const                                                       \
    {                                                                                              \
        QList<QSharedPointer<Type>> result;                                                        \
        for (const auto &m : loadedTargets(QStringLiteral(#name)))                                 \
            result.append(m.template staticCast<Type>());                                          \
        return result;                                                                             \
    }                                                                                              \
    QList<QObject *> name##Objects() const                                                         \
    {                                                                                              \
        return loadedAssociationList(QStringLiteral(#name));                                       \
    }                                                                                              \
    QList<QSharedPointer<Type>> get##Names(const QtSequelize::FindOptions &options = {})           \
    {                                                                                              \
        QList<QSharedPointer<Type>> result;                                                        \
        for (const auto &m : getAssociatedList(QStringLiteral(#name), options))                    \
            result.append(m.template staticCast<Type>());                                          \
        return result;                                                                             \
    }                                                                                              \
    qint64 count##Names(const QtSequelize::FindOptions &options = {})                              \
    {                                                                                              \
        return countAssociated(QStringLiteral(#name), options);                                    \
    }                                                                                              \
    bool has##Names(const QVariantList &targets)                                                   \
    {                                                                                              \
        return hasAssociated(QStringLiteral(#name), targets);                                      \
    }                                                                                              \
    void set##Names(const QVariantList &targets)                                                   \
    {                                                                                              \
        setAssociated(QStringLiteral(#name), targets);                                             \
    }                                                                                              \
    void add##Names(const QVariantList &targets)                                                   \
    {                                                                                              \
        addAssociated(QStringLiteral(#name), targets);                                             \
    }                                                                                              \
    void remove##Names(const QVariantList &targets)                                                \
    {                                                                                              \
        removeAssociated(QStringLiteral(#name), targets);                                          \
    }                                                                                              \
    QSharedPointer<Type> create##Singular(const QVariantMap &values)                               \
    {                                                                                              \
        return createAssociated(QStringLiteral(#name), values).template staticCast<Type>();        \
    }                                                                                              \
    Q_SIGNAL void name##Changed();                                                                 \
                                                                                                   \
private:

#endif // QTSEQUELIZE_MODEL_H
