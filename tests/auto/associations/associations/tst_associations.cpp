// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

#include <QtSequelize/Errors>
#include <QtSequelize/Sequelize>
#include <QtSequelize/TypedModel>

#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

class UserGroup : public TypedModel<UserGroup>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, name, setName)
};

// The reference example: User belongsTo UserGroup as `group` with foreign key `groupId`.
class User : public TypedModel<User>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, username, setUsername)
    QSQ_ATTRIBUTE(QString, firstName, setFirstName)
    QSQ_ATTRIBUTE(QString, lastName, setLastName)
    QSQ_BELONGS_TO(UserGroup, group, Group)
};

class Task : public TypedModel<Task>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, title, setTitle)
    QSQ_ATTRIBUTE(bool, done, setDone)
};

class Project : public TypedModel<Project>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, name, setName)
    QSQ_HAS_MANY(Task, tasks, Tasks, Task)
};

class Profile : public TypedModel<Profile>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, bio, setBio)
};

// hasOne, typed: person->getProfile(), setProfile(), createProfile(), profileChanged().
class Person : public TypedModel<Person>
{
    Q_OBJECT
    QSQ_ATTRIBUTE(QString, name, setName)
    QSQ_HAS_ONE(Profile, profile, Profile)
};

class tst_Associations : public QObject
{
    Q_OBJECT

private:
    static void initUsers(Sequelize *s)
    {
        UserGroup::init(s, {{"name", Attribute(DataTypes::String()).allowNull(false)}});
        User::init(s, {{"username", Attribute(DataTypes::String()).allowNull(false).unique()}});
        User::belongsTo(UserGroup::model(), AssociationOptions().as("group").foreignKey("groupId"));
        s->sync();
        UserGroup::create({{"name", "admins"}});
        UserGroup::create({{"name", "users"}});
    }
    static void initProjects(Sequelize *s)
    {
        Project::init(s, {}, ModelOptions().timestamps(false));
        Task::init(s, {}, ModelOptions().timestamps(false));
        Project::hasMany(Task::model(), AssociationOptions().as("tasks"));
        s->sync();
    }

private slots:
    void referenceExample_data() { TestDatabases::addDialectRows(); }
    void referenceExample()
    {
        QSQ_OPEN_DIALECT(sequelize);
        initUsers(sequelize.get());
        QVERIFY(User::model()->hasAttribute("groupId"));

        User::create({{"username", "alice"}, {"firstName", "Alice"}, {"groupId", 1}});
        // include: UserGroup, by model as in Sequelize's example (or by alias: "group").
        User::Ptr user = User::findOne(
            FindOptions().where({{"username", "alice"}}).include(UserGroup::model()));
        QVERIFY(user);
        QVERIFY(user->group());
        QCOMPARE(user->group()->name(), QStringLiteral("admins"));
        QCOMPARE(user->get().value("group").toMap().value("name").toString(),
                 QStringLiteral("admins"));
        // instance.get('group'), as Sequelize's; nothing when not loaded.
        QCOMPARE(user->get("group").toMap().value("name").toString(), QStringLiteral("admins"));
        QVERIFY(!User::findByPk(user->get("id"))->get("group").isValid());

        user->setFirstName(QStringLiteral("John"));
        user->save();

        QSignalSpy groupChanged(user.data(), &User::groupChanged);
        user->setGroup(2);
        QCOMPARE(groupChanged.count(), 1);
        QCOMPARE(user->get("groupId").toInt(), 2);
        // Deliberate difference from Sequelize: the loaded group follows, so bindings stay true.
        QCOMPARE(user->group()->name(), QStringLiteral("users"));
        QCOMPARE(User::findByPk(user->get("id"))->get("groupId").toInt(), 2);
        QCOMPARE(user->getGroup()->name(), QStringLiteral("users"));

        User fresh;
        fresh.setUsername(QStringLiteral("new"));
        fresh.setFirstName(QStringLiteral("John"));
        fresh.save();
        User::Ptr created
            = User::create({{"username", "john"}, {"firstName", "John"}, {"groupId", 1}});
        QCOMPARE(created->getGroup()->name(), QStringLiteral("admins"));
        UserGroup::Ptr admins = UserGroup::findByPk(1);
        fresh.setGroup(admins);
        QCOMPARE(fresh.group()->name(), QStringLiteral("admins"));
        QCOMPARE(User::count(FindOptions().where({{"groupId", 1}})), 2);
        UserGroup::Ptr made = created->createGroup({{"name", "made"}});
        QCOMPARE(created->get("groupId"), made->get("id"));
        // Saving a changed foreign key also changes the association.
        User::Ptr loaded
            = User::findOne(FindOptions().where({{"username", "john"}}).include("group"));
        QVERIFY(loaded->group());
        QSignalSpy changed(loaded.data(), &User::groupChanged);
        loaded->set("groupId", 2);
        loaded->save();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!loaded->group()); // stale target dropped; getGroup() reads the new one
        QCOMPARE(loaded->getGroup()->name(), QStringLiteral("users"));
    }

    // Sequelize's setGroup(target, {save: false}): the key changes on the instance only; the
    // other associations' setters refuse it (they write other rows).
    // Models of two Sequelize instances are tables of two databases (or pools): an association
    // between them (or through a junction of the other) is refused, not joined on this one.
    void modelsOfAnotherSequelize_data() { TestDatabases::addDialectRows(); }
    void modelsOfAnotherSequelize()
    {
        QSQ_OPEN_DIALECT(s);
        auto other = TestDatabases::open(dialect);
        ModelDefinition *user = s->define("User", {{"name", DataTypes::String()}});
        ModelDefinition *group = s->define("Group", {{"name", DataTypes::String()}});
        ModelDefinition *elsewhere = other->define("Team", {{"name", DataTypes::String()}});
        ModelDefinition *junction = other->define("Membership", {});
        QVERIFY_THROWS_EXCEPTION(DefinitionError, user->belongsTo(elsewhere));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, user->hasOne(elsewhere));
        QVERIFY_THROWS_EXCEPTION(DefinitionError, user->hasMany(elsewhere));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, user->belongsToMany(elsewhere, AssociationOptions().through("UT")));
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError, user->belongsToMany(group, AssociationOptions().through(junction)));
        QVERIFY(user->associationNames().isEmpty());
        QVERIFY(!elsewhere->attributeNames().contains("UserId")); // no key added to the other's
        QVERIFY(!user->attributeNames().contains("TeamId"));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 user->findAll(FindOptions().include(Include(elsewhere))));
        // references(model) of the other's model: refused by define and the QueryInterface.
        const Attribute teamKey = Attribute(DataTypes::Integer()).references(elsewhere, "id");
        QVERIFY_THROWS_EXCEPTION(DefinitionError, s->define("Player", {{"teamId", teamKey}}));
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 s->queryInterface().addColumn("Users", "teamId", teamKey));
        QVERIFY(!s->model("Player"));
    }

    void setWithoutSave_data() { TestDatabases::addDialectRows(); }
    void setWithoutSave()
    {
        QSQ_OPEN_DIALECT(sequelize);
        initUsers(sequelize.get());
        User::Ptr user = User::create({{"username", "ann"}, {"firstName", "Ann"}, {"groupId", 1}});
        user->setAssociated("group", 2, SaveOptions().save(false));
        QCOMPARE(user->get("groupId").toInt(), 2);
        QCOMPARE(user->changed(), QStringList{"groupId"});
        QCOMPARE(User::findByPk(user->get("id"))->get("groupId").toInt(), 1);
        user->save();
        QCOMPARE(User::findByPk(user->get("id"))->get("groupId").toInt(), 2);
        initProjects(sequelize.get());
        const auto project = Project::create({});
        const auto task = Task::create({});
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 project->setAssociated("tasks", QVariantList{task->get("id")},
                                                        SaveOptions().save(false)));
        QCOMPARE(project->countAssociated("tasks"), 0);
    }

    void belongsToConstraint_data() { TestDatabases::addDialectRows(); }
    void belongsToConstraint()
    {
        QSQ_OPEN_DIALECT(sequelize);
        initUsers(sequelize.get());
        User::create({{"username", "a"}, {"groupId", 1}});
        QVERIFY_THROWS_EXCEPTION(ForeignKeyConstraintError,
                                 User::create({{"username", "b"}, {"groupId", 99}}));
        // ON DELETE SET NULL (the key is nullable), as Sequelize's default.
        UserGroup::destroy({{"id", 1}});
        QVERIFY(User::findOne()->get("groupId").isNull());
    }

    void includeWithoutNPlusOne_data() { TestDatabases::addDialectRows(); }
    void includeWithoutNPlusOne()
    {
        QSQ_OPEN_DIALECT(sequelize);
        initProjects(sequelize.get());
        for (int p = 1; p <= 20; ++p) {
            auto project = Project::create({{"name", QStringLiteral("p%1").arg(p)}});
            QList<QVariantMap> tasks;
            for (int t = 1; t <= p % 4; ++t)
                tasks.append({{"title", QStringLiteral("t%1.%2").arg(p).arg(t)},
                              {"done", t == 1},
                              {"ProjectId", p}});
            Task::bulkCreate(tasks);
        }
        int statements = 0;
        connect(sequelize.get(), &Sequelize::queryExecuted, this, [&] { ++statements; });
        const Project::List projects = Project::findAll(FindOptions().include("tasks").order("id"));
        QCOMPARE(statements, 2); // parents, then every task in one query
        QCOMPARE(projects.size(), 20);
        QCOMPARE(projects.at(2)->tasks().size(), 3);
        QCOMPARE(projects.at(3)->tasks().size(), 0);
        QCOMPARE(projects.at(2)->get("tasks").toList().size(), 3); // instance.get('tasks')
        QCOMPARE(projects.at(2)->get("tasks").toList().at(1).toMap().value("title").toString(),
                 QStringLiteral("t3.2"));
        QCOMPARE(projects.at(3)->get("tasks"), QVariant(QVariantList()));
        // Typed in C++ (QList<Task::Ptr>), a QObject list for QML under the same name.
        QCOMPARE(projects.at(2)->tasks().at(1)->title(), QStringLiteral("t3.2"));
        const auto forQml = projects.at(2)->property("tasks").value<QList<QObject *>>();
        QCOMPARE(forQml.size(), 3);
        QCOMPARE(forQml.at(1), projects.at(2)->tasks().at(1).data());
        // A where on the include makes it required: projects without a done task disappear.
        const Project::List withDone = Project::findAll(
            FindOptions().include(Include("tasks").where({{"done", true}})).order("id"));
        QCOMPARE(withDone.size(), 15);
        QCOMPARE(withDone.first()->tasks().size(), 1);
        QCOMPARE(Project::findAll(FindOptions().include(
                                      Include("tasks").where({{"done", true}}).required(false)))
                     .size(),
                 20);
        QVERIFY_THROWS_EXCEPTION(DefinitionError, Project::findAll(FindOptions().include("nope")));
        // By model: the association whose target it is; a model that is not associated fails.
        QCOMPARE(Project::findAll(FindOptions().include(Task::model())).size(), 20);
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 Task::findAll(FindOptions().include(Project::model())));
    }

    void belongsToMany_data() { TestDatabases::addDialectRows(); }
    void belongsToMany()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        ModelDefinition *student = s->define("Student", {{"name", DataTypes::String()}},
                                             ModelOptions().timestamps(false));
        ModelDefinition *course = s->define("Course", {{"title", DataTypes::String()}},
                                            ModelOptions().timestamps(false));
        ModelDefinition *enrollment = s->define("Enrollment", {{"role", DataTypes::String()}},
                                                ModelOptions().timestamps(false));
        student->belongsToMany(course, AssociationOptions().through(enrollment).as("courses"));
        course->belongsToMany(student, AssociationOptions().through(enrollment).as("students"));
        s->sync();
        QVERIFY(enrollment->hasAttribute("StudentId"));
        QVERIFY(enrollment->hasAttribute("CourseId"));
        auto ann = student->create({{"name", "ann"}});
        auto bob = student->create({{"name", "bob"}});
        auto math = course->create({{"title", "math"}});
        auto art = course->create({{"title", "art"}});
        auto law = course->create({{"title", "law"}});
        QSignalSpy coursesChanged(ann.data(), &Model::associationChanged);
        ann->addAssociated("courses", {Model::instanceVariant(math.data()), art->get("id")},
                           SaveOptions().through({{"role", "student"}}));
        QCOMPARE(ann->countAssociated("courses"), 2);
        auto courses = ann->getAssociatedList("courses");
        QCOMPARE(courses.size(), 2);
        QCOMPARE(courses.first()->get("Enrollment").toMap().value("role").toString(),
                 QStringLiteral("student"));
        // Adding an existing link with new through values updates the junction row.
        ann->addAssociated("courses", {math->get("id")},
                           SaveOptions().through({{"role", "tutor"}}));
        QCOMPARE(enrollment->count(), 2);
        QCOMPARE(ann->getAssociatedList("courses", FindOptions().where({{"title", "math"}}))
                     .first()
                     ->get("Enrollment")
                     .toMap()
                     .value("role")
                     .toString(),
                 QStringLiteral("tutor"));
        QVERIFY(ann->hasAssociated("courses", {math->get("id"), art->get("id")}));
        QVERIFY(!ann->hasAssociated("courses", {law->get("id")}));
        ann->setAssociated("courses", QVariantList{art->get("id"), law->get("id")});
        QCOMPARE(ann->countAssociated("courses"), 2);
        QVERIFY(!ann->hasAssociated("courses", {math->get("id")}));
        ann->removeAssociated("courses", {law->get("id")});
        QCOMPARE(ann->countAssociated("courses"), 1);
        // add, add, set, remove: each mixin change signals the association.
        QCOMPARE(coursesChanged.count(), 4);
        QCOMPARE(coursesChanged.last().first().toString(), QStringLiteral("courses"));
        auto created = bob->createAssociated("courses", {{"title", "music"}},
                                             SaveOptions().through({{"role", "auditor"}}));
        QCOMPARE(bob->getAssociatedList("courses").first()->get("title").toString(),
                 QStringLiteral("music"));
        bob->addAssociated("courses", {art->get("id")});
        // Include: one instance per student and course, with that student's junction values.
        int statements = 0;
        connect(s, &Sequelize::queryExecuted, this, [&] { ++statements; });
        const auto students = student->findAll(FindOptions().include("courses").order("id"));
        QCOMPARE(statements, 3); // students, junction rows, courses
        QCOMPARE(students.size(), 2);
        QCOMPARE(students.at(0)->loadedAssociationList("courses").size(), 1);
        QCOMPARE(students.at(1)->loadedAssociationList("courses").size(), 2);
        const QVariantList bobsCourses = students.at(1)->get().value("courses").toList();
        QCOMPARE(bobsCourses.size(), 2);
        // The other direction.
        QCOMPARE(art->countAssociated("students"), 2);
        // Junction rows go with either side (ON DELETE CASCADE).
        art->destroy();
        QCOMPARE(enrollment->count(), 1);
        QCOMPARE(created->get("title").toString(), QStringLiteral("music"));
    }

    void includeThroughOptions_data() { TestDatabases::addDialectRows(); }
    void includeThroughOptions()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        const ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *student = s->define("Student", {{"name", DataTypes::String()}}, plain);
        ModelDefinition *course = s->define("Course", {{"title", DataTypes::String()}}, plain);
        // A junction with a key of its own: the pair is a unique key, named by uniqueKey.
        ModelDefinition *enrollment
            = s->define("Enrollment",
                        {{"id", Attribute(DataTypes::Integer()).primaryKey().autoIncrement()},
                         {"role", DataTypes::String()},
                         {"grade", DataTypes::Integer()}},
                        plain);
        student->belongsToMany(
            course,
            AssociationOptions().through(enrollment).as("courses").uniqueKey("enrollment_pair"));
        QCOMPARE(enrollment->primaryKeyAttributes(), QStringList{"id"});
        s->sync();
        auto ann = student->create({{"name", "ann"}});
        auto bob = student->create({{"name", "bob"}});
        student->create({{"name", "cat"}});
        auto math = course->create({{"title", "math"}});
        auto art = course->create({{"title", "art"}});
        ann->addAssociated("courses", {math->get("id")},
                           SaveOptions().through({{"role", "tutor"}, {"grade", 1}}));
        ann->addAssociated("courses", {art->get("id")},
                           SaveOptions().through({{"role", "student"}, {"grade", 2}}));
        bob->addAssociated("courses", {art->get("id")},
                           SaveOptions().through({{"role", "student"}, {"grade", 3}}));
        // The pair is unique.
        QVERIFY_THROWS_EXCEPTION(
            UniqueConstraintError,
            enrollment->create(
                {{"StudentId", ann->get("id")}, {"CourseId", math->get("id")}, {"role", "again"}}));
        if (dialect != QLatin1String("sqlite")) { // SQLite names unique indexes itself
            const QString sql = QStringLiteral(
                "SELECT constraint_name FROM information_schema.table_constraints WHERE "
                "constraint_type = 'UNIQUE' AND table_name = 'Enrollments'");
            // As Sequelize: PostgreSQL names it after the columns, MariaDB by the key.
            QCOMPARE(s->query(sql).rows().value(0).values().value(0).toString(),
                     dialect == QLatin1String("postgres")
                         ? QStringLiteral("Enrollments_StudentId_CourseId_key")
                         : QStringLiteral("enrollment_pair"));
        }
        // through.where filters the junction rows, through.attributes what targets carry.
        const auto students = student->findAll(FindOptions()
                                                   .include(Include("courses")
                                                                .throughWhere({{"role", "student"}})
                                                                .throughAttributes({"grade"}))
                                                   .order("id"));
        QCOMPARE(students.size(), 3);
        const QVariantList annCourses = students.at(0)->get().value("courses").toList();
        QCOMPARE(annCourses.size(), 1);
        QCOMPARE(annCourses.first().toMap().value("title").toString(), QStringLiteral("art"));
        QCOMPARE(annCourses.first().toMap().value("Enrollment").toMap(),
                 (QVariantMap{{"grade", 2}}));
        QCOMPARE(students.at(2)->loadedAssociationList("courses").size(), 0);
        // The getter takes the same: through: {where} and joinTableAttributes.
        const auto tutored = ann->getAssociatedList(
            "courses",
            FindOptions().throughWhere({{"role", "tutor"}}).joinTableAttributes({"role"}));
        QCOMPARE(tutored.size(), 1);
        QCOMPARE(tutored.first()->get("title").toString(), QStringLiteral("math"));
        QCOMPARE(tutored.first()->get().value("Enrollment").toMap(),
                 (QVariantMap{{"role", "tutor"}}));
        // joinTableAttributes: [] hides the junction values altogether.
        const auto bare = ann->getAssociatedList("courses", FindOptions().joinTableAttributes({}));
        QCOMPARE(bare.size(), 2);
        QVERIFY(!bare.first()->get().contains("Enrollment"));
        QVERIFY(!bare.first()->toJSON().contains("Enrollment"));
        QVERIFY(ann->getAssociatedList("courses").first()->get().contains("Enrollment"));
        // Raw joined rows carry the junction row under the junction's name, as Sequelize's
        // ("courses.Enrollment.grade"; they carried none), through.attributes honoured.
        const QList<QVariantMap> raw = student->findAllRaw(
            FindOptions().attributes({"name"}).include(Include("courses")
                                                           .attributes({"title"})
                                                           .where({{"title", "math"}})
                                                           .throughAttributes({"role", "grade"})));
        QCOMPARE(raw,
                 (QList<QVariantMap>{{{"name", "ann"},
                                      {"courses.title", "math"},
                                      {"courses.Enrollment.role", "tutor"},
                                      {"courses.Enrollment.grade", 1}}}));
        const QList<QVariantMap> all
            = student->findAllRaw(FindOptions().attributes({"name"}).include(
                Include("courses").attributes({}).where({{"title", "math"}})));
        QCOMPARE(all.size(), 1);
        QCOMPARE(QStringList(all.first().keys()),
                 (QStringList{"courses.Enrollment.CourseId", "courses.Enrollment.StudentId",
                              "courses.Enrollment.grade", "courses.Enrollment.id",
                              "courses.Enrollment.role", "name"}));
        QCOMPARE(student
                     ->findAllRaw(FindOptions().attributes({"name"}).include(
                         Include("courses").attributes({"title"}).throughAttributes({})))
                     .first()
                     .keys()
                     .size(),
                 2);
        QCOMPARE(ann->countAssociated("courses", FindOptions().throughWhere({{"role", "student"}})),
                 1);
        // A where on the target of a belongsToMany include, counted over joined rows.
        qint64 count = 0;
        const auto withArt = student->findAndCountAll(
            FindOptions().include(Include("courses").where({{"title", "art"}})).distinct(), &count);
        QCOMPARE(count, 2);
        QCOMPARE(withArt.size(), 2);
        // Optional: every student, one joined row per course (cat: one row without a course).
        QCOMPARE(student->count(FindOptions().include(
                     Include("courses").where({{"title", "art"}}).required(false))),
                 3);
        QCOMPARE(student->count(FindOptions().include("courses")), 4);
        // Through a junction: $nested$ conditions and ordering by a target attribute.
        auto courseTitles = [](const QList<QSharedPointer<Model>> &list) {
            QStringList result;
            for (const auto &st : list) {
                QStringList titles;
                for (QObject *c : st->loadedAssociationList("courses"))
                    titles.append(qobject_cast<Model *>(c)->get("title").toString());
                result.append(st->get("name").toString() + QLatin1Char(':')
                              + titles.join(QLatin1Char(',')));
            }
            return result;
        };
        QCOMPARE(courseTitles(student->findAll(
                     FindOptions().include("courses").where(Op::eq("$courses.title$", "math")))),
                 QStringList{"ann:math"});
        QCOMPARE(courseTitles(student->findAll(FindOptions()
                                                   .include(Include("courses").required(true))
                                                   .order("courses.title", Qt::DescendingOrder))),
                 (QStringList{"ann:math,art", "bob:art"}));
    }

    // As Sequelize: a junction without a key of its own (here: one made from a table name) has
    // the pair of foreign keys as its primary key, and no `id`.
    void junctionCompositeKey_data() { TestDatabases::addDialectRows(); }
    void junctionCompositeKey()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        const ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *item = s->define("Item", {{"name", DataTypes::String()}}, plain);
        ModelDefinition *tag = s->define("Tag", {{"label", DataTypes::String()}}, plain);
        item->belongsToMany(tag, AssociationOptions().through("ItemTags").as("tags"));
        tag->belongsToMany(item, AssociationOptions().through("ItemTags").as("items"));
        ModelDefinition *junction = s->model("ItemTags");
        QVERIFY(junction);
        QVERIFY(!junction->hasAttribute("id"));
        QCOMPARE(junction->primaryKeyAttributes(), (QStringList{"ItemId", "TagId"}));
        s->sync();
        auto pen = item->create({{"name", "pen"}});
        auto cup = item->create({{"name", "cup"}});
        auto red = tag->create({{"label", "red"}});
        auto blue = tag->create({{"label", "blue"}});
        pen->addAssociated("tags", {red->get("id"), blue->get("id")});
        cup->addAssociated("tags", {red->get("id")});
        QCOMPARE(pen->countAssociated("tags"), 2);
        QCOMPARE(red->countAssociated("items"), 2);
        QVERIFY_THROWS_EXCEPTION(
            UniqueConstraintError,
            junction->create({{"ItemId", pen->get("id")}, {"TagId", red->get("id")}}));
        // Junction rows as instances: saved, reloaded and destroyed by both keys.
        auto link = junction->findOne(
            FindOptions().where({{"ItemId", cup->get("id")}, {"TagId", red->get("id")}}));
        QVERIFY(link);
        link->setDataValue("TagId", blue->get("id")); // set() leaves keys alone, as Sequelize
        link->save();
        QCOMPARE(cup->getAssociatedList("tags").first()->get("label").toString(),
                 QStringLiteral("blue"));
        QCOMPARE(junction->count(), 3); // the pen's rows untouched
        link->reload();
        QCOMPARE(link->get("TagId"), blue->get("id"));
        link->destroy();
        QCOMPARE(junction->count(), 2);
        QCOMPARE(pen->countAssociated("tags"), 2);
        const auto items = item->findAll(FindOptions().include("tags").order("id"));
        QCOMPARE(items.at(0)->loadedAssociationList("tags").size(), 2);
        QCOMPARE(items.at(1)->loadedAssociationList("tags").size(), 0);
        // What a single key needs says so.
        QVERIFY_THROWS_EXCEPTION(DefinitionError, junction->findByPk(1));
        // A model may declare a composite key itself.
        ModelDefinition *pair = s->define("Pair",
                                          {{"a", Attribute(DataTypes::Integer()).primaryKey()},
                                           {"b", Attribute(DataTypes::Integer()).primaryKey()},
                                           {"note", DataTypes::String()}},
                                          plain);
        pair->sync(SyncOptions().force());
        pair->create({{"a", 1}, {"b", 1}, {"note", "x"}});
        auto second = pair->create({{"a", 1}, {"b", 2}, {"note", "y"}});
        second->set("note", "z");
        second->save();
        QCOMPARE(pair->findOne(FindOptions().where({{"a", 1}, {"b", 1}}))->get("note").toString(),
                 QStringLiteral("x"));
        bool created = true;
        pair->upsert({{"a", 1}, {"b", 1}, {"note", "upserted"}}, &created);
        QVERIFY(!created);
        QCOMPARE(pair->count(FindOptions().where({{"note", "upserted"}})), 1);
        QCOMPARE(pair->count(FindOptions().where({{"note", "z"}})), 1);
    }

    void includeFiltersAndOrder_data() { TestDatabases::addDialectRows(); }
    void includeFiltersAndOrder()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        const ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *author = s->define("Author", {{"name", DataTypes::String()}}, plain);
        ModelDefinition *book
            = s->define("Book", {{"title", DataTypes::String()}}, ModelOptions().paranoid(true));
        ModelDefinition *review = s->define("Review", {{"stars", DataTypes::Integer()}}, plain);
        author->hasMany(book, AssociationOptions().as("books").foreignKey("authorId"));
        book->hasMany(review, AssociationOptions().as("reviews").foreignKey("bookId"));
        s->sync();
        for (const char *name : {"ann", "bob", "cat"})
            author->create({{"name", name}});
        book->bulkCreate({{{"title", "b"}, {"authorId", 1}},
                          {{"title", "a"}, {"authorId", 1}},
                          {{"title", "z"}, {"authorId", 2}},
                          {{"title", "gone"}, {"authorId", 3}}});
        review->bulkCreate({{{"stars", 5}, {"bookId", 1}}, {{"stars", 1}, {"bookId", 3}}});
        book->destroy(Op::eq("title", "gone"));
        auto names = [](const QList<QSharedPointer<Model>> &authors) {
            QStringList result;
            for (const auto &a : authors) {
                QStringList titles;
                for (QObject *b : a->loadedAssociationList("books"))
                    titles.append(qobject_cast<Model *>(b)->get("title").toString());
                result.append(a->get("name").toString() + QLatin1Char(':')
                              + titles.join(QLatin1Char(',')));
            }
            return result;
        };
        // Soft-deleted targets stay out unless the include says paranoid(false).
        QCOMPARE(names(author->findAll(FindOptions().include("books").order("id"))),
                 (QStringList{"ann:b,a", "bob:z", "cat:"}));
        QCOMPARE(names(author->findAll(
                     FindOptions().include(Include("books").paranoid(false)).order("id"))),
                 (QStringList{"ann:b,a", "bob:z", "cat:gone"}));
        // Included rows come in key order even when the table returns them otherwise (an
        // updated row is a new row version at the end of PostgreSQL's heap).
        book->update({{"title", "b"}}, Op::eq("title", "b"));
        QCOMPARE(names(author->findAll(FindOptions().include("books").order("id"))),
                 (QStringList{"ann:b,a", "bob:z", "cat:"}));
        QCOMPARE(names(author->findAll(
                     FindOptions().include(Include("books").required(true)).order("id"))),
                 (QStringList{"ann:b,a", "bob:z"}));
        // Ordered by an included attribute: parents by their first joined row, children too.
        QCOMPARE(names(author->findAll(
                     FindOptions().include(Include("books").required(true)).order("books.title"))),
                 (QStringList{"ann:a,b", "bob:z"}));
        QCOMPARE(names(author->findAll(FindOptions()
                                           .include(Include("books").required(true))
                                           .order("books.title", Qt::DescendingOrder))),
                 (QStringList{"bob:z", "ann:b,a"}));
        // $nested$ conditions in any shape: OR with a source attribute keeps that source's rows.
        QCOMPARE(
            names(author->findAll(FindOptions()
                                      .include("books")
                                      .where(Op::eq("name", "bob") || Op::eq("$books.title$", "a"))
                                      .order("id"))),
            (QStringList{"ann:a", "bob:z"}));
        // Two levels: authors with a 5-star review, with the books and reviews of the joined
        // rows only.
        const auto starred = author->findAll(FindOptions()
                                                 .include(Include("books").include("reviews"))
                                                 .where(Op::eq("$books.reviews.stars$", 5)));
        QCOMPARE(names(starred), (QStringList{"ann:b"}));
        review->create({{"stars", 2}, {"bookId", 1}}); // on book b too, but not 5 stars
        const auto again = author->findAll(FindOptions()
                                               .include(Include("books").include("reviews"))
                                               .where(Op::eq("$books.reviews.stars$", 5)));
        const QList<QObject *> bookB = again.first()->loadedAssociationList("books");
        QCOMPARE(bookB.size(), 1);
        QCOMPARE(qobject_cast<Model *>(bookB.first())->loadedAssociationList("reviews").size(), 1);
        review->destroy(Op::eq("stars", 2));
        // A required nested include under an optional one drops books, not authors.
        QCOMPARE(author->count(FindOptions().include(
                     Include("books").include(Include("reviews").where(Op::gte("stars", 1))))),
                 3); // ann (b), bob (z), cat (no book)
        QCOMPARE(names(author->findAll(
                     FindOptions()
                         .include(Include("books").include(Include("reviews").required(true)))
                         .order("id"))),
                 (QStringList{"ann:b", "bob:z", "cat:"}));
        // The same condition through col() (Sequelize's sequelize.where(sequelize.col(
        // 'books.title'), ...)): the included table was not joined, a DatabaseError ("no such
        // column") on every path; it filters as the $books.title$ form does now, in a function
        // too, with a limit, and counts.
        const Where byCol = Sequelize::where(Sequelize::col("books.title"), Where::Eq, "a");
        QCOMPARE(names(author->findAll(FindOptions().include("books").where(byCol))),
                 QStringList{"ann:a"});
        QCOMPARE(names(author->findAll(FindOptions().include("books").where(byCol).limit(5))),
                 QStringList{"ann:a"});
        QCOMPARE(author->count(FindOptions().include("books").where(byCol)), qint64(1));
        // And an order by such a col() is the order by the included attribute.
        QCOMPARE(
            names(author->findAll(FindOptions()
                                      .include(Include("books").required(true))
                                      .order(Sequelize::col("books.title"), Qt::DescendingOrder))),
            (QStringList{"bob:z", "ann:b,a"}));
        QCOMPARE(names(author->findAll(FindOptions().include("books").where(Sequelize::where(
                     Sequelize::fn("UPPER", {Sequelize::col("books.title")}), Where::Eq, "Z")))),
                 QStringList{"bob:z"});
        // Unknown names are errors, not silent matches.
        QVERIFY_THROWS_EXCEPTION(DefinitionError,
                                 author->findAll(FindOptions().where(Op::eq("$nope.title$", 1))));
        QVERIFY_THROWS_EXCEPTION(UnknownAttributeError,
                                 author->findAll(FindOptions().where(Op::eq("$books.nope$", 1))));
        // Raw joined rows: limit counts authors (a derived table of them), not joined rows.
        const QList<QVariantMap> raw
            = author->findAllRaw(FindOptions()
                                     .attributes({"name"})
                                     .include(Include("books").attributes({"title"}))
                                     .order("id")
                                     .limit(1));
        QCOMPARE(raw.size(), 2);
        QCOMPARE(raw.at(0).value("name").toString(), QStringLiteral("ann"));
        QCOMPARE(raw.at(1).value("name").toString(), QStringLiteral("ann"));
        QStringList rawTitles{raw.at(0).value("books.title").toString(),
                              raw.at(1).value("books.title").toString()};
        rawTitles.sort(); // joined rows of one author come in no defined order
        QCOMPARE(rawTitles, (QStringList{"a", "b"}));
        // limit and offset count authors, also with a filtering include.
        QCOMPARE(names(author->findAll(
                     FindOptions().include(Include("books").required(true)).order("id").offset(1))),
                 (QStringList{"bob:z"}));
    }

    void associationScopeAndField_data() { TestDatabases::addDialectRows(); }
    void associationScopeAndField()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Sequelize *s = sequelize.get();
        const ModelOptions plain = ModelOptions().timestamps(false);
        ModelDefinition *post = s->define("Post", {{"title", DataTypes::String()}}, plain);
        ModelDefinition *video = s->define("Video", {{"title", DataTypes::String()}}, plain);
        ModelDefinition *comment = s->define(
            "Comment", {{"body", DataTypes::String()}, {"commentable", DataTypes::String()}},
            plain);
        // Polymorphic comments (Sequelize's scope example); the key's column is commentable_id.
        post->hasMany(comment,
                      AssociationOptions()
                          .as("comments")
                          .foreignKey("commentableId")
                          .foreignKeyField("commentable_id")
                          .constraints(false)
                          .scope({{"commentable", "post"}}));
        video->hasMany(comment,
                       AssociationOptions()
                           .as("comments")
                           .foreignKey("commentableId")
                           .constraints(false)
                           .scope({{"commentable", "video"}}));
        s->sync();
        const QString table = s->dialect() == QLatin1String("postgres")
            ? QStringLiteral("\"Comments\"")
            : QStringLiteral("Comments");
        s->query(QStringLiteral("SELECT commentable_id FROM ") + table); // the column exists
        auto p = post->create({{"title", "p"}});
        auto v = video->create({{"title", "v"}});
        QCOMPARE(p->get("id"), v->get("id")); // same key, told apart by the scope
        auto onPost = p->createAssociated("comments", {{"body", "nice post"}});
        QCOMPARE(onPost->get("commentable").toString(), QStringLiteral("post"));
        v->createAssociated("comments", {{"body", "nice video"}});
        auto loose = comment->create({{"body", "loose"}});
        QCOMPARE(p->countAssociated("comments"), 1);
        QCOMPARE(v->getAssociatedList("comments").first()->get("body").toString(),
                 QStringLiteral("nice video"));
        v->addAssociated("comments", {loose->get("id")});
        QCOMPARE(comment->findByPk(loose->get("id"))->get("commentable").toString(),
                 QStringLiteral("video"));
        QCOMPARE(v->countAssociated("comments"), 2);
        QCOMPARE(p->countAssociated("comments"), 1);
        const auto posts = post->findAll(FindOptions().include("comments"));
        QCOMPARE(posts.first()->loadedAssociationList("comments").size(), 1);
        QCOMPARE(post->count(FindOptions().include(Include("comments").required(true))), 1);
        // setAssociated unlinks only this association's targets.
        p->setAssociated("comments", QVariantList());
        QCOMPARE(v->countAssociated("comments"), 2);
        QCOMPARE(comment->count(FindOptions().where(Op::is("commentableId", QVariant()))), 1);
        QVERIFY_THROWS_EXCEPTION(
            DefinitionError,
            comment->belongsTo(post,
                               AssociationOptions().as("x").scope({{"commentable", "post"}})));
    }

    void hasOneMixins_data() { TestDatabases::addDialectRows(); }
    void hasOneMixins()
    {
        QSQ_OPEN_DIALECT(sequelize);
        Person::init(sequelize.get(), {}, ModelOptions().timestamps(false));
        Profile::init(sequelize.get(), {}, ModelOptions().timestamps(false));
        Person::hasOne(Profile::model(), AssociationOptions().as("profile"));
        sequelize->sync();
        QVERIFY(Profile::model()->hasAttribute("PersonId"));
        Person::Ptr ann = Person::create({{"name", "ann"}});
        QSignalSpy changed(ann.data(), &Person::profileChanged);
        QSignalSpy generic(ann.data(), &Model::associationChanged);
        QVERIFY(!ann->getProfile());
        Profile::Ptr first = ann->createProfile({{"bio", "first"}});
        QCOMPARE(ann->getProfile()->bio(), QStringLiteral("first"));
        QCOMPARE(ann->profile()->bio(), QStringLiteral("first")); // loaded: the Q_PROPERTY
        Profile::Ptr second = Profile::create({{"bio", "second"}});
        ann->setProfile(second); // one target: the first is unlinked
        QCOMPARE(ann->getProfile()->bio(), QStringLiteral("second"));
        QVERIFY(Profile::findByPk(first->get("id"))->get("PersonId").isNull());
        ann->setProfile(QVariant()); // null unlinks
        QVERIFY(!ann->getProfile());
        QCOMPARE(changed.count(), 3);
        QCOMPARE(generic.count(), 3);
        QCOMPARE(generic.first().first().toString(), QStringLiteral("profile"));
        const auto people = Person::findAll(FindOptions().include("profile"));
        QCOMPARE(people.size(), 1);
        QVERIFY(!people.first()->profile());
    }

    void hasManyMixins_data() { TestDatabases::addDialectRows(); }
    void hasManyMixins()
    {
        QSQ_OPEN_DIALECT(sequelize);
        initProjects(sequelize.get());
        Project::Ptr project = Project::create({{"name", "p"}});
        Project::Ptr other = Project::create({{"name", "o"}});
        QSignalSpy tasksChanged(project.data(), &Project::tasksChanged);
        Task::Ptr a = project->createTask({{"title", "a"}});
        QCOMPARE(a->get("ProjectId"), project->get("id"));
        Task::Ptr b = Task::create({{"title", "b"}});
        Task::Ptr c = Task::create({{"title", "c"}});
        project->addTasks({Model::instanceVariant(b.data()), c->get("id")});
        QCOMPARE(project->countTasks(), 3);
        QCOMPARE(project->getTasks(FindOptions().where({{"title", "b"}})).size(), 1);
        QVERIFY(project->hasTasks({a->get("id"), b->get("id")}));
        QVERIFY(!other->hasTasks({a->get("id")}));
        QVERIFY(project->hasTasks({}));
        project->removeTasks({a->get("id")});
        QCOMPARE(project->countTasks(), 2);
        project->setTasks({a->get("id")});
        QCOMPARE(project->getTasks().size(), 1);
        QCOMPARE(project->getTasks().first()->title(), QStringLiteral("a"));
        QVERIFY(Task::findByPk(b->get("id"))->get("ProjectId").isNull());
        QCOMPARE(project->tasks().size(), 1);
        QVERIFY(tasksChanged.count() >= 4);
    }
};

QTEST_GUILESS_MAIN(tst_Associations)
#include "tst_associations.moc"
