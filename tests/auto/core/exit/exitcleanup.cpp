// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A Sequelize held in a file-scope std::unique_ptr is destroyed during exit, after Qt SQL's own
// connection registry: it must not touch Qt SQL then (it crashed with exit 139). Run once per
// dialect by ctest, which checks the exit code.

#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qcoreapplication.h>

#include <cstdio>
#include <memory>

class Note : public QtSequelize::TypedModel<Note>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, title, setTitle)
};

static std::unique_ptr<QtSequelize::Sequelize> sequelize;

int main(int argc, char *argv[])
{
    const QString dialect = argc > 1 ? QString::fromLatin1(argv[1]) : QStringLiteral("sqlite");
    QString url = QStringLiteral("sqlite::memory:");
    if (dialect != QLatin1String("sqlite")) {
        const char *variable = dialect == QLatin1String("postgres") ? "QSQ_TEST_POSTGRES_URL"
                                                                    : "QSQ_TEST_MARIADB_URL";
        url = qEnvironmentVariable(variable);
        if (url.isEmpty()) {
            std::printf("SKIP %s: %s is not configured\n", qPrintable(dialect), variable);
            return 0;
        }
    }
    sequelize = std::make_unique<QtSequelize::Sequelize>(url);
    Note::init(sequelize.get());
    sequelize->sync(QtSequelize::SyncOptions().force());
    Note::create({{"title", "kept until exit"}});
    if (Note::count() != 1)
        return 1;
    std::printf("PASS %s: the Sequelize is left for the exit handlers\n", qPrintable(dialect));
    return 0; // `sequelize` is destroyed during exit
}

#include "exitcleanup.moc"
