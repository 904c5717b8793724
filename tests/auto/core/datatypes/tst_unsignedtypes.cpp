// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's INTEGER.UNSIGNED and ZEROFILL (and the integers' display width) on every dialect:
// MariaDB's columns are UNSIGNED, so an unsigned key can be referenced and INTEGER/BIGINT hold
// up to 2^32-1 and 2^64-1; PostgreSQL and SQLite keep the plain type, as Sequelize does; a
// negative value is a ValidationError everywhere and leaves the data as it was. A column made
// UNSIGNED by another client (Sequelize) is read exactly or refused, never wrapped to -1.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

namespace {
constexpr quint64 BigMax = std::numeric_limits<quint64>::max();

QVariant big(quint64 n)
{
    return QVariant::fromValue(n);
}
} // namespace

class tst_UnsignedTypes : public QObject
{
    Q_OBJECT

    static ModelDefinition *defineCounters(Sequelize *s)
    {
        auto *group = s->define(
            "Group",
            {{"id", Attribute(DataTypes::Integer().asUnsigned()).primaryKey().autoIncrement()},
             {"name", DataTypes::String()}},
            ModelOptions().timestamps(false));
        auto *counter = s->define("Counter",
                                  {{"big", DataTypes::BigInt().asUnsigned()},
                                   {"n", DataTypes::Integer(11).asZeroFill()},
                                   {"tiny", DataTypes::TinyInt().asUnsigned()},
                                   {"price", DataTypes::Decimal(10, 2).asUnsigned()},
                                   {"ratio", DataTypes::Double().asUnsigned()}},
                                  ModelOptions().timestamps(false));
        counter->belongsTo(group, AssociationOptions().foreignKey("groupId"));
        s->sync(SyncOptions().force());
        return counter;
    }

private slots:
    void modifiers()
    {
        const DataType type = DataTypes::Integer(11).asZeroFill();
        QVERIFY(type.isUnsigned());
        QVERIFY(type.isZeroFill());
        QCOMPARE(type.length(), 11);
        QVERIFY(type != DataTypes::Integer(11));
        QVERIFY(DataTypes::BigInt().asUnsigned() == DataTypes::BigInt().asUnsigned());
        QCOMPARE(DataTypes::BigInt().asUnsigned().valueType(), QMetaType::fromType<quint64>());
        QCOMPARE(DataTypes::Integer().asUnsigned().valueType(), QMetaType::fromType<qint64>());
        QVERIFY_THROWS_EXCEPTION(DefinitionError, DataTypes::String().asUnsigned());
        QVERIFY_THROWS_EXCEPTION(DefinitionError, DataTypes::Date().asZeroFill());
    }

    // The columns: UNSIGNED (ZEROFILL, display width) on MariaDB, the plain type elsewhere;
    // the foreign key to an unsigned key has its type, so MariaDB accepts the constraint.
    void columns_data() { TestDatabases::addDialectRows(); }
    void columns()
    {
        QSQ_OPEN_DIALECT(s);
        defineCounters(s.get());
        const auto columns = s->queryInterface().describeTable("Counters");
        const auto groups = s->queryInterface().describeTable("Groups");
        if (dialect == QLatin1String("mariadb")) {
            QCOMPARE(columns.value("big").type(), QString("BIGINT(20) UNSIGNED"));
            QCOMPARE(columns.value("n").type(), QString("INT(11) UNSIGNED ZEROFILL"));
            QCOMPARE(columns.value("tiny").type(), QString("TINYINT(3) UNSIGNED"));
            QCOMPARE(columns.value("price").type(), QString("DECIMAL(10,2) UNSIGNED"));
            QCOMPARE(columns.value("ratio").type(), QString("DOUBLE UNSIGNED"));
            QCOMPARE(columns.value("groupId").type(), QString("INT(10) UNSIGNED"));
            QCOMPARE(groups.value("id").type(), QString("INT(10) UNSIGNED"));
        } else {
            QCOMPARE(columns.value("big").type(), QString("BIGINT"));
            QCOMPARE(columns.value("n").type(), QString("INTEGER"));
            QCOMPARE(columns.value("groupId").type(), QString("INTEGER"));
        }
        // Nothing to change for sync({alter}).
        s->sync(SyncOptions().alter());
        QCOMPARE(s->queryInterface().describeTable("Counters").value("n").type(),
                 columns.value("n").type());
    }

    void negativeValuesRefused_data() { TestDatabases::addDialectRows(); }
    void negativeValuesRefused()
    {
        QSQ_OPEN_DIALECT(s);
        auto *counter = defineCounters(s.get());
        counter->create({{"big", 1}, {"n", 2}, {"tiny", 3}, {"price", "4.5"}, {"ratio", 0.5}});
        const QList<QVariantMap> refused{
            {{"big", -1}},         {{"n", -1}},         {{"tiny", -1}},     {{"tiny", 256}},
            {{"n", 4294967296LL}}, {{"price", "-0.5"}}, {{"ratio", -0.25}}, {{"big", "-3"}},
            {{"big", -1.0}},       {{"price", -1}}};
        for (const QVariantMap &values : refused) {
            QVERIFY_THROWS_EXCEPTION(ValidationError, counter->create(values));
            QVERIFY_THROWS_EXCEPTION(ValidationError,
                                     counter->update(values, Where::fromMap({{"n", 2}})));
        }
        QCOMPARE(counter->count(), qint64(1));
        const auto row = counter->findOne();
        QCOMPARE(row->get("big"), big(1));
        QCOMPARE(row->get("n"), QVariant(qint64(2)));
        QCOMPARE(row->get("tiny"), QVariant(3));
        QCOMPARE(row->get("price"), QVariant("4.50"));
        // Edges that are in range, and -0.001 that the scale rounds to zero.
        counter->create({{"tiny", 255}, {"price", "-0.001"}, {"ratio", 0.0}, {"big", 0}});
        QCOMPARE(counter->count(FindOptions().where({{"tiny", 255}})), qint64(1));
    }

    // 2^32-1 and 2^64-1: MariaDB stores them; PostgreSQL's INTEGER and both databases' BIGINT
    // cannot, which is an error (the server's, or ours before the statement), never a wrapped
    // value.
    void widestValues_data() { TestDatabases::addDialectRows(); }
    void widestValues()
    {
        QSQ_OPEN_DIALECT(s);
        auto *counter = defineCounters(s.get());
        const bool mariadb = dialect == QLatin1String("mariadb");
        if (!mariadb) {
            QVERIFY_THROWS_EXCEPTION(DatabaseError, counter->create({{"big", big(BigMax)}}));
            QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                     counter->count(FindOptions().where({{"big", big(BigMax)}})));
            if (dialect == QLatin1String("postgres"))
                QVERIFY_THROWS_EXCEPTION(DatabaseError, counter->create({{"n", 4294967295LL}}));
            QCOMPARE(counter->count(), qint64(0));
            counter->create({{"big", big(9223372036854775807ULL)}});
            QCOMPARE(counter->findOne()->get("big"), big(9223372036854775807ULL));
            return;
        }
        counter->create({{"big", big(BigMax)}, {"n", 4294967295LL}});
        counter->create({{"big", "18446744073709551614"}, {"n", 0}});
        counter->create({{"big", 5}, {"n", 7}});
        const auto rows = counter->findAll(FindOptions().order("id"));
        QCOMPARE(rows.at(0)->get("big"), big(BigMax));
        QCOMPARE(rows.at(0)->get("n"), QVariant(qint64(4294967295LL)));
        QCOMPARE(rows.at(1)->get("big"), big(BigMax - 1));
        QCOMPARE(counter->count(FindOptions().where({{"big", big(BigMax)}})), qint64(1));
        QCOMPARE(counter->count(FindOptions().where({{"big", "18446744073709551614"}})), qint64(1));
        QCOMPARE(counter->count(FindOptions().where(Op::in("big", {big(BigMax), 5}))), qint64(2));
        QCOMPARE(counter->count(FindOptions().where(Op::gt("big", 9223372036854775807LL))),
                 qint64(2));
        QCOMPARE(counter->count(FindOptions().where({{"big", -1}})), qint64(0));
        // A long list (bound as one JSON array on MariaDB) with values past qint64.
        QVariantList many;
        for (quint64 i = 0; i < 3000; ++i)
            many.append(big(BigMax - 1 - i * 7));
        QCOMPARE(counter->count(FindOptions().where(Op::in("big", many))), qint64(1));
        many.append(-1);
        QCOMPARE(counter->count(FindOptions().where(Op::notIn("big", many))), qint64(2));
        QCOMPARE(counter->max("big"), big(BigMax));
        QCOMPARE(counter->min("big"), big(5));
        QCOMPARE(counter->max("n"), QVariant(qint64(4294967295LL)));
        counter->update({{"big", big(BigMax - 2)}}, Where::fromMap({{"n", 0}}));
        QCOMPARE(counter->findOne(FindOptions().where({{"n", 0}}))->get("big"), big(BigMax - 2));
        QCOMPARE(counter->findAllRaw(FindOptions().where({{"n", 0}})).first().value("big"),
                 big(BigMax - 2));
        // Past the column: the server's error, the row as it was.
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 counter->increment({{"big", 3}}, Where::fromMap({{"n", 0}})));
        QCOMPARE(counter->findOne(FindOptions().where({{"n", 0}}))->get("big"), big(BigMax - 2));
    }

    // A column another client made UNSIGNED, read through a signed attribute: the values past
    // the attribute's range are an error, not -1 (they were before).
    void unsignedColumnSignedAttribute_data() { TestDatabases::addDialectRows(); }
    void unsignedColumnSignedAttribute()
    {
        QSQ_OPEN_DIALECT(s);
        if (dialect != QLatin1String("mariadb"))
            QSKIP("only MariaDB has UNSIGNED columns (PostgreSQL and SQLite have none)");
        s->query("CREATE TABLE `Legacies` (`id` INTEGER PRIMARY KEY AUTO_INCREMENT, "
                 "`big` BIGINT UNSIGNED, `n` INT UNSIGNED)");
        s->query("INSERT INTO `Legacies` (`big`, `n`) VALUES (18446744073709551615, 7), "
                 "(12, 4294967295)");
        auto *legacy
            = s->define("Legacy", {{"big", DataTypes::BigInt()}}, ModelOptions().timestamps(false));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, legacy->findAll());
        QCOMPARE(legacy->findByPk(2)->get("big"), QVariant(qint64(12)));
        auto *narrow = s->define("Narrow", {{"n", DataTypes::Integer()}},
                                 ModelOptions().timestamps(false).tableName("Legacies"));
        QCOMPARE(narrow->findByPk(1)->get("n"), QVariant(7));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, narrow->findByPk(2));
        auto *wide = s->define(
            "Wide",
            {{"big", DataTypes::BigInt().asUnsigned()}, {"n", DataTypes::Integer().asUnsigned()}},
            ModelOptions().timestamps(false).tableName("Legacies"));
        QCOMPARE(wide->findByPk(1)->get("big"), big(BigMax));
        QCOMPARE(wide->findByPk(2)->get("n"), QVariant(qint64(4294967295LL)));
    }
};

QTEST_GUILESS_MAIN(tst_UnsignedTypes)
#include "tst_unsignedtypes.moc"
