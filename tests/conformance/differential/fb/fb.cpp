#include <QtCore>
#include <QtSequelize/AssociationOptions>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Include>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QJsonValue plain(const QSharedPointer<Model> &m)
{
    if (!m)
        return QJsonValue();
    QJsonObject j = m->toJSON();
    j.remove("createdAt");
    j.remove("updatedAt");
    if (j.contains("deletedAt"))
        j["deletedAt"] = j["deletedAt"].isNull() ? QJsonValue() : QJsonValue("set");
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.value().isArray()) {
            QList<double> ids;
            for (const auto &e : it.value().toArray())
                ids << e.toObject()["id"].toDouble();
            std::sort(ids.begin(), ids.end());
            QJsonArray a;
            for (double d : ids)
                a.append(d);
            it.value() = a;
        }
    }
    return j;
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
    ModelDefinition *A
        = s.define("Author", {{"name", DataTypes::String()}, {"city", DataTypes::String()}},
                   ModelOptions().paranoid(true));
    A->addScope("defaultScope",
                FindOptions().where(
                    Where::fromJson(QJsonObject{{"city", QJsonObject{{"ne", "Nowhere"}}}})));
    A->addScope("paris", FindOptions().where(Where::fromJson(QJsonObject{{"city", "Paris"}})));
    ModelDefinition *B
        = s.define("Book", {{"pages", DataTypes::Integer()}}, ModelOptions().timestamps(false));
    A->hasMany(B, AssociationOptions().as("books").foreignKey("authorId"));
    s.sync(SyncOptions().force(true));
    const QStringList names{"ann", "ben", "cid", "dee", "eve", "fay", "gus"};
    const QVariantList cities{"Paris", "Rome", "Paris", "Rome", "Paris", "Nowhere", QVariant()};
    for (int i = 0; i < 7; ++i)
        A->create({{"name", names[i]}, {"city", cities[i]}});
    A->destroy(Where::fromJson(QJsonObject{{"name", "eve"}}));
    const QList<QPair<int, int>> books{{1, 120}, {1, 40}, {2, 300}, {3, 90}, {5, 150}, {6, 70}};
    for (const auto &b : books)
        B->create({{"authorId", b.first}, {"pages", b.second}});
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QJsonObject g = c["o"].toObject();
        try {
            FindOptions o;
            if (g.contains("attributes")) {
                QStringList a;
                for (const auto &x : g["attributes"].toArray())
                    a << x.toString();
                o.attributes(a);
            }
            if (g.contains("paranoid"))
                o.paranoid(g["paranoid"].toBool());
            for (const auto &ord : g["order"].toArray())
                o.order(ord[0].toString(),
                        ord[1] == "DESC" ? Qt::DescendingOrder : Qt::AscendingOrder);
            if (g.contains("offset"))
                o.offset(g["offset"].toInt());
            if (g.contains("where"))
                o.where(Where::fromJson(g["where"].toObject()));
            if (g.contains("include")) {
                const QJsonObject ci = g["include"].toObject();
                Include inc("books");
                if (ci.contains("where"))
                    inc.where(Where::fromJson(ci["where"].toObject()));
                if (ci.contains("required"))
                    inc.required(ci["required"].toBool());
                o.include(inc);
            }
            if (g.contains("scope")) {
                if (g["scope"].isBool())
                    o.unscoped();
                else
                    o.scopes({g["scope"].toString()});
            }
            const QString op = c["op"].toString();
            if (op == "findByPk") {
                out[it.key()] = plain(A->findByPk(c["id"].toInt(), o));
            } else if (op == "findOne") {
                out[it.key()] = plain(A->findOne(o));
            } else {
                auto x = A->findByPk(c["id"].toInt(), FindOptions().unscoped().paranoid(false));
                A->update({{"name", "changed"}}, Where::fromJson(QJsonObject{{"id", c["id"]}}),
                          UpdateOptions().unscoped().paranoid(false));
                try {
                    x->reload(o);
                    out[it.key()] = plain(x);
                } catch (const BaseError &e) {
                    out[it.key()] = QString("ERROR %1: %2").arg(e.name(), e.message());
                }
                A->update({{"name", names[c["id"].toInt() - 1]}},
                          Where::fromJson(QJsonObject{{"id", c["id"]}}),
                          UpdateOptions().unscoped().paranoid(false));
            }
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
