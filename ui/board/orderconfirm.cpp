#include "orderconfirm.h"

#include "common/format.h"

#include <QMessageBox>
#include <QPushButton>

namespace grab::ui {

bool OrderConfirm::weighty(const Order &order)
{
    return order.priority == 1 || order.customerTier == Tier::Vip;
}

QString OrderConfirm::describe(const Order &order)
{
    QStringList marks{Format::priority(order.priority)};
    if (order.customerTier == Tier::Vip) {
        marks << Format::tier(order.customerTier);
    }
    return tr("#%1 · %2 · %3 (%4)").arg(order.id).arg(Format::money(order.amountMinor), order.customerName, marks.join(tr(", ")));
}

QString OrderConfirm::dispatchQuestion(const Order &order, const Result<DispatchDecision> &preview)
{
    const QString head = tr("Dispatch %1 now?").arg(describe(order));
    if (!preview) {
        return tr("%1\n\nWhat the rules would do cannot be read now: %2").arg(head, preview.error().message);
    }
    const RankedCandidate *best = preview->best();
    if (!best) {
        return tr("%1\n\nNo grabber is eligible now, so nothing will be assigned; the attempt is recorded with the reason.").arg(head);
    }
    QStringList reasons;
    for (int i = 0; i < std::min<int>(3, int(best->factors.size())); ++i) {
        reasons << best->factors.at(i).detail;
    }
    QString text = tr("%1\n\nAs the rules stand now it goes to %2 (score %3): %4.")
                       .arg(head, best->name)
                       .arg(best->score, 0, 'f', 1)
                       .arg(reasons.join(tr("; ")));
    if (preview->ranking.size() > 1) {
        const RankedCandidate &second = preview->ranking.at(1);
        text += QLatin1Char(' ') + tr("Runner-up: %1 (%2).").arg(second.name).arg(second.score, 0, 'f', 1);
    }
    text += QStringLiteral("\n\n") + tr("To choose the grabber yourself, use Assign to… instead.");
    return text;
}

bool OrderConfirm::ask(QWidget *parent, const QString &title, const QString &text, const QString &accept)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("orderConfirm"));
    QPushButton *go = box.addButton(accept, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmAccept"));
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace grab::ui
