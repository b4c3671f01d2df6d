#include "ruleseditor.h"

#include "common/format.h"
#include "common/timezonepicker.h"
#include "priorityeditor.h"
#include "windowseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
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

namespace grab::ui {
namespace {

constexpr int kMaxMinutes = 60 * 24 * 90;

// Two tabs share this arrangement: two boxes stacked on the left, one tall box on the right.
QWidget *twoColumnPage(QWidget *topLeft, QWidget *bottomLeft, QWidget *right)
{
    auto *page = new QWidget;
    auto *grid = new QGridLayout(page);
    grid->addWidget(topLeft, 0, 0);
    grid->addWidget(bottomLeft, 1, 0);
    grid->addWidget(right, 0, 1, 2, 1);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return page;
}

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555555;"));
    return label;
}

} // namespace

RulesEditor::RulesEditor(QWidget *parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    addTab(windowsTab(), tr("Grab windows"));
    addTab(capsTab(), tr("Caps and fairness"));
    m_priority = new PriorityEditor;
    connect(m_priority, &PriorityEditor::edited, this, &RulesEditor::changed);
    auto *priorityPage = new QWidget;
    auto *pl = new QVBoxLayout(priorityPage);
    pl->addWidget(m_priority);
    addTab(priorityPage, tr("Priority"));
    addTab(followUpTab(), tr("Follow-up and dispatch"));
    // A cap of 20 in a field as wide as the page reads as a text box: fields keep their size.
    for (QFormLayout *form : findChildren<QFormLayout *>()) {
        form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    }
}

void RulesEditor::changed()
{
    if (!m_filling) {
        emit edited();
    }
}

QSpinBox *RulesEditor::spin(int min, int max, const QString &suffix)
{
    auto *s = new QSpinBox;
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("10000 min")) + 40);
    connect(s, &QSpinBox::valueChanged, this, &RulesEditor::changed);
    return s;
}

QDoubleSpinBox *RulesEditor::weight(double min)
{
    auto *s = new QDoubleSpinBox;
    s->setRange(min, 1000);
    s->setDecimals(2);
    s->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("1000.00")) + 40);
    connect(s, &QDoubleSpinBox::valueChanged, this, &RulesEditor::changed);
    return s;
}

QWidget *RulesEditor::windowsTab()
{
    m_windows = new WindowsEditor;
    connect(m_windows, &WindowsEditor::edited, this, &RulesEditor::changed);
    m_vipAlwaysOpen = new QCheckBox(tr("VIP orders always open (may be grabbed outside every window)"));
    m_vipAlwaysOpen->setObjectName(QStringLiteral("vipAlwaysOpen"));
    connect(m_vipAlwaysOpen, &QCheckBox::toggled, this, &RulesEditor::changed);
    auto *windows = new QGroupBox(tr("Grab windows: outside every window a grab is refused"));
    auto *wl = new QVBoxLayout(windows);
    wl->addWidget(m_windows);
    wl->addWidget(m_vipAlwaysOpen);
    wl->addStretch(1);

    m_zone = new TimeZonePicker;
    connect(m_zone, &TimeZonePicker::zoneChanged, this, &RulesEditor::changed);
    auto *zone = new QGroupBox(tr("Team time zone"));
    auto *zl = new QVBoxLayout(zone);
    zl->addWidget(note(tr("Grab windows and daily caps follow the team's calendar day in this zone.")));
    zl->addWidget(m_zone, 1);

    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(windows, 3);
    layout->addWidget(zone, 2);
    return page;
}

QWidget *RulesEditor::capsTab()
{
    auto *caps = new QGroupBox(tr("Daily caps and open workload"));
    auto *cf = new QFormLayout(caps);
    for (const Level level : {Level::Junior, Level::Senior, Level::Lead}) {
        QSpinBox *s = spin(0, 10000);
        s->setObjectName(QStringLiteral("dailyCap_%1").arg(toString(level)));
        m_caps.insert(level, s);
        cf->addRow(tr("Daily cap (%1):").arg(Format::level(level)), s);
    }
    m_workload = spin(0, 10000);
    m_workload->setObjectName(QStringLiteral("maxOpenWorkload"));
    cf->addRow(tr("Max open workload:"), m_workload);
    cf->addRow(note(tr("A daily cap counts successful grabs per calendar day in the team time zone; a grabber's own cap (Team page, Edit grabber…) "
                       "replaces it. Open workload is the assigned orders a grabber holds at once.")));

    m_deadline = spin(1, kMaxMinutes, tr(" min"));
    m_deadline->setObjectName(QStringLiteral("grabDeadline"));
    auto *deadline = new QGroupBox(tr("Grab deadline"));
    auto *df = new QFormLayout(deadline);
    df->addRow(tr("A new order stays open for:"), m_deadline);

    m_reservations = new QTableWidget(0, 2);
    m_reservations->setObjectName(QStringLiteral("reservations"));
    m_reservations->setHorizontalHeaderLabels({tr("Priorities"), tr("Minimum level")});
    m_reservations->verticalHeader()->hide();
    m_reservations->horizontalHeader()->setStretchLastSection(true);
    m_reservations->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("P1–P4")) * 3);
    m_reservations->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *add = new QPushButton(tr("Add"));
    auto *remove = new QPushButton(tr("Remove"));
    connect(add, &QPushButton::clicked, this, [this] {
        addReservation(kHighestPriority, Level::Senior);
        changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_reservations->currentRow() >= 0) {
            m_reservations->removeRow(m_reservations->currentRow());
            changed();
        }
    });
    auto *reserved = new QGroupBox(tr("Reserved priorities"));
    auto *rl = new QVBoxLayout(reserved);
    rl->addWidget(note(tr("The highest priorities only for experienced grabbers, e.g. P1 only for senior and above. In fallback "
                          "dispatch the reservation is lifted after the time set under Follow-up and dispatch.")));
    m_reservations->setMaximumHeight(m_reservations->horizontalHeader()->sizeHint().height()
                                     + 6 * m_reservations->verticalHeader()->defaultSectionSize() + 4);
    rl->addWidget(m_reservations);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    rl->addLayout(buttons);
    rl->addStretch(1);

    return twoColumnPage(caps, deadline, reserved);
}

void RulesEditor::addReservation(int priority, Level level)
{
    const int row = m_reservations->rowCount();
    m_reservations->insertRow(row);
    auto *prio = new QComboBox;
    prio->addItem(QStringLiteral("P1"), 1);
    for (int p = 2; p <= kLowestPriority; ++p) {
        prio->addItem(QStringLiteral("P1–P%1").arg(p), p);
    }
    prio->setCurrentIndex(prio->findData(priority));
    auto *lvl = new QComboBox;
    for (const Level l : {Level::Junior, Level::Senior, Level::Lead}) {
        lvl->addItem(tr("%1 and above").arg(Format::level(l)), int(l));
    }
    lvl->setCurrentIndex(lvl->findData(int(level)));
    connect(prio, &QComboBox::currentIndexChanged, this, &RulesEditor::changed);
    connect(lvl, &QComboBox::currentIndexChanged, this, &RulesEditor::changed);
    m_reservations->setCellWidget(row, 0, prio);
    m_reservations->setCellWidget(row, 1, lvl);
}

QWidget *RulesEditor::followUpTab()
{
    m_followHours = spin(1, 24 * 90, tr(" h"));
    m_warnHours = spin(0, 24 * 90, tr(" h"));
    m_cooldownHours = spin(0, 24 * 90, tr(" h"));
    auto *follow = new QGroupBox(tr("Follow-up and reclaim"));
    auto *ff = new QFormLayout(follow);
    ff->addRow(tr("Reclaim without follow-up after:"), m_followHours);
    ff->addRow(tr("Warn before the reclaim:"), m_warnHours);
    ff->addRow(tr("Cool-down before re-grabbing a reclaimed order:"), m_cooldownHours);
    ff->addRow(note(tr("A reclaimed order goes back to the pool and logs a no-follow-up violation for its grabber.")));

    m_burstAttempts = spin(1, 10000);
    m_burstSeconds = spin(1, 3600, tr(" s"));
    m_escalateCount = spin(1, 10000);
    m_escalateDays = spin(1, 3650, tr(" days"));
    auto *violations = new QGroupBox(tr("Violations"));
    auto *vf = new QFormLayout(violations);
    vf->addRow(tr("Too fast: more than this many grab attempts:"), m_burstAttempts);
    vf->addRow(tr("… within:"), m_burstSeconds);
    vf->addRow(tr("Escalate at this many violations:"), m_escalateCount);
    vf->addRow(tr("… within:"), m_escalateDays);

    m_mode = new QComboBox;
    m_mode->addItem(tr("Off: pure grabbing"), int(DispatchPolicy::Mode::Off));
    m_mode->addItem(tr("Fallback: grab first, then dispatch"), int(DispatchPolicy::Mode::Fallback));
    m_mode->addItem(tr("Always: no grabbing, every order dispatched"), int(DispatchPolicy::Mode::Always));
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RulesEditor::changed);
    m_widen = spin(0, kMaxMinutes, tr(" min"));
    m_dispatchAfter = spin(0, kMaxMinutes, tr(" min"));
    m_vipWiden = spin(0, kMaxMinutes, tr(" min"));
    m_vipDispatch = spin(0, kMaxMinutes, tr(" min"));
    m_wSkill = weight(0);
    m_wRegion = weight(0);
    m_wWorkload = weight(0);
    m_wWinRate = weight(0);
    m_wSatisfaction = weight(0);
    m_priorWins = weight(0.01);
    m_priorLosses = weight(0.01);
    auto *dispatch = new QGroupBox(tr("Dispatch"));
    // One form, timing first, then the weights: two forms side by side made the tab wider
    // than a laptop screen.
    auto *form = new QFormLayout(dispatch);
    form->addRow(tr("Mode:"), m_mode);
    form->addRow(tr("Open to every level after:"), m_widen);
    form->addRow(tr("Dispatch after:"), m_dispatchAfter);
    form->addRow(tr("VIP: open to every level after:"), m_vipWiden);
    form->addRow(tr("VIP: dispatch after:"), m_vipDispatch);
    form->addRow(tr("Weight of skill match:"), m_wSkill);
    form->addRow(tr("Weight of region match:"), m_wRegion);
    form->addRow(tr("Weight of light workload:"), m_wWorkload);
    form->addRow(tr("Weight of success rate:"), m_wWinRate);
    form->addRow(tr("Weight of satisfaction:"), m_wSatisfaction);
    form->addRow(tr("Success-rate prior (wins):"), m_priorWins);
    form->addRow(tr("Success-rate prior (losses):"), m_priorLosses);
    form->addRow(note(tr("Dispatch picks the eligible grabber with the highest weighted score; the success rate is smoothed as "
                         "(wins + prior wins) / (closed + prior wins + prior losses).")));

    return twoColumnPage(follow, violations, dispatch);
}

void RulesEditor::setRules(const RuleSet &r)
{
    m_filling = true;
    m_base = r;
    m_windows->setWindows(r.windows);
    m_vipAlwaysOpen->setChecked(r.vipAlwaysOpen);
    m_zone->setZone(r.timeZone);
    for (auto it = m_caps.cbegin(); it != m_caps.cend(); ++it) {
        it.value()->setValue(r.dailyCap.value(it.key()));
    }
    m_workload->setValue(r.maxOpenWorkload);
    m_reservations->setRowCount(0);
    for (const RuleSet::Reservation &res : r.reservations) {
        addReservation(res.priority, res.minLevel);
    }
    m_deadline->setValue(r.grabDeadlineMinutes);
    m_priority->setPolicy(r.priority);
    m_followHours->setValue(r.followUp.hours);
    m_warnHours->setValue(r.followUp.warnBeforeHours);
    m_cooldownHours->setValue(r.followUp.cooldownHours);
    m_mode->setCurrentIndex(m_mode->findData(int(r.dispatch.mode)));
    m_widen->setValue(r.dispatch.widenAfterMinutes);
    m_dispatchAfter->setValue(r.dispatch.dispatchAfterMinutes);
    m_vipWiden->setValue(r.dispatch.vipWidenAfterMinutes);
    m_vipDispatch->setValue(r.dispatch.vipDispatchAfterMinutes);
    m_wSkill->setValue(r.dispatch.skillWeight);
    m_wRegion->setValue(r.dispatch.regionWeight);
    m_wWorkload->setValue(r.dispatch.workloadWeight);
    m_wWinRate->setValue(r.dispatch.winRateWeight);
    m_wSatisfaction->setValue(r.dispatch.satisfactionWeight);
    m_priorWins->setValue(r.dispatch.priorWins);
    m_priorLosses->setValue(r.dispatch.priorLosses);
    m_burstAttempts->setValue(r.violations.burstAttempts);
    m_burstSeconds->setValue(r.violations.burstSeconds);
    m_escalateCount->setValue(r.violations.escalateCount);
    m_escalateDays->setValue(r.violations.escalateDays);
    m_filling = false;
}

RuleSet RulesEditor::rules(QString *problem) const
{
    RuleSet r = m_base;
    QString why = m_windows->problem();
    r.windows = m_windows->windows();
    r.vipAlwaysOpen = m_vipAlwaysOpen->isChecked();
    // The picker's search may hide every zone: then the zone stays as it was.
    if (!m_zone->zone().isEmpty()) {
        r.timeZone = m_zone->zone();
    }
    for (auto it = m_caps.cbegin(); it != m_caps.cend(); ++it) {
        r.dailyCap[it.key()] = it.value()->value();
    }
    r.maxOpenWorkload = m_workload->value();
    r.reservations.clear();
    for (int row = 0; row < m_reservations->rowCount(); ++row) {
        const auto *prio = qobject_cast<QComboBox *>(m_reservations->cellWidget(row, 0));
        const auto *lvl = qobject_cast<QComboBox *>(m_reservations->cellWidget(row, 1));
        r.reservations.append({prio->currentData().toInt(), Level(lvl->currentData().toInt())});
    }
    r.grabDeadlineMinutes = m_deadline->value();
    QString priorityProblem;
    r.priority = m_priority->policy(&priorityProblem);
    if (why.isEmpty()) {
        why = priorityProblem;
    }
    r.followUp.hours = m_followHours->value();
    r.followUp.warnBeforeHours = m_warnHours->value();
    r.followUp.cooldownHours = m_cooldownHours->value();
    if (why.isEmpty() && r.followUp.warnBeforeHours >= r.followUp.hours) {
        why = tr("The reclaim warning (%1 h before) must come before the reclaim itself (after %2 h).").arg(r.followUp.warnBeforeHours).arg(r.followUp.hours);
    }
    r.dispatch.mode = DispatchPolicy::Mode(m_mode->currentData().toInt());
    r.dispatch.widenAfterMinutes = m_widen->value();
    r.dispatch.dispatchAfterMinutes = m_dispatchAfter->value();
    r.dispatch.vipWidenAfterMinutes = m_vipWiden->value();
    r.dispatch.vipDispatchAfterMinutes = m_vipDispatch->value();
    if (why.isEmpty() && (r.dispatch.widenAfterMinutes > r.dispatch.dispatchAfterMinutes || r.dispatch.vipWidenAfterMinutes > r.dispatch.vipDispatchAfterMinutes)) {
        why = tr("Dispatch: an order must open to every level before (or when) it is dispatched.");
    }
    r.dispatch.skillWeight = m_wSkill->value();
    r.dispatch.regionWeight = m_wRegion->value();
    r.dispatch.workloadWeight = m_wWorkload->value();
    r.dispatch.winRateWeight = m_wWinRate->value();
    r.dispatch.satisfactionWeight = m_wSatisfaction->value();
    r.dispatch.priorWins = m_priorWins->value();
    r.dispatch.priorLosses = m_priorLosses->value();
    r.violations.burstAttempts = m_burstAttempts->value();
    r.violations.burstSeconds = m_burstSeconds->value();
    r.violations.escalateCount = m_escalateCount->value();
    r.violations.escalateDays = m_escalateDays->value();
    if (problem) {
        *problem = why;
    }
    return r;
}

} // namespace grab::ui
