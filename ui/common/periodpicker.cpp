#include "periodpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace grab::ui {

PeriodPicker::PeriodPicker(QWidget *parent) : QWidget(parent)
{
    using P = PeriodPreset;
    m_presets = new QComboBox;
    m_presets->setObjectName(QStringLiteral("periodPreset"));
    for (const P p : {P::Today, P::ThisWeek, P::ThisMonth, P::ThisQuarter, P::Custom}) {
        m_presets->addItem(PeriodText::presetName(p), int(p));
    }
    m_presets->setToolTip(tr("Whole days in the team's time zone; weeks start on Monday"));
    const auto dateEdit = [](const QString &name, const QString &tip) {
        auto *e = new QDateEdit;
        e->setObjectName(name);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setToolTip(tip);
        return e;
    };
    m_first = dateEdit(QStringLiteral("periodFirst"), tr("First day"));
    m_last = dateEdit(QStringLiteral("periodLast"), tr("Last day (included)"));
    m_dash = new QLabel(QStringLiteral("–"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_presets);
    layout->addWidget(m_first);
    layout->addWidget(m_dash);
    layout->addWidget(m_last);
    connect(m_presets, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        emit changed();
    });
    for (QDateEdit *e : {m_first, m_last}) {
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (preset() == PeriodPreset::Custom) {
                emit changed();
            }
        });
    }
    m_presets->setCurrentIndex(int(P::ThisMonth));
    updateVisibility();
}

PeriodPreset PeriodPicker::preset() const
{
    return PeriodPreset(m_presets->currentData().toInt());
}

void PeriodPicker::setPreset(PeriodPreset preset)
{
    m_presets->setCurrentIndex(m_presets->findData(int(preset)));
}

QDate PeriodPicker::customFirst() const
{
    return m_first->date();
}

QDate PeriodPicker::customLast() const
{
    return m_last->date();
}

void PeriodPicker::setCustomRange(const QDate &first, const QDate &last)
{
    const QSignalBlocker a(m_first);
    const QSignalBlocker b(m_last);
    m_first->setDate(first);
    m_last->setDate(last);
}

void PeriodPicker::updateVisibility()
{
    const bool custom = preset() == PeriodPreset::Custom;
    m_first->setVisible(custom);
    m_dash->setVisible(custom);
    m_last->setVisible(custom);
}

} // namespace grab::ui
