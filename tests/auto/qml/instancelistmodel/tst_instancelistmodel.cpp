// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Async>
#include <QtSequelize/Errors>
#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>

#include <QtCore/qrandom.h>
#include <QtCore/qregularexpression.h>
#include <QtQml/qqmlcomponent.h>
#include <QtQml/qqmlcontext.h>
#include <QtQml/qqmlengine.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include "qmlobject.h"
#include "testdatabases.h"

using namespace QtSequelize;

// The list model over a findAll: paging, and live updates reported as row inserts, removals,
// moves and dataChanged (never a reset), on every dialect; then the same through QML.
class tst_InstanceListModel : public QObject
{
    Q_OBJECT

private:
    static ModelDefinition *definePeople(Sequelize *s, const QStringList &names, int age = 30)
    {
        ModelDefinition *person
            = s->define("Person", {{"name", DataTypes::String()}, {"age", DataTypes::Integer()}},
                        ModelOptions().timestamps(false));
        person->sync(SyncOptions().force());
        QList<QVariantMap> rows;
        for (const QString &name : names)
            rows.append({{"name", name}, {"age", age}});
        person->bulkCreate(rows);
        return person;
    }
    // "p00", "p01", ...: names that sort as they are numbered.
    static QStringList numbered(int count)
    {
        QStringList names;
        for (int i = 0; i < count; ++i)
            names.append(QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')));
        return names;
    }
    static int role(const InstanceListModel &model, const QByteArray &name)
    {
        return model.roleNames().key(name, -1);
    }
    static QStringList names(const InstanceListModel &model)
    {
        QStringList result;
        for (int i = 0; i < model.rowCount(); ++i)
            result.append(model.get(i).value("name").toString());
        return result;
    }
    // Waits for the queued refresh that follows a change.
    static void settle() { QCoreApplication::processEvents(); }
    static std::unique_ptr<QObject> qmlObject(QQmlEngine &engine, Sequelize *sequelize,
                                              const char *qml, QString *error)
    {
        return TestQml::create(engine, sequelize, qml, error);
    }

private slots:
    void paging_data() { TestDatabases::addDialectRows(); }
    void paging()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const QStringList all = numbered(25);
        ModelDefinition *person = definePeople(sequelize.get(), all);
        InstanceListModel model;
        model.setPageSize(10);
        model.setDefinition(person);
        model.setOrder({"name"});
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.count(), 10);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QVERIFY(model.roleNames().values().contains("name"));
        QVERIFY(model.roleNames().values().contains("instance"));
        QCOMPARE(model.data(model.index(3), role(model, "name")).toString(), QStringLiteral("p03"));
        QCOMPARE(model.data(model.index(3)).toString(), QStringLiteral("p03")); // display
        QCOMPARE(model.instance(3)->get("name").toString(), QStringLiteral("p03"));
        QCOMPARE(model.data(model.index(3), InstanceListModel::InstanceRole).value<Model *>(),
                 model.instance(3));
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 20);
        model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(names(model), all);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.indexOf(model.instance(24)->get("id")), 24);
    }

    // The options' limit and offset (a scope's too) were replaced by the paging, so a list of
    // "the top 5" showed every row without a word. Pages are read within them now; a later
    // change keeps the list within them.
    void limitAndOffset_data() { TestDatabases::addDialectRows(); }
    void limitAndOffset()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const QStringList all = numbered(25);
        ModelDefinition *person = definePeople(sequelize.get(), all);
        InstanceListModel model;
        model.setPageSize(3);
        model.setFindOptions(FindOptions().order("name").offset(2).limit(7));
        model.setDefinition(person);
        QCOMPARE(model.rowCount(), 3);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(names(model), all.mid(2, 7));
        person->create({{"name", "p015"}}); // sorts among the rows shown
        settle();
        QCOMPARE(names(model), (QStringList{"p015", "p02", "p03", "p04", "p05", "p06", "p07"}));
        person->create({{"name", "p000"}}); // before the offset: the window moves
        settle();
        QCOMPARE(names(model), (QStringList{"p01", "p015", "p02", "p03", "p04", "p05", "p06"}));
        person->addScope("top", FindOptions().order("name", Qt::DescendingOrder).limit(4));
        InstanceListModel top;
        top.setPageSize(10);
        top.setFindOptions(FindOptions().scopes({"top"}));
        top.setDefinition(person);
        QCOMPARE(names(top), (QStringList{"p24", "p23", "p22", "p21"}));
        QVERIFY(!top.canFetchMore(QModelIndex()));
        // A windowed list counts its rows itself: a limit is refused with a message.
        InstanceListModel windowed;
        windowed.setWindowed(true);
        windowed.setFindOptions(FindOptions().order("name").limit(3));
        windowed.setDefinition(person);
        QCOMPARE(windowed.rowCount(), 0);
        QVERIFY(windowed.errorString().contains(QLatin1String("limit")));
        InstanceListModel scoped;
        scoped.setWindowed(true);
        scoped.setFindOptions(FindOptions().scopes({"top"}));
        scoped.setDefinition(person);
        QCOMPARE(scoped.rowCount(), 0);
        QVERIFY(scoped.errorString().contains(QLatin1String("limit")));
    }

    // Changes through any instance of the model reach the list as the smallest row changes.
    void liveChanges_data() { TestDatabases::addDialectRows(); }
    void liveChanges()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = definePeople(sequelize.get(), {"b", "d", "f", "h", "j"});
        InstanceListModel model(person, FindOptions().order("name"));
        QAbstractItemModelTester tester(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counted(&model, &InstanceListModel::countChanged);
        QPointer<Model> shownD = model.instance(1);

        person->create({{"name", "e"}, {"age", 1}});
        QCOMPARE(model.rowCount(), 5); // applied when control returns to the event loop
        settle();
        QCOMPARE(names(model), (QStringList{"b", "d", "e", "f", "h", "j"}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(changed.size(), 0); // the other rows did not change
        QCOMPARE(model.instance(1), shownD.data()); // nor did their instances

        // Another instance of row "h" saves a new age: that row's age role changes.
        auto h = person->findOne(FindOptions().where({{"name", "h"}}));
        h->set("age", 40);
        h->save();
        settle();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 4);
        const QList<int> roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(role(model, "age")));
        QVERIFY(!roles.contains(role(model, "name")));
        QCOMPARE(model.get(4).value("age").toInt(), 40);
        QCOMPARE(model.instance(4)->get("age").toInt(), 40);

        // Renaming "b" to "z" moves its row to the end.
        auto b = person->findOne(FindOptions().where({{"name", "b"}}));
        b->set("name", "z");
        b->save();
        settle();
        QCOMPARE(names(model), (QStringList{"d", "e", "f", "h", "j", "z"}));
        QCOMPARE(moved.size(), 1);

        // Several changes before the event loop runs make one refresh.
        changed.clear();
        person->findOne(FindOptions().where({{"name", "f"}}))->destroy();
        person->create({{"name", "a"}, {"age", 2}});
        settle();
        QCOMPARE(names(model), (QStringList{"a", "d", "e", "h", "j", "z"}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 2);

        // Bulk update and destroy.
        person->update({{"age", 99}}, Op::in("name", QVariantList{"d", "e"}));
        settle();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.get(1).value("age").toInt(), 99);
        QCOMPARE(model.get(2).value("age").toInt(), 99);
        person->destroy(Where({{"age", 99}}));
        settle();
        QCOMPARE(names(model), (QStringList{"a", "h", "j", "z"}));
        QCOMPARE(removed.size(), 2); // one contiguous range

        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.count(), 4);
    }

    // Many random changes between refreshes: the rows always end as findAll() has them, and a
    // persistent index keeps pointing at its instance's row through the moves.
    void randomChanges_data() { TestDatabases::addDialectRows(); }
    void randomChanges()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QStringList initial;
        for (int i = 0; i < 30; ++i)
            initial.append(QStringLiteral("n%1").arg(i * 7 % 30, 2, 10, QLatin1Char('0')));
        ModelDefinition *person = definePeople(sequelize.get(), initial);
        InstanceListModel model(person, FindOptions().order("age").order("name"));
        model.setPageSize(100);
        model.setFindOptions(FindOptions().order("age").order("name"));
        QAbstractItemModelTester tester(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QRandomGenerator random(42);
        int created = 0;
        for (int round = 0; round < 12; ++round) {
            const QVariant followedKey = model.instance(0)->get("id");
            QPersistentModelIndex followed(model.index(0));
            for (int change = 0; change < 6; ++change) {
                const QList<QSharedPointer<Model>> all = person->findAll();
                const auto &some = all.at(random.bounded(int(all.size())));
                switch (random.bounded(4)) {
                case 0:
                    person->create({{"name", QStringLiteral("c%1").arg(created++)},
                                    {"age", random.bounded(50)}});
                    break;
                case 1:
                    if (all.size() > 5 && some->get("id") != followedKey)
                        some->destroy();
                    break;
                default:
                    some->set("age", random.bounded(50));
                    some->save();
                }
            }
            settle();
            QStringList expected;
            for (const auto &row : person->findAll(FindOptions().order("age").order("name")))
                expected.append(row->get("name").toString());
            QCOMPARE(names(model), expected);
            QVERIFY(followed.isValid());
            QCOMPARE(model.instance(followed.row())->get("id"), followedKey);
        }
        QCOMPARE(resets.size(), 0);
    }

    // A change can move a row into or out of the where.
    void whereFollowsChanges_data() { TestDatabases::addDialectRows(); }
    void whereFollowsChanges()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = definePeople(sequelize.get(), {"adult1", "adult2"});
        person->create({{"name", "minor"}, {"age", 10}});
        InstanceListModel model;
        model.setDefinition(person);
        model.setWhere({{"age", QVariantMap{{"gte", 18}}}});
        model.setOrder({QVariant(QVariantList{"name", "DESC"})}); // as [["name", "DESC"]]
        QAbstractItemModelTester tester(&model);
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(names(model), (QStringList{"adult2", "adult1"}));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        person->update({{"age", 20}}, Where({{"name", "minor"}}));
        settle();
        QCOMPARE(names(model), (QStringList{"minor", "adult2", "adult1"}));
        person->update({{"age", 5}}, Where({{"name", "adult2"}}));
        settle();
        QCOMPARE(names(model), (QStringList{"minor", "adult1"}));
        QCOMPARE(resets.size(), 0);
    }

    // A window of loaded pages keeps its size: a row removed from it lets the next one in.
    void windowKeepsItsSize_data() { TestDatabases::addDialectRows(); }
    void windowKeepsItsSize()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person
            = definePeople(sequelize.get(), {"a", "b", "c", "d", "e", "f", "g"});
        InstanceListModel model;
        model.setPageSize(3);
        model.setDefinition(person);
        QCOMPARE(names(model), (QStringList{"a", "b", "c"})); // ordered by key without an order
        model.instance(1)->destroy();
        settle();
        QCOMPARE(names(model), (QStringList{"a", "c", "d"}));
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QCOMPARE(names(model), (QStringList{"a", "c", "d", "e", "f", "g"}));
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QAbstractItemModelTester tester(&model); // it fetches every page, there are no more
        // Every row shown: a new row at the end is picked up too.
        person->create({{"name", "h"}});
        settle();
        QCOMPARE(model.rowCount(), 7);
    }

    // Editing through the model saves; a refused value leaves the row and the table as they were.
    void editing_data() { TestDatabases::addDialectRows(); }
    void editing()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = definePeople(sequelize.get(), {"ann", "bob"});
        InstanceListModel model(person, FindOptions().order("name"));
        QAbstractItemModelTester tester(&model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(0), 41, role(model, "age")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.get(0).value("age").toInt(), 41);
        QCOMPARE(person->findOne(FindOptions().where({{"name", "ann"}}))->get("age").toInt(), 41);
        settle();
        QCOMPARE(changed.size(), 1); // the refresh after the save found nothing more

        QVERIFY(!model.setValue(1, "age", "not a number"));
        QVERIFY(!model.errorString().isEmpty());
        QCOMPARE(model.get(1).value("age").toInt(), 30);
        QCOMPARE(model.instance(1)->get("age").toInt(), 30);
        QCOMPARE(person->findOne(FindOptions().where({{"name", "bob"}}))->get("age").toInt(), 30);
        QVERIFY(!model.setValue(1, "nosuch", 1));

        QVERIFY(model.setValue(1, "name", "aaron")); // moves the row on the next refresh
        settle();
        QCOMPARE(names(model), (QStringList{"aaron", "ann"}));

        const int row = model.create({{"name", "amy"}, {"age", 7}});
        QCOMPARE(row, 1);
        QCOMPARE(names(model), (QStringList{"aaron", "amy", "ann"}));
        QVERIFY(model.remove(0));
        QCOMPARE(names(model), (QStringList{"amy", "ann"}));
        QCOMPARE(person->count(), 2);
    }

    // Directions as FindOptions::order() reads them, NULLS FIRST/LAST included, in both forms
    // QML gives: "age DESC NULLS LAST" and ["age", "ASC NULLS FIRST"].
    void orderDirections_data() { TestDatabases::addDialectRows(); }
    void orderDirections()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = definePeople(sequelize.get(), {"a"}, 20);
        person->create({{"name", "b"}, {"age", 40}});
        person->create({{"name", "none"}});
        InstanceListModel model;
        model.setDefinition(person);
        model.setOrder({"age DESC NULLS LAST"});
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(names(model), (QStringList{"b", "a", "none"}));
        model.setOrder({QVariant(QVariantList{"age", "asc nulls first"})});
        QCOMPARE(names(model), (QStringList{"none", "a", "b"}));
        model.setOrder({"age NULLS FIRST"});
        QCOMPARE(names(model), (QStringList{"none", "a", "b"}));
        model.setOrder({QVariant(QVariantList{"age", "DESC", "extra"})});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.errorString().isEmpty());
        model.setOrder({QVariant(QVariantList{"age", "DESC NULLS NOWHERE"})});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.errorString().contains("NULLS FIRST"));
    }

    // Bad input is an error string, not an exception through the view.
    void badQueries_data() { TestDatabases::addDialectRows(); }
    void badQueries()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = definePeople(sequelize.get(), {"a"});
        InstanceListModel model;
        QSignalSpy errors(&model, &InstanceListModel::errorOccurred);
        model.setDefinition(person);
        model.setOrder({"name SIDEWAYS"});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(errors.size(), 1);
        QVERIFY(model.errorString().contains("SIDEWAYS"));
        model.setOrder({});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.errorString().isEmpty());
        model.setWhere({{"age", QVariantMap{{"sideways", 1}}}});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.errorString().contains("sideways"));
        model.setWhere({{"nosuch", 1}});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.errorString().isEmpty());
        QCOMPARE(person->count(), 1);
    }

    // Asynchronous mode: pages and refreshes run on the pool; the rows come in afterwards.
    void asynchronous_data() { TestDatabases::addDialectRows(); }
    void asynchronous()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const QStringList all = numbered(25);
        ModelDefinition *person = definePeople(sequelize.get(), all);
        InstanceListModel model;
        model.setAsynchronous(true);
        model.setPageSize(10);
        model.setOrder({"name DESC"}); // replaced below while its first page may be running
        model.setDefinition(person);
        model.setOrder({"name"});
        QTRY_COMPARE(model.rowCount(), 10);
        QVERIFY(!model.isLoading());
        QCOMPARE(names(model), all.mid(0, 10)); // the first query's rows were dropped
        QVERIFY(model.canFetchMore(QModelIndex()));
        model.fetchMore(QModelIndex());
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore(QModelIndex())); // one query at a time
        QTRY_COMPARE(model.rowCount(), 20);
        model.fetchMore(QModelIndex());
        QTRY_COMPARE(model.rowCount(), 25);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore(QModelIndex()));

        QAbstractItemModelTester tester(&model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // Changes from the pool's threads (asynchronous writes) reach the list too.
        person->createAsync({{"name", "p00a"}, {"age", 1}}).waitForFinished();
        person->destroyAsync(Where({{"name", "p24"}})).waitForFinished();
        QTRY_COMPARE(model.rowCount(), 25);
        QTRY_COMPARE(model.get(1).value("name").toString(), QStringLiteral("p00a"));
        QCOMPARE(model.get(24).value("name").toString(), QStringLiteral("p23"));
        // A write through the model waits for its row.
        QCOMPARE(model.create({{"name", "p00b"}, {"age", 2}}), 2);
        QCOMPARE(model.rowCount(), 26);
        QCOMPARE(resets.size(), 0);

        // A model destroyed while its query runs: the rows find nobody, and nothing breaks.
        auto gone = std::make_unique<InstanceListModel>();
        gone->setAsynchronous(true);
        gone->setDefinition(person);
        QVERIFY(gone->isLoading());
        gone.reset();
        sequelize->waitForAsyncCalls();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    // The QML type: import QtSequelize, properties set in any order, methods callable.
    void qml_data() { TestDatabases::addDialectRows(); }
    void qml()
    {
        QSQ_OPEN_DIALECT(sequelize);
        definePeople(sequelize.get(), {"ann", "bob", "cy"});
        QQmlEngine engine;
        QString error;
        std::unique_ptr<QObject> object = qmlObject(engine, sequelize.get(), R"(
            InstanceListModel {
                order: ["name DESC"]
                model: "Person"
                where: ({ age: { gte: 18 } })
                pageSize: 2
                sequelize: db
                property string firstName: count > 0 ? get(0).name : ""
                property string viaInstance: count > 0 ? instance(0).get("name") : ""
                function addMinor() { return create({ name: "dee", age: 3 }) }
                function addAdult() { return create({ name: "dan", age: 33 }) }
                function first() { return get(0).name + "/" + instance(0).get("name") }
            }
        )",
                                                    &error);
        QVERIFY2(object, qPrintable(error));
        auto *model = qobject_cast<InstanceListModel *>(object.get());
        QVERIFY(model);
        QCOMPARE(model->count(), 2);
        QVERIFY(model->canFetchMore(QModelIndex()));
        QCOMPARE(object->property("firstName").toString(), QStringLiteral("cy"));
        QCOMPARE(object->property("viaInstance").toString(), QStringLiteral("cy"));
        QVariant row;
        QVERIFY(QMetaObject::invokeMethod(object.get(), "addMinor", Q_RETURN_ARG(QVariant, row)));
        QCOMPARE(row.toInt(), -1); // filtered out by the where
        QVERIFY(QMetaObject::invokeMethod(object.get(), "addAdult", Q_RETURN_ARG(QVariant, row)));
        QCOMPARE(row.toInt(), 0); // dan, cy, bob, ann: first of the two rows shown
        QCOMPARE(model->count(), 2);
        QVariant first;
        QVERIFY(QMetaObject::invokeMethod(object.get(), "first", Q_RETURN_ARG(QVariant, first)));
        QCOMPARE(first.toString(), QStringLiteral("dan/dan"));
    }

    // BIGINT values past 2^53 reach QML as their exact text (QML's numbers are doubles: the key
    // 9007199254740993 read as ...992, another row's), and come back through indexOf() and
    // setValue(); smaller ones stay numbers.
    void bigIntegersInQml_data() { TestDatabases::addDialectRows(); }
    void bigIntegersInQml()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *ticket = sequelize->define(
            "Ticket",
            {{"id", Attribute(DataTypes::BigInt()).primaryKey()}, {"seats", DataTypes::BigInt()}},
            ModelOptions().timestamps(false));
        ticket->sync(SyncOptions().force());
        ticket->bulkCreate({{{"id", Q_INT64_C(9007199254740993)}, {"seats", 2}},
                            {{"id", Q_INT64_C(9007199254740992)}, {"seats", 3}}});
        QQmlEngine engine;
        QString error;
        std::unique_ptr<QObject> object = qmlObject(engine, sequelize.get(), R"(
            InstanceListModel {
                model: "Ticket"
                order: ["id DESC"]
                sequelize: db
                function firstId() { return get(0).id }
                function firstSeats() { return get(0).seats }
                function rowOfFirst() { return indexOf(get(0).id) }
                function setFirst() { return setValue(indexOf(get(0).id), "seats", 7) }
            }
        )",
                                                    &error);
        QVERIFY2(object, qPrintable(error));
        QVariant value;
        QVERIFY(QMetaObject::invokeMethod(object.get(), "firstId", Q_RETURN_ARG(QVariant, value)));
        QCOMPARE(value.toString(), QStringLiteral("9007199254740993"));
        QVERIFY(
            QMetaObject::invokeMethod(object.get(), "firstSeats", Q_RETURN_ARG(QVariant, value)));
        QCOMPARE(value.toInt(), 2);
        QVERIFY(
            QMetaObject::invokeMethod(object.get(), "rowOfFirst", Q_RETURN_ARG(QVariant, value)));
        QCOMPARE(value.toInt(), 0);
        QVERIFY(QMetaObject::invokeMethod(object.get(), "setFirst", Q_RETURN_ARG(QVariant, value)));
        QVERIFY(value.toBool());
        QCOMPARE(ticket->findByPk(Q_INT64_C(9007199254740993))->get("seats").toInt(), 7);
        QCOMPARE(ticket->findByPk(Q_INT64_C(9007199254740992))->get("seats").toInt(), 3);
    }

    // QML reaches the Sequelize as a typed required property (no context property), and an
    // instance's get()/set() that fails in QML reports (qmlWarning, the definition's
    // errorOccurred) instead of throwing a C++ exception into the engine (which would abort).
    void qmlErrorsDoNotEscape_data() { TestDatabases::addDialectRows(); }
    void qmlErrorsDoNotEscape()
    {
        QSQ_OPEN_DIALECT(sequelize);
        definePeople(sequelize.get(), {"ann"});
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral(QSQ_QML_IMPORT_DIR));
        QQmlComponent component(&engine);
        component.setData(
            "import QtQml\n"
            "import QtSequelize\n"
            "QtObject {\n"
            "    id: root\n"
            "    required property Sequelize sequelize\n"
            "    property string lastError\n"
            "    property InstanceListModel people: InstanceListModel {\n"
            "        sequelize: root.sequelize; model: \"Person\" }\n"
            "    property Connections errors: Connections {\n"
            "        target: root.people.definition\n"
            "        function onErrorOccurred(message) { root.lastError = message }\n"
            "    }\n"
            "    function setUnknown() { people.instance(0).set(\"nope\", 1); return 1 }\n"
            "    function getUnknown() { return people.instance(0).get(\"nope\") }\n"
            "    function setAge(v) { people.instance(0).set(\"age\", v); return 2 }\n"
            "    function age() { return people.instance(0).get(\"age\") }\n"
            "}\n",
            QUrl());
        std::unique_ptr<QObject> object(component.createWithInitialProperties(
            {{QStringLiteral("sequelize"), QVariant::fromValue(sequelize.get())}}));
        QVERIFY2(object, qPrintable(component.errorString()));

        QVariant result;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nope")));
        QVERIFY(
            QMetaObject::invokeMethod(object.get(), "setUnknown", Q_RETURN_ARG(QVariant, result)));
        QCOMPARE(result.toInt(), 1); // the function went on after the failed call
        QVERIFY2(object->property("lastError").toString().contains(QLatin1String("nope")),
                 qPrintable(object->property("lastError").toString()));

        object->setProperty("lastError", QString());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nope")));
        QVERIFY(
            QMetaObject::invokeMethod(object.get(), "getUnknown", Q_RETURN_ARG(QVariant, result)));
        QVERIFY(!object->property("lastError").toString().isEmpty());

        // A value the attribute cannot hold: refused, reported, the instance keeps its value.
        object->setProperty("lastError", QString());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("age")));
        QVERIFY(QMetaObject::invokeMethod(object.get(), "setAge", Q_RETURN_ARG(QVariant, result),
                                          Q_ARG(QVariant, QStringLiteral("thirty"))));
        QCOMPARE(result.toInt(), 2);
        QVERIFY(!object->property("lastError").toString().isEmpty());
        QVERIFY(QMetaObject::invokeMethod(object.get(), "age", Q_RETURN_ARG(QVariant, result)));
        QCOMPARE(result.toInt(), 30);
        // What works still works.
        QVERIFY(QMetaObject::invokeMethod(object.get(), "setAge", Q_RETURN_ARG(QVariant, result),
                                          Q_ARG(QVariant, 31)));
        QVERIFY(QMetaObject::invokeMethod(object.get(), "age", Q_RETURN_ARG(QVariant, result)));
        QCOMPARE(result.toInt(), 31);
    }
};

QTEST_GUILESS_MAIN(tst_InstanceListModel)
#include "tst_instancelistmodel.moc"
