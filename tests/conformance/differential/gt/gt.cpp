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
    const auto noTs = ModelOptions().timestamps(false);
    ModelDefinition *Author
        = s.define("Author", {{"name", DataTypes::String()}, {"city", DataTypes::String()}}, noTs);
    ModelDefinition *Book = s.define("Book",
                                     {{"title", DataTypes::String()},
                                      {"pages", DataTypes::Integer()},
                                      {"published", DataTypes::Boolean()}},
                                     noTs);
    Book->addScope("pub", FindOptions().where(Where::fromJson(QJsonObject{{"published", true}})));
    ModelDefinition *Tag = s.define("Tag", {{"label", DataTypes::String()}}, noTs);
    Tag->addScope("defaultScope",
                  FindOptions().where(
                      Where::fromJson(QJsonObject{{"label", QJsonObject{{"ne", "hidden"}}}})));
    ModelDefinition *BookTag = s.define("BookTag", {{"weight", DataTypes::Integer()}}, noTs);
    ModelDefinition *Profile = s.define("Profile", {{"bio", DataTypes::String()}}, noTs);
    Author->hasMany(Book, AssociationOptions().as("books").foreignKey("authorId"));
    Book->belongsTo(Author, AssociationOptions().as("author").foreignKey("authorId"));
    Book->belongsToMany(
        Tag,
        AssociationOptions().as("tags").through(BookTag).foreignKey("bookId").otherKey("tagId"));
    Author->hasOne(Profile, AssociationOptions().as("profile").foreignKey("authorId"));
    s.sync(SyncOptions().force(true));
    const QList<QPair<QString, QVariant>> authors{
        {"ann", "Paris"}, {"ben", "Rome"}, {"cid", "Paris"}, {"dee", QVariant()}};
    for (const auto &a : authors)
        Author->create({{"name", a.first}, {"city", a.second}});
    const QJsonArray books
        = QJsonDocument::fromJson(
              R"([[1, "b1", 120, true], [1, "b2", 80, false], [2, "b3", 300, true], [2, "x1", null, null], [1, "b5", 45, true], [3, "b6", 120, true], [null, "b7", 200, false]])")
              .array();
    for (const auto &b : books) {
        const QJsonArray r = b.toArray();
        Book->create({{"authorId", r[0].toVariant()},
                      {"title", r[1].toVariant()},
                      {"pages", r[2].toVariant()},
                      {"published", r[3].toVariant()}});
    }
    for (const QString &label : {"red", "blue", "hidden", "brown", "green"})
        Tag->create({{"label", label}});
    const QJsonArray links
        = QJsonDocument::fromJson("[[1, 1, 1], [1, 2, 3], [1, 3, 2], [2, 1, null], [3, 4, 2], [5, "
                                  "1, 1], [5, 2, 2], [5, 3, 3], [5, 5, 1], [6, 2, 1]]")
              .array();
    for (const auto &l : links)
        BookTag->create({{"bookId", l[0].toVariant()},
                         {"tagId", l[1].toVariant()},
                         {"weight", l[2].toVariant()}});
    Profile->create({{"bio", "x"}, {"authorId", 1}});
    Profile->create({{"bio", "y"}, {"authorId", 2}});
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QJsonObject g = c["o"].toObject();
        const QString op = c["op"].toString();
        try {
            FindOptions o;
            if (g.contains("where"))
                o.where(Where::fromJson(g["where"].toObject()));
            for (const auto &ord : g["order"].toArray())
                o.order(ord[0].toString(),
                        ord[1] == "DESC" ? Qt::DescendingOrder : Qt::AscendingOrder);
            if (g.contains("limit"))
                o.limit(g["limit"].toInt());
            if (g.contains("offset"))
                o.offset(g["offset"].toInt());
            if (g.contains("attributes")) {
                QStringList a;
                for (const auto &x : g["attributes"].toArray())
                    a << x.toString();
                o.attributes(a);
            }
            if (g.contains("scope")) {
                if (g["scope"].isBool())
                    o.unscoped();
                else
                    o.scopes({g["scope"].toString()});
            }
            if (g.contains("include"))
                o.include(Include(g["include"].toString()));
            if (g.contains("through"))
                o.throughWhere(Where::fromJson(g["through"].toObject()));
            if (g.contains("joinTableAttributes")) {
                QStringList a;
                for (const auto &x : g["joinTableAttributes"].toArray())
                    a << x.toString();
                o.joinTableAttributes(a);
            }
            ModelDefinition *M = (op == "getAuthor" || op.endsWith("Tags")) ? Book : Author;
            auto src = M->findByPk(c["on"].toInt());
            const QString assoc = op.mid(op.startsWith("get") ? 3 : op.startsWith("count") ? 5 : 3);
            const QString name = assoc.left(1).toLower() + assoc.mid(1);
            if (op.startsWith("count")) {
                out[it.key()] = double(src->countAssociated(name, o));
            } else if (op.startsWith("has")) {
                out[it.key()] = src->hasAssociated(name, c["ids"].toVariant().toList(), o);
            } else if (name == "author" || name == "profile") {
                out[it.key()] = plain(src->getAssociated(name, o));
            } else {
                QJsonArray a;
                for (const auto &m : src->getAssociatedList(name, o))
                    a.append(plain(m));
                out[it.key()] = a;
            }
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
