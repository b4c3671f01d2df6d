// The day a fact counts for in the day figures (grabber_days) is the team's calendar day, also
// when the same thread asks again and again (the last day is kept) and when the zone changes.
#include "services/metrics/dayrollup.h"
#include "domain/ruleset.h"

#include <QDateTime>
#include <QTest>

using namespace grab;

class TestDayRollup : public QObject
{
    Q_OBJECT

    static qint64 utc(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
    }

private slots:
    void theDayIsTheTeamsCalendarDay()
    {
        RuleSet shanghai = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        // Asked in turns, so a kept day must never answer for the other one.
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(DayRollup::dayKey(shanghai, utc("2026-11-26T15:59:59.999Z")), QStringLiteral("2026-11-26"));
            QCOMPARE(DayRollup::dayKey(shanghai, utc("2026-11-26T16:00:00.000Z")), QStringLiteral("2026-11-27"));
        }
        RuleSet london = shanghai;
        london.timeZone = QStringLiteral("Europe/London");
        QCOMPARE(DayRollup::dayKey(london, utc("2026-11-26T16:00:00.000Z")), QStringLiteral("2026-11-26"));
        QCOMPARE(DayRollup::dayKey(shanghai, utc("2026-11-26T16:00:00.000Z")), QStringLiteral("2026-11-27"));
    }

    void daylightSavingDaysHaveTheirOwnLength()
    {
        const RuleSet newYork = RuleSet::defaults(QStringLiteral("America/New_York"));
        // 2026-03-08 has 23 hours there: it starts at 05:00 UTC and ends at 04:00 UTC.
        QCOMPARE(DayRollup::dayKey(newYork, utc("2026-03-08T04:59:59.999Z")), QStringLiteral("2026-03-07"));
        QCOMPARE(DayRollup::dayKey(newYork, utc("2026-03-08T05:00:00.000Z")), QStringLiteral("2026-03-08"));
        QCOMPARE(DayRollup::dayKey(newYork, utc("2026-03-09T03:59:59.999Z")), QStringLiteral("2026-03-08"));
        QCOMPARE(DayRollup::dayKey(newYork, utc("2026-03-09T04:00:00.000Z")), QStringLiteral("2026-03-09"));
        // 2026-11-01 has 25.
        QCOMPARE(DayRollup::dayKey(newYork, utc("2026-11-01T04:00:00.000Z")), QStringLiteral("2026-11-01"));
        QCOMPARE(DayRollup::dayKey(newYork, utc("2026-11-02T04:59:59.999Z")), QStringLiteral("2026-11-01"));
        QCOMPARE(DayRollup::dayKey(newYork, utc("2026-11-02T05:00:00.000Z")), QStringLiteral("2026-11-02"));
    }
};

QTEST_GUILESS_MAIN(TestDayRollup)
#include "tst_dayrollup.moc"
