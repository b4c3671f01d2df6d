// ReviewService, continued: the supervisor's scores and the decisions.
#include "reviewservice.h"

#include "services/audit/eventlog.h"
#include "services/metrics/metricsservice.h"
#include "reviewguard.h"
#include "reviewreader.h"
#include "services/rules/ruleservice.h"
#include "services/team/teamservice.h"
#include "domain/event.h"
#include "base/money.h"
#include "domain/periodpreset.h"
#include "base/plaintext.h"
#include "store/readsnapshot.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace grab {
namespace {

// A decision's kind inside a shown sentence: the code in English (grabctl), the review's word on screen.
QString kindName(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Bonus: return QCoreApplication::translate("grab::ReviewService", "bonus");
    case DecisionKind::Honour: return QCoreApplication::translate("grab::ReviewService", "honour");
    case DecisionKind::Promotion: return QCoreApplication::translate("grab::ReviewService", "promotion");
    case DecisionKind::Training: return QCoreApplication::translate("grab::ReviewService", "training");
    case DecisionKind::BonusDeduction: return QCoreApplication::translate("grab::ReviewService", "bonus deduction");
    case DecisionKind::Reassignment: return QCoreApplication::translate("grab::ReviewService", "reassignment");
    }
    return toString(kind);
}

using G = ReviewGuard;

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
    // The text names something (an honour, a promotion, a course, a place) and becomes a
    // training's course; the reason is free text.
    if (auto s = plaintext::checkLine(d.text, "grab::ReviewService",
                                      QT_TRANSLATE_NOOP("grab::ReviewService", "The decision's text contains a control character (%1 at position %2); it is one line of plain text."));
        !s) {
        return s;
    }
    if (auto s = plaintext::checkMultiline(d.reason, "grab::ReviewService",
                                           QT_TRANSLATE_NOOP("grab::ReviewService", "The decision's reason contains a control character (%1 at position %2); a reason is plain text and line breaks."));
        !s) {
        return s;
    }
    const bool money = d.kind == DecisionKind::Bonus || d.kind == DecisionKind::BonusDeduction;
    if (isPenalty(d.kind) && d.reason.trimmed().isEmpty()) {
        return G::refused(QStringLiteral("reason_required"),
                       QCoreApplication::translate("grab::ReviewService", "A %1 needs a reason (the grabber's violations of the quarter are shown beside it).").arg(kindName(d.kind)));
    }
    if (money && (!d.amountMinor || *d.amountMinor <= 0)) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::ReviewService", "A %1 needs an amount in yuan above 0.").arg(kindName(d.kind)),
                         QStringLiteral("amount_required"));
    }
    if (!money && d.amountMinor) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::ReviewService", "Only a bonus or a bonus deduction has an amount."));
    }
    if ((d.kind == DecisionKind::Honour || d.kind == DecisionKind::Training) && d.text.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, d.kind == DecisionKind::Honour ? QCoreApplication::translate("grab::ReviewService", "An honour needs its text (the honour or title).")
                                                                                 : QCoreApplication::translate("grab::ReviewService", "A training needs its course (the text)."),
                         QStringLiteral("text_required"));
    }
    if (d.kind == DecisionKind::Training) {
        if (!kTrainingCategories.contains(d.category)) {
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("grab::ReviewService", "A training needs a category: %1.").arg(kTrainingCategories.join(QStringLiteral(", "))));
        }
        if (!d.dueOn.isValid()) {
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::ReviewService", "A training needs a due date."));
        }
    } else if (!d.category.isEmpty() || d.dueOn.isValid()) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::ReviewService", "Only a training has a category and a due date."));
    }
    return Done{};
}

QJsonObject scoreJson(const std::optional<int> &supervisor, const QString &comment, const std::optional<double> &final, const QString &grade)
{
    return QJsonObject{{QStringLiteral("supervisorScore"), supervisor ? QJsonValue(*supervisor) : QJsonValue()},
                       {QStringLiteral("comment"), comment},
                       {QStringLiteral("finalScore"), final ? QJsonValue(*final) : QJsonValue()},
                       {QStringLiteral("grade"), grade.isEmpty() ? QJsonValue() : QJsonValue(grade)}};
}

} // namespace

Result<ReviewEntry> ReviewService::score(const QString &quarter, qint64 grabberId, int supervisorScore, const std::optional<QString> &input)
{
    if (supervisorScore < 1 || supervisorScore > 5) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::ReviewService", "A supervisor's score is a whole number from 1 to 5, not %1.").arg(supervisorScore),
                         QStringLiteral("score_out_of_range"));
    }
    std::optional<QString> comment; // nullopt: the comment stays as it is (and is not judged again)
    if (input) {
        comment = plaintext::normalisedMultiline(*input);
        if (auto s = plaintext::checkMultiline(*comment, "grab::ReviewService",
                                               QT_TRANSLATE_NOOP("grab::ReviewService", "The supervisor's comment contains a control character (%1 at position %2); a comment is plain text and line breaks."));
            !s) {
            return s.error();
        }
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
        if (auto s = G::editable(*c); !s) {
            return s.error();
        }
        auto row = G::entryRow(db, *c, grabberId);
        if (!row) {
            return row.error();
        }
        const QString newComment = comment.value_or(row->comment);
        const ReviewFinalScore final = reviewscoring::finalScore(row->kpiScore, supervisorScore, c->settings);
        if (auto s = G::scoringIfOpen(m_ctx, *c); !s) {
            return s.error();
        }
        if (auto q = execCached(db, QStringLiteral("UPDATE review_entries SET supervisor_score = ?, supervisor_comment = ?, final_score = ?, grade = ? WHERE id = ?"),
                                {supervisorScore, newComment, *final.score, final.grade, row->id}, QStringLiteral("scoring a grabber"));
            !q) {
            return G::mapped(q.error(), quarter);
        }
        if (auto e = EventLog::record(db, m_ctx.clock.nowMs(), event::ReviewChanged, m_ctx.actor, std::nullopt, grabberId, std::nullopt,
                                      QStringLiteral("scored"),
                                      QJsonObject{{QStringLiteral("quarter"), quarter},
                                                  {QStringLiteral("change"), QStringLiteral("scored")},
                                                  {QStringLiteral("old"), scoreJson(row->supervisorScore, row->comment, row->finalScore, row->grade)},
                                                  {QStringLiteral("new"), scoreJson(supervisorScore, newComment, final.score, final.grade)},
                                                  {QStringLiteral("why"), final.logWhy}});
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
    d.reason = plaintext::normalisedMultiline(d.reason).trimmed();
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto c = ReviewReader::cycleIn(db, quarter);
    if (!c) {
        return c.error();
    }
    if (auto s = G::editable(*c); !s) {
        return s.error();
    }
    auto row = G::entryRow(db, *c, grabberId);
    if (!row) {
        return row.error();
    }
    if (auto s = validateDecision(d); !s) {
        return s.error();
    }
    if (auto s = G::scoringIfOpen(m_ctx, *c); !s) {
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
        return G::mapped(id.error(), quarter);
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
        } else if (ids) {
            if (auto end = rowsEnded(*ids, QStringLiteral("reading a review entry's violations")); !end) {
                return end.error();
            }
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
    if (auto s = G::editable(*c); !s) {
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
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("grab::ReviewService", "The review %1 has no decision %2.").arg(quarter).arg(decisionId), QStringLiteral("no_such_decision"));
    }
    if (auto q = execCached(db, QStringLiteral("DELETE FROM review_decisions WHERE id = ?"), {decisionId}); !q) {
        return G::mapped(q.error(), quarter);
    }
    if (found->trainingId) {
        auto started = scalar(db, QStringLiteral("SELECT COUNT(*) FROM trainings WHERE id = ? AND (taken_on IS NOT NULL OR passed IS NOT NULL)"),
                              {*found->trainingId});
        if (!started) {
            return started.error();
        }
        if (started->toInt() > 0) {
            return G::refused(QStringLiteral("training_started"),
                           QCoreApplication::translate("grab::ReviewService", "The training of decision %1 has already been taken; it stays, and so does the decision.").arg(decisionId));
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

} // namespace grab
