// File ▸ Connect to a team server…: the address its fields make, a test that signs in with the
// typed password without freezing the window, and a password remembered in libpq's ~/.pgpass
// (mode 0600) that a later connection really finds, with nothing in the address.
#include "../common/testbackend.h"

#include "serverconnect/serverconnectdialog.h"
#include "store/database.h"
#include "store/pgpass.h"
#include "store/sql.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QCheckBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using namespace grab::test;
using grab::ui::ServerConnectDialog;

namespace {

const QString kPassword = QStringLiteral("right horse battery");

template<typename T>
T *child(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no %s", name);
    }
    return found;
}

} // namespace

class TestPgConnectDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::optional<ServerDatabase> m_server;
    DatabaseLocation m_tcp; // the test database over TCP, as the password login

    void fill(ServerConnectDialog &d, const QString &password)
    {
        child<QLineEdit>(d, "host")->setText(m_tcp.host);
        child<QSpinBox>(d, "port")->setValue(m_tcp.port);
        child<QLineEdit>(d, "database")->setText(m_tcp.database);
        child<QLineEdit>(d, "user")->setText(QStringLiteral("grabdesk_password"));
        auto *tls = child<QComboBox>(d, "tls");
        tls->setCurrentIndex(tls->findData(QStringLiteral("disable"))); // the test cluster has no certificate
        child<QLineEdit>(d, "password")->setText(password);
    }

private slots:
    void initTestCase()
    {
        qputenv("PGPASSFILE", m_home.filePath(QStringLiteral("pgpass")).toUtf8());
        m_server.emplace();
        {
            Database::Options o;
            o.mode = Database::Mode::OpenOrCreate;
            QVERIFY(Database::open(m_server->address(), o));
        }
        // The password login may use the team's tables (roles of their own come later).
        QCOMPARE(ServerDatabase::rawExec(m_server->address(), {QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO grabdesk_password"),
                                                               QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO grabdesk_password")}),
                 QString());
        QFile state(qEnvironmentVariable("GRABDESK_TEST_PG_STATE"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        auto tcp = DatabaseLocation::parse(QString::fromUtf8(state.readAll().split('\n').value(2)));
        QVERIFY(tcp);
        m_tcp = *tcp;
        m_tcp.database = m_server->name();
    }

    void theFieldsMakeOneAddress()
    {
        ServerConnectDialog d;
        child<QLineEdit>(d, "host")->setText(QStringLiteral("server.example"));
        child<QSpinBox>(d, "port")->setValue(5433);
        child<QLineEdit>(d, "database")->setText(QStringLiteral("team a"));
        child<QLineEdit>(d, "user")->setText(QStringLiteral("张伟"));
        QCOMPARE(d.address(), QStringLiteral("postgresql://%E5%BC%A0%E4%BC%9F@server.example:5433/team%20a?sslmode=require"));
        auto where = d.location();
        QVERIFY(where);
        QCOMPARE(where->user, QStringLiteral("张伟"));
        QCOMPARE(where->database, QStringLiteral("team a"));
        QCOMPARE(where->parameter(QStringLiteral("sslmode")), QStringLiteral("require"));
        QCOMPARE(child<QLabel>(d, "address")->text(), d.address());
        // This computer's socket: no host, never encrypted, the default port left out.
        child<QLineEdit>(d, "host")->clear();
        child<QSpinBox>(d, "port")->setValue(5432);
        QCOMPARE(d.address(), QStringLiteral("postgresql://%E5%BC%A0%E4%BC%9F@/team%20a"));
        child<QLineEdit>(d, "database")->clear();
        QVERIFY(!d.location());
    }

    void theTestSignsInWithTheTypedPasswordAndSaysSo()
    {
        ServerConnectDialog d;
        QSignalSpy tested(&d, &ServerConnectDialog::tested);
        fill(d, QStringLiteral("wrong horse"));
        QElapsedTimer clicked;
        clicked.start();
        QTest::mouseClick(child<QPushButton>(d, "test"), Qt::LeftButton);
        QVERIFY(clicked.elapsed() < 500); // the window does not wait for the server
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 6000);
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY2(d.status().contains(QStringLiteral("password authentication failed")), qPrintable(d.status()));

        child<QLineEdit>(d, "password")->setText(kPassword);
        QTest::mouseClick(child<QPushButton>(d, "test"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 6000);
        QVERIFY2(tested.at(1).at(0).toBool(), qPrintable(d.status()));
        QVERIFY2(d.status().startsWith(QStringLiteral("Connected: a GrabDesk team on PostgreSQL 15")), qPrintable(d.status()));
        QVERIFY(!d.address().contains(kPassword));
    }

    void aRememberedPasswordIsFoundByTheNextConnection()
    {
        const QString file = m_home.filePath(QStringLiteral("pgpass"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("other.example:5432:*:someone:kept\n");
            DatabaseLocation same = m_tcp;
            same.user = QStringLiteral("grabdesk_password");
            f.write((pgpass::key(same) + QStringLiteral(":stale\n")).toUtf8()); // an older line for the same server and login
        }
        ServerConnectDialog d;
        fill(d, kPassword);
        child<QCheckBox>(d, "remember")->setChecked(true);
        QSignalSpy requested(&d, &ServerConnectDialog::connectRequested);
        QTest::mouseClick(child<QPushButton>(d, "connect"), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(1).toString(), QString()); // nothing to pass along: libpq finds it
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(file) & (others | QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner), QFile::ReadOwner | QFile::WriteOwner); // 0600
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("other.example:5432:*:someone:kept\n"));
        QCOMPARE(text.count('\n'), 2);
        QVERIFY(text.endsWith(":grabdesk_password:right horse battery\n"));

        // A new connection with no password of its own signs in through the file.
        auto db = Database::open(requested.at(0).at(0).toString(), Database::Options{});
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(scalar((*db)->connection(), QStringLiteral("SELECT current_user"))->toString(), QStringLiteral("grabdesk_password"));
    }

    void aPasswordWithSeparatorsIsEscaped()
    {
        DatabaseLocation where = m_tcp;
        where.user = QStringLiteral("a:b");
        QCOMPARE(pgpass::key(where), QStringLiteral("127.0.0.1:%1:%2:a\\:b").arg(m_tcp.port).arg(m_tcp.database));
        QVERIFY(pgpass::remember(where, QStringLiteral("p:a\\ss")));
        QFile f(pgpass::filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(":a\\:b:p\\:a\\\\ss\n"));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(TestPgConnectDialog)
#include "tst_pgconnectdialog.moc"
