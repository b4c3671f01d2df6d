// ReportExporter on a demo team (fixed seed and clock): every report's rows agree with the
// store, the SHA-256 is the file's, headers in English or Chinese, BOM on or off, provenance
// as comment lines or a side-car, a cancel leaves nothing (not even over an older file), money
// and times are written exactly (the fast formatters against formatMajorUnits and QDateTime).
#include "demodb.h"

#include "base/csvwriter.h"
#include "base/money.h"
#include "services/export/reportjob.h"
#include "services/export/instantformat.h"
#include "services/export/reportcolumns.h"
#include "services/export/reportexporter.h"
#include "services/export/reviewexport.h"
#include "services/review/reviewservice.h"
#include "services/team/teamservice.h"
#include "domain/periodpreset.h"
#include "store/sql.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace grab;

namespace {

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QByteArray> lines(const QByteArray &data)
{
    QByteArray body = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    QList<QByteArray> out = body.split('\n');
    if (!out.isEmpty() && out.constLast().isEmpty()) {
        out.removeLast();
    }
    for (QByteArray &l : out) {
        l.chop(l.endsWith('\r') ? 1 : 0);
    }
    return out;
}

qint64 count(Database &db, const QString &sql)
{
    return scalar(db.connection(), sql)->toLongLong();
}

struct ExportSinkTestAccess
{
    static void yuan(ExportSink &sink, qint64 minor) { cells::yuan(sink, minor); }
};

} // namespace

class TstReportExport : public QObject
{
    Q_OBJECT

    test::DemoDb m_demo{7, 12, 21};
    QTemporaryDir m_dir;
    const Period m_month{QDate(2026, 11, 1), QDate(2026, 12, 1)};

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ExportResult run(const ExportSpec &spec, const QString &file)
    {
        auto r = ReportExporter(m_demo.ctx()).run(spec, path(file));
        if (!r) {
            qFatal("export: %s", qPrintable(r.error().message));
        }
        return *r;
    }

private slots:
    void everyReportCountsItsRowsAndHashesItsBytes_data()
    {
        QTest::addColumn<int>("report");
        QTest::addColumn<bool>("withPeriod");
        QTest::addColumn<QString>("countSql");
        QTest::newRow("pool") << int(Report::Pool) << false << "SELECT COUNT(*) FROM orders WHERE state = 'open'";
        QTest::newRow("orders, all") << int(Report::Orders) << false << "SELECT COUNT(*) FROM orders";
        QTest::newRow("violations") << int(Report::Violations) << false << "SELECT COUNT(*) FROM violations";
        QTest::newRow("trainings") << int(Report::Trainings) << false << "SELECT COUNT(*) FROM trainings";
        QTest::newRow("feedback") << int(Report::Feedback) << false << "SELECT COUNT(*) FROM feedback";
        QTest::newRow("events") << int(Report::Events) << false << "SELECT COUNT(*) FROM events";
        QTest::newRow("kpis") << int(Report::Kpis) << true << "SELECT COUNT(*) FROM grabbers";
        QTest::newRow("leaderboard") << int(Report::Leaderboard) << true << "SELECT COUNT(*) FROM grabbers";
    }

    void everyReportCountsItsRowsAndHashesItsBytes()
    {
        QFETCH(int, report);
        QFETCH(bool, withPeriod);
        QFETCH(QString, countSql);
        ExportSpec spec;
        spec.report = Report(report);
        if (withPeriod) {
            spec.period = m_month;
        }
        const QString file = toString(spec.report) + QStringLiteral(".csv");
        const ExportResult r = run(spec, file);
        const QByteArray data = bytes(path(file));
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(r.bytes, data.size());
        QCOMPARE(r.sha256, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(r.rows, count(m_demo.db(), countSql));
        QVERIFY(r.rows > 0 || spec.report == Report::Trainings);
        // One header line and one line per row (no cell of these reports holds a line break).
        if (spec.report != Report::Events) {
            QCOMPARE(lines(data).size(), r.rows + 1);
        }
        QCOMPARE(QString::fromUtf8(lines(data).constFirst()), ReportColumns::keys(spec.report).join(u','));
    }

    void ordersOfAPeriodCarryEveryFieldExactly()
    {
        ExportSpec spec;
        spec.report = Report::Orders;
        spec.period = m_month;
        const ExportResult r = run(spec, QStringLiteral("orders-month.csv"));
        const auto bounds = periods::instants(m_month, QTimeZone("Asia/Shanghai"));
        auto inPeriod = scalar(m_demo.db().connection(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE published_at >= ? AND published_at < ?"),
                               {bounds.first, bounds.second});
        QVERIFY(inPeriod);
        QCOMPARE(r.rows, inPeriod->toLongLong());
        QVERIFY(r.rows > 0 && r.rows < count(m_demo.db(), QStringLiteral("SELECT COUNT(*) FROM orders")));
        // A won order: its line names the customer and the assignee, amount in yuan, times in Shanghai.
        auto q = runSql(m_demo.db().connection(),
                        QStringLiteral("SELECT o.id, c.name, o.amount, g.name, o.published_at FROM orders o JOIN customers c ON c.id = o.customer_id "
                                       "JOIN grabbers g ON g.id = o.assignee_id WHERE o.state = 'won' AND o.published_at >= ? ORDER BY o.id LIMIT 1"),
                        {bounds.first});
        QVERIFY(q && q->next());
        const QString id = q->value(0).toString();
        const QString customer = u',' + q->value(1).toString() + u',';
        const QString amount = u',' + formatMajorUnits(q->value(2).toLongLong()) + QStringLiteral(",CNY,");
        const QString published = QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), QTimeZone("Asia/Shanghai")).toString(Qt::ISODate);
        const QString assignee = q->value(3).toString();
        q->finish();
        bool found = false;
        for (const QByteArray &l : lines(bytes(path(QStringLiteral("orders-month.csv"))))) {
            const QString line = QString::fromUtf8(l);
            if (line.startsWith(id + u',')) {
                found = true;
                QVERIFY2(line.contains(customer) && line.contains(amount), qPrintable(line));
                QVERIFY2(line.contains(QStringLiteral(",won,won,")), qPrintable(line));
                QVERIFY2(line.contains(u',' + assignee + u','), qPrintable(line));
                QVERIFY2(line.contains(published), qPrintable(line));
            }
        }
        QVERIFY(found);
    }

    void chineseHeadersAndNoBom()
    {
        ExportSpec spec;
        spec.report = Report::Orders;
        spec.headers = HeaderLanguage::Chinese;
        spec.bom = false;
        run(spec, QStringLiteral("orders-zh.csv"));
        const QByteArray data = bytes(path(QStringLiteral("orders-zh.csv")));
        QVERIFY(!data.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(data.startsWith(QStringLiteral("订单号,客户编号,客户,客户等级,金额(元),").toUtf8()), data.left(80).constData());
    }

    void leaderboardIsSortedByRevenueWithRanks()
    {
        ExportSpec spec;
        spec.report = Report::Leaderboard;
        spec.period = m_month;
        run(spec, QStringLiteral("leaderboard.csv"));
        const QList<QByteArray> l = lines(bytes(path(QStringLiteral("leaderboard.csv"))));
        QVERIFY(l.size() > 3);
        double previous = 1e300;
        for (int i = 1; i < l.size(); ++i) {
            const QList<QByteArray> cells = l.at(i).split(',');
            const double revenue = cells.at(3).toDouble();
            QVERIFY(revenue <= previous);
            QVERIFY(cells.at(0).toInt() <= i);
            if (revenue < previous) {
                QCOMPARE(cells.at(0).toInt(), i);
            }
            previous = revenue;
        }
    }

    void kpisLeaveUndefinedRatesEmpty()
    {
        // A grabber hired today has closed nothing: success and failure rates are empty cells.
        Grabber g;
        g.name = QStringLiteral("新人");
        g.level = Level::Junior;
        const qint64 id = *TeamService(m_demo.ctx()).addGrabber(g);
        ExportSpec spec;
        spec.report = Report::Kpis;
        spec.period = m_month;
        run(spec, QStringLiteral("kpis.csv"));
        const QList<QByteArray> l = lines(bytes(path(QStringLiteral("kpis.csv"))));
        const QByteArray mine = QByteArray::number(id) + ",新人,0,0,0,0,0,,,,,0.00,,0,0";
        QVERIFY2(l.contains(mine), l.constLast().constData());
    }

    void sinkCellsAreCsvWritersCells()
    {
        // The fast row path must write exactly what CsvWriter writes (quoting, formula guard).
        const QStringList texts{QStringLiteral("=SUM(A1)"), QStringLiteral("a,b"),  QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                                QStringLiteral("-5"),       QStringLiteral("+x"),   QStringLiteral("@x"),           QStringLiteral("\tx"),
                                QStringLiteral("上海恒达"), QString(),              QStringLiteral("=a,\"b\""),     QStringLiteral("\rx")};
        const QString file = path(QStringLiteral("sink.csv"));
        ExportSink sink(file);
        QVERIFY(sink.open());
        QByteArray expected;
        QBuffer buffer(&expected);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer, false);
        for (const QString &t : texts) {
            sink.text(t);
            sink.number(-42);
            sink.endRow();
            csv.writeRow({t, -42});
        }
        for (qint64 minor : {0LL, 5LL, 99LL, 100LL, 123456LL, 999999999999LL}) {
            sink.text(QStringLiteral("¥"));
            ExportSinkTestAccess::yuan(sink, minor);
            sink.endRow();
            csv.writeRow({QStringLiteral("¥"), formatMajorUnits(minor)});
        }
        QVERIFY(sink.commit());
        QCOMPARE(bytes(file), expected);
        QCOMPARE(sink.sha256Hex(), QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    }

    void provenanceAsCommentLinesAndAsASidecar()
    {
        ExportSpec spec;
        spec.report = Report::Violations;
        spec.period = m_month;
        spec.provenance = Provenance::Comment;
        run(spec, QStringLiteral("v-comment.csv"));
        const QList<QByteArray> l = lines(bytes(path(QStringLiteral("v-comment.csv"))));
        QCOMPARE(l.at(0), QByteArray("# GrabDesk report: violations"));
        QVERIFY(l.contains("# time zone: Asia/Shanghai"));
        QVERIFY(l.contains("# rule version: 1"));
        QVERIFY(l.contains("# period: 2026-11-01 .. 2026-12-01 (to exclusive)"));
        QVERIFY(!QFile::exists(path(QStringLiteral("v-comment.csv.json"))));

        spec.provenance = Provenance::Sidecar;
        const ExportResult r = run(spec, QStringLiteral("v.csv"));
        QCOMPARE(r.sidecarPath, path(QStringLiteral("v.csv.json")));
        const QJsonObject o = QJsonDocument::fromJson(bytes(r.sidecarPath)).object();
        QCOMPARE(o.value(u"report").toString(), QStringLiteral("violations"));
        QCOMPARE(o.value(u"rows").toInteger(), r.rows);
        QCOMPARE(o.value(u"sha256").toString(), r.sha256);
        QCOMPARE(o.value(u"timeZone").toString(), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(o.value(u"ruleVersion").toInt(), 1);
        QCOMPARE(o.value(u"period").toObject().value(u"from").toString(), QStringLiteral("2026-11-01"));
        QCOMPARE(o.value(u"generatedAt").toString(), QStringLiteral("2026-11-20T15:00:00+08:00"));
        QVERIFY(!o.value(u"filters").toArray().isEmpty());
        QVERIFY(bytes(path(QStringLiteral("v.csv"))).mid(3).startsWith("violation_id,"));
    }

    // The review cycle as a report follows the options as every report does: the BOM or not, the
    // header language, the comment block with the cycle's state; the rows are ReviewExport's.
    void reviewReportFollowsTheOptions()
    {
        ReviewService reviews(m_demo.ctx());
        if (!reviews.cycle(QStringLiteral("2026-Q4"))) {
            QVERIFY(reviews.create(QStringLiteral("2026-Q4")));
            QVERIFY(reviews.open(QStringLiteral("2026-Q4")));
        }
        auto view = reviews.cycle(QStringLiteral("2026-Q4"));
        QVERIFY(view);
        QBuffer own;
        QVERIFY(own.open(QIODevice::WriteOnly));
        QVERIFY(ReviewExport::write(&own, *view, QStringLiteral("Asia/Shanghai"), m_demo.ctx().clock.nowMs()));
        const QList<QByteArray> ownLines = lines(own.data());
        const qsizetype ownHeader = ownLines.indexOf(ReviewExport::columns().join(u',').toUtf8());
        QVERIFY(ownHeader > 0); // the page's and `review export`'s file keep their statement row

        ExportSpec spec;
        spec.report = Report::Review;
        spec.quarter = QStringLiteral("2026-Q4");
        spec.bom = false;
        spec.headers = HeaderLanguage::Chinese;
        spec.provenance = Provenance::Comment;
        const ExportResult r = run(spec, QStringLiteral("review-zh.csv"));
        const QByteArray data = bytes(path(QStringLiteral("review-zh.csv")));
        QVERIFY(data.startsWith("# GrabDesk report: review\r\n"));
        const QList<QByteArray> l = lines(data);
        QVERIFY(l.contains("# quarter: 2026-Q4"));
        QVERIFY(l.contains("# review state: open"));
        QVERIFY(l.contains("# approved by: (not approved)"));
        const qsizetype header = l.indexOf(ReportColumns::header(Report::Review, HeaderLanguage::Chinese).join(u',').toUtf8());
        QVERIFY(header > 0);
        QVERIFY(l.at(header).startsWith(QStringLiteral("季度,抢单员编号,抢单员,级别").toUtf8()));
        for (qsizetype i = 0; i < header; ++i) {
            QVERIFY2(l.at(i).startsWith("# "), l.at(i).constData()); // no statement row in a report
        }
        QCOMPARE(l.mid(header + 1), ownLines.mid(ownHeader + 1));
        QCOMPARE(r.rows, view->entries.size());

        spec.bom = true;
        spec.headers = HeaderLanguage::English;
        spec.provenance = Provenance::Sidecar;
        const ExportResult s = run(spec, QStringLiteral("review-en.csv"));
        QVERIFY(bytes(path(QStringLiteral("review-en.csv"))).startsWith(QByteArray("\xEF\xBB\xBF") + ReviewExport::columns().join(u',').toUtf8()));
        const QJsonObject review = QJsonDocument::fromJson(bytes(s.sidecarPath)).object().value(u"review").toObject();
        QCOMPARE(review.value(u"state").toString(), QStringLiteral("open"));
        QCOMPARE(review.value(u"from").toString(), QStringLiteral("2026-10-01"));
        QVERIFY(review.value(u"formula").toString().contains(u"0.6"));
    }

    void cancelLeavesNoFileAndKeepsAnOlderOne()
    {
        ExportSpec spec;
        spec.report = Report::Events;
        spec.provenance = Provenance::Sidecar;
        const QString file = path(QStringLiteral("cancelled.csv"));
        auto r = ReportExporter(m_demo.ctx()).run(spec, file, [](qint64, qint64) { return false; });
        QVERIFY(!r);
        QCOMPARE(r.error().reason, QStringLiteral("cancelled"));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".json")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden), QStringList());

        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older\r\n");
        old.close();
        // Cancelled after some rows were written: the older file is still there, whole.
        qint64 calls = 0;
        r = ReportExporter(m_demo.ctx()).run(spec, file, [&calls](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!r);
        QVERIFY(calls >= 3);
        QCOMPARE(bytes(file), QByteArray("older\r\n"));
    }

    void kpisAndLeaderboardNeedAPeriod()
    {
        ExportSpec spec;
        spec.report = Report::Kpis;
        auto r = ReportExporter(m_demo.ctx()).run(spec, path(QStringLiteral("no-period.csv")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Usage);
        QVERIFY(!QFile::exists(path(QStringLiteral("no-period.csv"))));
    }

    void instantsAreWrittenAsQDateTimeWritesThem_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::newRow("Shanghai") << "Asia/Shanghai";
        QTest::newRow("New York (DST)") << "America/New_York";
        QTest::newRow("Berlin (DST)") << "Europe/Berlin";
        QTest::newRow("UTC") << "UTC";
        QTest::newRow("Kathmandu (+05:45)") << "Asia/Kathmandu";
    }

    void instantsAreWrittenAsQDateTimeWritesThem()
    {
        QFETCH(QString, zone);
        const QTimeZone tz(zone.toUtf8());
        QVERIFY(tz.isValid());
        InstantFormat format(tz);
        // Every 37 minutes and 13.5 s through 2026 (crossing both DST changes), and back again.
        const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 step = (37 * 60 + 13) * 1000 + 500;
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < 15000; ++i) {
                const qint64 ms = pass == 0 ? start + i * step : start + (15000 - i) * step;
                char buf[InstantFormat::kMaxSize];
                const int n = format.write(ms, buf);
                const QString expected = QDateTime::fromMSecsSinceEpoch(ms, tz).toString(Qt::ISODate);
                if (QLatin1StringView(buf, n) != expected) {
                    QFAIL(qPrintable(QStringLiteral("%1: %2 instead of %3").arg(ms).arg(QLatin1StringView(buf, n), expected)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstReportExport)
#include "tst_reportexport.moc"
