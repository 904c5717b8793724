// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Instance reload(), ported from Sequelize v6's test/integration/instance/reload.test.js on
// every dialect: transactions, the instance's own key whatever where is given, values another
// reference wrote, a subset of attributes, read-only timestamps, included associations read
// again (changed, emptied, given anew) and the default scope's includes. Each slot names the
// `it(...)` it ports. Beyond the original: reload is Sequelize's findOne, so it leaves
// soft-deleted rows out (InstanceError unless paranoid(false)) and goes through the scopes the
// instance was found with.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qthread.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_InstanceReload : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineUser(Sequelize *s)
    {
        auto *user = s->define("User",
                               {{"username", DataTypes::String()},
                                {"aNumber", DataTypes::Integer()},
                                {"bNumber", DataTypes::Integer()},
                                {"aDate", DataTypes::Date()}});
        user->sync(SyncOptions().force());
        return user;
    }

    struct BookPages
    {
        ModelDefinition *book = nullptr;
        ModelDefinition *page = nullptr;
    };
    static BookPages defineBooks(Sequelize *s)
    {
        BookPages m;
        m.book = s->define("Book", {{"title", DataTypes::String()}});
        m.page = s->define("Page", {{"content", DataTypes::Text()}});
        m.book->hasMany(m.page);
        m.page->belongsTo(m.book);
        s->sync(SyncOptions().force());
        return m;
    }

    static void expectInstanceError(const std::function<void()> &call)
    {
        try {
            call();
            QFAIL("no InstanceError");
        } catch (const InstanceError &e) {
            QCOMPARE(e.message(),
                     QStringLiteral("Instance could not be reloaded because it does "
                                    "not exist anymore (find call returned null)"));
        }
    }

private slots:
    // "supports transactions"
    void transactions_data() { TestDatabases::addDialectRows(); }
    void transactions()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        const auto u = user->create({{"username", "foo"}});
        const auto t = s->transaction();
        user->update({{"username", "bar"}}, Where({{"username", "foo"}}),
                     UpdateOptions().transaction(t.data()));
        if (QTest::currentDataTag() != QLatin1String("sqlite")) {
            // SQLite's one writer locks the table for the other connection.
            u->reload();
            QCOMPARE(u->get("username").toString(), QStringLiteral("foo"));
        }
        u->reload(FindOptions().transaction(t.data()));
        QCOMPARE(u->get("username").toString(), QStringLiteral("bar"));
        t->rollback();
        u->reload();
        QCOMPARE(u->get("username").toString(), QStringLiteral("foo"));
    }

    // "should use default internal where", "should update the values on all references to the
    // DAO"
    void ownKeyAndOtherReferences_data() { TestDatabases::addDialectRows(); }
    void ownKeyAndOtherReferences()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        const auto u = user->create({{"username", "Balak Bukhara"}});
        const auto other = user->create({{"username", "John Smith"}});
        const QVariant key = u->get("id");
        u->reload();
        QCOMPARE(u->get("id"), key);
        // options.where is ignored
        u->reload(FindOptions().where({{"id", other->get("id")}}));
        QCOMPARE(u->get("id"), key);
        QCOMPARE(u->get("username").toString(), QStringLiteral("Balak Bukhara"));

        const auto updater = user->findByPk(key);
        updater->update({{"username", "Doe John"}});
        QCOMPARE(u->get("username").toString(), QStringLiteral("Balak Bukhara"));
        u->reload();
        QCOMPARE(u->get("username").toString(), QStringLiteral("Doe John"));
        QVERIFY(u->changed().isEmpty());
    }

    // "should support updating a subset of attributes"; beyond the original: a pending change
    // of an attribute the list leaves out is kept, one it names is replaced.
    void subsetOfAttributes_data() { TestDatabases::addDialectRows(); }
    void subsetOfAttributes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        const auto u = user->create({{"aNumber", 1}, {"bNumber", 1}});
        user->update({{"bNumber", 2}}, Where({{"id", u->get("id")}}));
        u->reload(FindOptions().attributes({"bNumber"}));
        QCOMPARE(u->get("aNumber").toInt(), 1);
        QCOMPARE(u->get("bNumber").toInt(), 2);

        u->set("aNumber", 7);
        u->set("bNumber", 8);
        u->reload(FindOptions().attributes({"bNumber"}));
        QCOMPARE(u->get("aNumber").toInt(), 7);
        QCOMPARE(u->changed(), QStringList{"aNumber"});
        QCOMPARE(u->get("bNumber").toInt(), 2);
    }

    // "should update read only attributes as well (updatedAt)"
    void readOnlyAttributes_data() { TestDatabases::addDialectRows(); }
    void readOnlyAttributes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        const auto original = user->create({{"username", "John Doe"}});
        const QDateTime before = original->get("updatedAt").toDateTime();
        QThread::msleep(1100); // MariaDB's DATETIME keeps whole seconds by default
        const auto updater = user->findByPk(original->get("id"));
        updater->update({{"username", "Doe John"}});
        original->reload();
        QVERIFY(original->get("updatedAt").toDateTime() > before);
        QCOMPARE(original->get("updatedAt").toDateTime(), updater->get("updatedAt").toDateTime());
    }

    // "should update the associations as well", "should update internal options of the
    // instance"
    void includedAssociations_data() { TestDatabases::addDialectRows(); }
    void includedAssociations()
    {
        QSQ_OPEN_DIALECT(s);
        const BookPages m = defineBooks(s.get());
        const auto book = m.book->create({{"title", "A very old book"}});
        const auto page = m.page->create({{"content", "om nom nom"}});
        book->setAssociated("Pages", QVariantList{page->get("id")});

        const auto leBook = m.book->findOne(
            FindOptions().where({{"id", book->get("id")}}).include(Include(m.page)));
        page->update({{"content", "something totally different"}});
        QCOMPARE(leBook->loadedTargets("Pages").size(), 1);
        QCOMPARE(leBook->loadedTargets("Pages").first()->get("content").toString(),
                 QStringLiteral("om nom nom"));
        leBook->reload();
        QCOMPARE(leBook->loadedTargets("Pages").size(), 1);
        QCOMPARE(leBook->loadedTargets("Pages").first()->get("content").toString(),
                 QStringLiteral("something totally different"));

        const auto plain = m.book->findOne(FindOptions().where({{"id", book->get("id")}}));
        QVERIFY(plain->loadedTargets("Pages").isEmpty());
        plain->reload(FindOptions().include(Include(m.page)));
        QCOMPARE(plain->loadedTargets("Pages").size(), 1);
        QCOMPARE(plain->toJSON().value("Pages").toArray().size(), 1);
        // The includes given become the instance's: the next reload repeats them.
        m.page->create({{"content", "second"}, {"BookId", book->get("id")}});
        plain->reload();
        QCOMPARE(plain->loadedTargets("Pages").size(), 2);
    }

    // "should return an error when reload fails"
    void missingRow_data() { TestDatabases::addDialectRows(); }
    void missingRow()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = defineUser(s.get());
        const auto u = user->create({{"username", "John Doe"}});
        u->destroy();
        expectInstanceError([&] { u->reload(); });
    }

    // "should set an association to null after deletion, 1-1", "should set an association to
    // empty after all deletion, 1-N", "should update the associations after one element
    // deleted"
    void deletedAssociations_data() { TestDatabases::addDialectRows(); }
    void deletedAssociations()
    {
        QSQ_OPEN_DIALECT(s);
        auto *shoe = s->define("Shoe", {{"brand", DataTypes::String()}});
        auto *player = s->define("Player", {{"name", DataTypes::String()}});
        auto *team = s->define("Team", {{"name", DataTypes::String()}});
        player->hasOne(shoe);
        shoe->belongsTo(player);
        team->hasMany(player);
        player->belongsTo(team);
        s->sync(SyncOptions().force());

        const auto t = team->create({{"name", "the team"}});
        const auto p1 = t->createAssociated("Players", {{"name", "the player1"}});
        t->createAssociated("Players", {{"name", "the player2"}});
        p1->createAssociated("Shoe", {{"brand", "the brand"}});

        const auto lePlayer
            = player->findOne(FindOptions().where({{"id", p1->get("id")}}).include(Include(shoe)));
        QCOMPARE(lePlayer->loadedTargets("Shoe").size(), 1);
        lePlayer->loadedTargets("Shoe").first()->destroy();
        lePlayer->reload();
        QVERIFY(lePlayer->loadedTargets("Shoe").isEmpty());
        QVERIFY(lePlayer->toJSON().value("Shoe").isNull());

        const auto leTeam
            = team->findOne(FindOptions().where({{"id", t->get("id")}}).include(Include(player)));
        QCOMPARE(leTeam->loadedTargets("Players").size(), 2);
        leTeam->loadedTargets("Players").first()->destroy();
        leTeam->reload();
        QCOMPARE(leTeam->loadedTargets("Players").size(), 1);
        leTeam->loadedTargets("Players").first()->destroy();
        leTeam->reload();
        QVERIFY(leTeam->loadedTargets("Players").isEmpty());
        QCOMPARE(leTeam->toJSON().value("Players").toArray().size(), 0);
    }

    // "should inject default scope when reloading"
    void defaultScopeIncludes_data() { TestDatabases::addDialectRows(); }
    void defaultScopeIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *bar = s->define("Bar", {{"name", DataTypes::Text()}});
        auto *foo = s->define("Foo", {{"name", DataTypes::Text()}});
        bar->belongsTo(foo);
        foo->hasMany(bar);
        foo->addScope("defaultScope", FindOptions().include(Include(bar)));
        s->sync(SyncOptions().force());
        const auto f = foo->create({{"name", "foo"}});
        f->createAssociated("Bars", {{"name", "bar"}});
        const auto found = foo->findByPk(f->get("id"));
        QCOMPARE(found->loadedTargets("Bars").size(), 1);
        QCOMPARE(found->loadedTargets("Bars").first()->get("name").toString(),
                 QStringLiteral("bar"));
        f->reload();
        QCOMPARE(f->loadedTargets("Bars").size(), 1);
        QCOMPARE(f->loadedTargets("Bars").first()->get("name").toString(), QStringLiteral("bar"));
    }

    // Beyond the original: reload is a findOne (paranoid by default), so a soft-deleted
    // instance is not found again (Sequelize's InstanceError) unless paranoid(false).
    void softDeleted_data() { TestDatabases::addDialectRows(); }
    void softDeleted()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user
            = s->define("User", {{"username", DataTypes::String()}}, ModelOptions().paranoid());
        user->sync(SyncOptions().force());
        const auto u = user->create({{"username", "foo"}});
        u->destroy();
        QVERIFY(u->get("deletedAt").toDateTime().isValid());
        expectInstanceError([&] { u->reload(); });
        user->update({{"username", "bar"}}, Where(), UpdateOptions().paranoid(false));
        u->reload(FindOptions().paranoid(false));
        QCOMPARE(u->get("username").toString(), QStringLiteral("bar"));
        u->restore();
        u->reload();
        QCOMPARE(u->get("username").toString(), QStringLiteral("bar"));
        QVERIFY(u->get("deletedAt").isNull());
    }

    // Beyond the original: reload goes through the scopes the instance was found with
    // (Sequelize's instance.constructor): the default scope, those a find named, or none after
    // unscoped(); scopes given to reload() itself replace them.
    void scopes_data() { TestDatabases::addDialectRows(); }
    void scopes()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define(
            "ScopeMe", {{"username", DataTypes::String()}, {"access_level", DataTypes::Integer()}});
        user->addScope("defaultScope", FindOptions().where(Op::gte("access_level", 5)));
        user->addScope("lowAccess", FindOptions().where(Op::lte("access_level", 5)));
        user->sync(SyncOptions().force());
        user->create({{"username", "tony"}, {"access_level", 3}});
        user->create({{"username", "tobi"}, {"access_level", 10}});

        // Found by the default scope; another client moves it out: not found again.
        const auto tobi = user->findOne(FindOptions().where({{"username", "tobi"}}));
        QVERIFY(tobi);
        user->update({{"access_level", 4}}, Where({{"username", "tobi"}}),
                     UpdateOptions().unscoped());
        expectInstanceError([&] { tobi->reload(); });
        QCOMPARE(tobi->get("access_level").toInt(), 10); // the instance is left as it was
        tobi->reload(FindOptions().unscoped());
        QCOMPARE(tobi->get("access_level").toInt(), 4);
        tobi->reload(FindOptions().scope("lowAccess"));
        QCOMPARE(tobi->get("access_level").toInt(), 4);

        // Found unscoped: reloads whatever its access level.
        const auto tony = user->findOne(FindOptions().unscoped().where({{"username", "tony"}}));
        QVERIFY(tony);
        tony->reload();
        QCOMPARE(tony->get("username").toString(), QStringLiteral("tony"));
        const auto tonyByKey = user->findByPk(tony->get("id"), FindOptions().unscoped());
        QVERIFY(tonyByKey);
        tonyByKey->reload();

        // Found by a named scope: that scope's where, not the default one.
        const auto low
            = user->findOne(FindOptions().scope("lowAccess").where({{"username", "tony"}}));
        QVERIFY(low);
        low->reload();
        user->update({{"access_level", 9}}, Where({{"username", "tony"}}),
                     UpdateOptions().unscoped());
        expectInstanceError([&] { low->reload(); });
        low->reload(FindOptions().scope("defaultScope"));
        QCOMPARE(low->get("access_level").toInt(), 9);

        // A created instance is the model's: the default scope applies.
        const auto created = user->create({{"username", "dan"}, {"access_level", 1}});
        expectInstanceError([&] { created->reload(); });
        created->reload(FindOptions().unscoped());
        QCOMPARE(created->get("username").toString(), QStringLiteral("dan"));
    }
};

QTEST_GUILESS_MAIN(tst_InstanceReload)
#include "tst_instancereload.moc"
