// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A unique violation names the key's columns and values on every database, as Sequelize's
// UniqueConstraintError (fields, one "unique violation" item per column).

#include <QtSequelize/Errors>
#include <QtSequelize/IndexOptions>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_UniqueErrors : public QObject
{
    Q_OBJECT

private slots:
    // A composite unique key is created as Sequelize does: unnamed on PostgreSQL (which names
    // it after the columns), by the key on MariaDB; the error names it so.
    void compositeUniqueName_data() { TestDatabases::addDialectRows(); }
    void compositeUniqueName()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *player
            = sequelize->define("Player",
                                {{"number", Attribute(DataTypes::Integer()).unique("numberTeam")},
                                 {"teamId", Attribute(DataTypes::Integer()).unique("numberTeam")}},
                                ModelOptions().timestamps(false));
        player->sync(SyncOptions().force());
        player->create({{"number", 7}, {"teamId", 1}});
        player->create({{"number", 7}, {"teamId", 2}});
        try {
            player->create({{"number", 7}, {"teamId", 1}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            if (dialect == QLatin1String("postgres"))
                QCOMPARE(e.constraint(), QStringLiteral("Players_number_teamId_key"));
            else if (dialect == QLatin1String("mariadb"))
                QCOMPARE(e.constraint(), QStringLiteral("numberTeam"));
            // MariaDB's message names the key: its columns come from the model, as Sequelize's.
            QCOMPARE(e.errors().size(), 2);
            QCOMPARE(e.errors().at(0).path(), QStringLiteral("number"));
            QCOMPARE(e.errors().at(1).path(), QStringLiteral("teamId"));
            QCOMPARE(e.errors().at(1).value().toString(), QStringLiteral("1"));
            QCOMPARE(e.fields().keys(), QStringList({"number", "teamId"}));
            QCOMPARE(e.fields().value("number").toString(), QStringLiteral("7"));
        }
        // A bulk update has no instance: the values are the entry's where the database gives
        // them (PostgreSQL's DETAIL, MariaDB's entry), unknown on SQLite (as Sequelize's).
        try {
            player->update({{"teamId", 1}}, Where{{"teamId", 2}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.fields().keys(), QStringList({"number", "teamId"}));
            QCOMPARE(e.fields().value("teamId").toString(),
                     dialect == QLatin1String("sqlite") ? QString() : QStringLiteral("1"));
        }
        QCOMPARE(player->count(), qint64(2));
    }

    // A composite unique key's columns on MariaDB when an entry's parts cannot be told apart
    // (a value holding '-'): the saved instance's values, never a wrong split.
    void compositeUniqueDashedValue_data() { TestDatabases::addDialectRows(); }
    void compositeUniqueDashedValue()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *seat
            = sequelize->define("Seat",
                                {{"row", Attribute(DataTypes::String(20)).unique("rowCol")},
                                 {"col", Attribute(DataTypes::String(20)).unique("rowCol")}},
                                ModelOptions().timestamps(false));
        seat->sync(SyncOptions().force());
        seat->create({{"row", "a-b"}, {"col", "c"}});
        try {
            seat->create({{"row", "a-b"}, {"col", "c"}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.fields().keys(), QStringList({"col", "row"}));
            QCOMPARE(e.fields().value("row").toString(), QStringLiteral("a-b"));
            QCOMPARE(e.fields().value("col").toString(), QStringLiteral("c"));
        }
        QCOMPARE(seat->count(), qint64(1));
    }

    // Sequelize's unique: {msg}: the error's message when that key is the one violated, and
    // the message of the item of each of its columns.
    void uniqueMessages_data() { TestDatabases::addDialectRows(); }
    void uniqueMessages()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account = sequelize->define(
            "Account",
            {{"email", Attribute(DataTypes::String(60)).uniqueMessage("Email already in use")},
             {"tenant", Attribute(DataTypes::Integer()).unique("seat")},
             {"seat", Attribute(DataTypes::Integer()).unique("seat").uniqueMessage("Seat taken")},
             {"nick", Attribute(DataTypes::String(20)).unique()}},
            ModelOptions().timestamps(false));
        account->sync(SyncOptions().force());
        QVERIFY(account->attribute("email").isUnique());
        account->create({{"email", "a@x"}, {"tenant", 1}, {"seat", 1}, {"nick", "a"}});
        account->create({{"email", "b@x"}, {"tenant", 1}, {"seat", 2}, {"nick", "b"}});
        try {
            account->create({{"email", "a@x"}, {"tenant", 2}, {"seat", 1}, {"nick", "c"}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.message(), QStringLiteral("Email already in use"));
            QCOMPARE(e.errors().size(), 1);
            QCOMPARE(e.errors().first().message(), QStringLiteral("Email already in use"));
            QVERIFY(QByteArray(e.what()).contains("Email already in use"));
        }
        try {
            account->update({{"seat", 1}}, Where{{"email", "b@x"}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.message(), QStringLiteral("Seat taken"));
            QCOMPARE(e.errors().size(), 2);
            QCOMPARE(e.errors().at(0).message(), QStringLiteral("Seat taken"));
            QCOMPARE(e.errors().at(1).message(), QStringLiteral("Seat taken"));
        }
        try {
            account->create({{"email", "c@x"}, {"tenant", 3}, {"seat", 3}, {"nick", "a"}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.message(), QStringLiteral("Validation error")); // no message of its own
            QCOMPARE(e.errors().first().message(), QStringLiteral("nick must be unique"));
        }
        QCOMPARE(account->count(), qint64(2));
    }

    // A unique index of the model's options: a named one on columns names its columns on every
    // database (MariaDB's message names the index); one on an expression is named by the index
    // (SQLite's "index 'uq_lower_email'" was read as a column of that name).
    void uniqueIndexes_data() { TestDatabases::addDialectRows(); }
    void uniqueIndexes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const bool expressions = dialect != QLatin1String("mariadb");
        ModelOptions options = ModelOptions().timestamps(false).index(
            IndexOptions({"code", "region"}).unique().name("uq_code_region"));
        if (expressions)
            options.index(IndexOptions()
                              .name("uq_lower_email")
                              .unique()
                              .field(Sequelize::fn("lower", {Sequelize::col("email")})));
        ModelDefinition *account = sequelize->define("Acc",
                                                     {{"email", DataTypes::String()},
                                                      {"code", DataTypes::String()},
                                                      {"region", DataTypes::String()}},
                                                     options);
        account->sync(SyncOptions().force());
        account->create({{"email", "A@x"}, {"code", "c1"}, {"region", "eu"}});
        try {
            account->create({{"email", "b@x"}, {"code", "c1"}, {"region", "eu"}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.fields().keys(), QStringList({"code", "region"}));
            QCOMPARE(e.fields().value("region").toString(), QStringLiteral("eu"));
        }
        if (expressions) {
            try {
                account->create({{"email", "a@X"}, {"code", "c2"}, {"region", "eu"}});
                QFAIL("no UniqueConstraintError");
            } catch (const UniqueConstraintError &e) {
                QCOMPARE(e.constraint(), QStringLiteral("uq_lower_email"));
                QVERIFY(!e.fields().contains("index 'uq_lower_email'"));
                QVERIFY(e.table().isEmpty() || e.table() == QLatin1String("Accs"));
            }
        }
        QCOMPARE(account->count(), qint64(1));
    }

    // A primary key violation names the key's columns on every database: MariaDB's message
    // names the key "PRIMARY", which was the item's path ("PRIMARY must be unique"), also for a
    // belongsToMany junction's pair.
    void primaryKeyColumns_data() { TestDatabases::addDialectRows(); }
    void primaryKeyColumns()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *post = sequelize->define("Post", {{"title", DataTypes::String()}}, plain);
        ModelDefinition *tag = sequelize->define("Tag", {{"name", DataTypes::String()}}, plain);
        post->belongsToMany(tag, AssociationOptions().through("PostTags"));
        sequelize->sync(SyncOptions().force());
        post->create({{"id", 1}, {"title", "a"}});
        try {
            post->create({{"id", 1}, {"title", "b"}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.fields().keys(), QStringList{"id"});
            QCOMPARE(e.errors().size(), 1);
            QCOMPARE(e.errors().first().path(), QStringLiteral("id"));
        }
        tag->create({{"id", 1}, {"name", "t"}});
        ModelDefinition *link = sequelize->model("PostTags");
        QVERIFY(link);
        link->create({{"PostId", 1}, {"TagId", 1}});
        try {
            link->create({{"PostId", 1}, {"TagId", 1}});
            QFAIL("no UniqueConstraintError");
        } catch (const UniqueConstraintError &e) {
            QCOMPARE(e.fields().keys(), (QStringList{"PostId", "TagId"}));
            QCOMPARE(e.get("TagId").size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_UniqueErrors)
#include "tst_uniqueerrors.moc"
