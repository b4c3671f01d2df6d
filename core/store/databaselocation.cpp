#include "databaselocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

namespace grab {
namespace {

const char *const kContext = "grab::DatabaseLocation";

Error bad(const char *sentence, const QString &arg = QString(), const char *reason = "bad_database_url")
{
    QString text = QCoreApplication::translate(kContext, sentence);
    if (text.contains(QLatin1String("%1"))) {
        text = text.arg(arg);
    }
    return makeError(ErrorCode::DatabaseUnusable, text, QString::fromLatin1(reason));
}

// libpq's URI form percent-encodes; a stray '%' that is not followed by two hex digits is an error
// there too.
bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

std::optional<QString> decoded(QStringView part)
{
    for (qsizetype i = 0; i < part.size(); ++i) {
        if (part.at(i) == u'%' && (i + 2 >= part.size() || !isHexDigit(part.at(i + 1)) || !isHexDigit(part.at(i + 2)))) {
            return std::nullopt;
        }
    }
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// The parameters GrabDesk passes on to libpq, and what each may hold. Others are refused, as libpq
// refuses an unknown one: a misspelt "sslmode" must not quietly connect without TLS.
bool knownParameter(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),        QStringLiteral("sslkey"),
                                     QStringLiteral("sslcrl"),         QStringLiteral("connect_timeout"),
                                     QStringLiteral("application_name"), QStringLiteral("keepalives"),
                                     QStringLiteral("keepalives_idle"), QStringLiteral("keepalives_interval"),
                                     QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout")};
    return names.contains(name);
}

bool isWholeNumber(const QString &s)
{
    bool ok = false;
    const int n = s.toInt(&ok);
    return ok && n >= 0 && !s.startsWith(u'+');
}

// A conninfo value in single quotes, as libpq reads it (backslash escapes ' and \).
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\"));
    v.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

} // namespace

QString DatabaseLocation::parameter(const QString &name) const
{
    for (const auto &p : parameters) {
        if (p.first == name) {
            return p.second;
        }
    }
    return {};
}

QString DatabaseLocation::display() const
{
    if (kind == Kind::SqliteFile) {
        return path;
    }
    const auto enc = [](const QString &s) { return QString::fromUtf8(QUrl::toPercentEncoding(s)); };
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        out += enc(user) + u'@';
    }
    // A Unix-socket folder goes in the host parameter, its slashes as they are: "%2F" in the
    // authority is hard to read, and a "%" would trip every message that formats the address.
    const bool socket = host.startsWith(u'/');
    if (!socket) {
        out += host.contains(u':') ? u'[' + host + u']' : enc(host);
    }
    if (port != -1) {
        out += u':' + QString::number(port);
    }
    out += u'/' + enc(database);
    QList<QPair<QString, QString>> shown = parameters;
    if (socket) {
        shown.prepend({QStringLiteral("host"), host});
    }
    for (qsizetype i = 0; i < shown.size(); ++i) {
        out += (i == 0 ? u'?' : u'&') + shown[i].first + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(shown[i].second, "/"));
    }
    return out;
}

QString DatabaseLocation::connectOptions() const
{
    QStringList options;
    for (const auto &p : parameters) {
        options << p.first + u'=' + quoted(p.second);
    }
    return options.join(u';');
}

void DatabaseLocation::configure(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setConnectOptions(connectOptions());
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation loc;
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        if (text.trimmed().isEmpty()) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "No database was given: a file's path or a postgresql:// address."));
        }
        loc.path = text;
        return loc;
    }
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation",
                                     "\"%1://\" is not a database GrabDesk knows: give a file's path, or a postgresql:// address."),
                   text.left(schemeEnd));
    }
    loc.kind = Kind::PostgreSql;
    QStringView rest = QStringView(text).mid(schemeEnd + 3);

    // postgresql://[user@][host][:port][/database][?parameters]
    const qsizetype queryAt = rest.indexOf(u'?');
    const QStringView query = queryAt < 0 ? QStringView() : rest.mid(queryAt + 1);
    rest = queryAt < 0 ? rest : rest.left(queryAt);
    const qsizetype pathAt = rest.indexOf(u'/');
    const QStringView authority = pathAt < 0 ? rest : rest.left(pathAt);
    const QStringView path = pathAt < 0 ? QStringView() : rest.mid(pathAt + 1);

    QStringView hostPort = authority;
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QStringView userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        if (userInfo.contains(u':')) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation",
                                         "A password does not belong in the address: it would show in the process list and the settings. "
                                         "Use ~/.pgpass (mode 0600), the PGPASSWORD variable, or peer or certificate sign-in."),
                       QString(), "password_in_url");
        }
        const auto user = decoded(userInfo);
        if (!user) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "The user name in the address is not well encoded: %1"), userInfo.toString());
        }
        loc.user = *user;
    }
    if (hostPort.contains(u',')) {
        return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "GrabDesk connects to one server: give one host, not %1."), hostPort.toString());
    }
    QStringView portText;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "The IPv6 address in %1 has no closing bracket."), hostPort.toString());
        }
        loc.host = hostPort.mid(1, close - 1).toString();
        const QStringView after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':')) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "Only a port may follow the IPv6 address in %1."), hostPort.toString());
        }
        portText = after.mid(1);
    } else {
        const qsizetype colon = hostPort.lastIndexOf(u':');
        const auto host = decoded(colon < 0 ? hostPort : hostPort.left(colon));
        if (!host) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "The host in the address is not well encoded: %1"), hostPort.toString());
        }
        loc.host = *host;
        portText = colon < 0 ? QStringView() : hostPort.mid(colon + 1);
    }
    if (!portText.isEmpty() || hostPort.endsWith(u':')) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535 || portText.startsWith(u'+')) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "\"%1\" is not a port: a port is a number from 1 to 65535."), portText.toString());
        }
        loc.port = port;
    }
    const auto database = decoded(path);
    if (!database) {
        return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "The database name in the address is not well encoded: %1"), path.toString());
    }
    loc.database = *database;

    for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const auto name = decoded(eq < 0 ? pair : pair.left(eq));
        const auto value = decoded(eq < 0 ? QStringView() : pair.mid(eq + 1));
        if (!name || !value || eq < 0) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "\"%1\" in the address is not a name=value parameter."), pair.toString());
        }
        if (*name == QLatin1String("password") || *name == QLatin1String("sslpassword") || *name == QLatin1String("passfile")) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation",
                                         "A password does not belong in the address: it would show in the process list and the settings. "
                                         "Use ~/.pgpass (mode 0600), the PGPASSWORD variable, or peer or certificate sign-in."),
                       QString(), "password_in_url");
        }
        // libpq takes the host, port, user and database as parameters too (a socket folder is
        // easier to write so); they may not contradict the address itself.
        if (*name == QLatin1String("host") || *name == QLatin1String("user") || *name == QLatin1String("dbname")) {
            QString &field = *name == QLatin1String("host") ? loc.host : *name == QLatin1String("user") ? loc.user : loc.database;
            if (!field.isEmpty() && field != *value) {
                return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "The address gives its %1 twice, differently."), *name);
            }
            field = *value;
            continue;
        }
        if (*name == QLatin1String("port")) {
            bool ok = false;
            const int port = value->toInt(&ok);
            if (!ok || port < 1 || port > 65535 || (loc.port != -1 && loc.port != port)) {
                return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "\"%1\" is not a port: a port is a number from 1 to 65535."), *value);
            }
            loc.port = port;
            continue;
        }
        if (!knownParameter(*name)) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation",
                                         "\"%1\" is not a connection parameter GrabDesk passes on (it knows sslmode, sslrootcert, sslcert, sslkey, "
                                         "sslcrl, connect_timeout, application_name, keepalives… and tcp_user_timeout)."),
                       *name);
        }
        if (*name == QLatin1String("sslmode")) {
            static const QSet<QString> modes{QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                                             QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(*value)) {
                return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation",
                                             "\"%1\" is not an sslmode: disable, allow, prefer, require, verify-ca or verify-full."),
                           *value);
            }
        } else if (name->startsWith(QLatin1String("keepalives")) || *name == QLatin1String("connect_timeout")
                   || *name == QLatin1String("tcp_user_timeout")) {
            if (!isWholeNumber(*value)) {
                return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "%1 must be a whole number."), *name);
            }
        }
        // Qt's driver joins the options with ';' before libpq reads them.
        if (value->contains(u';')) {
            return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "The value of %1 may not contain ';'."), *name);
        }
        loc.parameters.append({*name, *value});
    }
    if (loc.database.isEmpty()) {
        return bad(QT_TRANSLATE_NOOP("grab::DatabaseLocation", "The address names no database: write it after the host, as in postgresql://server/grabdesk."));
    }
    return loc;
}

} // namespace grab

namespace grab {

QString DatabaseLocation::shortName() const
{
    if (!isServer()) {
        return QFileInfo(path).fileName();
    }
    const bool local = host.isEmpty() || host.startsWith(u'/') || host.startsWith(u'@');
    return QCoreApplication::translate("grab::DatabaseLocation", "%1 on %2")
        .arg(database, local ? QCoreApplication::translate("grab::DatabaseLocation", "this computer") : host);
}

} // namespace grab
