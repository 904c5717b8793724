// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Default table and association names, as Sequelize 6.37 makes them with inflection 1.13.4
// (the rows were recorded from Sequelize: getTableName(), options.name.singular/plural). A
// model sharing a database with a Sequelize application must name the same table: "Data" was
// "Datas" here, "Goose" "Geese" (Sequelize: "geese"), "Octopus" "Octopi" (Sequelize:
// "Octopuses"), "UserEquipment" "UserEquipment" (Sequelize: "UserEquipments"). Names only: no
// database is needed.

#include <QtSequelize/IndexOptions>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

using namespace QtSequelize;

class tst_TableNames : public QObject
{
    Q_OBJECT

private slots:
    void sequelizeNames_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("singular");
        QTest::addColumn<QString>("plural");
        QTest::newRow("Person") << QStringLiteral("Person") << QStringLiteral("People")
                                << QStringLiteral("Person") << QStringLiteral("People");
        QTest::newRow("Category") << QStringLiteral("Category") << QStringLiteral("Categories")
                                  << QStringLiteral("Category") << QStringLiteral("Categories");
        QTest::newRow("Mouse") << QStringLiteral("Mouse") << QStringLiteral("Mice")
                               << QStringLiteral("Mouse") << QStringLiteral("Mice");
        QTest::newRow("Status") << QStringLiteral("Status") << QStringLiteral("Statuses")
                                << QStringLiteral("Status") << QStringLiteral("Statuses");
        QTest::newRow("Data") << QStringLiteral("Data") << QStringLiteral("Data")
                              << QStringLiteral("Datum") << QStringLiteral("Data");
        QTest::newRow("Datum") << QStringLiteral("Datum") << QStringLiteral("Data")
                               << QStringLiteral("Datum") << QStringLiteral("Data");
        QTest::newRow("Child") << QStringLiteral("Child") << QStringLiteral("Children")
                               << QStringLiteral("Child") << QStringLiteral("Children");
        QTest::newRow("Box") << QStringLiteral("Box") << QStringLiteral("Boxes")
                             << QStringLiteral("Box") << QStringLiteral("Boxes");
        QTest::newRow("Bus") << QStringLiteral("Bus") << QStringLiteral("Buses")
                             << QStringLiteral("Bus") << QStringLiteral("Buses");
        QTest::newRow("Quiz") << QStringLiteral("Quiz") << QStringLiteral("Quizzes")
                              << QStringLiteral("Quiz") << QStringLiteral("Quizzes");
        QTest::newRow("Address") << QStringLiteral("Address") << QStringLiteral("Addresses")
                                 << QStringLiteral("Address") << QStringLiteral("Addresses");
        QTest::newRow("Company") << QStringLiteral("Company") << QStringLiteral("Companies")
                                 << QStringLiteral("Company") << QStringLiteral("Companies");
        QTest::newRow("Knife") << QStringLiteral("Knife") << QStringLiteral("Knives")
                               << QStringLiteral("Knife") << QStringLiteral("Knives");
        QTest::newRow("Leaf") << QStringLiteral("Leaf") << QStringLiteral("Leafs")
                              << QStringLiteral("Leaf") << QStringLiteral("Leafs");
        QTest::newRow("Index") << QStringLiteral("Index") << QStringLiteral("Indices")
                               << QStringLiteral("Index") << QStringLiteral("Indices");
        QTest::newRow("Matrix") << QStringLiteral("Matrix") << QStringLiteral("Matrices")
                                << QStringLiteral("Matrix") << QStringLiteral("Matrices");
        QTest::newRow("Criterion") << QStringLiteral("Criterion") << QStringLiteral("Criteria")
                                   << QStringLiteral("Criterion") << QStringLiteral("Criteria");
        QTest::newRow("Sheep") << QStringLiteral("Sheep") << QStringLiteral("Sheep")
                               << QStringLiteral("Sheep") << QStringLiteral("Sheep");
        QTest::newRow("Fish") << QStringLiteral("Fish") << QStringLiteral("Fishes")
                              << QStringLiteral("Fish") << QStringLiteral("Fishes");
        QTest::newRow("Series") << QStringLiteral("Series") << QStringLiteral("Series")
                                << QStringLiteral("Series") << QStringLiteral("Series");
        QTest::newRow("News") << QStringLiteral("News") << QStringLiteral("News")
                              << QStringLiteral("News") << QStringLiteral("News");
        QTest::newRow("Analysis") << QStringLiteral("Analysis") << QStringLiteral("Analyses")
                                  << QStringLiteral("Analysis") << QStringLiteral("Analyses");
        QTest::newRow("Octopus") << QStringLiteral("Octopus") << QStringLiteral("Octopuses")
                                 << QStringLiteral("Octopus") << QStringLiteral("Octopuses");
        QTest::newRow("Virus") << QStringLiteral("Virus") << QStringLiteral("Viruses")
                               << QStringLiteral("Virus") << QStringLiteral("Viruses");
        QTest::newRow("Tomato") << QStringLiteral("Tomato") << QStringLiteral("Tomatoes")
                                << QStringLiteral("Tomato") << QStringLiteral("Tomatoes");
        QTest::newRow("Photo") << QStringLiteral("Photo") << QStringLiteral("Photos")
                               << QStringLiteral("Photo") << QStringLiteral("Photos");
        QTest::newRow("Hero") << QStringLiteral("Hero") << QStringLiteral("Heros")
                              << QStringLiteral("Hero") << QStringLiteral("Heros");
        QTest::newRow("Ox") << QStringLiteral("Ox") << QStringLiteral("Oxen")
                            << QStringLiteral("Ox") << QStringLiteral("Oxen");
        QTest::newRow("Goose") << QStringLiteral("Goose") << QStringLiteral("geese")
                               << QStringLiteral("Goose") << QStringLiteral("geese");
        QTest::newRow("Man") << QStringLiteral("Man") << QStringLiteral("Men")
                             << QStringLiteral("Man") << QStringLiteral("Men");
        QTest::newRow("Woman") << QStringLiteral("Woman") << QStringLiteral("Women")
                               << QStringLiteral("Woman") << QStringLiteral("Women");
        QTest::newRow("Tooth") << QStringLiteral("Tooth") << QStringLiteral("teeth")
                               << QStringLiteral("Tooth") << QStringLiteral("teeth");
        QTest::newRow("Foot") << QStringLiteral("Foot") << QStringLiteral("feet")
                              << QStringLiteral("Foot") << QStringLiteral("feet");
        QTest::newRow("Cactus") << QStringLiteral("Cactus") << QStringLiteral("Cactus")
                                << QStringLiteral("Cactu") << QStringLiteral("Cactus");
        QTest::newRow("UserGroup") << QStringLiteral("UserGroup") << QStringLiteral("UserGroups")
                                   << QStringLiteral("UserGroup") << QStringLiteral("UserGroups");
        QTest::newRow("user_profile")
            << QStringLiteral("user_profile") << QStringLiteral("user_profiles")
            << QStringLiteral("user_profile") << QStringLiteral("user_profiles");
        QTest::newRow("userProfile")
            << QStringLiteral("userProfile") << QStringLiteral("userProfiles")
            << QStringLiteral("userProfile") << QStringLiteral("userProfiles");
        QTest::newRow("UserAccess")
            << QStringLiteral("UserAccess") << QStringLiteral("UserAccesses")
            << QStringLiteral("UserAccess") << QStringLiteral("UserAccesses");
        QTest::newRow("Alias") << QStringLiteral("Alias") << QStringLiteral("Aliases")
                               << QStringLiteral("Alias") << QStringLiteral("Aliases");
        QTest::newRow("Equipment") << QStringLiteral("Equipment") << QStringLiteral("Equipment")
                                   << QStringLiteral("Equipment") << QStringLiteral("Equipment");
        QTest::newRow("Information")
            << QStringLiteral("Information") << QStringLiteral("Information")
            << QStringLiteral("Information") << QStringLiteral("Information");
        QTest::newRow("Movie") << QStringLiteral("Movie") << QStringLiteral("Movies")
                               << QStringLiteral("Movie") << QStringLiteral("Movies");
        QTest::newRow("Cookie") << QStringLiteral("Cookie") << QStringLiteral("Cookies")
                                << QStringLiteral("Cookie") << QStringLiteral("Cookies");
        QTest::newRow("Wife") << QStringLiteral("Wife") << QStringLiteral("Wives")
                              << QStringLiteral("Wife") << QStringLiteral("Wives");
        QTest::newRow("Half") << QStringLiteral("Half") << QStringLiteral("Halves")
                              << QStringLiteral("Half") << QStringLiteral("Halves");
        QTest::newRow("Life") << QStringLiteral("Life") << QStringLiteral("Lives")
                              << QStringLiteral("Life") << QStringLiteral("Lives");
        QTest::newRow("Hive") << QStringLiteral("Hive") << QStringLiteral("Hives")
                              << QStringLiteral("Hive") << QStringLiteral("Hives");
        QTest::newRow("Axis") << QStringLiteral("Axis") << QStringLiteral("Axes")
                              << QStringLiteral("Axis") << QStringLiteral("Axes");
        QTest::newRow("Testis") << QStringLiteral("Testis") << QStringLiteral("Testes")
                                << QStringLiteral("Testis") << QStringLiteral("Testes");
        QTest::newRow("Crisis") << QStringLiteral("Crisis") << QStringLiteral("Crises")
                                << QStringLiteral("Crisis") << QStringLiteral("Crises");
        QTest::newRow("Thesis") << QStringLiteral("Thesis") << QStringLiteral("Theses")
                                << QStringLiteral("Thesis") << QStringLiteral("Theses");
        QTest::newRow("Medium") << QStringLiteral("Medium") << QStringLiteral("Media")
                                << QStringLiteral("Medium") << QStringLiteral("Media");
        QTest::newRow("Vertex") << QStringLiteral("Vertex") << QStringLiteral("Vertices")
                                << QStringLiteral("Vertex") << QStringLiteral("Vertices");
        QTest::newRow("Appendix") << QStringLiteral("Appendix") << QStringLiteral("Appendixes")
                                  << QStringLiteral("Appendix") << QStringLiteral("Appendixes");
        QTest::newRow("Schema") << QStringLiteral("Schema") << QStringLiteral("Schemas")
                                << QStringLiteral("Schema") << QStringLiteral("Schemas");
        QTest::newRow("Stadium") << QStringLiteral("Stadium") << QStringLiteral("Stadia")
                                 << QStringLiteral("Stadium") << QStringLiteral("Stadia");
        QTest::newRow("Campus") << QStringLiteral("Campus") << QStringLiteral("Campuses")
                                << QStringLiteral("Campus") << QStringLiteral("Campuses");
        QTest::newRow("Genus") << QStringLiteral("Genus") << QStringLiteral("genera")
                               << QStringLiteral("Genus") << QStringLiteral("genera");
        QTest::newRow("Menu") << QStringLiteral("Menu") << QStringLiteral("Menus")
                              << QStringLiteral("Menu") << QStringLiteral("Menus");
        QTest::newRow("Bonus") << QStringLiteral("Bonus") << QStringLiteral("Bonuses")
                               << QStringLiteral("Bonus") << QStringLiteral("Bonuses");
        QTest::newRow("Database") << QStringLiteral("Database") << QStringLiteral("Databases")
                                  << QStringLiteral("Database") << QStringLiteral("Databases");
        QTest::newRow("Kiss") << QStringLiteral("Kiss") << QStringLiteral("Kisses")
                              << QStringLiteral("Kiss") << QStringLiteral("Kisses");
        QTest::newRow("Dish") << QStringLiteral("Dish") << QStringLiteral("Dishes")
                              << QStringLiteral("Dish") << QStringLiteral("Dishes");
        QTest::newRow("Church") << QStringLiteral("Church") << QStringLiteral("Churches")
                                << QStringLiteral("Church") << QStringLiteral("Churches");
        QTest::newRow("Day") << QStringLiteral("Day") << QStringLiteral("Days")
                             << QStringLiteral("Day") << QStringLiteral("Days");
        QTest::newRow("Boy") << QStringLiteral("Boy") << QStringLiteral("Boys")
                             << QStringLiteral("Boy") << QStringLiteral("Boys");
        QTest::newRow("Key") << QStringLiteral("Key") << QStringLiteral("Keys")
                             << QStringLiteral("Key") << QStringLiteral("Keys");
        QTest::newRow("Toy") << QStringLiteral("Toy") << QStringLiteral("Toys")
                             << QStringLiteral("Toy") << QStringLiteral("Toys");
        QTest::newRow("Person2") << QStringLiteral("Person2") << QStringLiteral("Person2s")
                                 << QStringLiteral("Person2") << QStringLiteral("Person2s");
        QTest::newRow("ABC") << QStringLiteral("ABC") << QStringLiteral("ABCs")
                             << QStringLiteral("ABC") << QStringLiteral("ABCs");
        QTest::newRow("Process") << QStringLiteral("Process") << QStringLiteral("Processes")
                                 << QStringLiteral("Process") << QStringLiteral("Processes");
        QTest::newRow("Access") << QStringLiteral("Access") << QStringLiteral("Accesses")
                                << QStringLiteral("Access") << QStringLiteral("Accesses");
        QTest::newRow("Sms") << QStringLiteral("Sms") << QStringLiteral("Sms")
                             << QStringLiteral("Sm") << QStringLiteral("Sms");
        QTest::newRow("Status_code")
            << QStringLiteral("Status_code") << QStringLiteral("Status_codes")
            << QStringLiteral("Status_code") << QStringLiteral("Status_codes");
        QTest::newRow("MetaData") << QStringLiteral("MetaData") << QStringLiteral("MetaData")
                                  << QStringLiteral("MetaDatum") << QStringLiteral("MetaData");
        QTest::newRow("Foo_Bar") << QStringLiteral("Foo_Bar") << QStringLiteral("Foo_Bars")
                                 << QStringLiteral("Foo_Bar") << QStringLiteral("Foo_Bars");
        QTest::newRow("IpAddress") << QStringLiteral("IpAddress") << QStringLiteral("IpAddresses")
                                   << QStringLiteral("IpAddress") << QStringLiteral("IpAddresses");
        QTest::newRow("UserEquipment")
            << QStringLiteral("UserEquipment") << QStringLiteral("UserEquipments")
            << QStringLiteral("UserEquipment") << QStringLiteral("UserEquipments");
    }
    void sequelizeNames()
    {
        QFETCH(QString, model);
        QFETCH(QString, table);
        QFETCH(QString, singular);
        QFETCH(QString, plural);
        Sequelize sequelize(QStringLiteral("sqlite::memory:"));
        ModelDefinition *m = sequelize.define(model, {});
        QCOMPARE(m->tableName(), table);
        // The association names default to the target's singular and plural names.
        ModelDefinition *one = sequelize.define(QStringLiteral("One"), {});
        ModelDefinition *many = sequelize.define(QStringLiteral("Many"), {});
        one->belongsTo(m);
        many->hasMany(m);
        QVERIFY2(one->associationNames().contains(singular), qPrintable(singular));
        QVERIFY2(many->associationNames().contains(plural), qPrintable(plural));
    }

    // underscored: every capital letter gets a '_' before it, as inflection's underscore does
    // ("userID" is Sequelize's "user_i_d"; it was "user_id" here, another column), in the
    // table, column, foreign-key and default index names alike (recorded from Sequelize 6.37).
    void underscoredNames()
    {
        Sequelize sequelize(QStringLiteral("sqlite::memory:"));
        ModelDefinition *m = sequelize.define(
            "IPAddress",
            {{"userID", DataTypes::Integer()},
             {"HTMLCode", DataTypes::String()},
             {"plainName", DataTypes::String()}},
            ModelOptions().underscored(true).index(IndexOptions({"userID", "HTMLCode"})));
        ModelDefinition *group
            = sequelize.define("UserGroup", {}, ModelOptions().underscored(true));
        m->belongsTo(group);
        sequelize.sync();
        QCOMPARE(m->tableName(), QStringLiteral("i_p_addresses"));
        QCOMPARE(m->columnName("userID"), QStringLiteral("user_i_d"));
        QCOMPARE(m->columnName("HTMLCode"), QStringLiteral("h_t_m_l_code"));
        QCOMPARE(m->columnName("plainName"), QStringLiteral("plain_name"));
        QCOMPARE(m->columnName("createdAt"), QStringLiteral("created_at"));
        QCOMPARE(m->columnName("UserGroupId"), QStringLiteral("user_group_id"));
        QStringList indexes;
        for (const IndexDescription &index : sequelize.queryInterface().showIndex(m->tableName()))
            indexes.append(index.name());
        QCOMPARE(indexes, QStringList{"i_p_addresses_user_i_d__h_t_m_l_code"});
    }
};

QTEST_GUILESS_MAIN(tst_TableNames)
#include "tst_tablenames.moc"
