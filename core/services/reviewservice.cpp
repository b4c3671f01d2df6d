#include "reviewservice.h"

#include "eventlog.h"
#include "metricsservice.h"
#include "reviewreader.h"
#include "ruleservice.h"
#include "teamservice.h"
#include "domain/event.h"
#include "domain/money.h"
#include "domain/periodpreset.h"
#include "store/readsnapshot.h"
#include "store/sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace grab {
namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error refused(const QString &reason, const QString &message)
{
    return makeError(ErrorCode::Refused, message, reason);
}

Error lockedError(const QString &quarter)
{
    return refused(QStringLiteral("cycle_locked"), QStringLiteral("The review cycle %1 is locked: nothing in it can change.").arg(quarter));
}

// A write the schema's lock triggers refused (another writer locked the cycle meanwhile) is the
// same refusal as ours.
Error mapped(const Error &e, const QString &quarter)
{
    return e.message.contains(QLatin1String("review cycle is locked")) ? lockedError(quarter) : e;
}

// Scores and decisions are taken while the cycle is open or scoring.
Status editable(const ReviewCycle &c)
{
    switch (c.state) {
    case ReviewState::Open:
    case ReviewState::Scoring: return Done{};
    case ReviewState::Draft:
        return refused(QStringLiteral("cycle_not_open"),
                       QStringLiteral("The review cycle %1 is a draft: open it first (its KPI snapshots are taken then).").arg(c.quarter));
    case ReviewState::Approved:
        return refused(QStringLiteral("cycle_approved"),
                       QStringLiteral("The review cycle %1 is approved: withdraw the approval to change scores or decisions.").arg(c.quarter));
    case ReviewState::Locked: return lockedError(c.quarter);
    }
    return Done{};
}

Error illegal(const ReviewCycle &c, const QString &what)
{
    if (c.state == ReviewState::Locked) {
        return lockedError(c.quarter);
    }
    return refused(QStringLiteral("illegal_transition"), QStringLiteral("The review cycle %1 is %2: %3.").arg(c.quarter, toString(c.state), what));
}

QJsonObject decisionJson(const ReviewDecision &d)
{
    QJsonObject o{{QStringLiteral("id"), d.id}, {QStringLiteral("kind"), toString(d.kind)}};
    if (d.amountMinor) {
        o.insert(QStringLiteral("amount"), formatMajorUnits(*d.amountMinor));
    }
    if (!d.text.isEmpty()) {
        o.insert(QStringLiteral("text"), d.text);
    }
    if (d.dueOn.isValid()) {
        o.insert(QStringLiteral("dueOn"), d.dueOn.toString(Qt::ISODate));
    }
    if (!d.reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), d.reason);
    }
    if (!d.category.isEmpty()) {
        o.insert(QStringLiteral("category"), d.category);
    }
    if (d.trainingId) {
        o.insert(QStringLiteral("trainingId"), *d.trainingId);
    }
    return o;
}

const QStringList kTrainingCategories{QStringLiteral("sales_skills"), QStringLiteral("product_knowledge"), QStringLiteral("customer_service")};

Status validateDecision(const NewReviewDecision &d)
{
    const bool money = d.kind == DecisionKind::Bonus || d.kind == DecisionKind::BonusDeduction;
    if (isPenalty(d.kind) && d.reason.trimmed().isEmpty()) {
        return refused(QStringLiteral("reason_required"),
                       QStringLiteral("A %1 needs a reason (the grabber's violations of the quarter are shown beside it).").arg(toString(d.kind)));
    }
    if (money && (!d.amountMinor || *d.amountMinor <= 0)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A %1 needs an amount in yuan above 0.").arg(toString(d.kind)));
    }
    if (!money && d.amountMinor) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Only a bonus or a bonus deduction has an amount."));
    }
    if ((d.kind == DecisionKind::Honour || d.kind == DecisionKind::Training) && d.text.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, d.kind == DecisionKind::Honour ? QStringLiteral("An honour needs its text (the honour or title).")
                                                                                 : QStringLiteral("A training needs its course (the text)."));
    }
    if (d.kind == DecisionKind::Training) {
        if (!kTrainingCategories.contains(d.category)) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("A training needs a category: %1.").arg(kTrainingCategories.join(QStringLiteral(", "))));
        }
        if (!d.dueOn.isValid()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("A training needs a due date."));
        }
    } else if (!d.category.isEmpty() || d.dueOn.isValid()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Only a training has a category and a due date."));
    }
    return Done{};
}

} // namespace

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
    v.formula = reviewscoring::formula(v.cycle.settings);
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
                         QStringLiteral("Grabber %1 is not part of the review %2 (only the grabbers active when it opened are).").arg(grabberId).arg(quarter),
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
        return refused(QStringLiteral("cycle_exists"), QStringLiteral("There is already a review cycle for %1 (%2).").arg(quarter, existing->toString()));
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
                                {quarter, compact(s.toJson()), now}, QStringLiteral("creating a review cycle"));
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
        return illegal(*c, QStringLiteral("its settings can change only while it is a draft"));
    }
    ReviewSettings s = settings;
    s.ruleVersion = c->settings.ruleVersion;
    if (auto ok = s.validate(); !ok) {
        return ok;
    }
    if (auto q = execCached(db, QStringLiteral("UPDATE review_cycles SET settings = ? WHERE id = ?"), {compact(s.toJson()), c->id}); !q) {
        return mapped(q.error(), quarter);
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
        return illegal(*c, QStringLiteral("only a draft cycle can be opened"));
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
    }
    QHash<qint64, QList<ReviewViolation>> violations;
    {
        auto q = runSql(db,
                        QStringLiteral("SELECT id, grabber_id, at, type, severity, source, order_id, note FROM violations "
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
                                                           q->value(7).toString()});
            }
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
        return refused(QStringLiteral("cancelled"), QStringLiteral("Opening the review cycle %1 was cancelled; nothing changed.").arg(quarter));
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
        if (auto q = execCached(db, insert, {c->id, s.kpis.grabberId, compact(s.toJson()), score.score ? QVariant(*score.score) : QVariant()},
                                QStringLiteral("freezing a KPI snapshot"));
            !q) {
            return mapped(q.error(), quarter);
        }
        if (progress && !progress(i + 1, total)) {
            return cancelled();
        }
    }
    if (auto q = execCached(db, QStringLiteral("UPDATE review_cycles SET state = 'open', opened_at = ? WHERE id = ?"), {now, c->id},
                            QStringLiteral("opening a review cycle"));
        !q) {
        return mapped(q.error(), quarter);
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

namespace {

// One state change of a cycle and its event, inside the caller's transaction.
Status moveState(const Context &ctx, const ReviewCycle &c, ReviewState to, const QString &sql, const QVariantList &binds, QJsonObject extraNew = {})
{
    const QSqlDatabase db = ctx.db.connection();
    if (auto q = execCached(db, sql, binds, QStringLiteral("changing a review cycle's state")); !q) {
        return mapped(q.error(), c.quarter);
    }
    extraNew.insert(QStringLiteral("state"), toString(to));
    QJsonObject old{{QStringLiteral("state"), toString(c.state)}};
    if (!c.approvedBy.isEmpty()) {
        old.insert(QStringLiteral("approvedBy"), c.approvedBy);
    }
    if (auto e = EventLog::record(db, ctx.clock.nowMs(), event::ReviewChanged, ctx.actor, std::nullopt, std::nullopt, std::nullopt, toString(to),
                                  QJsonObject{{QStringLiteral("quarter"), c.quarter},
                                              {QStringLiteral("change"), toString(to)},
                                              {QStringLiteral("old"), old},
                                              {QStringLiteral("new"), extraNew}});
        !e) {
        return e.error();
    }
    return Done{};
}

// The first score or decision of an open cycle starts its scoring.
Status scoringIfOpen(const Context &ctx, ReviewCycle &c)
{
    if (c.state != ReviewState::Open) {
        return Done{};
    }
    if (auto s = moveState(ctx, c, ReviewState::Scoring, QStringLiteral("UPDATE review_cycles SET state = 'scoring' WHERE id = ?"), {c.id}); !s) {
        return s;
    }
    c.state = ReviewState::Scoring;
    return Done{};
}

struct EntryRow
{
    qint64 id = 0;
    std::optional<double> kpiScore;
    std::optional<int> supervisorScore;
    QString comment;
    std::optional<double> finalScore;
    QString grade;
};

Result<EntryRow> entryRow(const QSqlDatabase &db, const ReviewCycle &c, qint64 grabberId)
{
    if (auto g = TeamService::grabberCoreIn(db, grabberId); !g) {
        return g.error();
    }
    auto q = runSql(db,
                    QStringLiteral("SELECT id, kpi_score, supervisor_score, supervisor_comment, final_score, grade FROM review_entries "
                                   "WHERE cycle_id = ? AND grabber_id = ?"),
                    {c.id, grabberId}, QStringLiteral("reading a review entry"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("Grabber %1 is not part of the review %2 (only the grabbers active when it opened are).").arg(grabberId).arg(c.quarter),
                         QStringLiteral("not_in_cycle"));
    }
    EntryRow r;
    r.id = q->value(0).toLongLong();
    if (!q->value(1).isNull()) {
        r.kpiScore = q->value(1).toDouble();
    }
    if (!q->value(2).isNull()) {
        r.supervisorScore = q->value(2).toInt();
    }
    r.comment = q->value(3).toString();
    if (!q->value(4).isNull()) {
        r.finalScore = q->value(4).toDouble();
    }
    r.grade = q->value(5).toString();
    return r;
}

QJsonObject scoreJson(const std::optional<int> &supervisor, const QString &comment, const std::optional<double> &final, const QString &grade)
{
    return QJsonObject{{QStringLiteral("supervisorScore"), supervisor ? QJsonValue(*supervisor) : QJsonValue()},
                       {QStringLiteral("comment"), comment},
                       {QStringLiteral("finalScore"), final ? QJsonValue(*final) : QJsonValue()},
                       {QStringLiteral("grade"), grade.isEmpty() ? QJsonValue() : QJsonValue(grade)}};
}

} // namespace

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
        return illegal(*c, QStringLiteral("only an open cycle moves to scoring"));
    }
    if (auto s = scoringIfOpen(m_ctx, *c); !s) {
        return s;
    }
    return tx->commit();
}

Result<ReviewEntry> ReviewService::score(const QString &quarter, qint64 grabberId, int supervisorScore, const std::optional<QString> &comment)
{
    if (supervisorScore < 1 || supervisorScore > 5) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("A supervisor's score is a whole number from 1 to 5, not %1.").arg(supervisorScore),
                         QStringLiteral("score_out_of_range"));
    }
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
        if (auto s = editable(*c); !s) {
            return s.error();
        }
        auto row = entryRow(db, *c, grabberId);
        if (!row) {
            return row.error();
        }
        const QString newComment = comment.value_or(row->comment);
        const ReviewFinalScore final = reviewscoring::finalScore(row->kpiScore, supervisorScore, c->settings);
        if (auto s = scoringIfOpen(m_ctx, *c); !s) {
            return s.error();
        }
        if (auto q = execCached(db, QStringLiteral("UPDATE review_entries SET supervisor_score = ?, supervisor_comment = ?, final_score = ?, grade = ? WHERE id = ?"),
                                {supervisorScore, newComment, *final.score, final.grade, row->id}, QStringLiteral("scoring a grabber"));
            !q) {
            return mapped(q.error(), quarter);
        }
        if (auto e = EventLog::record(db, m_ctx.clock.nowMs(), event::ReviewChanged, m_ctx.actor, std::nullopt, grabberId, std::nullopt,
                                      QStringLiteral("scored"),
                                      QJsonObject{{QStringLiteral("quarter"), quarter},
                                                  {QStringLiteral("change"), QStringLiteral("scored")},
                                                  {QStringLiteral("old"), scoreJson(row->supervisorScore, row->comment, row->finalScore, row->grade)},
                                                  {QStringLiteral("new"), scoreJson(supervisorScore, newComment, final.score, final.grade)},
                                                  {QStringLiteral("why"), final.why}});
            !e) {
            return e.error();
        }
        if (auto s = tx->commit(); !s) {
            return s.error();
        }
    }
    return entry(quarter, grabberId);
}

Result<ReviewDecision> ReviewService::decide(const QString &quarter, qint64 grabberId, const NewReviewDecision &decision)
{
    NewReviewDecision d = decision;
    d.text = d.text.trimmed();
    d.reason = d.reason.trimmed();
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto c = ReviewReader::cycleIn(db, quarter);
    if (!c) {
        return c.error();
    }
    if (auto s = editable(*c); !s) {
        return s.error();
    }
    auto row = entryRow(db, *c, grabberId);
    if (!row) {
        return row.error();
    }
    if (auto s = validateDecision(d); !s) {
        return s.error();
    }
    if (auto s = scoringIfOpen(m_ctx, *c); !s) {
        return s.error();
    }
    const qint64 now = m_ctx.clock.nowMs();
    ReviewDecision out;
    out.entryId = row->id;
    out.grabberId = grabberId;
    out.kind = d.kind;
    out.amountMinor = d.amountMinor;
    out.text = d.text;
    out.dueOn = d.dueOn;
    out.reason = d.reason;
    out.category = d.category;
    out.decidedBy = m_ctx.actor;
    out.decidedAt = now;
    if (d.kind == DecisionKind::Training) {
        auto t = insertReturningId(db, QStringLiteral("INSERT INTO trainings (grabber_id, course, category, due_on, review_entry_id) VALUES (?, ?, ?, ?, ?)"),
                                   {grabberId, d.text, d.category, d.dueOn.toString(Qt::ISODate), row->id}, QStringLiteral("assigning a training"));
        if (!t) {
            return t.error();
        }
        out.trainingId = *t;
    }
    auto id = insertReturningId(db,
                                QStringLiteral("INSERT INTO review_decisions (entry_id, kind, amount, text, due_on, reason, decided_by, decided_at, training_id) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                {row->id, toString(d.kind), nullable(d.amountMinor), d.text, d.dueOn.isValid() ? QVariant(d.dueOn.toString(Qt::ISODate)) : QVariant(),
                                 d.reason, m_ctx.actor, now, nullable(out.trainingId)},
                                QStringLiteral("recording a review decision"));
    if (!id) {
        return mapped(id.error(), quarter);
    }
    out.id = *id;
    QJsonObject payload{{QStringLiteral("quarter"), quarter},
                        {QStringLiteral("change"), QStringLiteral("decided")},
                        {QStringLiteral("old"), QJsonValue()},
                        {QStringLiteral("new"), decisionJson(out)}};
    if (isPenalty(d.kind)) {
        auto ids = runSql(db, QStringLiteral("SELECT kpi_snapshot FROM review_entries WHERE id = ?"), {row->id});
        if (ids && ids->next()) {
            QJsonArray behind;
            for (const ReviewViolation &v : ReviewSnapshot::fromJson(QJsonDocument::fromJson(ids->value(0).toString().toUtf8()).object()).violations) {
                behind.append(v.id);
            }
            payload.insert(QStringLiteral("violations"), behind);
        }
    }
    if (auto e = EventLog::record(db, now, event::ReviewChanged, m_ctx.actor, std::nullopt, grabberId, std::nullopt, QStringLiteral("decided"), payload);
        !e) {
        return e.error();
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return out;
}

Status ReviewService::removeDecision(const QString &quarter, qint64 decisionId)
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
    if (auto s = editable(*c); !s) {
        return s;
    }
    auto entries = ReviewReader::entriesIn(db, c->id, std::nullopt);
    if (!entries) {
        return entries.error();
    }
    std::optional<ReviewDecision> found;
    for (const ReviewEntry &e : *entries) {
        for (const ReviewDecision &d : e.decisions) {
            if (d.id == decisionId) {
                found = d;
            }
        }
    }
    if (!found) {
        return makeError(ErrorCode::NotFound, QStringLiteral("The review %1 has no decision %2.").arg(quarter).arg(decisionId), QStringLiteral("no_such_decision"));
    }
    if (auto q = execCached(db, QStringLiteral("DELETE FROM review_decisions WHERE id = ?"), {decisionId}); !q) {
        return mapped(q.error(), quarter);
    }
    if (found->trainingId) {
        auto started = scalar(db, QStringLiteral("SELECT COUNT(*) FROM trainings WHERE id = ? AND (taken_on IS NOT NULL OR passed IS NOT NULL)"),
                              {*found->trainingId});
        if (!started) {
            return started.error();
        }
        if (started->toInt() > 0) {
            return refused(QStringLiteral("training_started"),
                           QStringLiteral("The training of decision %1 has already been taken; it stays, and so does the decision.").arg(decisionId));
        }
        if (auto q = execCached(db, QStringLiteral("DELETE FROM trainings WHERE id = ?"), {*found->trainingId}); !q) {
            return q.error();
        }
    }
    if (auto e = EventLog::record(db, m_ctx.clock.nowMs(), event::ReviewChanged, m_ctx.actor, std::nullopt, found->grabberId, std::nullopt,
                                  QStringLiteral("decision_removed"),
                                  QJsonObject{{QStringLiteral("quarter"), quarter},
                                              {QStringLiteral("change"), QStringLiteral("decision_removed")},
                                              {QStringLiteral("old"), decisionJson(*found)},
                                              {QStringLiteral("new"), QJsonValue()}});
        !e) {
        return e.error();
    }
    return tx->commit();
}

Status ReviewService::approve(const QString &quarter, const QString &approver)
{
    const QString name = approver.trimmed();
    if (name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("An approval needs the approver's name."), QStringLiteral("approver_required"));
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
        return illegal(*c, c->state == ReviewState::Open && c->progress.total > 0
                               ? QStringLiteral("nobody is scored yet, and only a cycle in scoring can be approved")
                               : QStringLiteral("only a cycle in scoring can be approved"));
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
            names << QStringLiteral("and %1 more").arg(p.missing.size() - 10);
        }
        return refused(QStringLiteral("grabbers_unscored"),
                       QStringLiteral("The review cycle %1 cannot be approved: %2 of %3 grabbers are not scored yet: %4.")
                           .arg(quarter)
                           .arg(p.missing.size())
                           .arg(p.total)
                           .arg(names.join(QStringLiteral(", "))));
    }
    const qint64 now = m_ctx.clock.nowMs();
    if (auto s = moveState(m_ctx, *c, ReviewState::Approved,
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
        return illegal(*c, QStringLiteral("only an approved cycle can have its approval withdrawn"));
    }
    if (auto s = moveState(m_ctx, *c, ReviewState::Scoring,
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
        return illegal(*c, QStringLiteral("only an approved cycle can be locked"));
    }
    if (auto s = moveState(m_ctx, *c, ReviewState::Locked, QStringLiteral("UPDATE review_cycles SET state = 'locked', locked_at = ? WHERE id = ?"),
                           {m_ctx.clock.nowMs(), c->id}, QJsonObject{{QStringLiteral("approvedBy"), c->approvedBy}});
        !s) {
        return s;
    }
    return tx->commit();
}

} // namespace grab
