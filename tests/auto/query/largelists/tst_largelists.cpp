// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Lists longer than the placeholders one statement takes (65,535 on PostgreSQL and MariaDB):
// Sequelize writes every value into the SQL text, so `id IN (70,000 ids)` and an include over
// 70,000 parents simply run. Here values stay bound, so each dialect binds a long list as one
// value (PostgreSQL an array, SQLite and MariaDB a JSON array); these are the finders, counts,
// bulk updates and deletes, eager loading and raw queries that failed on MariaDB with "too many
// placeholders" and on PostgreSQL in raw queries, each compared with the rows it must touch.

#include <QtSequelize/Errors>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_LargeLists : public QObject
{
    Q_OBJECT

private:
    static constexpr int Users = 70000;
    static constexpr int PostEvery = 7; // users 1, 8, 15, ... have one post each

    struct Schema
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *post = nullptr;
    };
    static Schema define(Sequelize *s)
    {
        Schema m;
        m.user = s->define("User", {{"name", DataTypes::String()}, {"n", DataTypes::Integer()}},
                           ModelOptions().timestamps(false));
        m.post
            = s->define("Post", {{"title", DataTypes::String()}}, ModelOptions().timestamps(false));
        m.user->hasMany(m.post, AssociationOptions().as("posts").foreignKey("userId"));
        s->sync(SyncOptions().force());
        QList<QVariantMap> users;
        for (int i = 1; i <= Users; ++i)
            users.append({{"name", QStringLiteral("u%1").arg(i)}, {"n", i % 10}});
        m.user->bulkCreate(users);
        QList<QVariantMap> posts;
        for (int i = 1; i <= Users; i += PostEvery)
            posts.append({{"title", QStringLiteral("p%1").arg(i)}, {"userId", i}});
        m.post->bulkCreate(posts);
        return m;
    }
    // Every key 1..last, and one that matches no row (a list longer than the table).
    static QVariantList keys(int last)
    {
        QVariantList list;
        list.reserve(last + 1);
        for (int i = 1; i <= last; ++i)
            list.append(i);
        list.append(Users + 1000);
        return list;
    }

private slots:
    // Finders, counts, updates and deletes with in/notIn of 70,000 integers (and a NULL in
    // the list: IN matches the others, NOT IN nothing, as SQL's IN list does).
    void integerKeys_data() { TestDatabases::addDialectRows(); }
    void integerKeys()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema m = define(sequelize.get());
        const QVariantList all = keys(Users);
        const QVariantList most = keys(Users - 10);
        QCOMPARE(m.user->count(FindOptions().where(Op::in("id", all))), qint64(Users));
        QCOMPARE(m.user->count(FindOptions().where(Op::notIn("id", most))), qint64(10));
        QCOMPARE(m.user->findAll(FindOptions().where(Op::notIn("id", most)).order("id")).size(),
                 10);
        QVariantList withNull = most;
        withNull.append(QVariant());
        QCOMPARE(m.user->count(FindOptions().where(Op::in("id", withNull))), qint64(Users - 10));
        QCOMPARE(m.user->count(FindOptions().where(Op::notIn("id", withNull))), qint64(0));
        // Bulk update and delete: the rows in the list and no other.
        QCOMPARE(m.user->update({{"n", 100}}, Op::in("id", most)), Users - 10);
        QCOMPARE(m.user->count(FindOptions().where(Where({{"n", 100}}))), qint64(Users - 10));
        QCOMPARE(m.post->destroy(Op::notIn("userId", keys(Users - 14))), 2);
        // (The posts go first: deleting a user makes PostgreSQL and SQLite look for its posts
        // to set their userId to NULL, and without an index on it, that is a scan per user.)
        m.post->destroy(Where());
        QCOMPARE(m.user->destroy(Op::in("id", most)), Users - 10);
        QCOMPARE(m.user->count(), qint64(10));
    }

    // An include over 70,000 parents reads their children with one list of keys.
    void eagerLoading_data() { TestDatabases::addDialectRows(); }
    void eagerLoading()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema m = define(sequelize.get());
        const auto users = m.user->findAll(FindOptions().include(Include("posts")).order("id"));
        QCOMPARE(users.size(), Users);
        int posts = 0;
        for (const auto &user : users) {
            const auto children = user->loadedTargets("posts");
            const int id = user->get("id").toInt();
            QCOMPARE(children.size(), (id - 1) % PostEvery == 0 ? 1 : 0);
            posts += int(children.size());
        }
        QCOMPARE(posts, (Users + PostEvery - 1) / PostEvery);
    }

    // A raw query's list replacement in IN (...): 70,000 integers, and on PostgreSQL and
    // SQLite 70,000 strings. MariaDB takes a long list of strings only as placeholders (its
    // JSON_TABLE would compare them under another collation than the column's), so there it is
    // the server's typed error, and the data stays as it was.
    void rawQueryLists_data() { TestDatabases::addDialectRows(); }
    void rawQueryLists()
    {
        QSQ_OPEN_DIALECT(sequelize);
        const Schema m = define(sequelize.get());
        const QueryInterface qi = sequelize->queryInterface();
        const QString table = qi.quoteIdentifier(QStringLiteral("Users"));
        const QString id = qi.quoteIdentifier(QStringLiteral("id"));
        const QString name = qi.quoteIdentifier(QStringLiteral("name"));
        auto count = [&](const QString &column, const QVariantList &list) {
            return sequelize
                ->query(QStringLiteral("SELECT COUNT(*) AS c FROM %1 WHERE %2 IN (:list)")
                            .arg(table, column),
                        QueryOptions().replacements(QVariantMap{{"list", list}}))
                .rows()
                .value(0)
                .value("c")
                .toLongLong();
        };
        QCOMPARE(count(id, keys(Users)), qint64(Users));
        QStringList names;
        for (int i = 1; i <= Users; ++i)
            names.append(QStringLiteral("u%1").arg(i));
        const QVariantList nameList(names.cbegin(), names.cend());
        if (dialect == QLatin1String("mariadb")) {
            QVERIFY_THROWS_EXCEPTION(DatabaseError, count(name, nameList));
            QCOMPARE(m.user->count(), qint64(Users));
        } else {
            QCOMPARE(count(name, nameList), qint64(Users));
        }
    }
};

QTEST_GUILESS_MAIN(tst_LargeLists)
#include "tst_largelists.moc"
