// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// NULL in attributes whose C++ property cannot hold it (int, qint64, bool, double), on every
// dialect. The property shows its type's zero; get(), toJSON(), where and save() see NULL, and
// setting the zero is a change that save() writes. A NULL used to be read as 0 by get(), and
// setAge(0) on it changed nothing (the setter saw 0 == 0), so the row kept NULL while the
// instance said 0.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qjsonobject.h>
#include <QtCore/quuid.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class Gauge : public TypedModel<Gauge>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, name, setName)
    QSQ_ATTRIBUTE(int, level, setLevel)
    QSQ_ATTRIBUTE(qint64, total, setTotal)
    QSQ_ATTRIBUTE(bool, active, setActive)
    QSQ_ATTRIBUTE(double, ratio, setRatio)
    QSQ_ATTRIBUTE(QUuid, tag, setTag) // its null is the nil UUID, which a column stores
};

class tst_TypedNulls : public QObject
{
    Q_OBJECT

    static QVariantMap stored(Sequelize *s, const QVariant &id)
    {
        const QString table = s->queryInterface().quoteIdentifier(QStringLiteral("Gauges"));
        return s
            ->query(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table),
                    QueryOptions().replacements(QVariantMap{{"id", id}}))
            .rows()
            .value(0);
    }
    static Gauge::Ptr withNulls(Sequelize *s)
    {
        const QString table = s->queryInterface().quoteIdentifier(QStringLiteral("Gauges"));
        const QString created = s->queryInterface().quoteIdentifier(QStringLiteral("createdAt"));
        const QString updated = s->queryInterface().quoteIdentifier(QStringLiteral("updatedAt"));
        s->query(QStringLiteral("INSERT INTO %1 (name, %2, %3) VALUES ('n', :at, :at)")
                     .arg(table, created, updated),
                 QueryOptions().replacements(QVariantMap{{"at", QDateTime::currentDateTimeUtc()}}));
        return Gauge::findOne(FindOptions().where(Where({{"name", "n"}})));
    }

private slots:
    void readAsNull_data() { TestDatabases::addDialectRows(); }
    void readAsNull()
    {
        QSQ_OPEN_DIALECT(s);
        Gauge::init(s.get());
        s->sync(SyncOptions().force());
        const Gauge::Ptr g = withNulls(s.get());
        QVERIFY(g);
        for (const char *attribute : {"level", "total", "active", "ratio"}) {
            QVERIFY2(g->get(attribute).isNull(), attribute);
            QVERIFY2(g->toJSON().value(attribute).isNull(), attribute);
        }
        QCOMPARE(g->level(), 0); // what the property can show
        QVERIFY(g->changed().isEmpty());
        QCOMPARE(Gauge::count(FindOptions().where(Where({{"level", QVariant()}}))), qint64(1));
        // Saving another attribute leaves the NULLs stored.
        g->setName("m");
        g->save();
        QVERIFY(stored(s.get(), g->get("id")).value("level").isNull());
        g->reload();
        QVERIFY(g->get("level").isNull());
    }

    void zeroIsAChange_data() { TestDatabases::addDialectRows(); }
    void zeroIsAChange()
    {
        QSQ_OPEN_DIALECT(s);
        Gauge::init(s.get());
        s->sync(SyncOptions().force());
        const Gauge::Ptr g = withNulls(s.get());
        g->setLevel(0);
        g->setActive(false);
        g->set("ratio", 0.0);
        QCOMPARE(g->changed(), QStringList({"level", "active", "ratio"}));
        QVERIFY(g->previous("level").isNull());
        QCOMPARE(g->get("level").toInt(), 0);
        g->save();
        const QVariantMap row = stored(s.get(), g->get("id"));
        QCOMPARE(row.value("level").toInt(), 0);
        QVERIFY(!row.value("level").isNull());
        QVERIFY(!row.value("active").isNull());
        QVERIFY(!row.value("ratio").isNull());
        QVERIFY(row.value("total").isNull());

        // And back: set(NULL) on a zero is a change too.
        g->set("level", QVariant());
        QCOMPARE(g->changed(), QStringList({"level"}));
        QCOMPARE(g->previous("level").toInt(), 0);
        g->save();
        QVERIFY(stored(s.get(), g->get("id")).value("level").isNull());
        QVERIFY(g->get("level").isNull());
        g->setLevel(7);
        QVERIFY(g->previous("level").isNull());
        g->save();
        QCOMPARE(stored(s.get(), g->get("id")).value("level").toInt(), 7);
    }

    // A new record's attribute given no value is NULL, as Sequelize's is undefined: the INSERT
    // leaves it out. Their zero (0, false) was inserted instead, so a NOT NULL attribute passed
    // validation and a column's own default never applied.
    void neverGivenIsNull_data() { TestDatabases::addDialectRows(); }
    void neverGivenIsNull()
    {
        QSQ_OPEN_DIALECT(s);
        Gauge::init(s.get());
        s->sync(SyncOptions().force());
        const Gauge::Ptr built = Gauge::build({{"name", "b"}});
        QVERIFY(built->get("level").isNull());
        QVERIFY(built->get("id").isNull()); // as Sequelize's build: id null
        built->save();
        const Gauge::Ptr created = Gauge::create({{"name", "c"}});
        Gauge direct;
        direct.setName("d");
        direct.save();
        const QList<Gauge::Ptr> bulk = Gauge::bulkCreate({{{"name", "e"}}, {{"name", "f"}}});
        const QVariantList ids = {built->get("id"), created->get("id"), direct.get("id"),
                                  bulk.at(0)->get("id"), bulk.at(1)->get("id")};
        for (const QVariant &id : ids) {
            QVERIFY(!id.isNull());
            const QVariantMap row = stored(s.get(), id);
            for (const char *attribute : {"level", "total", "active", "ratio"})
                QVERIFY2(row.value(attribute).isNull(), attribute);
        }
        for (const Gauge *g : {built.data(), created.data(), &direct}) {
            QVERIFY(g->get("level").isNull());
            QCOMPARE(g->level(), 0);
        }
        QCOMPARE(Gauge::count(FindOptions().where(Where({{"active", QVariant()}}))), qint64(5));

        // Given, the zero is written.
        const Gauge::Ptr zero = Gauge::create({{"name", "z"}, {"level", 0}});
        Gauge set;
        set.setActive(false);
        set.setRatio(0);
        set.save();
        QCOMPARE(stored(s.get(), zero->get("id")).value("level").toInt(), 0);
        QVERIFY(!stored(s.get(), zero->get("id")).value("level").isNull());
        QVERIFY(!stored(s.get(), set.get("id")).value("active").isNull());
        QVERIFY(!stored(s.get(), set.get("id")).value("ratio").isNull());
        QVERIFY(stored(s.get(), set.get("id")).value("level").isNull());
    }

    // A QUuid property never set inserted the nil UUID 00000000-…; a stored NULL read as it.
    void uuidNull_data() { TestDatabases::addDialectRows(); }
    void uuidNull()
    {
        QSQ_OPEN_DIALECT(s);
        Gauge::init(s.get());
        s->sync(SyncOptions().force());
        const Gauge::Ptr g = Gauge::create({{"name", "u"}});
        QVERIFY(stored(s.get(), g->get("id")).value("tag").isNull());
        QVERIFY(g->get("tag").isNull());
        const Gauge::Ptr read = Gauge::findByPk(g->get("id"));
        QVERIFY(read->get("tag").isNull());
        QVERIFY(read->tag().isNull());
        const QUuid tag = QUuid::createUuid();
        read->setTag(tag);
        read->save();
        QCOMPARE(Gauge::findByPk(g->get("id"))->tag(), tag);
        // The nil UUID set explicitly is a value.
        const Gauge::Ptr nil = Gauge::build({{"name", "n"}});
        nil->setTag(QUuid());
        QCOMPARE(nil->changed(), QStringList({"name", "tag"}));
        nil->save();
        QVERIFY(!stored(s.get(), nil->get("id")).value("tag").isNull());
        QCOMPARE(Gauge::count(FindOptions().where(Where({{"tag", QVariant()}}))), qint64(0));
    }

    // An empty text is not NULL: setName("") on a NULL name was no change (QString compares a
    // null and an empty string equal), so save() wrote nothing and the row kept NULL; and
    // setName(QString()) on '' left ''. Sequelize writes '' and null as given.
    void emptyTextIsNotNull_data() { TestDatabases::addDialectRows(); }
    void emptyTextIsNotNull()
    {
        QSQ_OPEN_DIALECT(s);
        Gauge::init(s.get());
        s->sync(SyncOptions().force());
        const Gauge::Ptr g = Gauge::create({{"level", 1}});
        QVERIFY(stored(s.get(), g->get("id")).value("name").isNull());
        g->setName(QStringLiteral(""));
        QCOMPARE(g->changed(), QStringList{"name"});
        g->save();
        const QVariant empty = stored(s.get(), g->get("id")).value("name");
        QVERIFY(!empty.isNull());
        QCOMPARE(empty.toString(), QString());
        const Gauge::Ptr read = Gauge::findByPk(g->get("id"));
        QVERIFY(!read->name().isNull());
        read->setName(QString());
        QCOMPARE(read->changed(), QStringList{"name"});
        read->save();
        QVERIFY(stored(s.get(), g->get("id")).value("name").isNull());
        QCOMPARE(Gauge::count(FindOptions().where(Where({{"name", QVariant()}}))), qint64(1));
    }

    void notNullIsRefused_data() { TestDatabases::addDialectRows(); }
    void notNullIsRefused()
    {
        QSQ_OPEN_DIALECT(s);
        Gauge::init(s.get(), {{"level", Attribute().allowNull(false)}});
        s->sync(SyncOptions().force());
        try {
            Gauge::create({{"name", "x"}});
            QFAIL("a NOT NULL attribute given no value was inserted");
        } catch (const ValidationError &e) {
            QCOMPARE(e.errors().size(), 1);
            QCOMPARE(e.errors().first().path(), QStringLiteral("level"));
            QCOMPARE(e.errors().first().type(), QStringLiteral("notNull Violation"));
        }
        QCOMPARE(Gauge::count(), qint64(0));
        QCOMPARE(Gauge::create({{"name", "y"}, {"level", 0}})->level(), 0);
    }

    // A default of the table the model does not declare applies (Sequelize leaves the column
    // out of its INSERT), and the instance reads it back.
    void tableDefaultApplies_data() { TestDatabases::addDialectRows(); }
    void tableDefaultApplies()
    {
        QSQ_OPEN_DIALECT(s);
        Gauge::init(s.get());
        s->sync(SyncOptions().force());
        s->queryInterface().changeColumn("Gauges", "level",
                                         Attribute(DataTypes::Integer()).defaultValue(7));
        const Gauge::Ptr g = Gauge::create({{"name", "x"}});
        QCOMPARE(stored(s.get(), g->get("id")).value("level").toInt(), 7);
        QCOMPARE(g->level(), 7);
        QCOMPARE(g->get("level").toInt(), 7);
        const QList<Gauge::Ptr> bulk = Gauge::bulkCreate({{{"name", "y"}}});
        QCOMPARE(stored(s.get(), bulk.at(0)->get("id")).value("level").toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(tst_TypedNulls)
#include "tst_typednulls.moc"
