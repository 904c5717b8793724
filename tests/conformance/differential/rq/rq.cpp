#include <QtCore>
#include <QtSequelize/Errors>
#include <QtSequelize/Options>
#include <QtSequelize/QueryResult>
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
    QJsonObject out;
    for (auto it = cases.begin(); it != cases.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        try {
            QueryOptions o;
            if (c.contains("bind")) {
                if (c["bind"].isArray())
                    o.bind(c["bind"].toArray().toVariantList());
                else
                    o.bind(c["bind"].toObject().toVariantMap());
            } else if (c["replacements"].isArray())
                o.replacements(c["replacements"].toArray().toVariantList());
            else
                o.replacements(c["replacements"].toObject().toVariantMap());
            const QueryResult r = s.query(c["sql"].toString(), o);
            QJsonObject row;
            const QVariantMap m = r.rows().value(0);
            for (auto i = m.begin(); i != m.end(); ++i) {
                const QVariant v = i.value();
                if (v.isNull())
                    row[i.key()] = QJsonValue();
                else if (v.metaType().id() == QMetaType::Bool)
                    row[i.key()] = v.toBool() ? "true" : "false";
                else if (v.metaType().id() == QMetaType::QByteArray)
                    row[i.key()] = QString::fromUtf8(v.toByteArray());
                else if (v.metaType().id() == QMetaType::Double)
                    row[i.key()] = QString::number(v.toDouble(), 'g', 15);
                else
                    row[i.key()] = v.toString();
            }
            out[it.key()] = row;
        } catch (const BaseError &e) {
            out[it.key()] = QString("ERROR %1 %2").arg(e.name(), e.message().left(80));
        }
    }
    printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
}
