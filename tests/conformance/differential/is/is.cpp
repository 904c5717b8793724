#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
using namespace QtSequelize;
static QJsonValue j(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
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
    auto *T = s.define("IsItem",
                       {{"name", DataTypes::String()},
                        {"qty", Attribute(DataTypes::Integer()).defaultValue(0)},
                        {"note", DataTypes::Text()},
                        {"flag", Attribute(DataTypes::Boolean()).defaultValue(false)}},
                       ModelOptions().timestamps(false));
    auto snap = [](Model *i) {
        return QJsonArray{j(i->get("name")), j(i->get("qty")), j(i->get("note")),
                          i->get("flag").isNull() ? QJsonValue()
                                                  : QJsonValue(i->get("flag").toBool())};
    };
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        T->sync(SyncOptions().force(true));
        T->create({{"name", "one"}, {"qty", 1}, {"note", "n1"}, {"flag", true}});
        QSharedPointer<Model> inst;
        QJsonArray log;
        for (const QJsonValue &sv : it.value().toArray()) {
            const QJsonObject st = sv.toObject();
            const QString op = st["op"].toString();
            QJsonValue r;
            try {
                SaveOptions so;
                if (st.contains("fields"))
                    so.fields(st["fields"].toVariant().toStringList());
                if (op == "load") {
                    inst = T->findByPk(1);
                    r = "ok";
                } else if (op == "build") {
                    inst = T->build(st["values"].toObject().toVariantMap());
                    r = "ok";
                } else if (!inst)
                    r = "noinst";
                else if (op == "set") {
                    inst->set(st["attr"].toString(), st["value"].toVariant());
                    r = "ok";
                } else if (op == "save") {
                    inst->save(so);
                    r = "ok";
                } else if (op == "update") {
                    inst->update(st["values"].toObject().toVariantMap(), so);
                    r = "ok";
                } else if (op == "reload") {
                    inst->reload();
                    r = "ok";
                } else if (op == "increment") {
                    inst->increment(st["attr"].toString(), st["by"].toInt());
                    r = "ok";
                } else if (op == "decrement") {
                    inst->decrement(st["attr"].toString(), st["by"].toInt());
                    r = "ok";
                } else if (op == "destroy") {
                    inst->destroy();
                    r = "ok";
                } else if (op == "changed") {
                    QStringList c = inst->changed();
                    c.sort();
                    r = QJsonArray::fromStringList(c);
                } else if (op == "previous") {
                    r = j(inst->previous(st["attr"].toString()));
                    if (st["attr"].toString() == "flag" && !r.isNull())
                        r = inst->previous("flag").toBool();
                } else if (op == "isNew")
                    r = inst->isNewRecord();
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            log.append(QJsonArray{r, inst ? QJsonValue(snap(inst.data())) : QJsonValue()});
        }
        QJsonArray rows;
        for (auto &x : T->findAll(FindOptions().order("id")))
            rows.append(QJsonArray{
                x->get("id").toInt(), j(x->get("name")), j(x->get("qty")), j(x->get("note")),
                x->get("flag").isNull() ? QJsonValue() : QJsonValue(x->get("flag").toBool())});
        out[it.key()] = QJsonObject{{"log", log}, {"rows", rows}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
