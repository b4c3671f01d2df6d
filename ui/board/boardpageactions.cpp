// The manager's actions on the board: the menu's and the buttons' handlers, the questions they
// ask first, and the calls into BoardActions (boardpage.cpp holds the lists and the feed).
#include "boardpage.h"

#include "assigndialog.h"
#include "boardfilterbar.h"
#include "customerdialog.h"
#include "common/messagestrip.h"
#include "liveordermodel.h"
#include "loadmodel.h"
#include "orderconfirm.h"
#include "publishdialog.h"
#include "restrictdialog.h"
#include "common/format.h"
#include "services/team/teamservice.h"
#include "common/serviceundo.h"
#include "store/database.h"

#include <QUndoStack>

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace grab::ui {
namespace {

QString orderLabel(const Order &o)
{
    // The amount before the name: where the feed must elide, it keeps the figure.
    return QStringLiteral("#%1 · %2 · %3").arg(o.id).arg(Format::money(o.amountMinor), o.customerName);
}

} // namespace

void BoardPage::dispatchNow(qint64 orderId)
{
    showOutcome(m_actions.dispatchNow(orderId));
}

void BoardPage::assign(qint64 orderId, qint64 grabberId, const QString &note)
{
    showOutcome(m_actions.assign(orderId, grabberId, note));
}

namespace {

Status asStatus(const BoardActions::Outcome &o)
{
    if (o.kind == MessageStrip::Kind::Success) {
        return Done{};
    }
    return makeError(ErrorCode::Refused, o.text);
}

} // namespace

void BoardPage::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

void BoardPage::release(qint64 orderId)
{
    const Order *before = m_orders->order(orderId);
    const qint64 grabberId = before && before->assigneeId ? *before->assigneeId : 0;
    const BoardActions::Outcome done = m_actions.release(orderId);
    showOutcome(done);
    if (m_undo && grabberId > 0 && done.kind == MessageStrip::Kind::Success) {
        // Undone by giving the order back to whoever held it, through the rules like any assign.
        m_undo->push(new ServiceUndo(
            tr("Release of #%1").arg(orderId),
            [this, orderId, grabberId] {
                // The note is kept in the log as written: in English, as the log's own words are.
                const BoardActions::Outcome o = m_actions.assign(orderId, grabberId, QStringLiteral("undo of a release"));
                showOutcome(o);
                return asStatus(o);
            },
            [this, orderId] {
                const BoardActions::Outcome o = m_actions.release(orderId);
                showOutcome(o);
                return asStatus(o);
            },
            [this](const Error &e) { m_messages->show(MessageStrip::Kind::Warning, tr("Could not undo: %1").arg(e.message)); }));
    }
}

void BoardPage::cancel(qint64 orderId, const QString &why)
{
    showOutcome(m_actions.cancel(orderId, why));
}

void BoardPage::restrict(qint64 orderId, const QList<qint64> &onlyGrabbers, std::optional<Level> minLevel)
{
    const Order *before = m_orders->order(orderId);
    const QList<qint64> oldOnly = before ? before->onlyGrabbers : QList<qint64>();
    const std::optional<Level> oldLevel = before ? before->minLevel : std::nullopt;
    const BoardActions::Outcome done = m_actions.restrict(orderId, onlyGrabbers, minLevel);
    showOutcome(done);
    if (m_undo && before && done.kind == MessageStrip::Kind::Success) {
        const auto set = [this, orderId](const QList<qint64> &only, std::optional<Level> level) {
            const BoardActions::Outcome o = m_actions.restrict(orderId, only, level);
            showOutcome(o);
            return asStatus(o);
        };
        m_undo->push(new ServiceUndo(
            tr("Restriction of #%1").arg(orderId), [set, oldOnly, oldLevel] { return set(oldOnly, oldLevel); },
            [set, onlyGrabbers, minLevel] { return set(onlyGrabbers, minLevel); },
            [this](const Error &e) { m_messages->show(MessageStrip::Kind::Warning, tr("Could not undo: %1").arg(e.message)); }));
    }
}

void BoardPage::onAssign()
{
    const Order *o = currentOrder();
    if (!o || o->state != OrderState::Open) {
        return;
    }
    const qint64 id = o->id;
    auto decision = m_actions.candidates(id);
    if (!decision) {
        m_messages->show(MessageStrip::Kind::Error, decision.error().message);
        return;
    }
    AssignDialog dialog(orderLabel(*o), *decision, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenGrabber()) {
        assign(id, *dialog.chosenGrabber(), dialog.note());
    }
}

Status BoardPage::publish(const OrderService::NewOrder &order)
{
    auto p = m_actions.publish(order);
    if (!p) {
        return p.error();
    }
    showOutcome(m_actions.published(*p));
    return Done{};
}

Status BoardPage::addCustomer(const Customer &customer)
{
    auto id = TeamService(Context{m_db, m_clock, BoardActions::kActor}).addCustomer(customer);
    if (!id) {
        return id.error();
    }
    showOutcome({MessageStrip::Kind::Success, tr("Customer %1 added (%2, %3): Order ▸ New order… can publish for them now.")
                                                  .arg(customer.name, Format::tier(customer.tier), customer.region),
                 true});
    return Done{};
}

bool BoardPage::askAddCustomer()
{
    CustomerDialog dialog([this](const Customer &c) { return addCustomer(c); }, this);
    return dialog.exec() == QDialog::Accepted;
}

bool BoardPage::askPublish()
{
    auto customers = TeamService(Context{m_db, m_clock, BoardActions::kActor}).customers();
    if (!customers) {
        m_messages->show(MessageStrip::Kind::Error, customers.error().message);
        return false;
    }
    PublishDialog dialog(*customers, m_filters->skills(), m_orders->rules().grabDeadlineMinutes, this);
    dialog.setSubmit([this](const OrderService::NewOrder &o) { return publish(o); });
    return dialog.exec() == QDialog::Accepted;
}

void BoardPage::onDispatchNow()
{
    const Order *o = isVisible() ? currentOrder() : nullptr;
    if (!o || o->state != OrderState::Open) {
        return;
    }
    const Order order = *o; // the row may change while the question is open
    if (OrderConfirm::weighty(order)
        && !OrderConfirm::ask(this, tr("Dispatch now"), OrderConfirm::dispatchQuestion(order, m_actions.dispatchPreview(order.id)),
                              tr("&Dispatch"))) {
        return;
    }
    dispatchNow(order.id);
}

void BoardPage::onRelease()
{
    const Order *o = currentOrder();
    if (!o || o->state != OrderState::Assigned) {
        return;
    }
    const qint64 id = o->id;
    const QString who = m_describer.grabberNames.value(o->assigneeId.value_or(0));
    if (QMessageBox::question(this, tr("Release order"),
                              tr("Take %1 back from %2 and put it in the pool? It counts as released, not as a loss.")
                                  .arg(orderLabel(*o), who))
        == QMessageBox::Yes) {
        release(id);
    }
}

void BoardPage::onCancel()
{
    const Order *o = currentOrder();
    if (!o) {
        return;
    }
    const qint64 id = o->id;
    // What will happen, before the reason: the order leaves the board for good, and a grabber
    // working on it loses it.
    const QString what = o->state == OrderState::Assigned
                             ? tr("%1 will be taken from %2 and closed as cancelled; it cannot be reopened.")
                                   .arg(OrderConfirm::describe(*o), m_describer.grabberNames.value(o->assigneeId.value_or(0)))
                             : tr("%1 will leave the pool, closed as cancelled; it cannot be reopened.").arg(OrderConfirm::describe(*o));
    bool ok = false;
    const QString why = QInputDialog::getText(this, tr("Cancel order"), what + QStringLiteral("\n\n") + tr("Why is it cancelled? (kept in the audit trail)"),
                                              QLineEdit::Normal, QString(), &ok);
    if (ok) {
        cancel(id, why);
    }
}

void BoardPage::onRestrict()
{
    const Order *o = currentOrder();
    if (!o) {
        return;
    }
    QList<RestrictDialog::Choice> choices;
    for (int row = 0; row < m_load->rowCount(); ++row) {
        const Quota &q = m_load->quotaAt(row);
        choices.append({q.grabberId, QStringLiteral("%1 · %2").arg(q.name, Format::level(q.level))});
    }
    const qint64 id = o->id;
    RestrictDialog dialog(orderLabel(*o), choices, o->onlyGrabbers, o->minLevel, this);
    if (dialog.exec() == QDialog::Accepted) {
        restrict(id, dialog.onlyGrabbers(), dialog.minLevel());
    }
}

} // namespace grab::ui
