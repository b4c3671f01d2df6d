#include "domain/eligibility.h"

#include <QDateTime>
#include <QTimeZone>
#include <QTest>

using namespace grab;

namespace {

const char *kZone = "Asia/Shanghai";

qint64 at(const char *iso)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return QDateTime(local.date(), local.time(), QTimeZone(kZone)).toMSecsSinceEpoch();
}

struct Fixture
{
    RuleSet rules = RuleSet::defaults(QString::fromLatin1(kZone));
    Grabber grabber;
    Order order;
    int takenToday = 0;
    int workload = 0;
    qint64 now = at("2026-11-25T09:00:00"); // a Wednesday in the peak window

    Fixture()
    {
        grabber.id = 7;
        grabber.name = QStringLiteral("王芳");
        grabber.level = Level::Junior;
        order.id = 42;
        order.priority = 4;
        order.customerTier = Tier::Regular;
        order.publishedAt = now - 60000;
        order.pooledAt = order.publishedAt;
        order.grabDeadline = now + 3600000;
    }
    AssignPath path = AssignPath::Grab;
    bool widened = false;
    std::optional<qint64> cooldownUntil;
    Eligibility check() const
    {
        return checkEligibility(GrabContext{rules, grabber, order, takenToday, workload, now, path, widened, cooldownUntil});
    }
};

} // namespace

class TestEligibility : public QObject
{
    Q_OBJECT
private slots:
    void allowedExplainsItself()
    {
        Fixture f;
        const Eligibility e = f.check();
        QVERIFY(e.allowed);
        QVERIFY(e.reason.isEmpty());
        QCOMPARE(e.window, QStringLiteral("Morning peak"));
        QVERIFY2(e.detail.contains(QStringLiteral("order 1 of 20")), qPrintable(e.detail));
    }

    // The N-th grab of the day is allowed, the N+1-th is refused (N = the level's cap).
    void dailyCapBoundary_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("cap");
        QTest::newRow("junior 20") << int(Level::Junior) << 20;
        QTest::newRow("senior 25") << int(Level::Senior) << 25;
        QTest::newRow("lead 30") << int(Level::Lead) << 30;
    }
    void dailyCapBoundary()
    {
        QFETCH(int, level);
        QFETCH(int, cap);
        Fixture f;
        f.grabber.level = Level(level);
        f.takenToday = cap - 1; // this grab would be the cap-th
        QVERIFY(f.check().allowed);
        f.takenToday = cap; // this grab would be cap + 1
        const Eligibility e = f.check();
        QVERIFY(!e.allowed);
        QCOMPARE(e.reason, QString::fromLatin1(reason::DailyCap));
        QVERIFY2(e.detail.contains(QStringLiteral("%1 of the %1").arg(cap)), qPrintable(e.detail));
    }

    void personalCapOverridesTheLevel()
    {
        Fixture f;
        f.grabber.dailyCapOverride = 3;
        f.takenToday = 2;
        QVERIFY(f.check().allowed);
        f.takenToday = 3;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::DailyCap));
        QVERIFY(f.check().detail.contains(QStringLiteral("personal cap")));
        f.grabber.dailyCapOverride = 0; // a cap of zero stops grabbing entirely
        f.takenToday = 0;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::DailyCap));
    }

    void workloadCapBoundary()
    {
        Fixture f;
        f.workload = f.rules.maxOpenWorkload - 1;
        QVERIFY(f.check().allowed);
        f.workload = f.rules.maxOpenWorkload;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::WorkloadCap));
    }

    void status_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("active") << int(GrabberStatus::Active) << QString();
        QTest::newRow("on leave") << int(GrabberStatus::OnLeave) << QString::fromLatin1(reason::GrabberOnLeave);
        QTest::newRow("suspended") << int(GrabberStatus::Suspended) << QString::fromLatin1(reason::GrabberSuspended);
    }
    void status()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        Fixture f;
        f.grabber.status = GrabberStatus(status);
        QCOMPARE(f.check().reason, reason);
    }

    void restrictionList()
    {
        Fixture f;
        f.order.onlyGrabbers = {3, 9};
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::Restricted));
        f.order.onlyGrabbers = {3, 7};
        QVERIFY(f.check().allowed);
    }

    void restrictionByLevel()
    {
        Fixture f;
        f.order.minLevel = Level::Senior;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::LevelRestricted));
        QVERIFY(f.check().neededLevel == Level::Senior);
        f.grabber.level = Level::Senior;
        QVERIFY(f.check().allowed);
        QVERIFY(!f.check().neededLevel);
    }

    // Default reservation: P1 only for senior or above; P2 is open to juniors.
    void levelReservation_data()
    {
        QTest::addColumn<int>("priority");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("P1 junior refused") << 1 << int(Level::Junior) << false;
        QTest::newRow("P1 senior allowed") << 1 << int(Level::Senior) << true;
        QTest::newRow("P1 lead allowed") << 1 << int(Level::Lead) << true;
        QTest::newRow("P2 junior allowed") << 2 << int(Level::Junior) << true;
        QTest::newRow("P4 junior allowed") << 4 << int(Level::Junior) << true;
    }
    void levelReservation()
    {
        QFETCH(int, priority);
        QFETCH(int, level);
        QFETCH(bool, allowed);
        Fixture f;
        f.order.priority = priority;
        f.grabber.level = Level(level);
        const Eligibility e = f.check();
        QCOMPARE(e.allowed, allowed);
        if (!allowed) {
            QCOMPARE(e.reason, QString::fromLatin1(reason::LevelReserved));
        }
    }

    void reservationCoversHigherPriorities()
    {
        Fixture f;
        f.rules.reservations = {RuleSet::Reservation{2, Level::Lead}}; // P1 and P2 for leads
        f.grabber.level = Level::Senior;
        f.order.priority = 1;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::LevelReserved));
        QVERIFY(f.check().neededLevel == Level::Lead); // what a screen says: "reserved for lead"
        f.order.priority = 2;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::LevelReserved));
        f.order.priority = 3;
        QVERIFY(f.check().allowed);
    }

    void windowEdges()
    {
        Fixture f;
        f.order.grabDeadline = at("2026-11-30T00:00:00");
        f.now = at("2026-11-25T07:59:59");
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::OutsideWindow));
        f.now = at("2026-11-25T08:00:00");
        QVERIFY(f.check().allowed);
        f.now = at("2026-11-25T19:59:59");
        QVERIFY(f.check().allowed);
        f.now = at("2026-11-25T20:00:00");
        const Eligibility e = f.check();
        QCOMPARE(e.reason, QString::fromLatin1(reason::OutsideWindow));
        QVERIFY2(e.detail.contains(QStringLiteral("20:00")) && e.detail.contains(QStringLiteral("Asia/Shanghai")), qPrintable(e.detail));
    }

    void vipAlwaysOpen()
    {
        Fixture f;
        f.order.grabDeadline = at("2026-11-30T00:00:00");
        f.now = at("2026-11-29T11:00:00"); // Sunday: no window
        f.order.customerTier = Tier::Vip;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::OutsideWindow));
        f.rules.vipAlwaysOpen = true;
        QVERIFY(f.check().allowed);
        f.order.customerTier = Tier::Key; // the exception is for VIP orders only
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::OutsideWindow));
    }

    void deadline()
    {
        Fixture f;
        f.order.grabDeadline = f.now + 1;
        QVERIFY(f.check().allowed);
        f.order.grabDeadline = f.now;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::DeadlinePassed));
    }

    void widenedOrderLiftsTheReservationOnly()
    {
        Fixture f;
        f.order.priority = 1;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::LevelReserved));
        f.widened = true;
        QVERIFY(f.check().allowed);
        f.order.minLevel = Level::Senior; // a manager's explicit restriction is not lifted
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::LevelRestricted));
    }

    void cooldownAfterReclaim()
    {
        Fixture f;
        f.cooldownUntil = f.now + 1;
        const Eligibility e = f.check();
        QCOMPARE(e.reason, QString::fromLatin1(reason::Cooldown));
        QVERIFY2(e.detail.contains(QStringLiteral("reclaimed")), qPrintable(e.detail));
        f.cooldownUntil = f.now;
        QVERIFY(f.check().allowed);
    }

    // Windows and deadlines govern grabbing; a dispatch at night still honours caps and status.
    void dispatchPathIgnoresWindowsNotCaps()
    {
        Fixture f;
        f.path = AssignPath::Dispatch;
        f.now = at("2026-11-29T23:00:00"); // Sunday night
        f.order.grabDeadline = f.now - 1;
        const Eligibility e = f.check();
        QVERIFY(e.allowed);
        QVERIFY(e.window.isEmpty());
        f.takenToday = 20;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::DailyCap));
        f.takenToday = 0;
        f.grabber.status = GrabberStatus::OnLeave;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::GrabberOnLeave));
    }

    void alwaysDispatchModeRefusesGrabs()
    {
        Fixture f;
        f.rules.dispatch.mode = DispatchPolicy::Mode::Always;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::DispatchOnly));
        f.path = AssignPath::Dispatch;
        QVERIFY(f.check().allowed);
    }

    void escalationTiming_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("tier");
        QTest::addColumn<int>("waitedMinutes");
        QTest::addColumn<bool>("widened");
        QTest::addColumn<bool>("due");
        const int fallback = int(DispatchPolicy::Mode::Fallback);
        // Defaults: widen after 15, dispatch after 30; VIP after 5 and 10.
        QTest::newRow("fallback 14 min") << fallback << int(Tier::Key) << 14 << false << false;
        QTest::newRow("fallback 15 min") << fallback << int(Tier::Key) << 15 << true << false;
        QTest::newRow("fallback 29 min") << fallback << int(Tier::Key) << 29 << true << false;
        QTest::newRow("fallback 30 min") << fallback << int(Tier::Key) << 30 << true << true;
        QTest::newRow("VIP 4 min") << fallback << int(Tier::Vip) << 4 << false << false;
        QTest::newRow("VIP 5 min") << fallback << int(Tier::Vip) << 5 << true << false;
        QTest::newRow("VIP 10 min") << fallback << int(Tier::Vip) << 10 << true << true;
        QTest::newRow("off never") << int(DispatchPolicy::Mode::Off) << int(Tier::Vip) << 600 << false << false;
        QTest::newRow("always at once, not widened") << int(DispatchPolicy::Mode::Always) << int(Tier::Regular) << 0 << false << true;
    }
    void escalationTiming()
    {
        QFETCH(int, mode);
        QFETCH(int, tier);
        QFETCH(int, waitedMinutes);
        QFETCH(bool, widened);
        QFETCH(bool, due);
        Fixture f;
        f.rules.dispatch.mode = DispatchPolicy::Mode(mode);
        f.order.customerTier = Tier(tier);
        f.order.pooledAt = f.now - qint64(waitedMinutes) * 60000;
        QCOMPARE(isWidened(f.rules, f.order, f.now), widened);
        QCOMPARE(isDueForDispatch(f.rules, f.order, f.now), due);
    }

    // When several rules refuse, the most basic cause is named: status before restriction
    // before window before caps.
    void refusalOrder()
    {
        Fixture f;
        f.grabber.status = GrabberStatus::Suspended;
        f.order.onlyGrabbers = {1};
        f.now = at("2026-11-29T11:00:00");
        f.takenToday = 100;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::GrabberSuspended));
        f.grabber.status = GrabberStatus::Active;
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::Restricted));
        f.order.onlyGrabbers.clear();
        f.order.grabDeadline = at("2026-11-30T00:00:00");
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::OutsideWindow));
        f.now = at("2026-11-28T11:00:00");
        QCOMPARE(f.check().reason, QString::fromLatin1(reason::DailyCap));
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
