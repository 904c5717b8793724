// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The where conditions of tests/conformance/random-wheres (tst_randomwheres), each written in
// QML as a JavaScript object (JSON.parse of the case, what a literal in a binding gives) and
// set as an InstanceListModel's where, on every dialect: the list must show the rows Sequelize
// returned, and a condition QtSequelize refuses must leave it empty with an error. QML hands
// numbers over as int or double, arrays as lists and nested objects as maps, where the C++
// test reads QJsonValues: the same conditions through the other front end.

#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qloggingcategory.h>
#include <QtQml/qqmlengine.h>
#include <QtTest/qtest.h>

#include "qmlobject.h"
#include "randomwheres.h"
#include "testdatabases.h"

using namespace QtSequelize;

class Note : public TypedModel<Note>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, text, setText)
};

class tst_QmlWheres : public QObject
{
    Q_OBJECT

    // A list of "Person": names(json) sets the where and gives [errorString, names...];
    // writes() writes empty strings through create(), setValue() and an instance's set().
    static constexpr const char *personList = R"(
            InstanceListModel {
                model: "Person"
                sequelize: db
                order: ["id"]
                function names(text) {
                    where = JSON.parse(text)
                    const r = []
                    for (let i = 0; i < count; ++i)
                        r.push(get(i).name)
                    return [errorString].concat(r)
                }
                function writes() {
                    where = {}
                    const row = create({name: "", city: ""})
                    const saved = setValue(1, "city", "")
                    instance(0).set("city", "")
                    return [row, errorString, saved, instance(0).get("city") === ""]
                }
            }
        )";

private slots:
    void cases_data() { TestDatabases::addDialectRows(); }
    void cases()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const QJsonObject doc = RandomWheres::document();
        RandomWheres::people(sequelize.get(), dialect, doc.value("rows").toArray());
        QQmlEngine engine;
        QString error;
        std::unique_ptr<QObject> list
            = TestQml::create(engine, sequelize.get(), personList, &error);
        QVERIFY2(list, qPrintable(error));
        // The refused conditions' warnings (the list prints each error) are expected.
        QLoggingCategory::setFilterRules(
            QStringLiteral("qml.warning=false\ndefault.warning=false"));
        const QJsonArray cases = doc.value("cases").toArray();
        QVERIFY(cases.size() > 500);
        QStringList failures;
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            const QString where = QString::fromUtf8(
                QJsonDocument(c.value("where").toObject()).toJson(QJsonDocument::Compact));
            QVariant result;
            QVERIFY(QMetaObject::invokeMethod(list.get(), "names", Q_RETURN_ARG(QVariant, result),
                                              Q_ARG(QVariant, where)));
            QStringList rows = result.toStringList();
            const QString errorString = rows.takeFirst();
            const QString name = c.value("name").toString();
            if (c.contains("error")) {
                if (errorString.isEmpty() || !rows.isEmpty())
                    failures.append(name + " " + where + " ran: " + rows.join(','));
                continue;
            }
            QStringList expected;
            for (const QJsonValue &row : c.value("rows").toArray())
                expected.append(row.toString());
            if (!errorString.isEmpty())
                failures.append(name + " " + where + ": " + errorString);
            else if (rows != expected)
                failures.append(QStringLiteral("%1 %2: %3 instead of %4")
                                    .arg(name, where, rows.join(','), expected.join(',')));
        }
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join('\n')));
    }

    // An empty string from QML is the empty string, never NULL: a where {city: ""}, an
    // element of an in/notIn list, a value of create(), setValue() and an instance's set().
    void emptyStrings_data() { TestDatabases::addDialectRows(); }
    void emptyStrings()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person
            = sequelize->define("Person",
                                {{"name", Attribute(DataTypes::String()).allowNull(false)},
                                 {"city", DataTypes::String()}},
                                ModelOptions().timestamps(false));
        person->sync(SyncOptions().force());
        person->create({{"name", "ann"}, {"city", QStringLiteral("")}});
        person->create({{"name", "ben"}, {"city", QVariant()}});
        QQmlEngine engine;
        QString error;
        std::unique_ptr<QObject> list
            = TestQml::create(engine, sequelize.get(), personList, &error);
        QVERIFY2(list, qPrintable(error));
        const auto names = [&](const char *where) {
            QVariant result;
            if (!QMetaObject::invokeMethod(list.get(), "names", Q_RETURN_ARG(QVariant, result),
                                           Q_ARG(QVariant, QString::fromUtf8(where))))
                return QStringList{QStringLiteral("no call")};
            return result.toStringList();
        };
        QCOMPARE(names(R"({"city": ""})"), QStringList({"", "ann"}));
        QCOMPARE(names(R"({"city": null})"), QStringList({"", "ben"}));
        QCOMPARE(names(R"({"city": {"ne": ""}})"), QStringList({""}));
        QCOMPARE(names(R"({"city": {"in": ["", "x"]}})"), QStringList({"", "ann"}));
        QCOMPARE(names(R"({"city": {"notIn": ["", "x"]}})"), QStringList({""}));
        QCOMPARE(names(R"({"city": {"gte": ""}})"), QStringList({"", "ann"}));
        QCOMPARE(names(R"({"or": [{"city": ""}, {"name": ""}]})"), QStringList({"", "ann"}));
        QVariant result;
        QVERIFY(QMetaObject::invokeMethod(list.get(), "writes", Q_RETURN_ARG(QVariant, result)));
        QCOMPARE(result.toList().value(1).toString(), QString());
        QCOMPARE(result.toList().value(2), QVariant(true));
        QCOMPARE(result.toList().value(3), QVariant(true));
        const QList<QVariantMap> rows = person->findAllRaw(FindOptions().order("id"));
        QCOMPARE(rows.size(), 3);
        for (const QVariantMap &row : rows) {
            QVERIFY2(!row.value("city").isNull(), qPrintable(row.value("name").toString()));
            QCOMPARE(row.value("city").toString(), QString());
        }
        QVERIFY(!rows.at(2).value("name").isNull());
        QCOMPARE(rows.at(2).value("name").toString(), QString());
    }

    // A QString property (QSQ_ATTRIBUTE) written "" from QML: QML passes a null QString, which
    // stored NULL; null through set() is still NULL.
    void emptyStringProperties_data() { TestDatabases::addDialectRows(); }
    void emptyStringProperties()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *notes = Note::init(sequelize.get(), {}, ModelOptions().timestamps(false));
        notes->sync(SyncOptions().force());
        Note::create({{"text", "x"}});
        Note::create({{"text", "y"}});
        QQmlEngine engine;
        QString error;
        std::unique_ptr<QObject> list = TestQml::create(engine, sequelize.get(), R"(
            InstanceListModel {
                model: "Note"
                sequelize: db
                order: ["id"]
                function write() {
                    instance(0).text = ""
                    instance(1).set("text", null)
                    return [instance(0).get("text") === "", instance(1).get("text") === null]
                }
            }
        )",
                                                        &error);
        QVERIFY2(list, qPrintable(error));
        QVariant result;
        QVERIFY(QMetaObject::invokeMethod(list.get(), "write", Q_RETURN_ARG(QVariant, result)));
        QCOMPARE(result.toList(), QVariantList({true, true}));
        auto *model = qobject_cast<InstanceListModel *>(list.get());
        QVERIFY(model);
        Note *first = qobject_cast<Note *>(model->instance(0));
        QVERIFY(first);
        QVERIFY(!first->text().isNull());
        first->save();
        model->instance(1)->save();
        const QList<QVariantMap> rows = notes->findAllRaw(FindOptions().order("id"));
        QVERIFY(!rows.at(0).value("text").isNull());
        QCOMPARE(rows.at(0).value("text").toString(), QString());
        QVERIFY(rows.at(1).value("text").isNull());
    }
};

QTEST_GUILESS_MAIN(tst_QmlWheres)
#include "tst_qmlwheres.moc"
