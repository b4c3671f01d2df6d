#pragma once

#include "base/clock.h"
#include "domain/ruleset.h"
#include "live/boardstate.h"
#include "services/grab/grabberview.h"
#include "services/grab/quotaledger.h"

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <optional>

class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace grab {
class LiveHub;
class Database;
} // namespace grab

namespace grab::ui {

class GrabPoolFilter;
class GrabPoolModel;
class MessageStrip;
class QuotaPanel;

// Grabber mode (`grabdesk --grabber ID`): one grabber's window and nothing else. The pool this
// grabber may grab now, by priority then age (the others on request, greyed, with the rule that
// keeps them away); one key to grab the selected order; the outcome in a strip inside the
// window; the quota ledger beside the pool.
//
// Live: its own LiveHub (a feed on a worker thread with its own connection) delivers a snapshot, then
// deltas, which the model applies incrementally, so the selection and the scroll position
// survive other people's grabs. The grab itself runs here, in the GUI thread, on the window's
// own connection, through GrabService like every other grab; then the feed is poked.
//
// Time comes from `clock` (tests pass a FixedClock); it must outlive the window and is read
// from the feed's thread too.
class GrabberWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrabberWindow)

public:
    GrabberWindow(std::unique_ptr<Database> db, qint64 grabberId, const Clock &clock, QWidget *parent = nullptr);
    ~GrabberWindow() override;

    qint64 grabberId() const { return m_grabberId; }
    // The first snapshot has arrived: the pool and the ledger show data.
    bool isLive() const { return m_live; }

    // The selected order's id, or 0. selectOrder() selects a shown order (false if not shown).
    qint64 selectedOrderId() const;
    bool selectOrder(qint64 orderId);
    void setShowUnavailable(bool show);
    // Grabs the selected order (Enter, the Grab button and a double-click do this).
    void grabSelected();

    GrabPoolModel *poolModel() const { return m_model; }
    GrabPoolFilter *poolFilter() const { return m_filter; }
    QTableView *poolView() const { return m_view; }
    MessageStrip *messageStrip() const { return m_strip; }
    QuotaPanel *quotaPanel() const { return m_quotaPanel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildPoolArea();
    void sizeColumns();
    void startFeed();
    void onSnapshot(const grab::BoardSnapshot &snapshot);
    void onDelta(const grab::BoardDelta &delta);
    void onHealth(bool ok, const QString &message, qint64 polledAt);
    bool adoptQuota(const QList<Quota> &quotas); // true when this grabber's quota changed
    void tick();
    void refreshLedger();
    void refreshCounts();
    void refreshFeedLabel();
    void refreshEmptyState();
    void selectProxyRow(int row);
    void placeCursorAfterGrab(int row);

    std::unique_ptr<Database> m_db;
    const qint64 m_grabberId;
    const Clock &m_clock;
    QString m_name;
    bool m_live = false;
    RuleSet m_rules;
    std::optional<Quota> m_quota;
    QHash<qint64, qint64> m_reclaimedAt; // orders reclaimed from this grabber -> when

    GrabPoolModel *m_model = nullptr;
    GrabPoolFilter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_empty = nullptr; // over the table when it shows no order: why
    QCheckBox *m_showAll = nullptr;
    QPushButton *m_grabButton = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    MessageStrip *m_strip = nullptr;
    QuotaPanel *m_quotaPanel = nullptr;
    QLabel *m_feedLabel = nullptr;
    QTimer *m_ticker = nullptr;

    LiveHub *m_hub = nullptr;
    bool m_feedOk = true;
    QString m_feedError;
    qint64 m_lastPoll = 0;
};

} // namespace grab::ui
