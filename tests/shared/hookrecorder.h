// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#ifndef QTSEQUELIZE_TESTS_HOOKRECORDER_H
#define QTSEQUELIZE_TESTS_HOOKRECORDER_H

#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include <functional>
#include <stdexcept>

// What the hook tests (tst_hooks, tst_bulkhooks) share: recorders of the hooks that ran, and
// their models.
class HookTest : public QObject
{
protected:
    using Model = QtSequelize::Model;
    using ModelDefinition = QtSequelize::ModelDefinition;
    using ModelHooks = QtSequelize::ModelHooks;
    using HookOptions = QtSequelize::HookOptions;
    using FindOptions = QtSequelize::FindOptions;
    using SyncOptions = QtSequelize::SyncOptions;
    using Where = QtSequelize::Where;
    using Sequelize = QtSequelize::Sequelize;
    using Attribute = QtSequelize::Attribute;
    using ModelOptions = QtSequelize::ModelOptions;

    // Records each hook it is called for in a log shared by several recorders; an action per
    // hook name may change the instance or throw.
    class Recorder : public ModelHooks
    {
    public:
        explicit Recorder(QStringList *log)
            : log(log)
        {
        }
        QStringList *log;
        QHash<QString, std::function<void(Model *)>> actions;
        QStringList only; // empty: every hook

        void note(const char *hook, Model *instance = nullptr)
        {
            const QString name = QLatin1String(hook);
            if (!only.isEmpty() && !only.contains(name))
                return;
            log->append(name);
            if (const auto action = actions.value(name))
                action(instance);
        }
        void beforeValidate(Model *m, const HookOptions &) override { note("beforeValidate", m); }
        void afterValidate(Model *m, const HookOptions &) override { note("afterValidate", m); }
        void beforeCreate(Model *m, const HookOptions &) override { note("beforeCreate", m); }
        void afterCreate(Model *m, const HookOptions &) override { note("afterCreate", m); }
        void beforeSave(Model *m, const HookOptions &) override { note("beforeSave", m); }
        void afterSave(Model *m, const HookOptions &) override { note("afterSave", m); }
        void beforeUpdate(Model *m, const HookOptions &) override { note("beforeUpdate", m); }
        void afterUpdate(Model *m, const HookOptions &) override { note("afterUpdate", m); }
        void beforeDestroy(Model *m, const HookOptions &) override { note("beforeDestroy", m); }
        void afterDestroy(Model *m, const HookOptions &) override { note("afterDestroy", m); }
        void beforeRestore(Model *m, const HookOptions &) override { note("beforeRestore", m); }
        void afterRestore(Model *m, const HookOptions &) override
        {
            QVERIFY(!m->isSoftDeleted());
            note("afterRestore", m);
        }
        void beforeFind(FindOptions &options) override
        {
            note("beforeFind");
            if (findChange)
                findChange(options);
        }
        void beforeFindAfterExpandIncludeAll(FindOptions &) override
        {
            note("beforeFindAfterExpandIncludeAll");
        }
        void beforeFindAfterOptions(FindOptions &) override { note("beforeFindAfterOptions"); }
        void afterFind(const QList<QSharedPointer<Model>> &results, const FindOptions &) override
        {
            note("afterFind", results.isEmpty() ? nullptr : results.first().data());
        }
        void beforeSync(const SyncOptions &) override { note("beforeSync"); }
        void afterSync(const SyncOptions &) override { note("afterSync"); }
        std::function<void(FindOptions &)> findChange;
    };

    // A hook registered on its own (Sequelize's User.beforeCreate(fn)): one recorder that
    // records only that hook.
    static QSharedPointer<Recorder> hook(ModelDefinition *model, QStringList *log,
                                         const QString &name,
                                         std::function<void(Model *)> action = {})
    {
        auto r = QSharedPointer<Recorder>::create(log);
        r->only = {name};
        if (action)
            r->actions.insert(name, action);
        model->addHooks(r);
        return r;
    }
    static void whoops(Model *) { throw std::runtime_error("Whoops!"); }

    // The bulk hooks, recorded; one of them may throw.
    class BulkRecorder : public ModelHooks
    {
    public:
        QStringList *log = nullptr;
        QString failAt;
        void note(const char *hook)
        {
            log->append(QLatin1String(hook));
            if (failAt == QLatin1String(hook))
                throw std::runtime_error("Whoops!");
        }
        void beforeBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) override
        {
            note("beforeBulkCreate");
        }
        void afterBulkCreate(const QList<QSharedPointer<Model>> &, const HookOptions &) override
        {
            note("afterBulkCreate");
        }
        void beforeBulkUpdate(QVariantMap &, Where &, const HookOptions &) override
        {
            note("beforeBulkUpdate");
        }
        void afterBulkUpdate(int, const HookOptions &) override { note("afterBulkUpdate"); }
        void beforeBulkDestroy(Where &, const HookOptions &) override { note("beforeBulkDestroy"); }
        void afterBulkDestroy(int, const HookOptions &) override { note("afterBulkDestroy"); }
        void beforeBulkRestore(Where &, const HookOptions &) override { note("beforeBulkRestore"); }
        void afterBulkRestore(int, const HookOptions &) override { note("afterBulkRestore"); }
    };
    struct BulkLog
    {
        QStringList log;
        QSharedPointer<BulkRecorder> hooks = QSharedPointer<BulkRecorder>::create();
        BulkLog() { hooks->log = &log; }
    };
    // The individualHooks describes' User (paranoid for #bulkRestore).
    static ModelDefinition *defineCounter(Sequelize *s, bool paranoid = false)
    {
        auto *counter = s->define(
            paranoid ? "ParanoidCounter" : "Counter",
            {{"username", Attribute(QtSequelize::DataTypes::String()).defaultValue("")},
             {"beforeHookTest", Attribute(QtSequelize::DataTypes::Boolean()).defaultValue(false)},
             {"aNumber", Attribute(QtSequelize::DataTypes::Integer()).defaultValue(0)}},
            ModelOptions().paranoid(paranoid));
        counter->sync(SyncOptions().force());
        return counter;
    }

    static ModelDefinition *defineUser(Sequelize *s)
    {
        auto *user
            = s->define("User",
                        {{"username", Attribute(QtSequelize::DataTypes::String()).allowNull(false)},
                         {"mood", QtSequelize::DataTypes::Enum({"happy", "sad", "neutral"})}});
        s->sync(SyncOptions().force());
        return user;
    }
};

#endif // QTSEQUELIZE_TESTS_HOOKRECORDER_H
