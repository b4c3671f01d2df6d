#include "dashboardalerts.h"

#include "domain/periodpreset.h"
#include "services/grab/quotaledger.h"
#include "services/rules/ruleservice.h"
#include "store/readsnapshot.h"
#include "services/team/violationservice.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace grab {
namespace {

// "64.7 %" in English (as grabctl prints it), "64.7%" where a translation writes it so.
QString percent(double rate)
{
    return QCoreApplication::translate("grab::DashboardAlerts", "%1 %", "a percentage").arg(QString::number(rate * 100.0, 'f', 1));
}

QString who(const GrabberKpis &k)
{
    return k.grabberId ? k.name : QCoreApplication::translate("grab::DashboardAlerts", "The team");
}

std::optional<qint64> idOf(const GrabberKpis &k)
{
    return k.grabberId ? std::optional<qint64>(k.grabberId) : std::nullopt;
}

} // namespace

QString toString(Alert::Kind kind)
{
    switch (kind) {
    case Alert::Kind::StarvingVip:
        return QStringLiteral("starving_vip");
    case Alert::Kind::SuccessDrop:
        return QStringLiteral("success_drop");
    case Alert::Kind::FailureHigh:
        return QStringLiteral("failure_high");
    case Alert::Kind::RepeatedViolations:
        return QStringLiteral("repeated_violations");
    case Alert::Kind::Overload:
        return QStringLiteral("overload");
    }
    return QString();
}

QString toString(Alert::Severity severity)
{
    return severity == Alert::Severity::Critical ? QStringLiteral("critical") : QStringLiteral("warning");
}

QList<Alert> DashboardAlerts::rateAlerts(const QList<GrabberKpis> &now, const QList<GrabberKpis> &before,
                                         const GrabberKpis &team, const Period &period, const Period &previous,
                                         const AlertThresholds &t)
{
    QHash<qint64, const GrabberKpis *> earlier;
    for (const GrabberKpis &k : before) {
        earlier.insert(k.grabberId, &k);
    }
    QList<Alert> out;
    for (const GrabberKpis &k : now) {
        const DrillDown::Key closed{DrillDown::Figure::Closed, period, idOf(k), -1, std::nullopt};
        const GrabberKpis *b = earlier.value(k.grabberId);
        if (b && k.closed() >= t.minClosed && b->closed() >= t.minClosed && k.successRate && b->successRate) {
            const double drop = (*b->successRate - *k.successRate) * 100.0;
            if (drop >= t.successDropPoints) {
                Alert a;
                a.kind = Alert::Kind::SuccessDrop;
                a.severity = drop >= t.criticalSuccessDropPoints ? Alert::Severity::Critical : Alert::Severity::Warning;
                a.grabberId = idOf(k);
                a.grabberName = k.grabberId ? k.name : QString();
                a.value = *k.successRate;
                a.previous = *b->successRate;
                a.threshold = t.successDropPoints;
                a.sentence = QCoreApplication::translate("grab::DashboardAlerts",
                                                         "%1: success rate %2 in %3 (%4 closed), down %5 points from %6 in %7 (%8 "
                                                         "closed); the alert is at %9 points.")
                                 .arg(who(k), percent(*k.successRate), periods::shownLabel(period))
                                 .arg(k.closed())
                                 .arg(drop, 0, 'f', 1)
                                 .arg(percent(*b->successRate), periods::shownLabel(previous))
                                 .arg(b->closed())
                                 .arg(t.successDropPoints, 0, 'f', 0);
                a.drillDown = closed;
                out.append(a);
            }
        }
        if (k.closed() < t.minClosed || !k.failureRate) {
            continue;
        }
        const QString counts = QCoreApplication::translate("grab::DashboardAlerts", "%1 lost and %2 reclaimed of %3 closed").arg(k.lost).arg(k.reclaimed).arg(k.closed());
        if (k.grabberId == 0) { // the team: against a rate, there is nobody to compare it with
            if (*k.failureRate < t.teamFailureRate) {
                continue;
            }
            Alert a;
            a.kind = Alert::Kind::FailureHigh;
            a.severity = *k.failureRate >= t.criticalTeamFailureRate ? Alert::Severity::Critical : Alert::Severity::Warning;
            a.value = *k.failureRate;
            a.threshold = t.teamFailureRate;
            a.sentence = QCoreApplication::translate("grab::DashboardAlerts", "The team: failure rate %1 in %2 (%3); the alert is at %4.")
                             .arg(percent(*k.failureRate), periods::shownLabel(period), counts, percent(t.teamFailureRate));
            a.drillDown = closed;
            out.append(a);
            continue;
        }
        if (!team.failureRate) {
            continue;
        }
        const double above = (*k.failureRate - *team.failureRate) * 100.0;
        if (above < t.failureAboveTeamPoints) {
            continue;
        }
        Alert a;
        a.kind = Alert::Kind::FailureHigh;
        a.severity = above >= t.criticalFailureAboveTeamPoints ? Alert::Severity::Critical : Alert::Severity::Warning;
        a.grabberId = k.grabberId;
        a.grabberName = k.name;
        a.value = *k.failureRate;
        a.previous = *team.failureRate;
        a.threshold = t.failureAboveTeamPoints;
        a.sentence = QCoreApplication::translate("grab::DashboardAlerts",
                                                 "%1: failure rate %2 in %3 (%4), %5 points above the team's %6; the alert is at "
                                                 "%7 points above the team.")
                         .arg(k.name, percent(*k.failureRate), periods::shownLabel(period), counts)
                         .arg(above, 0, 'f', 1)
                         .arg(percent(*team.failureRate))
                         .arg(t.failureAboveTeamPoints, 0, 'f', 0);
        a.drillDown = closed;
        out.append(a);
    }
    return out;
}

Result<QList<Alert>> DashboardAlerts::liveAlerts(std::optional<qint64> grabberId, bool withPool)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    const qint64 now = m_ctx.clock.nowMs();
    auto quotas = QuotaLedger::teamIn(db, *rules, now);
    if (!quotas) {
        return quotas.error();
    }
    QHash<qint64, QString> names;
    QList<Alert> out;
    for (const Quota &q : *quotas) {
        names.insert(q.grabberId, q.name);
        if ((grabberId && q.grabberId != *grabberId) || q.workloadCap <= 0 || q.openWorkload < q.workloadCap) {
            continue;
        }
        Alert a;
        a.kind = Alert::Kind::Overload;
        a.severity = q.openWorkload > q.workloadCap ? Alert::Severity::Critical : Alert::Severity::Warning;
        a.grabberId = q.grabberId;
        a.grabberName = q.name;
        a.value = q.openWorkload;
        a.threshold = q.workloadCap;
        a.sentence =
            q.openWorkload > q.workloadCap
                ? QCoreApplication::translate("grab::DashboardAlerts",
                                              "%1 holds %2 open orders, over the cap of %3: new grabs and dispatches are refused.")
                      .arg(q.name)
                      .arg(q.openWorkload)
                      .arg(q.workloadCap)
                : QCoreApplication::translate("grab::DashboardAlerts",
                                              "%1 holds %2 open orders, at the cap of %3: new grabs and dispatches are refused "
                                              "until one closes.")
                      .arg(q.name)
                      .arg(q.openWorkload)
                      .arg(q.workloadCap);
        a.drillDown = DrillDown::Key{DrillDown::Figure::Workload, Period{}, q.grabberId, -1, std::nullopt};
        out.append(a);
    }

    auto flags = ViolationService(m_ctx).escalated();
    if (!flags) {
        return flags.error();
    }
    const int count = rules->violations.escalateCount;
    const int days = rules->violations.escalateDays;
    const qint64 since = now - qint64(days) * 24 * 3600 * 1000;
    for (const ViolationService::Flag &f : *flags) {
        if (grabberId && f.grabberId != *grabberId) {
            continue;
        }
        Alert a;
        a.kind = Alert::Kind::RepeatedViolations;
        a.severity = f.count >= 2 * count ? Alert::Severity::Critical : Alert::Severity::Warning;
        a.grabberId = f.grabberId;
        a.grabberName = names.value(f.grabberId);
        a.value = f.count;
        a.threshold = count;
        a.sentence =
            QCoreApplication::translate("grab::DashboardAlerts",
                                        "%1 has %2 violations in the last %3 days; the rules escalate at %4 within %3 days.")
                .arg(a.grabberName)
                .arg(f.count)
                .arg(days)
                .arg(count);
        // ViolationService counts (now - days, now]: as instants, [since + 1 ms, now + 1 ms).
        a.drillDown =
            DrillDown::Key{DrillDown::Figure::Violations, Period{}, f.grabberId, -1, std::pair{since + 1, now + 1}};
        out.append(a);
    }

    if (withPool) {
        const DrillDown::Key key{DrillDown::Figure::StarvingVip, Period{}, std::nullopt, -1, std::nullopt};
        auto starving = DrillDown(m_ctx).rows(key);
        if (!starving) {
            return starving.error();
        }
        if (starving->total > 0) {
            Alert a;
            a.kind = Alert::Kind::StarvingVip;
            a.severity = Alert::Severity::Critical;
            qint64 oldest = now;
            for (const DrillDown::Row &r : starving->rows) {
                a.orderIds.append(r.id);
                oldest = std::min(oldest, r.atMs);
            }
            a.value = double(starving->total);
            // Two sentences rather than a plural: English needs "is"/"are"; zh_CN translates both alike.
            a.sentence = (starving->total == 1
                              ? QCoreApplication::translate("grab::DashboardAlerts",
                                                            "%1 VIP order is starving in the pool (due for dispatch, or past 80 % of "
                                                            "the time to the grab deadline); the longest has waited %2 min.")
                              : QCoreApplication::translate("grab::DashboardAlerts",
                                                            "%1 VIP orders are starving in the pool (due for dispatch, or past 80 % of "
                                                            "the time to the grab deadline); the longest has waited %2 min."))
                             .arg(starving->total)
                             .arg((now - oldest) / 60000);
            a.drillDown = key;
            out.append(a);
        }
    }
    return out;
}

void DashboardAlerts::sort(QList<Alert> &alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        if (a.severity != b.severity) {
            return a.severity == Alert::Severity::Critical;
        }
        if (a.kind != b.kind) {
            return int(a.kind) < int(b.kind);
        }
        return a.grabberId.value_or(0) < b.grabberId.value_or(0);
    });
}

} // namespace grab
