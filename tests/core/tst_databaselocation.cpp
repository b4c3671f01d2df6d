#include "store/databaselocation.h"

#include <QTest>

using namespace grab;

// `--db` as a person types it: a file's path, or a PostgreSQL server in libpq's URI form. Qt's
// driver takes the fields one by one, so the URI is taken apart here; what libpq would refuse,
// or what would leak a password, is refused with one sentence (grabctl: exit 6).
class TestDatabaseLocation : public QObject
{
    Q_OBJECT
private slots:
    void pathsAreSqliteFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("relative") << QStringLiteral("team.sqlite");
        QTest::newRow("absolute") << QStringLiteral("/home/li/团队/grabdesk.sqlite");
        QTest::newRow("colon in a name") << QStringLiteral("backup:2026-12-06.sqlite");
        QTest::newRow("looks like a host") << QStringLiteral("db.example.com/grabdesk");
    }
    void pathsAreSqliteFiles()
    {
        QFETCH(QString, text);
        auto loc = DatabaseLocation::parse(text);
        QVERIFY(loc);
        QVERIFY(!loc->isServer());
        QCOMPARE(loc->path, text);
        QCOMPARE(loc->display(), text);
    }

    void serverAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("display");
        QTest::newRow("host and database") << QStringLiteral("postgresql://db.example.com/grabdesk") << QStringLiteral("db.example.com") << -1
                                           << QStringLiteral("grabdesk") << QString() << QString() << QStringLiteral("postgresql://db.example.com/grabdesk");
        QTest::newRow("user, port, TLS") << QStringLiteral("postgresql://li@10.0.0.5:5433/sales?sslmode=verify-full&connect_timeout=4")
                                         << QStringLiteral("10.0.0.5") << 5433 << QStringLiteral("sales") << QStringLiteral("li")
                                         << QStringLiteral("sslmode='verify-full';connect_timeout='4'")
                                         << QStringLiteral("postgresql://li@10.0.0.5:5433/sales?sslmode=verify-full&connect_timeout=4");
        QTest::newRow("postgres:// and IPv6") << QStringLiteral("postgres://[::1]:6543/grabdesk") << QStringLiteral("::1") << 6543
                                              << QStringLiteral("grabdesk") << QString() << QString() << QStringLiteral("postgresql://[::1]:6543/grabdesk");
        QTest::newRow("socket folder, encoded") << QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/grabdesk") << QStringLiteral("/var/run/postgresql")
                                                << -1 << QStringLiteral("grabdesk") << QString() << QString()
                                                << QStringLiteral("postgresql:///grabdesk?host=/var/run/postgresql");
        QTest::newRow("socket folder as a parameter") << QStringLiteral("postgresql:///grabdesk?host=/tmp/pg&port=55432") << QStringLiteral("/tmp/pg")
                                                      << 55432 << QStringLiteral("grabdesk") << QString() << QString()
                                                      << QStringLiteral("postgresql://:55432/grabdesk?host=/tmp/pg");
        QTest::newRow("encoded Chinese names, quote in a value")
            << QStringLiteral("postgresql://%E6%9D%8E%E5%A8%9C@server/%E9%94%80%E5%94%AE?application_name=Li%27s%20desk")
            << QStringLiteral("server") << -1 << QStringLiteral("销售") << QStringLiteral("李娜") << QStringLiteral("application_name='Li\\'s desk'")
            << QStringLiteral("postgresql://%E6%9D%8E%E5%A8%9C@server/%E9%94%80%E5%94%AE?application_name=Li%27s%20desk");
    }
    void serverAddresses()
    {
        QFETCH(QString, text);
        auto loc = DatabaseLocation::parse(text);
        QVERIFY2(loc, loc ? "" : qPrintable(loc.error().message));
        QVERIFY(loc->isServer());
        QTEST(loc->host, "host");
        QTEST(loc->port, "port");
        QTEST(loc->database, "database");
        QTEST(loc->user, "user");
        QTEST(loc->connectOptions(), "options");
        QTEST(loc->display(), "display");
        // What display() writes reads back as the same place.
        auto again = DatabaseLocation::parse(loc->display());
        QVERIFY(again);
        QCOMPARE(again->host, loc->host);
        QCOMPARE(again->port, loc->port);
        QCOMPARE(again->database, loc->database);
        QCOMPARE(again->user, loc->user);
        QCOMPARE(again->parameters, loc->parameters);
    }

    void badAddressesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << QStringLiteral("postgresql://li:secret@server/grabdesk") << QStringLiteral("password_in_url")
                                  << QStringLiteral("~/.pgpass");
        QTest::newRow("password parameter") << QStringLiteral("postgresql://server/grabdesk?password=secret") << QStringLiteral("password_in_url")
                                            << QStringLiteral("PGPASSWORD");
        QTest::newRow("no database") << QStringLiteral("postgresql://server") << QStringLiteral("bad_database_url") << QStringLiteral("names no database");
        QTest::newRow("only a slash") << QStringLiteral("postgresql://server/") << QStringLiteral("bad_database_url") << QStringLiteral("names no database");
        QTest::newRow("port not a number") << QStringLiteral("postgresql://server:54x2/grabdesk") << QStringLiteral("bad_database_url")
                                           << QStringLiteral("\"54x2\" is not a port");
        QTest::newRow("port too big") << QStringLiteral("postgresql://server:70000/grabdesk") << QStringLiteral("bad_database_url")
                                      << QStringLiteral("is not a port");
        QTest::newRow("empty port") << QStringLiteral("postgresql://server:/grabdesk") << QStringLiteral("bad_database_url") << QStringLiteral("is not a port");
        QTest::newRow("two hosts") << QStringLiteral("postgresql://a,b/grabdesk") << QStringLiteral("bad_database_url") << QStringLiteral("one host");
        QTest::newRow("misspelt parameter") << QStringLiteral("postgresql://server/grabdesk?ssl_mode=require") << QStringLiteral("bad_database_url")
                                            << QStringLiteral("\"ssl_mode\" is not a connection parameter");
        QTest::newRow("unknown sslmode") << QStringLiteral("postgresql://server/grabdesk?sslmode=yes") << QStringLiteral("bad_database_url")
                                         << QStringLiteral("\"yes\" is not an sslmode");
        QTest::newRow("timeout not a number") << QStringLiteral("postgresql://server/grabdesk?connect_timeout=soon") << QStringLiteral("bad_database_url")
                                              << QStringLiteral("connect_timeout must be a whole number");
        QTest::newRow("bad encoding") << QStringLiteral("postgresql://server/grab%2desk%") << QStringLiteral("bad_database_url")
                                      << QStringLiteral("not well encoded");
        QTest::newRow("parameter without value") << QStringLiteral("postgresql://server/grabdesk?sslmode") << QStringLiteral("bad_database_url")
                                                 << QStringLiteral("not a name=value parameter");
        QTest::newRow("contradicting host") << QStringLiteral("postgresql://a/grabdesk?host=b") << QStringLiteral("bad_database_url")
                                            << QStringLiteral("gives its host twice");
        QTest::newRow("semicolon in a value") << QStringLiteral("postgresql://server/grabdesk?application_name=a;b") << QStringLiteral("bad_database_url")
                                              << QStringLiteral("may not contain ';'");
        QTest::newRow("unclosed IPv6") << QStringLiteral("postgresql://[::1/grabdesk") << QStringLiteral("bad_database_url")
                                       << QStringLiteral("no closing bracket");
        QTest::newRow("another scheme") << QStringLiteral("mysql://server/grabdesk") << QStringLiteral("bad_database_url")
                                        << QStringLiteral("\"mysql://\" is not a database GrabDesk knows");
        QTest::newRow("nothing") << QStringLiteral("  ") << QStringLiteral("bad_database_url") << QStringLiteral("No database was given");
    }
    void badAddressesAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        QFETCH(QString, says);
        auto loc = DatabaseLocation::parse(text);
        QVERIFY(!loc);
        QCOMPARE(loc.error().code, ErrorCode::DatabaseUnusable);
        QCOMPARE(exitCodeFor(loc.error().code), 6);
        QCOMPARE(loc.error().reason, reason);
        QVERIFY2(loc.error().message.contains(says), qPrintable(loc.error().message));
        // One sentence, and never the secret.
        QVERIFY(!loc.error().message.contains(QLatin1String("secret")));
        QVERIFY(!loc.error().message.contains(u'\n'));
    }
};

QTEST_APPLESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
