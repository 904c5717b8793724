// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Eager loading over one shop (users, products, tags, categories, companies, prices, groups and
// ranks), ported from Sequelize v6's test/integration/include/findAll.test.js (its fixtureA and
// the cases that build the same models) on every dialect: includes of every association kind at
// once and nested, wheres at any depth (a required target under one that is not filters that
// one's targets), limits with wheres on to-many includes, attribute lists, and through
// attributes and through wheres. Each slot names the `it(...)` it ports. Every case runs twice
// per dialect: with the models in the connection's schema, and in the schema "account" (Sequelize's
// include/schema.test.js, which repeats these cases with `schema: 'account'` on every model).

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_IncludeShop : public QObject
{
    Q_OBJECT

    // The models of the file's fixtureA and of the cases that repeat it.
    struct Shop
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *company = nullptr;
        ModelDefinition *product = nullptr;
        ModelDefinition *tag = nullptr;
        ModelDefinition *price = nullptr;
        ModelDefinition *group = nullptr;
        ModelDefinition *groupMember = nullptr;
        ModelDefinition *rank = nullptr;
    };
    // The rows: each dialect with the models in the connection's schema and in "account".
    static void addShopRows()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("schema");
        const QString only = qEnvironmentVariable("QSQ_TEST_ONLY_DIALECT");
        for (const char *dialect : {"sqlite", "postgres", "mariadb"}) {
            if (!only.isEmpty() && only != QLatin1String(dialect))
                continue;
            QTest::newRow(dialect) << QString::fromLatin1(dialect) << QString();
            QTest::newRow(QByteArray(dialect).append("_account").constData())
                << QString::fromLatin1(dialect) << QStringLiteral("account");
        }
    }
    static Shop defineShop(Sequelize *s)
    {
        const QString schema
            = *static_cast<QString *>(QTest::qData("schema", qMetaTypeId<QString>()));
        if (!schema.isEmpty()) {
            s->dropSchema(schema);
            s->createSchema(schema);
        }
        const auto define = [&](const QString &name, const Attributes &attributes) {
            ModelOptions options;
            if (!schema.isEmpty())
                options.schema(schema);
            return s->define(name, attributes, options);
        };
        Shop m;
        m.user = define("User", {{"name", DataTypes::String()}});
        m.company = define("Company", {{"name", DataTypes::String()}});
        m.product = define("Product", {{"title", DataTypes::String()}});
        m.tag = define("Tag", {{"name", DataTypes::String()}});
        m.price = define("Price", {{"value", DataTypes::Float()}});
        m.group = define("Group", {{"name", DataTypes::String()}});
        m.groupMember = define("GroupMember", {});
        m.rank = define("Rank",
                        {{"name", DataTypes::String()},
                         {"canInvite", Attribute(DataTypes::Integer()).defaultValue(0)},
                         {"canRemove", Attribute(DataTypes::Integer()).defaultValue(0)},
                         {"canPost", Attribute(DataTypes::Integer()).defaultValue(0)}});
        m.user->hasMany(m.product);
        m.product->belongsTo(m.user);
        m.product->belongsToMany(m.tag, AssociationOptions().through("product_tag"));
        m.tag->belongsToMany(m.product, AssociationOptions().through("product_tag"));
        m.product->belongsTo(m.tag, AssociationOptions().as("Category"));
        m.product->belongsTo(m.company);
        m.product->hasMany(m.price);
        m.price->belongsTo(m.product);
        m.user->hasMany(m.groupMember, AssociationOptions().as("Memberships"));
        m.groupMember->belongsTo(m.user);
        m.groupMember->belongsTo(m.rank);
        m.groupMember->belongsTo(m.group);
        m.group->hasMany(m.groupMember, AssociationOptions().as("Memberships"));
        s->sync(SyncOptions().force());
        return m;
    }
    static QVariantList ids(const QList<QSharedPointer<Model>> &rows)
    {
        QVariantList keys;
        for (const auto &row : rows)
            keys.append(row->get("id"));
        return keys;
    }

    // fixtureA: five users with five products each; per user, products 0, 1 and 3 are theirs,
    // tags {A, C}, {B}, {A}, {A} on products 0-3 (product 0's category is B), companies
    // Coshopr, NYSE, Bonanza, Coca Cola and Sequelize on products 0-4, prices 5/10, 5/10/15/20,
    // 20 and 20 on products 0-3; memberships Developers/Admin, Designers/Member and (users 0-2)
    // Managers/Trustee.
    static Shop fixtureA(Sequelize *s)
    {
        Shop m = defineShop(s);
        const auto groups = m.group->bulkCreate(
            {{{"name", "Developers"}}, {{"name", "Designers"}}, {{"name", "Managers"}}});
        const auto companies = m.company->bulkCreate({{{"name", "Sequelize"}},
                                                      {{"name", "Coca Cola"}},
                                                      {{"name", "Bonanza"}},
                                                      {{"name", "NYSE"}},
                                                      {{"name", "Coshopr"}}});
        const auto ranks = m.rank->bulkCreate(
            {{{"name", "Admin"}, {"canInvite", 1}, {"canRemove", 1}, {"canPost", 1}},
             {{"name", "Trustee"}, {"canInvite", 1}, {"canRemove", 0}, {"canPost", 1}},
             {{"name", "Member"}, {"canInvite", 1}, {"canRemove", 0}, {"canPost", 0}}});
        const auto tags = m.tag->bulkCreate(
            {{{"name", "A"}}, {{"name", "B"}}, {{"name", "C"}}, {{"name", "D"}}, {{"name", "E"}}});
        for (int i = 0; i < 5; ++i) {
            const auto user = m.user->create({});
            const auto products = m.product->bulkCreate({{{"title", "Chair"}},
                                                         {{"title", "Desk"}},
                                                         {{"title", "Bed"}},
                                                         {{"title", "Pen"}},
                                                         {{"title", "Monitor"}}});
            QList<QVariantMap> members = {{{"UserId", user->get("id")},
                                           {"GroupId", groups.at(0)->get("id")},
                                           {"RankId", ranks.at(0)->get("id")}},
                                          {{"UserId", user->get("id")},
                                           {"GroupId", groups.at(1)->get("id")},
                                           {"RankId", ranks.at(2)->get("id")}}};
            if (i < 3)
                members.append({{"UserId", user->get("id")},
                                {"GroupId", groups.at(2)->get("id")},
                                {"RankId", ranks.at(1)->get("id")}});
            m.groupMember->bulkCreate(members);
            user->setAssociated("Products",
                                QVariantList{products.at(0)->get("id"), products.at(1)->get("id"),
                                             products.at(3)->get("id")});
            products.at(0)->setAssociated(
                "Tags", QVariantList{tags.at(0)->get("id"), tags.at(2)->get("id")});
            products.at(1)->setAssociated("Tags", QVariantList{tags.at(1)->get("id")});
            products.at(0)->setAssociated("Category", tags.at(1)->get("id"));
            products.at(2)->setAssociated("Tags", QVariantList{tags.at(0)->get("id")});
            products.at(3)->setAssociated("Tags", QVariantList{tags.at(0)->get("id")});
            for (int p = 0; p < 5; ++p)
                products.at(p)->setAssociated("Company", companies.at(4 - p)->get("id"));
            const QVariant p0 = products.at(0)->get("id"), p1 = products.at(1)->get("id");
            m.price->bulkCreate({{{"ProductId", p0}, {"value", 5}},
                                 {{"ProductId", p0}, {"value", 10}},
                                 {{"ProductId", p1}, {"value", 5}},
                                 {{"ProductId", p1}, {"value", 10}},
                                 {{"ProductId", p1}, {"value", 15}},
                                 {{"ProductId", p1}, {"value", 20}},
                                 {{"ProductId", products.at(2)->get("id")}, {"value", 20}},
                                 {{"ProductId", products.at(3)->get("id")}, {"value", 20}}});
        }
        return m;
    }

    // The shop of "should support an include with multiple different association types" and
    // "... with a where option on nested includes": five users with two products each (tags
    // {A, C} and {B}, category B on the first), prices 5/10 and 5/10/15/20, memberships
    // Developers/Admin and Designers/Member.
    static Shop twoProductShop(Sequelize *s, const QVariantMap &userValues)
    {
        const Shop m = defineShop(s);
        const auto groups
            = m.group->bulkCreate({{{"name", "Developers"}}, {{"name", "Designers"}}});
        const auto ranks
            = m.rank->bulkCreate({{{"name", "Admin"}, {"canInvite", 1}, {"canRemove", 1}},
                                  {{"name", "Member"}, {"canInvite", 1}, {"canRemove", 0}}});
        const auto tags = m.tag->bulkCreate({{{"name", "A"}}, {{"name", "B"}}, {{"name", "C"}}});
        for (int i = 0; i < 5; ++i) {
            const auto user = m.user->create(userValues);
            const auto products
                = m.product->bulkCreate({{{"title", "Chair"}}, {{"title", "Desk"}}});
            m.groupMember->bulkCreate({{{"UserId", user->get("id")},
                                        {"GroupId", groups.at(0)->get("id")},
                                        {"RankId", ranks.at(0)->get("id")}},
                                       {{"UserId", user->get("id")},
                                        {"GroupId", groups.at(1)->get("id")},
                                        {"RankId", ranks.at(1)->get("id")}}});
            user->setAssociated("Products", ids(products));
            products.at(0)->setAssociated(
                "Tags", QVariantList{tags.at(0)->get("id"), tags.at(2)->get("id")});
            products.at(1)->setAssociated("Tags", QVariantList{tags.at(1)->get("id")});
            products.at(0)->setAssociated("Category", tags.at(1)->get("id"));
            const QVariant p0 = products.at(0)->get("id"), p1 = products.at(1)->get("id");
            m.price->bulkCreate({{{"ProductId", p0}, {"value", 5}},
                                 {{"ProductId", p0}, {"value", 10}},
                                 {{"ProductId", p1}, {"value", 5}},
                                 {{"ProductId", p1}, {"value", 10}},
                                 {{"ProductId", p1}, {"value", 15}},
                                 {{"ProductId", p1}, {"value", 20}}});
        }
        return m;
    }

private slots:
    // The schema "account" goes after each case that made it (MariaDB's is a database).
    void cleanup()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, schema);
        if (schema.isEmpty() || TestDatabases::url(dialect).isEmpty())
            return;
        if (auto s = TestDatabases::open(dialect))
            s->dropSchema(schema);
    }

    // "should support an include with multiple different association types"
    void multipleAssociationTypes_data() { addShopRows(); }
    void multipleAssociationTypes()
    {
        QSQ_OPEN_DIALECT(s);
        const Shop m = twoProductShop(s.get(), {});
        const auto users = m.user->findAll(
            FindOptions()
                .include(Include("Memberships").include(Include(m.group)).include(Include(m.rank)))
                .include(Include(m.product)
                             .include(Include("Tags"))
                             .include(Include("Category"))
                             .include(Include(m.price)))
                .order("id"));
        QCOMPARE(users.size(), 5);
        for (const auto &user : users) {
            auto memberships = user->loadedTargets("Memberships");
            std::sort(memberships.begin(), memberships.end(), [](const auto &a, const auto &b) {
                return a->get("id").toInt() < b->get("id").toInt();
            });
            QCOMPARE(memberships.size(), 2);
            QCOMPARE(memberships.at(0)->loadedAssociation("Group")->get("name").toString(),
                     "Developers");
            QCOMPARE(memberships.at(0)->loadedAssociation("Rank")->get("canRemove").toInt(), 1);
            QCOMPARE(memberships.at(1)->loadedAssociation("Group")->get("name").toString(),
                     "Designers");
            QCOMPARE(memberships.at(1)->loadedAssociation("Rank")->get("canRemove").toInt(), 0);
            auto products = user->loadedTargets("Products");
            std::sort(products.begin(), products.end(), [](const auto &a, const auto &b) {
                return a->get("id").toInt() < b->get("id").toInt();
            });
            QCOMPARE(products.size(), 2);
            QCOMPARE(products.at(0)->loadedTargets("Tags").size(), 2);
            QCOMPARE(products.at(1)->loadedTargets("Tags").size(), 1);
            QVERIFY(products.at(0)->loadedAssociation("Category"));
            QVERIFY(!products.at(1)->loadedAssociation("Category"));
            QCOMPARE(products.at(0)->loadedTargets("Prices").size(), 2);
            QCOMPARE(products.at(1)->loadedTargets("Prices").size(), 4);
        }
    }

    // "should be possible to extend the on clause with a where option on nested includes"
    void nestedIncludeWheres_data() { addShopRows(); }
    void nestedIncludeWheres()
    {
        QSQ_OPEN_DIALECT(s);
        const Shop m = twoProductShop(s.get(), {{"name", "FooBarzz"}});
        const auto users = m.user->findAll(
            FindOptions()
                .include(Include("Memberships")
                             .include(Include(m.group))
                             .include(Include(m.rank).where({{"name", "Admin"}})))
                .include(Include(m.product)
                             .include(Include("Tags"))
                             .include(Include("Category"))
                             .include(Include(m.price).where(Op::gt("value", 15))))
                .order("id"));
        QCOMPARE(users.size(), 5);
        for (const auto &user : users) {
            const auto memberships = user->loadedTargets("Memberships");
            QCOMPARE(memberships.size(), 1);
            QCOMPARE(memberships.first()->loadedAssociation("Rank")->get("name").toString(),
                     "Admin");
            const auto products = user->loadedTargets("Products");
            QCOMPARE(products.size(), 1);
            QCOMPARE(products.first()->loadedTargets("Prices").size(), 1);
        }
    }

    // "should be possible use limit, attributes and a where on a belongsTo with additional
    // hasMany includes"
    void limitAttributesBelongsToWhereWithHasMany_data() { addShopRows(); }
    void limitAttributesBelongsToWhereWithHasMany()
    {
        QSQ_OPEN_DIALECT(s);
        const Shop m = fixtureA(s.get());
        const auto products
            = m.product->findAll(FindOptions()
                                     .attributes({"id", "title"})
                                     .include(Include(m.company).where({{"name", "NYSE"}}))
                                     .include(Include("Tags"))
                                     .include(Include(m.price))
                                     .limit(3)
                                     .order(Sequelize::col("Product.id")));
        QCOMPARE(products.size(), 3);
        for (const auto &product : products) {
            QCOMPARE(product->loadedAssociation("Company")->get("name").toString(), "NYSE");
            QVERIFY(!product->loadedTargets("Tags").isEmpty());
            QVERIFY(!product->loadedTargets("Prices").isEmpty());
        }
    }

    // "should be possible to turn off the attributes for the through table", "should be
    // possible to select on columns inside a through table" (with and without a limit)
    void throughAttributesAndWhere_data() { addShopRows(); }
    void throughAttributesAndWhere()
    {
        QSQ_OPEN_DIALECT(s);
        const Shop m = fixtureA(s.get());
        const auto products = m.product->findAll(FindOptions().attributes({"title"}).include(
            Include(m.tag).throughAttributes({}).required(true)));
        QCOMPARE(products.size(), 20);
        for (const auto &product : products) {
            const auto tags = product->loadedTargets("Tags");
            QVERIFY(!tags.isEmpty());
            for (const auto &tag : tags)
                QVERIFY(!tag->toJSON().contains("product_tag"));
        }
        for (int limit : {0, 5}) {
            FindOptions options = FindOptions().attributes({"title"}).include(
                Include(m.tag).throughWhere({{"ProductId", 3}}).required(true));
            if (limit)
                options.limit(limit);
            const auto third = m.product->findAll(options);
            QCOMPARE(third.size(), 1);
            QCOMPARE(third.first()->get("title").toString(), "Bed");
        }
    }

    // "should be possible to use limit and a where on a hasMany with additional includes" and
    // "... on a hasMany with a through model with additional includes"
    void limitAndWhereOnToMany_data() { addShopRows(); }
    void limitAndWhereOnToMany()
    {
        QSQ_OPEN_DIALECT(s);
        const Shop m = fixtureA(s.get());
        auto products = m.product->findAll(FindOptions()
                                               .include(Include(m.company))
                                               .include(Include("Tags"))
                                               .include(Include(m.price).where(Op::gt("value", 5)))
                                               .limit(6)
                                               .order("id"));
        QCOMPARE(products.size(), 6);
        for (const auto &product : products) {
            QVERIFY(!product->loadedTargets("Tags").isEmpty());
            const auto prices = product->loadedTargets("Prices");
            QVERIFY(!prices.isEmpty());
            for (const auto &price : prices)
                QVERIFY(price->get("value").toDouble() > 5);
        }
        products = m.product->findAll(
            FindOptions()
                .include(Include(m.company))
                .include(Include("Tags").where({{"name", QVariantList{"A", "B", "C"}}}))
                .include(Include(m.price))
                .limit(10)
                .order("id"));
        QCOMPARE(products.size(), 10);
        for (const auto &product : products) {
            const auto tags = product->loadedTargets("Tags");
            QVERIFY(!tags.isEmpty());
            QVERIFY(!product->loadedTargets("Prices").isEmpty());
            for (const auto &tag : tags)
                QVERIFY(QStringList({"A", "B", "C"}).contains(tag->get("name").toString()));
        }
    }
};

QTEST_GUILESS_MAIN(tst_IncludeShop)
#include "tst_includeshop.moc"
