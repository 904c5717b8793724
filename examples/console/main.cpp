// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A console program on an installed QtSequelize: a model, its table, writes, reads, and an
// error handled without exceptions (attempt()). Run: console-example [sqlite file or URL]

#include <QtSequelize/Errors>
#include <QtSequelize/Result>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtextstream.h>

using namespace QtSequelize;

class Note : public TypedModel<Note>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, title, setTitle)
    QSQ_ATTRIBUTE(bool, done, setDone)
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString url
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("sqlite::memory:");
    try {
        Sequelize sequelize(url);
        // As in Sequelize, an attribute no value is given for is NULL unless it has a default.
        Note::init(&sequelize,
                   {{"title", Attribute(DataTypes::String(80)).allowNull(false).unique()},
                    {"done", Attribute().allowNull(false).defaultValue(false)}});
        sequelize.sync(SyncOptions().force());

        Note::bulkCreate({{{"title", "write the report"}}, {{"title", "book the room"}}});
        Note::Ptr note = Note::findOne(FindOptions().where({{"title", "book the room"}}));
        note->setDone(true);
        note->save();

        // Without exceptions: the error of a refused write, typed.
        const auto again = attempt([] { return Note::create({{"title", "book the room"}}); });
        if (again.errorAs<UniqueConstraintError>())
            out << "a second \"book the room\" is refused\n";

        const Note::List open = Note::findAll(FindOptions().where({{"done", false}}));
        out << open.size() << " of " << Note::count() << " notes open: " << open.first()->title()
            << "\n";
        return open.size() == 1 && !again ? 0 : 1;
    } catch (const BaseError &error) {
        qCritical("error: %s", error.what());
        return 1;
    }
}

#include "main.moc"
