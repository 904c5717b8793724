#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Validator>
using namespace QtSequelize;
static QJsonArray items(const ValidationError &e)
{
    QJsonArray a;
    for (const auto &i : e.errors())
        a.append(QJsonArray{i.path(), i.validatorKey()});
    return a;
}
static QString err(const BaseError &e)
{
    QString name = e.name();
    QJsonArray a;
    if (auto *v = dynamic_cast<const ValidationError *>(&e))
        a = items(*v);
    else if (auto *ag = dynamic_cast<const AggregateError *>(&e)) {
        for (const auto &b : ag->errors())
            a.append(items(b.inner()));
    } else
        return "ERROR " + name;
    return "ERROR " + name + " "
        + QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
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
    ModelDefinition *T = s.define(
        "VaRow",
        {{"title",
          Attribute(DataTypes::String())
              .allowNull(false)
              .validate(Validator::notEmpty())
              .validate(Validator::len(2, 10))},
         {"qty",
          Attribute(DataTypes::Integer())
              .allowNull(true)
              .defaultValue(1)
              .validate(Validator::min(0))
              .validate(Validator::max(100))},
         {"code",
          Attribute(DataTypes::String())
              .allowNull(false)
              .defaultValue("A0")
              .unique()
              .validate(Validator::isAlphanumeric())},
         {"note", Attribute(DataTypes::String()).allowNull(true).validate(Validator::notEmpty())}},
        ModelOptions().timestamps(false));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        T->sync(SyncOptions().force(true));
        T->create({{"title", "first"}, {"qty", 3}, {"code", "F1"}});
        QJsonArray res;
        for (const auto &ov : it.value().toArray()) {
            const QJsonObject o = ov.toObject();
            const QString op = o["op"].toString();
            const QVariantMap v = o["v"].toObject().toVariantMap();
            QJsonValue r = "ok";
            try {
                if (op == "create")
                    T->create(v);
                else if (op == "createNoValidate")
                    T->create(v, SaveOptions().validate(false));
                else if (op == "build") {
                    T->build(v)->validate();
                    r = "valid";
                } else if (op == "instUpdate")
                    T->findByPk(1)->update(v);
                else if (op == "setSave") {
                    auto x = T->findByPk(1);
                    x->set(v);
                    x->save();
                } else if (op == "saveFields") {
                    QStringList fields;
                    for (const auto &fv : o["fields"].toArray())
                        fields << fv.toString();
                    auto x = T->findByPk(1);
                    x->set(v);
                    x->save(SaveOptions().fields(fields));
                } else if (op == "staticUpdate")
                    r = T->update(v, Where({{"id", 1}}));
                else if (op == "bulkCreate" || op == "bulkCreateValidate") {
                    QList<QVariantMap> rows;
                    for (const auto &rv : o["rows"].toArray())
                        rows << rv.toObject().toVariantMap();
                    T->bulkCreate(rows, BulkCreateOptions().validate(op == "bulkCreateValidate"));
                } else if (op == "upsert") {
                    QVariantMap w = v;
                    w["id"] = 1;
                    T->upsert(w);
                }
            } catch (const BaseError &e) {
                r = err(e);
            }
            res.append(r);
        }
        QJsonArray rows;
        for (auto &y : T->findAll(FindOptions().order("id")))
            rows.append(QJsonArray{y->get("id").toInt(), j(y->get("title")), j(y->get("qty")),
                                   j(y->get("code")), j(y->get("note"))});
        out[it.key()] = QJsonObject{{"res", res}, {"rows", rows}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
