// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Cursor>
#include <QtSequelize/Errors>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtimezone.h>
#include <QtTest/qtest.h>

#include <functional>

#include <algorithm>
#include <numeric>

#include "testdatabases.h"

using namespace QtSequelize;

class Item : public TypedModel<Item>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(qint64, id, setId)
    QSQ_ATTRIBUTE(QString, name, setName)
    QSQ_ATTRIBUTE(int, qty, setQty)
    QSQ_ATTRIBUTE(QString, kind, setKind)
};

// Resident memory of this process, in kB (Linux).
static qint64 residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

class tst_Finders : public QObject
{
    Q_OBJECT

private:
    static void initItems(Sequelize *s, int rows)
    {
        Item::init(s, {}, ModelOptions().timestamps(false));
        s->sync();
        QList<QVariantMap> records;
        for (int i = 1; i <= rows; ++i)
            records.append({{"name", QStringLiteral("item %1").arg(i, 5, 10, QLatin1Char('0'))},
                            {"qty", i % 10},
                            {"kind", i % 2 ? "odd" : "even"}});
        Item::bulkCreate(records);
    }

private slots:
    void bulkCreateTyped_data() { TestDatabases::addDialectRows(); }
    void bulkCreateTyped()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Item::init(sequelize.get(), {}, ModelOptions().timestamps(false));
        sequelize->sync();
        QList<QVariantMap> records;
        for (int i = 1; i <= 2500; ++i)
            records.append({{"name", QString::number(i)}, {"qty", i}});
        int statements = 0;
        connect(sequelize.get(), &Sequelize::queryExecuted, this, [&] { ++statements; });
        const Item::List items = Item::bulkCreate(records, BulkCreateOptions().chunkSize(1000));
        QCOMPARE(items.size(), 2500);
        QCOMPARE(items.first()->id(), 1);
        QCOMPARE(items.last()->id(), 2500);
        QCOMPARE(items.last()->name(), QStringLiteral("2500"));
        QVERIFY(!items.last()->isNewRecord());
        QVERIFY(items.last()->changed().isEmpty());
        // Multi-row chunks (3 INSERTs) in one transaction.
        QCOMPARE(statements, 3 + 2);
        QCOMPARE(Item::count(), 2500);
        QCOMPARE(Item::findByPk(1234)->qty(), 1234);
        // A failing row rolls the whole batch back.
        QVERIFY_THROWS_EXCEPTION(UniqueConstraintError,
                                 Item::bulkCreate({{{"id", 5000}, {"name", "new"}},
                                                   {{"id", 1}, {"name", "duplicate key"}}}));
        QCOMPARE(Item::count(), 2500);
        QVERIFY(!Item::findByPk(5000));
    }

    // Sequelize's "$Model.attribute$" names the model's own attribute (by model or table name).
    void ownModelPrefix_data() { TestDatabases::addDialectRows(); }
    void ownModelPrefix()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *tag = sequelize->define("Tag", {{"name", DataTypes::String()}},
                                                 ModelOptions().timestamps(false));
        tag->sync(SyncOptions().force());
        tag->bulkCreate({{{"name", "a"}}, {{"name", "b"}}, {{"name", "c"}}});
        QCOMPARE(tag->count(FindOptions().where(Op::eq("$Tag.name$", "b"))), qint64(1));
        const auto found = tag->findAll(FindOptions().where(
            Op::or_({Op::eq("$Tags.name$", "a"), Op::in("$Tag.name$", QVariantList{"c"})})));
        QCOMPARE(found.size(), 2);
        QCOMPARE(tag->findAllRaw(FindOptions().where(Where::fromMap({{"$Tag.name$", "a"}}))).size(),
                 1);
        QVERIFY_THROWS_EXCEPTION(BaseError,
                                 tag->findAll(FindOptions().where(Op::eq("$Nope.name$", "a"))));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 tag->findAll(FindOptions().where(Op::eq("$Tag.nope$", "a"))));
        // The writers and aggregates take it too.
        QCOMPARE(tag->update({{"name", "bb"}}, Op::eq("$Tag.name$", "b")), 1);
        QCOMPARE(tag->max("id", FindOptions().where(Op::eq("$Tag.name$", "bb"))).toInt(), 2);
        QCOMPARE(tag->destroy(Op::eq("$Tags.name$", "bb")), 1);
        QCOMPARE(tag->count(), qint64(2));
    }

    // From 16 values a key list may be bound as one value (json_each on SQLite, = ANY(array) on
    // PostgreSQL): the same rows as a plain IN, hostile strings included.
    void longInLists_data() { TestDatabases::addDialectRows(); }
    void longInLists()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *tag = sequelize->define("Tag", {{"name", DataTypes::String()}},
                                                 ModelOptions().timestamps(false));
        tag->sync(SyncOptions().force());
        QStringList names;
        for (int i = 0; i < 40; ++i)
            names.append(QStringLiteral("t%1").arg(i));
        names << "quote\"d"
              << "back\\slash"
              << "{brace},comma"
              << "NULL"
              << "it's"
              << "ünï";
        QList<QVariantMap> rows;
        for (const QString &n : names)
            rows.append({{"name", n}});
        tag->bulkCreate(rows);
        QVariantList wanted;
        for (qsizetype i = 0; i < names.size(); i += 2)
            wanted.append(names.at(i));
        wanted << "quote\"d"
               << "back\\slash"
               << "{brace},comma"
               << "NULL"
               << "it's"
               << "ünï" << QVariant() << "absent";
        auto namesOf = [](const QList<QSharedPointer<Model>> &found) {
            QStringList result;
            for (const auto &m : found)
                result.append(m->get("name").toString());
            return result;
        };
        const QStringList in
            = namesOf(tag->findAll(FindOptions().where(Op::in("name", wanted)).order("id")));
        QCOMPARE(in.size(), 20 + 6);
        QVERIFY(in.contains("back\\slash") && in.contains("{brace},comma") && in.contains("NULL"));
        QVERIFY(!in.contains("t1"));
        QVariantList keys;
        for (qint64 id = 1; id <= 30; ++id)
            keys.append(id);
        QCOMPARE(tag->count(FindOptions().where(Op::in("id", keys))), 30);
        QCOMPARE(tag->count(FindOptions().where(Op::notIn("id", keys))), qint64(names.size() - 30));
        QVariantList strings;
        for (int i = 0; i < 20; ++i)
            strings.append(QStringLiteral("t%1").arg(i));
        QCOMPARE(tag->count(FindOptions().where(Op::notIn("name", strings))),
                 qint64(names.size() - 20));

        // Raw rows give text as QString, ASCII or not (MariaDB's driver hands over bytes).
        const QList<QVariantMap> raw = tag->findAllRaw(
            FindOptions().where(Op::in("name", QVariantList{"t0", "ünï"})).order("id"));
        QCOMPARE(raw.size(), 2);
        for (const QVariantMap &row : raw)
            QCOMPARE(row.value("name").typeId(), QMetaType::QString);
        QCOMPARE(raw.at(0).value("name").toString(), QStringLiteral("t0"));
        QCOMPARE(raw.at(1).value("name").toString(), QStringLiteral("ünï"));
        const QList<QVariantMap> queried
            = sequelize
                  ->query(QStringLiteral("SELECT name FROM %1 WHERE name IN (:a, :b) ORDER BY id")
                              .arg(sequelize->dialect() == QLatin1String("postgres")
                                       ? QStringLiteral("\"Tags\"")
                                       : QStringLiteral("Tags")),
                          QueryOptions().replacements(QVariantMap{{"a", "t0"}, {"b", "ünï"}}))
                  .rows();
        QCOMPARE(queried.size(), 2);
        QCOMPARE(queried.at(0).value("name"), QVariant(QStringLiteral("t0")));
        QCOMPARE(queried.at(1).value("name"), QVariant(QStringLiteral("ünï")));
    }

    // Long IN lists on every comparable type (issue 16 item 4: on SQLite one ? per value took
    // 15-80 s for 32,767-100,000 doubles, dates, booleans or decimals): the same rows as a short
    // list would give, through the finders and through raw replacements, 40,000 values included.
    void longInListsOfEveryType_data() { TestDatabases::addDialectRows(); }
    void longInListsOfEveryType()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *reading = sequelize->define("Reading",
                                                     {{"score", DataTypes::Double()},
                                                      {"price", DataTypes::Decimal(10, 2)},
                                                      {"active", DataTypes::Boolean()},
                                                      {"at", DataTypes::Date()},
                                                      {"day", DataTypes::DateOnly()},
                                                      {"big", DataTypes::BigInt()},
                                                      {"label", DataTypes::String()}},
                                                     ModelOptions().timestamps(false));
        reading->sync(SyncOptions().force());
        const int rows = 3000;
        const QDateTime base(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        auto score = [](int i) { return QVariant(i * 0.25); };
        auto price = [](int i) {
            return QVariant(QStringLiteral("%1.%2").arg(i).arg(i % 100, 2, 10, QLatin1Char('0')));
        };
        auto at = [&](int i) { return QVariant(base.addMSecs(i * 61001LL)); };
        auto day = [](int i) { return QVariant(QDate(2000, 1, 1).addDays(i)); };
        auto big = [](int i) { return QVariant((qint64(1) << 60) + i); };
        auto label = [](int i) {
            return QVariant(i == 7 ? QStringLiteral("it's \"7\"") : QStringLiteral("r%1").arg(i));
        };
        QList<QVariantMap> records;
        for (int i = 1; i <= rows; ++i)
            records.append({{"score", score(i)},
                            {"price", price(i)},
                            {"active", i % 3 == 0},
                            {"at", at(i)},
                            {"day", day(i)},
                            {"big", big(i)},
                            {"label", label(i)}});
        reading->bulkCreate(records);

        const QList<std::pair<QString, std::function<QVariant(int)>>> columns{
            {"score", score}, {"price", price}, {"at", at},
            {"day", day},     {"big", big},     {"label", label}};
        const qint64 wanted = rows / 7;
        for (const auto &[name, valueOf] : columns) {
            QVariantList values;
            for (int i = 7; i <= rows; i += 7)
                values.append(valueOf(i));
            values.append(QVariant()); // NULL matches nothing, as in SQL
            for (int i = rows + 1; i <= rows + 100; ++i)
                values.append(valueOf(i)); // absent
            QCOMPARE(reading->count(FindOptions().where(Op::in(name, values))), wanted);
            QCOMPARE(reading->count(FindOptions().where(Op::in(name, values.mid(0, 5)))), 5);
            values.removeAll(QVariant());
            QCOMPARE(reading->count(FindOptions().where(Op::notIn(name, values))), rows - wanted);
        }
        QCOMPARE(reading->count(FindOptions().where(Op::in("active", QVariantList(20, true)))),
                 rows / 3);
        QCOMPARE(reading->count(FindOptions().where(Op::notIn("active", QVariantList(20, true)))),
                 rows - rows / 3);

        // 40,000 doubles, 428 of them present.
        QVariantList many;
        for (int i = 1; i <= 40000; ++i)
            many.append(i % 7 == 0 && i <= rows ? i * 0.25 : i * 0.25 + 0.125);
        QCOMPARE(reading->count(FindOptions().where(Op::in("score", many))), wanted);

        // Raw replacements, named and positional, in `IN (...)`.
        const QString table = sequelize->dialect() == QLatin1String("postgres")
            ? QStringLiteral("\"Readings\"")
            : QStringLiteral("Readings");
        auto rawCount = [&](const QString &where, const auto &replacements) {
            return sequelize
                ->query(QStringLiteral("SELECT COUNT(*) AS c FROM ") + table
                            + QStringLiteral(" WHERE ") + where,
                        QueryOptions().replacements(replacements))
                .rows()
                .value(0)
                .value("c")
                .toLongLong();
        };
        QVariantList scores, bigs, labels;
        for (int i = 7; i <= rows; i += 7) {
            scores.append(score(i));
            bigs.append(big(i));
            labels.append(label(i));
        }
        QCOMPARE(rawCount("score IN (:scores)", QVariantMap{{"scores", scores}}), wanted);
        QCOMPARE(rawCount("big IN ( ? ) AND 1 = ?", QVariantList{bigs, 1}), wanted);
        QCOMPARE(rawCount("label NOT IN (:l)", QVariantMap{{"l", labels}}), rows - wanted);
        QCOMPARE(rawCount("label IN (:l) OR score IN (:s)",
                          QVariantMap{{"l", labels}, {"s", QVariantList(30, 0.25)}}),
                 wanted + 1);
    }

    void findEach_data() { TestDatabases::addDialectRows(); }
    void findEach()
    {
        QSQ_OPEN_DIALECT(sequelize);
        initItems(sequelize.get(), 2500);
        qint64 seen = 0;
        qint64 lastId = 0;
        bool ordered = true;
        Item::findEach(
            FindOptions().where({{"kind", "odd"}}),
            [&](const Item::Ptr &item) {
                ordered = ordered && item->id() > lastId;
                lastId = item->id();
                ++seen;
            },
            300);
        QCOMPARE(seen, 1250);
        QVERIFY(ordered);
        QStringList names;
        Item::findEach(
            FindOptions().where(Op::lte("id", 7)).order("name", Qt::DescendingOrder),
            [&](const Item::Ptr &item) { names.append(item->name()); }, 3);
        QCOMPARE(names.size(), 7);
        QCOMPARE(names.first(), QStringLiteral("item 00007"));
        QCOMPARE(names.last(), QStringLiteral("item 00001"));
        Cursor cursor(Item::model(), FindOptions().where({{"qty", 3}}), 100);
        qsizetype batches = 0;
        qsizetype total = 0;
        for (auto batch = cursor.nextBatch(); !batch.isEmpty(); batch = cursor.nextBatch()) {
            ++batches;
            total += batch.size();
        }
        QCOMPARE(total, 250);
        QCOMPARE(batches, 3);
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Cursor(Item::model(), FindOptions().limit(5)));
    }

    // A Cursor ordered by a column with ties (its own order or the default scope's) reads every
    // row once: on PostgreSQL, ties came in another sequence on each page (rows twice, others
    // never), and under a default scope's order the keyset paging skipped rows everywhere.
    void cursorOverTies_data() { TestDatabases::addDialectRows(); }
    void cursorOverTies()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *m
            = s->define("Tied", {{"grp", DataTypes::Integer()}, {"label", DataTypes::String()}},
                        ModelOptions().timestamps(false));
        m->sync(SyncOptions().force());
        QList<QVariantMap> rows;
        for (int i = 1; i <= 40; ++i)
            rows.append(
                {{"grp", i % 3}, {"label", i % 2 ? QVariant(QString::number(i % 4)) : QVariant()}});
        m->bulkCreate(rows);
        const auto walk = [&](const FindOptions &options, const char *ordered) {
            Cursor cursor(m, options, 3);
            QList<int> ids;
            QVariant previous;
            while (const auto row = cursor.next()) {
                ids.append(row->get("id").toInt());
                if (qstrcmp(ordered, "grp") == 0) {
                    QVERIFY(!previous.isValid() || previous.toInt() <= row->get("grp").toInt());
                    previous = row->get("grp");
                }
            }
            std::sort(ids.begin(), ids.end());
            QList<int> all(40);
            std::iota(all.begin(), all.end(), 1);
            QCOMPARE(ids, all);
        };
        walk(FindOptions().order("grp"), "grp");
        walk(FindOptions().order("grp", Qt::DescendingOrder), "");
        walk(FindOptions().order({{"label", "DESC NULLS FIRST"}}), "");
        walk(FindOptions().orderLiteral("1"), "");
        m->addScope("defaultScope", FindOptions().order("grp"));
        walk(FindOptions(), "grp");
        walk(FindOptions().unscoped(), "");
    }

    // An ordered Cursor whose loop changes rows out of the where (a "pending" job marked done),
    // deletes rows ahead of it or renames them: paged by LIMIT/OFFSET it skipped every other
    // batch without a word. Every row that matched at the start comes once, in the order, unless
    // it no longer matches; so too with a to-many include, an attribute list without the key, and
    // a composite key.
    void cursorWhileTheLoopWrites_data() { TestDatabases::addDialectRows(); }
    void cursorWhileTheLoopWrites()
    {
        QSQ_OPEN_DIALECT(s);
        ModelDefinition *job
            = s->define("Job", {{"name", DataTypes::String()}, {"status", DataTypes::String()}},
                        ModelOptions().timestamps(false));
        ModelDefinition *step = s->define("JobStep", {{"note", DataTypes::String()}},
                                          ModelOptions().timestamps(false));
        job->hasMany(step, AssociationOptions().as("steps").foreignKey("jobId"));
        s->sync(SyncOptions().force());
        QList<QVariantMap> rows;
        for (int i = 0; i < 95; ++i)
            rows.append({{"name", QStringLiteral("job%1").arg(94 - i, 2, 10, QLatin1Char('0'))},
                         {"status", "pending"}});
        job->bulkCreate(rows);
        QList<QVariantMap> steps;
        for (int id = 1; id <= 95; id += 2)
            steps.append({{"jobId", id}, {"note", "a"}});
        for (int id = 1; id <= 95; id += 4)
            steps.append({{"jobId", id}, {"note", "b"}});
        step->bulkCreate(steps);
        const FindOptions pending = FindOptions().where({{"status", "pending"}});
        const auto reset = [&] { job->update({{"status", "pending"}}, Where()); };

        QStringList names;
        Cursor marked(job, FindOptions(pending).order("name"), 10);
        while (const auto row = marked.next()) {
            names.append(row->get("name").toString());
            row->update({{"status", "done"}});
        }
        QCOMPARE(names.size(), 95);
        QCOMPARE(names.first(), QStringLiteral("job00"));
        QCOMPARE(names.last(), QStringLiteral("job94"));
        QVERIFY(std::is_sorted(names.cbegin(), names.cend()));

        reset();
        int seen = 0;
        Cursor included(job,
                        FindOptions(pending)
                            .include(Include("steps"))
                            .order("name", Qt::DescendingOrder)
                            .attributes({"name"}),
                        7);
        while (const auto row = included.next()) {
            ++seen;
            QVERIFY(!row->get("id").isNull());
            job->update({{"status", "done"}}, Where({{"id", row->get("id")}}));
        }
        QCOMPARE(seen, 95);

        reset();
        seen = 0;
        // Batches of one: a batch is read whole, before the loop sees its rows.
        Cursor deleting(job, FindOptions(pending).order("name"), 1);
        while (const auto row = deleting.next()) {
            ++seen;
            // The next row in the order goes before it is read; the one after stays.
            job->destroy(
                Where({{"name",
                        QStringLiteral("job%1").arg(row->get("name").toString().mid(3).toInt() + 1,
                                                    2, 10, QLatin1Char('0'))}}));
        }
        QCOMPARE(seen, 48); // job00, job02, ..., job94

        ModelDefinition *pair = s->define("JobPair",
                                          {{"a", Attribute(DataTypes::Integer()).primaryKey()},
                                           {"b", Attribute(DataTypes::Integer()).primaryKey()},
                                           {"state", DataTypes::String()}},
                                          ModelOptions().timestamps(false));
        pair->sync(SyncOptions().force());
        QList<QVariantMap> pairs;
        for (int i = 0; i < 30; ++i)
            pairs.append({{"a", i % 4}, {"b", i}, {"state", "new"}});
        pair->bulkCreate(pairs);
        seen = 0;
        Cursor composite(pair, FindOptions().where({{"state", "new"}}), 4);
        while (const auto row = composite.next()) {
            ++seen;
            pair->update({{"state", "old"}}, Where({{"a", row->get("a")}, {"b", row->get("b")}}));
        }
        QCOMPARE(seen, 30);

        // Orders the select list makes (a position, a computed attribute's alias) read the keys
        // in the rows' order: the key read selected only the key, so "1" ordered by it.
        reset();
        for (const FindOptions &options :
             {FindOptions().attributes({"name", "id"}).orderLiteral("1"),
              FindOptions()
                  .includeAttribute(Sequelize::fn("lower", {Sequelize::col("name")}), "lname")
                  .order("lname", Qt::DescendingOrder)}) {
            QList<qint64> expected;
            for (const auto &row : job->findAll(options))
                expected.append(row->get("id").toLongLong());
            QList<qint64> walked;
            Cursor cursor(job, options, 7);
            while (const auto row = cursor.next())
                walked.append(row->get("id").toLongLong());
            QCOMPARE(walked, expected);
        }

        // A scope's limit is refused, not ignored (the cursor gave every row).
        job->addScope("newest", FindOptions().order("id", Qt::DescendingOrder).limit(5));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Cursor(job, FindOptions().scope("newest")));
    }

    void millionRowsBoundedMemory()
    {
        // 1,000,000 SQLite rows read with findEach; the resident memory may grow by the batch
        // size, not by the result size (~500 MB as instances).
        QTemporaryDir dir;
        Sequelize sequelize(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("big.db")));
        Item::init(&sequelize, {}, ModelOptions().timestamps(false));
        sequelize.sync();
        sequelize.query(QStringLiteral(
            "INSERT INTO \"Items\" (name, qty, kind) WITH RECURSIVE c(x) AS (SELECT 1 UNION "
            "ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT 'item ' || x, x % 10, 'k' "
            "FROM c"));
        QCOMPARE(Item::count(), 1000000);
        const qint64 before = residentKilobytes();
        qint64 peak = before;
        qint64 seen = 0;
        qint64 sum = 0;
        Item::findEach(FindOptions(), [&](const Item::Ptr &item) {
            sum += item->qty();
            if (++seen % 50000 == 0)
                peak = qMax(peak, residentKilobytes());
        });
        QCOMPARE(seen, 1000000);
        QCOMPARE(sum, 4500000);
        const qint64 growthMb = (peak - before) / 1024;
        qInfo("findEach over 1,000,000 rows: resident memory grew by %lld MB", growthMb);
        QVERIFY2(growthMb < 64, qPrintable(QStringLiteral("grew by %1 MB").arg(growthMb)));
    }

    void aggregates_data() { TestDatabases::addDialectRows(); }
    void aggregates()
    {
        QSQ_OPEN_DIALECT(sequelize);
        initItems(sequelize.get(), 20);
        QCOMPARE(Item::max("qty").toInt(), 9);
        QCOMPARE(Item::min("qty").toInt(), 0);
        QCOMPARE(Item::sum("qty").toLongLong(), qint64(90));
        QCOMPARE(Item::sum("qty", FindOptions().where({{"kind", "odd"}})).toLongLong(), qint64(50));
        QVERIFY(!Item::sum("qty", FindOptions().where({{"kind", "none"}})).isValid()); // null
        QCOMPARE(Item::max("name").toString(), QStringLiteral("item 00020"));
        QCOMPARE(Item::count(FindOptions().distinct().col("kind")), 2);
        QCOMPARE(Item::count(FindOptions().col("qty").where(Op::gt("qty", 4))), 10);
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Item::model()->aggregate("qty", "sum); --"));
        const QList<QVariantMap> groups = Item::findAllRaw(
            FindOptions()
                .attributes({"kind"})
                .attribute(Sequelize::fn("SUM", {Sequelize::col("qty")}), "total")
                .group({"kind"})
                .having(
                    Sequelize::where(Sequelize::fn("COUNT", {Sequelize::col("id")}), Where::Gt, 5))
                .order("kind"));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).value("kind").toString(), QStringLiteral("even"));
        QCOMPARE(groups.at(0).value("total").toLongLong(), qint64(40));
    }

    void staticIncrement_data() { TestDatabases::addDialectRows(); }
    void staticIncrement()
    {
        QSQ_OPEN_DIALECT(sequelize);
        initItems(sequelize.get(), 10);
        QCOMPARE(Item::increment({{"qty", 5}}, {{"kind", "odd"}}), 5);
        QCOMPARE(Item::findByPk(1)->qty(), 6);
        QCOMPARE(Item::decrement({{"qty", 2}}, Op::in("id", {1, 2})), 2);
        QCOMPARE(Item::findByPk(1)->qty(), 4);
        QCOMPARE(Item::findByPk(2)->qty(), 0);
    }

    void updateReturning_data() { TestDatabases::addDialectRows(); }
    void updateReturning()
    {
        QSQ_OPEN_DIALECT(sequelize);
        initItems(sequelize.get(), 6);
        if (dialect == QLatin1String("mariadb")) {
            QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                     Item::updateReturning({{"qty", 42}}, {{"kind", "odd"}}));
            QCOMPARE(Item::count(FindOptions().where({{"qty", 42}})), 0);
            return;
        }
        Item::List updated = Item::updateReturning({{"qty", 42}}, {{"kind", "odd"}});
        QCOMPARE(updated.size(), 3);
        for (const Item::Ptr &item : updated) {
            QCOMPARE(item->qty(), 42);
            QCOMPARE(item->kind(), QStringLiteral("odd"));
        }
        QCOMPARE(Item::count(FindOptions().where({{"qty", 42}})), 3);
    }

    void upsert_data() { TestDatabases::addDialectRows(); }
    void upsert()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *tag
            = sequelize->define("Tag",
                                {{"name", Attribute(DataTypes::String()).unique()},
                                 {"color", Attribute(DataTypes::String()).defaultValue("grey")},
                                 {"hits", DataTypes::Integer()}});
        tag->sync();
        bool created = false;
        auto red = tag->upsert({{"name", "red"}, {"hits", 1}}, &created);
        QVERIFY(created);
        QCOMPARE(red->get("id").toInt(), 1);
        QCOMPARE(red->get("color").toString(), QStringLiteral("grey"));
        QVERIFY(!red->isNewRecord());
        const QDateTime createdAt = red->get("createdAt").toDateTime();
        QTest::qWait(5);
        auto again = tag->upsert({{"name", "red"}, {"hits", 5}}, &created);
        QVERIFY(!created);
        QCOMPARE(again->get("id").toInt(), 1);
        QCOMPARE(again->get("hits").toInt(), 5);
        QCOMPARE(again->get("color").toString(), QStringLiteral("grey"));
        QCOMPARE(again->get("createdAt").toDateTime(), createdAt);
        auto byKey = tag->upsert({{"id", 1}, {"name", "crimson"}}, &created);
        QVERIFY(!created);
        QCOMPARE(byKey->get("name").toString(), QStringLiteral("crimson"));
        QCOMPARE(byKey->get("hits").toInt(), 5);
        tag->upsert({{"name", "blue"}}, &created);
        QVERIFY(created);
        QCOMPARE(tag->count(), 2);
        QCOMPARE(tag->findByPk(1)->get("name").toString(), QStringLiteral("crimson"));
    }

    void scopes_data() { TestDatabases::addDialectRows(); }
    void scopes()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *person = sequelize->define("Person",
                                                    {{"name", DataTypes::String()},
                                                     {"age", DataTypes::Integer()},
                                                     {"active", DataTypes::Boolean()}},
                                                    ModelOptions().timestamps(false));
        person->sync();
        person->bulkCreate({{{"name", "ann"}, {"age", 30}, {"active", true}},
                            {{"name", "bob"}, {"age", 12}, {"active", true}},
                            {{"name", "cid"}, {"age", 40}, {"active", false}}});
        person->addScope("defaultScope", FindOptions().where({{"active", true}}));
        person->addScope("adults", FindOptions().where(Op::gte("age", 18)).order("name"));
        person->addScope("young", FindOptions().where(Op::lt("age", 20)));
        auto names = [&](const FindOptions &options) {
            QStringList result;
            for (const auto &p : person->findAll(FindOptions(options).order("id")))
                result.append(p->get("name").toString());
            return result;
        };
        QCOMPARE(names(FindOptions()), (QStringList{"ann", "bob"}));
        QCOMPARE(person->count(), 2);
        QVERIFY(!person->findByPk(3)); // the default scope restricts findByPk too
        QCOMPARE(names(FindOptions().scopes({"adults"})), (QStringList{"ann", "cid"}));
        QCOMPARE(names(FindOptions().scopes({"defaultScope", "adults"})), QStringList{"ann"});
        // The later scope's condition on a column replaces the earlier one (no AND).
        QCOMPARE(names(FindOptions().scopes({"adults", "young"})), QStringList{"bob"});
        // A query where on the default scope's column replaces it.
        QCOMPARE(names(FindOptions().where({{"active", false}})), QStringList{"cid"});
        QCOMPARE(names(FindOptions().unscoped()), (QStringList{"ann", "bob", "cid"}));
        QCOMPARE(person->count(FindOptions().unscoped()), 3);
        QVERIFY_THROWS_EXCEPTION(ScopeError, person->findAll(FindOptions().scopes({"nope"})));
        // Scope functions take their arguments per query and merge like the other scopes.
        person->addScope("olderThan", [](const QVariantList &arguments) {
            return FindOptions().where(Op::gt("age", arguments.value(0)));
        });
        QVERIFY(person->scopeNames().contains("olderThan"));
        QCOMPARE(names(FindOptions().scope("olderThan", {20})), (QStringList{"ann", "cid"}));
        QCOMPARE(names(FindOptions().scope("defaultScope").scope("olderThan", {20})),
                 QStringList{"ann"});
        QCOMPARE(names(FindOptions().scope("olderThan", {35})), QStringList{"cid"});
        QCOMPARE(person->count(FindOptions().scopes({"adults"}).scope("olderThan", {35})), 1);
        // Static update and destroy respect the default scope unless told otherwise.
        QCOMPARE(person->update({{"age", 1}}, Where()), 2);
        QCOMPARE(person->update({{"age", 2}}, Where(), UpdateOptions().unscoped()), 3);
        QCOMPARE(person->destroy(Where()), 2);
        QCOMPARE(person->count(FindOptions().unscoped()), 1);
    }

    void findOrCreateConcurrently_data() { TestDatabases::addDialectRows(); }
    void findOrCreateConcurrently()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *tag
            = sequelize->define("Tag", {{"name", Attribute(DataTypes::String()).unique()}});
        tag->sync();
        // Someone else inserts between our find and our create: the unique violation is
        // answered by finding their row.
        bool created = true;
        tag->create({{"name", "race"}});
        auto found = tag->findOrCreate(FindOptions().where({{"name", "race"}}), {}, &created);
        QVERIFY(!created);
        QCOMPARE(found->get("name").toString(), QStringLiteral("race"));
        QCOMPARE(tag->count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Finders)
#include "tst_finders.moc"
