// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_METACALLERRORS_P_H
#define QTSEQUELIZE_METACALLERRORS_P_H

//
//  W A R N I N G
//  -------------
//
// This file is not part of the QtSequelize API. It exists purely as an
// implementation detail. This header file may change from version to
// version without notice, or even be removed.
//
// We mean it.
//

#include <QtSequelize/qtsequelizeglobal.h>

#include <QtCore/qstring.h>

QT_FORWARD_DECLARE_CLASS(QObject)

namespace QtSequelize {

// How an error of a call made through the meta-object system is printed. The QML module sets
// one that prints it as qmlWarning() does (with the QML file and line of the object); without
// it the library's own category prints it.
using MetacallErrorPrinter = void (*)(const QObject *receiver, const QString &message);
Q_SEQUELIZE_EXPORT void setMetacallErrorPrinter(MetacallErrorPrinter printer);

// While one lives on a thread, a property write reaching Model::guardedMetacall() is the
// library's own (QMetaProperty::write() of a stored value, where a null QString is NULL),
// not a QML binding's.
class LibraryPropertyWrite
{
public:
    LibraryPropertyWrite() { ++depth(); }
    ~LibraryPropertyWrite() { --depth(); }
    LibraryPropertyWrite(const LibraryPropertyWrite &) = delete;
    LibraryPropertyWrite &operator=(const LibraryPropertyWrite &) = delete;
    static bool active() { return depth() > 0; }

private:
    static int &depth()
    {
        static thread_local int writes = 0;
        return writes;
    }
};

} // namespace QtSequelize

#endif // QTSEQUELIZE_METACALLERRORS_P_H
