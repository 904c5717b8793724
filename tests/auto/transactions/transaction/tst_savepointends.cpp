// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// A savepoint still active when the transaction around it ends (committed, rolled back, or a
// savepoint rolled back to or released) ends with it, on every dialect: its later statements
// are a TransactionError. They used to run on the connection outside any transaction (a row
// written "in" a rolled-back transaction's savepoint was committed) and its commit() failed
// with the database's "no such savepoint".

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>

#include <QtCore/qtemporarydir.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class tst_SavepointEnds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Sequelize> open(const QString &dialect)
    {
        return TestDatabases::openOnFile(dialect, m_dir.filePath(QStringLiteral("sp.db")));
    }
    static ModelDefinition *defineLedger(Sequelize *s)
    {
        ModelDefinition *ledger = s->define("Ledger", {{"label", DataTypes::String()}},
                                            ModelOptions().timestamps(false));
        ledger->sync(SyncOptions().force());
        return ledger;
    }
    static QStringList labels(ModelDefinition *ledger)
    {
        return TestDatabases::valuesOf(ledger->findAll(FindOptions().order("id")), "label");
    }
    static SaveOptions in(const QSharedPointer<Transaction> &t)
    {
        return SaveOptions().transaction(t.data());
    }

private slots:
    void outerRolledBack_data() { TestDatabases::addDialectRows(); }
    void outerRolledBack()
    {
        QSQ_REQUIRE_DIALECT();
        auto s = open(dialect);
        ModelDefinition *ledger = defineLedger(s.get());
        const auto outer = s->transaction();
        const auto inner = s->transaction(TransactionOptions().transaction(outer.data()));
        const auto innermost = s->transaction(TransactionOptions().transaction(inner.data()));
        QSignalSpy rolledBack(inner.data(), &Transaction::rolledBack);
        ledger->create({{"label", "inner"}}, in(inner));
        outer->rollback();
        QCOMPARE(inner->state(), Transaction::RolledBack);
        QCOMPARE(innermost->state(), Transaction::RolledBack);
        QCOMPARE(rolledBack.size(), 1);
        QVERIFY_THROWS_EXCEPTION(TransactionError, ledger->create({{"label", "after"}}, in(inner)));
        QVERIFY_THROWS_EXCEPTION(TransactionError,
                                 ledger->findAll(FindOptions().transaction(innermost.data())));
        QVERIFY_THROWS_EXCEPTION(TransactionError, inner->commit());
        QVERIFY_THROWS_EXCEPTION(TransactionError, innermost->rollback());
        QCOMPARE(labels(ledger), QStringList());
    }

    void outerCommitted_data() { TestDatabases::addDialectRows(); }
    void outerCommitted()
    {
        QSQ_REQUIRE_DIALECT();
        auto s = open(dialect);
        ModelDefinition *ledger = defineLedger(s.get());
        const auto outer = s->transaction();
        const auto inner = s->transaction(TransactionOptions().transaction(outer.data()));
        QSignalSpy committed(inner.data(), &Transaction::committed);
        ledger->create({{"label", "inner"}}, in(inner));
        outer->commit(); // commits the savepoint's work with it
        QCOMPARE(inner->state(), Transaction::Committed);
        QCOMPARE(committed.size(), 1);
        QVERIFY_THROWS_EXCEPTION(TransactionError, ledger->create({{"label", "after"}}, in(inner)));
        QVERIFY_THROWS_EXCEPTION(TransactionError, inner->commit());
        QCOMPARE(labels(ledger), QStringList{"inner"});
    }

    // ROLLBACK TO SAVEPOINT and RELEASE SAVEPOINT end the savepoints begun after it as well.
    void savepointEnded_data() { TestDatabases::addDialectRows(); }
    void savepointEnded()
    {
        QSQ_REQUIRE_DIALECT();
        auto s = open(dialect);
        ModelDefinition *ledger = defineLedger(s.get());
        const auto outer = s->transaction();
        ledger->create({{"label", "outer"}}, in(outer));
        auto middle = s->transaction(TransactionOptions().transaction(outer.data()));
        auto inner = s->transaction(TransactionOptions().transaction(middle.data()));
        ledger->create({{"label", "rolled back"}}, in(inner));
        middle->rollback();
        QCOMPARE(inner->state(), Transaction::RolledBack);
        QVERIFY_THROWS_EXCEPTION(TransactionError, ledger->create({{"label", "lost"}}, in(inner)));

        middle = s->transaction(TransactionOptions().transaction(outer.data()));
        inner = s->transaction(TransactionOptions().transaction(middle.data()));
        ledger->create({{"label", "released"}}, in(inner));
        middle->commit();
        QCOMPARE(inner->state(), Transaction::Committed);
        QVERIFY_THROWS_EXCEPTION(TransactionError, inner->rollback());
        // The outer transaction goes on, and a new savepoint works.
        const auto next = s->transaction(TransactionOptions().transaction(outer.data()));
        ledger->create({{"label", "next"}}, in(next));
        next->commit();
        outer->commit();
        QCOMPARE(labels(ledger), (QStringList{"outer", "released", "next"}));
    }
};

QTEST_GUILESS_MAIN(tst_SavepointEnds)
#include "tst_savepointends.moc"
