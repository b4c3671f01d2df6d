#pragma once

#include "kpis.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace grab {

// One violation of the quarter as the review saw it when the cycle was opened: what a penalty
// decision is shown beside.
struct ReviewViolation
{
    qint64 id = 0;
    qint64 at = 0; // epoch ms, UTC
    QString type;
    QString severity;
    QString source; // auto | manual
    std::optional<qint64> orderId;
    QString note;           // as stored: English for an automatic violation
    QJsonObject notePhrase; // an automatic note's phrase (Phrase::toJson), empty for a manual one
    // The note for a screen or a sheet: the phrase in the user's language, else the note.
    QString shownNote() const;
};

// A grabber's KPIs for the quarter, frozen when the cycle opens (review_entries.kpi_snapshot).
// Later edits to orders, feedback or violations leave it as it is.
struct ReviewSnapshot
{
    GrabberKpis kpis; // every figure of PRODUCT.md "Metrics" for the quarter (workload: at opening)
    QString level;
    QString team;
    QList<ReviewViolation> violations; // the quarter's, oldest first
    Period period;
    qint64 takenAt = 0;
    int ruleVersion = 0;

    // Undefined figures are JSON null, money is yuan text and minor units, rates fractions.
    QJsonObject toJson() const;
    static ReviewSnapshot fromJson(const QJsonObject &json);
};

} // namespace grab
