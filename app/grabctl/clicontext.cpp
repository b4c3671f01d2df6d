#include "clicontext.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace grab::cli {

Database *CliContext::database(Database::Mode mode)
{
    if (m_db) {
        return m_db.get();
    }
    QString path = dbPath;
    if (path.isEmpty()) {
        path = Database::defaultPath();
        if (mode == Database::Mode::OpenOrCreate) {
            QDir().mkpath(QFileInfo(path).absolutePath()); // the default folder is ours to create
        }
    }
    Database::Options options;
    options.mode = mode;
    auto db = Database::open(path, options);
    if (!db) {
        m_openError = db.error();
        return nullptr;
    }
    m_db = std::move(*db);
    return m_db.get();
}

const Clock &CliContext::clock() const
{
    return m_fixedClock ? static_cast<const Clock &>(*m_fixedClock) : m_systemClock;
}

Context CliContext::serviceContext()
{
    if (nowMs && !m_fixedClock) {
        m_fixedClock = std::make_unique<FixedClock>(*nowMs);
    }
    return Context{*m_db, clock(), QStringLiteral("grabctl")};
}

int CliContext::fail(const Error &error)
{
    // The sentence may quote what was typed or read ("no customer named ..."): still one line.
    if (error.code == ErrorCode::Refused && !error.reason.isEmpty()) {
        m_err << "grabctl: refused (" << error.reason << "): " << printable(error.message) << Qt::endl;
    } else {
        m_err << "grabctl: " << printable(error.message) << Qt::endl;
    }
    if (json) {
        QJsonObject o{{QStringLiteral("ok"), false},
                      {QStringLiteral("error"), errorCodeName(error.code)},
                      {QStringLiteral("message"), error.message},
                      {QStringLiteral("exitCode"), exitCodeFor(error.code)}};
        if (!error.reason.isEmpty()) {
            o.insert(QStringLiteral("reason"), error.reason);
        }
        printJson(o);
    }
    return exitCodeFor(error.code);
}

int CliContext::usage(const QString &message)
{
    return fail(makeError(ErrorCode::Usage, message + QStringLiteral(" (see grabctl --help)")));
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return id;
}

std::optional<QList<qint64>> parseIdList(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto id = parseId(part);
        if (!id) {
            return std::nullopt;
        }
        if (!ids.contains(*id)) {
            ids.append(*id);
        }
    }
    if (ids.isEmpty()) {
        return std::nullopt;
    }
    return ids;
}

QStringList parseList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            out.append(part.trimmed());
        }
    }
    return out;
}

std::optional<qint64> parseNow(const QString &text)
{
    // ISO-8601: a date, or a date and time with an optional offset (Z, +08:00). Without an
    // offset the time is the computer's local time.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?)?$)"));
    const QString t = text.trimmed();
    if (!shape.match(t).hasMatch()) {
        return std::nullopt;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        if (t.size() != 10) {
            return std::nullopt; // a time that is not one (25:00, +08:99): never fall back to midnight
        }
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid()) {
            return std::nullopt;
        }
        dt = QDateTime(d, QTime(0, 0));
    }
    // A team's clock lives in this century: a year like 9999 or 1900 is a typo, and times computed
    // from it (deadlines, periods) would leave what the exports and the review can write.
    if (dt.date().year() < kEarliestYear || dt.date().year() >= kLatestYear) {
        return std::nullopt;
    }
    return dt.toMSecsSinceEpoch();
}

} // namespace grab::cli
