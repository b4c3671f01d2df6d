// The review's pure parts: quarters, settings (JSON, command-line pairs, validation) and the
// scores with their reasons — every branch of the formula in the README.
#include "domain/reviewcycle.h"
#include "domain/reviewscoring.h"
#include "domain/reviewsettings.h"
#include "domain/reviewsnapshot.h"
#include "domain/ruleset.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace grab;

namespace {

// A settings object with only the given weights (others 0) and default targets.
ReviewSettings only(std::initializer_list<std::pair<ReviewKpi, double>> weights)
{
    ReviewSettings s = ReviewSettings::defaults();
    s.weights.fill(0);
    for (const auto &[k, w] : weights) {
        s.weights[size_t(k)] = w;
    }
    return s;
}

GrabberKpis closed(qint64 won, qint64 lost, qint64 reclaimed)
{
    GrabberKpis k;
    k.won = won;
    k.lost = lost;
    k.reclaimed = reclaimed;
    const qint64 c = won + lost + reclaimed;
    if (c > 0) {
        k.successRate = double(won) / c;
        k.failureRate = double(lost + reclaimed) / c;
    }
    return k;
}

} // namespace

class TestReviewScoring : public QObject
{
    Q_OBJECT
private slots:
    void quarters()
    {
        QCOMPARE(quarters::period(QStringLiteral("2026-Q3"))->from, QDate(2026, 7, 1));
        QCOMPARE(quarters::period(QStringLiteral("2026-Q3"))->to, QDate(2026, 10, 1));
        QCOMPARE(quarters::period(QStringLiteral("2026-Q4"))->to, QDate(2027, 1, 1));
        QVERIFY(!quarters::period(QStringLiteral("2026-Q0")));
        QVERIFY(!quarters::period(QStringLiteral("2026-Q5")));
        QVERIFY(!quarters::period(QStringLiteral("2026Q3")));
        QVERIFY(!quarters::period(QStringLiteral(" 2026-Q3")));
        QCOMPARE(quarters::of(QDate(2026, 11, 25)), QStringLiteral("2026-Q4"));
        QCOMPARE(quarters::previous(QStringLiteral("2026-Q1")), QStringLiteral("2025-Q4"));
    }

    void higherIsBetterIsCappedAtTheCap()
    {
        ReviewSettings s = only({{ReviewKpi::Won, 1}});
        s.targets[size_t(ReviewKpi::Won)] = 100;
        GrabberKpis k;
        k.won = 50;
        QCOMPARE(*reviewscoring::kpiScore(k, s).score, 50.0);
        k.won = 100;
        QCOMPARE(*reviewscoring::kpiScore(k, s).score, 100.0);
        k.won = 500; // 500 % of the target counts as the cap, 120 %
        const ReviewKpiScore capped = reviewscoring::kpiScore(k, s);
        QCOMPARE(*capped.score, 120.0);
        QCOMPARE(*capped.parts.first().achievement, 1.2);
        QVERIFY2(capped.parts.first().why.contains(QStringLiteral("won 500 against 100")), qPrintable(capped.parts.first().why));
    }

    void lowerIsBetter_data()
    {
        QTest::addColumn<int>("kpi");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("score");
        QTest::newRow("violations under the limit") << int(ReviewKpi::Violations) << 2.0 << 1.0 << 120.0;
        QTest::newRow("violations at the limit") << int(ReviewKpi::Violations) << 2.0 << 2.0 << 100.0;
        QTest::newRow("violations twice the limit") << int(ReviewKpi::Violations) << 2.0 << 4.0 << 50.0;
        QTest::newRow("no violation") << int(ReviewKpi::Violations) << 2.0 << 0.0 << 120.0;
        QTest::newRow("limit 0, one violation") << int(ReviewKpi::Violations) << 0.0 << 1.0 << 0.0;
        QTest::newRow("limit 0, none") << int(ReviewKpi::Violations) << 0.0 << 0.0 << 120.0;
        QTest::newRow("median response slow") << int(ReviewKpi::MedianResponse) << 300.0 << 600.0 << 50.0;
        QTest::newRow("failure rate 0") << int(ReviewKpi::FailureRate) << 0.4 << 0.0 << 120.0;
        QTest::newRow("failure rate 80 %") << int(ReviewKpi::FailureRate) << 0.4 << 0.8 << 50.0;
    }

    void lowerIsBetter()
    {
        QFETCH(int, kpi);
        QFETCH(double, target);
        QFETCH(double, value);
        QFETCH(double, score);
        const auto k = ReviewKpi(kpi);
        ReviewSettings s = only({{k, 1}});
        s.targets[size_t(k)] = target;
        GrabberKpis g = closed(8, 1, 1); // defines the rates
        if (k == ReviewKpi::Violations) {
            g.violations = qint64(value);
        } else if (k == ReviewKpi::MedianResponse) {
            g.medianResponseS = value;
        } else {
            g.failureRate = value;
        }
        const ReviewKpiScore r = reviewscoring::kpiScore(g, s);
        QVERIFY(r.score);
        QCOMPARE(*r.score, score);
        QVERIFY(r.parts.first().why.contains(QStringLiteral("at most")));
    }

    void weightsSpreadOverTheDefinedKpis()
    {
        ReviewSettings s = only({{ReviewKpi::SuccessRate, 50}, {ReviewKpi::Satisfaction, 30}, {ReviewKpi::Won, 20}});
        s.targets[size_t(ReviewKpi::SuccessRate)] = 0.5;
        s.targets[size_t(ReviewKpi::Satisfaction)] = 4.0;
        s.targets[size_t(ReviewKpi::Won)] = 10;
        GrabberKpis k = closed(5, 5, 0); // success 50 % -> achievement 1
        k.satisfaction = 2.0;            // -> 0.5
        // 100 x (0.5 x 1 + 0.3 x 0.5 + 0.2 x 0.5) = 75
        QCOMPARE(*reviewscoring::kpiScore(k, s).score, 75.0);

        // No feedback: satisfaction is left out and the others share its weight: 50/70 and 20/70.
        k.satisfaction.reset();
        const ReviewKpiScore r = reviewscoring::kpiScore(k, s);
        QCOMPARE(*r.score, reviewscoring::round1(100.0 * (50.0 / 70.0 * 1.0 + 20.0 / 70.0 * 0.5)));
        QVERIFY2(r.why.contains(QStringLiteral("satisfaction (no feedback in the quarter)")), qPrintable(r.why));
        QCOMPARE(r.parts[2].kpi, ReviewKpi::Satisfaction);
        QCOMPARE(r.parts[2].share, 0.0);
        QVERIFY(!r.parts[2].achievement);
        QVERIFY(r.parts[2].why.contains(QStringLiteral("undefined")));
    }

    void nothingClosedIsExplainedNeverNaN()
    {
        // Only the rates are weighted and nothing was closed: no KPI score, and it says why.
        const ReviewSettings rates = only({{ReviewKpi::SuccessRate, 1}, {ReviewKpi::FailureRate, 1}});
        const ReviewKpiScore none = reviewscoring::kpiScore(GrabberKpis{}, rates);
        QVERIFY(!none.score);
        QVERIFY2(none.why.contains(QStringLiteral("no order closed")), qPrintable(none.why));
        const ReviewFinalScore f = reviewscoring::finalScore(none.score, 4, rates);
        QCOMPARE(*f.score, 80.0); // 20 x 4 alone
        QVERIFY(f.why.contains(QStringLiteral("alone")));
        QCOMPARE(f.grade, QStringLiteral("B"));

        // With the default weights, a grabber with nothing at all still gets a finite score.
        const ReviewKpiScore d = reviewscoring::kpiScore(GrabberKpis{}, ReviewSettings::defaults());
        QVERIFY(d.score);
        QVERIFY(std::isfinite(*d.score));
        QVERIFY(d.why.contains(QStringLiteral("left out as undefined")));
    }

    void finalScoreAndGrade_data()
    {
        QTest::addColumn<double>("kpi");
        QTest::addColumn<int>("supervisor");
        QTest::addColumn<double>("final");
        QTest::addColumn<QString>("grade");
        // 0.6 x KPI + 0.4 x 20 x supervisor; A >= 90, B >= 75, C >= 60.
        QTest::newRow("A") << 100.0 << 5 << 100.0 << QStringLiteral("A");
        QTest::newRow("B just under A") << 90.0 << 4 << 86.0 << QStringLiteral("B");
        QTest::newRow("exactly 90") << 96.7 << 4 << 90.0 << QStringLiteral("A"); // 58.02 + 32 = 90.02 -> 90.0
        QTest::newRow("B") << 80.0 << 4 << 80.0 << QStringLiteral("B");
        QTest::newRow("C") << 60.0 << 3 << 60.0 << QStringLiteral("C");
        QTest::newRow("D") << 40.0 << 2 << 40.0 << QStringLiteral("D");
        QTest::newRow("KPI above 100") << 120.0 << 5 << 112.0 << QStringLiteral("A");
    }

    void finalScoreAndGrade()
    {
        QFETCH(double, kpi);
        QFETCH(int, supervisor);
        QFETCH(double, final);
        QFETCH(QString, grade);
        const ReviewFinalScore f = reviewscoring::finalScore(kpi, supervisor, ReviewSettings::defaults());
        QCOMPARE(*f.score, final);
        QCOMPARE(f.grade, grade);
        QVERIFY(f.why.contains(QStringLiteral("grade ") + grade));
    }

    void unscoredHasNoFinal()
    {
        const ReviewFinalScore f = reviewscoring::finalScore(80.0, std::nullopt, ReviewSettings::defaults());
        QVERIFY(!f.score);
        QVERIFY(f.grade.isEmpty());
        QVERIFY(f.why.contains(QStringLiteral("Not scored")));
    }

    void configurableBlendAndThresholds()
    {
        ReviewSettings s = ReviewSettings::defaults();
        s.kpiShare = 1.0;
        s.gradeA = 95;
        s.gradeB = 85;
        s.gradeC = 70;
        const ReviewFinalScore f = reviewscoring::finalScore(90.0, 1, s);
        QCOMPARE(*f.score, 90.0); // the supervisor's score does not count
        QCOMPARE(f.grade, QStringLiteral("B"));
    }

    void settingsJsonRoundTrip()
    {
        ReviewSettings s = ReviewSettings::defaults();
        QVERIFY(s.applyWeights(QStringLiteral("success_rate=40, violations=0")));
        QVERIFY(s.applyTargets(QStringLiteral("revenue=123456.78,satisfaction=4.2")));
        QCOMPARE(s.target(ReviewKpi::Revenue), 12345678.0);
        QCOMPARE(s.weight(ReviewKpi::SuccessRate), 40.0);
        s.ruleVersion = 3;
        const QJsonObject json = s.toJson();
        QCOMPARE(json.value(QStringLiteral("targets")).toObject().value(QStringLiteral("revenue")).toString(), QStringLiteral("123456.78"));
        auto back = ReviewSettings::fromJson(json);
        QVERIFY(back);
        QVERIFY(*back == s);
        // The rule set carries them, and round-trips them.
        RuleSet r = RuleSet::defaults(QStringLiteral("Asia/Shanghai"));
        r.review = *back;
        r.review.ruleVersion = 0;
        auto rules = RuleSet::fromJson(r.toJson());
        QVERIFY(rules);
        QVERIFY(rules->review == r.review);
    }

    void badSettingsAreRefused_data()
    {
        QTest::addColumn<QString>("weights");
        QTest::addColumn<QString>("targets");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown KPI") << QStringLiteral("speed=3") << QString() << QStringLiteral("speed");
        QTest::newRow("negative weight") << QStringLiteral("won=-1") << QString() << QStringLiteral("won");
        QTest::newRow("all zero") << QStringLiteral("success_rate=0,failure_rate=0,won=0,revenue=0,satisfaction=0,violations=0") << QString()
                                  << QStringLiteral("at least one");
        QTest::newRow("not a number") << QStringLiteral("won=many") << QString() << QStringLiteral("many");
        QTest::newRow("rate above 1") << QString() << QStringLiteral("success_rate=60") << QStringLiteral("fraction");
        QTest::newRow("zero target") << QString() << QStringLiteral("won=0") << QStringLiteral("won");
        QTest::newRow("satisfaction 6") << QString() << QStringLiteral("satisfaction=6") << QStringLiteral("1 to 5");
        QTest::newRow("bad revenue") << QString() << QStringLiteral("revenue=-5") << QStringLiteral("-5");
    }

    void badSettingsAreRefused()
    {
        QFETCH(QString, weights);
        QFETCH(QString, targets);
        QFETCH(QString, says);
        ReviewSettings s = ReviewSettings::defaults();
        const Status r = weights.isEmpty() ? s.applyTargets(targets) : s.applyWeights(weights);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
        QVERIFY(s == ReviewSettings::defaults()); // nothing half-applied
    }

    void snapshotJsonKeepsUndefinedUndefined()
    {
        ReviewSnapshot s;
        s.kpis = closed(0, 0, 0);
        s.kpis.grabberId = 7;
        s.kpis.name = QStringLiteral("张伟");
        s.kpis.revenueMinor = 123;
        s.violations.append(ReviewViolation{5, 1000, QStringLiteral("no_follow_up"), QStringLiteral("low"), QStringLiteral("auto"), 9, {}, {}});
        const ReviewSnapshot back = ReviewSnapshot::fromJson(s.toJson());
        QVERIFY(!back.kpis.successRate);
        QVERIFY(!back.kpis.satisfaction);
        QCOMPARE(back.kpis.revenueMinor, 123);
        QCOMPARE(back.kpis.name, QStringLiteral("张伟"));
        QCOMPARE(back.violations.size(), 1);
        QCOMPARE(*back.violations.first().orderId, 9);
        QVERIFY(s.toJson().value(QStringLiteral("successRate")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestReviewScoring)
#include "tst_reviewscoring.moc"
