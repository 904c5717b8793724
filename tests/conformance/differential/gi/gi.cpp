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
    default:
        return v.toString();
    }
}
static Expression agg(const QString &a, const QString &c)
{
    if (a == "COUNT_DISTINCT")
        return Sequelize::fn("COUNT", {Sequelize::fn("DISTINCT", {Sequelize::col(c)})});
    return Sequelize::fn(a, {Sequelize::col(c)});
}
static QStringList strings(const QJsonValue &v)
{
    QStringList l;
    for (const auto &x : v.toArray())
        l << x.toString();
    return l;
}
static QJsonArray rows(const QList<QVariantMap> &list)
{
    QJsonArray res;
    for (const QVariantMap &row : list) {
        QJsonObject jr;
        for (auto r = row.begin(); r != row.end(); ++r)
            jr[r.key()] = j(r.value());
        res.append(jr);
    }
    return res;
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
    s.sync(SyncOptions().force(true));
    const QList<QPair<QString, QVariant>> authors{
        {"ann", "Paris"}, {"ben", "Rome"}, {"cid", "Paris"}, {"dee", QVariant()}, {"eve", "Rome"}};
    for (const auto &a : authors)
        Author->create({{"name", a.first}, {"city", a.second}});
    const QJsonArray books = QJsonDocument::fromJson(R"([
      [1, "b1", 120, "10.00", true], [1, "b2", 80, "5.50", false], [2, "b3", 300, "25.00", true], [2, "x1", null, null, null],
      [3, "b5", 45, "3.25", true], [1, "b6", 120, "12.50", true], [null, "b7", 200, "30.00", false], [4, "x8", 99, "7.00", true],
      [2, "b9", 150, "12.50", false], [3, "b10", 60, "4.00", null]])")
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
    const QList<QPair<int, int>> links{{1, 1}, {1, 2}, {2, 1}, {3, 3}, {5, 1},
                                       {5, 2}, {5, 3}, {6, 2}, {9, 1}, {10, 3}};
    for (const auto &l : links)
        BookTag->create({{"bookId", l.first}, {"tagId", l.second}});
    const QMap<QString, ModelDefinition *> M{{"Author", Author}, {"Book", Book}};
    const QMap<QString, Where::Operator> ops{
        {"gt", Where::Gt}, {"gte", Where::Gte}, {"lt", Where::Lt}, {"eq", Where::Eq}};
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        const QString kind = c["kind"].toString();
        ModelDefinition *model = M[c["model"].toString()];
        try {
            if (kind == "fn") {
                FindOptions o;
                o.where(Where::fromJson(c["where"].toObject()));
                if (c.contains("include")) {
                    const QJsonObject ci = c["include"].toObject();
                    Include inc(ci["as"].toString());
                    if (ci.contains("where"))
                        inc.where(Where::fromJson(ci["where"].toObject()));
                    if (ci.contains("required"))
                        inc.required(ci["required"].toBool());
                    o.include(inc);
                }
                const QString fn = c["fn"].toString();
                const QString col = c["col"].toString();
                const QVariant v = fn == "max" ? model->max(col, o)
                    : fn == "min"              ? model->min(col, o)
                                               : model->sum(col, o);
                out[it.key()] = j(v);
                continue;
            }
            const QJsonObject ci = c["include"].toObject();
            Include inc(ci["as"].toString());
            if (ci.contains("where"))
                inc.where(Where::fromJson(ci["where"].toObject()));
            if (ci.contains("required"))
                inc.required(ci["required"].toBool());
            FindOptions o;
            o.where(Where::fromJson(c["where"].toObject()));
            if (kind == "agg" || kind == "aggTags") {
                inc.attributes({});
                if (kind == "aggTags")
                    inc.throughAttributes({});
                o.include(inc).group(strings(c["group"])).attributes(strings(c["plain"]));
                for (const auto &a : c["aggs"].toArray())
                    o.attribute(agg(a[0].toString(), a[1].toString()), a[2].toString());
                if (c.contains("having")) {
                    const QJsonObject h = c["having"].toObject();
                    o.having(Sequelize::where(agg(h["agg"].toString(), h["col"].toString()),
                                              ops[h["op"].toString()], h["val"].toVariant()));
                }
                for (const auto &ord : c["order"].toArray())
                    o.order(ord[0].toString(),
                            ord[1] == "DESC" ? Qt::DescendingOrder : Qt::AscendingOrder);
                out[it.key()] = rows(model->findAllRaw(o));
            } else if (kind == "aggBelongs") {
                inc.attributes({});
                const QString g = c["gcol"].toString();
                o.include(inc).group({g}).attributes({}).attribute(Sequelize::col(g), "gcol");
                for (const auto &a : c["aggs"].toArray())
                    o.attribute(agg(a[0].toString(), a[1].toString()), a[2].toString());
                if (c.contains("limit"))
                    o.limit(c["limit"].toInt()).order(Sequelize::col(g));
                out[it.key()] = rows(Book->findAllRaw(o));
            } else {
                o.include(inc);
                if (c["distinct"].toBool())
                    o.distinct();
                if (c.contains("col"))
                    o.col(c["col"].toString());
                if (kind == "count") {
                    out[it.key()] = double(model->count(o));
                } else if (kind == "countGrouped") {
                    o.group(strings(c["group"]));
                    out[it.key()] = rows(model->countGrouped(o));
                } else {
                    if (c.contains("limit"))
                        o.limit(c["limit"].toInt());
                    if (c.contains("offset"))
                        o.offset(c["offset"].toInt());
                    o.order("id");
                    qint64 count = 0;
                    QJsonArray ids;
                    for (const auto &x : model->findAndCountAll(o, &count))
                        ids.append(x->get("id").toDouble());
                    out[it.key()] = QJsonObject{{"count", double(count)}, {"ids", ids}};
                }
            }
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
