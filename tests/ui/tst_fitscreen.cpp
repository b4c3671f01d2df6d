// Every page fits the screen, in the language the test runs in (GRABDESK_TEST_LANGUAGE: en or
// zh_CN; CTest runs it once for each): the manager's window at 1280×800 (a common laptop) and at
// 1920×1080, on a demo team with a review cycle, each page and each of its tabs. No text may be
// cut: labels, buttons, tabs, combo boxes, header sections, the visible table cells, the charts'
// titles, axis titles and legends; and no page may need a sideways scroll bar (clipfinder.h says
// how each is measured). A failure lists every cut text with its widget's name and the room it
// needs.
//
// With GRABDESK_SCREENSHOTS=DIR set, each page is also saved as DIR/LANG-WxH-PAGE.png: that is
// how docs/screenshots is made.

#include "clipfinder.h"

#include "board/boardpage.h"
#include "common/appsettings.h"
#include "dashboard/dashboardpage.h"
#include "review/reviewentrymodel.h"
#include "review/reviewpage.h"
#include "shell/languagesetup.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"

#include <QDir>
#include <QHeaderView>
#include <QScreen>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using namespace grab::ui;

namespace {

QString language()
{
    const QString asked = qEnvironmentVariable("GRABDESK_TEST_LANGUAGE");
    return asked.isEmpty() ? QStringLiteral("en") : asked;
}

// The tab widgets of a page that the manager switches between (not those inside a dialog).
QList<QTabWidget *> tabsOf(QWidget *page)
{
    QList<QTabWidget *> tabs;
    const auto all = page->findChildren<QTabWidget *>();
    for (QTabWidget *t : all) {
        if (t->window() == page->window()) {
            tabs << t;
        }
    }
    return tabs;
}

} // namespace

class TestFitScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_shots;

    QWidget *pageWidget() const
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget();
    }

    void shoot(const QString &name)
    {
        if (m_shots.isEmpty()) {
            return;
        }
        QDir().mkpath(m_shots);
        const QString file = QStringLiteral("%1/%2-%3x%4-%5.png")
                                 .arg(m_shots, language())
                                 .arg(m_window->frameGeometry().width())
                                 .arg(m_window->frameGeometry().height())
                                 .arg(name);
        QVERIFY2(m_window->grab().save(file), qPrintable(file));
    }

    // Everything cut on what is shown now, each line prefixed with `view`.
    QStringList look(const QString &view)
    {
        QStringList found;
        for (const QString &line : cliptest::clippedTexts(m_window.get())) {
            found << view + QStringLiteral(": ") + line;
        }
        shoot(view);
        return found;
    }

    // The page, then each tab of each of its tab widgets in turn.
    QStringList lookAtPageAndTabs(const QString &name)
    {
        QStringList found;
        const auto tabs = tabsOf(pageWidget());
        if (tabs.isEmpty()) {
            return look(name);
        }
        for (QTabWidget *t : tabs) {
            const int was = t->currentIndex();
            for (int i = 0; i < t->count(); ++i) {
                t->setCurrentIndex(i);
                QTest::qWait(400);
                found << look(QStringLiteral("%1-%2").arg(name, t->objectName().isEmpty() ? QStringLiteral("tab") : t->objectName()).append(QString::number(i)));
            }
            t->setCurrentIndex(was);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(LanguageSetup::install(language()), language());
        m_shots = qEnvironmentVariable("GRABDESK_SCREENSHOTS");
        // The screen the test runs on holds the largest window (tests/ui/screen-1920x1080.json).
        QVERIFY2(QGuiApplication::primaryScreen()->availableGeometry().width() >= 1920,
                 "the test needs the offscreen platform with a 1920×1080 screen (CTest sets it)");
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto opened = openOrCreateDemo(path, false);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(std::move(*opened), m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->board()->isLoaded(), 10000);
        // The first start's note on the demo team, closed as a manager closes it (it names a
        // temporary folder, which has no place in a screenshot).
        QVERIFY(m_window->isBannerVisible());
        auto *banner = m_window->findChild<QWidget *>(QStringLiteral("banner"));
        QVERIFY(banner);
        banner->hide();

        // A review with every grabber scored, as a manager sees it at the end of a quarter.
        m_window->showPage(MainWindow::Page::Reviews);
        auto *reviews = m_window->findChild<ReviewPage *>();
        QVERIFY(reviews);
        QVERIFY(reviews->createCycle(reviews->proposedQuarter()));
        QSignalSpy opened2(reviews, &ReviewPage::opened);
        QVERIFY(reviews->openCycle());
        QVERIFY(opened2.wait(60000));
        QVERIFY(opened2.first().first().toBool());
        QVERIFY(reviews->model()->rowCount() > 0);
        reviews->table()->selectRow(0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void everyPageFits_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("page");
        const QList<QPair<const char *, MainWindow::Page>> pages{
            {"board", MainWindow::Page::Board},
            {"dashboards", MainWindow::Page::Dashboards},
            {"reviews", MainWindow::Page::Reviews},
            {"team", MainWindow::Page::Team},
            {"rules", MainWindow::Page::Rules},
            {"reports", MainWindow::Page::Reports},
        };
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            for (const auto &[name, page] : pages) {
                QTest::addRow("%dx%d-%s", size.width(), size.height(), name) << size << int(page);
            }
        }
    }

    void everyPageFits()
    {
        QFETCH(QSize, size);
        QFETCH(int, page);
        // The size the manager sees is the window's frame, as a screen of that size holds it.
        m_window->resize(size - (m_window->frameGeometry().size() - m_window->size()));
        QCOMPARE(m_window->frameGeometry().size(), size);
        m_window->showPage(MainWindow::Page(page));
        // Pages read on their own threads: give them time to fill their views.
        QTest::qWait(1500);
        const QString name = QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char('-'), 1);
        QStringList found;
        if (MainWindow::Page(page) == MainWindow::Page::Dashboards) {
            DashboardPage *dash = m_window->dashboards();
            dash->showTeam();
            QTest::qWait(1500);
            found << look(name + QStringLiteral("-team"));
            dash->showGrabber(1);
            QTest::qWait(2000);
            found << look(name + QStringLiteral("-grabber"));
            dash->showTeam();
        } else {
            found << lookAtPageAndTabs(name);
        }
        // One line each, whole (a test failure's message is shortened).
        for (const QString &line : std::as_const(found)) {
            qWarning().noquote() << line;
        }
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 cut text(s) at %2×%3 in %4, listed above")
                                                 .arg(found.size())
                                                 .arg(size.width())
                                                 .arg(size.height())
                                                 .arg(language())));
    }
};

QTEST_MAIN(TestFitScreen)
#include "tst_fitscreen.moc"
