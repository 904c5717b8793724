// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's model `indexes` and QueryInterface::addIndex() options (issue 15): unique and
// composite, ordered keys, partial (where), computed keys, MariaDB's FULLTEXT and key lengths,
// `using`; sync() creates the missing ones by name. What a database cannot build is refused with
// a DefinitionError before the table is touched.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Indexes : public QObject
{
    Q_OBJECT

private:
    static QMap<QString, IndexDescription> indexes(Sequelize *s, const QString &table)
    {
        QMap<QString, IndexDescription> byName;
        for (const IndexDescription &index : s->queryInterface().showIndex(table))
            byName.insert(index.name(), index);
        return byName;
    }

private slots:
    // CHECK constraints declared on attributes: created by sync() (also when SQLite rebuilds
    // the table for sync({alter})), enforced by the database; the row is not written.
    void attributeChecks_data() { TestDatabases::addDialectRows(); }
    void attributeChecks()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        const QString price = dialect == QLatin1String("mariadb") ? "`price`" : "\"price\"";
        ModelDefinition *product = s->define(
            "Product",
            {{"price",
              Attribute(DataTypes::Integer())
                  .allowNull(false)
                  .check(Sequelize::literal(price + " > 0"))
                  .comment("in cents")},
             {"name", Attribute(DataTypes::String()).check(Sequelize::literal("name <> ''"))}});
        QVERIFY(product->attribute("price").hasCheck());
        product->sync(SyncOptions().force());
        product->create({{"price", 5}, {"name", "ok"}});
        QVERIFY_THROWS_EXCEPTION(DatabaseError, product->create({{"price", 0}, {"name", "x"}}));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, product->create({{"price", 3}, {"name", ""}}));
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 product->update({{"price", -1}}, Op::eq("name", "ok")));
        QCOMPARE(product->count(), 1);
        QCOMPARE(product->findOne()->get("price").toInt(), 5);
        // sync({alter}) keeps the checks (SQLite copies the table to change a column).
        ModelDefinition *altered = s->define(
            "Product",
            {{"price",
              Attribute(DataTypes::BigInt())
                  .allowNull(false)
                  .check(Sequelize::literal(price + " > 0"))},
             {"name", Attribute(DataTypes::String()).check(Sequelize::literal("name <> ''"))}});
        altered->sync(SyncOptions().alter());
        QVERIFY_THROWS_EXCEPTION(DatabaseError, altered->create({{"price", 0}, {"name", "x"}}));
        QCOMPARE(altered->count(), 1);
        // A condition that is not SQL text is refused when declared.
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 Attribute().check(Sequelize::fn("f", {Sequelize::col("x")})));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Attribute().check(Sequelize::literal(" ")));
    }

    void modelIndexes_data() { TestDatabases::addDialectRows(); }
    void modelIndexes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        ModelDefinition *person = s->define(
            "Person",
            {{"email", DataTypes::String(100)},
             {"firstName", DataTypes::String(50)},
             {"age", DataTypes::Integer()}},
            ModelOptions()
                .underscored()
                .index(IndexOptions({"email"}).unique())
                .index(IndexOptions().field("firstName").field("age", Qt::DescendingOrder))
                .index(IndexOptions({"age"}).name("by_age")));
        person->sync(SyncOptions().force());
        const QMap<QString, IndexDescription> found = indexes(s, "people");
        // Sequelize's default names: <table>_<fields>, underscored; keys are the columns.
        QVERIFY2(found.contains("people_email"), qPrintable(found.keys().join(", ")));
        QVERIFY(found.value("people_email").isUnique());
        QCOMPARE(found.value("people_email").fields(), QStringList{"email"});
        QVERIFY(found.contains("people_first_name_age"));
        QCOMPARE(found.value("people_first_name_age").fields(), (QStringList{"first_name", "age"}));
        QVERIFY(!found.value("people_first_name_age").isUnique());
        QVERIFY(found.contains("by_age"));
        person->create({{"email", "a@x"}, {"firstName", "Ann"}, {"age", 30}});
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, person->create({{"email", "a@x"}}));
        // sync() again: the indexes exist by name, nothing is created twice.
        person->sync();
        QCOMPARE(indexes(s, "people").size(), found.size());
        // An index added to the model later is created by the next sync().
        ModelDefinition *again = s->define(
            "Person",
            {{"email", DataTypes::String(100)},
             {"firstName", DataTypes::String(50)},
             {"age", DataTypes::Integer()}},
            ModelOptions().underscored().index(IndexOptions({"email", "age"}).name("late")));
        again->sync();
        QVERIFY(indexes(s, "people").contains("late"));
        QCOMPARE(again->count(), 1);
    }

    // Partial and computed keys (SQLite, PostgreSQL), FULLTEXT and key lengths (MariaDB); each
    // refused where the database has no such index, before the table is created.
    void dialectIndexes_data() { TestDatabases::addDialectRows(); }
    void dialectIndexes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        const bool mariadb = dialect == QLatin1String("mariadb");
        const Attributes attributes{{"email", DataTypes::String(100)},
                                    {"age", DataTypes::Integer()},
                                    {"bio", DataTypes::Text()}};
        auto define = [&](const IndexOptions &index) {
            return s->define("Member", attributes, ModelOptions().index(index));
        };
        const IndexOptions partial
            = IndexOptions({"email"}).unique().name("adult_email").where(Op::gte("age", 18));
        const IndexOptions computed = IndexOptions()
                                          .name("lower_email")
                                          .unique()
                                          .field(Sequelize::fn("lower", {Sequelize::col("email")}));
        const IndexOptions fulltext = IndexOptions({"bio"}).type("FULLTEXT");
        const IndexOptions prefix = IndexOptions().field("bio", Qt::AscendingOrder, 10);
        for (const IndexOptions &index : {partial, computed}) {
            ModelDefinition *member = define(index);
            if (mariadb) {
                QVERIFY_THROWS_EXCEPTION(DefinitionError, member->sync(SyncOptions().force()));
                QVERIFY(!s->queryInterface().showAllTables().contains("Members"));
            } else {
                member->sync(SyncOptions().force());
            }
        }
        if (!mariadb) {
            // Partial unique: minors may share an address, adults may not.
            ModelDefinition *member = define(partial);
            member->sync(SyncOptions().force());
            member->create({{"email", "kid@x"}, {"age", 9}});
            member->create({{"email", "kid@x"}, {"age", 10}});
            member->create({{"email", "a@x"}, {"age", 30}});
            QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                     member->create({{"email", "a@x"}, {"age", 40}}));
            // Unique on lower(email).
            member = define(computed);
            member->sync(SyncOptions().force());
            member->create({{"email", "Bob@x"}});
            QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, member->create({{"email", "bob@X"}}));
            for (const IndexOptions &index : {fulltext, prefix})
                QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                         define(index)->sync(SyncOptions().force()));
        } else {
            for (const IndexOptions &index : {fulltext, prefix}) {
                define(index)->sync(SyncOptions().force());
                QCOMPARE(indexes(s, "Members").value("members_bio").fields(), QStringList{"bio"});
            }
        }
        // `using`: BTREE on PostgreSQL and MariaDB (and PostgreSQL's own methods); SQLite has
        // none.
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY_THROWS_EXCEPTION(
                DefinitionError,
                define(IndexOptions({"age"}).using_("BTREE"))->sync(SyncOptions().force()));
        } else {
            define(IndexOptions({"age"}).using_(mariadb ? "HASH" : "BRIN"))
                ->sync(SyncOptions().force());
            QVERIFY(indexes(s, "Members").contains("members_age"));
        }
        // What is no plain name is refused everywhere.
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            define(IndexOptions({"age"}).using_("BTREE; DROP TABLE Members"))->sync());
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, define(IndexOptions({"nope"}))->sync());
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, define(IndexOptions().field(Sequelize::fn("lower", {"x"})))->sync());
    }

    // QueryInterface::addIndex() takes the same key options; its default name is Sequelize's.
    void queryInterfaceIndexes_data() { TestDatabases::addDialectRows(); }
    void queryInterfaceIndexes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        QueryInterface qi = s->queryInterface();
        qi.createTable("Gadgets",
                       {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                        {"serialNo", DataTypes::String(40)},
                        {"rank", DataTypes::Integer()},
                        {"active", DataTypes::Boolean()},
                        {"kind", DataTypes::String(20)}});
        qi.addIndex("Gadgets", {"serialNo"}, IndexOptions().unique());
        qi.addIndex("Gadgets", {},
                    IndexOptions().field("rank", Qt::DescendingOrder).name("by_rank"));
        const QMap<QString, IndexDescription> found = indexes(s, "Gadgets");
        QVERIFY2(found.contains("gadgets_serial_no"), qPrintable(found.keys().join(", ")));
        QVERIFY(found.value("gadgets_serial_no").isUnique());
        QVERIFY(found.contains("by_rank"));
        // A partial index: Sequelize's addIndex(table, fields, {where}), the where written as a
        // model's over the table's columns (typed as described: a boolean is the database's).
        const IndexOptions partial
            = IndexOptions()
                  .unique()
                  .name("live_serials")
                  .where(Where({{"active", true}, {"kind", "it's"}}) && Op::gt("rank", 1));
        if (dialect == QLatin1String("mariadb")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError, qi.addIndex("Gadgets", {"rank"}, partial));
        } else {
            qi.addIndex("Gadgets", {"rank"}, partial);
            QVERIFY(indexes(s, "Gadgets").contains("live_serials"));
            const auto insert = [&](int rank, bool active, const QString &kind) {
                qi.bulkInsert("Gadgets", {{{"rank", rank}, {"active", active}, {"kind", kind}}});
            };
            insert(2, false, "it's");
            insert(2, false, "it's"); // inactive rows are outside the index
            insert(2, true, "other");
            insert(2, true, "other");
            insert(1, true, "it's");
            insert(1, true, "it's"); // rank 1 too
            insert(2, true, "it's");
            QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, insert(2, true, "it's"));
            QCOMPARE(s->query(QStringLiteral("SELECT * FROM %1").arg(qi.quoteIdentifier("Gadgets")))
                         .rows()
                         .size(),
                     7);
        }
        // createTable() makes the same indexes; one it cannot make leaves no table behind.
        const Attributes widget = {{"id", Attribute(DataTypes::Integer()).primaryKey()},
                                   {"code", Attribute(DataTypes::String(9)).field("wcode")},
                                   {"gone", DataTypes::Boolean()}};
        const ModelOptions partialCodes = ModelOptions().index(
            IndexOptions({"wcode"}).unique().where(Where({{"gone", false}})));
        if (dialect == QLatin1String("mariadb")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                     qi.createTable("Widgets", widget, partialCodes));
            QVERIFY(!qi.tableExists("Widgets"));
        } else {
            qi.createTable("Widgets", widget, partialCodes);
            qi.bulkInsert("Widgets", {{{"id", 1}, {"wcode", "a"}, {"gone", true}},
                                      {{"id", 2}, {"wcode", "a"}, {"gone", true}},
                                      {{"id", 3}, {"wcode", "a"}, {"gone", false}}});
            QVERIFY_THROWS_EXCEPTION(
                UniqueConstraintError,
                qi.bulkInsert("Widgets", {{{"id", 4}, {"wcode", "a"}, {"gone", false}}}));
        }
        QVERIFY_THROWS_EXCEPTION(
            UnknownAttributeError,
            qi.createTable("Others", widget,
                           ModelOptions().index(
                               IndexOptions({"wcode"}).where(Where({{"nope", false}})))));
        QVERIFY(!qi.tableExists("Others"));
        // A column the table lacks is named in the error.
        QVERIFY_THROWS_EXCEPTION(
            UnknownAttributeError,
            qi.addIndex("Gadgets", {"rank"}, IndexOptions().name("x").where(Op::gt("nope", 1))));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, qi.addIndex("Gadgets", {"rank"}, IndexOptions().type("SPATIAL; x")));
        qi.removeIndex("Gadgets", "by_rank");
        QVERIFY(!indexes(s, "Gadgets").contains("by_rank"));
    }
};

QTEST_GUILESS_MAIN(tst_Indexes)
#include "tst_indexes.moc"
