#include "demo/demogenerator.h"
#include "store/sql.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlRecord>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;

namespace {

// A digest of every row of the tables the demo fills, in a fixed order.
QByteArray contentDigest(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"grabbers", "grabber_skills", "grabber_regions", "customers", "orders", "order_restrictions", "assignments",
                              "grab_attempts", "events", "follow_ups", "feedback", "violations"}) {
        auto q = runSql(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (q->next()) {
            for (int i = 0; i < q->record().count(); ++i) {
                hash.addData(q->value(i).toString().toUtf8());
                hash.addData("|");
            }
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

struct Generated
{
    std::unique_ptr<Database> db;
    DemoGenerator::Summary summary;
};

Generated generate(const QString &path, quint32 seed)
{
    Database::Options o;
    o.mode = Database::Mode::OpenOrCreate;
    auto db = Database::open(path, o);
    if (!db) {
        qFatal("open: %s", qPrintable(db.error().message));
    }
    DemoGenerator::Options d;
    d.seed = seed;
    d.grabbers = 8;
    d.days = 7;
    d.timeZone = QStringLiteral("Asia/Shanghai");
    d.endMs = QDateTime(QDate(2026, 11, 20), QTime(15, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
    auto s = DemoGenerator::generate(**db, d);
    if (!s) {
        qFatal("generate: %s", qPrintable(s.error().message));
    }
    return Generated{std::move(*db), *s};
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameData()
    {
        QTemporaryDir dir;
        auto a = generate(dir.filePath(QStringLiteral("a.sqlite")), 42);
        auto b = generate(dir.filePath(QStringLiteral("b.sqlite")), 42);
        auto c = generate(dir.filePath(QStringLiteral("c.sqlite")), 43);
        QCOMPARE(contentDigest(*a.db), contentDigest(*b.db));
        QVERIFY(contentDigest(*a.db) != contentDigest(*c.db));
    }

    void historyIsBelievable()
    {
        QTemporaryDir dir;
        auto g = generate(dir.filePath(QStringLiteral("demo.sqlite")), 7);
        Database &db = *g.db;
        const auto count = [&](const char *sql) { return scalar(db.connection(), QString::fromLatin1(sql))->toInt(); };
        QCOMPARE(g.summary.grabbers, 8);
        QCOMPARE(count("SELECT COUNT(DISTINCT level) FROM grabbers"), 3);
        QCOMPARE(count("SELECT COUNT(DISTINCT tier) FROM customers"), 3);
        QVERIFY(g.summary.orders > 50);
        QCOMPARE(count("SELECT COUNT(*) FROM orders"), g.summary.orders);
        QVERIFY(g.summary.won > 0 && g.summary.lost > 0 && g.summary.feedback > 0);
        QVERIFY(count("SELECT COUNT(*) FROM events WHERE type = 'grab_lost_race'") > 0); // grabbers really race
        QVERIFY(count("SELECT COUNT(*) FROM events WHERE type = 'grab_rejected'") > 0);  // and rules really refuse
        // The morning peak is the busiest two hours of publication.
        const int peak = count("SELECT COUNT(*) FROM orders WHERE ((published_at / 1000 + 8 * 3600) % 86400) / 3600 IN (8, 9)");
        const int evening = count("SELECT COUNT(*) FROM orders WHERE ((published_at / 1000 + 8 * 3600) % 86400) / 3600 IN (18, 19)");
        QVERIFY2(peak > 2 * evening, qPrintable(QStringLiteral("peak %1, evening %2").arg(peak).arg(evening)));
        // Nothing happens after "now", and some work is still in progress.
        QVERIFY(count("SELECT COUNT(*) FROM orders WHERE state = 'assigned'") > 0);
        // Every grab_won event corresponds to an assignment via grab.
        QCOMPARE(count("SELECT COUNT(*) FROM events WHERE type = 'grab_won'"), count("SELECT COUNT(*) FROM assignments WHERE via = 'grab'"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // back to FULL
    }

    void refusesANonEmptyDatabase()
    {
        QTemporaryDir dir;
        auto g = generate(dir.filePath(QStringLiteral("demo.sqlite")), 7);
        DemoGenerator::Options d;
        d.endMs = QDateTime::currentMSecsSinceEpoch();
        auto again = DemoGenerator::generate(*g.db, d);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
