#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace grab::ui {

// One event of the log told as a sentence a manager reads at a glance, with its kind (for
// the icon colour and the feed's filter) and the full why in the tooltip.
struct EventDescription
{
    enum class Kind {
        Win, LostRace, Refused, Dispatch, Reclaim, Close, Publish, Rule, Other,
        Unplaced, // a dispatch that found nobody eligible: retried by the sweep, in bulk when the team is full
    };
    Kind kind = Kind::Other;
    QString text;    // "张伟 grabbed #1042 · 华为 · ¥12,000.00"
    QString details; // the reason and the figures behind it
};

class EventDescriber final
{
    Q_DECLARE_TR_FUNCTIONS(EventDescriber)

public:
    // What the describer knows of names: grabbers by id, and a short label per order
    // ("#1042 · 华为 · ¥12,000.00") for orders it has seen.
    QHash<qint64, QString> grabberNames;
    QHash<qint64, QString> orderLabels;

    EventDescription describe(const Event &e) const;
    // Whether the feed shows it at all: follow-ups, reclaim warnings, feedback and failed
    // dispatches are routine noise there (each order's history in the details panel has them).
    static bool isNoteworthy(const Event &e);

private:
    QString grabber(const std::optional<qint64> &id) const;
    QString order(const std::optional<qint64> &id) const;
};

} // namespace grab::ui
