// Tampering becomes visible: a demo team with a locked review and an export's side-car, then
// each tampering an owner of the file can do with the sqlite3 shell, each time on a fresh copy,
// and the real `grabctl verify` must find it (exit 6) and name the place.
#include "demodb.h"
#include "grabctlrun.h"

#include "domain/chaindigest.h"
#include "services/integritycheck.h"
#include "services/reviewservice.h"
#include "store/integrity.h"
#include "store/schema.h"
#include "store/sql.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace grab;
using namespace grab::test;

namespace {

const QString kQ = QStringLiteral("2026-Q4");

// Statements run on their own connection, as the sqlite3 shell would; the first error, or "".
QString raw(const QString &path, const QStringList &statements)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        if (!db.open()) {
            return QStringLiteral("cannot open");
        }
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                error = q.lastError().text();
                break;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return error;
}

// Recomputes every hash from event `from` on, as a careful attacker would after changing it.
QString rechain(const QString &path, qint64 from)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rechain"));
        db.setDatabaseName(path);
        if (!db.open()) {
            return QStringLiteral("cannot open");
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP TRIGGER events_no_update"));
        q.exec(QStringLiteral("SELECT chain_hash FROM events WHERE id = %1").arg(from - 1));
        QByteArray previous = q.next() ? q.value(0).toByteArray() : chain::genesis();
        q.finish();
        QList<QPair<qint64, QByteArray>> hashes;
        q.exec(QStringLiteral("SELECT id, at, type, actor, order_id, grabber_id, rule_version, reason, payload FROM events WHERE id >= %1 ORDER BY id")
                   .arg(from));
        while (q.next()) {
            const chain::EventFields f = integrity::eventFields(q);
            previous = chain::link(previous, f);
            hashes.append({f.id, previous});
        }
        q.finish();
        for (const auto &[id, hash] : hashes) {
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE events SET chain_hash = ? WHERE id = ?"));
            u.addBindValue(hash);
            u.addBindValue(id);
            if (!u.exec()) {
                error = u.lastError().text();
            }
        }
        if (!q.exec(schema::triggerSql(QStringLiteral("events_no_update")))) {
            error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rechain"));
    return error;
}

} // namespace

class TestIntegrity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_original;
    QString m_sidecar;
    qint64 m_sealedHead = 0;
    qint64 m_events = 0;

    QString copy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        return QFile::copy(m_original, path) ? path : QString();
    }

    // The review exported with its provenance in a comment block.
    QByteArray exportedReview(const QString &db)
    {
        const QString out = db + QStringLiteral(".review.csv");
        const Run r = grabctl({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("review"), QStringLiteral("--quarter"), kQ,
                               QStringLiteral("--provenance"), QStringLiteral("comment"), QStringLiteral("--out"), out});
        if (r.code != 0) {
            return r.err;
        }
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    Run verify(const QString &path, const QStringList &extra = {})
    {
        return grabctl(QStringList{QStringLiteral("--db"), path, QStringLiteral("verify")} + extra);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("GRABCTL"));
        {
            DemoDb demo(7, 6, 14);
            ReviewService svc(demo.ctx());
            QVERIFY(svc.create(kQ));
            QVERIFY(svc.open(kQ));
            auto v = svc.cycle(kQ);
            QVERIFY(v);
            for (const ReviewEntry &e : v->entries) {
                QVERIFY(svc.score(kQ, e.grabberId, 3));
            }
            QVERIFY(svc.approve(kQ, QStringLiteral("孙")));
            QVERIFY(svc.lock(kQ));
            m_sealedHead = scalar(demo.db().connection(), QStringLiteral("SELECT seal_head_id FROM review_cycles WHERE quarter = ?"), {kQ})->toLongLong();
            QVERIFY(m_sealedHead > 100);
            QVERIFY(runSql(demo.db().connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            m_original = m_dir.filePath(QStringLiteral("original.sqlite"));
            QVERIFY(QFile::copy(demo.db().path(), m_original));
        }
        // An export someone else keeps: its side-car holds the chain's head.
        const QString csv = m_dir.filePath(QStringLiteral("kpis.csv"));
        const Run e = grabctl({QStringLiteral("--db"), m_original, QStringLiteral("export"), QStringLiteral("kpis"), QStringLiteral("--from"),
                               QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-21"), QStringLiteral("--provenance"),
                               QStringLiteral("sidecar"), QStringLiteral("--out"), csv});
        QVERIFY2(e.code == 0, e.err.constData());
        m_sidecar = csv + QStringLiteral(".json");
        QFile side(m_sidecar);
        QVERIFY(side.open(QIODevice::ReadOnly));
        const QJsonObject head = QJsonDocument::fromJson(side.readAll()).object().value(QStringLiteral("eventChain")).toObject();
        m_events = head.value(QStringLiteral("headEventId")).toInteger();
        QVERIFY(m_events >= m_sealedHead);
        QCOMPARE(head.value(QStringLiteral("headSha256")).toString().size(), 64);
    }

    void anUntouchedFileVerifies()
    {
        const QString path = copy(QStringLiteral("clean.sqlite"));
        const Run r = verify(path, {QStringLiteral("--against"), m_sidecar});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("Review 2026-Q4: locked, verified."), r.out.constData());
        QVERIFY2(r.out.contains("The witness"), r.out.constData());
        auto db = Database::open(path, Database::Options{});
        QVERIFY(db);
        FixedClock clock(0);
        QCOMPARE(IntegrityCheck(Context{**db, clock, QStringLiteral("test")}).reviewSealHolds(1).value(), true);
        QVERIFY(exportedReview(path).contains("# seal: verified (the review is as it was locked)"));
    }

    void aDroppedTriggerIsFound()
    {
        const QString path = copy(QStringLiteral("trigger.sqlite"));
        QCOMPARE(raw(path, {QStringLiteral("DROP TRIGGER review_entries_locked_update")}), QString());
        const Run r = verify(path);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("review_entries_locked_update is missing"), r.err.constData());
    }

    void oneChangedEventIsFound()
    {
        const QString path = copy(QStringLiteral("changed.sqlite"));
        const qint64 id = m_sealedHead / 2;
        QCOMPARE(raw(path, {QStringLiteral("DROP TRIGGER events_no_update"),
                            QStringLiteral("UPDATE events SET grabber_id = 1 WHERE id = %1").arg(id),
                            QStringLiteral("UPDATE events SET at = at + 1 WHERE id = %1").arg(id),
                            schema::triggerSql(QStringLiteral("events_no_update"))}),
                 QString());
        const Run r = verify(path);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QStringLiteral("Event #%1 of ").arg(id).toUtf8()) && r.err.contains("was altered"), r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("BROKEN event #%1 (").arg(id).toUtf8()), r.out.constData());
    }

    void oneDeletedEventIsFound()
    {
        const QString path = copy(QStringLiteral("deleted.sqlite"));
        const qint64 id = m_sealedHead / 3;
        QCOMPARE(raw(path, {QStringLiteral("DROP TRIGGER events_no_delete"), QStringLiteral("DELETE FROM events WHERE id = %1").arg(id),
                            schema::triggerSql(QStringLiteral("events_no_delete"))}),
                 QString());
        const Run r = verify(path);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QStringLiteral("event #%1 was deleted").arg(id).toUtf8()), r.err.constData());
    }

    // The attack that was seen: a D became an A with a bonus, the triggers put back afterwards.
    void aChangedLockedReviewIsFound()
    {
        const QString path = copy(QStringLiteral("review.sqlite"));
        QCOMPARE(raw(path, {QStringLiteral("DROP TRIGGER review_entries_locked_update"),
                            QStringLiteral("UPDATE review_entries SET final_score = 99.0, grade = 'A' WHERE id = (SELECT MIN(id) FROM review_entries)"),
                            schema::triggerSql(QStringLiteral("review_entries_locked_update"))}),
                 QString());
        const Run r = verify(path);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains("The review 2026-Q4 was altered after it was locked"), r.err.constData());
        auto db = Database::open(path, Database::Options{});
        QVERIFY(db);
        FixedClock clock(0);
        QCOMPARE(IntegrityCheck(Context{**db, clock, QStringLiteral("test")}).reviewSealHolds(1).value(), false);
        const QByteArray exported = exportedReview(path);
        QVERIFY2(exported.contains("# seal: ALTERED AFTER LOCKING"), exported.left(2000).constData());
        QVERIFY(exported.contains("# event chain head: #"));
    }

    // Every hash recomputed from a changed event on: the chain itself holds, but the head sealed
    // into the locked review, and the side-car of an earlier export, no longer match.
    void aRewrittenChainIsFoundByTheSealAndByAWitness()
    {
        const QString path = copy(QStringLiteral("rewritten.sqlite"));
        const qint64 from = m_sealedHead - 10;
        QCOMPARE(raw(path, {QStringLiteral("DROP TRIGGER events_no_update"),
                            QStringLiteral("UPDATE events SET reason = 'rewritten' WHERE id = %1").arg(from),
                            schema::triggerSql(QStringLiteral("events_no_update"))}),
                 QString());
        QCOMPARE(rechain(path, from), QString());
        const Run r = verify(path);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QStringLiteral("The seal of the review 2026-Q4 holds another hash for event #%1").arg(m_sealedHead).toUtf8()),
                 r.err.constData());
        QVERIFY2(!r.out.contains("was altered after it was written"), r.out.constData()); // the chain itself was recomputed

        // The seal rewritten too (the lock's guard dropped, the digest recomputed over the new
        // head, the guard put back): nothing inside the file can tell any more...
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reseal"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            auto head = integrity::eventHash(db, m_sealedHead);
            QVERIFY(head);
            auto digest = integrity::reviewDigest(db, 1, *head);
            QVERIFY(digest);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER review_cycles_locked_update")));
            QVERIFY(q.prepare(QStringLiteral("UPDATE review_cycles SET seal_digest = ?, seal_head_hash = ? WHERE id = 1")));
            q.addBindValue(*digest);
            q.addBindValue(head->hash);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(schema::triggerSql(QStringLiteral("review_cycles_locked_update"))));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reseal"));
        const Run inside = verify(path);
        QVERIFY2(inside.code == 0, inside.err.constData());
        // ...but the side-car of an earlier export, a copy someone else holds, can.
        const Run w = verify(path, {QStringLiteral("--against"), m_sidecar});
        QCOMPARE(w.code, 6);
        QVERIFY2(w.err.contains(QStringLiteral("holds another hash for event #%1").arg(m_events).toUtf8()), w.err.constData());
        QVERIFY2(w.err.contains(m_sidecar.toUtf8()), w.err.constData());
    }

    void aWitnessThatIsNotOneIsRefused()
    {
        const QString path = copy(QStringLiteral("witness.sqlite"));
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.json"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"rows\": 3}");
        f.close();
        const Run r = verify(path, {QStringLiteral("--against"), bogus});
        QCOMPARE(r.code, 7);
        QVERIFY2(r.err.contains("holds no event chain head"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestIntegrity)
#include "tst_integrity.moc"
