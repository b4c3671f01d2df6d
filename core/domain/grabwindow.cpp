#include "grabwindow.h"

#include <QJsonArray>

#include <algorithm>

namespace grab {

bool GrabWindow::contains(int weekday, int minuteOfDay) const
{
    if (startMinute < endMinute) {
        return weekdays.contains(weekday) && minuteOfDay >= startMinute && minuteOfDay < endMinute;
    }
    // Runs past midnight: the late part on the starting day, the early part on the next day.
    const int previous = weekday == 1 ? 7 : weekday - 1;
    return (weekdays.contains(weekday) && minuteOfDay >= startMinute)
           || (weekdays.contains(previous) && minuteOfDay < endMinute);
}

std::optional<int> parseMinuteOfDay(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() != 2 || parts[0].isEmpty() || parts[0].size() > 2 || parts[1].size() != 2) {
        return std::nullopt;
    }
    bool okH = false;
    bool okM = false;
    const int h = parts[0].toInt(&okH);
    const int m = parts[1].toInt(&okM);
    if (!okH || !okM || h < 0 || m < 0 || m > 59 || h > 24 || (h == 24 && m != 0)) {
        return std::nullopt;
    }
    return h * 60 + m;
}

QString formatMinuteOfDay(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QChar(u'0')).arg(minute % 60, 2, 10, QChar(u'0'));
}

QJsonObject GrabWindow::toJson() const
{
    QJsonArray days;
    for (int d : weekdays) {
        days.append(d);
    }
    return QJsonObject{{QStringLiteral("days"), days},
                       {QStringLiteral("start"), formatMinuteOfDay(startMinute)},
                       {QStringLiteral("end"), formatMinuteOfDay(endMinute)},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("peak"), peak}};
}

std::optional<GrabWindow> GrabWindow::fromJson(const QJsonObject &json, QString *why)
{
    GrabWindow w;
    const QJsonValue days = json.value(QStringLiteral("days"));
    if (!days.isArray() || days.toArray().isEmpty()) {
        *why = QStringLiteral("a grab window needs \"days\": a list of weekdays 1 (Monday) to 7 (Sunday)");
        return std::nullopt;
    }
    for (const QJsonValue &d : days.toArray()) {
        const int day = d.toInt(0);
        if (!d.isDouble() || day < 1 || day > 7 || d.toDouble() != day) {
            *why = QStringLiteral("grab window days must be whole numbers from 1 (Monday) to 7 (Sunday)");
            return std::nullopt;
        }
        if (!w.weekdays.contains(day)) {
            w.weekdays.append(day);
        }
    }
    std::sort(w.weekdays.begin(), w.weekdays.end());
    const auto start = parseMinuteOfDay(json.value(QStringLiteral("start")).toString());
    const auto end = parseMinuteOfDay(json.value(QStringLiteral("end")).toString());
    if (!start || !end || *start == 1440) {
        *why = QStringLiteral("a grab window needs \"start\" and \"end\" as HH:MM (00:00 to 24:00)");
        return std::nullopt;
    }
    if (*start == *end) {
        *why = QStringLiteral("a grab window's start and end must differ");
        return std::nullopt;
    }
    w.startMinute = *start;
    w.endMinute = *end == 0 ? 1440 : *end;
    w.label = json.value(QStringLiteral("label")).toString();
    w.peak = json.value(QStringLiteral("peak")).toBool(false);
    return w;
}

} // namespace grab
