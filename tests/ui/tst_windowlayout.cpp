// The window's layout comes back: a second MainWindow on the same settings file opens on the
// same page, size, splitters and column widths as the first one left them.
#include "board/boardpage.h"
#include "reports/reportspage.h"
#include "shell/appsettings.h"
#include "shell/layoutmemory.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using namespace grab::ui;

namespace {

QSplitter *teamSplitter(MainWindow &w)
{
    return w.findChild<QSplitter *>(QStringLiteral("teamSplitter"));
}

QHeaderView *reviewHeader(MainWindow &w)
{
    return w.findChild<QTableView *>(QStringLiteral("reviewTable"))->horizontalHeader();
}

QHeaderView *reportHeader(MainWindow &w)
{
    return w.findChild<QTableView *>(QStringLiteral("reportList"))->horizontalHeader();
}

} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT
private slots:
    void aSecondWindowRestoresTheLayout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("layout.sqlite"));
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QList<int> teamSizes;
        {
            auto opened = openOrCreateDemo(path, false);
            QVERIFY(opened);
            AppSettings settings(ini);
            MainWindow w(std::move(*opened), &settings);
            w.resize(1300, 820);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.layoutMemory()->keys().contains(QStringLiteral("team/teamSplitter")));
            QVERIFY(w.layoutMemory()->keys().contains(QStringLiteral("review/reviewTableHeader")));
            w.board()->workingView()->horizontalHeader()->resizeSection(2, 211);
            w.showPage(MainWindow::Page::Reviews);
            reviewHeader(w)->resizeSection(0, 123);
            w.showPage(MainWindow::Page::Reports);
            reportHeader(w)->resizeSection(0, 187);
            w.showPage(MainWindow::Page::Team);
            QSplitter *split = teamSplitter(w);
            QVERIFY(split);
            const int total = split->sizes().at(0) + split->sizes().at(1);
            split->setSizes({total / 4, total - total / 4});
            teamSizes = split->sizes();
            QVERIFY(w.close());
        }
        auto again = openOrCreateDemo(path, false);
        QVERIFY(again);
        AppSettings settings(ini);
        MainWindow w(std::move(*again), &settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentPage(), MainWindow::Page::Team);
        QCOMPARE(w.size(), QSize(1300, 820));
        QCOMPARE(teamSplitter(w)->sizes(), teamSizes);
        QCOMPARE(w.board()->workingView()->horizontalHeader()->sectionSize(2), 211);
        QCOMPARE(reviewHeader(w)->sectionSize(0), 123);
        QCOMPARE(reportHeader(w)->sectionSize(0), 187);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
