// The window on a team server: it opens the team's database as it is, and never fills an empty
// server database with a demo team (a file that does not exist yet gets one: tst_mainwindow).
#include "../common/testbackend.h"
#include "shell/startup.h"
#include "store/sql.h"

#include <QTest>

using namespace grab;
using namespace grab::test;

class TestPgStartup : public QObject
{
    Q_OBJECT
private slots:
    void anEmptyServerDatabaseGetsNoDemo()
    {
        ServerDatabase server;
        auto opened = ui::openOrCreateDemo(server.address(), false);
        QVERIFY(!opened);
        QCOMPARE(opened.error().reason, QStringLiteral("no_database"));
        QVERIFY2(opened.error().message.contains(QLatin1String("init")), qPrintable(opened.error().message));
        QCOMPARE(ServerDatabase::rawExec(server.address(), {QStringLiteral("SELECT 1/(CASE WHEN to_regclass('orders') IS NULL THEN 1 ELSE 0 END)")}),
                 QString()); // still empty
    }
    void aTeamsServerDatabaseOpensAsItIs()
    {
        ServerDatabase server;
        {
            Database::Options o;
            o.mode = Database::Mode::OpenOrCreate;
            QVERIFY(Database::open(server.address(), o)); // a team's, with no orders yet
        }
        auto opened = ui::openOrCreateDemo(server.address(), false);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QVERIFY(!opened->createdDemo);
        QVERIFY(opened->db->isServer());
        QCOMPARE(scalar(opened->db->connection(), QStringLiteral("SELECT COUNT(*) FROM orders"))->toInt(), 0);
    }
};

QTEST_MAIN(TestPgStartup)
#include "tst_pgstartup.moc"
