#include "store/databaselocation.h"
#include "store/serverconnection.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace grab;

namespace {

// The addresses of the test cluster (tests/pg/cluster.sh, the CTest fixture "pg"): through its
// Unix socket, or through TCP on 127.0.0.1.
enum class Via { Socket = 1, Tcp = 2 };

QString clusterAddress(Via via = Via::Socket)
{
    QFile f(qEnvironmentVariable("GRABDESK_TEST_PG_STATE"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    const int line = int(via);
    return lines.size() > line ? QString::fromUtf8(lines[line]) : QString();
}

} // namespace

// Qt's PostgreSQL driver on Debian 12 (QPSQL), reached through an address as --db gives it. The
// fixture's cluster must be up: without it this fails, it never skips.
class TestPgConnection : public QObject
{
    Q_OBJECT
private slots:
    void addressReachesTheServerThroughQpsql_data()
    {
        QTest::addColumn<int>("via");
        QTest::newRow("Unix socket") << int(Via::Socket);
        QTest::newRow("TCP") << int(Via::Tcp);
    }
    void addressReachesTheServerThroughQpsql()
    {
        QFETCH(int, via);
        const QString address = clusterAddress(Via(via));
        QVERIFY2(!address.isEmpty(), "the test cluster's address is missing (fixture pg_cluster_start)");
        auto loc = DatabaseLocation::parse(address + QStringLiteral("?application_name=GrabDesk%20test&connect_timeout=4"));
        QVERIFY2(loc, loc ? "" : qPrintable(loc.error().message));
        QVERIFY(loc->isServer());
        QVERIFY(QSqlDatabase::drivers().contains(QStringLiteral("QPSQL")));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
            loc->configure(db);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QCOMPARE(db.driverName(), QStringLiteral("QPSQL"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT current_setting('server_version_num')::int, current_database(), "
                                          "(SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid())")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() >= 150000, qPrintable(q.value(0).toString()));
            QCOMPARE(q.value(1).toString(), loc->database);
            // The address's parameters reach libpq, quoted as it reads them (a space in the value).
            QCOMPARE(q.value(2).toString(), QStringLiteral("GrabDesk test"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
    }

    // A parameter is honoured, not dropped: this server speaks no TLS, so sslmode=require over TCP
    // fails, and says why (libpq does not use TLS on a Unix socket).
    void requiredTlsIsNotQuietlyDropped()
    {
        auto loc = DatabaseLocation::parse(clusterAddress(Via::Tcp) + QStringLiteral("?sslmode=require"));
        QVERIFY(loc && loc->isServer());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-tls"));
            loc->configure(db);
            QVERIFY(!db.open());
            QVERIFY2(db.lastError().text().contains(QLatin1String("SSL"), Qt::CaseInsensitive), qPrintable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-tls"));
    }

    // openServerConnection: the cluster through either way in; and every way of not getting there
    // ends within five seconds, with one sentence, and leaves no connection behind.
    void openServerConnectionReachesTheCluster_data()
    {
        addressReachesTheServerThroughQpsql_data();
    }
    void openServerConnectionReachesTheCluster()
    {
        QFETCH(int, via);
        auto loc = DatabaseLocation::parse(clusterAddress(Via(via)));
        QVERIFY(loc);
        {
            auto db = openServerConnection(*loc, QStringLiteral("pg-open"));
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QSqlQuery q(*db);
            QVERIFY(q.exec(QStringLiteral("SELECT inet_client_addr() IS NULL, current_database()")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toBool(), Via(via) == Via::Socket); // a Unix socket has no client address
            QCOMPARE(q.value(1).toString(), loc->database);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg-open"));
    }

    void unreachableServersFailWithinFiveSeconds_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("says");
        // A port nobody listens on: refused at once.
        const int closed = freePort(false);
        QTest::newRow("nobody listening") << QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(closed) << QStringLiteral("refused");
        // A listener that accepts and never answers: libpq's clock, bounded by ours.
        m_silent = freePort(true);
        QTest::newRow("a server that never answers") << QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres?connect_timeout=30").arg(m_silentPort)
                                                     << QStringLiteral("timeout");
        // A name that cannot resolve (RFC 2606 keeps .invalid for this).
        QTest::newRow("no such name") << QStringLiteral("postgresql://postgres@grabdesk-test.invalid/postgres") << QStringLiteral("grabdesk-test.invalid");
    }
    void unreachableServersFailWithinFiveSeconds()
    {
        QFETCH(QString, address);
        QFETCH(QString, says);
        auto loc = DatabaseLocation::parse(address);
        QVERIFY(loc);
        QElapsedTimer clock;
        clock.start();
        auto db = openServerConnection(*loc, QStringLiteral("pg-bad"));
        const qint64 ms = clock.elapsed();
        QVERIFY(!db);
        QVERIFY2(ms < kServerConnectSeconds * 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QCOMPARE(db.error().code, ErrorCode::DatabaseUnusable);
        QVERIFY2(db.error().message.startsWith(QStringLiteral("Cannot connect to ") + loc->display()), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(says, Qt::CaseInsensitive), qPrintable(db.error().message));
        QVERIFY(!db.error().message.contains(u'\n'));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("pg-bad")));
        qInfo("%s: %lld ms: %s", QTest::currentDataTag(), ms, qPrintable(db.error().message));
    }

    // A wrong password (libpq's PGPASSWORD, as a desk would set it or ~/.pgpass would give it):
    // grabctl says so in one sentence and exits 6 within five seconds; the right one gets in.
    void aWrongPasswordIsOneSentenceAndExitSix()
    {
        QString address = clusterAddress(Via::Tcp);
        address.replace(QStringLiteral("postgresql://postgres@"), QStringLiteral("postgresql://grabdesk_password@"));
        QVERIFY(address.contains(QStringLiteral("grabdesk_password@127.0.0.1")));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong horse"));
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(qEnvironmentVariable("GRABCTL"), {QStringLiteral("--db"), address, QStringLiteral("orders")});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(p.exitCode(), 6);
        const QByteArray err = p.readAllStandardError().trimmed();
        QVERIFY2(err.count('\n') == 0 && err.contains("password authentication failed"), err.constData());
        QVERIFY(!err.contains("wrong horse"));

        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("right horse battery"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("GRABCTL"), {QStringLiteral("--db"), address, QStringLiteral("orders")});
        QVERIFY(p.waitForFinished(10000));
        // Signed in: the "postgres" database is empty, and it is said so (not a password problem).
        QCOMPARE(p.exitCode(), 6);
        QVERIFY2(p.readAllStandardError().contains("empty database"), "the right password did not get in");
    }

    void cleanupTestCase()
    {
        if (m_silent >= 0) {
            ::close(m_silent);
        }
    }

private:
    // A TCP port on 127.0.0.1: closed again (nobody listens), or kept listening without ever
    // accepting (the kernel completes the handshake; nothing ever answers).
    int freePort(bool keepListening)
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0;
        socklen_t len = sizeof a;
        if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
            qFatal("no free port");
        }
        const int port = ntohs(a.sin_port);
        if (!keepListening) {
            ::close(fd);
            return port;
        }
        ::listen(fd, 8);
        m_silentPort = port;
        return fd;
    }

    int m_silent = -1;
    int m_silentPort = 0;
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
