// The check at start: a damaged file gets a red banner, every write refused and a recovered
// copy; an altered one gets a red banner naming what was altered; a whole one shows nothing.
#include "../common/rawsqlite.h"
#include "services/grab/orderservice.h"
#include "common/appsettings.h"
#include "shell/integritybanner.h"
#include "shell/mainwindow.h"
#include "shell/startup.h"
#include "store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QProcess>
#include <QSqlDatabase>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace grab;
using namespace grab::ui;

namespace {

// A demo database made and closed, so that its WAL is checkpointed into the file.
QString makeDemo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto opened = openOrCreateDemo(path, false);
    return opened ? path : QString();
}

bool rawExec(const QString &path, const QStringList &statements)
{
    return grab::test::rawExec(path, statements).isEmpty();
}

} // namespace

class TestIntegrityBanner : public QObject
{
    Q_OBJECT
private slots:
    void aWholeFileShowsNothing()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir, QStringLiteral("whole.sqlite"));
        QVERIFY(!path.isEmpty());
        auto opened = openOrCreateDemo(path, false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.integrity()->isFinished(), 30000);
        QVERIFY(w.integrity()->isHidden());
    }

    void aDamagedFileIsSaidInRedRefusesWritesAndCanBeRecovered()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir, QStringLiteral("damaged.sqlite"));
        QVERIFY(!path.isEmpty());
        // One leaf page of the orders, overwritten (found through SQLite's dbstat table).
        qint64 page = 0;
        int pageSize = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'orders' AND pagetype = 'leaf' ORDER BY pageno")));
            QList<qint64> leaves;
            while (q.next()) {
                leaves << q.value(0).toLongLong();
            }
            QVERIFY(leaves.size() > 4);
            page = leaves.at(leaves.size() / 2);
            q.finish();
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek((page - 1) * pageSize));
            QCOMPARE(f.write(QByteArray(pageSize, '\xA5')), qint64(pageSize));
        }

        Database::Options o;
        auto db = Database::open(path, o);
        QVERIFY(db);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        OpenedDatabase opened;
        opened.db = std::move(*db);
        MainWindow w(std::move(opened), &settings);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.integrity()->isFinished(), 30000);
        QVERIFY(w.integrity()->foundDamage());
        QVERIFY(w.integrity()->isVisible());
        const QString text = w.integrity()->findChild<QLabel *>(QStringLiteral("integrityText"))->text();
        QVERIFY2(text.contains(QStringLiteral("is damaged")) && text.contains(QStringLiteral("will not write")), qPrintable(text));
        QVERIFY(w.integrity()->findChild<QPushButton *>(QStringLiteral("saveRecoveredCopy"))->isVisible());

        // Every write is refused, on any connection of the process, with that sentence.
        auto other = Database::open(path, Database::Options{});
        QVERIFY(other);
        FixedClock clock(QDateTime::currentMSecsSinceEpoch());
        auto cancelled = OrderService(Context{**other, clock, QStringLiteral("manager")}).cancel(1, QStringLiteral("test"));
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::DatabaseUnusable);
        QVERIFY2(cancelled.error().message.contains(QStringLiteral("is damaged")), qPrintable(cancelled.error().message));

        // What can still be read, saved 0600 and whole.
        const QString copy = dir.filePath(QStringLiteral("recovered.sqlite"));
        QSignalSpy saved(w.integrity(), &IntegrityBanner::recoverySaved);
        auto *button = w.integrity()->findChild<QPushButton *>(QStringLiteral("saveRecoveredCopy"));
        w.integrity()->saveRecoveredCopy(copy);
        // The copy is made on its own thread: the window still answers, the button waits.
        QVERIFY(!button->isEnabled());
        QVERIFY(saved.wait(30000));
        QVERIFY(button->isEnabled());
        QVERIFY2(saved.constFirst().at(0).toBool(), qPrintable(saved.constFirst().at(1).toString()));
        const QString message = saved.constFirst().at(1).toString();
        QVERIFY(w.integrity()->findChild<QLabel *>(QStringLiteral("integrityText"))->text().contains(message));
        QVERIFY2(message.contains(QStringLiteral("damaged places in orders")), qPrintable(message)); // says what was lost
        if (const QString shots = qEnvironmentVariable("GRABDESK_SCREENSHOTS"); !shots.isEmpty()) {
            w.resize(1280, 800);
            QTest::qWait(200);
            w.grab().save(QDir(shots).filePath(QStringLiteral("integrity-damaged.png")));
        }
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(copy).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        auto recovered = Database::open(copy, Database::Options{});
        QVERIFY2(recovered, qPrintable(recovered ? QString() : recovered.error().message));
        QSqlQuery q((*recovered)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next());
        QVERIFY(q.value(0).toInt() > 100); // most orders came back; the damaged page's did not
    }

    void anAlteredFileIsSaidInRed()
    {
        QTemporaryDir dir;
        const QString path = makeDemo(dir, QStringLiteral("altered.sqlite"));
        QVERIFY(!path.isEmpty());
        QVERIFY(rawExec(path, {QStringLiteral("DROP TRIGGER events_no_delete")}));
        auto opened = openOrCreateDemo(path, false);
        QVERIFY(opened);
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(std::move(*opened), &settings);
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.integrity()->isFinished(), 30000);
        QVERIFY(w.integrity()->foundTampering());
        QVERIFY(w.integrity()->isVisible());
        const QString text = w.integrity()->findChild<QLabel *>(QStringLiteral("integrityText"))->text();
        QVERIFY2(text.contains(QStringLiteral("events_no_delete is missing")), qPrintable(text));
        QVERIFY(!w.integrity()->findChild<QPushButton *>(QStringLiteral("saveRecoveredCopy"))->isVisible());
    }
};

QTEST_MAIN(TestIntegrityBanner)
#include "tst_integritybanner.moc"
