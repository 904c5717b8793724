// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qcoreapplication.h>

class Note : public QtSequelize::TypedModel<Note>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, title, setTitle)
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QtSequelize::Sequelize sequelize(QStringLiteral("sqlite::memory:"));
    Note::init(&sequelize);
    sequelize.sync();
    Note::create({{"title", "installed"}});
    const auto notes = Note::findAll();
    if (notes.size() != 1 || notes.first()->title() != QLatin1String("installed"))
        return 1;
    QtSequelize::InstanceListModel list(Note::model());
    if (list.rowCount() != 1)
        return 1;
    qInfo("consumer: found the note through the installed package, and in a list model");
    return 0;
}

#include "main.moc"
