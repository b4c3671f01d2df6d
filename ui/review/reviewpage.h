#pragma once

#include "services/review/reviewdata.h"
#include "base/clock.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QProgressDialog;
class QSplitter;
class QTableView;

namespace grab {
class Database;
class ReviewService;
}

namespace grab::ui {

class AppSettings;
class AppraisalSheet;
class MessageStrip;
class ReviewCycleBar;
class ReviewEntryFilter;
class ReviewEntryModel;
class ReviewOpener;
class ReviewSheetPanel;

// The Reviews page: the quarterly appraisal of PRODUCT.md, driven through ReviewService.
// A cycle picker with the state and the progress ("142 of 200 scored"), the actions the state
// allows (New cycle…, Open, Approve…, Withdraw approval, Lock…, Export CSV…), the grabbers'
// table (missing only, on demand) and the selected grabber's sheet (ReviewSheetPanel), with a
// printable appraisal sheet (AppraisalSheet) per grabber.
//
// Opening a cycle freezes the whole team's quarter in one transaction: it runs on a
// ReviewOpener thread with its own connection behind a cancellable QProgressDialog. Everything
// else is one short read or write of a few rows on the GUI thread's connection. Every refusal
// of the core appears in the message strip with its sentence; nothing changes then.
class ReviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    ReviewPage(Database &db, const Clock &clock, AppSettings &settings, QWidget *parent = nullptr);
    ~ReviewPage() override;

    // Who acts, recorded on every review_changed event (default: the OS user name, as grabctl).
    void setActor(const QString &actor);
    QString actor() const { return m_actor; }

    // Reads the cycles again and shows `quarter` (or the one shown, or the newest).
    void reload(const QString &quarter = {});
    QString currentQuarter() const;
    std::optional<ReviewCycle> currentCycle() const;
    void selectGrabber(qint64 grabberId);
    // The quarter New cycle… proposes: the current one, or the one before when it exists.
    QString proposedQuarter() const;

    // What the actions do once their dialog has been answered; each returns whether the core
    // agreed, and says what happened in the message strip.
    bool createCycle(const QString &quarter, const std::optional<ReviewSettings> &settings = std::nullopt);
    bool openCycle(); // starts opening the shown draft; opened() follows
    bool isOpening() const;
    bool score(qint64 grabberId, int supervisorScore, const QString &comment);
    // Days of the shown cycle's quarter still to come after today in the team's time zone, and
    // whether the quarter is still running at all (today is in it or before its end).
    struct Remaining
    {
        bool running = false;
        int daysAfterToday = 0;
        QDate lastDay;
    };
    Remaining remainingOfCycle() const;
    bool addDecision(qint64 grabberId, const NewReviewDecision &decision);
    // The same, leaving a refusal to the caller (the decision dialog shows it in place).
    Status tryDecision(qint64 grabberId, const NewReviewDecision &decision);
    bool removeDecision(qint64 decisionId);
    bool approve(const QString &approver);
    bool withdrawApproval();
    bool lock();
    // The same bytes as `grabctl review export` (ReviewExport with the team's time zone and now).
    bool exportCsv(const QString &path);
    std::unique_ptr<AppraisalSheet> appraisalSheet(qint64 grabberId);
    bool savePdf(qint64 grabberId, const QString &path);

    // For tests and the benchmark.
    MessageStrip *messages() const { return m_messages; }
    ReviewEntryModel *model() const { return m_model; }
    ReviewEntryFilter *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    ReviewSheetPanel *sheet() const { return m_sheet; }
    ReviewCycleBar *cycleBar() const { return m_bar; }
    QCheckBox *missingOnlyBox() const { return m_missingOnly; }
    QString progressText() const;
    QString bannerText() const;
    QProgressDialog *progressDialog() const;
    int progressDialogMaximum() const { return m_progressMaximum; }
    qint64 lastOpenMs() const { return m_lastOpenMs; }

signals:
    void cycleShown(const QString &quarter);
    void opened(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    ReviewService service() const;
    void showCycle(const QString &quarter);
    void updateHeader();
    void refreshEntry(qint64 grabberId);
    void showSelected();
    bool fail(const Error &error);
    void onOpenFinished(bool ok, int entries, int errorCode, const QString &reason, const QString &message);
    void askNewCycle();
    void askOpen();
    void askApprove();
    void askLock();
    void askExport();
    void askDecision(qint64 grabberId);
    void askPrint(qint64 grabberId);
    void askSavePdf(qint64 grabberId);
    bool editable() const;

    Database &m_db;
    const Clock &m_clock;
    AppSettings &m_settings;
    QString m_actor;
    QList<ReviewCycle> m_cycles;
    std::optional<ReviewCycleView> m_view;
    qint64 m_selected = 0;

    ReviewCycleBar *m_bar = nullptr;
    MessageStrip *m_messages = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_formula = nullptr;
    QCheckBox *m_missingOnly = nullptr;
    ReviewEntryModel *m_model = nullptr;
    ReviewEntryFilter *m_filter = nullptr;
    QTableView *m_table = nullptr;
    ReviewSheetPanel *m_sheet = nullptr;
    QSplitter *m_splitter = nullptr;

    ReviewOpener *m_opener = nullptr;
    QPointer<QProgressDialog> m_progress;
    int m_progressMaximum = 0;
    QElapsedTimer m_openTimer;
    qint64 m_lastOpenMs = -1;
    QString m_openingQuarter;
};

} // namespace grab::ui
