#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
using namespace QtSequelize;
static QJsonValue j(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? QJsonValue() : QJsonValue::fromVariant(v);
}
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dialect = argv[1];
    QFile f(argv[2]);
    f.open(QIODevice::ReadOnly);
    const QJsonObject cases = QJsonDocument::fromJson(f.readAll()).object();
    const QString url = dialect == "sqlite" ? "sqlite::memory:"
        : dialect == "postgres"
        ? qEnvironmentVariable("QSQ_FM_PGURL", "postgres://orm:ormpass@127.0.0.1:55433/ormtest")
        : "mariadb://orm:ormpass@127.0.0.1:53307/ormtest";
    Sequelize s(url);
    auto *User = s.define("NcUser", {{"name", Attribute(DataTypes::String()).allowNull(false)}},
                          ModelOptions().timestamps(false));
    auto *Profile
        = s.define("NcProfile", {{"bio", DataTypes::String()}}, ModelOptions().timestamps(false));
    auto *Task = s.define("NcTask", {{"title", Attribute(DataTypes::String()).allowNull(false)}},
                          ModelOptions().timestamps(false));
    auto *Group
        = s.define("NcGroup", {{"name", DataTypes::String()}}, ModelOptions().timestamps(false));
    auto *Tag
        = s.define("NcTag", {{"label", DataTypes::String()}}, ModelOptions().timestamps(false));
    auto *UserTag
        = s.define("NcUserTag", {{"role", DataTypes::String()}}, ModelOptions().timestamps(false));
    User->hasOne(Profile, AssociationOptions().as("profile").foreignKey("userId"));
    User->hasMany(Task, AssociationOptions().as("tasks").foreignKey("userId"));
    User->belongsTo(Group, AssociationOptions().as("group").foreignKey("groupId"));
    User->belongsToMany(
        Tag,
        AssociationOptions().as("tags").through(UserTag).foreignKey("userId").otherKey("tagId"));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        s.sync(SyncOptions().force(true));
        QString r = "ok";
        try {
            if (c["op"] == "build") {
                QList<Include> includes;
                for (const auto &a : c["inc"].toArray())
                    includes << Include(a.toString());
                User->build(c["v"].toObject().toVariantMap(), includes)->save();
            } else if (c["op"] == "create") {
                SaveOptions o;
                for (const auto &a : c["inc"].toArray())
                    o.include(a.toString());
                User->create(c["v"].toObject().toVariantMap(), o);
            } else {
                BulkCreateOptions o;
                for (const auto &a : c["inc"].toArray())
                    o.include(a.toString());
                QList<QVariantMap> recs;
                for (const auto &v : c["v"].toArray())
                    recs << v.toObject().toVariantMap();
                User->bulkCreate(recs, o);
            }
        } catch (const BaseError &e) {
            r = "ERROR " + e.name() + ": " + e.message();
        }
        auto dump = [&](ModelDefinition *m, const QStringList &cols, bool link) {
            QJsonArray a;
            for (auto &x :
                 m->findAll(link ? FindOptions().order({{"userId", "ASC"}, {"tagId", "ASC"}})
                                 : FindOptions().order("id"))) {
                QJsonArray row;
                for (const auto &col : cols)
                    row.append(j(x->get(col)));
                a.append(row);
            }
            return a;
        };
        QJsonObject state{{"users", dump(User, {"id", "name", "groupId"}, false)},
                          {"profiles", dump(Profile, {"id", "bio", "userId"}, false)},
                          {"tasks", dump(Task, {"id", "title", "userId"}, false)},
                          {"groups", dump(Group, {"id", "name"}, false)},
                          {"tags", dump(Tag, {"id", "label"}, false)},
                          {"links", dump(UserTag, {"userId", "tagId", "role"}, true)}};
        out[it.key()] = QJsonObject{{"r", r}, {"state", state}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
