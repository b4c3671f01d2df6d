// What cannot change: the KPI snapshot after opening (whatever happens to the orders), and a
// locked cycle — refused by the database itself, through a raw connection and the sqlite3 shell.
#include "../common/rawsqlite.h"
#include "demodb.h"

#include "services/metrics/metricsservice.h"
#include "services/grab/orderservice.h"
#include "services/review/reviewservice.h"
#include "store/sql.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace grab;
using namespace grab::test;

namespace {

const QString kQ = QStringLiteral("2026-Q4"); // the demo's three weeks end on 2026-11-20

// One statement on its own connection, as any other program would; the error text, or "".
QString raw(const QString &path, const QString &sql)
{
    return onServer() ? ServerDatabase::rawExec(path, {sql}) : rawExec(path, {sql});
}

QString snapshotText(Database &db, qint64 grabberId)
{
    return scalar(db.connection(), QStringLiteral("SELECT kpi_snapshot FROM review_entries e JOIN review_cycles c ON c.id = e.cycle_id "
                                                  "WHERE c.quarter = ? AND e.grabber_id = ?"),
                  {kQ, grabberId})
        ->toString();
}

void runWholeCycle(ReviewService &svc, const QString &quarter)
{
    QVERIFY(svc.create(quarter));
    QVERIFY(svc.open(quarter));
    auto v = svc.cycle(quarter);
    QVERIFY(v);
    for (const ReviewEntry &e : v->entries) {
        QVERIFY(svc.score(quarter, e.grabberId, 3));
    }
    QVERIFY(svc.decide(quarter, v->entries.first().grabberId, NewReviewDecision{DecisionKind::Bonus, 100000, {}, {}, {}, {}}));
    QVERIFY(svc.approve(quarter, QStringLiteral("孙")));
}

} // namespace

class TestReviewLock : public QObject
{
    Q_OBJECT
private slots:
    void snapshotStaysWhenOrdersChangeAfterOpening()
    {
        DemoDb demo;
        ReviewService svc(demo.ctx());
        QVERIFY(svc.create(kQ));
        QVERIFY(svc.open(kQ));

        // An order still assigned: its holder wins it after the opening.
        const QSqlDatabase db = demo.db().connection();
        auto q = runSql(db, QStringLiteral("SELECT id, assignee_id FROM orders WHERE state = 'assigned' ORDER BY id LIMIT 1"));
        QVERIFY(q && q->next());
        const qint64 orderId = q->value(0).toLongLong();
        const qint64 grabber = q->value(1).toLongLong();
        q->finish();

        const QString before = snapshotText(demo.db(), grabber);
        const ReviewEntry entryBefore = *svc.entry(kQ, grabber);
        const qint64 kpisBefore = (*MetricsService(demo.ctx()).kpis(*quarters::period(kQ), grabber)).first().won;
        QCOMPARE(entryBefore.snapshot.kpis.won, kpisBefore); // the snapshot was the KPIs at opening

        QVERIFY(OrderService(demo.ctx()).close(orderId, Outcome::Won));
        QVERIFY(OrderService(demo.ctx()).feedback(orderId, 1, QStringLiteral("太慢")));
        const GrabberKpis now = (*MetricsService(demo.ctx()).kpis(*quarters::period(kQ), grabber)).first();
        QCOMPARE(now.won, kpisBefore + 1); // the live figures moved...

        QCOMPARE(snapshotText(demo.db(), grabber), before); // ...the frozen ones did not
        const ReviewEntry entryAfter = *svc.entry(kQ, grabber);
        QCOMPARE(entryAfter.snapshot.kpis.won, entryBefore.snapshot.kpis.won);
        QCOMPARE(entryAfter.snapshot.kpis.feedbackCount, entryBefore.snapshot.kpis.feedbackCount);
        QCOMPARE(entryAfter.kpi.score, entryBefore.kpi.score);
    }

    void snapshotMatchesTheMetrics()
    {
        DemoDb demo;
        ReviewService svc(demo.ctx());
        QVERIFY(svc.create(kQ));
        QVERIFY(svc.open(kQ));
        auto kpis = MetricsService(demo.ctx()).kpis(*quarters::period(kQ));
        QVERIFY(kpis);
        auto view = svc.cycle(kQ);
        int active = 0;
        for (const GrabberKpis &k : *kpis) {
            if (!k.active) {
                continue;
            }
            ++active;
            const ReviewEntry e = *svc.entry(kQ, k.grabberId);
            QCOMPARE(e.snapshot.kpis.volume, k.volume);
            QCOMPARE(e.snapshot.kpis.won, k.won);
            QCOMPARE(e.snapshot.kpis.revenueMinor, k.revenueMinor);
            QCOMPARE(e.snapshot.kpis.successRate, k.successRate);
            QCOMPARE(e.snapshot.kpis.satisfaction, k.satisfaction);
            QCOMPARE(e.snapshot.kpis.medianResponseS, k.medianResponseS);
            QCOMPARE(e.snapshot.kpis.violations, k.violations);
            QCOMPARE(qint64(e.violations().size()), k.violations); // the violations behind a penalty
            QVERIFY(e.kpi.score);
            QVERIFY(e.kpi.why.startsWith(QStringLiteral("KPI score")));
        }
        QCOMPARE(view->entries.size(), active);
        QVERIFY(active > 0);
    }

    void lockIsEnforcedByTheDatabase()
    {
        DemoDb demo;
        ReviewService svc(demo.ctx());
        runWholeCycle(svc, kQ);
        runWholeCycle(svc, QStringLiteral("2026-Q3")); // approved, not locked: the control
        QVERIFY(svc.lock(kQ));
        const QString path = demo.db().path();
        const QString q4 = QStringLiteral("(SELECT id FROM review_cycles WHERE quarter = '2026-Q4')");
        const QString q3 = QStringLiteral("(SELECT id FROM review_cycles WHERE quarter = '2026-Q3')");

        const QStringList refused{
            QStringLiteral("UPDATE review_entries SET supervisor_score = 1 WHERE cycle_id = %1").arg(q4),
            QStringLiteral("UPDATE review_entries SET kpi_snapshot = '{}' WHERE cycle_id = %1").arg(q4),
            QStringLiteral("UPDATE review_entries SET cycle_id = %1 WHERE cycle_id = %2").arg(q3, q4),
            QStringLiteral("UPDATE review_entries SET cycle_id = %1 WHERE cycle_id = %2").arg(q4, q3),
            QStringLiteral("DELETE FROM review_entries WHERE cycle_id = %1").arg(q4),
            QStringLiteral("INSERT INTO review_entries (cycle_id, grabber_id) VALUES (%1, (SELECT MAX(id) FROM grabbers) )").arg(q4),
            QStringLiteral("UPDATE review_decisions SET amount = 1"),
            QStringLiteral("DELETE FROM review_decisions WHERE entry_id IN (SELECT id FROM review_entries WHERE cycle_id = %1)").arg(q4),
            QStringLiteral("INSERT INTO review_decisions (entry_id, kind, amount) SELECT id, 'bonus', 1 FROM review_entries WHERE cycle_id = %1").arg(q4),
            QStringLiteral("UPDATE review_cycles SET state = 'approved' WHERE quarter = '2026-Q4'"),
            QStringLiteral("UPDATE review_cycles SET state = 'draft' WHERE quarter = '2026-Q4'"),
            QStringLiteral("UPDATE review_cycles SET approved_by = 'someone else' WHERE quarter = '2026-Q4'"),
            QStringLiteral("DELETE FROM review_cycles WHERE quarter = '2026-Q4'"),
        };
        const QString fileBefore = snapshotText(demo.db(), svc.cycle(kQ)->entries.first().grabberId);
        for (const QString &sql : refused) {
            const QString error = raw(path, sql);
            QVERIFY2(error.contains(QStringLiteral("review cycle is locked")), qPrintable(sql + QStringLiteral(" -> ") + error));
        }
        QCOMPARE(snapshotText(demo.db(), svc.cycle(kQ)->entries.first().grabberId), fileBefore);
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Locked));
        QCOMPARE(svc.cycle(kQ)->cycle.approvedBy, QStringLiteral("孙"));

        // The same statements on the approved (unlocked) cycle go through: the triggers are selective.
        QCOMPARE(raw(path, QStringLiteral("UPDATE review_entries SET supervisor_comment = 'x' WHERE cycle_id = %1").arg(q3)), QString());
        QCOMPARE(raw(path, QStringLiteral("UPDATE review_decisions SET text = 'y' WHERE entry_id IN (SELECT id FROM review_entries WHERE cycle_id = %1)").arg(q3)),
                 QString());
        // The state may only follow the cycle's arrows.
        QVERIFY(raw(path, QStringLiteral("UPDATE review_cycles SET state = 'draft' WHERE quarter = '2026-Q3'")).contains(QStringLiteral("illegal review cycle transition")));
        QVERIFY(raw(path, QStringLiteral("INSERT INTO review_cycles (quarter, state, created_at) VALUES ('2025-Q1', 'locked', 0)"))
                    .contains(QStringLiteral("starts as a draft")));
        QCOMPARE(raw(path, QStringLiteral("UPDATE review_cycles SET state = 'locked' WHERE quarter = '2026-Q3'")), QString());
        QVERIFY(raw(path, QStringLiteral("UPDATE review_entries SET supervisor_comment = 'z' WHERE cycle_id = %1").arg(q3))
                    .contains(QStringLiteral("review cycle is locked")));
    }

    // The engine's own shell: sqlite3 on a file, psql on a server.
    void lockIsEnforcedInTheSqlite3Shell()
    {
        const QString shell = QStandardPaths::findExecutable(onServer() ? QStringLiteral("psql") : QStringLiteral("sqlite3"));
        if (shell.isEmpty()) {
            QSKIP("the engine's shell is not installed");
        }
        DemoDb demo;
        ReviewService svc(demo.ctx());
        runWholeCycle(svc, kQ);
        QVERIFY(svc.lock(kQ));
        for (const QString &sql : {QStringLiteral("UPDATE review_entries SET supervisor_score = 5;"),
                                   QStringLiteral("UPDATE review_cycles SET state = 'scoring';"), QStringLiteral("DELETE FROM review_decisions;")}) {
            QProcess p;
            p.start(shell, onServer() ? QStringList{QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                    QStringLiteral("-d"), demo.db().path(), QStringLiteral("-c"), sql}
                                      : QStringList{demo.db().path(), sql});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() != 0, qPrintable(sql));
            QVERIFY2(p.readAllStandardError().contains("review cycle is locked"), qPrintable(sql));
        }
        QCOMPARE(toString(svc.cycle(kQ)->cycle.state), toString(ReviewState::Locked));
        QCOMPARE(svc.cycle(kQ)->cycle.progress.decisions, 1);
    }

    void theCoreSaysWhichCycleIsLocked()
    {
        DemoDb demo;
        ReviewService svc(demo.ctx());
        runWholeCycle(svc, kQ);
        QVERIFY(svc.lock(kQ));
        auto r = svc.score(kQ, svc.cycle(kQ)->entries.first().grabberId, 5);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Refused);
        QCOMPARE(r.error().reason, QStringLiteral("cycle_locked"));
        QVERIFY(r.error().message.contains(kQ));
    }
};

QTEST_GUILESS_MAIN(TestReviewLock)
#include "tst_reviewlock.moc"
