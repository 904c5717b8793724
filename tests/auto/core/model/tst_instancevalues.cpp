// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Instance values, ported from Sequelize v6's test/integration/instance/values.test.js on every
// dialect: set() keeps a primary key once it has one and the timestamps of a stored row, custom
// getters in get() and toJSON(), a getter/setter pair around save(), changed() after create,
// bulkCreate, save and in an afterUpdate hook, and previous(). Each slot names the `it(...)` it
// ports.

#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_InstanceValues : public QObject
{
    Q_OBJECT

    // Records what changed() says in afterUpdate.
    class SeeChanged : public ModelHooks
    {
    public:
        QStringList seen;
        void afterUpdate(Model *instance, const HookOptions &) override
        {
            seen = instance->changed();
        }
    };

private slots:
    // "doesn't overwrite generated primary keys", "doesn't overwrite defined primary keys"
    void primaryKeyKept_data() { TestDatabases::addDialectRows(); }
    void primaryKeyKept()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {{"name", DataTypes::String()}});
        const auto u = user->build({{"id", 1}, {"name", "Mick"}});
        QCOMPARE(u->get("id").toInt(), 1);
        u->set(QVariantMap{{"id", 2}, {"name", "Jan"}});
        QCOMPARE(u->get("id").toInt(), 1);
        QCOMPARE(u->get("name").toString(), "Jan");

        auto *named
            = s->define("Named", {{"identifier", Attribute(DataTypes::String()).primaryKey()}});
        const auto n = named->build({{"identifier", "identifier"}});
        n->set("identifier", "another identifier");
        QCOMPARE(n->get("identifier").toString(), "identifier");
        // Beyond the original: a stored row cannot be moved to another key by set() + save().
        s->sync(SyncOptions().force());
        const auto stored = user->create({{"name", "Ann"}});
        const QVariant key = stored->get("id");
        stored->set("id", key.toInt() + 100);
        stored->set("name", "Anne");
        stored->save();
        QCOMPARE(stored->get("id"), key);
        QCOMPARE(user->findByPk(key)->get("name").toString(), "Anne");
        QCOMPARE(user->count(), qint64(1));
    }

    // "doesn't set timestamps", "doesn't set underscored timestamps"
    void timestampsKept_data() { TestDatabases::addDialectRows(); }
    void timestampsKept()
    {
        QSQ_OPEN_DIALECT(s);
        for (const bool underscored : {false, true}) {
            auto *user = s->define("User", {{"name", DataTypes::String()}},
                                   ModelOptions().underscored(underscored));
            s->sync(SyncOptions().force());
            const auto stored = user->create({{"name", "Jan"}});
            const QVariant created = stored->get("createdAt");
            const QDateTime old(QDate(2000, 2, 1), QTime(0, 0), Qt::UTC);
            stored->set(QVariantMap{{"createdAt", old}, {"updatedAt", old}});
            QCOMPARE(stored->get("createdAt"), created);
            QVERIFY(stored->get("updatedAt").toDateTime() != old);
            QVERIFY(!stored->changed("createdAt"));
        }
    }

    // "should use custom attribute getters in get(key)", "should use custom getters in
    // toJSON", "should work with save"
    void customGetters_data() { TestDatabases::addDialectRows(); }
    void customGetters()
    {
        QSQ_OPEN_DIALECT(s);
        auto *product = s->define("Product",
                                  {{"price", Attribute(DataTypes::Double()).get([](const Model &m) {
                                        return QVariant(m.getDataValue("price").toDouble() * 100);
                                    })}});
        const auto p = product->build({{"price", 10}});
        QCOMPARE(p->get("price").toDouble(), 1000.0);
        QCOMPARE(p->toJSON().value("price").toDouble(), 1000.0);

        auto *contact = s->define(
            "Contact",
            {{"first", DataTypes::String()},
             {"last", DataTypes::String()},
             {"tags",
              Attribute(DataTypes::String())
                  .get([](const Model &m) {
                      return QVariant(
                          QJsonDocument::fromJson(m.getDataValue("tags").toString().toUtf8())
                              .array()
                              .toVariantList());
                  })
                  .set([](Model &m, const QVariant &value) {
                      m.setDataValue("tags",
                                     QString::fromUtf8(
                                         QJsonDocument(QJsonArray::fromVariantList(value.toList()))
                                             .toJson(QJsonDocument::Compact)));
                  })}});
        s->sync(SyncOptions().force());
        const auto c = contact->build(
            {{"first", "My"}, {"last", "Name"}, {"tags", QVariantList{"yes", "no"}}});
        QCOMPARE(c->get("tags").toList(), QVariantList({"yes", "no"}));
        c->save();
        QCOMPARE(c->get("tags").toList(), QVariantList({"yes", "no"}));
        QCOMPARE(contact->findByPk(c->get("id"))->get("tags").toList(),
                 QVariantList({"yes", "no"}));
    }

    // "changed": built from the database, different previous value, after saving, in an
    // afterUpdate hook
    void changedFlags_data() { TestDatabases::addDialectRows(); }
    void changedFlags()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {{"name", DataTypes::String()}});
        const auto hooks = QSharedPointer<SeeChanged>::create();
        user->addHooks(hooks);
        s->sync(SyncOptions().force());
        const auto created = user->create({{"name", "Jan Meier"}});
        QVERIFY(!created->changed("name"));
        QVERIFY(created->changed().isEmpty());
        const auto bulk = user->bulkCreate({{{"name", "Jan Meier"}}});
        QVERIFY(!bulk.first()->changed("name"));
        QVERIFY(bulk.first()->changed().isEmpty());

        const auto built = user->build({{"name", "Jan Meier"}});
        built->set("name", "Mick Hansen");
        QVERIFY(built->changed("name"));
        QVERIFY(!built->changed().isEmpty());
        built->save();
        QVERIFY(!built->changed("name"));
        QVERIFY(built->changed().isEmpty());

        created->update({{"name", "Arthur Dent"}});
        QVERIFY(hooks->seen.contains("name"));
        QVERIFY(created->changed().isEmpty());
    }

    // "previous": the previous values of every attribute, and of one
    void previousValues_data() { TestDatabases::addDialectRows(); }
    void previousValues()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user
            = s->define("User", {{"name", DataTypes::String()}, {"title", DataTypes::String()}});
        const auto u = user->build({{"name", "Jan Meier"}, {"title", "Mr"}});
        u->set("name", "Mick Hansen");
        u->set("title", "Dr");
        QCOMPARE(u->previous("name").toString(), "Jan Meier");
        QCOMPARE(u->previous("title").toString(), "Mr");
        QCOMPARE(u->get("name").toString(), "Mick Hansen");
    }
};

QTEST_GUILESS_MAIN(tst_InstanceValues)
#include "tst_instancevalues.moc"
