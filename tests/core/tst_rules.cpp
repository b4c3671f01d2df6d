#include "domain/ruleset.h"

#include <QDateTime>
#include <QTimeZone>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace grab;

namespace {
qint64 at(const char *iso, const char *zone)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return QDateTime(local.date(), local.time(), QTimeZone(zone)).toMSecsSinceEpoch();
}
} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    // Default windows: Mon-Sat 08:00-20:00, peak 08:00-10:00, in the team time zone.
    void defaultWindowEdges_data()
    {
        QTest::addColumn<QString>("local"); // local time in Asia/Shanghai
        QTest::addColumn<QString>("window"); // expected label, empty = closed
        // 2026-11-23 is a Monday, 2026-11-29 a Sunday.
        QTest::newRow("Mon 07:59:59 closed") << QStringLiteral("2026-11-23T07:59:59") << QString();
        QTest::newRow("Mon 08:00 peak opens") << QStringLiteral("2026-11-23T08:00:00") << QStringLiteral("Morning peak");
        QTest::newRow("Mon 09:59:59 still peak") << QStringLiteral("2026-11-23T09:59:59") << QStringLiteral("Morning peak");
        QTest::newRow("Mon 10:00 day") << QStringLiteral("2026-11-23T10:00:00") << QStringLiteral("Day");
        QTest::newRow("Mon 19:59:59 day") << QStringLiteral("2026-11-23T19:59:59") << QStringLiteral("Day");
        QTest::newRow("Mon 20:00 closed") << QStringLiteral("2026-11-23T20:00:00") << QString();
        QTest::newRow("Sat 09:00 open") << QStringLiteral("2026-11-28T09:00:00") << QStringLiteral("Morning peak");
        QTest::newRow("Sun 09:00 closed") << QStringLiteral("2026-11-29T09:00:00") << QString();
    }
    void defaultWindowEdges()
    {
        QFETCH(QString, local);
        QFETCH(QString, window);
        const RuleSet rules = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        const qint64 ms = at(local.toLatin1().constData(), "Asia/Shanghai");
        const GrabWindow *w = rules.windowAt(ms);
        QCOMPARE(w ? w->label : QString(), window);
    }

    // The same instant is inside the window for a Shanghai team and outside for a London team.
    void windowsFollowTheTeamTimeZone()
    {
        const qint64 instant = at("2026-11-23T09:00:00", "Asia/Shanghai"); // 01:00 in London
        QVERIFY(RuleSet::defaults(QStringLiteral("Asia/Shanghai")).windowAt(instant));
        QVERIFY(!RuleSet::defaults(QStringLiteral("Europe/London")).windowAt(instant));
    }

    void overnightWindow()
    {
        GrabWindow w{{5}, 22 * 60, 2 * 60, QStringLiteral("Night"), false}; // Friday 22:00 - Saturday 02:00
        QVERIFY(!w.contains(5, 21 * 60 + 59));
        QVERIFY(w.contains(5, 22 * 60));
        QVERIFY(w.contains(6, 0));
        QVERIFY(w.contains(6, 119));
        QVERIFY(!w.contains(6, 120));
        QVERIFY(!w.contains(4, 23 * 60)); // Thursday night is not Friday's window
    }

    // The calendar day for the daily cap is the team's, not UTC's.
    void dayBoundsInTeamZone()
    {
        const RuleSet rules = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        const auto [start, end] = rules.dayBounds(at("2026-11-23T00:30:00", "Asia/Shanghai"));
        QCOMPARE(start, at("2026-11-23T00:00:00", "Asia/Shanghai"));
        QCOMPARE(end, at("2026-11-24T00:00:00", "Asia/Shanghai"));
        QCOMPARE(end - start, qint64(24) * 3600 * 1000);
    }

    void priorityLevels_data()
    {
        QTest::addColumn<int>("tier");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("priority");
        QTest::newRow("small regular -> P4") << int(Tier::Regular) << qint64(100000) << QString() << 4;
        QTest::newRow("regular 5000 -> P4 (10 < 20)") << int(Tier::Regular) << qint64(500000) << QString() << 4;
        QTest::newRow("regular 20000 -> P3 (25)") << int(Tier::Regular) << qint64(2000000) << QString() << 3;
        QTest::newRow("regular 19999.99 -> P4") << int(Tier::Regular) << qint64(1999999) << QString() << 4;
        QTest::newRow("key small -> P3 (25)") << int(Tier::Key) << qint64(1000) << QString() << 3;
        QTest::newRow("key 20000 -> P2 (50)") << int(Tier::Key) << qint64(2000000) << QString() << 2;
        QTest::newRow("vip small -> P2 (50)") << int(Tier::Vip) << qint64(1000) << QString() << 2;
        QTest::newRow("vip 20000 -> P1 (75)") << int(Tier::Vip) << qint64(2000000) << QString() << 1;
        QTest::newRow("vip 5000 + region 10 -> P1 (70, edge)") << int(Tier::Vip) << qint64(500000) << QStringLiteral("华东") << 1;
        QTest::newRow("vip 5000 -> P2 (60)") << int(Tier::Vip) << qint64(500000) << QStringLiteral("华北") << 2;
    }
    void priorityLevels()
    {
        QFETCH(int, tier);
        QFETCH(qint64, amount);
        QFETCH(QString, region);
        QFETCH(int, priority);
        PriorityPolicy p = PriorityPolicy::defaults();
        p.regionPoints.insert(QStringLiteral("华东"), 10);
        const auto a = p.assess(Tier(tier), amount, region);
        QCOMPARE(a.priority, priority);
        QVERIFY2(a.explanation.endsWith(QStringLiteral("-> P%1").arg(priority)), qPrintable(a.explanation));
    }

    void jsonRoundTrip()
    {
        RuleSet r = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        r.vipAlwaysOpen = true;
        r.dailyCap[Level::Junior] = 7;
        r.priority.regionPoints.insert(QStringLiteral("华南"), 5);
        r.windows.append(GrabWindow{{7}, 22 * 60, 1440, QStringLiteral("Sunday late"), false});
        r.reservations.append(RuleSet::Reservation{2, Level::Lead});
        auto back = RuleSet::fromJson(r.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QVERIFY(*back == r);
        QCOMPARE(back->toJson(), r.toJson());
    }

    void invalidRules_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad zone") << QStringLiteral(R"({"timeZone":"Mars/Olympus"})") << QStringLiteral("timeZone");
        QTest::newRow("no zone") << QStringLiteral(R"({})") << QStringLiteral("timeZone");
        QTest::newRow("unknown key") << QStringLiteral(R"({"timeZone":"UTC","dailyCaps":{}})") << QStringLiteral("dailyCaps");
        QTest::newRow("negative cap") << QStringLiteral(R"({"timeZone":"UTC","dailyCap":{"junior":-1}})") << QStringLiteral("dailyCap.junior");
        QTest::newRow("fractional cap") << QStringLiteral(R"({"timeZone":"UTC","dailyCap":{"junior":2.5}})") << QStringLiteral("dailyCap.junior");
        QTest::newRow("unknown level") << QStringLiteral(R"({"timeZone":"UTC","dailyCap":{"intern":3}})") << QStringLiteral("intern");
        QTest::newRow("window day 8") << QStringLiteral(R"({"timeZone":"UTC","grabWindows":[{"days":[8],"start":"08:00","end":"09:00"}]})")
                                      << QStringLiteral("days");
        QTest::newRow("window bad time") << QStringLiteral(R"({"timeZone":"UTC","grabWindows":[{"days":[1],"start":"8am","end":"09:00"}]})")
                                         << QStringLiteral("start");
        QTest::newRow("window empty") << QStringLiteral(R"({"timeZone":"UTC","grabWindows":[{"days":[1],"start":"09:00","end":"09:00"}]})")
                                      << QStringLiteral("differ");
        QTest::newRow("levels out of order") << QStringLiteral(R"({"timeZone":"UTC","priority":{"levels":{"p1From":10,"p2From":20}}})")
                                             << QStringLiteral("p1From");
        QTest::newRow("reserved P9") << QStringLiteral(R"({"timeZone":"UTC","reserved":[{"priority":"P9","minLevel":"lead"}]})")
                                     << QStringLiteral("reserved");
        QTest::newRow("vip flag text") << QStringLiteral(R"({"timeZone":"UTC","vipAlwaysOpen":"yes"})") << QStringLiteral("vipAlwaysOpen");
    }
    void invalidRules()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        const auto r = RuleSet::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
