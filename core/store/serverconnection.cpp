#include "serverconnection.h"

#include "sql.h"
#include "serverwatch.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QSqlError>
#include <QStringList>

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace grab {
namespace {

const char *const kContext = "grab::ServerConnection";

// All markers filled in one pass: an address holds '%' signs of its own ("%2Ftmp").
Error failure(const char *sentence, const QString &a, const QString &b, const QString &c = QString())
{
    const QString pattern = QCoreApplication::translate(kContext, sentence);
    const QString text = pattern.contains(QLatin1String("%3")) ? pattern.arg(a, b, c) : pattern.arg(a, b);
    return makeError(ErrorCode::DatabaseUnusable, text, QStringLiteral("server_unreachable"));
}

bool isNumericAddress(const QString &host)
{
    const QByteArray h = host.toLatin1();
    unsigned char buffer[sizeof(in6_addr)];
    return inet_pton(AF_INET, h.constData(), buffer) == 1 || inet_pton(AF_INET6, h.constData(), buffer) == 1;
}

// The name's first address, looked up on a thread of its own: getaddrinfo() has no timeout, and
// libpq's connect_timeout does not cover it. A look-up that outlives `seconds` is left to finish
// on its own; its answer is dropped.
struct Lookup
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    QString address; // empty: no address
    QString error;
};

std::optional<std::shared_ptr<Lookup>> lookUp(const QString &host, int seconds)
{
    auto lookup = std::make_shared<Lookup>();
    std::thread([lookup, name = host.toUtf8()] {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo *found = nullptr;
        const int rc = getaddrinfo(name.constData(), nullptr, &hints, &found);
        QString address;
        QString error;
        if (rc == 0 && found) {
            char text[INET6_ADDRSTRLEN] = {};
            const void *raw = found->ai_family == AF_INET6 ? static_cast<const void *>(&reinterpret_cast<sockaddr_in6 *>(found->ai_addr)->sin6_addr)
                                                           : static_cast<const void *>(&reinterpret_cast<sockaddr_in *>(found->ai_addr)->sin_addr);
            if (inet_ntop(found->ai_family, raw, text, sizeof text)) {
                address = QString::fromLatin1(text);
            }
        } else {
            error = QString::fromLocal8Bit(gai_strerror(rc));
        }
        if (found) {
            freeaddrinfo(found);
        }
        std::lock_guard lock(lookup->mutex);
        lookup->finished = true;
        lookup->address = address;
        lookup->error = error;
        lookup->done.notify_all();
    }).detach();
    std::unique_lock lock(lookup->mutex);
    if (!lookup->done.wait_for(lock, std::chrono::seconds(seconds), [&] { return lookup->finished; })) {
        return std::nullopt;
    }
    return lookup;
}

void setDefault(DatabaseLocation &loc, const QString &name, const QString &value)
{
    if (loc.parameter(name).isEmpty()) {
        loc.parameters.append({name, value});
    }
}

void setValue(DatabaseLocation &loc, const QString &name, const QString &value)
{
    for (auto &p : loc.parameters) {
        if (p.first == name) {
            p.second = value;
            return;
        }
    }
    loc.parameters.append({name, value});
}

// libpq's message, first line only: the rest is advice ("Is the server running…") that the
// sentence around it gives better.
QString firstLine(const QSqlError &e)
{
    QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    text = text.section(u'\n', 0, 0).trimmed();
    if (text.endsWith(u'.')) {
        text.chop(1);
    }
    return text;
}

} // namespace

Result<QSqlDatabase> openServerConnection(const DatabaseLocation &location, const QString &connectionName, const QString &password)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(ErrorCode::DatabaseUnusable,
                         QCoreApplication::translate("grab::ServerConnection", "Qt's PostgreSQL driver is not installed (Debian's package libqt6sql6-psql)."),
                         QStringLiteral("no_postgresql_driver"));
    }
    QElapsedTimer clock;
    clock.start();
    DatabaseLocation effective = location;
    const bool socket = location.host.isEmpty() || location.host.startsWith(u'/') || location.host.startsWith(u'@');
    if (!socket && !isNumericAddress(location.host)) {
        const auto lookup = lookUp(location.host, kServerLookupSeconds);
        if (!lookup) {
            return failure(QT_TRANSLATE_NOOP("grab::ServerConnection", "Cannot connect to %1: the name %2 did not resolve within %3 s."),
                           location.display(), location.host, QString::number(kServerLookupSeconds));
        }
        if ((*lookup)->address.isEmpty()) {
            return failure(QT_TRANSLATE_NOOP("grab::ServerConnection", "Cannot connect to %1: there is no server named %2 (%3)."),
                           location.display(), location.host, (*lookup)->error);
        }
        setValue(effective, QStringLiteral("hostaddr"), (*lookup)->address);
    }
    // What is left of the five seconds, less one for what libpq does around its clock, bounds
    // the connection and sign-in (2 s at the least, libpq's own floor); an address may ask for
    // less.
    const int left = std::max(2, kServerConnectSeconds - 1 - int((clock.elapsed() + 999) / 1000));
    const int asked = location.parameter(QStringLiteral("connect_timeout")).toInt();
    setValue(effective, QStringLiteral("connect_timeout"), QString::number(asked > 0 ? std::min(asked, left) : left));
    if (!socket) {
        setDefault(effective, QStringLiteral("tcp_user_timeout"), QString::number(kServerTcpUserTimeoutMs));
        setDefault(effective, QStringLiteral("keepalives"), QStringLiteral("1"));
        setDefault(effective, QStringLiteral("keepalives_idle"), QStringLiteral("5"));
        setDefault(effective, QStringLiteral("keepalives_interval"), QStringLiteral("2"));
        setDefault(effective, QStringLiteral("keepalives_count"), QStringLiteral("2"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    effective.configure(db);
    if (!password.isEmpty()) {
        db.setPassword(password);
    }
    if (!db.open()) {
        const Error e = connectionFailure(location.display(), db.lastError());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return e;
    }
    serverwatch::watch(db);
    return db;
}

Error connectionFailure(const QString &display, const QSqlError &error)
{
    return failure(QT_TRANSLATE_NOOP("grab::ServerConnection", "Cannot connect to %1: %2."), display, firstLine(error));
}

Result<bool> ensureServerDatabase(const DatabaseLocation &location)
{
    DatabaseLocation maintenance = location;
    maintenance.database = QStringLiteral("postgres");
    const QString connection = QStringLiteral("grabdesk-server-admin");
    Result<bool> result = false;
    {
        auto db = openServerConnection(maintenance, connection);
        if (!db) {
            return db.error();
        }
        const QString doing = QStringLiteral("looking for the database %1").arg(location.database);
        auto exists = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = ?"), {location.database}, doing);
        if (!exists) {
            result = exists.error();
        } else if (exists->toInt() == 0) {
            // The name is quoted as an identifier: any name PostgreSQL allows, nothing more.
            QString name = location.database;
            name.replace(u'"', QStringLiteral("\"\""));
            QSqlQuery q(*db);
            if (q.exec(QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name))) {
                result = true;
            } else if (q.lastError().nativeErrorCode() == QLatin1String("42501")) {
                result = makeError(ErrorCode::DatabaseUnusable,
                                   QCoreApplication::translate("grab::Database", "The login %1 may not create databases on %2: ask the server's administrator "
                                                                               "to run \"createdb -O %1 %3\" there, then run this again.")
                                       .arg(location.user.isEmpty() ? qEnvironmentVariable("USER") : location.user, location.display(), location.database),
                                   QStringLiteral("permission_denied"));
            } else {
                result = errorFromSql(q.lastError(), QStringLiteral("creating the database %1").arg(location.database));
            }
        }
        serverwatch::forget(*db);
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace grab
