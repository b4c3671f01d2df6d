#include "windowseditor.h"

#include "common/format.h"
#include "grabwindowmodel.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace grab::ui {
namespace {

int minuteOf(const QTime &t)
{
    return t.hour() * 60 + t.minute();
}

QTime timeOf(int minute)
{
    return QTime((minute % 1440) / 60, minute % 60);
}

} // namespace

WindowsEditor::WindowsEditor(QWidget *parent) : QWidget(parent), m_model(new GrabWindowModel(this))
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("grabWindows"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    const QFontMetrics fm(font());
    m_table->setColumnWidth(GrabWindowModel::Days, fm.horizontalAdvance(QStringLiteral("Mon, Wed–Fri, Sun")) + 16);
    m_table->setColumnWidth(GrabWindowModel::Hours, fm.horizontalAdvance(QStringLiteral("22:00–02:00 (next day)")) + 16);
    m_table->setColumnWidth(GrabWindowModel::Label, fm.horizontalAdvance(QStringLiteral("Morning peak")) * 3 / 2 + 16);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WindowsEditor::showSelected);

    m_add = new QPushButton(tr("Add window"));
    m_remove = new QPushButton(tr("Remove"));
    connect(m_add, &QPushButton::clicked, this, [this] {
        // A new window starts as a working day's office hours, a calm default to edit.
        const int row = m_model->append(GrabWindow{{1, 2, 3, 4, 5}, 9 * 60, 18 * 60, QString(), false});
        selectRow(row);
        emit edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row >= 0) {
            m_model->remove(row);
            selectRow(std::min(row, m_model->rowCount() - 1));
            emit edited();
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    m_form = new QWidget;
    auto *daysRow = new QHBoxLayout;
    daysRow->setContentsMargins(0, 0, 0, 0);
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat));
        connect(box, &QCheckBox::toggled, this, &WindowsEditor::writeBack);
        m_days.append(box);
        daysRow->addWidget(box);
    }
    daysRow->addStretch(1);
    m_from = new QTimeEdit;
    m_to = new QTimeEdit;
    for (QTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        connect(edit, &QTimeEdit::timeChanged, this, &WindowsEditor::writeBack);
    }
    m_to->setToolTip(tr("00:00 is midnight at the end of the day. An end before the start runs past midnight."));
    auto *hoursRow = new QHBoxLayout;
    hoursRow->setContentsMargins(0, 0, 0, 0);
    hoursRow->addWidget(m_from);
    hoursRow->addWidget(new QLabel(QStringLiteral("–")));
    hoursRow->addWidget(m_to);
    hoursRow->addStretch(1);
    m_label = new QLineEdit;
    m_label->setPlaceholderText(tr("e.g. Morning peak"));
    m_label->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("Morning peak")) * 5 / 2);
    connect(m_label, &QLineEdit::textEdited, this, &WindowsEditor::writeBack);
    m_peak = new QCheckBox(tr("Peak hours: shown as peak on the board"));
    connect(m_peak, &QCheckBox::toggled, this, &WindowsEditor::writeBack);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Days:"), daysRow);
    form->addRow(tr("From–to:"), hoursRow);
    form->addRow(tr("Label:"), m_label);
    form->addRow(QString(), m_peak);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A team has a handful of windows: the table is sized for eight, the form right under it.
    m_table->setMaximumHeight(m_table->horizontalHeader()->sizeHint().height() + 8 * m_table->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_form);
}

void WindowsEditor::setWindows(const QList<GrabWindow> &windows)
{
    m_model->setWindows(windows);
    selectRow(windows.isEmpty() ? -1 : 0);
}

QList<GrabWindow> WindowsEditor::windows() const
{
    return m_model->windows();
}

void WindowsEditor::selectRow(int row)
{
    if (row < 0) {
        m_table->setCurrentIndex({});
    } else {
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    showSelected();
}

void WindowsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    m_remove->setVisible(!readOnly);
    showSelected();
}

void WindowsEditor::showSelected()
{
    const int row = m_table->currentIndex().row();
    m_form->setEnabled(row >= 0 && !m_readOnly);
    m_remove->setEnabled(row >= 0);
    if (row < 0) {
        return;
    }
    const GrabWindow &w = m_model->window(row);
    m_filling = true;
    for (int d = 1; d <= 7; ++d) {
        m_days.at(d - 1)->setChecked(w.weekdays.contains(d));
    }
    m_from->setTime(timeOf(w.startMinute));
    m_to->setTime(timeOf(w.endMinute));
    // The default labels are stored in English and shown in the window's language.
    m_label->setText(Format::windowLabel(w.label));
    m_peak->setChecked(w.peak);
    m_filling = false;
}

void WindowsEditor::writeBack()
{
    const int row = m_table->currentIndex().row();
    if (m_filling || row < 0) {
        return;
    }
    GrabWindow w = m_model->window(row);
    w.weekdays.clear();
    for (int d = 1; d <= 7; ++d) {
        if (m_days.at(d - 1)->isChecked()) {
            w.weekdays.append(d);
        }
    }
    w.startMinute = minuteOf(m_from->time());
    // A time edit cannot say 24:00: an end of 00:00 is midnight at the end of the day.
    const int end = minuteOf(m_to->time());
    w.endMinute = end == 0 ? 1440 : end;
    // An untouched default label stays as stored; a typed one is the manager's own.
    const QString typed = m_label->text().trimmed();
    if (typed != Format::windowLabel(w.label)) {
        w.label = typed;
    }
    w.peak = m_peak->isChecked();
    m_model->setWindow(row, w);
    emit edited();
}

QString WindowsEditor::problem() const
{
    const QList<GrabWindow> &list = m_model->windows();
    for (int i = 0; i < list.size(); ++i) {
        const GrabWindow &w = list.at(i);
        const QString name = w.label.isEmpty() ? tr("Grab window %1").arg(i + 1) : tr("Grab window %1 (%2)").arg(i + 1).arg(Format::windowLabel(w.label));
        if (w.weekdays.isEmpty()) {
            return tr("%1 has no day: tick at least one weekday.").arg(name);
        }
        if (w.startMinute == w.endMinute) {
            return tr("%1 starts and ends at %2: the end must differ from the start.").arg(name, formatMinuteOfDay(w.startMinute));
        }
    }
    return {};
}

} // namespace grab::ui
