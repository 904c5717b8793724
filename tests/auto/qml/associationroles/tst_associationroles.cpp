// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Errors>
#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Model>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtQml/qqmlcomponent.h>
#include <QtQml/qqmlengine.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class RoleGroup : public TypedModel<RoleGroup>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, name, setName)
};

class RoleUser : public TypedModel<RoleUser>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, username, setUsername)
    QSQ_BELONGS_TO(RoleGroup, group, Group)
};

// InstanceListModel's association roles (issue 17, item 3): `group` and `group.name` by path,
// from an include or read when a view first asks — every row's association in one query per
// turn of the event loop (DataLoader's idea), never one per delegate — on every dialect, in
// paged and windowed mode, synchronous and on the pool, under QAbstractItemModelTester.
class tst_AssociationRoles : public QObject
{
    Q_OBJECT

private:
    static constexpr int Users = 120;
    static constexpr int Groups = 7;

    struct Schema
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *group = nullptr;
    };
    // The reference example: User belongsTo UserGroup as `group` (groupId); UserGroup hasMany
    // User as `users`. Every fifth user has no group.
    static Schema define(Sequelize *s)
    {
        Schema m;
        m.group = s->define("UserGroup", {{"name", DataTypes::String(40)}},
                            ModelOptions().timestamps(false));
        m.user = s->define("User", {{"username", DataTypes::String(40)}},
                           ModelOptions().timestamps(false));
        m.user->belongsTo(m.group, AssociationOptions().as("group").foreignKey("groupId"));
        m.group->hasMany(m.user, AssociationOptions().as("users").foreignKey("groupId"));
        s->sync(SyncOptions().force());
        QList<QVariantMap> groups;
        for (int g = 0; g < Groups; ++g)
            groups.append({{"name", QStringLiteral("group %1").arg(g + 1)}});
        m.group->bulkCreate(groups);
        QList<QVariantMap> users;
        for (int u = 0; u < Users; ++u) {
            users.append(
                {{"username", QStringLiteral("user %1").arg(u + 1, 3, 10, QLatin1Char('0'))},
                 {"groupId", u % 5 == 4 ? QVariant() : QVariant(1 + u % Groups)}});
        }
        m.user->bulkCreate(users);
        return m;
    }
    static QString expectedGroup(int row) // row = id - 1 in the key order
    {
        return row % 5 == 4 ? QString() : QStringLiteral("group %1").arg(1 + row % Groups);
    }
    static int role(const InstanceListModel &model, const QByteArray &name)
    {
        return model.roleNames().key(name, -1);
    }
    // The statements that read from the groups' table.
    static int groupReads(const QStringList &statements)
    {
        int n = 0;
        for (const QString &sql : statements)
            n += sql.startsWith(QLatin1String("SELECT"))
                    && sql.contains(QLatin1String("UserGroups"))
                    && !sql.contains(QLatin1String("FROM \"Users\""))
                    && !sql.contains(QLatin1String("FROM `Users`"))
                ? 1
                : 0;
        return n;
    }

private slots:
    void roleNames_data() { TestDatabases::addDialectRows(); }
    void roleNames()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema m = define(sequelize.get());
        InstanceListModel users(m.user);
        const QList<QByteArray> names = users.roleNames().values();
        for (const char *name : {"group", "group.id", "group.name", "username", "groupId"})
            QVERIFY2(names.contains(name), name);
        InstanceListModel groups(m.group);
        QVERIFY(groups.roleNames().values().contains("users.username"));
    }

    // Every row asked within one turn: one query for the groups, then dataChanged() with the
    // group roles, and the right values; the instances' own signals too.
    void lazyBatched_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<bool>("windowed");
        const QString only = qEnvironmentVariable("QSQ_TEST_ONLY_DIALECT");
        for (const QString dialect : {"sqlite", "postgres", "mariadb"}) {
            if (!only.isEmpty() && only != dialect)
                continue;
            QTest::newRow(qPrintable(dialect + " paged")) << dialect << false;
            QTest::newRow(qPrintable(dialect + " windowed")) << dialect << true;
        }
    }
    void lazyBatched()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QFETCH(bool, windowed);
        const Schema m = define(sequelize.get());
        InstanceListModel model;
        QAbstractItemModelTester tester(&model);
        model.setWindowed(windowed);
        model.setPageSize(Users); // every row loaded at once
        model.setDefinition(m.user);
        QCOMPARE(model.rowCount(), Users);
        const int name = role(model, "group.name");
        const int group = role(model, "group");
        QVERIFY(name > 0 && group > 0);

        QStringList statements;
        connect(sequelize.get(), &Sequelize::queryExecuted, this,
                [&](const QString &sql) { statements.append(sql); });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy instanceChanged(model.instance(0), &Model::associationChanged);
        for (int row = 0; row < Users; ++row)
            QVERIFY(!model.data(model.index(row), name).isValid()); // asked for
        QCOMPARE(statements.size(), 0); // nothing read yet: at the next turn
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(groupReads(statements), 1);
        QCOMPARE(statements.size(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(name));
        QCOMPARE(instanceChanged.size(), 1);
        for (int row = 0; row < Users; ++row) {
            QCOMPARE(model.data(model.index(row), name).toString(), expectedGroup(row));
            auto *target = model.data(model.index(row), group).value<Model *>();
            QCOMPARE(target ? target->get("name").toString() : QString(), expectedGroup(row));
        }
        QCOMPARE(statements.size(), 1); // all answered from the rows now

        // From now on the list's reads include the group: a change made elsewhere shows with
        // its group at once, no per-row read.
        statements.clear();
        m.user->update({{"groupId", 3}}, Where{{"id", 5}});
        model.refresh();
        QCOMPARE(model.data(model.index(4), name).toString(), QStringLiteral("group 3"));
        QVERIFY2(groupReads(statements) <= 1, qPrintable(statements.join('\n')));
    }

    // Delegates as QML makes them (an Instantiator's): `model["group.name"]` and
    // `model.group.get("name")` follow when the batched read is in; one read for every delegate.
    void qmlDelegates_data() { TestDatabases::addDialectRows(); }
    void qmlDelegates()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema m = define(sequelize.get());
        InstanceListModel list(m.user);
        QStringList statements;
        connect(sequelize.get(), &Sequelize::queryExecuted, this,
                [&](const QString &sql) { statements << sql; });
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQml
            import QtQml.Models
            Instantiator {
                delegate: QtObject {
                    required property var model
                    required property string username
                    readonly property string byPath: model["group.name"] ?? ""
                    readonly property string byObject: model.group ? model.group.get("name") : ""
                }
            })",
                          QUrl());
        std::unique_ptr<QObject> root(component.createWithInitialProperties(
            {{"model", QVariant::fromValue(static_cast<QObject *>(&list))}}));
        QVERIFY2(root, qPrintable(component.errorString()));
        QCOMPARE(root->property("count").toInt(), 50);
        auto delegate = [&](int i) {
            QObject *object = nullptr;
            QMetaObject::invokeMethod(root.get(), "objectAt", Q_RETURN_ARG(QObject *, object),
                                      Q_ARG(int, i));
            return object;
        };
        QTRY_COMPARE(delegate(0)->property("byPath").toString(), expectedGroup(0));
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(delegate(i)->property("byPath").toString(), expectedGroup(i));
            QCOMPARE(delegate(i)->property("byObject").toString(), expectedGroup(i));
        }
        QCOMPARE(groupReads(statements), 1);
    }

    // An instance's association read from QML outside a list (`person.group.name` in a binding,
    // instances a findAll() without include gave): null at first, then every instance's group
    // in one query at the next turn of the event loop, and the bindings follow (groupChanged).
    // C++'s group() still returns what was loaded.
    void instanceGetters_data() { TestDatabases::addDialectRows(); }
    void instanceGetters()
    {
        QSQ_OPEN_DIALECT(sequelize);
        RoleGroup::init(sequelize.get(), {}, ModelOptions().timestamps(false));
        RoleUser::init(sequelize.get(), {}, ModelOptions().timestamps(false));
        RoleUser::belongsTo(RoleGroup::model(),
                            AssociationOptions().as("group").foreignKey("groupId"));
        sequelize->sync(SyncOptions().force());
        RoleGroup::bulkCreate({{{"name", "red"}}, {{"name", "blue"}}});
        QList<QVariantMap> users;
        for (int i = 0; i < 30; ++i)
            users.append({{"username", QStringLiteral("u%1").arg(i)},
                          {"groupId", i % 3 == 2 ? QVariant() : QVariant(1 + i % 3)}});
        RoleUser::bulkCreate(users);
        const RoleUser::List people = RoleUser::findAll(FindOptions().order("id"));
        QList<QObject *> objects;
        for (const RoleUser::Ptr &person : people)
            objects.append(person.data());
        QVERIFY(!people.first()->group());

        QStringList statements;
        connect(sequelize.get(), &Sequelize::queryExecuted, this,
                [&](const QString &sql) { statements << sql; });
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQml
            QtObject {
                required property var people
                readonly property var names: people.map(p => p.group ? p.group.name : "")
            })",
                          QUrl());
        std::unique_ptr<QObject> root(
            component.createWithInitialProperties({{"people", QVariant::fromValue(objects)}}));
        QVERIFY2(root, qPrintable(component.errorString()));
        QStringList expected;
        for (int i = 0; i < 30; ++i)
            expected.append(i % 3 == 0       ? QStringLiteral("red")
                                : i % 3 == 1 ? QStringLiteral("blue")
                                             : QString());
        QCOMPARE(root->property("names").toStringList(), QStringList(30, QString()));
        QCOMPARE(statements.size(), 0); // asked for: read at the next turn
        QTRY_COMPARE(root->property("names").toStringList(), expected);
        QCOMPARE(statements.size(), 1);
        QVERIFY2(statements.first().contains(QLatin1String("RoleGroups")),
                 qPrintable(statements.first()));
        QCOMPARE(people.first()->group()->name(), QStringLiteral("red"));
        QVERIFY(!people.at(2)->group()); // no group: loaded as none, not asked again
        QTest::qWait(10);
        QCOMPARE(statements.size(), 1);
    }

    // An include of the list's query: the roles show at once, no read of their own.
    void included_data() { TestDatabases::addDialectRows(); }
    void included()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema m = define(sequelize.get());
        InstanceListModel model(m.user, FindOptions().include("group"));
        QAbstractItemModelTester tester(&model);
        QStringList statements;
        connect(sequelize.get(), &Sequelize::queryExecuted, this,
                [&](const QString &sql) { statements.append(sql); });
        const int name = role(model, "group.name");
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row), name).toString(), expectedGroup(row));
        QTest::qWait(20);
        QCOMPARE(statements.size(), 0);
    }

    // A to-many association: a list of values per row, and the targets as a list.
    void toMany_data() { TestDatabases::addDialectRows(); }
    void toMany()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema m = define(sequelize.get());
        InstanceListModel model(m.group);
        QAbstractItemModelTester tester(&model);
        const int names = role(model, "users.username");
        const int users = role(model, "users");
        QVERIFY(!model.data(model.index(0), names).isValid());
        QTRY_VERIFY(model.data(model.index(0), names).isValid());
        for (int row = 0; row < Groups; ++row) {
            QStringList expected;
            for (int u = 0; u < Users; ++u) {
                if (u % 5 != 4 && u % Groups == row)
                    expected.append(QStringLiteral("user %1").arg(u + 1, 3, 10, QLatin1Char('0')));
            }
            QStringList shown = model.data(model.index(row), names).toStringList();
            shown.sort();
            QCOMPARE(shown, expected);
            QCOMPARE(model.data(model.index(row), users).value<QList<QObject *>>().size(),
                     expected.size());
        }
    }

    // On the pool: the rows are read again with the association, and views are told.
    void asynchronous_data() { TestDatabases::addDialectRows(); }
    void asynchronous()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema m = define(sequelize.get());
        for (const bool windowed : {false, true}) {
            InstanceListModel model;
            QAbstractItemModelTester tester(&model);
            model.setAsynchronous(true);
            model.setWindowed(windowed);
            model.setDefinition(m.user);
            QTRY_COMPARE(model.rowCount(), windowed ? Users : 50);
            const int name = role(model, "group.name");
            QTRY_VERIFY(model.data(model.index(0), role(model, "username")).isValid());
            QVERIFY(!model.data(model.index(0), name).isValid());
            QTRY_COMPARE(model.data(model.index(0), name).toString(), expectedGroup(0));
            QTRY_COMPARE(model.data(model.index(3), name).toString(), expectedGroup(3));
            QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        }
    }

    // A read that fails (a column of the groups is gone) sets errorString() once; the rows stay.
    void failedRead_data() { TestDatabases::addDialectRows(); }
    void failedRead()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema m = define(sequelize.get());
        InstanceListModel model(m.user);
        QAbstractItemModelTester tester(&model);
        QSignalSpy failed(&model, &InstanceListModel::errorOccurred);
        sequelize->queryInterface().removeColumn(m.group->tableName(), "name");
        QVERIFY(!model.data(model.index(0), role(model, "group.name")).isValid());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!model.data(model.index(1), role(model, "group.name")).isValid());
        QTest::qWait(30);
        QCOMPARE(failed.size(), 1); // not asked again for every delegate
        QCOMPARE(model.rowCount(), Users); // the tester fetched every page
        QCOMPARE(model.data(model.index(0), role(model, "username")).toString(),
                 QStringLiteral("user 001"));
    }
};

QTEST_MAIN(tst_AssociationRoles)
#include "tst_associationroles.moc"
