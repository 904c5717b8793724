// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Where conditions nobody wrote by hand: tests/conformance/random-wheres/gen.py draws them
// (seeded: every comparison, list, range, pattern, IS, any/all, col() and JSON-path operator,
// nested in and/or/not, with values of the attribute's type and of others), where.js ran each
// through Sequelize 6.37.8 on SQLite, PostgreSQL 15 and MariaDB 10.11 over the same eight rows,
// and random-wheres.json keeps the cases whose rows Sequelize returned alike on all three, with
// those rows. Each is run here through the map form (what JSON and QML give) on every dialect
// and must return the same rows. A case with "error" is one QtSequelize refuses, with that
// error, where Sequelize has no common answer (IS TRUE of a non-boolean attribute fails on
// PostgreSQL and MariaDB and compares with 1 on SQLite; true compared with text).

#include <QtSequelize/Errors>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qfile.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_RandomWheres : public QObject
{
    Q_OBJECT

    static QJsonObject document()
    {
        QFile file(QStringLiteral(QSQ_CONFORMANCE_DIR "/../random-wheres/random-wheres.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("random-wheres.json is missing");
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // where.js's model and rows: tags is an ARRAY on PostgreSQL, a STRING elsewhere.
    static ModelDefinition *people(Sequelize *sequelize, const QString &dialect,
                                   const QJsonArray &rows)
    {
        const bool postgres = dialect == QLatin1String("postgres");
        ModelDefinition *person = sequelize->define(
            "Person",
            {{"name", Attribute(DataTypes::String()).allowNull(false)},
             {"age", DataTypes::Integer()},
             {"city", DataTypes::String()},
             {"email", DataTypes::String()},
             {"score", DataTypes::Float()},
             {"meta", DataTypes::Json()},
             {"tags", postgres ? DataTypes::Array(DataTypes::String()) : DataTypes::String()},
             {"born", DataTypes::DateOnly()},
             {"seen", DataTypes::Date()},
             {"ok", DataTypes::Boolean()},
             {"price", DataTypes::Decimal(10, 2)}},
            ModelOptions().timestamps(false).tableName("DiffPeople"));
        sequelize->sync(SyncOptions().force());
        for (const QJsonValue &row : rows) {
            QVariantMap values = row.toObject().toVariantMap();
            values["meta"] = QVariant::fromValue(row.toObject().value("meta"));
            if (!values.value("seen").isNull())
                values["seen"]
                    = QDateTime::fromString(values.value("seen").toString(), Qt::ISODateWithMs);
            if (!values.value("born").isNull())
                values["born"] = QDate::fromString(values.value("born").toString(), Qt::ISODate);
            if (postgres && !values.value("tags").isNull())
                values["tags"] = QStringList{values.value("tags").toString()};
            person->create(values);
        }
        return person;
    }

private slots:
    void cases_data() { TestDatabases::addDialectRows(); }
    void cases()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const QJsonObject doc = document();
        ModelDefinition *person = people(sequelize.get(), dialect, doc.value("rows").toArray());
        const QJsonArray cases = doc.value("cases").toArray();
        QVERIFY(cases.size() > 500);
        int refused = 0;
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            const QString name = c.value("name").toString();
            const QString where = QString::fromUtf8(
                QJsonDocument(c.value("where").toObject()).toJson(QJsonDocument::Compact));
            const FindOptions options
                = FindOptions().where(Where::fromJson(c.value("where").toObject())).order("id");
            if (c.contains("error")) {
                ++refused;
                const QString expected = c.value("error").toString();
                try {
                    person->findAll(options);
                    QFAIL(qPrintable(name + " ran: " + where));
                } catch (const BaseError &e) {
                    const bool sameKind = expected == QLatin1String("DefinitionError")
                        ? dynamic_cast<const DefinitionError *>(&e) != nullptr
                        : dynamic_cast<const ValidationError *>(&e) != nullptr;
                    if (!sameKind)
                        QFAIL(qPrintable(name + " " + where + ": " + e.name() + " " + e.message()));
                }
                continue;
            }
            QStringList expected;
            for (const QJsonValue &row : c.value("rows").toArray())
                expected.append(row.toString());
            QStringList rows;
            try {
                rows = TestDatabases::valuesOf(person->findAll(options), "name");
            } catch (const BaseError &e) {
                QFAIL(qPrintable(name + " " + where + ": " + e.name() + " " + e.message()));
            }
            if (rows != expected)
                QFAIL(qPrintable(QStringLiteral("%1 %2: %3 instead of %4")
                                     .arg(name, where, rows.join(','), expected.join(','))));
        }
        QVERIFY(refused > 0);
        // The refusals left the rows as they were.
        QCOMPARE(person->count(), qint64(8));
    }
};

QTEST_GUILESS_MAIN(tst_RandomWheres)
#include "tst_randomwheres.moc"
