// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>

#include <QtCore/qregularexpression.h>
#include <QtQml/qqmlcomponent.h>
#include <QtQml/qqmlcontext.h>
#include <QtQml/qqmlengine.h>
#include <QtTest/qtest.h>

#include "qmlobject.h"
#include "testdatabases.h"

using namespace QtSequelize;

// Values between a list and QML, on every dialect, as Sequelize's JavaScript sees them: NULL is
// null (not "", 0 or false), a DATEONLY and a TIME are text, an undefined value in a where is
// refused and in create() not given, and setValue() refuses one.
class tst_QmlValues : public QObject
{
    Q_OBJECT

    static ModelDefinition *definePeople(Sequelize *s, const QStringList &names)
    {
        ModelDefinition *person
            = s->define("Person", {{"name", DataTypes::String()}, {"age", DataTypes::Integer()}},
                        ModelOptions().timestamps(false));
        person->sync(SyncOptions().force());
        for (const QString &name : names)
            person->create({{"name", name}, {"age", 30}});
        return person;
    }
    static std::unique_ptr<QObject> qmlObject(QQmlEngine &engine, Sequelize *sequelize,
                                              const char *qml, QString *error)
    {
        return TestQml::create(engine, sequelize, qml, error);
    }

private slots:
    // NULL reaches QML as null through the roles, get(row), an instance's get() and toJSON(): QML
    // converts a null QString to "", a null number to 0, a null bool to false, so a delegate
    // showed 0 for an unknown age and an unchecked box for an unknown flag.
    void nullsInQml_data() { TestDatabases::addDialectRows(); }
    void nullsInQml()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = sequelize->define("Person",
                                                    {{"name", DataTypes::String()},
                                                     {"age", DataTypes::Integer()},
                                                     {"city", DataTypes::String()},
                                                     {"active", DataTypes::Boolean()},
                                                     {"seen", DataTypes::Date()}},
                                                    ModelOptions().timestamps(false));
        person->sync(SyncOptions().force());
        person->create({{"name", "ann"}});
        person->create({{"name", "ben"}, {"age", 0}, {"city", ""}, {"active", false}});
        QQmlEngine engine;
        QString error;
        std::unique_ptr<QObject> object = qmlObject(engine, sequelize.get(), R"(
            InstanceListModel {
                id: list
                model: "Person"
                order: ["id"]
                sequelize: db
                property Instantiator rows: Instantiator {
                    model: list
                    delegate: QtObject {
                        property var values: [model.age, model.city, model.active, model.seen]
                    }
                }
                function nulls(row) {
                    const r = get(row), j = instance(row).toJSON(), v = rows.objectAt(row).values
                    const i = instance(row), a = i.get()
                    return [r.age, r.city, r.active, r.seen, j.age, j.city, j.active, j.seen,
                            v[0], v[1], v[2], v[3], i.get("age"), i.get("city"), i.get("active"),
                            i.get("seen"), a.age, a.city, a.active, a.seen].map(x => x === null)
                }
            }
        )",
                                                    &error);
        QVERIFY2(object, qPrintable(error));
        QVariant value;
        QVERIFY(QMetaObject::invokeMethod(object.get(), "nulls", Q_RETURN_ARG(QVariant, value),
                                          Q_ARG(QVariant, 0)));
        QCOMPARE(value.toList(), QVariantList(20, true));
        QVERIFY(QMetaObject::invokeMethod(object.get(), "nulls", Q_RETURN_ARG(QVariant, value),
                                          Q_ARG(QVariant, 1)));
        const QVariantList some{false, false, false, true};
        QCOMPARE(value.toList(), some + some + some + some + some); // 0, "" and false are values
    }

    // A where value QML leaves undefined (an unset property) is refused, as Sequelize refuses
    // it, instead of being read as NULL (it showed the rows without a name, or none at all);
    // null still means NULL.
    void undefinedInWhere_data() { TestDatabases::addDialectRows(); }
    void undefinedInWhere()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = definePeople(sequelize.get(), {"ann", "ben"});
        person->create({{"age", 5}});
        QQmlEngine engine;
        QString error;
        std::unique_ptr<QObject> object = qmlObject(engine, sequelize.get(), R"(
            InstanceListModel {
                model: "Person"
                sequelize: db
                property var unset
                function tryWhere(w) { where = w; return [count, errorString] }
                function plain() { return tryWhere({name: unset}) }
                function operand() { return tryWhere({age: {gt: unset}}) }
                function nested() { return tryWhere({or: [{name: "ann"}, {age: unset}]}) }
                function nulled() { return tryWhere({name: null}) }
            }
        )",
                                                    &error);
        QVERIFY2(object, qPrintable(error));
        const auto call = [&](const char *function) {
            QVariant value;
            if (!QMetaObject::invokeMethod(object.get(), function, Q_RETURN_ARG(QVariant, value)))
                return QVariantList();
            return value.toList();
        };
        for (const auto &[function, attribute] :
             {std::pair{"plain", "name"}, std::pair{"operand", "age"},
              std::pair{"nested", "age"}}) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression("undefined"));
            const QVariantList result = call(function);
            QCOMPARE(result.value(0).toInt(), 0);
            QVERIFY2(result.value(1).toString().contains(QStringLiteral("\"%1\"").arg(attribute)),
                     qPrintable(result.value(1).toString()));
        }
        const QVariantList result = call("nulled");
        QCOMPARE(result.value(0).toInt(), 1);
        QCOMPARE(result.value(1).toString(), QString());
    }

    // create() from QML takes an undefined value as not given, so the attribute's default
    // applies (as Sequelize's create({balance: undefined})); it stored NULL.
    void undefinedInCreate_data() { TestDatabases::addDialectRows(); }
    void undefinedInCreate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *account
            = sequelize->define("Account",
                                {{"name", DataTypes::String()},
                                 {"balance", Attribute(DataTypes::Integer()).defaultValue(7)},
                                 {"note", DataTypes::String()}},
                                ModelOptions().timestamps(false));
        account->sync(SyncOptions().force());
        QQmlEngine engine;
        QString error;
        std::unique_ptr<QObject> object = qmlObject(engine, sequelize.get(), R"(
            InstanceListModel {
                model: "Account"
                sequelize: db
                property var unset
                function add() { return create({name: "x", balance: unset, note: null}) }
                function write() { return [setValue(0, "balance", unset), errorString] }
                function setUnset() { instance(0).set("name", unset); return instance(0).get("name") }
            }
        )",
                                                    &error);
        QVERIFY2(object, qPrintable(error));
        QVariant value;
        QVERIFY(QMetaObject::invokeMethod(object.get(), "add", Q_RETURN_ARG(QVariant, value)));
        QCOMPARE(value.toInt(), 0);
        const auto stored = account->findOne();
        QCOMPARE(stored->get("balance").toInt(), 7);
        QVERIFY(stored->get("note").isNull());
        // setValue() (and a delegate's model.balance = undefined) refuses it: it wrote NULL.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("undefined"));
        QVERIFY(QMetaObject::invokeMethod(object.get(), "write", Q_RETURN_ARG(QVariant, value)));
        QCOMPARE(value.toList().value(0).toBool(), false);
        QVERIFY(value.toList().value(1).toString().contains(QLatin1String("balance")));
        QCOMPARE(account->findOne()->get("balance").toInt(), 7);
        // So does an instance's set() from QML (it set NULL; null still does).
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("undefined"));
        QVERIFY(QMetaObject::invokeMethod(object.get(), "setUnset", Q_RETURN_ARG(QVariant, value)));
        QCOMPARE(value.toString(), QStringLiteral("x"));
    }

    // A DATEONLY reaches QML as its text, as Sequelize gives it (QML made the QDate a Date at
    // UTC midnight, shown as the day before in a zone west of Greenwich), a TIME too; both go
    // back through setValue(), and a DATE stays a Date of the same instant.
    void datesInQml_data() { TestDatabases::addDialectRows(); }
    void datesInQml()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *event = sequelize->define("Event",
                                                   {{"day", DataTypes::DateOnly()},
                                                    {"at", DataTypes::Time()},
                                                    {"seen", DataTypes::Date()}},
                                                   ModelOptions().timestamps(false));
        event->sync(SyncOptions().force());
        event->create({{"day", QDate(2024, 1, 2)},
                       {"at", QTime(13, 45, 10, 123)},
                       {"seen", QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC)}});
        QQmlEngine engine;
        QString error;
        std::unique_ptr<QObject> object = qmlObject(engine, sequelize.get(), R"(
            InstanceListModel {
                model: "Event"
                sequelize: db
                function values() {
                    const r = get(0), i = instance(0)
                    return [r.day, r.at, r.seen.toISOString(), i.get("day"), i.get().at]
                }
                function moveDay() { return setValue(0, "day", "2024-02-29") }
            }
        )",
                                                    &error);
        QVERIFY2(object, qPrintable(error));
        QVariant value;
        QVERIFY(QMetaObject::invokeMethod(object.get(), "values", Q_RETURN_ARG(QVariant, value)));
        QCOMPARE(value.toStringList(),
                 QStringList({"2024-01-02", "13:45:10.123", "2024-01-02T03:04:05.678Z",
                              "2024-01-02", "13:45:10.123"}));
        QVERIFY(QMetaObject::invokeMethod(object.get(), "moveDay", Q_RETURN_ARG(QVariant, value)));
        QVERIFY(value.toBool());
        QCOMPARE(event->findOne()->get("day").toDate(), QDate(2024, 2, 29));
    }
};

QTEST_GUILESS_MAIN(tst_QmlValues)
#include "tst_qmlvalues.moc"
