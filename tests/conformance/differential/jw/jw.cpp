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
    ModelDefinition *T
        = s.define("JRow", {{"meta", DataTypes::Json()}}, ModelOptions().timestamps(false));
    T->sync(SyncOptions().force(true));
    const QJsonArray docs
        = QJsonDocument::fromJson(
              R"([{"a": 1, "b": "x"}, {"a": 2.5, "b": "y", "c": {"d": 1}}, {"a": "3", "b": null}, {"a": null}, {}, {"a": [1, 2]}, {"a": {"d": 2}}, {"b": "x%"}, {"a": 10, "b": "X"}, {"a": true}, null, {"c": {"d": "1"}}, {"a": -1, "c": {"d": [1]}}, {"a": 0, "b": "1"}, {"a": false}, {"a": "x"}])")
              .array();
    for (const auto &d : docs)
        T->create({{"meta", d.isNull() ? QVariant() : QVariant::fromValue(d)}});
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        try {
            QJsonArray ids;
            for (const auto &m : T->findAll(
                     FindOptions().where(Where::fromJson(it.value().toObject())).order("id")))
                ids.append(m->get("id").toDouble());
            out[it.key()] = ids;
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1: %2").arg(e.name(), e.message());
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
