// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// VIRTUAL attributes, ported from Sequelize v6's test/integration/model/attributes/types.test.js
// on every dialect: a virtual with a setter that stores into a real attribute, one with a
// getter, one with a default; none of them reaches a table, a SELECT (also of includes), an
// INSERT or an UPDATE, and they show in get(), can be excluded and can be asked for in an
// include's attributes. Each slot names the `it(...)` it ports.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_VirtualAttributes : public QObject
{
    Q_OBJECT

    struct Models
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *task = nullptr;
        ModelDefinition *project = nullptr;
    };
    static Models define(Sequelize *s)
    {
        Models m;
        m.user = s->define(
            "user",
            {{"storage", DataTypes::String()},
             {"field1",
              Attribute(DataTypes::Virtual())
                  .set([](Model &instance, const QVariant &value) {
                      instance.setDataValue("storage", value);
                      instance.setDataValue("field1", value);
                  })
                  .get([](const Model &instance) { return instance.getDataValue("field1"); })},
             {"field2",
              Attribute(DataTypes::Virtual()).get([](const Model &) { return QVariant(42); })},
             {"virtualWithDefault", Attribute(DataTypes::Virtual()).defaultValue("cake")}},
            ModelOptions().timestamps(false));
        m.task = s->define("task", {});
        m.project = s->define("project", {});
        m.task->belongsTo(m.user);
        m.user->hasMany(m.task);
        m.project->belongsToMany(m.user, AssociationOptions().through("project_user"));
        m.user->belongsToMany(m.project, AssociationOptions().through("project_user"));
        s->sync(SyncOptions().force());
        return m;
    }
    static QStringList virtualsIn(const QStringList &statements)
    {
        QStringList found;
        for (const QString &sql : statements) {
            if (sql.contains(QLatin1String("field1")) || sql.contains(QLatin1String("field2"))
                || sql.contains(QLatin1String("virtualWithDefault")))
                found.append(sql);
        }
        return found;
    }

private slots:
    // "should not be ignored in dataValues get", "should be ignored in table creation"
    void valuesAndTable_data() { TestDatabases::addDialectRows(); }
    void valuesAndTable()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto u = m.user->build({{"field1", "field1_value"}, {"field2", "field2_value"}});
        const QVariantMap values = u->get();
        QCOMPARE(values.value("storage").toString(), "field1_value");
        QCOMPARE(values.value("field1").toString(), "field1_value");
        QCOMPARE(values.value("field2").toInt(), 42);
        QCOMPARE(values.value("virtualWithDefault").toString(), "cake");
        QueryInterface qi = s->queryInterface();
        QStringList columns = qi.describeTable("users").keys();
        columns.sort();
        QCOMPARE(columns, QStringList({"id", "storage"}));
    }

    // "should be ignored in find, findAll and includes", "should be ignored in create and
    // update", "should be ignored in bulkCreate and and bulkUpdate"
    void neverInSql_data() { TestDatabases::addDialectRows(); }
    void neverInSql()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        QStringList statements;
        QObject::connect(s.get(), &Sequelize::queryExecuted,
                         [&statements](const QString &sql) { statements.append(sql); });
        m.user->findOne();
        m.user->findAll();
        m.task->findAll(FindOptions().include(Include(m.user)));
        m.project->findAll(FindOptions().include(Include(m.user)));
        const auto created = m.user->create({{"field1", "something"}});
        QCOMPARE(created->get("virtualWithDefault").toString(), "cake");
        QCOMPARE(created->get("storage").toString(), "something");
        created->update({{"field1", "something else"}}, SaveOptions().fields({"storage"}));
        QCOMPARE(created->get("virtualWithDefault").toString(), "cake");
        QCOMPARE(created->get("storage").toString(), "something else");
        QCOMPARE(m.user->findByPk(created->get("id"))->get("storage").toString(), "something else");
        m.user->bulkCreate({{{"field1", "bulk"}}});
        m.user->update({{"storage", "all"}}, Where());
        created->createAssociated("tasks", {});
        m.task->findAll(FindOptions().include(Include(m.user)));
        QCOMPARE(virtualsIn(statements), QStringList());
        QCOMPARE(m.user->count(FindOptions().where({{"storage", "all"}})), qint64(2));
    }

    // "should allow me to store selected values", "should be able to exclude with attributes",
    // "should be able to include model with virtual attributes"
    void selectedAndExcluded_data() { TestDatabases::addDialectRows(); }
    void selectedAndExcluded()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        auto *post = s->define(
            "Post",
            {{"text", DataTypes::Text()}, {"someBoolean", Attribute(DataTypes::Virtual())}});
        post->sync(SyncOptions().force());
        post->bulkCreate({{{"text", "text1"}}, {{"text", "text2"}}});
        const auto p = post->findOne(FindOptions()
                                         .attributes({"id", "text"})
                                         .attribute(Sequelize::literal("1"), "someBoolean"));
        QVERIFY(p->get("someBoolean").toBool());
        QVERIFY(p->get().value("someBoolean").toBool());

        m.user->bulkCreate({{{"field1", "something"}}});
        auto values = m.user->findAll().first()->get();
        QCOMPARE(values.value("storage").toString(), "something");
        QVERIFY(values.contains("field1"));
        QVERIFY(values.contains("field2"));
        values = m.user->findAll(FindOptions().excludeAttributes({"field1"})).first()->get();
        QCOMPARE(values.value("storage").toString(), "something");
        QVERIFY(!values.contains("field1"));
        QVERIFY(values.contains("field2"));

        m.user->findAll().first()->createAssociated("tasks", {});
        const auto tasks
            = m.task->findAll(FindOptions().include(Include(m.user).attributes({"field2", "id"})));
        QCOMPARE(tasks.first()->loadedAssociation("user")->get("field2").toInt(), 42);
    }

    // A VIRTUAL attribute has no column: a SELECT of only such attributes is the
    // DefinitionError of an empty attributes list (it was "SELECT  FROM", a syntax error); a
    // where, order or group on one is the database's error, as in Sequelize (conformance
    // scenario 31: SQLSTATE 42703 on PostgreSQL), and leaves the rows in place.
    void noColumn_data() { TestDatabases::addDialectRows(); }
    void noColumn()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        m.user->bulkCreate({{{"storage", "a"}}});
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 m.user->findAll(FindOptions().attributes({"field2"})));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, m.user->findAll(FindOptions().excludeAttributes({"id", "storage"})));
        for (const FindOptions &options :
             {FindOptions().where({{"field2", 42}}), FindOptions().order("field2"),
              FindOptions().attributes({"id"}).group({"field2"})}) {
            QVERIFY_THROWS_EXCEPTION(DatabaseError, m.user->findAll(options));
        }
        QVERIFY_THROWS_EXCEPTION(DatabaseError, m.user->destroy({{"virtualWithDefault", "cake"}}));
        QCOMPARE(m.user->count(), qint64(1));
        // With a stored attribute beside it, the virtual one is left out of the SELECT.
        const auto rows = m.user->findAll(FindOptions().attributes({"storage", "field2"}));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->get("field2").toInt(), 42);
    }
};

QTEST_GUILESS_MAIN(tst_VirtualAttributes)
#include "tst_virtualattributes.moc"
