// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// count(), ported from Sequelize v6's test/integration/model/count.test.js on every dialect:
// rows, includes with a where (and a $nested$ where), groups with their attributes, no NaN,
// COUNT of a column, DISTINCT with and without a column, with includes. Each slot names the
// `it(...)` it ports.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_Count : public QObject
{
    Q_OBJECT

    struct Models
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *project = nullptr;
    };
    static Models define(Sequelize *s)
    {
        Models m;
        m.user
            = s->define("User", {{"username", DataTypes::String()}, {"age", DataTypes::Integer()}});
        m.project = s->define("Project", {{"name", DataTypes::String()}});
        m.user->hasMany(m.project);
        m.project->belongsTo(m.user);
        s->sync(SyncOptions().force());
        return m;
    }
    // Two projects for one user: the join doubles that user's row.
    static void twoProjectsOfEmber(const Models &m)
    {
        const auto ember = m.user->findOne(FindOptions().where({{"username", "ember"}}));
        ember->createAssociated("Projects", {{"name", "a"}});
        ember->createAssociated("Projects", {{"name", "b"}});
    }
    static void threeUsers(const Models &m)
    {
        m.user->bulkCreate({{{"username", "ember"}, {"age", 10}},
                            {{"username", "angular"}, {"age", 20}},
                            {{"username", "mithril"}, {"age", 10}}});
    }

private slots:
    // "should count rows", "should support include"
    void rowsAndInclude_data() { TestDatabases::addDialectRows(); }
    void rowsAndInclude()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        m.user->bulkCreate({{{"username", "foo"}}, {{"username", "bar"}}});
        QCOMPARE(m.user->count(), qint64(2));
        const auto user = m.user->findOne(FindOptions().order("id"));
        user->createAssociated("Projects", {{"name", "project1"}});
        QCOMPARE(
            m.user->count(FindOptions().include(Include(m.project).where({{"name", "project1"}}))),
            qint64(1));
        // Beyond the original: as Sequelize's, a count with an include counts joined rows (a
        // LEFT JOIN without a where: a user per project, or once without any); distinct()
        // counts users.
        user->createAssociated("Projects", {{"name", "project2"}});
        QCOMPARE(m.user->count(FindOptions().include(Include(m.project))), qint64(3));
        QCOMPARE(m.user->count(FindOptions().include(Include(m.project)).distinct()), qint64(2));
        QCOMPARE(m.user->count(
                     FindOptions().include(Include(m.project).where(Op::like("name", "project%")))),
                 qint64(2));
        QCOMPARE(m.user->count(FindOptions().distinct().include(
                     Include(m.project).where(Op::like("name", "project%")))),
                 qint64(1));
    }

    // "should count groups correctly and return attributes"
    void groups_data() { TestDatabases::addDialectRows(); }
    void groups()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const QDateTime recent(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime old(QDate(2015, 6, 1), QTime(12, 0), Qt::UTC);
        m.user->bulkCreate({{{"username", "foo"}, {"createdAt", recent}},
                            {{"username", "bar"}, {"createdAt", recent}},
                            {{"username", "valak"}, {"createdAt", old}}});
        const QList<QVariantMap> groups = m.user->countGrouped(
            FindOptions().attributes({"createdAt"}).group({"createdAt"}).order("createdAt"));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).value("createdAt").toDateTime().date().year(), 2015);
        QCOMPARE(groups.at(0).value("count").toLongLong(), qint64(1));
        QCOMPARE(groups.at(1).value("createdAt").toDateTime().date().year(), 2020);
        QCOMPARE(groups.at(1).value("count").toLongLong(), qint64(2));
    }

    // "should not return NaN"
    void noNaN_data() { TestDatabases::addDialectRows(); }
    void noNaN()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        m.user->bulkCreate({{{"username", "valak"}, {"age", 10}},
                            {{"username", "conjuring"}, {"age", 20}},
                            {{"username", "scary"}, {"age", 10}}});
        const QList<QVariantMap> grouped
            = m.user->countGrouped(FindOptions().where({{"age", 10}}).group({"age"}).order("age"));
        QCOMPARE(grouped.size(), 1);
        QCOMPARE(grouped.first().value("count").toLongLong(), qint64(2));
        QCOMPARE(grouped.first().value("age").toInt(), 10);
        QCOMPARE(m.user->count(FindOptions().where({{"username", "fire"}})), qint64(0));
        QVERIFY(m.user->countGrouped(FindOptions().where({{"username", "fire"}}).group({"age"}))
                    .isEmpty());
        // count() of a grouped find would be one number of many: refused, not the first group.
        QVERIFY_THROWS_EXCEPTION(BaseError, m.user->count(FindOptions().group({"age"})));
    }

    // Beyond Sequelize (its count() drops order, limit and offset): countGrouped() returns the
    // groups in the order asked for, and the page of them asked for, also over an include.
    void groupsInOrderAndPaged_data() { TestDatabases::addDialectRows(); }
    void groupsInOrderAndPaged()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        m.user->bulkCreate({{{"username", "a"}, {"age", 30}},
                            {{"username", "b"}, {"age", 10}},
                            {{"username", "c"}, {"age", 20}},
                            {{"username", "d"}, {"age", 10}},
                            {{"username", "e"}, {"age", 30}},
                            {{"username", "f"}, {"age", 30}}});
        auto ages = [](const QList<QVariantMap> &groups) {
            QList<int> result;
            for (const QVariantMap &g : groups)
                result.append(g.value("age").toInt());
            return result;
        };
        QCOMPARE(ages(m.user->countGrouped(
                     FindOptions().group({"age"}).order("age", Qt::DescendingOrder))),
                 QList<int>({30, 20, 10}));
        QCOMPARE(ages(m.user->countGrouped(FindOptions().group({"age"}).order("age").limit(2))),
                 QList<int>({10, 20}));
        QCOMPARE(ages(m.user->countGrouped(
                     FindOptions().group({"age"}).order("age").limit(2).offset(1))),
                 QList<int>({20, 30}));
        // By the count itself (its column is named "count", as the rows' key).
        const QList<QVariantMap> byCount = m.user->countGrouped(
            FindOptions().group({"age"}).order(Sequelize::literal("count"), Qt::DescendingOrder));
        QCOMPARE(ages(byCount), QList<int>({30, 10, 20}));
        QCOMPARE(byCount.first().value("count").toLongLong(), qint64(3));
    }

    // "should be able to specify column for COUNT()", "should be able to specify NO column for
    // COUNT() with DISTINCT"
    void columnAndDistinct_data() { TestDatabases::addDialectRows(); }
    void columnAndDistinct()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        threeUsers(m);
        QCOMPARE(m.user->count(FindOptions().col("username")), qint64(3));
        QCOMPARE(m.user->count(FindOptions().col("age").distinct()), qint64(2));
        QCOMPARE(m.user->count(FindOptions().distinct()), qint64(3));
        // Beyond the original: COUNT(column) leaves NULLs out, as SQL does.
        m.user->create({{"username", "nobody"}});
        QCOMPARE(m.user->count(FindOptions().col("age")), qint64(3));
        QCOMPARE(m.user->count(FindOptions().col("age").distinct()), qint64(2));
        QCOMPARE(m.user->count(), qint64(4));
        // An attribute the model does not have is refused before any SQL.
        QVERIFY_THROWS_EXCEPTION(BaseError, m.user->count(FindOptions().col("nosuch")));
    }

    // "should be able to use where clause on included models"
    void nestedWhere_data() { TestDatabases::addDialectRows(); }
    void nestedWhere()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        m.user->bulkCreate({{{"username", "foo"}}, {{"username", "bar"}}});
        const auto user = m.user->findOne(FindOptions().order("id"));
        user->createAssociated("Projects", {{"name", "project1"}});
        const FindOptions base = FindOptions().col("username").include(Include(m.project));
        QCOMPARE(m.user->count(FindOptions(base).where({{"$Projects.name$", "project1"}})),
                 qint64(1));
        QCOMPARE(m.user->count(FindOptions(base).where({{"$Projects.name$", "project2"}})),
                 qint64(0));
    }

    // "should be able to specify column for COUNT() with includes", "should work correctly
    // with include and whichever raw option"
    void columnWithIncludes_data() { TestDatabases::addDialectRows(); }
    void columnWithIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        threeUsers(m);
        twoProjectsOfEmber(m); // DISTINCT does not double the row
        QCOMPARE(
            m.user->count(FindOptions().col("username").distinct().include(Include(m.project))),
            qint64(3));
        QCOMPARE(m.user->count(FindOptions().col("age").distinct().include(Include(m.project))),
                 qint64(2));
        QCOMPARE(m.user->count(FindOptions().include(Include(m.project))), qint64(4));
        QCOMPARE(m.user->count(FindOptions().col("username").include(Include(m.project))),
                 qint64(4));
        QCOMPARE(m.user->count(FindOptions().include(Include(m.project)).distinct()), qint64(3));
    }

    // count({group, include}), Sequelize's count per included attribute ("Projects per user
    // name" from the projects' side): it was refused. Rows are keyed as Sequelize keys them
    // ("User.username" is "username"), joined rows counted unless distinct; answers as
    // Sequelize 6.37.8 gave them on the three databases.
    void groupedOverIncludes_data() { TestDatabases::addDialectRows(); }
    void groupedOverIncludes()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        threeUsers(m);
        twoProjectsOfEmber(m);
        m.project->create({{"name", "orphan"}});
        const auto counts = [](const QList<QVariantMap> &rows, const QString &key) {
            QMap<QString, qint64> result;
            for (const QVariantMap &row : rows)
                result.insert(row.value(key).isNull() ? QStringLiteral("<null>")
                                                      : row.value(key).toString(),
                              row.value("count").toLongLong());
            return result;
        };
        using Counts = QMap<QString, qint64>;
        // From the projects: per included user name, the orphan's NULL group included.
        QCOMPARE(
            counts(
                m.project->countGrouped(
                    FindOptions().include(Include("User").attributes({})).group({"User.username"})),
                "username"),
            (Counts{{"ember", 2}, {"<null>", 1}}));
        // A where on the include makes it required.
        QCOMPARE(counts(m.project->countGrouped(
                            FindOptions()
                                .include(Include("User").attributes({}).where({{"age", 10}}))
                                .group({"User.username"})),
                        "username"),
                 (Counts{{"ember", 2}}));
        // From the users over their projects: joined rows, or users with distinct.
        const FindOptions perUser
            = FindOptions().include(Include("Projects").attributes({})).group({"username"});
        QCOMPARE(counts(m.user->countGrouped(perUser), "username"),
                 (Counts{{"ember", 2}, {"angular", 1}, {"mithril", 1}}));
        QCOMPARE(counts(m.user->countGrouped(FindOptions(perUser).distinct()), "username"),
                 (Counts{{"ember", 1}, {"angular", 1}, {"mithril", 1}}));
        // The model's own name as a prefix.
        QCOMPARE(counts(m.user->countGrouped(FindOptions().group({"User.age"})), "age"),
                 (Counts{{"10", 2}, {"20", 1}}));
    }
};

QTEST_GUILESS_MAIN(tst_Count)
#include "tst_count.moc"
