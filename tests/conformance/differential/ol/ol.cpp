#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
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
    auto *T = s.define("OlRow", {{"name", DataTypes::String()}, {"n", DataTypes::Integer()}},
                       ModelOptions().version(true).paranoid(true));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        T->sync(SyncOptions().force(true));
        T->create({{"name", "a"}, {"n", 0}});
        QMap<QString, QSharedPointer<Model>> inst{{"A", T->findByPk(1)}, {"B", T->findByPk(1)}};
        QJsonArray res;
        for (const auto &ov : it.value().toArray()) {
            const QJsonObject o = ov.toObject();
            const QString op = o["op"].toString();
            auto x = inst[o["who"].toString()];
            const int n = o["n"].toInt();
            QJsonValue r = "ok";
            try {
                if (op == "setSave") {
                    x->set("n", n);
                    x->save();
                } else if (op == "saveUnchanged")
                    x->save();
                else if (op == "saveSilent") {
                    x->set("name", "n" + QString::number(n));
                    x->save(SaveOptions().silent());
                } else if (op == "update")
                    x->update({{"n", n}});
                else if (op == "increment")
                    x->increment("n", n);
                else if (op == "destroy")
                    x->destroy();
                else if (op == "restore")
                    x->restore();
                else if (op == "reload")
                    x->reload();
                else if (op == "staticUpdate")
                    r = T->update({{"n", n}}, Where({{"id", 1}}));
                else if (op == "staticIncrement")
                    T->increment({{"n", n}}, Where({{"id", 1}}));
                else if (op == "version")
                    r = x->get("version").toInt();
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            res.append(r);
        }
        auto row = T->findByPk(1, FindOptions().paranoid(false));
        out[it.key()] = QJsonObject{
            {"res", res},
            {"row",
             row ? QJsonValue(QJsonArray{row->get("n").toInt(), row->get("version").toInt(),
                                         !row->get("deletedAt").isNull()})
                 : QJsonValue()}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
