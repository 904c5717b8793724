// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// NULL in attributes whose C++ property cannot hold it (int, qint64, bool, double), on every
// dialect. The property shows its type's zero; get(), toJSON(), where and save() see NULL, and
// setting the zero is a change that save() writes. A NULL used to be read as 0 by get(), and
// setAge(0) on it changed nothing (the setter saw 0 == 0), so the row kept NULL while the
// instance said 0.

#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qjsonobject.h>
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
};

QTEST_GUILESS_MAIN(tst_TypedNulls)
#include "tst_typednulls.moc"
