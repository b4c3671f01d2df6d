// The team's alerts on the Dashboards page, offscreen, on a database built for them: a grabber
// at the open-workload cap (Overload) and a VIP order left waiting (StarvingVip). Each alert
// shows as one line with its sentence; double-clicking the grabber's opens their dashboard,
// the pool's opens the drill-down with exactly the rows behind it. Without alerts the list
// says so, and a long list stays at a few lines with a scrollbar. The grabber's view lists their
// recent violations and feedback.

#include "testdb.h"

#include "dashboard/alertlist.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/drilldialog.h"
#include "dashboard/recentrowspanel.h"
#include "services/grab/grabservice.h"
#include "services/team/violationservice.h"
#include "common/appsettings.h"

#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

class TestDashboardAlerts : public QObject
{
    Q_OBJECT

    static bool settle(DashboardPage &page)
    {
        return QTest::qWaitFor([&] { return page.hasFigures() && !page.isComputing(); }, 20000);
    }

    static void doubleClick(QListWidget *list, int row)
    {
        const QPoint at = list->visualItemRect(list->item(row)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
    }

private slots:
    void overloadAndStarvingAlertsShowAndOpen()
    {
        TestDb t;
        t.setRules([](RuleSet &r) {
            r.windows = {GrabWindow{{1, 2, 3, 4, 5, 6, 7}, 0, 1440, QStringLiteral("All day"), false}};
            r.maxOpenWorkload = 3;
        });
        t.grabber(QStringLiteral("张伟"));
        const qint64 busy = t.grabber(QStringLiteral("李娜"));
        const qint64 cust = t.customer();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(GrabService(t.ctx()).grab(t.order(cust), busy)); // 3 open: the cap
        }
        ViolationService::NewViolation v; // one: not yet an alert, but on the grabber's list
        v.grabberId = busy;
        v.type = QStringLiteral("rude_to_customer");
        v.severity = ViolationService::Severity::Medium;
        v.note = QStringLiteral("raised his voice on the phone");
        QVERIFY(ViolationService(t.ctx()).record(v));
        t.clock.set(at("2026-11-25T11:00:00"));
        t.order(t.customer(Tier::Vip));
        t.clock.set(at("2026-11-25T11:30:00")); // the VIP order has waited 30 minutes

        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        DashboardPage page(t.path(), t.clock, settings);
        page.resize(1400, 900);
        page.show();
        QVERIFY(settle(page));

        AlertList *alerts = page.alerts();
        QVERIFY(alerts->isVisible());
        QCOMPARE(alerts->alerts().size(), page.shown().alerts.size());
        QVERIFY(alerts->emptyText().isEmpty());
        QListWidget *list = alerts->list();
        QCOMPARE(list->count(), int(alerts->alerts().size()));
        int overload = -1, starving = -1;
        for (int i = 0; i < list->count(); ++i) {
            const Alert &a = alerts->alerts().at(i);
            QCOMPARE(list->item(i)->text(), a.sentence); // the line is the alert's sentence
            if (a.kind == Alert::Kind::Overload) {
                overload = i;
            } else if (a.kind == Alert::Kind::StarvingVip) {
                starving = i;
            }
        }
        QVERIFY(overload >= 0);
        QVERIFY(starving >= 0);
        QVERIFY2(list->item(overload)->text().contains(QStringLiteral("李娜")), qPrintable(list->item(overload)->text()));
        QCOMPARE(alerts->alerts().at(overload).grabberId, std::optional<qint64>(busy));

        // The pool's alert opens the rows behind it: the one starving order.
        QSignalSpy drilled(&page, &DashboardPage::drillShown);
        doubleClick(list, starving);
        QTRY_COMPARE_WITH_TIMEOUT(drilled.count(), 1, 10000);
        QCOMPARE(drilled.at(0).at(0).toInt(), 1);
        QVERIFY(page.drillDialog()->heading().startsWith(alerts->alerts().at(starving).sentence));
        page.drillDialog()->close();

        // The grabber's alert opens their dashboard.
        doubleClick(list, overload);
        QVERIFY(settle(page));
        QCOMPARE(page.shown().request.view, DashboardRequest::View::Grabber);
        QCOMPARE(page.shown().request.grabberId, busy);
        QCOMPARE(page.shown().current.name, QStringLiteral("李娜"));

        // Their view lists the violation (newest first) and says there is no feedback.
        RecentRowsPanel *violations = page.recentViolations();
        QVERIFY(violations->isVisible());
        QCOMPARE(violations->list()->count(), 1);
        const QString line = violations->list()->item(0)->text();
        QVERIFY2(line.startsWith(QStringLiteral("2026-11-25 09:00")), qPrintable(line)); // team time
        QVERIFY2(line.contains(QStringLiteral("rude to customer (medium)")), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("raised his voice on the phone")));
        QCOMPARE(violations->countText(), QStringLiteral("1 in the period"));
        QCOMPARE(page.recentFeedback()->emptyText(), QStringLiteral("No feedback in this period."));
    }

    void anEmptyListSaysSoAndALongOneScrolls()
    {
        AlertList list;
        list.resize(800, 400);
        list.show();
        QCOMPARE(list.emptyText(), QStringLiteral("No alerts for this period."));
        QVERIFY(!list.list()->isVisible());

        QList<Alert> many;
        for (int i = 0; i < 10; ++i) {
            Alert a;
            a.kind = Alert::Kind::Overload;
            a.severity = i % 2 ? Alert::Severity::Critical : Alert::Severity::Warning;
            a.grabberId = i + 1;
            a.grabberName = QStringLiteral("G%1").arg(i + 1);
            a.sentence = QStringLiteral("G%1 holds 3 open orders, at the cap of 3.").arg(i + 1);
            many << a;
        }
        list.setAlerts(many);
        QVERIFY(list.emptyText().isEmpty());
        QVERIFY(list.list()->isVisible());
        QCOMPARE(list.list()->count(), 10);
        const int row = list.list()->sizeHintForRow(0);
        QVERIFY(list.list()->height() <= (AlertList::kVisibleRows + 1) * row);
        QVERIFY(list.list()->height() >= AlertList::kVisibleRows * row);
        QVERIFY(list.list()->verticalScrollBar()->maximum() > 0);

        DrillDown::Row feedback;
        feedback.atMs = at("2026-11-24T15:30:00");
        feedback.orderId = 42;
        feedback.score = 2;
        feedback.note = QStringLiteral("回复太慢");
        QCOMPARE(RecentRowsPanel::line(RecentRowsPanel::Kind::Feedback, feedback, QTimeZone(kZone)),
                 QStringLiteral("2026-11-24 15:30 · score 2 · 回复太慢 · order #42"));

        QSignalSpy grabber(&list, &AlertList::grabberRequested);
        doubleClick(list.list(), 3);
        QCOMPARE(grabber.count(), 1);
        QCOMPARE(grabber.at(0).at(0).toLongLong(), 4);
    }
};

QTEST_MAIN(TestDashboardAlerts)
#include "tst_dashboardalerts.moc"
