#pragma once

#include "services/grab/grabberview.h"

#include <QFrame>

class QLabel;
class QProgressBar;

namespace grab::ui {

// The grabber's quota ledger (PRODUCT.md "Quota ledger"), a band of cards above the pool: what
// is left today and the calendar day that counts in the team's time zone; the daily cap, whose
// it is and what counted against it; the open workload against its cap; the grab window now and
// when it changes next; the grabber's status. Shows a GrabberView::Ledger; computes nothing.
class QuotaPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaPanel)

public:
    explicit QuotaPanel(QWidget *parent = nullptr);
    ~QuotaPanel() override;

    void setLedger(const GrabberView::Ledger &ledger, qint64 nowMs);

private:
    QLabel *value(const char *objectName);
    QLabel *heading(const QString &text);

    QLabel *m_leftCaption = nullptr;
    QProgressBar *m_dailyBar = nullptr;
    QProgressBar *m_workloadBar = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_dailyCap = nullptr;
    QLabel *m_takenToday = nullptr;
    QLabel *m_leftToday = nullptr;
    QLabel *m_attempts = nullptr;
    QLabel *m_workload = nullptr;
    QLabel *m_workloadLeft = nullptr;
    QLabel *m_day = nullptr;
    QLabel *m_windowNow = nullptr;
    QLabel *m_nextChange = nullptr;
};

} // namespace grab::ui
