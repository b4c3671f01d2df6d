#pragma once

#include "domain/periodpreset.h"

#include <QCoreApplication>
#include <QString>

namespace grab::ui {

// How a period reads on screen, in the user's language: the presets' names, its days, and what
// a change is measured against. The periods themselves are core's (domain/periodpreset).
class PeriodText final
{
    Q_DECLARE_TR_FUNCTIONS(PeriodText)

public:
    static QString presetName(PeriodPreset preset);
    // "2026-11-01 – 2026-11-30": the days of [from, to), inclusive of both shown ends.
    static QString rangeText(const Period &period);
    // What a change is against, for the cards: "vs last month", "vs the 10 days before".
    static QString versus(const periods::Resolved &period);
};

} // namespace grab::ui
