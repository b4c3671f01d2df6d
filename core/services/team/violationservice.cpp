#include "violationservice.h"

#include "services/metrics/dayrollup.h"
#include "services/audit/eventlog.h"
#include "domain/eligibility.h"
#include "services/grab/orderreader.h"
#include "services/rules/ruleservice.h"
#include "teamservice.h"
#include "base/plaintext.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace grab {
namespace {

const char *const kContext = "grab::ViolationService";

} // namespace

QString toString(ViolationService::Severity s)
{
    return s == ViolationService::Severity::High ? QStringLiteral("high")
           : s == ViolationService::Severity::Medium ? QStringLiteral("medium")
                                                     : QStringLiteral("low");
}

std::optional<ViolationService::Severity> severityFromString(const QString &s)
{
    if (s == QLatin1String("low")) {
        return ViolationService::Severity::Low;
    }
    if (s == QLatin1String("medium")) {
        return ViolationService::Severity::Medium;
    }
    if (s == QLatin1String("high")) {
        return ViolationService::Severity::High;
    }
    return std::nullopt;
}

Result<qint64> ViolationService::recordIn(const QSqlDatabase &db, const RuleSet &rules, qint64 now, const QString &actor,
                                          const NewViolation &v, bool oncePerDay)
{
    const QString type = v.type.trimmed();
    if (oncePerDay) {
        const auto [dayStart, dayEnd] = rules.dayBounds(now);
        auto seen = scalar(db,
                           QStringLiteral("SELECT COUNT(*) FROM violations WHERE grabber_id = ? AND type = ? AND at >= ? AND at < ?"),
                           {v.grabberId, type, dayStart, dayEnd}, QStringLiteral("checking today's violations"));
        if (!seen) {
            return seen.error();
        }
        if (seen->toInt() > 0) {
            return qint64(0);
        }
    }
    const QString severity = toString(v.severity);
    const QString source = v.source == Source::Auto ? QStringLiteral("auto") : QStringLiteral("manual");
    const QString note = v.notePhrase.isEmpty() ? v.note : v.notePhrase.english();
    const QString notePhrase =
        v.notePhrase.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(v.notePhrase.toJson()).toJson(QJsonDocument::Compact));
    auto id = insertReturningId(db,
                                QStringLiteral("INSERT INTO violations (grabber_id, order_id, at, type, severity, source, note, note_phrase) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                {v.grabberId, nullable(v.orderId), now, type, severity, source, note, nullableText(notePhrase)},
                                QStringLiteral("recording a violation"));
    if (!id) {
        return id;
    }
    if (auto s = DayRollup::add(db, rules, v.grabberId, now, {{"violations", 1}}); !s) {
        return s.error();
    }
    if (auto e = EventLog::record(db, now, event::Violation, actor, v.orderId, v.grabberId, rules.version, type,
                                  QJsonObject{{QStringLiteral("severity"), severity},
                                              {QStringLiteral("source"), source},
                                              {QStringLiteral("note"), note},
                                              {QStringLiteral("violation"), *id}});
        !e) {
        return e.error();
    }
    // Crossing the threshold (not every violation past it) raises the flag once.
    const qint64 since = now - qint64(rules.violations.escalateDays) * 24 * 3600 * 1000;
    auto count = scalar(db, QStringLiteral("SELECT COUNT(*) FROM violations WHERE grabber_id = ? AND at > ? AND at <= ?"),
                        {v.grabberId, since, now}, QStringLiteral("counting recent violations"));
    if (!count) {
        return count.error();
    }
    if (count->toInt() == rules.violations.escalateCount) {
        if (auto e = EventLog::record(db, now, event::Escalated, actor, std::nullopt, v.grabberId, rules.version,
                                      QStringLiteral("repeated_violations"),
                                      QJsonObject{{QStringLiteral("count"), count->toInt()},
                                                  {QStringLiteral("days"), rules.violations.escalateDays}});
            !e) {
            return e.error();
        }
    }
    return id;
}

Result<bool> ViolationService::afterAttempt(const QSqlDatabase &db, const RuleSet &rules, qint64 now, const QString &actor, qint64 grabberId,
                                      qint64 orderId, const QString &refusalReason, std::optional<int> attemptsInWindow,
                                      const Phrase &refusalWhy)
{
    bool wrote = false;
    QString type;
    if (refusalReason == QLatin1String(reason::DailyCap)) {
        type = QStringLiteral("over_cap");
    } else if (refusalReason == QLatin1String(reason::OutsideWindow)) {
        type = QStringLiteral("outside_window");
    } else if (refusalReason == QLatin1String(reason::Restricted) || refusalReason == QLatin1String(reason::LevelRestricted)
               || refusalReason == QLatin1String(reason::LevelReserved)) {
        type = QStringLiteral("restricted_order");
    }
    if (!type.isEmpty()) {
        NewViolation v;
        v.grabberId = grabberId;
        v.orderId = orderId;
        v.type = type;
        v.source = Source::Auto;
        Phrase note(kContext, QT_TRANSLATE_NOOP("grab::ViolationService", "Grab attempt refused: %1"));
        if (refusalWhy.isEmpty()) {
            note.arg(refusalReason);
        } else {
            note.arg(refusalWhy);
        }
        v.notePhrase = note;
        auto id = recordIn(db, rules, now, actor, v, true);
        if (!id) {
            return id.error();
        }
        wrote = *id > 0;
    }
    // The attempt itself is already recorded, so "more than N" counts it.
    int attempts = attemptsInWindow.value_or(0);
    if (!attemptsInWindow) {
        auto burst = scalar(db, QStringLiteral("SELECT COUNT(*) FROM grab_attempts WHERE grabber_id = ? AND at > ? AND at <= ?"),
                            {grabberId, now - qint64(rules.violations.burstSeconds) * 1000, now}, QStringLiteral("checking the attempt rate"));
        if (!burst) {
            return burst.error();
        }
        attempts = burst->toInt();
    }
    if (attempts > rules.violations.burstAttempts) {
        NewViolation v;
        v.grabberId = grabberId;
        v.type = QStringLiteral("rapid_attempts");
        v.severity = Severity::Medium;
        v.source = Source::Auto;
        v.notePhrase = Phrase(kContext, QT_TRANSLATE_NOOP("grab::ViolationService", "%1 grab attempts within %2 s (limit %3): faster than a person."))
                           .arg(attempts)
                           .arg(rules.violations.burstSeconds)
                           .arg(rules.violations.burstAttempts);
        auto id = recordIn(db, rules, now, actor, v, true);
        if (!id) {
            return id.error();
        }
        wrote = wrote || *id > 0;
    }
    return wrote;
}

Result<qint64> ViolationService::record(const NewViolation &input)
{
    if (input.type.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("grab::ViolationService", "A violation needs a type."));
    }
    // A manual violation's type and note come from a person; the automatic ones' are the core's own.
    if (auto s = plaintext::checkLine(input.type.trimmed(), kContext,
                                      QT_TRANSLATE_NOOP("grab::ViolationService", "The violation's type contains a control character (%1 at position %2); a type is one line of plain text."));
        !s) {
        return s.error();
    }
    NewViolation v = input;
    v.note = plaintext::normalisedMultiline(input.note);
    if (auto s = plaintext::checkMultiline(v.note, kContext,
                                           QT_TRANSLATE_NOOP("grab::ViolationService", "The violation's note contains a control character (%1 at position %2); a note is plain text and line breaks."));
        !s) {
        return s.error();
    }
    auto tx = Transaction::begin(m_ctx.db);
    if (!tx) {
        return tx.error();
    }
    const QSqlDatabase db = m_ctx.db.connection();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    if (auto g = TeamService::grabberCoreIn(db, v.grabberId); !g) {
        return g.error();
    }
    if (v.orderId) {
        if (auto o = OrderReader::order(db, *v.orderId); !o) {
            return o.error();
        }
    }
    auto id = recordIn(db, *rules, m_ctx.clock.nowMs(), m_ctx.actor, v, false);
    if (!id) {
        return id;
    }
    if (auto s = tx->commit(); !s) {
        return s.error();
    }
    return id;
}

Result<QList<ViolationService::Flag>> ViolationService::escalated()
{
    const QSqlDatabase db = m_ctx.db.connection();
    auto rules = RuleService::currentIn(db);
    if (!rules) {
        return rules.error();
    }
    const qint64 now = m_ctx.clock.nowMs();
    const qint64 since = now - qint64(rules->violations.escalateDays) * 24 * 3600 * 1000;
    auto q = runSql(db,
                    QStringLiteral("SELECT grabber_id, COUNT(*) FROM violations WHERE at > ? AND at <= ? GROUP BY grabber_id "
                                   "HAVING COUNT(*) >= ? ORDER BY grabber_id"),
                    {since, now, rules->violations.escalateCount}, QStringLiteral("finding escalations"));
    if (!q) {
        return q.error();
    }
    QList<Flag> out;
    while (q->next()) {
        out.append(Flag{q->value(0).toLongLong(), q->value(1).toInt()});
    }
    if (auto end = rowsEnded(*q, QStringLiteral("finding escalations")); !end) {
        return end.error();
    }
    return out;
}

} // namespace grab
