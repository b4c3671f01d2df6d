#pragma once

#include "services/rules/ruleservice.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace grab::ui {

class RuleHistoryModel;

// The History tab: every version (newest first) with when, who and what changed; the selected
// version's changes, its summary and its whole rule set, read-only; "Restore this version"
// asks the page to store it again as a new version (history is never rewritten).
class RuleHistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleHistoryPanel)

public:
    explicit RuleHistoryPanel(QWidget *parent = nullptr);

    void setHistory(const QList<RuleVersion> &versions, const QTimeZone &zone);
    RuleHistoryModel *model() const { return m_model; }
    bool selectVersion(int version);
    int selectedVersion() const; // 0 when none
    QString detailText() const;

signals:
    void restoreRequested(int version);

private:
    void showSelected();

    RuleHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_changes = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QPushButton *m_restore = nullptr;
    int m_current = 0;
};

} // namespace grab::ui
