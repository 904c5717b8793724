#include <QtCore>
#include <QtSequelize/AssociationOptions>
#include <QtSequelize/Cursor>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Include>
#include <QtSequelize/InstanceListModel>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Where>
using namespace QtSequelize;
static QString row(const QSharedPointer<Model> &m)
{
    return QString::fromUtf8(QJsonDocument(m->toJSON()).toJson(QJsonDocument::Compact));
}
static QStringList rows(const QList<QSharedPointer<Model>> &list)
{
    QStringList r;
    for (const auto &m : list)
        r << row(m);
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
    ModelDefinition *Item = s.define("Item",
                                     {{"name", DataTypes::String()},
                                      {"n", DataTypes::Integer()},
                                      {"score", DataTypes::Double()},
                                      {"flag", DataTypes::Boolean()}},
                                     ModelOptions().paranoid(true));
    ModelDefinition *Note
        = s.define("Note", {{"body", DataTypes::String()}}, ModelOptions().timestamps(false));
    Item->hasMany(Note, AssociationOptions().as("notes").foreignKey("itemId"));
    Item->addScope(
        "big", FindOptions().where(Where::fromJson(QJsonObject{{"n", QJsonObject{{"gte", 3}}}})));
    Item->addScope(
        "named",
        FindOptions()
            .where(Where::fromJson(QJsonObject{{"name", QJsonObject{{"ne", QJsonValue()}}}}))
            .order("name"));
    Item->addScope("top", FindOptions().order("score", Qt::DescendingOrder).limit(4).offset(1));
    s.sync(SyncOptions().force(true));
    const QStringList names{"aa", "bb", "ab", "cc", "ba", "", "ca", "bb", "ac", "zz", "cb", "aa"};
    for (int i = 0; i < 12; ++i) {
        auto it = Item->create({{"name", i == 5 ? QVariant() : QVariant(names[i])},
                                {"n", i % 4 == 0 ? QVariant() : QVariant(i % 7)},
                                {"score", i * 0.75},
                                {"flag", i % 3 == 0}});
        if (i % 2 == 0)
            Note->create({{"body", QString(i % 4 ? "x" : "y")}, {"itemId", i + 1}});
        if (i % 3 == 0)
            Note->create({{"body", "z"}, {"itemId", i + 1}});
        if (i == 4 || i == 9)
            it->destroy();
    }
    int bad = 0;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        FindOptions o;
        if (c.contains("where"))
            o.where(Where::fromJson(c["where"].toObject()));
        for (const auto &ord : c["order"].toArray())
            o.order(ord[0].toString(), ord[1] == "DESC" ? Qt::DescendingOrder : Qt::AscendingOrder);
        if (c.contains("limit"))
            o.limit(c["limit"].toInt());
        if (c.contains("offset"))
            o.offset(c["offset"].toInt());
        if (c.contains("include")) {
            const QJsonObject ci = c["include"].toObject();
            Include inc("notes");
            if (ci.contains("where"))
                inc.where(Where::fromJson(ci["where"].toObject()));
            if (ci.contains("required"))
                inc.required(ci["required"].toBool());
            o.include(inc);
        }
        if (c.contains("attributes")) {
            QStringList a;
            for (const auto &x : c["attributes"].toArray())
                a << x.toString();
            o.attributes(a);
        }
        if (c.contains("paranoid"))
            o.paranoid(c["paranoid"].toBool());
        if (c.contains("scope"))
            o.scopes({c["scope"].toString()});
        const bool ordered
            = !c["order"].toArray().isEmpty() || c["scope"] == "named" || c["scope"] == "top";
        QMap<QString, QString> results;
        QStringList base;
        try {
            base = rows(Item->findAll(o));
        } catch (const BaseError &e) {
            results["findAll"] = "ERROR " + e.name();
        }
        auto check = [&](const QString &what, const std::function<QStringList()> &run) {
            QString got;
            try {
                QStringList r = run();
                QStringList b = base;
                if (!ordered) {
                    r.sort();
                    b.sort();
                }
                got = r == b ? "same" : "DIFF\n  all: " + b.join(" ") + "\n  got: " + r.join(" ");
            } catch (const BaseError &e) {
                got = "ERROR " + e.name() + ": " + e.message();
            }
            if (results.contains("findAll"))
                got = results["findAll"] == got.left(results["findAll"].size()) ? "same" : got;
            if (got != "same") {
                ++bad;
                printf("%s %s %s: %s\n", qPrintable(it.key()),
                       QJsonDocument(c).toJson(QJsonDocument::Compact).constData(),
                       qPrintable(what), qPrintable(got));
            }
        };
        const bool paged = c.contains("limit") || c.contains("offset");
        if (!paged && c["scope"] != "top")
            check("cursor", [&] {
                Cursor cur(Item, o, c["batch"].toInt());
                QList<QSharedPointer<Model>> all;
                while (auto m = cur.next())
                    all << m;
                return rows(all);
            });
        check("async", [&] { return rows(Item->findAllAsync(o).result()); });
        check("findAndCountAll", [&] {
            qint64 count = 0;
            return rows(Item->findAndCountAll(o, &count));
        });
        check("findOne", [&] {
            auto one = Item->findOne(o);
            if (!ordered)
                return (!one && base.isEmpty()) || (one && base.contains(row(one)))
                    ? base
                    : QStringList{"other"};
            return one ? QStringList{row(one)} + base.mid(1) : base.mid(1);
        });
        check("listModel", [&] {
            InstanceListModel list(Item, o);
            list.setPageSize(c["batch"].toInt());
            while (list.canFetchMore({}))
                list.fetchMore({});
            if (!list.errorString().isEmpty())
                throw DatabaseError(list.errorString());
            QStringList r;
            for (int i = 0; i < list.rowCount(); ++i)
                r << QString::fromUtf8(
                    QJsonDocument(list.instance(i)->toJSON()).toJson(QJsonDocument::Compact));
            return r;
        });
        if (!c.contains("include") && !paged && c["scope"] != "top")
            check("windowed", [&] {
                InstanceListModel list(Item, o);
                list.setPageSize(c["batch"].toInt());
                list.setWindowed(true);
                if (!list.errorString().isEmpty())
                    throw DatabaseError(list.errorString());
                QStringList r;
                for (int i = 0; i < list.rowCount(); ++i) {
                    list.data(list.index(i), Qt::UserRole);
                    Model *m = list.instance(i);
                    r << (m ? QString::fromUtf8(
                              QJsonDocument(m->toJSON()).toJson(QJsonDocument::Compact))
                            : QString("null"));
                }
                return r;
            });
    }
    printf("%s bad %d of %d\n", qPrintable(dialect), bad, int(cases.size()));
}
