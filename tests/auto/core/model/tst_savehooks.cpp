// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Sequelize's test/integration/hooks/updateAttributes.test.js (and destroy, restore), compared with
// Sequelize 6.37.8 on the three databases: the hooks an instance's update() runs, in Sequelize's
// order (the values the hooks changed are validated again), which of them run when a before or
// after hook throws, and the changes each hook makes to the instance are saved.

#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include "testdatabases.h"

#include <functional>
#include <stdexcept>

using namespace QtSequelize;

namespace {

// Calls \c on with a short name of each hook ("bV" beforeValidate, "aS" afterSave, ...).
struct Hooks : ModelHooks
{
    std::function<void(const QByteArray &, Model *)> on = [](const QByteArray &, Model *) {};
    void beforeValidate(Model *m, const HookOptions &) override { on("bV", m); }
    void afterValidate(Model *m, const HookOptions &) override { on("aV", m); }
    void beforeSave(Model *m, const HookOptions &) override { on("bS", m); }
    void afterSave(Model *m, const HookOptions &) override { on("aS", m); }
    void beforeUpdate(Model *m, const HookOptions &) override { on("bU", m); }
    void afterUpdate(Model *m, const HookOptions &) override { on("aU", m); }
    void beforeDestroy(Model *m, const HookOptions &) override { on("bD", m); }
    void afterDestroy(Model *m, const HookOptions &) override { on("aD", m); }
    void beforeRestore(Model *m, const HookOptions &) override { on("bR", m); }
    void afterRestore(Model *m, const HookOptions &) override { on("aR", m); }
};

} // namespace

class tst_SaveHooks : public QObject
{
    Q_OBJECT

    // The test's User, with \a first and \a second registered in that order; returns the
    // instance created with \a created and updated with \a updated, or throws.
    static QSharedPointer<Model> run(Sequelize *s, const QSharedPointer<Hooks> &first,
                                     const QSharedPointer<Hooks> &second,
                                     const QVariantMap &created, const QVariantMap &updated)
    {
        ModelDefinition *user = s->define("User",
                                          {{"username", DataTypes::String()},
                                           {"mood", DataTypes::Enum({"happy", "sad", "neutral"})}});
        s->sync(SyncOptions().force());
        user->addHooks(first);
        user->addHooks(second);
        QSharedPointer<Model> instance = user->create(created);
        instance->update(updated);
        return instance;
    }

private slots:
    void onError_data() { TestDatabases::addDialectRows(); }
    void onError()
    {
        QSQ_OPEN_DIALECT(s);
        for (const QByteArray &thrower : {QByteArray("bU"), QByteArray("aU")}) {
            QByteArrayList log;
            const auto hooks = QSharedPointer<Hooks>::create();
            hooks->on = [&](const QByteArray &name, Model *) {
                log.append(name);
                if (name == thrower)
                    throw std::runtime_error("Whoops!");
            };
            QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                     run(s.get(), hooks, QSharedPointer<Hooks>::create(),
                                         {{"username", "Toni"}, {"mood", "happy"}},
                                         {{"username", "Chong"}}));
            // create: bV aV bS aS; the update's validation, save and update hooks after it.
            const QByteArrayList expected = thrower == "bU"
                ? QByteArrayList{"bV", "aV", "bS", "aS", "bV", "aV", "bS", "bU"}
                : QByteArrayList{"bV", "aV", "bS", "aS", "bV", "aV",
                                 "bS", "bU", "bV", "aV", "aS", "aU"};
            QCOMPARE(log, expected);
        }
    }

    void preservesChanges_data() { TestDatabases::addDialectRows(); }
    void preservesChanges()
    {
        QSQ_OPEN_DIALECT(s);
        const auto setting = [](const QByteArray &hook, const char *mood, int *calls = nullptr) {
            const auto hooks = QSharedPointer<Hooks>::create();
            hooks->on = [=](const QByteArray &name, Model *m) {
                if (name != hook)
                    return;
                m->set("mood", mood);
                if (calls)
                    ++*calls;
            };
            return hooks;
        };
        const auto none = QSharedPointer<Hooks>::create();
        const auto values = [](const QSharedPointer<Model> &m) {
            return QStringList{m->get("username").toString(), m->get("mood").toString()};
        };
        // beforeValidate: an invalid mood is fixed before validation
        QCOMPARE(
            values(run(s.get(), setting("bV", "happy"), none,
                       {{"username", "fireninja"}, {"mood", "invalid"}}, {{"username", "hero"}})),
            QStringList({"hero", "happy"}));
        // afterValidate
        QCOMPARE(
            values(run(s.get(), setting("aV", "sad"), none,
                       {{"username", "fireninja"}, {"mood", "nuetral"}}, {{"username", "spider"}})),
            QStringList({"spider", "sad"}));
        // beforeSave, over the value the update gives
        int calls = 0;
        QCOMPARE(values(run(s.get(), setting("bS", "happy", &calls), none,
                            {{"username", "fireninja"}, {"mood", "nuetral"}},
                            {{"username", "spider"}, {"mood", "sad"}})),
                 QStringList({"spider", "happy"}));
        QCOMPARE(calls, 2);
        // beforeSave registered after beforeUpdate: its value wins
        calls = 0;
        const auto saved
            = run(s.get(), setting("bU", "sad", &calls), setting("bS", "happy", &calls),
                  {{"username", "akira"}}, {{"username", "spider"}, {"mood", "sad"}});
        QCOMPARE(values(saved), QStringList({"spider", "happy"}));
        QCOMPARE(calls, 3);
        saved->reload();
        QCOMPARE(values(saved), QStringList({"spider", "happy"}));
    }

    // Sequelize's hooks/destroy.test.js and hooks/restore.test.js on a paranoid model: the
    // hooks run once each; a before hook that throws stops the change (the row keeps its
    // state) and the after hook does not run; an after hook's error reaches the caller once
    // the row changed (compared with Sequelize 6.37.8, also the rows' state).
    void destroyAndRestore_data() { TestDatabases::addDialectRows(); }
    void destroyAndRestore()
    {
        QSQ_OPEN_DIALECT(s);
        for (const bool restore : {false, true}) {
            for (const QByteArray &thrower :
                 {QByteArray(), QByteArray("before"), QByteArray("after")}) {
                ModelDefinition *user
                    = s->define("ParanoidUser", {{"username", DataTypes::String()}},
                                ModelOptions().paranoid(true));
                user->sync(SyncOptions().force());
                const QSharedPointer<Model> u = user->create({{"username", "Toni"}});
                if (restore)
                    u->destroy();
                QByteArrayList log;
                const auto hooks = QSharedPointer<Hooks>::create();
                const QByteArray before = restore ? "bR" : "bD", after = restore ? "aR" : "aD";
                hooks->on = [&](const QByteArray &name, Model *) {
                    if (name != before && name != after)
                        return;
                    log.append(name == before ? "b" : "a");
                    if ((thrower == "before" && name == before)
                        || (thrower == "after" && name == after))
                        throw std::runtime_error("Whoops!");
                };
                user->addHooks(hooks);
                bool failed = false;
                try {
                    restore ? u->restore() : u->destroy();
                } catch (const std::runtime_error &) {
                    failed = true;
                }
                QCOMPARE(failed, !thrower.isEmpty());
                QCOMPARE(log,
                         thrower == "before" ? QByteArrayList{"b"} : QByteArrayList({"b", "a"}));
                const bool deleted = user->findOne(FindOptions().paranoid(false))
                                         ->get("deletedAt")
                                         .toDateTime()
                                         .isValid();
                const bool changed = thrower != "before";
                QVERIFY2(deleted == (restore ? !changed : changed),
                         (QByteArray(restore ? "restore " : "destroy ") + thrower).constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_SaveHooks)
#include "tst_savehooks.moc"
