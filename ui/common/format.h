#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace grab::ui {

// How the product's values read on screen, in one place so every page says them the same way.
// Texts go through tr() here; the codes stay in core. Everything follows the default QLocale,
// which LanguageSetup sets at start-up: under zh_CN numbers keep the "," grouping a Chinese
// manager reads in Excel (¥12,345.50, not 1.23万: the board compares exact amounts), dates are
// 2026-11-27 or "11月27日 周五" where short, times are 24-hour, durations "3小时12分" / "2天".
// Nothing here is used for files: a CSV or grabctl's output never changes with the language.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    // ¥12,345.60 — from integer minor units (fen), never through floating point.
    static QString money(qint64 amountMinor);
    // "12,345" with the locale's grouping.
    static QString number(qint64 n);
    // "54.3 %" (zh_CN "54.3%") for 0.543; an undefined rate (nothing to divide by) is "—", never 0 % or NaN.
    static QString percent(std::optional<double> ratio, int decimals = 1);
    // "1 order" or "3 orders": the caller passes both forms through tr(); `many` holds %1.
    static QString counted(qint64 n, const QString &one, const QString &many);
    // The mark for a figure that is undefined in its period.
    static QString undefined() { return QStringLiteral("—"); }
    // "45 s", "12 min", "3 h 05", "2 d 4 h", "2 d" (zh_CN "45秒", "12分钟", "3小时5分", "2天4小时", "2天")
    static QString duration(qint64 ms);
    // "in 12 min" or "overdue 5 min" (zh_CN "12分钟后", "超时5分钟")
    static QString countdown(qint64 msLeft);
    static QString priority(int priority); // "P1"
    static QString tier(Tier tier);
    static QString level(Level level);
    // Who did something, one name for each everywhere (activity, rule history, reviews): the
    // window's own actions "Manager" (主管), grabctl, the rules service, the demo; a login or
    // person as stored.
    static QString actor(const QString &actor);
    static QString status(GrabberStatus status);
    static QString state(OrderState state);
    // The human sentence for a reason code of a refusal or a decision (core's reason:: codes,
    // order_<state>, no_eligible_grabber, dispatch factors); the code itself when unknown.
    static QString reason(const QString &code);
    // A violation's type code as shown (no_follow_up -> "no follow-up"); a manager's own type
    // with its underscores as spaces.
    static QString violationType(const QString &code);
    // A violation's severity code (low, medium, high) as shown; an unknown code as written.
    static QString severity(const QString &code);
    // A grab window's label as shown: the default rules' labels ("Morning peak", "Day", stored
    // in English like every rule) in the language on screen, a manager's own label as written.
    static QString windowLabel(const QString &label);
    // Why an order is coloured as ageing (core's AgeingAssessment::why).
    static QString ageingReason(const QString &why);
    // "14:05:09" today, "Wed 14:05" (zh_CN "周三 14:05") this week, else "2026-11-20 14:05", in local time.
    static QString when(qint64 epochMs, qint64 nowMs);
    // "2026-11-27" in every language (sorts, and is what the team writes in Excel).
    static QString date(const QDate &date);
    // "Fri 27 Nov" (zh_CN "11月27日 周五") where space is short.
    static QString shortDate(const QDate &date);
    // "November 2026" (zh_CN "2026年11月"): a target's or a leaderboard's month.
    static QString month(const QDate &date);
    // "Fri 14:05" (zh_CN "周五 14:05"): a moment within the coming or past week.
    static QString dayTime(const QDateTime &at);
    // "14:05", 24-hour in every language.
    static QString time(const QDateTime &at);
    // "2026-11-27 14:05:09"
    static QString dateTime(const QDateTime &at);
};

} // namespace grab::ui
