#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
using namespace QtSequelize;
static QJsonValue j(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toLongLong());
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
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        Sequelize s(url);
        ModelDefinition *P = s.define("FkParent", {{"name", DataTypes::String()}},
                                      ModelOptions().timestamps(false));
        ModelDefinition *K = s.define("FkChild", {{"name", DataTypes::String()}},
                                      ModelOptions().timestamps(false));
        AssociationOptions o = AssociationOptions().foreignKey("parentId");
        if (!c["allowNull"].isNull())
            o.foreignKeyAllowNull(c["allowNull"].toBool());
        if (!c["onDelete"].isNull())
            o.onDelete(c["onDelete"].toString());
        if (!c["onUpdate"].isNull())
            o.onUpdate(c["onUpdate"].toString());
        ModelDefinition *J = nullptr;
        QJsonObject r;
        const QString assoc = c["assoc"].toString();
        try {
            if (assoc == "hasMany")
                P->hasMany(K, o);
            else if (assoc == "hasOne")
                P->hasOne(K, o);
            else if (assoc == "belongsTo")
                K->belongsTo(P, o);
            else {
                J = s.define("FkLink", Attributes(), ModelOptions().timestamps(false));
                P->belongsToMany(K, o.through(J).otherKey("childId"));
            }
            s.queryInterface().dropAllTables();
            s.sync(SyncOptions().force(true));
            for (auto n : {"p1", "p2"})
                P->create({{"name", n}});
            if (J) {
                for (auto n : {"c1", "c2", "c3"})
                    K->create({{"name", n}});
                for (auto [p, k] : QList<std::pair<int, int>>{{1, 1}, {1, 2}, {2, 3}})
                    J->create({{"parentId", p}, {"childId", k}});
            } else {
                const QList<std::pair<QString, QVariant>> kids{
                    {"c1", 1},
                    {"c2", assoc == "hasOne" ? 2 : 1},
                    {"c3", assoc == "hasOne" ? QVariant() : QVariant(2)}};
                for (auto [n, p] : kids) {
                    try {
                        K->create({{"name", n}, {"parentId", p}});
                    } catch (const BaseError &) {
                    }
                }
            }
            QJsonArray ops;
            for (const auto &opv : c["ops"].toArray()) {
                const QString op = opv.toString();
                try {
                    if (op == "destroyParent") {
                        auto x = P->findByPk(1);
                        if (x)
                            x->destroy();
                    } else if (op == "destroyParentStatic")
                        P->destroy(Where({{"id", 2}}));
                    else if (op == "updateParentPk")
                        P->update({{"id", 10}}, Where({{"id", 1}}));
                    else if (op == "destroyChild")
                        K->destroy(Where({{"id", 1}}));
                    else if (op == "destroyAllParents")
                        P->destroy(Where());
                    ops.append("ok");
                } catch (const BaseError &e) {
                    ops.append(QString("ERROR %1: %2").arg(e.name(), e.message()));
                }
            }
            r["ops"] = ops;
            QJsonArray parents, children, links;
            for (auto &x : P->findAll(FindOptions().order("id")))
                parents.append(j(x->get("id")));
            for (auto &x : K->findAll(FindOptions().order("id")))
                children.append(
                    QJsonArray{j(x->get("id")), J ? QJsonValue() : j(x->get("parentId"))});
            r["parents"] = parents;
            r["children"] = children;
            if (J) {
                for (auto &x :
                     J->findAll(FindOptions().order({{"parentId", "ASC"}, {"childId", "ASC"}})))
                    links.append(QJsonArray{j(x->get("parentId")), j(x->get("childId"))});
                r["links"] = links;
            }
        } catch (const BaseError &e) {
            r["setup"] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
        out[it.key()] = r;
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
