#include "boardactions.h"

#include "common/format.h"
#include "services/grab/dispatchservice.h"
#include "services/grab/orderservice.h"

namespace grab::ui {

const QString BoardActions::kActor = QStringLiteral("manager");

BoardActions::Outcome BoardActions::failure(const Error &error, const QString &what) const
{
    // Refusals and lost races are the rules speaking: amber, with the rule's own sentence.
    // Anything else (the database) is an error.
    const bool rule = error.code == ErrorCode::Refused || error.code == ErrorCode::NotOpen || error.code == ErrorCode::NotFound
                      || error.code == ErrorCode::InvalidInput;
    QString text = tr("%1: %2").arg(what, error.message);
    if (!error.reason.isEmpty() && Format::reason(error.reason) != error.reason) {
        text += tr(" (%1)").arg(Format::reason(error.reason));
    }
    return {rule ? MessageStrip::Kind::Warning : MessageStrip::Kind::Error, text, false};
}

BoardActions::Outcome BoardActions::dispatchNow(qint64 orderId)
{
    auto placed = DispatchService(Context{m_db, m_clock, kActor}).dispatch(orderId);
    if (!placed) {
        // A refused dispatch is still recorded (dispatch_failed): the feed should show it.
        Outcome out = failure(placed.error(), tr("Order #%1 was not dispatched").arg(orderId));
        out.changed = placed.error().code == ErrorCode::Refused;
        return out;
    }
    QStringList reasons;
    for (int i = 0; i < std::min<int>(3, int(placed->chosen.factors.size())); ++i) {
        reasons << placed->chosen.factors.at(i).detail;
    }
    QString text = tr("Order #%1 dispatched to %2 (score %3): %4.")
                       .arg(orderId)
                       .arg(placed->chosen.name)
                       .arg(placed->chosen.score, 0, 'f', 1)
                       .arg(reasons.join(QStringLiteral("; ")));
    if (placed->runnerUp) {
        text += QLatin1Char(' ') + tr("Runner-up: %1 (%2).").arg(placed->runnerUp->name).arg(placed->runnerUp->score, 0, 'f', 1);
    }
    return {MessageStrip::Kind::Success, text, true};
}

BoardActions::Outcome BoardActions::assign(qint64 orderId, qint64 grabberId, const QString &note)
{
    auto placed = DispatchService(Context{m_db, m_clock, kActor}).assign(orderId, grabberId, note);
    if (!placed) {
        Outcome out = failure(placed.error(), tr("Order #%1 was not assigned").arg(orderId));
        out.changed = placed.error().code == ErrorCode::Refused; // the refusal is on record
        return out;
    }
    return {MessageStrip::Kind::Success, tr("Order #%1 assigned to %2.").arg(orderId).arg(placed->chosen.name), true};
}

BoardActions::Outcome BoardActions::release(qint64 orderId)
{
    if (auto s = OrderService(Context{m_db, m_clock, kActor}).release(orderId, std::nullopt); !s) {
        return failure(s.error(), tr("Order #%1 was not released").arg(orderId));
    }
    return {MessageStrip::Kind::Success, tr("Order #%1 is back in the pool.").arg(orderId), true};
}

BoardActions::Outcome BoardActions::cancel(qint64 orderId, const QString &why)
{
    if (why.trimmed().isEmpty()) {
        return {MessageStrip::Kind::Warning, tr("Say why order #%1 is cancelled: the reason goes into the audit trail.").arg(orderId), false};
    }
    if (auto s = OrderService(Context{m_db, m_clock, kActor}).cancel(orderId, why.trimmed()); !s) {
        return failure(s.error(), tr("Order #%1 was not cancelled").arg(orderId));
    }
    return {MessageStrip::Kind::Success, tr("Order #%1 cancelled: %2").arg(orderId).arg(why.trimmed()), true};
}

BoardActions::Outcome BoardActions::restrict(qint64 orderId, const QList<qint64> &onlyGrabbers, std::optional<Level> minLevel)
{
    if (auto s = OrderService(Context{m_db, m_clock, kActor}).restrict(orderId, onlyGrabbers, minLevel); !s) {
        return failure(s.error(), tr("Order #%1 was not restricted").arg(orderId));
    }
    if (onlyGrabbers.isEmpty() && !minLevel) {
        return {MessageStrip::Kind::Success, tr("Order #%1 is open to everyone again.").arg(orderId), true};
    }
    QStringList parts;
    if (minLevel) {
        parts << tr("%1 and above").arg(Format::level(*minLevel));
    }
    if (!onlyGrabbers.isEmpty()) {
        parts << tr("%n named grabber(s)", nullptr, int(onlyGrabbers.size()));
    }
    return {MessageStrip::Kind::Success, tr("Order #%1 restricted to %2.").arg(orderId).arg(parts.join(tr(", "))), true};
}

Result<OrderService::Published> BoardActions::publish(const OrderService::NewOrder &order)
{
    return OrderService(Context{m_db, m_clock, kActor}).publish(order);
}

BoardActions::Outcome BoardActions::published(const OrderService::Published &p)
{
    return {MessageStrip::Kind::Success, tr("Order #%1 published as %2: %3.").arg(p.id).arg(Format::priority(p.priority), p.explanation), true};
}

Result<DispatchDecision> BoardActions::candidates(qint64 orderId)
{
    return DispatchService(Context{m_db, m_clock, kActor}).preview(orderId, AssignPath::Manager);
}

Result<DispatchDecision> BoardActions::dispatchPreview(qint64 orderId)
{
    return DispatchService(Context{m_db, m_clock, kActor}).preview(orderId, AssignPath::Dispatch);
}

} // namespace grab::ui
