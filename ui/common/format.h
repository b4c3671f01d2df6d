#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace grab::ui {

// How the product's values read on screen, in one place so every page says them the same way.
// Texts go through tr() here; the codes stay in core.
class Format final
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    // ¥12,345.60 — from integer minor units (fen), never through floating point.
    static QString money(qint64 amountMinor);
    // "54.3 %" for 0.543; an undefined rate (nothing to divide by) is "—", never 0 % or NaN.
    static QString percent(std::optional<double> ratio, int decimals = 1);
    // "1 order" or "3 orders": the caller passes both forms through tr(); `many` holds %1.
    static QString counted(qint64 n, const QString &one, const QString &many);
    // The mark for a figure that is undefined in its period.
    static QString undefined() { return QStringLiteral("—"); }
    // "45 s", "12 min", "3 h 05", "2 d 4 h"
    static QString duration(qint64 ms);
    // "in 12 min" or "overdue 5 min"
    static QString countdown(qint64 msLeft);
    static QString priority(int priority); // "P1"
    static QString tier(Tier tier);
    static QString level(Level level);
    static QString status(GrabberStatus status);
    static QString state(OrderState state);
    // The human sentence for a reason code of a refusal or a decision (core's reason:: codes,
    // order_<state>, no_eligible_grabber, dispatch factors); the code itself when unknown.
    static QString reason(const QString &code);
    // Why an order is coloured as ageing (core's AgeingAssessment::why).
    static QString ageingReason(const QString &why);
    // "14:05:09" today, "Wed 14:05" this week, else "2026-11-20 14:05", in local time.
    static QString when(qint64 epochMs, qint64 nowMs);
};

} // namespace grab::ui
