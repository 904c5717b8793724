// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The built-in validators give Sequelize v6's answers: validator.js 13 (isEmail, isURL, isInt,
// isNumeric, isFloat, isUUID, isIP, isCreditCard, isLength) and Sequelize's own rules (isDecimal,
// min/max, contains, notEmpty), one data row per value. No statement runs: validate() checks the
// built instance. Rows marked "was" passed or failed before, against Sequelize.

#include <QtSequelize/Errors>
#include <QtSequelize/Model>
#include <QtSequelize/ModelDefinition>
#include <QtSequelize/Sequelize>
#include <QtSequelize/Validator>

#include <QtTest/qtest.h>

#include "testdatabases.h"

using namespace QtSequelize;

Q_DECLARE_METATYPE(QtSequelize::Validator)

class tst_Validators : public QObject
{
    Q_OBJECT

    static void row(const char *name, const Validator &validator, const QVariant &value,
                    bool accepted)
    {
        QTest::newRow(name) << validator << value << accepted;
    }

private slots:
    void accepts_data()
    {
        QTest::addColumn<Validator>("validator");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        const Validator email = Validator::isEmail();
        row("email plain", email, "jane@example.com", true);
        row("email one-letter tld", email, "a@b.c", false); // was accepted
        row("email dot before @", email, "user.@example.com", false); // was accepted
        row("email two dots", email, "a..b@example.com", false); // was accepted
        row("email quoted", email, "\"john doe\"@example.com", true); // was refused
        // Quoted only when both quotes are there (validator 13.15, found by mutated inputs).
        row("email open quote", email, "\"john@example.com", false); // was accepted
        row("email lone quote", email, "\"@example.com", false);
        row("email utf-8 local part", email, QString::fromUtf8("jürgen@example.com"),
            true); // was refused
        row("email trailing dot", email, "a@example.com.", false);
        row("email hyphen label", email, "a@-example.com", false);
        row("email no tld", email, "a@localhost", false);
        row("email numeric tld", email, "a@example.123", false);
        row("email long local part", email, QString(65, QLatin1Char('a')) + "@example.com", false);
        row("email idn tld", email, "a@example.xn--p1ai", true);

        const Validator url = Validator::isUrl();
        row("url http", url, "http://example.com/path?q=1#f", true);
        row("url no protocol", url, "example.com", true); // was refused
        row("url localhost", url, "http://localhost", false); // was accepted
        row("url ip and port", url, "http://127.0.0.1:8080/", true);
        row("url bad port", url, "http://example.com:70000", false);
        row("url other protocol", url, "gopher://example.com", false);
        row("url javascript", url, "javascript:alert(1)", false);
        row("url mailto", url, "mailto:a@example.com", false);
        row("url auth", url, "ftp://user:pw@example.com", true);
        row("url ipv6", url, "http://[::1]:80/", true);
        row("url space", url, "http://exa mple.com", false);
        row("url protocol-relative", url, "//example.com", false);

        const Validator isInt = Validator::isInt();
        row("int leading zero", isInt, "01", true); // was refused
        row("int sign", isInt, "+1", true);
        row("int fraction", isInt, "1.0", false);
        row("int space", isInt, " 1", false);
        row("int exponent", isInt, "1e3", false);

        const Validator numeric = Validator::isNumeric();
        row("numeric fraction", numeric, "1.5", true); // was refused
        row("numeric leading dot", numeric, "-.5", true); // was refused
        row("numeric trailing dot", numeric, "1.", false);
        row("numeric exponent", numeric, "1e5", false);

        const Validator isFloat = Validator::isFloat();
        row("float exponent", isFloat, "+.5e-3", true);
        row("float trailing dot", isFloat, "1.", true);
        row("float sign alone", isFloat, "-", false);
        row("float comma", isFloat, "1,5", false);

        const Validator decimal = Validator::isDecimal();
        row("decimal", decimal, "-0.1", true);
        row("decimal exponent", decimal, "1e5", true);
        row("decimal plus", decimal, "+1", false); // was accepted
        row("decimal minus dot", decimal, "-.5", false); // was accepted
        row("decimal empty", decimal, "", false);

        const Validator uuid = Validator::isUUID();
        row("uuid v4", uuid, "a987fbc9-4bed-4078-8f07-9141ba07c9f3", true);
        row("uuid nil", uuid, "00000000-0000-0000-0000-000000000000", true); // was refused
        row("uuid braces", uuid, "{a987fbc9-4bed-4078-8f07-9141ba07c9f3}", false); // was accepted
        row("uuid bad variant", uuid, "a987fbc9-4bed-4078-cf07-9141ba07c9f3",
            false); // was accepted
        row("uuid no dashes", uuid, "a987fbc94bed40788f079141ba07c9f3", false);
        // Sequelize's isUUID: 4 (there was no way to ask for one version).
        const Validator uuid4 = Validator::isUUID(4);
        row("uuid4 v4", uuid4, "a987fbc9-4bed-4078-8f07-9141ba07c9f3", true);
        row("uuid4 v1", uuid4, "123e4567-e89b-12d3-a456-426614174000", false);
        row("uuid4 nil", uuid4, "00000000-0000-0000-0000-000000000000", false);
        row("uuid4 upper", uuid4, "A987FBC9-4BED-4078-8F07-9141BA07C9F3", true);
        row("uuid1 v1", Validator::isUUID(1), "123e4567-e89b-12d3-a456-426614174000", true);

        const Validator ip = Validator::isIP();
        row("ipv4", ip, "192.168.0.1", true);
        row("ipv4 leading zero", ip, "01.2.3.4", false);
        row("ipv6 zone", ip, "fe80::1%eth0", true); // was refused
        row("ipv6 mapped", ip, "::ffff:192.168.0.1", true);
        row("ipv6 too many", ip, "1:2:3:4:5:6:7:8:9", false);

        const Validator card = Validator::isCreditCard();
        row("card visa", card, "4111 1111 1111 1111", true);
        row("card no provider", card, "1234567812345670", false); // Luhn-valid, no card's prefix

        const Validator len = Validator::len(2, 4);
        row("len surrogate pair", len, QString::fromUtf8("\xF0\x9F\x98\x80\xF0\x9F\x98\x80"), true);
        row("len number", len, 12345, false);

        // Sequelize's min/max: parseFloat of the text; what is no number passes.
        row("min prefix", Validator::min(5), "10 kg", true);
        row("min below", Validator::min(5), "4.9", false);
        row("min no number", Validator::min(5), "abc", true); // was refused
        row("max no number", Validator::max(5), "", true); // was refused
        row("contains empty", Validator::contains(""), "abc", false); // was accepted
        row("notContains empty", Validator::notContains(""), "abc", true); // was refused
        row("notEmpty whitespace", Validator::notEmpty(), " \t\n", false);
    }
    void accepts()
    {
        QFETCH(Validator, validator);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        Sequelize sequelize(QStringLiteral("sqlite::memory:"));
        ModelDefinition *model = sequelize.define(
            "Checked", {{"v", Attribute(DataTypes::String()).validate(validator)}},
            ModelOptions().timestamps(false));
        const auto instance = model->build({{"v", value}});
        bool passed = true;
        try {
            instance->validate();
        } catch (const ValidationError &e) {
            passed = false;
            QCOMPARE(e.errors().first().validatorKey(), validator.key());
        }
        QCOMPARE(passed, accepted);
    }

    // A list or map for a STRING/TEXT attribute fails Sequelize's own check ("string
    // violation", not_a_string), before any statement; no row is written.
    void stringViolation_data() { TestDatabases::addDialectRows(); }
    void stringViolation()
    {
        QSQ_OPEN_DIALECT(sequelize);
        ModelDefinition *model = sequelize->define(
            "Named", {{"name", DataTypes::String()}, {"bio", DataTypes::Text()}},
            ModelOptions().timestamps(false));
        model->sync(SyncOptions().force());
        for (const QVariant &value : {QVariant(QVariantList{1}), QVariant(QStringList{"a"}),
                                      QVariant(QVariantMap{{"a", 1}})}) {
            for (const char *attribute : {"name", "bio"}) {
                try {
                    model->create({{attribute, value}});
                    QFAIL("no ValidationError");
                } catch (const ValidationError &e) {
                    QCOMPARE(e.errors().size(), 1);
                    const ValidationErrorItem item = e.errors().first();
                    QCOMPARE(item.type(), QStringLiteral("string violation"));
                    QCOMPARE(item.validatorKey(), QStringLiteral("not_a_string"));
                    QCOMPARE(item.path(), QString::fromLatin1(attribute));
                    QCOMPARE(item.message(),
                             QString::fromLatin1(attribute) + " cannot be an array or an object");
                    QCOMPARE(item.value(), value);
                }
            }
        }
        QCOMPARE(model->count(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_Validators)
#include "tst_validators.moc"
