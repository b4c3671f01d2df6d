#pragma once

// The dashboards' page tests share this: a demo database (fixed seed, fixed clock, a target and
// four trainings for grabber 1), the page opened on it, the real grabctl to compare with, and the
// check that every card's drill-down lists the rows its figure is made of.

#include "../core/testdb.h"

#include "common/format.h"
#include "dashboard/activitycharts.h"
#include "dashboard/awardcard.h"
#include "dashboard/chartpanel.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardworker.h"
#include "dashboard/drilldialog.h"
#include "dashboard/grabbercharts.h"
#include "dashboard/kpicard.h"
#include "dashboard/leaderboardmodel.h"
#include "dashboard/recentrowspanel.h"
#include "dashboard/targetpanel.h"
#include "base/money.h"
#include "domain/responsebuckets.h"
#include "services/metrics/metricsservice.h"
#include "services/metrics/targetservice.h"
#include "common/appsettings.h"
#include "demo/demogenerator.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QThread>

#include <atomic>
#include <cmath>

namespace grab::test {

inline QJsonDocument grabctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("GRABCTL"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("grabctl %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput());
}

class DashboardFixture
{
protected:
    using Preset = grab::PeriodPreset;
    using DashboardPage = ui::DashboardPage;
    using KpiFigure = ui::KpiFigure;
    using KpiCard = ui::KpiCard;
    using DrillDialog = ui::DrillDialog;
    using DrillResult = ui::DrillResult;
    using AppSettings = ui::AppSettings;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{at("2026-11-25T18:00:00")}; // a Wednesday evening, team time

    // The demo database, for initTestCase(); false, with a warning saying what, if it cannot be built.
    bool makeDemo()
    {
        const auto failed = [](const char *what) {
            qWarning("the demo database: %s", what);
            return false;
        };
        if (qEnvironmentVariableIsEmpty("GRABCTL")) {
            return failed("run through CTest: GRABCTL names the grabctl executable");
        }
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        Database::Options o;
        o.mode = Database::Mode::OpenOrCreate;
        auto db = Database::open(m_path, o);
        if (!db) {
            return failed("cannot open it");
        }
        m_db = std::move(*db);
        DemoGenerator::Options d;
        d.seed = 11;
        d.grabbers = 10;
        d.days = 45;
        d.timeZone = QString::fromLatin1(kZone);
        d.endMs = m_clock.nowMs();
        if (!DemoGenerator::generate(*m_db, d)) {
            return failed("the generator failed");
        }
        if (!TargetService(Context{*m_db, m_clock, QStringLiteral("test")}).set(1, QDate(2026, 11, 1), 30, 50000000)) {
            return failed("cannot set grabber 1's target");
        }
        // Grabber 1's trainings are exactly these four in November (one overdue, one not passed):
        // the demo's own coaching for grabber 1 is cleared first, so the figures are known here.
        if (QSqlQuery clear(m_db->connection()); !clear.exec(QStringLiteral("DELETE FROM trainings WHERE grabber_id = 1"))) {
            return failed("cannot clear grabber 1's trainings");
        }
        const auto training = [&](const char *course, const QVariant &taken, const QVariant &due,
                                  const QVariant &passed) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("INSERT INTO trainings (grabber_id, course, category, taken_on, due_on, hours, "
                                     "passed) VALUES (1, ?, 'sales_skills', ?, ?, 2.5, ?)"));
            q.addBindValue(QString::fromUtf8(course));
            q.addBindValue(taken);
            q.addBindValue(due);
            q.addBindValue(passed);
            return q.exec();
        };
        if (!training("Objection handling", QStringLiteral("2026-11-03"), QVariant(), 1) ||
            !training("Cloud basics", QStringLiteral("2026-11-12"), QVariant(), 0) ||
            !training("Calm calls", QVariant(), QStringLiteral("2026-11-20"), QVariant()) || // overdue
            !training("Contracts 101", QVariant(), QStringLiteral("2026-11-28"), QVariant())) {
            return failed("cannot add the trainings");
        }
        return true;
    }

    struct Opened
    {
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<DashboardPage> page;
    };

    Opened open()
    {
        Opened o;
        o.settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        o.page = std::make_unique<DashboardPage>(m_path, m_clock, *o.settings);
        o.page->resize(1400, 900);
        o.page->show();
        if (!settle(*o.page)) {
            qFatal("the dashboard computed nothing");
        }
        return o;
    }

    static bool settle(DashboardPage &page)
    {
        return QTest::qWaitFor([&] { return page.hasFigures() && !page.isComputing(); }, 20000);
    }

    static double cardValue(const DashboardPage &page, KpiFigure::Figure f)
    {
        KpiCard *c = page.card(f);
        return c && c->value() ? *c->value() : std::nan("");
    }

    // Opens a drill-down and waits for its dialog.
    template <typename Open> static DrillDialog *drill(DashboardPage &page, Open open)
    {
        QSignalSpy shown(&page, &DashboardPage::drillShown);
        open();
        if (!shown.wait(20000)) {
            return nullptr;
        }
        return page.drillDialog();
    }

    // How many rows a card's drill-down lists: its count for a count, the denominator for a
    // rate or a mean.
    static qint64 rowsBehind(KpiFigure::Figure f, const GrabberKpis &k)
    {
        switch (f) {
        case KpiFigure::SuccessRate:
        case KpiFigure::FailureRate:
            return k.closed();
        case KpiFigure::HitRate:
            return k.attempts;
        case KpiFigure::Satisfaction:
            return k.feedbackCount;
        case KpiFigure::Revenue:
            return k.won;
        case KpiFigure::MedianResponse:
        case KpiFigure::Fairness:
            return k.volume;
        default:
            break;
        }
        return qint64(*KpiFigure::value(f, k));
    }

    // Every card on screen: its drill-down lists the rows behind it, and the figure worked out
    // from them is the card's. The caller checks QTest::currentTestFailed() after it.
    static void checkEveryCard(DashboardPage &page)
    {
        for (int i = 0; i < KpiFigure::Count; ++i) {
            const auto f = KpiFigure::Figure(i);
            KpiCard *card = page.card(f);
            if (!card) {
                continue; // not in this view
            }
            QVERIFY(card->toolTipText().contains(KpiFigure::drillHint(f)));
            DrillDialog *dialog = drill(page, [&] { QTest::mouseClick(card, Qt::LeftButton); });
            QVERIFY2(dialog, qPrintable(KpiFigure::title(f)));
            const DrillResult &r = dialog->result();
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            const QString what = KpiFigure::title(f);
            QCOMPARE(dialog->orderCount(), rowsBehind(f, page.shown().current));
            QCOMPARE(r.total, qint64(dialog->orderCount()));
            QVERIFY2(dialog->windowTitle().startsWith(what), qPrintable(dialog->windowTitle()));
            QVERIFY2(dialog->windowTitle().contains(QLocale().toString(dialog->orderCount())),
                     qPrintable(dialog->windowTitle()));
            const std::optional<double> shown = card->value();
            QCOMPARE(r.summary.value.has_value(), shown.has_value());
            if (shown) {
                QVERIFY2(std::abs(*r.summary.value - *shown) <= 1e-9 * std::max(1.0, std::abs(*shown)),
                         qPrintable(QStringLiteral("%1: %2 from the rows, %3 on the card")
                                        .arg(what)
                                        .arg(*r.summary.value)
                                        .arg(*shown)));
                if (KpiFigure::isRate(f) || f == KpiFigure::Satisfaction || f == KpiFigure::Revenue ||
                    f == KpiFigure::MedianResponse || f == KpiFigure::Fairness) {
                    // The heading says how the rows make the figure, in the card's own words.
                    QVERIFY2(dialog->heading().contains(card->valueText()), qPrintable(dialog->heading()));
                }
            }
            QVERIFY(!dialog->heading().contains(QStringLiteral("nan"), Qt::CaseInsensitive));
            dialog->close();
        }
    }
};

} // namespace grab::test
