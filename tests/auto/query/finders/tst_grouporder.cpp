// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Grouping and ordering, ported from Sequelize v6's test/integration/model/findAll/group.test.js
// and findAll/order.test.js on every dialect: aggregates over an included association's
// columns grouped by the source (an include with attributes: [] joins without reading), no
// primary key added to a grouped select, ORDER BY literals and NULLS FIRST/LAST.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtCore/qjsondocument.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_GroupOrder : public QObject
{
    Q_OBJECT

    struct Blog
    {
        ModelDefinition *post = nullptr;
        ModelDefinition *comment = nullptr;
    };

    static Blog defineBlog(Sequelize *sequelize)
    {
        Blog b;
        b.post = sequelize->define(
            "Post",
            {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"name", Attribute(DataTypes::String()).allowNull(false)}});
        b.comment = sequelize->define(
            "Comment",
            {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
             {"text", Attribute(DataTypes::String()).allowNull(false)}});
        b.post->hasMany(b.comment);
        b.comment->belongsTo(b.post);
        sequelize->sync(SyncOptions().force());
        b.post->bulkCreate({{{"name", "post-1"}}, {{"name", "post-2"}}});
        b.comment->bulkCreate({{{"text", "Market"}, {"PostId", 1}},
                               {{"text", "Text"}, {"PostId", 2}},
                               {{"text", "Abc"}, {"PostId", 2}},
                               {{"text", "Semaphor"}, {"PostId", 1}},
                               {{"text", "Text"}, {"PostId", 1}}});
        return b;
    }

private slots:
    // "should correctly group with attributes, #3009"
    void groupWithIncludedAggregate_data() { TestDatabases::addDialectRows(); }
    void groupWithIncludedAggregate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Blog b = defineBlog(sequelize.get());
        const auto posts = b.post->findAll(
            FindOptions()
                .attribute(Sequelize::fn("COUNT", {Sequelize::col("Comments.id")}), "comment_count")
                .include(Include("Comments").attributes({}))
                .group({"Post.id"})
                .order("id"));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.at(0)->get("comment_count").toInt(), 3);
        QCOMPARE(posts.at(1)->get("comment_count").toInt(), 2);
    }

    // The same with raw: true (findAllRaw), Sequelize's usual form of a count per source row:
    // the raw rows over includes were generated apart and dropped the computed attributes,
    // the GROUP BY, the HAVING and the include's attributes({}), so one row per comment came
    // back with every column and no count, without an error. A limit counts the groups then.
    void rawGroupWithIncludedAggregate_data() { TestDatabases::addDialectRows(); }
    void rawGroupWithIncludedAggregate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Blog b = defineBlog(sequelize.get());
        b.post->create({{"name", "post-3"}});
        const FindOptions counted
            = FindOptions()
                  .attributes({"id"})
                  .attribute(Sequelize::fn("COUNT", {Sequelize::col("Comments.id")}), "n")
                  .include(Include("Comments").attributes({}))
                  .group({"Post.id"})
                  .order("id");
        const QList<QVariantMap> rows = b.post->findAllRaw(counted);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), (QVariantMap{{"id", 1}, {"n", rows.at(0).value("n")}}));
        QCOMPARE(rows.at(0).value("n").toInt(), 3);
        QCOMPARE(rows.at(1).value("n").toInt(), 2);
        QCOMPARE(rows.at(2).value("n").toInt(), 0);
        FindOptions kept = counted;
        kept.having(Sequelize::where(Sequelize::fn("COUNT", {Sequelize::col("Comments.id")}),
                                     Where::Gt, 2));
        const QList<QVariantMap> busy = b.post->findAllRaw(kept);
        QCOMPARE(busy.size(), 1);
        QCOMPARE(busy.at(0).value("id").toInt(), 1);
        FindOptions page = counted;
        page.limit(2).offset(1);
        const QList<QVariantMap> paged = b.post->findAllRaw(page);
        QCOMPARE(paged.size(), 2);
        QCOMPARE(paged.at(0).value("id").toInt(), 2);
        QCOMPARE(paged.at(1).value("n").toInt(), 0);
        // Per included row: a where on the include, its exclusions honoured.
        const QList<QVariantMap> joined = b.post->findAllRaw(
            FindOptions()
                .attributes({"name"})
                .include(Include("Comments")
                             .where(Where::fromMap({{"text", "Text"}}))
                             .required(true)
                             .excludeAttributes({"PostId", "text", "createdAt", "updatedAt"}))
                .order("Comments.id"));
        QCOMPARE(joined.size(), 2);
        QCOMPARE(joined.at(0), (QVariantMap{{"name", "post-2"}, {"Comments.id", 2}}));
        QCOMPARE(joined.at(1), (QVariantMap{{"name", "post-1"}, {"Comments.id", 5}}));
        // An include read by a query of its own cannot be joined: refused (its limit per row
        // was ignored and every joined row came back).
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            b.post->findAllRaw(FindOptions().include(Include("Comments").limit(1))));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            b.post->findAllRaw(FindOptions().include(Include("Comments").separate())));
    }

    // A separate include (or one limited per row) is read by a query of its own, so a count
    // counts source rows, as Sequelize's: it counted joined rows (5 posts' comments: 5).
    void countWithSeparateInclude_data() { TestDatabases::addDialectRows(); }
    void countWithSeparateInclude()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Blog b = defineBlog(sequelize.get());
        QCOMPARE(b.post->count(FindOptions().include("Comments")), qint64(5));
        QCOMPARE(b.post->count(FindOptions().include(Include("Comments").separate())), qint64(2));
        QCOMPARE(b.post->count(FindOptions().include(Include("Comments").limit(1))), qint64(2));
        qint64 count = 0;
        const auto posts = b.post->findAndCountAll(
            FindOptions().include(Include("Comments").separate()).order("id"), &count);
        QCOMPARE(count, qint64(2));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.first()->loadedTargets("Comments").size(), 3);
        // Required, it still filters (and joins) as before.
        QCOMPARE(b.post->count(FindOptions().include(
                     Include("Comments").separate().required(true).where({{"text", "Abc"}}))),
                 qint64(1));
    }

    // "should not add primary key when grouping using a belongsTo association"
    void groupWithoutPrimaryKey_data() { TestDatabases::addDialectRows(); }
    void groupWithoutPrimaryKey()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Blog b = defineBlog(sequelize.get());
        const auto counts = b.comment->findAll(
            FindOptions()
                .attributes({"PostId"})
                .attribute(Sequelize::fn("COUNT", {Sequelize::col("Comment.id")}), "comment_count")
                .include(Include("Post").attributes({}))
                .group({"PostId"})
                .order("PostId"));
        QCOMPARE(counts.size(), 2);
        QVERIFY2(!counts.at(0)->toJSON().contains("id"),
                 QJsonDocument(counts.at(0)->toJSON()).toJson().constData());
        QCOMPARE(counts.at(0)->get("comment_count").toInt(), 3);
        QCOMPARE(counts.at(1)->get("comment_count").toInt(), 2);
    }

    // order.test.js: "should work with order: literal()" and NULLS FIRST/LAST with an include
    void orderLiteralAndNulls_data() { TestDatabases::addDialectRows(); }
    void orderLiteralAndNulls()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Blog b = defineBlog(sequelize.get());
        const QString name = dialect == QLatin1String("mariadb") ? "`name`" : "\"name\"";
        const auto posts = b.post->findAll(FindOptions().orderLiteral(name + " = 'post-2' DESC"));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.first()->get("name").toString(), "post-2");
        b.comment->create({{"text", "orphan"}});
        const auto comments
            = b.comment->findAll(FindOptions()
                                     .include("Post")
                                     .order("PostId", Qt::AscendingOrder, NullsOrder::Last)
                                     .order("id"));
        QCOMPARE(comments.size(), 6);
        QCOMPARE(comments.last()->get("text").toString(), "orphan");
        QVERIFY(comments.last()->loadedAssociation("Post") == nullptr);
        QCOMPARE(comments.first()->loadedAssociation("Post")->get("name").toString(), "post-1");
        const auto first = b.comment->findAll(
            FindOptions().order("PostId", Qt::DescendingOrder, NullsOrder::First).order("id"));
        QCOMPARE(first.first()->get("text").toString(), "orphan");
        QCOMPARE(first.at(1)->get("PostId").toInt(), 2);
    }

    // Sequelize's order: [['PostId', 'DESC NULLS FIRST'], ['text', 'ASC']], written as
    // order({{"PostId", "DESC NULLS FIRST"}, {"text", "ASC"}}). The one-pair form compiled to
    // order(QString) from two unrelated pointers (an identifier error, or any memory read).
    void orderPairs_data() { TestDatabases::addDialectRows(); }
    void orderPairs()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Blog b = defineBlog(sequelize.get());
        b.comment->create({{"text", "orphan"}});
        auto texts = [&](const FindOptions &options) {
            QStringList found;
            for (const auto &comment : b.comment->findAll(options))
                found.append(comment->get("text").toString());
            return found;
        };
        QCOMPARE(texts(FindOptions().order({{"text", "DESC"}})).first(), "orphan");
        QCOMPARE(texts(FindOptions().order({{"PostId", "desc nulls first"}, {"text", "ASC"}})),
                 QStringList({"orphan", "Abc", "Text", "Market", "Semaphor", "Text"}));
        QCOMPARE(texts(FindOptions().order({{"PostId", "NULLS LAST"}, {"text", "DESC"}})),
                 QStringList({"Text", "Semaphor", "Market", "Text", "Abc", "orphan"}));
        for (const char *direction :
             {"UP", "", "ASC DESC", "NULLS", "DESC NULLS MIDDLE", "ASC; --"})
            QVERIFY_THROWS_EXCEPTION(DefinitionError, FindOptions().order({{"text", direction}}));
        const auto posts
            = b.post->findAll(FindOptions()
                                  .include(Include("Comments").order({{"text", "DESC"}}))
                                  .order({{"name", "ASC"}}));
        QCOMPARE(posts.size(), 2);
        QStringList first;
        for (QObject *comment : posts.first()->loadedAssociationList("Comments"))
            first.append(static_cast<Model *>(comment)->get("text").toString());
        QCOMPARE(first, QStringList({"Text", "Semaphor", "Market"}));
    }
};

QTEST_GUILESS_MAIN(tst_GroupOrder)
#include "tst_grouporder.moc"
