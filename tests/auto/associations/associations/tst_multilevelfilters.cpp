// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Filters two levels down, ported from Sequelize v6's
// test/integration/associations/multiple-level-filters.test.js on every dialect: a where on a
// grandparent through belongsTo, the same with two conditions (no duplicated tables), a where on
// grandchildren through hasMany, and a where on the other side of a belongsToMany. Each slot
// names the `it(...)` it ports; beyond the original, the rows a nested filter keeps when its
// parent include is not required.

#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_MultiLevelFilters : public QObject
{
    Q_OBJECT

    struct Models
    {
        ModelDefinition *user = nullptr;
        ModelDefinition *task = nullptr;
        ModelDefinition *project = nullptr;
    };
    // The file's rows: leia leads the republic (two tasks), vader the empire (two tasks).
    static Models define(Sequelize *s)
    {
        Models m;
        m.user = s->define("User", {{"username", DataTypes::String()}});
        m.task = s->define("Task", {{"title", DataTypes::String()}});
        m.project = s->define("Project", {{"title", DataTypes::String()}});
        m.project->belongsTo(m.user);
        m.user->hasMany(m.project);
        m.task->belongsTo(m.project);
        m.project->hasMany(m.task);
        s->sync(SyncOptions().force());
        m.user->bulkCreate({{{"username", "leia"}}, {{"username", "vader"}}});
        m.project->bulkCreate(
            {{{"UserId", 1}, {"title", "republic"}}, {{"UserId", 2}, {"title", "empire"}}});
        m.task->bulkCreate({{{"ProjectId", 1}, {"title", "fight empire"}},
                            {{"ProjectId", 1}, {"title", "stablish republic"}},
                            {{"ProjectId", 2}, {"title", "destroy rebel alliance"}},
                            {{"ProjectId", 2}, {"title", "rule everything"}}});
        return m;
    }

private slots:
    // "can filter through belongsTo", "avoids duplicated tables in query"
    void throughBelongsTo_data() { TestDatabases::addDialectRows(); }
    void throughBelongsTo()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        auto tasks = m.task->findAll(
            FindOptions()
                .include(Include(m.project)
                             .include(Include(m.user).where({{"username", "leia"}}))
                             .required(true))
                .order("id"));
        QCOMPARE(TestDatabases::valuesOf(tasks, "title"),
                 QStringList({"fight empire", "stablish republic"}));
        QCOMPARE(tasks.first()->loadedTargets("Project").size(), 1);
        QCOMPARE(tasks.first()->loadedTargets("Project").first()->loadedTargets("User").size(), 1);

        tasks = m.task->findAll(
            FindOptions()
                .include(Include(m.project)
                             .include(Include(m.user).where({{"username", "leia"}, {"id", 1}}))
                             .required(true))
                .order("id"));
        QCOMPARE(TestDatabases::valuesOf(tasks, "title"),
                 QStringList({"fight empire", "stablish republic"}));

        // Beyond the original: without required() the project's include stays a LEFT JOIN
        // around the required user (Sequelize's nested join, `LEFT OUTER JOIN (Project INNER
        // JOIN User ...)`): every task is kept, and those of vader's project show no project.
        for (const bool explicitlyOptional : {false, true}) {
            Include project(m.project);
            if (explicitlyOptional)
                project.required(false);
            project.include(Include(m.user).where({{"username", "leia"}}));
            tasks = m.task->findAll(FindOptions().include(project).order("id"));
            QCOMPARE(tasks.size(), 4);
            QCOMPARE(tasks.at(0)->loadedTargets("Project").size(), 1);
            QCOMPARE(tasks.at(1)->loadedTargets("Project").size(), 1);
            QCOMPARE(tasks.at(2)->loadedTargets("Project").size(), 0);
            QCOMPARE(tasks.at(3)->loadedTargets("Project").size(), 0);
        }
    }

    // "can filter through hasMany"
    void throughHasMany_data() { TestDatabases::addDialectRows(); }
    void throughHasMany()
    {
        QSQ_OPEN_DIALECT(s);
        const Models m = define(s.get());
        const auto users = m.user->findAll(
            FindOptions().include(Include(m.project)
                                      .include(Include(m.task).where({{"title", "fight empire"}}))
                                      .required(true)));
        QCOMPARE(TestDatabases::valuesOf(users, "username"), QStringList{"leia"});
        const auto projects = users.first()->loadedTargets("Projects");
        QCOMPARE(projects.size(), 1);
        QCOMPARE(TestDatabases::valuesOf(projects.first()->loadedTargets("Tasks"), "title"),
                 QStringList{"fight empire"});
    }

    // "can filter through hasMany connector"
    void throughBelongsToMany_data() { TestDatabases::addDialectRows(); }
    void throughBelongsToMany()
    {
        QSQ_OPEN_DIALECT(s);
        auto *user = s->define("User", {{"username", DataTypes::String()}});
        auto *project = s->define("Project", {{"title", DataTypes::String()}});
        project->belongsToMany(user, AssociationOptions().through("user_project"));
        user->belongsToMany(project, AssociationOptions().through("user_project"));
        s->sync(SyncOptions().force());
        user->bulkCreate({{{"username", "leia"}}, {{"username", "vader"}}});
        project->bulkCreate({{{"title", "republic"}}, {{"title", "empire"}}});
        user->findByPk(1)->setAssociated("Projects", QVariantList{1});
        user->findByPk(2)->setAssociated("Projects", QVariantList{2});
        const auto users
            = user->findAll(FindOptions().include(Include(project).where({{"title", "republic"}})));
        QCOMPARE(TestDatabases::valuesOf(users, "username"), QStringList{"leia"});
        QCOMPARE(TestDatabases::valuesOf(users.first()->loadedTargets("Projects"), "title"),
                 QStringList{"republic"});
    }
};

QTEST_GUILESS_MAIN(tst_MultiLevelFilters)
#include "tst_multilevelfilters.moc"
