#pragma once

#include "services/review/reviewdata.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace grab::ui {

// The Reviews page's top row: the cycle picker (by quarter), the cycle's state as a badge,
// its progress ("142 of 200 scored") and the actions its state allows — New cycle… always,
// Open in draft, Approve… in open and scoring, Withdraw approval and Lock… once approved,
// Export CSV… once opened. It only shows and asks; the page acts.
class ReviewCycleBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewCycleBar)

public:
    explicit ReviewCycleBar(QWidget *parent = nullptr);

    void setCycles(const QList<ReviewCycle> &cycles);
    // The cycle shown (nullptr: none yet); busy while a cycle is being opened.
    void show(const ReviewCycle *cycle, bool busy);
    QString progressText() const;

    QComboBox *picker() const { return m_picker; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *lockButton() const { return m_lock; }
    QPushButton *exportButton() const { return m_export; }

signals:
    void cycleChosen(const QString &quarter);
    void newRequested();
    void openRequested();
    void approveRequested();
    void withdrawRequested();
    void lockRequested();
    void exportRequested();

private:
    QComboBox *m_picker = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_lock = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace grab::ui
