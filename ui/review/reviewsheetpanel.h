#pragma once

#include "services/review/reviewdata.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace grab::ui {

// The selected grabber's sheet beside the table: the frozen KPIs (value, target, weight,
// achievement, points and each one's why), the KPI score, the supervisor's score editor
// (1–5 and a comment), the final score and grade with its why, the decisions, and the previous
// quarters side by side (a column per quarter). It shows what it is given and asks the page to
// act (signals); it never calls a service itself. Read-only unless the cycle is open or scoring.
class ReviewSheetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewSheetPanel)

public:
    explicit ReviewSheetPanel(QWidget *parent = nullptr);

    // history: the grabber's entries in every cycle, newest first (ReviewService::history).
    void setEntry(const ReviewEntry &entry, const QList<ReviewEntry> &history, bool editable);
    void clear(const QString &why);
    bool hasEntry() const { return m_grabberId != 0; }
    qint64 grabberId() const { return m_grabberId; }
    bool isEditable() const { return m_editable; }

    // For tests: the editors and what they show.
    QSpinBox *scoreBox() const { return m_score; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *addDecisionButton() const { return m_addDecision; }
    QPushButton *removeDecisionButton() const { return m_removeDecision; }
    QListWidget *decisionList() const { return m_decisions; }
    QTableWidget *kpiTable() const { return m_kpis; }
    QTableWidget *historyTable() const { return m_history; }
    QString finalText() const;

signals:
    void scoreRequested(qint64 grabberId, int score, const QString &comment);
    void addDecisionRequested(qint64 grabberId);
    void removeDecisionRequested(qint64 decisionId);
    void printRequested(qint64 grabberId);
    void savePdfRequested(qint64 grabberId);

private:
    void fillKpis(const ReviewEntry &entry);
    void fillHistory(const QList<ReviewEntry> &history);
    void updateEditors();

    qint64 m_grabberId = 0;
    bool m_editable = false;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTableWidget *m_kpis = nullptr;
    QLabel *m_kpiScore = nullptr;
    QSpinBox *m_score = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_final = nullptr;
    QLabel *m_finalWhy = nullptr;
    QListWidget *m_decisions = nullptr;
    QPushButton *m_addDecision = nullptr;
    QPushButton *m_removeDecision = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QTableWidget *m_history = nullptr;
    QWidget *m_body = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace grab::ui
