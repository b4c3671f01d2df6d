// The Rules page on a real database: save a changed cap, refuse an invalid window, no change,
// a version stored meanwhile by another connection, the history and restore, the JSON tab, and
// its models under QAbstractItemModelTester.

#include "testdb.h"

#include "board/eventdescription.h"
#include "common/messagestrip.h"
#include "services/audit/eventlog.h"
#include "rules/grabwindowmodel.h"
#include "rules/rulehistorymodel.h"
#include "rules/rulehistorypanel.h"
#include "rules/ruleseditor.h"
#include "rules/rulespage.h"
#include "rules/windowseditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QListView>
#include <QTest>
#include <QTimeEdit>

using namespace grab;
using namespace grab::ui;
using grab::test::TestDb;

class TestRulesPage : public QObject
{
    Q_OBJECT

private slots:
    void savesAChangedCap()
    {
        TestDb t;
        RulesPage page(t.db(), t.clock);
        page.show();
        QCOMPARE(page.loadedVersion(), 1);
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(page.summaryText().contains(QStringLiteral("A junior may grab 20 orders a day, a senior 25, a lead 30")));
        QVERIFY(page.summaryText().contains(QStringLiteral("Mon–Sat 08:00–20:00 (peak 08:00–10:00) in Asia/Shanghai")));
        auto *save = page.findChild<QPushButton *>(QStringLiteral("saveRules"));
        QVERIFY(!save->isEnabled());

        page.editor()->dailyCapBox(Level::Senior)->setValue(22);
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(save->isEnabled());
        QSignalSpy saved(&page, &RulesPage::rulesSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(page.message()->kind(), MessageStrip::Kind::Success);
        QCOMPARE(page.message()->text(), QStringLiteral("Saved as version 2."));
        QCOMPARE(page.loadedVersion(), 2);
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(page.summaryText().contains(QStringLiteral("a senior 22")));
        QCOMPARE(t.count(QStringLiteral("SELECT MAX(version) FROM rule_sets")), 2);
        const QJsonObject payload =
            QJsonDocument::fromJson(t.text(QStringLiteral("SELECT payload FROM events WHERE type = 'rule_changed' AND rule_version = 2")).toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("old")).toObject().value(QStringLiteral("dailyCap")).toObject().value(QStringLiteral("senior")).toInt(), 25);
        QCOMPARE(payload.value(QStringLiteral("new")).toObject().value(QStringLiteral("dailyCap")).toObject().value(QStringLiteral("senior")).toInt(), 22);
        QCOMPARE(t.text(QStringLiteral("SELECT created_by FROM rule_sets WHERE version = 2")), QStringLiteral("manager"));
        // The board's activity feed says the same change in its tooltip.
        auto events = EventLog::since(t.db().connection(), 0);
        QVERIFY(events);
        const auto changed = std::find_if(events->cbegin(), events->cend(), [](const Event &e) { return e.ruleVersion == 2 && e.type == QLatin1String(event::RuleChanged); });
        QVERIFY(changed != events->cend());
        const EventDescription told = EventDescriber().describe(*changed);
        QCOMPARE(told.text, QStringLiteral("Rules changed by Manager (version 2)"));
        QCOMPARE(told.details, QStringLiteral("Daily cap (senior): 25 → 22"));

        // Ctrl+S saves while the page is shown.
        page.editor()->workloadBox()->setValue(12);
        QVERIFY(page.saveAction()->isEnabled());
        page.saveAction()->trigger();
        QCOMPARE(page.loadedVersion(), 3);
    }

    void refusesAnInvalidWindow()
    {
        TestDb t;
        RulesPage page(t.db(), t.clock);
        page.show();
        WindowsEditor *w = page.editor()->windows();
        w->selectRow(1);
        for (int d = 1; d <= 7; ++d) {
            w->weekdayBox(d)->setChecked(false);
        }
        QVERIFY(!page.save());
        QCOMPARE(page.message()->kind(), MessageStrip::Kind::Warning);
        QCOMPARE(page.message()->text(), QStringLiteral("Grab window 2 (Day) has no day: tick at least one weekday."));
        QCOMPARE(t.count(QStringLiteral("SELECT MAX(version) FROM rule_sets")), 1);

        w->weekdayBox(3)->setChecked(true);
        w->toEdit()->setTime(w->fromEdit()->time()); // ends when it starts
        QVERIFY(!page.save());
        QCOMPARE(page.message()->text(), QStringLiteral("Grab window 2 (Day) starts and ends at 10:00: the end must differ from the start."));
        QCOMPARE(t.count(QStringLiteral("SELECT MAX(version) FROM rule_sets")), 1);
        QVERIFY(page.hasUnsavedChanges());

        page.revert();
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(page.editor()->windows()->windows(), RuleSet::defaults(QStringLiteral("Asia/Shanghai")).windows);
    }

    // The priority tab: a band read back from "20,000.00" is unchanged; a band that is not an
    // amount is named, nothing stored; a changed band's points are stored.
    void priorityBands()
    {
        TestDb t;
        RulesPage page(t.db(), t.clock);
        auto *bands = page.editor()->findChild<QTableWidget *>(QStringLiteral("amountBands"));
        QVERIFY(bands);
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(bands->item(2, 0)->text(), QStringLiteral("20,000.00"));
        bands->item(2, 0)->setText(QStringLiteral("twenty"));
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(!page.save());
        QCOMPARE(page.message()->text(), QStringLiteral("Amount band 3: \"twenty\" is not an amount in yuan, such as 20000."));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM rule_sets")), 1);
        bands->item(2, 0)->setText(QStringLiteral("¥20,000"));
        bands->item(2, 1)->setData(Qt::EditRole, 30);
        QVERIFY(page.save());
        QCOMPARE(RuleService(t.ctx()).current()->priority.amountBands.at(2).points, 30);
        QCOMPARE(page.history()->model()->index(0, RuleHistoryModel::Changes).data().toString(),
                 QStringLiteral("Amount band from ¥20,000.00: 25 → 30 points"));
    }

    void noChangeStoresNothing()
    {
        TestDb t;
        RulesPage page(t.db(), t.clock);
        page.editor()->dailyCapBox(Level::Junior)->setValue(21);
        page.editor()->dailyCapBox(Level::Junior)->setValue(20); // back as it was
        QVERIFY(!page.hasUnsavedChanges());
        QVERIFY(page.save());
        QCOMPARE(page.message()->text(), QStringLiteral("No change: the rules in force stay version 1."));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM rule_sets")), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM events WHERE type = 'rule_changed'")), 1);
    }

    void refusesToOverwriteANewerVersion()
    {
        TestDb t;
        RulesPage page(t.db(), t.clock);
        page.editor()->vipAlwaysOpenBox()->setChecked(true);
        {
            auto other = Database::open(t.path(), Database::Options{});
            QVERIFY(bool(other));
            RuleService theirs(Context{**other, t.clock, QStringLiteral("grabctl")});
            RuleSet r = *theirs.current();
            r.maxOpenWorkload = 9;
            QCOMPARE(*theirs.replace(r), 2);
        }
        QVERIFY(!page.save());
        QCOMPARE(page.message()->kind(), MessageStrip::Kind::Warning);
        QCOMPARE(page.message()->text(),
                 QStringLiteral("The rules were changed to version 2 by grabctl at 2026-11-25 09:00 while you edited; reload to see them."));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM rule_sets")), 2);
        QVERIFY(!RuleService(t.ctx()).current()->vipAlwaysOpen);
        QVERIFY(page.hasUnsavedChanges()); // the edit is still there to redo after a reload

        page.rulesChangedElsewhere(); // what the board's feed tells the page
        QVERIFY(page.message()->text().contains(QStringLiteral("Version 2 was stored meanwhile")));
        page.revert();
        page.rulesChangedElsewhere();
        QCOMPARE(page.loadedVersion(), 2);
        QCOMPARE(page.editor()->workloadBox()->value(), 9);
    }

    void historyAndRestore()
    {
        TestDb t;
        RulesPage page(t.db(), t.clock);
        page.editor()->dailyCapBox(Level::Lead)->setValue(35);
        QVERIFY(page.save());
        page.editor()->vipAlwaysOpenBox()->setChecked(true);
        QVERIFY(page.save());

        RuleHistoryModel *model = page.history()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(page.history()->selectedVersion(), 3); // the newest, not the one read before
        const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, RuleHistoryModel::Version), QStringLiteral("3"));
        QCOMPARE(cell(0, RuleHistoryModel::By), QStringLiteral("Manager"));
        QCOMPARE(cell(0, RuleHistoryModel::When), QStringLiteral("2026-11-25 09:00:00")); // the team's time zone
        QCOMPARE(cell(0, RuleHistoryModel::Changes), QStringLiteral("VIP orders always open: off → on"));
        QCOMPARE(cell(1, RuleHistoryModel::Changes), QStringLiteral("Daily cap (lead): 30 → 35"));
        QCOMPARE(cell(2, RuleHistoryModel::Changes), QStringLiteral("First rules of the team"));

        QVERIFY(page.history()->selectVersion(1));
        QVERIFY(page.history()->detailText().contains(QStringLiteral("a lead 30")));
        QVERIFY(page.restore(1));
        QCOMPARE(page.message()->text(), QStringLiteral("Version 1 restored: saved as version 4."));
        QCOMPARE(page.loadedVersion(), 4);
        auto history = RuleService(t.ctx()).history();
        QCOMPARE(history->size(), 4);
        QVERIFY(history->at(3).rules == history->at(0).rules);
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(cell(0, RuleHistoryModel::Changes), QStringLiteral("VIP orders always open: on → off (+1 more)"));
        QCOMPARE(page.editor()->dailyCapBox(Level::Lead)->value(), 30);

        // Restoring the rules in force again stores nothing.
        QVERIFY(page.restore(4));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM rule_sets")), 4);
    }

    // The team's zone is selected and in view when the rules open, not the list's first zone.
    void theZoneListOpensAtTheTeamsZone()
    {
        TestDb t;
        RulesPage page(t.db(), t.clock);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *list = page.findChild<QListView *>(QStringLiteral("zoneList"));
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->currentIndex().data(Qt::UserRole).toString(), QString::fromLatin1(grab::test::kZone));
        QTRY_VERIFY(list->viewport()->rect().contains(list->visualRect(list->currentIndex()).center()));

        // A team in UTC (a fresh machine's zone), which the list keeps out as an alias.
        t.setRules([](RuleSet &r) { r.timeZone = QStringLiteral("UTC"); });
        RulesPage utc(t.db(), t.clock);
        utc.show();
        auto *utcList = utc.findChild<QListView *>(QStringLiteral("zoneList"));
        QTRY_VERIFY(utcList->isVisible());
        QCOMPARE(utcList->currentIndex().data(Qt::UserRole).toString(), QStringLiteral("UTC"));
    }

    void jsonTabEditsTheRest()
    {
        TestDb t;
        RulesPage page(t.db(), t.clock);
        page.show();
        page.editor()->setCurrentWidget(page.jsonEdit()->parentWidget());
        QJsonObject json = QJsonDocument::fromJson(page.jsonEdit()->toPlainText().toUtf8()).object();
        QVERIFY(json.contains(QStringLiteral("review")));
        QJsonObject review = json.value(QStringLiteral("review")).toObject();
        review.insert(QStringLiteral("kpiShare"), 0.5);
        json.insert(QStringLiteral("review"), review);
        json.insert(QStringLiteral("maxOpenWorkload"), -1);
        page.jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
        QVERIFY(page.hasUnsavedChanges());
        QVERIFY(!page.save());
        QVERIFY2(page.message()->text().contains(QStringLiteral("maxOpenWorkload")), qPrintable(page.message()->text()));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM rule_sets")), 1);

        json.insert(QStringLiteral("maxOpenWorkload"), 14);
        page.jsonEdit()->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
        QVERIFY2(page.save(), qPrintable(page.message()->text()));
        const RuleSet stored = *RuleService(t.ctx()).current();
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.review.kpiShare, 0.5);
        QCOMPARE(stored.maxOpenWorkload, 14);
    }

    // Beside the 180-pixel navigation, the page fits a 1280-pixel laptop screen, in both languages' widths.
    void fitsALaptop()
    {
        TestDb t;
        RulesPage page(t.db(), t.clock);
        page.show();
        QStringList widths;
        for (int i = 0; i < page.editor()->count(); ++i) {
            widths << QStringLiteral("%1=%2").arg(page.editor()->tabText(i)).arg(page.editor()->widget(i)->minimumSizeHint().width());
        }
        QVERIFY2(page.minimumSizeHint().width() <= 1280 - 200, qPrintable(widths.join(QStringLiteral(", "))));
        QVERIFY2(page.minimumSizeHint().height() <= 700, qPrintable(QString::number(page.minimumSizeHint().height())));
    }

    void windowModel()
    {
        GrabWindowModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWindows(RuleSet::defaults(QStringLiteral("UTC")).windows);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, GrabWindowModel::Days).data().toString(), QStringLiteral("Mon–Sat"));
        QCOMPARE(model.index(0, GrabWindowModel::Hours).data().toString(), QStringLiteral("08:00–10:00"));
        QCOMPARE(model.index(0, GrabWindowModel::Peak).data().toString(), QStringLiteral("Peak"));
        const int row = model.append(GrabWindow{{5}, 22 * 60, 2 * 60, QStringLiteral("Late"), false});
        QCOMPARE(model.index(row, GrabWindowModel::Hours).data().toString(), QStringLiteral("22:00–02:00 (next day)"));
        GrabWindow w = model.window(row);
        w.weekdays = {5, 6};
        model.setWindow(row, w);
        QCOMPARE(model.index(row, GrabWindowModel::Days).data().toString(), QStringLiteral("Fri, Sat"));
        model.remove(0);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
