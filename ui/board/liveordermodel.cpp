#include "liveordermodel.h"

#include "common/format.h"
#include "domain/ageing.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace grab::ui {

LiveOrderModel::LiveOrderModel(QObject *parent) : QAbstractTableModel(parent) {}

void LiveOrderModel::reset(const QList<Order> &orders, const RuleSet &rules, qint64 nowMs)
{
    beginResetModel();
    m_orders.clear();
    m_open = 0;
    for (const Order &o : orders) {
        if (inPlay(o)) {
            m_orders.append(o);
            m_open += o.state == OrderState::Open ? 1 : 0;
        }
    }
    m_rules = rules;
    m_now = nowMs;
    rebuildIndex();
    endResetModel();
}

void LiveOrderModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_orders.size());
    for (int row = 0; row < m_orders.size(); ++row) {
        m_rowById.insert(m_orders.at(row).id, row);
    }
}

void LiveOrderModel::keep(qint64 id)
{
    if (id == m_kept) {
        return;
    }
    const qint64 before = m_kept;
    m_kept = id;
    // The order kept before may have left play meanwhile: now it goes.
    const auto it = m_rowById.constFind(before);
    if (before && it != m_rowById.cend() && !inPlay(m_orders.at(*it))) {
        const int row = *it;
        beginRemoveRows(QModelIndex(), row, row);
        m_orders.remove(row);
        endRemoveRows();
        rebuildIndex();
    }
}

void LiveOrderModel::apply(const QList<Order> &orders)
{
    // Updates in place first, then removals from the bottom up (each a contiguous range where
    // possible), then one insertion at the end: rows never move, so views keep their place.
    QList<int> gone;
    QList<Order> added;
    for (const Order &o : orders) {
        const auto it = m_rowById.constFind(o.id);
        if (it == m_rowById.cend()) {
            if (inPlay(o)) {
                added.append(o);
            }
            continue;
        }
        const int row = *it;
        if (!inPlay(o) && o.id != m_kept) {
            gone.append(row);
            continue;
        }
        Order &current = m_orders[row];
        m_open += (o.state == OrderState::Open ? 1 : 0) - (current.state == OrderState::Open ? 1 : 0);
        current = o;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!gone.isEmpty()) {
        std::sort(gone.begin(), gone.end(), std::greater<>());
        gone.erase(std::unique(gone.begin(), gone.end()), gone.end());
        for (int i = 0; i < gone.size();) {
            int last = gone.at(i);
            int first = last;
            // Coalesce neighbours: rows last, last-1, ... removed in one notification.
            while (i + 1 < gone.size() && gone.at(i + 1) == first - 1) {
                first = gone.at(++i);
            }
            ++i;
            beginRemoveRows(QModelIndex(), first, last);
            for (int row = first; row <= last; ++row) {
                m_open -= m_orders.at(row).state == OrderState::Open ? 1 : 0;
            }
            m_orders.remove(first, last - first + 1);
            endRemoveRows();
        }
        rebuildIndex();
    }
    if (!added.isEmpty()) {
        const int first = int(m_orders.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        for (const Order &o : added) {
            m_rowById.insert(o.id, int(m_orders.size()));
            m_open += o.state == OrderState::Open ? 1 : 0;
            m_orders.append(o);
        }
        endInsertRows();
    }
}

void LiveOrderModel::setRules(const RuleSet &rules)
{
    m_rules = rules;
    if (!m_orders.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

void LiveOrderModel::setNow(qint64 nowMs)
{
    m_now = nowMs;
    if (!m_orders.isEmpty()) {
        // Only what time changes: waiting, deadline, follow-up and reclaim times and the ageing
        // colours, which tint the whole row (one signal: a view repaints once).
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::BackgroundRole, Qt::ToolTipRole, AgeingRole, SortRole});
    }
}

void LiveOrderModel::setGrabberNames(const QHash<qint64, QString> &names)
{
    m_names = names;
    if (!m_orders.isEmpty()) {
        emit dataChanged(index(0, Assignee), index(rowCount() - 1, Assignee), {Qt::DisplayRole});
    }
}

const Order *LiveOrderModel::order(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_orders.at(*it);
}

int LiveOrderModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

int LiveOrderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int LiveOrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LiveOrderModel::restrictionText(const Order &o) const
{
    QStringList parts;
    if (o.minLevel) {
        parts << tr("%1 and above").arg(Format::level(*o.minLevel));
    }
    if (!o.onlyGrabbers.isEmpty()) {
        QStringList names;
        for (const qint64 g : o.onlyGrabbers) {
            names << m_names.value(g, QStringLiteral("#%1").arg(g));
        }
        parts << tr("only %1").arg(names.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant LiveOrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Order &o = m_orders.at(index.row());
    const int column = index.column();
    switch (role) {
    case OrderIdRole: return o.id;
    case StateRole: return int(o.state);
    case PriorityRole: return o.priority;
    case TierRole: return int(o.customerTier);
    case SearchRole:
        // What the search box finds: the customer, the order number (with or without "#") and,
        // for an order being worked on, its grabber.
        return QStringLiteral("%1\n#%2\n%3").arg(o.customerName).arg(o.id).arg(o.assigneeId ? m_names.value(*o.assigneeId) : QString());
    case PooledAtRole: return o.pooledAt;
    case AssigneeRole: return o.assigneeId.value_or(0);
    case AgeingRole: return o.state == OrderState::Open ? int(assessAgeing(m_rules, o, m_now).level) : int(Ageing::Fresh);
    default: break;
    }
    if (column == FollowUp || column == Reclaim) {
        return followUpData(o, column, role);
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case Priority: return sort ? QVariant(o.priority) : QVariant(Format::priority(o.priority));
        case Id: return sort ? QVariant(o.id) : QVariant(QStringLiteral("#%1").arg(o.id));
        case Customer: return o.customerName;
        case Tier: return sort ? QVariant(int(o.customerTier)) : QVariant(Format::tier(o.customerTier));
        case Amount: return sort ? QVariant(o.amountMinor) : QVariant(Format::money(o.amountMinor));
        case Skill: return o.skill;
        case Region: return o.region;
        case Waiting: {
            const qint64 since = o.state == OrderState::Open ? o.pooledAt : o.assignedAt.value_or(o.pooledAt);
            return sort ? QVariant(m_now - since) : QVariant(Format::duration(m_now - since));
        }
        case Deadline:
            if (o.state != OrderState::Open) {
                return sort ? QVariant(qint64(0)) : QVariant(QString());
            }
            return sort ? QVariant(o.grabDeadline) : QVariant(Format::countdown(o.grabDeadline - m_now));
        case Restriction: return restrictionText(o);
        case Assignee:
            if (!o.assigneeId) {
                return QString();
            }
            return m_names.value(*o.assigneeId, QStringLiteral("#%1").arg(*o.assigneeId));
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == Amount || column == Waiting || column == Deadline || column == Id) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && (column == Customer || column == Skill || column == Region)) {
        // These columns may be narrower than a long name (at 1280 px the pool shows every
        // column): the whole text is one hover away, with an open order's ageing reason.
        QString tip = column == Customer ? o.customerName : column == Skill ? o.skill : o.region;
        if (o.state == OrderState::Open) {
            if (const AgeingAssessment ageing = assessAgeing(m_rules, o, m_now); !ageing.why.isEmpty()) {
                tip += QLatin1Char('\n') + Format::ageingReason(ageing.why);
            }
        }
        return tip;
    }
    if (o.state != OrderState::Open) {
        return {};
    }
    if (role == Qt::BackgroundRole || role == Qt::ToolTipRole) {
        const AgeingAssessment ageing = assessAgeing(m_rules, o, m_now);
        if (role == Qt::ToolTipRole) {
            if (column == Restriction && (o.minLevel || !o.onlyGrabbers.isEmpty())) {
                return tr("Restricted: %1").arg(restrictionText(o));
            }
            return ageing.why.isEmpty() ? QVariant() : QVariant(Format::ageingReason(ageing.why));
        }
        // Calm tints: the board is on screen all day; red only where an order starves.
        if (ageing.level == Ageing::Starving) {
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        }
        if (ageing.level == Ageing::Waiting) {
            return QBrush(QColor(0xff, 0xf4, 0xd6));
        }
        return {};
    }
    if (role == Qt::ForegroundRole && column == Deadline && o.grabDeadline - m_now < 15 * 60000) {
        return QBrush(QColor(0xb0, 0x1e, 0x1e));
    }
    return {};
}

// Being worked on: when it was last followed up, and how long before the rules reclaim it for
// want of a follow-up (FollowUpPolicy: `hours` without one; a warning `warnBeforeHours` before).
QVariant LiveOrderModel::followUpData(const Order &o, int column, int role) const
{
    if (o.state != OrderState::Assigned || !o.assignedAt) {
        return {};
    }
    const qint64 hour = 3600000;
    const qint64 lastActivity = o.lastFollowUpAt.value_or(*o.assignedAt);
    const qint64 reclaimAt = lastActivity + qint64(m_rules.followUp.hours) * hour;
    const qint64 left = reclaimAt - m_now;
    const QString who = m_names.value(o.assigneeId.value_or(0), QStringLiteral("#%1").arg(o.assigneeId.value_or(0)));
    if (column == FollowUp) {
        switch (role) {
        case SortRole: return o.lastFollowUpAt.value_or(0);
        case Qt::DisplayRole:
            return o.lastFollowUpAt ? tr("%1 ago", "the last follow-up").arg(Format::duration(m_now - *o.lastFollowUpAt)) : tr("none yet");
        case Qt::ToolTipRole:
            return o.lastFollowUpAt ? tr("%1 last followed this order up at %2.").arg(who, Format::when(*o.lastFollowUpAt, m_now))
                                    : tr("%1 has not followed this order up since taking it at %2.").arg(who, Format::when(*o.assignedAt, m_now));
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    switch (role) {
    case SortRole: return left;
    case Qt::DisplayRole: return left > 0 ? Format::countdown(left) : tr("due now");
    case Qt::ToolTipRole:
        return tr("Returns to the pool at %1 unless %2 follows it up: the rules allow %3 h without a follow-up.")
            .arg(Format::when(reclaimAt, m_now), who)
            .arg(m_rules.followUp.hours);
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        // The rules' warning window is amber (the grabber has been warned); the last hour red.
        if (left < hour) {
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        }
        if (left < qint64(m_rules.followUp.warnBeforeHours) * hour) {
            return QBrush(QColor(0xff, 0xf4, 0xd6));
        }
        return {};
    default: return {};
    }
}

QVariant LiveOrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Priority: return tr("Priority");
    case Id: return tr("Order");
    case Customer: return tr("Customer");
    case Tier: return tr("Tier");
    case Amount: return tr("Amount");
    case Skill: return tr("Skill");
    case Region: return tr("Region");
    case Waiting: return tr("Waiting", "time since the order entered the pool or was assigned");
    case Deadline: return tr("Deadline");
    case Restriction: return tr("Restriction");
    case Assignee: return tr("Assignee");
    case FollowUp: return tr("Last follow-up");
    case Reclaim: return tr("Reclaim in", "time left before an order without follow-up returns to the pool");
    default: return {};
    }
}

} // namespace grab::ui
