#include "reviewreader.h"

#include "store/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace grab {
namespace {

std::optional<qint64> optLong(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

ReviewSettings settingsFrom(const QString &json)
{
    auto s = ReviewSettings::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    return s ? *s : ReviewSettings::defaults();
}

const QString kCycleColumns =
    QStringLiteral("id, quarter, state, settings, created_at, opened_at, approved_by, approved_at, locked_at");

ReviewCycle cycleFrom(const QSqlQuery &q)
{
    ReviewCycle c;
    c.id = q.value(0).toLongLong();
    c.quarter = q.value(1).toString();
    c.period = quarters::period(c.quarter).value_or(Period{});
    c.state = reviewStateFromString(q.value(2).toString()).value_or(ReviewState::Draft);
    c.settings = settingsFrom(q.value(3).toString());
    c.createdAt = q.value(4).toLongLong();
    c.openedAt = optLong(q.value(5));
    c.approvedBy = q.value(6).toString();
    c.approvedAt = optLong(q.value(7));
    c.lockedAt = optLong(q.value(8));
    return c;
}

} // namespace

bool ReviewEntry::hasPenalty() const
{
    return std::any_of(decisions.cbegin(), decisions.cend(), [](const ReviewDecision &d) { return isPenalty(d.kind); });
}

Result<Period> ReviewReader::quarterPeriod(const QString &quarter)
{
    const auto p = quarters::period(quarter);
    if (!p) {
        return makeError(ErrorCode::Usage, QCoreApplication::translate("grab::ReviewService", "\"%1\" is not a quarter: write it like 2026-Q3.").arg(quarter), QStringLiteral("bad_quarter"));
    }
    return *p;
}

Result<ReviewCycle> ReviewReader::cycleIn(const QSqlDatabase &db, const QString &quarter)
{
    if (auto p = quarterPeriod(quarter); !p) {
        return p.error();
    }
    auto q = runSql(db, QStringLiteral("SELECT %1 FROM review_cycles WHERE quarter = ?").arg(kCycleColumns), {quarter},
                    QStringLiteral("reading a review cycle"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        if (auto end = rowsEnded(*q, QStringLiteral("reading a review cycle")); !end) {
            return end.error();
        }
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("grab::ReviewService", "There is no review cycle for %1. Create one with \"grabctl review create --quarter %1\".").arg(quarter),
                         QStringLiteral("no_such_cycle"));
    }
    ReviewCycle c = cycleFrom(*q);
    q->finish();
    auto counts = runSql(db, QStringLiteral("SELECT COUNT(*), COUNT(supervisor_score) FROM review_entries WHERE cycle_id = ?"), {c.id},
                         QStringLiteral("counting a cycle's entries"));
    if (!counts) {
        return counts.error();
    }
    if (counts->next()) {
        c.progress.total = counts->value(0).toInt();
        c.progress.scored = counts->value(1).toInt();
    } else if (auto end = rowsEnded(*counts, QStringLiteral("counting a cycle's entries")); !end) {
        return end.error();
    }
    return c;
}

Result<QList<ReviewCycle>> ReviewReader::cyclesIn(const QSqlDatabase &db)
{
    QList<ReviewCycle> out;
    {
        auto q = runSql(db, QStringLiteral("SELECT %1 FROM review_cycles ORDER BY quarter DESC").arg(kCycleColumns), {},
                        QStringLiteral("listing the review cycles"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            out.append(cycleFrom(*q));
        }
        if (auto end = rowsEnded(*q, QStringLiteral("listing the review cycles")); !end) {
            return end.error();
        }
    }
    QHash<qint64, ReviewProgress> progress;
    {
        auto q = runSql(db,
                        QStringLiteral("SELECT e.cycle_id, COUNT(*), COUNT(e.supervisor_score), "
                                       "(SELECT COUNT(*) FROM review_decisions d JOIN review_entries x ON x.id = d.entry_id WHERE x.cycle_id = e.cycle_id) "
                                       "FROM review_entries e GROUP BY e.cycle_id"),
                        {}, QStringLiteral("counting the cycles' entries"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            ReviewProgress &p = progress[q->value(0).toLongLong()];
            p.total = q->value(1).toInt();
            p.scored = q->value(2).toInt();
            p.decisions = q->value(3).toInt();
        }
        if (auto end = rowsEnded(*q, QStringLiteral("counting the cycles' entries")); !end) {
            return end.error();
        }
    }
    {
        auto q = runSql(db, QStringLiteral("SELECT cycle_id, grade, COUNT(*) FROM review_entries WHERE grade IS NOT NULL GROUP BY cycle_id, grade"), {},
                        QStringLiteral("counting the cycles' grades"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            progress[q->value(0).toLongLong()].grades.insert(q->value(1).toString(), q->value(2).toInt());
        }
        if (auto end = rowsEnded(*q, QStringLiteral("counting the cycles' grades")); !end) {
            return end.error();
        }
    }
    for (ReviewCycle &c : out) {
        c.progress = progress.value(c.id);
    }
    return out;
}

Result<QList<ReviewEntry>> ReviewReader::entriesIn(const QSqlDatabase &db, std::optional<qint64> cycleId, std::optional<qint64> grabberId)
{
    QString where = QStringLiteral("1 = 1");
    QVariantList binds;
    if (cycleId) {
        where += QStringLiteral(" AND e.cycle_id = ?");
        binds << *cycleId;
    }
    if (grabberId) {
        where += QStringLiteral(" AND e.grabber_id = ?");
        binds << *grabberId;
    }
    QList<ReviewEntry> out;
    QHash<qint64, qsizetype> byId;
    {
        auto q = runSql(db,
                        QStringLiteral("SELECT e.id, e.cycle_id, c.quarter, c.state, c.settings, e.grabber_id, g.name, e.kpi_snapshot, e.kpi_score, "
                                       "e.supervisor_score, e.supervisor_comment, e.final_score, e.grade "
                                       "FROM review_entries e JOIN review_cycles c ON c.id = e.cycle_id JOIN grabbers g ON g.id = e.grabber_id "
                                       "WHERE %1 ORDER BY c.quarter DESC, g.name, e.grabber_id")
                            .arg(where),
                        binds, QStringLiteral("reading review entries"));
        if (!q) {
            return q.error();
        }
        q->setForwardOnly(true);
        QHash<qint64, ReviewSettings> settings;
        while (q->next()) {
            ReviewEntry e;
            e.id = q->value(0).toLongLong();
            e.cycleId = q->value(1).toLongLong();
            e.quarter = q->value(2).toString();
            e.cycleState = reviewStateFromString(q->value(3).toString()).value_or(ReviewState::Draft);
            if (!settings.contains(e.cycleId)) {
                settings.insert(e.cycleId, settingsFrom(q->value(4).toString()));
            }
            const ReviewSettings &s = settings[e.cycleId];
            e.grabberId = q->value(5).toLongLong();
            e.grabberName = q->value(6).toString();
            e.snapshot = ReviewSnapshot::fromJson(QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object());
            e.kpi = reviewscoring::kpiScore(e.snapshot.kpis, s);
            if (!q->value(8).isNull()) {
                e.kpi.score = q->value(8).toDouble(); // as frozen at opening (the same number)
            }
            if (!q->value(9).isNull()) {
                e.supervisorScore = q->value(9).toInt();
            }
            e.comment = q->value(10).toString();
            e.final = reviewscoring::finalScore(e.kpi.score, e.supervisorScore, s);
            if (!q->value(11).isNull()) {
                e.final.score = q->value(11).toDouble();
                e.final.grade = q->value(12).toString();
            }
            byId.insert(e.id, out.size());
            out.append(std::move(e));
        }
        if (auto end = rowsEnded(*q, QStringLiteral("reading review entries")); !end) {
            return end.error();
        }
    }
    auto q = runSql(db,
                    QStringLiteral("SELECT d.id, d.entry_id, e.grabber_id, d.kind, d.amount, d.text, d.due_on, d.reason, d.training_id, t.category, "
                                   "d.decided_by, d.decided_at FROM review_decisions d JOIN review_entries e ON e.id = d.entry_id "
                                   "LEFT JOIN trainings t ON t.id = d.training_id WHERE %1 ORDER BY d.id")
                        .arg(where),
                    binds, QStringLiteral("reading review decisions"));
    if (!q) {
        return q.error();
    }
    while (q->next()) {
        ReviewDecision d;
        d.id = q->value(0).toLongLong();
        d.entryId = q->value(1).toLongLong();
        d.grabberId = q->value(2).toLongLong();
        d.kind = decisionKindFromString(q->value(3).toString()).value_or(DecisionKind::Bonus);
        d.amountMinor = optLong(q->value(4));
        d.text = q->value(5).toString();
        d.dueOn = QDate::fromString(q->value(6).toString(), Qt::ISODate);
        d.reason = q->value(7).toString();
        d.trainingId = optLong(q->value(8));
        d.category = q->value(9).toString();
        d.decidedBy = q->value(10).toString();
        d.decidedAt = optLong(q->value(11));
        const auto it = byId.constFind(d.entryId);
        if (it != byId.cend()) {
            out[*it].decisions.append(d);
        }
    }
    if (auto end = rowsEnded(*q, QStringLiteral("reading review decisions")); !end) {
        return end.error();
    }
    return out;
}

ReviewProgress ReviewReader::progressOf(const QList<ReviewEntry> &entries)
{
    ReviewProgress p;
    p.total = int(entries.size());
    for (const ReviewEntry &e : entries) {
        p.decisions += int(e.decisions.size());
        if (e.isScored()) {
            ++p.scored;
        } else {
            p.missing.append({e.grabberId, e.grabberName});
        }
        if (!e.final.grade.isEmpty()) {
            ++p.grades[e.final.grade];
        }
    }
    return p;
}

} // namespace grab
