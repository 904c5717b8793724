#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Transaction>
using namespace QtSequelize;
struct Boom : std::runtime_error
{
    Boom()
        : std::runtime_error("boom")
    {
    }
};
static Sequelize *S;
static ModelDefinition *T;
static QStringList logged;
static void run(Transaction &t, const QJsonArray &prog, int depth)
{
    for (const auto &sv : prog) {
        const QJsonObject st = sv.toObject();
        const QString op = st["op"].toString();
        if (op == "create")
            T->create({{"name", st["name"].toString()}, {"n", depth}},
                      SaveOptions().transaction(&t));
        else if (op == "update")
            T->update({{"n", st["n"].toInt()}}, Where(), UpdateOptions().transaction(&t));
        else if (op == "destroy")
            T->destroy(Where({{"name", st["name"].toString()}}), DestroyOptions().transaction(&t));
        else if (op == "count")
            logged << QString("count%1=%2").arg(depth).arg(T->count(FindOptions().transaction(&t)));
        else if (op == "throw")
            throw Boom();
        else if (op == "nested") {
            try {
                S->transaction(TransactionOptions().transaction(&t), [&](Transaction &t2) {
                    QObject::connect(&t2, &Transaction::committed,
                                     [depth] { logged << QString("commit%1").arg(depth + 1); });
                    run(t2, st["body"].toArray(), depth + 1);
                });
            } catch (const Boom &) {
                if (!st["catch"].toBool())
                    throw;
                logged << QString("caught%1").arg(depth + 1);
            }
        }
    }
}
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dialect = argv[1];
    QFile f(argv[2]);
    f.open(QIODevice::ReadOnly);
    const QJsonObject cases = QJsonDocument::fromJson(f.readAll()).object();
    const QString url = dialect == "sqlite" ? "sqlite:/tmp/tx_our.sqlite"
        : dialect == "postgres"
        ? qEnvironmentVariable("QSQ_FM_PGURL", "postgres://orm:ormpass@127.0.0.1:55433/ormtest")
        : "mariadb://orm:ormpass@127.0.0.1:53307/ormtest";
    Sequelize s(url);
    S = &s;
    T = s.define("TxRow", {{"name", DataTypes::String()}, {"n", DataTypes::Integer()}},
                 ModelOptions().timestamps(false));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        T->sync(SyncOptions().force(true));
        T->bulkCreate({{{"name", "a"}, {"n", 0}}, {{"name", "b"}, {"n", 0}}});
        logged.clear();
        QString res;
        try {
            s.transaction([&](Transaction &t) {
                QObject::connect(&t, &Transaction::committed, [] { logged << "commit0"; });
                run(t, it.value().toArray(), 0);
            });
            res = "ok";
        } catch (const Boom &) {
            res = "ERROR boom";
        } catch (const BaseError &e) {
            res = "ERROR " + e.name() + ": " + e.message();
        }
        QJsonArray rows;
        for (auto &y : T->findAll(FindOptions().order("id")))
            rows.append(QJsonArray{y->get("name").toString(), y->get("n").toInt()});
        out[it.key()] = QJsonObject{
            {"res", res}, {"log", QJsonArray::fromStringList(logged)}, {"rows", rows}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
