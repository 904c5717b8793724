// Copyright (C) 2026 The QtSequelize developers.
// SPDX-License-Identifier: LGPL-3.0-or-later

// The state of a MariaDB connection from outside its statements: pool validation (is an idle
// connection still open?) and cancelling its running statement from another thread.

#include "mariadbdialect_p.h"

#include "../sqllexer_p.h"
#include "../statementcanceller_p.h"

#include <QtSequelize/errors.h>

#include <QtSql/qsqldatabase.h>
#include <QtSql/qsqlfield.h>
#include <QtSql/qsqlquery.h>
#include <QtSql/qsqlrecord.h>

#include <atomic>
#include <climits>
#include <cstdlib>

#include <QtCore/qvariant.h>
#include <QtSql/qsqldriver.h>

#include <dlfcn.h>
#include <poll.h>

namespace QtSequelize {

// A function of the client library. Qt's QMYSQL driver has loaded Connector/C (libmariadb)
// already; it is looked up there rather than linked, as the plugin brings it.
static void *clientFunction(const char *name)
{
    static void *const library = dlopen("libmariadb.so.3", RTLD_NOW | RTLD_NOLOAD);
    return library ? dlsym(library, name) : nullptr;
}

// The connection's MYSQL handle, or nullptr.
static void *mysqlOf(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    // Qt names the handle's type after the struct (st_mysql*), not its typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "st_mysql*") != 0
            && qstrcmp(handle.typeName(), "MYSQL*") != 0))
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

// The client library's socket of a connection; -2 when it cannot be known.
static int socketOf(QSqlDriver *driver)
{
    using GetSocket = int (*)(void *);
    static const auto getSocket = reinterpret_cast<GetSocket>(clientFunction("mysql_get_socket"));
    void *mysql = mysqlOf(driver);
    return getSocket && mysql ? getSocket(mysql) : -2;
}

bool MariaDbDialect::connectionAlive(QSqlDriver *driver) const
{
    const int fd = socketOf(driver);
    if (fd == -2)
        return true;
    if (fd < 0)
        return false;
    // The protocol is request and response: an idle connection receives nothing, unless the
    // server is closing it (KILL, shutdown, wait_timeout: an error packet, then end of stream).
    pollfd socket{fd, POLLIN, 0};
    return poll(&socket, 1, 0) == 0;
}

// QMYSQL reads a statement with parameters through buffers it sizes and types from what MariaDB
// described at prepare time. A column made of a parameter (SELECT ?, COALESCE(a, ?)) is described
// there without knowing the value, and again, as it is, once the statement runs. Text read into
// a buffer too short is an error of the driver's; a number read into an integer buffer lost its
// fraction without one (COALESCE(NULL, 2.5) came back as 2): an integer in a column that holds
// no integers is refused, without the value. (A floating-point value, which the client would
// format to the buffer's width, is bound as text: see rawBinding(). Issue 12's driver on MariaDB
// Connector/C, binding after the execution, is the cure.)
static bool isInteger(QMetaType type)
{
    switch (type.id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::UChar:
        return true;
    default:
        return false;
    }
}

// Whether a ? stands before the statement's own FROM (outside quotes and comments, a FROM in
// parentheses being a sub-query's): only then can a column be made of a bound value. The
// library's own statements select columns; this keeps the check off their path.
static bool selectsBoundValue(const QString &sql, const Dialect::Lexicon &lexicon)
{
    const SqlLexer lexer(sql, lexicon);
    QString unclosed;
    int depth = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        if (const qsizetype end = lexer.skipped(i, &unclosed); end >= 0) {
            i = end - 1;
            continue;
        }
        const QChar c = sql.at(i);
        if (c == QLatin1Char('?'))
            return true;
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (depth == 0 && (c == QLatin1Char('F') || c == QLatin1Char('f'))
                 && QStringView(sql).sliced(i).startsWith(u"from", Qt::CaseInsensitive)
                 && (i == 0 || !sql.at(i - 1).isLetterOrNumber()))
            return false;
    }
    return false;
}

void MariaDbDialect::checkFirstRow(QSqlQuery &query) const
{
    if (query.boundValues().isEmpty() || !selectsBoundValue(query.lastQuery(), lexicon()))
        return;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = query.value(i);
        if (value.isNull() || !isInteger(value.metaType()) || isInteger(record.field(i).metaType()))
            continue;
        const QString column = record.fieldName(i);
        query.finish();
        throw DatabaseError(
            QStringLiteral("MariaDB's driver read column \"%1\" as another type than the one it "
                           "has (a column made of a bound value, such as SELECT ? or "
                           "COALESCE(a, ?), is typed before the value is known); give it a type "
                           "with CAST(? AS ...)")
                .arg(column));
    }
}

// The client counts the rows an UPDATE changed; "Rows matched" of its info string counts those
// it reached. The flag that would make the count that (CLIENT_FOUND_ROWS) would also make an
// unchanged upsert's count 1, an insert's, so the count is read here, for UPDATEs only: the
// info of other statements does not start so.
int MariaDbDialect::rowsAffected(QSqlQuery &query) const
{
    using Info = const char *(*)(void *);
    static const auto info = reinterpret_cast<Info>(clientFunction("mysql_info"));
    void *mysql = mysqlOf(query.driver());
    const char *text = info && mysql ? info(mysql) : nullptr;
    static constexpr char matched[] = "Rows matched: ";
    if (text && qstrncmp(text, matched, sizeof(matched) - 1) == 0) {
        char *end = nullptr;
        const long rows = std::strtol(text + sizeof(matched) - 1, &end, 10);
        if (end != text + sizeof(matched) - 1 && rows >= 0 && rows <= INT_MAX)
            return int(rows);
    }
    return query.numRowsAffected();
}

namespace {
// KILL QUERY from a connection of its own: the statement fails with 1317 (interrupted), the
// session stays.
class KillQuery final : public StatementCanceller
{
public:
    KillQuery(const MariaDbDialect &dialect, const SequelizeOptions &options,
              const QString &baseName, qulonglong sessionId)
        : m_dialect(dialect)
        , m_options(options)
        , m_baseName(baseName)
        , m_sessionId(sessionId)
    {
    }

protected:
    void send() override
    {
        static std::atomic<int> killers{0};
        const QString name = m_baseName + QStringLiteral("-kill-%1").arg(++killers);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverFor(m_options), name);
            m_dialect.configure(db, m_options, m_baseName);
            if (db.open()) {
                QSqlQuery kill(db);
                kill.prepare(QStringLiteral("KILL QUERY ?"));
                kill.addBindValue(m_sessionId);
                kill.exec();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    const MariaDbDialect &m_dialect;
    const SequelizeOptions m_options;
    const QString m_baseName;
    const qulonglong m_sessionId;
};
} // namespace

std::shared_ptr<StatementCanceller> MariaDbDialect::canceller(QSqlDatabase &db,
                                                              const SequelizeOptions &options,
                                                              const QString &baseName) const
{
    using ThreadId = unsigned long (*)(void *);
    static const auto threadId = reinterpret_cast<ThreadId>(clientFunction("mysql_thread_id"));
    void *mysql = mysqlOf(db.driver());
    if (!threadId || !mysql)
        return nullptr;
    return std::make_shared<KillQuery>(*this, options, baseName, threadId(mysql));
}

// A multi-row INSERT's generated keys are auto_increment_increment apart, except in the
// interleaved lock mode (innodb_autoinc_lock_mode = 2, Galera's), where statements running at
// the same time take turns. Read once per connection, on its first bulk insert, and kept on
// its driver; a session that changes auto_increment_increment afterwards is not followed.
qint64 MariaDbDialect::insertIdStep(const QSqlDatabase &db) const
{
    static constexpr char property[] = "_qtsequelize_insertIdStep";
    QSqlDriver *driver = db.driver();
    if (!driver)
        return 0;
    const QVariant known = driver->property(property);
    if (known.isValid())
        return known.toLongLong();
    QSqlQuery query(db);
    qint64 step = 0; // unknown: one row at a time, which is always right
    if (query.exec(QStringLiteral("SELECT @@auto_increment_increment, "
                                  "@@innodb_autoinc_lock_mode"))
        && query.next() && query.value(1).toInt() != 2)
        step = qMax<qint64>(1, query.value(0).toLongLong());
    driver->setProperty(property, step);
    return step;
}

} // namespace QtSequelize
