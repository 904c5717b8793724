#include <QtCore>
#include <QtSequelize/DataTypes>
#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Options>
#include <QtSequelize/Sequelize>
using namespace QtSequelize;
static QJsonValue jv(const QVariant &v)
{
    if (v.userType() == qMetaTypeId<QJsonValue>())
        return v.value<QJsonValue>();
    if (!v.isValid() || v.isNull())
        return QJsonValue();
    return QJsonValue::fromVariant(v);
}
static QJsonValue clean(const QJsonValue &v)
{
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            if (!it.value().isNull() && !it.value().isUndefined())
                o.insert(it.key(), clean(it.value()));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const auto &x : v.toArray())
            a.append(clean(x));
        return a;
    }
    return v;
}
static QString canon(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{clean(v)}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}
static QJsonObject plain(const QVariantMap &m)
{
    QJsonObject o;
    for (auto it = m.begin(); it != m.end(); ++it)
        o.insert(it.key(), jv(it.value()));
    return o;
}
static QString js(const QVariant &v)
{
    return v.isNull() || !v.isValid() ? QString("null") : v.toString();
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
    ModelDefinition *P = s.define(
        "GsPerson",
        {{"first",
          Attribute(DataTypes::String())
              .get([](const Model &m) {
                  QVariant v = m.getDataValue("first");
                  return v.isNull() ? v : QVariant(v.toString().toUpper());
              })
              .set([](Model &m, const QVariant &v) {
                  m.setDataValue("first",
                                 v.typeId() == QMetaType::QString
                                     ? QVariant(v.toString().trimmed().toLower())
                                     : v);
              })},
         {"last", DataTypes::String()},
         {"age", Attribute(DataTypes::Integer()).set([](Model &m, const QVariant &v) {
              const int id = v.typeId();
              m.setDataValue(
                  "age",
                  (id == QMetaType::Int || id == QMetaType::LongLong || id == QMetaType::Double)
                      ? QVariant(v.toDouble() * 2)
                      : v);
          })},
         {"tag", Attribute(DataTypes::String()).get([](const Model &m) {
              QVariant v = m.getDataValue("tag");
              return v.isNull() ? v : QVariant("tag:" + v.toString());
          })},
         {"full",
          Attribute(DataTypes::Virtual())
              .dependsOn({"first", "last"})
              .get([](const Model &m) {
                  return QVariant(js(m.get("first")) + " " + js(m.get("last")));
              })
              .set([](Model &m, const QVariant &v) {
                  if (v.typeId() != QMetaType::QString)
                      return;
                  QStringList parts = v.toString().split(' ');
                  m.setDataValue("first", parts.takeFirst());
                  m.setDataValue(
                      "last", parts.isEmpty() ? QStringLiteral("") : parts.join(QLatin1Char(0x20)));
              })}},
        ModelOptions().timestamps(false));
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        P->sync(SyncOptions().force(true));
        auto x = P->create({{"first", "Zed"}, {"last", "Lee"}, {"age", 1}, {"tag", "t"}});
        QJsonArray res;
        for (const auto &ov : it.value().toArray()) {
            const QJsonObject o = ov.toObject();
            const QString op = o["op"].toString();
            const QVariantMap v = o["v"].toObject().toVariantMap();
            QJsonValue r;
            try {
                if (op == "create") {
                    x = P->create(v);
                    r = canon(plain(x->get()));
                } else if (op == "build")
                    r = canon(plain(P->build(v)->get()));
                else if (op == "set") {
                    x->set(o["k"].toString(), o["v"].toVariant());
                    r = canon(jv(x->get(o["k"].toString())));
                } else if (op == "get")
                    r = canon(plain(x->get()));
                else if (op == "toJSON")
                    r = canon(x->toJSON());
                else if (op == "save") {
                    x->save();
                    r = "ok";
                } else if (op == "reload") {
                    x->reload();
                    r = canon(plain(x->get()));
                } else if (op == "dataValue")
                    r = canon(QJsonArray{jv(x->getDataValue("first")), jv(x->getDataValue("age")),
                                         jv(x->getDataValue("tag"))});
                else if (op == "raw") {
                    QJsonArray a;
                    for (const auto &row : P->findAllRaw(
                             FindOptions().attributes({"id", "first", "age", "tag"}).order("id")))
                        a.append(plain(row));
                    r = canon(a);
                } else if (op == "virtualOnly") {
                    QJsonArray a;
                    for (auto &y : P->findAll(FindOptions().attributes({"id", "full"}).order("id")))
                        a.append(jv(y->get("full")));
                    r = canon(a);
                } else if (op == "findWhere")
                    r = double(P->count(FindOptions().where(
                        Where::fromJson(QJsonObject{{o["k"].toString(), o["v"]}}))));
                else if (op == "staticUpdate")
                    r = P->update(v, Where({{"id", 1}}));
                else if (op == "instUpdate") {
                    x->update(v);
                    r = canon(plain(x->get()));
                }
            } catch (const BaseError &e) {
                r = QString("ERROR %1: %2").arg(e.name(), e.message());
            }
            res.append(r);
        }
        QJsonArray rows;
        for (const auto &row : P->findAllRaw(
                 FindOptions().attributes({"id", "first", "last", "age", "tag"}).order("id")))
            rows.append(plain(row));
        out[it.key()] = QJsonObject{{"res", res}, {"rows", canon(rows)}};
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
