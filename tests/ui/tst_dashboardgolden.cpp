// Golden files for the dashboard's "Export figures…": the team's and a grabber's views, for a
// month, a quarter and a week, computed as the page computes them (DashboardReader on the
// demo database of the dashboard tests) and written by DashboardExport, byte for byte against
// tests/data/golden/dashboard. With tst_golden's kpis and export kpis they pin the KPI table's
// three outputs. GRABDESK_UPDATE_GOLDEN=1 writes them anew, for a deliberate change.
#include "dashboardfixture.h"

#include "dashboard/dashboardexport.h"
#include "dashboard/dashboardreader.h"

#include <QBuffer>
#include <QDir>

using namespace grab;
using namespace grab::test;
using namespace grab::ui;

class TestDashboardGolden : public QObject, public DashboardFixture
{
    Q_OBJECT

    void compare(const QString &name, const DashboardRequest &request)
    {
        DashboardReader source(Context{*m_db, m_clock, QStringLiteral("test")});
        const DashboardFigures data = source.compute(request);
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(DashboardExport::write(&buffer, data, m_clock.nowMs()));
        const QByteArray now = buffer.data();
        QFile f(QDir(QStringLiteral(GRABDESK_SOURCE_DIR "/tests/data/golden/dashboard")).filePath(name + QStringLiteral(".csv")));
        if (qEnvironmentVariableIsSet("GRABDESK_UPDATE_GOLDEN")) {
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(now), qint64(now.size()));
            return;
        }
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray before = f.readAll();
        if (before != now) {
            const QString kept = QDir::temp().filePath(QStringLiteral("grabdesk-golden-%1.csv").arg(name));
            QFile n(kept);
            if (n.open(QIODevice::WriteOnly)) {
                n.write(now);
            }
            QFAIL(qPrintable(QStringLiteral("%1 differs from its golden file (now: %2)").arg(name, kept)));
        }
    }

    static DashboardRequest request(DashboardRequest::View view, qint64 grabber, Preset preset)
    {
        DashboardRequest r;
        r.view = view;
        r.grabberId = grabber;
        r.preset = preset;
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(makeDemo()); }

    void theTeamsExportIsAsBefore()
    {
        compare(QStringLiteral("team-month"), request(DashboardRequest::View::Team, 0, Preset::ThisMonth));
        compare(QStringLiteral("team-quarter"), request(DashboardRequest::View::Team, 0, Preset::ThisQuarter));
        compare(QStringLiteral("team-week"), request(DashboardRequest::View::Team, 0, Preset::ThisWeek));
        DashboardRequest custom = request(DashboardRequest::View::Team, 0, Preset::Custom);
        custom.customFirst = QDate(2026, 10, 20);
        custom.customLast = QDate(2026, 11, 9);
        compare(QStringLiteral("team-custom"), custom);
    }

    void aGrabbersExportIsAsBefore()
    {
        compare(QStringLiteral("grabber1-month"), request(DashboardRequest::View::Grabber, 1, Preset::ThisMonth));
        compare(QStringLiteral("grabber2-quarter"), request(DashboardRequest::View::Grabber, 2, Preset::ThisQuarter));
        compare(QStringLiteral("grabber3-today"), request(DashboardRequest::View::Grabber, 3, Preset::Today));
    }
};

QTEST_MAIN(TestDashboardGolden)
#include "tst_dashboardgolden.moc"
