#include "ageing.h"

#include "eligibility.h"

namespace grab {

AgeingAssessment assessAgeing(const RuleSet &rules, const Order &order, qint64 nowMs)
{
    const qint64 span = std::max<qint64>(1, order.grabDeadline - order.pooledAt);
    const qint64 waited = nowMs - order.pooledAt;
    // The most serious cause first, so the tooltip names what matters.
    if (nowMs >= order.grabDeadline) {
        return {Ageing::Starving, QStringLiteral("deadline_passed")};
    }
    if (order.state == OrderState::Open && rules.dispatch.mode == DispatchPolicy::Mode::Fallback && isDueForDispatch(rules, order, nowMs)) {
        return {Ageing::Starving, QStringLiteral("due_for_dispatch")};
    }
    if (waited * 5 >= span * 4) {
        return {Ageing::Starving, QStringLiteral("deadline_near")};
    }
    if (isWidened(rules, order, nowMs)) {
        return {Ageing::Waiting, QStringLiteral("widened")};
    }
    if (waited * 2 >= span) {
        return {Ageing::Waiting, QStringLiteral("deadline_half")};
    }
    return {};
}

} // namespace grab
