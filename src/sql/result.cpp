// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/result.h>

namespace QtSequelize {

/*!
    \class QtSequelize::Result
    \inmodule QtSequelize
    \brief The value of a call, or the typed error it ended with.

    QtSequelize reports errors as exceptions of the \l BaseError family, as Sequelize rejects its
    promises. Code that must not let an exception escape — a slot, a lambda connected to a
    signal, a callback called by a library built without exception handling — runs the call
    through attempt() and gets a Result:

    \code
    connect(button, &QPushButton::clicked, this, [this] {
        const auto created = attempt([&] { return User::create({{"username", name()}}); });
        if (const auto *unique = created.errorAs<UniqueConstraintError>())
            showError(tr("%1 is taken").arg(name()));
        else if (!created)
            showError(created.errorString());
    });
    \endcode

    A Result is \c [[nodiscard]]: dropping one unread is a compiler warning.
*/

/*!
    \fn template<typename Call> auto QtSequelize::attempt(Call &&call)

    Runs \a call and returns its value in a Result, or the error it threw. A BaseError is kept
    as it is (errorAs() finds its class); any other exception becomes a BaseError with its
    text. Nothing escapes.
*/

namespace ResultDetail {

QSharedPointer<const BaseError> fromException(const std::exception &error)
{
    return QSharedPointer<const BaseError>(new BaseError(QString::fromUtf8(error.what())));
}

QSharedPointer<const BaseError> unknownException()
{
    return QSharedPointer<const BaseError>(
        new BaseError(QStringLiteral("An exception that is not a std::exception")));
}

} // namespace ResultDetail

} // namespace QtSequelize
