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

/*!
    \class QtSequelize::Model
    \inmodule QtSequelize
    \brief One row of a model: Sequelize's model instance, as a QObject.

    A C++ model derives from TypedModel<Self> and declares each attribute with
    QSQ_ATTRIBUTE, which makes a Q_PROPERTY with a getter, a setter and a NOTIFY
    signal that fires only when the value changes. Attributes without a property
    (the implicit \c id, timestamps, attributes of a define()d model) are read
    with get() and written with set().

    Instances made by finders are owned by the QSharedPointer they come in;
    an instance made with \c new or on the stack is owned as any QObject.
*/
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

    QVariant get(const QString &attribute) const;
    // All attribute values, as Sequelize's get({plain: true}).
    QVariantMap get() const;
    // Throws UnknownAttributeError for a name the model does not define, and
    // ValidationError for a value that cannot become the attribute's type.
    void set(const QString &attribute, const QVariant &value);
    // Sets several attributes; unknown names are ignored, as Sequelize does.
    void set(const QVariantMap &values);

    // Attributes changed since the instance was loaded or saved.
    QStringList changed() const;
    bool changed(const QString &attribute) const;
    // The value an attribute had when the instance was loaded or last saved.
    QVariant previous(const QString &attribute) const;

    // INSERT for a new record, else UPDATE of the changed attributes only.
    void save(const SaveOptions &options = SaveOptions());
    // Reads the row again (in the options' transaction, if any); pending changes are dropped.
    void reload(const FindOptions &options = FindOptions());
    // set(values) then save() of those attributes.
    void update(const QVariantMap &values, const SaveOptions &options = SaveOptions());
    // DELETE, or sets deletedAt on a paranoid model unless forced.
    void destroy(const DestroyOptions &options = DestroyOptions());
    void restore();
    // UPDATE ... SET a = a + by, then reloads the new values.
    void increment(const QString &attribute, qint64 by = 1);
    void increment(const QVariantMap &byAttribute);
    void decrement(const QString &attribute, qint64 by = 1);

    QJsonObject toJSON() const;
    // Same model and primary key.
    bool equals(const Model *other) const;

Q_SIGNALS:
    void isNewRecordChanged();

protected:
    // Used by QSQ_ATTRIBUTE setters: records the value before the first change.
    bool isRecordingChanges() const;
    void attributeChanging(const char *attribute, const QVariant &oldValue);

private:
    friend class ModelPrivate;
    friend class ModelDefinition;
    friend class ModelDefinitionPrivate;
    friend class Hydrator;
    std::unique_ptr<ModelPrivate> d_sq;
    Q_DECLARE_PRIVATE_D(d_sq, Model)
    Q_DISABLE_COPY(Model)
};

} // namespace QtSequelize

/*!
    Declares one model attribute: a Q_PROPERTY \a name of \a Type with a getter
    \a name(), a setter \a setter(), a NOTIFY signal \a name##Changed() emitted
    only on a real change, and the storage. moc sees through it.
    \code
    QSQ_ATTRIBUTE(QString, firstName, setFirstName)
    \endcode
*/
#define QSQ_ATTRIBUTE(Type, name, setter)                                                          \
    Q_PROPERTY(Type name READ name WRITE setter NOTIFY name##Changed)                              \
public:                                                                                            \
    Type name() const                                                                              \
    {                                                                                              \
        return m_##name;                                                                           \
    }                                                                                              \
    void setter(const Type &value)                                                                 \
    {                                                                                              \
        if (m_##name == value)                                                                     \
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

#endif // QTSEQUELIZE_MODEL_H
