#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
using namespace QtSequelize;
static QString canon(const QVariant &v)
{
    QJsonValue j;
    if (v.userType() == qMetaTypeId<QJsonValue>())
        j = v.value<QJsonValue>();
    else if (!v.isValid() || v.isNull())
        j = QJsonValue();
    else
        j = QJsonValue::fromVariant(v);
    return QString::fromUtf8(QJsonDocument(QJsonArray{j}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
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
    ModelDefinition *T
        = s.define("JsRow", {{"meta", DataTypes::Json()}, {"name", DataTypes::String()}},
                   ModelOptions().timestamps(false));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        T->sync(SyncOptions().force(true));
        T->create({{"meta",
                    QVariant::fromValue(
                        QJsonValue(QJsonObject{{"a", 1}, {"k", "x"}, {"list", QJsonArray{1, 2}}}))},
                   {"name", "one"}});
        T->create({{"meta", QVariant()}, {"name", "two"}});
        auto x = T->findByPk(1);
        QJsonArray res;
        for (const auto &ov : it.value().toArray()) {
            const QJsonObject o = ov.toObject();
            const QString op = o["op"].toString();
            const QVariant v = QVariant::fromValue(o["v"]);
            QJsonValue r;
            try {
                if (op == "set") {
                    x->set("meta", v);
                    r = canon(x->get("meta"));
                } else if (op == "setPath") {
                    x->set(o["path"].toString(), v);
                    r = canon(x->get("meta"));
                } else if (op == "save") {
                    x->save();
                    r = "ok";
                } else if (op == "changed") {
                    const QStringList c = x->changed();
                    r = c.isEmpty() ? QString("false")
                                    : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(c))
                                                            .toJson(QJsonDocument::Compact));
                } else if (op == "reload") {
                    x->reload();
                    r = canon(x->get("meta"));
                } else if (op == "staticUpdate")
                    r = T->update({{"meta", v}}, Where({{"id", 2}}));
                else if (op == "find")
                    r = double(T->count(FindOptions().where(
                        Where::fromJson(QJsonObject{{o["path"].toString(), o["v"]}}))));
                else if (op == "createNew")
                    r = T->create({{"meta", v}, {"name", "n"}})->get("id").toInt();
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            res.append(r);
        }
        QJsonArray rows;
        for (auto &y : T->findAll(FindOptions().order("id")))
            rows.append(QJsonArray{y->get("id").toInt(), canon(y->get("meta"))});
        out[it.key()] = QJsonObject{{"res", res}, {"rows", rows}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
