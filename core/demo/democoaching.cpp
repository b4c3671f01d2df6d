#include "democoaching.h"

#include "services/team/noteservice.h"
#include "services/team/trainingservice.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>

#include <memory>
#include <utility>

namespace grab::demo {
namespace {

struct Course
{
    const char *name;
    TrainingCategory category;
};

const Course kCourses[] = {
    {"异议处理与价格谈判", TrainingCategory::SalesSkills},
    {"电话邀约与首访技巧", TrainingCategory::SalesSkills},
    {"大客户需求挖掘", TrainingCategory::SalesSkills},
    {"云服务产品线深度培训", TrainingCategory::ProductKnowledge},
    {"数据分析平台功能认证", TrainingCategory::ProductKnowledge},
    {"安全合规产品速成", TrainingCategory::ProductKnowledge},
    {"客户投诉处理规范", TrainingCategory::CustomerService},
    {"VIP 客户服务礼仪", TrainingCategory::CustomerService},
    {"跟进节奏与回访规范", TrainingCategory::CustomerService},
};

// A title and what was said under it.
const std::pair<const char *, const char *> kMeetings[] = {
    {"本周抢单节奏与跟进纪律",
     "上周成交率略有下降，主要是跟进不及时导致回收。\n本周高峰时段（8:00-10:00）请保持在线，VIP 订单优先响应。"},
    {"重点客户盘点", "盘点了本月重点客户的进展，几位同事的在手订单偏多，注意及时释放跟不动的订单。"},
    {"丢单复盘与本周目标", "复盘了上周丢单原因：报价慢、需求没问清。每单首访后 4 小时内补充跟进记录。"},
    {"高峰时段分工", "讨论了高峰时段的分工，避免同一客户多人联系；新人先跟常规客户。"}};
const char *const kMeetingActions[] = {"整理本周丢单原因并分享", "回访上周未成交的重点客户", "补齐在手订单的跟进记录",
                                       "准备下周客户拜访计划", "梳理 VIP 客户名单", "更新报价模板"};
const std::pair<const char *, const char *> kOneToOnes[] = {
    {"成交率提升计划", "回顾了本月数据：抢单积极，但成交率低于团队平均。约定先聚焦擅长的产品线。"},
    {"跟进节奏", "有两单因为超过 24 小时未跟进被回收，讨论了每日跟进清单的用法。"},
    {"职业发展沟通", "聊了下季度晋升的期望和差距，需要在大客户沟通上多积累。"},
    {"客户满意度", "最近两条客户反馈偏低，一起看了通话记录，语气和响应速度是重点。"}};
const char *const kOneToOneActions[] = {"每天下班前检查在手订单的跟进时间", "参加一次产品线培训", "整理三个成功案例分享给新人",
                                        "跟主管一起复盘一通客户电话", "本周内回访反馈偏低的两位客户"};

template<typename T, std::size_t N>
const T &pick(const T (&list)[N], QRandomGenerator &rng)
{
    return list[rng.bounded(int(N))];
}

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

class Planner
{
public:
    Planner(const QDate &first, const QDate &last, const QTimeZone &zone, quint32 seed)
        : m_first(first), m_last(last), m_zone(zone), m_rng(seed ^ 0x5eedc0acu)
    {
    }

    // A team-local time on `day` (odd milliseconds: never the same instant as the demo's sweeps).
    qint64 at(const QDate &day, int hour, int minute)
    {
        return QDateTime(day, QTime(hour, minute, int(m_rng.bounded(60))), m_zone).toMSecsSinceEpoch() + 137;
    }
    QDate dayIn(const QDate &from, const QDate &to) // inclusive
    {
        const qint64 span = std::max<qint64>(0, from.daysTo(to));
        return from.addDays(qint64(m_rng.bounded(int(span + 1))));
    }
    bool chance(double p) { return m_rng.generateDouble() < p; }

    QList<CoachingStep> steps;
    QDate m_first;
    QDate m_last;
    QTimeZone m_zone;
    QRandomGenerator m_rng;
};

void planTrainings(Planner &p, const QList<qint64> &grabbers)
{
    for (qint64 g : grabbers) {
        // A course taken during the history, with its result.
        const Course &taken = pick(kCourses, p.m_rng);
        const QDate takenOn = p.dayIn(p.m_first, p.m_last);
        const double hours = 1.0 + p.m_rng.bounded(8) * 0.5;
        const bool passed = p.chance(0.85);
        p.steps.append({p.at(takenOn, 17, 30), [g, taken, takenOn, hours, passed](const Context &ctx) {
                            TrainingService::NewTraining t;
                            t.grabberId = g;
                            t.course = text(taken.name);
                            t.category = taken.category;
                            t.takenOn = takenOn;
                            t.hours = hours;
                            t.passed = passed;
                            auto id = TrainingService(ctx).add(t);
                            return id ? Status(Done{}) : Status(id.error());
                        }});
        // A course planned with a due date: some are taken in time, some are left overdue.
        if (!p.chance(0.7)) {
            continue;
        }
        const Course &planned = pick(kCourses, p.m_rng);
        const QDate plannedOn = p.dayIn(p.m_first, p.m_last);
        const QDate due = plannedOn.addDays(5 + p.m_rng.bounded(21));
        const bool doneInTime = p.chance(0.4);
        const QDate doneOn = p.dayIn(plannedOn, due.addDays(-1));
        auto id = std::make_shared<qint64>(0);
        p.steps.append({p.at(plannedOn, 11, 10), [g, planned, due, id](const Context &ctx) {
                            TrainingService::NewTraining t;
                            t.grabberId = g;
                            t.course = text(planned.name);
                            t.category = planned.category;
                            t.dueOn = due;
                            auto added = TrainingService(ctx).add(t);
                            if (!added) {
                                return Status(added.error());
                            }
                            *id = *added;
                            return Status(Done{});
                        }});
        if (doneInTime && doneOn <= p.m_last) {
            const double h = 2.0 + p.m_rng.bounded(4);
            p.steps.append({p.at(doneOn, 18, 20), [id, doneOn, h](const Context &ctx) {
                                auto t = TrainingService(ctx).markTaken(*id, doneOn, true, h);
                                return t ? Status(Done{}) : Status(t.error());
                            }});
        }
    }
}

// A note with its action items, and later ticks on some of them.
void planNote(Planner &p, NoteKind kind, const QDate &day, std::optional<qint64> grabber, const QString &title, const QString &body,
              const QList<std::pair<qint64, QString>> &actions)
{
    struct Item
    {
        qint64 owner;
        QString text;
        QDate due;
        std::optional<QDate> doneOn;
    };
    QList<Item> items;
    for (const auto &[owner, what] : actions) {
        Item item{owner, what, day.addDays(2 + p.m_rng.bounded(6)), std::nullopt};
        if (p.chance(0.65)) {
            item.doneOn = p.dayIn(day, item.due.addDays(p.chance(0.8) ? 0 : 3));
        }
        items.append(item);
    }
    auto ids = std::make_shared<QList<qint64>>();
    p.steps.append({p.at(day, kind == NoteKind::WeeklyMeeting ? 10 : 16, 40), [kind, day, grabber, title, body, items, ids](const Context &ctx) {
                        NoteService::NewNote n;
                        n.kind = kind;
                        n.heldOn = day;
                        n.grabberId = grabber;
                        n.title = title;
                        n.body = body;
                        for (const Item &i : items) {
                            NoteService::NewAction a;
                            a.text = i.text;
                            a.ownerGrabberId = i.owner;
                            a.dueOn = i.due;
                            n.actions.append(a);
                        }
                        NoteService notes(ctx);
                        auto id = notes.add(n);
                        if (!id) {
                            return Status(id.error());
                        }
                        auto stored = notes.note(*id);
                        if (!stored) {
                            return Status(stored.error());
                        }
                        for (const ActionItem &a : stored->actions) {
                            ids->append(a.id);
                        }
                        return Status(Done{});
                    }});
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].doneOn || *items[i].doneOn > p.m_last) {
            continue;
        }
        p.steps.append({p.at(*items[i].doneOn, 19, 5), [ids, i](const Context &ctx) {
                            auto a = NoteService(ctx).complete(ids->value(i));
                            return a ? Status(Done{}) : Status(a.error());
                        }});
    }
}

void planMeetings(Planner &p, const QList<qint64> &grabbers)
{
    int week = 0;
    for (QDate d = p.m_first; d <= p.m_last; d = d.addDays(1)) {
        if (d.dayOfWeek() != 1) {
            continue;
        }
        QList<std::pair<qint64, QString>> actions;
        const int count = 2 + p.m_rng.bounded(2);
        const int first = p.m_rng.bounded(int(std::size(kMeetingActions))); // different items in one meeting
        for (int i = 0; i < count; ++i) {
            actions.append({grabbers[p.m_rng.bounded(int(grabbers.size()))], text(kMeetingActions[(first + i) % std::size(kMeetingActions)])});
        }
        const auto &[title, body] = kMeetings[week++ % std::size(kMeetings)]; // a different agenda each week
        planNote(p, NoteKind::WeeklyMeeting, d, std::nullopt, text(title), text(body), actions);
    }
    // One-to-ones with about a third of the team.
    for (qint64 g : grabbers) {
        if (!p.chance(0.35)) {
            continue;
        }
        const QDate day = p.dayIn(p.m_first, p.m_last);
        QList<std::pair<qint64, QString>> actions;
        const int count = 1 + p.m_rng.bounded(2);
        const int first = p.m_rng.bounded(int(std::size(kOneToOneActions)));
        for (int i = 0; i < count; ++i) {
            actions.append({g, text(kOneToOneActions[(first + i) % std::size(kOneToOneActions)])});
        }
        const auto &[title, body] = pick(kOneToOnes, p.m_rng);
        planNote(p, NoteKind::OneToOne, day, g, text(title), text(body), actions);
    }
}

} // namespace

QList<CoachingStep> coachingPlan(const QList<qint64> &grabberIds, const QDate &firstDay, const QDate &lastDay, const QTimeZone &zone,
                                 quint32 seed)
{
    if (grabberIds.isEmpty() || !firstDay.isValid() || firstDay > lastDay) {
        return {};
    }
    Planner p(firstDay, lastDay, zone, seed);
    planTrainings(p, grabberIds);
    planMeetings(p, grabberIds);
    return p.steps;
}

} // namespace grab::demo
