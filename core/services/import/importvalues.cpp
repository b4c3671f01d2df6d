#include "importvalues.h"

#include "base/money.h"

#include <QDateTime>
#include <QRegularExpression>

namespace grab::importvalues {

std::optional<Level> level(const QString &cell)
{
    if (cell == QStringLiteral("初级")) {
        return Level::Junior;
    }
    if (cell == QStringLiteral("高级")) {
        return Level::Senior;
    }
    if (cell == QStringLiteral("组长")) {
        return Level::Lead;
    }
    return levelFromString(cell.toLower());
}

std::optional<GrabberStatus> status(const QString &cell)
{
    if (cell == QStringLiteral("在职")) {
        return GrabberStatus::Active;
    }
    if (cell == QStringLiteral("休假")) {
        return GrabberStatus::OnLeave;
    }
    if (cell == QStringLiteral("停用") || cell == QStringLiteral("暂停")) {
        return GrabberStatus::Suspended;
    }
    return statusFromString(cell.toLower());
}

std::optional<Tier> tier(const QString &cell)
{
    if (cell == QStringLiteral("重点")) {
        return Tier::Key;
    }
    if (cell == QStringLiteral("普通")) {
        return Tier::Regular;
    }
    return tierFromString(cell.toLower());
}

QStringList list(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[;|,、，；]"));
    QStringList out;
    for (const QString &item : cell.split(separators)) {
        const QString t = item.trimmed();
        if (!t.isEmpty() && !out.contains(t)) {
            out.append(t);
        }
    }
    return out;
}

std::optional<QDate> date(const QString &cell)
{
    QDate d = QDate::fromString(cell, Qt::ISODate);
    if (!d.isValid()) {
        d = QDate::fromString(cell, QStringLiteral("yyyy/M/d"));
    }
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<qint64> instant(const QString &cell, const QTimeZone &zone)
{
    QDateTime t = QDateTime::fromString(cell, Qt::ISODateWithMs);
    if (!t.isValid()) {
        for (const char *format : {"yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-MM-dd H:mm:ss", "yyyy-MM-dd H:mm"}) {
            t = QDateTime::fromString(cell, QString::fromLatin1(format));
            if (t.isValid()) {
                break;
            }
        }
    }
    if (!t.isValid()) {
        return std::nullopt;
    }
    if (t.timeSpec() == Qt::LocalTime) { // no offset written: the team's wall clock
        t = QDateTime(t.date(), t.time(), zone);
    }
    return t.toMSecsSinceEpoch();
}

QString formatInstant(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate);
}

std::optional<qint64> amount(const QString &cell)
{
    QString t = cell;
    if (t.startsWith(u'¥') || t.startsWith(u'￥')) {
        t.remove(0, 1);
    }
    // Thousands separators only where they group three digits (12,000.50), never a decimal comma.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})+(\\.\\d*)?$"));
    if (grouped.match(t).hasMatch()) {
        t.remove(u',');
    }
    return parseMajorUnits(t.trimmed());
}

} // namespace grab::importvalues
