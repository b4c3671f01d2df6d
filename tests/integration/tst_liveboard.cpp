// The board as grabdesk runs it (offscreen), on a database that a separate grabctl process
// writes to: every write shows on the board's models within a second, with no user action,
// no model reset, and the manager's selection kept.

#include "board/activitymodel.h"
#include "board/boardpage.h"
#include "live/livehub.h"
#include "board/liveordermodel.h"
#include "board/loadmodel.h"
#include "base/clock.h"
#include "common/appsettings.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using namespace grab::ui;

namespace {

const QString kWednesday = QStringLiteral("2026-11-25T09:00:00Z");

QByteArray grabctl(const QString &db, QStringList args, int *code = nullptr)
{
    args = QStringList{QStringLiteral("--db"), db, QStringLiteral("--now"), kWednesday} + args;
    QProcess p;
    p.start(qEnvironmentVariable("GRABCTL"), args);
    p.waitForFinished(60000);
    if (code) {
        *code = p.exitCode();
    }
    return p.readAllStandardOutput().trimmed();
}

} // namespace

class TestLiveBoard : public QObject
{
    Q_OBJECT

private slots:
    void writesFromAnotherProcessShowWithinASecond()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.sqlite"));
        QCOMPARE(grabctl(path, {QStringLiteral("init"), QStringLiteral("--time-zone"), QStringLiteral("UTC")}).isEmpty(), false);
        grabctl(path, {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("上海恒达贸易"),
                       QStringLiteral("--tier"), QStringLiteral("vip"), QStringLiteral("--region"), QStringLiteral("华东")});
        grabctl(path, {QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("张伟"),
                       QStringLiteral("--level"), QStringLiteral("senior")});
        grabctl(path, {QStringLiteral("grabber"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("王芳")});
        const auto publish = [&] {
            return grabctl(path, {QStringLiteral("publish"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--amount"),
                                  QStringLiteral("1999.50"), QStringLiteral("--skill"), QStringLiteral("云服务"),
                                  QStringLiteral("--deadline-minutes"), QStringLiteral("20000")})
                .toLongLong();
        };
        const qint64 first = publish();
        const qint64 second = publish();

        auto db = Database::open(path, Database::Options{});
        QVERIFY(db);
        FixedClock clock(QDateTime::fromString(kWednesday, Qt::ISODate).toMSecsSinceEpoch());
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        LiveHub hub(LiveHub::sourceFor(path, clock));
        BoardPage board(**db, clock, settings, hub);
        board.resize(1400, 800);
        board.show();
        QTRY_VERIFY_WITH_TIMEOUT(board.isLoaded(), 5000);
        LiveOrderModel *orders = board.orders();
        QCOMPARE(orders->openCount(), 2);
        QVERIFY(board.selectOrder(second));
        QSignalSpy resets(orders, &QAbstractItemModel::modelReset);

        QList<qint64> latencies;
        const auto within = [&](const std::function<bool()> &visible) {
            QElapsedTimer t;
            t.start();
            while (!visible() && t.elapsed() < 1000) {
                QTest::qWait(5);
            }
            latencies << t.elapsed();
            return visible();
        };

        // 1. A new order published by grabctl appears in the pool.
        const qint64 third = publish();
        QVERIFY(within([&] { return orders->order(third) != nullptr; }));
        QCOMPARE(orders->openCount(), 3);

        // 2. A grab by grabctl moves the first order to "being worked on" and counts in the load strip.
        int code = -1;
        grabctl(path, {QStringLiteral("grab"), QStringLiteral("--order"), QString::number(first), QStringLiteral("--grabber"), QStringLiteral("1")},
                &code);
        QCOMPARE(code, 0);
        QVERIFY(within([&] { return orders->order(first) && orders->order(first)->state == OrderState::Assigned; }));
        QCOMPARE(orders->openCount(), 2);
        QCOMPARE(board.load()->quota(1)->takenToday, 1);

        // 3. A lost race from another process is in the feed, with who was faster.
        grabctl(path, {QStringLiteral("grab"), QStringLiteral("--order"), QString::number(first), QStringLiteral("--grabber"), QStringLiteral("2")},
                &code);
        QCOMPARE(code, 3);
        QVERIFY(within([&] {
            return board.activity()->rowCount() > 0
                   && board.activity()->index(0, ActivityModel::What).data().toString().contains(QStringLiteral("lost the race"));
        }));
        QVERIFY(board.activity()->index(0, ActivityModel::What).data(Qt::ToolTipRole).toString().contains(QStringLiteral("张伟")));

        // 4. A close removes the order from play.
        grabctl(path, {QStringLiteral("close"), QStringLiteral("--order"), QString::number(first), QStringLiteral("--outcome"), QStringLiteral("won")},
                &code);
        QCOMPARE(code, 0);
        QVERIFY(within([&] { return orders->order(first) == nullptr; }));

        // 5. A cancel from another process.
        grabctl(path, {QStringLiteral("cancel"), QStringLiteral("--order"), QString::number(third), QStringLiteral("--why"), QStringLiteral("duplicate")},
                &code);
        QCOMPARE(code, 0);
        QVERIFY(within([&] { return orders->order(third) == nullptr; }));

        // Incremental all along, and the manager's selection stayed where it was.
        QCOMPARE(resets.size(), 0);
        QCOMPARE(board.selectedOrder().value_or(0), second);
        qInfo() << "write-to-visible latencies (ms, including the writer process's exit):" << latencies;
    }
};

QTEST_MAIN(TestLiveBoard)
#include "tst_liveboard.moc"
