// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/Result>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qregularexpression.h>
#include <QtCore/qtimer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <stdexcept>

#include "testdatabases.h"

using namespace QtSequelize;

class Account : public TypedModel<Account>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, email, setEmail)
};

// Something that emits, as a button would.
class Emitter : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void clicked();
};

// The non-throwing forms: attempt() and Result for C++ callers (in slots, lambdas connected to
// signals, code without exception handling), and calls through the meta-object system (QML)
// into an instance, which report instead of throwing.
class tst_Result : public QObject
{
    Q_OBJECT

private slots:
    void attemptKeepsValueOrTypedError_data() { TestDatabases::addDialectRows(); }
    void attemptKeepsValueOrTypedError()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Account::init(sequelize.get(),
                      {{"email", Attribute(DataTypes::String()).unique().allowNull(false)}});
        Account::model()->sync(SyncOptions().force());

        const auto created = attempt([] { return Account::create({{"email", "a@example.org"}}); });
        QVERIFY(created);
        QVERIFY(created.isOk());
        QCOMPARE(created.error(), nullptr);
        QCOMPARE(created.value()->email(), QStringLiteral("a@example.org"));

        const auto duplicate = attempt([] {
            return Account::create({{"email", "a@example.org"}});
        });
        QVERIFY(!duplicate);
        QVERIFY(duplicate.errorAs<UniqueConstraintError>());
        QVERIFY(duplicate.errorAs<ValidationError>()); // its base, as in Sequelize
        QCOMPARE(duplicate.errorAs<ForeignKeyConstraintError>(), nullptr);
        QCOMPARE(duplicate.error()->name(), QStringLiteral("SequelizeUniqueConstraintError"));
        QCOMPARE(duplicate.errorString(), QStringLiteral("Validation error"));
        QVERIFY(duplicate.valueOr({}).isNull());
        // value() of a failed call throws its error again, typed.
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError, (void)duplicate.value());

        const auto nullEmail = attempt([] { return Account::create({{"email", QVariant()}}); });
        QVERIFY(nullEmail.errorAs<ValidationError>());
        QCOMPARE(attempt([] { return Account::count(); }).value(), 1); // data intact

        // Result<void>.
        const Result<void> destroyed = attempt([&] { created.value()->destroy(); });
        QVERIFY(destroyed);
        QCOMPARE(Account::count(), 0);
        const Result<void> failed = attempt([] {
            Account::findByPk(1, FindOptions().where({{"nope", 1}}));
        });
        QVERIFY(!failed);
        QVERIFY(!failed.errorString().isEmpty());
    }

    void attemptTakesEveryException()
    {
        const auto standard = attempt([]() -> int { throw std::runtime_error("hook failed"); });
        QVERIFY(!standard);
        QCOMPARE(standard.error()->name(), QStringLiteral("SequelizeBaseError"));
        QCOMPARE(standard.errorString(), QStringLiteral("hook failed"));
        QCOMPARE(standard.valueOr(7), 7);
        const auto other = attempt([] { throw 42; });
        QVERIFY(!other);
        QVERIFY(!other.errorString().isEmpty());
        // A call returning a reference: the Result keeps a copy.
        const QString kept = QStringLiteral("kept");
        const auto reference = attempt([&]() -> const QString & { return kept; });
        QCOMPARE(reference.value(), kept);
    }

    // The documented way for a slot: the error of a call made in a lambda connected to a
    // signal (queued, so it runs from the event loop) is kept; the process goes on.
    void slotConnectedCallDoesNotAbort_data() { TestDatabases::addDialectRows(); }
    void slotConnectedCallDoesNotAbort()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Account::init(sequelize.get(),
                      {{"email", Attribute(DataTypes::String()).unique().allowNull(false)}});
        Account::model()->sync(SyncOptions().force());
        Account::create({{"email", "taken@example.org"}});

        Emitter button;
        QStringList shown;
        connect(
            &button, &Emitter::clicked, this,
            [&shown] {
                const auto created = attempt([] {
                    return Account::create({{"email", "taken@example.org"}});
                });
                if (created.errorAs<UniqueConstraintError>())
                    shown.append(QStringLiteral("taken"));
            },
            Qt::QueuedConnection);
        Q_EMIT button.clicked();
        Q_EMIT button.clicked();
        QTRY_COMPARE(shown, QStringList({"taken", "taken"}));
        QCOMPARE(Account::count(), 1);
    }

    // What QML does when it calls an instance's invokable: QMetaObject::metacall() through the
    // object's qt_metacall(). An error is printed and reported by the definition's
    // errorOccurred(), never thrown through the caller; for a TypedModel and a define()d model.
    void metacallDoesNotThrow()
    {
        auto sequelize = std::make_unique<Sequelize>(QStringLiteral("sqlite::memory:"));
        Account::init(sequelize.get(), {{"email", DataTypes::String()}});
        ModelDefinition *plain = sequelize->define("Plain", {{"n", DataTypes::Integer()}});
        const QList<QSharedPointer<Model>> instances{Account::build({{"email", "x@example.org"}}),
                                                     plain->build({{"n", 1}})};
        for (const QSharedPointer<Model> &instance : instances) {
            QSignalSpy errors(instance->definition(), &ModelDefinition::errorOccurred);
            const QMetaObject *mo = instance->metaObject();
            const int set = mo->indexOfMethod("set(QString,QVariant)");
            const int get = mo->indexOfMethod("get(QString)");
            QVERIFY(set >= 0 && get >= 0);

            QString name = QStringLiteral("nope");
            QVariant value = 1;
            void *setArguments[] = {nullptr, &name, &value};
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nope")));
            QMetaObject::metacall(instance.get(), QMetaObject::InvokeMetaMethod, set, setArguments);
            QCOMPARE(errors.size(), 1);
            QVERIFY(errors.first().first().toString().contains(QLatin1String("nope")));

            QVariant read = QStringLiteral("untouched");
            void *getArguments[] = {&read, &name};
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nope")));
            QMetaObject::metacall(instance.get(), QMetaObject::InvokeMetaMethod, get, getArguments);
            QCOMPARE(errors.size(), 2);
            QCOMPARE(read.toString(), QStringLiteral("untouched")); // no value
        }
        // Called directly from C++, the same calls throw as documented.
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError, instances.first()->set("nope", 1));
    }
};

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_result.moc"
