#include "store/databaselocation.h"

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
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
