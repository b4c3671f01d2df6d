#include "feedbackmodel.h"

#include "common/format.h"
#include "teamtext.h"

#include <QBrush>

namespace grab::ui {

FeedbackModel::FeedbackModel(QObject *parent) : QAbstractTableModel(parent) {}

void FeedbackModel::setEntries(const QList<FeedbackService::Entry> &entries, qint64 nowMs)
{
    beginResetModel();
    m_rows = entries;
    m_nowMs = nowMs;
    endResetModel();
}

int FeedbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const FeedbackService::Entry &e = m_rows.at(index.row());
    switch (role) {
    case FeedbackIdRole:
        return e.id;
    case OrderIdRole:
        return e.orderId;
    case ScoreRole:
        return e.score;
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return Format::when(e.at, m_nowMs);
        case Order: return QStringLiteral("#%1").arg(e.orderId);
        case Customer: return e.customerName;
        case Outcome: return Format::state(e.outcome);
        case Amount: return Format::money(e.amountMinor);
        case Score: return QStringLiteral("%1 %2").arg(TeamText::stars(e.score)).arg(e.score);
        case Comment: return e.comment.isEmpty() ? QStringLiteral("—") : e.comment;
        default: break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Score && e.score <= 2) {
            return QBrush(TeamText::foreground(DueState::Overdue));
        }
        if (index.column() == Score && e.score >= 4) {
            return QBrush(QColor(0x9a, 0x67, 0x00));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Customer: return tr("%1 (%2)").arg(e.customerName, Format::tier(e.customerTier));
        case Score: return tr("%1 of 5").arg(e.score);
        case Comment: return e.comment;
        default: break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant FeedbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case When: return tr("When");
    case Order: return tr("Order");
    case Customer: return tr("Customer");
    case Outcome: return tr("Outcome");
    case Amount: return tr("Amount");
    case Score: return tr("Score");
    case Comment: return tr("Comment");
    default: break;
    }
    return {};
}

} // namespace grab::ui
