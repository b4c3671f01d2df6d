#include "dayrollup.h"

#include "store/sql.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <array>

namespace grab {
namespace {

constexpr std::array<const char *, 10> kColumns{"volume",   "won",          "lost",         "reclaimed",      "revenue",
                                                "attempts", "attempts_won", "feedback_sum", "feedback_count", "violations"};

int columnIndex(const char *name)
{
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (qstrcmp(kColumns[i], name) == 0) {
            return int(i);
        }
    }
    return -1;
}

} // namespace

QString DayRollup::dayKey(const RuleSet &rules, qint64 epochMs)
{
    // Every grab asks this, nearly always for the same day as the grab before, and converting
    // an instant in a time zone was ~2 % of a grab's CPU: the last day's bounds are kept (per
    // thread, as the connections are), so a repeat costs two comparisons.
    struct LastDay
    {
        QString zone;
        qint64 start = 0;
        qint64 end = 0;
        QString key;
    };
    thread_local LastDay last;
    if (epochMs >= last.start && epochMs < last.end && last.zone == rules.timeZone) {
        return last.key;
    }
    const auto [start, end] = rules.dayBounds(epochMs);
    last = LastDay{rules.timeZone, start, end, QDateTime::fromMSecsSinceEpoch(epochMs, rules.zone()).date().toString(Qt::ISODate)};
    return last.key;
}

Status DayRollup::add(const QSqlDatabase &db, const RuleSet &rules, qint64 grabberId, qint64 atMs,
                      std::initializer_list<std::pair<const char *, qint64>> deltas)
{
    // One statement per set of columns a kind of fact moves (a grab moves volume, attempts and
    // attempts_won): the others keep their value, or their default of 0 in a new row, so they
    // are neither bound nor rewritten. Each statement is prepared once per connection; binding
    // a value costs Qt a string and a hash lookup, and a grab used to bind ten, mostly zeros.
    std::array<qint64, kColumns.size()> values{};
    quint32 mask = 0;
    for (const auto &[column, delta] : deltas) {
        const int i = columnIndex(column);
        Q_ASSERT(i >= 0);
        values[std::size_t(i)] += delta;
    }
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (values[i] != 0) {
            mask |= 1u << i;
        }
    }
    if (mask == 0) {
        mask = 1; // nothing moved: the day's row is still made, as before (volume + 0)
    }
    thread_local QHash<quint32, QString> statements;
    auto sql = statements.find(mask);
    if (sql == statements.end()) {
        QStringList columns;
        QStringList updates;
        for (std::size_t i = 0; i < kColumns.size(); ++i) {
            if (mask & (1u << i)) {
                columns << QString::fromLatin1(kColumns[i]);
                updates << QStringLiteral("%1 = grabber_days.%1 + excluded.%1").arg(QString::fromLatin1(kColumns[i]));
            }
        }
        sql = statements.insert(mask, QStringLiteral("INSERT INTO grabber_days (grabber_id, day, %1) VALUES (?, ?%2) "
                                                     "ON CONFLICT (grabber_id, day) DO UPDATE SET %3")
                                          .arg(columns.join(QStringLiteral(", ")), QStringLiteral(", ?").repeated(int(columns.size())),
                                               updates.join(QStringLiteral(", "))));
    }
    QVariantList binds{grabberId, dayKey(rules, atMs)};
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (mask & (1u << i)) {
            binds << values[i];
        }
    }
    auto q = execCached(db, *sql, binds, QStringLiteral("updating the day's figures"));
    return q ? Status(Done{}) : Status(q.error());
}

Status DayRollup::rebuild(const QSqlDatabase &db, const RuleSet &rules)
{
    using Row = std::array<qint64, kColumns.size()>;
    QHash<QPair<qint64, QString>, Row> rows;
    // The day of an instant is looked up once per distinct team-local day, not per fact.
    QHash<qint64, QString> dayOfUtcHour;
    const auto key = [&](qint64 ms) -> const QString & {
        const qint64 quarterHour = ms / (15 * 60 * 1000); // every real time zone offset is a multiple of 15 minutes
        auto it = dayOfUtcHour.find(quarterHour);
        if (it == dayOfUtcHour.end()) {
            it = dayOfUtcHour.insert(quarterHour, dayKey(rules, quarterHour * 15 * 60 * 1000));
        }
        return *it;
    };
    const auto bump = [&](qint64 grabber, qint64 ms, int column, qint64 delta) {
        Row &r = rows[{grabber, key(ms)}];
        r[column] += delta;
    };
    struct Source
    {
        const char *sql;
        std::function<void(const QSqlQuery &)> apply;
    };
    const QList<Source> sources{
        {"SELECT grabber_id, assigned_at FROM assignments",
         [&](const QSqlQuery &q) { bump(q.value(0).toLongLong(), q.value(1).toLongLong(), columnIndex("volume"), 1); }},
        {"SELECT grabber_id, ended_at, end_reason, amount FROM assignments WHERE end_reason IN ('won', 'lost', 'reclaimed')",
         [&](const QSqlQuery &q) {
             const QString why = q.value(2).toString();
             const qint64 g = q.value(0).toLongLong();
             const qint64 at = q.value(1).toLongLong();
             bump(g, at, columnIndex(why.toLatin1().constData()), 1);
             if (why == QLatin1String("won")) {
                 bump(g, at, columnIndex("revenue"), q.value(3).toLongLong());
             }
         }},
        {"SELECT grabber_id, at, result FROM grab_attempts",
         [&](const QSqlQuery &q) {
             bump(q.value(0).toLongLong(), q.value(1).toLongLong(), columnIndex("attempts"), 1);
             if (q.value(2).toString() == QLatin1String("won")) {
                 bump(q.value(0).toLongLong(), q.value(1).toLongLong(), columnIndex("attempts_won"), 1);
             }
         }},
        {"SELECT grabber_id, at, score FROM feedback",
         [&](const QSqlQuery &q) {
             bump(q.value(0).toLongLong(), q.value(1).toLongLong(), columnIndex("feedback_sum"), q.value(2).toLongLong());
             bump(q.value(0).toLongLong(), q.value(1).toLongLong(), columnIndex("feedback_count"), 1);
         }},
        {"SELECT grabber_id, at FROM violations",
         [&](const QSqlQuery &q) { bump(q.value(0).toLongLong(), q.value(1).toLongLong(), columnIndex("violations"), 1); }},
    };
    for (const Source &s : sources) {
        auto q = runSql(db, QString::fromLatin1(s.sql), {}, QStringLiteral("rebuilding the day figures"));
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            s.apply(*q);
        }
        if (auto end = rowsEnded(*q, QStringLiteral("rebuilding the day figures")); !end) {
            return end.error();
        }
    }
    if (auto q = runSql(db, QStringLiteral("DELETE FROM grabber_days")); !q) {
        return q.error();
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO grabber_days (grabber_id, day, volume, won, lost, reclaimed, revenue, attempts, "
                                  "attempts_won, feedback_sum, feedback_count, violations) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        insert.bindValue(0, it.key().first);
        insert.bindValue(1, it.key().second);
        for (std::size_t i = 0; i < kColumns.size(); ++i) {
            insert.bindValue(int(i) + 2, it.value()[i]);
        }
        if (!insert.exec()) {
            return makeError(ErrorCode::Internal, QStringLiteral("Cannot rebuild the day figures."));
        }
    }
    return Done{};
}

} // namespace grab
