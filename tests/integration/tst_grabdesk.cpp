// Drives the real grabdesk executable where it answers without a window: --version, and the
// command lines it refuses (exit 2, one sentence on stderr, no dialog in the way).
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run grabdesk(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GRABDESK), args);
    if (!p.waitForFinished(30000)) {
        p.kill();
        return {};
    }
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

} // namespace

class TestGrabdesk : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const Run r = grabdesk({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("GrabDesk "));
    }

    // --language reaches the embedded catalogue of the real executable: its --help is Chinese.
    void languageChoosesTheHelpText()
    {
        const Run zh = grabdesk({QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
        QCOMPARE(zh.code, 0);
        QVERIFY2(QString::fromUtf8(zh.out).contains(QStringLiteral("GrabDesk：抢单团队的管理控制台。")), zh.out.constData());
        QVERIFY2(QString::fromUtf8(zh.out).contains(QStringLiteral("--language <LANGUAGE>")), zh.out.constData());
        const Run en = grabdesk({QStringLiteral("--language=en"), QStringLiteral("--help")});
        QCOMPARE(en.code, 0);
        QVERIFY2(en.out.contains("GrabDesk: the console for a team of order grabbers."), en.out.constData());
    }

    void malformedCommandLinesExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("grabber not a number")
            << QStringList{QStringLiteral("--grabber"), QStringLiteral("abc")}
            << QByteArray("--grabber must be a grabber id (a positive whole number), not \"abc\".");
        QTest::newRow("grabber zero") << QStringList{QStringLiteral("--grabber"), QStringLiteral("0")}
                                      << QByteArray("not \"0\"");
        QTest::newRow("grabber negative") << QStringList{QStringLiteral("--grabber=-3")} << QByteArray("not \"-3\"");
        QTest::newRow("grabber with junk")
            << QStringList{QStringLiteral("--grabber"), QStringLiteral("3x")} << QByteArray("not \"3x\"");
        QTest::newRow("grabber without value")
            << QStringList{QStringLiteral("--grabber")} << QByteArray("Missing value after '--grabber'.");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")}
                                          << QByteArray("--language must be en or zh_CN, not \"fr\".");
        QTest::newRow("language without value") << QStringList{QStringLiteral("--language")}
                                                << QByteArray("--language must be en or zh_CN");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")}
                                        << QByteArray("Unknown option 'bogus'.");
    }
    void malformedCommandLinesExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run r = grabdesk(QStringList{QStringLiteral("--db"), QStringLiteral("unused.sqlite")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("grabdesk: ") && r.err.contains(message), r.err.constData());
        QCOMPARE(r.err.count("grabdesk: "), 1); // one sentence
    }
};

QTEST_GUILESS_MAIN(TestGrabdesk)
#include "tst_grabdesk.moc"
