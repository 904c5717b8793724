// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include "metacallerrors_p.h"

#include "../sql/scriptvalue_p.h"

#include <QtSequelize/errors.h>
#include <QtSequelize/model.h>
#include <QtSequelize/modeldefinition.h>

#include <QtCore/qloggingcategory.h>

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

/*!
    Runs a call that the meta-object system makes into Model's own invokables and properties —
    a QML binding or handler calling \c get() or \c set(), QMetaObject::invokeMethod() — so that
    an error cannot escape into the caller (the QML engine cannot take a C++ exception): it is
    printed (as qmlWarning() when the QML module is loaded), ModelDefinition::errorOccurred()
    is emitted, and the call returns no value. TypedModel and define()d models call it from
    their qt_metacall(); a model class of its own that overrides qt_metacall() should too.
    C++ code calling the functions directly gets the exceptions, as documented for each.
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
        if (call == QMetaObject::InvokeMetaMethod && arguments && id == setterOne()
            && !static_cast<const QVariant *>(arguments[2])->isValid())
            throw DefinitionError(
                QStringLiteral("The value for attribute %1 is undefined (use null for NULL)")
                    .arg(*static_cast<const QString *>(arguments[1])));
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
