#include "reviewtext.h"

#include "common/format.h"

#include <QDateTime>
#include <QStringList>

namespace grab::ui {

QString ReviewText::state(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft: return tr("Draft", "review state");
    case ReviewState::Open: return tr("Open", "review state");
    case ReviewState::Scoring: return tr("Scoring", "review state");
    case ReviewState::Approved: return tr("Approved", "review state");
    case ReviewState::Locked: return tr("Locked", "review state");
    }
    return {};
}

QString ReviewText::kind(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Bonus: return tr("Bonus");
    case DecisionKind::Honour: return tr("Honour or title");
    case DecisionKind::Promotion: return tr("Promotion recommendation");
    case DecisionKind::Training: return tr("Training");
    case DecisionKind::BonusDeduction: return tr("Bonus deduction");
    case DecisionKind::Reassignment: return tr("Reassignment");
    }
    return {};
}

QString ReviewText::kpi(ReviewKpi kpi)
{
    switch (kpi) {
    case ReviewKpi::SuccessRate: return tr("Success rate");
    case ReviewKpi::FailureRate: return tr("Failure rate");
    case ReviewKpi::Won: return tr("Won");
    case ReviewKpi::Revenue: return tr("Revenue");
    case ReviewKpi::Satisfaction: return tr("Satisfaction");
    case ReviewKpi::MedianResponse: return tr("Median response");
    case ReviewKpi::Violations: return tr("Violations");
    }
    return {};
}

QString ReviewText::category(const QString &code)
{
    if (code == QLatin1String("sales_skills")) {
        return tr("Sales skills");
    }
    if (code == QLatin1String("product_knowledge")) {
        return tr("Product knowledge");
    }
    if (code == QLatin1String("customer_service")) {
        return tr("Customer service");
    }
    return code;
}

QString ReviewText::level(const QString &code)
{
    if (code == QLatin1String("junior")) {
        return tr("Junior");
    }
    if (code == QLatin1String("senior")) {
        return tr("Senior");
    }
    if (code == QLatin1String("lead")) {
        return tr("Lead");
    }
    return code;
}

QString ReviewText::decision(const ReviewDecision &d)
{
    const QString amount = d.amountMinor ? Format::money(*d.amountMinor) : QString();
    switch (d.kind) {
    case DecisionKind::Bonus: return tr("Bonus %1").arg(amount);
    case DecisionKind::Honour: return tr("Honour: %1").arg(d.text);
    case DecisionKind::Promotion: return tr("Promotion recommended: %1").arg(d.text);
    case DecisionKind::Training:
        return tr("Training: %1 (%2, due %3)").arg(d.text, category(d.category).toLower(), d.dueOn.toString(Qt::ISODate));
    case DecisionKind::BonusDeduction: return tr("Bonus deduction %1 — reason: %2").arg(amount, d.reason);
    case DecisionKind::Reassignment:
        return d.text.isEmpty() ? tr("Reassignment — reason: %1").arg(d.reason) : tr("Reassignment: %1 — reason: %2").arg(d.text, d.reason);
    }
    return {};
}

QString ReviewText::decisions(const QList<ReviewDecision> &ds)
{
    QStringList parts;
    for (const ReviewDecision &d : ds) {
        parts << (d.amountMinor ? QStringLiteral("%1 %2").arg(kind(d.kind), Format::money(*d.amountMinor)) : kind(d.kind));
    }
    return parts.isEmpty() ? Format::undefined() : parts.join(QStringLiteral(" · "));
}

QString ReviewText::score(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) : Format::undefined();
}

QString ReviewText::when(const std::optional<qint64> &ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : Format::undefined();
}

QString ReviewText::readOnlyReason(const ReviewCycle &c)
{
    switch (c.state) {
    case ReviewState::Draft:
        return tr("Draft: the KPIs are frozen when the cycle is opened; until then the weights, targets and grades can still change.");
    case ReviewState::Approved:
        return tr("Approved by %1 on %2: scores and decisions are read-only. Withdraw the approval to change them, or lock the cycle.")
            .arg(c.approvedBy, when(c.approvedAt));
    case ReviewState::Locked:
        return tr("Locked on %1 (approved by %2): nothing in this cycle can change any more.").arg(when(c.lockedAt), c.approvedBy);
    case ReviewState::Open:
    case ReviewState::Scoring: return {};
    }
    return {};
}

} // namespace grab::ui
