// Reports as Excel workbooks, read back by a reader that is not ours: LibreOffice headless converts
// every sheet of each workbook to CSV with the raw values (not as shown), and every cell is
// compared with grabctl's CSV export of the same report. Then what a spreadsheet user sees of the
// workbook: a filter on the header, columns as wide as their text (a Chinese column wider than a
// code column), the provenance sheet, and Chinese headers.
#include "grabctlrun.h"
#include "base/csvreader.h"
#include "columnkind.h"
#include "services/export/reportcolumns.h"

#include <QBuffer>
#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using grab::test::grabctl;
using grab::test::Run;

namespace {

const QString kNow = QStringLiteral("2026-12-01T12:00:00Z");

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    CsvReader::Options options;
    options.delimiter = u',';
    options.unguardFormulas = false;
    options.skipLeadingComments = false;
    CsvReader reader(&f, options);
    if (!reader.open()) {
        return {};
    }
    QList<QStringList> rows;
    CsvRow row;
    while (reader.next(row)) {
        rows.append(row.fields);
    }
    return reader.failed() ? QList<QStringList>{} : rows;
}

double number(QString text, bool *ok)
{
    text.remove(u',');
    return QLocale::c().toDouble(text, ok);
}

// Whether LibreOffice's raw value `got` is the CSV's `want` in a column of this kind; why not, if not.
QString cellDiffers(xlsx::ColumnKind kind, const QString &want, const QString &got)
{
    if (want.isEmpty() || got.isEmpty()) {
        return want == got ? QString() : QStringLiteral("expected \"%1\", read \"%2\"").arg(want, got);
    }
    bool okWant = false;
    bool okGot = false;
    switch (kind) {
    case xlsx::ColumnKind::Percent: {
        const double w = number(want, &okWant);
        QString g = got;
        const bool percent = g.endsWith(u'%');
        g.remove(u'%');
        double v = number(g, &okGot);
        if (percent) {
            v /= 100;
        }
        if (okWant && okGot && percent && qAbs(w - v) < 1e-9) {
            return {};
        }
        break;
    }
    case xlsx::ColumnKind::Money:
    case xlsx::ColumnKind::Number: {
        const double w = number(want, &okWant);
        const double v = number(got, &okGot);
        if (okWant && okGot && qAbs(w - v) <= 1e-9 * std::max(1.0, qAbs(w))) {
            return {};
        }
        if (!okWant && want == got) {
            return {};
        }
        break;
    }
    case xlsx::ColumnKind::DateTime:
        // The CSV's instant in the team's zone, "2026-11-08T09:10:13+08:00", is that local time in the sheet.
        if (want.size() >= 19 && QString(want.left(19)).replace(u'T', u' ') == got) {
            return {};
        }
        if (want == got) {
            return {};
        }
        break;
    case xlsx::ColumnKind::Date:
    case xlsx::ColumnKind::Text:
        if (want == got) {
            return {};
        }
        break;
    }
    return QStringLiteral("expected \"%1\", read \"%2\"").arg(want, got);
}

} // namespace

class TestXlsxExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_soffice;

    Run run(const QStringList &args) { return grabctl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), kNow} + args); }

    // Converts the workbooks in `files` with LibreOffice: every sheet to its own CSV, raw values,
    // UTF-8 (or to `format`, e.g. "fods").
    void convert(const QStringList &files, const QString &outDir, const QString &format = {})
    {
        const QString filter = format.isEmpty() ? QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1") : format;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        p.setProcessEnvironment(env);
        p.start(m_soffice, QStringList{QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo-profile")),
                                        QStringLiteral("--headless"), QStringLiteral("--convert-to"), filter, QStringLiteral("--outdir"), outDir}
                                   + files);
        QVERIFY2(p.waitForFinished(240000), "LibreOffice did not finish converting within 4 minutes");
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    // Every cell of the workbook's first sheet against the CSV export.
    void compareSheet(const QString &report, const QList<QStringList> &csv, const QList<QStringList> &sheet, bool chineseHeaders)
    {
        QVERIFY2(!csv.isEmpty(), qPrintable(report + QStringLiteral(": the CSV export is empty")));
        QCOMPARE(sheet.size(), csv.size());
        const QStringList keys = csv.constFirst();
        for (qsizetype c = 0; c < keys.size(); ++c) {
            const QString header = chineseHeaders ? ReportColumns::chinese(keys.at(c)) : keys.at(c);
            QCOMPARE(sheet.constFirst().value(c), header);
        }
        int compared = 0;
        for (qsizetype r = 1; r < csv.size(); ++r) {
            const QStringList &want = csv.at(r);
            QStringList got = sheet.at(r);
            while (got.size() < want.size()) {
                got.append(QString()); // LibreOffice writes every column, but be exact about where a row ends
            }
            QCOMPARE(got.size(), want.size());
            for (qsizetype c = 0; c < want.size(); ++c) {
                const QString why = cellDiffers(xlsx::columnKind(keys.at(c)), want.at(c), got.at(c));
                QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("%1, row %2, column %3 (%4): %5").arg(report).arg(r + 1).arg(c + 1).arg(keys.at(c), why)));
                ++compared;
            }
        }
        QVERIFY2(compared > 0 || csv.size() == 1, qPrintable(report));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GRABCTL"));
        m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        QVERIFY2(!m_soffice.isEmpty(), "LibreOffice (soffice, Debian's libreoffice-calc-nogui) is needed to read the workbooks back");
        QDir(m_dir.path()).mkpath(QStringLiteral("home"));
        m_db = m_dir.filePath(QStringLiteral("team.sqlite"));
        const Run demo = run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--grabbers"), QStringLiteral("8"),
                              QStringLiteral("--days"), QStringLiteral("40"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Shanghai")});
        QVERIFY2(demo.code == 0, demo.err.constData());
        const Run review = run({QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("--quarter"), QStringLiteral("2026-Q4")});
        QVERIFY2(review.code == 0, review.err.constData());
    }

    // Every report, as CSV and as a workbook: LibreOffice reads the same cells back.
    void everyReportReadsBackAsItsCsv()
    {
        const QString out = m_dir.filePath(QStringLiteral("every"));
        QDir().mkpath(out);
        const QStringList reports{QStringLiteral("pool"),      QStringLiteral("orders"),   QStringLiteral("kpis"),
                                  QStringLiteral("leaderboard"), QStringLiteral("violations"), QStringLiteral("trainings"),
                                  QStringLiteral("feedback"),  QStringLiteral("review"),   QStringLiteral("events")};
        QStringList workbooks;
        for (const QString &report : reports) {
            QStringList extra;
            if (report == u"review") {
                extra << QStringLiteral("--quarter") << QStringLiteral("2026-Q4");
            } else if (report != u"pool") {
                extra << QStringLiteral("--from") << QStringLiteral("2026-11-01") << QStringLiteral("--to") << QStringLiteral("2026-12-01");
            }
            const Run csv = run(QStringList{QStringLiteral("export"), report, QStringLiteral("--out"), out + u'/' + report + QStringLiteral(".csv"),
                                            QStringLiteral("--no-bom")} + extra);
            QVERIFY2(csv.code == 0, csv.err.constData());
            const Run book = run(QStringList{QStringLiteral("export"), report, QStringLiteral("--out"), out + u'/' + report + QStringLiteral(".xlsx")} + extra);
            QVERIFY2(book.code == 0, book.err.constData());
            QVERIFY(book.out.startsWith("Wrote "));
            workbooks << out + u'/' + report + QStringLiteral(".xlsx");
        }
        const QString read = m_dir.filePath(QStringLiteral("every-read"));
        QDir().mkpath(read);
        convert(workbooks, read);
        for (const QString &report : reports) {
            const auto csv = readCsv(out + u'/' + report + QStringLiteral(".csv"));
            const auto sheet = readCsv(read + u'/' + report + u'-' + report + QStringLiteral(".csv"));
            compareSheet(report, csv, sheet, false);
            if (QTest::currentTestFailed()) {
                return;
            }
            // The provenance sheet: what the rows are, with the event chain's head and the row count.
            const auto about = readCsv(read + u'/' + report + QStringLiteral("-provenance.csv"));
            QStringList labels;
            for (const QStringList &line : about) {
                labels << line.value(0);
            }
            QVERIFY2(labels.contains(u"report"_qs) && labels.contains(u"eventChain.headEventId"_qs) && labels.contains(u"timeZone"_qs), qPrintable(report));
            QCOMPARE(about.constLast(), (QStringList{QStringLiteral("rows"), QString::number(csv.size() - 1)}));
        }
    }

    // What Excel or LibreOffice shows: typed cells (a rate is 85 %, money ¥, instants date-times),
    // Chinese headers and sheet names, a filter on the header, columns as wide as their text.
    void aWorkbookReadsAsASpreadsheet()
    {
        const QString out = m_dir.filePath(QStringLiteral("zh"));
        QDir().mkpath(out);
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-12-01")};
        const Run book = run(QStringList{QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                                         QStringLiteral("--headers"), QStringLiteral("zh_CN"), QStringLiteral("--provenance"), QStringLiteral("sidecar"),
                                         QStringLiteral("--out"), out + QStringLiteral("/orders.xlsx")} + period);
        QVERIFY2(book.code == 0, book.err.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/orders.xlsx.json")));
        const Run csv = run(QStringList{QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--no-bom"), QStringLiteral("--out"),
                                        out + QStringLiteral("/orders.csv")} + period);
        QVERIFY2(csv.code == 0, csv.err.constData());
        convert({out + QStringLiteral("/orders.xlsx")}, out);
        compareSheet(QStringLiteral("orders (zh_CN)"), readCsv(out + QStringLiteral("/orders.csv")), readCsv(out + QStringLiteral("/orders-订单.csv")), true);
        QVERIFY(QFile::exists(out + QStringLiteral("/orders-来源说明.csv")));

        // As shown: LibreOffice's flat XML keeps the formats, the filter and the column widths.
        convert({out + QStringLiteral("/orders.xlsx")}, out, QStringLiteral("fods"));
        QFile fods(out + QStringLiteral("/orders.fods"));
        QVERIFY(fods.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(fods.readAll());
        const qsizetype rows = readCsv(out + QStringLiteral("/orders.csv")).size();
        QVERIFY2(xml.contains(QStringLiteral("table:target-range-address=\"订单.A1:订单.T%1\" table:display-filter-buttons=\"true\"").arg(rows)),
                 "the header row has a filter over every row");
        QVERIFY2(xml.contains(u"¥"_qs), "money is shown in yuan");
        // Column widths, in sheet order: the customer's Chinese name (column C) is wider than the
        // currency code (column F).
        QHash<QString, double> styleWidth;
        static const QRegularExpression style(QStringLiteral("<style:style style:name=\"(co\\d+)\"[^>]*>\\s*<style:table-column-properties[^>]*style:column-width=\"([0-9.]+)in\""));
        for (auto m = style.globalMatch(xml); m.hasNext();) {
            const auto hit = m.next();
            styleWidth.insert(hit.captured(1), hit.captured(2).toDouble());
        }
        QList<double> widths;
        static const QRegularExpression column(QStringLiteral("<table:table-column table:style-name=\"(co\\d+)\"(?: table:number-columns-repeated=\"(\\d+)\")?"));
        for (auto m = column.globalMatch(xml); m.hasNext() && widths.size() < 20;) {
            const auto hit = m.next();
            for (int i = 0; i < std::max(1, hit.captured(2).toInt()); ++i) {
                widths.append(styleWidth.value(hit.captured(1)));
            }
        }
        QVERIFY2(widths.size() >= 6, qPrintable(QStringLiteral("%1 column widths read").arg(widths.size())));
        QVERIFY2(widths.at(2) > 1.5 * widths.at(5), qPrintable(QStringLiteral("customer %1 in, currency %2 in").arg(widths.at(2)).arg(widths.at(5))));
        // The widest customer name fits: 2 units per CJK character, about 0.07 in a unit.
        QVERIFY2(widths.at(2) >= 1.5, qPrintable(QStringLiteral("customer column %1 in").arg(widths.at(2))));
    }

    void widthsCountACjkCharacterDouble()
    {
        QCOMPARE(xlsx::displayWidth(u"CNY"), 3.0);
        QCOMPARE(xlsx::displayWidth(u"广州安泰科技有限公司"), 20.0);
        QCOMPARE(xlsx::displayWidth(u"金额(元)"), 8.0);
        QCOMPARE(xlsx::columnKind(u"success_rate"), xlsx::ColumnKind::Percent);
        QCOMPARE(xlsx::columnKind(u"amount"), xlsx::ColumnKind::Money);
        QCOMPARE(xlsx::columnKind(u"published_at"), xlsx::ColumnKind::DateTime);
        QCOMPARE(xlsx::columnKind(u"customer"), xlsx::ColumnKind::Text);
    }

    // What the command refuses, and that a refusal writes nothing.
    void badRequestsWriteNothing()
    {
        const QString target = m_dir.filePath(QStringLiteral("refused.xlsx"));
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-12-01")};
        QCOMPARE(run(QStringList{QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--format"), QStringLiteral("ods"),
                                 QStringLiteral("--out"), target} + period).code, 2);
        const Run comment = run(QStringList{QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--provenance"), QStringLiteral("comment"),
                                            QStringLiteral("--out"), target} + period);
        QCOMPARE(comment.code, 2);
        QVERIFY(comment.err.contains("second sheet"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("review"), QStringLiteral("--quarter"), QStringLiteral("2025-Q1"), QStringLiteral("--out"), target}).code, 5);
        QVERIFY(!QFile::exists(target));
        // A folder that cannot be written: a sentence, exit 1, no file.
        const Run nowhere = run(QStringList{QStringLiteral("export"), QStringLiteral("orders"), QStringLiteral("--out"),
                                            m_dir.filePath(QStringLiteral("no-such-folder/orders.xlsx"))} + period);
        QVERIFY(nowhere.code != 0);
        QVERIFY(!nowhere.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
