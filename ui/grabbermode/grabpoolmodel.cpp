#include "grabpoolmodel.h"

#include "displaytext.h"
#include "common/format.h"

#include <QColor>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace grab::ui {
namespace {

constexpr qint64 kUrgentMs = 15 * 60 * 1000; // a countdown under this turns red

const QColor kUnavailable(0x8c, 0x8c, 0x8c);
const QColor kUrgent(0xc0, 0x39, 0x2b);

// Figures right-aligned, the badge centred, text left; the header follows its column.
int alignmentOf(int column)
{
    switch (column) {
    case GrabPoolModel::PriorityColumn:
        return int(Qt::AlignCenter);
    case GrabPoolModel::AmountColumn:
    case GrabPoolModel::AgeColumn:
    case GrabPoolModel::DeadlineColumn:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

} // namespace

GrabPoolModel::GrabPoolModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_clock(clock), m_now(clock.nowMs())
{
}

GrabPoolModel::~GrabPoolModel() = default;

std::optional<GrabberView> GrabPoolModel::view() const
{
    if (!m_rules) {
        return std::nullopt;
    }
    return GrabberView(*m_rules, m_quota, m_now, m_reclaimedAt);
}

void GrabPoolModel::judge(Row &row, const std::optional<GrabberView> &view)
{
    row.verdict = view ? view->judge(row.order) : GrabberView::Verdict{};
    m_recheckAt = std::min(m_recheckAt, row.verdict.recheckAt);
}

void GrabPoolModel::judgeAll()
{
    m_recheckAt = std::numeric_limits<qint64>::max();
    const auto v = view();
    for (Row &row : m_rows) {
        judge(row, v);
    }
}

void GrabPoolModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(m_rows.at(i).order.id, i);
    }
}

void GrabPoolModel::recount()
{
    m_grabbable = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.verdict.grabbable; }));
    emit countsChanged(m_grabbable, int(m_rows.size()));
}

void GrabPoolModel::setContext(const RuleSet &rules, const Quota &quota, const QHash<qint64, qint64> &reclaimedAt)
{
    m_rules = rules;
    m_quota = quota;
    m_reclaimedAt = reclaimedAt;
    m_now = m_clock.nowMs();
    judgeAll();
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
    recount();
}

void GrabPoolModel::resetPool(const QList<Order> &orders)
{
    beginResetModel();
    m_now = m_clock.nowMs();
    m_rows.clear();
    m_rows.reserve(orders.size());
    for (const Order &o : orders) {
        if (o.state == OrderState::Open) { // the snapshot also holds the assigned orders
            m_rows.append(Row{o, {}});
        }
    }
    judgeAll();
    reindex();
    endResetModel();
    recount();
}

void GrabPoolModel::applyOrders(const QList<Order> &orders)
{
    if (orders.isEmpty()) {
        return;
    }
    const auto v = view();
    QList<int> changed;
    QList<int> removed;
    QList<Order> added;
    for (const Order &o : orders) {
        const int row = rowOf(o.id);
        if (o.state == OrderState::Open) {
            if (row >= 0) {
                m_rows[row].order = o;
                judge(m_rows[row], v);
                changed.append(row);
            } else {
                added.append(o);
            }
        } else if (row >= 0) {
            removed.append(row);
        }
    }
    // Changes first, while the rows are where they were: one dataChanged per run of rows.
    std::sort(changed.begin(), changed.end());
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1) {
            ++j;
        }
        emit dataChanged(index(changed.at(i), 0), index(changed.at(j), ColumnCount - 1));
        i = j + 1;
    }
    // Removals from the bottom up, one beginRemoveRows per run of adjacent rows.
    std::sort(removed.begin(), removed.end(), std::greater<>());
    for (qsizetype i = 0; i < removed.size();) {
        qsizetype j = i;
        while (j + 1 < removed.size() && removed.at(j + 1) == removed.at(j) - 1) {
            ++j;
        }
        const int first = removed.at(j);
        const int last = removed.at(i);
        beginRemoveRows(QModelIndex(), first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    if (!removed.isEmpty()) {
        reindex();
    }
    // New orders at the end, in one insertion.
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        for (const Order &o : added) {
            Row row{o, {}};
            judge(row, v);
            m_rowOf.insert(o.id, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
    recount();
}

bool GrabPoolModel::removeOrder(qint64 orderId)
{
    const int row = rowOf(orderId);
    if (row < 0) {
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    reindex();
    recount();
    return true;
}

void GrabPoolModel::tick()
{
    m_now = m_clock.nowMs();
    if (m_rows.isEmpty()) {
        return;
    }
    if (m_rules && m_now >= m_recheckAt) {
        judgeAll();
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        recount();
        return;
    }
    emit dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, DeadlineColumn),
                     {Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole, SortRole});
}

int GrabPoolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GrabPoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GrabPoolModel::display(const Row &row, int column) const
{
    const Order &o = row.order;
    switch (column) {
    case PriorityColumn:
        return QStringLiteral("P%1").arg(o.priority);
    case OrderColumn:
        return QStringLiteral("#%1").arg(o.id);
    case CustomerColumn:
        return o.customerName;
    case TierColumn:
        return DisplayText::tier(o.customerTier);
    case AmountColumn:
        return DisplayText::amount(o.amountMinor);
    case SkillColumn:
        return o.skill;
    case RegionColumn:
        return o.region;
    case AgeColumn:
        return DisplayText::duration(m_now - o.pooledAt);
    case DeadlineColumn:
        return DisplayText::countdown(o.grabDeadline - m_now);
    case ReasonColumn:
        return row.verdict.grabbable ? QString()
                                     : DisplayText::reasonLabel(row.verdict.reason, row.verdict.neededLevel);
    }
    return {};
}

QVariant GrabPoolModel::sortValue(const Row &row, int column) const
{
    const Order &o = row.order;
    switch (column) {
    case PriorityColumn:
        return o.priority;
    case OrderColumn:
        return o.id;
    case CustomerColumn:
        return o.customerName;
    case TierColumn:
        return int(o.customerTier); // VIP first
    case AmountColumn:
        return o.amountMinor;
    case SkillColumn:
        return o.skill;
    case RegionColumn:
        return o.region;
    case AgeColumn:
        return m_now - o.pooledAt;
    case DeadlineColumn:
        return o.grabDeadline;
    case ReasonColumn:
        return display(row, column);
    }
    return {};
}

QVariant GrabPoolModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case SortRole:
        return sortValue(row, column);
    case OrderIdRole:
        return row.order.id;
    case GrabbableRole:
        return row.verdict.grabbable;
    case ReasonCodeRole:
        return row.verdict.reason;
    case ReasonDetailRole:
        return row.verdict.detail;
    case PriorityRole:
        return row.order.priority;
    case PooledAtRole:
        return row.order.pooledAt;
    case Qt::ToolTipRole:
        if (!row.verdict.grabbable) {
            return row.verdict.detail;
        }
        if (column == DeadlineColumn && m_rules) {
            return tr("Grab before %1 (%2)")
                .arg(Format::dayTime(QDateTime::fromMSecsSinceEpoch(row.order.grabDeadline, m_rules->zone())),
                     m_rules->timeZone);
        }
        return {};
    case Qt::ForegroundRole:
        if (!row.verdict.grabbable) {
            return kUnavailable;
        }
        if (column == DeadlineColumn && row.order.grabDeadline - m_now < kUrgentMs) {
            return kUrgent;
        }
        return {};
    case Qt::FontRole:
        if (column == ReasonColumn) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        return alignmentOf(column);
    }
    return {};
}

QVariant GrabPoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return alignmentOf(section);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case OrderColumn:
        return tr("Order");
    case CustomerColumn:
        return tr("Customer");
    case TierColumn:
        return tr("Tier");
    case AmountColumn:
        return tr("Amount (元)");
    case SkillColumn:
        return tr("Skill");
    case RegionColumn:
        return tr("Region");
    case AgeColumn:
        return tr("Waiting");
    case DeadlineColumn:
        return tr("Grab within");
    case ReasonColumn:
        return tr("Why not");
    }
    return {};
}

} // namespace grab::ui
