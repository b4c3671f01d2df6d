// Tampering becomes visible: a demo team with a locked review and an export's side-car, then
// each tampering an owner of the file can do with the sqlite3 shell, each time on a fresh copy,
// and the real `grabctl verify` must find it (exit 6) and name the place.
#include "../common/rawsqlite.h"
#include "demodb.h"
#include "grabctlrun.h"

#include "domain/chaindigest.h"
#include "services/audit/integritycheck.h"
#include "services/review/reviewservice.h"
#include "store/integrity.h"
#include "store/schema.h"
#include "store/sql.h"

#include <QFile>
#include <QFileInfo>
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
    return rawExec(path, statements);
}

QVariant value(const QString &path, const QString &sql)
{
    return rawValue(path, sql);
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

    // PIPL: a customer's personal text erased on request. The chain still holds ("erased", not
    // "altered"), the locked review is still verified, an earlier witness still agrees, and the
    // text has left the file's bytes.
    void anErasedCustomerStillVerifies()
    {
        const QString path = copy(QStringLiteral("erased.sqlite"));
        // The customer with the most feedback among those with a name no other customer has.
        const qint64 id = value(path, QStringLiteral("SELECT o.customer_id FROM feedback f JOIN orders o ON o.id = f.order_id "
                                                     "JOIN customers c ON c.id = o.customer_id "
                                                     "WHERE (SELECT COUNT(*) FROM customers d WHERE d.name = c.name) = 1 "
                                                     "GROUP BY o.customer_id ORDER BY COUNT(*) DESC, o.customer_id LIMIT 1"))
                              .toLongLong();
        QVERIFY(id > 0);
        const QByteArray name = value(path, QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(id)).toString().toUtf8();
        // Words only this customer's notes and comments hold, written as a grabber would.
        const QString orders = QStringLiteral("(SELECT id FROM orders WHERE customer_id = %1)").arg(id);
        QCOMPARE(raw(path, {QStringLiteral("UPDATE feedback SET comment = '王先生 手机 13800138000' WHERE order_id IN %1").arg(orders),
                            QStringLiteral("INSERT INTO follow_ups (order_id, grabber_id, at, note) SELECT o.id, o.assignee_id, 1, "
                                           "'回访 王先生 住址 北京市朝阳区' FROM orders o WHERE o.customer_id = %1 AND o.assignee_id IS NOT NULL")
                                .arg(id)}),
                 QString());
        const qint64 textEvents = value(path, QStringLiteral("SELECT COUNT(*) FROM events WHERE (type = 'customer_added' AND "
                                                              "json_extract(payload, '$.id') = %1) OR (order_id IN %2 AND type IN "
                                                              "('followed_up', 'feedback'))").arg(id).arg(orders)).toLongLong();
        QVERIFY(textEvents >= 2);
        const qint64 eventsBefore = value(path, QStringLiteral("SELECT COUNT(*) FROM events")).toLongLong();
        const QByteArray reviewBefore = exportedReview(path);

        // Without --yes nothing happens.
        const Run unsure = grabctl({QStringLiteral("--db"), path, QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--id"),
                                    QString::number(id)});
        QCOMPARE(unsure.code, 2);
        QVERIFY2(unsure.err.contains("cannot be undone"), unsure.err.constData());
        QCOMPARE(value(path, QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(id)).toString().toUtf8(), name);

        const Run r = grabctl({QStringLiteral("--db"), path, QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--id"),
                               QString::number(id), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains(QStringLiteral("and the same text in %1 events").arg(textEvents).toUtf8()), r.out.constData());
        QVERIFY2(!r.out.contains("Another program"), r.out.constData());

        QCOMPARE(value(path, QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("Erased customer #%1").arg(id));
        QCOMPARE(value(path, QStringLiteral("SELECT COUNT(*) FROM feedback WHERE comment <> '' AND order_id IN %1").arg(orders)).toInt(), 0);
        QCOMPARE(value(path, QStringLiteral("SELECT COUNT(*) FROM follow_ups WHERE note <> '' AND order_id IN %1").arg(orders)).toInt(), 0);
        QCOMPARE(value(path, QStringLiteral("SELECT COUNT(*) FROM events WHERE payload LIKE '{\"erasedPayloadSha256\":%'")).toLongLong(), textEvents);
        QCOMPARE(value(path, QStringLiteral("SELECT COUNT(*) FROM events")).toLongLong(), eventsBefore + 1);
        QCOMPARE(value(path, QStringLiteral("SELECT reason FROM events WHERE type = 'customer_erased'")).toString(), QStringLiteral("pipl_request"));
        // The orders and their figures stay.
        QVERIFY(value(path, QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id = %1").arg(id)).toInt() > 0);

        // Not a byte of the text is left in the file (nor a write-ahead log that held it).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(name), name.constData());
        QVERIFY(!bytes.contains(QStringLiteral("13800138000").toUtf8()));
        QVERIFY(!bytes.contains(QStringLiteral("北京市朝阳区").toUtf8()));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() == 0);

        const Run v = verify(path, {QStringLiteral("--against"), m_sidecar});
        QVERIFY2(v.code == 0, v.err.constData());
        QVERIFY2(v.out.contains(QStringLiteral("%1 events had their personal text erased on request (erased, not altered)").arg(textEvents).toUtf8()),
                 v.out.constData());
        QVERIFY2(v.out.contains("Review 2026-Q4: locked, verified."), v.out.constData());
        // The locked review's export reads as before, apart from the chain head the new event moved.
        const QByteArray reviewAfter = exportedReview(path);
        QVERIFY(reviewAfter.contains("# seal: verified"));
        const auto rowsOf = [](const QByteArray &csv) {
            QList<QByteArray> rows;
            for (const QByteArray &line : csv.split('\n')) {
                if (!line.startsWith('#')) {
                    rows << line;
                }
            }
            return rows;
        };
        QCOMPARE(rowsOf(reviewAfter), rowsOf(reviewBefore));

        // Once only; an unknown customer is named.
        const Run again = grabctl({QStringLiteral("--db"), path, QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--id"),
                                   QString::number(id), QStringLiteral("--yes")});
        QCOMPARE(again.code, 7);
        QVERIFY2(again.err.contains("already erased"), again.err.constData());
        const Run unknown = grabctl({QStringLiteral("--db"), path, QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--id"),
                                     QStringLiteral("999999"), QStringLiteral("--yes")});
        QCOMPARE(unknown.code, 5);
        QVERIFY2(unknown.err.contains("no customer with id 999999"), unknown.err.constData());
    }

    // An erasure marker is no licence: one whose digest is not the payload's own breaks the chain.
    void aForgedErasureMarkerIsAltered()
    {
        const QString path = copy(QStringLiteral("forged.sqlite"));
        const qint64 id = value(path, QStringLiteral("SELECT MIN(id) FROM events WHERE type = 'feedback'")).toLongLong();
        QVERIFY(id > 0);
        const QString forged = chain::erasureMarker(QStringLiteral("{\"comment\":\"not what was written\",\"score\":5}"));
        QCOMPARE(raw(path, {QStringLiteral("DROP TRIGGER events_no_update"),
                            QStringLiteral("UPDATE events SET payload = '%1' WHERE id = %2").arg(forged).arg(id),
                            schema::triggerSql(QStringLiteral("events_no_update"))}),
                 QString());
        const Run r = verify(path);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QStringLiteral("Event #%1 of ").arg(id).toUtf8()) && r.err.contains("was altered"), r.err.constData());
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
