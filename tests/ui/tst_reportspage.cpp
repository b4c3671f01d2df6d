// The Reports page and the Import dialog offscreen, on a demo database (fixed seed and clock):
// an export through the page is byte for byte what grabctl writes for the same spec; a cancel
// leaves no file; the import dialog's check lists the bad row of a file with its line, column,
// value and reason, and a confirmed import changes the database. The models pass
// QAbstractItemModelTester.
#include "demodb.h"

#include "common/messagestrip.h"
#include "common/appsettings.h"
#include "reports/columnmappingtable.h"
#include "reports/importdialog.h"
#include "reports/importissuemodel.h"
#include "reports/reportlistmodel.h"
#include "reports/reportspage.h"
#include "services/team/teamservice.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace grab;
using namespace grab::ui;

namespace {

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int grabctl(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("GRABCTL"), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return -1;
    }
    if (p.exitCode() != 0) {
        qWarning("grabctl %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    }
    return p.exitCode();
}

void choose(QComboBox *box, int data)
{
    QVERIFY(box);
    box->setCurrentIndex(box->findData(data));
}

} // namespace

class TstReportsPage : public QObject
{
    Q_OBJECT

    test::DemoDb m_demo{7, 10, 21};
    QTemporaryDir m_dir;
    // The demo's "now" (Friday 2026-11-20 15:00 in Shanghai), for grabctl.
    const QString kNow = QStringLiteral("--now=2026-11-20T15:00:00+08:00");

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("GRABCTL"), "run through CTest: GRABCTL names the grabctl executable"); }

    void modelsPassTheTester()
    {
        ReportListModel reports;
        QAbstractItemModelTester t1(&reports, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(reports.rowCount(), int(allReports().size()));
        QCOMPARE(reports.index(reports.rowOf(Report::Orders), ReportListModel::Name).data().toString(), QStringLiteral("Orders"));
        QVERIFY(!reports.index(0, ReportListModel::Description).data().toString().isEmpty());
        ImportIssueModel issues;
        QAbstractItemModelTester t2(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        issues.setIssues({ImportIssue{3, QStringLiteral("tier"), QStringLiteral("gold"), QStringLiteral("bad tier")}, ImportIssue{5, {}, {}, QStringLiteral("ragged")}});
        QCOMPARE(issues.rowCount(), 2);
        QCOMPARE(issues.index(1, ImportIssueModel::ColumnName).data().toString(), QStringLiteral("(whole row)"));
        issues.setIssues({});
        QCOMPARE(issues.rowCount(), 0);
    }

    void exportThroughThePageEqualsGrabctl_data()
    {
        QTest::addColumn<int>("report");
        QTest::addColumn<int>("headers");
        QTest::addColumn<QStringList>("grabctlArgs");
        // The page's period is This month as of the demo's today: November 2026.
        const QStringList month{QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-12-01")};
        QTest::newRow("orders, zh_CN") << int(Report::Orders) << int(HeaderLanguage::Chinese)
                                       << (QStringList{QStringLiteral("orders"), QStringLiteral("--headers"), QStringLiteral("zh_CN")} + month);
        QTest::newRow("leaderboard, en") << int(Report::Leaderboard) << int(HeaderLanguage::English) << (QStringList{QStringLiteral("leaderboard")} + month);
        QTest::newRow("pool, en") << int(Report::Pool) << int(HeaderLanguage::English) << QStringList{QStringLiteral("pool")};
    }

    void exportThroughThePageEqualsGrabctl()
    {
        QFETCH(int, report);
        QFETCH(int, headers);
        QFETCH(QStringList, grabctlArgs);
        ReportsPage page(m_demo.db(), m_demo.clock);
        page.resize(1200, 800);
        page.show();
        page.selectReport(Report(report));
        choose(page.findChild<QComboBox *>(QStringLiteral("headers")), headers);
        choose(page.findChild<QComboBox *>(QStringLiteral("provenance")), int(Provenance::Sidecar));
        const ExportSpec spec = page.currentSpec();
        QCOMPARE(int(spec.report), report);
        const QString mine = path(QStringLiteral("page-%1.csv").arg(toString(spec.report)));
        QSignalSpy done(&page, &ReportsPage::exportFinished);
        QVERIFY(page.exportTo(spec, mine));
        QVERIFY(done.wait(30000));
        QCOMPARE(done.constFirst().constFirst().toBool(), true);

        const QString theirs = path(QStringLiteral("grabctl-%1.csv").arg(toString(spec.report)));
        QCOMPARE(grabctl(QStringList{QStringLiteral("--db"), m_demo.db().path(), kNow, QStringLiteral("export")} + grabctlArgs +
                         QStringList{QStringLiteral("--provenance"), QStringLiteral("sidecar"), QStringLiteral("--out"), theirs}),
                 0);
        const QByteArray a = bytes(mine);
        QVERIFY(a.size() > 100);
        QCOMPARE(a, bytes(theirs));
        // The side-cars differ only in the file's name.
        QCOMPARE(bytes(mine + QStringLiteral(".json")).replace("page-", "grabctl-"), bytes(theirs + QStringLiteral(".json")));
        // The strip says what was written, with the file's SHA-256.
        QVERIFY2(page.strip()->text().contains(page.lastSha256()), qPrintable(page.strip()->text()));
        QCOMPARE(page.lastSha256(), QString::fromLatin1(QCryptographicHash::hash(a, QCryptographicHash::Sha256).toHex()));
        QVERIFY(page.strip()->text().startsWith(QStringLiteral("Wrote ")));
    }

    // Both formats are offered; a workbook is written whole, with the report's rows, and the
    // CSV-only choices (byte order mark, comment lines) step back while it is chosen.
    void theWorkbookFormatWritesAnXlsx()
    {
        ReportsPage page(m_demo.db(), m_demo.clock);
        page.resize(1200, 800);
        page.show();
        auto *format = page.findChild<QComboBox *>(QStringLiteral("format"));
        QVERIFY(format);
        QCOMPARE(format->count(), 2);
        QCOMPARE(format->currentData().toString(), QStringLiteral("xlsx")); // what a spreadsheet user wants
        auto *bom = page.findChild<QCheckBox *>(QStringLiteral("bom"));
        QVERIFY(bom && !bom->isEnabled());
        choose(page.findChild<QComboBox *>(QStringLiteral("provenance")), int(Provenance::Comment));
        QCOMPARE(int(page.currentSpec().provenance), int(Provenance::None)); // the second sheet holds it
        format->setCurrentIndex(format->findData(QStringLiteral("csv")));
        QVERIFY(bom->isEnabled());
        QCOMPARE(int(page.currentSpec().provenance), int(Provenance::Comment));
        format->setCurrentIndex(format->findData(QStringLiteral("xlsx")));

        page.selectReport(Report::Leaderboard);
        choose(page.findChild<QComboBox *>(QStringLiteral("provenance")), int(Provenance::Sidecar));
        const QString file = path(QStringLiteral("leaderboard.xlsx"));
        QSignalSpy done(&page, &ReportsPage::exportFinished);
        QVERIFY(page.exportTo(page.currentSpec(), file));
        QVERIFY(done.wait(30000));
        QVERIFY2(done.constFirst().constFirst().toBool(), qPrintable(page.strip()->text()));
        const QByteArray book = bytes(file);
        QVERIFY(book.startsWith("PK")); // a zip container, as every .xlsx
        QCOMPARE(page.lastSha256(), QString::fromLatin1(QCryptographicHash::hash(book, QCryptographicHash::Sha256).toHex()));
        QVERIFY2(page.strip()->text().startsWith(QStringLiteral("Wrote 10 rows")), qPrintable(page.strip()->text()));
        QVERIFY(bytes(file + QStringLiteral(".json")).contains("\"format\": \"xlsx\""));
    }

    void cancelLeavesNoFile()
    {
        ReportsPage page(m_demo.db(), m_demo.clock);
        page.selectReport(Report::Events);
        const QString file = path(QStringLiteral("cancelled.csv"));
        QSignalSpy done(&page, &ReportsPage::exportFinished);
        QVERIFY(page.exportTo(page.currentSpec(), file));
        QVERIFY(page.isExporting());
        page.cancelExport();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.constFirst().constFirst().toBool(), false);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".json")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden), QStringList());
        QVERIFY2(page.strip()->text().contains(QStringLiteral("cancelled")), qPrintable(page.strip()->text()));
    }

    void importDialogPreviewsTheBadRowThenImports()
    {
        const QString file = path(QStringLiteral("customers.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name;tier;region\n新客户甲;vip;华东\n新客户乙;gold;华北\n新客户丙;key;华南\n");
        f.close();

        ImportDialog dialog(m_demo.db().path(), m_demo.clock);
        QAbstractItemModelTester tester(dialog.issueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setEntity(ImportEntity::Customers);
        dialog.setFile(file);
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.check();
        QVERIFY(checked.wait(30000));
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.preview()->rows, 3);
        QCOMPARE(dialog.preview()->invalidRows, 1);
        QCOMPARE(dialog.preview()->delimiter, QChar(u';'));
        ImportIssueModel *issues = dialog.issueModel();
        QCOMPARE(issues->rowCount(), 1);
        QCOMPARE(issues->index(0, ImportIssueModel::Line).data().toInt(), 3);
        QCOMPARE(issues->index(0, ImportIssueModel::ColumnName).data().toString(), QStringLiteral("tier"));
        QCOMPARE(issues->index(0, ImportIssueModel::Value).data().toString(), QStringLiteral("gold"));
        QVERIFY(!issues->index(0, ImportIssueModel::Reason).data().toString().isEmpty());
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("3 rows")) && summary.contains(QStringLiteral("UTF-8")), qPrintable(summary));
        // All or nothing is not offered with a bad row; valid rows only is.
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importAll"))->isEnabled());
        QPushButton *valid = dialog.findChild<QPushButton *>(QStringLiteral("importValid"));
        QVERIFY(valid->isEnabled());

        auto before = TeamService(m_demo.ctx()).customers();
        QVERIFY(before);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        valid->click();
        QVERIFY(imported.wait(30000));
        auto after = TeamService(m_demo.ctx()).customers();
        QVERIFY(after);
        QCOMPARE(after->size(), before->size() + 2);
        QStringList names;
        for (const Customer &c : *after) {
            names << c.name;
        }
        QVERIFY(names.contains(QStringLiteral("新客户甲")) && names.contains(QStringLiteral("新客户丙")));
        QVERIFY(!names.contains(QStringLiteral("新客户乙")));
        QVERIFY2(imported.constFirst().constFirst().toString().startsWith(QStringLiteral("Imported 2 of 3 rows")),
                 qPrintable(imported.constFirst().constFirst().toString()));
        QVERIFY(!valid->isEnabled()); // done: pressing again must not import twice
    }

    // A customer export in the shape Chinese CRMs write it: the mapping step guesses every column
    // (names, CRM words, values), refuses to check while a column has no choice, imports with the
    // manager's choices, and offers them again for the next file with the same header.
    void importDialogMapsTheColumnsOfACrmExport()
    {
        const QString file = path(QStringLiteral("crm-customers.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("客户名称,客户级别,所属区域,联系电话,负责人,客户类型,自定义字段1\n"
                "云帆科技,VIP,华东,13812345678,张伟,重点,甲\n"
                "锦程贸易,普通,西南,13900001111,王芳,普通,乙\n");
        f.close();
        AppSettings settings(path(QStringLiteral("mapping.ini")));
        auto before = TeamService(m_demo.ctx()).customers();
        QVERIFY(before);
        {
            ImportDialog dialog(m_demo.db().path(), m_demo.clock, nullptr, &settings);
            dialog.setEntity(ImportEntity::Customers);
            dialog.setFile(file);
            ColumnMappingTable *columns = dialog.columnTable();
            QCOMPARE(columns->rowCount(), 7);
            // By name, by CRM word, by value; the free-form column is left to the manager.
            QCOMPARE(columns->choices(), (QStringList{QStringLiteral("name"), QStringLiteral("tier"), QStringLiteral("region"), QStringLiteral("-"),
                                                      QStringLiteral("-"), QString(), QString()}));
            // 客户类型's values are tiers, but tier is taken by 客户级别: no second guess for it.
            QVERIFY(columns->item(6, ColumnMappingTable::Why)->text().contains(QStringLiteral("Choose")));
            QCOMPARE(columns->item(1, ColumnMappingTable::Examples)->text(), QStringLiteral("VIP · 普通"));
            auto *check = dialog.findChild<QPushButton *>(QStringLiteral("check"));
            QVERIFY(!check->isEnabled());
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("columnsNote"))->text().contains(QStringLiteral("2 column")));
            QVERIFY(columns->choose(QStringLiteral("客户类型"), QStringLiteral("-")));
            QVERIFY(!check->isEnabled());
            QVERIFY(columns->choose(QStringLiteral("自定义字段1"), QStringLiteral("-")));
            QVERIFY(check->isEnabled());
            QSignalSpy checked(&dialog, &ImportDialog::checked);
            check->click();
            QVERIFY(checked.wait(30000));
            QVERIFY(dialog.preview());
            QCOMPARE(dialog.preview()->validRows, 2);
            QSignalSpy imported(&dialog, &ImportDialog::imported);
            auto *all = dialog.findChild<QPushButton *>(QStringLiteral("importAll"));
            QVERIFY(all->isEnabled());
            all->click();
            QVERIFY(imported.wait(30000));
        }
        auto after = TeamService(m_demo.ctx()).customers();
        QVERIFY(after);
        QCOMPARE(after->size(), before->size() + 2);
        bool vip = false;
        for (const Customer &c : *after) {
            vip = vip || (c.name == u"云帆科技" && c.tier == Tier::Vip && c.region == u"华东");
        }
        QVERIFY(vip);

        // The same header next time: the manager's choices, not the guesses.
        ImportDialog again(m_demo.db().path(), m_demo.clock, nullptr, &settings);
        again.setEntity(ImportEntity::Customers);
        again.setFile(file);
        QCOMPARE(again.columnTable()->choices().mid(5), (QStringList{QStringLiteral("-"), QStringLiteral("-")}));
        QVERIFY(again.columnTable()->item(6, ColumnMappingTable::Why)->text().contains(QStringLiteral("last time")));
        QVERIFY(again.findChild<QPushButton *>(QStringLiteral("check"))->isEnabled());
    }
};

QTEST_MAIN(TstReportsPage)
#include "tst_reportspage.moc"
