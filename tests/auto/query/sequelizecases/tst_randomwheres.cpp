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

#include "randomwheres.h"
#include "testdatabases.h"

using namespace QtSequelize;

class tst_RandomWheres : public QObject
{
    Q_OBJECT

private slots:
    void cases_data() { TestDatabases::addDialectRows(); }
    void cases()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const QJsonObject doc = RandomWheres::document();
        ModelDefinition *person
            = RandomWheres::people(sequelize.get(), dialect, doc.value("rows").toArray());
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
