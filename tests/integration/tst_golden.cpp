// Golden files: what grabctl prints and writes for a fixed demo team, byte for byte, against
// files kept in tests/data/golden/grabctl. They were made before the code was rearranged into
// one home for each thing, so any change of behaviour shows here as a diff: every report, the
// three KPI outputs (kpis, export kpis, and the dashboard's export in tst_dashboardgolden), the
// dashboards, the lists. A deliberate change of output regenerates them with
// GRABDESK_UPDATE_GOLDEN=1 (ctest -R tst_golden), and the diff goes into the commit.
#include "../common/testbackend.h"
#include "grabctlrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace grab::test;

namespace {

const QString kNow = QStringLiteral("2026-11-20T12:00:00Z");
const QString kFrom = QStringLiteral("2026-11-01");
const QString kTo = QStringLiteral("2026-11-21");

struct Case
{
    QString name;
    QStringList args;   // after --db and --now; OUT stands for the file to write
    bool writesFile = false;
};

QList<Case> readCases()
{
    const QStringList period{QStringLiteral("--from"), kFrom, QStringLiteral("--to"), kTo};
    QList<Case> cases{
        {QStringLiteral("kpis"), QStringList{QStringLiteral("kpis")} + period},
        {QStringLiteral("kpis-csv"), QStringList{QStringLiteral("kpis"), QStringLiteral("--format"), QStringLiteral("csv")} + period},
        {QStringLiteral("kpis-json"), QStringList{QStringLiteral("kpis"), QStringLiteral("--format"), QStringLiteral("json")} + period},
        {QStringLiteral("kpis-grabber"), QStringList{QStringLiteral("kpis"), QStringLiteral("--grabber"), QStringLiteral("2")} + period},
        {QStringLiteral("dashboard-month"), {QStringLiteral("dashboard"), QStringLiteral("--period"), QStringLiteral("month")}},
        {QStringLiteral("dashboard-quarter-json"), {QStringLiteral("dashboard"), QStringLiteral("--period"), QStringLiteral("quarter"), QStringLiteral("--json")}},
        {QStringLiteral("dashboard-week"), {QStringLiteral("dashboard"), QStringLiteral("--period"), QStringLiteral("week")}},
        {QStringLiteral("dashboard-today-json"), {QStringLiteral("dashboard"), QStringLiteral("--period"), QStringLiteral("today"), QStringLiteral("--json")}},
        {QStringLiteral("dashboard-range"), {QStringLiteral("dashboard"), QStringLiteral("--period"), kFrom + QStringLiteral("..") + kTo}},
        {QStringLiteral("dashboard-grabber"), {QStringLiteral("dashboard"), QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--period"), QStringLiteral("month")}},
        {QStringLiteral("dashboard-grabber-json"), {QStringLiteral("dashboard"), QStringLiteral("--grabber"), QStringLiteral("3"), QStringLiteral("--period"), QStringLiteral("quarter"), QStringLiteral("--json")}},
        {QStringLiteral("month-best"), {QStringLiteral("month-best"), QStringLiteral("--month"), QStringLiteral("2026-11")}},
        {QStringLiteral("month-best-json"), {QStringLiteral("month-best"), QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--json")}},
        {QStringLiteral("pool-ageing"), {QStringLiteral("pool-ageing")}},
        {QStringLiteral("cherry-pick"), QStringList{QStringLiteral("cherry-pick")} + period},
        {QStringLiteral("target-list"), {QStringLiteral("target"), QStringLiteral("list"), QStringLiteral("--month"), QStringLiteral("2026-11")}},
        {QStringLiteral("orders"), {QStringLiteral("orders")}},
        {QStringLiteral("orders-json"), {QStringLiteral("orders"), QStringLiteral("--state"), QStringLiteral("open"), QStringLiteral("--json")}},
        {QStringLiteral("grabber-list"), {QStringLiteral("grabber"), QStringLiteral("list")}},
        {QStringLiteral("customer-list"), {QStringLiteral("customer"), QStringLiteral("list")}},
        {QStringLiteral("feedback-list"), {QStringLiteral("feedback"), QStringLiteral("list")}},
        {QStringLiteral("training-list"), {QStringLiteral("training"), QStringLiteral("list")}},
        {QStringLiteral("note-list"), {QStringLiteral("note"), QStringLiteral("list")}},
        {QStringLiteral("action-list"), {QStringLiteral("action"), QStringLiteral("list"), QStringLiteral("--all")}},
        {QStringLiteral("rules-show"), {QStringLiteral("rules"), QStringLiteral("show")}},
        {QStringLiteral("events"), {QStringLiteral("events"), QStringLiteral("--limit"), QStringLiteral("200")}},
        {QStringLiteral("review-list"), {QStringLiteral("review"), QStringLiteral("list")}},
    };
    for (const QString &report : {QStringLiteral("kpis"), QStringLiteral("leaderboard"), QStringLiteral("orders"), QStringLiteral("violations"),
                                  QStringLiteral("trainings"), QStringLiteral("feedback")}) {
        cases.append({QStringLiteral("export-") + report,
                      QStringList{QStringLiteral("export"), report, QStringLiteral("--out"), QStringLiteral("OUT")} + period, true});
    }
    for (const QString &report : {QStringLiteral("pool"), QStringLiteral("grabbers"), QStringLiteral("customers")}) {
        cases.append({QStringLiteral("export-") + report, {QStringLiteral("export"), report, QStringLiteral("--out"), QStringLiteral("OUT")}, true});
    }
    // The raw log of the last day only: every event type, without a megabyte of file.
    cases.append({QStringLiteral("export-events"),
                  {QStringLiteral("export"), QStringLiteral("events"), QStringLiteral("--from"), QStringLiteral("2026-11-20"), QStringLiteral("--to"),
                   kTo, QStringLiteral("--out"), QStringLiteral("OUT")},
                  true});
    cases.append({QStringLiteral("export-kpis-zh"),
                  QStringList{QStringLiteral("export"), QStringLiteral("kpis"), QStringLiteral("--headers"), QStringLiteral("zh_CN"),
                              QStringLiteral("--provenance"), QStringLiteral("comment"), QStringLiteral("--out"), QStringLiteral("OUT")} + period,
                  true});
    cases.append({QStringLiteral("export-leaderboard-zh"),
                  QStringList{QStringLiteral("export"), QStringLiteral("leaderboard"), QStringLiteral("--headers"), QStringLiteral("zh_CN"),
                              QStringLiteral("--out"), QStringLiteral("OUT")} + period,
                  true});
    return cases;
}

// A review opened, scored and decided on the same team: its sheet, list and export.
QList<Case> reviewCases()
{
    return {
        {QStringLiteral("review-show"), {QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")}},
        {QStringLiteral("review-show-grabber"), {QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4"),
                                                 QStringLiteral("--grabber"), QStringLiteral("2")}},
        {QStringLiteral("review-show-json"), {QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4"),
                                              QStringLiteral("--json")}},
        {QStringLiteral("review-history"), {QStringLiteral("review"), QStringLiteral("history"), QStringLiteral("--grabber"), QStringLiteral("2")}},
        {QStringLiteral("review-export"), {QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4"),
                                           QStringLiteral("--out"), QStringLiteral("OUT")}, true},
        {QStringLiteral("export-review-zh"), {QStringLiteral("export"), QStringLiteral("review"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4"),
                                              QStringLiteral("--headers"), QStringLiteral("zh_CN"), QStringLiteral("--out"), QStringLiteral("OUT")}, true},
    };
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::optional<grab::test::ServerDatabase> m_server; // the database on the test cluster (the _pg run)
    QString m_db;

    Run run(const QStringList &args)
    {
        return grabctl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), kNow} + args);
    }

    // What a case produced, as one text: the exit code, then stdout, stderr and the file.
    QByteArray produce(const Case &c)
    {
        const QString out = m_dir.filePath(c.name + QStringLiteral(".out"));
        QFile::remove(out);
        QStringList args = c.args;
        args.replaceInStrings(QStringLiteral("OUT"), out);
        const Run r = run(args);
        QByteArray text = "exit " + QByteArray::number(r.code) + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
        if (c.writesFile) {
            QFile f(out);
            text += "--- file\n" + (f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(none)\n"));
        }
        // The temporary folder differs from run to run.
        return text.replace(m_dir.path().toUtf8(), "$DIR");
    }

    void compare(const QList<Case> &cases)
    {
        const QDir golden(QStringLiteral(GRABDESK_SOURCE_DIR "/tests/data/golden/grabctl"));
        const bool update = qEnvironmentVariableIsSet("GRABDESK_UPDATE_GOLDEN");
        QStringList differ;
        for (const Case &c : cases) {
            const QByteArray now = produce(c);
            QFile f(golden.filePath(c.name + QStringLiteral(".txt")));
            if (update) {
                QVERIFY(f.open(QIODevice::WriteOnly));
                QCOMPARE(f.write(now), qint64(now.size()));
                continue;
            }
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("no golden file %1").arg(f.fileName())));
            const QByteArray before = f.readAll();
            if (before != now) {
                const QString kept = m_dir.filePath(c.name + QStringLiteral(".now.txt"));
                QFile n(kept);
                if (n.open(QIODevice::WriteOnly)) {
                    n.write(now);
                }
                differ << QStringLiteral("%1 (now: %2)").arg(c.name, kept);
            }
        }
        if (!differ.isEmpty()) {
            m_dir.setAutoRemove(false);
        }
        QVERIFY2(differ.isEmpty(), qPrintable(QStringLiteral("differs from its golden file: ") + differ.join(QStringLiteral(", "))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GRABCTL"));
        m_db = grab::test::onServer() ? m_server.emplace().address() : m_dir.filePath(QStringLiteral("team.sqlite"));
        const Run r = run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--grabbers"), QStringLiteral("8"),
                           QStringLiteral("--days"), QStringLiteral("30"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai")});
        QVERIFY2(r.code == 0, r.err.constData());
        const Run t = run({QStringLiteral("target"), QStringLiteral("set"), QStringLiteral("--grabber"), QStringLiteral("1"), QStringLiteral("--month"),
                           QStringLiteral("2026-11"), QStringLiteral("--won"), QStringLiteral("30"), QStringLiteral("--revenue"), QStringLiteral("500000")});
        QVERIFY2(t.code == 0, t.err.constData());
    }

    void readsAndReportsAreAsBefore()
    {
        compare(readCases());
    }

    void aReviewIsAsBefore()
    {
        for (const QStringList &step : QList<QStringList>{
                 {QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")},
                 {QStringLiteral("review"), QStringLiteral("open"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")},
                 {QStringLiteral("review"), QStringLiteral("score"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4"), QStringLiteral("--grabber"),
                  QStringLiteral("2"), QStringLiteral("--score"), QStringLiteral("4"), QStringLiteral("--comment"), QStringLiteral("稳定")},
                 {QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4"), QStringLiteral("--grabber"),
                  QStringLiteral("2"), QStringLiteral("--kind"), QStringLiteral("bonus"), QStringLiteral("--amount"), QStringLiteral("800")}}) {
            const Run r = run(step + QStringList{QStringLiteral("--by"), QStringLiteral("孙经理")}); // not the OS user's name
            QVERIFY2(r.code == 0, (step.join(u' ').toUtf8() + ": " + r.err).constData());
        }
        compare(reviewCases());
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
