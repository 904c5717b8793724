#include <QtCore>
#include <QtSequelize/Validator>
using namespace QtSequelize;
int main(int argc, char **argv)
{
    QFile f(argc > 1 ? argv[1] : "cases.json");
    f.open(QIODevice::ReadOnly);
    const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).array();
    QJsonObject out;
    for (auto c : cases) {
        const QJsonArray a = c.toArray();
        const QString v = a[0].toString();
        const QJsonValue arg = a[1];
        const QString key = v
            + (arg.isNull() ? QString()
                            : ":"
                       + QString::fromUtf8(
                             QJsonDocument(QJsonArray{arg}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1));
        Validator val = Validator::notEmpty();
        if (v == "isEmail")
            val = Validator::isEmail();
        else if (v == "isUrl")
            val = Validator::isUrl();
        else if (v == "isIP")
            val = Validator::isIP();
        else if (v == "isIPv4")
            val = Validator::isIPv4();
        else if (v == "isIPv6")
            val = Validator::isIPv6();
        else if (v == "isAlpha")
            val = Validator::isAlpha();
        else if (v == "isAlphanumeric")
            val = Validator::isAlphanumeric();
        else if (v == "isNumeric")
            val = Validator::isNumeric();
        else if (v == "isInt")
            val = Validator::isInt();
        else if (v == "isFloat")
            val = Validator::isFloat();
        else if (v == "isDecimal")
            val = Validator::isDecimal();
        else if (v == "isLowercase")
            val = Validator::isLowercase();
        else if (v == "isUppercase")
            val = Validator::isUppercase();
        else if (v == "isUUID")
            val = arg.isDouble() ? Validator::isUUID(arg.toInt()) : Validator::isUUID();
        else if (v == "isDate")
            val = Validator::isDate();
        else if (v == "isCreditCard")
            val = Validator::isCreditCard();
        else if (v == "contains")
            val = Validator::contains(arg.toString());
        else if (v == "notContains")
            val = Validator::notContains(arg.toString());
        else if (v == "equals")
            val = Validator::equals(arg.toString());
        else if (v == "isIn")
            val = Validator::isIn(arg.toArray()[0].toArray().toVariantList());
        else if (v == "notIn")
            val = Validator::notIn(arg.toArray()[0].toArray().toVariantList());
        else if (v == "notEmpty")
            val = Validator::notEmpty();
        else if (v == "len")
            val = Validator::len(arg.toArray()[0].toInt(), arg.toArray()[1].toInt());
        else if (v == "is")
            val = Validator::is(QRegularExpression(arg.toString()));
        else if (v == "not")
            val = Validator::notMatching(QRegularExpression(arg.toString()));
        else if (v == "isAfter")
            val = Validator::isAfter(
                QDateTime(QDate::fromString(arg.toString(), Qt::ISODate), QTime(0, 0), Qt::UTC));
        else if (v == "isBefore")
            val = Validator::isBefore(
                QDateTime(QDate::fromString(arg.toString(), Qt::ISODate), QTime(0, 0), Qt::UTC));
        QJsonObject r;
        for (auto i : a[2].toArray())
            r[i.toString()] = val.accepts(i.toString());
        out[key] = r;
    }
    printf("%s\n", QJsonDocument(out).toJson().constData());
}
