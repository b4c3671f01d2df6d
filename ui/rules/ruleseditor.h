#pragma once

#include "domain/ruleset.h"

#include <QMap>
#include <QTabWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QTableWidget;

namespace grab::ui {

class PriorityEditor;
class TimeZonePicker;
class WindowsEditor;

// Every rule as a widget, in tabs a manager reads in order: when grabbing is open (windows,
// VIP orders, the team time zone), caps and fairness (daily caps, open workload, reserved
// priorities, the grab deadline), priority, and follow-up / dispatch / violations. The review
// defaults, rarely changed, are edited in the page's "All rules (JSON)" tab: rules() keeps
// whatever no widget shows from the rule set last given to setRules().
class RulesEditor final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesEditor)

public:
    explicit RulesEditor(QWidget *parent = nullptr);

    void setRules(const RuleSet &rules);
    // The rules as edited; *problem gets one sentence naming the first field that cannot be
    // stored (the window's language), or "".
    RuleSet rules(QString *problem = nullptr) const;

    // For tests and the page.
    WindowsEditor *windows() const { return m_windows; }
    QSpinBox *dailyCapBox(Level level) const { return m_caps.value(level); }
    QSpinBox *workloadBox() const { return m_workload; }
    QCheckBox *vipAlwaysOpenBox() const { return m_vipAlwaysOpen; }
    TimeZonePicker *timeZonePicker() const { return m_zone; }

signals:
    void edited();

private:
    QWidget *windowsTab();
    QWidget *capsTab();
    QWidget *followUpTab();
    QSpinBox *spin(int min, int max, const QString &suffix = QString());
    QDoubleSpinBox *weight(double min);
    void addReservation(int priority, Level level);
    void changed();

    RuleSet m_base;
    bool m_filling = false;
    WindowsEditor *m_windows = nullptr;
    QCheckBox *m_vipAlwaysOpen = nullptr;
    TimeZonePicker *m_zone = nullptr;
    QMap<Level, QSpinBox *> m_caps;
    QSpinBox *m_workload = nullptr;
    QTableWidget *m_reservations = nullptr;
    QSpinBox *m_deadline = nullptr;
    PriorityEditor *m_priority = nullptr;
    QSpinBox *m_followHours = nullptr;
    QSpinBox *m_warnHours = nullptr;
    QSpinBox *m_cooldownHours = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_widen = nullptr;
    QSpinBox *m_dispatchAfter = nullptr;
    QSpinBox *m_vipWiden = nullptr;
    QSpinBox *m_vipDispatch = nullptr;
    QDoubleSpinBox *m_wSkill = nullptr;
    QDoubleSpinBox *m_wRegion = nullptr;
    QDoubleSpinBox *m_wWorkload = nullptr;
    QDoubleSpinBox *m_wWinRate = nullptr;
    QDoubleSpinBox *m_wSatisfaction = nullptr;
    QDoubleSpinBox *m_priorWins = nullptr;
    QDoubleSpinBox *m_priorLosses = nullptr;
    QSpinBox *m_burstAttempts = nullptr;
    QSpinBox *m_burstSeconds = nullptr;
    QSpinBox *m_escalateCount = nullptr;
    QSpinBox *m_escalateDays = nullptr;
};

} // namespace grab::ui
