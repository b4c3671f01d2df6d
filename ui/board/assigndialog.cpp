#include "assigndialog.h"

#include "common/format.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

constexpr int kGrabberRole = Qt::UserRole + 1;
constexpr int kEligibleRole = Qt::UserRole + 2;

} // namespace

AssignDialog::AssignDialog(const QString &orderLabel, const DispatchDecision &decision, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Assign %1").arg(orderLabel));
    resize(760, 520);
    auto *intro = new QLabel(tr("Eligible grabbers first, ranked as the dispatcher would rank them. The others are listed with "
                                "the rule that keeps them from this order."));
    intro->setWordWrap(true);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("candidates"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Grabber"), tr("Score"), tr("Why")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    int rank = 0;
    for (const RankedCandidate &c : decision.ranking) {
        QStringList reasons;
        for (int i = 0; i < std::min<int>(3, int(c.factors.size())); ++i) {
            reasons << c.factors.at(i).detail;
        }
        auto *item = new QTreeWidgetItem({QStringLiteral("%1. %2").arg(++rank).arg(c.name), QString::number(c.score, 'f', 1),
                                          reasons.join(QStringLiteral("; "))});
        item->setData(0, kGrabberRole, c.grabberId);
        item->setData(0, kEligibleRole, true);
        item->setToolTip(2, reasons.join(QLatin1Char('\n')));
        m_list->addTopLevelItem(item);
    }
    for (const auto &[grabber, eligibility] : decision.ineligible) {
        auto *item = new QTreeWidgetItem({grabber.name, QStringLiteral("—"),
                                          tr("Not eligible: %1").arg(eligibility.detail.isEmpty() ? Format::reason(eligibility.reason)
                                                                                                  : eligibility.detail)});
        item->setData(0, kGrabberRole, grabber.id);
        item->setData(0, kEligibleRole, false);
        item->setToolTip(2, item->text(2));
        for (int c = 0; c < 3; ++c) {
            item->setForeground(c, QColor(0x8a, 0x8a, 0x8a));
        }
        m_list->addTopLevelItem(item);
    }

    // Two hundred grabbers do not fit a glance: a search by name narrows the list, and the
    // first one still shown becomes the choice.
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("candidateSearch"));
    m_search->setPlaceholderText(tr("Search a grabber by name…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &AssignDialog::narrow);

    m_why = new QLabel;
    m_why->setWordWrap(true);
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("A note for the audit trail (optional)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_assign = buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    m_assign->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AssignDialog::updateButton);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kEligibleRole).toBool()) {
            accept();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_why);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    updateButton();
}

void AssignDialog::narrow(const QString &text)
{
    QTreeWidgetItem *first = nullptr;
    const QString wanted = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool shown = wanted.isEmpty() || item->text(0).contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!shown);
        if (shown && !first) {
            first = item;
        }
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden()) {
        m_list->setCurrentItem(first);
    }
    updateButton();
}

void AssignDialog::updateButton()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool eligible = item && item->data(0, kEligibleRole).toBool();
    m_assign->setEnabled(eligible);
    if (!item && !m_search->text().trimmed().isEmpty()) {
        m_why->setText(tr("No grabber's name contains \u201c%1\u201d.").arg(m_search->text().trimmed()));
    } else if (!item) {
        m_why->setText(tr("Nobody is on the team."));
    } else if (!eligible) {
        m_why->setText(tr("%1 cannot take this order. %2").arg(item->text(0), item->text(2)));
    } else {
        m_why->clear();
    }
}

std::optional<qint64> AssignDialog::chosenGrabber() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, kEligibleRole).toBool()) {
        return std::nullopt;
    }
    return item->data(0, kGrabberRole).toLongLong();
}

QString AssignDialog::note() const
{
    return m_note->text().trimmed();
}

int AssignDialog::eligibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        n += m_list->topLevelItem(i)->data(0, kEligibleRole).toBool() ? 1 : 0;
    }
    return n;
}

int AssignDialog::ineligibleCount() const
{
    return m_list->topLevelItemCount() - eligibleCount();
}

QString AssignDialog::reasonShownFor(qint64 grabberId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kGrabberRole).toLongLong() == grabberId) {
            return m_list->topLevelItem(i)->text(2);
        }
    }
    return {};
}

bool AssignDialog::choose(qint64 grabberId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, kGrabberRole).toLongLong() == grabberId) {
            m_list->setCurrentItem(item);
            return item->data(0, kEligibleRole).toBool();
        }
    }
    return false;
}

} // namespace grab::ui
