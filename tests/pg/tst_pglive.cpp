// Live across desktops on a team server: the feed learns of commits by notification, in commit
// order even when transactions overlap, notices a lost server within seconds, refuses writes
// while it is away, and after reconnecting delivers every event it missed, each once.

#include "../core/testdb.h"
#include "../integration/grabctlrun.h"

#include "domain/chaindigest.h"
#include "live/boardfeed.h"
#include "services/audit/integritycheck.h"
#include "live/livehub.h"
#include "services/grab/grabservice.h"
#include "store/eventinbox.h"
#include "store/sqlerror.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using namespace grab::test;

namespace {

QList<qint64> eventIds(const QSignalSpy &deltas)
{
    QList<qint64> ids;
    for (const auto &args : deltas) {
        for (const Event &e : args.at(0).value<BoardDelta>().events) {
            ids.append(e.id);
        }
    }
    return ids;
}

QList<qint64> idsAfter(const QSqlDatabase &db, qint64 after)
{
    QList<qint64> ids;
    auto q = runSql(db, QStringLiteral("SELECT id FROM events WHERE id > ? ORDER BY id"), {after});
    if (!q) {
        qFatal("%s", qPrintable(q.error().message));
    }
    while (q->next()) {
        ids.append(q->value(0).toLongLong());
    }
    return ids;
}

std::unique_ptr<Database> openAgain(const QString &address)
{
    auto db = Database::open(address, Database::Options{});
    if (!db) {
        qFatal("%s", qPrintable(db.error().message));
    }
    return std::move(*db);
}

// The test database's name on the cluster.
QString databaseName(const QString &address)
{
    return DatabaseLocation::parse(address)->database;
}

} // namespace

class TestPgLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(onServer()); }

    // X begins first and Y commits first; then X appends, and Z (another process) grabs and
    // commits while X is still open. Event ids follow the order in which events become visible,
    // so the feed, asking only for "after the last id", gets every event once.
    void overlappingTransactionsReachTheFeedInCommitOrder()
    {
        TestDb t;
        const qint64 ann = t.grabber(QStringLiteral("Ann"));
        const qint64 bob = t.grabber(QStringLiteral("Bob"));
        const qint64 c = t.customer();
        const qint64 forBob = t.order(c);
        const qint64 forAnn = t.order(c);

        BoardFeed feed(t.path(), t.clock, BoardFeed::Options{50, 30000, 100, 60000});
        QSignalSpy snapshots(&feed, &BoardFeed::snapshotReady);
        QSignalSpy deltas(&feed, &BoardFeed::deltaReady);
        feed.start();
        QCOMPARE(snapshots.size(), 1);
        QVERIFY(feed.isNotified());
        const qint64 start = snapshots.at(0).at(0).value<BoardSnapshot>().lastEventId;

        // X: begun, holding nothing of the chain yet.
        auto xdb = openAgain(t.path());
        auto x = Transaction::begin(*xdb, dialect::WriteScope::Rows);
        QVERIFY(x);
        // Y begins after X and commits before it.
        QVERIFY(GrabService(t.ctx()).grab(forBob, bob));
        QTRY_COMPARE_WITH_TIMEOUT(eventIds(deltas).size(), 1, 2000);

        // X appends an event (a new order) and keeps the chain until it commits.
        OrderService::NewOrder n;
        n.customerId = c;
        n.amountMinor = 50000;
        n.skill = QStringLiteral("云服务");
        Context xctx{*xdb, t.clock, QStringLiteral("desk X")};
        auto published = OrderService(xctx).publish(n);
        QVERIFY2(published, qPrintable(published ? QString() : published.error().message));

        // Z, another process, grabs meanwhile. It does not wait for X: writers of different rows
        // run side by side, and X's event waits in the inbox until X commits (eventinbox.h).
        QProcess z;
        z.start(qEnvironmentVariable("GRABCTL"), {QStringLiteral("--db"), t.path(), QStringLiteral("grab"), QStringLiteral("--order"),
                                                  QString::number(forAnn), QStringLiteral("--grabber"), QString::number(ann),
                                                  QStringLiteral("--now"), QStringLiteral("2026-11-25T01:00:00Z")});
        QVERIFY(z.waitForStarted());
        QVERIFY(z.waitForFinished(20000));
        QCOMPARE(z.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(eventIds(deltas).size(), 2, 2000);
        // Nothing of X is visible yet.
        QCOMPARE(eventIds(deltas), idsAfter(t.db().connection(), start));

        QVERIFY(x->commit());
        const QList<qint64> all = idsAfter(t.db().connection(), start);
        QCOMPARE(all.size(), 3); // Y's grab, Z's grab, X's order
        QTRY_COMPARE_WITH_TIMEOUT(eventIds(deltas), all, 2000);
        QCOMPARE(t.text(QStringLiteral("SELECT type FROM events WHERE id = ?"), {all.at(1)}), QStringLiteral("grab_won"));
        QCOMPARE(t.text(QStringLiteral("SELECT type FROM events WHERE id = ?"), {all.at(2)}), QStringLiteral("published"));
        auto report = IntegrityCheck(t.ctx()).run();
        QVERIFY(report && report->ok());
        feed.stop();
    }

    // A desk that committed but stopped before linking its event (killed between the two):
    // the event is safe in the inbox, counts for the burst rule already, and joins the log with
    // the next change anyone makes, the chain whole. A copy of the team refuses to leave it behind.
    void anEventLeftWaitingJoinsTheLogWithTheNextChange()
    {
        TestDb t;
        const qint64 ann = t.grabber(QStringLiteral("Ann"));
        const qint64 c = t.customer();
        const QSqlDatabase conn = t.db().connection();
        const qint64 before = t.count(QStringLiteral("SELECT count(*) FROM events"));

        chain::EventFields f;
        f.at = t.clock.nowMs();
        f.type = QStringLiteral("grab_rejected");
        f.actor = QStringLiteral("desk that died");
        f.grabberId = ann;
        f.reason = QStringLiteral("outside_window");
        f.payload = QStringLiteral("{}");
        QVERIFY(QSqlQuery(conn).exec(QStringLiteral("BEGIN")));
        QVERIFY(eventinbox::stage(conn, f, chain::contentAfterId(f)));
        QVERIFY(QSqlQuery(conn).exec(QStringLiteral("COMMIT"))); // and no link after it
        eventinbox::forget(conn);

        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM events")), before);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM grab_attempts WHERE grabber_id = ?"), {ann}), 1);
        QCOMPARE(*eventinbox::waiting(conn), 1);
        QTemporaryDir dir;
        const auto copied = grabctl({QStringLiteral("copy"), QStringLiteral("--from"), t.path(), QStringLiteral("--to"),
                                     QDir(dir.path()).filePath(QStringLiteral("copy.sqlite"))});
        QCOMPARE(copied.code, 6);
        QVERIFY2(copied.err.contains("not in the log yet"), copied.err.constData());

        QVERIFY(t.order(c)); // any change links what waits
        QCOMPARE(*eventinbox::waiting(conn), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM events")), before + 2);
        QCOMPARE(t.text(QStringLiteral("SELECT actor FROM events WHERE id = ?"), {before + 1}), QStringLiteral("desk that died"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM grab_attempts WHERE grabber_id = ?"), {ann}), 1);
        auto report = IntegrityCheck(t.ctx()).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), report->breaks.isEmpty() ? "" : qPrintable(report->breaks.first().message));
    }

    // The server drops every connection and refuses new ones for a while; the window's hub
    // notices within 3 s, refuses this desk's writes with a sentence, and once the server is back
    // delivers what another desk wrote meanwhile, each event once, and writes work again.
    void aLostServerIsNoticedRefusedAndCaughtUp()
    {
        TestDb t;
        const qint64 ann = t.grabber(QStringLiteral("Ann"));
        const qint64 c = t.customer();
        const qint64 first = t.order(c);
        const QString name = databaseName(t.path());
        // Another desk, on the same database through TCP: a different address, so this
        // process's hold on t.path() does not cover it, and it stays connected.
        QString tcp;
        {
            QFile state(qEnvironmentVariable("GRABDESK_TEST_PG_STATE"));
            QVERIFY(state.open(QIODevice::ReadOnly));
            tcp = QString::fromUtf8(state.readAll().split('\n').value(2));
            tcp = tcp.section(u'/', 0, -2) + QLatin1Char('/') + name;
        }
        auto other = openAgain(tcp);
        const qint64 otherPid = scalar(other->connection(), QStringLiteral("SELECT pg_backend_pid()"))->toLongLong();

        SystemClock clock;
        LiveHub hub(std::make_unique<BoardFeed>(t.path(), clock));
        hub.followWith(t.db());
        QSignalSpy snapshots(&hub, &LiveHub::snapshotReady);
        QSignalSpy deltas(&hub, &LiveHub::deltaReady);
        QSignalSpy reach(&hub, &LiveHub::reachability);
        hub.start();
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, 5000);
        const qint64 start = snapshots.at(0).at(0).value<BoardSnapshot>().lastEventId;
        QTRY_COMPARE_WITH_TIMEOUT(hub.link(clock.nowMs()).state, LiveLink::State::Live, 3000);

        ServerDatabase::admin(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false").arg(name));
        ServerDatabase::admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> %2").arg(name).arg(otherPid));
        QElapsedTimer lost;
        lost.start();
        QTRY_COMPARE_WITH_TIMEOUT(reach.size(), 1, 3000);
        const qint64 noticedMs = lost.elapsed();
        qInfo("the lost server was noticed after %lld ms", noticedMs);
        QVERIFY(!reach.at(0).at(0).toBool());
        QCOMPARE(hub.link(clock.nowMs()).state, LiveLink::State::Reconnecting);

        // This desk's write is refused at once, with a sentence, and changes nothing.
        QElapsedTimer refusal;
        refusal.start();
        auto refused = GrabService(t.ctx()).grab(first, ann);
        QVERIFY(!refused);
        QCOMPARE(refused.error().reason, QStringLiteral("server_offline"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("has not answered since")), qPrintable(refused.error().message));
        QVERIFY(refusal.elapsed() < 1000);

        // The other desk publishes two orders meanwhile.
        Context otherCtx{*other, t.clock, QStringLiteral("desk 2")};
        OrderService::NewOrder n;
        n.customerId = c;
        n.amountMinor = 70000;
        n.skill = QStringLiteral("云服务");
        QVERIFY(OrderService(otherCtx).publish(n));
        QVERIFY(OrderService(otherCtx).publish(n));

        ServerDatabase::admin(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(name));
        QTRY_COMPARE_WITH_TIMEOUT(reach.size(), 2, 20000);
        QVERIFY(reach.at(1).at(0).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(hub.link(clock.nowMs()).state, LiveLink::State::Live, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(eventIds(deltas), idsAfter(other->connection(), start), 3000);
        QCOMPARE(eventIds(deltas).size(), 2);

        // Writes work again; this desk's own connection, dropped with the rest, is made again.
        QVERIFY(GrabService(t.ctx()).grab(first, ann));
        QTRY_COMPARE_WITH_TIMEOUT(eventIds(deltas), idsAfter(other->connection(), start), 3000);
        QCOMPARE(eventIds(deltas).size(), 3);
        other.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgLive)
#include "tst_pglive.moc"
