#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/QueryInterface>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QJsonValue j(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? QJsonValue() : QJsonValue::fromVariant(v);
}
static FindOptions toOpts(const QJsonObject &sc)
{
    FindOptions o;
    if (sc.contains("where"))
        o.where(Where::fromJson(sc["where"].toObject()));
    if (sc["attributes"].isArray())
        o.attributes(sc["attributes"].toVariant().toStringList());
    else if (sc["attributes"].isObject())
        o.excludeAttributes(sc["attributes"].toObject()["exclude"].toVariant().toStringList());
    for (const auto &ord : sc["order"].toArray())
        o.order(ord[0].toString(), ord[1] == "DESC" ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (sc.contains("books")) {
        const QJsonObject b = sc["books"].toObject();
        Include inc("books");
        if (b.contains("where"))
            inc.where(Where::fromJson(b["where"].toObject()));
        if (b.contains("required"))
            inc.required(b["required"].toBool());
        if (b.contains("attributes"))
            inc.attributes(b["attributes"].toVariant().toStringList());
        if (b.contains("publisher")) {
            const QJsonObject p = b["publisher"].toObject();
            Include pi("publisher");
            if (p.contains("where"))
                pi.where(Where::fromJson(p["where"].toObject()));
            if (p.contains("required"))
                pi.required(p["required"].toBool());
            inc.include(pi);
        }
        o.include(inc);
    }
    return o;
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
    auto *Pub = s.define("SiPublisher", {{"name", DataTypes::String()}},
                         ModelOptions().timestamps(false));
    QJsonObject out;
    int n = 0;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        ++n;
        auto *Book = s.define(QString("SiBook%1").arg(n),
                              {{"title", DataTypes::String()}, {"year", DataTypes::Integer()}},
                              ModelOptions().timestamps(false).tableName("SiBooks"));
        Book->belongsTo(Pub, AssociationOptions().as("publisher").foreignKey("publisherId"));
        auto *A = s.define(QString("SiAuthor%1").arg(n),
                           {{"name", DataTypes::String()}, {"age", DataTypes::Integer()}},
                           ModelOptions().timestamps(false).tableName("SiAuthors"));
        A->hasMany(Book, AssociationOptions().as("books").foreignKey("authorId"));
        if (n == 1) {
            s.queryInterface().dropTables({"SiBooks", "SiAuthors", "SiPublishers"});
            Pub->sync(SyncOptions().force(true));
            A->sync(SyncOptions().force(true));
            Book->sync(SyncOptions().force(true));
            for (auto nm : {"p1", "p2"})
                Pub->create({{"name", nm}});
            for (auto [nm, age] :
                 QList<std::pair<QString, int>>{{"ann", 25}, {"bob", 35}, {"cy", 45}, {"dee", 30}})
                A->create({{"name", nm}, {"age", age}});
            for (auto [t, y, a, p] :
                 QList<std::tuple<QString, int, int, QVariant>>{{"a", 2001, 1, 1},
                                                                {"b", 2015, 1, 2},
                                                                {"c", 2020, 2, 1},
                                                                {"a", 1999, 3, QVariant()},
                                                                {"b", 2011, 2, 2}})
                Book->create({{"title", t}, {"year", y}, {"authorId", a}, {"publisherId", p}});
        }
        try {
            if (c.contains("defaultScope"))
                A->addScope("defaultScope", toOpts(c["defaultScope"].toObject()));
            const QJsonObject scopes = c["scopes"].toObject();
            for (auto sc = scopes.begin(); sc != scopes.end(); ++sc)
                A->addScope(sc.key(), toOpts(sc.value().toObject()));
            FindOptions q = toOpts(c["query"].toObject());
            QList<QJsonObject> layers{c["query"].toObject()};
            if (c.contains("use")) {
                q.scopes(c["use"].toVariant().toStringList());
                for (const auto &nm : c["use"].toArray())
                    layers << (nm == "defaultScope" ? c["defaultScope"].toObject()
                                                    : scopes[nm.toString()].toObject());
            } else
                layers << c["defaultScope"].toObject();
            bool hasBooks = false;
            for (const auto &l : layers)
                hasBooks = hasBooks || l.contains("books");
            if (hasBooks)
                q.order({{"id", "ASC"}, {"books.id", "ASC"}});
            else
                q.order("id");
            QJsonArray res;
            for (auto &x : A->findAll(q)) {
                QJsonValue books;
                if (hasBooks) {
                    QJsonArray bs;
                    for (auto &b : x->loadedTargets("books")) {
                        Model *p = b->loadedAssociation("publisher");
                        bs.append(QJsonArray{b->get("id").toInt(), j(b->get("title")),
                                             j(b->get("year")),
                                             p ? QJsonValue(p->get("id").toInt()) : QJsonValue()});
                    }
                    books = bs;
                }
                res.append(
                    QJsonArray{x->get("id").toInt(), j(x->get("name")), j(x->get("age")), books});
            }
            out[it.key()] = res;
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1 %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
