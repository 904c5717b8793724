// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Errors>
#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Model>
#include <QtSequelize/Sequelize>

#include <QtCore/qpointer.h>
#include <QtCore/qrandom.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

// InstanceListModel's windowed mode (issue 17, item 2): the row count is the COUNT, rows are
// read where they are asked for — forwards and backwards by keyset, jumps by OFFSET — and the
// list stays equal to findAll() with the same order, on every dialect, under
// QAbstractItemModelTester, while rows are inserted, changed and removed.
class tst_InstanceWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr int Rows = 1500;

    // rank repeats (ties broken by the key), name is unique, note is NULL on every third row.
    static ModelDefinition *defineEntries(Sequelize *s)
    {
        ModelDefinition *entry
            = s->define("Entry",
                        {{"name", Attribute(DataTypes::String(20)).allowNull(false)},
                         {"rank", Attribute(DataTypes::Integer()).allowNull(false)},
                         {"note", DataTypes::String(20)}},
                        ModelOptions().timestamps(false));
        entry->sync(SyncOptions().force());
        QList<QVariantMap> rows;
        for (int i = 0; i < Rows; ++i) {
            // Names not in key order, so that the orders below differ from the key's.
            const int scrambled = (i * 7919) % Rows;
            rows.append({{"name", QStringLiteral("n%1").arg(scrambled, 5, 10, QLatin1Char('0'))},
                         {"rank", i % 7},
                         {"note", i % 3 == 0 ? QVariant() : QVariant(QString::number(i % 11))}});
        }
        entry->bulkCreate(rows);
        return entry;
    }
    // The ids in the order findAll() gives for the same options.
    static QList<qint64> expectedIds(ModelDefinition *entry, FindOptions options)
    {
        QList<qint64> ids;
        for (const auto &instance : entry->findAll(options.order("id")))
            ids.append(instance->get("id").toLongLong());
        return ids;
    }
    static qint64 idAt(InstanceListModel &model, int row)
    {
        return model.data(model.index(row), model.roleNames().key("id")).toLongLong();
    }

private slots:
    // Every row read forwards, backwards and at random equals findAll()'s row there.
    void matchesFindAll_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QVariantList>("order");
        const QString only = qEnvironmentVariable("QSQ_TEST_ONLY_DIALECT");
        for (const QString dialect : {"sqlite", "postgres", "mariadb"}) {
            if (!only.isEmpty() && only != dialect)
                continue;
            const QByteArray d = dialect.toUtf8();
            QTest::newRow(d + " by rank (keyset, ties)") << dialect << QVariantList{"rank"};
            QTest::newRow(d + " by rank desc, name")
                << dialect << QVariantList{"rank DESC", "name"};
            QTest::newRow(d + " by name desc") << dialect << QVariantList{"name DESC"};
            QTest::newRow(d + " by note (nullable: offset)") << dialect << QVariantList{"note"};
            QTest::newRow(d + " by key") << dialect << QVariantList{};
        }
    }
    void matchesFindAll()
    {
        QSQ_OPEN_DIALECT(sequelize);
        QFETCH(QVariantList, order);
        ModelDefinition *entry = defineEntries(sequelize.get());
        FindOptions options;
        for (const QVariant &item : order) {
            const QStringList parts = item.toString().split(QLatin1Char(' '));
            options.order(parts.first(),
                          parts.size() > 1 ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
        const QList<qint64> expected = expectedIds(entry, options);
        QCOMPARE(expected.size(), Rows);

        InstanceListModel model;
        QAbstractItemModelTester tester(&model);
        model.setPageSize(37); // pages that do not divide the rows
        model.setWindowed(true);
        model.setOrder(order);
        model.setDefinition(entry);
        QCOMPARE(model.rowCount(), Rows);
        QCOMPARE(model.count(), Rows);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));

        for (int row = 0; row < Rows; ++row)
            QCOMPARE(idAt(model, row), expected.at(row));
        model.refresh(); // pages stale: read again, backwards from the end
        for (int row = Rows - 1; row >= 0; --row)
            QCOMPARE(idAt(model, row), expected.at(row));
        QRandomGenerator random(17);
        for (int i = 0; i < 300; ++i) {
            const int row = random.bounded(Rows);
            QCOMPARE(idAt(model, row), expected.at(row));
            QCOMPARE(model.get(row).value("id").toLongLong(), expected.at(row));
        }
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
    }

    // Names equal under MariaDB's case- and accent-insensitive collation (and trailing spaces
    // under PAD SPACE): the keyset compares as the ORDER BY sorts, so no row is lost or repeated.
    void collationTies_data() { TestDatabases::addDialectRows(); }
    void collationTies()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *tag = sequelize->define(
            "Tag", {{"name", Attribute(DataTypes::String(20)).allowNull(false)}},
            ModelOptions().timestamps(false));
        tag->sync(SyncOptions().force());
        const QStringList names{"Bob", "bob", "BOB", "b\u00f6b", "bob ", "alice", "Zed"};
        QList<QVariantMap> rows;
        for (int i = 0; i < 210; ++i)
            rows.append({{"name", names.at(i % names.size())}});
        tag->bulkCreate(rows);
        QList<qint64> expected;
        for (const auto &instance : tag->findAll(FindOptions().order("name").order("id")))
            expected.append(instance->get("id").toLongLong());
        InstanceListModel model;
        model.setPageSize(7);
        model.setWindowed(true);
        model.setOrder({"name"});
        model.setDefinition(tag);
        QCOMPARE(model.rowCount(), 210);
        for (int row = 0; row < 210; ++row)
            QCOMPARE(idAt(model, row), expected.at(row));
        model.refresh();
        for (int row = 209; row >= 0; --row)
            QCOMPARE(idAt(model, row), expected.at(row));
    }

    // At most 16 pages stay: an instance of a page far behind is gone.
    void boundedPages_data() { TestDatabases::addDialectRows(); }
    void boundedPages()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *entry = defineEntries(sequelize.get());
        InstanceListModel model;
        model.setPageSize(20);
        model.setWindowed(true);
        model.setDefinition(entry);
        QPointer<Model> first = model.instance(0);
        QVERIFY(first);
        QCOMPARE(model.instance(0), first.data()); // kept while its page is
        for (int row = 20; row < 20 * 40; row += 20)
            QVERIFY(model.instance(row));
        QVERIFY(first.isNull());
        QCOMPARE(model.get(0).value("id").toLongLong(), 1); // read again when asked
    }

    // Inserts, updates and deletes through the model's definition: the count follows, and the
    // rows shown are read again (dataChanged), so that the list stays findAll()'s.
    void liveChanges_data() { TestDatabases::addDialectRows(); }
    void liveChanges()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *entry = defineEntries(sequelize.get());
        const FindOptions byName = FindOptions().order("name");
        InstanceListModel model;
        QAbstractItemModelTester tester(&model);
        model.setPageSize(25);
        model.setWindowed(true);
        model.setOrder({"name"});
        model.setDefinition(entry);
        for (int row = 700; row < 760; ++row)
            QCOMPARE(idAt(model, row), expectedIds(entry, byName).at(row));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        entry->create({{"name", "n00710x"}, {"rank", 1}}); // sorts among the rows shown
        QTRY_COMPARE(model.rowCount(), Rows + 1);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!changed.isEmpty()); // the rows shown are told to read again
        QList<qint64> expected = expectedIds(entry, byName);
        for (int row = 700; row < 760; ++row)
            QCOMPARE(idAt(model, row), expected.at(row));
        QCOMPARE(model.get(711).value("name").toString(), QStringLiteral("n00710x"));

        auto shown = entry->findOne(FindOptions().where({{"name", "n00720"}}));
        shown->set("rank", 99);
        shown->save();
        changed.clear();
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(model.get(721).value("rank").toInt(), 99);

        entry->destroy(Where{{"name", "n00705"}});
        QTRY_COMPARE(model.rowCount(), Rows);
        QCOMPARE(removed.size(), 1);
        expected = expectedIds(entry, byName);
        for (int row = 690; row < 760; ++row)
            QCOMPARE(idAt(model, row), expected.at(row));
    }

    // indexOf() of a row whose page was never read asks the database for its position;
    // create() returns the new row's index.
    void indexOfAndCreate_data() { TestDatabases::addDialectRows(); }
    void indexOfAndCreate()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *entry = defineEntries(sequelize.get());
        const FindOptions order = FindOptions().order("rank", Qt::DescendingOrder).order("name");
        const QList<qint64> expected = expectedIds(entry, order);
        InstanceListModel model;
        model.setWindowed(true);
        model.setFindOptions(order);
        model.setDefinition(entry);
        QCOMPARE(model.indexOf(expected.at(1234)), 1234);
        QCOMPARE(model.indexOf(expected.at(0)), 0);
        QCOMPARE(model.indexOf(999999), -1);
        const int row = model.create({{"name", "n01000a"}, {"rank", 3}});
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), Rows + 1);
        QCOMPARE(model.get(row).value("name").toString(), QStringLiteral("n01000a"));
        QCOMPARE(row, expectedIds(entry, order).indexOf(model.get(row).value("id").toLongLong()));
        QVERIFY(model.remove(row));
        QCOMPARE(model.rowCount(), Rows);
        QVERIFY(model.setValue(5, "rank", 42));
        QCOMPARE(entry->findByPk(model.get(5).value("id"))->get("rank").toInt(), 42);
    }

    // On the pool: the count and the pages come in later, as rowsInserted and dataChanged.
    void asynchronous_data() { TestDatabases::addDialectRows(); }
    void asynchronous()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *entry = defineEntries(sequelize.get());
        const QList<qint64> expected = expectedIds(entry, FindOptions().order("name"));
        InstanceListModel model;
        QAbstractItemModelTester tester(&model);
        model.setAsynchronous(true);
        model.setWindowed(true);
        model.setOrder({"name"});
        model.setDefinition(entry);
        QTRY_COMPARE(model.rowCount(), Rows);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.data(model.index(1234)).isValid()); // asked for
        QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QVariantList &signal) {
            return signal.at(0).toModelIndex().row() <= 1234
                && signal.at(1).toModelIndex().row() >= 1234;
        }));
        QCOMPARE(idAt(model, 1234), expected.at(1234));
        QCOMPARE(idAt(model, 1235), expected.at(1235)); // same page
        QVERIFY(!model.isLoading() || QTest::qWaitFor([&] { return !model.isLoading(); }));
    }

    // A slot of errorOccurred() that gives the list a new query while a page is being read
    // (the old window is on the stack), and a new pageSize: the list shows the new query.
    void newQueryFromSlots_data() { TestDatabases::addDialectRows(); }
    void newQueryFromSlots()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *entry = defineEntries(sequelize.get());
        const QList<qint64> expected = expectedIds(entry, FindOptions().order("name"));
        InstanceListModel model;
        QAbstractItemModelTester tester(&model);
        model.setWindowed(true);
        model.setOrder({"noSuchAttribute"}); // counted fine, every page fails
        model.setDefinition(entry);
        QCOMPARE(model.rowCount(), Rows);
        int errors = 0;
        connect(&model, &InstanceListModel::errorOccurred, &model, [&] {
            ++errors;
            model.setOrder({"name"});
        });
        model.data(model.index(700)); // fails inside, and the slot resets the list
        QCOMPARE(errors, 1);
        QCOMPARE(model.rowCount(), Rows);
        QCOMPARE(idAt(model, 700), expected.at(700));
        model.setPageSize(64);
        QCOMPARE(idAt(model, 700), expected.at(700));
        QCOMPARE(idAt(model, 63), expected.at(63));
        QCOMPARE(idAt(model, 64), expected.at(64));
        QTest::qWait(10); // the retired windows go
        QCOMPARE(idAt(model, 1499), expected.at(1499));
    }

    // Includes of its own: a required belongsTo with a where keeps only the entries of those
    // groups, a to-many include adds no rows (the count is of distinct entries), and every row
    // equals findAll()'s with the same options, its included values too, read forwards (keyset)
    // and at random (OFFSET).
    void includes_data() { TestDatabases::addDialectRows(); }
    void includes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *entry = defineEntries(sequelize.get());
        ModelDefinition *group = sequelize->define("EntryGroup", {{"label", DataTypes::String()}},
                                                   ModelOptions().timestamps(false));
        ModelDefinition *tag = sequelize->define("EntryTag", {{"word", DataTypes::String()}},
                                                 ModelOptions().timestamps(false));
        entry->belongsTo(group, AssociationOptions().as("group").foreignKey("groupId"));
        entry->hasMany(tag, AssociationOptions().as("tags").foreignKey("entryId"));
        group->sync(SyncOptions().force());
        entry->sync(SyncOptions().alter());
        tag->sync(SyncOptions().force());
        group->bulkCreate({{{"label", "a"}}, {{"label", "b"}}, {{"label", "c"}}});
        // Groups 1, 2, 3 and none, in turn.
        entry->update({{"groupId", Sequelize::literal(QStringLiteral("NULLIF(1 + (id % 4), 4)"))}},
                      Where::fromMap({{"id", QVariantMap{{"gt", 0}}}}));
        QList<QVariantMap> tags;
        for (int id = 1; id <= Rows; id += 3)
            for (int k = 0; k < id % 3 + 1; ++k)
                tags.append({{"entryId", id}, {"word", QStringLiteral("w%1").arg(k)}});
        tag->bulkCreate(tags);

        const FindOptions options = FindOptions()
                                        .include(Include("group").required(true).where(
                                            Where::fromMap({{"label", QVariantMap{{"ne", "c"}}}})))
                                        .include(Include("tags"))
                                        .order("rank")
                                        .order("id");
        const QList<QSharedPointer<Model>> expected = entry->findAll(options);
        QVERIFY(expected.size() > Rows / 3 && expected.size() < Rows);

        InstanceListModel model;
        QAbstractItemModelTester tester(&model);
        model.setPageSize(37);
        model.setWindowed(true);
        model.setOrder({"rank"});
        model.setFindOptions(FindOptions()
                                 .include(Include("group").required(true).where(
                                     Where::fromMap({{"label", QVariantMap{{"ne", "c"}}}})))
                                 .include(Include("tags")));
        model.setDefinition(entry);
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), int(expected.size()));
        const int labelRole = model.roleNames().key("group.label");
        const int wordsRole = model.roleNames().key("tags.word");
        QVERIFY(labelRole > 0 && wordsRole > 0);
        const auto same = [&](int row) {
            const Model *want = expected.at(row).get();
            const QModelIndex index = model.index(row);
            QStringList words;
            for (const auto &t : want->loadedTargets("tags"))
                words.append(t->get("word").toString());
            QStringList shown = model.data(index, wordsRole).toStringList();
            words.sort();
            shown.sort();
            return idAt(model, row) == want->get("id").toLongLong()
                && model.data(index, labelRole).toString()
                == want->loadedTargets("group").value(0)->get("label").toString()
                && shown == words;
        };
        for (int row = 0; row < int(expected.size()); ++row)
            QVERIFY2(same(row), qPrintable(QString::number(row)));
        QRandomGenerator random(5);
        model.refresh();
        for (int i = 0; i < 200; ++i) {
            const int row = random.bounded(int(expected.size()));
            QVERIFY2(same(row), qPrintable(QString::number(row)));
        }
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
    }

    // What windows cannot show is refused with a message, not shown wrong.
    void refusals_data() { TestDatabases::addDialectRows(); }
    void refusals()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *entry = defineEntries(sequelize.get());
        InstanceListModel model;
        model.setWindowed(true);
        model.setFindOptions(FindOptions().group({"rank"}));
        model.setDefinition(entry);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.errorString().contains(QLatin1String("grouped")));
    }
};

QTEST_GUILESS_MAIN(tst_InstanceWindow)
#include "tst_instancewindow.moc"
