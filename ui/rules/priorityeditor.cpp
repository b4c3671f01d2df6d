#include "priorityeditor.h"

#include "common/format.h"
#include "base/money.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace grab::ui {
namespace {

QTableWidget *pairTable(const QString &first, const QString &second)
{
    auto *t = new QTableWidget(0, 2);
    t->setHorizontalHeaderLabels({first, second});
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setColumnWidth(0, t->fontMetrics().horizontalAdvance(QStringLiteral("¥1,000,000.00")) + 40);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setMaximumHeight(t->horizontalHeader()->sizeHint().height() + 8 * t->verticalHeader()->defaultSectionSize() + 4);
    return t;
}

void addRow(QTableWidget *t, const QString &key, int points)
{
    const int row = t->rowCount();
    t->insertRow(row);
    t->setItem(row, 0, new QTableWidgetItem(key));
    auto *p = new QTableWidgetItem;
    p->setData(Qt::EditRole, points); // an int: the table edits it with a spin box
    t->setItem(row, 1, p);
}

QGroupBox *withButtons(const QString &title, QTableWidget *t, QWidget *owner, const std::function<void()> &changed)
{
    auto *box = new QGroupBox(title);
    auto *add = new QPushButton(PriorityEditor::tr("Add"));
    auto *remove = new QPushButton(PriorityEditor::tr("Remove"));
    QObject::connect(add, &QPushButton::clicked, owner, [t, changed] {
        addRow(t, QString(), 0);
        t->setCurrentCell(t->rowCount() - 1, 0);
        t->editItem(t->item(t->rowCount() - 1, 0));
        changed();
    });
    QObject::connect(remove, &QPushButton::clicked, owner, [t, changed] {
        if (t->currentRow() >= 0) {
            t->removeRow(t->currentRow());
            changed();
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(t);
    layout->addLayout(buttons);
    return box;
}

} // namespace

QSpinBox *PriorityEditor::points()
{
    auto *s = new QSpinBox;
    s->setRange(-1000, 1000);
    connect(s, &QSpinBox::valueChanged, this, [this] {
        if (!m_filling) {
            emit edited();
        }
    });
    return s;
}

PriorityEditor::PriorityEditor(QWidget *parent) : QWidget(parent)
{
    m_vip = points();
    m_key = points();
    m_regular = points();
    auto *tiers = new QGroupBox(tr("Customer tier (points)"));
    auto *tierForm = new QFormLayout(tiers);
    tierForm->addRow(Format::tier(Tier::Vip) + tr(":"), m_vip);
    tierForm->addRow(Format::tier(Tier::Key) + tr(":"), m_key);
    tierForm->addRow(Format::tier(Tier::Regular) + tr(":"), m_regular);

    m_p1 = points();
    m_p2 = points();
    m_p3 = points();
    auto *levels = new QGroupBox(tr("Priority from the score"));
    auto *levelForm = new QFormLayout(levels);
    levelForm->addRow(tr("P1 from score:"), m_p1);
    levelForm->addRow(tr("P2 from score:"), m_p2);
    levelForm->addRow(tr("P3 from score:"), m_p3);
    levelForm->addRow(new QLabel(tr("Below the P3 score an order is P4.")));

    const auto changed = [this] {
        if (!m_filling) {
            emit edited();
        }
    };
    m_bands = pairTable(tr("From amount (¥)"), tr("Points"));
    m_bands->setObjectName(QStringLiteral("amountBands"));
    m_regions = pairTable(tr("Region"), tr("Points"));
    m_regions->setObjectName(QStringLiteral("regionPoints"));
    connect(m_bands, &QTableWidget::itemChanged, this, changed);
    connect(m_regions, &QTableWidget::itemChanged, this, changed);

    auto *intro = new QLabel(tr("An order's score is its tier's points plus its amount band's plus its region's; the score gives its priority. "
                                "P1 is the highest."));
    intro->setWordWrap(true);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(intro, 0, 0, 1, 2);
    grid->addWidget(tiers, 1, 0);
    grid->addWidget(levels, 1, 1);
    grid->addWidget(withButtons(tr("Amount bands"), m_bands, this, changed), 2, 0);
    grid->addWidget(withButtons(tr("Regions"), m_regions, this, changed), 2, 1);
    grid->setRowStretch(3, 1);
    for (QFormLayout *form : {tierForm, levelForm}) {
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    }
}

void PriorityEditor::setPolicy(const PriorityPolicy &p)
{
    m_filling = true;
    m_vip->setValue(p.vipPoints);
    m_key->setValue(p.keyPoints);
    m_regular->setValue(p.regularPoints);
    m_p1->setValue(p.p1From);
    m_p2->setValue(p.p2From);
    m_p3->setValue(p.p3From);
    m_bands->setRowCount(0);
    for (const auto &band : p.amountBands) {
        addRow(m_bands, formatMajorUnitsGrouped(band.fromMinor), band.points); // "100,000.00": read back without the commas
    }
    m_regions->setRowCount(0);
    for (auto it = p.regionPoints.cbegin(); it != p.regionPoints.cend(); ++it) {
        addRow(m_regions, it.key(), it.value());
    }
    m_filling = false;
}

PriorityPolicy PriorityEditor::policy(QString *problem) const
{
    PriorityPolicy p;
    p.vipPoints = m_vip->value();
    p.keyPoints = m_key->value();
    p.regularPoints = m_regular->value();
    p.p1From = m_p1->value();
    p.p2From = m_p2->value();
    p.p3From = m_p3->value();
    QString why;
    for (int row = 0; row < m_bands->rowCount(); ++row) {
        const QString text = m_bands->item(row, 0) ? m_bands->item(row, 0)->text().trimmed() : QString();
        const auto amount = parseMajorUnits(QString(text).remove(u',').remove(u'¥'));
        if (!amount || *amount < 0) {
            if (why.isEmpty()) {
                why = tr("Amount band %1: \"%2\" is not an amount in yuan, such as 20000.").arg(row + 1).arg(text);
            }
            continue;
        }
        p.amountBands.append({*amount, m_bands->item(row, 1) ? m_bands->item(row, 1)->data(Qt::EditRole).toInt() : 0});
    }
    std::sort(p.amountBands.begin(), p.amountBands.end(), [](const auto &a, const auto &b) { return a.fromMinor < b.fromMinor; });
    p.regionPoints.clear();
    for (int row = 0; row < m_regions->rowCount(); ++row) {
        const QString name = m_regions->item(row, 0) ? m_regions->item(row, 0)->text().trimmed() : QString();
        if (name.isEmpty()) {
            if (why.isEmpty()) {
                why = tr("Region %1 has no name.").arg(row + 1);
            }
            continue;
        }
        p.regionPoints.insert(name, m_regions->item(row, 1) ? m_regions->item(row, 1)->data(Qt::EditRole).toInt() : 0);
    }
    if (why.isEmpty() && !(p.p1From > p.p2From && p.p2From > p.p3From)) {
        why = tr("The priority scores must fall from P1 to P3 (P1 from %1, P2 from %2, P3 from %3).").arg(p.p1From).arg(p.p2From).arg(p.p3From);
    }
    if (problem) {
        *problem = why;
    }
    return p;
}

} // namespace grab::ui
