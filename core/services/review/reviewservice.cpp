#include "reviewservice.h"

#include "services/audit/eventlog.h"
#include "services/audit/integritycheck.h"
#include "services/metrics/metricsservice.h"
#include "reviewguard.h"
#include "reviewreader.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "domain/event.h"
#include "base/money.h"
#include "domain/periodpreset.h"
#include "base/plaintext.h"
#include "store/eventinbox.h"
#include "store/integrity.h"
#include "store/readsnapshot.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace grab {

using G = ReviewGuard;

// ---- reading ----

Result<QList<ReviewCycle>> ReviewService::cycles()
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    return ReviewReader::cyclesIn(db);
}

Result<ReviewCycleView> ReviewService::cycle(const QString &quarter)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    auto c = ReviewReader::cycleIn(db, quarter);
    if (!c) {
        return c.error();
    }
    auto entries = ReviewReader::entriesIn(db, c->id, std::nullopt);
    if (!entries) {
        return entries.error();
    }
    ReviewCycleView v;
    v.cycle = std::move(*c);
    v.entries = std::move(*entries);
    v.cycle.progress = ReviewReader::progressOf(v.entries);
    v.formula = reviewscoring::shownFormula(v.cycle.settings);
    v.logFormula = reviewscoring::formula(v.cycle.settings);
    auto head = integrity::head(db);
    if (!head) {
        return head.error();
    }
    v.chainHeadId = head->id;
    v.chainHeadHash = head->hash;
    if (v.cycle.state == ReviewState::Locked) {
        auto holds = IntegrityCheck(m_ctx).reviewSealHolds(v.cycle.id);
        if (!holds) {
            return holds.error();
        }
        v.sealHolds = *holds;
    }
    return v;
}

Result<ReviewEntry> ReviewService::entry(const QString &quarter, qint64 grabberId)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    auto c = ReviewReader::cycleIn(db, quarter);
    if (!c) {
        return c.error();
    }
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    auto entries = ReviewReader::entriesIn(db, c->id, grabberId);
    if (!entries) {
        return entries.error();
    }
    if (entries->isEmpty()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("grab::ReviewService", "Grabber %1 is not part of the review %2 (only the grabbers active when it opened are).").arg(grabberId).arg(quarter),
                         QStringLiteral("not_in_cycle"));
    }
    return entries->first();
}

Result<QList<ReviewEntry>> ReviewService::history(qint64 grabberId)
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto snapshot = ReadSnapshot::begin(db);
    if (!snapshot) {
        return snapshot.error();
    }
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    return ReviewReader::entriesIn(db, std::nullopt, grabberId);
}

Result<ReviewSettings> ReviewService::defaultSettings()
{
    auto rules = RuleService::currentIn(m_ctx.db.connection());
    if (!rules) {
        return rules.error();
    }
    ReviewSettings s = rules->review;
    s.ruleVersion = rules->version;
    return s;
}

// ---- writing ----

Result<ReviewCycle> ReviewService::create(const QString &quarter, const std::optional<ReviewSettings> &settings)
{
    if (auto p = ReviewReader::quarterPeriod(quarter); !p) {
        return p.error();
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto existing = scalar(db, QStringLiteral("SELECT state FROM review_cycles WHERE quarter = ?"), {quarter});
    if (!existing) {
        return existing.error();
    }
    if (!existing->isNull()) {
        return G::refused(QStringLiteral("cycle_exists"), QCoreApplication::translate("grab::ReviewService", "There is already a review cycle for %1 (%2).").arg(quarter, existing->toString()));
    }
    auto defaults = defaultSettings();
    if (!defaults) {
        return defaults.error();
    }
    ReviewSettings s = settings.value_or(*defaults);
    s.ruleVersion = defaults->ruleVersion;
    if (auto ok = s.validate(); !ok) {
        return ok.error();
    }
    const qint64 now = m_ctx.clock.nowMs();
    auto id = insertReturningId(db, QStringLiteral("INSERT INTO review_cycles (quarter, state, settings, created_at) VALUES (?, 'draft', ?, ?)"),
                                {quarter, G::compact(s.toJson()), now}, QStringLiteral("creating a review cycle"));
    if (!id) {
        return id.error();
    }
    if (auto e = EventLog::record(db, now, event::ReviewChanged, m_ctx.actor, std::nullopt, std::nullopt, s.ruleVersion, QStringLiteral("created"),
                                  QJsonObject{{QStringLiteral("quarter"), quarter},
                                              {QStringLiteral("change"), QStringLiteral("created")},
                                              {QStringLiteral("old"), QJsonValue()},
                                              {QStringLiteral("new"), QJsonObject{{QStringLiteral("state"), QStringLiteral("draft")},
                                                                                  {QStringLiteral("settings"), s.toJson()}}}});
        !e) {
        return e.error();
    }
    auto c = ReviewReader::cycleIn(db, quarter);
    if (!c) {
        return c.error();
    }
    if (auto s2 = tx->commit(); !s2) {
        return s2.error();
    }
    return c;
}

Status ReviewService::updateSettings(const QString &quarter, const ReviewSettings &settings)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto c = ReviewReader::cycleIn(db, quarter);
    if (!c) {
        return c.error();
    }
    if (c->state != ReviewState::Draft) {
        return G::illegal(*c, QCoreApplication::translate("grab::ReviewService", "its settings can change only while it is a draft"));
    }
    ReviewSettings s = settings;
    s.ruleVersion = c->settings.ruleVersion;
    if (auto ok = s.validate(); !ok) {
        return ok;
    }
    if (auto q = execCached(db, QStringLiteral("UPDATE review_cycles SET settings = ? WHERE id = ?"), {G::compact(s.toJson()), c->id}); !q) {
        return G::mapped(q.error(), quarter);
    }
    if (auto e = EventLog::record(db, m_ctx.clock.nowMs(), event::ReviewChanged, m_ctx.actor, std::nullopt, std::nullopt, std::nullopt,
                                  QStringLiteral("settings"),
                                  QJsonObject{{QStringLiteral("quarter"), quarter},
                                              {QStringLiteral("change"), QStringLiteral("settings")},
                                              {QStringLiteral("old"), c->settings.toJson()},
                                              {QStringLiteral("new"), s.toJson()}});
        !e) {
        return e.error();
    }
    return tx->commit();
}

Result<ReviewService::Opened> ReviewService::open(const QString &quarter, const Progress &progress)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto c = ReviewReader::cycleIn(db, quarter);
    if (!c) {
        return c.error();
    }
    if (c->state != ReviewState::Draft) {
        return G::illegal(*c, QCoreApplication::translate("grab::ReviewService", "only a draft cycle can be opened"));
    }
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    // Under the write lock: the figures are those of this commit, and nobody writes until ours.
    auto kpis = MetricsService(m_ctx).kpis(c->period);
    if (!kpis) {
        return kpis.error();
    }
    const auto [from, to] = periods::instants(c->period, rules->zone());
    QHash<qint64, std::pair<QString, QString>> levelTeam; // active grabbers only
    {
        auto q = runSql(db, QStringLiteral("SELECT id, level, team FROM grabbers WHERE status = 'active'"), {}, QStringLiteral("reading the team"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            levelTeam.insert(q->value(0).toLongLong(), {q->value(1).toString(), q->value(2).toString()});
        }
        if (auto end = rowsEnded(*q, QStringLiteral("reading the team")); !end) {
            return end.error();
        }
    }
    QHash<qint64, QList<ReviewViolation>> violations;
    {
        auto q = runSql(db,
                        QStringLiteral("SELECT id, grabber_id, at, type, severity, source, order_id, note, note_phrase FROM violations "
                                       "WHERE at >= ? AND at < ? ORDER BY at, id"),
                        {from, to}, QStringLiteral("reading the quarter's violations"));
        if (!q) {
            return q.error();
        }
        q->setForwardOnly(true);
        while (q->next()) {
            const qint64 grabber = q->value(1).toLongLong();
            if (levelTeam.contains(grabber)) {
                violations[grabber].append(ReviewViolation{q->value(0).toLongLong(), q->value(2).toLongLong(), q->value(3).toString(),
                                                           q->value(4).toString(), q->value(5).toString(),
                                                           q->value(6).isNull() ? std::nullopt : std::optional<qint64>(q->value(6).toLongLong()),
                                                           q->value(7).toString(),
                                                           q->value(8).isNull() ? QJsonObject()
                                                                                : QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object()});
            }
        }
        if (auto end = rowsEnded(*q, QStringLiteral("reading the quarter's violations")); !end) {
            return end.error();
        }
    }
    QList<const GrabberKpis *> active;
    for (const GrabberKpis &k : *kpis) {
        if (levelTeam.contains(k.grabberId)) {
            active.append(&k);
        }
    }
    const int total = int(active.size());
    const qint64 now = m_ctx.clock.nowMs();
    const auto cancelled = [&] {
        return G::refused(QStringLiteral("cancelled"), QCoreApplication::translate("grab::ReviewService", "Opening the review cycle %1 was cancelled; nothing changed.").arg(quarter));
    };
    if (progress && !progress(0, total)) {
        return cancelled();
    }
    static const QString insert = QStringLiteral("INSERT INTO review_entries (cycle_id, grabber_id, kpi_snapshot, kpi_score) VALUES (?, ?, ?, ?)");
    for (int i = 0; i < total; ++i) {
        ReviewSnapshot s;
        s.kpis = *active[i];
        s.level = levelTeam.value(s.kpis.grabberId).first;
        s.team = levelTeam.value(s.kpis.grabberId).second;
        s.violations = violations.value(s.kpis.grabberId);
        s.period = c->period;
        s.takenAt = now;
        s.ruleVersion = rules->version;
        const ReviewKpiScore score = reviewscoring::kpiScore(s.kpis, c->settings);
        if (auto q = execCached(db, insert, {c->id, s.kpis.grabberId, G::compact(s.toJson()), score.score ? QVariant(*score.score) : QVariant()},
                                QStringLiteral("freezing a KPI snapshot"));
            !q) {
            return G::mapped(q.error(), quarter);
        }
        if (progress && !progress(i + 1, total)) {
            return cancelled();
        }
    }
    if (auto q = execCached(db, QStringLiteral("UPDATE review_cycles SET state = 'open', opened_at = ? WHERE id = ?"), {now, c->id},
                            QStringLiteral("opening a review cycle"));
        !q) {
        return G::mapped(q.error(), quarter);
    }
    if (auto e = EventLog::record(db, now, event::ReviewChanged, m_ctx.actor, std::nullopt, std::nullopt, rules->version, QStringLiteral("opened"),
                                  QJsonObject{{QStringLiteral("quarter"), quarter},
                                              {QStringLiteral("change"), QStringLiteral("opened")},
                                              {QStringLiteral("old"), QJsonObject{{QStringLiteral("state"), QStringLiteral("draft")}}},
                                              {QStringLiteral("new"), QJsonObject{{QStringLiteral("state"), QStringLiteral("open")},
                                                                                  {QStringLiteral("entries"), total},
                                                                                  {QStringLiteral("from"), c->period.from.toString(Qt::ISODate)},
                                                                                  {QStringLiteral("to"), c->period.to.toString(Qt::ISODate)}}}});
        !e) {
        return e.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return Opened{total, now};
}

Status ReviewService::startScoring(const QString &quarter)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto c = ReviewReader::cycleIn(m_ctx.db.connection(), quarter);
    if (!c) {
        return c.error();
    }
    if (c->state != ReviewState::Open) {
        return G::illegal(*c, QCoreApplication::translate("grab::ReviewService", "only an open cycle moves to scoring"));
    }
    if (auto s = G::scoringIfOpen(m_ctx, *c); !s) {
        return s;
    }
    return tx->commit();
}

Status ReviewService::approve(const QString &quarter, const QString &approver)
{
    const QString name = approver.trimmed();
    if (name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::ReviewService", "An approval needs the approver's name."), QStringLiteral("approver_required"));
    }
    if (auto s = plaintext::checkLine(name, "grab::ReviewService",
                                      QT_TRANSLATE_NOOP("grab::ReviewService", "The approver's name contains a control character (%1 at position %2); names are one line of plain text."));
        !s) {
        return s;
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto c = ReviewReader::cycleIn(db, quarter);
    if (!c) {
        return c.error();
    }
    if (c->state != ReviewState::Scoring) {
        return G::illegal(*c, c->state == ReviewState::Open && c->progress.total > 0
                               ? QCoreApplication::translate("grab::ReviewService", "nobody is scored yet, and only a cycle in scoring can be approved")
                               : QCoreApplication::translate("grab::ReviewService", "only a cycle in scoring can be approved"));
    }
    auto entries = ReviewReader::entriesIn(db, c->id, std::nullopt);
    if (!entries) {
        return entries.error();
    }
    const ReviewProgress p = ReviewReader::progressOf(*entries);
    if (!p.missing.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < p.missing.size() && i < 10; ++i) {
            names << QStringLiteral("%1 (%2)").arg(p.missing[i].second).arg(p.missing[i].first);
        }
        if (p.missing.size() > 10) {
            names << QCoreApplication::translate("grab::ReviewService", "and %1 more").arg(p.missing.size() - 10);
        }
        return G::refused(QStringLiteral("grabbers_unscored"),
                       QCoreApplication::translate("grab::ReviewService", "The review cycle %1 cannot be approved: %2 of %3 grabbers are not scored yet: %4.")
                           .arg(quarter)
                           .arg(p.missing.size())
                           .arg(p.total)
                           .arg(names.join(QStringLiteral(", "))));
    }
    const qint64 now = m_ctx.clock.nowMs();
    if (auto s = G::moveState(m_ctx, *c, ReviewState::Approved,
                           QStringLiteral("UPDATE review_cycles SET state = 'approved', approved_by = ?, approved_at = ? WHERE id = ?"), {name, now, c->id},
                           QJsonObject{{QStringLiteral("approvedBy"), name}});
        !s) {
        return s;
    }
    return tx->commit();
}

Status ReviewService::withdrawApproval(const QString &quarter)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto c = ReviewReader::cycleIn(m_ctx.db.connection(), quarter);
    if (!c) {
        return c.error();
    }
    if (c->state != ReviewState::Approved) {
        return G::illegal(*c, QCoreApplication::translate("grab::ReviewService", "only an approved cycle can have its approval withdrawn"));
    }
    if (auto s = G::moveState(m_ctx, *c, ReviewState::Scoring,
                           QStringLiteral("UPDATE review_cycles SET state = 'scoring', approved_by = NULL, approved_at = NULL WHERE id = ?"), {c->id});
        !s) {
        return s;
    }
    return tx->commit();
}

Status ReviewService::lock(const QString &quarter)
{
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    auto c = ReviewReader::cycleIn(m_ctx.db.connection(), quarter);
    if (!c) {
        return c.error();
    }
    if (c->state != ReviewState::Approved) {
        return G::illegal(*c, QCoreApplication::translate("grab::ReviewService", "only an approved cycle can be locked"));
    }
    // The seal: what is frozen now (the cycle, its entries and decisions) and the event chain's
    // head at this moment. `grabctl verify` recomputes it; a rewrite of either shows.
    const QSqlDatabase db = m_ctx.db.connection();
    if (auto s = eventinbox::linkPending(db); !s) { // on a server: every event committed so far is in the chain sealed
        return s.error();
    }
    auto head = integrity::head(db);
    if (!head) {
        return head.error();
    }
    auto seal = integrity::reviewDigest(db, c->id, *head);
    if (!seal) {
        return seal.error();
    }
    if (auto s = G::moveState(m_ctx, *c, ReviewState::Locked,
                              QStringLiteral("UPDATE review_cycles SET state = 'locked', locked_at = ?, seal_digest = ?, seal_head_id = ?, "
                                             "seal_head_hash = ? WHERE id = ?"),
                              {m_ctx.clock.nowMs(), *seal, head->id, head->hash, c->id}, QJsonObject{{QStringLiteral("approvedBy"), c->approvedBy}});
        !s) {
        return s;
    }
    return tx->commit();
}

} // namespace grab
