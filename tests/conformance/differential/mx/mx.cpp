#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QJsonValue j(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
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
    const auto o = ModelOptions().timestamps(false);
    auto *User = s.define("MxUser", {{"name", DataTypes::String()}}, o);
    auto *Post
        = s.define("MxPost", {{"title", DataTypes::String()}, {"likes", DataTypes::Integer()}}, o);
    auto *Tag = s.define("MxTag", {{"label", DataTypes::String()}}, o);
    auto *Profile = s.define("MxProfile", {{"bio", DataTypes::String()}}, o);
    auto *UT = s.define("MxUserTag", {{"weight", DataTypes::Integer()}}, o);
    User->hasMany(Post, AssociationOptions().as("posts").foreignKey("userId"));
    Post->belongsTo(User, AssociationOptions().as("author").foreignKey("userId"));
    User->hasOne(Profile, AssociationOptions().as("profile").foreignKey("userId"));
    User->belongsToMany(
        Tag, AssociationOptions().as("tags").through(UT).foreignKey("userId").otherKey("tagId"));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        s.sync(SyncOptions().force(true));
        for (const char *n : {"ann", "ben", "cat"})
            User->create({{"name", n}});
        const QList<std::tuple<QString, QVariant, QVariant>> posts{
            {"p1", 5, 1}, {"p2", 0, 1}, {"p3", 7, 2}, {"p4", QVariant(), QVariant()}, {"p5", 3, 3}};
        for (const auto &[t, l, u] : posts)
            Post->create({{"title", t}, {"likes", l}, {"userId", u}});
        for (const char *l : {"red", "green", "blue"})
            Tag->create({{"label", l}});
        Profile->create({{"bio", "b1"}, {"userId", 1}});
        Profile->create({{"bio", "b2"}, {"userId", QVariant()}});
        for (const auto &[u, t, w] :
             QList<std::tuple<int, int, int>>{{1, 1, 5}, {1, 2, 1}, {2, 1, 3}})
            UT->create({{"userId", u}, {"tagId", t}, {"weight", w}});
        QJsonArray res;
        for (const QJsonValue &sv : it.value().toArray()) {
            const QJsonObject st = sv.toObject();
            try {
                auto owner
                    = (st["on"].toString() == "post" ? Post : User)->findByPk(st["id"].toInt());
                const QString a = st["assoc"].toString(), op = st["op"].toString();
                const bool many = a == "posts" || a == "tags";
                const QVariant targets = st["targets"].toVariant();
                FindOptions fo;
                if (st.contains("where"))
                    fo.where(Where::fromJson(st["where"].toObject()));
                QJsonValue r;
                if (op == "get") {
                    if (many) {
                        QList<int> ids;
                        for (auto &x : owner->getAssociatedList(a, fo))
                            ids << x->get("id").toInt();
                        std::sort(ids.begin(), ids.end());
                        QJsonArray arr;
                        for (int i : ids)
                            arr << i;
                        r = arr;
                    } else {
                        auto x = owner->getAssociated(a, fo);
                        r = x ? QJsonValue(x->get("id").toInt()) : QJsonValue();
                    }
                } else if (op == "set") {
                    owner->setAssociated(a, targets);
                    r = "ok";
                } else if (op == "add") {
                    SaveOptions so;
                    if (st.contains("through"))
                        so.through(st["through"].toObject().toVariantMap());
                    owner->addAssociated(a, targets.toList(), so);
                    r = "ok";
                } else if (op == "remove") {
                    owner->removeAssociated(a, targets.toList());
                    r = "ok";
                } else if (op == "has")
                    r = owner->hasAssociated(a, targets.toList());
                else if (op == "count")
                    r = double(owner->countAssociated(a, fo));
                else if (op == "create") {
                    owner->createAssociated(a, st["values"].toObject().toVariantMap());
                    r = "ok";
                }
                res.append(r);
            } catch (const BaseError &e) {
                res.append(QString("ERROR %1: %2").arg(e.name(), e.message()));
            }
        }
        QJsonArray ps, uts, prs;
        for (auto &p : Post->findAll(FindOptions().order("id")))
            ps.append(QJsonArray{p->get("id").toInt(), j(p->get("userId"))});
        QList<QJsonArray> ul;
        for (auto &u : UT->findAll())
            ul.append(
                QJsonArray{u->get("userId").toInt(), u->get("tagId").toInt(), j(u->get("weight"))});
        std::sort(ul.begin(), ul.end(), [](const QJsonArray &x, const QJsonArray &y) {
            return std::make_pair(x[0].toInt(), x[1].toInt())
                < std::make_pair(y[0].toInt(), y[1].toInt());
        });
        for (auto &u : ul)
            uts.append(u);
        for (auto &p : Profile->findAll(FindOptions().order("id")))
            prs.append(QJsonArray{p->get("id").toInt(), j(p->get("userId"))});
        out[it.key()] = QJsonObject{{"res", res}, {"posts", ps}, {"uts", uts}, {"profiles", prs}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
