// The Reviews page's prompts: the dialogs that ask the supervisor before the page acts (a new
// cycle, the approver's name, the lock, where to export or save, a decision, printing). The
// actions themselves are in reviewpage.cpp.
#include "reviewpage.h"
#include "appraisalsheet.h"
#include "decisiondialog.h"
#include "newcycledialog.h"
#include "reviewcyclebar.h"
#include "reviewentryfilter.h"
#include "reviewentrymodel.h"
#include "reviewopener.h"
#include "reviewsheetpanel.h"
#include "reviewtext.h"
#include "common/messagestrip.h"
#include "services/export/reviewexport.h"
#include "services/review/reviewservice.h"
#include "services/rules/ruleservice.h"
#include "common/appsettings.h"
#include "store/database.h"
#include "common/filedialog.h"
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QTimeZone>
#include <algorithm>

namespace grab::ui {

void ReviewPage::askNewCycle()
{
    auto defaults = service().defaultSettings();
    if (!defaults) {
        fail(defaults.error());
        return;
    }
    NewCycleDialog dialog(proposedQuarter(), *defaults, this);
    if (dialog.exec() == QDialog::Accepted) {
        createCycle(dialog.quarter(), dialog.settings());
    }
}

void ReviewPage::askApprove()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Approve %1").arg(currentQuarter()), tr("The approver's name:"), QLineEdit::Normal, {}, &ok);
    if (ok) {
        approve(name);
    }
}

void ReviewPage::askLock()
{
    const auto answer = QMessageBox::warning(
        this, tr("Lock %1").arg(currentQuarter()),
        tr("Lock the review %1 for good?\n\nNothing in it can change any more — no score, comment or decision, and the "
           "approval cannot be withdrawn. This cannot be undone.")
            .arg(currentQuarter()),
        QMessageBox::Cancel | QMessageBox::Ok, QMessageBox::Cancel);
    if (answer == QMessageBox::Ok) {
        lock();
    }
}

void ReviewPage::askExport()
{
    const QString path = filedialog::saveFileName(this, tr("Export the review as CSV"),
                                                      QDir::home().filePath(ReviewExport::suggestedName(currentQuarter())),
                                                      tr("CSV for Excel (*.csv)"));
    if (!path.isEmpty()) {
        exportCsv(path);
    }
}

ReviewPage::Remaining ReviewPage::remainingOfCycle() const
{
    Remaining r;
    if (!m_view) {
        return r;
    }
    auto rules = RuleService(Context{m_db, m_clock, m_actor}).current();
    const QTimeZone zone = rules ? rules->zone() : QTimeZone::systemTimeZone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), zone).date();
    r.lastDay = m_view->cycle.period.to.addDays(-1); // the period's end is the first day after it
    r.running = today <= r.lastDay;
    r.daysAfterToday = r.running ? int(today.daysTo(r.lastDay)) : 0;
    return r;
}

void ReviewPage::askOpen()
{
    if (!m_view) {
        return;
    }
    // Opening freezes every grabber's KPIs as they stand: a quarter still running would be judged
    // on part of itself, silently. Say how much is left and ask, the safe answer the default.
    const Remaining left = remainingOfCycle();
    if (left.running) {
        const QString quarter = m_view->cycle.quarter;
        const QString text =
            (left.daysAfterToday > 0 ? tr("%1 is not over: it runs until %2, %n more day(s) after today.", nullptr, left.daysAfterToday)
                                     : tr("%1 is not over: today, %2, is its last day."))
                .arg(quarter, QLocale().toString(left.lastDay, QLocale::LongFormat))
            + QStringLiteral("\n\n")
            + tr("Opening the cycle now freezes every grabber's KPIs as they stand today; what happens in the rest of the quarter will not "
                 "count in this review. Open it now?");
        QMessageBox box(QMessageBox::Question, tr("Open %1").arg(quarter), text, QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("openEarly"));
        QPushButton *go = box.addButton(tr("Open now"), QMessageBox::AcceptRole);
        QPushButton *no = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(no);
        box.setEscapeButton(no);
        box.exec();
        if (box.clickedButton() != go) {
            return;
        }
    }
    openCycle();
}

void ReviewPage::askDecision(qint64 grabberId)
{
    const int row = m_model->rowOf(grabberId);
    if (row < 0) {
        return;
    }
    DecisionDialog dialog(*m_model->entry(row), QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date(), this);
    // A refusal stays in the dialog, with what was typed; only a decision made closes it.
    dialog.setSubmit([this, grabberId](const NewReviewDecision &d) { return tryDecision(grabberId, d); });
    dialog.exec();
}

void ReviewPage::askPrint(qint64 grabberId)
{
    auto sheet = appraisalSheet(grabberId);
    if (!sheet) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the appraisal sheet"));
    if (dialog.exec() == QDialog::Accepted) {
        sheet->print(&printer);
    }
}

void ReviewPage::askSavePdf(qint64 grabberId)
{
    const int row = m_model->rowOf(grabberId);
    if (!m_view || row < 0) {
        return;
    }
    const QString path = filedialog::saveFileName(this, tr("Save the appraisal sheet as PDF"),
                                                      QDir::home().filePath(AppraisalSheet::suggestedName(m_view->cycle, *m_model->entry(row))),
                                                      tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        savePdf(grabberId, path);
    }
}

} // namespace grab::ui
