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
static QJsonValue j(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue();
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QVariantMap: {
        QJsonObject o;
        const QVariantMap m = v.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            o[it.key()] = j(it.value());
        return o;
    }
    default:
        return v.toString();
    }
}
static QStringList strings(const QJsonValue &v)
{
    QStringList l;
    for (const auto &x : v.toArray())
        l << x.toString();
    return l;
}
static Include inc(const QJsonObject &i)
{
    Include r(i["as"].toString());
    if (i.contains("attributes")) {
        if (i["attributes"].isObject())
            r.excludeAttributes(strings(i["attributes"].toObject()["exclude"]));
        else
            r.attributes(strings(i["attributes"]));
    }
    if (i.contains("where"))
        r.where(Where::fromJson(i["where"].toObject()));
    if (i.contains("required"))
        r.required(i["required"].toBool());
    for (const auto &n : i["include"].toArray())
        r.include(inc(n.toObject()));
    return r;
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
                                      {"price", DataTypes::Decimal(10, 2)},
                                      {"published", DataTypes::Boolean()}},
                                     noTs);
    ModelDefinition *Tag = s.define("Tag", {{"label", DataTypes::String()}}, noTs);
    ModelDefinition *BookTag = s.define("BookTag", {}, noTs);
    Author->hasMany(Book, AssociationOptions().as("books").foreignKey("authorId"));
    Book->belongsTo(Author, AssociationOptions().as("author").foreignKey("authorId"));
    Book->belongsToMany(
        Tag,
        AssociationOptions().as("tags").through(BookTag).foreignKey("bookId").otherKey("tagId"));
    Tag->belongsToMany(
        Book,
        AssociationOptions().as("books").through(BookTag).foreignKey("tagId").otherKey("bookId"));
    s.sync(SyncOptions().force(true));
    const QList<QPair<QString, QVariant>> authors{
        {"ann", "Paris"}, {"ben", "Rome"}, {"cid", "Paris"}, {"dee", QVariant()}};
    for (const auto &a : authors)
        Author->create({{"name", a.first}, {"city", a.second}});
    const QJsonArray books
        = QJsonDocument::fromJson(
              R"([[1, "b1", 120, "10.00", true], [1, "b2", 80, "5.50", false], [2, "b3", 300, "25.00", true], [2, "x1", null, null, null], [3, "b5", 45, "3.25", true], [null, "b7", 200, "30.00", false]])")
              .array();
    for (const auto &b : books) {
        const QJsonArray r = b.toArray();
        Book->create({{"authorId", r[0].toVariant()},
                      {"title", r[1].toVariant()},
                      {"pages", r[2].toVariant()},
                      {"price", r[3].toVariant()},
                      {"published", r[4].toVariant()}});
    }
    for (const QString &label : {"red", "blue", "green"})
        Tag->create({{"label", label}});
    const QList<QPair<int, int>> links{{1, 1}, {1, 2}, {2, 1}, {3, 3}, {5, 1}, {5, 2}};
    for (const auto &l : links)
        BookTag->create({{"bookId", l.first}, {"tagId", l.second}});
    const QMap<QString, ModelDefinition *> M{{"Author", Author}, {"Book", Book}, {"Tag", Tag}};
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        try {
            FindOptions o;
            o.where(Where::fromJson(c["where"].toObject()));
            for (const auto &i : c["include"].toArray())
                o.include(inc(i.toObject()));
            if (c.contains("attributes")) {
                if (c["attributes"].isObject())
                    o.excludeAttributes(strings(c["attributes"].toObject()["exclude"]));
                else
                    o.attributes(strings(c["attributes"]));
            }
            if (c["nest"].toBool())
                o.nest();
            QJsonArray res;
            for (const QVariantMap &row : M[c["model"].toString()]->findAllRaw(o))
                res.append(j(row));
            out[it.key()] = res;
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
