#include "domain/periodpreset.h"

#include <QDateTime>
#include <QTest>

using namespace grab;

Q_DECLARE_METATYPE(grab::PeriodPreset)

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// An instant written with its UTC offset, e.g. "2026-03-29T00:30:00+01:00".
qint64 instant(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    if (!t.isValid()) {
        qFatal("bad instant %s", iso);
    }
    return t.toMSecsSinceEpoch();
}

} // namespace

class TestPeriodPreset : public QObject
{
    Q_OBJECT
private slots:
    void forPreset_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("now");
        QTest::addColumn<PeriodPreset>("preset");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const QString sh = QStringLiteral("Asia/Shanghai");
        const QString be = QStringLiteral("Europe/Berlin");
        const auto row = [](const char *name, const QString &zone, const char *now, PeriodPreset p, const char *from,
                            const char *to) {
            QTest::newRow(name) << zone << QString::fromLatin1(now) << p << d(from) << d(to);
        };
        // Shanghai (UTC+8, no daylight saving): the team's day is not the UTC day.
        row("today, morning", sh, "2026-11-25T09:00:00+08:00", PeriodPreset::Today, "2026-11-25", "2026-11-26");
        row("today, last second", sh, "2026-11-25T23:59:59+08:00", PeriodPreset::Today, "2026-11-25", "2026-11-26");
        row("today, midnight (UTC still the 25th)", sh, "2026-11-25T16:00:00Z", PeriodPreset::Today, "2026-11-26",
            "2026-11-27");
        row("week, Wednesday", sh, "2026-11-25T09:00:00+08:00", PeriodPreset::ThisWeek, "2026-11-23", "2026-11-30");
        row("week, Sunday night", sh, "2026-11-29T23:59:00+08:00", PeriodPreset::ThisWeek, "2026-11-23", "2026-11-30");
        row("week, Monday 00:00", sh, "2026-11-30T00:00:00+08:00", PeriodPreset::ThisWeek, "2026-11-30", "2026-12-07");
        row("week over the new year", sh, "2027-01-01T10:00:00+08:00", PeriodPreset::ThisWeek, "2026-12-28",
            "2027-01-04");
        row("week over the new year, Sunday", sh, "2027-01-03T10:00:00+08:00", PeriodPreset::ThisWeek, "2026-12-28",
            "2027-01-04");
        row("month, 31 Jan", sh, "2026-01-31T12:00:00+08:00", PeriodPreset::ThisMonth, "2026-01-01", "2026-02-01");
        row("month, 28 Feb", sh, "2026-02-28T12:00:00+08:00", PeriodPreset::ThisMonth, "2026-02-01", "2026-03-01");
        row("month, leap day", sh, "2028-02-29T12:00:00+08:00", PeriodPreset::ThisMonth, "2028-02-01", "2028-03-01");
        row("month, 31 Dec 23:30", sh, "2026-12-31T23:30:00+08:00", PeriodPreset::ThisMonth, "2026-12-01",
            "2027-01-01");
        row("month, 1 Dec by the team's clock", sh, "2026-11-30T16:00:00Z", PeriodPreset::ThisMonth, "2026-12-01",
            "2027-01-01");
        row("quarter, 31 Mar 23:59", sh, "2026-03-31T23:59:59+08:00", PeriodPreset::ThisQuarter, "2026-01-01",
            "2026-04-01");
        row("quarter, 1 Apr 00:00", sh, "2026-04-01T00:00:00+08:00", PeriodPreset::ThisQuarter, "2026-04-01",
            "2026-07-01");
        row("quarter, 30 Sep", sh, "2026-09-30T12:00:00+08:00", PeriodPreset::ThisQuarter, "2026-07-01", "2026-10-01");
        row("quarter, Q4 into the next year", sh, "2026-11-20T18:00:00+08:00", PeriodPreset::ThisQuarter, "2026-10-01",
            "2027-01-01");
        // Berlin: CET -> CEST at 02:00 on Sunday 29 March 2026, back at 03:00 on Sunday 25 October.
        row("Berlin, the last second before the spring change day", be, "2026-03-28T23:59:59+01:00",
            PeriodPreset::Today, "2026-03-28", "2026-03-29");
        row("Berlin, 00:30 on the spring change day", be, "2026-03-29T00:30:00+01:00", PeriodPreset::Today,
            "2026-03-29", "2026-03-30");
        row("Berlin, 23:30 CEST on the spring change day", be, "2026-03-29T23:30:00+02:00", PeriodPreset::Today,
            "2026-03-29", "2026-03-30");
        row("Berlin, 00:00 CEST after it", be, "2026-03-30T00:00:00+02:00", PeriodPreset::Today, "2026-03-30",
            "2026-03-31");
        row("Berlin, week holding the spring change", be, "2026-03-29T12:00:00+02:00", PeriodPreset::ThisWeek,
            "2026-03-23", "2026-03-30");
        row("Berlin, 02:30 CET on the autumn change day (the second 02:30)", be, "2026-10-25T02:30:00+01:00",
            PeriodPreset::Today, "2026-10-25", "2026-10-26");
        row("Berlin, 23:30 CET on the autumn change day", be, "2026-10-25T23:30:00+01:00", PeriodPreset::Today,
            "2026-10-25", "2026-10-26");
        row("Berlin, 00:00 CET after it", be, "2026-10-26T00:00:00+01:00", PeriodPreset::Today, "2026-10-26",
            "2026-10-27");
        row("Berlin, 31 Mar 23:59 CEST: still Q1", be, "2026-03-31T23:59:00+02:00", PeriodPreset::ThisQuarter,
            "2026-01-01", "2026-04-01");
        row("Berlin, 1 Jan 00:30: the new year's month", be, "2026-12-31T23:30:00Z", PeriodPreset::ThisMonth,
            "2027-01-01", "2027-02-01");
    }
    void forPreset()
    {
        QFETCH(QString, zone);
        QFETCH(QString, now);
        QFETCH(PeriodPreset, preset);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const Period p = periods::forPreset(preset, QTimeZone(zone.toUtf8()), instant(now.toLatin1().constData()));
        QCOMPARE(p.from, from);
        QCOMPARE(p.to, to);
        QVERIFY(p.isValid());
    }

    void customIsTakenAsGiven()
    {
        const Period custom = periods::fromDays(d("2026-11-03"), d("2026-11-17"));
        QCOMPARE(custom.to, d("2026-11-18"));
        const Period p = periods::forPreset(PeriodPreset::Custom, QTimeZone("Asia/Shanghai"),
                                            instant("2026-11-25T09:00:00+08:00"), custom);
        QCOMPARE(p.from, custom.from);
        QCOMPARE(p.to, custom.to);
        QVERIFY(!periods::forPreset(PeriodPreset::Custom, QTimeZone("Asia/Shanghai"), 0).isValid());
        QVERIFY(!periods::fromDays(d("2026-11-03"), QDate()).isValid());
        QVERIFY(!periods::fromDays(d("2026-11-03"), d("2026-11-02")).isValid());
    }

    void previous_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("prevFrom");
        QTest::addColumn<QDate>("prevTo");
        const auto row = [](const char *name, const char *f, const char *t, const char *pf, const char *pt) {
            QTest::newRow(name) << d(f) << d(t) << d(pf) << d(pt);
        };
        row("a day", "2026-11-25", "2026-11-26", "2026-11-24", "2026-11-25");
        row("1 Jan: 31 Dec", "2027-01-01", "2027-01-02", "2026-12-31", "2027-01-01");
        row("a week over the new year", "2027-01-04", "2027-01-11", "2026-12-28", "2027-01-04");
        row("March: February (28 days)", "2026-03-01", "2026-04-01", "2026-02-01", "2026-03-01");
        row("March of a leap year: February (29 days)", "2028-03-01", "2028-04-01", "2028-02-01", "2028-03-01");
        row("January: December", "2026-01-01", "2026-02-01", "2025-12-01", "2026-01-01");
        row("May (31): April (30)", "2026-05-01", "2026-06-01", "2026-04-01", "2026-05-01");
        row("Q1: Q4 of the year before", "2026-01-01", "2026-04-01", "2025-10-01", "2026-01-01");
        row("Q3: Q2 (91 days against 92)", "2026-07-01", "2026-10-01", "2026-04-01", "2026-07-01");
        row("a month's length from the 15th: same days", "2026-01-15", "2026-02-15", "2025-12-15", "2026-01-15");
        row("three months from February: same days", "2026-02-01", "2026-05-01", "2025-11-04", "2026-02-01");
        row("ten custom days", "2026-11-10", "2026-11-20", "2026-10-31", "2026-11-10");
    }
    void previous()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, prevFrom);
        QFETCH(QDate, prevTo);
        const Period p = periods::previous(Period{from, to});
        QCOMPARE(p.from, prevFrom);
        QCOMPARE(p.to, prevTo);
    }

    void comparison_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("cmpFrom");
        QTest::addColumn<QDate>("cmpTo");
        QTest::addColumn<bool>("partial");
        const auto row = [](const char *name, const char *f, const char *t, const char *today, const char *cf,
                            const char *ct, bool partial) {
            QTest::newRow(name) << d(f) << d(t) << d(today) << d(cf) << d(ct) << partial;
        };
        row("Thursday: Monday to Thursday of last week", "2026-11-23", "2026-11-30", "2026-11-26", "2026-11-16",
            "2026-11-20", true);
        row("Monday: last Monday", "2026-11-23", "2026-11-30", "2026-11-23", "2026-11-16", "2026-11-17", true);
        row("Sunday: the whole last week", "2026-11-23", "2026-11-30", "2026-11-29", "2026-11-16", "2026-11-23",
            false);
        row("27 November: 1-27 October", "2026-11-01", "2026-12-01", "2026-11-27", "2026-10-01", "2026-10-28", true);
        row("30 March: clamped to February's 28 days", "2026-03-01", "2026-04-01", "2026-03-30", "2026-02-01",
            "2026-03-01", true);
        row("a quarter, 58 days in", "2026-10-01", "2027-01-01", "2026-11-27", "2026-07-01", "2026-08-28", true);
        row("a past month: the whole month before", "2026-10-01", "2026-11-01", "2026-11-27", "2026-09-01",
            "2026-10-01", false);
        row("a period still to come: the whole one before", "2026-12-01", "2027-01-01", "2026-11-27", "2026-11-01",
            "2026-12-01", false);
        row("today: yesterday", "2026-11-27", "2026-11-28", "2026-11-27", "2026-11-26", "2026-11-27", false);
    }
    void comparison()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, today);
        QFETCH(QDate, cmpFrom);
        QFETCH(QDate, cmpTo);
        QFETCH(bool, partial);
        const Period p = periods::comparison(Period{from, to}, today);
        QCOMPARE(p.from, cmpFrom);
        QCOMPARE(p.to, cmpTo);
        QCOMPARE(periods::isPartialComparison(Period{from, to}, today), partial);
        QVERIFY(!periods::comparison(Period{}, today).isValid());
    }

    void previousOfNothing() { QVERIFY(!periods::previous(Period{d("2026-11-10"), d("2026-11-10")}).isValid()); }

    void label_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<PeriodPreset>("shape");
        QTest::addColumn<QString>("label");
        const auto row = [](const char *f, const char *t, PeriodPreset shape, const QString &label) {
            QTest::newRow(qPrintable(label)) << d(f) << d(t) << shape << label;
        };
        row("2026-10-01", "2027-01-01", PeriodPreset::ThisQuarter, QStringLiteral("2026-Q4"));
        row("2026-01-01", "2026-04-01", PeriodPreset::ThisQuarter, QStringLiteral("2026-Q1"));
        row("2026-11-01", "2026-12-01", PeriodPreset::ThisMonth, QStringLiteral("November 2026"));
        row("2026-02-01", "2026-03-01", PeriodPreset::ThisMonth, QStringLiteral("February 2026"));
        row("2026-11-23", "2026-11-30", PeriodPreset::ThisWeek, QStringLiteral("Week of 23 Nov"));
        row("2026-12-28", "2027-01-04", PeriodPreset::ThisWeek, QStringLiteral("Week of 28 Dec"));
        row("2026-11-27", "2026-11-28", PeriodPreset::Today, QStringLiteral("27 Nov"));
        row("2026-11-24", "2026-12-01", PeriodPreset::Custom,
            QStringLiteral("24 Nov – 30 Nov 2026")); // 7 days, but from a Tuesday
        row("2026-11-23", "2026-12-03", PeriodPreset::Custom, QStringLiteral("23 Nov – 2 Dec 2026"));
        row("2026-12-28", "2027-01-11", PeriodPreset::Custom, QStringLiteral("28 Dec 2026 – 10 Jan 2027"));
    }
    void label()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(PeriodPreset, shape);
        QFETCH(QString, label);
        QCOMPARE(periods::shapeOf(Period{from, to}), shape);
        QCOMPARE(periods::label(Period{from, to}), label);
    }

    void instants_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("hours");
        QTest::newRow("Shanghai") << QStringLiteral("Asia/Shanghai") << d("2026-11-25")
                                  << QStringLiteral("2026-11-24T16:00:00Z") << 24;
        QTest::newRow("Shanghai, 1 Jan") << QStringLiteral("Asia/Shanghai") << d("2027-01-01")
                                         << QStringLiteral("2026-12-31T16:00:00Z") << 24;
        QTest::newRow("Berlin, winter") << QStringLiteral("Europe/Berlin") << d("2026-11-25")
                                        << QStringLiteral("2026-11-24T23:00:00Z") << 24;
        QTest::newRow("Berlin, summer") << QStringLiteral("Europe/Berlin") << d("2026-07-01")
                                        << QStringLiteral("2026-06-30T22:00:00Z") << 24;
        QTest::newRow("Berlin, spring change")
            << QStringLiteral("Europe/Berlin") << d("2026-03-29") << QStringLiteral("2026-03-28T23:00:00Z") << 23;
        QTest::newRow("Berlin, autumn change")
            << QStringLiteral("Europe/Berlin") << d("2026-10-25") << QStringLiteral("2026-10-24T22:00:00Z") << 25;
    }
    void instants()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, day);
        QFETCH(QString, start);
        QFETCH(int, hours);
        const auto [from, to] = periods::instants(Period{day, day.addDays(1)}, QTimeZone(zone.toUtf8()));
        QCOMPARE(from, instant(start.toLatin1().constData()));
        QCOMPARE(to - from, qint64(hours) * 3600 * 1000);
        // The day of the first and the last millisecond is the day itself.
        QCOMPARE(periods::dayOf(QTimeZone(zone.toUtf8()), from), day);
        QCOMPARE(periods::dayOf(QTimeZone(zone.toUtf8()), to - 1), day);
    }
};

QTEST_GUILESS_MAIN(TestPeriodPreset)
#include "tst_periodpreset.moc"
