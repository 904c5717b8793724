#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
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
    auto *Pub = s.define("NwPublisher", {{"name", DataTypes::String()}},
                         ModelOptions().timestamps(false));
    auto *Book
        = s.define("NwBook", {{"title", DataTypes::String()}, {"year", DataTypes::Integer()}},
                   ModelOptions().timestamps(false));
    auto *A = s.define("NwAuthor", {{"name", DataTypes::String()}, {"age", DataTypes::Integer()}},
                       ModelOptions().timestamps(false));
    A->hasMany(Book, AssociationOptions().as("books").foreignKey("authorId"));
    Book->belongsTo(Pub, AssociationOptions().as("publisher").foreignKey("publisherId"));
    s.sync(SyncOptions().force(true));
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
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        try {
            Include b("books");
            if (!c["required"].isNull())
                b.required(c["required"].toBool());
            if (c.contains("bookWhere"))
                b.where(Where::fromJson(c["bookWhere"].toObject()));
            if (c["pub"].toBool()) {
                Include p("publisher");
                if (!c["pubRequired"].isNull())
                    p.required(c["pubRequired"].toBool());
                b.include(p);
            }
            FindOptions q = FindOptions()
                                .where(Where::fromJson(c["where"].toObject()))
                                .include(b)
                                .order({{"id", "ASC"}, {"books.id", "ASC"}});
            if (c.contains("limit"))
                q.limit(c["limit"].toInt());
            QJsonArray res;
            for (auto &x : A->findAll(q)) {
                QJsonArray bs;
                for (auto &y : x->loadedTargets("books"))
                    bs.append(y->get("id").toInt());
                res.append(QJsonArray{x->get("id").toInt(), bs});
            }
            out[it.key()] = res;
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1 %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
