// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// Validation, upsert and restore hooks, ported from Sequelize v6's
// test/integration/hooks/validate.test.js, upsert.test.js and restore.test.js on every dialect:
// what beforeValidate and afterValidate change is written (#3534), a throw in afterValidate or
// validationFailed reaches the caller and writes nothing, validationFailed runs once per failed
// validation, and the upsert and instance restore hooks run once each, a throw stopping what
// follows. Each slot names the `it(...)` it ports.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/ModelHooks>
#include <QtSequelize/Sequelize>

#include <QtTest/qtest.h>

#include <functional>

#include "testdatabases.h"

using namespace QtSequelize;

namespace {

// Hooks given as functions (Sequelize's User.beforeValidate(fn)); each call is logged.
class Hooks : public ModelHooks
{
public:
    QStringList log;
    std::function<void(Model *)> onBeforeValidate, onAfterValidate, onBeforeRestore, onAfterRestore;
    std::function<void()> onValidationFailed, onBeforeUpsert, onAfterUpsert;

    void beforeValidate(Model *m, const HookOptions &) override
    {
        run("beforeValidate", onBeforeValidate, m);
    }
    void afterValidate(Model *m, const HookOptions &) override
    {
        run("afterValidate", onAfterValidate, m);
    }
    void validationFailed(Model *, const HookOptions &, const ValidationError &) override
    {
        log << QStringLiteral("validationFailed");
        if (onValidationFailed)
            onValidationFailed();
    }
    void beforeRestore(Model *m, const HookOptions &) override
    {
        run("beforeRestore", onBeforeRestore, m);
    }
    void afterRestore(Model *m, const HookOptions &) override
    {
        run("afterRestore", onAfterRestore, m);
    }
    void beforeUpsert(const QVariantMap &, const HookOptions &) override
    {
        log << QStringLiteral("beforeUpsert");
        if (onBeforeUpsert)
            onBeforeUpsert();
    }
    void afterUpsert(Model *, const HookOptions &) override
    {
        log << QStringLiteral("afterUpsert");
        if (onAfterUpsert)
            onAfterUpsert();
    }

private:
    void run(const char *name, const std::function<void(Model *)> &f, Model *m)
    {
        log << QLatin1String(name);
        if (f)
            f(m);
    }
};

[[noreturn]] void whoops()
{
    throw std::runtime_error("Whoops!");
}

// The files' beforeEach: a User whose username is required and whose mood is an ENUM.
ModelDefinition *defineUser(Sequelize *s, const QSharedPointer<Hooks> &hooks,
                            const char *name = "User", bool paranoid = false)
{
    auto *user = s->define(name,
                           {{"username", Attribute(DataTypes::String()).allowNull(paranoid)},
                            {"mood", DataTypes::Enum({"happy", "sad", "neutral"})}},
                           ModelOptions().paranoid(paranoid));
    user->sync(SyncOptions().force());
    user->addHooks(hooks);
    return user;
}

} // namespace

class tst_HookValidate : public QObject
{
    Q_OBJECT

private slots:
    // validate, #create: "should return the user"
    void returnsTheUser_data() { TestDatabases::addDialectRows(); }
    void returnsTheUser()
    {
        QSQ_OPEN_DIALECT(s);
        const auto hooks = QSharedPointer<Hooks>::create();
        hooks->onBeforeValidate = [](Model *m) {
            m->set("username", "Bob");
            m->set("mood", "happy");
        };
        hooks->onAfterValidate = [](Model *m) { m->set("username", "Toni"); };
        auto *user = defineUser(s.get(), hooks);
        const auto created = user->create({{"mood", "ecstatic"}});
        QCOMPARE(created->get("mood").toString(), QStringLiteral("happy"));
        QCOMPARE(created->get("username").toString(), QStringLiteral("Toni"));
        // Beyond the original: the row holds what the hooks set.
        const auto row = user->findByPk(created->get("id"));
        QCOMPARE(row->get("mood").toString(), QStringLiteral("happy"));
        QCOMPARE(row->get("username").toString(), QStringLiteral("Toni"));
    }

    // validate, "#3534, hooks modifications": "fields modified in hooks are saved"
    void fieldsModifiedInHooksAreSaved_data() { TestDatabases::addDialectRows(); }
    void fieldsModifiedInHooksAreSaved()
    {
        QSQ_OPEN_DIALECT(s);
        const auto hooks = QSharedPointer<Hooks>::create();
        hooks->onAfterValidate = [](Model *m) {
            const QString name = m->get("username").toString();
            m->set("username", name.size() < 5 ? QStringLiteral("Samorost 3") : name);
        };
        hooks->onBeforeValidate = [](Model *m) {
            if (m->get("mood").isNull())
                m->set("mood", "neutral");
        };
        auto *user = defineUser(s.get(), hooks);
        const auto created = user->create({{"username", "T"}, {"mood", "neutral"}});
        QCOMPARE(created->get("mood").toString(), QStringLiteral("neutral"));
        QCOMPARE(created->get("username").toString(), QStringLiteral("Samorost 3"));

        created->set("mood", "sad");
        created->set("username", "Samorost Good One");
        created->save();
        QCOMPARE(created->get("mood").toString(), QStringLiteral("sad"));
        QCOMPARE(created->get("username").toString(), QStringLiteral("Samorost Good One"));

        created->set("username", "One");
        created->save();
        QCOMPARE(created->get("mood").toString(), QStringLiteral("sad"));
        QCOMPARE(created->get("username").toString(), QStringLiteral("Samorost 3"));
        auto fetched = user->findByPk(created->get("id"));
        QCOMPARE(fetched->get("mood").toString(), QStringLiteral("sad"));
        QCOMPARE(fetched->get("username").toString(), QStringLiteral("Samorost 3"));

        fetched->set("mood", QVariant());
        fetched->set("username", "New Game is Needed");
        fetched->save();
        QCOMPARE(fetched->get("mood").toString(), QStringLiteral("neutral"));
        QCOMPARE(fetched->get("username").toString(), QStringLiteral("New Game is Needed"));
        fetched = user->findByPk(created->get("id"));
        QCOMPARE(fetched->get("mood").toString(), QStringLiteral("neutral"));
        QCOMPARE(fetched->get("username").toString(), QStringLiteral("New Game is Needed"));

        fetched->set("username", "New");
        fetched->set("mood", "happy");
        fetched->save();
        QCOMPARE(fetched->get("mood").toString(), QStringLiteral("happy"));
        QCOMPARE(fetched->get("username").toString(), QStringLiteral("Samorost 3"));
        // Beyond the original: the row too.
        fetched = user->findByPk(created->get("id"));
        QCOMPARE(fetched->get("mood").toString(), QStringLiteral("happy"));
        QCOMPARE(fetched->get("username").toString(), QStringLiteral("Samorost 3"));
    }

    // validate, on error: "should emit an error from after hook"
    void errorFromAfterValidate_data() { TestDatabases::addDialectRows(); }
    void errorFromAfterValidate()
    {
        QSQ_OPEN_DIALECT(s);
        const auto hooks = QSharedPointer<Hooks>::create();
        hooks->onAfterValidate = [](Model *m) {
            m->set("mood", "ecstatic");
            whoops();
        };
        auto *user = defineUser(s.get(), hooks);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 user->create({{"username", "Toni"}, {"mood", "happy"}}));
        QCOMPARE(user->count(), qint64(0)); // beyond the original: nothing was written
    }

    // validate, on error: "should call validationFailed hook", "should not replace the
    // validation error in validationFailed hook by default", "should replace the validation
    // error if validationFailed hook creates a new error"
    void validationFailed_data() { TestDatabases::addDialectRows(); }
    void validationFailed()
    {
        QSQ_OPEN_DIALECT(s);
        const auto hooks = QSharedPointer<Hooks>::create();
        auto *user = defineUser(s.get(), hooks);
        QVERIFY_THROWS_EXCEPTION(ValidationError, user->create({{"mood", "happy"}}));
        QCOMPARE(hooks->log, QStringList({"beforeValidate", "validationFailed"}));

        hooks->log.clear();
        hooks->onValidationFailed = [] { whoops(); };
        try {
            user->create({{"mood", "happy"}});
            QFAIL("create() of a row without its required username succeeded");
        } catch (const ValidationError &) {
            QFAIL("validationFailed's own error was replaced by the validation error");
        } catch (const std::runtime_error &e) {
            QCOMPARE(QString::fromUtf8(e.what()), QStringLiteral("Whoops!"));
        }
        QCOMPARE(hooks->log, QStringList({"beforeValidate", "validationFailed"}));
        QCOMPARE(user->count(), qint64(0));
    }

    // upsert: "should run hooks", "should return an error from before", "should return an
    // error from after"
    void upsertHooks_data() { TestDatabases::addDialectRows(); }
    void upsertHooks()
    {
        QSQ_OPEN_DIALECT(s);
        const auto hooks = QSharedPointer<Hooks>::create();
        auto *user
            = s->define("User",
                        {{"username", Attribute(DataTypes::String()).allowNull(false).unique()},
                         {"mood", DataTypes::Enum({"happy", "sad", "neutral"})}});
        user->sync(SyncOptions().force());
        user->addHooks(hooks);
        user->upsert({{"username", "Toni"}, {"mood", "happy"}});
        // As Sequelize's, the instance upsert builds is validated (with its hooks) first.
        const QStringList validate = {"beforeValidate", "afterValidate"};
        QCOMPARE(hooks->log, validate + QStringList({"beforeUpsert", "afterUpsert"}));

        hooks->log.clear();
        hooks->onBeforeUpsert = [] { whoops(); };
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 user->upsert({{"username", "Toni"}, {"mood", "sad"}}));
        QCOMPARE(hooks->log, validate + QStringList{"beforeUpsert"});
        // Beyond the original: the row is untouched.
        QCOMPARE(user->findOne(FindOptions().where({{"username", "Toni"}}))->get("mood").toString(),
                 QStringLiteral("happy"));

        hooks->log.clear();
        hooks->onBeforeUpsert = {};
        hooks->onAfterUpsert = [] { whoops(); };
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 user->upsert({{"username", "Toni"}, {"mood", "sad"}}));
        QCOMPARE(hooks->log, validate + QStringList({"beforeUpsert", "afterUpsert"}));
        // As Sequelize's (no transaction of its own): the upsert was written.
        QCOMPARE(user->findOne(FindOptions().where({{"username", "Toni"}}))->get("mood").toString(),
                 QStringLiteral("sad"));
    }

    // Beyond the original, compared with Sequelize 6.37.8 on the three databases: validate(false)
    // runs no validate hooks (they ran, and what they changed was written); an upsert that
    // updates writes what the build changed as the validate hooks left it: the given values,
    // what their setters wrote to other attributes (it kept the old value), and not what a hook
    // changed elsewhere.
    void validateFalseAndUpsertValues_data() { TestDatabases::addDialectRows(); }
    void validateFalseAndUpsertValues()
    {
        QSQ_OPEN_DIALECT(s);
        const auto hooks = QSharedPointer<Hooks>::create();
        hooks->onBeforeValidate = [](Model *m) {
            if (m->get("name") == QLatin1String("hook"))
                m->set("name", "changed");
            if (m->get("name") == QLatin1String("other"))
                m->set("n", 77);
        };
        auto *user = s->define(
            "UpUser",
            {{"email", Attribute(DataTypes::String()).unique().set([](Model &m, const QVariant &v) {
                  m.setDataValue("email", v.toString().toLower());
                  m.setDataValue("domain", v.toString().section(QLatin1Char('@'), 1));
              })},
             {"domain", DataTypes::String()},
             {"name", DataTypes::String()},
             {"n", DataTypes::Integer()}},
            ModelOptions().timestamps(false));
        user->sync(SyncOptions().force());
        user->addHooks(hooks);
        const auto row = [&](int id) {
            const auto r = user->findByPk(id);
            return QStringList{r->get("email").toString(), r->get("domain").toString(),
                               r->get("name").toString(),
                               r->get("n").isNull() ? QString() : r->get("n").toString()};
        };
        user->upsert({{"id", 1}, {"email", "A@X.COM"}, {"name", "hook"}});
        QCOMPARE(row(1), QStringList({"a@x.com", "X.COM", "changed", ""}));
        user->upsert({{"id", 2}, {"email", "B@X.COM"}, {"name", "other"}});
        QCOMPARE(row(2), QStringList({"b@x.com", "X.COM", "other", "77"}));
        user->upsert({{"id", 2}, {"email", "C@Y.COM"}, {"name", "other"}, {"n", 4}});
        QCOMPARE(row(2), QStringList({"c@y.com", "Y.COM", "other", "77"}));
        user->upsert({{"id", 1}, {"email", "A@X.COM"}, {"n", 5}, {"name", "x"}});
        hooks->onBeforeValidate = [](Model *m) { m->set("n", 6); };
        user->upsert({{"id", 1}, {"email", "A@X.COM"}, {"name", "y"}}); // n is not given
        QCOMPARE(row(1), QStringList({"a@x.com", "X.COM", "y", "5"}));

        hooks->log.clear();
        hooks->onBeforeValidate = [](Model *m) { m->set("name", "changed"); };
        user->upsert({{"id", 2}, {"email", "D@Z.COM"}, {"name", "hook"}},
                     SaveOptions().validate(false));
        QCOMPARE(row(2), QStringList({"d@z.com", "Z.COM", "hook", "77"}));
        const auto created = user->create({{"id", 3}, {"email", "e@z.com"}, {"name", "plain"}},
                                          SaveOptions().validate(false));
        QCOMPARE(created->get("name").toString(), QStringLiteral("plain"));
        created->set("name", "kept");
        created->save(SaveOptions().validate(false));
        QCOMPARE(row(created->get("id").toInt()).at(2), QStringLiteral("kept"));
        QCOMPARE(hooks->log, QStringList({"beforeUpsert", "afterUpsert"}));
        created->set("name", "again");
        created->save();
        QCOMPARE(row(created->get("id").toInt()).at(2), QStringLiteral("changed"));
    }

    // Beyond the original, compared with Sequelize 6.37.8: an instance's validate() runs the
    // validate hooks (it ran none), keeping what they change; hooks(false) runs none;
    // fields() checks only those attributes.
    void instanceValidate_data() { TestDatabases::addDialectRows(); }
    void instanceValidate()
    {
        QSQ_OPEN_DIALECT(s);
        const auto hooks = QSharedPointer<Hooks>::create();
        hooks->onBeforeValidate = [](Model *m) {
            if (m->get("username") == QLatin1String("x"))
                m->set("username", "fixed");
        };
        auto *user = s->define(
            "IvUser",
            {{"username", Attribute(DataTypes::String()).validate(Validator::len(2, 10))},
             {"code", Attribute(DataTypes::String()).validate(Validator::isUppercase())}});
        user->addHooks(hooks);
        const auto fixed = user->build({{"username", "x"}});
        fixed->validate();
        QCOMPARE(fixed->get("username").toString(), QStringLiteral("fixed"));
        QCOMPARE(hooks->log, QStringList({"beforeValidate", "afterValidate"}));
        hooks->log.clear();
        QVERIFY_THROWS_EXCEPTION(ValidationError, user->build({{"username", "y"}})->validate());
        QCOMPARE(hooks->log, QStringList({"beforeValidate", "validationFailed"}));
        hooks->log.clear();
        QVERIFY_THROWS_EXCEPTION(
            ValidationError,
            user->build({{"username", "x"}})->validate(SaveOptions().hooks(false)));
        QVERIFY(hooks->log.isEmpty());
        const auto partly = user->build({{"username", "y"}, {"code", "ABC"}});
        partly->validate(SaveOptions().fields({"code"}));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 partly->validate(SaveOptions().fields({"username"})));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 partly->validate(SaveOptions().fields({"nope"})));
    }

    // restore: "should run hooks", "should return an error from before", "should return an
    // error from after"
    void restoreHooks_data() { TestDatabases::addDialectRows(); }
    void restoreHooks()
    {
        QSQ_OPEN_DIALECT(s);
        const auto hooks = QSharedPointer<Hooks>::create();
        auto *paranoid = defineUser(s.get(), hooks, "ParanoidUser", true);
        auto user = paranoid->create({{"username", "Toni"}, {"mood", "happy"}});
        user->destroy();
        hooks->log.clear();
        user->restore();
        QCOMPARE(hooks->log, QStringList({"beforeRestore", "afterRestore"}));
        QCOMPARE(paranoid->count(), qint64(1));

        user->destroy();
        hooks->log.clear();
        hooks->onBeforeRestore = [](Model *) { whoops(); };
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->restore());
        QCOMPARE(hooks->log, QStringList{"beforeRestore"});
        QCOMPARE(paranoid->count(), qint64(0)); // beyond the original: still deleted

        hooks->log.clear();
        hooks->onBeforeRestore = {};
        hooks->onAfterRestore = [](Model *) { whoops(); };
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, user->restore());
        QCOMPARE(hooks->log, QStringList({"beforeRestore", "afterRestore"}));
        QCOMPARE(paranoid->count(), qint64(1)); // restored before afterRestore ran
    }
};

QTEST_GUILESS_MAIN(tst_HookValidate)
#include "tst_hookvalidate.moc"
