// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "metacallerrors_p.h"

#include "../sql/scriptvalue_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>
#include <QtSequelize/modeldefinition.h>

#include <QtCore/qloggingcategory.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qscopeguard.h>

#include <atomic>
#include <exception>

namespace QtSequelize {

Q_LOGGING_CATEGORY(lcModel, "qtsequelize.model", QtInfoMsg)

static std::atomic<MetacallErrorPrinter> metacallErrorPrinter{nullptr};

void setMetacallErrorPrinter(MetacallErrorPrinter printer)
{
    metacallErrorPrinter.store(printer);
}

static void reportMetacallError(Model *instance, const QString &message)
{
    if (const MetacallErrorPrinter print = metacallErrorPrinter.load())
        print(instance, message);
    else
        qCWarning(lcModel, "%s: %s", instance->metaObject()->className(), qPrintable(message));
    ModelDefinition *definition = nullptr;
    try {
        definition = instance->definition();
    } catch (const BaseError &) {
        return; // an instance made before init(): nothing to tell
    }
    Q_EMIT definition->errorOccurred(message);
}

// Model's get(name) and get(), by their method index (the same in every model class's
// meta-object: a base class's methods come first).
static int getterOne()
{
    static const int index = Model::staticMetaObject.indexOfMethod("get(QString)");
    return index;
}
static int getterAll()
{
    static const int index = Model::staticMetaObject.indexOfMethod("get()");
    return index;
}
static int setterOne()
{
    static const int index = Model::staticMetaObject.indexOfMethod("set(QString,QVariant)");
    return index;
}

// A QString property written through the meta-object system (a QML binding, setProperty())
// with a null QString: QML hands "" over so, and a null QString is NULL here. It is the empty
// string; NULL is set("name", null). The library's own writes of stored values are left alone.
static void emptyStringWritten(const QObject *object, QMetaObject::Call call, int id,
                               void **arguments)
{
    if (call != QMetaObject::WriteProperty || !arguments || !arguments[0]
        || LibraryPropertyWrite::active())
        return;
    if (object->metaObject()->property(id).metaType() != QMetaType::fromType<QString>())
        return;
    QString &value = *static_cast<QString *>(arguments[0]);
    if (value.isNull())
        value = emptyString();
}

/*!
    Runs a call that the meta-object system makes into Model's own invokables and properties —
    a QML binding or handler calling \c get() or \c set(), QMetaObject::invokeMethod() — so that
    an error cannot escape into the caller (the QML engine cannot take a C++ exception): it is
    printed (as qmlWarning() when the QML module is loaded), ModelDefinition::errorOccurred()
    is emitted, and the call returns no value. TypedModel and define()d models call it from
    their qt_metacall(); a model class of its own that overrides qt_metacall() should too.
    C++ code calling the functions directly gets the exceptions, as documented for each.
    Qt's JavaScript engine hands the empty string to C++ as a null QString, which the library
    reads as NULL: through this call, \c set() of a null QString and a QString property
    written with one store the empty string (NULL is \c set(name, null), a QVariant of
    std::nullptr_t).
    \a call, \a id and \a arguments are qt_metacall()'s; returns what Model::qt_metacall()
    returns, or -1 after an error.
*/
int Model::guardedMetacall(QMetaObject::Call call, int id, void **arguments)
{
    QString message;
    try {
        // get() from QML gives values as Sequelize gives them to JavaScript: NULL as null (QML
        // made a null string "" and a null number 0), a DATEONLY as text (see toScriptValue()).
        const bool invoked = call == QMetaObject::InvokeMetaMethod && arguments && arguments[0];
        const int getter = !invoked ? 0 : id == getterOne() ? 1 : id == getterAll() ? 2 : 0;
        // set(name, undefined) from QML (an unset property) is refused, not written as NULL
        // (null is NULL); Sequelize's save of an undefined value fails too.
        const bool setter = call == QMetaObject::InvokeMetaMethod && arguments && id == setterOne();
        if (setter && !static_cast<const QVariant *>(arguments[2])->isValid())
            throw DefinitionError(
                QStringLiteral("The value for attribute %1 is undefined (use null for NULL)")
                    .arg(*static_cast<const QString *>(arguments[1])));
        // QML hands "" over as a null QString, which is NULL here: set(name, "") and a QString
        // property written "" store the empty string (see fromScriptValue()).
        QVariant given;
        void *const original = setter ? arguments[2] : nullptr;
        const auto restore = qScopeGuard([&] {
            if (setter)
                arguments[2] = original;
        });
        if (setter) {
            given = fromScriptValue(*static_cast<const QVariant *>(original));
            arguments[2] = &given;
        }
        emptyStringWritten(this, call, id, arguments);
        const int result = Model::qt_metacall(call, id, arguments);
        if (getter == 1) {
            QVariant &value = *static_cast<QVariant *>(arguments[0]);
            value = toScriptValue(value);
        } else if (getter == 2) {
            QVariantMap &values = *static_cast<QVariantMap *>(arguments[0]);
            values = toScriptValue(values).toMap();
        }
        return result;
    } catch (const BaseError &error) {
        message = error.message();
    } catch (const std::exception &error) {
        message = QString::fromUtf8(error.what());
    } catch (...) {
        message = QStringLiteral("An exception that is not a std::exception");
    }
    reportMetacallError(this, message);
    return -1;
}

} // namespace QtSequelize
