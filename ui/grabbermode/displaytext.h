#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace grab::ui {

// How grabber mode words the figures core computes: amounts with thousands separators, tiers,
// levels, durations and countdowns, and a refusal's reason code as a short label. Only
// wording: no decision is made here.
class DisplayText final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    // 123456789 -> "1,234,567.89" (the locale's separators; always two decimals; integer maths).
    static QString amount(qint64 minor);
    static QString tier(Tier tier);
    static QString level(Level level);
    static QString status(GrabberStatus status);
    // How long something has waited: "45 s", "12 min", "2 h 05 min", "3 d 4 h".
    static QString duration(qint64 ms);
    // Time left, ticking: "0:04:31", "7:59:12", "2 d 3 h"; "passed" at or below zero.
    static QString countdown(qint64 ms);
    // A refusal's reason code (eligibility.h) as a few words for a table cell:
    // "Reserved for senior and above", "Only for named grabbers", "Daily cap reached".
    static QString reasonLabel(const QString &reasonCode, std::optional<Level> neededLevel);
};

} // namespace grab::ui
