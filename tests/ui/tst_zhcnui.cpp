// The manager's window in Chinese shows no English: GrabDesk starts in zh_CN through the same
// LanguageSetup as grabdesk --language zh_CN, on a demo team, and every page (and the grabber
// window) is visited. Each text a user can see — labels, buttons, group boxes, tabs, window
// titles, menus and actions, view headers, placeholders, combo items and the first rows of each
// visible view — is compared with the English source texts; one that equals a source whose
// translation differs (or is missing) is English that escaped. "VIP", "P1" or "GrabDesk", which
// translate to themselves, pass.
//
// The sources are extracted afresh with lupdate over ui/, app/grabdesk and core/, so a page whose
// texts are not in grabdesk_zh_CN.ts yet fails rather than passes unnoticed.

#include "tsfile.h"

#include "common/format.h"
#include "domain/reviewscoring.h"
#include "grabbermode/grabberstartup.h"
#include "grabbermode/grabberwindow.h"
#include "common/appsettings.h"
#include "shell/languagesetup.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>

using namespace grab;
using namespace grab::ui;

namespace {

// Visible texts with where they were found, for a readable failure.
struct Seen
{
    QString text;
    QString where;
};

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

void addText(QList<Seen> &out, const QString &text, const QString &where)
{
    if (!text.trimmed().isEmpty()) {
        out.append({text, where});
        const QString p = plain(text);
        if (p != text) {
            out.append({p, where});
        }
    }
}

void collectActions(QList<Seen> &out, const QList<QAction *> &actions, const QString &where)
{
    for (QAction *a : actions) {
        addText(out, a->text(), where + QStringLiteral(" action"));
        if (a->menu()) {
            collectActions(out, a->menu()->actions(), where + QStringLiteral(" › ") + a->text());
        }
    }
}

void collectView(QList<Seen> &out, QAbstractItemView *view)
{
    QAbstractItemModel *model = view->model();
    if (!model) {
        return;
    }
    const QString where = view->objectName().isEmpty() ? QString::fromLatin1(view->metaObject()->className()) : view->objectName();
    for (int c = 0; c < model->columnCount(); ++c) {
        addText(out, model->headerData(c, Qt::Horizontal).toString(), where + QStringLiteral(" header"));
    }
    for (int r = 0; r < std::min(model->rowCount(), 3); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            addText(out, model->index(r, c).data(Qt::DisplayRole).toString(), where + QStringLiteral(" row %1").arg(r));
        }
    }
}

// Every text of `window`'s visible widgets, its title and its menus.
QList<Seen> visibleTexts(QWidget *window)
{
    QList<Seen> out;
    addText(out, window->windowTitle(), QStringLiteral("window title"));
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        collectActions(out, main->menuBar()->actions(), QStringLiteral("menu"));
    }
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(window)) {
            continue;
        }
        const QString name = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        if (auto *l = qobject_cast<QLabel *>(w)) {
            addText(out, l->text(), name);
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            addText(out, b->text(), name);
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            addText(out, g->title(), name);
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                addText(out, t->tabText(i), name);
            }
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            addText(out, e->placeholderText(), name + QStringLiteral(" placeholder"));
        } else if (auto *e = qobject_cast<QTextEdit *>(w)) {
            addText(out, e->placeholderText(), name + QStringLiteral(" placeholder"));
        } else if (auto *e = qobject_cast<QPlainTextEdit *>(w)) {
            addText(out, e->placeholderText(), name + QStringLiteral(" placeholder"));
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i) {
                addText(out, c->itemText(i), name + QStringLiteral(" item"));
            }
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w)) {
            collectView(out, v);
        }
        addText(out, w->toolTip(), name + QStringLiteral(" tooltip"));
    }
    return out;
}

} // namespace

class TestZhCnUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    // English source text -> what zh_CN shows instead (empty: nothing, the English shows).
    QHash<QString, QString> m_english;

    QStringList untranslated(QWidget *window)
    {
        QStringList found;
        QSet<QString> reported;
        for (const Seen &s : visibleTexts(window)) {
            const auto it = m_english.constFind(s.text);
            if (it != m_english.cend() && *it != s.text && !reported.contains(s.text)) {
                reported.insert(s.text);
                found << QStringLiteral("\"%1\" in %2").arg(s.text, s.where);
            }
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(LanguageSetup::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        // The sources of today's code with the shipped translations.
        const QString copy = m_dir.filePath(QStringLiteral("grabdesk_zh_CN.ts"));
        QVERIFY(QFile::copy(QStringLiteral(GRABDESK_SOURCE_DIR "/translations/grabdesk_zh_CN.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString failed = tsfile::runLupdate(copy);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QString error;
        const auto messages = tsfile::read(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const tsfile::Message &m : messages) {
            const QString shown = m.type.isEmpty() && !m.translations.isEmpty() ? m.translations.first() : QString();
            // A text used in several places is fine if any one translates it to itself.
            if (!m_english.contains(m.source) || shown == m.source) {
                m_english.insert(m.source, shown);
            }
        }
        QVERIFY(m_english.size() > 300);

        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        auto opened = openOrCreateDemo(m_path, false);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(std::move(*opened), m_settings.get());
        m_window->resize(1600, 970);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The sign that the catalogue is embedded and loaded: the navigation speaks the glossary.
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("抢单看板"));
        QCOMPARE(nav->item(5)->text(), QStringLiteral("报表"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    // What a Chinese manager reads: grouped money, no space before %, 小时/分 and 天, 周五.
    void formatsAsAChineseManagerExpects()
    {
        QCOMPARE(Format::money(1234550), QStringLiteral("¥12,345.50"));
        QCOMPARE(Format::money(-5), QStringLiteral("-¥0.05"));
        QCOMPARE(Format::number(1234567), QStringLiteral("1,234,567"));
        QCOMPARE(Format::percent(0.543), QStringLiteral("54.3%"));
        QCOMPARE(Format::percent(std::nullopt), QStringLiteral("—"));
        // The dashboards' alerts are composed in core: their rates too.
        QCOMPARE(QCoreApplication::translate("grab::DashboardAlerts", "%1 %", "a percentage").arg(QStringLiteral("64.7")), QStringLiteral("64.7%"));
        // So are the review's reasons: a rate in them reads the Chinese way on screen and stays
        // "64.7 %" in the English that the review keeps and exports.
        QCOMPARE(reviewscoring::shownPhrase(ReviewKpi::SuccessRate, 0.647).shown(), QStringLiteral("64.7%"));
        QCOMPARE(reviewscoring::shownPhrase(ReviewKpi::SuccessRate, 0.647).english(), QStringLiteral("64.7 %"));
        GrabberKpis kpis;
        kpis.successRate = 0.647;
        ReviewSettings only = ReviewSettings::defaults();
        only.weights.fill(0);
        only.weights[size_t(ReviewKpi::SuccessRate)] = 1;
        const ReviewKpiScore score = reviewscoring::kpiScore(kpis, only);
        QVERIFY2(score.parts.value(0).why.contains(QStringLiteral("64.7%")), qPrintable(score.parts.value(0).why));
        QVERIFY2(score.parts.value(0).logWhy.contains(QStringLiteral("64.7 %")), qPrintable(score.parts.value(0).logWhy));
        QCOMPARE(Format::duration(45000), QStringLiteral("45秒"));
        QCOMPARE(Format::duration(12 * 60000), QStringLiteral("12分钟"));
        QCOMPARE(Format::duration((3 * 60 + 5) * 60000LL), QStringLiteral("3小时5分"));
        QCOMPARE(Format::duration(2 * 86400000LL), QStringLiteral("2天"));
        QCOMPARE(Format::duration(2 * 86400000LL + 4 * 3600000LL), QStringLiteral("2天4小时"));
        QCOMPARE(Format::countdown(12 * 60000), QStringLiteral("12分钟后"));
        QCOMPARE(Format::countdown(-5 * 60000), QStringLiteral("超时5分钟"));
        const QDate day(2026, 11, 27); // a Friday
        QCOMPARE(Format::date(day), QStringLiteral("2026-11-27"));
        QCOMPARE(Format::shortDate(day), QStringLiteral("11月27日 周五"));
        QCOMPARE(Format::month(day), QStringLiteral("2026年11月"));
        QCOMPARE(Format::dayTime(QDateTime(day, QTime(14, 5))), QStringLiteral("周五 14:05"));
        QCOMPARE(Format::time(QDateTime(day, QTime(21, 5))), QStringLiteral("21:05"));
        QCOMPARE(Format::state(OrderState::Open), QStringLiteral("待抢"));
        QCOMPARE(Format::tier(Tier::Key), QStringLiteral("重点客户"));
        QCOMPARE(Format::level(Level::Lead), QStringLiteral("组长"));
    }

    void noEnglishOnPage_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("board") << int(MainWindow::Page::Board);
        QTest::newRow("dashboards") << int(MainWindow::Page::Dashboards);
        QTest::newRow("reviews") << int(MainWindow::Page::Reviews);
        QTest::newRow("team") << int(MainWindow::Page::Team);
        QTest::newRow("rules") << int(MainWindow::Page::Rules);
        QTest::newRow("reports") << int(MainWindow::Page::Reports);
    }

    void noEnglishOnPage()
    {
        QFETCH(int, page);
        m_window->showPage(MainWindow::Page(page));
        // Pages read on their own threads: give them time to fill their views.
        QTest::qWait(2500);
        const QStringList english = untranslated(m_window.get());
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English text(s) on screen:\n  %2")
                                                   .arg(english.size())
                                                   .arg(english.join(QStringLiteral("\n  ")))));
    }

    void noEnglishInGrabberMode()
    {
        auto db = openForGrabber(m_path, 1);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const SystemClock clock;
        GrabberWindow window(std::move(*db), 1, clock);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(2000);
        const QStringList english = untranslated(&window);
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("%1 English text(s) in grabber mode:\n  %2")
                                                   .arg(english.size())
                                                   .arg(english.join(QStringLiteral("\n  ")))));
        QVERIFY(window.windowTitle().contains(QStringLiteral("抢单员")));
    }
};

QTEST_MAIN(TestZhCnUi)
#include "tst_zhcnui.moc"
