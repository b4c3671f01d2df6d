#pragma once

#include <QDate>
#include <QMap>
#include <QString>

#include <optional>

namespace grab {

// A period of whole days in the team's time zone: [from, to).
struct Period
{
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from < to; }
};

// Every figure of PRODUCT.md "Metrics" for one grabber (or, with grabberId 0, the team).
// Undefined rates are nullopt: "—" on screen, an empty CSV cell.
struct GrabberKpis
{
    qint64 grabberId = 0;
    QString name;
    bool active = true;
    qint64 volume = 0; // orders assigned in the period, by assigned time
    qint64 won = 0;    // holdings that ended so in the period, by end time
    qint64 lost = 0;
    qint64 reclaimed = 0;
    qint64 closed() const { return won + lost + reclaimed; }
    std::optional<double> successRate;
    std::optional<double> failureRate;
    qint64 attempts = 0;
    qint64 attemptsWon = 0;
    std::optional<double> hitRate;
    std::optional<double> medianResponseS;
    qint64 revenueMinor = 0;
    std::optional<double> satisfaction; // mean score, with its count beside it
    qint64 feedbackCount = 0;
    qint64 feedbackSum = 0;
    qint64 violations = 0;
    QMap<QString, qint64> violationsByType;
    qint64 workload = 0; // open now, not in the period
};

struct DayFigures
{
    QDate day;
    qint64 volume = 0;
    qint64 won = 0;
    qint64 lost = 0;
    qint64 reclaimed = 0;
    qint64 revenueMinor = 0;
    qint64 attempts = 0;
    qint64 attemptsWon = 0;
    qint64 feedbackSum = 0;
    qint64 feedbackCount = 0;
    qint64 violations = 0;
};

} // namespace grab
